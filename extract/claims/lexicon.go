package claims

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/rules"
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
	lines, err := rules.Parse("claims/triggers.tsv", src, 4, 4)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		f, n := line.Fields, line.N
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

// cueSet holds cues.tsv: per class, folded word sequences.
type cueSet map[string]*rules.SeqSet

var cueClasses = map[string]bool{"passive_aux": true, "by": true, "against": true, "with": true, "court_prep": true, "genitive": true,
	"pronoun": true, "subject_pronoun": true, "support": true, "enact": true, "negation": true, "reported": true, "planned": true,
	"hypothetical": true, "source": true}

func loadCues(src string) (cueSet, error) {
	c := cueSet{}
	lines, err := rules.Parse("claims/cues.tsv", src, 2, 2)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		class := line.Fields[0]
		if !cueClasses[class] {
			return nil, line.Errorf("claims/cues.tsv", "unknown class %q", class)
		}
		if c[class] == nil {
			c[class] = &rules.SeqSet{}
		}
		c[class].Add(patternWords(line.Fields[1]))
	}
	return c, nil
}

// patternWords splits a pattern the way the text is tokenized ("chefs
// d'accusation" -> chefs, d', accusation), keeping trailing stars.
func patternWords(p string) rules.Seq {
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

func wordMatch(pattern, fold string) bool { return rules.WordMatch(pattern, fold) }

// at reports whether a cue of class matches toks at i, and the index after it.
func (c cueSet) at(class string, toks []extract.Token, i int) (int, bool) {
	return c[class].At(toks, i)
}

// in reports whether any cue of class occurs in toks[a:b].
func (c cueSet) in(class string, toks []extract.Token, a, b int) bool {
	return c[class].In(toks, a, b)
}
