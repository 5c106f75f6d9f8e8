package compare

import (
	"slices"
	"strings"
	"testing"
)

// TestWordStartsIndex: in a long text the index of word starts finds what the walk finds,
// for names at a text's start, after punctuation and non-ASCII letters, inside words and
// repeated ("TeslaTesla"), and for words it does not index (short, or with a hyphen).
func TestWordStartsIndex(t *testing.T) {
	var b strings.Builder
	b.WriteString("Tesla said. ")
	for b.Len() < indexedText+1000 {
		b.WriteString("Shares of Tesla fell; éTesla (TSLA.O) and TeslaTesla, “Tesla’s stock” Hewlett-Packard HP 9Tesla. ")
	}
	b.WriteString("end Tesla")
	x := newTextWords(b.String())
	for _, w := range []string{"Tesla", "Hewlett-Packard", "HP", "Packard", "TSLA", "fell", "stock", "Nobody"} {
		if got, want := x.wordStarts(w), x.walkWordStarts(w); !slices.Equal(got, want) {
			t.Errorf("wordStarts(%q): %d found, the walk %d", w, len(got), len(want))
		}
	}
	for _, c := range []struct {
		p, w string
		want bool
	}{
		{"Shares of ", "Tesla", true},
		{"Shares of ", "Tesl", false}, // "Tesla" goes on
		{"stake in ", "Tesla", false},
	} {
		if got := x.phraseAt(c.p, c.w); got != c.want || got != wordAt(x.text, c.p+c.w) {
			t.Errorf("phraseAt(%q, %q) = %v, want %v", c.p, c.w, got, c.want)
		}
	}
}

// TestLowerWordAndStem checks the ASCII fast paths of lowerWord and the suffix table of stem
// against the general rules.
func TestLowerWordAndStem(t *testing.T) {
	for _, w := range []string{"said", "Said", "DON’T", "don’t", "Élysée", "U.S", "", "Kelvin\u212a"} {
		if got, want := lowerWord(w), strings.ToLower(strings.ReplaceAll(w, "’", "'")); got != want {
			t.Errorf("lowerWord(%q) = %q, want %q", w, got, want)
		}
	}
	for w, want := range map[string]string{
		"telephoned": "telephon", "Nationalities": "nationality", "operational": "operate",
		"bus": "bus", "politically": "polit", "U.S.": "us", "denied": "deny", "Statements": "state",
	} {
		if got := stem(w); got != want {
			t.Errorf("stem(%q) = %q, want %q", w, got, want)
		}
	}
}
