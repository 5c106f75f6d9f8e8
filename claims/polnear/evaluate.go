package polnear

import (
	"fmt"
	"sort"
	"strings"

	"claimdiff/claims"
)

// EvalOptions choose what [Evaluate] scores and collects.
type EvalOptions struct {
	Doc    string // only the articles whose name holds Doc ("" for all)
	Errors bool   // collect the attributions that fail ATTR-L (Evaluation.Misses, FalseAlarms)
	Quoted bool   // collect errors and tally cues of attributions with quoted contents only
}

// Evaluation is the outcome of scoring predictions on a split.
type Evaluation struct {
	Articles     int        // articles scored
	Unannotated  []string   // scored articles with no annotation file (scored as having no attributions)
	Total        Counts     // over all the articles scored
	PerDoc       []DocScore // each article's counts, in the split's order
	Misses       []Error    // gold attributions not matched under ATTR-L (with EvalOptions.Errors)
	FalseAlarms  []Error    // predictions not matched under ATTR-L (with EvalOptions.Errors)
	GoldCues     CueTally   // the gold cues, and how many of them were missed
	PredCues     CueTally   // the predicted cues, and how many of them were wrong
	FirstBadSpan string     // "doc:line" of the first claim whose spans do not cover its text, or ""
}

// DocScore is the outcome of one article.
type DocScore struct {
	Name   string
	Counts Counts
}

// Error is an attribution that does not count for ATTR-L, with its partner if any. Its JSON
// form is a line of `claimdiff eval polnear --format jsonl --errors N`.
type Error struct {
	Kind   string  `json:"kind"` // "fn" (a miss) or "fp" (a false alarm)
	Doc    string  `json:"doc"`
	Line   int     `json:"line"` // of the content's first span
	Dice   float64 `json:"dice"` // of the two contents, 0 when unpaired
	Reason string  `json:"reason"`
	Gold   *Texts  `json:"gold"`
	Pred   *Texts  `json:"pred"`
}

// Texts are an attribution's three texts, as printed.
type Texts struct {
	Source  string `json:"source"`
	Cue     string `json:"cue"`
	Content string `json:"content"`
}

// textsOf returns the three texts of a, as an [Error] prints them.
func textsOf(a Attribution) *Texts {
	return &Texts{Source: a.Source.Text, Cue: a.Cue.Text, Content: a.Content.Text}
}

// Evaluate scores, article by article, the attributions extract finds (claims.Extract's
// through [FromClaims], or [Baseline]'s) against the gold ones. It reports
// the first claim whose spans do not cover its text when extract returns claims.
func Evaluate(articles []Article, extract func(*claims.Document) ([]claims.Claim, []Attribution), o EvalOptions) Evaluation {
	e := Evaluation{GoldCues: CueTally{}, PredCues: CueTally{}}
	for _, a := range articles {
		if !strings.Contains(a.Name, o.Doc) {
			continue
		}
		if a.Ann == "" {
			e.Unannotated = append(e.Unannotated, a.Doc.Name)
		}
		e.Articles++
		cs, pred := extract(a.Doc)
		if i := BadSpan(a.Doc, cs); i >= 0 && e.FirstBadSpan == "" {
			e.FirstBadSpan = fmt.Sprintf("%s:%d", a.Doc.Name, cs[i].Line)
		}
		pairs := Align(a.Gold, pred)
		counts := Count(a.Gold, pred, pairs)
		e.Total.Add(counts)
		e.PerDoc = append(e.PerDoc, DocScore{a.Name, counts})
		for _, p := range pairs {
			if p.Gold >= 0 && (!o.Quoted || a.Gold[p.Gold].Quoted) {
				e.GoldCues.Add(a.Gold[p.Gold].Cue.Text, p.Lenient)
			}
			if p.Pred >= 0 && (!o.Quoted || pred[p.Pred].Quoted) {
				e.PredCues.Add(pred[p.Pred].Cue.Text, p.Lenient)
			}
		}
		if o.Errors {
			fn, fp := collectErrors(a, pred, pairs, o.Quoted)
			e.Misses, e.FalseAlarms = append(e.Misses, fn...), append(e.FalseAlarms, fp...)
		}
	}
	return e
}

// BadSpan returns the index of the first claim whose source, cue or content text is not the
// document text under its span, or -1.
func BadSpan(doc *claims.Document, cs []claims.Claim) int {
	covers := func(s claims.Span, text string) bool {
		return s.In(len(doc.Text)) && doc.Text[s.Start:s.End] == text
	}
	for i, c := range cs {
		if c.Source != nil && !covers(c.Source.Span, c.Source.Text) ||
			!covers(c.Cue.Span, c.Cue.Text) || !covers(c.Content.Span, c.Content.Text) {
			return i
		}
		for _, s := range c.Content.Spans {
			if !s.In(len(doc.Text)) || s.Start < c.Content.Start || s.End > c.Content.End {
				return i
			}
		}
	}
	return -1
}

