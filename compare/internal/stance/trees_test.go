package stance

import (
	"encoding/json"
	"math"
	"strings"
	"testing"
)

func TestTrainTrees(t *testing.T) {
	x, y := synthetic(300)
	o := TreeOptions{Rounds: 30, Depth: 2, Rate: 0.3, Lambda: 1, MinHess: 1, Subsample: 0.8, ColSample: 0.7, Seed: 3}
	a, err := TrainTrees(x, y, []string{"a", "b", "c"}, o)
	if err != nil {
		t.Fatal(err)
	}
	b, _ := TrainTrees(x, y, []string{"a", "b", "c"}, o)
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	if string(ja) != string(jb) {
		t.Error("two trainings on the same data differ")
	}
	acc := accuracy(x, y, func(row []float64) []float64 {
		p := a.Prob(row, nil)
		if s := p[0] + p[1] + p[2]; math.Abs(s-1) > 1e-9 {
			t.Fatalf("probabilities %v sum to %v", p, s)
		}
		return p
	})
	if acc < 0.9 {
		t.Errorf("training accuracy %.2f on a separable set, want >= 0.9", acc)
	}
	for _, round := range a.Rounds {
		for _, tr := range round {
			if err := tr.check(3); err != nil {
				t.Fatalf("trained tree is malformed: %v", err)
			}
		}
	}
	if _, err := TrainTrees(nil, nil, nil, o); err == nil {
		t.Error("TrainTrees on no examples: no error")
	}
}

// TestTreeEval checks the heap layout by hand: one split on feature 1 at 0.5.
func TestTreeEval(t *testing.T) {
	tr := &Tree{F: []int{1}, T: []float64{0.5}, V: []float64{9, -1, 2}}
	if v := tr.eval([]float64{0, 0.4}); v != -1 {
		t.Errorf("below the threshold: %v, want -1 (left)", v)
	}
	if v := tr.eval([]float64{0, 0.5}); v != 2 {
		t.Errorf("at the threshold: %v, want 2 (right)", v)
	}
	leaf := &Tree{F: []int{-1}, T: []float64{0}, V: []float64{7, 0, 0}}
	if v := leaf.eval([]float64{0, 0}); v != 7 {
		t.Errorf("a root leaf: %v, want 7", v)
	}
	for _, bad := range []*Tree{
		{F: []int{3}, T: []float64{0}, V: []float64{0, 0, 0}},
		{F: []int{0}, T: []float64{0}, V: []float64{0, 0}},
		{F: []int{-2}, T: []float64{0}, V: []float64{0, 0, 0}},
	} {
		if err := bad.check(2); err == nil {
			t.Errorf("check(%+v) over 2 features: no error", bad)
		}
	}
}

// TestPredictMixesTrees checks that trees' probabilities are mixed with the nets' at their
// weight.
func TestPredictMixesTrees(t *testing.T) {
	m := &Model{Related: flat([]float64{0, 50}), Stance: flat([]float64{50, 0, 0}), Threshold: 0.5}
	m.Trees = &Trees{Classes: []string{"agree", "disagree", "discuss"}, Base: []float64{0, 50, 0}}
	m.TreesWeight = 0.25
	p := m.Predict([]float64{0})
	if math.Abs(p[Agree]-0.75) > 0.01 || math.Abs(p[Disagree]-0.25) > 0.01 {
		t.Errorf("Predict = %v, want agree 0.75 and disagree 0.25", p)
	}
}

func TestLoadRejectsTrees(t *testing.T) {
	model := func(trees string) string {
		names, _ := json.Marshal(FeatureNames)
		net := func(k int) string {
			zeros := "[" + strings.TrimSuffix(strings.Repeat("0,", NumFeatures), ",") + "]"
			ones := "[" + strings.TrimSuffix(strings.Repeat("1,", NumFeatures), ",") + "]"
			out := "[" + strings.TrimSuffix(strings.Repeat(zeros+",", k), ",") + "]"
			bias := "[" + strings.TrimSuffix(strings.Repeat("0,", k), ",") + "]"
			classes := `["a","b"]`
			if k == 3 {
				classes = `["a","b","c"]`
			}
			return `{"classes":` + classes + `,"mean":` + zeros + `,"scale":` + ones + `,"out":` + out + `,"out_bias":` + bias + `}`
		}
		return `{"features":` + string(names) + `,"related":` + net(2) + `,"stance":` + net(3) +
			`,"related_threshold":0.5` + trees + `}`
	}
	if _, err := Load([]byte(model(""))); err != nil {
		t.Fatalf("Load of a model without trees: %v", err)
	}
	good := `,"stance_trees":{"classes":["a","b","c"],"base":[0,0,0],"rounds":[[{"f":[0],"t":[1],"v":[0,1,2]},{"f":[-1],"t":[0],"v":[0,0,0]},{"f":[-1],"t":[0],"v":[0,0,0]}]]},"stance_trees_weight":0.5`
	if _, err := Load([]byte(model(good))); err != nil {
		t.Fatalf("Load of a model with trees: %v", err)
	}
	for name, trees := range map[string]string{
		"feature out of range": strings.Replace(good, `"f":[0]`, `"f":[9999]`, 1),
		"values short":         strings.Replace(good, `"v":[0,1,2]`, `"v":[0,1]`, 1),
		"two trees a round":    strings.Replace(good, `,{"f":[-1],"t":[0],"v":[0,0,0]}]]`, `]]`, 1),
		"weight above 1":       strings.Replace(good, `"stance_trees_weight":0.5`, `"stance_trees_weight":2`, 1),
		"no weight":            strings.Replace(good, `,"stance_trees_weight":0.5`, ``, 1),
	} {
		if _, err := Load([]byte(model(trees))); err == nil {
			t.Errorf("Load of a model with trees, %s: no error", name)
		}
	}
}
