package claims

import (
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

// Extractor finds claims; it is safe for concurrent use.
type Extractor struct {
	triggers map[string][]trigger
	cues     cueSet
	// index: per language, triggers by exact first word and by the first
	// three letters of a prefix first word
	exact  map[string]*extract.WordMap[[]trigger]
	prefix map[string]*extract.WordMap[[]trigger]
	short  map[string][]trigger // prefix first words under three letters
}

// New loads the embedded trigger lexicon and cues.
func New() (*Extractor, error) {
	t, err := loadTriggers(triggersTSV)
	if err != nil {
		return nil, err
	}
	c, err := loadCues(cuesTSV)
	if err != nil {
		return nil, err
	}
	x := &Extractor{triggers: t, cues: c, exact: map[string]*extract.WordMap[[]trigger]{}, prefix: map[string]*extract.WordMap[[]trigger]{}, short: map[string][]trigger{}}
	for lang, ts := range t {
		x.exact[lang], x.prefix[lang] = &extract.WordMap[[]trigger]{}, &extract.WordMap[[]trigger]{}
		for _, tr := range ts {
			w := tr.words[0]
			p, star := strings.CutSuffix(w, "*")
			switch {
			case !star:
				extract.AppendTo(x.exact[lang], w, tr)
			case len(p) >= 3:
				extract.AppendTo(x.prefix[lang], p[:3], tr)
			default:
				x.short[lang] = append(x.short[lang], tr)
			}
		}
	}
	return x, nil
}

// Name is the stage name used in timings.
func (x *Extractor) Name() string { return "claims" }

var fillers = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "des": true, "de": true, "d'": true, "du": true,
	"a": true, "ont": true, "ete": true, "est": true, "sont": true, "avait": true, "avaient": true, "the": true, "an": true, "has": true,
	"have": true, "had": true, "been": true, "was": true, "were": true, "its": true, "their": true, "ses": true, "son": true, "sa": true,
	"leur": true, "leurs": true, "y": true, "en": true, "alors": true, "deja": true, "aussi": true, "notamment": true, "to": true}

// match returns the end of trigger t at toks[i], or -1.
func match(t trigger, toks []extract.Token, i int) int {
	if !wordMatch(t.words[0], toks[i].Fold) {
		return -1
	}
	j := i + 1
	for _, w := range t.words[1:] {
		k := j
		for k < len(toks) && k-j < 3 && !wordMatch(w, toks[k].Fold) && fillers[toks[k].Fold] {
			k++
		}
		if k >= len(toks) || !wordMatch(w, toks[k].Fold) {
			return -1
		}
		j = k + 1
	}
	return j
}

// mention is one trigger found in a sentence.
type mention struct {
	t      trigger
	se     *extract.Sentence
	ts, te int // token range
}

func (x *Extractor) langs(lang string) []string {
	switch lang {
	case "fr", "en", "de", "es":
		return []string{lang}
	}
	return []string{"fr", "en"}
}

func (x *Extractor) find(doc *extract.Doc) []mention {
	var out []mention
	type index struct {
		exact, prefix *extract.WordMap[[]trigger]
		short         []trigger
	}
	var idx []index
	for _, l := range x.langs(doc.Lang) {
		if x.exact[l] != nil {
			idx = append(idx, index{x.exact[l], x.prefix[l], x.short[l]})
		}
	}
	for si := range doc.Sentences {
		se := &doc.Sentences[si]
		toks := se.Tokens
		for i := 0; i < len(toks); i++ {
			best, bestEnd := trigger{}, -1
			f := toks[i].Fold
			for _, ix := range idx {
				var prefix []trigger
				if len(f) >= 3 {
					prefix, _ = ix.prefix.Get(f[:3])
				}
				exact, _ := ix.exact.Tok(&toks[i])
				for _, group := range [3][]trigger{exact, ix.short, prefix} {
					for _, t := range group {
						if e := match(t, toks, i); e > 0 && (e > bestEnd || e == bestEnd && t.literal > best.literal) {
							best, bestEnd = t, e
						}
					}
				}
			}
			if bestEnd < 0 {
				continue
			}
			out = append(out, mention{t: best, se: se, ts: i, te: bestEnd})
			i = bestEnd - 1
		}
	}
	return out
}

// sentence context: the organisations and people of a sentence.
type ctx struct {
	doc   *extract.Doc
	se    *extract.Sentence
	toks  []extract.Token
	ents  []extract.Entity // ORG and PERSON of the sentence, in order
	first []int            // token index of each entity's first token
	last  []int            // token index after each entity
	dates []extract.Entity
}

func newCtx(doc *extract.Doc, se *extract.Sentence) *ctx {
	c := &ctx{doc: doc, se: se, toks: se.Tokens}
	for k := range doc.Entities {
		e := &doc.Entities[k] // by reference: an Entity is large and most are in other sentences
		if e.Sent != se.Index {
			continue
		}
		switch e.Type {
		case extract.TypeOrg, extract.TypePerson:
			a, b := c.tokenRange(*e)
			if a < 0 {
				continue
			}
			c.ents = append(c.ents, *e)
			c.first = append(c.first, a)
			c.last = append(c.last, b)
		case extract.TypeDate:
			c.dates = append(c.dates, *e)
		}
	}
	return c
}

func (c *ctx) tokenRange(e extract.Entity) (int, int) {
	a, b := -1, -1
	for i := range c.toks {
		t := &c.toks[i]
		if a < 0 && t.End > e.Start {
			a = i
		}
		if t.Start < e.End {
			b = i + 1
		}
	}
	return a, b
}

