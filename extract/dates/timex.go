package dates

import (
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract"
)

// Granularities, coarsest first.
const (
	GranDecade  = "decade"
	GranYear    = "year"
	GranSeason  = "season"
	GranQuarter = "quarter"
	GranMonth   = "month"
	GranWeek    = "week"
	GranDay     = "day"
	GranMinute  = "minute"
)

// Timex is a calendar value with unknown parts: Year 0 means unknown (X),
// Month and Day 0 unknown, Hour -1 no time of day.
type Timex struct {
	Gran    string
	Decade  int // for GranDecade: 200 for the 2000s
	Year    int
	Month   int
	Day     int
	Hour    int
	Min     int
	Season  string // SP SU FA WI
	Quarter int
	Half    int
	Week    int
}

// String formats the TIMEX3 value.
func (t Timex) String() string {
	y := "XXXX"
	if t.Year > 0 {
		y = fmt.Sprintf("%04d", t.Year)
	}
	two := func(n int) string {
		if n <= 0 {
			return "XX"
		}
		return fmt.Sprintf("%02d", n)
	}
	switch t.Gran {
	case GranDecade:
		return fmt.Sprintf("%03d", t.Decade)
	case GranYear:
		return y
	case GranSeason:
		return y + "-" + t.Season
	case GranQuarter:
		if t.Half > 0 {
			return fmt.Sprintf("%s-H%d", y, t.Half)
		}
		return fmt.Sprintf("%s-Q%d", y, t.Quarter)
	case GranMonth:
		return y + "-" + two(t.Month)
	case GranWeek:
		if t.Week > 0 && t.Year > 0 {
			return fmt.Sprintf("%s-W%02d", y, t.Week)
		}
		return "XXXX-WXX"
	case GranMinute:
		return fmt.Sprintf("%s-%s-%sT%02d:%02d", y, two(t.Month), two(t.Day), t.Hour, t.Min)
	}
	return y + "-" + two(t.Month) + "-" + two(t.Day)
}

// Interval returns the first and last day t covers, when its year is known.
func (t Timex) Interval() (*extract.Day, *extract.Day) {
	if t.Gran == GranDecade {
		a, b := day(t.Decade*10, 1, 1), day(t.Decade*10+9, 12, 31)
		return &a, &b
	}
	if t.Year <= 0 {
		return nil, nil
	}
	var a, b extract.Day
	switch t.Gran {
	case GranYear:
		a, b = day(t.Year, 1, 1), day(t.Year, 12, 31)
	case GranSeason:
		start := map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}[t.Season]
		a = day(t.Year, start, 1)
		b = day(t.Year, start+3, 1) - 1
	case GranQuarter:
		if t.Half > 0 {
			a = day(t.Year, 6*(t.Half-1)+1, 1)
			b = day(t.Year, 6*t.Half+1, 1) - 1
		} else {
			a = day(t.Year, 3*(t.Quarter-1)+1, 1)
			b = day(t.Year, 3*t.Quarter+1, 1) - 1
		}
	case GranMonth:
		if t.Month == 0 {
			return nil, nil
		}
		a = day(t.Year, t.Month, 1)
		b = day(t.Year, t.Month+1, 1) - 1
	case GranWeek:
		if t.Week == 0 {
			return nil, nil
		}
		// ISO week: the Monday of week 1 is in the week holding January 4th
		jan4 := time.Date(t.Year, 1, 4, 0, 0, 0, 0, time.UTC)
		monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(t.Week-1))
		a = extract.Day(monday.Unix() / 86400)
		b = a + 6
	default:
		if t.Month == 0 || t.Day == 0 {
			return nil, nil
		}
		a = day(t.Year, t.Month, t.Day)
		b = a
	}
	return &a, &b
}

func day(y, m, d int) extract.Day {
	return extract.Day(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Unix() / 86400)
}

// valid reports whether a day exists in the calendar.
func valid(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	if y <= 0 {
		y = 2000 // leap year: 29 February is possible when the year is unknown
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// weekdayOf returns 1 (Monday) .. 7 (Sunday).
func weekdayOf(y, m, d int) int {
	w := int(time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Weekday())
	if w == 0 {
		return 7
	}
	return w
}

// ParseValue reads a TIMEX3 value written by Timex.String (and by FromISO).
func ParseValue(v string) (Timex, bool) {
	t := Timex{Hour: -1}
	if len(v) == 3 && isDigits(v) {
		t.Gran, t.Decade = GranDecade, atoi(v)
		return t, true
	}
	date, tm, hasTime := strings.Cut(v, "T")
	parts := strings.Split(date, "-")
	if len(parts[0]) != 4 {
		return t, false
	}
	if parts[0] != "XXXX" {
		if !isDigits(parts[0]) {
			return t, false
		}
		t.Year = atoi(parts[0])
	}
	t.Gran = GranYear
	if len(parts) >= 2 {
		p := parts[1]
		switch {
		case p == "SP" || p == "SU" || p == "FA" || p == "WI":
			t.Gran, t.Season = GranSeason, p
		case len(p) == 2 && p[0] == 'Q' && p[1] >= '1' && p[1] <= '4':
			t.Gran, t.Quarter = GranQuarter, int(p[1]-'0')
		case len(p) == 2 && p[0] == 'H' && (p[1] == '1' || p[1] == '2'):
			t.Gran, t.Half = GranQuarter, int(p[1]-'0')
		case len(p) == 3 && p[0] == 'W':
			t.Gran = GranWeek
			if isDigits(p[1:]) {
				t.Week = atoi(p[1:])
			}
		case p == "XX":
			t.Gran = GranMonth
		case len(p) == 2 && isDigits(p):
			t.Gran, t.Month = GranMonth, atoi(p)
			if t.Month < 1 || t.Month > 12 {
				return t, false
			}
		default:
			return t, false
		}
	}
	if len(parts) >= 3 {
		if t.Gran != GranMonth {
			return t, false
		}
		t.Gran = GranDay
		if parts[2] != "XX" {
			if len(parts[2]) != 2 || !isDigits(parts[2]) {
				return t, false
			}
			t.Day = atoi(parts[2])
		}
	}
	if len(parts) > 3 {
		return t, false
	}
	if hasTime {
		if t.Gran != GranDay || len(tm) != 5 || tm[2] != ':' || !isDigits(tm[:2]) || !isDigits(tm[3:]) {
			return t, false
		}
		t.Gran, t.Hour, t.Min = GranMinute, atoi(tm[:2]), atoi(tm[3:])
	}
	return t, true
}

// FromISO converts an ISO 8601 date or date-time as found in metadata
// ("2019-02", "2019-02-01", "2019-02-01T08:32:00Z", "2019-02-01 08:32")
// to a TIMEX3 value, or "" when s is not one.
func FromISO(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	for _, layout := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02 15:04:05", "2006-01-02 15:04", time.RFC1123Z, time.RFC1123} {
		if t, err := time.Parse(layout, s); err == nil {
			return t.Format("2006-01-02T15:04")
		}
	}
	for _, layout := range []string{"2006-01-02", "2006-01", "2006", "20060102"} {
		if t, err := time.Parse(layout, s); err == nil {
			switch layout {
			case "2006":
				return t.Format("2006")
			case "2006-01":
				return t.Format("2006-01")
			}
			return t.Format("2006-01-02")
		}
	}
	return ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
