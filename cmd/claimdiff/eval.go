package main

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"

	"github.com/urfave/cli/v2"

	"claimdiff/claims"
	"claimdiff/claims/polnear"
)

var evalCommand = &cli.Command{
	Name:  "eval",
	Usage: "score extraction (PolNeAR), stance (FNC-1) and event grouping (FNC-1) on annotated corpora",
	Subcommands: []*cli.Command{
		evalPolnearCommand,
		evalFNC1Command,
		evalEventsCommand,
	},
}

var evalPolnearCommand = &cli.Command{
	Name:  "polnear",
	Usage: "score the extractor on a PolNeAR split (DIR/text/*.txt, DIR/attributions/*.ann)",
	Description: "Prints precision, recall and F1 of ATTR-L, ATTR-E, content (Dice >= 0.5) and\n" +
		"ATTR-L on quoted contents; see the Accuracy section of README.md.",
	ArgsUsage: "DIR",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output format: table or jsonl"},
		&cli.IntFlag{Name: "errors", Usage: "print up to `N` false negatives and N false positives (ATTR-L), spread over the split"},
		&cli.BoolFlag{Name: "per-doc", Usage: "print the scores of each article too"},
		&cli.BoolFlag{Name: "baseline", Usage: `score the naive "X said Y" baseline instead of the extractor`},
		&cli.StringFlag{Name: "doc", Usage: "score only the articles whose name contains `TEXT`"},
		&cli.IntFlag{Name: "cues", Usage: "print the `N` gold cues most often missed and the N predicted cues most often wrong (ATTR-L)"},
		&cli.BoolFlag{Name: "quoted", Usage: "with --errors and --cues, only attributions whose content is quoted"},
		&cli.StringFlag{Name: "why", Usage: "with --errors, show only errors whose reason contains `TEXT` (not found, no gold partner, content, cue, source)"},
	},
	Action: evalPolnearAction,
}

// docScore is the outcome of one article.
type docScore struct {
	name   string
	counts polnear.Counts
}

// evalError is an attribution that does not count for ATTR-L, with its partner if any.
type evalError struct {
	Kind   string  `json:"kind"` // "fn" or "fp"
	Doc    string  `json:"doc"`
	Line   int     `json:"line"`
	Dice   float64 `json:"dice"`
	Reason string  `json:"reason"`
	Gold   *attr   `json:"gold"`
	Pred   *attr   `json:"pred"`
}

// attr is an attribution as printed.
type attr struct {
	Source  string `json:"source"`
	Cue     string `json:"cue"`
	Content string `json:"content"`
}

func newAttr(a polnear.Attribution) *attr {
	return &attr{Source: a.Source.Text, Cue: a.Cue.Text, Content: a.Content.Text}
}

