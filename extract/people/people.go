package people

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/rules"
)

//go:embed firstnames.txt
var firstNamesTxt string

//go:embed titles.tsv
var titlesTSV string

// Extractor finds PERSON entities; it is safe for concurrent use.
type Extractor struct {
	first  map[string]bool // first names, as written
	titles map[string]bool // folded
	speech [][]string      // folded sequences
}

// New loads the embedded lexicons.
func New() (*Extractor, error) {
	x := &Extractor{first: map[string]bool{}, titles: map[string]bool{}}
	for _, l := range strings.Split(firstNamesTxt, "\n") {
		if strings.HasPrefix(l, "#") {
			continue
		}
		for _, w := range strings.Fields(l) {
			x.first[w] = true
		}
	}
	lines, err := rules.Parse("people/titles.tsv", titlesTSV, 2, 2)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		class, w := line.Fields[0], line.Fields[1]
		switch class {
		case "title":
			x.titles[strings.TrimSuffix(extract.Fold(w), ".")] = true
		case "speech":
			x.speech = append(x.speech, strings.Fields(extract.Fold(w)))
		default:
			return nil, line.Errorf("people/titles.tsv", "unknown class %q", class)
		}
	}
	return x, nil
}

// Name is the stage name used in timings.
func (x *Extractor) Name() string { return "people" }

func isCap(t *extract.Token) bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	if !unicode.IsUpper(r) {
		return false
	}
	// an all-capitals word is an acronym or shouting, not a surname
	n := 0
	for _, r := range t.Text {
		if unicode.IsLower(r) {
			return true
		}
		n++
	}
	return n == 1
}

// IsFirstName reports whether w is a known first name (a hyphenated one
// counts when its first part is: "Louis-Pierre").
func (x *Extractor) IsFirstName(w string) bool {
	if x.first[w] {
		return true
	}
	if a, _, ok := strings.Cut(w, "-"); ok {
		return x.first[a]
	}
	return false
}

type person struct{ full, surname string }

// Extract appends PERSON entities.
func (x *Extractor) Extract(doc *extract.Doc) {
	var known []person
	for _, se := range doc.Sentences {
		toks := se.Tokens
		for i := 0; i < len(toks); i++ {
			end := x.fullName(doc, toks, i)
			if end <= i {
				continue
			}
			full := strings.Join(strings.Fields(doc.Text[toks[i].Start:toks[end-1].End]), " ")
			doc.AddEntity(extract.Entity{Sent: se.Index, Type: extract.TypePerson, Start: toks[i].Start, End: toks[end-1].End,
				Text: doc.Text[toks[i].Start:toks[end-1].End], Normalized: full, Confidence: 0.85, Rule: "people.full_name"})
			known = append(known, person{full, toks[end-1].Text})
			i = end - 1
		}
	}
	if len(known) == 0 {
		return
	}
	// surname alone after the full name
	for _, se := range doc.Sentences {
		for k := range se.Tokens {
			t := &se.Tokens[k]
			if !isCap(t) || doc.Overlaps(t.Start, t.End, extract.TypePerson, extract.TypeOrg, extract.TypeDate) {
				continue
			}
			for _, p := range known {
				if t.Text == p.surname {
					doc.AddEntity(extract.Entity{Sent: se.Index, Type: extract.TypePerson, Start: t.Start, End: t.End,
						Text: t.Text, Normalized: p.full, Confidence: 0.7, Rule: "people.surname"})
					break
				}
			}
		}
	}
}

// fullName returns the end of a person's name starting at i, or i.
func (x *Extractor) fullName(doc *extract.Doc, toks []extract.Token, i int) int {
	if i+1 >= len(toks) || !isCap(&toks[i]) || !isCap(&toks[i+1]) {
		return i
	}
	end := i + 2
	// a second surname or a particle: "Delphine Ernotte Cunci", "Ursula von der Leyen"
	if end+1 < len(toks) && (toks[end].Fold == "von" || toks[end].Fold == "van" || toks[end].Fold == "de") && isCap(&toks[end+1]) && toks[end].Text != "De" {
		if toks[end].Fold != "de" || doc.Lang != "fr" {
			end += 2
		}
	}
	if doc.Overlaps(toks[i].Start, toks[end-1].End, extract.TypeOrg, extract.TypeDate, extract.TypePerson) {
		return i
	}
	if strings.ContainsAny(toks[i+1].Text, ".") || len([]rune(toks[i+1].Text)) < 2 {
		return i
	}
	switch {
	case x.IsFirstName(toks[i].Text):
		return end
	case i > 0 && x.titles[strings.TrimSuffix(toks[i-1].Fold, ".")]:
		return end
	case x.speechAt(toks, end) || x.speechBefore(toks, i):
		return end
	}
	return i
}

func (x *Extractor) speechAt(toks []extract.Token, i int) bool {
	if i < len(toks) && toks[i].Text == "," {
		return false
	}
	for _, s := range x.speech {
		if i+len(s) > len(toks) {
			continue
		}
		ok := true
		for k, w := range s {
			if toks[i+k].Fold != w {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// speechBefore: "said Andrew Smith".
func (x *Extractor) speechBefore(toks []extract.Token, i int) bool {
	for _, s := range x.speech {
		if len(s) == 1 && i >= 1 && toks[i-1].Fold == s[0] {
			return true
		}
	}
	return false
}
