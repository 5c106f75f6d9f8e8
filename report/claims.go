package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"claimdiff/claims"
)

// ClaimsWriter writes the claims of one document after another in one format, streaming: it
// keeps nothing of a document once written.
//
// In [Table] format each document gets a line "NAME: N claims" and a table Source | Cue |
// Statement | Line (in that document), wrapped to [Options.Width]. In [Markdown] format each
// gets a heading and a GFM table Source | Cue | Statement | Where (file:line). In [JSONL] format each claim is one line, as written by
// [claims.Claim.MarshalJSON] (the documented contract).
type ClaimsWriter struct {
	// Filtered says the claims were filtered: in the table and markdown formats a document
	// left with none is not shown, and Flush ends with a line counting those.
	Filtered bool

	w       *bufio.Writer
	format  Format
	opts    Options
	docs    int // the documents written
	skipped int // the documents left out by Filtered
}

// NewClaimsWriter returns a writer of claims to w in format opts.Format. Call Flush at the end.
func NewClaimsWriter(w io.Writer, opts Options) *ClaimsWriter {
	return &ClaimsWriter{w: bufio.NewWriter(w), format: opts.Format, opts: opts}
}

// Write writes the claims of doc.
func (cw *ClaimsWriter) Write(doc *claims.Document, cs []claims.Claim) error {
	if cw.Filtered && len(cs) == 0 {
		cw.skipped++
		return nil
	}
	cw.docs++
	switch cw.format {
	case JSONL:
		enc := json.NewEncoder(cw.w)
		enc.SetEscapeHTML(false)
		for i := range cs {
			if err := enc.Encode(cs[i]); err != nil {
				return err
			}
		}
		return nil
	case Markdown:
		return cw.markdown(doc, cs)
	default:
		return cw.table(doc, cs)
	}
}

func (cw *ClaimsWriter) table(doc *claims.Document, cs []claims.Claim) error {
	if cw.docs > 1 {
		fmt.Fprintln(cw.w)
	}
	fmt.Fprintf(cw.w, "%s: %s\n", sanitize(docLabel(doc.Name)), plural(len(cs), "claim"))
	if len(cs) == 0 {
		return nil
	}
	t := &textTable{header: []string{"Source", "Cue", "Statement", "Line"}, weight: []int{2, 1, 6, 0}}
	for i := range cs {
		c := &cs[i]
		t.append(speaker(c), cue(c), c.Content.Quote(), strconv.Itoa(c.Line))
	}
	return t.render(cw.w, cw.opts.width())
}

func (cw *ClaimsWriter) markdown(doc *claims.Document, cs []claims.Claim) error {
	if cw.docs > 1 {
		fmt.Fprintln(cw.w)
	}
	fmt.Fprintf(cw.w, "## %s\n\n%s.\n", mdText(docLabel(doc.Name)), plural(len(cs), "claim"))
	if len(cs) == 0 {
		return nil
	}
	fmt.Fprintln(cw.w)
	rows := make([][]string, len(cs))
	for i := range cs {
		c := &cs[i]
		rows[i] = []string{mdCell(speaker(c)), mdCell(cue(c)), mdCell(c.Content.Quote()), mdCell(where(c))}
	}
	return mdTable(cw.w, []string{"Source", "Cue", "Statement", "Where"}, rows)
}

// Flush writes any buffered output, after, in the table and markdown formats, the line that
// counts the documents Filtered left out.
func (cw *ClaimsWriter) Flush() error {
	if cw.skipped > 0 && cw.format != JSONL {
		if cw.docs > 0 {
			fmt.Fprintln(cw.w)
		}
		fmt.Fprintln(cw.w, leftOutLine(cw.skipped, cw.docs+cw.skipped))
		cw.skipped = 0
	}
	return cw.w.Flush()
}

// leftOutLine says that no statement passed the filters in skipped of the total documents:
// "No statement passes the filters in 2 of the 3 documents read (not shown).", or in all of
// them, "No statement passes the filters (3 documents read).".
func leftOutLine(skipped, total int) string {
	if skipped == total {
		return fmt.Sprintf("No statement passes the filters (%s read).", plural(total, "document"))
	}
	return fmt.Sprintf("No statement passes the filters in %s of the %s read (not shown).", grouped(skipped), plural(total, "document"))
}

// speaker returns who a claim is attributed to, as a reader should see it: the resolved name,
// with the mention when it shares no word with the name, as a pronoun or a description
// ("Shah Mehmood Qureshi (He)", "Ned Price (the spokesman)"), or "-" when there is none.
func speaker(c *claims.Claim) string {
	if c.Source == nil {
		return "-"
	}
	if c.Source.Text != "" && !shareWord(c.Source.Text, c.Source.Name) {
		return c.Source.Name + " (" + c.Source.Text + ")"
	}
	return c.Source.Name
}

// shareWord reports whether a and b have a word in common, ignoring case.
func shareWord(a, b string) bool {
	split := func(s string) []string {
		return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
	}
	words := split(b)
	for _, w := range split(a) {
		if slices.Contains(words, w) {
			return true
		}
	}
	return false
}

// cue returns the cue words and their class: "rejected (deny)".
func cue(c *claims.Claim) string {
	if c.Cue.Text == "" || strings.EqualFold(c.Cue.Text, c.Cue.Class.String()) {
		return c.Cue.Class.String() // "claim", not "claim (claim)"
	}
	return c.Cue.Text + " (" + c.Cue.Class.String() + ")"
}

// where returns the claim's provenance, "file:line".
func where(c *claims.Claim) string { return docLabel(c.Doc) + ":" + strconv.Itoa(c.Line) }

// docLabel returns the name to show a reader for a document: "standard input" for "-", the
// name JSON Lines keeps, which beside the dashes of empty cells reads as "none".
func docLabel(name string) string {
	if name == "-" {
		return "standard input"
	}
	return name
}

// plural returns "1 claim", "2 claims", "14,307 claims".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return grouped(n) + " " + noun + "s"
}

// grouped writes n with its thousands grouped by commas: "14,307".
func grouped(n int) string {
	s := strconv.Itoa(n)
	start := 0
	if n < 0 {
		start = 1
	}
	for i := len(s) - 3; i > start; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}
