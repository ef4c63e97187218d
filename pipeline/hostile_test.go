package pipeline

import (
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/newsextract/newsextract/schemas"
)

const goodArticle = "La CNIL inflige une amende de 60 millions d'euros à Microsoft pour ses cookies, selon Le Monde. L'entreprise va faire appel en janvier 2023."

// badCorpus writes the hostile inputs of testdata/bad (generated: some are
// large or binary) and returns the folder and the name of each bad file
// with the words its errors row must contain.
func badCorpus(t *testing.T) (string, map[string]string) {
	dir := t.TempDir()
	write := func(name string, b []byte) {
		t.Helper()
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bad := map[string]string{}
	write("good1.txt", []byte(goodArticle))
	write("empty.txt", nil)
	bad["empty.txt"] = "empty document"
	write("blank.txt", []byte(" \n\t\n   \n"))
	bad["blank.txt"] = "empty document"
	write("invalid-utf8.txt", []byte("L'opérateur a été condamné \xff\xfe par le tribunal de commerce de Paris en mars 2019."))
	bad["invalid-utf8.txt"] = "invalid UTF-8"
	u := utf16.Encode([]rune(goodArticle))
	b16 := []byte{0xFF, 0xFE}
	for _, c := range u {
		b16 = append(b16, byte(c), byte(c>>8))
	}
	write("utf16.txt", b16)
	write("image.txt", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), make([]byte, 200)...))
	bad["image.txt"] = "binary content"
	write("nul.txt", []byte("Orange\x00SFR\x00Free"))
	bad["nul.txt"] = "binary content"
	write("huge.txt", bytes.Repeat([]byte("Orange a été condamné. "), (50<<20)/23))
	bad["huge.txt"] = "larger than the 8 MB limit"
	write("longline.txt", bytes.Repeat([]byte("mot "), (5<<20)/4))
	// a gzip bomb: 100 MB of zeros compressed to about 100 KB
	var bomb bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&bomb, gzip.BestCompression)
	zero := make([]byte, 1<<20)
	for i := 0; i < 100; i++ {
		zw.Write(zero)
	}
	zw.Close()
	write("bomb.txt.gz", bomb.Bytes())
	bad["bomb.txt.gz"] = "gzip: expands past 64 MB limit"
	var gz bytes.Buffer
	zw = gzip.NewWriter(&gz)
	zw.Write([]byte(strings.Repeat(goodArticle+"\n", 50)))
	zw.Close()
	write("truncated.txt.gz", gz.Bytes()[:gz.Len()/2])
	bad["truncated.txt.gz"] = "truncated"
	lines := []string{
		`{"id":"j1","text":"` + goodArticle + `"}`,
		`{"id":"j2", "text": "broken`,
		`{"id":"j3","title":"no text field"}`,
		`{"id":"j4","text":"` + strings.Repeat("a", 10<<20) + `"}`,
		`{"id":"j5","text":"` + goodArticle + ` Deuxième."}`,
	}
	write("dump.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
	bad["dump.jsonl:2"] = "invalid JSON"
	bad["j3"] = "no text, content, body or html"
	bad["j4"] = "larger than the 8 MB limit"
	write("scripts.html", []byte("<html><head><script>var a=1;</script><style>p{color:red}</style></head><body><script>track()</script><noscript>Activez JavaScript</noscript></body></html>"))
	bad["scripts.html"] = "no article text"
	write("dir.txt/inner.txt", []byte(goodArticle+" Troisième."))
	if err := os.Symlink(dir, filepath.Join(dir, "loop")); err != nil {
		t.Fatal(err)
	}
	bad["loop"] = "symlink loop"
	if os.Geteuid() != 0 { // root reads every file
		write("secret.txt", []byte(goodArticle))
		os.Chmod(filepath.Join(dir, "secret.txt"), 0)
		bad["secret.txt"] = "permission denied"
	}
	return dir, bad
}

// TestHostileInputs: the run completes, good documents are all there, each
// bad input gives exactly one errors row with the stage and a clear
// message, and no message is a Go panic trace.
func TestHostileInputs(t *testing.T) {
	dir, bad := badCorpus(t)
	out := t.TempDir()
	st := runTo(t, Config{Inputs: []string{dir}, Out: out, Workers: 2})
	errs := readTable[schemas.Error](t, out, "errors")
	docs := readTable[schemas.Document](t, out, "documents")
	bySource := map[string][]schemas.Error{}
	for _, e := range errs {
		key := strings.TrimPrefix(e.Source, dir+"/")
		key = strings.TrimSuffix(key, "/")
		bySource[filepath.Base(key)] = append(bySource[filepath.Base(key)], e)
		if strings.Contains(e.Message, "goroutine") || strings.Contains(e.Message, "panic") {
			t.Errorf("%s: message is a trace: %q", e.Source, e.Message)
		}
		if e.Stage == "" || e.Message == "" {
			t.Errorf("%s: errors row without stage or message", e.Source)
		}
	}
	for name, want := range bad {
		rows := bySource[name]
		if len(rows) != 1 {
			t.Errorf("%s: %d errors rows, want 1 (%+v)", name, len(rows), rows)
			continue
		}
		if !strings.Contains(rows[0].Message, want) {
			t.Errorf("%s: message %q, want it to say %q", name, rows[0].Message, want)
		}
	}
	sources := map[string]bool{}
	for _, d := range docs {
		sources[d.Source] = true
	}
	for _, s := range []string{"good1.txt", "utf16.txt", "invalid-utf8.txt", "longline.txt", "j1", "j5", "dir.txt/inner.txt"} {
		if !sources[s] {
			t.Errorf("document %s missing (documents: %v)", s, sources)
		}
	}
	if st.PeakRSSMB > 1000 {
		t.Errorf("peak RSS %.0f MB: memory is not bounded", st.PeakRSSMB)
	}
}

