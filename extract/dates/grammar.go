package dates

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

// mention is a temporal expression before resolution against the
// document time.
type mention struct {
	start, end int // byte offsets
	typ        string
	t          Timex
	dur        string // DURATION value
	mod        string
	rule       string
	sent       int
	// resolution hints
	rel     string // "" absolute | dayoff | weekday | unit | ago
	dir     int    // -1 past (dernier, last), +1 next (prochain), 0 unmarked
	offset  int    // dayoff: days; unit/ago: how many units
	unit    string // unit/ago: Y M W D
	weekday int    // 1..7 when a weekday was written
	legal   bool   // cites a legal text ("décret du 24 mars 2006")
	hasYear bool   // the year was written
}

type scanner struct {
	lx    *lexicon
	words *extract.WordMap[*wordInfo] // word -> classes, for langs
	cls   []*wordInfo                 // per token: its classes, looked up once
	langs []string
	lang  string
	toks  []extract.Token
	text  string
	sent  int
}

var (
	reISO      = regexp.MustCompile(`^(\d{4})-(\d{2})(?:-(\d{2}))?(?:T(\d{2}):(\d{2}))?$`)
	reNumeric  = regexp.MustCompile(`^(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})$`)
	reTime     = regexp.MustCompile(`^(\d{1,2})(?::|h|H)(\d{2})?$`)
	reYearSpan = regexp.MustCompile(`^(\d{4})[-–/](\d{4}|\d{2})$`)
	reDecade   = regexp.MustCompile(`^(1[0-9]|20)(\d)0'?s$`)
	reQuarter  = regexp.MustCompile(`^[QqTt]([1-4])$`)
	reHalf     = regexp.MustCompile(`^[HhSs]([12])$`)
	reOrdDay   = regexp.MustCompile(`^(\d{1,2})(?:er|st|nd|rd|th|e)?$`)
)

// matchIf runs re only when a cheap test says it can match.
// containsDigit reports whether s has an ASCII digit.
func containsDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigitByte(s[i]) {
			return true
		}
	}
	return false
}

// hasInnerHyphen reports whether s has a '-' after its first byte.
func hasInnerHyphen(s string) bool {
	for i := 1; i < len(s); i++ {
		if s[i] == '-' {
			return true
		}
	}
	return false
}