// collectErrors returns the gold attributions (false negatives) and predictions (false
// positives) of one article that are not in a pair meeting ATTR-L; with quotedOnly, only those
// whose content is quoted.
func collectErrors(a Article, pred []Attribution, pairs []Pair, quotedOnly bool) (fn, fp []Error) {
	for _, p := range pairs {
		if p.Lenient {
			continue
		}
		e := Error{Doc: a.Doc.Name, Dice: p.Dice, Reason: Reason(a, pred, p)}
		if p.Gold >= 0 {
			e.Gold = textsOf(a.Gold[p.Gold])
		}
		if p.Pred >= 0 {
			e.Pred = textsOf(pred[p.Pred])
		}
		if p.Gold >= 0 && (!quotedOnly || a.Gold[p.Gold].Quoted) {
			e.Kind, e.Line = "fn", lineOf(a.Doc.Text, a.Gold[p.Gold].Content.Spans)
			fn = append(fn, e)
		}
		if p.Pred >= 0 && (!quotedOnly || pred[p.Pred].Quoted) {
			e.Kind, e.Line = "fp", lineOf(a.Doc.Text, pred[p.Pred].Content.Spans)
			fp = append(fp, e)
		}
	}
	return fn, fp
}

// Reason says why a pair of the article a and the predictions pred fails ATTR-L: "not
// found", "no gold partner", "content Dice < 0.5", "cue differs", "source differs" or "cue
// and source differ".
func Reason(a Article, pred []Attribution, p Pair) string {
	switch {
	case p.Gold < 0:
		return "no gold partner"
	case p.Pred < 0:
		return "not found"
	case !p.Content:
		return "content Dice < 0.5"
	}
	g, q := a.Gold[p.Gold], pred[p.Pred]
	var why []string
	if !Agree(g.Cue.Text, q.Cue.Text) {
		why = append(why, "cue")
	}
	if !Agree(g.Source.Text, q.Source.Text) {
		why = append(why, "source")
	}
	if len(why) == 1 {
		return why[0] + " differs"
	}
	return strings.Join(why, " and ") + " differ"
}

// lineOf returns the 1-based line of the first span's start.
func lineOf(text string, spans []claims.Span) int {
	if len(spans) == 0 || spans[0].Start > len(text) {
		return 0
	}
	return strings.Count(text[:spans[0].Start], "\n") + 1
}

// CueTally counts, by cue (its lower-cased tokens), how many attributions have it and how
// many of these fail ATTR-L.
type CueTally map[string]*[2]int // cue -> {failed, all}

// Add counts one attribution with the cue, ok when it meets ATTR-L.
func (t CueTally) Add(cue string, ok bool) {
	key := strings.Join(Tokens(cue), " ")
	if key == "" {
		key = "(none)"
	}
	n := t[key]
	if n == nil {
		n = new([2]int)
		t[key] = n
	}
	n[1]++
	if !ok {
		n[0]++
	}
}

// Top returns the k cues that fail most often: "said 120/800, told 40/90".
func (t CueTally) Top(k int) string {
	keys := make([]string, 0, len(t))
	for key, n := range t {
		if n[0] > 0 {
			keys = append(keys, key)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		a, b := t[keys[i]], t[keys[j]]
		if a[0] != b[0] {
			return a[0] > b[0]
		}
		return keys[i] < keys[j]
	})
	if len(keys) > k {
		keys = keys[:k]
	}
	parts := make([]string, len(keys))
	for i, key := range keys {
		parts[i] = fmt.Sprintf("%s %d/%d", key, t[key][0], t[key][1])
	}
	return strings.Join(parts, ", ")
}

// Reasons counts errors by reason, most frequent first: "812 not found, 310 cue differs".
func Reasons(errs []Error) string {
	n := map[string]int{}
	for _, e := range errs {
		n[e.Reason]++
	}
	keys := make([]string, 0, len(n))
	for k := range n {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if n[keys[i]] != n[keys[j]] {
			return n[keys[i]] > n[keys[j]]
		}
		return keys[i] < keys[j]
	})
	parts := make([]string, len(keys))
	for i, k := range keys {
		parts[i] = fmt.Sprintf("%d %s", n[k], k)
	}
	return strings.Join(parts, ", ")
}
