package pipeline

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"

	"github.com/pemistahl/lingua-go"

	"github.com/newsextract/newsextract/extract/rules"
)

//go:embed rules/stopwords.tsv
var stopwordsTSV string

// Detector finds the language of a document among a configured set. It is
// built once (lingua-go models preloaded, low-accuracy mode: identical
// results on samples of 120 characters or more) and shared by all workers.
type Detector struct {
	langs     []string
	lingua    lingua.LanguageDetector
	codes     map[lingua.Language]string
	stopwords map[string][]string // word -> languages
}

// sampleBytes bounds the text given to lingua: detection cost grows with
// the text, and a few hundred characters of body decide the language.
const sampleBytes = 600

// NewDetector builds a detector for ISO 639-1 codes such as "fr", "en".
func NewDetector(codes []string) (*Detector, error) {
	d := &Detector{codes: map[lingua.Language]string{}, stopwords: map[string][]string{}}
	var langs []lingua.Language
	for _, c := range codes {
		c = strings.ToLower(strings.TrimSpace(c))
		l := lingua.GetLanguageFromIsoCode639_1(lingua.GetIsoCode639_1FromValue(c))
		if l == lingua.Unknown {
			return nil, fmt.Errorf("--langs: unknown language code %q", c)
		}
		langs = append(langs, l)
		d.codes[l] = c
		d.langs = append(d.langs, c)
	}
	if len(langs) == 0 {
		return nil, fmt.Errorf("--langs: no language given")
	}
	if len(langs) == 1 {
		d.lingua = nil
	} else {
		d.lingua = lingua.NewLanguageDetectorBuilder().FromLanguages(langs...).
			WithLowAccuracyMode().WithPreloadedLanguageModels().Build()
	}
	lines, err := rules.Parse("rules/stopwords.tsv", stopwordsTSV, 2, 2)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		lang, words := line.Fields[0], line.Fields[1]
		if _, ok := d.codeIndex(lang); !ok {
			continue
		}
		for _, w := range strings.Fields(words) {
			d.stopwords[w] = append(d.stopwords[w], lang)
		}
	}
	// only words that belong to one language of the set can vote ("de",
	// "la", "que" are French, Spanish and Portuguese alike)
	for w, ls := range d.stopwords {
		if len(ls) > 1 {
			delete(d.stopwords, w)
		}
	}
	return d, nil
}

func (d *Detector) codeIndex(code string) (int, bool) {
	for i, c := range d.langs {
		if c == code {
			return i, true
		}
	}
	return 0, false
}

// Detect returns the ISO code and a confidence in 0..1, or "und" for texts
// too short to tell.
func (d *Detector) Detect(text string) (string, float64) {
	sample := detectionSample(text)
	letters := 0
	for _, r := range sample {
		if unicode.IsLetter(r) {
			letters++
		}
	}
	if letters < 20 {
		return "und", 0
	}
	if len(d.langs) == 1 {
		return d.langs[0], 1
	}
	// quick vote on function words: a clear winner needs no model
	votes := make([]int, len(d.langs))
	total := 0
	for _, w := range strings.FieldsFunc(strings.ToLower(sample), func(r rune) bool { return !unicode.IsLetter(r) }) {
		for _, l := range d.stopwords[w] {
			i, _ := d.codeIndex(l)
			votes[i]++
			total++
		}
	}
	best, second := 0, -1
	for i := 1; i < len(votes); i++ {
		if votes[i] > votes[best] {
			best = i
		}
	}
	for i := range votes {
		if i != best && (second < 0 || votes[i] > votes[second]) {
			second = i
		}
	}
	runner := 0
	if second >= 0 {
		runner = votes[second]
	}
	if votes[best] >= 6 && votes[best] >= 4*runner {
		return d.langs[best], float64(votes[best]) / float64(total)
	}
	vals := d.lingua.ComputeLanguageConfidenceValues(sample)
	if len(vals) == 0 || vals[0].Value() == 0 {
		return "und", 0
	}
	return d.codes[vals[0].Language()], vals[0].Value()
}

// detectionSample picks the first long paragraphs of the body, skipping
// headings and short lines on which detectors guess wildly.
func detectionSample(text string) string {
	var b strings.Builder
	short := ""
	for _, p := range strings.Split(text, "\n") {
		p = strings.TrimSpace(p)
		if len(p) < 80 {
			if short == "" {
				short = p
			}
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(p)
		if b.Len() >= sampleBytes {
			break
		}
	}
	s := b.String()
	if s == "" {
		s = strings.Join(strings.Fields(text), " ")
	}
	if len(s) > sampleBytes {
		cut := sampleBytes
		for cut > 0 && s[cut] != ' ' {
			cut--
		}
		if cut == 0 {
			cut = sampleBytes
			for cut < len(s) && s[cut]&0xC0 == 0x80 {
				cut++
			}
		}
		s = s[:cut]
	}
	return s
}
