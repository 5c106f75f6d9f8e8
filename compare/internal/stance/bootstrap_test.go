package stance

import (
	"math"
	"testing"
)

// TestBootstrap: with one story every resample is the whole set; with a story all right and
// one all wrong, resamples range from all wrong to all right; the draws are repeatable.
func TestBootstrap(t *testing.T) {
	gold := []int{Agree, Disagree, Discuss, Unrelated}
	pred := []int{Agree, Disagree, Discuss, Unrelated}
	whole := Score(gold, pred)
	for _, s := range Bootstrap([]string{"a", "a", "a", "a"}, gold, pred, 20, 1) {
		if s != whole {
			t.Fatalf("one story: a resample scores %+v, want the whole set's %+v", s, whole)
		}
	}

	wrong := []int{Disagree, Agree, Agree, Discuss}
	stories := []string{"right", "right", "right", "right", "wrong", "wrong", "wrong", "wrong"}
	g := append(append([]int(nil), gold...), gold...)
	p := append(append([]int(nil), pred...), wrong...)
	draws := Bootstrap(stories, g, p, 400, 7)
	if len(draws) != 400 {
		t.Fatalf("%d resamples, want 400", len(draws))
	}
	counts := map[float64]int{}
	for _, d := range draws {
		if d.N != 8 {
			t.Fatalf("a resample of two four-pair stories has %d pairs", d.N)
		}
		counts[math.Round(d.Score)]++
	}
	// Both draws "right" (100%), both "wrong" (0.75 of 3.25: 23%), or one of each (4 of 6.5:
	// 62%): each about 1/4, 1/4 and 1/2 of 400.
	for score, want := range map[float64]int{100: 100, 23: 100, 62: 200} {
		if c := counts[score]; c < want*3/4 || c > want*5/4 {
			t.Errorf("score %v in %d resamples, want about %d (counts %v)", score, c, want, counts)
		}
	}
	again := Bootstrap(stories, g, p, 400, 7)
	for i := range draws {
		if draws[i] != again[i] {
			t.Fatalf("resample %d differs on a second run with the same seed", i)
		}
	}
	if Bootstrap(nil, nil, nil, 10, 1) != nil {
		t.Errorf("resamples of no stories, want none")
	}
}

func TestScoreConfusion(t *testing.T) {
	gold := []int{Agree, Disagree, Discuss, Unrelated, Unrelated, Agree}
	pred := []int{Agree, Discuss, Unrelated, Unrelated, Agree, Disagree}
	var c [NumLabels][NumLabels]int
	for i := range gold {
		c[gold[i]][pred[i]]++
	}
	if got, want := ScoreConfusion(c), Score(gold, pred); got != want {
		t.Errorf("ScoreConfusion = %+v, want Score's %+v", got, want)
	}
}

func TestPercentiles(t *testing.T) {
	xs := make([]float64, 100)
	for i := range xs {
		xs[i] = float64(99 - i) // 99 down to 0, so sorting matters
	}
	if lo, hi := Percentiles(xs, 0.05, 0.95); lo != 4 || hi != 94 {
		t.Errorf("Percentiles of 0..99 at 5%% and 95%% = %v, %v, want 4, 94", lo, hi)
	}
	if lo, hi := Percentiles([]float64{3}, 0.05, 0.95); lo != 3 || hi != 3 {
		t.Errorf("Percentiles of one value = %v, %v, want 3, 3", lo, hi)
	}
	if lo, hi := Percentiles(nil, 0.05, 0.95); lo != 0 || hi != 0 {
		t.Errorf("Percentiles of nothing = %v, %v, want 0, 0", lo, hi)
	}
}
