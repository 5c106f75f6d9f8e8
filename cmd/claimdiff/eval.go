package main

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
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
		&cli.StringFlag{Name: "format", Aliases: []string{"f"}, Value: "table", Usage: "output `FORMAT`: table or jsonl"},
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

func evalPolnearAction(c *cli.Context) error {
	if c.NArg() != 1 {
		return usagef("want one directory (a split holding text/ and attributions/), got %d arguments", c.NArg())
	}
	format := strings.ToLower(strings.TrimSpace(c.String("format")))
	if format != "table" && format != "jsonl" {
		return usagef("unknown format %q (want table or jsonl)", format)
	}
	if c.IsSet("why") && c.Int("errors") <= 0 {
		return usagef("--why goes with --errors N")
	}
	if c.IsSet("quoted") && c.Int("errors") <= 0 && c.Int("cues") <= 0 {
		return usagef("--quoted goes with --errors N or --cues N")
	}
	dir := c.Args().First()
	if err := checkSplit(dir); err != nil {
		return err
	}
	articles, err := polnear.Load(dir)
	if err != nil {
		return err
	}
	extract := func(doc *claims.Document) ([]claims.Claim, []polnear.Attribution) {
		cs := claims.Extract(doc)
		return cs, polnear.FromClaims(doc, cs)
	}
	if c.Bool("baseline") {
		extract = func(doc *claims.Document) ([]claims.Claim, []polnear.Attribution) {
			return nil, polnear.Baseline(doc.Text)
		}
	}
	ev := polnear.Evaluate(articles, extract, polnear.EvalOptions{Doc: c.String("doc"), Errors: c.Int("errors") > 0, Quoted: c.Bool("quoted")})
	for _, name := range ev.Unannotated {
		fmt.Fprintf(c.App.ErrWriter, "claimdiff: %s: no annotation file; scored as having no attributions\n", name)
	}
	n := ev.Articles
	if n == 0 && c.String("doc") != "" {
		return usagef("--doc %q: no article of %s has a name containing it", c.String("doc"), dir)
	}
	if n == 0 {
		return fmt.Errorf("no articles in %s", dir)
	}
	if ev.FirstBadSpan != "" {
		fmt.Fprintf(c.App.ErrWriter, "claimdiff: warning: the extractor broke text[span] == Text, first at %s; the spans were scored\n", ev.FirstBadSpan)
	}
	fns, fps := ev.Misses, ev.FalseAlarms
	fnWhy, fpWhy := polnear.Reasons(fns), polnear.Reasons(fps)
	fns, fps = filterWhy(fns, c.String("why")), filterWhy(fps, c.String("why"))
	fns, fps = spread(fns, c.Int("errors")), spread(fps, c.Int("errors"))
	w := c.App.Writer
	if format == "jsonl" {
		if err := writeEvalJSON(w, dir, n, ev.Total, ev.PerDoc, c.Bool("per-doc"), append(fns, fps...)); err != nil {
			return err
		}
		return writeCuesJSON(w, c.Int("cues"), ev.GoldCues, ev.PredCues)
	}
	if err := writeEvalTable(w, dir, n, ev.Total, ev.PerDoc, c.Bool("per-doc"), fns, fps); err != nil {
		return err
	}
	if c.Int("errors") > 0 {
		fmt.Fprintf(w, "\nmisses by reason: %s\nfalse alarms by reason: %s\n", fnWhy, fpWhy)
	}
	if k := c.Int("cues"); k > 0 {
		fmt.Fprintf(w, "\ngold cues most often missed (missed/gold): %s\n", ev.GoldCues.Top(k))
		fmt.Fprintf(w, "predicted cues most often wrong (wrong/predicted): %s\n", ev.PredCues.Top(k))
	}
	return nil
}

// filterWhy keeps the errors whose reason contains why.
func filterWhy(errs []polnear.Error, why string) []polnear.Error {
	if why == "" {
		return errs
	}
	var out []polnear.Error
	for _, e := range errs {
		if strings.Contains(e.Reason, why) {
			out = append(out, e)
		}
	}
	return out
}

// spread returns at most n of errs, evenly spaced, so the sample covers the whole split
// rather than its first articles.
func spread(errs []polnear.Error, n int) []polnear.Error {
	if n <= 0 {
		return nil
	}
	if len(errs) <= n {
		return errs
	}
	out := make([]polnear.Error, 0, n)
	for i := range n {
		out = append(out, errs[i*len(errs)/n])
	}
	return out
}

