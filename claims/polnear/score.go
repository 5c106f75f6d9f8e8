package polnear

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tokens returns the lower-cased tokens of s, the matches of the regular expression
// \w+(?:['’-]\w+)* where \w is a Unicode letter, number or underscore (as in Python 3's re,
// where the expression comes from), so "Clinton’s" and "well-known" are one token each and
// "Café" is not cut at the "é". It scans by hand, which is several times faster than the
// regexp package and gives the same tokens (a test checks it).
func Tokens(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			i += n
			continue
		}
		start := i
		i = wordEnd(s, i)
		for i < len(s) {
			sep, n := utf8.DecodeRuneInString(s[i:])
			if sep != '\'' && sep != '’' && sep != '-' {
				break
			}
			next, _ := utf8.DecodeRuneInString(s[i+n:])
			if i+n >= len(s) || !isWord(next) {
				break
			}
			i = wordEnd(s, i+n)
		}
		out = append(out, strings.ToLower(s[start:i]))
	}
	return out
}

// wordEnd returns the end of the run of word characters starting at i.
func wordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !isWord(r) {
			break
		}
		i += n
	}
	return i
}

// isWord reports whether r is a word character of Python 3's \w: a letter, a number or "_".
func isWord(r rune) bool {
	if r < utf8.RuneSelf {
		return r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '_'
	}
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

// tokenSet returns the distinct tokens of s, sorted.
func tokenSet(s string) []string {
	t := Tokens(s)
	slices.Sort(t)
	return slices.Compact(t)
}

// overlap returns the number of tokens two sorted sets share.
func overlap(a, b []string) int {
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return n
}

// Dice returns the Dice coefficient of the token sets of a and b, 2|A∩B| / (|A|+|B|), or 0
// when neither has a token.
func Dice(a, b string) float64 { return dice(tokenSet(a), tokenSet(b)) }

func dice(a, b []string) float64 {
	if len(a)+len(b) == 0 {
		return 0
	}
	return 2 * float64(overlap(a, b)) / float64(len(a)+len(b))
}

// Pair is one line of an alignment: a gold attribution and the predicted one paired with it,
// or either alone (the other index is -1).
type Pair struct {
	Gold, Pred int     // indexes into the gold and predicted slices; -1 when unpaired
	Dice       float64 // the token Dice of the two contents; 0 when unpaired
	Content    bool    // the contents match: Dice >= 0.5
	Lenient    bool    // ATTR-L: Content, and the cues and the sources each share a token or both have none
	Exact      bool    // ATTR-E: the token sets of source, cue and content are identical
}

// MinDice is the content Dice at or above which two contents match.
const MinDice = 0.5

type tokens struct{ source, cue, content []string }

func tokenize(as []Attribution) []tokens {
	out := make([]tokens, len(as))
	for i, a := range as {
		out[i] = tokens{tokenSet(a.Source.Text), tokenSet(a.Cue.Text), tokenSet(a.Content.Text)}
	}
	return out
}

// agree reports whether two token sets share a token or are both empty.
func agree(a, b []string) bool {
	return len(a) == 0 && len(b) == 0 || overlap(a, b) > 0
}

// Align pairs the gold and predicted attributions of one document one to one, greedily by
// the token Dice of their contents: all pairs with Dice > 0 are sorted by Dice, highest first
// (ties by gold then predicted index), and a pair is taken when neither member is taken yet.
// The result lists every gold attribution once, in order, with its partner if any, then the
// unpaired predictions in order.
func Align(gold, pred []Attribution) []Pair {
	gt, pt := tokenize(gold), tokenize(pred)
	type cand struct {
		g, p int
		d    float64
	}
	var cands []cand
	for g := range gt {
		for p := range pt {
			if d := dice(gt[g].content, pt[p].content); d > 0 {
				cands = append(cands, cand{g, p, d})
			}
		}
	}
	slices.SortFunc(cands, func(a, b cand) int {
		switch {
		case a.d > b.d:
			return -1
		case a.d < b.d:
			return 1
		case a.g != b.g:
			return a.g - b.g
		}
		return a.p - b.p
	})
	partner := make([]int, len(gold))
	for i := range partner {
		partner[i] = -1
	}
	taken := make([]bool, len(pred))
	score := make([]float64, len(gold))
	for _, c := range cands {
		if partner[c.g] >= 0 || taken[c.p] {
			continue
		}
		partner[c.g], taken[c.p], score[c.g] = c.p, true, c.d
	}
	out := make([]Pair, 0, len(gold)+len(pred))
	for g, p := range partner {
		pr := Pair{Gold: g, Pred: p}
		if p >= 0 {
			a, b := gt[g], pt[p]
			pr.Dice = score[g]
			pr.Content = pr.Dice >= MinDice
			pr.Lenient = pr.Content && agree(a.cue, b.cue) && agree(a.source, b.source)
			pr.Exact = slices.Equal(a.content, b.content) && slices.Equal(a.cue, b.cue) && slices.Equal(a.source, b.source)
		}
		out = append(out, pr)
	}
	for p, t := range taken {
		if !t {
			out = append(out, Pair{Gold: -1, Pred: p})
		}
	}
	return out
}

// Counts holds what the metrics are computed from; counts of several documents add up.
type Counts struct {
	Gold, Pred int // attributions in the gold standard and predicted
	Content    int // pairs whose contents match (Dice >= 0.5)
	Lenient    int // pairs that meet ATTR-L
	Exact      int // pairs that meet ATTR-E

	GoldQuoted, PredQuoted int // gold and predicted attributions with quoted content
	LenientGoldQuoted      int // ATTR-L pairs whose gold content is quoted
	LenientPredQuoted      int // ATTR-L pairs whose predicted content is quoted
}

// Score aligns the gold and predicted attributions of one document with [Align] and counts
// the pairs that meet each metric.
func Score(gold, pred []Attribution) Counts {
	return Count(gold, pred, Align(gold, pred))
}

// Count counts an alignment of gold and pred returned by [Align].
func Count(gold, pred []Attribution, pairs []Pair) Counts {
	c := Counts{Gold: len(gold), Pred: len(pred)}
	for _, a := range gold {
		if a.Quoted {
			c.GoldQuoted++
		}
	}
	for _, a := range pred {
		if a.Quoted {
			c.PredQuoted++
		}
	}
	for _, p := range pairs {
		if p.Gold < 0 || p.Pred < 0 {
			continue
		}
		if p.Content {
			c.Content++
		}
		if p.Exact {
			c.Exact++
		}
		if p.Lenient {
			c.Lenient++
			if gold[p.Gold].Quoted {
				c.LenientGoldQuoted++
			}
			if pred[p.Pred].Quoted {
				c.LenientPredQuoted++
			}
		}
	}
	return c
}

// Add adds the counts of o to c.
func (c *Counts) Add(o Counts) {
	c.Gold += o.Gold
	c.Pred += o.Pred
	c.Content += o.Content
	c.Lenient += o.Lenient
	c.Exact += o.Exact
	c.GoldQuoted += o.GoldQuoted
	c.PredQuoted += o.PredQuoted
	c.LenientGoldQuoted += o.LenientGoldQuoted
	c.LenientPredQuoted += o.LenientPredQuoted
}

// Metric is precision, recall and F1 of one metric. Precision is PredOK/Pred and recall
// GoldOK/Gold; the two counts of matched pairs differ only for the quoted metric.
type Metric struct {
	Name           string
	Pred, Gold     int     // predicted and gold attributions the metric is over
	PredOK, GoldOK int     // of these, how many are in a pair that meets the metric
	P, R, F1       float64 // fractions in [0, 1]; 0 when undefined
}

func newMetric(name string, predOK, pred, goldOK, gold int) Metric {
	m := Metric{Name: name, Pred: pred, Gold: gold, PredOK: predOK, GoldOK: goldOK}
	if pred > 0 {
		m.P = float64(predOK) / float64(pred)
	}
	if gold > 0 {
		m.R = float64(goldOK) / float64(gold)
	}
	if m.P+m.R > 0 {
		m.F1 = 2 * m.P * m.R / (m.P + m.R)
	}
	return m
}

// Report holds the four metrics.
type Report struct {
	Lenient Metric // ATTR-L
	Exact   Metric // ATTR-E
	Content Metric // contents match (Dice >= 0.5), whatever the source and cue
	Quoted  Metric // ATTR-L on quoted contents: precision over predicted quoted, recall over gold quoted
}

// Report returns precision, recall and F1 of each metric.
func (c Counts) Report() Report {
	return Report{
		Lenient: newMetric("ATTR-L", c.Lenient, c.Pred, c.Lenient, c.Gold),
		Exact:   newMetric("ATTR-E", c.Exact, c.Pred, c.Exact, c.Gold),
		Content: newMetric("content", c.Content, c.Pred, c.Content, c.Gold),
		Quoted:  newMetric("ATTR-L quoted", c.LenientPredQuoted, c.PredQuoted, c.LenientGoldQuoted, c.GoldQuoted),
	}
}

// Metrics returns the metrics in the order they are printed: ATTR-L, ATTR-E, content, quoted.
func (r Report) Metrics() []Metric { return []Metric{r.Lenient, r.Exact, r.Content, r.Quoted} }

// Agree reports whether the token sets of a and b share a token or are both empty: the test
// ATTR-L applies to sources and to cues.
func Agree(a, b string) bool { return agree(tokenSet(a), tokenSet(b)) }
