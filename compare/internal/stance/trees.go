package stance

import (
	"fmt"
	"math"
	"math/rand/v2"
	"sort"
)

// Trees is a multiclass classifier of gradient-boosted regression trees over the raw
// features: each round adds one shallow tree per class to the class scores, and the
// probabilities are their softmax. Trees split on one feature against a threshold, so each
// decision reads as "refute_ev above 0.12 and claim_pol below 0.5".
type Trees struct {
	Classes []string  `json:"classes"`
	Base    []float64 `json:"base"`   // initial score of each class
	Rounds  [][]*Tree `json:"rounds"` // one tree per class per round
}

// Tree is a regression tree of a fixed depth stored as a heap: node i has children 2i+1
// and 2i+2. Internal node i splits on feature F[i] at threshold T[i] (values below go
// left); F[i] = -1 makes it a leaf. V holds every node's value; a leaf's is added to its
// class's score.
type Tree struct {
	F []int     `json:"f"`
	T []float64 `json:"t"`
	V []float64 `json:"v"`
}

func (t *Tree) eval(x []float64) float64 {
	i := 0
	for i < len(t.F) && t.F[i] >= 0 {
		if x[t.F[i]] < t.T[i] {
			i = 2*i + 1
		} else {
			i = 2*i + 2
		}
	}
	return t.V[i]
}

// check reports whether the tree is well formed over d features.
func (t *Tree) check(d int) error {
	if len(t.T) != len(t.F) || len(t.V) != 2*len(t.F)+1 {
		return fmt.Errorf("tree has %d splits, %d thresholds and %d values, want n, n and 2n+1", len(t.F), len(t.T), len(t.V))
	}
	for i, f := range t.F {
		if f < -1 || f >= d {
			return fmt.Errorf("tree node %d splits on feature %d of %d", i, f, d)
		}
	}
	return nil
}

// Prob writes the class probabilities of x into p (allocated when nil) and returns it.
func (m *Trees) Prob(x, p []float64) []float64 {
	if p == nil {
		p = make([]float64, len(m.Classes))
	}
	copy(p, m.Base)
	for _, round := range m.Rounds {
		for c, t := range round {
			p[c] += t.eval(x)
		}
	}
	softmax(p)
	return p
}

// TreeOptions sets how [TrainTrees] fits a [Trees].
type TreeOptions struct {
	Rounds       int       // boosting rounds
	Depth        int       // depth of each tree
	Rate         float64   // shrinkage of each tree's values
	Lambda       float64   // L2 penalty on leaf values
	MinHess      float64   // least summed hessian in a leaf
	Subsample    float64   // share of examples each round sees (1 for all)
	ColSample    float64   // share of features each tree may split on (1 for all)
	Bins         int       // candidate thresholds per feature (quantiles)
	ClassWeights []float64 // loss weight of each class; nil for all 1
	Weights      []float64 // loss weight of each example, times its class's; nil for all 1
	Seed         uint64
}

// TrainTrees fits boosted trees to the examples x with labels y. It is deterministic.
func TrainTrees(x [][]float64, y []int, classes []string, o TreeOptions) (*Trees, error) {
	if len(x) == 0 || len(x) != len(y) {
		return nil, fmt.Errorf("training needs examples with one label each (%d examples, %d labels)", len(x), len(y))
	}
	n, d, k := len(x), len(x[0]), len(classes)
	if o.Bins < 2 {
		o.Bins = 32
	}
	if o.Bins > 255 {
		o.Bins = 255
	}
	cuts, bin := binFeatures(x, o.Bins)
	w := make([]float64, n)
	for i := range w {
		w[i] = 1
		if o.ClassWeights != nil {
			w[i] = o.ClassWeights[y[i]]
		}
		if o.Weights != nil {
			w[i] *= o.Weights[i]
		}
	}
	m := &Trees{Classes: classes, Base: logPrior(y, w, k)}
	score := make([][]float64, n)
	for i := range score {
		score[i] = append([]float64(nil), m.Base...)
	}
	rng := rand.New(rand.NewPCG(o.Seed, 0x7ee5))
	g := make([]float64, n)
	h := make([]float64, n)
	p := make([]float64, k)
	probs := make([][]float64, n)
	for i := range probs {
		probs[i] = make([]float64, k)
	}
	feats := make([]int, d)
	for f := range feats {
		feats[f] = f
	}
	for range o.Rounds {
		for i := range n {
			copy(p, score[i])
			softmax(p)
			copy(probs[i], p)
		}
		var rows []int
		for i := range n {
			if o.Subsample >= 1 || o.Subsample <= 0 || rng.Float64() < o.Subsample {
				rows = append(rows, i)
			}
		}
		round := make([]*Tree, k)
		for c := range k {
			for _, i := range rows {
				pc := probs[i][c]
				t := 0.0
				if y[i] == c {
					t = 1
				}
				g[i] = w[i] * (pc - t)
				h[i] = w[i] * max(pc*(1-pc), 1e-6)
			}
			use := feats
			if o.ColSample > 0 && o.ColSample < 1 {
				rng.Shuffle(len(feats), func(a, b int) { feats[a], feats[b] = feats[b], feats[a] })
				use = append([]int(nil), feats[:max(1, int(o.ColSample*float64(d)))]...)
				sort.Ints(use)
			}
			t := growTree(rows, bin, cuts, g, h, use, o)
			round[c] = t
			for i := range n {
				score[i][c] += t.eval(x[i])
			}
		}
		m.Rounds = append(m.Rounds, round)
	}
	return m, nil
}

