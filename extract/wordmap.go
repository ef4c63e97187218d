package extract

import "hash/maphash"

var wordSeed = maphash.MakeSeed()

// HashWord is the hash WordMap files a folded word under; the segmenter
// stores it in Token.Hash so that look-ups of a token hash nothing. It is
// never 0, which marks a token built without one.
func HashWord(fold string) uint64 {
	h := maphash.String(wordSeed, fold)
	if h == 0 {
		h = 1
	}
	return h
}

// WordMap maps folded words to values. It is a map[string]V for lexicons
// looked up once or more per token: a token carries the hash of its folded
// form, so a look-up is one probe and, on a hit, one string compare. The
// zero value is empty and ready; it is safe for concurrent readers once
// built.
type WordMap[V any] struct {
	slots []wordSlot[V]
	n     int
}

type wordSlot[V any] struct {
	hash uint64 // 0: empty
	key  string
	val  V
}

// Len is the number of words in the map. A nil *WordMap is empty, as a
// nil Go map is.
func (m *WordMap[V]) Len() int {
	if m == nil {
		return 0
	}
	return m.n
}

// Set files v under word, replacing any value it had.
func (m *WordMap[V]) Set(word string, v V) {
	if 2*(m.n+1) > len(m.slots) {
		m.grow()
	}
	h := HashWord(word)
	mask := uint64(len(m.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := &m.slots[i]
		if s.hash == 0 {
			*s = wordSlot[V]{hash: h, key: word, val: v}
			m.n++
			return
		}
		if s.hash == h && s.key == word {
			s.val = v
			return
		}
	}
}

func (m *WordMap[V]) grow() {
	old := m.slots
	size := 16
	for size < 4*(m.n+1) {
		size *= 2
	}
	m.slots, m.n = make([]wordSlot[V], size), 0
	for _, s := range old {
		if s.hash != 0 {
			m.Set(s.key, s.val)
		}
	}
}

func (m *WordMap[V]) lookup(h uint64, word string) (V, bool) {
	if m.n > 0 {
		mask := uint64(len(m.slots) - 1)
		for i := h & mask; ; i = (i + 1) & mask {
			s := &m.slots[i]
			if s.hash == h && s.key == word {
				return s.val, true
			}
			if s.hash == 0 {
				break
			}
		}
	}
	var zero V
	return zero, false
}

// Get returns the value filed under word.
func (m *WordMap[V]) Get(word string) (V, bool) {
	if m == nil || m.n == 0 {
		var zero V
		return zero, false
	}
	return m.lookup(HashWord(word), word)
}

// Tok returns the value filed under the token's folded form.
func (m *WordMap[V]) Tok(t *Token) (V, bool) {
	if m == nil {
		var zero V
		return zero, false
	}
	h := t.Hash
	if h == 0 {
		if m.n == 0 {
			var zero V
			return zero, false
		}
		h = HashWord(t.Fold)
	}
	return m.lookup(h, t.Fold)
}

// Has reports whether the token's folded form is in the map.
func (m *WordMap[V]) Has(t *Token) bool {
	_, ok := m.Tok(t)
	return ok
}

// WordSet is a set of folded words.
type WordSet = WordMap[struct{}]

// NewWordSet returns the set of words.
func NewWordSet(words ...string) *WordSet {
	s := &WordSet{}
	for _, w := range words {
		s.Set(w, struct{}{})
	}
	return s
}

// Add puts word in a set.
func (m *WordMap[V]) Add(word string) {
	var zero V
	m.Set(word, zero)
}

// AppendTo appends v to the list filed under word.
func AppendTo[T any](m *WordMap[[]T], word string, v T) {
	prev, _ := m.Get(word)
	m.Set(word, append(prev, v))
}