func (c *ctx) fold(i int) string {
	if i < 0 || i >= len(c.toks) {
		return ""
	}
	return c.toks[i].Fold
}

var entityPreps = map[string]bool{"de": true, "d'": true, "du": true, "des": true, "a": true, "au": true, "aux": true, "avec": true, "par": true,
	"contre": true, "devant": true, "aupres": true, "pour": true, "chez": true, "of": true, "to": true, "with": true, "by": true, "against": true,
	"before": true, "in": true, "at": true, "for": true, "from": true, "on": true, "selon": true, "into": true, "sur": true, "dans": true}

var dets = map[string]bool{"le": true, "la": true, "les": true, "l'": true, "un": true, "une": true, "the": true, "a": true, "an": true}

// prepBefore returns the preposition right before entity k, over a
// determiner ("devant le tribunal"), or "".
func (c *ctx) prepBefore(k int) string {
	i := c.first[k] - 1
	if i >= 0 && dets[c.toks[i].Fold] && !strings.HasPrefix(c.ents[k].Text, c.toks[i].Text) {
		i--
	}
	if i < 0 {
		return ""
	}
	f := c.toks[i].Fold
	if entityPreps[f] {
		return f
	}
	return ""
}

func (c *ctx) isSource(k int, cues cueSet) bool {
	for b := c.first[k] - 1; b >= 0 && b >= c.first[k]-3; b-- {
		if _, ok := cues.at("source", c.toks, b); ok {
			return true
		}
	}
	return false
}

func isAuthority(e extract.Entity) bool {
	return e.Kind == "court" || e.Kind == "regulator" || e.Kind == "government"
}

// participles, matched on the accented lower-case form: "condamné",
// "saisis", "fined", "charged".
var participle = regexp.MustCompile(`(é|ée|és|ées|i|is|ie|ies|u|us|ue|ues|ed|en|t|ts)$`)

// Extract appends the document's claims.
func (x *Extractor) Extract(doc *extract.Doc) {
	ms := x.find(doc)
	var out []extract.Claim
	seen := map[string]bool{}
	typeInSent := map[string]int{} // type#sentence -> index in out of its claim
	for _, m := range ms {
		c := newCtx(doc, m.se)
		cl, extra := x.roles(c, m, out)
		if cl == nil {
			continue
		}
		// one claim per type per sentence ("condamne ... d'amende"): the
		// trigger that gives more roles carries the event
		key := cl.Type + "#" + strconv.Itoa(m.se.Index)
		if i, ok := typeInSent[key]; ok && len(extra) == 0 {
			if roleCount(*cl) > roleCount(out[i]) {
				id := out[i].ID
				out[i] = *cl
				out[i].ID = id
			}
			continue
		}
		for _, cc := range append([]extract.Claim{*cl}, extra...) {
			if cc.Agent == "" && cc.Target == "" && cc.Date == "" && cc.Type != "LAW" {
				continue
			}
			k := strings.Join([]string{cc.Type, cc.Agent, cc.Target, cc.Date, extract.Fold(cc.Trigger)}, "|")
			if seen[k] {
				continue
			}
			seen[k] = true
			cc.ID = "c" + strconv.Itoa(len(out))
			if _, ok := typeInSent[key]; !ok {
				typeInSent[key] = len(out)
			}
			out = append(out, cc)
		}
	}
	doc.Claims = append(doc.Claims, out...)
}

func roleCount(c extract.Claim) int {
	n := 0
	if c.Agent != "" {
		n++
	}
	if c.Target != "" {
		n++
	}
	return n
}

