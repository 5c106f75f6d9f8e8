// Command trainstance fits the stance models of package compare on FNC-1's training data and
// writes their weights as JSON (compare/stance_model_trainside.json and
// compare/stance_model.json, embedded in the package).
//
// Usage:
//
//	go run ./compare/internal/cmd/trainstance [-data ../shared/fnc1] [-out FILE] [-out-all FILE] [FLAGS]
//
// It splits the pairs into claim-disjoint train and dev sides (stance.Split), fits both stages
// on train only, prints the FNC-1 measures on dev and writes that model to -out, so `claimdiff
// eval fnc1 --split dev` reproduces them with the committed train-side model. With -out-all it
// then fits the model again, with the same choices, on all pairs, train and dev sides: the
// model check ships, since more stories make a better model (on the inner folds, a model
// fitted on 60% of the train side instead of 80% loses 0.03-0.05 of disagree F1). Training is
// deterministic: fixed seed, fixed order.
//
// Choices are measured without dev: -inner K (5 by default) cross-validates on the train side,
// cut into K folds of whole stories (stance.Stories, stance.Fold with the -salt), each fold
// predicted by a model fitted on the others, and prints the FNC-1 measures of those
// predictions and the average precision of the disagree probability among related pairs.
// -disagree-factor 0 tunes the weight of disagree's probability in the decision on them.
// -hard K gives the related stage K hard unrelated pairs per headline (see hardNegatives);
// the cross-validation then prints how many of a headline's top three it takes as related,
// and, at thresholds 0.2 to 0.5, the related pairs it misses (compare.DefaultMinRelated).
// -dump FILE writes the inner folds' predictions of the related train pairs, with their
// features, for reading what the model misses (never the dev side's).
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sort"
	"strings"
	"sync"

	"claimdiff/compare/internal/stance"
)

// options are the training choices, one flag each.
type options struct {
	hidden, relHidden, epochs  int
	rate, l2, disagreeW, power float64
	factor                     float64 // disagree factor; 0 tunes it by inner cross-validation
	inner                      int     // inner folds of the train side
	salt                       string  // salt of the inner folds' hash
	storyPower                 float64 // examples weigh their story's size to minus this power
	dump                       string  // file for the inner predictions of the related pairs
	seed                       uint64  // seeds the stance stage's hidden weights
	ensemble                   int     // stance nets from successive seeds, averaged
	trees                      int     // boosting rounds of the stance trees; 0 for none
	treesW                     float64 // weight of the trees' probabilities
	depth                      int
	treeRate, lambda, minHess  float64
	subsample, colsample       float64
	bags                       int     // tree models from successive seeds, merged by averaging their scores
	joint                      float64 // weight of the other pairs on a body; negative tunes it by inner cross-validation
	flipW                      float64 // weight of the flipped copies of stating headlines (see flip)
	hardK                      int     // hard unrelated examples per headline for the related stage (see hardNegatives)
	hardW                      float64 // their weight
	probs                      string  // cache of the inner folds' predictions, for experiments on what follows them
	cvOnly                     bool    // stop after the inner cross-validation
	relSpeakers                bool    // the related stage reads the features on what the text's speakers deny and assert
}

// loadProbs fills probs and th from the cache at path (see -probs) and reports whether it
// could. The cache does not know the flags it was made with: it serves experiments on what
// follows the folds (the joint weight, the disagree factor) and is stale after any other change.
func loadProbs(path string, probs [][4]float64, th []float64) bool {
	if path == "" {
		return false
	}
	b, err := os.ReadFile(path)
	if err != nil {
		return false
	}
	var v struct {
		P [][4]float64
		T []float64
	}
	if json.Unmarshal(b, &v) != nil || len(v.P) != len(probs) {
		return false
	}
	copy(probs, v.P)
	copy(th, v.T)
	return true
}

// saveProbs writes the inner folds' predictions to the cache at path, if any.
func saveProbs(path string, probs [][4]float64, th []float64) {
	if path == "" {
		return
	}
	b, err := json.Marshal(struct {
		P [][4]float64
		T []float64
	}{probs, th})
	if err == nil {
		err = os.WriteFile(path, b, 0o644)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "trainstance: caching predictions:", err)
	}
}

