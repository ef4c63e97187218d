package orgs

import (
	"regexp"
	"strings"

	"github.com/newsextract/newsextract/extract"
)

var reOrdinal = regexp.MustCompile(`^\d+(st|nd|rd|th)$`)

// court finds courts written as patterns: "tribunal de commerce de Paris",
// "cour d'appel de Versailles", "tribunal correctionnel", "Mannheim Regional
// Court", "9th U.S. Circuit Court of Appeals", "U.S. District Court for the
// Northern District of California".
func (x *Extractor) court(doc *extract.Doc, se extract.Sentence, i int) (int, bool) {
	toks := se.Tokens
	f := toks[i].Fold
	if f == "tribunal" || f == "cour" {
		j := i + 1
		typed := false
		if end, ok := x.cues.court.At(toks, j); ok {
			j, typed = end, true
		}
		typeEnd := j
		city := 0
		if j < len(toks) && (toks[j].Fold == "de" || toks[j].Fold == "d'" || toks[j].Fold == "du") {
			k := j + 1
			for k < len(toks) && k-j <= 3 && isCap(&toks[k]) && !x.cues.stop.Has(&toks[k]) || k < len(toks) && k > j+1 && toks[k].Text == "-" {
				k++
			}
			city = k - (j + 1)
			if city > 0 {
				j = k
			}
		}
		if !typed && city == 0 {
			return i, false
		}
		if !typed && city > 0 && strings.Contains(extract.Fold(doc.Text[toks[i+1].Start:toks[j-1].End]), "commerce") {
			typed = true
		}
		end := typeEnd
		if city > 0 {
			end = j
		}
		head := strings.ToLower(normApos(doc.Text[toks[i].Start:toks[typeEnd-1].End]))
		canon := capitalize(head)
		if city > 0 {
			canon += " " + normApos(doc.Text[toks[typeEnd].Start:toks[end-1].End])
		}
		canon = strings.Join(strings.Fields(canon), " ")
		if e, ok := x.Lookup(canon); ok {
			canon = e.Canonical
		}
		x.add(doc, se.Index, toks[i].Start, toks[end-1].End, canon, "court", "orgs.court_fr", 0.9)
		return end, true
	}
	// English: capitalised words ending with "Court"
	if !isCap(&toks[i]) || x.cues.stop.Has(&toks[i]) {
		return i, false
	}
	j := i
	for j < len(toks) && j-i < 7 && (isCap(&toks[j]) || reOrdinal.MatchString(toks[j].Text)) && toks[j].Text != "Court" {
		j++
	}
	if j >= len(toks) || toks[j].Text != "Court" || j == i {
		return i, false
	}
	end := j + 1
	if end+1 < len(toks) && toks[end].Fold == "of" && isCap(&toks[end+1]) {
		end += 2
	}
	if end+2 < len(toks) && toks[end].Fold == "for" && toks[end+1].Fold == "the" && isCap(&toks[end+2]) {
		k := end + 2
		for k < len(toks) && (isCap(&toks[k]) || toks[k].Fold == "of" && k+1 < len(toks) && isCap(&toks[k+1])) {
			k++
		}
		end = k
	}
	canon := joinTokens(doc.Text, toks[i:end])
	if e, ok := x.Lookup(canon); ok {
		canon = e.Canonical
	}
	x.add(doc, se.Index, toks[i].Start, toks[end-1].End, canon, "court", "orgs.court_en", 0.9)
	return end, true
}

func normApos(s string) string { return strings.ReplaceAll(s, "’", "'") }
