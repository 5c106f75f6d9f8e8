package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"claimdiff/claims"
)

// seedCorpus reads the shared seed articles through the real extractor, or skips.
func seedCorpus(t *testing.T, opt Options) *Corpus {
	t.Helper()
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seeds in ../../shared/seeds")
	}
	c := NewCorpus(opt)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := claims.NewDocument(p, data)
		if err != nil {
			t.Fatal(err)
		}
		c.Add(doc, claims.Extract(doc))
	}
	return c
}

func TestSeedsDebug(t *testing.T) {
	if os.Getenv("CLAIMDIFF_DEBUG") == "" {
		t.Skip("set CLAIMDIFF_DEBUG=1")
	}
	c := seedCorpus(t, Options{})
	for _, s := range c.Statements() {
		t.Logf("%s:%d [%s|%s] %s %q", filepath.Base(s.Claim.Doc), s.Claim.Line, s.Actor, s.Side, s.Claim.Cue.Text, s.Claim.Content.Quote())
	}
	for _, e := range c.Events() {
		if len(e.Claims) > 1 {
			t.Logf("event %d %q: %d claims", e.ID, e.Label, len(e.Claims))
			for _, s := range e.Claims {
				t.Logf("    [%s|%s] %q", s.Actor, s.Side, s.Claim.Content.Quote())
			}
		}
	}
	for _, k := range c.Contested() {
		b, _ := json.Marshal(k)
		t.Logf("CONTESTED %s", b)
	}
}
