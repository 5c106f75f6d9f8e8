package stance

import (
	"math"
	"slices"
	"strings"
)

// MinRuleCoverage is the least weighted share of the claim's content words a short text must
// contain for [Rule] to call it related.
const MinRuleCoverage = 0.3

// Rule judges a short text (a sentence, a statement's content) against a claim by its words
// alone, in this order:
//
//   - unrelated when the text covers less than [MinRuleCoverage] of the claim's content words;
//   - discuss when the text asks a question and the claim does not, its last sentence
//     being no question ("What does Pope Francis think about pets?", "Has Kanye West been
//     banned from future Grammy Awards shows?" against "Kanye banned", or against "Macaulay
//     Culkin dead? Another death hoax circulates"),
//     unless the question takes its clause as given ("How did Gruber arrive at the $4,999
//     price point?": see [presupposes]) and the rules below find it agrees, or when it is a
//     fact-check's "Claim:" label;
//   - disagree when exactly one of the claim and the text negates the claim's words or has a
//     refuting or denial word ("not limited", "denies", "a hoax", "contrary to the facts"),
//     a doubt denied aside ("no doubt that", "beyond any doubt": see [affirmedDoubts]), and
//     in the text a "despite" that only concedes ([concessions]), or says someone is alive
//     where the other tells of a death ([aliveAgainst]); a word calling an account untrue
//     that the model's refute list lacks counts too ([untrueWords]: "apocryphal");
//   - disagree when the text restricts ("limited to", "merely") and the claim does not, and
//     the claim's words the text lacks weigh at least a third of the claim: "it was limited to
//     congratulations to Imran Khan by Pompeo" against "Pompeo discussed terrorists with Imran
//     Khan";
//   - discuss when the text, refuting nothing itself, hedges (reportedly, allegedly, claimed,
//     [hedges]: "purports") and the claim does not, or tells the claim's words as a report's,
//     story's or article's content ("When a report went viral that ...", "News report of
//     ...": see [toldByAccount]); this one comes first, before the disagreement above, when
//     the claim says no and the text does not: "rumors that one of the heroes was Paul Rudd"
//     tells the story without vouching for it, and so discusses "Paul Rudd is not the airport
//     hero". A text that says no names the rumour to refute it ("The rumor that Banksy had
//     been arrested is not true" agrees with "Banksy has not been arrested"). A text whose
//     negated word of knowing leaves what it tells unknown ([unknown]: "has not confirmed the
//     truce") discusses too, and agrees with a claim that hedges;
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
	question := asks(t.Text) && !asks(c.Text)
	if question && !presupposes(t.Tokens) || labelsClaim(t.Text, t.Tokens) {
		return Discuss, conf
	}
	label = wordStance(c, t, sum)
	if question && label != Agree {
		// A question taking its clause as given vouches for it, and asks the rest: it
		// refutes nothing ("What happened when Texas City plumbers put a truck up for
		// auction?" against "Texas plumber has no idea how his truck ended up in Syria").
		return Discuss, conf
	}
	return label, conf
}

// wordStance is [Rule]'s judgement of text t, holding sum of claim c's word weights, past
// coverage and questions: disagree, discuss or agree.
func wordStance(c *Claim, t *Text, sum float64) int {
	claimNo := saysNo(c, c.Text, c.Tokens, c.lex, false) || aliveAgainst(c.Tokens, t.Tokens)
	textNo := saysNo(c, t.Text, t.Tokens, t.lex, true) || aliveAgainst(t.Tokens, c.Tokens)
	if claimNo && !textNo && c.says[listRefute]+c.says[listDeny]+c.says[listNegation]+c.says[listCounter] == 0 {
		// The claim's words of no are all asides ([stanceHits]: "You'll never guess how",
		// "Don't forget to tip", "born male but did not tell swimmer"): it tells its story,
		// which a text telling it too supports. A text saying no still agrees with the
		// aside, as before ("she did not tell Phelps").
		claimNo = false
	}
	hedged := !textNo && (hedges(t.Tokens, t.lex) || toldByAccount(c, t.Text, t.Tokens)) && !hedges(c.Tokens, c.lex) && !toldByAccount(c, c.Text, c.Tokens)
	switch {
	case !textNo && unknown(c, t.Tokens) && hedges(c.Tokens, c.lex):
		return Agree // "has not confirmed the truce" against "despite alleged truce"
	case !textNo && unknown(c, t.Tokens):
		return Discuss
	case claimNo && !textNo && hedged:
		return Discuss
	case claimNo != textNo:
		return Disagree
	case restricts(t.Text, t.Tokens) && !restricts(c.Text, c.Tokens) && c.total-sum >= c.total/3:
		return Disagree
	case hedged:
		return Discuss
	}
	return Agree
}

