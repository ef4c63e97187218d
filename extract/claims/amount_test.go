package claims

import (
	"strings"
	"testing"
)

func TestAmount(t *testing.T) {
	for _, c := range []struct{ sentence, want string }{
		{"Free devra verser une amende de 350 millions d'euros.", "350 millions d'euros"},
		{"The FCC fined the carrier $60 million on Tuesday.", "$60 million"},
		{"Le groupe paiera 2,5 milliards d’euros à l'État.", "2,5 milliards d’euros"},
		{"A penalty of £2bn was agreed.", "£2bn"},
		{"They paid 5 EUROS each.", "5 EUROS"},
		{"It owes 40 000 dollars to its supplier.", "40 000 dollars"},
		{"Le 3 mars 2019, 12 salariés ont porté plainte.", ""},
		{"Les livres de comptes ont été saisis.", ""},
		{"", ""},
	} {
		got := amount(c.sentence)
		if got != c.want {
			t.Errorf("amount(%q) = %q, want %q", c.sentence, got, c.want)
		}
		if ref := strings.TrimSpace(reAmount.FindString(c.sentence)); got != ref {
			t.Errorf("amount(%q) = %q, the expression alone finds %q", c.sentence, got, ref)
		}
	}
}
