package main

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"os"
	"strings"

	"github.com/urfave/cli/v2"

	"claimdiff/claims"
	"claimdiff/compare"
	"claimdiff/report"
)

var contestedCommand = &cli.Command{
	Name:  "contested",
	Usage: "list events on which sides' statements collide, with each side's statements",
	Description: `Extracts the statements of all the articles, puts each speaker on a side (the built-in
gazetteer of countries and institutions, the speaker's title in the article, --sides and
--side), groups the statements by event across articles, and lists the events on which two
sides collide: an explicit rejection of the other side's account, or contents that cannot
both hold (a restriction, opposite polarity, different numbers or dates, one side doubting
what the other asserts). Each item gives the event, the conflict type, a confidence, the
trigger words, an explanation and each side's statements with file:line. --type,
--min-confidence and --involving narrow the list.

A sides file holds one side a line, "Name: alias, alias", with # comments:

    United States: State Department, Pompeo, Ned Price
    Imran Khan: Khan, PTI`,
	ArgsUsage: "FILES...",
	Flags: []cli.Flag{
		formatFlag,
		sidesFileFlag,
		sideFlag,
		&cli.StringFlag{Name: "type", Usage: "list only conflicts of these `TYPES` (comma-separated: explicit-rejection, implicit-polarity, implicit-restriction, implicit-number, implicit-date, implicit-actor, implicit-doubt)"},
		&cli.Float64Flag{Name: "min-confidence", Usage: "list only conflicts at least this confident (`P` between 0 and 1)"},
		&cli.StringSliceFlag{Name: "involving", Usage: "list only conflicts with this `SIDE` on one side (any case; repeatable)"},
	},
	Action: contestedAction,
}

// sidesFileFlag reads a sides file: --sides FILE, or --side-file FILE as in compare (whose
// --sides names the two sides to compare).
var sidesFileFlag = &cli.StringFlag{Name: "sides", Aliases: []string{"side-file"}, Usage: "read side definitions from `FILE` (lines \"Side: alias, alias\")"}

var sideFlag = &cli.StringSliceFlag{Name: "side", Usage: "define or extend a `SIDE`, written \"Name: alias, alias\" (repeatable)"}

func contestedAction(c *cli.Context) error {
	format, err := report.ParseFormat(c.String("format"))
	if err != nil {
		return usageErr{err}
	}
	defs, err := loadSides(c.String("sides"), c.StringSlice("side"))
	if err != nil {
		return err
	}
	sel := compare.Selection{MinConfidence: c.Float64("min-confidence"), Sides: c.StringSlice("involving")}
	if sel.Types, err = compare.ParseConflictTypes(c.String("type")); err != nil {
		return usagef("--type: %w", err)
	}
	for _, side := range sel.Sides {
		if strings.TrimSpace(side) == "" {
			return usagef("--involving %q: a side has no name", side)
		}
	}
	if p := sel.MinConfidence; p < 0 || p > 1 || math.IsNaN(p) { // NaN would list nothing
		return usagef("--min-confidence %v: want a number between 0 and 1", sel.MinConfidence)
	}
	// Unreadable inputs are reported as they come; the others are still judged, and the
	// run fails at the end.
	corpus, inputErr := buildCorpus(c, defs)
	if noneRead(inputErr) {
		return inputErr
	}
	items := corpus.Contested()
	selected := compare.Select(items, sel)
	if unknown, known := unknownSides(items, sel.Sides); len(unknown) > 0 {
		// Not silent: a side spelt otherwise than the items spell it would list nothing.
		fmt.Fprintf(c.App.ErrWriter, "claimdiff: --involving %s: no contested item has this side; the items' sides are %s\n", strings.Join(unknown, ", "), sidesList(known))
	} else if len(selected) == 0 && len(items) > 0 {
		// Nor when the filters leave nothing: "no contested claims" would read as none found.
		fmt.Fprintf(c.App.ErrWriter, "claimdiff: %s: %s (%s)\n", setFlags(c, "type", "min-confidence", "involving"), noneOf(len(items)), itemsSummary(items))
	}
	if err := report.Contested(c.App.Writer, selected, renderOptions(c, format)); err != nil {
		return err
	}
	return inputErr
}

// unknownSides returns the sides of want (any case) that no contested item has, and the
// items' sides in order of first appearance.
func unknownSides(items []compare.Contested, want []string) (unknown, known []string) {
	if len(want) == 0 {
		return nil, nil
	}
	seen := map[string]bool{}
	for _, it := range items {
		for _, s := range it.Sides {
			if k := strings.ToLower(s.Side); !seen[k] {
				seen[k] = true
				known = append(known, s.Side)
			}
		}
	}
	for _, w := range want {
		if !seen[strings.ToLower(strings.TrimSpace(w))] {
			unknown = append(unknown, w)
		}
	}
	return unknown, known
}

