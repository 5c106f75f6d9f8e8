package stance

import (
	"encoding/json"
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
)

// MaxInputs bounds the features and hidden units of a [Net], so a prediction needs no
// allocation.
const MaxInputs = 128

// Net is a small classifier over standardised features: multinomial logistic regression when
// it has no hidden layer, else one hidden tanh layer under a softmax.
type Net struct {
	Classes []string    `json:"classes"`
	Mean    []float64   `json:"mean"`  // feature means, subtracted first
	Scale   []float64   `json:"scale"` // feature standard deviations, divided by next
	Hidden  [][]float64 `json:"hidden,omitempty"`
	HBias   []float64   `json:"hidden_bias,omitempty"`
	Out     [][]float64 `json:"out"` // one row of weights per class
	OBias   []float64   `json:"out_bias"`
}

// Prob writes the class probabilities of the feature vector x into p (allocated when nil)
// and returns it.
func (n *Net) Prob(x, p []float64) []float64 {
	if p == nil {
		p = make([]float64, len(n.Out))
	}
	var buf [MaxInputs]float64
	z := buf[:0]
	for i, v := range x {
		z = append(z, standard(v, n.Mean[i], n.Scale[i]))
	}
	in := z
	if len(n.Hidden) > 0 {
		var hb [MaxInputs]float64
		h := hb[:0]
		for k, row := range n.Hidden {
			s := n.HBias[k]
			for i, w := range row {
				s += w * in[i]
			}
			h = append(h, math.Tanh(s))
		}
		in = h
	}
	for c, row := range n.Out {
		s := n.OBias[c]
		for i, w := range row {
			s += w * in[i]
		}
		p[c] = s
	}
	softmax(p)
	return p
}

// standard standardises v and clips it to four standard deviations, so a text far outside
// the training range (a short text full of refuting words) cannot swing the decision alone.
func standard(v, mean, scale float64) float64 {
	return max(-4, min(4, (v-mean)/scale))
}

func softmax(p []float64) {
	m := math.Inf(-1)
	for _, v := range p {
		m = math.Max(m, v)
	}
	sum := 0.0
	for i, v := range p {
		p[i] = math.Exp(v - m)
		sum += p[i]
	}
	for i := range p {
		p[i] /= sum
	}
}

// TrainOptions sets how [Train] fits a [Net].
type TrainOptions struct {
	Hidden       int       // hidden units; 0 for logistic regression
	Epochs       int       // full passes over the data
	Rate         float64   // Adam step size
	L2           float64   // weight decay on the weights (not the biases)
	ClassWeights []float64 // loss weight of each class; nil for all 1
	Weights      []float64 // loss weight of each example, times its class's; nil for all 1
	Seed         uint64    // seeds the initial hidden weights
	Batch        int       // minibatch size; 0 for the whole set
}

// Train fits a net to the examples x (rows of features) with labels y (class indexes into
// classes). It is deterministic: the same inputs and options give the same weights.
func Train(x [][]float64, y []int, classes []string, o TrainOptions) (*Net, error) {
	if len(x) == 0 || len(x) != len(y) {
		return nil, fmt.Errorf("training needs examples with one label each (%d examples, %d labels)", len(x), len(y))
	}
	d, k := len(x[0]), len(classes)
	if d > MaxInputs || o.Hidden > MaxInputs {
		return nil, fmt.Errorf("at most %d features and hidden units (%d, %d)", MaxInputs, d, o.Hidden)
	}
	n := &Net{Classes: classes}
	var z [][]float64
	n.Mean, n.Scale, z = standardize(x)
	rng := rand.New(rand.NewPCG(o.Seed, 0x5eed))
	in := d
	if o.Hidden > 0 {
		n.Hidden = matrix(o.Hidden, d)
		n.HBias = make([]float64, o.Hidden)
		for _, row := range n.Hidden {
			for i := range row {
				row[i] = rng.NormFloat64() / math.Sqrt(float64(d))
			}
		}
		in = o.Hidden
	}
	n.Out = matrix(k, in)
	n.OBias = make([]float64, k)
	cw := o.ClassWeights
	if cw == nil {
		cw = make([]float64, k)
		for i := range cw {
			cw[i] = 1
		}
	}
	opt, g := newAdam(n)
	batch := o.Batch
	if batch <= 0 || batch > len(x) {
		batch = len(x)
	}
	order := make([]int, len(x))
	for i := range order {
		order[i] = i
	}
	buf := newBackprop(o.Hidden, k)
	for range o.Epochs {
		if batch < len(x) {
			rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		}
		for start := 0; start < len(order); start += batch {
			end := min(start+batch, len(order))
			for _, gr := range opt.grads {
				clear(gr)
			}
			wsum := 0.0
			for _, r := range order[start:end] {
				wt := cw[y[r]]
				if o.Weights != nil {
					wt *= o.Weights[r]
				}
				wsum += wt
				n.backprop(z[r], y[r], wt, g, buf)
			}
			opt.step(wsum, o.Rate, o.L2)
		}
	}
	return n, nil
}

