package compare

import (
	"testing"

	"claimdiff/claims"
)

// actorsOf returns the actor of each statement of c by its speaker's name as the
// extractor gave it.
func actorsOf(c *Corpus) map[string]string {
	got := map[string]string{}
	for _, s := range c.Statements() {
		if s.Claim.Source != nil {
			got[s.Claim.Source.Name] = s.Actor
		}
	}
	return got
}

// TestBodyNamedForItsAim: "Committee to Protect Journalists" is a body, its aim after "to",
// not a person "Protect Journalists"; and "Journalists compared the boy to Magneto", a
// common noun opening a sentence, does not join it.
func TestBodyNamedForItsAim(t *testing.T) {
	a := doc("a.txt", "", "The Committee to Protect Journalists said 12 reporters were held.")
	b := doc("b.txt", "", "The boy can hold spoons on his skin. Journalists compared him to Magneto.")
	c := NewCorpus(Options{})
	c.Add(a, []claims.Claim{claim(t, a, "Committee to Protect Journalists", "Committee to Protect Journalists", "said", claims.CueAssert, "12 reporters were held")})
	c.Add(b, []claims.Claim{claim(t, b, "Journalists", "Journalists", "compared", claims.CueAssert, "him to Magneto")})
	got := actorsOf(c)
	for name, want := range map[string]string{"Committee to Protect Journalists": "Committee to Protect Journalists", "Journalists": "Journalists"} {
		if got[name] != want {
			t.Errorf("actor of %q = %q, want %q", name, got[name], want)
		}
	}
}
