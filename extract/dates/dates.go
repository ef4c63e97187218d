package dates

import (
	"strings"

	"github.com/newsextract/newsextract/extract"
)

// Extractor finds DATE and DURATION entities, completes the document time
// and resolves relative expressions against it.
type Extractor struct {
	lx *lexicon
}

// New loads the embedded lexicon.
func New() (*Extractor, error) {
	lx, err := loadLexicon(lexiconTSV)
	if err != nil {
		return nil, err
	}
	return &Extractor{lx: lx}, nil
}

// Name is the stage name used in timings.
func (x *Extractor) Name() string { return "dates" }

// Extract appends the document's DATE and DURATION entities. When
// doc.Published is empty it is completed from a byline, else inferred from
// the text's own dates, else taken from doc.FallbackDCT.
func (x *Extractor) Extract(doc *extract.Doc) {
	ms := x.find(doc)
	x.completePublished(doc, ms)
	dct, _ := ParseValue(doc.Published)
	if doc.Published == "" {
		dct = Timex{}
	}
	resolve(ms, dct, doc)
	for _, m := range ms {
		e := extract.Entity{
			Sent: m.sent, Type: m.typ, Start: m.start, End: m.end, Text: doc.Text[m.start:m.end],
			Mod: m.mod, Rule: m.rule, Confidence: 0.9,
		}
		if m.typ == extract.TypeDuration {
			e.Normalized = m.dur
		} else {
			e.Normalized = m.t.String()
			e.Granularity = m.t.Gran
			e.Kind = "date"
			if m.t.Gran == GranMinute {
				e.Kind = "time"
			}
			e.DateStart, e.DateEnd = m.t.Interval()
			if m.rel != "" || !m.hasYear {
				e.Confidence = 0.75
			}
		}
		doc.AddEntity(e)
	}
}

// find scans every sentence.
func (x *Extractor) find(doc *extract.Doc) []mention {
	langs := langsFor(doc.Lang)
	lang := doc.Lang
	if lang != "fr" && lang != "en" && lang != "de" && lang != "es" && lang != "it" && lang != "nl" && lang != "pt" {
		lang = "und"
	}
	words := x.lx.forLangs(langs)
	var out []mention
	for _, se := range doc.Sentences {
		sc := &scanner{lx: x.lx, words: words, langs: langs, lang: lang, toks: se.Tokens, text: doc.Text, sent: se.Index}
		for _, m := range sc.scan() {
			if m.typ == extract.TypeDate {
				m.legal = legalBefore(words, se.Tokens, m.start)
			}
			out = append(out, m)
		}
	}
	return out
}

// bylineCues are words of a byline line before its date.
var bylineCues = []string{"publie", "redige", "ecrit par", "mis a jour", "modifie", "posted", "published", "updated", "last modified"}

// completePublished fills doc.Published from the text when it is empty,
// or when it came from a coarse dump tag that a byline refines.
func (x *Extractor) completePublished(doc *extract.Doc, ms []mention) {
	if doc.Published != "" && doc.PublishedSource != "tag" {
		return
	}
	// byline: a dated line near the top that is short or starts with a byline cue
	for _, m := range ms {
		if m.start > 1200 {
			break
		}
		if m.typ != extract.TypeDate || !m.hasYear || m.rel != "" || m.legal || (m.t.Gran != GranDay && m.t.Gran != GranMinute) {
			continue
		}
		se := doc.Sentences[m.sent]
		line := doc.Text[se.Start:se.End]
		before := extract.Fold(doc.Text[se.Start:m.start])
		rest := len(strings.Fields(line)) - len(strings.Fields(doc.Text[m.start:m.end]))
		cue := false
		for _, c := range bylineCues {
			if strings.Contains(before, c) && len(before) < 120 {
				cue = true
			}
		}
		if rest <= 3 || cue && rest <= 14 {
			v := m.t.String()
			if doc.Published != "" && !strings.HasPrefix(v, doc.Published) {
				continue // the byline contradicts the dump's tag: keep the tag
			}
			doc.Published, doc.PublishedSource = v, "byline"
			return
		}
	}
	if doc.Published != "" {
		return
	}
	// inferred: the latest full date (a day with its year, or a weekday that
	// fixes the year) outside legal citations, at month precision
	best := Timex{}
	textYears := yearsOf(ms)
	for _, m := range ms {
		if m.typ != extract.TypeDate || m.legal || m.rel != "" || m.mod != "" {
			continue
		}
		t := m.t
		if t.Gran != GranDay && t.Gran != GranMinute {
			continue
		}
		if !m.hasYear {
			if m.weekday == 0 {
				continue
			}
			y := yearFromWeekday(t.Month, t.Day, m.weekday, textYears)
			if y == 0 {
				continue
			}
			t.Year = y
		}
		if best.Year == 0 || t.Year*10000+t.Month*100+t.Day > best.Year*10000+best.Month*100+best.Day {
			best = t
		}
	}
	if best.Year > 0 {
		doc.Published = Timex{Gran: GranMonth, Year: best.Year, Month: best.Month}.String()
		doc.PublishedSource = "inferred"
		return
	}
	if doc.FallbackDCT != "" {
		if _, ok := ParseValue(doc.FallbackDCT); ok {
			doc.Published, doc.PublishedSource = doc.FallbackDCT, "flag"
		}
	}
}

// yearsOf lists the explicit years written in the text, not in legal citations.
func yearsOf(ms []mention) []int {
	var ys []int
	for _, m := range ms {
		if m.typ == extract.TypeDate && m.hasYear && !m.legal && m.t.Year > 0 {
			ys = append(ys, m.t.Year)
		}
	}
	return ys
}

// yearFromWeekday picks the year in which day/month falls on weekday,
// closest to the latest year the text mentions; 0 when the text gives no year.
func yearFromWeekday(month, d, weekday int, textYears []int) int {
	if len(textYears) == 0 || !valid(0, month, d) {
		return 0
	}
	ref := textYears[0]
	for _, y := range textYears {
		if y > ref {
			ref = y
		}
	}
	best, bestDist := 0, 1<<30
	for y := ref - 6; y <= ref+6; y++ {
		if !valid(y, month, d) || weekdayOf(y, month, d) != weekday {
			continue
		}
		dist := y - ref
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = y, dist
		}
	}
	return best
}
