package extract

import (
	"cmp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Entity types, as written in the entities table.
const (
	TypeDate     = "DATE"
	TypeDuration = "DURATION"
	TypeOrg      = "ORG"
	TypePerson   = "PERSON"
)

// Token is one word or punctuation mark of a sentence.
type Token struct {
	Text  string // surface, as in the document
	Fold  string // lower-cased, accents removed, ’ mapped to ': for lexicon look-ups
	Start int    // byte offset in Doc.Text
	End   int    // byte offset in Doc.Text, exclusive
	Hash  uint64 // HashWord(Fold), 0 when not computed: WordMap look-ups
}

// IsCap reports whether the token starts with an upper-case letter.
func (t Token) IsCap() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsUpper(r)
}

// IsWord reports whether the token starts with a letter or a digit.
func (t Token) IsWord() bool {
	r, _ := utf8.DecodeRuneInString(t.Text)
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// Sentence is a span of Doc.Text with its tokens.
type Sentence struct {
	Index  int
	Start  int // byte offset
	End    int // byte offset, exclusive
	Tokens []Token
}

// Entity is a DATE, DURATION, ORG or PERSON mention.
type Entity struct {
	ID          string
	Sent        int
	Type        string
	Start, End  int // byte offsets in Doc.Text
	Text        string
	Normalized  string
	Kind        string
	DateStart   *Day // first day the value covers, when its year is known
	DateEnd     *Day // last day the value covers
	Granularity string
	Mod         string // TIMEX3 modifier: START, MID, END, APPROX, MORE_THAN, LESS_THAN
	Confidence  float32
	Rule        string
}

// Claim is a legal event with its roles.
type Claim struct {
	ID           string
	Sent         int
	Type         string
	Trigger      string
	TriggerStart int
	TriggerEnd   int
	Agent        string
	AgentEntity  string
	Target       string
	TargetEntity string
	Offence      string
	Court        string
	Date         string
	DateEntity   string
	Modality     string
	AttributedTo string
	Amount       string
	Sentence     string
	Confidence   float32
	Rule         string
}

// Day is a calendar day counted from 1970-01-01, the Arrow date32 encoding.
type Day int32

// Doc is what every extractor reads and extends.
type Doc struct {
	Text      string
	Lang      string
	Published string // TIMEX3 value of the document time, "" when unknown
	// PublishedSource says where Published came from when an extractor set
	// it: byline | inferred | flag.
	PublishedSource string
	// FallbackDCT is the document time to assume when neither metadata nor
	// the text gives one (--dct).
	FallbackDCT string
	Sentences   []Sentence
	Entities    []Entity
	Claims      []Claim

	byStart []int // entity indices by start offset, for Overlaps
	maxLen  int
}

// AddEntity appends e with the next entity id.
func (d *Doc) AddEntity(e Entity) {
	e.ID = "e" + itoa(len(d.Entities))
	d.Entities = append(d.Entities, e)
}

// SortEntities orders entities by position (longer first at equal start)
// and renumbers their ids.
func (d *Doc) SortEntities() {
	// an Entity is large: sort their indexes, then move each once
	idx := make([]int, len(d.Entities))
	for i := range idx {
		idx[i] = i
	}
	slices.SortStableFunc(idx, func(i, j int) int {
		a, b := &d.Entities[i], &d.Entities[j]
		if a.Start != b.Start {
			return cmp.Compare(a.Start, b.Start)
		}
		return cmp.Compare(b.End, a.End)
	})
	sorted := make([]Entity, len(idx))
	for k, i := range idx {
		sorted[k] = d.Entities[i]
	}
	d.Entities = sorted
	for i := range d.Entities {
		d.Entities[i].ID = "e" + itoa(i)
	}
	d.byStart = d.byStart[:0]
}

// SentenceAt returns the index of the sentence holding byte offset off, or -1.
func (d *Doc) SentenceAt(off int) int {
	lo, hi := 0, len(d.Sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.Sentences[m].End <= off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo < len(d.Sentences) && d.Sentences[lo].Start <= off {
		return lo
	}
	return -1
}

// Overlaps reports whether an entity of one of the given types covers any
// of [start, end). It keeps an index by start offset, rebuilt when entities
// were added, so extractors can ask for every token.
func (d *Doc) Overlaps(start, end int, types ...string) bool {
	if len(d.byStart) > len(d.Entities) {
		d.byStart, d.maxLen = d.byStart[:0], 0
	}
	// insert the entities added since the last call at their place
	for i := len(d.byStart); i < len(d.Entities); i++ {
		e := d.Entities[i]
		if e.End-e.Start > d.maxLen {
			d.maxLen = e.End - e.Start
		}
		at := sort.Search(len(d.byStart), func(k int) bool { return d.Entities[d.byStart[k]].Start > e.Start })
		d.byStart = append(d.byStart, 0)
		copy(d.byStart[at+1:], d.byStart[at:])
		d.byStart[at] = i
	}
	// entities starting before end, and not more than maxLen before start
	hi := sort.Search(len(d.byStart), func(i int) bool { return d.Entities[d.byStart[i]].Start >= end })
	for k := hi - 1; k >= 0; k-- {
		e := &d.Entities[d.byStart[k]]
		if e.Start+d.maxLen <= start {
			break
		}
		if start < e.End {
			for _, t := range types {
				if e.Type == t {
					return true
				}
			}
		}
	}
	return false
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	return string(b[i:])
}

// Fold lower-cases s, maps typographic apostrophes to ' and removes accents
// from Latin letters, so lexicons can be written without them.
func Fold(s string) string {
	if simple(s) {
		return s
	}
	if asciiNoQuote(s) {
		return strings.ToLower(s)
	}
	return string(AppendFold(make([]byte, 0, len(s)+4), s))
}

// HasPrefixFoldASCII is strings.HasPrefix(strings.ToLower(s), prefix) for
// a lower-case prefix, ASCII letters of s matching either case, without
// lowering s.
func HasPrefixFoldASCII(s, prefix string) bool {
	if len(s) < len(prefix) {
		return false
	}
	for k := 0; k < len(prefix); k++ {
		c := s[k]
		if c >= 'A' && c <= 'Z' {
			c += 'a' - 'A'
		}
		if c != prefix[k] {
			return false
		}
	}
	return true
}

// IsFolded reports whether Fold(s) == s for the common reason: s is ASCII
// without capitals or backquotes.
func IsFolded(s string) bool { return simple(s) }

// AppendFold appends Fold(s) to dst.
func AppendFold(dst []byte, s string) []byte {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c >= 'A' && c <= 'Z':
				c += 'a' - 'A'
			case c == '`':
				c = '\''
			}
			dst = append(dst, c)
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		i += n
		if f, ok := foldRune(r); ok {
			dst = append(dst, f...)
		} else {
			dst = utf8.AppendRune(dst, unicode.ToLower(r))
		}
	}
	return dst
}

