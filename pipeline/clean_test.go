package pipeline

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"github.com/newsextract/newsextract/extract/rules"
)

// normalizeSpaceRef is the rune-by-rune definition normalizeSpace must
// agree with.
func normalizeSpaceRef(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		switch {
		case r == '\n':
			b.WriteByte('\n')
			space = false
			continue
		case r == '\r', r == '\u200b', r == '\u200c', r == '\u200d', r == '\ufeff', r == '\u00ad', r == '\u2060':
			continue
		case unicode.IsSpace(r):
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		case unicode.IsControl(r):
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func TestNormalizeSpace(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"", ""},
		{"Orange a  été\tcondamnée", "Orange a été condamnée"},
		{"ligne\r\nsuivante", "ligne\nsuivante"},
		{"prix\u00a0: 10\u202f€", "prix : 10 €"},
		{"anti\u00adconstitutionnel", "anticonstitutionnel"},
		{"zero\u200bwidth\ufeff", "zerowidth"},
		{"bell\x07 and\x00nul", "bell andnul"},
		{"  \n  ", " \n "},
		{"café  crème", "café crème"},
		{"bad \xff byte", "bad \ufffd byte"},
	} {
		if got := normalizeSpace(tc.in); got != tc.want {
			t.Errorf("normalizeSpace(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := normalizeSpaceRef(tc.in); got != tc.want {
			t.Errorf("normalizeSpaceRef(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzNormalizeSpace(f *testing.F) {
	f.Add("Le 3\u00a0mars,  Free\r\n a\tporté plainte\u200b.")
	f.Add("\x00\x7f\u0085\u2028x \xc3")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := normalizeSpace(s), normalizeSpaceRef(s); got != want {
			t.Fatalf("normalizeSpace(%q) = %q, reference gives %q", s, got, want)
		}
	})
}

// boilerplateRules returns the line, teaser and tail rules of
// rules/boilerplate.tsv and, for each kind, the single alternation they
// were once matched with: the reference lineSet must agree with.
func boilerplateRules(t testing.TB) (map[string]*lineSet, map[string]*regexp.Regexp) {
	lines, err := rules.Parse("rules/boilerplate.tsv", boilerplateTSV, 2, 3)
	if err != nil {
		t.Fatal(err)
	}
	alts := map[string][]string{}
	for _, l := range lines {
		if k := l.Fields[0]; k != "inline" {
			alts[k] = append(alts[k], "(?:"+l.Fields[1]+")")
		}
	}
	sets, refs := map[string]*lineSet{}, map[string]*regexp.Regexp{}
	for k, a := range alts {
		sets[k] = newLineSet(a)
		refs[k] = regexp.MustCompile("(?i)^(?:" + strings.Join(a, "|") + ")$")
	}
	return sets, refs
}

func TestLineSetAgreesWithOneAlternation(t *testing.T) {
	sets, refs := boilerplateRules(t)
	samples := []string{
		"Partager sur Facebook", "PARTAGER", "Lire aussi :", "à lire aussi", "Tous droits réservés 2019",
		"© AFP", "12 commentaires", "il y a 3 heures", "Photo : Reuters", "Tags : Orange, Free", "|||",
		"Nous utilisons des cookies pour améliorer votre expérience", "Accept all", "Menu", "Home",
		"Related articles", "Vous aimerez aussi", "Orange a porté plainte contre Free.", "Élysée", "ÉDITION",
		"1er janvier", "« Nous allons faire appel »", "Suivez-nous sur Twitter", "skip to main content",
		"Cliquez ici pour vous abonner", "Abonnez-vous", "Voir plus", "Publicité", "Sponsored content", "",
	}
	files, _ := filepath.Glob("../testdata/inputs/*")
	seeds, _ := filepath.Glob("../seeds/*")
	for _, f := range append(files, seeds...) {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		for _, l := range strings.Split(string(b), "\n") {
			samples = append(samples, strings.TrimSpace(l))
		}
	}
	matched := 0
	for _, s := range samples {
		for k, ls := range sets {
			got, want := ls.match(s), refs[k].MatchString(s)
			if got != want {
				t.Errorf("%s rules on %q: lineSet %v, one alternation %v", k, s, got, want)
			}
			if got {
				matched++
			}
		}
	}
	if matched < 20 {
		t.Errorf("only %d samples matched a rule: the comparison proves little", matched)
	}
}

func FuzzLineSet(f *testing.F) {
	sets, refs := boilerplateRules(f)
	f.Add("Partager sur LinkedIn")
	f.Add("3 réactions")
	f.Fuzz(func(t *testing.T, s string) {
		for k, ls := range sets {
			if got, want := ls.match(s), refs[k].MatchString(s); got != want {
				t.Fatalf("%s rules on %q: lineSet %v, one alternation %v", k, s, got, want)
			}
		}
	})
}
