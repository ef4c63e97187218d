// Package chain runs the extractors in the order they depend on each
// other: dates first (they complete the document time), organisations from
// the gazetteer and patterns, people, organisations found by cues and
// references, then claims, which read every entity found before them.
package chain

import (
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/claims"
	"github.com/newsextract/newsextract/extract/dates"
	"github.com/newsextract/newsextract/extract/orgs"
	"github.com/newsextract/newsextract/extract/people"
	"github.com/newsextract/newsextract/extract/segment"
)

// NewDoc returns text segmented into sentences and tokens, ready for the
// steps; dct, when not empty, is the document time from metadata.
func (c *Chain) NewDoc(text, lang, dct string) *extract.Doc {
	doc := &extract.Doc{Text: text, Lang: lang, Published: dct}
	if dct != "" {
		doc.PublishedSource = "metadata"
	}
	doc.Sentences = c.seg.Split(text, lang)
	return doc
}

// Step is one extractor of the chain.
type Step struct {
	Name    string
	Extract func(*extract.Doc)
}

// Chain is the ordered list of extractors; it is safe for concurrent use.
type Chain struct {
	Steps []Step
	seg   *segment.Segmenter
}

// New builds every extractor from its embedded rules.
func New() (*Chain, error) {
	d, err := dates.New()
	if err != nil {
		return nil, err
	}
	o, err := orgs.New()
	if err != nil {
		return nil, err
	}
	p, err := people.New()
	if err != nil {
		return nil, err
	}
	c, err := claims.New()
	if err != nil {
		return nil, err
	}
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	return &Chain{seg: seg, Steps: []Step{
		{"dates", d.Extract},
		{"orgs", orgs.Known{Extractor: o}.Extract},
		{"people", p.Extract},
		{"orgs_discover", orgs.Discover{Extractor: o}.Extract},
		// entities in text order, numbered e0, e1, ... before claims refer to them
		{"sort", (*extract.Doc).SortEntities},
		{"claims", c.Extract},
	}}, nil
}

// Run applies every step to doc.
func (c *Chain) Run(doc *extract.Doc) {
	for _, s := range c.Steps {
		s.Extract(doc)
	}
}

// Until applies the steps before the one named last (exclusive).
func (c *Chain) Until(doc *extract.Doc, last string) {
	for _, s := range c.Steps {
		if s.Name == last {
			return
		}
		s.Extract(doc)
	}
}
