package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

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
		"with its own stance and, for an attributed statement, its speaker. The table and markdown\n" +
		"formats end with the count of articles by stance; --related leaves the unrelated ones out,\n" +
		"--by-stance lists refuting articles first.\n\n" +
		"With --pairs FILE, reads JSON Lines {\"id\", \"claim\", \"text\"} (- for standard input; three\n" +
		"strings, other keys let be) and writes one line {\"id\", \"stance\", \"confidence\", \"probs\",\n" +
		"\"evidence\"} per input line, in order; a malformed line (not UTF-8 or not such an object) is\n" +
		"reported on stderr with its line number and the others are still answered.\n" +
		"Pairs that share a text are judged together (a text stands one way toward a story, whichever\n" +
		"claim about it comes along), so all input is read before the first answer; --alone judges\n" +
		"each pair by itself and answers line by line.\n\n" +
		"An article counts as related to the claim when the model's probability of that is at\n" +
		"least 0.3 (--min-related). eval fnc1 scores at the model's own threshold, the one that\n" +
		"maximises the FNC-1 score on the data it was fitted on (0.15 to 0.2; see README).",
	ArgsUsage: `"CLAIM" FILES... | --pairs PAIRS.jsonl`,
	Flags: []cli.Flag{
		formatFlag,
		&cli.StringFlag{Name: "pairs", Usage: "read claim-text pairs from JSON Lines `FILE` (- for stdin) and write JSON Lines"},
		&cli.IntFlag{Name: "evidence", Value: 3, Usage: "list at most `N` sentences covering the claim per article (each may bring the refuting sentence after it)"},
		&cli.BoolFlag{Name: "alone", Usage: "with --pairs, judge each pair by itself and answer line by line"},
		&cli.BoolFlag{Name: "related", Usage: "show only the articles related to the claim (the count at the end still includes the others)"},
		&cli.BoolFlag{Name: "by-stance", Usage: "list refuting articles first, then supporting, discussing and unrelated ones, each by confidence (output starts after the last article is read)"},
		minRelatedFlag(compare.DefaultMinRelated),
	},
	Action: checkAction,
}

