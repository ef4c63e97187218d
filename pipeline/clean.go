package pipeline

import (
	_ "embed"
	"fmt"
	"regexp"
	"regexp/syntax"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/cespare/xxhash/v2"
	"golang.org/x/text/unicode/norm"

	"github.com/newsextract/newsextract/extract/rules"
)

//go:embed rules/boilerplate.tsv
var boilerplateTSV string

//go:embed rules/glue_starters.txt
var glueStartersTxt string

// Cleaner removes web boilerplate from article text and normalises it.
// It is built once from the embedded rules and is safe for concurrent use.
type Cleaner struct {
	// line, teaser and tail rules are each compiled into one alternation,
	// so a line is matched in one pass whatever the number of rules
	line, teaser, tail *lineSet
	inline             []inlineRule
	starters           map[string]bool
}

// inlineRule removes text inside a line; needs is a string the line must
// contain for the rule to apply (a cheap test before the regexp).
type inlineRule struct {
	re    *regexp.Regexp
	needs string
}

// NewCleaner compiles the boilerplate rules.
func NewCleaner() (*Cleaner, error) {
	c := &Cleaner{starters: map[string]bool{}}
	alts := map[string][]string{}
	lines, err := rules.Parse("rules/boilerplate.tsv", boilerplateTSV, 2, 3)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		f, n := line.Fields, line.N
		if len(f) == 3 && f[0] != "inline" {
			return nil, line.Errorf("rules/boilerplate.tsv", "only inline rules take a third column")
		}
		kind, pat := f[0], f[1]
		if kind == "inline" {
			re, err := regexp.Compile("(?i)" + pat)
			if err != nil {
				return nil, fmt.Errorf("rules/boilerplate.tsv:%d: %v", n, err)
			}
			r := inlineRule{re: re}
			if len(f) == 3 {
				r.needs = f[2]
			}
			c.inline = append(c.inline, r)
			continue
		}
		if _, err := regexp.Compile("(?i)^(?:" + pat + ")$"); err != nil {
			return nil, fmt.Errorf("rules/boilerplate.tsv:%d: %v", n, err)
		}
		switch kind {
		case "line", "teaser", "tail":
			alts[kind] = append(alts[kind], "(?:"+pat+")")
		default:
			return nil, fmt.Errorf("rules/boilerplate.tsv:%d: unknown kind %q", n, kind)
		}
	}
	c.line, c.teaser, c.tail = newLineSet(alts["line"]), newLineSet(alts["teaser"]), newLineSet(alts["tail"])
	for _, w := range strings.Split(glueStartersTxt, "\n") {
		w = strings.TrimSpace(w)
		if w != "" && !strings.HasPrefix(w, "#") {
			c.starters[w] = true
		}
	}
	return c, nil
}

var dateTag = regexp.MustCompile(`^\s*date\s+(\d{4}(?:-\d{2}(?:-\d{2})?)?)\s+`)

// StripDateTag removes a leading dump tag such as " date 2019-02 " and
// returns the text and the tag's value ("" when there is none).
func StripDateTag(s string) (string, string) {
	m := dateTag.FindStringSubmatchIndex(s)
	if m == nil {
		return s, ""
	}
	return s[m[1]:], s[m[2]:m[3]]
}

