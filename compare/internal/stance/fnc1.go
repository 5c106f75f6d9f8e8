package stance

import (
	"encoding/csv"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"strings"
)

// The FNC-1 labels, in the order of [Model.Predict].
const (
	Agree = iota
	Disagree
	Discuss
	Unrelated
	NumLabels
)

// LabelNames are FNC-1's names of the labels.
var LabelNames = [NumLabels]string{"agree", "disagree", "discuss", "unrelated"}

// Pair is one FNC-1 example: a headline (the claim), a body and their stance.
type Pair struct {
	Headline string
	BodyID   string
	Body     string
	Label    int
}

// ReadFNC1 reads FNC-1's bodies file (Body ID, articleBody) and stances file (Headline, Body
// ID, Stance) and returns the pairs in the stances file's order.
func ReadFNC1(bodies, stances io.Reader) ([]Pair, error) {
	br := csv.NewReader(bodies)
	rows, err := br.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reading bodies: %w", err)
	}
	if err := checkHeader(rows, "Body ID", "articleBody"); err != nil {
		return nil, fmt.Errorf("reading bodies: %w", err)
	}
	text := map[string]string{}
	for _, r := range rows[1:] {
		if len(r) < 2 {
			continue
		}
		text[r[0]] = r[1]
	}
	sr := csv.NewReader(stances)
	rows, err = sr.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("reading stances: %w", err)
	}
	if err := checkHeader(rows, "Headline", "Body ID", "Stance"); err != nil {
		return nil, fmt.Errorf("reading stances: %w", err)
	}
	out := make([]Pair, 0, len(rows)-1)
	for i, r := range rows[1:] {
		if len(r) < 3 {
			return nil, fmt.Errorf("reading stances: line %d: %d fields, want 3", i+2, len(r))
		}
		body, ok := text[r[1]]
		if !ok {
			return nil, fmt.Errorf("reading stances: line %d: no body %q", i+2, r[1])
		}
		label := -1
		for l, n := range LabelNames {
			if n == strings.TrimSpace(r[2]) {
				label = l
			}
		}
		if label < 0 {
			return nil, fmt.Errorf("reading stances: line %d: unknown stance %q", i+2, r[2])
		}
		out = append(out, Pair{Headline: r[0], BodyID: r[1], Body: body, Label: label})
	}
	return out, nil
}

// checkHeader returns an error unless the first row of a CSV file is FNC-1's header want
// (in any case, a byte order mark let be): a file with other columns would be read as pairs
// of the wrong fields and scored without a word.
func checkHeader(rows [][]string, want ...string) error {
	if len(rows) == 0 {
		return errors.New("no header")
	}
	got := rows[0]
	ok := len(got) >= len(want)
	for i := 0; ok && i < len(want); i++ {
		ok = strings.EqualFold(strings.TrimSpace(strings.TrimPrefix(got[i], "\ufeff")), want[i])
	}
	if !ok {
		return fmt.Errorf("header %q, want %q", strings.Join(got, ","), strings.Join(want, ","))
	}
	return nil
}

// Side is where [Split] puts a pair.
type Side int

// The sides of the split.
const (
	SideTrain Side = iota
	SideDev
)

// Split puts FNC-1 pairs on a claim-disjoint train or dev side. Headlines and bodies linked
// by a related pair (agree, disagree, discuss) form stories: connected components of the
// headline-body graph over related pairs. A story goes wholly to dev when the FNV-1a hash of
// its smallest member (a headline, or a body ID when it has none) is 0 modulo 5, else to train,
// so about a fifth of the stories are dev. An unrelated pair goes with its headline's story:
// every headline (claim) and every body of a dev story is seen on the dev side only, and the
// share of unrelated pairs stays what it is in FNC-1 (a train body may be met again on dev,
// paired with a dev headline it is unrelated to). With unrelated pairs as edges too the graph
// would be one component: they pair headlines with random bodies.
func Split(pairs []Pair) []Side {
	out := make([]Side, len(pairs))
	for i, s := range Stories(pairs) {
		if Fold(s, "", 5) == 0 {
			out[i] = SideDev
		}
	}
	return out
}

// Fold returns the fold, in [0, k), of a story named by [Stories]: the FNV-1a hash of salt
// and the story modulo k. [Split] uses no salt and k = 5; other salts cut the train side
// into inner folds that are as claim-disjoint as the split.
func Fold(story, salt string, k int) int {
	h := fnv.New32a()
	h.Write([]byte(salt))
	h.Write([]byte(story))
	return int(h.Sum32() % uint32(k))
}

