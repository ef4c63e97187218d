package claims

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/segment"
)

//go:embed triggers.tsv
var triggersTSV string

//go:embed cues.tsv
var cuesTSV string

// Types lists the claim types.
var Types = map[string]bool{"ACCUSATION": true, "LAWSUIT": true, "CHARGE": true, "INVESTIGATION": true, "ARREST": true, "TRIAL": true,
	"RULING": true, "SEIZURE": true, "SANCTION": true, "SETTLEMENT": true, "APPEAL": true, "AGREEMENT": true, "LAW": true}

var frames = map[string]bool{"verb": true, "target": true, "noun": true, "agree": true, "refer": true, "law": true}

type trigger struct {
	typ, frame string
	words      []string // folded; a trailing * makes a prefix
	literal    int      // characters that must match exactly, to rank ties
	line       int
}

func loadTriggers(src string) (map[string][]trigger, error) {
	out := map[string][]trigger{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		f := strings.Split(l, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("claims/triggers.tsv:%d: want lang<TAB>type<TAB>pattern<TAB>frame", n)
		}
		if !Types[f[1]] {
			return nil, fmt.Errorf("claims/triggers.tsv:%d: unknown type %q", n, f[1])
		}
		if !frames[f[3]] {
			return nil, fmt.Errorf("claims/triggers.tsv:%d: unknown frame %q", n, f[3])
		}
		t := trigger{typ: f[1], frame: f[3], line: n}
		t.words = patternWords(f[2])
		for _, w := range t.words {
			t.literal += len(strings.TrimSuffix(w, "*"))
		}
		out[f[0]] = append(out[f[0]], t)
	}
	return out, nil
}

// cueSet holds cues.tsv: per class, folded word sequences indexed by
// their first word (a first word ending with * is a prefix).
type cueSet map[string]*cueClass

type cueClass struct {
	byFirst map[string][][]string
	starred [][]string
}

var cueClasses = map[string]bool{"passive_aux": true, "by": true, "against": true, "with": true, "court_prep": true, "genitive": true,
	"pronoun": true, "subject_pronoun": true, "support": true, "enact": true, "negation": true, "reported": true, "planned": true,
	"hypothetical": true, "source": true}

func loadCues(src string) (cueSet, error) {
	c := cueSet{}
	sc := bufio.NewScanner(strings.NewReader(src))
	for n := 1; sc.Scan(); n++ {
		l := sc.Text()
		if strings.TrimSpace(l) == "" || strings.HasPrefix(l, "#") {
			continue
		}
		class, words, ok := strings.Cut(l, "\t")
		if !ok || !cueClasses[class] {
			return nil, fmt.Errorf("claims/cues.tsv:%d: unknown class in %q", n, l)
		}
		seq := patternWords(words)
		if c[class] == nil {
			c[class] = &cueClass{byFirst: map[string][][]string{}}
		}
		if strings.HasSuffix(seq[0], "*") {
			c[class].starred = append(c[class].starred, seq)
		} else {
			c[class].byFirst[seq[0]] = append(c[class].byFirst[seq[0]], seq)
		}
	}
	return c, nil
}

// patternWords splits a pattern the way the text is tokenized ("chefs
// d'accusation" -> chefs, d', accusation), keeping trailing stars.
func patternWords(p string) []string {
	var out []string
	for _, w := range strings.Fields(p) {
		star := strings.HasSuffix(w, "*")
		w = strings.TrimSuffix(w, "*")
		toks := segment.Tokenize(w, 0, len(w))
		for i, t := range toks {
			f := t.Fold
			if star && i == len(toks)-1 {
				f += "*"
			}
			out = append(out, f)
		}
	}
	return out
}

func wordMatch(pattern, fold string) bool {
	if p, ok := strings.CutSuffix(pattern, "*"); ok {
		return strings.HasPrefix(fold, p)
	}
	return fold == pattern
}

// at reports whether a cue of class matches toks at i, and the index after it.
func (c cueSet) at(class string, toks []extract.Token, i int) (int, bool) {
	cc := c[class]
	if cc == nil || i < 0 || i >= len(toks) {
		return -1, false
	}
	best := -1
	try := func(seq []string) {
		if i+len(seq) > len(toks) {
			return
		}
		for k, w := range seq {
			if !wordMatch(w, toks[i+k].Fold) {
				return
			}
		}
		if i+len(seq) > best {
			best = i + len(seq)
		}
	}
	for _, seq := range cc.byFirst[toks[i].Fold] {
		try(seq)
	}
	for _, seq := range cc.starred {
		try(seq)
	}
	return best, best >= 0
}

// in reports whether any cue of class occurs in toks[a:b].
func (c cueSet) in(class string, toks []extract.Token, a, b int) bool {
	if a < 0 {
		a = 0
	}
	for i := a; i < b && i < len(toks); i++ {
		if _, ok := c.at(class, toks, i); ok {
			return true
		}
	}
	return false
}