func checkAction(c *cli.Context) error {
	format, err := report.ParseFormat(c.String("format"))
	if err != nil {
		return usageErr{err}
	}
	minRelated, err := minRelated(c)
	if err != nil {
		return err
	}
	if n := c.Int("evidence"); n < 1 {
		return usagef("--evidence %d: want 1 or more sentences", n)
	}
	opts := compare.CheckOptions{MaxEvidence: c.Int("evidence"), Claims: claims.Extract, MinRelated: minRelated}
	if c.IsSet("pairs") {
		if c.NArg() > 0 {
			return usagef("--pairs takes no other arguments, got %d", c.NArg())
		}
		if c.IsSet("related") || c.IsSet("by-stance") {
			return usagef("--related and --by-stance go with FILES, not --pairs (whose output has a line for every input line, in order)")
		}
		if c.IsSet("format") && format != report.JSONL {
			return usagef("--pairs writes jsonl only, not %s", format)
		}
		return checkPairs(c.String("pairs"), c.App.Reader, c.App.Writer, c.App.ErrWriter, opts, c.Bool("alone"))
	}
	if c.IsSet("alone") {
		return usagef("--alone goes with --pairs")
	}
	if c.NArg() < 2 {
		return usagef(`give a claim and the articles to check it against: check "CLAIM" FILES...`)
	}
	claim := c.Args().First()
	if strings.TrimSpace(claim) == "" {
		return usagef(`the claim is empty: check "CLAIM" FILES...`)
	}
	if _, err := os.Stat(claim); err == nil && !strings.ContainsAny(claim, " \t\n") {
		// The claim left out or given after the files: an article would be judged against
		// its own name.
		return usagef(`the claim %q is the name of a file; give the claim first: check "CLAIM" FILES...`, claim)
	}
	sc := compare.NewStanceChecker(claim, opts)
	if sc.Words() == 0 {
		return usagef(`the claim %q has no words to look for, only function words such as "the" and "of": check "CLAIM" FILES...`, claim)
	}
	w := report.NewCheckWriter(c.App.Writer, claim, renderOptions(c, format))
	w.OnlyRelated = c.Bool("related")
	w.ByStance = c.Bool("by-stance")
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
// them after all other lines were answered. Unless alone, it reads all lines first and
// judges the pairs together ([compare.CheckPairs]); alone, it answers each line as read.
func checkPairs(path string, stdin io.Reader, stdout, stderr io.Writer, opts compare.CheckOptions, alone bool) error {
	in := stdin
	name := shownName(path)
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return fmt.Errorf("%s: %v", name, describe(path, err))
		}
		defer f.Close()
		if st, err := f.Stat(); err == nil && st.IsDir() {
			return fmt.Errorf("%s: is a directory, not a JSON Lines file of pairs", name)
		}
		if err := notBinary(f); err != nil {
			return fmt.Errorf("%s: %v, not a JSON Lines file of pairs", name, err)
		}
		in = f
	}
	r := bufio.NewReaderSize(in, 1<<16)
	if path == "-" {
		// Two bytes, which any pair line has: waiting for more would hold up --alone's answers.
		head, _ := r.Peek(2)
		if err := notUTF16(head); err != nil {
			return fmt.Errorf("%s: %v, not a JSON Lines file of pairs", name, err)
		}
	}
	w := bufio.NewWriter(stdout)
	var batch []pair
	bad, answered := 0, 0
	idLine := map[string]int{} // the line of each id
	for line := 1; ; line++ {
		b, err := r.ReadBytes('\n')
		if line == 1 {
			b = bytes.TrimPrefix(b, []byte("\ufeff")) // a byte order mark some editors write
		}
		if len(bytes.TrimSpace(b)) > 0 {
			p, perr := parsePair(b)
			if perr == nil {
				if first, ok := idLine[p.ID]; ok {
					fmt.Fprintf(stderr, "claimdiff: %s:%d: warning: id %q is on line %d too; answers keep the input's order\n", name, line, p.ID, first)
				} else {
					idLine[p.ID] = line
				}
			}
			switch {
			case perr != nil:
				bad++
				fmt.Fprintf(stderr, "claimdiff: %s:%d: %v\n", name, line, perr)
			case alone:
				answered++
				if err := writePair(w, p, compare.NewStanceChecker(p.Claim, opts).Check(p.document())); err != nil {
					return err
				}
				if r.Buffered() == 0 {
					// No more input waiting: a pipeline may be waiting for this answer
					// before it writes the next pair.
					if err := w.Flush(); err != nil {
						return err
					}
				}
			default:
				batch = append(batch, p)
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
	if len(batch) > 0 {
		cs := make([]string, len(batch))
		docs := make([]*claims.Document, len(batch))
		for i, p := range batch {
			cs[i], docs[i] = p.Claim, p.document()
		}
		res, err := compare.CheckPairs(cs, docs, opts)
		if err != nil {
			return err
		}
		for i, p := range batch {
			if err := writePair(w, p, res[i]); err != nil {
				return err
			}
		}
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if bad > 0 {
		return fmt.Errorf("%d malformed pair %s in %s", bad, plural(bad, "line", "lines"), name)
	}
	if answered+len(batch) == 0 {
		return fmt.Errorf("%s: no pairs (want JSON Lines {\"id\", \"claim\", \"text\"})", name)
	}
	return nil
}

// notBinary returns an error saying where when the first 64 KiB of f hold a NUL byte, which
// no text holds, so a binary file is refused whole rather than line by line; and saying so
// when f starts with a UTF-16 byte order mark (UTF-16 text is full of NUL bytes). It reads
// with ReadAt and leaves f's offset as it was.
func notBinary(f io.ReaderAt) error {
	head := make([]byte, 1<<16)
	n, _ := f.ReadAt(head, 0)
	if err := notUTF16(head[:n]); err != nil {
		return err
	}
	if i := bytes.IndexByte(head[:n], 0); i >= 0 {
		return fmt.Errorf("%w at byte %d", claims.ErrBinary, i)
	}
	return nil
}

// notUTF16 returns an error when head, the start of a file, is a UTF-16 byte order mark.
func notUTF16(head []byte) error {
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return fmt.Errorf("%w: UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8", claims.ErrInvalidUTF8)
	}
	return nil
}

// parsePair reads one input line, or returns why it cannot: a line that is not UTF-8, not
// one JSON object, or lacks a string "id", "claim" or "text" (the text may be empty; a
// claim must have a word to look for). Other keys are let be.
func parsePair(line []byte) (pair, error) {
	var p pair
	if i := claims.FirstInvalidUTF8(line); i >= 0 {
		return p, fmt.Errorf("invalid UTF-8 at byte %d of the line (JSON is UTF-8; Latin-1 or Windows-1252 text? convert it with iconv -f windows-1252 -t utf-8)", i)
	}
	var fields map[string]json.RawMessage
	dec := json.NewDecoder(bytes.NewReader(line))
	if err := dec.Decode(&fields); err != nil {
		if te := (*json.UnmarshalTypeError)(nil); errors.As(err, &te) {
			return p, fmt.Errorf(`reading pair: want a JSON object {"id", "claim", "text"}, got %s %s`, article(te.Value), te.Value)
		}
		return p, fmt.Errorf("reading pair: %w", err)
	}
	if fields == nil {
		return p, errors.New(`reading pair: want a JSON object {"id", "claim", "text"}, got null`)
	}
	if dec.More() {
		return p, errors.New("reading pair: more than one JSON value on the line")
	}
	for _, f := range []struct {
		key string
		dst *string
	}{{"id", &p.ID}, {"claim", &p.Claim}, {"text", &p.Text}} {
		raw, ok := fields[f.key]
		if !ok || string(raw) == "null" {
			return p, fmt.Errorf("pair has no %q", f.key)
		}
		if err := json.Unmarshal(raw, f.dst); err != nil {
			return p, fmt.Errorf("pair's %q is %s %s, want a string", f.key, article(jsonKind(raw)), jsonKind(raw))
		}
	}
	switch {
	case p.ID == "":
		return p, errors.New(`pair has an empty "id" (the answer carries it)`)
	case strings.TrimSpace(p.Claim) == "":
		return p, errors.New(`pair has no "claim"`)
	case compare.NewStanceChecker(p.Claim, compare.CheckOptions{}).Words() == 0:
		return p, fmt.Errorf(`pair's claim %q has no words to look for, only function words such as "the" and "of"`, p.Claim)
	}
	return p, nil
}

// jsonKind names the kind of the JSON value raw: "object", "array", "string", "number" or
// "bool".
func jsonKind(raw json.RawMessage) string {
	switch b := bytes.TrimSpace(raw); {
	case len(b) == 0:
		return "nothing"
	case b[0] == '{':
		return "object"
	case b[0] == '[':
		return "array"
	case b[0] == '"':
		return "string"
	case b[0] == 't' || b[0] == 'f':
		return "bool"
	}
	return "number"
}

// article returns "an" before a word that starts with a vowel, else "a".
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

func (p pair) document() *claims.Document { return &claims.Document{Name: p.ID, Text: p.Text} }

// writePair writes the answer to pair p.
func writePair(w io.Writer, p pair, r compare.StanceResult) error {
	res := report.NewCheckResult(r)
	res.Doc, res.ID = "", p.ID
	return report.WriteCheckResult(w, res)
}

// minRelatedFlag is the --min-related flag of check and eval fnc1, with its default.
func minRelatedFlag(def float64) cli.Flag {
	f := &cli.Float64Flag{Name: "min-related", Value: def,
		Usage: "judge an article related to the claim when its probability of being so is at least `P`"}
	if def == 0 {
		f.DefaultText = "the model's own, which maximises the FNC-1 score on the data it was fitted on"
	}
	return f
}

// minRelated returns the --min-related flag's value, checked; 0 when unset and the default is
// the model's own.
func minRelated(c *cli.Context) (float64, error) {
	p := c.Float64("min-related")
	if c.IsSet("min-related") && (p <= 0 || p > 1 || p != p) {
		return 0, usagef("--min-related %v: want a probability above 0 and at most 1", p)
	}
	return p, nil
}
