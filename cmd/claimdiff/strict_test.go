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
		if !strings.Contains(stderr, "-:3: warning: unclosed quotation mark") {
			t.Errorf("strict=%v: stderr = %q, want a warning naming -:3", strict, stderr)
		}
		if n := strings.Count(stdout, "\n"); n < 2 {
			t.Errorf("strict=%v: %d claims written, want the claims still written:\n%s", strict, n, stdout)
		}
		if strict != (err != nil) {
			t.Errorf("strict=%v: err = %v", strict, err)
		}
	}
}
