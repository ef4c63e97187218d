package pipeline

import (
	"strings"
	"time"

	"github.com/newsextract/newsextract/extract/dates"
)

// clean fills Text, ID, Title and the metadata part of Published.
func (e *Engine) clean(d *Document, cfg Config) {
	if d.HTML != nil {
		if err := fromHTML(d); err != nil {
			d.fail("clean", err.Error())
			return
		}
	}
	raw, tag := StripDateTag(d.Raw)
	d.Text = e.cleaner.Clean(raw)
	if strings.TrimSpace(d.Text) == "" {
		if strings.TrimSpace(d.Raw) == "" {
			d.fail("clean", "empty document: no text")
		} else {
			d.fail("clean", "no article text left after removing boilerplate")
		}
		return
	}
	d.ID = DocID(d.Text)
	d.Title = d.Meta.Title
	if d.Title == "" {
		d.Title = titleOf(d.Text)
	}
	if v := dates.FromISO(d.Meta.Published); v != "" {
		d.Published, d.PubSource = v, "metadata"
	} else if v := dates.FromISO(tag); v != "" {
		// a dump tag is coarse: a byline in the text may refine it
		d.Published, d.PubSource = v, "tag"
	}
}

// extract runs the extractors in order. The date extractor runs first: it
// completes the document time (byline, inferred, --dct) when metadata gave
// none, and every later extractor sees it.
func (e *Engine) extract(d *Document, cfg Config, times *stageTimes) {
	d.Doc.FallbackDCT = cfg.DCT
	for _, s := range e.chain.Steps {
		t0 := time.Now()
		s.Extract(&d.Doc)
		times.add(s.Name, time.Since(t0))
	}
	if d.Doc.Published != d.Published {
		d.Published, d.PubSource = d.Doc.Published, d.Doc.PublishedSource
	}
	if d.PubSource == "tag" {
		d.PubSource = "metadata"
	}
	if d.PubSource == "" {
		d.PubSource = "none"
	}
}