// Stories returns the story of each pair, named by its smallest member ("h:" and a headline,
// or "b:" and a body ID): see [Split].
func Stories(pairs []Pair) []string {
	parent := map[string]string{}
	var find func(string) string
	find = func(x string) string {
		p, ok := parent[x]
		if !ok {
			parent[x] = x
			return x
		}
		if p == x {
			return x
		}
		r := find(p)
		parent[x] = r
		return r
	}
	union := func(a, b string) {
		ra, rb := find(a), find(b)
		if ra == rb {
			return
		}
		if ra < rb {
			parent[rb] = ra
		} else {
			parent[ra] = rb
		}
	}
	for _, p := range pairs {
		h, b := "h:"+p.Headline, "b:"+p.BodyID
		find(h)
		find(b)
		if p.Label != Unrelated {
			union(h, b)
		}
	}
	// The root is the smallest key of the component; "b:" sorts before "h:", so look for the
	// smallest headline explicitly.
	smallest := map[string]string{}
	for k := range parent {
		r := find(k)
		s, ok := smallest[r]
		if !ok || less(k, s) {
			smallest[r] = k
		}
	}
	out := make([]string, len(pairs))
	for i, p := range pairs {
		out[i] = smallest[find("h:"+p.Headline)]
	}
	return out
}

// less orders component members: headlines first, then by text.
func less(a, b string) bool {
	ha, hb := strings.HasPrefix(a, "h:"), strings.HasPrefix(b, "h:")
	if ha != hb {
		return ha
	}
	return a < b
}

// Scores are the FNC-1 measures of predicted labels against gold ones.
type Scores struct {
	N         int
	Score     float64            // the official FNC-1 score as a percentage of its maximum
	Raw, Max  float64            // the official score and its maximum
	Accuracy  float64            // share of labels right
	MacroF1   float64            // mean F1 over the four labels
	F1        [NumLabels]float64 // F1 per label
	Confusion [NumLabels][NumLabels]int
}

// Score computes the FNC-1 measures: 0.25 for each pair whose related/unrelated decision is
// right, 0.75 more for each related pair whose agree/disagree/discuss label is right.
func Score(gold, pred []int) Scores {
	var c [NumLabels][NumLabels]int
	for i, g := range gold {
		c[g][pred[i]]++
	}
	return ScoreConfusion(c)
}

// ScoreConfusion computes the FNC-1 measures (see [Score]) from a confusion matrix,
// [gold][predicted].
func ScoreConfusion(c [NumLabels][NumLabels]int) Scores {
	s := Scores{Confusion: c}
	right := 0
	for g := range NumLabels {
		for p, n := range c[g] {
			s.N += n
			if g == p {
				right += n
			}
			if g == Unrelated {
				s.Max += 0.25 * float64(n)
			} else {
				s.Max += float64(n)
			}
			if (g == Unrelated) == (p == Unrelated) {
				s.Raw += 0.25 * float64(n)
				if g != Unrelated && g == p {
					s.Raw += 0.75 * float64(n)
				}
			}
		}
	}
	if s.Max > 0 {
		s.Score = 100 * s.Raw / s.Max
	}
	if s.N > 0 {
		s.Accuracy = float64(right) / float64(s.N)
	}
	for l := range NumLabels {
		tp, fp, fn := 0, 0, 0
		for o := range NumLabels {
			if o == l {
				tp = c[l][l]
				continue
			}
			fn += c[l][o]
			fp += c[o][l]
		}
		if tp > 0 {
			prec := float64(tp) / float64(tp+fp)
			rec := float64(tp) / float64(tp+fn)
			s.F1[l] = 2 * prec * rec / (prec + rec)
		}
		s.MacroF1 += s.F1[l] / NumLabels
	}
	return s
}

// String formats the scores as a short report, one measure a line.
func (s Scores) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "pairs        %d\n", s.N)
	fmt.Fprintf(&b, "FNC-1 score  %.2f%% (%.2f of %.2f)\n", s.Score, s.Raw, s.Max)
	fmt.Fprintf(&b, "accuracy     %.4f\n", s.Accuracy)
	fmt.Fprintf(&b, "macro-F1     %.4f\n", s.MacroF1)
	for l, n := range LabelNames {
		fmt.Fprintf(&b, "F1 %-9s %.4f\n", n, s.F1[l])
	}
	b.WriteString("confusion (rows gold, columns predicted):\n")
	fmt.Fprintf(&b, "%-10s", "")
	for _, n := range LabelNames {
		fmt.Fprintf(&b, " %9s", n)
	}
	b.WriteByte('\n')
	for g, n := range LabelNames {
		fmt.Fprintf(&b, "%-10s", n)
		for p := range NumLabels {
			fmt.Fprintf(&b, " %9d", s.Confusion[g][p])
		}
		b.WriteByte('\n')
	}
	return b.String()
}