// hedges reports whether toks (their word-list counts lex) report without vouching: a word
// of the hedge list, or one the evidence rules alone count ([ruleHedges]: "a video purports
// to show"; the hedge list feeds the model's features, which change only with a refit).
func hedges(toks []Token, lex [numLists]int) bool {
	return lex[listHedge] > 0 || slices.ContainsFunc(toks, func(t Token) bool { return ruleHedges[t.Lower] })
}

// ruleHedges are the hedge words the hedge list lacks: its "purported", "rumored" and
// "allegedly" in other forms.
var ruleHedges = map[string]bool{"purports": true, "purport": true, "rumoured": true,
	"rumour": true, "rumours": true, "reputedly": true, "reputed": true}

// saysNo reports whether toks (of the claim c or of a text, their word-list counts lex)
// negate c's words or hold a refuting or denial word, after [affirmedDoubts] takes out the
// doubts denied and, in a text (concede), [concessions] the "despite" that only concede. A
// claim's "despite" keeps refuting: a headline's "despite" sets it against an account,
// whatever word names it ("raids despite truce claim", "despite ceasefire announcement").
func saysNo(c *Claim, text string, toks []Token, lex [numLists]int, concede bool) bool {
	changed := false
	if kept, ok := affirmedDoubts(toks); ok {
		toks, changed = kept, true
	}
	if concede {
		if kept, ok := concessions(toks); ok {
			toks, changed = kept, true
		}
	}
	if kept, ok := otherThingsFalse(c, text, toks, concede); ok {
		toks, changed = kept, true
	}
	if kept, ok := without(toks, func(i int) bool { return phrasalOut(toks, i) }); ok {
		toks, changed = kept, true
	}
	if changed {
		lex = countLists(toks, nil)
	}
	return negatesClaim(c, text, toks) || lex[listRefute]+lex[listDeny] > 0 || slices.ContainsFunc(toks, func(t Token) bool { return untrueWords[t.Lower] }) || unofficialFeed(toks)
}

// unofficialFeed reports whether toks name an unofficial feed ([unofficialWords] before a
// [feedNouns] word among the next three): "posted on an unofficial Banksy Instagram
// account" says that what was posted is not the named party's.
func unofficialFeed(toks []Token) bool {
	return nearBefore(toks, func(w string) bool { return unofficialWords[w] }, feedNouns)
}

// nearBefore reports whether a word of toks that first reports has a word of then among
// the three words after it.
func nearBefore(toks []Token, first func(string) bool, then map[string]bool) bool {
	for i, t := range toks {
		if first(t.Lower) && slices.ContainsFunc(toks[i+1:min(i+4, len(toks))], func(t Token) bool { return then[t.Lower] }) {
			return true
		}
	}
	return false
}

// unofficialWords deny that a feed is the named party's own.
var unofficialWords = map[string]bool{"unofficial": true, "parody": true, "impostor": true, "imposter": true}

// feedNouns name where a party posts: an account, a page, a feed.
var feedNouns = map[string]bool{"account": true, "accounts": true, "page": true, "pages": true,
	"feed": true, "handle": true, "profile": true, "website": true, "site": true}

// phrasalOut reports whether toks[i] is a word of the refute list followed by "out": a
// phrasal verb of its own, which refutes nothing ("They busted out some eggnog").
func phrasalOut(toks []Token, i int) bool {
	return toks[i].starts != 0 && i+1 < len(toks) && toks[i+1].Lower == "out" && countLists(toks[i:i+1], nil)[listRefute] > 0
}

// otherThingsFalse returns toks without each refuting adjective that qualifies a thing
// ([thingAdjective]) none of claim c's words name, and true when there was one: "this
// ridiculous trend" against "Macklemore gets Twitter-trolled with #MacklemoreJoinedISIS",
// "caught with a fake passport" against "Lebanon detains al-Baghdadi's wife" call another
// thing false, not the claim's story. On one of the claim's words it still refutes ("a fake
// wife of al-Baghdadi"), unless the claim calls that thing false too ("false charges"
// against "fired for contesting bogus charges"). In a claim (inText false) each such
// adjective goes: "caught with fake passports" tells of the passports, as [stanceHits]
// reads it.
func otherThingsFalse(c *Claim, text string, toks []Token, inText bool) ([]Token, bool) {
	return without(toks, func(i int) bool {
		return thingAdjective(text, toks, i) && (!inText || !namesClaimThing(c, text, toks, i+1))
	})
}

// without returns toks without each toks[i] that drop reports, and true when there was one
// (toks itself and false otherwise).
func without(toks []Token, drop func(i int) bool) ([]Token, bool) {
	var kept []Token
	found := false
	for i, t := range toks {
		if drop(i) {
			if !found {
				kept, found = append([]Token(nil), toks[:i]...), true
			}
			continue
		}
		if found {
			kept = append(kept, t)
		}
	}
	if !found {
		return toks, false
	}
	return kept, true
}

