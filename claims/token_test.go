package claims

import "testing"

// TestLowerFastPaths checks that lower's shortcuts give lowerSlow's answer.
func TestLowerFastPaths(t *testing.T) {
	for _, w := range []string{"the", "The", "TRUMP", "McConnell", "U.S", "9/11", "x_Y", "Pakistan’s", "Ünal", "ẞ", "AZaz@[`{"} {
		if got, want := lower(w), lowerSlow(w); got != want {
			t.Errorf("lower(%q) = %q, want %q", w, got, want)
		}
	}
}