// roles builds the claim of trigger m; extra holds claims for coordinated parties.
func (x *Extractor) roles(c *ctx, m mention, prev []extract.Claim) (*extract.Claim, []extract.Claim) {
	toks := c.toks
	cl := &extract.Claim{
		Sent: m.se.Index, Type: m.t.typ, TriggerStart: toks[m.ts].Start, TriggerEnd: toks[m.te-1].End,
		Sentence: c.doc.Text[m.se.Start:m.se.End], Confidence: 0.7, Rule: "claims." + strings.ToLower(m.t.typ) + "." + m.t.frame,
	}
	cl.Trigger = c.doc.Text[cl.TriggerStart:cl.TriggerEnd]
	agent, target := -1, -1
	var court = -1
	subject := x.subject(c, m.ts)
	if subject < 0 {
		// "Les employés de Huawei ont signé": the organisation of the subject phrase
		for k := range c.ents {
			p := c.prepBefore(k)
			if c.last[k] <= m.ts && c.first[k] <= 4 && (p == "de" || p == "d'" || p == "du" || p == "of") && c.party(k) {
				subject = k
				break
			}
		}
	}
	if g := x.gerundSubject(c, m); g >= 0 {
		subject = g
	}
	object := x.object(c, m.te)
	by := x.byAgent(c, m.te)
	passive := x.passive(c, m)
	switch m.t.frame {
	case "verb":
		if passive {
			agent, target = by, subject
			// "celles infligées par la CNIL contre Amazon": the party after "contre"
			if t := x.after(c, m.te, "against"); t >= 0 && t != agent {
				target = t
			}
		} else {
			agent, target = subject, object
		}
	case "target":
		agent, target = by, subject
	case "noun":
		agent, target = x.nounRoles(c, m, subject)
	case "agree":
		agent = subject
		target = x.after(c, m.te, "with")
		if target < 0 {
			target = object
		}
		if target < 0 {
			target = x.after(c, 0, "with")
		}
	case "refer":
		// "a saisi la CNIL": a complaint to a court or authority
		j := m.te
		if fillers[c.fold(j)] {
			j++
		}
		referred := false
		for k := range c.ents {
			if c.first[k] == j && isAuthority(c.ents[k]) {
				cl.Type, court, referred = "LAWSUIT", k, true
				agent = subject
				break
			}
		}
		if !referred {
			cl.Type = "SEIZURE"
			if passive {
				agent, target = by, subject
			} else {
				agent, target = subject, object
			}
		}
	case "law":
		if !x.enacted(c, m) {
			return nil, nil
		}
	}
	if agent >= 0 && target >= 0 && c.ents[agent].Normalized == c.ents[target].Normalized {
		agent = -1 // "X sued Y, accusing the carrier": the explicit object is the party
	}
	if agent < 0 && target < 0 && court < 0 && x.generic(c, m) || x.adjectival(c, m) {
		return nil, nil
	}
	// a regulator that "condamne" sanctions; a court rules
	if cl.Type == "RULING" && agent >= 0 && c.ents[agent].Kind == "regulator" {
		cl.Type = "SANCTION"
	}
	// authorities rule, fine and investigate: prefer one of the sentence over a company subject
	if needsAuthority(cl.Type) && (agent < 0 || !isAuthority(c.ents[agent])) {
		agent = -1
		for k := range c.ents {
			if isAuthority(c.ents[k]) && k != target && !c.isSource(k, x.cues) {
				agent = k
				break
			}
		}
	}
	if target >= 0 && (c.ents[target].Kind == "court" || !c.party(target)) {
		target = -1
	}
	if cl.Type == "TRIAL" {
		agent = -1
		for k := range c.ents {
			if p := c.prepBefore(k); c.ents[k].Kind == "court" && (p == "devant" || p == "before" || p == "aupres") {
				agent = k
			}
		}
		if target < 0 {
			target = subject
		}
		if target < 0 {
			for k := range c.ents {
				if c.first[k] >= m.te && c.party(k) && c.ents[k].Kind != "court" {
					target = k
					break
				}
			}
		}
	}
	if cl.Type == "TRIAL" && (target < 0 || c.ents[target].Type != extract.TypePerson) {
		for k := range c.ents {
			if c.first[k] >= m.te && c.ents[k].Type == extract.TypePerson {
				target = k
				break
			}
		}
	}
	if agent >= 0 {
		cl.Agent, cl.AgentEntity = c.ents[agent].Normalized, c.ents[agent].ID
	}
	if target >= 0 {
		cl.Target, cl.TargetEntity = c.ents[target].Normalized, c.ents[target].ID
	}
	if court < 0 {
		court = x.court(c, m, cl, agent, target)
	}
	if court >= 0 {
		cl.Court = c.ents[court].Normalized
	}
	cl.Modality = x.modality(c, m)
	x.fillFromContext(c, m, cl, prev)
	if cl.Agent != "" && cl.Agent == cl.Target {
		cl.Target, cl.TargetEntity = "", ""
	}
	if cl.Type == "TRIAL" && cl.Agent != "" && cl.Agent != cl.Court {
		cl.Agent, cl.AgentEntity = "", ""
	}
	if cl.Type == "TRIAL" && cl.Agent == "" && cl.Court != "" && agent >= 0 {
		cl.Agent = cl.Court
	}
	if d := nearestDate(c, m); d != nil {
		cl.Date, cl.DateEntity = d.Normalized, d.ID
	}
	cl.AttributedTo = x.source(c)
	cl.Offence = x.offence(c, m, target)
	if cl.Type == "SANCTION" || cl.Type == "SETTLEMENT" || cl.Type == "RULING" {
		cl.Amount = amount(cl.Sentence)
	}
	// coordinated parties: "Amazon, Google et Facebook", "Didier Lombard et ... Louis-Pierre Wenès"
	var extra []extract.Claim
	for _, side := range []struct {
		k      int
		agentS bool
	}{{target, false}, {agent, true}} {
		if side.k < 0 {
			continue
		}
		others := x.coordinated(c, side.k)
		for _, o := range others {
			cc := *cl
			if side.agentS {
				cc.Agent, cc.AgentEntity = c.ents[o].Normalized, c.ents[o].ID
			} else {
				cc.Target, cc.TargetEntity = c.ents[o].Normalized, c.ents[o].ID
			}
			if d := nearestDateTo(c, c.ents[o].Start, c.ents[o].End); d != nil && side.agentS {
				cc.Date, cc.DateEntity = d.Normalized, d.ID
			}
			extra = append(extra, cc)
		}
		if len(extra) > 0 && side.agentS {
			if d := nearestDateTo(c, c.ents[side.k].Start, c.ents[side.k].End); d != nil {
				cl.Date, cl.DateEntity = d.Normalized, d.ID
			}
		}
	}
	// "Ils accusaient Orange": every agent of the previous event, told for
	// several parties; "ils comparaîtront": every party it was about
	if len(extra) == 0 && len(prev) > 0 && x.pluralSubject(c, m) {
		last := prev[len(prev)-1]
		for i := len(prev) - 1; i >= 0 && prev[i].Sent == last.Sent; i-- {
			p := prev[i]
			if p.Type != last.Type {
				continue
			}
			cc := *cl
			switch {
			case m.t.frame == "target" && target < 0 && cl.Target != "" && p.Target != "" && p.Target != cl.Target:
				cc.Target, cc.TargetEntity = p.Target, p.TargetEntity
			case agent < 0 && cl.Agent != "" && p.Agent != "" && p.Agent != cl.Agent && p.Agent != cl.Target:
				cc.Agent, cc.AgentEntity = p.Agent, p.AgentEntity
			default:
				continue
			}
			extra = append(extra, cc)
		}
	}
	return cl, extra
}

