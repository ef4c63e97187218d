package people

import (
	"testing"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/segment"
)

func TestFirstNames(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	for w, want := range map[string]bool{"Stéphane": true, "Louis-Pierre": true, "Holger": true, "Vivek": true, "Orange": false, "Tribunal": false, "stéphane": false} {
		if got := x.IsFirstName(w); got != want {
			t.Errorf("IsFirstName(%q) = %v; want %v", w, got, want)
		}
	}
}

func TestPeopleAlone(t *testing.T) {
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	seg, _ := segment.New()
	for _, c := range []struct {
		rule, lang, text string
		want             []string
	}{
		{"first_name", "fr", "Stéphane Richard, CEO d'Orange, a déclaré au Monde.", []string{"Stéphane Richard"}},
		{"title", "en", "Judge Holger Kircher ruled. Kircher added a stay.", []string{"Holger Kircher", "Holger Kircher"}},
		{"speech", "en", "Zorgbert Quantrill said no.", []string{"Zorgbert Quantrill"}},
		{"no capital pair", "fr", "le directeur a déclaré que rien n'était fait.", nil},
		{"all capitals", "fr", "JEAN DUPONT a déclaré.", nil},
	} {
		doc := &extract.Doc{Text: c.text, Lang: c.lang}
		doc.Sentences = seg.Split(c.text, c.lang)
		x.Extract(doc)
		var got []string
		for _, e := range doc.Entities {
			got = append(got, e.Normalized)
		}
		if len(got) != len(c.want) {
			t.Errorf("[%s] People(%q) = %q; want %q", c.rule, c.text, got, c.want)
			continue
		}
		for i := range got {
			if got[i] != c.want[i] {
				t.Errorf("[%s] People(%q) = %q; want %q", c.rule, c.text, got, c.want)
			}
		}
	}
}