// thingAdjective reports whether toks[i] is a refuting adjective ([refutingAdjectives],
// [scornWords]) before a noun that names a thing, not an account ([qualifiesThing],
// [unnamedThing]: "fake passports", not "a fake story", "false ones") and no predicate
// ([afterCopula]: "is probably fabricated shite").
func thingAdjective(text string, toks []Token, i int) bool {
	return (refutingAdjectives[toks[i].Lower] || scornWords[toks[i].Lower]) && qualifiesThing(text, toks, i) && !unnamedThing(toks, i+1) && !afterCopula(toks, i)
}

// namesClaimThing reports whether the noun phrase at toks[i:] (the adjacent content words
// from there) holds one of claim c's words that the claim does not call false itself
// ([thingAdjective]: "bogus charges").
func namesClaimThing(c *Claim, text string, toks []Token, i int) bool {
	for j := i; j < len(toks) && strings.TrimSpace(gap(text, toks, j)) == "" && toks[j].Weight > 0; j++ {
		if claimWord(c, toks[j]) && !calledFalse(c, toks[j].Stem) {
			return true
		}
	}
	return false
}

// calledFalse reports whether claim c qualifies a thing whose word has stem with a refuting
// adjective ([thingAdjective]): "Contesting Bogus Charges" and "charges".
func calledFalse(c *Claim, stem string) bool {
	for i := range c.Tokens {
		if !thingAdjective(c.Text, c.Tokens, i) {
			continue
		}
		for j := i + 1; j < len(c.Tokens) && strings.TrimSpace(gap(c.Text, c.Tokens, j)) == "" && c.Tokens[j].Weight > 0; j++ {
			if c.Tokens[j].Stem == stem {
				return true
			}
		}
	}
	return false
}

// afterCopula reports whether toks[i] follows a form of "be", perhaps and an adverb: a
// predicate ("is probably fabricated shite"), which calls the subject false.
func afterCopula(toks []Token, i int) bool {
	k := i - 1
	if k >= 0 && strings.HasSuffix(toks[k].Lower, "ly") && len(toks[k].Lower) > 4 {
		k--
	}
	return k >= 0 && beForms[toks[k].Lower]
}

var beForms = map[string]bool{"is": true, "are": true, "was": true, "were": true, "be": true,
	"been": true, "being": true, "'s": true, "it's": true, "isn't": true}

// unnamedThing reports whether toks[i] names no thing of its own but stands for an account
// or what one holds: "false ones like the news about ...", "false information".
func unnamedThing(toks []Token, i int) bool {
	return i < len(toks) && accountStandIns[toks[i].Lower]
}

// accountStandIns are the nouns after a refuting adjective that stand for an account.
var accountStandIns = map[string]bool{"one": true, "ones": true, "information": true, "info": true,
	"name": true, "names": true, "content": true, "material": true}

// scornWords are the refute list's words of scorn that qualify a noun as the refuting
// adjectives do: "this ridiculous trend".
var scornWords = map[string]bool{"ridiculous": true, "absurd": true}

// aliveAgainst reports whether toks say that someone is alive while other tells of a death:
// "alive" as a predicate, after a form of "be", "still", "much", "all", "actually",
// "remains" or "returned", or after "found" or "find", perhaps and a word ("The Los Angeles
// Times followed up and find Nelson alive and well" against "Judd Nelson Found Dead"; "he is
// very much alive"); not "burned alive" nor "dead or alive", nor "not alive" (no predicate
// of life then); and not when toks tell of a death too, the life then being another's or
// before it ("ISIS killed a Jordanian pilot ... even though the terror group pretended he was
// alive", "confirm that he is alive and well after rumors ... that he had died").
func aliveAgainst(toks, other []Token) bool {
	death := func(t Token) bool { return deathWords[t.Lower] }
	if !slices.ContainsFunc(other, death) || slices.ContainsFunc(toks, death) {
		return false
	}
	for i, t := range toks {
		if t.Lower == "alive" && i > 0 && (aliveAfter[toks[i-1].Lower] || i > 1 && foundWords[toks[i-2].Lower]) && (i+1 == len(toks) || toks[i+1].Lower != "or") {
			return true
		}
	}
	return false
}

// deathWords tell of a death.
var deathWords = map[string]bool{"dead": true, "died": true, "dies": true, "die": true, "death": true,
	"dying": true, "killed": true}

