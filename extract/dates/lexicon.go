package dates

import (
	_ "embed"
	"fmt"
	"strings"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/rules"
)

//go:embed lexicon.tsv
var lexiconTSV string

// class is a word class of the lexicon, as a small number so a token's
// classes are one bitmask.
type class uint8

const (
	cMonth class = iota
	cWeekday
	cNum
	cOrdinal
	cUnit
	cSeason
	cQuarter
	cMod
	cDurMod
	cDurPrep
	cSince
	cReld
	cPast
	cNext
	cThis
	cAgo
	cPrep
	cRangeFrom
	cRangeTo
	cAt
	cVague
	cLater
	cLegal
	cDecade
	cStop
	nClasses
)

var classIDs = map[string]class{"month": cMonth, "weekday": cWeekday, "num": cNum, "ordinal": cOrdinal, "unit": cUnit, "season": cSeason, "quarter": cQuarter, "mod": cMod, "dur_mod": cDurMod, "dur_prep": cDurPrep, "since": cSince, "reld": cReld, "past": cPast, "next": cNext, "this": cThis, "ago": cAgo, "prep": cPrep, "range_from": cRangeFrom, "range_to": cRangeTo, "at": cAt, "vague": cVague, "later": cLater, "legal": cLegal, "decade": cDecade, "stop": cStop}

// wordInfo is what the lexicon says of one word: its classes and the value
// it has in each.
// classNames is the name of each class, as in lexicon.tsv.
var classNames = func() (names [nClasses]string) {
	for name, c := range classIDs {
		names[c] = name
	}
	return names
}()

type wordInfo struct {
	mask uint32
	vals [nClasses]string
}

func (w *wordInfo) get(c class) (string, bool) {
	if w == nil || w.mask&(1<<c) == 0 {
		return "", false
	}
	return w.vals[c], true
}

var classes = map[string]bool{
	"month": true, "weekday": true, "num": true, "ordinal": true, "unit": true, "season": true,
	"quarter": true, "mod": true, "dur_mod": true, "dur_prep": true, "since": true, "reld": true,
	"past": true, "next": true, "this": true, "ago": true, "prep": true, "range_from": true,
	"range_to": true, "at": true, "vague": true, "later": true, "legal": true, "decade": true, "stop": true,
}

// lexicon maps a language and a class to the folded words of that class
// and their values. Multi-word entries ("plus de") are kept apart.
type lexicon struct {
	merged map[string]*extract.WordMap[*wordInfo] // langs key -> word -> classes
	starts extract.WordSet                        // first words of multi-word entries
	multi  map[string]map[string][][]string       // lang -> class -> word sequences
	multV  map[string]string                      // lang|class|joined -> value
}

func loadLexicon(src string) (*lexicon, error) {
	lx := &lexicon{multi: map[string]map[string][][]string{}, multV: map[string]string{}}
	single := map[string]map[string]map[string]string{} // lang -> class -> word -> value
	lines, err := rules.Parse("dates/lexicon.tsv", src, 4, 4)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		f, n := line.Fields, line.N
		lang, class, word, value := f[0], f[1], extract.Fold(f[2]), f[3]
		if !classes[class] {
			return nil, fmt.Errorf("dates/lexicon.tsv:%d: unknown class %q", n, class)
		}
		if strings.HasSuffix(word, ".") {
			// a full stop after a word in the text is looked past ("févr.")
			return nil, fmt.Errorf("dates/lexicon.tsv:%d: write %q without its final full stop", n, f[2])
		}
		if strings.Contains(word, " ") {
			lx.starts.Add(strings.Fields(word)[0])
			if lx.multi[lang] == nil {
				lx.multi[lang] = map[string][][]string{}
			}
			lx.multi[lang][class] = append(lx.multi[lang][class], strings.Fields(word))
			lx.multV[lang+"|"+class+"|"+word] = value
			continue
		}
		if single[lang] == nil {
			single[lang] = map[string]map[string]string{}
		}
		if single[lang][class] == nil {
			single[lang][class] = map[string]string{}
		}
		single[lang][class][word] = value
	}
	lx.merged = map[string]*extract.WordMap[*wordInfo]{}
	for _, l := range []string{"fr", "en", "de", "es", "it", "nl", "pt", "und"} {
		langs := langsFor(l)
		m := map[string]*wordInfo{}
		// earlier languages win: the document's own before the English fallback
		for i := len(langs) - 1; i >= 0; i-- {
			for cl, words := range single[langs[i]] {
				id := classIDs[cl]
				for w, v := range words {
					if m[w] == nil {
						m[w] = &wordInfo{}
					}
					m[w].mask |= 1 << id
					m[w].vals[id] = v
				}
			}
		}
		wm := &extract.WordMap[*wordInfo]{}
		for w, info := range m {
			wm.Set(w, info)
		}
		lx.merged[strings.Join(langs, "+")] = wm
	}
	return lx, nil
}

// forLangs returns word -> class -> value for a set of languages from langsFor.
func (lx *lexicon) forLangs(langs []string) *extract.WordMap[*wordInfo] {
	return lx.merged[strings.Join(langs, "+")]
}

// langsFor is the lexicons consulted for a document language: its own,
// with English as a fallback for languages without relative vocabulary.
func langsFor(lang string) []string {
	switch lang {
	case "fr", "en":
		return []string{lang}
	case "und", "":
		return []string{"fr", "en"}
	}
	return []string{lang, "en"}
}

// seq matches a multi-word or single-word entry of class c at token i and
// returns its value and the index after it.
func (s *scanner) seq(c class, i int) (string, int, bool) {
	if i >= len(s.toks) {
		return "", i, false
	}
	if s.lx.starts.Has(&s.toks[i]) {
		name := classNames[c]
		for _, l := range s.langs {
		next:
			for _, words := range s.lx.multi[l][name] {
				if i+len(words) > len(s.toks) {
					continue
				}
				for k, w := range words {
					if s.toks[i+k].Fold != w {
						continue next
					}
				}
				return s.lx.multV[l+"|"+name+"|"+strings.Join(words, " ")], i + len(words), true
			}
		}
	}
	if v, ok := s.is(c, i); ok {
		return v, i + 1, true
	}
	return "", i, false
}
