package pipeline

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/newsextract/newsextract/schemas"
)

// warcRecord writes one WARC/1.1 record; declared overrides the
// Content-Length (a lying record) when not negative.
func warcRecord(typ, uri, date, contentType string, block []byte, declared int) []byte {
	n := len(block)
	if declared >= 0 {
		n = declared
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "WARC/1.1\r\nWARC-Type: %s\r\nWARC-Record-ID: <urn:uuid:%08d-0000-0000-0000-000000000000>\r\nWARC-Date: %s\r\n", typ, len(uri)*1000+n, date)
	if uri != "" {
		fmt.Fprintf(&b, "WARC-Target-URI: %s\r\n", uri)
	}
	fmt.Fprintf(&b, "Content-Type: %s\r\nContent-Length: %d\r\n\r\n", contentType, n)
	b.Write(block)
	b.WriteString("\r\n\r\n")
	return b.Bytes()
}

func httpResponse(contentType, body string) []byte {
	return []byte(fmt.Sprintf("HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %d\r\n\r\n%s", contentType, len(body), body))
}

func page(title, body string) string {
	return `<html><head><title>` + title + `</title></head><body><nav><a href="/">Home</a> <a href="/tech">Tech</a></nav><article><h1>` + title + `</h1>` + body + `</article><footer>© News Site</footer></body></html>`
}

// crawlWARC is a small CC-NEWS-like crawl: warcinfo, a request, two HTML
// responses, an image, a corrupt record with a lying Content-Length, and a
// last HTML response; each record gzipped on its own, as crawlers write them.
func crawlWARC() []byte {
	recs := [][]byte{
		warcRecord("warcinfo", "", "2023-03-02T10:00:00Z", "application/warc-fields", []byte("software: test\r\nformat: WARC File Format 1.1\r\n"), -1),
		warcRecord("request", "https://news.example.com/ericsson", "2023-03-02T10:00:01Z", "application/http;msgtype=request", []byte("GET /ericsson HTTP/1.1\r\nHost: news.example.com\r\n\r\n"), -1),
		warcRecord("response", "https://news.example.com/ericsson", "2023-03-02T10:00:02Z", "application/http;msgtype=response",
			httpResponse("text/html; charset=utf-8", page("Ericsson to pay $206 million", "<p>Ericsson has agreed to pay $206 million and plead guilty, the U.S. Justice Department said on Thursday.</p><p>The company will serve a probation term through June 2024.</p>")), -1),
		warcRecord("response", "https://news.example.com/logo.png", "2023-03-02T10:00:03Z", "application/http;msgtype=response",
			httpResponse("image/png", "\x89PNG\r\n\x1a\n"), -1),
		warcRecord("response", "https://news.example.com/broken", "2023-03-02T10:00:04Z", "application/http;msgtype=response",
			httpResponse("text/html", page("Broken", "<p>This record lies about its length.</p>")), 40),
		warcRecord("response", "https://news.example.com/meta-fine", "2023-05-22T12:00:00Z", "application/http;msgtype=response",
			httpResponse("text/html; charset=iso-8859-1", page("La CNIL sanctionne Meta", "<p>La CNIL inflige une amende \xe0 Meta pour ses transferts de donn\xe9es, selon Le Monde.</p>")), -1),
	}
	var out bytes.Buffer
	for _, r := range recs {
		zw := gzip.NewWriter(&out)
		zw.Write(r)
		zw.Close()
	}
	return out.Bytes()
}

// TestWARC: HTML responses become documents with the crawl date and URL,
// other records are skipped and counted, the corrupt one is one errors row.
func TestWARC(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "crawl.warc.gz"), crawlWARC(), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	st := runTo(t, Config{Inputs: []string{dir}, Out: out})
	docs := readTable[schemas.Document](t, out, "documents")
	errs := readTable[schemas.Error](t, out, "errors")
	var sources []string
	for _, d := range docs {
		sources = append(sources, d.Source)
	}
	want := []string{"https://news.example.com/ericsson", "https://news.example.com/meta-fine"}
	if strings.Join(sources, " ") != strings.Join(want, " ") {
		t.Fatalf("documents = %q, want %q", sources, want)
	}
	if len(errs) != 1 || !strings.Contains(errs[0].Message, "corrupt") || errs[0].Source != "https://news.example.com/broken" {
		t.Errorf("errors = %+v, want one corrupt-record row for /broken", errs)
	}
	if st.SkippedRecords != 3 {
		t.Errorf("skipped records = %d, want 3 (warcinfo, request, image)", st.SkippedRecords)
	}
	d := docs[0]
	if d.Published == nil || !strings.HasPrefix(*d.Published, "2023-03-02") || d.URL == nil || *d.URL != want[0] {
		t.Errorf("metadata: published %v url %v", d.Published, d.URL)
	}
	if strings.Contains(d.Text, "Home") || strings.Contains(d.Text, "© News Site") || !strings.Contains(d.Text, "plead guilty") {
		t.Errorf("text %q: navigation or footer kept, or article lost", d.Text)
	}
	if !strings.Contains(docs[1].Text, "amende à Meta") || !strings.Contains(docs[1].Text, "données") {
		t.Errorf("ISO-8859-1 page decoded as %q", docs[1].Text)
	}
}