func (x *Extractor) pluralSubject(c *ctx, m mention) bool {
	for b := m.ts - 1; b >= 0 && b >= m.ts-3; b-- {
		switch c.fold(b) {
		case "ils", "elles", "they":
			return true
		}
	}
	return false
}

// generic: a verb in the infinitive ("poursuivre et sanctionner les
// cybercriminels", "to probe for") or an English participle used as an
// adjective ("alleged patent infringement") names no event.
func (x *Extractor) generic(c *ctx, m mention) bool {
	if c.doc.Lang == "en" && m.ts > 0 && (c.fold(m.ts-1) == "to" || c.fold(m.ts-1) == "on" && m.t.typ == "APPEAL") {
		return true // "to probe for", "reduced on appeal"
	}
	// "ten years of litigation", "des années de procédure": a span of time, not an event
	if m.ts >= 2 && (c.fold(m.ts-1) == "of" || c.fold(m.ts-1) == "de" || c.fold(m.ts-1) == "d'") {
		for k := range c.doc.Entities {
			e := &c.doc.Entities[k]
			if e.Type == extract.TypeDuration && e.End <= c.toks[m.ts-1].Start && e.End >= c.toks[m.ts-1].Start-1 {
				return true
			}
		}
	}
	if m.t.frame == "noun" || m.t.frame == "law" || m.t.frame == "agree" {
		return false
	}
	f := c.toks[m.ts].Fold
	if c.doc.Lang == "fr" && (strings.HasSuffix(f, "er") || strings.HasSuffix(f, "ir") || strings.HasSuffix(f, "re")) {
		return true
	}
	if c.doc.Lang == "en" && m.ts > 0 && c.fold(m.ts-1) == "to" {
		return true
	}
	return false
}

// adjectival: "for alleged patent infringement", "years of alleged
// corruption": a participle before a noun qualifies it.
func (x *Extractor) adjectival(c *ctx, m mention) bool {
	if c.doc.Lang != "en" || !strings.HasSuffix(c.toks[m.ts].Fold, "ed") || m.te-m.ts != 1 || m.te >= len(c.toks) || m.ts == 0 {
		return false
	}
	next := c.toks[m.te]
	prev := c.fold(m.ts - 1)
	return next.IsWord() && !next.IsCap() && (entityPreps[prev] || dets[prev])
}

func needsAuthority(typ string) bool {
	return typ == "SANCTION" || typ == "RULING" || typ == "INVESTIGATION" || typ == "CHARGE"
}

func (c *ctx) commaBetween(a, b int) bool {
	for i := a; i < b && i < len(c.toks); i++ {
		if c.toks[i].Text == "," {
			return true
		}
	}
	return false
}

// party reports whether entity k can take a role: sources (media) cannot.
func (c *ctx) party(k int) bool { return c.ents[k].Kind != "media" }

// subject: the nearest organisation or person before the trigger that is
// not inside a prepositional phrase or credited as a source. A common noun
// phrase between it and the trigger ("Microsoft, un internaute a saisi")
// is the real subject: then there is none.
func (x *Extractor) subject(c *ctx, ts int) int {
	for k := len(c.ents) - 1; k >= 0; k-- {
		if c.last[k] > ts {
			continue
		}
		if c.prepBefore(k) != "" || c.isSource(k, x.cues) || !c.party(k) {
			continue
		}
		if x.commonSubjectBetween(c, c.last[k], ts) {
			return -1
		}
		// "X's company" is the company, not X
		if c.last[k] < len(c.toks) && (c.toks[c.last[k]].Fold == "'s") {
			continue
		}
		return k
	}
	return -1
}

// gerundSubject: "En assignant Telegram, Free a obtenu": the subject of a
// French gerund is the first party after the comma that closes it.
func (x *Extractor) gerundSubject(c *ctx, m mention) int {
	if c.doc.Lang != "fr" || m.ts == 0 || c.fold(m.ts-1) != "en" || !strings.HasSuffix(c.toks[m.ts].Fold, "ant") {
		return -1
	}
	comma := -1
	for i := m.te; i < len(c.toks); i++ {
		if c.toks[i].Text == "," {
			comma = i
			break
		}
	}
	if comma < 0 {
		return -1
	}
	for k := range c.ents {
		if c.first[k] > comma && c.prepBefore(k) == "" && c.party(k) {
			return k
		}
	}
	return -1
}

// commonSubjectBetween: after the last comma between a and b, a
// determiner opens a noun phrase that is the clause's own subject.
func (x *Extractor) commonSubjectBetween(c *ctx, a, b int) bool {
	comma := -1
	for i := a; i < b; i++ {
		if c.toks[i].Text == "," {
			comma = i
		}
	}
	if comma < 0 || comma+2 >= b {
		return false
	}
	f := c.fold(comma + 1)
	if (f == "a" || f == "an" || f == "some") && c.doc.Lang != "en" {
		return false // French "a" is the verb avoir
	}
	return (f == "un" || f == "une" || f == "des" || f == "a" || f == "an" || f == "some") && !c.toks[comma+2].IsCap()
}

// object: the first organisation or person after the trigger that is not a
// court, an agent after "par", or a credited source.
func (x *Extractor) object(c *ctx, te int) int {
	for k := range c.ents {
		if c.first[k] < te || !c.party(k) || c.ents[k].Kind == "court" {
			continue
		}
		if c.last[k] < len(c.toks) && c.toks[c.last[k]].Fold == "'s" && k+1 < len(c.ents) && c.first[k+1] == c.last[k]+1 {
			continue // "Mark Zuckerberg's company": the company follows
		}
		p := c.prepBefore(k)
		if p == "par" || p == "by" || p == "devant" || p == "aupres" || p == "before" || p == "selon" || p == "in" || c.isSource(k, x.cues) {
			continue
		}
		return k
	}
	return -1
}

