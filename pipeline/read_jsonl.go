package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonlRecord is one article of a JSONL dump. Text comes from the first
// non-empty of text, content and body.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	URL       string          `json:"url"`
	Title     string          `json:"title"`
	Text      *string         `json:"text"`
	Content   *string         `json:"content"`
	Body      *string         `json:"body"`
	Published string          `json:"published"`
	Date      string          `json:"date"`
	HTML      *string         `json:"html"`
}

func readJSONL(ctx context.Context, in Input, r io.Reader, lim Limits, emit emitFunc) error {
	lr := &lineReader{r: bufio.NewReaderSize(r, 1<<16), max: lim.MaxLineBytes}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := lr.next()
		if err == io.EOF {
			return nil
		}
		lineSource := fmt.Sprintf("%s:%d", in.Source, n)
		if err != nil {
			d := &Document{Source: lineSource}
			d.fail("read", describeReadError(err).Error())
			return emit(d)
		}
		if tooLong {
			d := &Document{Source: lineSource}
			d.fail("read", fmt.Sprintf("JSONL line longer than the %s limit (--max-line-bytes)", humanBytes(int64(lim.MaxLineBytes))))
			if err := emit(d); err != nil {
				return err
			}
			continue
		}
		if len(strings.TrimSpace(string(line))) == 0 {
			continue
		}
		// the line is decoded by the worker that takes it: parsing scales
		// with the workers instead of holding up the one reader
		if err := emit(&Document{Source: lineSource, jsonLine: bytes.Clone(line)}); err != nil {
			return err
		}
	}
}

// parseJSONL fills the document from its JSONL line.
func (d *Document) parseJSONL(lim Limits) {
	line := d.jsonLine
	d.jsonLine = nil
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		d.fail("read", "invalid JSON: "+jsonError(err))
		return
	}
	d.Meta = Meta{ID: jsonID(rec.ID), URL: rec.URL, Title: strings.TrimSpace(rec.Title), Published: firstNonEmpty(rec.Published, rec.Date)}
	switch {
	case d.Meta.ID != "":
		d.Source = d.Meta.ID
	case d.Meta.URL != "":
		d.Source = d.Meta.URL
	}
	var text *string
	for _, t := range []*string{rec.Text, rec.Content, rec.Body} {
		if t != nil && *t != "" {
			text = t
			break
		}
	}
	if text == nil && rec.HTML != nil && *rec.HTML != "" {
		d.HTML = []byte(*rec.HTML)
		return
	}
	if text == nil {
		d.fail("read", "JSONL record has no text, content, body or html field")
		return
	}
	if int64(len(*text)) > lim.MaxDocBytes {
		d.fail("read", fmt.Sprintf("document larger than the %s limit (--max-doc-bytes)", humanBytes(lim.MaxDocBytes)))
		return
	}
	d.Raw = *text
}

func jsonID(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	return string(raw) // a number: keep its digits
}

func jsonError(err error) string {
	if se, ok := err.(*json.SyntaxError); ok {
		return fmt.Sprintf("%s at byte %d", se.Error(), se.Offset)
	}
	return err.Error()
}

func firstNonEmpty(s ...string) string {
	for _, x := range s {
		if strings.TrimSpace(x) != "" {
			return strings.TrimSpace(x)
		}
	}
	return ""
}