func evalPolnearAction(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("eval polnear takes one directory (a split holding text/ and attributions/), got %d arguments", c.NArg())
	}
	format := strings.ToLower(strings.TrimSpace(c.String("format")))
	if format != "table" && format != "jsonl" {
		return usagef("unknown format %q (want table or jsonl)", format)
	}
	if c.IsSet("why") && c.Int("errors") <= 0 {
		return usagef("eval polnear --why goes with --errors N")
	}
	if c.IsSet("quoted") && c.Int("errors") <= 0 && c.Int("cues") <= 0 {
		return usagef("eval polnear --quoted goes with --errors N or --cues N")
	}
	dir := c.Args().First()
	articles, err := polnear.Load(dir)
	if err != nil {
		return err
	}
	var (
		total    polnear.Counts
		perDoc   []docScore
		fns, fps []evalError
		n        int
		badSpans string // the first claim whose spans do not cover its text
		goldCues = cueTally{}
		predCues = cueTally{}
	)
	for _, a := range articles {
		if !strings.Contains(a.Name, c.String("doc")) {
			continue
		}
		if a.Ann == "" {
			fmt.Fprintf(c.App.ErrWriter, "claimdiff: %s: no annotation file; scored as having no attributions\n", a.Doc.Name)
		}
		n++
		var pred []polnear.Attribution
		if c.Bool("baseline") {
			pred = polnear.Baseline(a.Doc.Text)
		} else {
			cs := claims.Extract(a.Doc)
			if i := badSpan(a.Doc, cs); i >= 0 && badSpans == "" {
				badSpans = fmt.Sprintf("%s:%d", a.Doc.Name, cs[i].Line)
			}
			pred = polnear.FromClaims(a.Doc, cs)
		}
		pairs := polnear.Align(a.Gold, pred)
		counts := polnear.Count(a.Gold, pred, pairs)
		total.Add(counts)
		perDoc = append(perDoc, docScore{a.Name, counts})
		quoted := c.Bool("quoted")
		for _, p := range pairs {
			if p.Gold >= 0 && (!quoted || a.Gold[p.Gold].Quoted) {
				goldCues.add(a.Gold[p.Gold].Cue.Text, p.Lenient)
			}
			if p.Pred >= 0 && (!quoted || pred[p.Pred].Quoted) {
				predCues.add(pred[p.Pred].Cue.Text, p.Lenient)
			}
		}
		if c.Int("errors") > 0 {
			fn, fp := collectErrors(a, pred, pairs, quoted)
			fns, fps = append(fns, fn...), append(fps, fp...)
		}
	}
	if n == 0 && c.String("doc") != "" {
		return usagef("--doc %q: no article of %s has a name containing it", c.String("doc"), dir)
	}
	if n == 0 {
		return fmt.Errorf("no articles in %s", dir)
	}
	if badSpans != "" {
		fmt.Fprintf(c.App.ErrWriter, "claimdiff: warning: the extractor broke text[span] == Text, first at %s; the spans were scored\n", badSpans)
	}
	fnWhy, fpWhy := reasons(fns), reasons(fps)
	fns, fps = filterWhy(fns, c.String("why")), filterWhy(fps, c.String("why"))
	fns, fps = spread(fns, c.Int("errors")), spread(fps, c.Int("errors"))
	w := c.App.Writer
	if format == "jsonl" {
		return writeEvalJSON(w, dir, n, total, perDoc, c.Bool("per-doc"), append(fns, fps...))
	}
	if err := writeEvalTable(w, dir, n, total, perDoc, c.Bool("per-doc"), fns, fps); err != nil {
		return err
	}
	if c.Int("errors") > 0 {
		fmt.Fprintf(w, "\nmisses by reason: %s\nfalse alarms by reason: %s\n", fnWhy, fpWhy)
	}
	if k := c.Int("cues"); k > 0 {
		fmt.Fprintf(w, "\ngold cues most often missed (missed/gold): %s\n", goldCues.top(k))
		fmt.Fprintf(w, "predicted cues most often wrong (wrong/predicted): %s\n", predCues.top(k))
	}
	return nil
}