func (x *Extractor) byAgent(c *ctx, te int) int {
	for k := range c.ents {
		if c.first[k] >= te && c.first[k] > 0 {
			if _, ok := x.cues.at("by", c.toks, c.first[k]-1); ok {
				return k
			}
		}
	}
	return -1
}

// after: the first entity after index from preceded by a cue of class.
func (x *Extractor) after(c *ctx, from int, class string) int {
	for k := range c.ents {
		if c.first[k] < from {
			continue
		}
		for b := c.first[k] - 1; b >= from && b >= c.first[k]-3; b-- {
			if _, ok := x.cues.at(class, c.toks, b); ok {
				return k
			}
		}
	}
	return -1
}

func (x *Extractor) passive(c *ctx, m mention) bool {
	if m.t.frame != "verb" && m.t.frame != "refer" {
		return false
	}
	trig := extract.Norm(c.toks[m.ts].Text)
	if !participle.MatchString(trig) {
		return false
	}
	for b := m.ts - 1; b >= 0 && b >= m.ts-3; b-- {
		if _, ok := x.cues.at("passive_aux", c.toks, b); ok {
			return true
		}
	}
	// "Verizon sued by shareholders", "Orange condamné par la cour": a
	// participle with its agent after "by"/"par" is passive without an auxiliary
	if _, ok := x.cues.at("by", c.toks, m.te); ok {
		return true
	}
	// headline: "Orange condamné à ..."
	if m.ts > 0 {
		for k := range c.ents {
			if c.last[k] == m.ts && (strings.HasSuffix(trig, "é") || strings.HasSuffix(trig, "ée") || strings.HasSuffix(trig, "és") || strings.HasSuffix(trig, "ées")) {
				return c.doc.Lang == "fr"
			}
		}
	}
	return false
}

// nounRoles: "plaintes de Bouygues Telecom", "L'enquête de l'Autorité",
// "X dépose une plainte contre Y", "a fine on Meta", "Nokia's complaint".
func (x *Extractor) nounRoles(c *ctx, m mention, subject int) (int, int) {
	agent, target := -1, -1
	for k := range c.ents {
		if c.first[k] >= m.te && c.first[k] <= m.te+2 {
			switch c.prepBefore(k) {
			case "de", "d'", "du", "des", "of", "by":
				agent = k
			}
			break
		}
	}
	if agent < 0 {
		agent = x.byAgent(c, m.te)
	}
	if agent < 0 && subject >= 0 && x.cues.in("support", c.toks, c.last[subject], m.ts) {
		agent = subject
	}
	if agent < 0 {
		for k := range c.ents {
			if c.last[k] == m.ts-1 && c.toks[m.ts-1].Fold == "'s" || c.last[k] == m.ts && m.ts > 0 && c.toks[m.ts-1].Fold != "," && c.ents[k].Type == extract.TypeOrg && c.doc.Lang == "en" {
				agent = k
			}
		}
	}
	target = x.after(c, m.te, "against")
	if target < 0 && m.t.typ != "TRIAL" {
		for k := range c.ents {
			if c.first[k] >= m.te && c.first[k] <= m.te+4 && c.prepBefore(k) == "a" {
				target = k
				break
			}
		}
	}
	if target < 0 && m.t.typ != "TRIAL" {
		// "une décision judiciaire contraignant la messagerie"
		if o := x.object(c, m.te); o >= 0 && c.first[o] <= m.te+3 && o != agent && c.prepBefore(o) == "" && !c.commaBetween(m.te, c.first[o]) {
			target = o
		}
	}
	if m.t.typ == "TRIAL" || m.t.typ == "RULING" {
		// "le procès de X", "the trial of X": the genitive is the defendant
		if target < 0 && agent >= 0 && !isAuthority(c.ents[agent]) {
			agent, target = -1, agent
		}
	}
	return agent, target
}

// court: where the event happens.
func (x *Extractor) court(c *ctx, m mention, cl *extract.Claim, agent, target int) int {
	for k := range c.ents {
		if c.ents[k].Kind != "court" && c.ents[k].Kind != "regulator" {
			continue
		}
		p := c.prepBefore(k)
		if p == "devant" || p == "aupres" || p == "before" || p == "in" || p == "to" {
			return k
		}
	}
	switch cl.Type {
	case "RULING", "SANCTION", "INVESTIGATION", "SEIZURE", "CHARGE", "TRIAL":
		if agent >= 0 && (c.ents[agent].Kind == "court" || c.ents[agent].Kind == "regulator") {
			return agent
		}
	case "ACCUSATION", "AGREEMENT", "SETTLEMENT":
		return -1
	}
	for k := range c.ents {
		if k != target && k != agent && (c.ents[k].Kind == "court" || c.ents[k].Kind == "regulator") {
			return k
		}
	}
	return -1
}

// enacted: a law claim needs its date ("décret du 24 mars 2006") or an enacting verb.
func (x *Extractor) enacted(c *ctx, m mention) bool {
	j := m.te
	if j < len(c.toks) && (c.fold(j) == "du" || c.fold(j) == "of" || c.fold(j) == "de") {
		for _, d := range c.dates {
			if d.Start >= c.toks[j].End && d.Start <= c.toks[j].End+1 {
				return true
			}
		}
	}
	return x.cues.in("enact", c.toks, m.te, m.te+4)
}