func main() {
	var o options
	data := flag.String("data", "../shared/fnc1", "directory with train_bodies.csv and train_stances.csv")
	out := flag.String("out", "compare/stance_model_trainside.json", "where to write the model fitted on the train side; empty for nowhere")
	outAll := flag.String("out-all", "", "where to write the model fitted on all pairs, train and dev sides, with the choices the train side made; empty for nowhere")
	flag.IntVar(&o.hidden, "hidden", 4, "hidden units of the stance stage (0: logistic regression)")
	flag.IntVar(&o.relHidden, "rel-hidden", 0, "hidden units of the related stage")
	flag.IntVar(&o.epochs, "epochs", 300, "training epochs")
	flag.Float64Var(&o.rate, "rate", 0.05, "Adam step size")
	flag.Float64Var(&o.l2, "l2", 0.03, "L2 weight decay")
	flag.Float64Var(&o.disagreeW, "disagree-weight", 0, "loss weight of disagree (0: as the others)")
	flag.Float64Var(&o.power, "balance", 0.4, "class weights are inverse class frequency to this power")
	flag.Float64Var(&o.factor, "disagree-factor", 0, "weight of disagree's probability in the decision (0: tune it on the inner folds)")
	flag.IntVar(&o.inner, "inner", 5, "claim-disjoint inner folds of the train side for cross-validation")
	flag.Float64Var(&o.storyPower, "story-power", 0, "each example weighs the size of its story to minus this power, so large stories do not dominate")
	flag.StringVar(&o.salt, "salt", "inner", "salt of the hash that puts train stories in inner folds")
	flag.Uint64Var(&o.seed, "seed", 2, "seed of the stance stage's initial hidden weights (with -hidden)")
	flag.IntVar(&o.ensemble, "ensemble", 5, "stance nets trained from seeds seed, seed+1, ...; their probabilities are averaged")
	flag.IntVar(&o.trees, "trees", 100, "boosting rounds of the stance trees (0: none)")
	flag.Float64Var(&o.treesW, "trees-weight", 0.5, "weight of the trees' stance probabilities against the nets'")
	flag.IntVar(&o.bags, "tree-bags", 3, "stance tree models from successive seeds, their scores averaged into one")
	flag.IntVar(&o.depth, "depth", 3, "depth of the stance trees")
	flag.Float64Var(&o.treeRate, "tree-rate", 0.2, "shrinkage of the stance trees")
	flag.Float64Var(&o.lambda, "lambda", 1, "L2 penalty on the trees' leaf values")
	flag.Float64Var(&o.minHess, "min-hess", 5, "least summed hessian in a tree leaf")
	flag.Float64Var(&o.subsample, "subsample", 0.8, "share of examples each boosting round sees")
	flag.Float64Var(&o.colsample, "colsample", 0.5, "share of features each tree may split on")
	flag.StringVar(&o.dump, "dump", "", "write the inner folds' predictions of the related train pairs to this file (tab-separated, for reading errors)")
	flag.Float64Var(&o.joint, "joint", 0.3, "weight of the other related pairs on the same body in a pair's stance (negative: tune it on the inner folds; 0.3 is best on both fold layouts together)")
	flag.Float64Var(&o.flipW, "flip", 0.2, "weight of copies of the stating headlines made debunking, agree and disagree swapped, in the stance stage (0: none)")
	flag.IntVar(&o.hardK, "hard", 3, "unrelated examples per headline for the related stage: the bodies of other stories that share most of its words (0: none)")
	flag.Float64Var(&o.hardW, "hard-weight", 1, "weight of those examples")
	flag.StringVar(&o.probs, "probs", "", "cache of the inner folds' predictions: read when present, else written (for experiments on the joint weight and the factor only)")
	flag.BoolVar(&o.cvOnly, "cv-only", false, "stop after the inner cross-validation")
	flag.BoolVar(&o.relSpeakers, "related-speakers", false, "let the related stage read the features on what the text's speakers deny and assert (then every pair needs its text's attributions extracted)")
	flag.Parse()
	if err := run(*data, *out, *outAll, o); err != nil {
		fmt.Fprintln(os.Stderr, "trainstance:", err)
		os.Exit(1)
	}
}

func run(dir, out, outAll string, o options) error {
	c, err := load(dir, o, outAll != "")
	if err != nil {
		return err
	}
	factor, mix := o.factor, o.joint
	if o.inner > 1 {
		if factor, mix, err = crossValidate(c, o); err != nil {
			return err
		}
	}
	if o.cvOnly {
		return nil
	}
	if factor == 0 {
		factor = 1
	}
	mix = max(mix, 0)
	// fitFinal fits a model on x and sets the choices the train side made.
	fitFinal := func(x [][]float64, y []int, story []string, ex extra) (*stance.Model, error) {
		m, err := fit(x, y, story, ex, o, true)
		if err != nil {
			return nil, err
		}
		if factor != 1 {
			m.Factors = []float64{1, factor, 1}
		}
		m.Joint = mix
		m.DataSHA256 = c.fingerprint
		return m, nil
	}
	m, err := fitFinal(c.train.x, c.train.y, c.train.story, c.flipsOut(-1, o))
	if err != nil {
		return err
	}
	fmt.Printf("related threshold %.2f, disagree factor %.2f, joint %.2f\n", m.Threshold, factor, mix)
	printDev(m, &c.dev, mix)
	if err := write(out, m); err != nil || outAll == "" {
		return err
	}

	// The shipped model: the same choices, fitted on both sides.
	allX := append(append([][]float64(nil), c.train.x...), c.dev.x...)
	allY := append(append([]int(nil), c.train.y...), c.dev.y...)
	allStory := append(append([]string(nil), c.train.story...), c.dev.story...)
	all := c.flipsOut(-1, o)
	all.relX, all.relW = c.hardOut(-2, o)
	for k, i := range c.flipOf {
		if i < 0 {
			all.x, all.y, all.story = append(all.x, c.flipX[k]), append(all.y, c.flips[k].Label), append(all.story, c.flipStory[k])
		}
	}
	if m, err = fitFinal(allX, allY, allStory, all); err != nil {
		return err
	}
	m.Note = "trained by compare/internal/cmd/trainstance on all of FNC-1 train, both claim-disjoint sides, with the choices the train side made"
	fmt.Printf("all pairs: related threshold %.2f, disagree factor %.2f, joint %.2f (no held-out scores: dev is in its training data)\n", m.Threshold, factor, mix)
	return write(outAll, m)
}

