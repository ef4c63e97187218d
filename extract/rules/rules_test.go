package rules

import (
	"strings"
	"testing"

	"github.com/newsextract/newsextract/extract"
)

func TestParse(t *testing.T) {
	lines, err := Parse("x.tsv", "# comment\n\na\tb\n\nc\td\te\n", 2, 3)
	if err != nil || len(lines) != 2 || lines[0].N != 3 || lines[1].Fields[2] != "e" {
		t.Fatalf("Parse = %+v, %v", lines, err)
	}
	if _, err := Parse("x.tsv", "a\n", 2, 2); err == nil || !strings.Contains(err.Error(), "x.tsv:1") {
		t.Errorf("a short line: err = %v, want one naming x.tsv:1", err)
	}
}

func toks(words ...string) []extract.Token {
	var out []extract.Token
	for _, w := range words {
		out = append(out, extract.Token{Text: w, Fold: extract.Fold(w)})
	}
	return out
}

func TestSeqSet(t *testing.T) {
	var s SeqSet
	s.Add(Seq{"porter", "plainte"})
	s.Add(Seq{"accus*"})
	s.Add(Seq{"plainte"})
	s.Add(Seq{"condamn*", "a"})
	s.Add(Seq{"*", "euros"})
	for _, c := range []struct {
		words []string
		i     int
		want  int
	}{
		{[]string{"porter", "plainte", "contre"}, 0, 2},
		{[]string{"Elle", "accusait"}, 1, 2},
		{[]string{"la", "plainte"}, 1, 2},
		{[]string{"la", "porte"}, 1, -1},
		{[]string{"Il", "condamne", "a"}, 1, 3},
		{[]string{"Il", "condamne", "le"}, 1, -1},
		{[]string{"10", "euros"}, 0, 2},
		{[]string{"porter", "euros"}, 0, 2},   // "*" takes any first word
		{[]string{"accusait", "euros"}, 0, 2}, // the longest of a starred and an any-first sequence
	} {
		if got, _ := s.At(toks(c.words...), c.i); got != c.want {
			t.Errorf("At(%q, %d) = %d; want %d", c.words, c.i, got, c.want)
		}
	}
}
