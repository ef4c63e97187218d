package pipeline

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"strings"

	"github.com/klauspost/compress/gzip"
	"github.com/nlnwa/gowarc/v3"
)

// readWARC reads a WARC file (CC-NEWS and the like): each response record
// with an HTML payload becomes a document, with WARC-Date and
// WARC-Target-URI as metadata. Other records are counted as skipped. A
// corrupt record becomes an errors row and reading goes on at the next
// record: a record whose Content-Length lies is only seen to be corrupt
// when the next record is found off its expected offset, so each record is
// held until the next one is read.
func readWARC(ctx context.Context, in Input, r io.Reader, lim Limits, emit emitFunc, skipped *int64) error {
	br := bufio.NewReaderSize(r, 1<<16)
	un := gowarc.NewUnmarshaler(
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithBlockErrorPolicy(gowarc.ErrWarn),
	)
	type held struct {
		doc    *Document // nil: a record that is not a document
		source string
	}
	var pending *held
	flush := func(corrupt string) error {
		p := pending
		pending = nil
		switch {
		case p == nil:
			return nil
		case corrupt != "":
			d := &Document{Source: p.source}
			d.fail("read", "WARC record is corrupt: "+corrupt)
			return emit(d)
		case p.doc == nil:
			*skipped++
			return nil
		}
		return emit(p.doc)
	}
	for n := 1; ; n++ {
		if err := ctx.Err(); err != nil {
			return err
		}
		rec, _, validation, err := un.Unmarshal(br)
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, gowarc.ErrNoRecord) {
				if pending != nil && errors.Is(err, gowarc.ErrNoRecord) {
					return flush("trailing bytes after the record are not a WARC record")
				}
				return flush("")
			}
			if ferr := flush(""); ferr != nil {
				return ferr
			}
			d := &Document{Source: fmt.Sprintf("%s#%d", in.Source, n)}
			d.fail("read", "WARC: "+describeReadError(err).Error())
			if err := emit(d); err != nil {
				return err
			}
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return nil
			}
			continue
		}
		// the previous record's length was wrong when this one starts elsewhere
		prevCorrupt := ""
		if hasValidation(validation, "after expected offset") {
			prevCorrupt = "its Content-Length does not match its content"
		}
		if err := flush(prevCorrupt); err != nil {
			return err
		}
		source := fmt.Sprintf("%s#%d", in.Source, n)
		if uri := rec.WarcHeader().Get(gowarc.WarcTargetURI); uri != "" {
			source = uri
		}
		if rec.Type() != gowarc.Response {
			rec.Close()
			pending = &held{source: source}
			continue
		}
		if e := blockError(validation); e != "" {
			rec.Close()
			d := &Document{Source: source}
			d.fail("read", "WARC record is corrupt: "+e)
			pending = &held{doc: d, source: source}
			continue
		}
		d, ok := warcDocument(rec, source, lim)
		rec.Close()
		if !ok {
			d = nil
		}
		pending = &held{doc: d, source: source}
	}
}

func hasValidation(validation []error, s string) bool {
	for _, v := range validation {
		if strings.Contains(v.Error(), s) {
			return true
		}
	}
	return false
}

// blockError returns the validation message that shows a record's block is
// damaged (truncated HTTP headers, unexpected end), or "".
func blockError(validation []error) string {
	for _, v := range validation {
		if s := v.Error(); strings.Contains(s, "unexpected EOF") || strings.Contains(s, "end of record marker") || strings.Contains(s, "block") && strings.Contains(s, "error") {
			return s
		}
	}
	return ""
}

// warcDocument turns an HTTP response record with an HTML body into a
// document; ok is false for other payloads (images, JSON, redirects).
func warcDocument(rec gowarc.WarcRecord, source string, lim Limits) (*Document, bool) {
	d := &Document{Source: source}
	block, isHTTP := rec.Block().(gowarc.HttpResponseBlock)
	if !isHTTP {
		return nil, false
	}
	hdr := block.HttpHeader()
	ctype := ""
	if hdr != nil {
		ctype = hdr.Get("Content-Type")
	}
	mt, _, _ := mime.ParseMediaType(ctype)
	if mt != "text/html" && mt != "application/xhtml+xml" {
		return nil, false
	}
	body, err := block.PayloadBytes()
	if err != nil {
		d.fail("read", "WARC payload: "+err.Error())
		return d, true
	}
	if hdr != nil && strings.EqualFold(hdr.Get("Content-Encoding"), "gzip") {
		zr, err := gzip.NewReader(body)
		if err != nil {
			d.fail("read", "WARC payload: gzip: "+err.Error())
			return d, true
		}
		defer zr.Close()
		body = zr
	}
	page, err := readAll(body, lim.MaxDocBytes, "page")
	if err != nil {
		d.fail("read", "WARC payload: "+err.Error())
		return d, true
	}
	d.HTML, d.HTMLType = page, ctype
	// the crawl date is when the page was fetched: the page's own date replaces it
	d.Meta = Meta{URL: source, Published: rec.WarcHeader().Get(gowarc.WarcDate), CrawlDate: true}
	return d, true
}