func pct(x float64) string { return fmt.Sprintf("%.1f", 100*x) }

func writeEvalTable(w io.Writer, dir string, n int, total polnear.Counts, perDoc []polnear.DocScore, showDocs bool, fns, fps []polnear.Error) error {
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
			m := d.Counts.Report().Lenient
			fmt.Fprintf(tw, "%s\t%d\t%d\t%d\t%s\t%s\t%s\n", d.Name, m.Gold, m.Pred, m.GoldOK, pct(m.P), pct(m.R), pct(m.F1))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	for _, group := range []struct {
		title string
		errs  []polnear.Error
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
				a    *polnear.Texts
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

func writeEvalJSON(w io.Writer, dir string, n int, total polnear.Counts, perDoc []polnear.DocScore, showDocs bool, errs []polnear.Error) error {
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
			}{d.Name, jsonMetrics(d.Counts)}); err != nil {
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

// cueJSON is a line of eval polnear -f jsonl --cues: a gold cue and how often it was missed,
// or a predicted cue and how often it was wrong.
type cueJSON struct {
	Kind      string `json:"kind"` // gold_cue or pred_cue
	Cue       string `json:"cue"`
	Missed    *int   `json:"missed,omitempty"`
	Gold      *int   `json:"gold,omitempty"`
	Wrong     *int   `json:"wrong,omitempty"`
	Predicted *int   `json:"predicted,omitempty"`
}

// writeCuesJSON writes a line for each of the k gold cues most often missed, then for each of
// the k predicted cues most often wrong, in the order the table lists them.
func writeCuesJSON(w io.Writer, k int, gold, pred polnear.CueTally) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, cue := range topCues(gold, k) {
		n := gold[cue]
		if err := enc.Encode(cueJSON{Kind: "gold_cue", Cue: cue, Missed: &n[0], Gold: &n[1]}); err != nil {
			return err
		}
	}
	for _, cue := range topCues(pred, k) {
		n := pred[cue]
		if err := enc.Encode(cueJSON{Kind: "pred_cue", Cue: cue, Wrong: &n[0], Predicted: &n[1]}); err != nil {
			return err
		}
	}
	return nil
}

// topCues returns the k cues of t that fail most often, as [polnear.CueTally.Top] lists them:
// by failures, then in alphabetical order.
func topCues(t polnear.CueTally, k int) []string {
	var cues []string
	for cue, n := range t {
		if n[0] > 0 {
			cues = append(cues, cue)
		}
	}
	slices.SortFunc(cues, func(a, b string) int {
		if c := cmp.Compare(t[b][0], t[a][0]); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	return cues[:min(k, len(cues))]
}

// splitsIn returns the names of dir's subdirectories that hold a text/ directory, as a
// PolNeAR split does, in lexical order.
func splitsIn(dir string) []string {
	entries, _ := os.ReadDir(dir)
	var out []string
	for _, e := range entries {
		if st, err := os.Stat(filepath.Join(dir, e.Name(), "text")); e.IsDir() && err == nil && st.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out
}

// checkSplit says, naming dir, when it is no PolNeAR split: missing, not a directory, or
// without the text/ directory a split holds (as when its text/ is named for it).
func checkSplit(dir string) error {
	const want = "a directory holding text/NAME.txt and attributions/NAME_ANNOTATOR.ann"
	st, err := os.Stat(dir)
	switch {
	case err != nil:
		return fmt.Errorf("%s: %v", dir, describe(dir, err))
	case !st.IsDir():
		return fmt.Errorf("%s: not a directory (want a PolNeAR split: %s)", dir, want)
	}
	if st, err := os.Stat(filepath.Join(dir, "text")); err != nil || !st.IsDir() {
		hint := ""
		if filepath.Base(filepath.Clean(dir)) == "text" {
			hint = "; name the split's directory, not its text/"
		} else if splits := splitsIn(dir); len(splits) > 0 {
			// The corpus's directory, holding dev/ and train/.
			hint = fmt.Sprintf("; its splits are %s: name one, %s", strings.Join(splits, ", "), filepath.Join(dir, splits[0]))
		}
		return fmt.Errorf("%s: not a PolNeAR split: no text/ directory in it (want %s%s)", dir, want, hint)
	}
	return nil
}