// standardize returns the mean and the standard deviation (1 where it is 0) of each column
// of x, and x's rows standardized by them.
func standardize(x [][]float64) (mean, scale []float64, z [][]float64) {
	d := len(x[0])
	mean, scale = make([]float64, d), make([]float64, d)
	for _, row := range x {
		for i, v := range row {
			mean[i] += v
		}
	}
	for i := range mean {
		mean[i] /= float64(len(x))
	}
	for _, row := range x {
		for i, v := range row {
			scale[i] += (v - mean[i]) * (v - mean[i])
		}
	}
	for i := range scale {
		scale[i] = math.Sqrt(scale[i] / float64(len(x)))
		if scale[i] < 1e-9 {
			scale[i] = 1
		}
	}
	z = make([][]float64, len(x))
	for r, row := range x {
		z[r] = make([]float64, d)
		for i, v := range row {
			z[r][i] = standard(v, mean[i], scale[i])
		}
	}
	return mean, scale, z
}

// adam is the Adam optimiser over a net's weights, held as one flat list of slices, with
// the gradients backprop adds to.
type adam struct {
	params, grads, m1, m2 [][]float64
	decay                 []bool // L2 decay applies (weights, not biases)
	steps                 int
}

// gradients are views of an adam's gradients in the shape of the net's weights.
type gradients struct {
	hidden [][]float64
	hBias  []float64
	out    [][]float64
	oBias  []float64
}

// newAdam returns an optimiser over n's weights and the views of its gradients.
func newAdam(n *Net) (*adam, gradients) {
	a := &adam{}
	for _, row := range n.Hidden {
		a.params, a.decay = append(a.params, row), append(a.decay, true)
	}
	if n.HBias != nil {
		a.params, a.decay = append(a.params, n.HBias), append(a.decay, false)
	}
	for _, row := range n.Out {
		a.params, a.decay = append(a.params, row), append(a.decay, true)
	}
	a.params, a.decay = append(a.params, n.OBias), append(a.decay, false)
	a.grads = make([][]float64, len(a.params))
	a.m1 = make([][]float64, len(a.params))
	a.m2 = make([][]float64, len(a.params))
	for i, p := range a.params {
		a.grads[i] = make([]float64, len(p))
		a.m1[i] = make([]float64, len(p))
		a.m2[i] = make([]float64, len(p))
	}
	g := gradients{hidden: a.grads[:len(n.Hidden)]}
	off := len(n.Hidden)
	if n.HBias != nil {
		g.hBias = a.grads[off]
		off++
	}
	k := len(n.Out)
	g.out, g.oBias = a.grads[off:off+k], a.grads[off+k]
	return a, g
}

