// Command benchcorpus writes deterministic benchmark corpora: articles
// assembled from the sentences of testdata/inputs (French and English),
// 1 to 20 KB each, with boilerplate lines, as JSONL files.
//
//	go run ./cmd/benchcorpus -out bench -docs 10000,100000
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/extract/segment"
)

var boilerplate = []string{
	"Pour gérer vos consentements :", "Lire également", "Partager sur Facebook", "12 commentaires",
	"Recent Posts", "Quitter la version mobile", "Share this article", "Read more",
	"Accueil Envoyer à un ami Partager sur facebook", "Site icon Example News",
}

func main() {
	out := flag.String("out", "bench", "output folder")
	docs := flag.String("docs", "10000,100000", "corpus sizes, comma-separated")
	inputs := flag.String("inputs", "testdata/inputs", "folder of source articles")
	seed := flag.Int64("seed", 1, "random seed")
	flag.Parse()
	sents, err := sentences(*inputs)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	if err := os.MkdirAll(*out, 0o755); err != nil {
		fmt.Fprintln(os.Stderr, "benchcorpus:", err)
		os.Exit(1)
	}
	for _, s := range strings.Split(*docs, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchcorpus: -docs:", err)
			os.Exit(2)
		}
		path := filepath.Join(*out, fmt.Sprintf("corpus-%d.jsonl", n))
		bytes, err := write(path, n, sents, *seed)
		if err != nil {
			fmt.Fprintln(os.Stderr, "benchcorpus:", err)
			os.Exit(1)
		}
		fmt.Printf("%s: %d documents, %.1f MB\n", path, n, float64(bytes)/1e6)
	}
}

// sentences returns the sentences of every .txt input, by language.
func sentences(dir string) (map[string][]string, error) {
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	files, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no .txt inputs in %s", dir)
	}
	out := map[string][]string{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		lang := "fr"
		if strings.HasPrefix(filepath.Base(f), "en") {
			lang = "en"
		}
		text := string(b)
		for _, s := range seg.Split(text, lang) {
			if t := text[s.Start:s.End]; len(t) > 40 {
				out[lang] = append(out[lang], t)
			}
		}
	}
	return out, nil
}

func write(path string, n int, sents map[string][]string, seed int64) (int64, error) {
	f, err := os.Create(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	w := bufio.NewWriterSize(f, 1<<20)
	rng := rand.New(rand.NewSource(seed))
	var total int64
	for i := 0; i < n; i++ {
		lang := "fr"
		if rng.Intn(3) == 0 {
			lang = "en"
		}
		// sizes from 1 to 20 KB, most articles short
		size := 1000 + int(19000*rng.Float64()*rng.Float64())
		var b strings.Builder
		if rng.Intn(2) == 0 {
			b.WriteString(boilerplate[rng.Intn(len(boilerplate))] + "\n\n")
		}
		pool := sents[lang]
		for b.Len() < size {
			for k := 0; k < 1+rng.Intn(4) && b.Len() < size; k++ {
				b.WriteString(pool[rng.Intn(len(pool))])
				b.WriteByte(' ')
			}
			b.WriteString("\n\n")
		}
		if rng.Intn(2) == 0 {
			b.WriteString(boilerplate[rng.Intn(len(boilerplate))] + "\n")
		}
		rec := map[string]string{"id": fmt.Sprintf("bench-%d", i), "text": b.String()}
		if rng.Intn(4) == 0 {
			rec["published"] = fmt.Sprintf("20%02d-%02d-%02d", 10+rng.Intn(14), 1+rng.Intn(12), 1+rng.Intn(28))
		}
		line, _ := json.Marshal(rec)
		total += int64(len(rec["text"]))
		w.Write(line)
		w.WriteByte('\n')
	}
	return total, w.Flush()
}
