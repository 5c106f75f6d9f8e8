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

// TestWordEndCase checks the case wordEnd tells of each word against its bytes: a byte
// outside ASCII, else an ASCII capital, else lower case already.
func TestWordEndCase(t *testing.T) {
	for _, w := range []string{"the", "The", "TRUMP", "McConnell", "U.S", "9/11", "x_Y", "Pakistan’s", "Khan's", "don’t", "Ünal", "naïve", "ẞ", "1,500", "R-N.Y.", "AL.com", "co-chair", "Co-Chair", "’s"} {
		j, got := wordEnd(w, 0, len(w))
		want := caseLower
		for _, c := range []byte(w[:j]) {
			if c >= 0x80 {
				want = caseOther
				break
			}
			if 'A' <= c && c <= 'Z' {
				want = caseASCII
			}
		}
		if got != want {
			t.Errorf("wordEnd(%q) tells case %d of %q, want %d", w, got, w[:j], want)
		}
	}
}