// badSpan returns the index of the first claim whose source, cue or content text is not the
// document text under its span, or -1.
func badSpan(doc *claims.Document, cs []claims.Claim) int {
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
func collectErrors(a polnear.Article, pred []polnear.Attribution, pairs []polnear.Pair, quotedOnly bool) (fn, fp []evalError) {
	for _, p := range pairs {
		if p.Lenient {
			continue
		}
		e := evalError{Doc: a.Doc.Name, Dice: p.Dice, Reason: reason(a, pred, p)}
		if p.Gold >= 0 {
			e.Gold = newAttr(a.Gold[p.Gold])
		}
		if p.Pred >= 0 {
			e.Pred = newAttr(pred[p.Pred])
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

// reason says why a pair fails ATTR-L.
func reason(a polnear.Article, pred []polnear.Attribution, p polnear.Pair) string {
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
	if !polnear.Agree(g.Cue.Text, q.Cue.Text) {
		why = append(why, "cue")
	}
	if !polnear.Agree(g.Source.Text, q.Source.Text) {
		why = append(why, "source")
	}
	if len(why) == 1 {
		return why[0] + " differs"
	}
	return strings.Join(why, " and ") + " differ"
}

// cueTally counts, by cue (its lower-cased tokens), how many attributions have it and how
// many of these fail ATTR-L.
type cueTally map[string]*[2]int // cue -> {failed, all}

func (t cueTally) add(cue string, ok bool) {
	key := strings.Join(polnear.Tokens(cue), " ")
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

// top returns the k cues that fail most often: "said 120/800, told 40/90".
func (t cueTally) top(k int) string {
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

// reasons counts errors by reason, most frequent first: "812 not found, 310 cue differs".
func reasons(errs []evalError) string {
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

// filterWhy keeps the errors whose reason contains why.
func filterWhy(errs []evalError, why string) []evalError {
	if why == "" {
		return errs
	}
	var out []evalError
	for _, e := range errs {
		if strings.Contains(e.Reason, why) {
			out = append(out, e)
		}
	}
	return out
}

// lineOf returns the 1-based line of the first span's start.
func lineOf(text string, spans []claims.Span) int {
	if len(spans) == 0 || spans[0].Start > len(text) {
		return 0
	}
	return strings.Count(text[:spans[0].Start], "\n") + 1
}

// spread returns at most n of errs, evenly spaced, so the sample covers the whole split
// rather than its first articles.
func spread(errs []evalError, n int) []evalError {
	if n <= 0 {
		return nil
	}
	if len(errs) <= n {
		return errs
	}
	out := make([]evalError, 0, n)
	for i := range n {
		out = append(out, errs[i*len(errs)/n])
	}
	return out
}

func pct(x float64) string { return fmt.Sprintf("%.1f", 100*x) }

func writeEvalTable(w io.Writer, dir string, n int, total polnear.Counts, perDoc []docScore, showDocs bool, fns, fps []evalError) error {
	fmt.Fprintf(w, "%s: %d articles, %d gold attributions (%d quoted), %d predicted (%d quoted)\n\n",
		dir, n, total.Gold, total.GoldQuoted, total.Pred, total.PredQuoted)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "metric\tP\tR\tF1\tpred ok\tgold ok\t")
	for _, m := range total.Report().Metrics() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%d/%d\t%d/%d\t\n", m.Name, pct(m.P), pct(m.R), pct(m.F1), m.PredOK, m.Pred, m.GoldOK, m.Gold)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if showDocs {
		fmt.Fprintln(w)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
		fmt.Fprintln(tw, "article\tgold\tpred\tATTR-L ok\tP\tR\tF1")
		for _, d := range perDoc {
			m := d.counts.Report().Lenient
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\n", d.name, m.Gold, m.Pred, m.GoldOK, pct(m.P), pct(m.R), pct(m.F1))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, group := range []struct {
		title string
		errs  []evalError
	}{{"false negatives (gold not matched under ATTR-L)", fns}, {"false positives (predictions not matched under ATTR-L)", fps}} {
		if len(group.errs) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s:\n", group.title)
		for _, e := range group.errs {
			fmt.Fprintf(w, "\n%s %s:%d: %s", strings.ToUpper(e.Kind), e.Doc, e.Line, e.Reason)
			if e.Dice > 0 {
				fmt.Fprintf(w, " (content Dice %.2f)", e.Dice)
			}
			fmt.Fprintln(w)
			for _, side := range []struct {
				name string
				a    *attr
			}{{"gold", e.Gold}, {"pred", e.Pred}} {
				if side.a != nil {
					fmt.Fprintf(w, "  %s: source %q | cue %q | content %q\n", side.name, side.a.Source, side.a.Cue, clip(side.a.Content, 240))
				}
			}
		}
	}
	return nil
}

// clip shortens s to about n bytes, cutting in the middle, on a rune boundary.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	a, b := n/2, len(s)-n/2
	for a > 0 && !utf8RuneStart(s[a]) {
		a--
	}
	for b < len(s) && !utf8RuneStart(s[b]) {
		b++
	}
	return s[:a] + " … " + s[b:]
}

func utf8RuneStart(b byte) bool { return b&0xC0 != 0x80 }

type jsonMetric struct {
	Metric string  `json:"metric"`
	P      float64 `json:"p"`
	R      float64 `json:"r"`
	F1     float64 `json:"f1"`
	PredOK int     `json:"pred_ok"`
	Pred   int     `json:"pred"`
	GoldOK int     `json:"gold_ok"`
	Gold   int     `json:"gold"`
}

func jsonMetrics(c polnear.Counts) []jsonMetric {
	var out []jsonMetric
	for _, m := range c.Report().Metrics() {
		out = append(out, jsonMetric{m.Name, round(m.P), round(m.R), round(m.F1), m.PredOK, m.Pred, m.GoldOK, m.Gold})
	}
	return out
}

// round keeps four decimals, so the figures print stably.
func round(x float64) float64 { return float64(int(x*10000+0.5)) / 10000 }

func writeEvalJSON(w io.Writer, dir string, n int, total polnear.Counts, perDoc []docScore, showDocs bool, errs []evalError) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(struct {
		Split    string       `json:"split"`
		Articles int          `json:"articles"`
		Metrics  []jsonMetric `json:"metrics"`
	}{dir, n, jsonMetrics(total)}); err != nil {
		return err
	}
	if showDocs {
		for _, d := range perDoc {
			if err := enc.Encode(struct {
				Doc     string       `json:"doc"`
				Metrics []jsonMetric `json:"metrics"`
			}{d.name, jsonMetrics(d.counts)}); err != nil {
				return err
			}
		}
	}
	for _, e := range errs {
		if err := enc.Encode(e); err != nil {
			return err
		}
	}
	return nil
}
