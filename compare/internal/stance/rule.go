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
//     refuting or denial word ("not limited", "denies", "a hoax", "contrary to the facts"),
//     a doubt denied aside ("no doubt that", "beyond any doubt": see [affirmedDoubts]), and
//     in the text a "despite" that only concedes ([concessions]);
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
	claimNo := saysNo(c, c.Tokens, c.lex, false)
	textNo := saysNo(c, t.Tokens, t.lex, true)
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

// saysNo reports whether toks (of the claim c or of a text, their word-list counts lex)
// negate c's words or hold a refuting or denial word, after [affirmedDoubts] takes out the
// doubts denied and, in a text (concede), [concessions] the "despite" that only concede. A
// claim's "despite" keeps refuting: a headline's "despite" sets it against an account,
// whatever word names it ("raids despite truce claim", "despite ceasefire announcement").
func saysNo(c *Claim, toks []Token, lex [numLists]int, concede bool) bool {
	changed := false
	if kept, ok := affirmedDoubts(toks); ok {
		toks, changed = kept, true
	}
	if concede {
		if kept, ok := concessions(toks); ok {
			toks, changed = kept, true
		}
	}
	if changed {
		lex = countLists(toks, nil)
	}
	_, neg := negatedClaimWords(c, toks)
	return neg > 0 || lex[listRefute]+lex[listDeny] > 0
}

// concessionReach is how many words after "despite" a report must start within for the
// "despite" to set its sentence against it.
const concessionReach = 5

// concessions returns toks without each "despite" that only concedes, and true when there was
// one: a "despite" sets its sentence against what follows when that is a report, an entry of
// the hedge list starting within concessionReach words ("despite government claims of a
// ceasefire", "despite internet rumors"); otherwise the sentence asserts its main clause
// whatever it concedes ("Despite the disapproval of his superiors, Father O'Neal says ...").
func concessions(toks []Token) ([]Token, bool) {
	var kept []Token
	found := false
	for i, t := range toks {
		if t.Lower == "despite" && countLists(toks[i+1:min(len(toks), i+1+concessionReach)], nil)[listHedge] == 0 {
			if !found {
				kept, found = append([]Token(nil), toks[:i]...), true
			}
			continue
		}
		if found {
			kept = append(kept, t)
		}
	}
	return kept, found
}

// affirmedDoubts returns toks without each doubt that is denied, and true when there was
// one: "no", "little", "without" or "beyond", perhaps "a" or "any", then "doubt" or "doubts"
// ("I have no doubt that Mohammed is Jihadi John", "beyond any doubt") vouch for what
// follows, where "doubt" alone refutes and "no" alone negates.
func affirmedDoubts(toks []Token) ([]Token, bool) {
	var kept []Token
	found := false
	for i := 0; i < len(toks); i++ {
		j := i
		switch toks[i].Lower {
		case "no", "little", "without", "beyond":
			j++
			if j < len(toks) && (toks[j].Lower == "a" || toks[j].Lower == "any") {
				j++
			}
		}
		if j > i && j < len(toks) && (toks[j].Lower == "doubt" || toks[j].Lower == "doubts") {
			if !found {
				kept, found = append(kept, toks[:i]...), true
			}
			i = j
			continue
		}
		if found {
			kept = append(kept, toks[i])
		}
	}
	return kept, found
}

// restricts reports whether toks restrict what they report to less than all of it: "limited
// to", "confined to", "restricted to", "merely", "solely", or "only" but not "not only", nor
// "only" after a determiner, which names one thing and restricts nothing reported ("the only
// messaging application", "his only full sister").
func restricts(toks []Token) bool {
	for i, t := range toks {
		switch t.Lower {
		case "merely", "solely":
			return true
		case "only":
			if i == 0 || toks[i-1].Lower != "not" && !onlyDeterminers[toks[i-1].Lower] {
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

// onlyDeterminers are the determiners before which "only" is an adjective: "the only one".
var onlyDeterminers = map[string]bool{"the": true, "an": true, "his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true}