// side is one claim-disjoint side of FNC-1 train: its pairs' features, labels, stories and
// bodies, and whether their headlines debunk.
type side struct {
	pair   []int // each pair's index among all pairs
	x      [][]float64
	y      []int
	story  []string
	group  []string // the body
	debunk []bool
	fold   []int // the inner fold (train side only)
}

// add appends pair i.
func (s *side) add(i int, p stance.Pair, x []float64, story string, debunk bool) {
	s.pair, s.x, s.y = append(s.pair, i), append(s.x, x), append(s.y, p.Label)
	s.story, s.group, s.debunk = append(s.story, story), append(s.group, p.BodyID), append(s.debunk, debunk)
}

// corpus is FNC-1 train split into its claim-disjoint sides, with the features of every pair
// and the extra examples the stages learn from: flipped copies (see flip) and hard unrelated
// pairs (see hardNegatives).
type corpus struct {
	pairs       []stance.Pair
	fingerprint string // of the features (stance.Fingerprint), stored in the models
	train, dev  side

	flips     []stance.Pair // the stating headlines made debunking
	flipX     [][]float64
	flipOf    []int    // the train-side index each flip copies, -1 for the dev side's
	flipStory []string // the story of each flip's pair

	hardX       [][]float64
	hardStories [][3]string // each hard pair's headline story, body story and side
	hardRank    []int       // its rank among its headline's hard pairs
}

// load reads FNC-1 train from dir, splits it and computes the features; with all, the dev
// side's flips and hard pairs are made too (for the shipped model).
func load(dir string, o options, all bool) (*corpus, error) {
	bf, err := os.Open(filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		return nil, err
	}
	defer bf.Close()
	sf, err := os.Open(filepath.Join(dir, "train_stances.csv"))
	if err != nil {
		return nil, err
	}
	defer sf.Close()
	pairs, err := stance.ReadFNC1(bf, sf)
	if err != nil {
		return nil, err
	}
	c := &corpus{pairs: pairs}
	sides := stance.Split(pairs)
	stories := stance.Stories(pairs)
	x := features(pairs)
	var fx [][]float64
	for _, i := range stance.FingerprintPairs(pairs) {
		fx = append(fx, x[i])
	}
	c.fingerprint = stance.Fingerprint(fx)
	for i, p := range pairs {
		debunks := stance.NewClaim(p.Headline).Debunks()
		flipped := o.flipW > 0 && p.Label != stance.Unrelated && !debunks
		switch sides[i] {
		case stance.SideTrain:
			c.train.add(i, p, x[i], stories[i], debunks)
			c.train.fold = append(c.train.fold, stance.Fold(stories[i], o.salt, max(o.inner, 1)))
			if flipped {
				c.addFlip(p, len(c.train.x)-1, stories[i])
			}
		case stance.SideDev:
			c.dev.add(i, p, x[i], stories[i], debunks)
			if all && flipped {
				c.addFlip(p, -1, stories[i])
			}
		}
	}
	fmt.Printf("pairs %d: train %d, dev %d\n", len(pairs), len(c.train.x), len(c.dev.x))
	c.flipX = features(c.flips)
	// Three a headline are generated at least, so that the cross-validation measures how many
	// of the top three it calls related whatever -hard is; -hard of them are trained on.
	hardN := o.hardK
	if hardN > 0 {
		hardN = max(hardN, 3)
	}
	var hard []stance.Pair
	hard, c.hardStories, c.hardRank = hardNegatives(pairs, sides, stories, hardN, all)
	c.hardX = features(hard)
	if len(hard) > 0 {
		fmt.Printf("hard unrelated examples: %d at weight %.2f\n", len(hard), o.hardW)
	}
	return c, nil
}

