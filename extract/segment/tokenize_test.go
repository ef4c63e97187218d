package segment

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/jdkato/prose/v2"
)

// proseTokens is prose's tokenizer, the reference our offset-keeping
// tokenizer follows.
func proseTokens(s string) []string {
	doc, err := prose.NewDocument(s, prose.WithSegmentation(false), prose.WithTagging(false), prose.WithExtraction(false))
	if err != nil {
		return nil
	}
	var out []string
	for _, t := range doc.Tokens() {
		out = append(out, t.Text)
	}
	return out
}

// ourTokens joins our tokens back the way prose writes them: elisions and
// edge punctuation that we split are glued again, curly quotes made straight.
func ourTokens(s string) []string {
	var out []string
	toks := Tokenize(s, 0, len(s))
	for i := 0; i < len(toks); i++ {
		t := toks[i].Text
		// prose keeps elisions ("l'opérateur") and edge punctuation ("Altice…") on the word
		for i+1 < len(toks) && toks[i+1].Start == toks[i].End && (strings.HasSuffix(t, "'") || strings.HasSuffix(t, "’") || strings.ContainsAny(toks[i+1].Text, edgePunct) || strings.ContainsAny(t, edgePunct)) && !strings.ContainsAny(toks[i+1].Text, `,.;:!?)]"`) {
			i++
			t += toks[i].Text
		}
		out = append(out, strings.NewReplacer("’", "'", "“", `"`, "”", `"`).Replace(t))
	}
	return out
}

// TestTokenizerMatchesProse: on the sample articles, our tokens are prose's.
func TestTokenizerMatchesProse(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/inputs/*.txt")
	if len(files) == 0 {
		t.Skip("no inputs")
	}
	s, _ := New()
	diffs, total := 0, 0
	for _, f := range files {
		b, _ := os.ReadFile(f)
		text := string(b)
		for _, se := range s.Split(text, "fr") {
			sent := text[se.Start:se.End]
			a, b := ourTokens(sent), proseTokens(sent)
			total++
			if strings.Join(a, "|") != strings.Join(b, "|") {
				diffs++
				if diffs <= 5 {
					t.Logf("%s: %q\n ours  %q\n prose %q", filepath.Base(f), sent, a, b)
				}
			}
		}
	}
	// prose glues a few marks we split on purpose ("«conversation", "…Il");
	// more than a few percent of sentences differing means a regression
	if diffs*100 > total*5 {
		t.Errorf("%d of %d sentences tokenized differently from prose", diffs, total)
	}
}

func benchText() string {
	files, _ := filepath.Glob("../../testdata/inputs/*.txt")
	var b strings.Builder
	for _, f := range files {
		x, _ := os.ReadFile(f)
		b.Write(x)
	}
	return b.String()
}

func BenchmarkTokenize(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		Tokenize(text, 0, len(text))
	}
}

func BenchmarkTokenizeProse(b *testing.B) {
	text := benchText()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		proseTokens(text)
	}
}

func BenchmarkSplit(b *testing.B) {
	text := benchText()
	s, _ := New()
	b.SetBytes(int64(len(text)))
	for i := 0; i < b.N; i++ {
		s.Split(text, "fr")
	}
}

// contractionIndex agrees with the search it replaced: the first
// occurrence of the first contraction that occurs, when not at 0.
func TestContractionIndex(t *testing.T) {
	ref := func(w string) int {
		for _, c := range contractions {
			if i := indexFoldASCII(w, c); i > 0 {
				return i
			}
		}
		return 0
	}
	for _, w := range []string{"they'll", "THEY'LL", "don't", "DON’T", "Huawei's", "Huawei’s", "l'homme", "'s", "'sup's",
		"n't", "can't've", "it's'll", "rock'n'roll", "o'clock", "we're", "I'm", "d’Orange", "aujourd'hui", "''", "’", "x’’s", "'m's"} {
		if got, want := contractionIndex(w), ref(w); got != want {
			t.Errorf("contractionIndex(%q) = %d, want %d", w, got, want)
		}
	}
}

func FuzzContractionIndex(f *testing.F) {
	f.Add("they'll’s")
	f.Fuzz(func(t *testing.T, w string) {
		want := 0
		for _, c := range contractions {
			if i := indexFoldASCII(w, c); i > 0 {
				want = i
				break
			}
		}
		if got := contractionIndex(w); got != want {
			t.Fatalf("contractionIndex(%q) = %d, want %d", w, got, want)
		}
	})
}

// indexFoldASCII is strings.Index(strings.ToLower(s), sub) for a lower-case
// sub, without lowering s: ASCII letters of s match either case.
func indexFoldASCII(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		k := 0
		for k < len(sub) {
			c := s[i+k]
			if c >= 'A' && c <= 'Z' {
				c += 'a' - 'A'
			}
			if c != sub[k] {
				break
			}
			k++
		}
		if k == len(sub) {
			return i
		}
	}
	return -1
}
