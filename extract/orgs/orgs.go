package orgs

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/segment"
)

// Extractor holds the compiled gazetteer and cues; it is safe for
// concurrent use.
type Extractor struct {
	gaz    *trie
	byName map[string]*Entry
	cues   *cues
}

// New loads the embedded gazetteer and cues.
func New() (*Extractor, error) {
	t, by, err := loadGazetteer(gazetteerTSV)
	if err != nil {
		return nil, err
	}
	c, err := loadCues(cuesTSV)
	if err != nil {
		return nil, err
	}
	return &Extractor{gaz: t, byName: by, cues: c}, nil
}

// Lookup returns the gazetteer entry of a canonical name or alias.
func (x *Extractor) Lookup(name string) (*Entry, bool) {
	toks := tokenize(name)
	e, end := x.gaz.longest(toks, 0)
	if e == nil || end != len(toks) {
		return nil, false
	}
	return e, true
}

// Known is the first pass: gazetteer names, courts, legal-form suffixes and
// acronyms defined in the text.
type Known struct{ *Extractor }

// Discover is the second pass: names introduced by cues, their later
// mentions, and definite descriptions that refer back to an organisation.
type Discover struct{ *Extractor }

// Name is the stage name used in timings.
func (Known) Name() string { return "orgs" }

// Name is the stage name used in timings.
func (Discover) Name() string { return "orgs_discover" }

