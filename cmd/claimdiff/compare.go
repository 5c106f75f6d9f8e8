package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"claimdiff/compare"
	"claimdiff/report"
)

var compareCommand = &cli.Command{
	Name:  "compare",
	Usage: "show two sides' statements on one event side by side, with a word diff and a verdict per row",
	Description: `Groups the statements of the articles by event and lines up two sides on one event: each
row pairs a statement of one side with the closest statement of the other, shows a word
diff of the two, and gives a verdict: conflict, agree, reworded or only-one-side. In the
word diff, words only in the left statement are marked [-these-] and words only in the
right one {+these+} (red and green on a terminal); markdown strikes out the first and puts
the others in bold.

Without --event, the event with the most statements from two sides is shown; --event picks
the event whose words best match TERMS. Without --sides, the event's two largest sides are
compared; --sides "United States,Pakistan" names them (left, then right). --side-file and
--side define sides as for "claimdiff contested".`,
	ArgsUsage: "FILES...",
	Flags: []cli.Flag{
		formatFlag,
		&cli.StringFlag{Name: "sides", Usage: "the two sides to compare, `\"LEFT,RIGHT\"`"},
		&cli.StringFlag{Name: "event", Usage: "compare the event best matching `TERMS`"},
		&cli.StringFlag{Name: "side-file", Usage: "read side definitions from `FILE` (lines \"Side: alias, alias\")"},
		sideFlag,
	},
	Action: compareAction,
}

func compareAction(c *cli.Context) error {
	format, err := report.ParseFormat(c.String("format"))
	if err != nil {
		return usageErr{err}
	}
	defs, err := loadSides(c.String("side-file"), c.StringSlice("side"))
	if err != nil {
		return err
	}
	sides, err := parseSidePair(c.String("sides"))
	if err != nil {
		return err
	}
	if c.IsSet("event") && strings.TrimSpace(c.String("event")) == "" {
		return usagef("--event %q: no words to match an event by", c.String("event"))
	}
	corpus, inputErr := buildCorpus(c, defs)
	if noneRead(inputErr) {
		return inputErr
	}
	cmp, err := corpus.Compare(compare.CompareOptions{Event: c.String("event"), Sides: sides})
	if err != nil && c.IsSet("event") {
		err = fmt.Errorf("%w%s", err, contestedHint(corpus))
	}
	if err != nil {
		if inputErr != nil {
			return fmt.Errorf("%w (%v)", err, inputErr)
		}
		return err
	}
	if err := report.Comparison(c.App.Writer, cmp, renderOptions(c, format)); err != nil {
		return err
	}
	return inputErr
}

// parseSidePair reads compare's --sides "LEFT,RIGHT": two sides, each named, not the same one
// twice (sides are matched in any case); nil when s is blank. A file's name gets a pointer to
// --side-file, which reads it.
func parseSidePair(s string) ([]string, error) {
	if strings.TrimSpace(s) == "" {
		return nil, nil
	}
	sides := strings.Split(s, ",")
	if len(sides) != 2 {
		if st, err := os.Stat(s); err == nil && st.Mode().IsRegular() {
			// contested and report read a sides file with --sides.
			return nil, usagef("--sides %q: want two sides separated by a comma, \"LEFT,RIGHT\"; a sides file is read with --side-file", s)
		}
		return nil, usagef("--sides %q: want two sides separated by a comma, \"LEFT,RIGHT\"", s)
	}
	for i := range sides {
		if sides[i] = strings.TrimSpace(sides[i]); sides[i] == "" {
			return nil, usagef("--sides %q: a side has no name; want \"LEFT,RIGHT\"", s)
		}
	}
	if strings.EqualFold(sides[0], sides[1]) {
		return nil, usagef("--sides %q: a side is compared with another, not with itself", s)
	}
	return sides, nil
}

// contestedHint names the first contested events of corpus, for an --event that matches no
// event: "; the contested events are "A", "B" (claimdiff contested lists them)".
func contestedHint(corpus *compare.Corpus) string {
	const most = 5
	items := corpus.Contested()
	if len(items) == 0 {
		return "; no event is contested"
	}
	labels := make([]string, 0, most)
	for _, it := range items[:min(len(items), most)] {
		labels = append(labels, strconv.Quote(it.Event.Label))
	}
	more := ""
	if len(items) > most {
		more = fmt.Sprintf(" and %d more", len(items)-most)
	}
	return "; the contested events are " + strings.Join(labels, ", ") + more + " (claimdiff contested lists them)"
}