// aliveAfter are the words after which "alive" is a predicate of life.
var aliveAfter = map[string]bool{"is": true, "was": true, "are": true, "were": true, "be": true,
	"been": true, "being": true, "he's": true, "she's": true, "they're": true, "you're": true,
	"i'm": true, "still": true, "much": true, "all": true, "actually": true, "remains": true,
	"remained": true, "remain": true, "found": true, "returned": true}

// foundWords are the verbs after which, and a word ("found him alive", "find Nelson alive"),
// "alive" is a predicate of life.
var foundWords = map[string]bool{"found": true, "find": true, "finds": true}

// untrueWords call an account untrue like the refute list's words but are not on it: the
// refute list feeds the model's features, which change only with a refit, and these the
// evidence rules alone ("an apparently apocryphal tale about pets, paradise, and Pope
// Francis").
var untrueWords = map[string]bool{"apocryphal": true, "fictitious": true, "spurious": true,
	"concocted": true, "falsehood": true, "falsehoods": true, "discredited": true,
	"disproven": true, "disproved": true, "falsified": true}

// accountReach is how many words after a report's noun the word opening its content may
// stand: "a story in the Bedfordshire on Sunday newspaper suggested".
const accountReach = 8

// toldByAccount reports whether toks (of text, a claim c's or a text judged against it) tell
// the claim's words as the content of an account: a report, story, article, post or tweet
// (written in lower case: "The Post" is a paper; no verb: "to report that"), then within
// [accountReach] words, before any of the claim's words, a word opening its content ("of"
// directly after the noun: "a report of X", not "a report published on the website of
// CCTV"; "that", "about", "claiming",
// "saying", "stating", "alleging", "suggesting") or a verb telling it ("suggested",
// "maintained", "said"), and after it more of the claim's words than before the noun:
// "When a report went viral that NBC meteorologist Mike Seidel got caught on camera
// peeing", "News report of family of 5 in Purdon, Texas tested positive for Ebola", "The
// scandalous story maintained the boy filmed her". The text reports the claim without
// vouching for it. A text refuting the account ("this fake story that ...") is not asked.
func toldByAccount(c *Claim, text string, toks []Token) bool {
	before := 0.0
	seen := map[int]bool{}
	for i, t := range toks {
		if j, ok := c.index[t.Stem]; ok && t.Weight > 0 {
			if !seen[j] {
				seen[j] = true
				before += c.weight[j]
			}
			continue
		}
		if !accountNames[t.Lower] || t.Start >= len(text) || !isLowerLetter(text[t.Start]) || i > 0 && verbBefore[toks[i-1].Lower] {
			continue
		}
		for k := i + 1; k < len(toks) && k <= i+accountReach; k++ {
			if _, ok := c.index[toks[k].Stem]; ok && toks[k].Weight > 0 {
				break
			}
			if contentOpeners[toks[k].Lower] && (k == i+1 || toks[k].Lower != "of") {
				return claimWeight(c, toks[k+1:], seen) > before
			}
		}
	}
	return false
}

// claimWeight sums the weights of claim c's words in toks not in seen.
func claimWeight(c *Claim, toks []Token, seen map[int]bool) float64 {
	sum := 0.0
	got := map[int]bool{}
	for _, t := range toks {
		if j, ok := c.index[t.Stem]; ok && t.Weight > 0 && !seen[j] && !got[j] {
			got[j] = true
			sum += c.weight[j]
		}
	}
	return sum
}

// verbBefore are the words after which "report", "post" or "tweet" is a verb: "was first to
// report on", "they report that".
var verbBefore = map[string]bool{"to": true, "i": true, "we": true, "you": true, "they": true,
	"will": true, "would": true, "can": true, "could": true, "may": true, "might": true,
	"should": true, "must": true, "did": true, "do": true, "does": true}

// accountNames are the nouns of an account whose content a sentence may tell.
var accountNames = map[string]bool{"report": true, "story": true, "stories": true, "article": true,
	"articles": true, "post": true, "posts": true, "tweet": true, "tweets": true, "tale": true, "tales": true}

// contentOpeners open an account's content: a conjunction, a preposition or a verb telling it.
var contentOpeners = map[string]bool{"that": true, "of": true, "about": true, "claiming": true,
	"saying": true, "stating": true, "alleging": true, "suggesting": true, "suggested": true,
	"maintained": true, "said": true, "stated": true}

