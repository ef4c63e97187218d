package segment

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func sentences(t *testing.T, text, lang string) []string {
	t.Helper()
	s, err := New()
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, se := range s.Split(text, lang) {
		out = append(out, text[se.Start:se.End])
	}
	return out
}

func TestSplit(t *testing.T) {
	cases := []struct {
		name, lang, text string
		want             []string
	}{
		{"fr title M.", "fr", "M. Dupont a porté plainte. Le tribunal statuera.", []string{"M. Dupont a porté plainte.", "Le tribunal statuera."}},
		{"fr Mme and MM.", "fr", "Mme Durand et MM. Martin et Petit sont cités. Ils contestent.", []string{"Mme Durand et MM. Martin et Petit sont cités.", "Ils contestent."}},
		{"en Dr and St.", "en", "Dr. Smith lives on St. James Street. He sued Verizon.", []string{"Dr. Smith lives on St. James Street.", "He sued Verizon."}},
		{"en Inc. mid sentence", "en", "Apple Inc. said on Monday it would appeal. The court declined.", []string{"Apple Inc. said on Monday it would appeal.", "The court declined."}},
		{"en Corp. then lowercase", "en", "Microsoft Corp. agreed to pay $20 million.", []string{"Microsoft Corp. agreed to pay $20 million."}},
		{"fr S.A.", "fr", "Orange S.A. conteste la décision. Free aussi.", []string{"Orange S.A. conteste la décision.", "Free aussi."}},
		{"fr etc. lowercase", "fr", "Des emails, des photos, etc. ont été saisis.", []string{"Des emails, des photos, etc. ont été saisis."}},
		{"initials", "fr", "Un certain A.X. Martin a pu retirer le bras. Puis il est parti.", []string{"Un certain A.X. Martin a pu retirer le bras.", "Puis il est parti."}},
		{"single initial", "en", "John F. Kennedy was elected. He won.", []string{"John F. Kennedy was elected.", "He won."}},
		{"ellipsis lowercase", "fr", "a été délocalisé...mal formé et peu efficace. Fin.", []string{"a été délocalisé...mal formé et peu efficace.", "Fin."}},
		{"ellipsis capital", "fr", "Il recharge… Quelques jours plus tard, rien.", []string{"Il recharge…", "Quelques jours plus tard, rien."}},
		{"bracket ellipsis", "fr", "« On ne PEUT PAS poser ces questions […] Ils sont en colère », répond un employé.", []string{"« On ne PEUT PAS poser ces questions […] Ils sont en colère », répond un employé."}},
		{"guillemets closing attached", "fr", "« Nous travaillons toujours. » Le robot pose problème.", []string{"« Nous travaillons toujours. »", "Le robot pose problème."}},
		{"quote spanning sentences", "en", "\"We welcome the decision. It confirms our view.\" The judge agreed.", []string{"\"We welcome the decision.", "It confirms our view.\"", "The judge agreed."}},
		{"heading without punctuation", "fr", "Un précédent qui engage la filière\nCe cas crée un précédent.", []string{"Un précédent qui engage la filière", "Ce cas crée un précédent."}},
		{"bullets", "fr", "Il s'agit :\n• des informations ;\n• des données relatives.", []string{"Il s'agit :", "• des informations ;", "• des données relatives."}},
		{"time not split", "fr", "Vendredi 1 Février 2019 à 08:32 | Rédigé par X.", []string{"Vendredi 1 Février 2019 à 08:32 | Rédigé par X."}},
		{"article number not split", "fr", "un nouvel article R.10-13 du CPCE. Il décrit les données.", []string{"un nouvel article R.10-13 du CPCE.", "Il décrit les données."}},
		{"french spaced question", "fr", "Orange pirate ? C’est ce qu’avance Telesocial.", []string{"Orange pirate ?", "C’est ce qu’avance Telesocial."}},
		{"exclamation", "fr", "Ne fait rien! Le service a été délocalisé.", []string{"Ne fait rien!", "Le service a été délocalisé."}},
		{"month abbreviation", "fr", "Publié le 3 févr. 2019 par la rédaction.", []string{"Publié le 3 févr. 2019 par la rédaction."}},
		{"art. abbreviation", "fr", "Selon l'art. 82 de la loi, le dépôt est interdit.", []string{"Selon l'art. 82 de la loi, le dépôt est interdit."}},
		{"U.S. mid sentence", "en", "The U.S. Justice Department said on Thursday.", []string{"The U.S. Justice Department said on Thursday."}},
		{"number decimal", "en", "It paid 3.5 million. Then it appealed.", []string{"It paid 3.5 million.", "Then it appealed."}},
		{"german ordinal day", "de", "Die Klage wurde am 5. Mai 2022 eingereicht. Das Gericht entscheidet.", []string{"Die Klage wurde am 5. Mai 2022 eingereicht.", "Das Gericht entscheidet."}},
		{"blank lines", "en", "First paragraph.\n\nSecond paragraph.", []string{"First paragraph.", "Second paragraph."}},
	}
	for _, c := range cases {
		got := sentences(t, c.text, c.lang)
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: Split(%q, %s) =\n%q\nwant\n%q", c.name, c.text, c.lang, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	cases := []struct {
		text string
		want []string
	}{
		{"l’opérateur français", []string{"l’", "opérateur", "français"}},
		{"d'Orange, T-Mobile.", []string{"d'", "Orange", ",", "T-Mobile", "."}},
		{"« conversation »", []string{"«", "conversation", "»"}},
		{"Huawei's robot", []string{"Huawei", "'s", "robot"}},
		{"qu’une quinzaine", []string{"qu’", "une", "quinzaine"}},
		{"Free et Altice…", []string{"Free", "et", "Altice", "…"}},
		{"S.A. à 08:32", []string{"S.A.", "à", "08:32"}},
	}
	for _, c := range cases {
		var got []string
		for _, tk := range Tokenize(c.text, 0, len(c.text)) {
			if c.text[tk.Start:tk.End] != tk.Text {
				t.Errorf("Tokenize(%q): token %q has offsets of %q", c.text, tk.Text, c.text[tk.Start:tk.End])
			}
			got = append(got, tk.Text)
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("Tokenize(%q) = %q; want %q", c.text, got, c.want)
		}
	}
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{"M. Dupont. Il part.", "« A. » B… C", "l’a\n\n• x", "\xff\xfe.", strings.Repeat("a ", 3000)} {
		f.Add(s, "fr")
	}
	s, err := New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, text, lang string) {
		if !utf8.ValidString(text) {
			return // the pipeline decodes every input to valid UTF-8 first
		}
		prev := 0
		for i, se := range s.Split(text, lang) {
			if se.Index != i || se.Start < prev || se.End > len(text) || se.Start >= se.End {
				t.Fatalf("bad sentence %d [%d,%d) in %d bytes", i, se.Start, se.End, len(text))
			}
			if !boundary(text, se.Start) || !boundary(text, se.End) {
				t.Fatalf("sentence %d [%d,%d) not on rune boundaries", i, se.Start, se.End)
			}
			prev = se.End
			for _, tk := range se.Tokens {
				if tk.Start < se.Start || tk.End > se.End || tk.Start >= tk.End || !boundary(text, tk.Start) || !boundary(text, tk.End) {
					t.Fatalf("token %q [%d,%d) outside sentence [%d,%d)", tk.Text, tk.Start, tk.End, se.Start, se.End)
				}
			}
		}
	})
}

func boundary(s string, i int) bool { return i == len(s) || utf8.RuneStart(s[i]) }
