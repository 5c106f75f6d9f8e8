package stance

import (
	"math"
	"testing"
)

func TestDebunks(t *testing.T) {
	for _, tc := range []struct {
		claim  string
		want   bool
		reason string
	}{
		{"Bird poops on Putin during speech", false, ""},
		{"No, a bird didn't poop on Vladimir Putin", true, ""},
		{"Viral photo of Putin is a hoax", true, ""},
		{"Kremlin denies bird attack on Putin", true, ""},
		{"NASA confirms six days of darkness in December", false, ""},
		{"The video is fake", true, "a refuting predicate"},
		{"Durex is not making pumpkin spice condoms", true, "a negated predicate"},
		{"Pumpkin spice condoms and 6 other flavors that aren't happening", true, "a relative clause's negation debunks its head"},
		// A refuting word that describes a thing or a person of the story.
		{"Lebanon holds al-Baghdadi's wife, caught with fake passports", false, "fake qualifies passports"},
		{"Accountant fired for contesting bogus charges", false, "bogus qualifies charges"},
		{"Fake news story claims Axl Rose is dead", true, "fake qualifies an account of the story"},
		{"Zack Snyder responds to fake stolen Batmobile report", true, "the noun phrase ends in an account"},
		{"A bogus Banksy", true, "the noun phrase is the whole claim"},
		{"Prankster gives homeless man $100", false, "the prankster is a person of the story"},
		{"Strange mark turns out to be tropical spider", false, "turns out asserts what follows"},
		{"The Bugatti paint job turned out to be a hoax", true, "hoax, not turned out"},
		// A negation that is not the claim's.
		{"Don't forget to tip, especially if you spend $300,000", false, "an imperative to the reader"},
		{"Don't worry, Judd Nelson is not dead", true, "is not dead, not don't"},
		{"You'll never guess how a homeless man spent $100", false, "a teaser"},
		{"Phelps' girlfriend was born male but did not tell swimmer", false, "the second of two predicates"},
		{"Homeless man receives $100 & doesn't spend a dime on himself", false, "the second of two predicates"},
		{"Civil servant sacked after not turning up for work for 25 years", false, "a negation in a clause of time"},
		{"Castro rumors sweep internet, but no sign in Cuba", true, "no sign is a counter-story phrase"},
	} {
		if got := NewClaim(tc.claim).Debunks(); got != tc.want {
			t.Errorf("Debunks(%q) = %v, want %v %s", tc.claim, got, tc.want, tc.reason)
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