// addFlip adds the flipped copy of p, of train-side pair i (-1 for a dev-side pair).
func (c *corpus) addFlip(p stance.Pair, i int, story string) {
	c.flips = append(c.flips, flip(p))
	c.flipOf, c.flipStory = append(c.flipOf, i), append(c.flipStory, story)
}

// hardOut returns the hard unrelated examples of the train side outside inner fold f (all
// train-side ones for -1, and the dev side's too for -2), with their weight.
func (c *corpus) hardOut(f int, o options) ([][]float64, float64) {
	var out [][]float64
	for k, hs := range c.hardStories {
		if hs[2] == "dev" && f != -2 || c.hardRank[k] >= o.hardK {
			continue
		}
		if f >= 0 && (stance.Fold(hs[0], o.salt, max(o.inner, 1)) == f || stance.Fold(hs[1], o.salt, max(o.inner, 1)) == f) {
			continue
		}
		out = append(out, c.hardX[k])
	}
	return out, o.hardW
}

// flipsOut returns the extra examples for a model of the train side outside inner fold f
// (all of it for -1): the flips of its pairs and its hard unrelated pairs.
func (c *corpus) flipsOut(f int, o options) extra {
	var e extra
	for k, i := range c.flipOf {
		if i >= 0 && c.train.fold[i] != f {
			e.x, e.y, e.story = append(e.x, c.flipX[k]), append(e.y, c.flips[k].Label), append(e.story, c.flipStory[k])
		}
	}
	e.weight = o.flipW
	e.relX, e.relW = c.hardOut(f, o)
	return e
}

// crossValidate predicts each inner fold of the train side by a model fitted on the others,
// prints the measures, and returns the disagree factor and the joint weight: o's, or tuned
// on the folds when o leaves them to tuning (0 and negative).
func crossValidate(c *corpus, o options) (factor, mix float64, err error) {
	factor, mix = o.factor, o.joint
	tr := &c.train
	probs := make([][4]float64, len(tr.x))
	thresholds := make([]float64, len(tr.x))
	if !loadProbs(o.probs, probs, thresholds) {
		if err := foldPredictions(c, o, probs, thresholds); err != nil {
			return 0, 0, err
		}
		saveProbs(o.probs, probs, thresholds)
	}
	related := make([]bool, len(probs))
	for i, p := range probs {
		related[i] = 1-p[stance.Unrelated] >= thresholds[i]
	}
	decideJ := func(mix, fac float64) []int {
		jp := stance.Joint(probs, tr.group, related, tr.debunk, mix)
		pred := make([]int, len(jp))
		for i, p := range jp {
			m := stance.Model{Threshold: thresholds[i], Factors: []float64{1, fac, 1}}
			pred[i] = m.Decide(p)
		}
		return pred
	}
	fmt.Printf("inner %d-fold, disagree factor 1 (disagree AP %.3f):\n%s", o.inner, disagreeAP(tr.y, probs), stance.Score(tr.y, decideJ(0, 1)))
	printFolds(tr, decideJ(0, 1), o.inner)
	if best := tuneMix(tr.y, decideJ); mix < 0 {
		mix = best
	}
	if mix > 0 {
		fmt.Printf("inner %d-fold, joint %.2f, disagree factor 1:\n%s", o.inner, mix, stance.Score(tr.y, decideJ(mix, 1)))
	}
	if factor == 0 {
		factor = tuneFactor(tr.y, func(f float64) []int { return decideJ(mix, f) })
	}
	if factor != 1 {
		fmt.Printf("inner %d-fold, joint %.2f, disagree factor %.2f:\n%s", o.inner, mix, factor, stance.Score(tr.y, decideJ(mix, factor)))
	}
	if o.dump != "" {
		jp := stance.Joint(probs, tr.group, related, tr.debunk, mix)
		if err := dump(o.dump, c.pairs, tr.pair, tr.y, decideJ(mix, factor), jp, tr.x); err != nil {
			return 0, 0, err
		}
	}
	return factor, mix, nil
}

