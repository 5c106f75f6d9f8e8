// Command trainstance fits the stance model of package compare on FNC-1's training data and
// writes its weights as JSON (compare/stance_model.json, embedded in the package).
//
// Usage:
//
//	go run ./compare/internal/cmd/trainstance [-data ../shared/fnc1] [-out compare/stance_model.json]
//
// It splits the pairs into claim-disjoint train and dev sides (stance.Split), fits both stages
// on train only, and prints the FNC-1 measures on dev, so `claimdiff eval fnc1 --split dev`
// reproduces them with the committed model. Training is deterministic: fixed seed, fixed order.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"claimdiff/compare/internal/stance"
)

func main() {
	data := flag.String("data", "../shared/fnc1", "directory with train_bodies.csv and train_stances.csv")
	out := flag.String("out", "compare/stance_model.json", "where to write the model; empty for nowhere")
	hidden := flag.Int("hidden", 0, "hidden units of the stance stage (0: logistic regression)")
	relHidden := flag.Int("rel-hidden", 0, "hidden units of the related stage")
	epochs := flag.Int("epochs", 300, "training epochs")
	rate := flag.Float64("rate", 0.05, "Adam step size")
	l2 := flag.Float64("l2", 0.03, "L2 weight decay")
	disagree := flag.Float64("disagree-weight", 0, "loss weight of disagree (0: as the others)")
	power := flag.Float64("balance", 0.4, "class weights are inverse class frequency to this power")
	flag.Parse()
	if err := run(*data, *out, *hidden, *relHidden, *epochs, *rate, *l2, *disagree, *power); err != nil {
		fmt.Fprintln(os.Stderr, "trainstance:", err)
		os.Exit(1)
	}
}

func run(dir, out string, hidden, relHidden, epochs int, rate, l2, disagreeW, power float64) error {
	bf, err := os.Open(filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		return err
	}
	defer bf.Close()
	sf, err := os.Open(filepath.Join(dir, "train_stances.csv"))
	if err != nil {
		return err
	}
	defer sf.Close()
	pairs, err := stance.ReadFNC1(bf, sf)
	if err != nil {
		return err
	}
	sides := stance.Split(pairs)
	x := features(pairs)
	var relX, stX, devX [][]float64
	var relY, stY, devY []int
	for i, p := range pairs {
		switch sides[i] {
		case stance.SideTrain:
			y := 1
			if p.Label == stance.Unrelated {
				y = 0
			} else {
				stX, stY = append(stX, x[i]), append(stY, p.Label)
			}
			relX, relY = append(relX, x[i]), append(relY, y)
		case stance.SideDev:
			devX, devY = append(devX, x[i]), append(devY, p.Label)
		}
	}
	fmt.Printf("pairs %d: train %d (related %d), dev %d\n", len(pairs), len(relX), len(stX), len(devX))

	relNet, err := stance.Train(relX, relY, []string{"unrelated", "related"}, stance.TrainOptions{
		Hidden: relHidden, Epochs: epochs, Rate: rate, L2: l2, Seed: 1,
	})
	if err != nil {
		return err
	}
	// Class weights: inverse frequency, normalised to the mean, disagree capped.
	var count [3]float64
	for _, y := range stY {
		count[y]++
	}
	cw := make([]float64, 3)
	for c := range cw {
		cw[c] = math.Pow(float64(len(stY))/(3*count[c]), power)
	}
	if disagreeW > 0 {
		cw[stance.Disagree] = disagreeW
	}
	fmt.Printf("class weights agree %.2f disagree %.2f discuss %.2f\n", cw[0], cw[1], cw[2])
	stNet, err := stance.Train(stX, stY, []string{"agree", "disagree", "discuss"}, stance.TrainOptions{
		Hidden: hidden, Epochs: epochs, Rate: rate, L2: l2, ClassWeights: cw, Seed: 2,
	})
	if err != nil {
		return err
	}
	m := &stance.Model{
		Features: stance.FeatureNames,
		Related:  relNet,
		Stance:   stNet,
		Note:     "trained by compare/internal/cmd/trainstance on the claim-disjoint train side of FNC-1 train",
	}
	// The related threshold that maximises the FNC-1 score on the train side.
	var trainX [][]float64
	var trainY []int
	for i, p := range pairs {
		if sides[i] == stance.SideTrain {
			trainX, trainY = append(trainX, x[i]), append(trainY, p.Label)
		}
	}
	bestScore := -1.0
	for t := 0.1; t < 0.91; t += 0.05 {
		m.Threshold = t
		if s := stance.Score(trainY, predict(m, trainX)).Score; s > bestScore {
			bestScore = s
			m.Threshold = t
		}
	}
	for t := 0.1; t < 0.91; t += 0.05 {
		m.Threshold = t
		if stance.Score(trainY, predict(m, trainX)).Score == bestScore {
			break
		}
	}
	fmt.Printf("related threshold %.2f (train score %.2f)\n", m.Threshold, bestScore)
	pred := predict(m, devX)
	fmt.Print("dev:\n", stance.Score(devY, pred))
	if out == "" {
		return nil
	}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(round(b), '\n'), 0o644)
}

// features computes the feature vectors of all pairs, preparing each body once.
func features(pairs []stance.Pair) [][]float64 {
	texts := map[string]*stance.Text{}
	for _, p := range pairs {
		if texts[p.BodyID] == nil {
			texts[p.BodyID] = nil
		}
	}
	ids := make([]string, 0, len(texts))
	for id := range texts {
		ids = append(ids, id)
	}
	body := map[string]string{}
	for _, p := range pairs {
		body[p.BodyID] = p.Body
	}
	prepared := make([]*stance.Text, len(ids))
	parallel(len(ids), func(i int) { prepared[i] = stance.NewText(body[ids[i]]) })
	for i, id := range ids {
		texts[id] = prepared[i]
	}
	x := make([][]float64, len(pairs))
	parallel(len(pairs), func(i int) {
		x[i], _ = stance.Features(stance.NewClaim(pairs[i].Headline), texts[pairs[i].BodyID], nil)
	})
	return x
}

func parallel(n int, fn func(int)) {
	var wg sync.WaitGroup
	work := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				fn(i)
			}
		}()
	}
	for i := range n {
		work <- i
	}
	close(work)
	wg.Wait()
}

func predict(m *stance.Model, x [][]float64) []int {
	out := make([]int, len(x))
	for i, xi := range x {
		out[i] = m.Decide(m.Predict(xi))
	}
	return out
}

// round shortens the JSON's floats to 6 significant digits so the committed file stays small
// and diffs read well.
func round(b []byte) []byte {
	var v any
	if json.Unmarshal(b, &v) != nil {
		return b
	}
	v = roundAny(v)
	out, err := json.MarshalIndent(v, "", " ")
	if err != nil {
		return b
	}
	return out
}

func roundAny(v any) any {
	switch t := v.(type) {
	case float64:
		var f float64
		fmt.Sscanf(fmt.Sprintf("%.6g", t), "%g", &f)
		return f
	case []any:
		for i := range t {
			t[i] = roundAny(t[i])
		}
	case map[string]any:
		for k := range t {
			t[k] = roundAny(t[k])
		}
	}
	return v
}