// Clean returns the article body of raw: normalised to NFC, spaces
// collapsed, boilerplate lines and blocks removed, glued headings split and
// verbatim repeated paragraphs dropped. Paragraphs are separated by a blank
// line.
func (c *Cleaner) Clean(raw string) string {
	s := normalizeSpace(norm.NFC.String(raw))
	// lines first: glued headings split, counters removed, so that every
	// rule sees the lines the output will have
	var lines []string
	for _, l := range strings.Split(s, "\n") {
		l = strings.TrimSpace(l)
		if len(l) <= 400 { // counters and share links sit in short byline lines
			for _, r := range c.inline {
				if r.needs == "" || strings.Contains(l, r.needs) {
					l = strings.TrimSpace(r.re.ReplaceAllString(l, ""))
				}
			}
		}
		if l != "" {
			lines = append(lines, c.splitGlued(l)...)
		}
	}
	var kept []string
	seen := map[string]bool{}
	skipNext := false
	for _, l := range lines {
		if skipNext {
			// the line after a teaser marker is its linked title when it reads like one
			skipNext = false
			if c.isTeaserTitle(l) {
				continue
			}
		}
		if matchAny(c.tail, l) && len(kept) > 0 {
			break
		}
		if matchAny(c.teaser, l) {
			skipNext = true
			continue
		}
		if matchAny(c.line, l) {
			continue
		}
		if utf8.RuneCountInString(l) >= 30 {
			if seen[l] {
				continue
			}
			seen[l] = true
		}
		kept = append(kept, l)
	}
	return strings.Join(dropRepeatedLede(kept), "\n\n")
}

// dropRepeatedLede removes a paragraph that the next paragraph repeats
// word for word at its start (a lede printed, then printed again with the
// body), keeping the longer one.
func dropRepeatedLede(ps []string) []string {
	out := ps[:0]
	for i, p := range ps {
		if i+1 < len(ps) && utf8.RuneCountInString(p) >= 60 && len(ps[i+1]) > len(p) && strings.HasPrefix(ps[i+1], p) {
			continue
		}
		out = append(out, p)
	}
	return out
}

// isTeaserTitle: a linked title is one line without a final full stop.
func (c *Cleaner) isTeaserTitle(l string) bool {
	return utf8.RuneCountInString(l) < 200 && !strings.HasSuffix(l, ".")
}

func matchAny(ls *lineSet, s string) bool {
	// boilerplate lines are short, article paragraphs are not; a long line
	// is only looked at when it may be a cookie banner
	if len(s) > 300 || len(s) > 160 && !strings.Contains(s, "ookie") {
		return false
	}
	return ls.match(s)
}

// lineSet matches whole lines against a set of case-insensitive rules. A
// line is only tried against the rules that can start with its first
// character, compiled into one alternation per such group: most lines
// start with a letter few rules start with.
type lineSet struct {
	byFirst map[rune]*regexp.Regexp
	other   *regexp.Regexp // the rules that can start with anything
}

// newLineSet compiles rules, which were each checked to compile alone.
func newLineSet(rules []string) *lineSet {
	ls := &lineSet{byFirst: map[rune]*regexp.Regexp{}}
	compile := func(idx []int) *regexp.Regexp {
		alts := make([]string, len(idx))
		for k, i := range idx {
			alts[k] = rules[i]
		}
		return regexp.MustCompile("(?i)^(?:" + strings.Join(alts, "|") + ")$")
	}
	var anyStart []int
	starts := map[rune][]int{}
	for i, r := range rules {
		set, ok := firstRunes("(?i)^(?:" + r + ")$")
		if !ok {
			anyStart = append(anyStart, i)
			continue
		}
		for c := range set {
			starts[c] = append(starts[c], i)
		}
	}
	if len(anyStart) > 0 {
		ls.other = compile(anyStart)
	}
	groups := map[string]*regexp.Regexp{} // one expression per distinct group
	for c, idx := range starts {
		idx = append(idx, anyStart...)
		sort.Ints(idx)
		key := fmt.Sprint(idx)
		if groups[key] == nil {
			groups[key] = compile(idx)
		}
		ls.byFirst[c] = groups[key]
	}
	return ls
}

func (ls *lineSet) match(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	re := ls.byFirst[r]
	if re == nil {
		re = ls.other
	}
	return re != nil && re.MatchString(s)
}

