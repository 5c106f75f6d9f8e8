package compare

import (
	"fmt"
	"io"
	"strings"

	"claimdiff/compare/internal/stance"
)

// FNC1Pair is one example of the Fake News Challenge (FNC-1) stance data: a headline taken as
// the claim, an article body, and the body's stance toward the headline.
type FNC1Pair struct {
	Claim  string // the headline
	BodyID string
	Text   string // the body
	Stance Stance // FNC-1's agree, disagree, discuss, unrelated as supports, refutes, ...
}

// ReadFNC1 reads FNC-1's CSV files: bodies (Body ID, articleBody) and stances (Headline, Body
// ID, Stance). It returns the pairs in the stances file's order.
func ReadFNC1(bodies, stances io.Reader) ([]FNC1Pair, error) {
	ps, err := stance.ReadFNC1(bodies, stances)
	if err != nil {
		return nil, err
	}
	out := make([]FNC1Pair, len(ps))
	for i, p := range ps {
		out[i] = FNC1Pair{Claim: p.Headline, BodyID: p.BodyID, Text: p.Body, Stance: fromLabel[p.Label]}
	}
	return out, nil
}

// FNC1Dev reports which pairs lie on the dev side of the claim-disjoint split the embedded
// models were tuned with: stories (headlines and bodies joined by related pairs) go wholly to
// one side, a fifth of them to dev, and an unrelated pair goes with its headline. The
// [FNC1TrainSide] model was trained on the other side only, so its scores on dev are honest.
func FNC1Dev(pairs []FNC1Pair) []bool {
	ps := make([]stance.Pair, len(pairs))
	for i, p := range pairs {
		ps[i] = stance.Pair{Headline: p.Claim, BodyID: p.BodyID, Label: toLabel(p.Stance)}
	}
	sides := stance.Split(ps)
	out := make([]bool, len(pairs))
	for i, s := range sides {
		out[i] = s == stance.SideDev
	}
	return out
}

func toLabel(s Stance) int {
	for l, v := range fromLabel {
		if v == s {
			return l
		}
	}
	return stance.Unrelated
}

// FNC1Model names one of the two embedded stance models.
type FNC1Model int

const (
	// FNC1Shipped is the model check uses: fitted on all of FNC-1 train, both sides of the
	// claim-disjoint split, with the choices the train side's cross-validation made. Its
	// scores on FNC-1 train are not held out; use it on other data (FNC-1's test sets).
	FNC1Shipped FNC1Model = iota
	// FNC1TrainSide is the same model fitted on the train side only, the dev side ([FNC1Dev])
	// held out: the one that scores dev honestly.
	FNC1TrainSide
)

// String returns the name of the model the eval command's --model flag takes.
func (m FNC1Model) String() string {
	if m == FNC1TrainSide {
		return "train-side"
	}
	return "shipped"
}

func (m FNC1Model) model() *stance.Model {
	if m == FNC1TrainSide {
		return trainSideModel()
	}
	return stanceModel()
}

// PredictFNC1 returns the stance, as the embedded model m judges it, of each pair's body
// toward its claim, as [CheckPairs] judges them: the related pairs on one body together,
// each distinct body and claim prepared once. A pair is related when its probability of
// being so is at least minRelated; 0 means the model's own threshold, tuned for the FNC-1
// score ([FNC1MinRelated]).
func PredictFNC1(pairs []FNC1Pair, m FNC1Model, minRelated float64) []Stance {
	claims := map[string]*stance.Claim{}
	cs := make([]*stance.Claim, len(pairs))
	texts := make([]string, len(pairs))
	for i, p := range pairs {
		c := claims[p.Claim]
		if c == nil {
			c = stance.NewClaim(p.Claim)
			claims[p.Claim] = c
		}
		cs[i], texts[i] = c, p.Text
	}
	model := m.model()
	if minRelated <= 0 {
		minRelated = model.Threshold
	}
	_, _, probs := judgeJointly(model, cs, texts, minRelated)
	out := make([]Stance, len(pairs))
	for i, p := range probs {
		out[i], _ = decideAt(model, p, minRelated)
	}
	return out
}

// FNC1Scores are FNC-1's measures of predicted stances against gold ones. Arrays are indexed
// by [Stance].
type FNC1Scores struct {
	N         int
	Score     float64    // the official FNC-1 score as a percentage of its maximum
	Raw, Max  float64    // the official score and its maximum
	Accuracy  float64    // share of stances right
	MacroF1   float64    // mean F1 over the four stances
	F1        [4]float64 // F1 per stance
	Confusion [4][4]int  // [gold][predicted]
}

// ScoreFNC1 computes FNC-1's measures: the official score gives 0.25 for each pair whose
// related/unrelated decision is right and 0.75 more for each related pair whose supports,
// refutes or discusses is right, reported as a percentage of its maximum; macro-F1 averages
// the F1 of the four stances.
func ScoreFNC1(gold, pred []Stance) (FNC1Scores, error) {
	if len(gold) != len(pred) {
		return FNC1Scores{}, fmt.Errorf("scoring %d predictions against %d gold stances", len(pred), len(gold))
	}
	g, p := make([]int, len(gold)), make([]int, len(pred))
	for i := range gold {
		g[i], p[i] = toLabel(gold[i]), toLabel(pred[i])
	}
	s := stance.Score(g, p)
	out := FNC1Scores{N: s.N, Score: s.Score, Raw: s.Raw, Max: s.Max, Accuracy: s.Accuracy, MacroF1: s.MacroF1}
	for l := range stance.NumLabels {
		out.F1[fromLabel[l]] = s.F1[l]
		for m := range stance.NumLabels {
			out.Confusion[fromLabel[l]][fromLabel[m]] = s.Confusion[l][m]
		}
	}
	return out, nil
}

