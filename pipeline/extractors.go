package pipeline

import (
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/claims"
	"github.com/newsextract/newsextract/extract/dates"
	"github.com/newsextract/newsextract/extract/orgs"
	"github.com/newsextract/newsextract/extract/people"
)

// newExtractors builds the extractors in the order they run: dates first
// (it completes the document time), then organisations and people, then
// claims, which read the entities found before them.
func newExtractors() ([]Extractor, error) {
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
	return []Extractor{d, orgs.Known{Extractor: o}, p, orgs.Discover{Extractor: o}, sortEntities{}, c}, nil
}

// sortEntities puts entities in text order and numbers them e0, e1, ...
// before the claims extractor refers to them.
type sortEntities struct{}

func (sortEntities) Name() string { return "sort" }

func (sortEntities) Extract(d *extract.Doc) { d.SortEntities() }
