package orgs

import (
	"sort"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

type found struct {
	canonical, kind, country string
}

var determiners = extract.NewWordSet("le", "la", "l'", "the", "un", "une", "a", "an", "du", "de", "d'", "au")

// mediaWords make an unknown name after "selon"/"according to" a source.
var mediaWords = []string{"journal", "times", "news", "post", "tribune", "monde", "presse", "press", "herald", "gazette", "daily", "magazine", "radio", "tv", ".fr", ".com", ".net", "info"}

// Extract runs the second pass.
func (d Discover) Extract(doc *extract.Doc) {
	x := d.Extractor
	names := map[string]found{} // folded surface -> organisation
	var order []string
	remember := func(surface string, f found) {
		k := extract.Fold(surface)
		old, ok := names[k]
		if !ok {
			order = append(order, k)
		} else if f.country == "" {
			f.country = old.country // a later, weaker cue keeps what an earlier one said
		}
		names[k] = f
	}
	for _, se := range doc.Sentences {
		toks := se.Tokens
		for i := 0; i < len(toks); i++ {
			// "la start-up Telesocial", "l'opérateur américain T-Mobile", "chipmaker Qualcomm"
			if kind, j, ok := x.head(toks, i); ok {
				k := j
				country := ""
				if c, ok := x.cues.nation.Tok(&toks[min(k, len(toks)-1)]); ok && k < len(toks) {
					country, k = c, k+1
				}
				if e := x.nameAt(doc, toks, k); e > k {
					remember(joinTokens(doc.Text, toks[k:e]), found{joinTokens(doc.Text, toks[k:e]), kind, country})
				}
			}
			name := x.nameAt(doc, toks, i) // end of a capitalised name at i (i: none)
			// "Telesocial, une start-up californienne"
			if e := name; e > i && e < len(toks) && toks[e].Text == "," {
				if end, ok := x.cues.post.At(toks, e+1); ok {
					kind := x.cues.postKind[strings.Join(folds(toks[e+1:end]), " ")]
					country := ""
					for k := end; k < len(toks) && k <= end+2; k++ {
						if c, ok := x.cues.nation.Tok(&toks[k]); ok {
							country = c
						}
					}
					remember(joinTokens(doc.Text, toks[i:e]), found{joinTokens(doc.Text, toks[i:e]), kind, country})
				}
			}
			// "rapporte La Tribune", "publiés par Engadget", "according to Reuters"
			if end, ok := x.cues.media.At(toks, i); ok {
				k := end
				if k < len(toks) && determiners.Has(&toks[k]) && toks[k].Fold != "de" {
					k++
				}
				e := x.nameAt(doc, toks, k)
				if e == k && k < len(toks) && strings.Contains(toks[k].Text, ".") && len(toks[k].Text) > 4 && !strings.HasSuffix(toks[k].Text, ".") {
					e = k + 1 // a site name: leral.net
				}
				if e > k {
					surface := joinTokens(doc.Text, toks[k:e])
					verb := strings.Join(folds(toks[i:end]), " ")
					if verb != "selon" && verb != "d'apres" && verb != "according to" || looksLikeMedia(surface) {
						remember(surface, found{surface, "media", ""})
					}
				}
			}
			// "Telesocial accuse Orange": a name next to a legal verb is a party
			// (an English plural opening a sentence, "Shareholders sued", is not a name)
			if e := name; e > i && x.nextToLegalVerb(toks, i, e) && !x.looksLikeWord(doc, toks, i, e) &&
				!(doc.Lang == "en" && e == i+1 && i == firstWord(toks) && strings.HasSuffix(toks[i].Text, "s")) {
				s := joinTokens(doc.Text, toks[i:e])
				remember(s, found{s, "company", ""})
			}
			// "Reuters reported"
			if e := name; e > i {
				if _, ok := x.cues.mediaAfter.At(toks, e); ok && looksLikeMedia(joinTokens(doc.Text, toks[i:e])) {
					s := joinTokens(doc.Text, toks[i:e])
					remember(s, found{s, "media", ""})
				}
			}
		}
	}
	// every mention of a discovered name
	ntoks := make(map[string]int, len(order))
	for _, k := range order {
		ntoks[k] = len(tokenize(names[k].canonical))
	}
	for _, se := range doc.Sentences {
		toks := se.Tokens
		for i := 0; i < len(toks) && len(order) > 0; i++ {
			if !isCap(&toks[i]) && !strings.Contains(toks[i].Text, ".") {
				continue
			}
			for _, k := range order {
				n := ntoks[k]
				if i+n > len(toks) || extract.Fold(doc.Text[toks[i].Start:toks[i+n-1].End]) != k {
					continue
				}
				if doc.Overlaps(toks[i].Start, toks[i+n-1].End, extract.TypeOrg, extract.TypePerson, extract.TypeDate) {
					continue
				}
				f := names[k]
				x.add(doc, se.Index, toks[i].Start, toks[i+n-1].End, f.canonical, f.kind, "orgs.cue", 0.8)
				i += n - 1
				break
			}
		}
	}
	x.typos(doc)
	x.descriptions(doc, names)
}

var auxiliaries = extract.NewWordSet("a", "avait", "ont", "est", "a-t-il", "has", "had", "is", "was", "will", "va",
	"alors", "deja", "aussi", "finalement", "ensuite", "also", "already", "then", "later")

// nextToLegalVerb: "Telesocial accuse", "Telesocial a porté plainte",
// "accuse Orange", "accusé par Telesocial".
func (x *Extractor) nextToLegalVerb(toks []extract.Token, i, e int) bool {
	j := e
	for k := 0; k < 3 && j < len(toks) && auxiliaries.Has(&toks[j]); k++ {
		j++
	}
	if _, ok := x.cues.legal.At(toks, j); ok {
		return true
	}
	for back := 1; back <= 4 && i-back >= 0; back++ {
		if end, ok := x.cues.legal.At(toks, i-back); ok {
			between := toks[end:i]
			for _, t := range between {
				if !(determiners.Has(&t) || t.Fold == "par" || t.Fold == "by" || t.Fold == "contre" || t.Fold == "against") {
					return false
				}
			}
			return true
		}
	}
	return false
}

// looksLikeWord: a capitalised word that is a common word or a first name
// is not taken for an organisation from its position alone.
func (x *Extractor) looksLikeWord(doc *extract.Doc, toks []extract.Token, i, e int) bool {
	if e-i > 1 {
		return false
	}
	t := toks[i]
	if _, ok := x.cues.head.Tok(&t); ok {
		return true
	}
	// a word also used in lower case elsewhere in the text is a common word
	return strings.Contains(doc.Text, " "+strings.ToLower(t.Text[:1])+t.Text[1:]+" ")
}

func folds(toks []extract.Token) []string {
	out := make([]string, len(toks))
	for i := range toks {
		t := &toks[i]
		out[i] = t.Fold
	}
	return out
}

func looksLikeMedia(s string) bool {
	f := extract.Fold(s)
	for _, w := range mediaWords {
		if strings.Contains(f, w) {
			return true
		}
	}
	return false
}

// head matches a cue noun at i, after an optional determiner; it returns
// the kind and the index after the noun.
func (x *Extractor) head(toks []extract.Token, i int) (string, int, bool) {
	j := i
	if j < len(toks) && determiners.Has(&toks[j]) {
		j++
	}
	if j >= len(toks) {
		return "", i, false
	}
	if j+1 < len(toks) && x.cues.headFirst.Has(&toks[j]) {
		if kind, ok := x.cues.head.Get(toks[j].Fold + " " + toks[j+1].Fold); ok {
			return kind, j + 2, true
		}
	}
	if kind, ok := x.cues.head.Tok(&toks[j]); ok {
		return kind, j + 1, true
	}
	return "", i, false
}

// nameAt returns the end of a capitalised name starting at i (i when there
// is none): up to four capitalised words joined by &, not a stop word, not
// a person, not inside another entity.
func (x *Extractor) nameAt(doc *extract.Doc, toks []extract.Token, i int) int {
	if i >= len(toks) || !isCap(&toks[i]) || x.cues.stop.Has(&toks[i]) {
		return i
	}
	if _, ok := x.cues.head.Tok(&toks[i]); ok {
		return i
	}
	j := i
	for j < len(toks) && j-i < 4 {
		if isCap(&toks[j]) && !x.cues.stop.Has(&toks[j]) {
			j++
			continue
		}
		if (toks[j].Text == "&" || toks[j].Text == "+") && j+1 < len(toks) && isCap(&toks[j+1]) {
			j++
			continue
		}
		break
	}
	if doc.Overlaps(toks[i].Start, toks[j-1].End, extract.TypePerson, extract.TypeOrg, extract.TypeDate) {
		return i
	}
	return j
}

// typos: "Ericcson" one edit away from "Ericsson" named in the same document.
func (x *Extractor) typos(doc *extract.Doc) {
	byName := map[string]*extract.Entity{}
	for k := range doc.Entities {
		e := &doc.Entities[k]
		if e.Type == extract.TypeOrg && !strings.Contains(e.Normalized, " ") && len(e.Normalized) >= 6 {
			byName[e.Normalized] = e
		}
	}
	if len(byName) == 0 {
		return
	}
	// in name order: when a word is one edit from two names, the same one
	// wins on every run
	type named struct {
		name       string
		normalized string
		kind       string
	}
	canon := make([]named, 0, len(byName))
	for name, e := range byName {
		canon = append(canon, named{name, e.Normalized, e.Kind})
	}
	sort.Slice(canon, func(i, j int) bool { return canon[i].name < canon[j].name })
	if len(canon) == 0 {
		return
	}
	for _, se := range doc.Sentences {
		for k := range se.Tokens {
			t := &se.Tokens[k]
			if !isCap(t) || len(t.Text) < 6 || x.cues.stop.Has(t) || doc.Overlaps(t.Start, t.End, extract.TypeOrg, extract.TypePerson, extract.TypeDate) {
				continue
			}
			for _, c := range canon {
				name := c.name
				// a typo keeps the first letter and the length within one
				if name[0] != t.Text[0] || len(name)-len(t.Text) > 2 || len(t.Text)-len(name) > 2 {
					continue
				}
				if name != t.Text && editDistance1(name, t.Text) {
					x.add(doc, se.Index, t.Start, t.End, c.normalized, c.kind, "orgs.typo", 0.6)
					break
				}
			}
		}
	}
}

// editDistance1 reports whether a and b differ by one substitution,
// insertion or deletion.
func editDistance1(a, b string) bool {
	ra, rb := []rune(a), []rune(b)
	if len(ra) < len(rb) {
		ra, rb = rb, ra
	}
	if len(ra)-len(rb) > 1 {
		return false
	}
	i := 0
	for i < len(rb) && ra[i] == rb[i] {
		i++
	}
	if len(ra) == len(rb) {
		return string(ra[i+1:]) == string(rb[i+1:])
	}
	return string(ra[i+1:]) == string(rb[i:])
}

// descriptions links "l'opérateur américain", "le groupe chinois", "the
// Finnish company", "le tribunal" to the latest organisation of that kind
// (and country) named before.
func (x *Extractor) descriptions(doc *extract.Doc, names map[string]found) {
	orgs := make([]extract.Entity, 0, len(doc.Entities))
	for _, e := range doc.Entities {
		if e.Type == extract.TypeOrg {
			orgs = append(orgs, e)
		}
	}
	sort.SliceStable(orgs, func(i, j int) bool { return orgs[i].Start < orgs[j].Start })
	country := func(canonical string) string {
		if e, ok := x.byName[canonical]; ok {
			return e.Country
		}
		if f, ok := names[extract.Fold(canonical)]; ok {
			return f.country
		}
		return ""
	}
	var added []extract.Entity
	byHead := map[string]string{} // head noun -> canonical it last referred to
	for _, se := range doc.Sentences {
		toks := se.Tokens
		for i := 0; i+1 < len(toks); i++ {
			possessive := (toks[i].Fold == "'s" || toks[i].Text == "’s") && i > 0 && doc.Overlaps(toks[i-1].Start, toks[i-1].End, extract.TypePerson)
			if !singularDet(toks[i].Fold) && !possessive {
				continue
			}
			j := i + 1
			nat := ""
			// English puts adjectives first: "the Finnish company", "the telecommunications firm"
			for k := 0; k < 2 && j < len(toks) && doc.Lang != "fr"; k++ {
				if _, ok := x.cues.head.Tok(&toks[j]); ok {
					break
				}
				if c, ok := x.cues.nation.Tok(&toks[j]); ok {
					nat = c
				} else if isCap(&toks[j]) || !toks[j].IsWord() {
					break
				}
				j++
			}
			kind, end, ok := x.head(toks, j)
			if !ok {
				continue
			}
			if end < len(toks) {
				if c, ok := x.cues.nation.Tok(&toks[end]); ok {
					nat, end = c, end+1
				} else if end+1 < len(toks) && (toks[end].Fold == "des" || toks[end].Fold == "du") {
					end += 2 // "le géant des télécoms"
				}
				if end < len(toks) && isCap(&toks[end]) {
					continue // "la start-up Telesocial": a name follows
				}
			}
			if doc.Overlaps(toks[i].Start, toks[end-1].End, extract.TypeOrg, extract.TypePerson) {
				continue
			}
			var ante *extract.Entity
			headWord := toks[end-1].Fold
			if kind, _, ok := x.head(toks, j); ok {
				headWord = kind + "/" + toks[j].Fold
			}
			if prev, ok := byHead[headWord]; ok && nat == "" {
				// "l'opérateur" after "l'opérateur français": the same organisation
				for k := len(orgs) - 1; k >= 0; k-- {
					if orgs[k].Normalized == prev {
						ante = &orgs[k]
						break
					}
				}
			}
			sector, _ := x.cues.sector.Get(strings.Join(folds(toks[j:end]), " "))
			if sector == "" {
				sector, _ = x.cues.sector.Tok(&toks[j])
			}
			// a trade-specific head ("la messagerie") prefers an organisation of that trade
			for pass := 0; pass < 2 && ante == nil; pass++ {
				for k := len(orgs) - 1; k >= 0; k-- {
					o := orgs[k]
					if o.Start >= toks[i].Start || !compatible(kind, o.Kind) {
						continue
					}
					if nat != "" && country(o.Normalized) != nat {
						continue
					}
					if pass == 0 && sector != "" {
						if e, ok := x.byName[o.Normalized]; !ok || e.Sector != sector {
							continue
						}
					}
					if pass == 0 && sector == "" {
						pass = 1
					}
					ante = &orgs[k]
					break
				}
			}
			if ante == nil {
				continue
			}
			byHead[headWord] = ante.Normalized
			start := toks[i].Start
			if possessive {
				start = toks[j].Start // "Mark Zuckerberg's company": the company
			}
			added = append(added, extract.Entity{Sent: se.Index, Type: extract.TypeOrg, Start: start, End: toks[end-1].End,
				Text: doc.Text[start:toks[end-1].End], Normalized: ante.Normalized, Kind: ante.Kind, Confidence: 0.6, Rule: "orgs.description"})
			i = end - 1
		}
	}
	for _, e := range added {
		doc.AddEntity(e)
	}
	x.indefiniteCourts(doc, orgs)
}

// indefiniteCourts: "a German court granted an injunction ... the Mannheim
// Regional Court": an indefinite court refers to the next court named, in
// the next few sentences.
func (x *Extractor) indefiniteCourts(doc *extract.Doc, orgs []extract.Entity) {
	for _, se := range doc.Sentences {
		toks := se.Tokens
		for i := 0; i+1 < len(toks); i++ {
			f := toks[i].Fold
			if f != "a" && f != "an" && f != "un" {
				continue
			}
			j := i + 1
			if _, ok := x.cues.nation.Tok(&toks[j]); ok && j+1 < len(toks) {
				j++
			}
			if kind, ok := x.cues.head.Tok(&toks[j]); !ok || kind != "court" || j+1 < len(toks) && (toks[j+1].Fold == "de" || toks[j+1].Fold == "d'" || toks[j+1].Fold == "of") {
				continue
			}
			if doc.Overlaps(toks[i].Start, toks[j].End, extract.TypeOrg) {
				continue
			}
			for _, o := range orgs {
				if o.Kind == "court" && o.Start > toks[j].End && o.Sent-se.Index <= 4 && o.Rule != "orgs.description" {
					doc.AddEntity(extract.Entity{Sent: se.Index, Type: extract.TypeOrg, Start: toks[i].Start, End: toks[j].End,
						Text: doc.Text[toks[i].Start:toks[j].End], Normalized: o.Normalized, Kind: "court", Confidence: 0.5, Rule: "orgs.description_forward"})
					break
				}
			}
		}
	}
}

func singularDet(f string) bool {
	return f == "le" || f == "la" || f == "l'" || f == "the" || f == "cette" || f == "ce" || f == "cet" || f == "this"
}

func compatible(head, kind string) bool {
	switch head {
	case "regulator", "government":
		return kind == "regulator" || kind == "government"
	}
	return head == kind
}