// simple reports whether s is ASCII without capitals or backquotes, the
// common case that folding leaves as it is.
func simple(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= 0x80 || c >= 'A' && c <= 'Z' || c == '`' {
			return false
		}
	}
	return true
}

func asciiNoQuote(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 || s[i] == '`' {
			return false
		}
	}
	return true
}

// Norm lower-cases s and maps typographic apostrophes and no-break spaces.
func Norm(s string) string {
	if simple(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range s {
		switch r {
		case '’', 'ʼ', '‘', '`':
			r = '\''
		case '\u00a0', '\u202f':
			r = ' '
		}
		b.WriteRune(unicode.ToLower(r))
	}
	return b.String()
}

// foldLatin1 folds U+00C0..U+00FF (accented capitals fold with their
// small letter); "" where the rune is kept as lower-cased.
var foldLatin1 = func() (t [64]string) {
	for r, f := range map[rune]string{
		'à': "a", 'â': "a", 'ä': "a", 'á': "a", 'ã': "a", 'å': "a",
		'ç': "c", 'é': "e", 'è': "e", 'ê': "e", 'ë': "e",
		'î': "i", 'ï': "i", 'í': "i", 'ì': "i",
		'ô': "o", 'ö': "o", 'ó': "o", 'ò': "o", 'õ': "o",
		'ù': "u", 'û': "u", 'ü': "u", 'ú': "u", 'ñ': "n", 'ÿ': "y",
		'æ': "ae", 'ß': "ss",
	} {
		t[r-0xC0] = f
		if u := unicode.ToUpper(r); u != r && u >= 0xC0 && u <= 0xFF {
			t[u-0xC0] = f
		}
	}
	return t
}()

// foldRune returns what r folds to when that is not just its lower case.
func foldRune(r rune) (string, bool) {
	if r >= 0xC0 && r <= 0xFF {
		if f := foldLatin1[r-0xC0]; f != "" {
			return f, true
		}
	}
	switch r {
	case 'œ', 'Œ':
		return "oe", true
	case '’', 'ʼ', '‘', '`':
		return "'", true
	case '\u00a0', '\u202f':
		return " ", true
	}
	if l := unicode.ToLower(r); l != r && l >= 0xC0 && l <= 0xFF {
		return foldRune(l) // Ÿ
	}
	return "", false
}
