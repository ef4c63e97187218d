package pipeline

import (
	"strings"
	"testing"
	"unicode"
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
