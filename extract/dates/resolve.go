package dates

import (
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract"
)

// narrativeWindow is how many sentences back, within the same paragraph,
// an explicit year still gives its year to a month or day written without
// one ("En avril 2012 ... en novembre").
const narrativeWindow = 2

// resolve fills the unknown parts of each mention from the document time
// (dct, Year 0 when unknown) and from the narrative.
func resolve(ms []mention, dct Timex, doc *extract.Doc) {
	hasDCT := dct.Year > 0
	lastYear, lastSent, lastEnd := 0, -100, 0
	for i := range ms {
		m := &ms[i]
		if m.typ != extract.TypeDate {
			continue
		}
		switch {
		case m.hasYear:
			if !m.legal && m.t.Gran != GranDecade {
				lastYear, lastSent, lastEnd = m.t.Year, m.sent, m.end
			}
		case m.rel == "dayoff":
			resolveDayOffset(m, dct)
		case m.rel == "weekday":
			resolveWeekday(m, dct)
		case m.rel == "unit" || m.rel == "ago":
			resolveUnit(m, dct)
		case m.weekday > 0 && m.t.Month > 0 && m.t.Day > 0:
			// "lundi 15 décembre": the weekday fixes the year near the document time or the text's years
			ref := yearsOf(ms)
			if hasDCT {
				ref = []int{dct.Year}
			}
			m.t.Year = yearFromWeekday(m.t.Month, m.t.Day, m.weekday, ref)
		case m.dir != 0 && hasDCT:
			m.t.Year = yearByDirection(m.t, dct, m.dir)
		case m.dir == 0 && lastYear > 0 && m.sent-lastSent <= narrativeWindow && !strings.Contains(doc.Text[lastEnd:m.start], "\n"):
			m.t.Year = lastYear
		case m.dir == 0 && hasDCT:
			m.t.Year = nearestYear(m.t, dct)
		}
	}
}

// monthOf returns a comparable month index of a partial value, using the
// middle month for seasons and quarters.
func monthOf(t Timex) int {
	switch t.Gran {
	case GranSeason:
		return map[string]int{"SP": 4, "SU": 7, "FA": 10, "WI": 1}[t.Season]
	case GranQuarter:
		if t.Half > 0 {
			return 6*t.Half - 3
		}
		return 3*t.Quarter - 1
	}
	return t.Month
}

// yearByDirection: "juillet dernier" is the latest July not after the
// document time, "juillet prochain" the first not before it.
func yearByDirection(t Timex, dct Timex, dir int) int {
	m, dm := monthOf(t), dct.Month
	if m == 0 || dm == 0 {
		return dct.Year
	}
	if dir < 0 {
		if m > dm || m == dm && t.Day > 0 && dct.Day > 0 && t.Day > dct.Day {
			return dct.Year - 1
		}
		return dct.Year
	}
	if m < dm || m == dm && t.Day > 0 && dct.Day > 0 && t.Day < dct.Day {
		return dct.Year + 1
	}
	return dct.Year
}

// nearestYear places an unmarked month (or day) in the year that puts it
// closest to the document time.
func nearestYear(t Timex, dct Timex) int {
	m, dm := monthOf(t), dct.Month
	if m == 0 || dm == 0 {
		return dct.Year
	}
	switch d := m - dm; {
	case d > 6:
		return dct.Year - 1
	case d < -6:
		return dct.Year + 1
	}
	return dct.Year
}

func dctTime(dct Timex) (time.Time, bool) {
	if dct.Year == 0 || dct.Month == 0 || dct.Day == 0 {
		return time.Time{}, false
	}
	return time.Date(dct.Year, time.Month(dct.Month), dct.Day, 0, 0, 0, 0, time.UTC), true
}

func setDay(m *mention, t time.Time) {
	m.t.Year, m.t.Month, m.t.Day = t.Year(), int(t.Month()), t.Day()
}

func resolveDayOffset(m *mention, dct Timex) {
	if t, ok := dctTime(dct); ok {
		setDay(m, t.AddDate(0, 0, m.offset))
		return
	}
	if m.offset == 0 && dct.Year > 0 {
		m.t = dct // "aujourd'hui" in an article known to the month is that month
		m.t.Hour = -1
		if m.t.Gran == GranMinute {
			m.t.Gran = GranDay
		}
	}
}

// resolveWeekday: a bare weekday in news is the latest such day not after
// the document time ("a annoncé lundi"); "prochain"/"next" looks forward.
func resolveWeekday(m *mention, dct Timex) {
	t, ok := dctTime(dct)
	if !ok {
		return
	}
	cur := weekdayOf(t.Year(), int(t.Month()), t.Day())
	diff := m.weekday - cur
	switch {
	case m.dir > 0:
		if diff <= 0 {
			diff += 7
		}
	case m.dir < 0:
		if diff >= 0 {
			diff -= 7
		}
	default:
		if diff > 0 {
			diff -= 7
		}
	}
	setDay(m, t.AddDate(0, 0, diff))
}

// resolveUnit: "l'an dernier", "last month", "this week", "il y a deux ans".
func resolveUnit(m *mention, dct Timex) {
	if dct.Year == 0 {
		return
	}
	n := m.offset
	if m.dir < 0 {
		n = -n
	}
	switch m.unit {
	case "Y":
		m.t.Year = dct.Year + n
	case "M":
		if dct.Month == 0 {
			return
		}
		t := time.Date(dct.Year, time.Month(dct.Month), 1, 0, 0, 0, 0, time.UTC).AddDate(0, n, 0)
		m.t.Year, m.t.Month = t.Year(), int(t.Month())
	case "W":
		t, ok := dctTime(dct)
		if !ok {
			return
		}
		y, w := t.AddDate(0, 0, 7*n).ISOWeek()
		m.t.Year, m.t.Week = y, w
	case "D":
		if t, ok := dctTime(dct); ok {
			setDay(m, t.AddDate(0, 0, n))
		}
	}
}