// step moves the weights by the gradients summed over examples of total weight wsum.
func (a *adam) step(wsum, rate, l2 float64) {
	const b1, b2, eps = 0.9, 0.999, 1e-8
	a.steps++
	c1 := 1 - math.Pow(b1, float64(a.steps))
	c2 := 1 - math.Pow(b2, float64(a.steps))
	for pi, prm := range a.params {
		m1, m2 := a.m1[pi], a.m2[pi]
		for i := range prm {
			g := a.grads[pi][i] / wsum
			if a.decay[pi] {
				g += l2 * prm[i]
			}
			m1[i] = b1*m1[i] + (1-b1)*g
			m2[i] = b2*m2[i] + (1-b2)*g*g
			prm[i] -= rate * (m1[i] / c1) / (math.Sqrt(m2[i]/c2) + eps)
		}
	}
}

// backpropBuf holds backprop's activations between examples.
type backpropBuf struct {
	h, p, dh []float64
}

// newBackprop returns the buffers of a net with hidden units (0 for none) and classes outputs.
func newBackprop(hidden, classes int) *backpropBuf {
	return &backpropBuf{h: make([]float64, hidden), p: make([]float64, classes), dh: make([]float64, hidden)}
}

// backprop adds to g the gradient of the cross-entropy loss, times wt, of the standardized
// example xi with label y.
func (n *Net) backprop(xi []float64, y int, wt float64, g gradients, b *backpropBuf) {
	hidden := len(n.Hidden) > 0
	a := xi
	if hidden {
		for j, row := range n.Hidden {
			s := n.HBias[j]
			for i, w := range row {
				s += w * xi[i]
			}
			b.h[j] = math.Tanh(s)
		}
		a = b.h
	}
	for c, row := range n.Out {
		s := n.OBias[c]
		for i, w := range row {
			s += w * a[i]
		}
		b.p[c] = s
	}
	softmax(b.p)
	clear(b.dh)
	for c := range b.p {
		gc := b.p[c]
		if c == y {
			gc--
		}
		gc *= wt
		g.oBias[c] += gc
		for i, v := range a {
			g.out[c][i] += gc * v
			if hidden {
				b.dh[i] += gc * n.Out[c][i]
			}
		}
	}
	if hidden {
		for j := range n.Hidden {
			gj := b.dh[j] * (1 - b.h[j]*b.h[j])
			g.hBias[j] += gj
			for i, v := range xi {
				g.hidden[j][i] += gj * v
			}
		}
	}
}

func matrix(r, c int) [][]float64 {
	m := make([][]float64, r)
	for i := range m {
		m[i] = make([]float64, c)
	}
	return m
}

// Model is the two-stage stance model: Related tells related from unrelated, Stance tells
// agree, disagree and discuss apart on related pairs.
type Model struct {
	Features []string `json:"features"` // FeatureNames at training time
	Related  *Net     `json:"related"`  // classes "unrelated", "related"
	// RelatedSkips names the features Related does not read (held at 0 for it): those on
	// what a text's speakers deny and assert, which need its attributions extracted, so
	// that [Model.Judge] extracts them only for a pair that may be related.
	RelatedSkips []string `json:"related_skips,omitempty"`
	Stance       *Net     `json:"stance"` // classes "agree", "disagree", "discuss"
	// Extra are more stance nets, trained from other starting weights; the stance
	// probabilities are the mean of Stance's and theirs.
	Extra []*Net `json:"stance_extra,omitempty"`
	// Trees, when set, are boosted trees whose stance probabilities are mixed with the nets'
	// at TreesWeight.
	Trees       *Trees  `json:"stance_trees,omitempty"`
	TreesWeight float64 `json:"stance_trees_weight,omitempty"`
	// Threshold is the least probability of "related" at which a pair is called related.
	Threshold float64 `json:"related_threshold"`
	// Factors weigh the probabilities of agree, disagree and discuss before the likeliest is
	// chosen (1 each when absent): a disagree factor of 2 calls a related pair disagree when
	// twice its probability beats the others'.
	Factors []float64 `json:"stance_factors,omitempty"`
	// Joint is the weight of the other related pairs on the same text in a pair's stance
	// when pairs are judged in a batch (see [Joint]); 0 judges each pair alone.
	Joint float64 `json:"joint,omitempty"`
	// DataSHA256 is the [Fingerprint] of the features of the training data's
	// [FingerprintPairs] when the model was fitted; they change when the extractor or the
	// features do, and the model should then be fitted again.
	DataSHA256 string `json:"data_features_sha256,omitempty"`
	Note       string `json:"note,omitempty"`
}