// setFlags names those of the flags given on the command line: "--type, --min-confidence".
func setFlags(c *cli.Context, names ...string) string {
	var set []string
	for _, n := range names {
		if c.IsSet(n) {
			set = append(set, "--"+n)
		}
	}
	return strings.Join(set, ", ")
}

// noneOf says that none of n contested items passes the filters.
func noneOf(n int) string {
	if n == 1 {
		return "the one contested item does not pass"
	}
	return fmt.Sprintf("none of the %d contested items passes", n)
}

// itemsSummary describes contested items by their types, each counted, and the range of
// their confidence: "their types: explicit-rejection 9, implicit-number 1; confidence 0.55
// to 0.90"; one item by its own, "its type: explicit-rejection; confidence 0.90".
func itemsSummary(items []compare.Contested) string {
	if len(items) == 1 {
		return fmt.Sprintf("its type: %s; confidence %.2f", items[0].Type, items[0].Confidence)
	}
	count := map[compare.ConflictType]int{}
	var order []compare.ConflictType
	lo, hi := 1.0, 0.0
	for _, it := range items {
		if count[it.Type] == 0 {
			order = append(order, it.Type)
		}
		count[it.Type]++
		lo, hi = min(lo, it.Confidence), max(hi, it.Confidence)
	}
	types := make([]string, len(order))
	for i, t := range order {
		types[i] = fmt.Sprintf("%s %d", t, count[t])
	}
	conf := fmt.Sprintf("confidence %.2f", hi)
	if lo < hi {
		conf = fmt.Sprintf("confidence %.2f to %.2f", lo, hi)
	}
	return "their types: " + strings.Join(types, ", ") + "; " + conf
}

// sidesList joins side names with commas, or says there are none.
func sidesList(names []string) string {
	if len(names) == 0 {
		return "none (no item is contested)"
	}
	return strings.Join(names, ", ")
}

// loadSides reads the side definitions of a --sides file (when path is not "") and of --side
// flags, the flags last so they extend the file.
func loadSides(path string, flags []string) ([]compare.SideDef, error) {
	var defs []compare.SideDef
	if path != "" {
		data, err := readSidesFile(path)
		if err != nil {
			return nil, err
		}
		if defs, err = compare.ParseSides(path, bytes.NewReader(data)); err != nil {
			return nil, err
		}
	}
	for _, s := range flags {
		d, err := compare.ParseSide(s)
		if err != nil {
			return nil, usagef("--%w", err) // a --side value that does not parse: "--side: ..."
		}
		defs = append(defs, d)
	}
	return defs, nil
}

// readSidesFile reads the sides file path, refusing with a message naming it what is no
// text of side definitions: a directory, a file larger than maxInputSize, binary data (whose
// bytes a parse error would quote) or text not in UTF-8. An empty file defines no side.
func readSidesFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	switch {
	case err != nil:
		return nil, fmt.Errorf("sides file %s: %v", path, describe(path, err))
	case st.IsDir():
		return nil, fmt.Errorf("sides file %s: is a directory, not a sides file", path)
	case st.Mode().IsRegular() && st.Size() > maxInputSize:
		return nil, fmt.Errorf("sides file %s: %v", path, tooLarge(st.Size(), maxInputSize))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("sides file %s: %v", path, unwrapPath(err))
	}
	if err := claims.CheckText(data); errors.Is(err, claims.ErrBinary) {
		return nil, fmt.Errorf("sides file %s: %v, not a sides file (lines \"Side: alias, alias\")", path, err)
	} else if err != nil && !errors.Is(err, claims.ErrEmpty) {
		return nil, fmt.Errorf("sides file %s: %v", path, err)
	}
	return data, nil
}

// buildCorpus extracts the claims of every input into a corpus. Inputs that cannot be read
// are reported on stderr and skipped; the error counting them comes with the corpus of the
// others.
func buildCorpus(c *cli.Context, defs []compare.SideDef) (*compare.Corpus, error) {
	corpus := compare.NewCorpus(compare.Options{Sides: defs})
	err := eachDocument(c.Args().Slice(), c.App.Reader, c.App.ErrWriter, func(doc *claims.Document) error {
		corpus.Add(doc, claims.Extract(doc))
		return nil
	})
	return corpus, err
}
