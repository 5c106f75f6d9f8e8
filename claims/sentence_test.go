package claims

import (
	"strings"
	"testing"
)

// TestSentencesAcronymEnd: a dotted acronym ends a sentence when a word that only opens one
// follows it (a time of day also before a quote that opens with a capital), and stays inside the sentence before a name or a lower-case word.
func TestSentencesAcronymEnd(t *testing.T) {
	tests := []struct {
		text string
		want int
	}{
		{"Trump called to ban Muslims from entering the U.S. While Clinton has condemned the proposal, they say it is wrong.", 2},
		{"He lives in Washington, D.C. The city is expensive.", 2},
		{"The U.S. Senate passed the bill.", 1},
		{"Officials in the U.S. said the talks failed.", 1},
		{"Mr. Smith said the talks failed.", 1},
		// A time of day before an opening quote ends the sentence; before a name or a day it
		// does not.
		{"Bell declared victory shortly after 10 p.m. \"Tonight Springfield chose a new direction,\" he said.", 2},
		{"Bell declared victory shortly after 10 p.m. “Tonight we won,” he said.", 2},
		{"The polls close at 8 p.m. Tuesday, officials said.", 1},
		{"The ban starts at 6 a.m. \"sharp,\" the mayor said.", 1},
		// Text copied without its line breaks: a period between two words, no space.
		{"Rogen is in talks, according to the Hollywood Reporter.Christian Bale will play Jobs.", 2},
		{"See www.example.com or e.g.Smith for the details.", 1},
		{"The French site iGen.Fr reports that Paul.Bond@THR.com wrote.", 1},
		// A name whose capital is its second letter opens a sentence; a lower-case word does not.
		{"The website cites reliable sources. iGen.fr has a good track record.", 2},
		{"Sales fell. eBay said the quarter was weak.", 2},
		{"The price is about 5 ft. tall and wide.", 1},
	}
	for _, tt := range tests {
		if got := len(Sentences(tt.text)); got != tt.want {
			t.Errorf("Sentences(%q): %d sentences, want %d", tt.text, got, tt.want)
		}
	}
}

// TestNextSentenceMark checks the eight-byte scan against a byte at a time, for a mark at
// each place of a run of bytes that lie next to the marks' values.
func TestNextSentenceMark(t *testing.T) {
	for _, mark := range []byte{'.', '!', '?', '\n'} {
		for n := 0; n < 20; n++ {
			b := []byte(strings.Repeat("-/>@ \x0b\x0c\xe2€", 3))
			want := len(b)
			if n < len(b) {
				b[n], want = mark, n
			}
			if got := nextSentenceMark(string(b), 0); got != want {
				t.Errorf("nextSentenceMark(%q) = %d, want %d", b, got, want)
			}
		}
	}
}
