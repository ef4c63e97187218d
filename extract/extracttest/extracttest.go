// Package extracttest holds the invariants every extractor's fuzz test
// checks, so that they are written once.
package extracttest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
)

// CheckEntities fails t when an entity of doc is outside the text, not on
// code-point boundaries, outside its sentence, or without a normalized value.
func CheckEntities(t *testing.T, doc *extract.Doc) {
	t.Helper()
	text := doc.Text
	for _, e := range doc.Entities {
		if e.Start < 0 || e.End > len(text) || e.Start >= e.End || !utf8.RuneStart(text[e.Start]) || e.End < len(text) && !utf8.RuneStart(text[e.End]) {
			t.Fatalf("entity %q [%d,%d) outside the text or not on rune boundaries", e.Text, e.Start, e.End)
		}
		if e.Sent < 0 || e.Sent >= len(doc.Sentences) {
			t.Fatalf("entity %q in sentence %d of %d", e.Text, e.Sent, len(doc.Sentences))
		}
		if se := doc.Sentences[e.Sent]; e.Start < se.Start || e.End > se.End {
			t.Fatalf("entity %q outside its sentence", e.Text)
		}
		if e.Normalized == "" {
			t.Fatalf("entity %q (%s) has no normalized value", e.Text, e.Type)
		}
		if text[e.Start:e.End] != e.Text {
			t.Fatalf("entity text %q is not text[%d:%d] %q", e.Text, e.Start, e.End, text[e.Start:e.End])
		}
	}
}

// SampleText is the articles of testdata/inputs joined into one text, the
// input of the extractors' benchmarks. dir is the path to testdata/inputs
// from the calling package.
func SampleText(tb testing.TB, dir string) string {
	tb.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(files) == 0 {
		tb.Fatalf("no sample articles in %s", dir)
	}
	var b strings.Builder
	for _, f := range files {
		x, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		b.Write(x)
		b.WriteString("\n\n")
	}
	return b.String()
}
