package main

import (
	"strings"
	"testing"
)

// TestWrapHelpLine: a long line is wrapped at spaces under its own text; a word too long for
// any line is written where the line's text starts, not after a break that leaves a line of
// spaces behind it.
func TestWrapHelpLine(t *testing.T) {
	long := strings.Repeat("x", 90)
	tests := []struct {
		name, line, want string
	}{
		{"short", "   --strict  fail on warnings\n", "   --strict  fail on warnings\n"},
		{"wrapped under the text", "   --grep TEXT  " + strings.Repeat("word ", 14) + "end\n",
			"   --grep TEXT  " + strings.TrimSpace(strings.Repeat("word ", 13)) + "\n                word end\n"},
		{"one long word", long + "\n", long + "\n"},
		{"one long word indented", "   " + long + "\n", "   " + long + "\n"},
		{"long first word after names", "   --format FORMAT, -f FORMAT  " + strings.Repeat("a", 60) + " b\n",
			"   --format FORMAT, -f FORMAT  " + strings.Repeat("a", 60) + "\n                               b\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wrapHelpLine(tt.line, 80); got != tt.want {
				t.Errorf("wrapHelpLine(%q, 80) = %q, want %q", tt.line, got, tt.want)
			}
		})
	}
}
