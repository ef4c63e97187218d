package extract

import (
	"fmt"
	"strings"
	"testing"
	"unicode"
)

func TestWordMap(t *testing.T) {
	var nilMap *WordMap[int] // like a nil Go map: empty, never a panic
	if _, ok := nilMap.Get("x"); ok || nilMap.Has(&Token{Fold: "x", Hash: HashWord("x")}) || nilMap.Len() != 0 {
		t.Fatal("nil map finds x")
	}
	var m WordMap[int]
	if _, ok := m.Get("x"); ok {
		t.Fatal("empty map finds x")
	}
	want := map[string]int{}
	for i := 0; i < 1000; i++ {
		w := fmt.Sprintf("mot%d", i)
		m.Set(w, i)
		want[w] = i
	}
	m.Set("mot7", -7) // replaces
	want["mot7"] = -7
	if m.Len() != len(want) {
		t.Fatalf("Len = %d, want %d", m.Len(), len(want))
	}
	for w, v := range want {
		if got, ok := m.Get(w); !ok || got != v {
			t.Errorf("Get(%q) = %d, %v; want %d", w, got, ok, v)
		}
		tok := Token{Text: w, Fold: w, Hash: HashWord(w)}
		if got, ok := m.Tok(&tok); !ok || got != v {
			t.Errorf("Tok(%q) = %d, %v; want %d", w, got, ok, v)
		}
		bare := Token{Text: w, Fold: w} // built without a hash
		if got, ok := m.Tok(&bare); !ok || got != v {
			t.Errorf("Tok(%q without hash) = %d, %v; want %d", w, got, ok, v)
		}
	}
	for _, w := range []string{"", "mot", "mot1000", "MOT1"} {
		if _, ok := m.Get(w); ok {
			t.Errorf("Get(%q) found a value", w)
		}
	}
	s := NewWordSet("le", "la", "")
	if !s.Has(&Token{Fold: "la"}) || s.Has(&Token{Fold: "les"}) || !s.Has(&Token{}) {
		t.Error("WordSet membership wrong")
	}
}

func BenchmarkWordMap(b *testing.B) {
	var wm WordMap[bool]
	gm := map[string]bool{}
	for _, w := range []string{"tribunal", "cour", "autorité", "conseil", "commission", "parquet", "procureur", "gendarmerie", "police", "ministère"} {
		wm.Set(Fold(w), true)
		gm[Fold(w)] = true
	}
	var toks []Token
	for _, w := range []string{"Le", "tribunal", "de", "commerce", "a", "condamné", "Orange", "à", "verser", "une", "amende", "à", "la", "cour", "d'appel"} {
		f := Fold(w)
		toks = append(toks, Token{Text: w, Fold: f, Hash: HashWord(f)})
	}
	b.Run("WordMap", func(b *testing.B) {
		n := 0
		for i := 0; i < b.N; i++ {
			for k := range toks {
				if wm.Has(&toks[k]) {
					n++
				}
			}
		}
	})
	b.Run("map", func(b *testing.B) {
		n := 0
		for i := 0; i < b.N; i++ {
			for k := range toks {
				if gm[toks[k].Fold] {
					n++
				}
			}
		}
	})
}

// foldRef is Fold as first written: rune by rune through a map.
func foldRef(s string) string {
	accents := map[rune]string{
		'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a",
		'ç': "c", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
		'î': "i", 'ï': "i", 'í': "i", 'ì': "i",
		'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o",
		'ù': "u", 'û': "u", 'ü': "u", 'ú': "u", 'ñ': "n", 'ÿ': "y",
		'œ': "oe", 'æ': "ae", 'ß': "ss",
		'’': "'", 'ʼ': "'", '‘': "'", '`': "'",
		'\u00a0': " ", '\u202f': " ",
	}
	var b strings.Builder
	for _, r := range s {
		r = unicode.ToLower(r)
		if f, ok := accents[r]; ok {
			b.WriteString(f)
		} else {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func TestFoldAgreesWithReference(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		s := "x" + string(r) + "Y"
		if got, want := Fold(s), foldRef(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
	}
	for _, s := range []string{"", "Éric", "ŒUVRE", "Ÿves", "l’Autorité", "déjà-vu", "\xff\xfe", "ÀÉÎÕÜ ß"} {
		if got, want := Fold(s), foldRef(s); got != want {
			t.Errorf("Fold(%q) = %q, want %q", s, got, want)
		}
		if got := string(AppendFold([]byte("pre:"), s)); got != "pre:"+foldRef(s) {
			t.Errorf("AppendFold(%q) = %q", s, got)
		}
	}
}

func FuzzFold(f *testing.F) {
	f.Add("L’Arcep a infligé une amende à SFR")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := Fold(s), foldRef(s); got != want {
			t.Fatalf("Fold(%q) = %q, reference %q", s, got, want)
		}
	})
}

func TestHasPrefixFoldASCII(t *testing.T) {
	for _, c := range []struct {
		s, prefix string
		want      bool
	}{
		{"EUROS", "euros", true}, {"Dollars.", "dollars", true}, {"n'T", "n't", true},
		{"euro", "euros", false}, {"Éuros", "euros", false}, {"@uros", "`uros", false}, {"", "", true},
	} {
		if got := HasPrefixFoldASCII(c.s, c.prefix); got != c.want {
			t.Errorf("HasPrefixFoldASCII(%q, %q) = %v", c.s, c.prefix, got)
		}
	}
}
