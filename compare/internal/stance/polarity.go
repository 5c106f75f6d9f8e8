package stance

import (
	"slices"
	"strings"
)

// stanceHits counts, like [countLists], the word-list entries that start at each token of a
// claim (marks, from countLists), leaving out the refuting, denial, counter-story and
// negation entries that are asides rather than what the claim says of its story. A headline
// says its story is false by its predicate ("X is a hoax", "X was not killed", "Iraq denies
// Y", "No, X did not ..."); these do not:
//
//   - a refuting adjective before a noun that names a thing of the story, not an account of
//     it: "caught with fake passports", "contesting bogus charges" (but "fake news story",
//     "fake stolen Batmobile report" still say so);
//   - a refuting noun for the person who does it: "Prankster gives homeless man $100";
//   - "turns out", "turned out" alone: "Strange mark turns out to be tropical spider" (a
//     following "a hoax" or "not" counts on its own);
//   - a negation that opens an imperative to the reader ("Don't forget to tip", "Don't reset
//     all settings") or a teaser addressed to the reader ("You'll never guess how ...");
//   - a negation of a second predicate coordinated with the first, which the headline
//     asserts: "was born male but did not tell swimmer", "receives $100 & doesn't spend a
//     dime on himself".
func stanceHits(text string, toks []Token, marks []uint8) [numLists]int {
	var n [numLists]int
	for i, m := range marks {
		m &^= aside(text, toks, i, m)
		for l := range numLists {
			if m&(1<<l) != 0 {
				n[l]++
			}
		}
	}
	return n
}

// refutingAdjectives are the refuting words that qualify a noun ("fake passports").
var refutingAdjectives = map[string]bool{"fake": true, "false": true, "bogus": true, "phony": true,
	"fraudulent": true, "fabricated": true, "faked": true, "doctored": true, "forged": true,
	"fictional": true, "misleading": true, "baseless": true, "unfounded": true, "erroneous": true,
	"inaccurate": true, "incorrect": true, "untrue": true, "satirical": true}

// accountNouns name an account of a story, what a refuting adjective before them says is
// false: "fake news story", "bogus report".
var accountNouns = map[string]bool{"news": true, "report": true, "reports": true, "story": true,
	"stories": true, "claim": true, "claims": true, "rumor": true, "rumors": true, "rumour": true,
	"rumours": true, "video": true, "videos": true, "photo": true, "photos": true, "picture": true,
	"pictures": true, "image": true, "images": true, "article": true, "articles": true, "site": true,
	"website": true, "account": true, "tweet": true, "tweets": true, "quote": true, "quotes": true,
	"post": true, "posts": true, "footage": true, "audio": true, "alarm": true, "alarms": true, "death": true, "headline": true,
	"headlines": true, "page": true, "letter": true, "document": true, "documents": true}

// aside returns the list bits of m, the entries starting at toks[i], that are asides of the
// claim (see [stanceHits]): the refuting bit of a refuting word that describes, the negation
// bit of a negation that is not the claim's. An entry of another list that starts at the
// same word still counts ("false alarm", "but no sign" are counter-story phrases).
func aside(text string, toks []Token, i int, m uint8) uint8 {
	w := toks[i].Lower
	if m&(1<<listRefute) != 0 {
		switch {
		case refutingAdjectives[w] && qualifiesThing(text, toks, i):
			return 1 << listRefute
		case strings.HasSuffix(strings.TrimSuffix(w, "s"), "er") && len(w) >= 6:
			return 1 << listRefute // prankster, hoaxer
		case (w == "turns" || w == "turned" || w == "turn") && i+1 < len(toks) && toks[i+1].Lower == "out":
			return 1 << listRefute
		}
	}
	if m&(1<<listNegation) == 0 || m&winRefute != 0 || (w != "not" && w != "n't" && w != "never") {
		return 0
	}
	// The word the negation follows, skipping an auxiliary ("did not", "does n't").
	k := i - 1
	if k >= 0 && auxiliaries[toks[k].Lower] && !opens(text, toks, k) {
		k--
	}
	switch {
	case w != "never" && i > 0 && toks[i-1].Lower == "do" && opens(text, toks, i-1),
		// Don't forget, Do not reset
		i > 0 && (toks[i-1].Lower == "you'll" || toks[i-1].Lower == "you'd"),
		// You'll never guess
		i > 1 && toks[i-2].Lower == "you" && modals[toks[i-1].Lower],
		// you won't believe, you can't
		k >= 0 && (toks[k].Lower == "and" || toks[k].Lower == "but" || subordinators[toks[k].Lower]),
		// ... but did not tell
		strings.Contains(gap(text, toks, k+1), "&"):
		// ... & doesn't spend
		return 1 << listNegation
	}
	return 0
}

var auxiliaries = map[string]bool{"do": true, "does": true, "did": true, "has": true, "have": true,
	"had": true, "is": true, "was": true, "are": true, "were": true}

var modals = map[string]bool{"will": true, "would": true, "can": true, "could": true}

// gap returns the text between toks[i-1] (or the start) and toks[i].
func gap(text string, toks []Token, i int) string {
	if i == 0 {
		return text[:toks[0].Start]
	}
	return text[toks[i-1].End:toks[i].Start]
}

// opens reports whether toks[i] opens the claim or a clause of it: it is the first word or
// follows a stop, colon, semicolon, dash or quotation mark.
func opens(text string, toks []Token, i int) bool {
	return i == 0 || strings.ContainsAny(gap(text, toks, i), ".:;!?—–\"“”‘'")
}

// qualifiesThing reports whether the refuting adjective toks[i] stands before a noun, with
// nothing between, and the words up to the noun's end name no account (accountNouns) and
// refute nothing: "fake passports", not "fake news story", "fake death hoax" or "is fake";
// nor a noun phrase that is the whole claim ("A bogus Banksy"), which says it is false.
func qualifiesThing(text string, toks []Token, i int) bool {
	j := i + 1
	for ; j < len(toks) && strings.TrimSpace(gap(text, toks, j)) == "" && toks[j].Weight > 0; j++ {
		if accountNouns[toks[j].Lower] || toks[j].starts&(1<<listRefute) != 0 {
			return false
		}
	}
	if j == len(toks) && !slices.ContainsFunc(toks[:i], func(t Token) bool { return t.Weight > 0 }) {
		return false
	}
	return j > i+1
}

var subordinators = map[string]bool{"after": true, "because": true, "who": true, "since": true, "unless": true, "when": true, "while": true, "with": true, "for": true}