// foldPredictions fills probs and thresholds with each train-side pair's prediction by the
// model fitted on the other inner folds (in parallel; each fold writes only its own pairs),
// and prints how the threshold on related trades missed related pairs for hard unrelated
// ones taken as related: what check's default (compare.DefaultMinRelated) rests on.
func foldPredictions(c *corpus, o options, probs [][4]float64, thresholds []float64) error {
	tr := &c.train
	errs := make([]error, o.inner)
	hardRel := make([]float64, len(c.hardX)) // fold model's probability of related, -1 when not in one fold
	hardTh := make([]float64, len(c.hardX))
	for k := range hardRel {
		hardRel[k] = -1
	}
	parallel(o.inner, func(f int) {
		var fx [][]float64
		var fy []int
		var fs []string
		for i := range tr.x {
			if tr.fold[i] != f {
				fx, fy, fs = append(fx, tr.x[i]), append(fy, tr.y[i]), append(fs, tr.story[i])
			}
		}
		m, err := fit(fx, fy, fs, c.flipsOut(f, o), o, false)
		if err != nil {
			errs[f] = err
			return
		}
		for i := range tr.x {
			if tr.fold[i] == f {
				probs[i] = m.Predict(tr.x[i])
				thresholds[i] = m.Threshold
			}
		}
		for k, hs := range c.hardStories {
			if hs[2] == "train" && c.hardRank[k] < 3 && stance.Fold(hs[0], o.salt, o.inner) == f && stance.Fold(hs[1], o.salt, o.inner) == f {
				hardRel[k] = 1 - m.Predict(c.hardX[k])[stance.Unrelated]
				hardTh[k] = m.Threshold
			}
		}
	})
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	for _, th := range []float64{0.2, 0.3, 0.4, 0.5} {
		rel, missed, unrel, taken, hard, hardTaken := 0, 0, 0, 0, 0, 0
		for i, p := range probs {
			r := 1-p[stance.Unrelated] >= th
			if tr.y[i] != stance.Unrelated {
				rel++
				if !r {
					missed++
				}
			} else {
				unrel++
				if r {
					taken++
				}
			}
		}
		for _, r := range hardRel {
			if r >= 0 {
				hard++
				if r >= th {
					hardTaken++
				}
			}
		}
		fmt.Printf("inner %d-fold, related at %.1f: related pairs missed %.1f%%, unrelated taken %.1f%%, hard unrelated taken %.1f%%\n",
			o.inner, th, 100*float64(missed)/float64(max(rel, 1)), 100*float64(taken)/float64(max(unrel, 1)), 100*float64(hardTaken)/float64(max(hard, 1)))
	}
	if len(c.hardX) > 0 {
		n, atTh, at5 := 0, 0, 0
		for k, r := range hardRel {
			if r < 0 {
				continue
			}
			n++
			if r >= hardTh[k] {
				atTh++
			}
			if r >= 0.5 {
				at5++
			}
		}
		fmt.Printf("inner %d-fold, hard unrelated pairs within one fold: %d, called related %.1f%% at the fold's threshold, %.1f%% at 0.5\n",
			o.inner, n, 100*float64(atTh)/float64(max(n, 1)), 100*float64(at5)/float64(max(n, 1)))
	}
	return nil
}

// printFolds prints each inner fold's FNC-1 score and disagree F1 of the predictions pred.
func printFolds(tr *side, pred []int, inner int) {
	fmt.Print("per fold: FNC-1 score, disagree F1 (disagree pairs):")
	for f := range inner {
		var g, p []int
		for i := range tr.y {
			if tr.fold[i] == f {
				g, p = append(g, tr.y[i]), append(p, pred[i])
			}
		}
		s := stance.Score(g, p)
		n := 0
		for _, c := range s.Confusion[stance.Disagree] {
			n += c
		}
		fmt.Printf("  %.2f %.3f (%d)", s.Score, s.F1[stance.Disagree], n)
	}
	fmt.Println()
}

// printDev prints the FNC-1 measures of model m, its pairs on a body judged together at
// weight mix, on the dev side.
func printDev(m *stance.Model, dev *side, mix float64) {
	devP := make([][4]float64, len(dev.x))
	devRel := make([]bool, len(dev.x))
	for i, xi := range dev.x {
		devP[i] = m.Predict(xi)
		devRel[i] = 1-devP[i][stance.Unrelated] >= m.Threshold
	}
	devP = stance.Joint(devP, dev.group, devRel, dev.debunk, mix)
	pred := make([]int, len(devP))
	for i, p := range devP {
		pred[i] = m.Decide(p)
	}
	fmt.Printf("dev (disagree AP %.3f):\n%s", disagreeAP(dev.y, devP), stance.Score(dev.y, pred))
}

// write writes the model m as JSON to path; nothing when path is empty.
func write(path string, m *stance.Model) error {
	if path == "" {
		return nil
	}
	b, err := json.MarshalIndent(m, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, append(round(b), '\n'), 0o644)
}

