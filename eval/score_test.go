package eval

import (
	"testing"

	"github.com/newsextract/newsextract/schemas"
)

func sp(s string) *string { return &s }

func oneDoc(ents []schemas.Entity, claims []schemas.Claim) *Run {
	return &Run{
		Documents: []schemas.Document{{DocID: "d", Source: "dir/a.txt", Lang: "fr", Published: sp("2014-12")}},
		Entities:  ents,
		Claims:    claims,
	}
}

func TestScoreDates(t *testing.T) {
	g := Gold{Doc: "a.txt", Lang: "fr", Published: sp("2014-12"),
		Dates: []GoldValue{{"avril 2012", "2012-04"}, {"Mai 2013", "2013-05"}, {"Mai 2013", "2013-05"}, {"lundi 15 décembre", "2014-12-15"}}}
	g.Optional.Dates = []string{"aujourd’hui"}
	run := oneDoc([]schemas.Entity{
		{DocID: "d", Type: "DATE", Text: "En avril 2012", Normalized: "2012-04"},  // contains the gold surface
		{DocID: "d", Type: "DATE", Text: "mai 2013", Normalized: "2013-05"},       // case ignored
		{DocID: "d", Type: "DATE", Text: "15 decembre", Normalized: "XXXX-12-15"}, // accents ignored, wrong value
		{DocID: "d", Type: "DATE", Text: "aujourd'hui", Normalized: "2014-12"},    // optional: not counted
		{DocID: "d", Type: "DATE", Text: "1974", Normalized: "1974"},              // spurious
	}, nil)
	rep := Score(run, []Gold{g})
	c := rep.Dates
	if c.TP != 3 || c.FP != 1 || c.FN != 1 {
		t.Errorf("dates tp/fp/fn = %d/%d/%d, want 3/1/1 (one Mai 2013 extracted for two gold)", c.TP, c.FP, c.FN)
	}
	if a := c.Accuracies["value"]; a.Right != 2 || a.Total != 3 {
		t.Errorf("value accuracy = %d/%d, want 2/3", a.Right, a.Total)
	}
	if rep.LangAccuracy != 1 || rep.PublishedAccuracy != 1 {
		t.Errorf("lang %.2f published %.2f, want 1 and 1", rep.LangAccuracy, rep.PublishedAccuracy)
	}
}

func TestScoreOrgs(t *testing.T) {
	g := Gold{Doc: "a.txt", Lang: "fr",
		Orgs: []GoldName{
			{Canonical: "Tribunal de commerce de Paris", Kind: "court", Aliases: []string{"Tribunal de Commerce de Paris"}},
			{Canonical: "Orange", Kind: "company"},
			{Canonical: "La Tribune", Kind: "media"},
		}}
	g.Optional.Orgs = []string{"Orange Fab"}
	run := oneDoc([]schemas.Entity{
		{DocID: "d", Type: "ORG", Normalized: "Tribunal de Commerce de Paris", Kind: sp("court")}, // alias
		{DocID: "d", Type: "ORG", Normalized: "Orange", Kind: sp("company")},
		{DocID: "d", Type: "ORG", Normalized: "Orange", Kind: sp("company")}, // duplicate mention: one name
		{DocID: "d", Type: "ORG", Normalized: "Orange Fab", Kind: sp("company")},
		{DocID: "d", Type: "ORG", Normalized: "Recent Posts", Kind: sp("other")},
	}, nil)
	c := Score(run, []Gold{g}).Orgs
	if c.TP != 2 || c.FP != 1 || c.FN != 1 {
		t.Errorf("orgs tp/fp/fn = %d/%d/%d, want 2/1/1", c.TP, c.FP, c.FN)
	}
	if a := c.Accuracies["kind"]; a.Right != 2 || a.Total != 2 {
		t.Errorf("kind accuracy %d/%d, want 2/2", a.Right, a.Total)
	}
}

func TestScoreClaims(t *testing.T) {
	g := Gold{Doc: "a.txt", Lang: "fr",
		Orgs: []GoldName{{Canonical: "Telesocial", Aliases: []string{"la start-up"}}, {Canonical: "Orange"}},
		Claims: []GoldClaim{
			{Type: "ACCUSATION", Agent: sp("Telesocial"), Target: sp("Orange"), Participants: []string{"Telesocial", "Orange"}},
			{Type: "LAWSUIT", Agent: sp("Telesocial"), Target: sp("Orange"), Participants: []string{"Telesocial", "Orange"}, Date: sp("2014-12-15")},
			{Type: "LAW", Participants: []string{}, Date: sp("2006-03-24")},
		}}
	run := oneDoc(nil, []schemas.Claim{
		{DocID: "d", Type: "ACCUSATION", Agent: sp("la start-up"), Target: sp("Orange")},                  // alias agent
		{DocID: "d", Type: "ACCUSATION", Agent: sp("Telesocial"), Target: sp("Orange")},                   // repeated mention
		{DocID: "d", Type: "LAWSUIT", Agent: sp("Orange"), Target: sp("Telesocial"), Date: sp("2014-12")}, // roles swapped, date wrong
		{DocID: "d", Type: "LAW", Date: sp("2006-03-24")},
		{DocID: "d", Type: "SANCTION", Agent: sp("CNIL"), Target: sp("Orange")}, // spurious
	})
	c := Score(run, []Gold{g}).Claims
	if c.TP != 3 || c.FP != 1 || c.FN != 0 {
		t.Errorf("claims tp/fp/fn = %d/%d/%d, want 3/1/0", c.TP, c.FP, c.FN)
	}
	if a := c.Accuracies["role"]; a.Right != 2 || a.Total != 3 {
		t.Errorf("role accuracy %d/%d, want 2/3", a.Right, a.Total)
	}
	if a := c.Accuracies["date"]; a.Right != 1 || a.Total != 2 {
		t.Errorf("date accuracy %d/%d, want 1/2", a.Right, a.Total)
	}
}

func TestMissingDocument(t *testing.T) {
	rep := Score(&Run{}, []Gold{{Doc: "x.txt", Lang: "fr", Dates: []GoldValue{{"2012", "2012"}}}})
	if len(rep.Missing) != 1 || rep.Dates.FN != 1 || rep.LangAccuracy != 0 {
		t.Errorf("missing document: %+v", rep)
	}
}