// Load reads a model written as JSON and checks that it was trained on the features this
// package computes.
func Load(data []byte) (*Model, error) {
	var m Model
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("reading stance model: %w", err)
	}
	if len(m.Features) != NumFeatures {
		return nil, fmt.Errorf("stance model has %d features, want %d", len(m.Features), NumFeatures)
	}
	for i, f := range m.Features {
		if f != FeatureNames[i] {
			return nil, fmt.Errorf("stance model feature %d is %q, want %q", i, f, FeatureNames[i])
		}
	}
	for _, name := range m.RelatedSkips {
		if !slices.Contains(FeatureNames, name) {
			return nil, fmt.Errorf("stance model's related stage skips %q, not a feature", name)
		}
	}
	for _, n := range append([]*Net{m.Related, m.Stance}, m.Extra...) {
		if n == nil || len(n.Mean) != NumFeatures || len(n.Scale) != NumFeatures || len(n.Out) != len(n.Classes) {
			return nil, fmt.Errorf("stance model is malformed")
		}
		in := NumFeatures
		if len(n.Hidden) > MaxInputs {
			return nil, fmt.Errorf("stance model has %d hidden units, want at most %d", len(n.Hidden), MaxInputs)
		}
		if len(n.Hidden) > 0 {
			in = len(n.Hidden)
			for _, row := range n.Hidden {
				if len(row) != NumFeatures {
					return nil, fmt.Errorf("stance model is malformed")
				}
			}
			if len(n.HBias) != len(n.Hidden) {
				return nil, fmt.Errorf("stance model is malformed")
			}
		}
		for _, row := range n.Out {
			if len(row) != in {
				return nil, fmt.Errorf("stance model is malformed")
			}
		}
		if len(n.OBias) != len(n.Out) {
			return nil, fmt.Errorf("stance model is malformed")
		}
	}
	if m.Threshold <= 0 || m.Threshold >= 1 {
		return nil, fmt.Errorf("stance model threshold %v is not in (0, 1)", m.Threshold)
	}
	if m.Factors != nil && (len(m.Factors) != 3 || m.Factors[0] <= 0 || m.Factors[1] <= 0 || m.Factors[2] <= 0) {
		return nil, fmt.Errorf("stance model has factors %v, want 3 positive numbers", m.Factors)
	}
	if m.Joint < 0 || m.Joint >= 1 {
		return nil, fmt.Errorf("stance model's joint weight %v is not in [0, 1)", m.Joint)
	}
	if len(m.Related.Classes) != 2 || len(m.Stance.Classes) != 3 {
		return nil, fmt.Errorf("stance model has %d and %d classes, want 2 and 3", len(m.Related.Classes), len(m.Stance.Classes))
	}
	if m.Trees != nil {
		if len(m.Trees.Classes) != 3 || len(m.Trees.Base) != 3 {
			return nil, fmt.Errorf("stance model's trees have %d classes, want 3", len(m.Trees.Classes))
		}
		if m.TreesWeight <= 0 || m.TreesWeight > 1 {
			return nil, fmt.Errorf("stance model's trees weight %v is not in (0, 1]", m.TreesWeight)
		}
		for r, round := range m.Trees.Rounds {
			if len(round) != 3 {
				return nil, fmt.Errorf("stance model's trees round %d has %d trees, want 3", r, len(round))
			}
			for _, t := range round {
				if t == nil {
					return nil, fmt.Errorf("stance model's trees round %d lacks a tree", r)
				}
				if err := t.check(NumFeatures); err != nil {
					return nil, fmt.Errorf("stance model's trees round %d: %w", r, err)
				}
			}
		}
	}
	for _, n := range m.Extra {
		if len(n.Classes) != 3 {
			return nil, fmt.Errorf("stance model has an extra stance net of %d classes, want 3", len(n.Classes))
		}
	}
	return &m, nil
}

