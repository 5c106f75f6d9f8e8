package main

import (
	"strings"
	"testing"
)

func TestClaimsWarnsOfUnclosedQuotes(t *testing.T) {
	text := "“Closed,” he said.\n\n“Never closed, the mayor said the budget was balanced.\n\nThe mayor said the budget was balanced.\n"
	for _, strict := range []bool{false, true} {
		args := []string{"claims", "--format", "jsonl", "-"}
		if strict {
			args = []string{"claims", "--strict", "--format", "jsonl", "-"}
		}
		stdout, stderr, err := runCLI(t, text, args...)
		if !strings.Contains(stderr, "standard input:3: warning: unclosed quotation mark") {
			t.Errorf("strict=%v: stderr = %q, want a warning naming standard input:3", strict, stderr)
		}
		if n := strings.Count(stdout, "\n"); n < 2 {
			t.Errorf("strict=%v: %d claims written, want the claims still written:\n%s", strict, n, stdout)
		}
		if strict != (err != nil) {
			t.Errorf("strict=%v: err = %v", strict, err)
		}
		if strict && err != nil && err.Error() != "1 warning with --strict" {
			t.Errorf("error %q, want %q", err, "1 warning with --strict")
		}
	}
}

// TestClaimsQuietKeepsStrict: --quiet leaves the warnings out of stderr, and --strict still
// fails on them.
func TestClaimsQuietKeepsStrict(t *testing.T) {
	text := "“Never closed, the mayor said the budget was balanced.\n\nThe mayor said the budget was balanced.\n"
	for _, strict := range []bool{false, true} {
		args := []string{"claims", "-q", "--format", "jsonl", "-"}
		if strict {
			args = []string{"claims", "--quiet", "--strict", "--format", "jsonl", "-"}
		}
		stdout, stderr, err := runCLI(t, text, args...)
		if strings.Contains(stderr, "warning") {
			t.Errorf("strict=%v: stderr = %q, want no warning with --quiet", strict, stderr)
		}
		if !strings.Contains(stdout, "budget was balanced") {
			t.Errorf("strict=%v: stdout = %q, want the claims", strict, stdout)
		}
		if strict != (err != nil) {
			t.Errorf("strict=%v: err = %v, want an error only with --strict", strict, err)
		}
	}
}
