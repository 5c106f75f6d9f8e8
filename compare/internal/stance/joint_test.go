package stance

import (
	"math"
	"testing"
)

func TestDebunks(t *testing.T) {
	for _, tc := range []struct {
		claim string
		want  bool
	}{
		{"Bird poops on Putin during speech", false},
		{"No, a bird didn't poop on Vladimir Putin", true},
		{"Viral photo of Putin is a hoax", true},
		{"Kremlin denies bird attack on Putin", true},
		{"NASA confirms six days of darkness in December", false},
	} {
		if got := NewClaim(tc.claim).Debunks(); got != tc.want {
			t.Errorf("Debunks(%q) = %v, want %v", tc.claim, got, tc.want)
		}
	}
}

func TestJoint(t *testing.T) {
	// Three related pairs on text "a": two claims that state the story, one that debunks it;
	// a fourth pair on "a" is unrelated, one on "b" is alone.
	p := [][4]float64{
		{0.1, 0.6, 0.1, 0.2}, // states; the text disagrees
		{0.3, 0.3, 0.2, 0.2}, // states; undecided
		{0.7, 0.1, 0.0, 0.2}, // debunks; the text agrees, so it disagrees with the story
		{0.3, 0.3, 0.3, 0.9}, // unrelated: neither mixed nor mixed in
		{0.5, 0.2, 0.1, 0.2}, // alone on its text
	}
	group := []string{"a", "a", "a", "a", "b"}
	related := []bool{true, true, true, false, true}
	debunks := []bool{false, false, true, false, false}
	orig := make([][4]float64, len(p))
	copy(orig, p)

	out := Joint(p, group, related, debunks, 0.5)
	if p[1] != orig[1] {
		t.Fatalf("Joint changed its input: %v, was %v", p[1], orig[1])
	}
	for _, i := range []int{3, 4} {
		if out[i] != p[i] {
			t.Errorf("pair %d: Joint = %v, want it unchanged %v", i, out[i], p[i])
		}
	}
	// Pair 1 mixes with pair 0 (disagree 0.75 of its related mass) and pair 2 read in a
	// stating claim's frame (disagree 0.875): its disagree must now lead.
	if !(out[1][Disagree] > out[1][Agree] && out[1][Disagree] > out[1][Discuss]) {
		t.Errorf("pair 1: Joint = %v, want disagree to lead", out[1])
	}
	// Pair 2's agree still leads, and by more than if its claim's polarity were ignored: the
	// others' disagreement with the story is agreement with a debunk.
	blind := Joint(p, group, related, make([]bool, len(p)), 0.5)
	if !(out[2][Agree] > out[2][Disagree] && out[2][Agree] > out[2][Discuss] && out[2][Agree] > blind[2][Agree]) {
		t.Errorf("pair 2: Joint = %v (blind to polarity %v), want agree to lead and beat blind", out[2], blind[2])
	}
	for i, q := range out {
		var a, b float64
		for l := range 4 {
			a, b = a+q[l], b+p[i][l]
		}
		if math.Abs(a-b) > 1e-9 || q[Unrelated] != p[i][Unrelated] {
			t.Errorf("pair %d: Joint = %v changes the related mass of %v", i, q, p[i])
		}
	}
	if got := Joint(p, group, related, debunks, 0); got[1] != p[1] {
		t.Errorf("Joint at weight 0 = %v, want %v", got[1], p[1])
	}
}