// fillFromContext resolves roles the sentence leaves implicit.
func (x *Extractor) fillFromContext(c *ctx, m mention, cl *extract.Claim, prev []extract.Claim) {
	if cl.Type == "LAW" {
		return
	}
	var last *extract.Claim
	for i := len(prev) - 1; i >= 0; i-- {
		if prev[i].Sent <= m.se.Index {
			last = &prev[i]
			break
		}
	}
	var sameType *extract.Claim
	for i := len(prev) - 1; i >= 0; i-- {
		if prev[i].Type == cl.Type {
			sameType = &prev[i]
			break
		}
	}
	// "Une plainte", "La sanction": a bare noun refers to the last event of its type
	if cl.Agent == "" && cl.Target == "" && sameType != nil && m.t.frame == "noun" {
		cl.Agent, cl.AgentEntity, cl.Target, cl.TargetEntity = sameType.Agent, sameType.AgentEntity, sameType.Target, sameType.TargetEntity
		if cl.Court == "" {
			cl.Court = sameType.Court
		}
		return
	}
	pronounObj := m.ts > 0 && x.isPronoun(c, m.ts-1) || m.ts > 1 && x.isPronoun(c, m.ts-2)
	subjPronoun := false
	for b := m.ts - 1; b >= 0 && b >= m.ts-4; b-- {
		if _, ok := x.cues.at("subject_pronoun", c.toks, b); ok {
			subjPronoun = true
		}
	}
	if cl.Agent == "" && (subjPronoun || m.t.frame == "verb" || m.t.frame == "agree" || m.t.frame == "noun") && !needsAuthority(cl.Type) && cl.Type != "TRIAL" {
		if last != nil && last.Agent != "" && m.se.Index-last.Sent <= 2 && last.Agent != cl.Target {
			cl.Agent, cl.AgentEntity = last.Agent, last.AgentEntity
		} else if subjPronoun || m.ts <= 3 && m.t.frame != "noun" {
			if e := x.recentOrg(c, m, "", cl.Target, true); e != nil {
				cl.Agent, cl.AgentEntity = e.Normalized, e.ID
			}
		}
	}
	if cl.Agent == "" && needsAuthority(cl.Type) {
		if e := x.judgesCourt(c); e != nil {
			cl.Agent, cl.AgentEntity = e.Normalized, e.ID
			if cl.Court == "" {
				cl.Court = e.Normalized
			}
		}
	}
	if cl.Agent == "" && needsAuthority(cl.Type) {
		if e := x.nearbyAuthority(c, m, cl.Target); e != nil {
			cl.Agent, cl.AgentEntity = e.Normalized, e.ID
			if cl.Court == "" && (cl.Type != "CHARGE") && (e.Kind == "court" || e.Kind == "regulator") {
				cl.Court = e.Normalized
			}
		}
	}
	if cl.Target == "" && cl.Type != "LAW" {
		switch {
		case pronounObj && last != nil && last.Target != "" && last.Target != cl.Agent:
			cl.Target, cl.TargetEntity = last.Target, last.TargetEntity
		case sameType != nil && sameType.Agent == cl.Agent && sameType.Target != "" && cl.Agent != "":
			cl.Target, cl.TargetEntity = sameType.Target, sameType.TargetEntity
		case last != nil && last.Agent == cl.Agent && last.Target != "" && cl.Agent != "" && m.se.Index-last.Sent <= 3:
			cl.Target, cl.TargetEntity = last.Target, last.TargetEntity
		case cl.Type == "APPEAL" || cl.Type == "SETTLEMENT":
			// the other party of the agent's latest dispute
			for i := len(prev) - 1; i >= 0; i-- {
				p := prev[i]
				if p.Agent == cl.Agent && p.Target != "" {
					cl.Target, cl.TargetEntity = p.Target, p.TargetEntity
					break
				}
				if p.Target == cl.Agent && p.Agent != "" {
					cl.Target, cl.TargetEntity = p.Agent, p.AgentEntity
					break
				}
			}
			if cl.Target == "" && cl.Type == "SETTLEMENT" {
				if e := x.recentOrg(c, m, cl.Agent, "", true); e != nil {
					cl.Target, cl.TargetEntity = e.Normalized, e.ID
				}
			}
		case cl.Modality == "negated":
		default:
			if e := x.recentOrg(c, m, cl.Agent, "", false); e != nil {
				cl.Target, cl.TargetEntity = e.Normalized, e.ID
			}
		}
	}
	x.orient(c, cl)
}

// orient puts roles filled from context the way each type has them: an
// authority accuses, sues, charges, investigates, fines and rules on a
// company; a company settles with an authority.
func (x *Extractor) orient(c *ctx, cl *extract.Claim) {
	kind := func(id string) string {
		for k := range c.doc.Entities {
			if e := &c.doc.Entities[k]; e.ID == id {
				return e.Kind
			}
		}
		return ""
	}
	auth := func(id string) bool { k := kind(id); return k == "court" || k == "regulator" || k == "government" }
	if cl.AgentEntity == "" || cl.TargetEntity == "" {
		return
	}
	switch cl.Type {
	case "LAWSUIT", "ACCUSATION", "CHARGE", "INVESTIGATION", "SANCTION", "RULING":
		if auth(cl.TargetEntity) && !auth(cl.AgentEntity) && cl.Type != "LAWSUIT" {
			cl.Agent, cl.Target = cl.Target, cl.Agent
			cl.AgentEntity, cl.TargetEntity = cl.TargetEntity, cl.AgentEntity
		}
	case "SETTLEMENT":
		if auth(cl.AgentEntity) && !auth(cl.TargetEntity) {
			cl.Agent, cl.Target = cl.Target, cl.Agent
			cl.AgentEntity, cl.TargetEntity = cl.TargetEntity, cl.AgentEntity
		}
	}
}

