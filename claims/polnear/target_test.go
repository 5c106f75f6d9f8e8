package polnear

import (
	"testing"

	"claimdiff/claims"
)

// TestExtractorTarget guards the extractor's accuracy on the dev split against the targets it
// was built to: ATTR-L F1 >= 0.55 at precision >= 0.70. Quoted ATTR-L, whose target of 0.85 dev
// meets narrowly (0.853), is held at 0.84 at precision >= 0.85 so that it does not slip back
// while leaving room for a rule that trades a few quoted pairs for many others. Both are floors
// against regressions, not measurements; `claimdiff eval polnear` reports the figures.
func TestExtractorTarget(t *testing.T) {
	arts, err := Load(corpus(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	var c Counts
	for _, a := range arts {
		c.Add(Score(a.Gold, FromClaims(a.Doc, claims.Extract(a.Doc))))
	}
	r := c.Report()
	if r.Lenient.F1 < 0.55 || r.Lenient.P < 0.70 {
		t.Errorf("dev ATTR-L P %.3f R %.3f F1 %.3f, want F1 >= 0.55 at P >= 0.70", r.Lenient.P, r.Lenient.R, r.Lenient.F1)
	}
	if r.Quoted.F1 < 0.84 || r.Quoted.P < 0.85 {
		t.Errorf("dev quoted ATTR-L P %.3f R %.3f F1 %.3f, want F1 >= 0.84 at P >= 0.85", r.Quoted.P, r.Quoted.R, r.Quoted.F1)
	}
}