// firstRunes returns every rune a match of the expression can start with,
// or false when that is any rune or too many to list.
func firstRunes(expr string) (map[rune]bool, bool) {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil, false
	}
	prog, err := syntax.Compile(re.Simplify())
	if err != nil {
		return nil, false
	}
	set := map[rune]bool{}
	seen := map[uint32]bool{}
	var walk func(pc uint32) bool
	walk = func(pc uint32) bool {
		if seen[pc] {
			return true
		}
		seen[pc] = true
		in := &prog.Inst[pc]
		switch in.Op {
		case syntax.InstAlt, syntax.InstAltMatch:
			return walk(in.Out) && walk(in.Arg)
		case syntax.InstCapture, syntax.InstNop, syntax.InstEmptyWidth:
			return walk(in.Out)
		case syntax.InstFail:
			return true
		case syntax.InstRune1:
			set[in.Rune[0]] = true
			return true
		case syntax.InstRune:
			if len(in.Rune) == 1 {
				r := in.Rune[0]
				set[r] = true
				if syntax.Flags(in.Arg)&syntax.FoldCase != 0 {
					for f := unicode.SimpleFold(r); f != r; f = unicode.SimpleFold(f) {
						set[f] = true
					}
				}
				return true
			}
			n := 0
			for k := 0; k+1 < len(in.Rune); k += 2 {
				n += int(in.Rune[k+1]-in.Rune[k]) + 1
				if n > 256 {
					return false
				}
				for r := in.Rune[k]; r <= in.Rune[k+1]; r++ {
					set[r] = true
				}
			}
			return true
		}
		return false // any rune, or a possible empty match
	}
	if !walk(uint32(prog.Start)) {
		return nil, false
	}
	return set, true
}

// splitGlued splits "Trente annéesQui plus est, ..." into the heading and
// its paragraph. Only the first 80 bytes are looked at, where a heading ends.
func (c *Cleaner) splitGlued(l string) []string {
	limit := len(l)
	if limit > 80 {
		limit = 80
	}
	prev := rune(0)
	for i, r := range l[:limit] {
		if i > 0 && unicode.IsUpper(r) && (unicode.IsLower(prev) || unicode.IsDigit(prev)) {
			end := i
			for end < len(l) && (unicode.IsLetter(rune(l[end])) || l[end] >= 0x80) {
				_, n := utf8.DecodeRuneInString(l[end:])
				r2, _ := utf8.DecodeRuneInString(l[end:])
				if !unicode.IsLetter(r2) {
					break
				}
				end += n
			}
			word := strings.ToLower(l[i:end])
			left := lastWord(l[:i])
			if (c.starters[word] && utf8.RuneCountInString(left) >= 3) || (unicode.IsDigit(prev) && isYear(left) && end-i >= 3) {
				// split again until stable, so cleaning twice changes nothing
				return append(c.splitGlued(l[:i]), c.splitGlued(l[i:])...)
			}
		}
		prev = r
	}
	return []string{l}
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \t")
	return s[i+1:]
}

func isYear(s string) bool {
	if len(s) != 4 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s >= "1900" && s <= "2099"
}

// normalizeSpace maps every Unicode space to ' ', collapses runs of spaces,
// drops zero-width and control characters and normalises line ends. Runs
// of printable ASCII, most of any text, are copied at once.
func normalizeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for i := 0; i < len(s); {
		c := s[i]
		if c > ' ' && c < 0x7f {
			j := i + 1
			for j < len(s) && s[j] > ' ' && s[j] < 0x7f {
				j++
			}
			b.WriteString(s[i:j])
			i, space = j, false
			continue
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		i += n
		switch {
		case r == '\n':
			b.WriteByte('\n')
			space = false
			continue
		case r == '\r':
			continue
		case r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\ufeff' || r == '\u00ad' || r == '\u2060':
			continue
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// DocID is the stable id of a cleaned text.
func DocID(text string) string {
	return fmt.Sprintf("%016x", xxhash.Sum64String(text))
}

// titleOf returns the first line when it reads as a heading.
func titleOf(text string) string {
	first, _, _ := strings.Cut(text, "\n")
	if first == "" || utf8.RuneCountInString(first) > 200 || len(strings.Fields(first)) > 25 {
		return ""
	}
	last, _ := utf8.DecodeLastRuneInString(first)
	if last == '.' && !strings.HasSuffix(first, "...") {
		return ""
	}
	return first
}
