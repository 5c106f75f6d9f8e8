package claims

import "testing"

// TestWordSet checks that a wordSet answers as the map of its words would, for its words,
// words that share their hash's bytes, and "".
func TestWordSet(t *testing.T) {
	words := []string{"said", "sand", "sad", "a", "I", "’s", "said", "maintains", "say-so"}
	s := wordSetOf(words)
	m := setOf(words)
	for _, w := range append(words, "", "s", "saids", "Said", "sid", "maintain", "b", "’") {
		if s.has(w) != m[w] {
			t.Errorf("has(%q) = %v, want %v", w, s.has(w), m[w])
		}
	}
	for _, w := range append(words, "", "s", "saids") {
		if i := s.slotOf(w); s.has(w) != (i >= 0) || i >= 0 && s.slots[i] != w {
			t.Errorf("slotOf(%q) = %d, has %v", w, i, s.has(w))
		}
	}
	if wordSetOf(nil).has("a") || wordSetOf(nil).slotOf("") >= 0 {
		t.Error("the empty set holds a word")
	}
	if one := wordSetOf([]string{"é"}); !one.has("é") || one.has("e") || one.has("") || len(one.words()) != 1 {
		t.Errorf("a set of one word: %q", one.words())
	}
}

// TestNegatedAux checks that each negated auxiliary is there with either apostrophe.
func TestNegatedAux(t *testing.T) {
	for _, w := range []string{"cannot", "don't", "don’t", "shouldn't", "shouldn’t"} {
		if !negatedAux[w] {
			t.Errorf("negatedAux[%q] = false", w)
		}
	}
	if len(negatedAux) != 31 {
		t.Errorf("%d negated auxiliaries, want 31", len(negatedAux))
	}
}
