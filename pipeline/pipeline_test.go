package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/klauspost/compress/zstd"

	"github.com/newsextract/newsextract/schemas"
)

var (
	engOnce sync.Once
	engine  *Engine
	engErr  error
)

// testEngine builds the engine once for the package's tests.
func testEngine(t testing.TB) *Engine {
	t.Helper()
	engOnce.Do(func() { engine, engErr = NewEngine(Config{}) })
	if engErr != nil {
		t.Fatal(engErr)
	}
	return engine
}

func runTo(t testing.TB, cfg Config) *Stats {
	t.Helper()
	if cfg.Out == "" {
		cfg.Out = t.TempDir()
	}
	if cfg.RunID == "" {
		cfg.RunID = "test"
	}
	st, err := Run(context.Background(), cfg, testEngine(t))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func readTable[T any](t testing.TB, out, name string) []T {
	t.Helper()
	tbl, _ := schemas.Lookup(name)
	rows, err := schemas.ReadRows(out, tbl)
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	return rows.([]T)
}

// TestRoundTrip runs the seeds in every format, reads each table back and
// checks row counts, types and that offsets slice documents.text exactly.
func TestRoundTrip(t *testing.T) {
	for _, format := range []string{FormatParquet, FormatArrow, FormatJSONL} {
		t.Run(format, func(t *testing.T) {
			out := t.TempDir()
			st := runTo(t, Config{Inputs: []string{"../seeds"}, Out: out, Format: format, Workers: 2})
			docs := readTable[schemas.Document](t, out, "documents")
			sents := readTable[schemas.Sentence](t, out, "sentences")
			ents := readTable[schemas.Entity](t, out, "entities")
			if len(docs) != 5 || st.Rows["documents"] != 5 {
				t.Fatalf("documents: %d rows, stats %d; want 5", len(docs), st.Rows["documents"])
			}
			if int64(len(sents)) != st.Rows["sentences"] || int64(len(ents)) != st.Rows["entities"] {
				t.Fatalf("row counts differ from the manifest stats")
			}
			text := map[string][]rune{}
			nsent := map[string]int32{}
			for _, d := range docs {
				text[d.DocID] = []rune(d.Text)
				if int(d.NChars) != len(text[d.DocID]) {
					t.Errorf("%s: n_chars %d, text has %d code points", d.Source, d.NChars, len(text[d.DocID]))
				}
				nsent[d.DocID] = d.NSentences
				if d.Lang != "fr" {
					t.Errorf("%s: lang %q, want fr", d.Source, d.Lang)
				}
			}
			count := map[string]int32{}
			for _, s := range sents {
				count[s.DocID]++
				r := text[s.DocID]
				if s.Start < 0 || s.End > int32(len(r)) || string(r[s.Start:s.End]) != s.Text {
					t.Errorf("sentence %s/%d: text[%d:%d] != %q", s.DocID, s.SentIndex, s.Start, s.End, s.Text)
				}
			}
			for id, n := range nsent {
				if count[id] != n {
					t.Errorf("%s: n_sentences %d, %d sentence rows", id, n, count[id])
				}
			}
			for _, e := range ents {
				r := text[e.DocID]
				if string(r[e.Start:e.End]) != e.Text {
					t.Errorf("entity %s/%s: text[%d:%d] = %q, row says %q", e.DocID, e.EntityID, e.Start, e.End, string(r[e.Start:e.End]), e.Text)
				}
				if e.Type == "DATE" && e.DateStart != nil && e.DateEnd != nil && *e.DateEnd < *e.DateStart {
					t.Errorf("entity %s: date_end before date_start", e.Text)
				}
			}
		})
	}
}

// TestWorkersDeterministic: -j1 and -j4 write the same rows.
func TestWorkersDeterministic(t *testing.T) {
	var outs []string
	for _, w := range []int{1, 4} {
		out := t.TempDir()
		runTo(t, Config{Inputs: []string{"../testdata/inputs"}, Out: out, Format: FormatJSONL, Workers: w})
		outs = append(outs, out)
	}
	for _, tbl := range schemas.Tables {
		a := readAllParts(t, outs[0], tbl.Name)
		b := readAllParts(t, outs[1], tbl.Name)
		if !bytes.Equal(a, b) {
			t.Errorf("table %s differs between -j1 and -j4", tbl.Name)
		}
	}
}

func readAllParts(t *testing.T, out, table string) []byte {
	files, err := schemas.PartFiles(out, table)
	if err != nil {
		t.Fatal(err)
	}
	var b []byte
	for _, f := range files {
		x, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		b = append(b, x...)
	}
	return b
}

// TestInputs covers the readers: plain, gzip, zstd, JSONL and its errors,
// the date tag and stdin.
func TestInputs(t *testing.T) {
	dir := t.TempDir()
	article := "Telesocial accuse Orange de vol de technologie. L'affaire remonte à plus de deux ans, selon La Tribune."
	write := func(name string, b []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("a.txt", []byte(" date 2019-02 "+article))
	var gz bytes.Buffer
	zw := gzip.NewWriter(&gz)
	zw.Write([]byte("Free assigne SFR devant le tribunal de commerce de Paris pour publicité trompeuse."))
	zw.Close()
	write("b.txt.gz", gz.Bytes())
	enc, _ := zstd.NewWriter(nil)
	write("c.jsonl.zst", enc.EncodeAll([]byte(`{"id":"z1","text":"La CNIL inflige une amende de 60 millions d'euros à Microsoft pour ses cookies.","published":"2022-12-22"}`+"\n"), nil))
	write("d.jsonl", []byte("{\"id\":\"ok\",\"body\":\"Orange signe un accord avec Telesocial en avril 2012 à Paris.\"}\n{broken\n{\"id\":\"empty\"}\n"))
	write("README.md", []byte("not an input"))
	os.Mkdir(filepath.Join(dir, "sub"), 0o755)
	write("sub/e.txt", []byte("Huawei est inculpé aux États-Unis pour vol de technologies, selon la justice américaine."))

	out := t.TempDir()
	st := runTo(t, Config{Inputs: []string{dir}, Out: out, Workers: 2, Stdin: strings.NewReader(`{"id":"stdin-1","text":"T-Mobile accuse Huawei d'espionnage industriel devant un tribunal de Seattle."}` + "\n")})
	docs := readTable[schemas.Document](t, out, "documents")
	errs := readTable[schemas.Error](t, out, "errors")
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	want := []string{"a.txt", "b.txt.gz", "z1", "ok", "sub/e.txt"}
	if !reflect.DeepEqual(sources, want) {
		t.Errorf("documents = %q, want %q", sources, want)
	}
	if got := *docs[0].Published; got != "2019-02" || docs[0].PublishedSource != "metadata" || strings.Contains(docs[0].Text, "date 2019") {
		t.Errorf("date tag: published %q (%s), text %q", got, docs[0].PublishedSource, docs[0].Text[:20])
	}
	if got := *docs[2].Published; got != "2022-12-22" {
		t.Errorf("JSONL published = %q", got)
	}
	if len(errs) != 2 {
		t.Fatalf("errors = %+v, want the broken line and the record without text", errs)
	}
	if errs[0].Source != "d.jsonl:2" || !strings.Contains(errs[0].Message, "invalid JSON") || errs[1].Source != "empty" || errs[1].Stage != "read" {
		t.Errorf("errors = %+v", errs)
	}
	if len(st.Skipped) != 1 || st.Skipped[0] != "README.md" {
		t.Errorf("skipped = %q, want README.md", st.Skipped)
	}

	// stdin
	out2 := t.TempDir()
	runTo(t, Config{Inputs: []string{"-"}, Out: out2, Stdin: strings.NewReader(`{"id":"stdin-1","text":"T-Mobile accuse Huawei d'espionnage industriel devant un tribunal de Seattle."}` + "\n")})
	docs = readTable[schemas.Document](t, out2, "documents")
	if len(docs) != 1 || docs[0].Source != "stdin-1" {
		t.Errorf("stdin documents = %+v", docs)
	}
}

// TestBadInputsBecomeErrors: unreadable, binary, empty and undecodable
// inputs each give one errors row, and the run goes on.
func TestBadInputsBecomeErrors(t *testing.T) {
	dir := t.TempDir()
	files := map[string][]byte{
		"empty.txt":    {},
		"blank.txt":    []byte("   \n\t \n"),
		"binary.txt":   append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 100)...),
		"latin1.txt":   []byte("L'op\xe9rateur a \xe9t\xe9 condamn\xe9 \xe0 verser une amende \xe0 la soci\xe9t\xe9 en d\xe9cembre 2015."),
		"good.txt":     []byte("Orange a été condamné à une amende de 350 millions d'euros par l'Autorité de la concurrence."),
		"trunc.txt.gz": {0x1f, 0x8b, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0x4b, 0x4c},
	}
	for n, b := range files {
		if err := os.WriteFile(filepath.Join(dir, n), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	out := t.TempDir()
	runTo(t, Config{Inputs: []string{dir}, Out: out})
	docs := readTable[schemas.Document](t, out, "documents")
	errs := readTable[schemas.Error](t, out, "errors")
	got := map[string]string{}
	for _, e := range errs {
		got[e.Source] = e.Stage + ": " + e.Message
	}
	for _, n := range []string{"empty.txt", "blank.txt", "binary.txt", "trunc.txt.gz"} {
		if got[n] == "" {
			t.Errorf("%s: no errors row (errors: %v)", n, got)
		}
	}
	if len(errs) != 4 {
		t.Errorf("errors = %v, want 4 rows", got)
	}
	if len(docs) != 2 {
		t.Fatalf("documents = %d, want good.txt and latin1.txt", len(docs))
	}
	for _, d := range docs {
		if d.Source == "latin1.txt" && !strings.Contains(d.Text, "L'opérateur a été condamné") {
			t.Errorf("latin1 text decoded as %q", d.Text)
		}
	}
}

// TestIncremental: a second run over the same inputs adds nothing; --force reprocesses.
func TestIncremental(t *testing.T) {
	out := t.TempDir()
	runTo(t, Config{Inputs: []string{"../seeds"}, Out: out, RunID: "r1"})
	prog := &countProgress{}
	st := runTo(t, Config{Inputs: []string{"../seeds"}, Out: out, RunID: "r2", Progress: prog})
	if st.Docs != 0 || st.Existing != 5 {
		t.Errorf("second run wrote %d documents, skipped %d; want 0 and 5", st.Docs, st.Existing)
	}
	if prog.updates != 5 {
		t.Errorf("progress updated %d times over 5 skipped documents, want 5", prog.updates)
	}
	if docs := readTable[schemas.Document](t, out, "documents"); len(docs) != 5 {
		t.Errorf("dataset holds %d documents, want 5", len(docs))
	}
	st = runTo(t, Config{Inputs: []string{"../seeds"}, Out: out, RunID: "r3", Force: true})
	if st.Docs != 5 {
		t.Errorf("--force wrote %d documents, want 5", st.Docs)
	}
}

// TestShardsUnion: three shards together hold exactly the documents of one run.
func TestShardsUnion(t *testing.T) {
	single := t.TempDir()
	runTo(t, Config{Inputs: []string{"../testdata/inputs"}, Out: single, Format: FormatJSONL})
	sharded := t.TempDir()
	for i := 0; i < 3; i++ {
		runTo(t, Config{Inputs: []string{"../testdata/inputs"}, Out: sharded, Format: FormatJSONL, ShardIndex: i, ShardCount: 3, RunID: "s"})
	}
	for _, name := range []string{"documents", "sentences", "entities", "claims", "errors"} {
		a := lines(readAllParts(t, single, name))
		b := lines(readAllParts(t, sharded, name))
		if !reflect.DeepEqual(a, b) {
			t.Errorf("%s: union of 3 shards has %d rows, single run %d, or they differ", name, len(b), len(a))
		}
	}
}

func lines(b []byte) map[string]int {
	m := map[string]int{}
	for _, l := range strings.Split(string(b), "\n") {
		if l != "" {
			m[l]++
		}
	}
	return m
}

// countProgress counts the updates a run makes.
type countProgress struct{ updates int }

func (p *countProgress) Start(int64)         {}
func (p *countProgress) Update(int64, int64) { p.updates++ }
func (p *countProgress) Finish()             {}
