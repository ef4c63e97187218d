package segment

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/rules"
)

//go:embed abbreviations.tsv
var abbreviationsTSV string

// MaxSentenceBytes caps a sentence: a longer run of text without a boundary
// (a 5 MB line with no punctuation) is cut at the last space before the cap,
// so the cost of every later stage stays bounded per sentence.
const MaxSentenceBytes = 4000

// Segmenter splits text into sentences and tokens. It is safe for
// concurrent use.
type Segmenter struct {
	abbrev map[string]map[string]bool // lang ("*" for all) -> folded abbreviation
}

// New builds a Segmenter from the embedded rule data.
func New() (*Segmenter, error) {
	s := &Segmenter{abbrev: map[string]map[string]bool{}}
	lines, err := rules.Parse("segment/abbreviations.tsv", abbreviationsTSV, 2, 2)
	if err != nil {
		return nil, err
	}
	for _, line := range lines {
		f := line.Fields
		if f[1] == "" {
			return nil, line.Errorf("segment/abbreviations.tsv", "empty abbreviation")
		}
		if s.abbrev[f[0]] == nil {
			s.abbrev[f[0]] = map[string]bool{}
		}
		s.abbrev[f[0]][extract.Fold(f[1])] = true
	}
	return s, nil
}

// Split returns the sentences of text with their tokens. text must be
// valid UTF-8 (the pipeline decodes every input before this stage).
func (s *Segmenter) Split(text, lang string) []extract.Sentence {
	out, _ := s.SplitInto(text, lang, nil)
	return out
}

// SplitInto is Split with the tokens of every sentence appended to slab,
// which it returns (grown if needed) so that a caller done with the
// sentences can reuse it for the next text.
func (s *Segmenter) SplitInto(text, lang string, slab []extract.Token) ([]extract.Sentence, []extract.Token) {
	var out []extract.Sentence
	add := func(start, end int) {
		// trim spaces
		for start < end {
			r, n := utf8.DecodeRuneInString(text[start:])
			if !unicode.IsSpace(r) {
				break
			}
			start += n
		}
		for end > start {
			r, n := utf8.DecodeLastRuneInString(text[:end])
			if !unicode.IsSpace(r) {
				break
			}
			end -= n
		}
		if start >= end {
			return
		}
		for end-start > MaxSentenceBytes {
			cut := capCut(text, start, start+MaxSentenceBytes)
			out = append(out, extract.Sentence{Index: len(out), Start: start, End: cut})
			start = cut
			for start < end && text[start] == ' ' {
				start++
			}
		}
		if start < end {
			out = append(out, extract.Sentence{Index: len(out), Start: start, End: end})
		}
	}
	lineStart := 0
	for lineStart <= len(text) {
		nl := strings.IndexByte(text[lineStart:], '\n')
		lineEnd := len(text)
		if nl >= 0 {
			lineEnd = lineStart + nl
		}
		start := lineStart
		for _, b := range s.boundaries(text, lineStart, lineEnd, lang) {
			add(start, b)
			start = b
		}
		add(start, lineEnd)
		if nl < 0 {
			break
		}
		lineStart = lineEnd + 1
	}
	if need := len(text)/5 + len(out); cap(slab) < need {
		slab = make([]extract.Token, 0, need)
	}
	slab = slab[:0]
	for i := range out {
		a := len(slab)
		slab = appendTokens(slab, text, out[i].Start, out[i].End)
		out[i].Tokens = slab[a:len(slab):len(slab)]
	}
	return out, slab
}

// capCut returns a cut point at or before max: the last space after start,
// else max moved back to a rune boundary.
func capCut(text string, start, max int) int {
	if i := strings.LastIndexByte(text[start:max], ' '); i > 0 {
		return start + i
	}
	for max > start && !utf8.RuneStart(text[max]) {
		max--
	}
	if max == start {
		_, n := utf8.DecodeRuneInString(text[start:])
		return start + n
	}
	return max
}

const closers = "\"”»)]’'"

