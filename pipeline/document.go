package pipeline

import (
	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/schemas"
)

// Meta is what an input says about an article besides its text.
type Meta struct {
	ID        string // JSONL id
	URL       string
	Title     string
	Published string // as given by the input (ISO date or date-time), "" if none
	// CrawlDate marks Published as the date a crawler fetched the page
	// (WARC-Date): a date in the page itself replaces it.
	CrawlDate bool
}

// Document is one article on its way through the stages; each stage fills
// its own fields.
type Document struct {
	Seq    int64  // position in the input stream, for ordering
	Source string // file path relative to its input root, URL or id
	Raw    string // text as read and decoded to UTF-8
	Meta   Meta
	// HTML is a page whose article text the clean stage extracts (in the
	// workers, not the reader); HTMLType is its HTTP Content-Type, if known.
	HTML     []byte
	HTMLType string
	// jsonLine is a JSONL record the worker decodes (parseJSONL)
	jsonLine []byte
	weight   int64 // share of the in-flight byte budget it holds

	// clean
	ID        string
	Text      string
	Title     string
	Published string // TIMEX3
	PubSource string // metadata | byline | inferred | flag | none

	// detect
	Lang           string
	LangConfidence float64

	// segment and extract
	Doc extract.Doc

	// Errors met on the way; a document with a fatal error has Failed set
	// and produces no rows but its errors.
	Errors []schemas.Error
	Failed bool
	skip   string // why the document is not written: existing | shard
}

func (d *Document) fail(stage, msg string) {
	d.Errors = append(d.Errors, schemas.Error{Source: d.Source, Stage: stage, Message: msg})
	d.Failed = true
}
