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
	if wordSetOf(nil).has("a") {
		t.Error("the empty set holds a word")
	}
}
