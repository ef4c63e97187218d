package orgs

import (
	_ "embed"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/rules"
	"github.com/newsextract/newsextract/extract/segment"
)

//go:embed gazetteer.tsv
var gazetteerTSV string

//go:embed cues.tsv
var cuesTSV string

// Kinds of organisation.
var Kinds = map[string]bool{"company": true, "court": true, "government": true, "regulator": true, "media": true, "other": true}

// Entry is one organisation of the gazetteer.
type Entry struct {
	Canonical string
	Kind      string
	Country   string
	Word      bool   // also a common word: not matched at an English sentence start
	Sector    string // trade named by descriptions ("l'opérateur": telecom)
}

type node struct {
	next  extract.WordMap[*node]
	entry *Entry
	// acronyms must be written as listed ("FTC", not "ftc") unless a
	// non-acronym alias reaches the same node ("Arcep" for "ARCEP")
	exact []string
	loose bool
}

// trie maps folded token sequences to entries.
type trie struct{ root node }

func (t *trie) add(name string, e *Entry) {
	toks := segment.Tokenize(name, 0, len(name))
	if len(toks) == 0 {
		return
	}
	n := &t.root
	for _, tk := range toks {
		c, _ := n.next.Get(tk.Fold)
		if c == nil {
			c = &node{}
			n.next.Set(tk.Fold, c)
		}
		n = c
	}
	if n.entry == nil || n.entry.Canonical != e.Canonical && name == e.Canonical {
		n.entry = e
	}
	if isAcronym(name) {
		n.exact = append(n.exact, strings.ReplaceAll(name, " ", ""))
	} else {
		n.loose = true
	}
}

func (n *node) accepts(surface string) bool {
	if n.loose || len(n.exact) == 0 {
		return true
	}
	for _, x := range n.exact {
		if x == surface {
			return true
		}
	}
	return false
}

// longest returns the entry of the longest name starting at toks[i] and
// the index after it.
func (t *trie) longest(toks []extract.Token, i int) (*Entry, int) {
	n := &t.root
	var best *Entry
	end := i
	var surface strings.Builder
	for j := i; j < len(toks); j++ {
		c, _ := n.next.Tok(&toks[j])
		if c == nil {
			break
		}
		surface.WriteString(toks[j].Text)
		n = c
		if n.entry != nil && n.accepts(surface.String()) {
			best, end = n.entry, j+1
		}
	}
	return best, end
}

func isAcronym(s string) bool {
	letters := 0
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && utf8.RuneCountInString(s) <= 8
}

// cues holds cues.tsv.
type cues struct {
	head       extract.WordMap[string] // folded noun -> kind
	headFirst  extract.WordSet         // first words of two-word heads
	post       rules.SeqSet            // folded word sequences after "Name,"
	postKind   map[string]string       // joined sequence -> kind
	suffix     map[string]bool         // folded legal-form suffixes
	media      rules.SeqSet            // folded word sequences before a source
	mediaAfter rules.SeqSet            // after a source
	nation     extract.WordMap[string] // folded adjective -> country
	court      rules.SeqSet            // court types after tribunal/cour
	stop       extract.WordSet         // words that never start a discovered name
	sector     extract.WordMap[string] // head noun -> trade
	legal      rules.SeqSet            // verbs whose subject and object are parties
	verbAfter  extract.WordSet         // verbs after a name that is also a word
}

func loadGazetteer(src string) (*trie, map[string]*Entry, error) {
	t := &trie{}
	byName := map[string]*Entry{}
	lines, err := rules.Parse("orgs/gazetteer.tsv", src, 3, 5)
	if err != nil {
		return nil, nil, err
	}
	for _, line := range lines {
		f, n := line.Fields, line.N
		e := &Entry{Canonical: f[0], Kind: f[1], Country: f[2]}
		if !Kinds[e.Kind] {
			return nil, nil, fmt.Errorf("orgs/gazetteer.tsv:%d: unknown kind %q", n, e.Kind)
		}
		if _, dup := byName[e.Canonical]; dup {
			return nil, nil, fmt.Errorf("orgs/gazetteer.tsv:%d: %q listed twice", n, e.Canonical)
		}
		if len(f) == 5 && f[4] != "" {
			for _, flag := range strings.Split(f[4], ",") {
				switch {
				case flag == "word":
					e.Word = true
				case strings.HasPrefix(flag, "sector:"):
					e.Sector = strings.TrimPrefix(flag, "sector:")
				default:
					return nil, nil, fmt.Errorf("orgs/gazetteer.tsv:%d: unknown flag %q", n, flag)
				}
			}
		}
		byName[e.Canonical] = e
		t.add(e.Canonical, e)
		if len(f) >= 4 && f[3] != "" {
			for _, a := range strings.Split(f[3], "|") {
				t.add(strings.TrimSpace(a), e)
			}
		}
	}
	return t, byName, nil
}

func foldSeq(s string) rules.Seq {
	star := strings.HasSuffix(s, "*")
	s = strings.TrimSuffix(s, "*")
	toks := segment.Tokenize(s, 0, len(s))
	out := make([]string, len(toks))
	for i := range toks {
		t := &toks[i]
		out[i] = t.Fold
	}
	if star && len(out) > 0 {
		out[len(out)-1] += "*"
	}
	return out
}

func loadCues(src string) (*cues, error) {
	c := &cues{postKind: map[string]string{}, suffix: map[string]bool{}}
	lines, err := rules.Parse("orgs/cues.tsv", src, 3, 3)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		f, n := line.Fields, line.N
		seq := foldSeq(f[1])
		switch f[0] {
		case "head":
			if !Kinds[f[2]] {
				return nil, fmt.Errorf("orgs/cues.tsv:%d: unknown kind %q", n, f[2])
			}
			c.head.Set(strings.Join(seq, " "), f[2])
			if len(seq) > 1 {
				c.headFirst.Add(seq[0])
			}
		case "post":
			c.post.Add(seq)
			c.postKind[strings.Join(seq, " ")] = f[2]
		case "suffix":
			c.suffix[strings.Join(seq, " ")] = true
		case "media":
			c.media.Add(seq)
		case "media_after":
			c.mediaAfter.Add(seq)
		case "nation":
			c.nation.Set(strings.Join(seq, " "), f[2])
		case "court":
			c.court.Add(seq)
		case "legal":
			c.legal.Add(seq)
		case "verb_after":
			c.verbAfter.Add(strings.Join(seq, " "))
		case "sector":
			c.sector.Set(strings.Join(seq, " "), f[2])
		case "stop":
			c.stop.Add(strings.Join(seq, " "))
		default:
			return nil, fmt.Errorf("orgs/cues.tsv:%d: unknown class %q", n, f[0])
		}
	}
	return c, nil
}
