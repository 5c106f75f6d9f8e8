package compare

import (
	"path/filepath"
	"testing"
)

// TestPairDotsSim checks that the similarities pairDots reads off its sums are sim's to the
// last bit, for each pair of each event of compare's testdata, and that sumWith finds every
// statement similar to one.
func TestPairDotsSim(t *testing.T) {
	paths, _ := filepath.Glob("testdata/*.txt")
	c := extractCorpus(t, Options{}, paths)
	a := c.analyze()
	pairs := 0
	for _, idx := range a.events {
		pd := a.newPairDots(idx)
		for p, i := range idx {
			pd.sum(p)
			for q := p + 1; q < len(idx); q++ {
				j := idx[q]
				if got, want := a.simOf(pd.dot(p, q), i, j), a.sim(i, j); got != want {
					t.Errorf("pairDots sim of statements %d and %d = %v, want %v", i, j, got, want)
				}
				pairs++
			}
		}
		pd.release()
		pd = a.newPairDots(idx)
		for _, i := range idx {
			found := map[int]float64{}
			for _, q := range pd.sumWith(i) {
				found[idx[q]] = a.simOf(pd.dots[q], i, idx[q])
			}
			for _, j := range idx {
				if got, want := found[j], a.sim(i, j); got != want {
					t.Errorf("sumWith sim of statements %d and %d = %v, want %v", i, j, got, want)
				}
			}
		}
		pd.release()
	}
	if pairs == 0 {
		t.Fatal("no pairs of statements in one event")
	}
}