func (x *Extractor) isPronoun(c *ctx, i int) bool {
	_, ok := x.cues.at("pronoun", c.toks, i)
	return ok
}

// recentOrg: the latest organisation (or person) named at or before the
// trigger's sentence, other than the ones excluded; authorities only when
// withAuthority.
func (x *Extractor) recentOrg(c *ctx, m mention, not1, not2 string, withAuthority bool) *extract.Entity {
	var best *extract.Entity
	for i := range c.doc.Entities {
		e := &c.doc.Entities[i]
		if (e.Type != extract.TypeOrg && e.Type != extract.TypePerson) || e.Start >= c.toks[m.ts].Start || e.Normalized == not1 || e.Normalized == not2 {
			continue
		}
		if e.Kind == "media" || e.Kind == "court" || !withAuthority && isAuthority(*e) {
			continue
		}
		if m.se.Index-e.Sent > 4 {
			continue
		}
		if best == nil || e.Start > best.Start {
			best = e
		}
	}
	return best
}

// judgesCourt: "Judge Kircher ruled": the court the judge was named with
// earlier in the document ("Judge Holger Kircher ... at the Mannheim
// Regional Court").
func (x *Extractor) judgesCourt(c *ctx) *extract.Entity {
	for k, e := range c.ents {
		if e.Type != extract.TypePerson || c.first[k] == 0 {
			continue
		}
		if t := c.fold(c.first[k] - 1); t != "judge" && t != "juge" && t != "president" && t != "presidente" {
			continue
		}
		for k := range c.doc.Entities {
			prev := &c.doc.Entities[k]
			if prev.Type == extract.TypePerson && prev.Normalized == e.Normalized && prev.Sent < c.se.Index {
				for i := range c.doc.Entities {
					if o := &c.doc.Entities[i]; o.Sent == prev.Sent && o.Kind == "court" {
						return o
					}
				}
			}
		}
	}
	return nil
}

// nearbyAuthority: a court, regulator or agency in the sentence, else the
// two sentences before, else the two after.
func (x *Extractor) nearbyAuthority(c *ctx, m mention, not string) *extract.Entity {
	var best *extract.Entity
	bestDist := 1 << 30
	for i := range c.doc.Entities {
		e := &c.doc.Entities[i]
		if e.Type != extract.TypeOrg || !isAuthority(*e) || e.Normalized == not {
			continue
		}
		d := m.se.Index - e.Sent
		if d < 0 {
			d = -d*2 + 1 // after: a little farther than before
		} else {
			d *= 2
		}
		if d > 4 {
			continue
		}
		if d < bestDist {
			best, bestDist = e, d
		}
	}
	return best
}

// coordinated lists the entities joined to entity k in a list ("Amazon,
// Google et Facebook", "Didier Lombard et l'ancien numéro 2 Louis-Pierre
// Wenès", "Bouygues Telecom en avril 2008 et de SFR en juin 2010"). A list
// needs a conjunction: commas alone separate clauses.
func (x *Extractor) coordinated(c *ctx, k int) []int {
	// join returns whether the tokens between entity a and entity b join them, and by a conjunction
	join := func(a, b int) (bool, bool) {
		from, to := c.last[a], c.first[b]
		if to-from < 1 || to-from > 7 {
			return false, false
		}
		conj, comma := false, false
		for i := from; i < to; i++ {
			f := c.toks[i].Fold
			switch {
			case f == "et" || f == "and" || f == "ou" || f == "or":
				conj = true
			case f == ",":
				comma = true
			case c.inDate(i) || dets[f] || f == "de" || f == "d'" || f == "du" || f == "en" || f == "in" || f == "on" || f == "of" || !c.toks[i].IsWord() && f != "(":
			case c.toks[i].IsWord() && !c.toks[i].IsCap() && to-from <= 5 && (conj || comma):
				// a title between: "et l'ancien numéro 2 X"
			default:
				return false, false
			}
		}
		return conj || comma, conj
	}
	same := func(j int) bool {
		return c.ents[j].Type == c.ents[k].Type && c.ents[j].Normalized != c.ents[k].Normalized && c.party(j) && c.ents[j].Kind != "court"
	}
	chain := []int{k}
	hasConj := false
	for cur := k; cur+1 < len(c.ents) && same(cur+1); cur++ {
		ok, conj := join(cur, cur+1)
		if !ok {
			break
		}
		chain = append(chain, cur+1)
		hasConj = hasConj || conj
	}
	for cur := k; cur-1 >= 0 && same(cur-1); cur-- {
		ok, conj := join(cur-1, cur)
		if !ok || c.prepBefore(cur-1) != c.prepBefore(k) {
			break
		}
		chain = append(chain, cur-1)
		hasConj = hasConj || conj
	}
	if !hasConj {
		return nil
	}
	sort.Ints(chain)
	var out []int
	for _, j := range chain {
		if j != k {
			out = append(out, j)
		}
	}
	return out
}

func (c *ctx) inDate(i int) bool {
	for _, d := range c.dates {
		if c.toks[i].Start >= d.Start && c.toks[i].End <= d.End {
			return true
		}
	}
	return false
}

func nearestDate(c *ctx, m mention) *extract.Entity {
	return nearestDateTo(c, c.toks[m.ts].Start, c.toks[m.te-1].End)
}

// deadlines: a date after these words is a time limit, not the event's date.
var deadlines = map[string]bool{"until": true, "till": true, "jusqu'au": true, "jusqu'a": true, "jusqu'en": true, "deadline": true, "d'ici": true}

