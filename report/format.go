package report

import (
	"fmt"
	"strings"
)

// Format is an output format.
type Format int

// The output formats.
const (
	Table    Format = iota // a terminal table wrapped to [Options.Width]
	Markdown               // GitHub-flavoured markdown
	JSONL                  // JSON Lines, one object a line
)

var formatNames = [...]string{Table: "table", Markdown: "markdown", JSONL: "jsonl"}

// String returns "table", "markdown" or "jsonl".
func (f Format) String() string {
	if f < 0 || int(f) >= len(formatNames) {
		return fmt.Sprintf("Format(%d)", int(f))
	}
	return formatNames[f]
}

// ParseFormat returns the format named s, as printed by [Format.String], in any case
// ("JSONL").
func ParseFormat(s string) (Format, error) {
	for i, n := range formatNames {
		if strings.EqualFold(n, strings.TrimSpace(s)) {
			return Format(i), nil
		}
	}
	return 0, fmt.Errorf("unknown format %q (want table, markdown or jsonl)", s)
}
