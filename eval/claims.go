package eval

import (
	"fmt"

	"github.com/newsextract/newsextract/schemas"
)

// canon maps an extracted name to the gold canonical name it stands for
// (canonical or alias of a gold organisation or person), else its key.
type canon map[string]string

func newCanon(g Gold) canon {
	c := canon{}
	for _, list := range [][]GoldName{g.Orgs, g.People} {
		for _, n := range list {
			for _, k := range names(n) {
				c[k] = key(n.Canonical)
			}
		}
	}
	return c
}

func (c canon) of(s string) string {
	k := key(s)
	if v, ok := c[k]; ok {
		return v
	}
	return k
}

func (c canon) same(got *string, gold *string) bool {
	if got == nil || gold == nil {
		return got == nil && gold == nil
	}
	return c.of(*got) == c.of(*gold)
}

// participants of an extracted claim, canonicalised.
func (c canon) parts(x schemas.Claim) map[string]bool {
	m := map[string]bool{}
	for _, p := range []*string{x.Agent, x.Target} {
		if p != nil {
			m[c.of(*p)] = true
		}
	}
	return m
}

// pairable: same type and a shared participant, or, when the gold claim
// has none, the same date.
func (c canon) pairable(g GoldClaim, x schemas.Claim) bool {
	if g.Type != x.Type {
		return false
	}
	if len(g.Participants) == 0 {
		return g.Date != nil && x.Date != nil && *g.Date == *x.Date
	}
	ps := c.parts(x)
	for _, p := range g.Participants {
		if ps[c.of(p)] {
			return true
		}
	}
	return false
}

func (r *Report) scoreClaims(g Gold, got []schemas.Claim) {
	c := newCanon(g)
	cnt := &r.Claims
	used := make([]bool, len(got))
	var paired []schemas.Claim
	for _, gc := range g.Claims {
		best, bestScore := -1, -1
		for i, x := range got {
			if used[i] || !c.pairable(gc, x) {
				continue
			}
			score := 0
			if c.same(x.Agent, gc.Agent) {
				score += 2
			}
			if c.same(x.Target, gc.Target) {
				score += 2
			}
			if gc.Date != nil && x.Date != nil && *gc.Date == *x.Date {
				score++
			}
			if score > bestScore {
				best, bestScore = i, score
			}
		}
		if best < 0 {
			cnt.FN++
			r.note(g.Doc, "claims", "missed", fmt.Sprintf("%s %s -> %s (%q)", gc.Type, str(gc.Agent), str(gc.Target), gc.Trigger))
			continue
		}
		used[best] = true
		x := got[best]
		paired = append(paired, x)
		cnt.TP++
		roles := c.same(x.Agent, gc.Agent) && c.same(x.Target, gc.Target)
		cnt.acc("role", roles)
		if !roles {
			r.note(g.Doc, "claims", "wrong roles", fmt.Sprintf("%s %q: %s -> %s, gold %s -> %s", x.Type, x.Trigger, str(x.Agent), str(x.Target), str(gc.Agent), str(gc.Target)))
		}
		if gc.Date != nil {
			ok := x.Date != nil && *x.Date == *gc.Date
			cnt.acc("date", ok)
			if !ok {
				r.note(g.Doc, "claims", "wrong date", fmt.Sprintf("%s %q: %s, gold %s", x.Type, x.Trigger, str(x.Date), *gc.Date))
			}
		}
		if gc.Court != nil {
			ok := c.same(x.Court, gc.Court)
			cnt.acc("court", ok)
			if !ok {
				r.note(g.Doc, "claims", "wrong court", fmt.Sprintf("%s %q: %s, gold %s", x.Type, x.Trigger, str(x.Court), *gc.Court))
			}
		}
		cnt.acc("modality", x.Modality == gc.Modality)
	}
	for i, x := range got {
		if used[i] {
			continue
		}
		// a repeated mention of a paired event (headline and lede) counts neither way
		repeat := false
		for _, p := range paired {
			if p.Type == x.Type && c.same(p.Agent, x.Agent) && c.same(p.Target, x.Target) {
				repeat = true
			}
		}
		for _, oc := range g.Optional.Claims {
			if c.pairable(oc, x) {
				repeat = true
			}
		}
		if repeat {
			continue
		}
		cnt.FP++
		r.note(g.Doc, "claims", "spurious", fmt.Sprintf("%s %q: %s -> %s", x.Type, x.Trigger, str(x.Agent), str(x.Target)))
	}
}