func matchIf(ok bool, re *regexp.Regexp, s string) []string {
	if !ok {
		return nil
	}
	return re.FindStringSubmatch(s)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func (s *scanner) fold(i int) string {
	if i < 0 || i >= len(s.toks) {
		return ""
	}
	return strings.TrimSuffix(s.toks[i].Fold, ".")
}

func (s *scanner) is(c class, i int) (string, bool) {
	if i < 0 || i >= len(s.toks) {
		return "", false
	}
	if s.cls == nil {
		s.cls = make([]*wordInfo, len(s.toks))
		for k := range s.toks {
			s.cls[k] = lookupToken(s.words, &s.toks[k])
		}
	}
	return s.cls[i].get(c)
}

// get looks a folded word up in one class of the document's lexicons.
func (s *scanner) get(c class, word string) (string, bool) {
	return lookupToken(s.words, &extract.Token{Fold: word}).get(c)
}

// lookupToken returns the classes of a token's folded form, or of that form
// without a final full stop ("févr."), nil when it is in no class.
func lookupToken(words *extract.WordMap[*wordInfo], t *extract.Token) *wordInfo {
	w, _ := words.Tok(t)
	if f := t.Fold; w == nil && len(f) > 1 && f[len(f)-1] == '.' {
		w, _ = words.Get(f[:len(f)-1])
	}
	return w
}

// skipDot skips a "." token left after an abbreviation ("févr .").
func (s *scanner) skipDot(i int) int {
	if i < len(s.toks) && s.toks[i].Text == "." && i > 0 && s.toks[i-1].End == s.toks[i].Start && len(s.toks[i-1].Text) <= 5 {
		if _, ok := s.is(cMonth, i-1); ok {
			return i + 1
		}
	}
	return i
}

func year(tok string, loose bool) (int, bool) {
	if len(tok) != 4 || !isDigits(tok) {
		return 0, false
	}
	y := atoi(tok)
	if y >= 1900 && y <= 2099 || loose && y >= 1000 && y <= 2099 {
		return y, true
	}
	return 0, false
}

func (s *scanner) span(a, b int) (int, int) { return s.toks[a].Start, s.toks[b-1].End }

// interesting reports whether a temporal expression can start at token i:
// a digit, a word of the lexicon, the first word of a multi-word entry, a
// hyphenated word ("mi-2020", "one-year") or "il" (il y a).
func (s *scanner) interesting(i int) bool {
	t := s.toks[i]
	if isDigitByte(t.Text[0]) || len(t.Text) == 2 && isDigitByte(t.Text[1]) || hasInnerHyphen(t.Text) || t.Fold == "il" || s.lx.starts.Has(&s.toks[i]) {
		return true
	}
	s.is(cMonth, 0) // builds the class cache
	return s.cls[i] != nil
}

// scan finds every temporal expression of a sentence.
func (s *scanner) scan() []mention {
	var out []mention
	for i := 0; i < len(s.toks); {
		if !s.interesting(i) {
			i++
			continue
		}
		if ms, end := s.matchRange(i); len(ms) > 0 {
			out = append(out, ms...)
			i = end
			continue
		}
		if m, end, ok := s.matchDuration(i); ok {
			if m.typ != "" {
				out = append(out, m)
			}
			i = end
			continue
		}
		if ms, end := s.matchDate(i); len(ms) > 0 {
			out = append(out, ms...)
			i = end
			continue
		}
		i++
	}
	return out
}

// matchRange: "entre août et décembre 2012", "de 2017 à 2020", "from May to July 2023".
func (s *scanner) matchRange(i int) ([]mention, int) {
	if _, ok := s.is(cRangeFrom, i); !ok {
		return nil, i
	}
	a, ea := s.matchDate(i + 1)
	if len(a) != 1 || a[0].rel != "" {
		return nil, i
	}
	if _, ok := s.is(cRangeTo, ea); !ok {
		return nil, i
	}
	b, eb := s.matchDate(ea + 1)
	if len(b) != 1 || b[0].rel != "" {
		// "entre août et décembre 2012": the first end may be a bare month
		return nil, i
	}
	if !a[0].hasYear && b[0].hasYear {
		a[0].t.Year, a[0].hasYear = b[0].t.Year, true
		if a[0].t.Gran == GranMonth && b[0].t.Gran == GranMonth && a[0].t.Month > b[0].t.Month {
			a[0].t.Year-- // "de novembre à février 2013"
		}
	}
	a[0].rule, b[0].rule = s.lang+".range", s.lang+".range"
	return []mention{a[0], b[0]}, eb
}

// matchDate tries the date rules at token i, longest first.
func (s *scanner) matchDate(i int) ([]mention, int) {
	if i >= len(s.toks) {
		return nil, i
	}
	tok := s.toks[i]
	f := s.fold(i)
	// modifiers: début août, fin 2019, mi-2020, early 2020, vers 2010, fin des années 2000
	if mod, ok := s.is(cMod, i); ok {
		j := i + 1
		if j < len(s.toks) && (s.toks[j].Fold == "de" || s.toks[j].Fold == "des" || s.toks[j].Fold == "d'" || s.toks[j].Fold == "du" || s.toks[j].Fold == "of" || s.toks[j].Fold == "the") {
			j++
			if j < len(s.toks) && s.toks[j].Fold == "the" {
				j++
			}
		}
		if ms, end := s.matchDate(j); len(ms) == 1 && ms[0].rel == "" && ms[0].mod == "" && (ms[0].t.Gran != GranDay || mod == "APPROX") {
			m := ms[0]
			m.start, m.mod, m.rule = tok.Start, mod, s.lang+".modifier+"+m.rule
			return []mention{m}, end
		}
	}
	if pre, rest, ok := strings.Cut(f, "-"); ok && (pre == "mi" || pre == "mid") && rest != "" {
		if y, ok := year(rest, false); ok {
			m := s.newMention(i, i+1, "modifier+year")
			m.t, m.hasYear, m.mod = Timex{Gran: GranYear, Year: y, Hour: -1}, true, "MID"
			return []mention{m}, i + 1
		}
		if mo, ok := s.get(cMonth, rest); ok {
			m := s.newMention(i, i+1, "modifier+month")
			m.t, m.mod = Timex{Gran: GranMonth, Month: atoi(mo), Hour: -1}, "MID"
			end := i + 1
			if y, ok := year(s.fold(end), true); ok {
				m.t.Year, m.hasYear = y, true
				m.end = s.toks[end].End
				end++
			}
			return []mention{m}, end
		}
	}
	hasDigit := containsDigit(tok.Text)
	// ISO and numeric dates
	if !hasDigit {
		// none of the numeric rules can match
	} else if g := matchIf(len(tok.Text) >= 7 && isDigitByte(tok.Text[0]) && tok.Text[4] == '-', reISO, tok.Text); g != nil {
		m := s.newMention(i, i+1, "iso")
		t := Timex{Year: atoi(g[1]), Month: atoi(g[2]), Hour: -1, Gran: GranMonth}
		if t.Month < 1 || t.Month > 12 {
			return nil, i
		}
		if g[3] != "" {
			t.Day, t.Gran = atoi(g[3]), GranDay
			if !valid(t.Year, t.Month, t.Day) {
				return nil, i
			}
		}
		if g[4] != "" {
			t.Hour, t.Min, t.Gran = atoi(g[4]), atoi(g[5]), GranMinute
		}
		m.t, m.hasYear = t, true
		return []mention{m}, i + 1
	}
	if g := matchIf(hasDigit && len(tok.Text) >= 6 && isDigitByte(tok.Text[0]), reNumeric, tok.Text); g != nil {
		a, b, y := atoi(g[1]), atoi(g[2]), atoi(g[3])
		if len(g[3]) == 2 {
			y += 2000
			if y > 2069 {
				y -= 100
			}
		}
		d, mo := a, b
		if s.lang == "en" && a <= 12 && strings.Contains(tok.Text, "/") {
			d, mo = b, a // US English writes the month first
		}
		if !valid(y, mo, d) {
			d, mo = mo, d
			if !valid(y, mo, d) {
				return nil, i
			}
		}
		m := s.newMention(i, i+1, "numeric")
		m.t, m.hasYear = Timex{Gran: GranDay, Year: y, Month: mo, Day: d, Hour: -1}, true
		return s.withTime([]mention{m}, i+1)
	}
	// year spans written as one token: 2007-2008
	if g := matchIf(hasDigit && len(tok.Text) >= 7 && isDigitByte(tok.Text[0]), reYearSpan, tok.Text); g != nil {
		y1, ok1 := year(g[1], false)
		y2s := g[2]
		if len(y2s) == 2 {
			y2s = g[1][:2] + y2s
		}
		y2, ok2 := year(y2s, false)
		if ok1 && ok2 && y2 > y1 {
			m1 := mention{start: tok.Start, end: tok.Start + 4, typ: extract.TypeDate, rule: s.lang + ".year_span", sent: s.sent, t: Timex{Gran: GranYear, Year: y1, Hour: -1}, hasYear: true}
			m2 := m1
			m2.start, m2.end, m2.t.Year = tok.End-len(g[2]), tok.End, y2
			if len(g[2]) == 2 {
				m2.t.Year = y2
			}
			return []mention{m1, m2}, i + 1
		}
	}
	// decades: les années 2000, the 1990s
	if _, ok := s.is(cDecade, i); ok {
		if y, ok := year(s.fold(i+1), false); ok && y%10 == 0 {
			m := s.newMention(i, i+2, "decade")
			m.t, m.hasYear = Timex{Gran: GranDecade, Decade: y / 10, Hour: -1}, true
			return []mention{m}, i + 2
		}
	}
	if g := matchIf(hasDigit && len(tok.Text) >= 4 && tok.Text[len(tok.Text)-1] == 's', reDecade, tok.Text); g != nil {
		m := s.newMention(i, i+1, "decade")
		m.t, m.hasYear = Timex{Gran: GranDecade, Decade: atoi(g[1] + g[2]), Hour: -1}, true
		return []mention{m}, i + 1
	}
	// relative days: aujourd'hui, hier, yesterday
	if v, ok := s.is(cReld, i); ok {
		m := s.newMention(i, i+1, "relative_day")
		m.rel, m.offset = "dayoff", atoi(v)
		m.t = Timex{Gran: GranDay, Hour: -1}
		return []mention{m}, i + 1
	}
	// last/next/this + unit or weekday or month: last year, next month, this week, last July
	if _, ok := s.is(cPast, i); ok && s.lang != "fr" {
		return s.relUnit(i, i+1, -1)
	}
	if _, ok := s.is(cNext, i); ok && s.lang != "fr" {
		return s.relUnit(i, i+1, 1)
	}
	if _, ok := s.is(cThis, i); ok {
		return s.relUnit(i, i+1, 0)
	}
	// French: la semaine dernière, l'an dernier, le mois prochain, l'année prochaine
	if u, ok := s.is(cUnit, i); ok && (u == "Y" || u == "M" || u == "W") && i > 0 {
		prev := s.fold(i - 1)
		if prev == "l'" || prev == "la" || prev == "le" {
			if _, ok := s.is(cPast, i+1); ok {
				m := s.newMention(i-1, i+2, "relative_unit")
				m.rel, m.unit, m.dir, m.offset = "unit", u, -1, 1
				m.t = Timex{Gran: granOfUnit(u), Hour: -1}
				return []mention{m}, i + 2
			}
			if _, ok := s.is(cNext, i+1); ok {
				m := s.newMention(i-1, i+2, "relative_unit")
				m.rel, m.unit, m.dir, m.offset = "unit", u, 1, 1
				m.t = Timex{Gran: granOfUnit(u), Hour: -1}
				return []mention{m}, i + 2
			}
		}
	}
	// il y a deux ans / two years ago
	if f == "il" && s.fold(i+1) == "y" && s.fold(i+2) == "a" {
		if n, j, ok := s.number(i + 3); ok {
			if u, ok := s.is(cUnit, j); ok && u != "H" && u != "MIN" {
				m := s.newMention(i, j+1, "ago")
				m.rel, m.unit, m.offset, m.dir = "ago", u, int(n), -1
				m.t = Timex{Gran: granOfUnit(u), Hour: -1}
				return []mention{m}, j + 1
			}
		}
	}
	if n, j, ok := s.number(i); ok && !strings.Contains(tok.Text, ":") {
		if u, ok := s.is(cUnit, j); ok && u != "H" && u != "MIN" {
			if _, ok := s.is(cAgo, j+1); ok {
				m := s.newMention(i, j+2, "ago")
				m.rel, m.unit, m.offset, m.dir = "ago", u, int(n), -1
				m.t = Timex{Gran: granOfUnit(u), Hour: -1}
				return []mention{m}, j + 2
			}
		}
	}
	// seasons: été 2021, l'automne 2024, summer of 2021
	if se, ok := s.is(cSeason, i); ok {
		j := i + 1
		if f := s.fold(j); f == "de" || f == "of" || f == "d'" {
			j++
		}
		m := s.newMention(i, i+1, "season")
		m.t = Timex{Gran: GranSeason, Season: se, Hour: -1}
		if y, ok := year(s.fold(j), false); ok {
			m.t.Year, m.hasYear, m.end = y, true, s.toks[j].End
			return []mention{m}, j + 1
		}
		if s.seasonDeterminer(i) || s.hasDir(i+1) {
			return s.withDir([]mention{m}, i+1)
		}
	}
	// quarters: premier trimestre 2024, third quarter of 2023, Q3 2023
	if q, ok := s.is(cOrdinal, i); ok {
		if kind, ok := s.is(cQuarter, i+1); ok {
			j := i + 2
			if f := s.fold(j); f == "de" || f == "of" || f == "d'" {
				j++
			}
			m := s.newMention(i, i+2, "quarter")
			m.t = Timex{Gran: GranQuarter, Hour: -1}
			n := atoi(q)
			if kind == "H" {
				if n > 2 {
					return nil, i
				}
				m.t.Half = n
			} else {
				m.t.Quarter = n
			}
			if y, ok := year(s.fold(j), false); ok {
				m.t.Year, m.hasYear, m.end = y, true, s.toks[j].End
				return []mention{m}, j + 1
			}
			return s.withDir([]mention{m}, i+2)
		}
	}
	if g := matchIf(len(tok.Text) == 2 && tok.Text[1] >= '1' && tok.Text[1] <= '4', reQuarter, tok.Text); g != nil && (tok.Text[0] == 'Q' || s.lang == "fr") {
		if y, ok := year(s.fold(i+1), false); ok {
			m := s.newMention(i, i+2, "quarter")
			m.t, m.hasYear = Timex{Gran: GranQuarter, Quarter: atoi(g[1]), Year: y, Hour: -1}, true
			return []mention{m}, i + 2
		}
	}
	if g := matchIf(len(tok.Text) == 2 && (tok.Text[1] == '1' || tok.Text[1] == '2'), reHalf, tok.Text); g != nil && tok.IsCap() {
		if y, ok := year(s.fold(i+1), false); ok {
			m := s.newMention(i, i+2, "half")
			m.t, m.hasYear = Timex{Gran: GranQuarter, Half: atoi(g[1]), Year: y, Hour: -1}, true
			return []mention{m}, i + 2
		}
	}
	// weekday first: "Vendredi 1 Février 2019", "Monday 22 May", "lundi dernier", "on Thursday"
	if wd, ok := s.is(cWeekday, i); ok && s.monthCase(i) {
		j := i + 1
		if j < len(s.toks) && s.toks[j].Text == "," {
			j++
		}
		if ms, end := s.dayMonth(j); len(ms) == 1 {
			ms[0].start, ms[0].weekday = tok.Start, atoi(wd)
			ms[0].rule = s.lang + ".weekday+" + strings.TrimPrefix(ms[0].rule, s.lang+".")
			return ms, end
		}
		m := s.newMention(i, i+1, "weekday")
		m.rel, m.weekday = "weekday", atoi(wd)
		m.t = Timex{Gran: GranDay, Hour: -1}
		if i > 0 {
			if _, ok := s.is(cThis, i-1); ok {
				m.start = s.toks[i-1].Start
			}
		}
		return s.withDir([]mention{m}, i+1)
	}
	if ms, end := s.dayMonth(i); len(ms) == 1 {
		return ms, end
	}
	// month alone or month + year
	if mo, ok := s.is(cMonth, i); ok && s.monthCase(i) {
		j := s.skipDot(i + 1)
		if f := s.fold(j); (f == "de" || f == "del" || f == "of") && s.lang != "fr" {
			if _, ok := year(s.fold(j+1), true); ok {
				j++
			}
		}
		m := s.newMention(i, i+1, "month")
		m.t = Timex{Gran: GranMonth, Month: atoi(mo), Hour: -1}
		if y, ok := year(s.fold(j), true); ok {
			m.t.Year, m.hasYear, m.end = y, true, s.toks[j].End
			m.rule = s.lang + ".month_year"
			return []mention{m}, j + 1
		}
		if s.prepBefore(i) || s.hasDir(i+1) || s.dirBefore(i) {
			m.end = s.toks[j-1].End
			return s.withDir([]mention{m}, j)
		}
		return nil, i
	}
	// bare year
	if y, ok := year(tok.Text, s.prepBefore(i)); ok && s.yearContext(i) {
		m := s.newMention(i, i+1, "year")
		m.t, m.hasYear = Timex{Gran: GranYear, Year: y, Hour: -1}, true
		return []mention{m}, i + 1
	}
	return nil, i
}

// monthCase: English month and weekday names are capitalised; a lower-case
// "may" or "march" is a verb.
func (s *scanner) monthCase(i int) bool {
	if s.lang != "en" && s.lang != "de" {
		return true
	}
	return s.toks[i].IsCap()
}

// dayMonth: "15 décembre 2014", "1er juillet", "22 May 2023", "March 2",
// "September 18, 2024, 8:12 AM", "22. Juni 2022", "22 de junio de 2022".
func (s *scanner) dayMonth(i int) ([]mention, int) {
	if i >= len(s.toks) {
		return nil, i
	}
	// day first
	if g := matchIf(len(s.toks[i].Text) <= 4 && isDigitByte(s.toks[i].Text[0]), reOrdDay, s.toks[i].Text); g != nil {
		d := atoi(g[1])
		j := i + 1
		if j < len(s.toks) && s.toks[j].Text == "." && s.lang == "de" {
			j++
		}
		if f := s.fold(j); (f == "de" || f == "of") && s.lang != "fr" {
			j++
		}
		if mo, ok := s.is(cMonth, j); ok && s.monthCase(j) && valid(0, atoi(mo), d) {
			m := s.newMention(i, j+1, "day_month")
			m.t = Timex{Gran: GranDay, Day: d, Month: atoi(mo), Hour: -1}
			k := s.skipDot(j + 1)
			if f := s.fold(k); (f == "de" || f == "del") && s.lang != "fr" {
				if _, ok := year(s.fold(k+1), true); ok {
					k++
				}
			}
			if y, ok := year(s.fold(k), true); ok && valid(y, m.t.Month, d) {
				m.t.Year, m.hasYear, m.end = y, true, s.toks[k].End
				m.rule = s.lang + ".day_month_year"
				return s.withTime([]mention{m}, k+1)
			}
			m.end = s.toks[k-1].End
			ms, end := s.withDir([]mention{m}, k)
			return s.withTime(ms, end)
		}
	}
	// month first (English): March 2, September 18, 2024
	if mo, ok := s.is(cMonth, i); ok && s.monthCase(i) && (s.lang == "en" || s.lang == "und") {
		j := s.skipDot(i + 1)
		if j < len(s.toks) {
			if g := matchIf(len(s.toks[j].Text) <= 4 && isDigitByte(s.toks[j].Text[0]), reOrdDay, s.toks[j].Text); g != nil && len(g[1]) <= 2 {
				d := atoi(g[1])
				if !valid(0, atoi(mo), d) {
					return nil, i
				}
				m := s.newMention(i, j+1, "month_day")
				m.t = Timex{Gran: GranDay, Day: d, Month: atoi(mo), Hour: -1}
				k := j + 1
				if k < len(s.toks) && s.toks[k].Text == "," {
					k++
				}
				if y, ok := year(s.fold(k), true); ok && valid(y, m.t.Month, d) {
					m.t.Year, m.hasYear, m.end = y, true, s.toks[k].End
					m.rule = s.lang + ".month_day_year"
					return s.withTime([]mention{m}, k+1)
				}
				return s.withTime([]mention{m}, j+1)
			}
		}
	}
	return nil, i
}

// withTime extends a day mention with a time of day: "à 08:32", "at 8:12 AM", ", 8:12 AM", "• 17:03", "à 13h30".
func (s *scanner) withTime(ms []mention, i int) ([]mention, int) {
	if len(ms) != 1 || ms[0].t.Gran != GranDay {
		return ms, i
	}
	j := i
	for j < len(s.toks) && j < i+2 {
		t := s.toks[j].Text
		if _, ok := s.is(cAt, j); ok || t == "," || t == "•" || t == "|" || t == "-" || t == "–" {
			j++
			continue
		}
		break
	}
	if j >= len(s.toks) {
		return ms, i
	}
	g := matchIf(isDigitByte(s.toks[j].Text[0]), reTime, s.toks[j].Text)
	if g == nil || (g[2] == "" && !strings.ContainsAny(s.toks[j].Text, "hH")) {
		return ms, i
	}
	h, mi := atoi(g[1]), atoi(g[2])
	end := j + 1
	if f := s.fold(end); f == "am" || f == "pm" || f == "a.m" || f == "p.m" {
		if f[0] == 'p' && h < 12 {
			h += 12
		}
		if f[0] == 'a' && h == 12 {
			h = 0
		}
		end++
	}
	if h > 23 || mi > 59 {
		return ms, i
	}
	m := ms[0]
	m.t.Gran, m.t.Hour, m.t.Min = GranMinute, h, mi
	m.end = s.toks[end-1].End
	m.rule += "+time"
	return []mention{m}, end
}

// withDir extends a mention with a following "dernier"/"prochain" (French)
// or notes a preceding "last"/"next" (English).
func (s *scanner) withDir(ms []mention, i int) ([]mention, int) {
	if len(ms) != 1 {
		return ms, i
	}
	if _, ok := s.is(cPast, i); ok {
		ms[0].dir, ms[0].end = -1, s.toks[i].End
		return ms, i + 1
	}
	if _, ok := s.is(cNext, i); ok {
		ms[0].dir, ms[0].end = 1, s.toks[i].End
		return ms, i + 1
	}
	return ms, i
}

func (s *scanner) hasDir(i int) bool {
	_, p := s.is(cPast, i)
	_, n := s.is(cNext, i)
	return p || n
}

func (s *scanner) dirBefore(i int) bool {
	_, p := s.is(cPast, i-1)
	_, n := s.is(cNext, i-1)
	return (p || n) && s.lang != "fr"
}

// relUnit: "last year", "next month", "this week", "last July", "ce lundi", "cette année".
func (s *scanner) relUnit(i, j, dir int) ([]mention, int) {
	if u, ok := s.is(cUnit, j); ok && (u == "Y" || u == "M" || u == "W" || u == "D") {
		if u == "D" {
			return nil, i
		}
		m := s.newMention(i, j+1, "relative_unit")
		m.rel, m.unit, m.dir, m.offset = "unit", u, dir, 1
		if dir == 0 {
			m.offset = 0
		}
		m.t = Timex{Gran: granOfUnit(u), Hour: -1}
		return []mention{m}, j + 1
	}
	if wd, ok := s.is(cWeekday, j); ok && s.monthCase(j) {
		m := s.newMention(i, j+1, "weekday")
		m.rel, m.weekday, m.dir = "weekday", atoi(wd), dir
		m.t = Timex{Gran: GranDay, Hour: -1}
		return []mention{m}, j + 1
	}
	if mo, ok := s.is(cMonth, j); ok && s.monthCase(j) && dir != 0 {
		m := s.newMention(i, j+1, "month")
		m.t, m.dir = Timex{Gran: GranMonth, Month: atoi(mo), Hour: -1}, dir
		return []mention{m}, j + 1
	}
	return nil, i
}

func granOfUnit(u string) string {
	switch u {
	case "Y":
		return GranYear
	case "M":
		return GranMonth
	case "W":
		return GranWeek
	}
	return GranDay
}

// prepBefore: the token before i is a preposition or modifier that makes a
// bare month or year a date ("en novembre", "in 2019", "depuis 1974").
func (s *scanner) prepBefore(i int) bool {
	if i == 0 {
		return false
	}
	if _, ok := s.is(cPrep, i-1); ok {
		return true
	}
	if _, ok := s.is(cMod, i-1); ok {
		return true
	}
	t := s.toks[i-1].Text
	return t == "(" || t == "de" || strings.HasSuffix(s.toks[i-1].Fold, "qu'en")
}

// seasonDeterminer: "l'été", "cet automne", "en hiver", "in summer" — a
// bare "été" is the participle of "être".
func (s *scanner) seasonDeterminer(i int) bool {
	switch s.fold(i - 1) {
	case "l'", "cet", "cette", "en", "d'", "au", "the", "this", "last", "next", "in", "el", "la", "il", "der", "im":
		return true
	}
	return false
}

// yearContext rejects four-digit numbers that are quantities or codes.
func (s *scanner) yearContext(i int) bool {
	if i+1 < len(s.toks) {
		next := s.toks[i+1]
		if _, ok := s.is(cStop, i+1); ok {
			return false
		}
		if strings.ContainsAny(next.Text, "%€$£") || next.Text == "000" || isDigits(next.Text) {
			return false
		}
		if _, ok := s.is(cUnit, i+1); ok {
			return false
		}
	}
	if i > 0 {
		prev := s.toks[i-1]
		if isDigits(strings.ReplaceAll(prev.Text, ",", "")) || strings.ContainsAny(prev.Text, "€$£#°") {
			return false
		}
		switch prev.Fold {
		case "n", "no", "numero", "article", "art", "page", "p", "code", "ligne":
			return false
		}
	}
	return true
}

func (s *scanner) newMention(a, b int, rule string) mention {
	st, en := s.span(a, b)
	return mention{start: st, end: en, typ: extract.TypeDate, rule: s.lang + "." + rule, sent: s.sent}
}

// number reads a count at token i: digits, a number word, or a compound
// ("vingt-quatre" is read as its first part). It returns the value and the
// index after it.
func (s *scanner) number(i int) (float64, int, bool) {
	if i >= len(s.toks) {
		return 0, i, false
	}
	t := s.toks[i].Text
	if isDigits(t) {
		n, _ := strconv.Atoi(t)
		return float64(n), i + 1, true
	}
	if strings.ContainsAny(t, ",.") {
		if v, err := strconv.ParseFloat(strings.Replace(t, ",", ".", 1), 64); err == nil {
			return v, i + 1, true
		}
	}
	if v, ok := s.is(cNum, i); ok {
		n, _ := strconv.ParseFloat(v, 64)
		return n, i + 1, true
	}
	return 0, i, false
}

// matchDuration: "plus de 2 ans", "pendant trois mois", "trente années",
// "24 h", "depuis des années", "for two years", "one-year". It returns a
// mention with an empty typ when the tokens were consumed as something that
// is not to be reported (a vague date such as "quelques mois plus tard").
func (s *scanner) matchDuration(i int) (mention, int, bool) {
	start := i
	mod := ""
	since := false
	if _, j, ok := s.seq(cDurPrep, i); ok {
		i = j
	} else if _, ok := s.is(cSince, i); ok {
		since = true
		i++
	}
	if v, j, ok := s.seq(cDurMod, i); ok {
		mod, i = v, j
	}
	if i >= len(s.toks) {
		return mention{}, start, false
	}
	// hyphenated: one-year, three-month
	if a, b, ok := strings.Cut(s.toks[i].Fold, "-"); ok {
		if n, okn := s.get(cNum, a); okn {
			if u, oku := s.get(cUnit, b); oku {
				m := s.durMention(s.toks[i].Start, s.toks[i].End, atof(n), u, mod, "hyphen")
				return m, i + 1, true
			}
		}
		if isDigits(a) {
			if u, oku := s.get(cUnit, b); oku {
				m := s.durMention(s.toks[i].Start, s.toks[i].End, atof(a), u, mod, "hyphen")
				return m, i + 1, true
			}
		}
	}
	vague := false
	n, j, ok := s.number(i)
	if !ok {
		if _, okv := s.is(cVague, i); okv {
			vague, j, ok = true, i+1, true
		}
	}
	if !ok || j >= len(s.toks) {
		return mention{}, start, false
	}
	u, ok := s.is(cUnit, j)
	if !ok {
		return mention{}, start, false
	}
	// "il y a deux ans" and "two years ago" are dates
	if _, ok := s.is(cAgo, j+1); ok {
		return mention{}, start, false
	}
	if i >= 3 && s.fold(i-3) == "il" && s.fold(i-2) == "y" && s.fold(i-1) == "a" {
		return mention{}, start, false
	}
	// a bare number before h/min is a clock time ("à 14 h"), not a span
	if (u == "H" || u == "MIN") && i > 0 {
		if _, ok := s.is(cAt, i-1); ok {
			return mention{}, start, false
		}
	}
	// "les années 2000" is a decade
	if u == "Y" && j+1 < len(s.toks) {
		if _, ok := year(s.fold(j+1), false); ok {
			return mention{}, start, false
		}
	}
	spanStart := s.toks[start].Start
	if !since && start != i && mod == "" {
		spanStart = s.toks[i].Start // "pendant trois mois": the span is the count and unit
	}
	if vague {
		if _, _, later := s.seq(cLater, j+1); later {
			return mention{}, j + 1, true // "quelques mois plus tard" is a vague date
		}
		if i == start && !since {
			// "des années" alone is too vague to report
			return mention{}, start, false
		}
		m := s.durMention(spanStart, s.toks[j].End, -1, u, mod, "vague")
		return m, j + 1, true
	}
	if n <= 0 || n != float64(int(n)) {
		return mention{}, start, false
	}
	m := s.durMention(spanStart, s.toks[j].End, n, u, mod, "count")
	return m, j + 1, true
}

func atof(s string) float64 {
	v, _ := strconv.ParseFloat(s, 64)
	return v
}

func (s *scanner) durMention(start, end int, n float64, unit, mod, rule string) mention {
	count := "X"
	if n >= 0 {
		count = strconv.Itoa(int(n))
	}
	var v string
	switch unit {
	case "H":
		v = "PT" + count + "H"
	case "MIN":
		v = "PT" + count + "M"
	case "DE":
		if n >= 0 {
			count = strconv.Itoa(int(n) * 10)
		}
		v = "P" + count + "Y"
	case "CE":
		if n >= 0 {
			count = strconv.Itoa(int(n) * 100)
		}
		v = "P" + count + "Y"
	default:
		v = "P" + count + unit
	}
	return mention{start: start, end: end, typ: extract.TypeDuration, dur: v, mod: mod, rule: s.lang + ".duration_" + rule, sent: s.sent}
}

// legalBefore reports whether a date at byte offset start follows a legal
// citation word in the same sentence ("décret du 24 mars 2006").
func legalBefore(words *extract.WordMap[*wordInfo], toks []extract.Token, start int) bool {
	for k := range toks {
		if toks[k].Start >= start {
			for b := k - 1; b >= 0 && b >= k-3; b-- {
				if _, ok := lookupToken(words, &toks[b]).get(cLegal); ok {
					return true
				}
			}
			return false
		}
	}
	return false
}
