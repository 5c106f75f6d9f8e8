package main

import (
	"fmt"
	"strings"

	"github.com/urfave/cli/v2"

	"claimdiff/claims"
	"claimdiff/report"
)

var formatFlag = &cli.StringFlag{
	Name:    "format",
	Aliases: []string{"f"},
	Value:   "table",
	Usage:   "output `FORMAT`: table, markdown or jsonl",
}

var claimsCommand = &cli.Command{
	Name:      "claims",
	Usage:     "list every attributed statement (source, cue, content) in the articles",
	ArgsUsage: "FILES...",
	Flags: []cli.Flag{formatFlag, strictFlag, quietFlag,
		&cli.StringSliceFlag{Name: "speaker", Usage: "list only statements whose speaker (name or mention) holds `TEXT` (any case; repeatable: any of them)"},
		&cli.StringFlag{Name: "class", Usage: "list only statements whose cue is of one of `CLASSES` (comma-separated: assert, deny, accuse, claim, report, believe)"},
		&cli.StringSliceFlag{Name: "grep", Usage: "list only statements whose content holds `TEXT` (any case; repeatable: all of them)"},
	},
	Action: claimsAction,
}

// claimsFilter builds the filter the claims command's --speaker, --class and --grep ask for.
func claimsFilter(c *cli.Context) (claims.Filter, error) {
	classes, err := claims.ParseCueClasses(c.String("class"))
	if err != nil {
		return claims.Filter{}, usagef("--class: %w", err)
	}
	if c.IsSet("class") && len(classes) == 0 {
		return claims.Filter{}, usagef("--class %q: name one class or more (assert, deny, accuse, claim, report, believe)", c.String("class"))
	}
	for _, flag := range []string{"speaker", "grep"} {
		for _, v := range c.StringSlice(flag) {
			if strings.TrimSpace(v) == "" {
				// A blank --speaker kept no statement, a blank --grep every one.
				return claims.Filter{}, usagef("--%s %q: give the text to look for", flag, v)
			}
		}
	}
	return claims.Filter{Speakers: c.StringSlice("speaker"), Classes: classes, Words: c.StringSlice("grep")}, nil
}

var strictFlag = &cli.BoolFlag{
	Name:  "strict",
	Usage: "treat warnings about the text (an unclosed quotation mark) as errors: exit non-zero",
}

var quietFlag = &cli.BoolFlag{
	Name:    "quiet",
	Aliases: []string{"q"},
	Usage:   "do not print warnings about the text (they still count for --strict)",
}

// warnUnclosed reports on stderr each quotation mark of doc left open at the end of its
// paragraph, unless --quiet, and returns how many there were.
func warnUnclosed(c *cli.Context, doc *claims.Document) int {
	marks := claims.UnclosedQuotes(doc)
	if c.Bool("quiet") {
		return len(marks)
	}
	for _, m := range marks {
		line := 1 + strings.Count(doc.Text[:m.Start], "\n")
		fmt.Fprintf(c.App.ErrWriter, "claimdiff: %s:%d: warning: unclosed quotation mark; the quote is taken to end with its paragraph\n", shownName(doc.Name), line)
	}
	return len(marks)
}

func claimsAction(c *cli.Context) error {
	format, err := report.ParseFormat(c.String("format"))
	if err != nil {
		return usageErr{err}
	}
	filter, err := claimsFilter(c)
	if err != nil {
		return err
	}
	w := report.NewClaimsWriter(c.App.Writer, renderOptions(c, format))
	w.Filtered = c.IsSet("speaker") || c.IsSet("class") || c.IsSet("grep")
	warnings := 0
	err = eachDocument(c.Args().Slice(), c.App.Reader, c.App.ErrWriter, func(doc *claims.Document) error {
		warnings += warnUnclosed(c, doc)
		if err := w.Write(doc, filter.Apply(claims.Extract(doc))); err != nil {
			return fmt.Errorf("writing claims of %s: %w", doc.Name, err)
		}
		return nil
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	if err == nil && warnings > 0 && c.Bool("strict") {
		err = fmt.Errorf("%d %s with --strict", warnings, plural(warnings, "warning", "warnings"))
	}
	return err
}