// TestManySmallFiles: a folder of 20,000 tiny files is read in full.
func TestManySmallFiles(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	dir := t.TempDir()
	for i := 0; i < 20000; i++ {
		sub := filepath.Join(dir, fmt.Sprintf("d%02d", i%50))
		os.MkdirAll(sub, 0o755)
		os.WriteFile(filepath.Join(sub, fmt.Sprintf("a%05d.txt", i)), []byte(fmt.Sprintf("Article %d : Orange assigne SFR le %d mars 2019.", i, 1+i%28)), 0o644)
	}
	out := t.TempDir()
	st := runTo(t, Config{Inputs: []string{dir}, Out: out, Format: FormatJSONL, Workers: 2})
	if st.Docs != 20000 || st.Rows["errors"] != 0 {
		t.Errorf("read %d documents with %d errors, want 20000 and 0", st.Docs, st.Rows["errors"])
	}
}

// TestKillAndResume kills a run with SIGKILL at several points; afterwards
// every Parquet file present opens, and rerunning completes the dataset
// with each document exactly once.
func TestKillAndResume(t *testing.T) {
	if testing.Short() {
		t.Skip("short")
	}
	input := filepath.Join(t.TempDir(), "dump.jsonl")
	var b strings.Builder
	const n = 3000
	for i := 0; i < n; i++ {
		rec, _ := json.Marshal(map[string]string{"id": fmt.Sprintf("k%d", i), "text": fmt.Sprintf("Article %d. %s Le tribunal de commerce de Paris a condamné SFR le %d mai 2019.", i, goodArticle, 1+i%28)})
		b.Write(rec)
		b.WriteByte('\n')
	}
	os.WriteFile(input, []byte(b.String()), 0o644)
	out := t.TempDir()
	for _, after := range []time.Duration{300 * time.Millisecond, 900 * time.Millisecond, 1500 * time.Millisecond} {
		cmd := helperRun(input, out)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(after)
		cmd.Process.Signal(syscall.SIGKILL)
		cmd.Wait()
		checkParquetFiles(t, out)
		files, _ := schemas.PartFiles(out, "documents")
		t.Logf("killed after %v: %d committed documents parts", after, len(files))
	}
	cmd := helperRun(input, out)
	if msg, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("resume: %v\n%s", err, msg)
	}
	checkParquetFiles(t, out)
	docs := readTable[schemas.Document](t, out, "documents")
	sents := readTable[schemas.Sentence](t, out, "sentences")
	seen := map[string]int{}
	for _, d := range docs {
		seen[d.Source]++
	}
	if len(docs) != n || len(seen) != n {
		t.Errorf("after resume: %d document rows, %d distinct, want %d", len(docs), len(seen), n)
	}
	perDoc := map[string]int32{}
	for _, s := range sents {
		perDoc[s.DocID]++
	}
	for _, d := range docs {
		if perDoc[d.DocID] != d.NSentences {
			t.Errorf("%s: %d sentence rows, n_sentences %d: rows lost or doubled", d.Source, perDoc[d.DocID], d.NSentences)
			break
		}
	}
}

// TestInterrupt: SIGINT finishes what was read, writes it and exits non-zero.
func TestInterrupt(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	out := t.TempDir()
	dir := t.TempDir()
	for i := 0; i < 200; i++ {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("a%03d.txt", i)), []byte(fmt.Sprintf("Article %d. %s", i, goodArticle)), 0o644)
	}
	cancel()
	_, err := Run(ctx, Config{Inputs: []string{dir}, Out: out, RunID: "int"}, testEngine(t))
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("Run after cancel: err = %v, want an interrupted error", err)
	}
	checkParquetFiles(t, out)
}

func helperRun(input, out string) *exec.Cmd {
	cmd := exec.Command(os.Args[0], "-test.run=^TestHelperRun$")
	cmd.Env = append(os.Environ(), "NEWSEXTRACT_HELPER_IN="+input, "NEWSEXTRACT_HELPER_OUT="+out)
	return cmd
}

// TestHelperRun is the pipeline run as a child process by TestKillAndResume.
func TestHelperRun(t *testing.T) {
	in, out := os.Getenv("NEWSEXTRACT_HELPER_IN"), os.Getenv("NEWSEXTRACT_HELPER_OUT")
	if in == "" {
		t.Skip("helper process only")
	}
	if _, err := Run(context.Background(), Config{Inputs: []string{in}, Out: out, Workers: 2, RotateDocs: 200}, testEngine(t)); err != nil {
		t.Fatal(err)
	}
}

// checkParquetFiles opens every Parquet file of out and reads it whole.
func checkParquetFiles(t *testing.T, out string) {
	t.Helper()
	for _, tbl := range schemas.Tables {
		files, _ := schemas.PartFiles(out, tbl.Name)
		for _, f := range files {
			if _, err := schemas.ReadFile(f, tbl); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		}
	}
}
