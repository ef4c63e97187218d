package pipeline

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

func collect(t *testing.T, read func(emit emitFunc) error) []*Document {
	var docs []*Document
	if err := read(func(d *Document) error { docs = append(docs, d); return nil }); err != nil && err != context.Canceled {
		t.Fatalf("reader returned %v: errors must become rows", err)
	}
	return docs
}

var fuzzLimits = Limits{MaxDocBytes: 1 << 20, MaxDecompressedBytes: 4 << 20, MaxFileBytes: 8 << 20, MaxLineBytes: 1 << 20}

// FuzzJSONL: any bytes give documents or errors rows, never a panic.
func FuzzJSONL(f *testing.F) {
	f.Add([]byte(`{"id":"a","text":"Orange signe."}` + "\n{broken\n"))
	f.Add([]byte(`{"text":null,"content":"x","published":"2019-02"}`))
	f.Add([]byte(`{"html":"<p>La CNIL inflige une amende à Free.</p>"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		docs := collect(t, func(emit emitFunc) error {
			return readJSONL(context.Background(), Input{Source: "f.jsonl"}, bytes.NewReader(data), fuzzLimits, emit)
		})
		for _, d := range docs {
			if d.jsonLine != nil {
				d.parseJSONL(fuzzLimits) // in a worker
			}
			if !d.Failed && d.Raw == "" && d.HTML == nil {
				t.Fatalf("document %q without text and without an error", d.Source)
			}
		}
	})
}

// FuzzHTML: any page gives a text or an error, never a panic.
func FuzzHTML(f *testing.F) {
	f.Add([]byte("<html><body><article><p>Free assigne SFR devant le tribunal.</p></article></body></html>"), "text/html; charset=utf-8")
	f.Add([]byte("<html><meta charset=iso-8859-1><p>caf\xe9 d\xe9cision</p>"), "")
	f.Add([]byte("<script>x</script>"), "text/html")
	f.Fuzz(func(t *testing.T, page []byte, ctype string) {
		hd, err := extractHTML(page, ctype, "")
		if err == nil && !utf8.ValidString(hd.Text) {
			t.Fatalf("text is not UTF-8: %q", hd.Text)
		}
	})
}

// FuzzWARC: any bytes give documents or errors rows, never a panic or a hang.
func FuzzWARC(f *testing.F) {
	f.Add(crawlWARC())
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\n"))
	f.Add([]byte("garbage"))
	f.Fuzz(func(t *testing.T, data []byte) {
		var skipped int64
		collect(t, func(emit emitFunc) error {
			return readWARC(context.Background(), Input{Source: "f.warc"}, bytes.NewReader(data), fuzzLimits, emit, &skipped)
		})
	})
}

// FuzzClean: cleaning keeps valid UTF-8, is stable (cleaning twice changes
// nothing more) and never makes text out of nothing.
func FuzzClean(f *testing.F) {
	c, err := NewCleaner()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("Pour gérer vos consentements :\n\nTitre\n\nTrente annéesQui plus est, le texte.\n\nRecent Posts\nx")
	f.Add("Lire également\nUn titre\n\nLe corps de l'article.")
	f.Add(" date 2019-02 \u00a0\u202f\u200bTexte\r\n")
	f.Fuzz(func(t *testing.T, raw string) {
		if !utf8.ValidString(raw) {
			return
		}
		out := c.Clean(raw)
		if !utf8.ValidString(out) {
			t.Fatalf("Clean(%q) is not UTF-8", raw)
		}
		if strings.TrimSpace(raw) == "" && out != "" {
			t.Fatalf("Clean(%q) = %q from nothing", raw, out)
		}
		if again := c.Clean(out); again != out {
			t.Fatalf("Clean is not stable:\n%q\n%q", out, again)
		}
	})
}
