package eval

import (
	"fmt"
	"path"
	"sort"
	"strings"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/schemas"
)

// Counts is precision/recall material for one category.
type Counts struct {
	TP         int                 `json:"tp"`
	FP         int                 `json:"fp"`
	FN         int                 `json:"fn"`
	Precision  float64             `json:"precision"`
	Recall     float64             `json:"recall"`
	F1         float64             `json:"f1"`
	Accuracies map[string]Accuracy `json:"accuracies,omitempty"`
}

// Accuracy counts the right values among the scored pairs.
type Accuracy struct {
	Right int     `json:"right"`
	Total int     `json:"total"`
	Value float64 `json:"value"`
}

func (a *Accuracy) add(ok bool) {
	a.Total++
	if ok {
		a.Right++
	}
}

func (a *Accuracy) finish() {
	if a.Total > 0 {
		a.Value = float64(a.Right) / float64(a.Total)
	} else {
		a.Value = 1
	}
}

func (c *Counts) finish() {
	c.Precision, c.Recall, c.F1 = 1, 1, 1
	if c.TP+c.FP > 0 {
		c.Precision = float64(c.TP) / float64(c.TP+c.FP)
	}
	if c.TP+c.FN > 0 {
		c.Recall = float64(c.TP) / float64(c.TP+c.FN)
	}
	if c.Precision+c.Recall > 0 {
		c.F1 = 2 * c.Precision * c.Recall / (c.Precision + c.Recall)
	} else {
		c.F1 = 0
	}
	for k, a := range c.Accuracies {
		a.finish()
		c.Accuracies[k] = a
	}
}

func (c *Counts) acc(name string, ok bool) {
	if c.Accuracies == nil {
		c.Accuracies = map[string]Accuracy{}
	}
	a := c.Accuracies[name]
	a.add(ok)
	c.Accuracies[name] = a
}

// Report is the score of a run.
type Report struct {
	Dates             Counts   `json:"dates"`
	Durations         Counts   `json:"durations"`
	Orgs              Counts   `json:"orgs"`
	People            Counts   `json:"people"`
	Claims            Counts   `json:"claims"`
	LangAccuracy      float64  `json:"lang_accuracy"`
	PublishedAccuracy float64  `json:"published_accuracy"`
	Documents         int      `json:"documents"`
	Missing           []string `json:"missing_documents,omitempty"`
	Notes             []Note   `json:"-"`
}

// Note is one difference between gold and run, for --verbose.
type Note struct {
	Doc, Category, Kind, Detail string
}

// Run is what eval reads of an output folder.
type Run struct {
	Documents []schemas.Document
	Entities  []schemas.Entity
	Claims    []schemas.Claim
}

// ReadRun loads the tables eval needs from an output folder.
func ReadRun(outDir string) (*Run, error) {
	r := &Run{}
	for _, x := range []struct {
		name string
		dst  any
	}{{"documents", &r.Documents}, {"entities", &r.Entities}, {"claims", &r.Claims}} {
		t, _ := schemas.Lookup(x.name)
		rows, err := schemas.ReadRows(outDir, t)
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", x.name, err)
		}
		switch d := x.dst.(type) {
		case *[]schemas.Document:
			*d = rows.([]schemas.Document)
		case *[]schemas.Entity:
			*d = rows.([]schemas.Entity)
		case *[]schemas.Claim:
			*d = rows.([]schemas.Claim)
		}
	}
	return r, nil
}

// key folds a name or surface for comparison: case and accents ignored,
// apostrophes unified, spaces collapsed.
func key(s string) string {
	return strings.Join(strings.Fields(extract.Fold(s)), " ")
}

func overlaps(a, b string) bool {
	a, b = key(a), key(b)
	return a != "" && b != "" && (strings.Contains(a, b) || strings.Contains(b, a))
}