// Predict returns the probabilities of agree, disagree, discuss and unrelated for the
// feature vector x.
func (m *Model) Predict(x []float64) [4]float64 {
	var r [2]float64
	m.relatedProb(x, r[:])
	return m.predictStance(x, r)
}

// relatedProb writes the probabilities of unrelated and related for x into r, reading x
// without the features of RelatedSkips.
func (m *Model) relatedProb(x, r []float64) {
	if len(m.RelatedSkips) == 0 {
		m.Related.Prob(x, r)
		return
	}
	var buf [MaxInputs]float64
	xr := buf[:len(x)]
	copy(xr, x)
	for i, name := range FeatureNames {
		if slices.Contains(m.RelatedSkips, name) {
			xr[i] = 0
		}
	}
	m.Related.Prob(xr, r)
}

// skipsSpeakers reports whether the related stage reads none of the features that need a
// text's attributions.
func (m *Model) skipsSpeakers() bool {
	for _, f := range speakerFeatures {
		if !slices.Contains(m.RelatedSkips, FeatureNames[f]) {
			return false
		}
	}
	return true
}

// SpeakerFeatureNames are the names of the features that read a text's attributions (what
// its speakers deny and assert): a model's related stage may skip them (RelatedSkips).
func SpeakerFeatureNames() []string {
	out := make([]string, len(speakerFeatures))
	for i, f := range speakerFeatures {
		out[i] = FeatureNames[f]
	}
	return out
}

// Judge computes the features of claim c against text t into dst (of length
// [NumFeatures]) and returns the model's probabilities, as [Features] and [Model.Predict]
// would, and the sentence coverages. When the related stage skips the features on what
// the text's speakers deny and assert and the probability of related is below minRelated,
// it does not extract the text's attributions (most of the cost of a pair): those features
// stay 0 and only the split among agree, disagree and discuss of an unrelated pair, small
// as the probability of related, differs from Predict's.
func (m *Model) Judge(c *Claim, t *Text, minRelated float64, dst []float64) ([4]float64, []float64) {
	clear(dst)
	x := wordFeatures(c, t, dst)
	skips := m.skipsSpeakers()
	if !skips {
		x.speakers(dst)
	}
	var r [2]float64
	m.relatedProb(dst, r[:])
	if skips && r[1] >= minRelated {
		x.speakers(dst)
	}
	return m.predictStance(dst, r), x.covs
}

// predictStance returns the probabilities of agree, disagree, discuss and unrelated for x,
// whose probabilities of unrelated and related are r.
func (m *Model) predictStance(x []float64, r [2]float64) [4]float64 {
	var s, e [3]float64
	m.Stance.Prob(x, s[:3])
	for _, n := range m.Extra {
		n.Prob(x, e[:3])
		for i := range s {
			s[i] += e[i]
		}
	}
	for i := range s {
		s[i] /= float64(1 + len(m.Extra))
	}
	if m.Trees != nil {
		m.Trees.Prob(x, e[:3])
		for i := range s {
			s[i] = (1-m.TreesWeight)*s[i] + m.TreesWeight*e[i]
		}
	}
	rel := r[1]
	return [4]float64{rel * s[0], rel * s[1], rel * s[2], r[0]}
}

// Decide returns the label of the probabilities p (from [Model.Predict]): unrelated when the
// probability of related is below the threshold, else the likeliest of agree, disagree and
// discuss, each probability weighed by its factor.
func (m *Model) Decide(p [4]float64) int {
	return m.DecideAt(p, m.Threshold)
}

// DecideAt is [Model.Decide] with another threshold on the probability of related.
func (m *Model) DecideAt(p [4]float64, threshold float64) int {
	if 1-p[Unrelated] < threshold {
		return Unrelated
	}
	f := [3]float64{1, 1, 1}
	if len(m.Factors) == 3 {
		copy(f[:], m.Factors)
	}
	best := Agree
	for l := Disagree; l <= Discuss; l++ {
		if p[l]*f[l] > p[best]*f[best] {
			best = l
		}
	}
	return best
}
