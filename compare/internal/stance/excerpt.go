package stance

import (
	"sort"
	"unicode/utf8"
)

// Excerpt returns the byte span [start, end) of at most limit bytes of t that a reader is shown
// of a long text: the stretch holding the most of claim c's content words (weighted, each
// word once; the shortest such stretch, the first of those), widened evenly on both sides up
// to limit bytes, cut at word boundaries. A text of at most limit bytes (any text when limit
// is not positive) is returned whole; one with none of the claim's words gives its first
// limit bytes.
func Excerpt(c *Claim, t *Text, limit int) (start, end int) {
	n := len(t.Text)
	if n <= limit || limit <= 0 {
		return 0, n
	}
	// The claim's words in the text, in order, and the window over them holding the most
	// weight within limit bytes, each as short as it can be (two pointers; count holds each
	// claim word's hits in it).
	var hits []int // token indexes
	for i, tok := range t.Tokens {
		if _, ok := c.index[tok.Stem]; ok && tok.Weight > 0 {
			hits = append(hits, i)
		}
	}
	count := make([]int, len(c.weight))
	lo, best, sum := 0, -1.0, 0.0
	s, e := 0, 0
	for hi, h := range hits {
		j := c.index[t.Tokens[h].Stem]
		if count[j] == 0 {
			sum += c.weight[j]
		}
		count[j]++
		for lo < hi && t.Tokens[h].End-t.Tokens[hits[lo]].Start > limit {
			k := c.index[t.Tokens[hits[lo]].Stem]
			if count[k]--; count[k] == 0 {
				sum -= c.weight[k]
			}
			lo++
		}
		for lo < hi && count[c.index[t.Tokens[hits[lo]].Stem]] > 1 {
			count[c.index[t.Tokens[hits[lo]].Stem]]--
			lo++
		}
		a, b := t.Tokens[hits[lo]].Start, t.Tokens[h].End
		if sum > best || sum == best && b-a < e-s {
			best, s, e = sum, a, b
		}
	}
	if e-s > limit { // one word longer than the limit
		e = s + limit
		for e > s && !utf8.RuneStart(t.Text[e]) {
			e--
		}
		return s, e
	}
	// Widen evenly to limit bytes, then cut at the words' edges.
	slack := limit - (e - s)
	a := s - slack/2
	if a < 0 {
		a = 0
	}
	b := a + (e - s) + slack
	if b > n {
		b, a = n, n-limit
	}
	return wordStart(t, a, s), wordEnd(t, b, e)
}

// wordStart returns the start of the first token of t at or after byte a (no later than s,
// the start of what must be kept), or a moved to a rune's start when no token starts there.
func wordStart(t *Text, a, s int) int {
	if a <= 0 {
		return 0
	}
	if i := sort.Search(len(t.Tokens), func(i int) bool { return t.Tokens[i].Start >= a }); i < len(t.Tokens) {
		return min(t.Tokens[i].Start, s)
	}
	for a < s && !utf8.RuneStart(t.Text[a]) {
		a++
	}
	return a
}

// wordEnd returns the end of the last token of t ending at or before byte b (no earlier than
// e, the end of what must be kept), taking the punctuation right after it, or b moved back to
// a rune's start when no token ends there.
func wordEnd(t *Text, b, e int) int {
	if b >= len(t.Text) {
		return len(t.Text)
	}
	if i := sort.Search(len(t.Tokens), func(i int) bool { return t.Tokens[i].End > b }); i > 0 {
		end := max(t.Tokens[i-1].End, e)
		for end < b && isClosing(t.Text[end]) {
			end++
		}
		return end
	}
	for b > e && !utf8.RuneStart(t.Text[b]) {
		b--
	}
	return b
}

// isClosing reports whether b is a punctuation mark that closes the word before it.
func isClosing(b byte) bool {
	switch b {
	case '.', ',', ';', ':', '!', '?', ')', '"', '\'':
		return true
	}
	return false
}