// Score compares a run with gold documents.
func Score(run *Run, golds []Gold) *Report {
	rep := &Report{}
	docBySource := map[string]schemas.Document{}
	for _, d := range run.Documents {
		docBySource[d.Source] = d
		docBySource[path.Base(d.Source)] = d
	}
	ents := map[string][]schemas.Entity{}
	for _, e := range run.Entities {
		ents[e.DocID] = append(ents[e.DocID], e)
	}
	claims := map[string][]schemas.Claim{}
	for _, c := range run.Claims {
		claims[c.DocID] = append(claims[c.DocID], c)
	}
	langRight, pubRight := 0, 0
	for _, g := range golds {
		d, ok := docBySource[g.Doc]
		if !ok {
			rep.Missing = append(rep.Missing, g.Doc)
		}
		rep.Documents++
		if d.Lang == g.Lang {
			langRight++
		} else {
			rep.note(g.Doc, "lang", "wrong", fmt.Sprintf("%q, gold %q", d.Lang, g.Lang))
		}
		if str(d.Published) == str(g.Published) {
			pubRight++
		} else {
			rep.note(g.Doc, "published", "wrong", fmt.Sprintf("%q, gold %q", str(d.Published), str(g.Published)))
		}
		var dates, durs, orgs, people []schemas.Entity
		for _, e := range ents[d.DocID] {
			switch e.Type {
			case extract.TypeDate:
				dates = append(dates, e)
			case extract.TypeDuration:
				durs = append(durs, e)
			case extract.TypeOrg:
				orgs = append(orgs, e)
			case extract.TypePerson:
				people = append(people, e)
			}
		}
		rep.scoreValues(g.Doc, "dates", &rep.Dates, g.Dates, g.Optional.Dates, dates)
		rep.scoreValues(g.Doc, "durations", &rep.Durations, g.Durations, g.Optional.Durations, durs)
		rep.scoreNames(g.Doc, "orgs", &rep.Orgs, g.Orgs, g.Optional.Orgs, orgs, true)
		rep.scoreNames(g.Doc, "people", &rep.People, g.People, g.Optional.People, people, false)
		rep.scoreClaims(g, claims[d.DocID])
	}
	for _, c := range []*Counts{&rep.Dates, &rep.Durations, &rep.Orgs, &rep.People, &rep.Claims} {
		c.finish()
	}
	if rep.Documents > 0 {
		rep.LangAccuracy = float64(langRight) / float64(rep.Documents)
		rep.PublishedAccuracy = float64(pubRight) / float64(rep.Documents)
	}
	return rep
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func (r *Report) note(doc, cat, kind, detail string) {
	r.Notes = append(r.Notes, Note{doc, cat, kind, detail})
}

// scoreValues pairs gold dates (or durations) with extracted ones whose
// surface overlaps, preferring an equal surface, then an equal value, then
// document order.
func (r *Report) scoreValues(doc, cat string, c *Counts, gold []GoldValue, optional []string, got []schemas.Entity) {
	used := make([]bool, len(got))
	for _, g := range gold {
		best, bestScore := -1, -1
		for i, e := range got {
			if used[i] || !overlaps(g.Text, e.Text) {
				continue
			}
			score := 0
			if key(g.Text) == key(e.Text) {
				score += 2
			}
			if e.Normalized == g.Value {
				score++
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			c.FN++
			r.note(doc, cat, "missed", fmt.Sprintf("%q = %s", g.Text, g.Value))
			continue
		}
		used[best] = true
		c.TP++
		ok := got[best].Normalized == g.Value
		c.acc("value", ok)
		if !ok {
			r.note(doc, cat, "wrong value", fmt.Sprintf("%q = %s, gold %s", got[best].Text, got[best].Normalized, g.Value))
		}
	}
	for i, e := range got {
		if used[i] {
			continue
		}
		if matchesAny(e.Text, optional) {
			continue
		}
		c.FP++
		r.note(doc, cat, "spurious", fmt.Sprintf("%q = %s (%s)", e.Text, e.Normalized, e.Rule))
	}
}

func matchesAny(s string, list []string) bool {
	for _, o := range list {
		if overlaps(s, o) {
			return true
		}
	}
	return false
}

// names returns the folded canonical name and aliases of a gold entry.
func names(g GoldName) []string {
	out := []string{key(g.Canonical)}
	for _, a := range g.Aliases {
		out = append(out, key(a))
	}
	return out
}

// scoreNames compares the set of distinct canonical names extracted with
// the gold set; a name matches the canonical name or an alias.
func (r *Report) scoreNames(doc, cat string, c *Counts, gold []GoldName, optional []string, got []schemas.Entity, withKind bool) {
	kinds := map[string]map[string]int{} // normalized -> kind -> count
	var order []string
	for _, e := range got {
		if kinds[e.Normalized] == nil {
			kinds[e.Normalized] = map[string]int{}
			order = append(order, e.Normalized)
		}
		kinds[e.Normalized][str(e.Kind)]++
	}
	matched := map[string]bool{}
	for _, g := range gold {
		ns := names(g)
		found := ""
		for _, n := range order {
			if matched[n] {
				continue
			}
			for _, k := range ns {
				if key(n) == k {
					found = n
					break
				}
			}
			if found != "" {
				break
			}
		}
		if found == "" {
			c.FN++
			r.note(doc, cat, "missed", g.Canonical)
			continue
		}
		matched[found] = true
		c.TP++
		if withKind {
			kind := majority(kinds[found])
			c.acc("kind", kind == g.Kind)
			if kind != g.Kind {
				r.note(doc, cat, "wrong kind", fmt.Sprintf("%s: %s, gold %s", found, kind, g.Kind))
			}
		}
	}
	for _, n := range order {
		if matched[n] {
			continue
		}
		opt := false
		for _, o := range optional {
			if key(o) == key(n) {
				opt = true
			}
		}
		if opt {
			continue
		}
		c.FP++
		r.note(doc, cat, "spurious", n)
	}
}

func majority(m map[string]int) string {
	best, n := "", -1
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if m[k] > n {
			best, n = k, m[k]
		}
	}
	return best
}