// negatesClaim reports whether a negation in toks (of text) reaches one of claim c's words:
// one of the three words after it, as the features count them ([negatedClaimWords]), or
// only the next one after a "without" that opens a noun phrase, whose object it negates, no
// predicate ("plunged into six days without light during December" does not negate
// "December"; "left without telling Phelps" negates as "not"), or any word after a denial
// of evidence ([evidenceAt]: "no reporting coming through DHS suggesting that ISIS
// fighters have been intercepted"), but not a name that is the object ending the negated clause ([negatedObject]: "she never told
// Phelps." negates the telling, not "Michael Phelps' girlfriend was born male"; "Phelps did
// not know", "not Phelps" and "he didn't think Boko Haram had agreed" still negate); or
// whether a negation calls what toks report untrue ([deniesTruth]).
func negatesClaim(c *Claim, text string, toks []Token) bool {
	scope := 0
	for i, tok := range toks {
		if isNegation(tok.Lower) {
			if deniesTruth(toks, i) {
				return true
			}
			scope = 3
			switch {
			case ownPredicate(c, toks, i) >= 0:
				scope = 0
			case tok.Lower == "without" && !gerundAt(toks, i+1):
				scope = 1 // "six days without light": the object only
			case evidenceAt(toks, i+1):
				scope = len(toks) // "no reporting ... suggesting that ISIS fighters ..."
			}
			continue
		}
		if tok.Weight == 0 {
			continue
		}
		if _, ok := c.index[tok.Stem]; ok && scope > 0 && !negatedObject(c, text, toks, i) {
			return true
		}
		if scope > 0 {
			scope--
		}
	}
	return false
}

// evidenceAt reports whether the negation toks[i-1] denies that there is evidence: a word
// of evidence ([evidenceWords]) among the two content words from toks[i] on, after "no" or
// after an "any" ("no reporting coming through DHS suggesting that", "does not have any
// information to confirm", "no hard evidence that"; not "not taking the reports
// seriously"). A negation of the evidence for a thing negates the whole clause that tells
// it, however far its words stand.
func evidenceAt(toks []Token, i int) bool {
	quantified := toks[i-1].Lower == "no"
	for n := 0; i < len(toks) && n < 2; i++ {
		if toks[i].Lower == "any" {
			quantified = true
		}
		if toks[i].Weight == 0 {
			continue
		}
		if evidenceWords[toks[i].Lower] {
			return quantified
		}
		n++
	}
	return false
}

// evidenceWords are the nouns of evidence for a thing, whose negation reaches the clause
// that tells it ([evidenceAt]).
var evidenceWords = map[string]bool{"evidence": true, "information": true, "reporting": true,
	"reports": true, "indication": true, "indications": true, "sign": true, "signs": true,
	"proof": true}

// gerundAt reports whether toks[i] is a word ending in "-ing" (longer than five letters):
// "without telling", whose clause a "without" negates, where before a noun ("without
// light") it negates that noun alone.
func gerundAt(toks []Token, i int) bool {
	return i < len(toks) && strings.HasSuffix(toks[i].Lower, "ing") && len(toks[i].Lower) > 5
}

// ownPredicate returns the index of the negation toks[i]'s own predicate, the first
// content word after it (past "be", "been" and an adverb in "-ly"), when that is a word of
// permission, obligation or feeling ([attitudeWords]) or of knowing ([knowingWords]) that is
// none of claim c's words; -1 otherwise. What follows is the object of the permission, the
// feeling or the knowing, which the negation does not deny: "is not offended by the word"
// against "University bans the word 'freshman'", "were not authorized to discuss the
// video", "it is not clear who the Boko Haram negotiator is", and after "no" a noun of power
// ([powerNouns]: "no control over American government policy"). "was not captured by ISIS"
// still negates, and so does "were not allowed to help" against "UN workers help ISIS
// fighters": the claim's verb is the permission's, and "has no idea how" against "Texas
// plumber isn't sure how ...": a negated word of knowing is the claim's when the claim
// negates one too ([unknowing]).
func ownPredicate(c *Claim, toks []Token, i int) int {
	j := i + 1
	for j < len(toks) && (toks[j].Weight == 0 || strings.HasSuffix(toks[j].Lower, "ly") && len(toks[j].Lower) > 4) {
		j++
	}
	if j == len(toks) || !attitudeWords[toks[j].Lower] && !knowingWords[toks[j].Lower] && !(toks[i].Lower == "no" && powerNouns[toks[j].Lower]) || claimWord(c, toks[j]) {
		return -1
	}
	if knowingWords[toks[j].Lower] && unknowing(c.Tokens) {
		return -1 // "has no idea how" against "isn't sure how": the claim's own not knowing
	}
	if j+2 < len(toks) && toks[j+1].Lower == "to" && claimWord(c, toks[j+2]) {
		return -1
	}
	return j
}

// unknowing reports whether toks negate a word of knowing ([knowingWords]) among the three
// words after the negation: "Isn't Sure How", "Has 'No Idea' How"; not "What We Know".
func unknowing(toks []Token) bool {
	return nearBefore(toks, isNegation, knowingWords)
}

