// Package rules reads the rule files of the extractors and the cleaner:
// tab-separated lines, "#" comments and blank lines skipped, every line
// checked when loading so that a bad rule stops start-up with its file and
// line. It also holds the word-sequence matcher the lexicons share.
package rules

import (
	"bufio"
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

// Line is one rule line: its number in the file and its fields.
type Line struct {
	N      int
	Fields []string
}

// Errorf returns an error naming the file and the line.
func (l Line) Errorf(file, format string, a ...any) error {
	return fmt.Errorf("%s:%d: %s", file, l.N, fmt.Sprintf(format, a...))
}

// Parse splits src into lines of between min and max tab-separated fields.
func Parse(file, src string, min, max int) ([]Line, error) {
	var out []Line
	sc := bufio.NewScanner(strings.NewReader(src))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) < min || len(f) > max {
			return nil, fmt.Errorf("%s:%d: want %d to %d tab-separated fields, got %d in %q", file, n, min, max, len(f), l)
		}
		out = append(out, Line{N: n, Fields: f})
	}
	return out, sc.Err()
}

// Seq is a sequence of folded words; a word ending with * matches any word
// that starts with it.
type Seq []string

// SeqSet holds word sequences indexed by their first word.
type SeqSet struct {
	byFirst extract.WordMap[[]Seq]
	// sequences whose first word is a prefix, by the prefix's first byte
	// (anyFirst: an empty prefix)
	starred  [256][]Seq
	anyFirst []Seq
}

// Add puts a sequence in the set.
func (s *SeqSet) Add(seq Seq) {
	if len(seq) == 0 {
		return
	}
	if strings.HasSuffix(seq[0], "*") {
		if p := seq[0]; len(p) > 1 {
			s.starred[p[0]] = append(s.starred[p[0]], seq)
		} else {
			s.anyFirst = append(s.anyFirst, seq)
		}
		return
	}
	extract.AppendTo(&s.byFirst, seq[0], seq)
}

// WordMatch reports whether a pattern word matches a folded token.
func WordMatch(pattern, fold string) bool {
	if p, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(fold, p)
	}
	return fold == pattern
}

// At returns the index after the longest sequence of the set that matches
// toks at i.
func (s *SeqSet) At(toks []extract.Token, i int) (int, bool) {
	if s == nil || i < 0 || i >= len(toks) {
		return -1, false
	}
	best := -1
	if seqs, ok := s.byFirst.Tok(&toks[i]); ok {
		best = longest(seqs, toks, i, best)
	}
	if f := toks[i].Fold; f != "" {
		best = longest(s.starred[f[0]], toks, i, best)
	}
	best = longest(s.anyFirst, toks, i, best)
	return best, best >= 0
}

// longest returns the end of the longest of seqs matching toks at i when
// it is after best, or best.
func longest(seqs []Seq, toks []extract.Token, i, best int) int {
next:
	for _, seq := range seqs {
		if i+len(seq) > len(toks) || i+len(seq) <= best {
			continue
		}
		for k, w := range seq {
			if !WordMatch(w, toks[i+k].Fold) {
				continue next
			}
		}
		best = i + len(seq)
	}
	return best
}

// In reports whether a sequence of the set starts anywhere in toks[a:b].
func (s *SeqSet) In(toks []extract.Token, a, b int) bool {
	if a < 0 {
		a = 0
	}
	for i := a; i < b && i < len(toks); i++ {
		if _, ok := s.At(toks, i); ok {
			return true
		}
	}
	return false
}