// nearestDateTo returns the DATE of the sentence closest to the span
// [start, end), deadlines and decades excepted.
func nearestDateTo(c *ctx, start, end int) *extract.Entity {
	var best *extract.Entity
	bestDist := 1 << 30
	for i := range c.dates {
		if c.dates[i].Granularity == "decade" {
			continue
		}
		if a, _ := c.tokenRange(c.dates[i]); a > 0 && (deadlines[c.fold(a-1)] || a > 1 && deadlines[c.fold(a-2)+c.fold(a-1)] || c.fold(a-1) == "au" && c.fold(a-2) == "jusqu'") {
			continue
		}
		d := c.dates[i].Start - end
		if d < 0 {
			d = start - c.dates[i].End
		}
		if d < bestDist {
			best, bestDist = &c.dates[i], d
		}
	}
	return best
}

func (x *Extractor) modality(c *ctx, m mention) string {
	from, to := m.ts-6, m.te+4
	toks := c.toks
	neg := false
	for i := max(0, m.ts-4); i < m.ts; i++ {
		f := toks[i].Fold
		if f == "ne" || f == "n'" || f == "not" || f == "never" || f == "n't" || f == "jamais" || f == "sans" || f == "without" {
			neg = true
		}
	}
	if neg {
		return "negated"
	}
	if x.cues.in("hypothetical", toks, from, m.ts) {
		return "hypothetical"
	}
	if x.cues.in("planned", toks, from, to) {
		return "planned"
	}
	if x.cues.in("reported", toks, 0, len(toks)) {
		return "reported"
	}
	return "asserted"
}

// source: the outlet the sentence credits.
func (x *Extractor) source(c *ctx) string {
	for k := range c.ents {
		if c.ents[k].Kind == "media" {
			return c.ents[k].Normalized
		}
	}
	for k := range c.ents {
		if c.ents[k].Type == extract.TypePerson && c.isSource(k, x.cues) {
			return c.ents[k].Normalized
		}
	}
	return ""
}

var offenceStops = map[string]bool{"sur": true, "dans": true, "en": true, "a": true, "au": true, "aux": true, "par": true, "avec": true, "devant": true,
	"aupres": true, "in": true, "at": true, "on": true, "with": true, "against": true, "by": true, "to": true, "after": true, "et": true,
	"and": true, "qui": true, "que": true, "which": true, "that": true, "aux etats-unis": true, "depuis": true, "lors": true, "selon": true}

// offence: "de vol de technologie", "pour abus de position dominante", "for patent infringement".
func (x *Extractor) offence(c *ctx, m mention, target int) string {
	switch m.t.typ {
	case "ACCUSATION", "CHARGE", "RULING", "SANCTION", "INVESTIGATION", "LAWSUIT":
	default:
		return ""
	}
	i := m.te
	if target >= 0 && c.first[target] >= m.te && c.first[target] <= m.te+2 {
		i = c.last[target]
	}
	for k := 0; k < 3 && i < len(c.toks) && (fillers[c.fold(i)] && c.fold(i) != "de" && c.fold(i) != "d'"); k++ {
		i++
	}
	if i >= len(c.toks) {
		return ""
	}
	f := c.fold(i)
	if f != "de" && f != "d'" && f != "pour" && f != "for" && f != "of" {
		// "condamne Orange à une amende pour abus de position dominante"
		found := false
		for k := i; k < len(c.toks) && k < i+6; k++ {
			if c.fold(k) == "pour" || c.fold(k) == "for" {
				i, found = k, true
				break
			}
			if !c.toks[k].IsWord() {
				break
			}
		}
		if !found {
			return ""
		}
	}
	i++
	if f := c.fold(i); f == "avoir" || f == "etre" || f == "having" || f == "being" || f == "la" || f == "l'" || f == "les" || f == "des" || f == "the" {
		if f != "la" && f != "l'" && f != "the" {
			return ""
		}
		i++
	}
	start := i
	for i < len(c.toks) && i-start < 6 {
		t := c.toks[i]
		if !t.IsWord() && t.Text != "-" && t.Text != "'" || offenceStops[t.Fold] || t.IsCap() {
			break
		}
		if i > start && (t.Fold == "de" || t.Fold == "d'") && i+1 < len(c.toks) && (c.toks[i+1].IsCap()) {
			break
		}
		i++
	}
	for i > start && (c.fold(i-1) == "de" || c.fold(i-1) == "d'" || c.fold(i-1) == "du" || c.fold(i-1) == "of") {
		i--
	}
	if i <= start {
		return ""
	}
	return c.doc.Text[c.toks[start].Start:c.toks[i-1].End]
}

var reAmount = regexp.MustCompile(`(?i)(?:[$€£]\s?\d[\d.,]*\s?(?:millions?|billions?|bn|m|mln|milliards?)?|\d[\d\s.,]*\s?(?:millions?|milliards?|billions?|bn)?\s?(?:d['’]euros|euros|€|dollars|\$|livres))`)

func amount(sentence string) string {
	if !mayHaveAmount(sentence) {
		return ""
	}
	return strings.TrimSpace(reAmount.FindString(sentence))
}

// mayHaveAmount: every amount reAmount finds has a currency sign or word.
func mayHaveAmount(s string) bool {
	if strings.ContainsAny(s, "$€£") {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] | 0x20 { // ASCII lower case
		case 'e':
			if extract.HasPrefixFoldASCII(s[i:], "euros") {
				return true
			}
		case 'd':
			if extract.HasPrefixFoldASCII(s[i:], "dollars") {
				return true
			}
		case 'l':
			if extract.HasPrefixFoldASCII(s[i:], "livres") {
				return true
			}
		}
	}
	return false
}