// boundaries returns the byte offsets inside text[from:to] where a new sentence starts.
func (s *Segmenter) boundaries(text string, from, to int, lang string) []int {
	var out []int
	for i := from; i < to; {
		r, n := utf8.DecodeRuneInString(text[i:to])
		if r != '.' && r != '!' && r != '?' && r != '…' {
			i += n
			continue
		}
		term, termEnd := i, i+n
		// a run of terminators and closing quotes belongs to the sentence
		j := termEnd
		for j < to {
			r2, n2 := utf8.DecodeRuneInString(text[j:to])
			if strings.ContainsRune(".!?…", r2) || strings.ContainsRune(closers, r2) {
				j += n2
				continue
			}
			// French typography: "fin. »" puts a space before the closing guillemet
			if r2 == ' ' || r2 == '\u00a0' || r2 == '\u202f' {
				r3, _ := utf8.DecodeRuneInString(text[j+n2 : to])
				if j+n2 < to && (r3 == '»' || r3 == '”') {
					j += n2
					continue
				}
			}
			break
		}
		i = j
		if j >= to {
			break
		}
		r2, _ := utf8.DecodeRuneInString(text[j:to])
		if !unicode.IsSpace(r2) {
			continue
		}
		k := j
		for k < to {
			r3, n3 := utf8.DecodeRuneInString(text[k:to])
			if !unicode.IsSpace(r3) {
				break
			}
			k += n3
		}
		if k >= to {
			break
		}
		next, _ := utf8.DecodeRuneInString(text[k:to])
		if !opensSentence(next) {
			continue
		}
		if r == '…' && term > from && text[term-1] == '[' {
			continue // "[…]" marks a cut inside a quotation
		}
		if r == '.' && s.isAbbreviation(text, from, term, lang) {
			continue
		}
		out = append(out, k)
	}
	return out
}

func opensSentence(r rune) bool {
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("«“\"(['¿¡•–—-", r)
}

// isAbbreviation reports whether the full stop at dot ends an abbreviation or an initial.
func (s *Segmenter) isAbbreviation(text string, from, dot int, lang string) bool {
	w := dot
	for w > from {
		r, n := utf8.DecodeLastRuneInString(text[from:w])
		if !(unicode.IsLetter(r) || r == '.' || r == '°' || r == '-') {
			break
		}
		w -= n
	}
	word := text[w:dot]
	if word == "" {
		// German ordinals: "am 5. Mai"
		d := dot
		for d > from && text[d-1] >= '0' && text[d-1] <= '9' {
			d--
		}
		return lang == "de" && dot-d >= 1 && dot-d <= 2 && (d == from || text[d-1] == ' ')
	}
	// initials: "A", "A.X", "J.-P"
	letters := 0
	allInitials := true
	for _, part := range strings.FieldsFunc(word, func(r rune) bool { return r == '.' || r == '-' }) {
		if utf8.RuneCountInString(part) != 1 {
			allInitials = false
		}
		letters++
	}
	if allInitials && letters > 0 {
		first, _ := utf8.DecodeRuneInString(word)
		if unicode.IsUpper(first) {
			return true
		}
	}
	f := extract.Fold(word)
	if s.abbrev["*"][f] || s.abbrev[lang][f] {
		return true
	}
	if lang != "fr" && lang != "en" {
		// unknown or other languages: French and English titles still apply
		return s.abbrev["fr"][f] && len(f) <= 3 || s.abbrev["en"][f] && len(f) <= 3
	}
	return false
}

// elisions are French and Italian clitics written with an apostrophe.
var elisions = map[string]bool{
	"l": true, "d": true, "j": true, "m": true, "n": true, "s": true, "t": true, "c": true,
	"qu": true, "jusqu": true, "lorsqu": true, "puisqu": true, "quoiqu": true, "presqu": true,
	"all": true, "dell": true, "nell": true, "sull": true, "un": true,
}

