package stance

import "math"

// MinRuleCoverage is the least weighted share of the claim's content words a short text must
// contain for [Rule] to call it related.
const MinRuleCoverage = 0.3

// Rule judges a short text (a sentence, a statement's content) against a claim by its words
// alone, in this order:
//
//   - unrelated when the text covers less than [MinRuleCoverage] of the claim's content words;
//   - disagree when exactly one of the claim and the text negates the claim's words or has a
//     refuting or denial word ("not limited", "denies", "a hoax", "contrary to the facts");
//   - discuss when the text hedges (reportedly, allegedly, claimed...) and the claim does not;
//   - agree otherwise.
//
// The confidence grows with the coverage, from 0.55 to 0.9 (0.5 to 1 for unrelated).
func Rule(c *Claim, t *Text) (label int, confidence float64) {
	var seen uint64
	var sum float64
	for _, tok := range t.Tokens {
		if j, ok := c.index[tok.Stem]; ok && seen&(1<<j) == 0 {
			seen |= 1 << j
			sum += c.weight[j]
		}
	}
	cov := 0.0
	if c.total > 0 {
		cov = sum / c.total
	}
	if cov < MinRuleCoverage {
		return Unrelated, math.Max(0.5, 1-cov)
	}
	conf := 0.55 + 0.35*(cov-MinRuleCoverage)/(1-MinRuleCoverage)
	_, claimNeg := negatedClaimWords(c, c.Tokens)
	_, textNeg := negatedClaimWords(c, t.Tokens)
	claimNo := claimNeg > 0 || c.lex[listRefute]+c.lex[listDeny] > 0
	textNo := textNeg > 0 || t.lex[listRefute]+t.lex[listDeny] > 0
	switch {
	case claimNo != textNo:
		return Disagree, conf
	case t.lex[listHedge] > 0 && c.lex[listHedge] == 0:
		return Discuss, conf
	}
	return Agree, conf
}