// TestHTMLPage: the fixture page keeps its article and loses its menu,
// cookie banner, related links and comments; metadata come from its tags.
func TestHTMLPage(t *testing.T) {
	out := t.TempDir()
	runTo(t, Config{Inputs: []string{"../testdata/formats/news.html"}, Out: out})
	docs := readTable[schemas.Document](t, out, "documents")
	if len(docs) != 1 {
		t.Fatalf("%d documents", len(docs))
	}
	d := docs[0]
	for _, junk := range []string{"cookies", "Accueil", "S'abonner", "À lire aussi", "Bouygues Telecom condamné", "Jean-Marc", "commentaires", "Mentions légales", "dataLayer"} {
		if strings.Contains(d.Text, junk) {
			t.Errorf("text keeps %q:\n%s", junk, d.Text)
		}
	}
	for _, keep := range []string{"Free assigne SFR pour publicité trompeuse\n\n", "tribunal de commerce de Paris", "\n\nLa cour d'appel de Paris", "Une audience est programmée"} {
		if !strings.Contains(d.Text, keep) {
			t.Errorf("text lost %q:\n%s", keep, d.Text)
		}
	}
	if d.Published == nil || *d.Published != "2021-12-03" || d.PublishedSource != "metadata" {
		t.Errorf("published = %v (%s), want 2021-12-03 from the meta tags", d.Published, d.PublishedSource)
	}
	if d.URL == nil || *d.URL != "https://actu.example.org/telecoms/free-assigne-sfr" {
		t.Errorf("url = %v, want the canonical URL", d.URL)
	}
	ents := readTable[schemas.Entity](t, out, "entities")
	found := map[string]bool{}
	for _, e := range ents {
		found[e.Normalized] = true
	}
	for _, n := range []string{"Free", "SFR", "Tribunal de commerce de Paris", "Le Figaro"} {
		if !found[n] {
			t.Errorf("entity %s not found in the page", n)
		}
	}
}

// TestLatin1AndDuplicates: a Windows-1252 text file is decoded, and the
// same text from two sources gets one doc_id; --dedup keeps the first.
func TestLatin1AndDuplicates(t *testing.T) {
	dir := t.TempDir()
	b, _ := os.ReadFile("../testdata/formats/latin1.txt")
	os.WriteFile(filepath.Join(dir, "a.txt"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "b.txt"), b, 0o644)
	os.WriteFile(filepath.Join(dir, "c.jsonl"), []byte(`{"id":"html-1","html":"<html><body><article><p>La CNIL inflige une amende de 60 millions d'euros à Microsoft pour ses cookies publicitaires sur bing.com.</p></article></body></html>"}`+"\n"), 0o644)
	out := t.TempDir()
	st := runTo(t, Config{Inputs: []string{dir}, Out: out})
	docs := readTable[schemas.Document](t, out, "documents")
	if len(docs) != 3 || docs[0].DocID != docs[1].DocID || st.Dups != 1 {
		t.Fatalf("documents %d, ids %s %s, duplicates %d; want 3, equal ids, 1", len(docs), docs[0].DocID, docs[1].DocID, st.Dups)
	}
	if !strings.Contains(docs[0].Text, "L'opérateur Orange a été condamné par l'Autorité") {
		t.Errorf("latin-1 decoded as %q", docs[0].Text)
	}
	if !strings.Contains(docs[2].Text, "amende de 60 millions") {
		t.Errorf("JSONL html field: %q", docs[2].Text)
	}
	out2 := t.TempDir()
	runTo(t, Config{Inputs: []string{dir}, Out: out2, Dedup: true})
	if docs := readTable[schemas.Document](t, out2, "documents"); len(docs) != 2 {
		t.Errorf("--dedup kept %d documents, want 2", len(docs))
	}
}

// Every format gets the rows the same way (writeRows, the Append of row
// structs for documents): the tables read back from each must be equal.
func TestFormatsAgree(t *testing.T) {
	out := map[string]string{}
	for _, format := range []string{FormatParquet, FormatJSONL, FormatArrow} {
		out[format] = t.TempDir()
		runTo(t, Config{Inputs: []string{"../testdata/inputs", "../seeds"}, Out: out[format], Format: format, Workers: 2, RunID: "same"})
	}
	agree := func(table string, rows func(dir string) any) {
		want := rows(out[FormatJSONL])
		for _, format := range []string{FormatParquet, FormatArrow} {
			if got := rows(out[format]); !reflect.DeepEqual(got, want) {
				t.Errorf("table %s: %s rows differ from JSONL rows", table, format)
			}
		}
		if reflect.ValueOf(want).Len() == 0 {
			t.Errorf("table %s: no rows, nothing compared", table)
		}
	}
	agree("documents", func(dir string) any { return readTable[schemas.Document](t, dir, "documents") })
	agree("sentences", func(dir string) any { return readTable[schemas.Sentence](t, dir, "sentences") })
	agree("entities", func(dir string) any { return readTable[schemas.Entity](t, dir, "entities") })
	agree("claims", func(dir string) any { return readTable[schemas.Claim](t, dir, "claims") })
}