// fnc1Order is the order stances are printed in: FNC-1's agree, disagree, discuss, unrelated.
var fnc1Order = [4]Stance{StanceSupports, StanceRefutes, StanceDiscusses, StanceUnrelated}

// String formats the scores as a short report, one measure a line, then the confusion matrix.
func (s FNC1Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pairs          %d\n", s.N)
	fmt.Fprintf(&b, "FNC-1 score    %.2f%% of the maximum (%.2f of %.2f)\n", s.Score, s.Raw, s.Max)
	fmt.Fprintf(&b, "accuracy       %.4f\n", s.Accuracy)
	fmt.Fprintf(&b, "macro-F1       %.4f\n", s.MacroF1)
	for _, st := range fnc1Order {
		fmt.Fprintf(&b, "F1 %-11s %.4f\n", st, s.F1[st])
	}
	b.WriteString("confusion (rows gold, columns predicted):\n")
	fmt.Fprintf(&b, "%-10s", "")
	for _, st := range fnc1Order {
		fmt.Fprintf(&b, " %9s", st)
	}
	b.WriteByte('\n')
	for _, g := range fnc1Order {
		fmt.Fprintf(&b, "%-10s", g)
		for _, p := range fnc1Order {
			fmt.Fprintf(&b, " %9d", s.Confusion[g][p])
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// FNC1Interval is the range a measure spans over resamples: its lower and upper bounds.
type FNC1Interval struct{ Lo, Hi float64 }

// FNC1Intervals are bootstrap intervals of FNC-1's measures: the 5th to the 95th percentile
// of each over resamples of whole stories, so nine resamples in ten fall inside. Arrays are
// indexed by [Stance].
type FNC1Intervals struct {
	Resamples, Stories int
	Score, MacroF1     FNC1Interval
	F1                 [4]FNC1Interval
}

// BootstrapFNC1 tells how far the scores of pred against the pairs' gold stances depend on
// which stories were scored. It draws n resamples of the stories (headlines and bodies joined
// by related pairs; an unrelated pair goes with its headline), each as many stories as there
// are, with replacement, and returns the 90% intervals of the measures. A story's pairs
// succeed or fail together, so drawing pairs instead would understate the spread. The draws
// are fixed: the same pairs give the same intervals.
func BootstrapFNC1(pairs []FNC1Pair, pred []Stance, n int) (FNC1Intervals, error) {
	if len(pairs) != len(pred) {
		return FNC1Intervals{}, fmt.Errorf("bootstrapping %d predictions against %d pairs", len(pred), len(pairs))
	}
	if n < 1 {
		return FNC1Intervals{}, fmt.Errorf("bootstrapping %d resamples: want at least one", n)
	}
	ps := make([]stance.Pair, len(pairs))
	gold, p := make([]int, len(pairs)), make([]int, len(pairs))
	for i, q := range pairs {
		gold[i], p[i] = toLabel(q.Stance), toLabel(pred[i])
		ps[i] = stance.Pair{Headline: q.Claim, BodyID: q.BodyID, Label: gold[i]}
	}
	stories := stance.Stories(ps)
	draws := stance.Bootstrap(stories, gold, p, n, 1)
	out := FNC1Intervals{Resamples: len(draws)}
	seen := map[string]bool{}
	for _, s := range stories {
		seen[s] = true
	}
	out.Stories = len(seen)
	interval := func(f func(stance.Scores) float64) FNC1Interval {
		xs := make([]float64, len(draws))
		for i, d := range draws {
			xs[i] = f(d)
		}
		lo, hi := stance.Percentiles(xs, 0.05, 0.95)
		return FNC1Interval{lo, hi}
	}
	out.Score = interval(func(s stance.Scores) float64 { return s.Score })
	out.MacroF1 = interval(func(s stance.Scores) float64 { return s.MacroF1 })
	for l := range stance.NumLabels {
		out.F1[fromLabel[l]] = interval(func(s stance.Scores) float64 { return s.F1[l] })
	}
	return out, nil
}

// String formats the intervals one measure a line, in the order of [FNC1Scores.String].
func (iv FNC1Intervals) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "90%% intervals over %d resamples of the %d stories:\n", iv.Resamples, iv.Stories)
	fmt.Fprintf(&b, "FNC-1 score    %.2f to %.2f\n", iv.Score.Lo, iv.Score.Hi)
	fmt.Fprintf(&b, "macro-F1       %.4f to %.4f\n", iv.MacroF1.Lo, iv.MacroF1.Hi)
	for _, st := range fnc1Order {
		fmt.Fprintf(&b, "F1 %-11s %.4f to %.4f\n", st, iv.F1[st].Lo, iv.F1[st].Hi)
	}
	return b.String()
}