// Tokenize returns the tokens of text[start:end] with byte offsets into
// text. It applies prose's tokenizer rules (github.com/jdkato/prose/v2:
// split on spaces, peel the prefixes $ ( " [ and the suffixes , ) " ] ! ; .
// ? : ', split 's 'll 're 'm n't, keep "U.S." and "Dr." whole) directly on
// offsets: the same tokens as prose's, without its string rewriting and
// regular expressions, at about ten times its speed (see BenchmarkTokenize).
func Tokenize(text string, start, end int) []extract.Token {
	return appendTokens(make([]extract.Token, 0, (end-start)/5+1), text, start, end)
}

// appendTokens appends the tokens of text[start:end] to toks.
func appendTokens(toks []extract.Token, text string, start, end int) []extract.Token {
	z := tokenizer{text: text, toks: toks, span: end - start}
	i := start
	for i < end {
		if n := spaceAt(text[i:end]); n > 0 {
			i += n
			continue
		}
		j := i + 1
		for j < end {
			if c := text[j]; c < utf8.RuneSelf {
				if isASCIISpace(c) {
					break
				}
			} else if spaceAt(text[j:end]) > 0 {
				break
			}
			j++
		}
		z.splitWord(i, j)
		i = j
	}
	return z.toks
}

// tokenizer appends the tokens of one span. The folded forms that differ
// from the surface are written into one arena per span rather than one
// allocation per token.
type tokenizer struct {
	text  string
	toks  []extract.Token
	arena []byte
	span  int // bytes of the span: folds need about as many
}

func (z *tokenizer) add(a, b int) {
	s := z.text[a:b]
	f := s
	if !extract.IsFolded(s) {
		if cap(z.arena)-len(z.arena) < 2*len(s)+4 {
			// a new block; the strings made from the old one stay valid,
			// as its bytes are never written again
			z.arena = make([]byte, 0, max(z.span+16, 4*len(s)))
		}
		n := len(z.arena)
		z.arena = extract.AppendFold(z.arena, s)
		fold := z.arena[n:]
		f = unsafe.String(unsafe.SliceData(fold), len(fold))
	}
	z.toks = append(z.toks, extract.Token{Text: s, Fold: f, Start: a, End: b, Hash: extract.HashWord(f)})
}

// isASCIISpace reports whether c is one of the ASCII spaces unicode.IsSpace knows.
func isASCIISpace(c byte) bool { return c == ' ' || c >= '\t' && c <= '\r' }

// spaceAt returns the length of the white space rune s starts with, or 0:
// ASCII bytes are tested without decoding. A multi-byte rune that is not a
// space returns 0 and is stepped over a byte at a time, which is safe as
// only its first byte can start a space.
func spaceAt(s string) int {
	if c := s[0]; c < utf8.RuneSelf {
		if isASCIISpace(c) {
			return 1
		}
		return 0
	}
	r, n := utf8.DecodeRuneInString(s)
	if unicode.IsSpace(r) {
		return n
	}
	return 0
}

// The marks prose peels off words (its prefixes and suffixes), as
// switches: they run for every word.
func isPrefixMark(r rune) bool {
	switch r {
	case '$', '(', '"', '[', '“':
		return true
	}
	return false
}

func isSuffixMark(r rune) bool {
	switch r {
	case ',', ')', '"', ']', '!', ';', '.', '?', ':', '\'', '’', '”':
		return true
	}
	return false
}

func isEdgePunct(r rune) bool {
	switch r {
	case '…', '«', '»', '‹', '›', '„', '“', '”':
		return true
	}
	return false
}

// apostrophe returns the index of the first ' or ’ in w, or -1.
func apostrophe(w string) int {
	for i := 0; i < len(w); i++ {
		switch {
		case w[i] == '\'':
			return i
		case w[i] == 0xE2 && i+2 < len(w) && w[i+1] == 0x80 && w[i+2] == 0x99: // ’
			return i
		}
	}
	return -1
}

