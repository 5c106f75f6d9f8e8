package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"

	"github.com/olekukonko/tablewriter"

	"claimdiff/claims"
)

// Format is an output format.
type Format int

// The output formats.
const (
	Table Format = iota
	Markdown
	JSONL
)

var formatNames = [...]string{Table: "table", Markdown: "markdown", JSONL: "jsonl"}

// String returns "table", "markdown" or "jsonl".
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat returns the format named s.
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if n == s {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want table, markdown or jsonl)", s)
}

// ClaimsWriter writes the claims of one document after another in one format.
type ClaimsWriter struct {
	w      *bufio.Writer
	format Format
	docs   int
}

// NewClaimsWriter returns a writer of claims to w in format f. Call Flush at the end.
func NewClaimsWriter(w io.Writer, f Format) *ClaimsWriter {
	return &ClaimsWriter{w: bufio.NewWriter(w), format: f}
}

// Write writes the claims of doc.
func (cw *ClaimsWriter) Write(doc *claims.Document, cs []claims.Claim) error {
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
	default:
		if cw.docs > 1 {
			fmt.Fprintln(cw.w)
		}
		fmt.Fprintf(cw.w, "%s: %d claims\n", doc.Name, len(cs))
		if len(cs) == 0 {
			return nil
		}
		t := tablewriter.NewTable(cw.w)
		t.Header("Source", "Cue", "Statement", "Where")
		for _, c := range cs {
			src := "-"
			if c.Source != nil {
				src = c.Source.Name
			}
			stmt := c.Content.Quote()
			if err := t.Append(src, c.Cue.Text+" ("+c.Cue.Class.String()+")", stmt, fmt.Sprintf("%s:%d", doc.Name, c.Line)); err != nil {
				return err
			}
		}
		return t.Render()
	}
}

// Flush writes any buffered output.
func (cw *ClaimsWriter) Flush() error { return cw.w.Flush() }
