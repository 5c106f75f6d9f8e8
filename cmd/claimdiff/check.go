package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/urfave/cli/v2"

	"claimdiff/claims"
	"claimdiff/compare"
	"claimdiff/report"
)

var checkCommand = &cli.Command{
	Name:  "check",
	Usage: "say whether each article supports, refutes, discusses or is unrelated to a claim, and why",
	Description: "Prints, per article, a stance toward CLAIM (supports, refutes, discusses, unrelated),\n" +
		"its confidence and the evidence: the sentences that speak of the claim, with file:line, each\n" +
		"with its own stance and, for an attributed statement, its speaker.\n\n" +
		"With --pairs FILE, reads JSON Lines {\"id\", \"claim\", \"text\"} (- for standard input) and\n" +
		"writes one line {\"id\", \"stance\", \"confidence\", \"evidence\"} per input line, in order; a\n" +
		"malformed line is reported on stderr with its line number and the others are still answered.",
	ArgsUsage: `"CLAIM" FILES... | --pairs PAIRS.jsonl`,
	Flags: []cli.Flag{
		formatFlag,
		&cli.StringFlag{Name: "pairs", Usage: "read claim-text pairs from JSON Lines `FILE` (- for stdin) and write JSON Lines"},
		&cli.IntFlag{Name: "evidence", Value: 3, Usage: "list at most `N` evidence sentences per article"},
	},
	Action: checkAction,
}

func checkAction(c *cli.Context) error {
	format, err := report.ParseFormat(c.String("format"))
	if err != nil {
		return err
	}
	opts := compare.CheckOptions{MaxEvidence: c.Int("evidence"), Claims: claims.Extract}
	if c.IsSet("pairs") {
		if c.NArg() > 0 {
			return fmt.Errorf("check --pairs takes no other arguments, got %d", c.NArg())
		}
		if c.IsSet("format") && format != report.JSONL {
			return fmt.Errorf("check --pairs writes jsonl only, not %s", format)
		}
		return checkPairs(c.String("pairs"), c.App.Reader, c.App.Writer, c.App.ErrWriter, opts)
	}
	if c.NArg() < 2 {
		return errors.New(`check takes a claim and the articles to check it against (check "CLAIM" FILES)`)
	}
	claim := c.Args().First()
	sc := compare.NewStanceChecker(claim, opts)
	w := report.NewCheckWriter(c.App.Writer, claim, renderOptions(c, format))
	err = eachDocument(c.Args().Tail(), c.App.Reader, c.App.ErrWriter, func(doc *claims.Document) error {
		if err := w.Write(sc.Check(doc)); err != nil {
			return fmt.Errorf("writing the stance of %s: %w", doc.Name, err)
		}
		return nil
	})
	if ferr := w.Flush(); err == nil {
		err = ferr
	}
	return err
}

// pair is one input line of check --pairs.
type pair struct {
	ID    string `json:"id"`
	Claim string `json:"claim"`
	Text  string `json:"text"`
}

// checkPairs answers each line of the JSON Lines file path in order. Malformed lines are
// reported on stderr with their line number and skipped; it then returns an error counting
// them after all other lines were answered.
func checkPairs(path string, stdin io.Reader, stdout, stderr io.Writer, opts compare.CheckOptions) error {
	in := stdin
	name := "standard input"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("reading pairs: %w", err)
		}
		defer f.Close()
		in, name = f, path
	}
	r := bufio.NewReaderSize(in, 1<<16)
	w := bufio.NewWriter(stdout)
	bad := 0
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if len(bytes.TrimSpace(b)) > 0 {
			if perr := checkPair(b, w, opts); perr != nil {
				bad++
				fmt.Fprintf(stderr, "claimdiff: %s:%d: %v\n", name, line, perr)
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			w.Flush()
			return fmt.Errorf("reading %s: %w", name, err)
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%d malformed pair line(s) in %s", bad, name)
	}
	return nil
}

// checkPair answers one input line, or returns why it cannot.
func checkPair(line []byte, w io.Writer, opts compare.CheckOptions) error {
	var p pair
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&p); err != nil {
		return fmt.Errorf("reading pair: %w", err)
	}
	if dec.More() {
		return errors.New("reading pair: more than one JSON value on the line")
	}
	if p.Claim == "" {
		return errors.New(`pair has no "claim"`)
	}
	doc := &claims.Document{Name: p.ID, Text: p.Text}
	res := report.NewCheckResult(compare.NewStanceChecker(p.Claim, opts).Check(doc))
	res.Doc, res.ID = "", p.ID
	return report.WriteCheckResult(w, res)
}
