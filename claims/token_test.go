package claims

import "testing"

// TestLowerFastPaths checks that the words tokenize lowers by its shortcuts (wordCase,
// lowered) get lowerSlow's answer.
func TestLowerFastPaths(t *testing.T) {
	text := "the The TRUMP McConnell U.S 9/11 x_Y Pakistan’s Ünal ẞ AZaz@[`{ Khan's IRS; iPhone"
	for _, tok := range tokenize(text, 0, len(text), nil) {
		if w := text[tok.Start:tok.End]; tok.kind == tWord && tok.low != lowerSlow(w) {
			t.Errorf("the token %q is lowered to %q, want %q", w, tok.low, lowerSlow(w))
		}
	}
}