// dump writes the related train pairs' inner predictions, after the joint step and the
// disagree factor, one a line: gold, predicted, the four probabilities, the body ID, the
// headline, the body and the features.
func dump(path string, pairs []stance.Pair, idx, gold, pred []int, probs [][4]float64, x [][]float64) error {
	var b strings.Builder
	for k, i := range idx {
		if gold[k] == stance.Unrelated {
			continue
		}
		body := strings.Join(strings.Fields(pairs[i].Body), " ")
		fmt.Fprintf(&b, "%s\t%s\t%.3f\t%.3f\t%.3f\t%.3f\t%s\t%s\t%s", stance.LabelNames[gold[k]], stance.LabelNames[pred[k]],
			probs[k][0], probs[k][1], probs[k][2], probs[k][3], pairs[i].BodyID, pairs[i].Headline, body)
		for _, v := range x[k] {
			fmt.Fprintf(&b, "\t%.4g", v)
		}
		b.WriteByte('\n')
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// disagreeAP returns the average precision of the disagree probability at finding the
// disagree pairs among the related ones: how well the model ranks them, whatever the
// threshold.
func disagreeAP(gold []int, probs [][4]float64) float64 {
	var idx []int
	pos := 0
	for i, g := range gold {
		if g != stance.Unrelated {
			idx = append(idx, i)
			if g == stance.Disagree {
				pos++
			}
		}
	}
	score := func(i int) float64 { return probs[i][stance.Disagree] / (1 - probs[i][stance.Unrelated] + 1e-12) }
	sort.SliceStable(idx, func(a, b int) bool { return score(idx[a]) > score(idx[b]) })
	hits, ap := 0, 0.0
	for r, i := range idx {
		if gold[i] == stance.Disagree {
			hits++
			ap += float64(hits) / float64(r+1)
		}
	}
	if pos == 0 {
		return 0
	}
	return ap / float64(pos)
}

// tuneFactor returns the disagree factor, from 1 to 4 in steps of 0.1, that maximises the
// F1 of disagree plus the FNC-1 score (as a fraction) on the inner folds' predictions,
// averaged with the factors a step either side: the objective is flat and noisy near its
// top (it moves by less than 0.01 between 1.1 and 1.6), and a lone peak there is chance.
// It prints each factor's score, disagree F1 and objective up to 2 (the choice has not gone
// past 1.6 in any refit), so that a change's effect on the choice can be read off.
func tuneFactor(gold []int, decide func(float64) []int) float64 {
	var v [31]float64
	for k := range v {
		f := 1 + float64(k)/10
		s := stance.Score(gold, decide(f))
		v[k] = s.F1[stance.Disagree] + s.Score/100
		if k <= 10 {
			fmt.Printf("  factor %.1f: score %.2f, disagree F1 %.4f, objective %.4f\n", f, s.Score, s.F1[stance.Disagree], v[k])
		}
	}
	return 1 + float64(smoothedArgmax(v[:]))/10
}

// smoothedArgmax returns the index whose value averaged with its two neighbours' is the
// greatest (an end counts as its own missing neighbour); the first such on ties.
func smoothedArgmax(v []float64) int {
	best, bestAt := 0.0, 0
	for k := range v {
		m := (v[max(k-1, 0)] + v[k] + v[min(k+1, len(v)-1)]) / 3
		if k == 0 || m > best+1e-12 {
			best, bestAt = m, k
		}
	}
	return bestAt
}

// tuneMix prints the inner folds' scores at joint weights from 0 to 0.8 in steps of 0.1
// (disagree factor 1) and returns the weight that maximises the F1 of disagree plus the
// FNC-1 score (as a fraction).
func tuneMix(gold []int, decide func(mix, fac float64) []int) float64 {
	best, bestAt := -1.0, 0.0
	for k := 0; k <= 8; k++ {
		w := float64(k) / 10
		s := stance.Score(gold, decide(w, 1))
		fmt.Printf("  joint %.1f: score %.2f, disagree F1 %.4f\n", w, s.Score, s.F1[stance.Disagree])
		if v := s.F1[stance.Disagree] + s.Score/100; v > best+1e-12 {
			best, bestAt = v, w
		}
	}
	return bestAt
}

// flip returns a copy of the related pair p, whose headline states its story, with the
// headline made debunking ("... is a hoax") and agree and disagree swapped: a text that
// asserts the story disagrees with the copy, one that debunks it agrees, and one that only
// reports it discusses both. FNC-1 has few debunking headlines against asserting texts; the
// copies give the stance stage many more (disagree average precision +0.027 and +0.018 on
// the two fold layouts at weight 0.2).
func flip(p stance.Pair) stance.Pair {
	p.Headline += " is a hoax"
	switch p.Label {
	case stance.Agree:
		p.Label = stance.Disagree
	case stance.Disagree:
		p.Label = stance.Agree
	}
	return p
}

// extra are examples for the stance stage only, weighing weight each (times their story's),
// and unrelated examples for the related stage only, weighing relW each.
type extra struct {
	x      [][]float64
	y      []int
	story  []string
	weight float64
	relX   [][]float64
	relW   float64
}

// fit fits both stages on the pairs x with FNC-1 labels y, the stance stage on ex too, and
// picks the related threshold that maximises the FNC-1 score on x.
func fit(x [][]float64, y []int, story []string, ex extra, o options, verbose bool) (*stance.Model, error) {
	var skips []string
	if !o.relSpeakers {
		skips = stance.SpeakerFeatureNames()
	}
	relNet, err := fitRelated(x, y, ex, skips, o)
	if err != nil {
		return nil, err
	}
	stX, stY, stW := stanceExamples(x, y, story, ex, o)
	cw := classWeights(stY, o)
	if verbose {
		fmt.Printf("train %d pairs (related %d, and %d flipped copies at weight %.2f); class weights agree %.2f disagree %.2f discuss %.2f\n", len(x), len(stX)-len(ex.x), len(ex.x), ex.weight, cw[0], cw[1], cw[2])
	}
	nets := make([]*stance.Net, max(o.ensemble, 1))
	for i := range nets {
		n, err := stance.Train(stX, stY, []string{"agree", "disagree", "discuss"}, stance.TrainOptions{
			Hidden: o.hidden, Epochs: o.epochs, Rate: o.rate, L2: o.l2, ClassWeights: cw, Weights: stW, Seed: o.seed + uint64(i),
		})
		if err != nil {
			return nil, err
		}
		nets[i] = n
	}
	m := &stance.Model{
		Features:     stance.FeatureNames,
		Related:      relNet,
		RelatedSkips: skips,
		Stance:       nets[0],
		Extra:        nets[1:],
		Note:         "trained by compare/internal/cmd/trainstance on the claim-disjoint train side of FNC-1 train",
	}
	if len(m.Extra) == 0 {
		m.Extra = nil
	}
	if o.trees > 0 {
		if m.Trees, err = fitTrees(stX, stY, stW, cw, o); err != nil {
			return nil, err
		}
		m.TreesWeight = o.treesW
	}
	// The related threshold that maximises the FNC-1 score (the first of equals).
	bestScore, bestT := -1.0, 0.0
	for k := 2; k <= 18; k++ {
		m.Threshold = float64(k) / 20
		if s := stance.Score(y, predict(m, x)).Score; s > bestScore {
			bestScore, bestT = s, m.Threshold
		}
	}
	m.Threshold = bestT
	return m, nil
}

// fitRelated fits the related stage on the pairs x, related or not by their labels y, and
// on the hard unrelated examples of ex at their weight, with the features named in skips
// held at 0 (as [stance.Model.Predict] holds them for the related stage).
func fitRelated(x [][]float64, y []int, ex extra, skips []string, o options) (*stance.Net, error) {
	relY := make([]int, len(y))
	for i, l := range y {
		if l != stance.Unrelated {
			relY[i] = 1
		}
	}
	relX := x
	var relW []float64
	if len(ex.relX) > 0 && ex.relW > 0 {
		relX = append(append([][]float64(nil), x...), ex.relX...)
		relW = make([]float64, len(relX))
		for i := range relW {
			relW[i] = 1
			if i >= len(x) {
				relW[i] = ex.relW
				relY = append(relY, 0)
			}
		}
	}
	if len(skips) > 0 {
		var cols []int
		for i, name := range stance.FeatureNames {
			if slices.Contains(skips, name) {
				cols = append(cols, i)
			}
		}
		held := make([][]float64, len(relX))
		for i, row := range relX {
			held[i] = slices.Clone(row)
			for _, c := range cols {
				held[i][c] = 0
			}
		}
		relX = held
	}
	return stance.Train(relX, relY, []string{"unrelated", "related"}, stance.TrainOptions{
		Hidden: o.relHidden, Epochs: o.epochs, Rate: o.rate, L2: o.l2, Seed: 1, Weights: relW,
	})
}

// stanceExamples returns the stance stage's examples: the related pairs of x and the
// extra ones of ex, each weighing its story's size to minus o.storyPower (ex's times their
// weight), the weights scaled to a mean of 1.
func stanceExamples(x [][]float64, y []int, story []string, ex extra, o options) ([][]float64, []int, []float64) {
	var stX [][]float64
	var stY []int
	var stW []float64
	size := map[string]float64{}
	for i, l := range y {
		if l != stance.Unrelated {
			size[story[i]]++
		}
	}
	for i, l := range y {
		if l != stance.Unrelated {
			stX, stY = append(stX, x[i]), append(stY, l)
			stW = append(stW, math.Pow(size[story[i]], -o.storyPower))
		}
	}
	for i := range ex.x {
		stX, stY = append(stX, ex.x[i]), append(stY, ex.y[i])
		stW = append(stW, ex.weight*math.Pow(max(size[ex.story[i]], 1), -o.storyPower))
	}
	mean := 0.0
	for _, w := range stW {
		mean += w / float64(len(stW))
	}
	for i := range stW {
		stW[i] /= mean
	}
	return stX, stY, stW
}

// classWeights returns the stance classes' weights: inverse frequency in y to the power
// o.power, disagree's set by o.disagreeW when positive.
func classWeights(y []int, o options) []float64 {
	var count [3]float64
	for _, l := range y {
		count[l]++
	}
	cw := make([]float64, 3)
	for c := range cw {
		cw[c] = math.Pow(float64(len(y))/(3*count[c]), o.power)
	}
	if o.disagreeW > 0 {
		cw[stance.Disagree] = o.disagreeW
	}
	return cw
}

// fitTrees boosts o.bags tree models from successive seeds and merges them into one whose
// scores are their mean.
func fitTrees(x [][]float64, y []int, w, cw []float64, o options) (*stance.Trees, error) {
	var t *stance.Trees
	for b := range max(o.bags, 1) {
		tb, err := stance.TrainTrees(x, y, []string{"agree", "disagree", "discuss"}, stance.TreeOptions{
			Rounds: o.trees, Depth: o.depth, Rate: o.treeRate, Lambda: o.lambda, MinHess: o.minHess,
			Subsample: o.subsample, ColSample: o.colsample, Bins: 32, ClassWeights: cw, Weights: w, Seed: o.seed + uint64(b),
		})
		if err != nil {
			return nil, err
		}
		if t == nil {
			t = tb
		} else {
			t.Rounds = append(t.Rounds, tb.Rounds...)
		}
	}
	if n := float64(max(o.bags, 1)); n > 1 {
		for _, round := range t.Rounds {
			for _, tr := range round {
				for i := range tr.V {
					tr.V[i] /= n
				}
			}
		}
	}
	return t, nil
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

// round shortens the JSON's floats to 6 significant digits and writes each top-level field
// on a line of its own, compactly, so the committed file stays small.
func round(b []byte) []byte {
	var v map[string]any
	if json.Unmarshal(b, &v) != nil {
		return b
	}
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var out bytes.Buffer
	out.WriteString("{\n")
	for i, k := range keys {
		kb, _ := json.Marshal(k)
		vb, err := json.Marshal(roundAny(v[k]))
		if err != nil {
			return b
		}
		out.Write(kb)
		out.WriteString(": ")
		out.Write(vb)
		if i < len(keys)-1 {
			out.WriteByte(',')
		}
		out.WriteByte('\n')
	}
	out.WriteString("}")
	return out.Bytes()
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

// hardNegatives returns, for each headline of the train side (and of the dev side too when
// dev is set), the k bodies of other stories on its side, among those of related pairs, that
// hold most of its content words (stance.Coverage; ties by body ID), as unrelated pairs, and
// for each the stories of its headline and body and its side ("train" or "dev"). FNC-1's
// unrelated pairs are random bodies, so they rarely teach the related stage that an article
// on the same people or place can be about something else; these do.
func hardNegatives(pairs []stance.Pair, sides []stance.Side, stories []string, k int, dev bool) ([]stance.Pair, [][3]string, []int) {
	if k <= 0 {
		return nil, nil, nil
	}
	var out []stance.Pair
	var outStories [][3]string
	var outRank []int
	for _, side := range []stance.Side{stance.SideTrain, stance.SideDev} {
		if side == stance.SideDev && !dev {
			continue
		}
		name := "train"
		if side == stance.SideDev {
			name = "dev"
		}
		headStory := map[string]string{}
		bodyStory := map[string]string{}
		bodyText := map[string]string{}
		paired := map[[2]string]bool{}
		for i, p := range pairs {
			if sides[i] != side {
				continue
			}
			headStory[p.Headline] = stories[i]
			paired[[2]string{p.Headline, p.BodyID}] = true
			if p.Label != stance.Unrelated {
				bodyStory[p.BodyID] = stories[i]
				bodyText[p.BodyID] = p.Body
			}
		}
		bodies := make([]string, 0, len(bodyText))
		for b := range bodyText {
			bodies = append(bodies, b)
		}
		sort.Strings(bodies)
		texts := make([]*stance.Text, len(bodies))
		parallel(len(bodies), func(i int) { texts[i] = stance.NewText(bodyText[bodies[i]]) })
		heads := make([]string, 0, len(headStory))
		for h := range headStory {
			heads = append(heads, h)
		}
		sort.Strings(heads)
		picks := make([][]int, len(heads))
		parallel(len(heads), func(hi int) {
			h := heads[hi]
			c := stance.NewClaim(h)
			type cand struct {
				b   int
				cov float64
			}
			var cs []cand
			for bi, b := range bodies {
				if bodyStory[b] == headStory[h] || paired[[2]string{h, b}] {
					continue
				}
				cs = append(cs, cand{bi, stance.Coverage(c, texts[bi])})
			}
			sort.SliceStable(cs, func(i, j int) bool { return cs[i].cov > cs[j].cov })
			for _, c := range cs[:min(k, len(cs))] {
				picks[hi] = append(picks[hi], c.b)
			}
		})
		for hi, h := range heads {
			for r, bi := range picks[hi] {
				b := bodies[bi]
				out = append(out, stance.Pair{Headline: h, BodyID: b, Body: bodyText[b], Label: stance.Unrelated})
				outStories = append(outStories, [3]string{headStory[h], bodyStory[b], name})
				outRank = append(outRank, r)
			}
		}
	}
	return out, outStories, outRank
}