// splitWord applies prose's doSplit to the space-free span text[a:b].
func (z *tokenizer) splitWord(a, b int) {
	text := z.text
	// suffix marks peeled off the end, last first; emitted after the word
	var tailBuf [8]int
	tail := tailBuf[:0]
	end := b
	for a < b {
		w := text[a:b]
		if isSpecialWord(w) {
			break
		}
		r, n := utf8.DecodeRuneInString(w)
		if n < len(w) && isPrefixMark(r) {
			z.add(a, a+n)
			a += n
			continue
		}
		if idx := contractionIndex(w); idx > 0 {
			z.appendToken(a, a+idx)
			a += idx
			continue
		}
		lr, ln := utf8.DecodeLastRuneInString(w)
		if ln < len(w) && isSuffixMark(lr) {
			b -= ln
			tail = append(tail, b)
			continue
		}
		break
	}
	if a < b {
		z.appendToken(a, b)
	}
	for k := len(tail) - 1; k >= 0; k-- {
		hi := end
		if k > 0 {
			hi = tail[k-1]
		}
		z.add(tail[k], hi)
	}
}

// isSpecialWord: initials and abbreviations prose keeps whole ("U.S.",
// "S.A.", "Dr.", "Inc.").
func isSpecialWord(w string) bool {
	if len(w) >= 4 && w[len(w)-1] == '.' {
		// (?:[A-Za-z]\.){2,}
		ok := len(w)%2 == 0
		for k := 0; ok && k < len(w); k += 2 {
			c := w[k]
			ok = (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z') && w[k+1] == '.'
		}
		if ok {
			return true
		}
	}
	// [A-Z][a-z]{1,2}\.
	if (len(w) == 3 || len(w) == 4) && w[0] >= 'A' && w[0] <= 'Z' && w[len(w)-1] == '.' {
		for k := 1; k < len(w)-1; k++ {
			if w[k] < 'a' || w[k] > 'z' {
				return false
			}
		}
		return true
	}
	return false
}

// contractionIndex finds an English contraction to split off ("they'll",
// "don't", "Huawei's"), as prose does; 0 when there is none.
func contractionIndex(w string) int {
	first := apostrophe(w)
	if first < 0 {
		return 0
	}
	// as prose: the first occurrence of the first of these that occurs,
	// when it is not at the start; each starts at an apostrophe (n't one
	// byte before), so only those places are looked at
	for _, c := range contractions {
		back := 0
		if c[0] == 'n' {
			back = 1
		}
		for p := first; p >= 0; p = nextApostrophe(w, p) {
			i := p - back
			if i >= 0 && extract.HasPrefixFoldASCII(w[i:], c) {
				if i > 0 {
					return i
				}
				break
			}
		}
	}
	return 0
}

var contractions = []string{"'ll", "'s", "'re", "'m", "’ll", "’s", "’re", "’m", "n't", "n’t"}

// nextApostrophe returns the index of the first ' or ’ after the one at p, or -1.
func nextApostrophe(w string, p int) int {
	n := 1
	if w[p] != '\'' {
		n = 3
	}
	if i := apostrophe(w[p+n:]); i >= 0 {
		return p + n + i
	}
	return -1
}

// edgePunct are marks prose leaves attached to words ("Altice…", "«Free").
const edgePunct = "…«»‹›„“”"

// appendToken appends text[a:b], with edge punctuation split off and split
// at a French/Italian elision.
func (z *tokenizer) appendToken(a, b int) {
	text := z.text
	for a < b {
		r, n := utf8.DecodeRuneInString(text[a:b])
		if !isEdgePunct(r) || a+n == b {
			break
		}
		z.add(a, a+n)
		a += n
	}
	end := b
	for a < b {
		r, n := utf8.DecodeLastRuneInString(text[a:b])
		if !isEdgePunct(r) || b-n == a {
			break
		}
		b -= n
	}
	z.appendWord(a, b)
	// the edge marks after the word, one token each
	for k := b; k < end; {
		_, n := utf8.DecodeRuneInString(text[k:end])
		z.add(k, k+n)
		k += n
	}
}

// appendWord appends text[a:b], split at a French/Italian elision.
func (z *tokenizer) appendWord(a, b int) {
	w := z.text[a:b]
	if i := apostrophe(w); i > 0 && i < len(w)-1 {
		_, n := utf8.DecodeRuneInString(w[i:])
		if elisions[strings.ToLower(w[:i])] {
			z.add(a, a+i+n)
			z.add(a+i+n, b)
			return
		}
	}
	z.add(a, b)
}