func isCap(t *extract.Token) bool {
	if c := t.Text[0]; c < 0x80 {
		switch {
		case c >= 'A' && c <= 'Z':
			return true
		case c < '0' || c > '9':
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) && strings.IndexFunc(t.Text, unicode.IsLetter) > 0
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	return string(unicode.ToUpper(r)) + s[n:]
}

func (x *Extractor) add(doc *extract.Doc, sent, start, end int, canonical, kind, rule string, conf float32) {
	doc.AddEntity(extract.Entity{
		Sent: sent, Type: extract.TypeOrg, Start: start, End: end, Text: doc.Text[start:end],
		Normalized: canonical, Kind: kind, Confidence: conf, Rule: rule,
	})
}

// Extract runs the first pass.
func (k Known) Extract(doc *extract.Doc) {
	x := k.Extractor
	for _, se := range doc.Sentences {
		toks := se.Tokens
		for i := 0; i < len(toks); {
			if doc.Overlaps(toks[i].Start, toks[i].End, extract.TypeDate) {
				i++
				continue
			}
			if end, ok := x.court(doc, se, i); ok {
				i = end
				continue
			}
			if end, ok := x.acronymDefinition(doc, se, i); ok {
				i = end
				continue
			}
			if end, ok := x.gazetteer(doc, se, i); ok {
				i = end
				continue
			}
			if end, ok := x.suffixed(doc, se, i); ok {
				i = end
				continue
			}
			i++
		}
	}
}

// gazetteer matches a known name at i, extended by a legal-form suffix.
func (x *Extractor) gazetteer(doc *extract.Doc, se extract.Sentence, i int) (int, bool) {
	toks := se.Tokens
	t := &toks[i]
	if !isCap(t) && !strings.Contains(t.Text, ".") {
		return i, false
	}
	e, end := x.gaz.longest(toks, i)
	if e == nil {
		return x.hyphenated(doc, se, i)
	}
	if e.Word && doc.Lang == "en" && i == firstWord(toks) && !(end < len(toks) && x.cues.verbAfter.Has(&toks[end])) {
		return i, false
	}
	// "AT&T Mobility LLC", "Microsoft Ireland operations Limited"
	if sEnd, ok := x.suffixEnd(toks, end); ok {
		canon, kind := e.Canonical, e.Kind
		if x.hasPlace(toks[end:sEnd]) {
			canon, kind = joinTokens(doc.Text, toks[i:sEnd]), "company"
		}
		x.add(doc, se.Index, t.Start, toks[sEnd-1].End, canon, kind, "orgs.gazetteer+suffix", 0.9)
		return sEnd, true
	}
	x.add(doc, se.Index, t.Start, toks[end-1].End, e.Canonical, e.Kind, "orgs.gazetteer", 0.95)
	return end, true
}

func firstWord(toks []extract.Token) int {
	for i := range toks {
		t := &toks[i]
		if t.IsWord() {
			return i
		}
	}
	return 0
}

// hyphenated splits "Free-Telegram" into two known names.
func (x *Extractor) hyphenated(doc *extract.Doc, se extract.Sentence, i int) (int, bool) {
	t := se.Tokens[i]
	if !strings.Contains(t.Text, "-") {
		return i, false
	}
	parts := strings.Split(t.Text, "-")
	off := t.Start
	var found []struct {
		e          *Entry
		start, end int
	}
	for _, p := range parts {
		pt := tokenize(p)
		if e, end := x.gaz.longest(pt, 0); e != nil && end == len(pt) && p != "" {
			found = append(found, struct {
				e          *Entry
				start, end int
			}{e, off, off + len(p)})
		}
		off += len(p) + 1
	}
	if len(found) == 0 || len(found) != len(parts) {
		return i, false
	}
	for _, f := range found {
		x.add(doc, se.Index, f.start, f.end, f.e.Canonical, f.e.Kind, "orgs.gazetteer_hyphen", 0.85)
	}
	return i + 1, true
}

func tokenize(s string) []extract.Token { return segment.Tokenize(s, 0, len(s)) }

// suffixEnd: at toks[i:] up to four capitalised (or lower-case content)
// words then a legal-form suffix; returns the index after the suffix.
func (x *Extractor) suffixEnd(toks []extract.Token, i int) (int, bool) {
	for j := i; j < len(toks) && j <= i+4; j++ {
		f := strings.TrimSuffix(toks[j].Fold, ".")
		if x.cues.suffix[f] && isCap(&toks[j]) && j > 0 {
			end := j + 1
			if end < len(toks) && toks[end].Text == "." && toks[end].Start == toks[j].End {
				end++
			}
			return end, true
		}
		if !isCap(&toks[j]) && !(j > i && isContentWord(toks[j])) {
			return 0, false
		}
	}
	return 0, false
}

func isContentWord(t extract.Token) bool {
	return len(t.Text) > 3 && strings.IndexFunc(t.Text, unicode.IsLetter) == 0
}

// hasPlace: a country or nationality inside a company name marks a
// subsidiary with a name of its own ("Microsoft Ireland Operations Limited").
func (x *Extractor) hasPlace(toks []extract.Token) bool {
	for k := range toks {
		t := &toks[k]
		switch t.Fold {
		case "ireland", "irlande", "france", "europe", "uk", "usa", "us", "germany", "deutschland", "china", "chine", "japan", "india", "italia", "espana", "belgium", "belgique", "international", "europa":
			return true
		}
		if _, ok := x.cues.nation.Tok(t); ok {
			return true
		}
	}
	return false
}

func joinTokens(text string, toks []extract.Token) string {
	return strings.Join(strings.Fields(text[toks[0].Start:toks[len(toks)-1].End]), " ")
}

// suffixed finds "<Name> Inc./SA/GmbH/Limited" for names outside the gazetteer.
func (x *Extractor) suffixed(doc *extract.Doc, se extract.Sentence, i int) (int, bool) {
	toks := se.Tokens
	if !isCap(&toks[i]) || x.cues.stop.Has(&toks[i]) {
		return i, false
	}
	end, ok := x.suffixEnd(toks, i+1)
	if !ok {
		return i, false
	}
	x.add(doc, se.Index, toks[i].Start, toks[end-1].End, joinTokens(doc.Text, toks[i:end]), "company", "orgs.suffix", 0.85)
	return end, true
}

// acronymDefinition: "Direction Générale de la Sécurité Extérieure (DGSE)".
func (x *Extractor) acronymDefinition(doc *extract.Doc, se extract.Sentence, i int) (int, bool) {
	toks := se.Tokens
	if !isCap(&toks[i]) || x.cues.stop.Has(&toks[i]) {
		return i, false
	}
	j := i
	var initials []rune
	for j < len(toks) && j-i < 10 {
		t := &toks[j]
		if isCap(t) {
			r, _ := utf8.DecodeRuneInString(t.Text)
			initials = append(initials, r)
			j++
			continue
		}
		if isFunctionWord(t.Fold) && j+1 < len(toks) && isCap(&toks[j+1]) {
			j++
			continue
		}
		break
	}
	if j+2 >= len(toks) || toks[j].Text != "(" || toks[j+2].Text != ")" || j-i < 2 {
		return i, false
	}
	acr := toks[j+1].Text
	if !isAcronym(acr) || !strings.HasPrefix(string(initials), acr[:1]) {
		return i, false
	}
	matched := 0
	for _, r := range acr {
		for _, q := range initials {
			if q == r {
				matched++
				break
			}
		}
	}
	if matched*2 < utf8.RuneCountInString(acr) {
		return i, false
	}
	full := joinTokens(doc.Text, toks[i:j])
	canon, kind := full, kindOfName(full)
	if e, ok := x.Lookup(acr); ok {
		canon, kind = e.Canonical, e.Kind
	} else if e, ok := x.Lookup(full); ok {
		canon, kind = e.Canonical, e.Kind
	}
	x.add(doc, se.Index, toks[i].Start, toks[j-1].End, canon, kind, "orgs.acronym_definition", 0.9)
	x.add(doc, se.Index, toks[j+1].Start, toks[j+1].End, canon, kind, "orgs.acronym_definition", 0.9)
	return j + 3, true
}

func isFunctionWord(f string) bool {
	switch f {
	case "de", "du", "des", "la", "le", "les", "l'", "d'", "et", "of", "the", "and", "for", "pour", "&":
		return true
	}
	return false
}

// kindOfName guesses the kind of an organisation from its head word.
func kindOfName(name string) string {
	f := extract.Fold(name)
	first := strings.Fields(f)[0]
	switch {
	case strings.Contains(f, "tribunal") || strings.Contains(f, "court") || strings.HasPrefix(f, "cour "):
		return "court"
	case strings.HasPrefix(f, "autorite") || strings.Contains(f, "commission") || strings.Contains(f, "regulat"):
		return "regulator"
	case first == "direction" || first == "ministere" || first == "ministry" || first == "agence" || first == "agency" || first == "service" || first == "office" || first == "department" || first == "departement" || first == "bureau":
		return "government"
	case first == "association" || first == "federation" || first == "syndicat" || first == "union":
		return "other"
	}
	return "company"
}

// CanonicalNames lists the gazetteer's canonical names.
func CanonicalNames(x *Extractor) []string {
	out := make([]string, 0, len(x.byName))
	for n := range x.byName {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