// unknown reports whether toks say that what they tell is not known: a negation whose own
// predicate is a word of knowing ("the casting has not been confirmed", "the Pentagon did
// not confirm the death", "it was not clear whether the meteorite had disintegrated"). The
// text then discusses what it tells, as a hedge does. Not when a wh-word follows, perhaps
// after an adverb: the clause it opens is taken as given and only its time, manner or place
// unknown, as in a question ([presupposes]: "We don't know exactly when the security
// services worked out that the masked man was Mohammed Emwazi", "it is not known how ISIS
// fighters came to own the truck"). After a noun of knowing ([ideaWords]) only "whether"
// and "if" leave it unknown: "had no idea that she was pregnant" takes her pregnancy as
// given.
func unknown(c *Claim, toks []Token) bool {
	for i, t := range toks {
		if !isNegation(t.Lower) {
			continue
		}
		p := ownPredicate(c, toks, i)
		if p < 0 || !knowingWords[toks[p].Lower] {
			continue
		}
		k := p + 1
		for k < len(toks) && (strings.HasSuffix(toks[k].Lower, "ly") && len(toks[k].Lower) > 4 || toks[k].Lower == "yet") {
			k++
		}
		if ideaWords[toks[p].Lower] && (k == len(toks) || toks[k].Lower != "whether" && toks[k].Lower != "if") {
			continue // "had no idea that she was pregnant" takes it as given
		}
		if k == len(toks) || !whWords[toks[k].Lower] {
			return true
		}
	}
	return false
}

// ideaWords are the nouns among [knowingWords]: "no idea", "no clue".
var ideaWords = map[string]bool{"idea": true, "clue": true, "inkling": true}

// whWords open a clause whose content a question or "not known" takes as given.
var whWords = map[string]bool{"who": true, "what": true, "when": true, "where": true,
	"how": true, "which": true, "why": true}

// claimWord reports whether tok is one of claim c's words.
func claimWord(c *Claim, tok Token) bool {
	_, ok := c.index[tok.Stem]
	return ok
}

// knowingWords are the words of knowing and confirming whose negation leaves what is told
// unknown: "not clear", "not confirmed", "did not confirm", "has no idea whether".
var knowingWords = map[string]bool{"clear": true, "known": true, "know": true, "knew": true,
	"sure": true, "certain": true, "confirm": true, "confirms": true, "confirmed": true,
	"verify": true, "verified": true, "substantiate": true, "substantiated": true,
	"idea": true, "clue": true, "inkling": true}

// powerNouns are the nouns of power whose negation by "no" is their own: "They have no
// control over American government policy" denies no American's deed ("does not control"
// still negates).
var powerNouns = map[string]bool{"control": true, "say": true, "power": true, "influence": true, "sway": true}

// attitudeWords are the participles and adjectives of permission, obligation and feeling,
// whose negation is their own: "not allowed to", "not required to", "not offended by".
var attitudeWords = map[string]bool{"allowed": true, "permitted": true, "authorized": true,
	"authorised": true, "entitled": true, "required": true, "obliged": true, "obligated": true,
	"supposed": true, "offended": true, "bothered": true, "upset": true, "pleased": true,
	"happy": true, "impressed": true, "amused": true, "worried": true, "concerned": true,
	"surprised": true, "shocked": true, "afraid": true, "scared": true, "interested": true}

// negatedObject reports whether toks[i] is a word of a name (words written with a capital)
// that directly follows a verb of the text that is none of claim c's words (a word that is
// not a preposition nor an adverb ending in "-ly": "not near Kobani" and "not actually Paul
// Rudd" negate the name), and that ends its clause (the text ends or a punctuation mark
// follows): "never told Phelps.", "did not call Jones, who ...". The negation then reaches that word, whose object the name
// is; a name followed by more of its clause may be its subject ("didn't think Boko Haram
// had agreed").
func negatedObject(c *Claim, text string, toks []Token, i int) bool {
	if !isName(text, toks[i]) {
		return false
	}
	a := i
	for a > 0 && isName(text, toks[a-1]) && adjacent(text, toks[a-1], toks[a]) {
		a--
	}
	if a == 0 || !adjacent(text, toks[a-1], toks[a]) || toks[a-1].Weight == 0 || isName(text, toks[a-1]) || isNegation(toks[a-1].Lower) {
		return false
	}
	if _, ok := c.index[toks[a-1].Stem]; ok || prepositions[toks[a-1].Lower] || strings.HasSuffix(toks[a-1].Lower, "ly") {
		return false // "not near Kobani", "is not actually Paul Rudd"
	}
	b := i
	for b+1 < len(toks) && isName(text, toks[b+1]) && adjacent(text, toks[b], toks[b+1]) {
		b++
	}
	return b+1 == len(toks) || strings.ContainsAny(text[toks[b].End:toks[b+1].Start], ".,;:!?)")
}

