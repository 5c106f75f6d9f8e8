package main

import (
	"fmt"

	"github.com/urfave/cli/v2"

	"claimdiff/claims"
	"claimdiff/report"
)

var formatFlag = &cli.StringFlag{
	Name:    "format",
	Aliases: []string{"f"},
	Value:   "table",
	Usage:   "output format: table, markdown or jsonl",
}

var claimsCommand = &cli.Command{
	Name:      "claims",
	Usage:     "list every attributed statement (source, cue, content) in the articles",
	ArgsUsage: "FILES...",
	Flags:     []cli.Flag{formatFlag},
	Action:    claimsAction,
}

func claimsAction(c *cli.Context) error {
	format, err := report.ParseFormat(c.String("format"))
	if err != nil {
		return err
	}
	w := report.NewClaimsWriter(c.App.Writer, renderOptions(c, format))
	err = eachDocument(c.Args().Slice(), c.App.Reader, c.App.ErrWriter, func(doc *claims.Document) error {
		if err := w.Write(doc, claims.Extract(doc)); err != nil {
			return fmt.Errorf("writing claims of %s: %w", doc.Name, err)
		}
		return nil
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}
