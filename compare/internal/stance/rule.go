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
//   - disagree when the text restricts ("limited to", "merely") and the claim does not, and
//     the claim's words the text lacks weigh at least a third of the claim: "it was limited to
//     congratulations to Imran Khan by Pompeo" against "Pompeo discussed terrorists with Imran
//     Khan";
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
	case restricts(t.Tokens) && !restricts(c.Tokens) && c.total-sum >= c.total/3:
		return Disagree, conf
	case t.lex[listHedge] > 0 && c.lex[listHedge] == 0:
		return Discuss, conf
	}
	return Agree, conf
}

// restricts reports whether toks restrict what they report to less than all of it: "limited
// to", "confined to", "restricted to", "merely", "solely", or "only" but not "not only".
func restricts(toks []Token) bool {
	for i, t := range toks {
		switch t.Lower {
		case "merely", "solely":
			return true
		case "only":
			if i == 0 || toks[i-1].Lower != "not" {
				return true
			}
		case "limited", "confined", "restricted":
			if i+1 < len(toks) && toks[i+1].Lower == "to" && (i == 0 || toks[i-1].Lower != "not") {
				return true
			}
		}
	}
	return false
}
