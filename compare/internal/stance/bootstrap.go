package stance

import (
	"math/rand/v2"
	"sort"
)

// Bootstrap measures how much FNC-1 scores owe to which stories happen to be scored: it draws
// n resamples of the stories (as many as there are, with replacement, each with all its
// pairs), scores each, and returns the scores in draw order. Stories, not pairs, are drawn
// because a story's pairs share a headline or a body and succeed or fail together: drawing
// pairs would make the scores look surer than they are. stories names the story of each pair
// ([Stories]); the draws depend only on seed and the stories' order of first appearance.
func Bootstrap(stories []string, gold, pred []int, n int, seed uint64) []Scores {
	index := map[string]int{}
	var conf [][NumLabels][NumLabels]int
	for i, s := range stories {
		k, ok := index[s]
		if !ok {
			k = len(conf)
			index[s] = k
			conf = append(conf, [NumLabels][NumLabels]int{})
		}
		conf[k][gold[i]][pred[i]]++
	}
	if len(conf) == 0 {
		return nil
	}
	r := rand.New(rand.NewPCG(seed, 0))
	out := make([]Scores, n)
	for d := range out {
		var c [NumLabels][NumLabels]int
		for range conf {
			s := &conf[r.IntN(len(conf))]
			for g := range NumLabels {
				for p := range NumLabels {
					c[g][p] += s[g][p]
				}
			}
		}
		out[d] = ScoreConfusion(c)
	}
	return out
}

// Percentiles returns the lo and hi quantiles (in [0, 1]) of xs, by the nearest rank of the
// sorted values; xs is sorted in place.
func Percentiles(xs []float64, lo, hi float64) (float64, float64) {
	if len(xs) == 0 {
		return 0, 0
	}
	sort.Float64s(xs)
	at := func(q float64) float64 {
		i := int(q*float64(len(xs))+0.5) - 1
		return xs[min(max(i, 0), len(xs)-1)]
	}
	return at(lo), at(hi)
}
