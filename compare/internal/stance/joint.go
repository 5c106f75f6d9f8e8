package stance

// Debunks reports whether the claim states its story as false rather than as fact: it holds
// a refuting word (hoax, fake), a denial (denies, rejects), a counter-story word (actually,
// instead) or a negation ("No, a bird didn't ...") that says so, not one that only
// describes a thing or a person of the story ("caught with fake passports", "Prankster
// gives ..."). Two claims about one story that differ in this usually take opposite stances
// toward it.
func (c *Claim) Debunks() bool {
	return c.says[listRefute]+c.says[listDeny]+c.says[listCounter]+c.says[listNegation] > 0
}

// Hedges reports whether the claim itself reports without vouching: it holds a word of the
// hedge list ("reportedly", "claims", "rumors", "according to").
func (c *Claim) Hedges() bool { return c.lex[listHedge] > 0 }

// Joint returns the stance probabilities p of a batch of claim-text pairs after each related
// pair's agree, disagree and discuss are mixed, at weight mix, with those of the other
// related pairs on the same text. A text stands one way toward its story whichever claim
// about the story it is paired with, up to the claim's polarity: a text that calls a story
// a hoax disagrees with a claim that states the story and agrees with one that calls it a
// hoax. So the other pairs' probabilities are read in this pair's frame, agree and disagree
// swapped when exactly one of the two claims debunks.
//
// group[i] names pair i's text, related[i] says whether pair i is taken as related (only
// related pairs are mixed and mixed in) and debunks[i] is [Claim.Debunks] of its claim.
// Whether a pair is related does not change; nor does p, which the result does not share.
func Joint(p [][4]float64, group []string, related, debunks []bool, mix float64) [][4]float64 {
	out := make([][4]float64, len(p))
	copy(out, p)
	if mix <= 0 {
		return out
	}
	// Sum, per text, the related pairs' normalised stance probabilities in the frame of a
	// claim that states the story.
	type sum struct {
		s [3]float64
		n int
	}
	sums := map[string]*sum{}
	framed := make([][3]float64, len(p))
	for i := range p {
		if !related[i] {
			continue
		}
		rel := p[i][Agree] + p[i][Disagree] + p[i][Discuss]
		if rel <= 0 {
			continue
		}
		f := [3]float64{p[i][Agree] / rel, p[i][Disagree] / rel, p[i][Discuss] / rel}
		if debunks[i] {
			f[Agree], f[Disagree] = f[Disagree], f[Agree]
		}
		framed[i] = f
		s := sums[group[i]]
		if s == nil {
			s = &sum{}
			sums[group[i]] = s
		}
		for l := range f {
			s.s[l] += f[l]
		}
		s.n++
	}
	for i := range p {
		s := sums[group[i]]
		if !related[i] || s == nil || s.n < 2 {
			continue
		}
		rel := p[i][Agree] + p[i][Disagree] + p[i][Discuss]
		own := framed[i]
		var m [3]float64
		for l := range m {
			m[l] = (s.s[l] - own[l]) / float64(s.n-1)
		}
		if debunks[i] {
			m[Agree], m[Disagree] = m[Disagree], m[Agree]
			own[Agree], own[Disagree] = own[Disagree], own[Agree]
		}
		for l := range m {
			out[i][l] = rel * ((1-mix)*own[l] + mix*m[l])
		}
	}
	return out
}
