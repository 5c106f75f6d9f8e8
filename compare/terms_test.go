package compare

import (
	"strings"
	"testing"
)

// TestNorBefore checks the word read before a cue: "nor" alone, in any case, after a space
// or opening the text, not the end of a longer word.
func TestNorBefore(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"neither confirmed nor denied", true},
		{"Neither confirmed NOR \n denied", true},
		{"Nor denied", true},
		{"a minor denied", false},
		{"or denied", false},
		{" denied", false},
	} {
		at := strings.LastIndex(tt.text, "denied")
		if got := norBefore(tt.text, at); got != tt.want {
			t.Errorf("norBefore(%q) = %v, want %v", tt.text[:at], got, tt.want)
		}
	}
}