// binFeatures returns each feature's candidate thresholds, below distinct quantiles of its
// values in x (bins of them at most), and bin[i][f], the number of thresholds at or below
// x[i][f].
func binFeatures(x [][]float64, bins int) (cuts [][]float64, bin [][]uint8) {
	n, d := len(x), len(x[0])
	cuts = make([][]float64, d)
	col := make([]float64, n)
	for f := range d {
		for i := range x {
			col[i] = x[i][f]
		}
		sort.Float64s(col)
		// Each threshold lies halfway between a quantile and the next smaller value, so no
		// training value sits on it and rounding the stored model does not move a decision.
		var c []float64
		for b := 1; b < bins; b++ {
			q := b * n / bins
			v := col[q]
			j := sort.SearchFloat64s(col, v) // first index of v
			if j == 0 {
				continue
			}
			if mid := (col[j-1] + v) / 2; len(c) == 0 || mid > c[len(c)-1] {
				c = append(c, mid)
			}
		}
		cuts[f] = c
	}
	bin = make([][]uint8, n)
	for i, row := range x {
		bin[i] = make([]uint8, d)
		for f, v := range row {
			bin[i][f] = uint8(sort.Search(len(cuts[f]), func(j int) bool { return cuts[f][j] > v }))
		}
	}
	return cuts, bin
}

// logPrior returns the log of each of k classes' share of the weights w of the labels y
// (at least 1e-6), the trees' starting scores.
func logPrior(y []int, w []float64, k int) []float64 {
	wsum := 0.0
	prior := make([]float64, k)
	for i, l := range y {
		prior[l] += w[i]
		wsum += w[i]
	}
	base := make([]float64, k)
	for c := range k {
		base[c] = math.Log(max(prior[c]/wsum, 1e-6))
	}
	return base
}

// growTree grows one regression tree of depth o.Depth on the rows by the gradient g and
// hessian h (XGBoost's gain), with leaf values shrunk by o.Rate.
func growTree(rows []int, bin [][]uint8, cuts [][]float64, g, h []float64, feats []int, o TreeOptions) *Tree {
	inner := 1<<o.Depth - 1
	t := &Tree{F: make([]int, inner), T: make([]float64, inner), V: make([]float64, 2*inner+1)}
	for i := range t.F {
		t.F[i] = -1
	}
	var hg, hh [256]float64
	var grow func(node int, rows []int)
	grow = func(node int, rows []int) {
		G, H := 0.0, 0.0
		for _, i := range rows {
			G += g[i]
			H += h[i]
		}
		t.V[node] = -o.Rate * G / (H + o.Lambda)
		if node >= inner || H < 2*o.MinHess {
			return
		}
		parent := G * G / (H + o.Lambda)
		bestGain, bestF, bestB := 1e-9, -1, 0
		for _, f := range feats {
			nb := len(cuts[f]) + 1
			if nb < 2 {
				continue
			}
			clear(hg[:nb])
			clear(hh[:nb])
			for _, i := range rows {
				b := bin[i][f]
				hg[b] += g[i]
				hh[b] += h[i]
			}
			gl, hl := 0.0, 0.0
			for b := 0; b < nb-1; b++ {
				gl += hg[b]
				hl += hh[b]
				gr, hr := G-gl, H-hl
				if hl < o.MinHess || hr < o.MinHess {
					continue
				}
				gain := gl*gl/(hl+o.Lambda) + gr*gr/(hr+o.Lambda) - parent
				if gain > bestGain {
					bestGain, bestF, bestB = gain, f, b
				}
			}
		}
		if bestF < 0 {
			return
		}
		var left, right []int
		for _, i := range rows {
			if int(bin[i][bestF]) <= bestB {
				left = append(left, i)
			} else {
				right = append(right, i)
			}
		}
		t.F[node], t.T[node] = bestF, cuts[bestF][bestB]
		grow(2*node+1, left)
		grow(2*node+2, right)
	}
	grow(0, rows)
	return t
}