// prepositions are the prepositions that are no stopwords: a name after one is no verb's
// object.
var prepositions = map[string]bool{
	"near": true, "like": true, "unlike": true, "without": true, "beyond": true, "against": true,
	"despite": true, "toward": true, "towards": true, "inside": true, "outside": true, "behind": true,
	"above": true, "below": true, "across": true, "along": true, "around": true, "past": true,
	"beside": true, "besides": true, "except": true, "including": true, "via": true, "per": true,
	"within": true, "beneath": true, "amid": true, "among": true, "onto": true, "upon": true,
}

// adjacent reports whether only spaces stand between tokens x and y of text.
func adjacent(text string, x, y Token) bool {
	return strings.TrimSpace(text[x.End:y.Start]) == ""
}

// isName reports whether tok is written with a capital letter in text.
func isName(text string, tok Token) bool {
	return tok.Start < len(text) && 'A' <= text[tok.Start] && text[tok.Start] <= 'Z'
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
	return without(toks, func(i int) bool {
		return toks[i].Lower == "despite" && countLists(toks[i+1:min(len(toks), i+1+concessionReach)], nil)[listHedge] == 0
	})
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

// restricts reports whether toks (of text) restrict what they report to less than all of it:
// "limited to", "confined to", "restricted to", "merely", "solely", or "only" but not "not
// only", nor "only" after a determiner, which names one thing and restricts nothing reported
// ("the only messaging application", "his only full sister"), nor "only as" and a name,
// which tells how someone is named ("a representative, identified only as Kelly, warned a
// customer"; "used only as a weapon" restricts), nor "only" before an
// infinitive, which tells what came of the clause before it or what it was for, not a limit
// on it ("rushed to hospital with stomach pains only to discover she was pregnant", "only to
// be saved by his helmet"; "reported only to Jong-il" still restricts: see [infinitiveAt]).
func restricts(text string, toks []Token) bool {
	for i, t := range toks {
		switch t.Lower {
		case "merely", "solely":
			return true
		case "only":
			if (i == 0 || toks[i-1].Lower != "not" && !onlyDeterminers[toks[i-1].Lower]) && !infinitiveAt(text, toks, i+1) && !namedAs(text, toks, i+1) {
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

// namedAs reports whether toks[i:] of text are "as" and a name (a word written with a
// capital): "identified only as Rob", "known in the story only as “Conal”".
func namedAs(text string, toks []Token, i int) bool {
	return i+1 < len(toks) && toks[i].Lower == "as" && isName(text, toks[i+1])
}

// infinitiveAt reports whether toks[i:] open an infinitive: "to" then a word that can be a
// verb's base form, or an adverb ending in "-ly" and then one ("to ultimately exit"). The
// word after "to" is no verb when written with a capital or as a number ("only to
// Jong-il", "to 2015"), when a determiner, pronoun or quantifier opens a noun phrase with it
// ("only to the GOP", "only to her interviews", "only to them"), or when its ending is a
// plural's, a past participle's or a gerund's ("only to consumers", "only to registered
// Democrats", "only to existing customers"), or when it names a body of people and no noun
// phrase, its object as a verb, follows ("reported only to police", [groupNouns]; "only to
// police the border" is a verb); base verbs with those endings ("discuss", "focus", "need",
// "bring") are kept as verbs.
func infinitiveAt(text string, toks []Token, i int) bool {
	if i+1 >= len(toks) || toks[i].Lower != "to" {
		return false
	}
	k := i + 1
	if strings.HasSuffix(toks[k].Lower, "ly") && len(toks[k].Lower) > 4 && k+1 < len(toks) {
		k++
	}
	w := toks[k]
	if w.Number || w.Start >= len(text) || !isLowerLetter(text[w.Start]) || nounOpeners[w.Lower] {
		return false
	}
	if groupNouns[w.Lower] && (k+1 == len(toks) || !nounOpeners[toks[k+1].Lower]) {
		return false // "reported only to police", not "only to police the border"
	}
	l := w.Lower
	switch {
	case strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") && !strings.HasSuffix(l, "us") && !strings.HasSuffix(l, "is"):
		return false
	case strings.HasSuffix(l, "ed") && !strings.HasSuffix(l, "eed") && len(l) > 4:
		return false
	case strings.HasSuffix(l, "ing") && len(l) > 5:
		return false
	}
	return true
}

// groupNouns are the nouns of a body of people that are verbs too ("police", "staff"): after
// "to" they name whom something goes to unless a noun phrase, the verb's object, follows.
var groupNouns = map[string]bool{"police": true, "staff": true, "crew": true, "press": true,
	"board": true, "team": true}

func isLowerLetter(b byte) bool { return 'a' <= b && b <= 'z' }

// nounOpeners are the determiners, pronouns and quantifiers after which "to" is a preposition.
var nounOpeners = map[string]bool{
	"the": true, "a": true, "an": true, "this": true, "that": true, "these": true, "those": true,
	"his": true, "her": true, "its": true, "their": true, "our": true, "my": true, "your": true,
	"him": true, "them": true, "me": true, "us": true, "you": true, "it": true, "one": true,
	"all": true, "some": true, "any": true, "each": true, "every": true, "no": true, "both": true,
	"few": true, "many": true, "most": true, "such": true, "what": true, "which": true, "whom": true,
	"who": true, "whoever": true, "whomever": true,
}

// asks reports whether text is a question: its last mark, before closing quotes and
// brackets, is a question mark. A question reports nothing as true or false.
func asks(text string) bool {
	t := strings.TrimRight(text, " \t\r\n\"'”’»)]")
	return strings.HasSuffix(t, "?") && !strings.HasSuffix(t, ".?") // "... to hand themselves in.?": a slip
}

// presupposes reports whether toks, a question, take its clause as given and ask only how,
// why, when or where it came about: "why", "how", "when" or "where" and then "did", "does",
// "do", "has", "have" or "had" with a subject other than the reader or the writer ("But how
// did Gruber arrive at the $4,999 price point?", "How did the rodents penetrate the fashion
// bible's new office?"; not "How do you ...?"), or "what happened when" or "after" ("What
// happened when Texas City plumbers put a black pickup truck up for auction?"). The writer
// vouches for the clause as a statement would; so it does for a clause in a statement's
// order after "So", a conclusion put as a question ("So it wasn't just “discomfort” that's
// been troubling Kim Jong-un?"; not "So is he ill?"). "Where is Kim Jong Un?" and "Could a newly
// released audio provide more clues?" ask.
func presupposes(toks []Token) bool {
	if len(toks) > 2 && toks[0].Lower == "so" && !doAuxiliaries[toks[1].Lower] && !whWords[toks[1].Lower] && !copulas[toks[1].Lower] {
		return true // "So it wasn't just “discomfort” that's been troubling Kim Jong-un?"
	}
	for i := 0; i+2 < len(toks); i++ {
		switch w, next := toks[i].Lower, toks[i+1].Lower; {
		case whAdverbs[w] && doAuxiliaries[next] && !askedOf[toks[i+2].Lower]:
			return true
		case w == "what" && next == "happened" && (toks[i+2].Lower == "when" || toks[i+2].Lower == "after"):
			return true
		}
	}
	return false
}

var (
	// copulas and modals open a question after "So" ("So is he ill?", "So could it be?").
	copulas       = map[string]bool{"is": true, "are": true, "was": true, "were": true, "can": true, "could": true, "will": true, "would": true, "should": true, "isn't": true, "wasn't": true}
	whAdverbs     = map[string]bool{"why": true, "how": true, "when": true, "where": true}
	doAuxiliaries = map[string]bool{"did": true, "does": true, "do": true, "has": true, "have": true, "had": true}
	// askedOf are the subjects of a question that asks the reader or the writer, and
	// presupposes nothing: "How do you tell?", "Where do I start?".
	askedOf = map[string]bool{"you": true, "i": true, "we": true, "one": true}
)

// labelsClaim reports whether text (its tokens toks) opens with a fact-check's label of the
// claim it checks, "Claim:" ("Claim: Kanye West has been banned from all future award
// shows."): what follows is the claim checked, not vouched for.
func labelsClaim(text string, toks []Token) bool {
	return len(toks) > 1 && toks[0].Lower == "claim" && strings.HasPrefix(strings.TrimSpace(text[toks[0].End:]), ":")
}

// deniesTruth reports whether toks[i] is a negation ("not", "n't", "never") whose clause's
// predicate, perhaps after an adverb in "-ly", is a word of truth: "isn't real", "is not
// true", "not entirely accurate" call what the sentence reports untrue, whatever words of
// the claim the negation reaches ("An article saying McDonald's is removing the Big Mac
// isn't real."). "no real evidence" is no such predicate.
func deniesTruth(toks []Token, i int) bool {
	switch toks[i].Lower {
	case "not", "n't", "never":
	default:
		return false
	}
	j := i + 1
	if j < len(toks) && strings.HasSuffix(toks[j].Lower, "ly") && len(toks[j].Lower) > 4 {
		j++
	}
	return j < len(toks) && truthWords[toks[j].Lower]
}

// truthWords say that a report is true.
var truthWords = map[string]bool{"true": true, "real": true, "accurate": true, "genuine": true, "authentic": true, "correct": true, "legit": true, "legitimate": true}
