package pipeline

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/schemas"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from the current output")

const goldenDir = "../testdata/golden"

// TestGolden runs the pipeline on testdata/inputs and compares every table,
// as sorted JSONL, with testdata/golden/<table>.jsonl. After an intended
// change, `go test ./pipeline -run Golden -update` (make golden) rewrites
// them; review the change with `git diff testdata/golden`.
func TestGolden(t *testing.T) {
	out := t.TempDir()
	runTo(t, Config{Inputs: []string{"../testdata/inputs"}, Out: out, Format: FormatJSONL, Workers: 2})
	for _, tbl := range schemas.Tables {
		got := canonical(readAllParts(t, out, tbl.Name))
		path := filepath.Join(goldenDir, tbl.Name+".jsonl")
		if *update {
			if err := os.MkdirAll(goldenDir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run `make golden` to create it)", err)
		}
		if d := diffRows(string(want), got); d != "" {
			t.Errorf("table %s differs from %s (run `make golden` if the change is intended, then review `git diff testdata/golden`):\n%s", tbl.Name, path, d)
		}
	}
}

// canonical sorts the JSONL rows so the golden files do not depend on
// anything but content.
func canonical(b []byte) string {
	var rows []string
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" {
			rows = append(rows, l)
		}
	}
	sort.Strings(rows)
	if len(rows) == 0 {
		return ""
	}
	return strings.Join(rows, "\n") + "\n"
}

// diffRows lists the rows only in want (-) and only in got (+), at most 40.
func diffRows(want, got string) string {
	count := func(s string) map[string]int {
		m := map[string]int{}
		for _, l := range strings.Split(s, "\n") {
			if l != "" {
				m[l]++
			}
		}
		return m
	}
	w, g := count(want), count(got)
	var out []string
	for l, n := range w {
		for i := g[l]; i < n; i++ {
			out = append(out, "- "+shorten(l))
		}
	}
	for l, n := range g {
		for i := w[l]; i < n; i++ {
			out = append(out, "+ "+shorten(l))
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i][2:] < out[j][2:] || out[i][2:] == out[j][2:] && out[i] < out[j] })
	if len(out) > 40 {
		out = append(out[:40], fmt.Sprintf("... and %d more rows", len(out)-40))
	}
	return strings.Join(out, "\n")
}

// shorten keeps a diff readable: long text columns are cut in the middle.
func shorten(row string) string {
	const max = 400
	if len(row) <= max {
		return row
	}
	cut := max / 2
	for cut > 0 && row[cut]&0xC0 == 0x80 {
		cut--
	}
	tail := len(row) - max/2
	for tail < len(row) && row[tail]&0xC0 == 0x80 {
		tail++
	}
	return row[:cut] + fmt.Sprintf(" …(%d bytes)… ", tail-cut) + row[tail:]
}

func TestDiffRows(t *testing.T) {
	if d := diffRows("a\nb\n", "a\nb\n"); d != "" {
		t.Errorf("equal tables: diff %q", d)
	}
	if d := diffRows("a\nb\n", "a\nc\n"); d != "- b\n+ c" {
		t.Errorf("diff = %q", d)
	}
}
