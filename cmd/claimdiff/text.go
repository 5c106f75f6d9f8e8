package main

import (
	"bufio"
	"fmt"

	"github.com/urfave/cli/v2"

	"claimdiff/claims"
)

var textCommand = &cli.Command{
	Name:  "text",
	Usage: "show each document as claimdiff reads it: date, place, title, where the body starts, and the text that offsets index",
	Description: "For HTML pages the text is the page's extracted visible main text: the byte offsets\n" +
		"in every claimdiff output index this text, not the HTML source. Plain text is shown\n" +
		"exactly as read.",
	ArgsUsage: "FILES...",
	Flags: []cli.Flag{
		&cli.BoolFlag{Name: "meta", Usage: "print only the metadata, not the text"},
	},
	Action: textAction,
}

func textAction(c *cli.Context) error {
	w := bufio.NewWriter(c.App.Writer)
	n := 0
	err := eachDocument(c.Args().Slice(), c.App.Reader, c.App.ErrWriter, func(doc *claims.Document) error {
		if n++; n > 1 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "==> %s <==\n", shownName(doc.Name)) // "standard input", as head(1) names it
		fmt.Fprintf(w, "date:  %s\nplace: %s\ntitle: %s\nbody:  byte %d of %d\n", orNone(doc.Date), orNone(doc.Place), orNone(doc.Title), doc.Body, len(doc.Text))
		if dl := doc.Dateline; dl.End > dl.Start {
			fmt.Fprintf(w, "dateline: bytes %d to %d (skipped)\n", dl.Start, dl.End)
		}
		if !c.Bool("meta") {
			fmt.Fprintf(w, "\n%s", doc.Text)
			if doc.Text != "" && doc.Text[len(doc.Text)-1] != '\n' {
				fmt.Fprintln(w)
			}
		}
		return nil
	})
	if ferr := w.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("writing: %w", ferr)
	}
	return err
}

func orNone(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
