package claims

// Finding the source left of a cue: the noun phrase, its appositives, titles and asides,
// and a clause's subject.

import "strings"

// skipBack returns the index of the token before cue at k, skipping adverbs and auxiliaries
// ("has also said", "immediately rejected").
func (x *extractor) skipBack(s rng, k int) int {
	j := k - 1
	for {
		for j >= s.a && x.toks[j].kind == tWord && !x.toks[j].upper && (x.is(j, cSkipBeforeCue) && !x.onlyAdjective(j) || isLyAdverb(x.toks[j].low)) {
			j--
		}
		// "Carson, Fiorina and Huckabee have all characterized", "Trump and Sanders have both
		// argued": a quantifier floated off the mention before it.
		if w := x.word(j); (w == "both" || w == "all" || w == "each") && j-1 >= s.a && !x.toks[j].upper && x.floatsOff(j-1) {
			j--
			continue
		}
		// "The ministry on Tuesday said", "Ortiz last week said".
		if j-1 >= s.a && (x.is(j, cWeekday) && (x.word(j-1) == "on" || x.word(j-1) == "last")) {
			j -= 2
			continue
		}
		// "Spicer on Thursday evening urged", "Priebus later Thursday told", "Broaddrick Sunday
		// night recounted": a weekday with a part of the day, or after "earlier" or "later".
		if q := j; q-1 >= s.a {
			if x.is(q-1, cWeekday) && dayParts.has(x.word(q)) {
				q--
			}
			if p := q - 1; x.is(q, cWeekday) && x.toks[q].upper && p >= s.a && (q < j || x.word(p) == "earlier" || x.word(p) == "later") {
				if w := x.word(p); (w == "on" || w == "earlier" || w == "later") && !x.toks[p].upper {
					p--
				}
				j = p
				continue
			}
		}
		if p := x.dateBefore(s, j); p >= 0 && !strings.HasSuffix(x.word(k), "ing") {
			j = p // "Shekau in August announced", "The chief on Oct. 17 announced"
			continue
		}
		if j-1 >= s.a && (x.word(j-1) == "last" || x.word(j-1) == "this") && x.is(j, cTimeNoun) {
			j -= 2
			continue
		}
		// "Britain and France in particular feared", "Lobbyists in general prefer".
		if j-1 >= s.a && x.word(j-1) == "in" && inPhrases.has(x.word(j)) && !x.toks[j-1].upper {
			j -= 2
			continue
		}
		// "U.S. officials Tuesday expressed fears", "Nigerian officials Friday announced": a
		// bare weekday right after the speaker's noun dates the cue, not the speaker (PolNeAR
		// leaves it out of the source: "The leading Republican candidates for president
		// Thursday lashed out at"); a participle or a poll it dates keeps it ("A poll released
		// Monday showed", timeAfter), and so does a name that holds it ("Super Tuesday").
		if j-1 >= s.a && x.todayAfterSpeaker(j) {
			j-- // "Tayyip Erdogan today said", "Scotland Yard today refused"
			continue
		}
		if j-1 >= s.a && x.is(j, cWeekday) && x.toks[j].upper && x.bareNounBefore(j) {
			j--
			continue
		}
		// "Clinton yesterday said"; but a "today" before the cue stays in the mention as
		// PolNeAR marks it ("USA TODAY reported", "The party today agrees": 8 times of 8 on
		// the training split).
		if j >= s.a && x.word(j) == "yesterday" {
			j--
			continue
		}
		if j-1 >= s.a && x.adverbOrdinal(j) {
			j-- // "Sotloff ... last tweeted", "after first backing two of his rivals"
			continue
		}
		if j == k-1 && j > s.a && strings.HasSuffix(x.word(k), "ing") && aspectVerbs.has(x.word(j)) && !x.toks[j].upper {
			j-- // "Mr. Trump has lately started asking", "she kept saying": the aspect is the cue's
			continue
		}
		if j-1 >= s.a && x.word(j) == "since" && auxiliariesSet.has(x.word(j-1)) {
			j-- // "Clinton has since apologized"
			continue
		}
		if j-1 >= s.a && x.word(j) == "far" && (x.word(j-1) == "so" || x.word(j-1) == "thus") {
			j -= 2 // "No one has so far claimed"
			continue
		}
		// "Gowdy earlier in the day touted", "but in a later interview said".
		if j-3 >= s.a && x.is(j, cTimeNoun) && x.word(j-1) == "the" && x.word(j-2) == "in" && (x.word(j-3) == "earlier" || x.word(j-3) == "later") {
			j -= 4
			continue
		}
		// "Sanders in the past criticized", "Trump in recent weeks has said".
		if w := x.word(j); j-2 >= s.a && !x.toks[j].upper && (w == "past" || x.is(j, cTimeNounForm)) {
			p := j - 1
			for p > s.a && p > j-4 && pastWords.has(x.word(p)) {
				p--
			}
			if w := x.word(p); (w == "in" || w == "over") && !x.toks[p].upper && p < j-1 {
				j = p - 1
				continue
			}
		}
		if j-2 >= s.a && x.is(j, cMedium) && !x.toks[j].upper {
			p := j - 1
			// a name or a weekday may say which: "in a Medium post", "in a Friday tweet"
			for p > s.a && p > j-4 && x.isWord(p) && (!x.toks[p].upper || x.is(p, cWeekday) || x.word(p-1) == "a") && (npDeterminersSet.has(x.word(p)) || !x.is(p, cFunction) && !x.is(p, cPreposition) && !isCueForm(x.word(p))) {
				p--
			}
			if (x.word(p) == "in" || x.word(p) == "during") && !x.toks[p].upper && p < j-1 && x.word(p+1) != "the" {
				j = p - 1 // but "A footnote in the report makes that clear"
				continue
			}
		}
		// "He however, added", "He, however, said".
		if j-1 >= s.a && x.word(j) == "," && parenthetical.has(x.word(j-1)) {
			j -= 2
			if j >= s.a && x.word(j) == "," {
				j--
			}
			continue
		}
		// "he, once again, pledged", "Trump, for his part, said": a short aside of lower-case
		// words between commas after a pronoun or a name.
		if x.word(j) == "," && j-2 > s.a {
			p := j - 1
			for p > s.a && p > j-5 && x.isWord(p) && !x.toks[p].upper && !x.verbLike(p) && !isCueForm(x.word(p)) && !isDeterminer(x.word(p)) && !x.ageBefore(j) && !titleWordsSet.has(x.word(p)) {
				// not an appositive: "Cernech, the city manager, said", "Amy Pope, deputy
				// security adviser, said" keep it; nor an age: "Fiorina, 61, said"
				p--
			}
			if possessivePronounsSet.has(x.word(p + 1)) {
				p = j // "Hicks, his spokeswoman, added": an appositive ("Sanders, to his credit, refuses" is an aside)
			}
			aside := j-p == 3 && (x.word(p+1) == "for" && (x.word(p+2) == "example" || x.word(p+2) == "instance") || x.word(p+1) == "in" && x.word(p+2) == "fact" || x.word(p+1) == "of" && x.word(p+2) == "course")
			// Nor is a predicate an aside: "The race, which began in May, will be close, said".
			if p < j-1 && x.word(p) == "," && p-1 >= s.a && x.word(p-2) != "," && !x.predicateOpens(p+1) && (x.toks[p-1].upper || pronounKind[x.word(p-1)] != "" || aside && x.isWord(p-1)) {
				j = p - 1
				continue
			}
		}
		return j
	}
}

// dateBefore returns the index of the token before a date that ends at j and opens with
// "in" or "on": a month's name, with a day or a year after it ("in August", "on Oct. 17",
// "in May 2012"), or a year alone ("in 2012"); else -1.
func (x *extractor) dateBefore(s rng, j int) int {
	if j < s.a+2 {
		return -1 // no room for a subject and "in"
	}
	q := j
	if w := x.word(q); w != "" && isDigitByte(w[0]) {
		q--
		if x.word(q) == "." {
			q-- // "Oct. 17"
		}
	}
	if !x.toks[q].upper || monthNumber(x.word(q)) == 0 {
		if !yearLike(x.word(j)) {
			return -1
		}
		q = j // "in 2012": the year alone
	}
	if p := q - 1; p-1 >= s.a && (x.word(p) == "in" || x.word(p) == "on") && !x.toks[p].upper && !x.dateModifies(s, p) {
		return p - 1
	}
	return -1
}

// dateModifies reports whether the date after the preposition at p belongs to the phrase
// before it rather than to the cue: a record's ("A CNN poll in January shows", "a survey by
// the group in March found") or a participle's ("Democrats trying to win the Senate in
// November say"). The phrase is read back to a comma, at most eight words.
func (x *extractor) dateModifies(s rng, p int) bool {
	for k := p - 1; k >= s.a && k >= p-8 && x.word(k) != ","; k-- {
		w := x.word(k)
		if pollHeads.has(w) || evidenceNouns.has(w) || recordNounsSet.has(w) || !x.toks[k].upper && (strings.HasSuffix(w, "ing") || x.verbLike(k)) {
			return true
		}
	}
	return false
}

// yearLike reports whether w is a year written in four digits: "2012".
func yearLike(w string) bool {
	if len(w) != 4 || w[0] != '1' && w[0] != '2' {
		return false
	}
	for i := 0; i < 4; i++ {
		if !isDigitByte(w[i]) {
			return false
		}
	}
	return true
}

// floatsOff reports whether token k, right before "both", "all" or "each", ends a mention or
// is an auxiliary after one, so that the quantifier floats off it: "they all", "Cruz and
// Rubio have both", but not "and all", "of all".
func (x *extractor) floatsOff(k int) bool {
	if x.word(k) == ")" {
		return true
	}
	if !x.isWord(k) {
		return false
	}
	w := x.word(k)
	if skipBeforeCueSet.has(w) || subjectPronounsSet.has(w) {
		return true
	}
	return !functionWordsSet.has(w) && !prepositionsSet.has(w) && w != "and" && w != "or" && w != "but" && !isDeterminer(w) && !isCueForm(w)
}

// timePreps open a time adverbial: "on Monday", "in 2019", "since March".
var timePreps = wordSetOf([]string{"on", "in", "since", "until", "by", "during", "at"})

// inAdverbials make an adverbial with "in" that may run into the subject without a comma:
// "In response Smith said", "in return Islamabad has offered".
var inAdverbials = wordSetOf([]string{"response", "return", "turn", "fact", "addition", "particular", "short", "total", "general", "contrast", "reality", "truth", "sum", "effect", "exchange", "reply", "private", "public", "essence", "practice", "theory", "principle"})

// goOnVerbs go on with or try what their infinitive reports: "continued to insist", "tried
// to defend".
var goOnVerbs = wordSetOf([]string{"continued", "continues", "continue", "continuing", "tried", "tries", "try", "trying"})

// goOnBefore returns the index of the verb of "continued to", "tried to" or "went on to",
// or of "was quick to", "eager to" or "more likely to", right before the infinitive at k,
// or -1.
func (x *extractor) goOnBefore(k int) int {
	if k < 3 || x.word(k-1) != "to" {
		return -1
	}
	if v := k - 2; goOnVerbs.has(x.word(v)) && !x.toks[v].upper {
		return v
	}
	if v := k - 2; (x.word(v) == "quick" || x.word(v) == "eager" || x.word(v) == "likely" || x.word(v) == "unlikely") && !x.toks[v].upper {
		for gradeWords.has(x.word(v-1)) || x.word(v-1) == "slightly" || x.word(v-1) == "much" {
			v-- // "were slightly more likely to say"
		}
		if w := x.word(v - 1); beFormsSet.has(w) || hasSyn(cueSensesOf(w), synSeem) {
			v-- // "Sexton was quick to point out that ...", "voters appeared more likely to describe"
		}
		return v
	}
	if v := k - 3; x.word(k-2) == "on" && (x.word(v) == "went" || x.word(v) == "goes" || x.word(v) == "go") && !x.toks[v].upper {
		return v
	}
	return x.platformBefore(k)
}

// platformVerbs take a platform to speak from, with the word that must follow them: "took to
// Twitter", "appeared on Fox News", "went on CNN", "came on the show", "used his speech",
// "held a press call", "visited NBC's “Today”". An empty word is any.
var platformVerbs = map[string][]string{
	"took": {"to", "the"}, "take": {"to", "the"}, "takes": {"to", "the"}, "taking": {"to", "the"},
	"appeared": {"on", "before", "at"}, "appears": {"on", "before", "at"}, "appear": {"on", "before", "at"}, "appearing": {"on", "before", "at"},
	"went": {"on"}, "goes": {"on"}, "go": {"on"}, "going": {"on"},
	"came": {"on"}, "comes": {"on"}, "come": {"on"}, "coming": {"on"},
	"used": possessiveWords, "uses": possessiveWords, "use": possessiveWords, "using": possessiveWords,
	"held": {"a", "an"}, "holds": {"a", "an"}, "hold": {"a", "an"}, "holding": {"a", "an"},
	"visited": {""},
}

// believeVerb reports whether the word at k is a verb of belief or sight, in the lexicon or
// in its base form: "visited the court to view the casket" is no speech.
func (x *extractor) believeVerb(k int) bool {
	w := x.word(k)
	for _, sn := range cueSensesOf(w) {
		if sn.class == CueBelieve {
			return true
		}
	}
	sn, ok := baseCue(w)
	return ok && sn.class == CueBelieve
}

// platformTo reports whether w is a verb of platformVerbs that "to" follows: "took to".
func platformTo(w string) bool {
	for _, a := range platformVerbs[w] {
		if a == "to" {
			return true
		}
	}
	return false
}

// platformBefore returns the index of a verb of platformVerbs whose purpose is the infinitive
// at k, within 12 words and no punctuation but quotation marks before its "to": "Lanny Davis
// appeared on “Fox & Friends” to defend her", "Ramos used his acceptance speech to call for
// the resignation of ...", "Trump took to Twitter early Wednesday to deny ...": PolNeAR marks
// the speech so taken up, the subject its source. A "stage" taken is the platform ("took the
// stage Tuesday night to acknowledge"), nothing else taken ("took the oath to defend"); "went
// on to" is goOnBefore's; the purpose is no other infinitive's ("visits to persuade them to
// request") nor a verb of belief. -1 when there is none.
func (x *extractor) platformBefore(k int) int {
	if k < 3 || x.word(k-1) != "to" {
		return -1
	}
	for v := k - 2; v >= 0 && v >= k-13; v-- {
		t := x.toks[v]
		if t.kind != tWord && !x.isOpenQuote(v) && !x.isCloseQuote(v) || t.low == "to" && !platformTo(x.word(v-1)) {
			return -1 // "went on to criticize X for its failure to mention": the purpose is another verb's
		}
		if after, ok := platformVerbs[t.low]; ok && !t.upper && v+1 < k-1 {
			n := x.word(v + 1)
			for _, a := range after {
				if (a == "" || n == a && (a != "the" || x.word(v+2) == "stage") && (a != "on" || v+2 < k-1)) && !x.believeVerb(k) {
					return v
				}
			}
			return -1
		}
		if x.isSentenceStart(v) {
			return -1
		}
	}
	return -1
}

// baseCue returns the sense of a cue verb given in its base form, "refute", "rebut",
// "promote", from the forms the lexicon lists ("refuted", "rebuts", "promoted").
func baseCue(w string) (cueSense, bool) {
	for _, f := range [...]string{w + "s", w + "es", w + "ed", w + "d", strings.TrimSuffix(w, "y") + "ied"} {
		for _, sn := range cueSensesOf(f) {
			if sn.syn == synVerb || sn.syn == synObject {
				return sn, true
			}
		}
	}
	return cueSense{}, false
}

// aspectVerbs begin, go on with or end what a participle cue reports: "started asking".
var aspectVerbs = wordSetOf([]string{"started", "starts", "start", "began", "begins", "begin", "begun", "kept", "keeps", "keep", "stopped", "stops"})

// gradeWords grade an adjective or adverb: "more likely", "most recently".
var gradeWords = wordSetOf([]string{"more", "most", "less", "least"})

// pastWords open a span of past time: "in the past", "over the last two weeks".
var pastWords = wordSetOf([]string{"the", "past", "recent", "last", "few", "several", "two", "three"})

var parenthetical = wordSetOf([]string{"however", "though", "too", "meanwhile", "instead", "moreover", "also", "nevertheless", "nonetheless", "furthermore", "then"})

// onlyAdjective reports whether the "only" at token j qualifies the noun after it ("The only
// hope", "the government's only hope"), not the verb ("would only say", "Rubio only
// briefly explained").
func (x *extractor) onlyAdjective(j int) bool {
	if x.toks[j].low != "only" || j == 0 {
		return false
	}
	w := x.word(j - 1)
	return isDeterminer(w) || possessivesSet.has(w) || w == "'s" || w == "’s"
}

// openingAdverb reports whether np is a lone adverb that opens the sentence before a comma,
// no name: "Separately,", "Meanwhile,"; but "Kelly," and "Beverly," are given names, so an
// adverb in -ly only with the ending of one made from an adjective.
func (x *extractor) openingAdverb(s, np rng) bool {
	if np.empty() || np.b != np.a+1 || np.a != s.a {
		return false
	}
	w := x.word(np.a)
	if parenthetical.has(w) {
		return true
	}
	if len(w) < 7 || !isLyAdverb(w) {
		return false
	}
	for _, e := range adverbEndings {
		if strings.HasSuffix(w, e) {
			return true
		}
	}
	return false
}

// openingPhrase reports whether np, before the comma at p, is the object of a preposition
// that opens the sentence ("In January,", "In a 2012 message to Clinton,", "In addition to
// Mr. Lopez,"): an adverbial, no name; but not before a state's abbreviation ("In Alexandria,
// Va., Lazar said").
func (x *extractor) openingPhrase(s, np rng, p int) bool {
	if np.empty() || np.a-1 != s.a || !x.toks[s.a].upper || !x.is(s.a, cPreposition) {
		return false
	}
	for k := p + 1; k < p+4 && k < len(x.toks); k++ {
		if w := x.word(k); w == "," {
			return !strings.HasSuffix(x.word(k-1), ".") // "Va.,"
		} else if !x.toks[k].upper && w != "." {
			break
		}
	}
	return true
}

// adverbEndings end adverbs made from adjectives and participles: "additionally",
// "separately", "recently", "previously", "reportedly", "similarly".
var adverbEndings = []string{"ally", "ately", "ntly", "ously", "ively", "edly", "ctly", "rtly", "arly"}

func isLyAdverb(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ly") && w != "only" && !lyNouns.has(w)
}

// lyNouns are words in -ly that are no adverbs: "The assembly criticized", "the family said".
var lyNouns = wordSetOf([]string{"family", "italy", "ally", "rally", "assembly", "supply", "reply", "apply", "comply", "imply", "rely", "monopoly", "anomaly", "butterfly", "homily", "july", "belly", "bully", "jelly", "folly", "lily", "holly", "melancholy", "multiply", "firefly"})

// sourceLeft returns the source mention ending just before the cue at k (after adverbs and
// auxiliaries), or noRng.
func (x *extractor) sourceLeft(s rng, k int) rng {
	if r := x.perceivedSpeaker(s, k); !r.empty() {
		return r
	}
	return x.possessedBodyName(s, x.pastOpeningParticiple(x.sourceLeftOf(s, k)))
}

// adverbOrdinal reports whether the word at j is "first" or "last" standing as an adverb
// before a verb, with no determiner or possessive to make it a noun: "Sotloff ... last
// tweeted", "after first backing two of his rivals"; not "The last said", "A third said".
func (x *extractor) adverbOrdinal(j int) bool {
	w, p := x.word(j), x.word(j-1)
	return (w == "first" || w == "last") && x.isWord(j) && !x.toks[j].upper && !isDeterminer(p) && !possessivesSet.has(p) && p != "'s" && p != "’s" && !isDigitByte(p[0])
}

// possessedBodyName returns the name of a body or a person r belongs to when r is a name
// right after a name's possessive, whole: "the International Centre for the Study of
// Radicalisation at King's College London" for "College London", "Commander Richard Walton
// of the London Metropolitan Police's Counter Terrorism Command" for "Counter Terrorism
// Command". The name before runs back over capitalised words, "'s", "the" before a capital
// and "of", "for" or "at" after one; it needs one such link, "for" and "at" after a body's
// or a place's head ("Centre for", "Radicalisation at" after "Study of"), so "On Monday at
// Obama's White House" is left alone. r otherwise.
func (x *extractor) possessedBodyName(s, r rng) rng {
	if r.empty() || r.a-2 < s.a || !x.toks[r.a].upper || !isPossessiveMark(x.word(r.a-1)) || !x.isWord(r.a-2) || !x.toks[r.a-2].upper {
		return r
	}
	a, heads, links := r.a-1, 0, 0
	for k := a - 1; k >= s.a && x.nameChainWord(s, k); k-- {
		if w := x.word(k); w == "of" || w == "for" || w == "at" {
			links++
			if h := x.word(k - 1); orgWordsSet.has(h) || placeHeads.has(h) {
				heads++
			}
		}
		a = k
	}
	for a < r.a && !x.toks[a].upper {
		a++ // a name opens with a capital, after its "the"
	}
	if links == 0 || heads == 0 && !x.is(a, cTitle) {
		return r // "On Monday at Obama's White House Press Secretary Josh Earnest said"
	}
	if a-1 >= s.a && x.word(a-1) == "the" {
		a--
	}
	return rng{a, r.b}
}

// nameChainWord reports whether the word at k belongs to a name that runs on to a
// possessive after it (see [extractor.possessedBodyName]): a capitalised word that is no
// preposition or time, "'s" or "of" after a capital, "for" and "at" after a capital and
// "the" before one.
func (x *extractor) nameChainWord(s rng, k int) bool {
	if !x.isWord(k) {
		return false
	}
	w := x.word(k)
	upperBefore := k-1 >= s.a && x.isWord(k-1) && x.toks[k-1].upper
	switch {
	case x.toks[k].upper:
		return !x.is(k, cPreposition|cWeekday|cMonth) && !timeNounSet.has(w)
	case isPossessiveMark(w) || w == "of" || w == "for" || w == "at":
		return upperBefore
	}
	return w == "the" && x.toks[k+1].upper
}

// isPossessiveMark reports whether w is the possessive "'s" or "’s".
func isPossessiveMark(w string) bool { return w == "'s" || w == "’s" }

// perceiveVerbs take an object and a bare infinitive, the object its subject: "heard him
// say", "saw the officer deny", "made her admit".
var perceiveVerbs = wordSetOf([]string{"hear", "hears", "heard", "hearing", "see", "sees", "saw", "seen", "seeing", "watch", "watches", "watched", "watching", "make", "makes", "made", "making", "let", "lets", "letting"})

// perceivedSpeaker returns the object of a verb of perception or of making right before a
// bare cue, the one who speaks: "They heard him say the plan was dead" (the source had been
// "They"), "Witnesses heard the officer say that" (had been "Witnesses heard the officer").
// noRng when the cue is no bare form or no such verb is before its subject.
func (x *extractor) perceivedSpeaker(s rng, k int) rng {
	if !bareSpeechVerbs.has(x.word(k)) || x.toks[k].upper {
		return noRng
	}
	j := x.skipBack(s, k)
	for p := j; p > s.a && p > j-6; p-- {
		if !x.isWord(p) || x.is(p, cPreposition) {
			return noRng // "Friends who have seen him on the trail say"
		}
		if v := x.word(p - 1); perceiveVerbs.has(v) && !x.toks[p-1].upper {
			// The verb of perception has a subject of its own, and says the speech
			// happened: not "hearing him say it gives ...", "to see him say", "you'll never
			// hear me say", "will make him admit", nor "Friends who have seen him say".
			if before := x.word(p - 2); strings.HasSuffix(v, "ing") || before == "to" || before == "never" || before == "not" || before == "n't" || baseModals.has(before) || strings.HasSuffix(before, "'ll") || strings.HasSuffix(before, "’ll") || relativeWords.has(x.word(x.skipBack(s, p-1))) {
				return noRng
			}
			if np := x.npForward(s, p); np.a == p && np.b == j+1 {
				return np
			}
			return noRng
		}
	}
	return noRng
}

// bareSpeechVerbs are the bare infinitives of speech a verb of perception or of making takes
// ("heard him say", "made her admit"); not "know", "feel" or "think", whose subject there is
// no speaker of a claim ("let police know", "makes me feel").
var bareSpeechVerbs = wordSetOf([]string{"say", "tell", "admit", "deny", "declare", "announce", "insist", "explain", "confess", "acknowledge", "concede", "promise", "warn", "complain", "state", "argue", "predict", "shout", "yell", "scream", "threaten"})

// pastOpeningParticiple drops from mention r the participle phrase that opens it with its
// comma: "Speaking to Mashable, a WHO spokesperson said", "Making her way around the room,
// Clinton and her husband thanked", "Reached by phone on Monday, the mayor said". The
// participle is capitalised and followed by an object, a determiner or a preposition (not
// "Playing Field Promotions", "Nursing student Jane Roe"); a past one by a preposition.
func (x *extractor) pastOpeningParticiple(r rng) rng {
	if r.b-r.a < 4 || !x.toks[r.a].upper || x.toks[r.a+1].upper || !x.isWord(r.a+1) {
		return r
	}
	if !(x.capitalParticiple(r.a) && x.opensPredicate(r.a+1) || x.capitalPassive(r.a)) {
		return r
	}
	for p := r.a + 2; p < r.b-1 && p < r.a+14; p++ {
		if x.word(p) == "," {
			return rng{p + 1, r.b}
		}
		if !x.isWord(p) {
			break
		}
	}
	return r
}

// capitalPassive reports whether token k opens its sentence with a past participle and a
// preposition after it, a passive clause before the subject: "Reached for comment by The
// Huffington Post on Wednesday, an AutoNation spokesman denied", "Interviewed on Fox News,
// the senator said" (the source had been the whole, named "Wednesday" and "Interviewed on
// Fox News").
func (x *extractor) capitalPassive(k int) bool {
	w := x.word(k)
	return x.isSentenceStart(k) && len(w) > 4 && (strings.HasSuffix(w, "ed") || pastParticiples.has(w)) && x.is(k+1, cPreposition) && !x.toks[k+1].upper
}

// capitalParticiple reports whether token k is a capitalised word in "-ing" of six letters or
// more: "Speaking", "Talking".
func (x *extractor) capitalParticiple(k int) bool {
	w := x.word(k)
	return x.isWord(k) && len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns.has(w)
}

// sourceLeftOf returns the source that ends before the cue at k (see sourceLeft).
func (x *extractor) sourceLeftOf(s rng, k int) rng {
	j := x.skipBack(s, k)
	if r := x.evidenceOut(s, j); !r.empty() {
		return r // "A State poll out this week shows", "Polls there show"
	}
	j = x.beforeParenthesis(s, j)
	if j >= s.a && x.relativeSourceAt(s, j, k) {
		return x.relativePronounSource(s, j, k)
	}
	if x.word(j) == "whom" && j-2 >= s.a && x.word(j-1) == "of" && x.isWord(j-2) && !x.toks[j-2].upper {
		return rng{j - 2, j + 1} // "Rubio and Manchin, all of whom opposed the Iran deal"
	}
	if r := x.dashedSource(s, j); !r.empty() {
		return r
	}
	if qi, ok := x.quoteCloseAt(j); ok && j > s.a && x.word(j-1) == "," && x.quotes[qi].open > s.a && x.words(x.quotes[qi].open, j) <= 5 && x.titleCase(x.quotes[qi]) {
		// "Washington, star of television’s “Scandal,” thanked Obama": the appositive's comma
		// is inside the title's quote.
		if r := x.appositive(s, j); !r.empty() {
			return rng{r.a, j + 1}
		}
		return noRng
	}
	if j >= s.a && x.word(j) == "," {
		return x.sourceBeforeComma(s, j, k)
	}
	return x.sourceNPBefore(s, j)
}

// beforeParenthesis returns the token before a parenthesis that ends at j, right before
// the cue, which belongs to the mention: "Mike Pence (R-IN) said". It returns j when there
// is none.
func (x *extractor) beforeParenthesis(s rng, j int) int {
	if j >= s.a && x.word(j) == ")" {
		p := j
		for p >= s.a && p > j-24 && x.word(p) != "(" && (x.word(p) != ")" || p == j) {
			p--
		}
		if p >= s.a && x.word(p) == "(" {
			j = p - 1
		}
	}
	return j
}

// relativeSourceAt reports whether the relative pronoun at j is the source, as PolNeAR
// annotates it: "voters who said", and "the board, which ruled that ..." as much as "Smith,
// who said" (on its training split 80 sources are "which", none of them found before). But
// "..., which explains why ..." goes back to the whole clause, not to a speaker, and the
// "that" of "the fact that in 2019 Jones said" is a conjunction.
func (x *extractor) relativeSourceAt(s rng, j, k int) bool {
	w := x.word(j)
	return w == "who" || (w == "that" || w == "which") && j > s.a && (x.isWord(j-1) && !x.is(j-1, cFunction) && !isCueForm(x.word(j-1)) && !(w == "that" && x.word(j-1) == "fact") || w == "which" && x.word(j-1) == "," && !whWord.has(x.word(k+1)))
}

// relativePronounSource returns the source of a cue after the relative pronoun at j: the
// pronoun ("voters who said ...", "water bottles that said ..."), the publisher a record
// speaks for, or the record itself.
func (x *extractor) relativePronounSource(s rng, j, k int) rng {
	w := x.word(j)
	if w != "who" && !x.reportCue(k) {
		// "Trump released a video that said ...": the video speaks for him; but "released a
		// video that showed ...": the video is the evidence.
		if src := x.publisher(s, j); !src.empty() {
			return src
		}
	}
	// "voters who said ...", "water bottles that said ...": the relative pronoun; so is a
	// "which" after a comma before a past tense or a verb of stance ("the union, which
	// endorsed Mr. Sanders in December,"), but not a "which" of the whole clause before a
	// present tense ("run by pranksters, which perhaps explains why ...").
	if prev := x.word(j - 1); w != "who" && x.reportCue(k) && !weekdaysSet.has(prev) && !monthsSet.has(prev) && !timeNounSet.has(prev) {
		if r := x.recordBeforeRelative(s, j); !r.empty() {
			return r
		}
	}
	return rng{j, j + 1}
}

// recordBeforeRelative returns the record before the relative pronoun at j that reports,
// from its determiner or name on: "a 2014 paper that found ...", "autographed a picture that
// showed ..."; but "released a video on Thursday that showed" keeps the pronoun, as the
// clause's object. noRng otherwise.
func (x *extractor) recordBeforeRelative(s rng, j int) rng {
	np := x.npBack(s, j, false)
	if np.empty() {
		return noRng
	}
	a := -1
	for p := np.b - 1; p >= np.a && !x.verbLike(p) && !sourcePrepositionsSet.has(x.word(p)); p-- {
		if n := x.word(p); npDeterminersSet.has(n) || x.toks[p].upper || n != "" && isDigitByte(n[0]) {
			a = p
		}
	}
	if a >= 0 {
		return rng{a, np.b}
	}
	return noRng
}

// dashedSource returns the mention before an aside between dashes that ends at j: "A
// former candidate -- John McCain, who lost in 2008 -- said", and with a hyphen between
// spaces as the dash: "Deborah Reynolds - his girlfriend - told The Post". noRng otherwise.
func (x *extractor) dashedSource(s rng, j int) rng {
	if !(j-1 > s.a && (isDash(x.word(j)) || x.word(j) == "-" && (x.word(j-1) == "-" || x.spacedHyphen(j)))) {
		return noRng
	}
	d := j
	if x.word(j) == "-" && x.word(j-1) == "-" {
		d = j - 1
	}
	for p := d - 1; p > s.a && p > d-30; p-- {
		if isDash(x.word(p)) || x.word(p) == "-" && (x.word(p-1) == "-" || x.spacedHyphen(p)) {
			e := p
			if x.word(p) == "-" && x.word(p-1) == "-" {
				e = p - 1
			}
			if np := x.npBack(s, e, false); !np.empty() {
				return rng{np.a, d}
			}
			break
		}
	}
	return noRng
}

// sourceBeforeComma returns the source of a cue after the comma at j: a relative clause
// before an aside, an appositive or relative clause between the name and the cue ("Marley
// Anderson, 21, a junior from Las Vegas, said", "Dorothy Poynter, who grew up with Ali,
// said"), a parenthesis, a share in an appositive, or the subject that leads the sentence.
func (x *extractor) sourceBeforeComma(s rng, j, k int) rng {
	if r := x.relativeBeforeAside(s, j); !r.empty() {
		return r
	}
	if r := x.appositive(s, j); !r.empty() {
		return x.leadingDescription(s, r)
	}
	if x.word(j-1) == ")" {
		return x.sourceLeft(s, j) // "Sen. Jack Reed (D-R.I.), said"
	}
	if r := x.shareAppositive(s, j); !r.empty() {
		return r
	}
	lead := x.leadSubject(s, j, k)
	if !lead.empty() && lead.b == j-2 && x.ageBefore(j) {
		lead.b = j // "Fiorina, 61, said": the age belongs to the mention
	}
	return lead
}

// shareAppositive returns the mention of a group with a share in an appositive that ends
// at the comma at j: "A third of independents, 33%, say". noRng otherwise.
func (x *extractor) shareAppositive(s rng, j int) rng {
	if p := j - 1; x.percentAt(p) || x.word(p) == "percent" {
		for p > s.a && p > j-5 && x.word(p-1) != "," {
			p--
		}
		if x.word(p-1) == "," {
			if np := x.npBack(s, p-1, false); !np.empty() {
				return rng{np.a, j}
			}
		}
	}
	return noRng
}

// sourceNPBefore returns the source of a cue whose mention is the noun phrase that ends at
// j, or the subject that a relative clause, a participle, a record or an adverbial in that
// noun phrase leads back to.
func (x *extractor) sourceNPBefore(s rng, j int) rng {
	end := j + 1
	np := x.npBack(s, end, false)
	if np.empty() {
		return x.sourceWithoutNP(s, end)
	}
	np = x.pastOpeningAdverbial(s, np, end)
	np.a = x.contactClauseStart(np.a, np.b) // "exactly the kind of liberal jurist many Republicans fear"
	if r := x.listSubject(s, np); !r.empty() {
		return r // "Labor unions, environmental groups and many Democratic lawmakers say"
	}
	if np.a-1 <= s.a {
		return np
	}
	if !x.toks[np.a].upper && (x.verbLike(np.a) || irregularPastSet.has(x.word(np.a)) || np.b-np.a == 1 && strings.HasSuffix(x.word(np.a), "ed") || x.word(np.a-1) == "who" && !subjectPronounsSet.has(x.word(np.a))) {
		if r := x.whoHeadSource(s, np, end); !r.empty() {
			return r
		}
	}
	if w := x.word(np.a); (w == "a" || w == "an" || x.lowerTitle(np)) && x.word(np.a-1) == "," && np.a-2 > s.a && x.personDescription(np) {
		if r := x.nameBeforeUnclosed(s, np); !r.empty() {
			return r
		}
	}
	if x.is(np.a-1, cPreposition) && !x.toks[np.a-1].upper {
		// "Georgy Myakinkin, 31, who works at the airport in the city of St Petersburg in
		// north-western Russia said": the place ends a relative clause whose comma is missing.
		if r := x.unclosedWhoSource(s, np.a-1, end); !r.empty() {
			return r
		}
	}
	if r := x.unclosedDescription(s, np.a, end); !r.empty() {
		return r // "Lopa Blumenthal, the attorney for the man who recorded the gunfire said"
	}
	if r := x.agedFromPlace(s, np, end); !r.empty() {
		return r // "Tan Shen, 26, of Chengdu said"
	}
	if x.is(np.b-1, cTimeNounForm) && !x.toks[np.b-1].upper {
		// "A husband who thought he had lost it for more than 10 years said": a time in a
		// relative clause, not a speaker.
		if r := x.whoClauseSource(s, end); !r.empty() {
			return r
		}
	}
	if r := x.participleSubject(s, np.a, end); !r.empty() {
		return r // "Republican activists clamoring to block Donald Trump say"
	}
	if r := x.recordSubject(s, np.a, end); !r.empty() {
		return r // "its review of 41 deaths reported after vaccination in Florida found"
	}
	return x.subjectBeforeAdverbial(s, np)
}

// sourceWithoutNP returns the source of a cue with no noun phrase right before it (end is
// the cue's side): a relative clause's head, the agent of "by", a name after a long
// opening adverbial, or a subject with a participle. noRng otherwise.
func (x *extractor) sourceWithoutNP(s rng, end int) rng {
	if r := x.whoClauseSource(s, end); !r.empty() {
		return r // "Officials who spoke to reporters said", "An official who was not authorized to speak said"
	}
	if r := x.byAgentSource(s, end); !r.empty() {
		return r // "A redacted copy of the memo seen by Reuters said"
	}
	r := x.nameBefore(s, end) // a long opening adverbial: "Saturday at the party's convention Sen. Elizabeth Warren said"
	a := end
	if !r.empty() {
		a = r.a
	}
	if ps := x.participleSubject(s, a, end); !ps.empty() {
		return ps // "Republican activists clamoring to block Donald Trump from the GOP nomination say"
	}
	return r
}

// pastOpeningAdverbial drops from the noun phrase np before a cue the adverbial that
// opens it: "In response Smith said", "On Monday Jones said", "In March 2019 the ministry
// said", "Saturday at the convention Sen. Elizabeth Warren said".
func (x *extractor) pastOpeningAdverbial(s, np rng, end int) rng {
	for np.b-np.a > 1 && x.word(np.a-1) == "in" && inAdverbials.has(x.word(np.a)) {
		np.a++ // "In response Smith said", "in return Islamabad has offered": an adverbial, no mention
	}
	if timePreps.has(x.word(np.a - 1)) {
		// "On Monday Jones said", "In March 2019 the ministry said": the time ends the adverbial.
		a := np.a
		for a < np.b-1 && (x.is(a, cWeekday) || x.is(a, cMonth) || x.is(a, cTimeNoun) && a > np.a || isDigitByte(x.word(a)[0]) || x.word(a) == "a.m." || x.word(a) == "p.m.") {
			a++
		}
		if a > np.a && a < np.b && !x.is(np.b-1, cTimeNoun) {
			np.a = a
		}
	}
	if r := x.nameBefore(rng{np.a, end}, end); !r.empty() && x.opensAdverbial(np.a) {
		np = r // "Saturday at the convention Sen. Elizabeth Warren said": the name
	}
	return x.pastTimeBeforeDeterminer(np)
}

// pastTimeBeforeDeterminer starts mention np at a determiner written right after a time
// with no comma between: "Last week the US said", "In a statement on Monday the governor
// said", "Last night a Palace spokesman told". Not after a time with its own determiner,
// whose relative clause follows it ("the year the capsule was placed").
func (x *extractor) pastTimeBeforeDeterminer(np rng) rng {
	for p := np.b - 1; p > np.a; p-- {
		if w := x.word(p); p < np.b-1 && (w == "the" || w == "a" || w == "an") && (x.is(p-1, cTimeNoun) || x.is(p-1, cWeekday) || x.is(p-1, cMonth)) {
			if q := x.word(p - 2); p-2 >= np.a && (q == "the" || q == "a" || q == "an") {
				return np
			}
			return rng{p, np.b}
		}
		if x.nameAfterTime(p) {
			return rng{p, np.b}
		}
	}
	return np
}

// nameAfterTime reports whether the capitalised word at p opens a name right after a time
// with no comma between: "In a lengthy post on Wednesday Williams admitted", "Last month
// ISIS denied", "the next year Williams was claiming". Not a weekday that opens a name
// itself ("The Sunday Times reported") nor a weekday after a time ("at any time Thursday").
func (x *extractor) nameAfterTime(p int) bool {
	if !x.toks[p].upper || !x.isWord(p) || x.is(p, cWeekday) || x.is(p, cMonth) {
		return false // "did not at any time Thursday mention": a time goes on
	}
	t := p - 1
	if w := x.word(t); x.toks[t].upper || !(x.is(t, cTimeNoun) || w == "ago") {
		return x.is(t, cWeekday) && (x.word(t-1) == "on" || x.word(t-1) == "last" || x.word(t-1) == "this")
	}
	return true
}

// whoHeadSource returns the noun before "who" with its clause when the verb at the start
// of np ends a relative clause: "Democrats in Iowa who watched the Saturday debate said",
// "An official who didn't want to be named said". noRng otherwise.
func (x *extractor) whoHeadSource(s, np rng, end int) rng {
	for p := np.a - 1; p > s.a && p > np.a-16; p-- {
		if w := x.word(p); w == "who" {
			if head := x.npBack(s, p, false); !head.empty() && (x.toks[head.b-1].upper || !x.verbLike(head.b-1)) {
				return rng{head.a, end}
			}
			if head := x.namedWhoHead(s, p); !head.empty() && x.word(p-1) == "," {
				return rng{head.a, end} // "Georgy Myakinkin, 31, who works at the airport said"
			}
			if x.word(p-1) != "and" {
				break // but "who worshiped here and who didn't want to be named said"
			}
		} else if w == "," || w == "." || w == ";" || x.toks[p].kind == tQuote {
			break
		}
	}
	return noRng
}

// nameBeforeUnclosed returns the name and the appositive np after it whose closing comma
// is missing: "Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton told"; the
// name before it is the speaker's (but not "In Florida, a June poll found"). noRng
// otherwise.
func (x *extractor) nameBeforeUnclosed(s, np rng) rng {
	e := np.a - 1
	if x.word(e-1) == ")" {
		for q := e - 2; q > s.a && q > e-10; q-- {
			if x.word(q) == "(" {
				e = q
				break
			}
		}
	}
	if name := x.npBack(s, e, false); !name.empty() && x.toks[name.b-1].upper && name.a <= e && (name.a == s.a || x.word(name.a-1) == "," || x.isCloseQuote(name.a-1)) && !x.is(name.a, cPreposition) {
		return rng{name.a, np.b}
	}
	return noRng
}

// subjectBeforeAdverbial returns the subject before an adverbial whose noun phrase np is
// right before the cue: "Sanders during a Sunday rally thanked", "Beck, who has in the past
// described", "The State Department less than two weeks ago said". It returns np when
// there is none.
func (x *extractor) subjectBeforeAdverbial(s, np rng) rng {
	a := np.a
	if x.word(np.b-1) == "ago" {
		for a-1 > s.a && agoModifiers.has(x.word(a-1)) {
			a--
		}
	} else if w := x.word(a - 1); adverbialPreps.has(w) && !x.toks[a-1].upper {
		a--
	} else {
		return np
	}
	if r := x.sourceLeft(s, a); !r.empty() {
		return r
	}
	return np
}

// evidenceOut returns a poll or record with a short post-modifier that ends at j, right
// before the cue: "A State University poll out this week", "A poll out Monday", "Polls
// there". The modifier is "out" or "there" after the noun, and a time at most after it;
// the mention runs from the noun phrase's start to j and a time right after it. noRng
// otherwise.
func (x *extractor) evidenceOut(s rng, j int) rng {
	for p := j; p > s.a && p > j-4; p-- {
		w := x.word(p)
		if w != "out" && w != "there" || x.toks[p].upper {
			continue
		}
		if n := x.word(p - 1); !pollHeads.has(n) && !evidenceNouns.has(n) || !x.timeAt(p+1, j+1) {
			return noRng
		}
		if np := x.npBack(s, p, false); !np.empty() {
			return rng{np.a, x.skipTimes(j+1, s.b)} // with the time skipped before the cue: "out this week"
		}
		return noRng
	}
	return noRng
}

// leadSubject returns the subject that opens the sentence and is parted from the cue by
// asides between commas: "Some voters who have listened to his speeches, on television or at
// small events, said", "The administration, in an effort to ..., has said". The opening
// segment, up to its first comma, must be a noun phrase, with a modifier (a relative clause, a
// participle, a preposition) after its head at most; the source runs from it to the comma at
// c. noRng otherwise.
func (x *extractor) leadSubject(s rng, c, k int) rng {
	if x.participleAt(k) {
		return noRng // "..., asking Trump to ...": a participle has the main clause's subject
	}
	// "..., said Grant Green, a national security official", "..., wrote film director Osman
	// Abu Laban, ...": the speaker follows the cue; no verb comes before the next comma.
	e, name := k+1, false
	for e < s.b && x.isWord(e) {
		w := x.word(e)
		if (functionWordsSet.has(w) || prepositionsSet.has(w)) && w != "and" && w != "of" && !x.toks[e].upper {
			name = false
			break
		}
		name = name || x.toks[e].upper
		e++
	}
	if name && (x.word(e) == "," || e >= s.b-1) && !x.holdsVerb(k+1, e) {
		return noRng
	}
	a := s.a
	if w := x.word(a); x.isWord(a) && (w == "but" || w == "and" || w == "yet" || w == "so") {
		a++ // "But numerous veterans ..., said"
	}
	if w := x.word(a); x.word(a+1) == "," && x.isWord(a) && (parenthetical.has(w) || isLyAdverb(w) || w == "still" || w == "indeed") {
		a += 2 // "Indeed, proponents ..., say"
	}
	if a >= c || !x.isWord(a) || x.is(a, cPreposition) || leadingConjunctions.has(x.word(a)) || adverbialStart.has(x.word(a)) {
		return noRng
	}
	c1 := -1
	for p := a + 1; p < c && p < a+25; p++ {
		w := x.word(p)
		if w == "," {
			c1 = p
			break
		}
		if x.toks[p].kind == tQuote || w == "." && !abbreviations.has(x.word(p-1)) || w == ";" || w == ":" || w == "(" || isDash(w) {
			return noRng
		}
	}
	if c1 < 0 || c-c1 > 30 {
		return noRng
	}
	// The head noun phrase ends at the segment's end or where a modifier opens: a relative
	// pronoun, a preposition, a participle ("veterans interviewed at rallies").
	head := -1
	for e := a + 1; e <= c1; e++ {
		w := x.word(e)
		participle := x.participleAt(e) || x.verbLike(e) && (x.is(e+1, cPreposition) || x.word(e+1) == "by")
		if e == c1 || w == "who" || w == "that" || w == "which" || w == "whose" || prepositionsSet.has(w) && !x.toks[e].upper || participle {
			if np := x.npBack(s, e, false); !np.empty() && np.a == a {
				head = e
			}
			break
		}
	}
	if head < 0 || x.holdsVerb(a, head) || x.timeAt(a, head) {
		return noRng
	}
	// The asides after the segment hold no sentence end or quote; none opens with a finite
	// verb or a subordinator ("..., are difficult to prove, while others ...") or is an
	// attribution of its own ("..., Cruz said, ...").
	for p := c1 + 1; p < c; p++ {
		w := x.word(p)
		if x.toks[p].kind == tQuote || w == "." && !abbreviations.has(x.word(p-1)) && len(x.word(p-1)) > 1 || w == ";" || w == ":" {
			return noRng
		}
		if x.word(p-1) == "," && (beFormsSet.has(w) || auxiliariesSet.has(w) || subordinatorsSet.has(w) && !x.toks[p].upper) {
			return noRng
		}
		if w == "," && isCueForm(x.word(p-1)) && !x.toks[p-1].upper {
			return noRng
		}
	}
	if isCueForm(x.word(c-1)) && !x.toks[c-1].upper {
		return noRng
	}
	return rng{a, c}
}

// relativeBeforeAside returns the relative pronoun that is the subject of the cue after an
// adverbial aside between commas, the last closing at c: "her campaign's leadership, who, on a
// press call Friday, criticized", "Bruce Turry, who, like several other fraternity brothers,
// remembered"; PolNeAR marks the pronoun as the source, as it does with no aside. noRng
// otherwise.
func (x *extractor) relativeBeforeAside(s rng, c int) rng {
	for p := c - 1; p > s.a+1 && p > c-20; p-- {
		if x.word(p) != "," {
			continue
		}
		if w := x.word(p - 1); (w == "who" || w == "which") && x.word(p-2) == "," && p+1 < c && !x.toks[p+1].upper && (x.is(p+1, cPreposition) || x.is(p+1, cSubordinator)) {
			return rng{p - 1, p}
		}
		return noRng
	}
	return noRng
}

// listSubject returns the whole list of noun phrases that opens the sentence and ends with
// np, the mention before a cue, when np holds the list's "and" or "or" or follows it: "John
// Leguizamo, Zoe Saldana, Gina Rodriguez and many more Latinos have", "the families,
// supporters and administration officials say", "Labor unions, environmental groups, and
// many Democratic lawmakers oppose" (see nounList). noRng otherwise.
func (x *extractor) listSubject(s, np rng) rng {
	c := np.a - 1
	if w := x.word(c); (w == "and" || w == "or") && !x.toks[c].upper {
		c--
	}
	if c <= s.a || x.word(c) != "," || subjectPronounsSet.has(x.word(np.a)) {
		return noRng // but "I trust him with his words, and I think"
	}
	a := s.a
	if w := x.word(a); (w == "but" || w == "and") && a+1 < c {
		a++ // "But labor unions, ..."
	}
	if r := (rng{a, np.b}); x.nounList(r) {
		return r
	}
	return noRng
}

// nounList reports whether mention r is a list of noun phrases, its last member after the
// last comma holding the "and" or "or" and opening with no determiner: each member before it is a short noun phrase between
// commas, with no verb, no pronoun, no adverb in -ly, no number and no function word but
// "of", and the first is no adverbial ("Most recently, the directorate", "In 1988, Rust Belt
// states").
func (x *extractor) nounList(r rng) bool {
	c := -1
	for k := r.b - 1; k > r.a && c < 0; k-- {
		if x.word(k) == "," {
			c = k
		}
	}
	if c < 0 || adverbialStart.has(x.word(r.a)) || leadingConjunctions.has(x.word(r.a)) || x.is(r.a, cPreposition) || x.skipTimes(r.a, c) > r.a {
		return false
	}
	if w := x.word(c + 1); isDeterminer(w) || possessivesSet.has(w) {
		return false // "Sanders, a senator from Vermont and a socialist": an appositive
	}
	conj := false
	for k := c + 1; k < r.b && !conj; k++ {
		conj = (x.word(k) == "and" || x.word(k) == "or") && !x.toks[k].upper
	}
	if !conj {
		return false
	}
	n := 0
	for k := r.a; k < c; k++ {
		w := x.word(k)
		if w == "," {
			if n == 0 {
				return false
			}
			n = 0
			continue
		}
		if n++; n > 6 || !x.isWord(k) && w != "'s" && w != "’s" && w != "." || x.finiteAt(k) || negatedAux[w] || (x.is(k, cFunction) || x.is(k, cPreposition)) && w != "of" ||
			isCueForm(w) || isLyAdverb(w) || subjectPronounsSet.has(w) || objectPronounsSet.has(w) || isDigitByte(w[0]) {
			return false
		}
	}
	return n > 0
}

// dashedRelativeHead returns the mention before an aside between dashes or brackets that
// the relative pronoun at w opens, when the aside closes before k: in "after Pompeo – who is
// expected in Islamabad - telephoned Khan and discussed ..." the subject of "discussed" is
// "Pompeo", not "who". noRng otherwise.
func (x *extractor) dashedRelativeHead(s rng, w, k int) rng {
	if w-1 <= s.a || !x.dashAt(w-1) && x.word(w-1) != "(" {
		return noRng
	}
	for p := w + 1; p < k; p++ {
		if x.dashAt(p) || x.word(p) == ")" {
			return x.npBack(s, w-1, false)
		}
	}
	return noRng
}

// timeAt reports whether tokens a..b are only a time: "Last week", "On Tuesday".
func (x *extractor) timeAt(a, b int) bool { return x.skipTimes(a, b) >= b }

// whoClauseSource returns the mention a relative clause ending right before the cue (at end)
// modifies, with the clause: "An official who spoke on condition of anonymity to discuss the
// talks" said. The clause holds no punctuation; noRng when there is none.
func (x *extractor) whoClauseSource(s rng, end int) rng {
	if w := x.word(end - 1); !x.isWord(end-1) || functionWordsSet.has(w) || prepositionsSet.has(w) || w == "and" || objectPronounsSet.has(w) || w == "her" {
		return noRng // the cue is the clause's own: "delegates who are expected to", "who left but said"
	}
	for p := end - 1; p > s.a && p > end-24; p-- {
		w := x.word(p)
		if !x.isWord(p) || x.inQuote[p] {
			return noRng // a clause boundary
		}
		if w != "who" {
			continue
		}
		head := x.npBack(s, p, false)
		if head.empty() || subjectPronounsSet.has(x.word(head.a)) || x.verbLike(head.b-1) || !x.toks[head.b-1].upper && x.is(head.b-1, cFunction) {
			return noRng
		}
		return rng{head.a, end}
	}
	return noRng
}

// personDescription reports whether the description r names a person by its head before any
// preposition: "a supporter of Hillary Clinton's bid", not "a new national poll".
// lowerTitle reports whether mention r is a title in lower case before any preposition:
// "executive vice president of programming", "senior adviser to the mayor".
func (x *extractor) lowerTitle(r rng) bool {
	for h := r.a; h < r.b && !x.is(h, cPreposition); h++ {
		if x.toks[h].upper {
			return false
		}
		if w := x.word(h); titleWordsSet.has(w) && !functionWordsSet.has(w) && !isDeterminer(w) {
			return true
		}
	}
	return false
}

func (x *extractor) personDescription(r rng) bool {
	h := r.a
	for h+1 < r.b && !x.is(h+1, cPreposition) {
		h++
	}
	return personHead([]string{x.word(h)})
}

// unclosedWhoSource returns the named mention with the relative clause that runs from it up to
// the cue at end, when the clause's closing comma is missing: "Georgy Myakinkin, 31, who works
// at the airport in St Petersburg said". The clause from "who" to k holds no punctuation and
// no other cue; noRng when there is none.
func (x *extractor) unclosedWhoSource(s rng, k, end int) rng {
	for p := k; p > s.a && p > end-30; p-- {
		w := x.word(p)
		if !x.isWord(p) || x.inQuote[p] || isCueForm(w) && !x.toks[p].upper {
			return noRng
		}
		if w != "who" {
			continue
		}
		if head := x.namedWhoHead(s, p); !head.empty() {
			return rng{head.a, end}
		}
		return noRng
	}
	return noRng
}

// unclosedDescription returns the name with its description up to the cue at end, when a
// relative clause ends the description and its closing comma is missing: "Lopa Blumenthal,
// the attorney for the man who recorded the gunfire nearby said", "Victor Gutierrez, a
// mechanic who lives near the crater said". The description opens with an article after the
// name's comma, at the sentence start, and holds "who"; from there to the mention a before the
// cue, tokens are words outside quotation marks, and only the relative's own verb may be a
// cue. noRng otherwise.
func (x *extractor) unclosedDescription(s rng, a, end int) rng {
	if !x.commaBeforeWho(s, a, end) {
		return noRng // most mentions: no need to look up each word's cues
	}
	who, cue := -1, -1
	for p := a - 1; p > s.a && p > end-30; p-- {
		w := x.word(p)
		if !x.isWord(p) || x.inQuote[p] {
			if w != "," || who < 0 || !isDeterminer(x.word(p+1)) {
				return noRng
			}
			if name := x.npBack(s, p, false); !name.empty() && name.a == s.a && x.toks[name.b-1].upper {
				return rng{name.a, end}
			}
			return noRng
		}
		switch {
		case who >= 0:
		case w == "who":
			if cue >= 0 && cue != p+1 {
				return noRng // a cue of its own after the relative's verb
			}
			who = p
		case !x.toks[p].upper && isCueForm(w) && !npDeterminersSet.has(x.word(p-1)): // but "the alleged gunfire"
			if cue >= 0 {
				return noRng
			}
			cue = p
		}
	}
	return noRng
}

// commaBeforeWho reports whether the walk of unclosedDescription back from a may end at a
// comma with "who" after it: the first token back (after s.a, fewer than 30 before end)
// that is no word outside quotation marks is a comma, and one of the words after it is "who".
func (x *extractor) commaBeforeWho(s rng, a, end int) bool {
	who := false
	for p := a - 1; p > s.a && p > end-30; p-- {
		t := &x.toks[p]
		if t.kind != tWord || x.inQuote[p] {
			return who && t.low == ","
		}
		who = who || t.low == "who"
	}
	return false
}

// agedFromPlace returns the name with its age and home up to the cue at end, when the place
// np follows "of" or "from" after the age's comma and the comma that closes them is missing:
// "Tan Shen, 26, of Chengdu said", "Yasir Abdulla, 36, from Yorkshire said" (the place is no
// speaker). noRng otherwise.
func (x *extractor) agedFromPlace(s, np rng, end int) rng {
	k := np.a - 2
	if w := x.word(np.a - 1); k <= s.a || w != "of" && w != "from" || !x.ageBefore(k) {
		return noRng
	}
	if name := x.npBack(s, k-2, false); !name.empty() && x.toks[name.b-1].upper {
		return rng{name.a, end}
	}
	return noRng
}

// ageBefore reports whether the comma at k closes an age set off after a name: "Ann Lee, 32,".
func (x *extractor) ageBefore(k int) bool {
	w := x.word(k - 1)
	return k >= 3 && len(w) <= 3 && w != "" && isDigitByte(w[0]) && x.word(k-2) == "," && x.isWord(k-3) && x.toks[k-3].upper
}

// namedWhoHead returns the name before the relative pronoun at p and its comma, with an age
// between them ("Georgy Myakinkin, 31, who"); noRng when no name ends there.
func (x *extractor) namedWhoHead(s rng, p int) rng {
	q := p
	if x.word(q-1) == "," {
		q--
		if n := x.word(q - 1); n != "" && isDigitByte(n[0]) && x.word(q-2) == "," {
			q -= 2
		}
	}
	head := x.npBack(s, q, false)
	if head.empty() || !x.toks[head.b-1].upper {
		return noRng
	}
	return head
}

// byAgentSource returns the mention a passive participle with its agent modifies, ending
// right before the cue at end: "A redacted copy of the memo seen by Reuters" said, "documents
// obtained by The Associated Press" show. Else noRng.
func (x *extractor) byAgentSource(s rng, end int) rng {
	for p := end - 1; p > s.a+1 && p > end-10; p-- {
		if !x.isWord(p) || x.inQuote[p] {
			return noRng
		}
		if x.word(p) != "by" || x.toks[p].upper {
			continue
		}
		if agent := x.npForward(s, p+1); agent.empty() || agent.b < end || p+1 >= end {
			return noRng // (past end, the noun phrase took the cue for a noun: "records compiled by the center show")
		}
		v := p - 1
		if w := x.word(v); x.toks[v].upper || !(strings.HasSuffix(w, "ed") || pastParticiples.has(w)) {
			return noRng
		}
		head := x.npBack(s, v, false)
		if head.empty() || x.verbLike(head.b-1) || subjectPronounsSet.has(x.word(head.a)) {
			return noRng
		}
		return rng{head.a, end}
	}
	return noRng
}

// todayAfterSpeaker reports whether "today", "yesterday" or "tonight" at j, right before the
// cue, dates the cue after the speaker's name, as a bare weekday does (bareNounBefore):
// "Tayyip Erdogan today said the mission had been a mistake" had the source "Tayyip Erdogan
// today", named so. Not after a participle or a preposition, whose phrase it dates: "A new
// rumor making the rounds today claims", "The person exhibiting symptoms today claimed".
func (x *extractor) todayAfterSpeaker(j int) bool {
	if w := x.word(j); w != "today" && w != "yesterday" && w != "tonight" || x.toks[j].upper {
		return false
	}
	p := j - 1
	w := x.word(p)
	if !x.isWord(p) || !x.toks[p].upper || x.is(p, cPreposition|cFunction) || isDeterminer(w) || x.is(p, cTimeNoun) {
		return false // and "The party today agrees", "Clinton defenders today argue": the present-day party, as PolNeAR marks it
	}
	for q := p - 1; q >= 0 && q > p-6 && x.isWord(q); q-- {
		if v := x.word(q); !x.toks[q].upper && (strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed") || pastParticiples.has(v)) {
			return false
		}
	}
	return true
}

// bareNounBefore reports whether the word before the weekday at j ends a noun phrase the
// weekday does not belong to: a common noun ("officials", "president"), not a participle
// ("released"), a poll, a preposition, a determiner or a word in capitals that may open the
// weekday's own name ("Super Tuesday", "Fox News Sunday").
func (x *extractor) bareNounBefore(j int) bool {
	p := j - 1
	w := x.word(p)
	if !x.isWord(p) || x.is(p, cPreposition) || x.is(p, cFunction) || isDeterminer(w) || x.is(p, cTimeNoun) {
		return false
	}
	if strings.HasSuffix(w, "ed") || pastParticiples.has(w) || w == "poll" || w == "survey" || w == "out" {
		return false
	}
	if x.toks[p].upper || x.verbLike(p) {
		return false
	}
	// Nor a participle's object: "Majorities of Democrats going to the polls Tuesday say",
	// "The video released on websites Tuesday appears", "A video posted online Tuesday
	// shows" (but "The leading Republican
	// candidates for president Thursday lashed out at" leaves it out).
	for q := p - 1; q >= 0 && q > p-6 && x.isWord(q); q-- {
		if v := x.word(q); !x.toks[q].upper && (strings.HasSuffix(v, "ing") || strings.HasSuffix(v, "ed") || pastParticiples.has(v)) && (q == p-1 || x.is(q+1, cPreposition) || isDeterminer(x.word(q+1))) {
			return false
		}
	}
	return true
}

// pastParticiples are common past participles that do not end in -ed: "seen by Reuters".
var pastParticiples = wordSetOf([]string{"seen", "written", "given", "taken", "shown", "drawn", "known", "held", "made", "sent", "paid", "won", "brought", "bought", "told", "led", "run", "read", "put", "cut", "hit", "done", "begun", "chosen", "spoken", "driven", "stolen", "thrown", "sold", "kept", "found", "left", "built", "meant", "heard"})

// participleSubject returns the mention that a participle clause ending right before the cue
// modifies, with the clause, when the mention found (from a up to end) is only the clause's
// object: in "Republican activists clamoring to block Donald Trump say", "activists clamoring
// to block Donald Trump", not "Donald Trump". Else noRng.
func (x *extractor) participleSubject(s rng, a, end int) rng {
	if subjectPronounsSet.has(x.word(a)) {
		return noRng // "others checking their phones as he mentioned"
	}
	for p := a - 1; p > s.a && p > a-14; p-- {
		w := x.word(p)
		if !x.isWord(p) || x.inQuote[p] || isCueForm(w) || subordinatorsSet.has(w) || w == "that" || w == "and" || w == "or" || w == "but" ||
			functionWordsSet.has(w) && !prepositionsSet.has(w) && !npDeterminersSet.has(w) || x.verbLike(p) {
			return noRng
		}
		if x.toks[p].upper || !strings.HasSuffix(w, "ing") || len(w) < 6 || ingNouns.has(w) || prepositionalParticiples.has(w) {
			continue // the words of the clause, names among them: "block Donald Trump from the GOP nomination"
		}
		n := x.word(p - 1)
		if !x.isWord(p-1) || len(n) < 3 || strings.ContainsAny(n, "'’") || functionWordsSet.has(n) || prepositionsSet.has(n) || npGlueSet.has(n) || x.inQuote[p-1] ||
			!x.toks[p-1].upper && !strings.HasSuffix(n, "s") {
			return noRng
		}
		head := x.npBack(s, p, false)
		if head.empty() || x.verbLike(head.a) {
			return noRng
		}
		return rng{head.a, end}
	}
	return noRng
}

// recordSubject returns the record that speaks when the mention found (from a up to end) is
// only the end of what the record is of: in "its review of 41 deaths reported after
// vaccination in Florida found that", the review, not "vaccination in Florida". The record
// is a noun of recordNounsSet followed by "of", a few words back in the clause, with a past
// participle between ("reported", "recorded"); else noRng.
func (x *extractor) recordSubject(s rng, a, end int) rng {
	participle := false
	for p := a - 1; p > s.a && p > a-14; p-- {
		w := x.word(p)
		if !x.isWord(p) || x.inQuote[p] || isCueForm(w) && !strings.HasSuffix(w, "ed") && !pastParticiples.has(w) || subordinatorsSet.has(w) && !participle && w != "after" && w != "before" ||
			w == "that" || w == "and" || w == "or" || w == "but" {
			return noRng // "after vaccination": a time after the participle, no clause
		}
		if !x.toks[p].upper && (strings.HasSuffix(w, "ed") || pastParticiples.has(w)) {
			participle = true
			continue
		}
		if !findingRecords.has(w) || x.word(p+1) != "of" {
			continue
		}
		if !participle {
			return noRng
		}
		head := x.npBack(s, p+1, false)
		if head.empty() || x.verbLike(head.a) {
			return noRng
		}
		return rng{head.a, end}
	}
	return noRng
}

// findingRecords are records that report what they found: "its review of 41 deaths ... found".
var findingRecords = wordSetOf([]string{"review", "study", "analysis", "survey", "audit", "investigation", "probe", "inquiry", "assessment", "examination", "autopsy", "autopsies", "report"})

// adverbialPreps open a time or place adverbial between a subject and its verb.
var adverbialPreps = wordSetOf([]string{"during", "in", "on", "at", "amid", "throughout"})

// agoModifiers may precede a time span ending in "ago": "less than two weeks ago".
var agoModifiers = wordSetOf([]string{"less", "more", "than", "about", "nearly", "just", "only", "some", "roughly", "almost", "over"})

// allUpperWords reports whether tokens a..b are one to four capitalised words (and initials).
func (x *extractor) allUpperWords(a, b int) bool {
	n := 0
	for k := a; k < b; k++ {
		if x.isWord(k) && x.toks[k].upper {
			n++
			continue
		}
		if x.word(k) == "." {
			continue
		}
		return false
	}
	return n >= 1 && n <= 4
}

// clauseBetween reports whether tokens a to b hold a clause rather than an appositive: a
// mention followed by a verb ("Rep. Hakeem Jeffries (D-N.Y.) reacted to the news").
func (x *extractor) clauseBetween(s rng, a, b int) bool {
	np := x.npForward(s, a)
	if np.empty() || np.b >= b {
		return false
	}
	v := np.b
	if x.word(v) == "(" {
		for v < b && x.word(v) != ")" {
			v++
		}
		v++
	}
	w := x.word(v)
	finite := x.verbLike(v) || auxiliariesSet.has(w) || negatedAux[w] || beFormsSet.has(w) && w != "'s" && w != "be" && w != "being" && w != "been"
	return v < b && finite && !isCueForm(w) && x.word(v+1) != "by"
}

// clauseAfterComma reports whether a comma between a and c opens a clause that runs to c
// (", the race will be tight,") or a predicate (", will be close,"): the words before c then
// end the writer's sentence, not a relative clause about a speaker.
func (x *extractor) clauseAfterComma(s rng, a, c int) bool {
	for q := a + 1; q < c; q++ {
		if x.word(q) == "," && (x.clauseBetween(s, q+1, c) || x.predicateOpens(q+1)) {
			return true
		}
	}
	return false
}

// predicateOpens reports whether a finite auxiliary or form of "be" opens the words at k,
// which then are a predicate, no appositive: ", will be close", ", has ended".
func (x *extractor) predicateOpens(k int) bool {
	return !x.toks[k].upper && x.finiteAux(k)
}

// finiteAux reports whether token k is a finite auxiliary or form of "be": "will", "has",
// "isn't", "was".
func (x *extractor) finiteAux(k int) bool {
	w := x.word(k)
	return auxiliariesSet.has(w) || negatedAux[w] || progressiveBeSet.has(w)
}

// clauseOpenersSet open a relative or adverbial clause between a name and its verb: "Ted Cruz,
// when asked what is wrong, responded", "Barkley, who said ..., said".
var clauseOpenersSet = wordSetOf([]string{"who", "which", "when", "while", "after", "before", "whose"})

// asideParticiple reports whether token k is a participle opening an aside ("speaking to
// reporters", "citing new data", "released Tuesday by the group"), not a preposition in -ing
// ("during", "including") or a noun ("the meeting").
func (x *extractor) asideParticiple(k int) bool {
	w := x.word(k)
	if x.isWord(k) && !x.toks[k].upper && len(w) > 4 && strings.HasSuffix(w, "ed") && !adverbialStart.has(w) {
		return true // "The report, released Tuesday by the group, found"
	}
	return x.isWord(k) && !x.toks[k].upper && len(w) > 4 && strings.HasSuffix(w, "ing") && !ingNouns.has(w) && !adverbialStart.has(w) && !prepositionsSet.has(w) &&
		w != "during" && w != "including" && w != "according" && w != "regarding" && w != "concerning" && w != "pending" && w != "notwithstanding"
}

// appositive returns the mention "NAME, APPOSITIVE," whose last comma is at c, or noRng.
func (x *extractor) appositive(s rng, c int) rng {
	if r, done := x.relativeAppositive(s, c); done {
		return r
	}
	for p := c - 1; p >= s.a && p > c-40; p-- {
		w := x.word(p)
		if w == "," && p+1 <= c && x.isCloseQuote(p+1) {
			if qi, ok := x.quoteCloseAt(p + 1); ok && x.quotes[qi].open > s.a {
				p = x.quotes[qi].open // the comma of a title: “Scandal,”
				continue
			}
		}
		if w == "," {
			if r, done := x.appositiveAtComma(s, c, p); done {
				return r
			}
			continue
		}
		if w == "." && p > s.a && (abbreviations.has(x.word(p-1)) || len(x.word(p-1)) == 1 || x.word(p+1) == "," || x.word(p+1) == ")") {
			continue // "Mr.", "J.", "Mich.,": not the end of a sentence
		}
		if w == ")" {
			// "Rep. Elijah Cummings (D-Md.), chair of ...": skip the parenthesis.
			for p > s.a && x.word(p) != "(" {
				p--
			}
			continue
		}
		if isCueForm(w) && !x.toks[p].upper {
			if r := x.relativeBeforeCue(s, p); r >= 0 {
				p = r
				continue
			}
		}
		if x.pluralPossessive(p) {
			continue // "Jeff Weaver, Sanders’ campaign manager, said"
		}
		if qi, ok := x.quoteCloseAt(p); ok && x.quotes[qi].open > s.a && x.words(x.quotes[qi].open, p) <= 5 {
			p = x.quotes[qi].open // a title in the appositive: "Trump's show, "The Apprentice,""
			continue
		}
		if w == "." || w == ";" || x.toks[p].kind == tQuote && !(x.word(p) == "'s") || isFiniteCue(w) && !x.toks[p].upper && !x.nounUse(rng{p, p + 1}) {
			return noRng // but "a founder of the center-left think tank Third Way"
		}
	}
	return noRng
}

// relativeAppositive returns the mention before a relative clause that runs to the comma
// at c, whatever commas it holds: "Mr. Slinker, whose latest start-up, Paradata, uses big
// data, said". It reports whether it decided (a clause of the writer's after the relative
// decides there is none: "As the campaign moves to Ohio, which she hoped to carry, the race
// will be tight, said").
func (x *extractor) relativeAppositive(s rng, c int) (rng, bool) {
	for p := c - 1; p-1 > s.a && p > c-40; p-- {
		w := x.word(p)
		if (w == "who" || w == "whose" || w == "which") && x.word(p-1) == "," {
			if w != "whose" && x.clauseAfterComma(s, p, c) {
				return noRng, true // "As the campaign moves to Ohio, which she hoped to carry, the race will be tight, said"
			}
			if name := x.npBack(s, p-1, false); !name.empty() && x.toks[name.b-1].upper {
				if k := name.a - 1; k > s.a && x.word(k) == "," && !x.toks[name.a].upper && x.isWord(name.a) {
					// "Jeb Bush, the former Florida governor, who has resented ..., said": the
					// name before the appositive.
					if first := x.npBack(s, k, false); !first.empty() && x.toks[first.a].upper && x.toks[first.b-1].upper && first.b == k {
						return rng{first.a, c}, true
					}
				}
				return rng{name.a, c}, true
			}
			return noRng, false
		}
		if w == ";" || w == "." && !abbreviations.has(x.word(p-1)) && len(x.word(p-1)) > 1 || x.toks[p].kind == tQuote && !(w == "'s") {
			return noRng, false
		}
	}
	return noRng, false
}

// appositiveAtComma reads the comma at p inside the words before the appositive's last
// comma at c: an aside, the name before the appositive, or an appositive further back. It
// reports whether it decided the mention; when not, the walk goes on leftwards.
func (x *extractor) appositiveAtComma(s rng, c, p int) (rng, bool) {
	if r, done := x.asideBeforeCue(s, c, p); done {
		return r, true
	}
	name := x.npBack(s, x.nameEndBefore(s, p), false)
	if r, done := x.appositiveAfterOpening(s, c, p, name); done {
		return r, true
	}
	if !name.empty() && name.a-1 > s.a && adverbialPreps.has(x.word(name.a-1)) && !x.toks[name.a-1].upper {
		return noRng, false // "Clinton, during a town hall meeting in Columbus, Ohio, said"
	}
	if r, done := x.asideAfterName(s, c, p, name); done {
		return r, true
	}
	if name.empty() || !x.toks[name.b-1].upper {
		return x.unnamedAppositive(s, c, p, name)
	}
	// "Cory James, 22, of Flint, Mich., said": a name further back whose appositive
	// holds this one wins.
	if earlier := x.appositive(s, p); !earlier.empty() && earlier.a < name.a && (x.placeLike(name, p) || x.relativeIn(earlier.a, name.a) || x.titleBefore(earlier, name)) {
		return rng{earlier.a, c}, true // "Mr. Daniloff, who lives in Cambridge, Mass., said"
	}
	if adverbialPreps.has(x.word(p+1)) && !x.toks[p+1].upper {
		return rng{name.a, p}, true // the name without its adverbial
	}
	return rng{name.a, c}, true
}

// asideBeforeCue reads the words between the comma at p and the comma at c as a writer's
// aside, no appositive: "Critics, however, said", "Ruth Hale, the head of the union, for
// example, said": the mention is before it. It reports whether they are one.
func (x *extractor) asideBeforeCue(s rng, c, p int) (rng, bool) {
	if c-p == 2 && (x.is(p+1, cSkipBeforeCue) || x.is(p+1, cFunction) || isLyAdverb(x.word(p+1))) {
		return x.npBack(s, p, false), true // "Critics, however, said": not an appositive
	}
	if c-p > 2 && c-p <= 5 && x.discourseAside(p+1, c) {
		if r := x.appositive(s, p); !r.empty() {
			return rng{r.a, p}, true
		}
		return x.npBack(s, p, false), true
	}
	return noRng, false
}

// nameEndBefore returns where a name before the comma at p ends: before a parenthesis
// ("Rep. Elijah Cummings (D-Md.), chair of ..."), or at p.
func (x *extractor) nameEndBefore(s rng, p int) int {
	nameEnd := p
	if x.word(p-1) == ")" {
		for q := p - 2; q > s.a && q > p-10; q-- {
			if x.word(q) == "(" {
				nameEnd = q
				break
			}
		}
	}
	return nameEnd
}

// appositiveAfterOpening reads the words before the comma at p, the noun phrase name, as
// an opening of the sentence: an adverb ("Separately, the Daily Star, the party's paper,
// reported") or a phrase ("In January, the party's chair, Rep. Jane Doe, appointed") with
// the mention after them; a clause of the writer's ("In a statement, Rep. Hakeem Jeffries
// reacted to the news, saying"), with none; or the head of a relative clause ("One Club
// for Growth ad, which is currently airing, argues"). It reports whether it decided.
func (x *extractor) appositiveAfterOpening(s rng, c, p int, name rng) (rng, bool) {
	if x.openingAdverb(s, name) {
		return rng{p + 1, c}, true
	}
	if w := x.word(p + 1); !name.empty() && (w == "who" || w == "which") && name.a < p {
		return rng{name.a, c}, true // "One Club for Growth ad, which is currently airing, argues"
	}
	if x.clauseBetween(s, p+1, c) || x.predicateOpens(p+1) {
		// "In a statement, Rep. Hakeem Jeffries reacted to the news, saying"; "The race,
		// which began in May, will be close, said": the words before the cue end a
		// clause of the writer's, whose subject comes before them.
		return noRng, true
	}
	if x.openingPhrase(s, name, p) {
		return rng{p + 1, c}, true // "In January, the party's chair, Rep. Jane Doe, appointed"
	}
	return noRng, false
}

// asideAfterName reads the words between the comma at p and the comma at c as an aside
// after the name before p: a participle ("The senator, speaking to reporters after the
// vote, said"), examples ("Several candidates, including Trump, said") or a passive clause
// ("Powell’s office, when contacted by Reuters, said"). It reports whether they are one.
func (x *extractor) asideAfterName(s rng, c, p int, name rng) (rng, bool) {
	if !name.empty() && name.a < p && x.asideParticiple(p+1) {
		if earlier := x.appositive(s, p); !earlier.empty() && earlier.a < name.a && x.placeLike(name, p) {
			return rng{earlier.a, c}, true // "Sandra Inman, a supporter from Jackson, Miss., attending the convention, said"
		}
		return rng{name.a, c}, true // "The senator, speaking to reporters after the vote, said"
	}
	if !name.empty() && name.a < p && (x.word(p+1) == "including" || x.word(p+1) == "like") && !x.toks[p+1].upper {
		return rng{name.a, c}, true // "Several candidates, including Trump, said"
	}
	if w := x.word(p + 1); !name.empty() && name.a < p && (w == "when" || w == "while" || w == "after" || w == "before") && x.isWord(p+2) && !x.toks[p+2].upper && (strings.HasSuffix(x.word(p+2), "ed") || irregularPastSet.has(x.word(p+2))) {
		// "Powell’s office, when contacted by Reuters, said": a passive clause
		// between commas; the mention is before it.
		return rng{name.a, p}, true
	}
	return noRng, false
}

// unnamedAppositive reads a noun phrase before the comma at p that names no one: the name
// is the appositive itself ("Another delegate on the Cruz slate, Jim Poolman, said"; "In
// an email, Axelrod, ..." is no such case), or the name is before the next comma
// ("Ortiz, 52, a negotiator,"). It reports whether it decided.
func (x *extractor) unnamedAppositive(s rng, c, p int, name rng) (rng, bool) {
	if !name.empty() && name.a < p && x.allUpperWords(p+1, c) && !(name.a-1 >= s.a && x.is(name.a-1, cPreposition)) {
		if earlier := x.appositive(s, p); !earlier.empty() && earlier.a < name.a && x.word(name.a-1) == "," && x.allUpperWords(earlier.a, name.a-1) && !(earlier.a-1 >= s.a && x.is(earlier.a-1, cPreposition)) {
			// "Gio Vian, the editor of the Vatican's newspaper, La Stampa, said":
			// the name names the newspaper; the speaker is named first.
			return rng{earlier.a, c}, true
		}
		return rng{name.a, c}, true
	}
	return noRng, false // "Ortiz, 52, a negotiator,": look for the name before the next comma
}

// relativeBeforeCue returns where a relative clause opens that holds the cue form at p,
// inside an appositive: "Barkley, who said he votes democratic, said", "Clinton, who
// called Sanders after the winner was declared, told", "Gov. John Kasich of Ohio, a
// Republican who has refused to endorse Mr. Trump, said". It returns -1 when there is none.
func (x *extractor) relativeBeforeCue(s rng, p int) int {
	r := p - 1
	for r > s.a && r > p-20 && !x.relativeOpensAt(r) && x.word(r) != "," {
		r--
	}
	if r > s.a && x.relativeOpensAt(r) {
		return r
	}
	return -1
}

// relativeOpensAt reports whether a relative clause or a participle aside opens at r:
// "The senator, speaking to reporters after the vote, said", "..., who said".
func (x *extractor) relativeOpensAt(r int) bool {
	w := x.word(r)
	if x.word(r-1) == "," && x.asideParticiple(r) {
		return true // "The senator, speaking to reporters after the vote, said"
	}
	return clauseOpenersSet.has(w) && x.word(r-1) == "," || (w == "who" || w == "whose") && x.isWord(r-1) && !x.is(r-1, cFunction)
}

// discourseAside reports whether tokens a..b are a writer's aside between commas: "for
// example", "in turn", "on the other hand".
func (x *extractor) discourseAside(a, b int) bool {
	var ws []string
	for k := a; k < b; k++ {
		if !x.isWord(k) || x.toks[k].upper {
			return false
		}
		ws = append(ws, x.toks[k].low)
	}
	return discourseAsides.has(strings.Join(ws, " "))
}

var discourseAsides = wordSetOf([]string{"for example", "for instance", "in turn", "in particular", "by contrast", "in contrast", "on the other hand", "of course", "in fact", "at the time", "in any case", "as well"})

// titleBefore reports whether name, a noun phrase before a comma, is itself the appositive
// of a name in earlier: "Mike Shields, president of the Congressional Leadership Fund, a super
// PAC allied with House leadership, said" gives "Mike Shields, ..." rather than "president of
// the Congressional Leadership Fund, ...".
func (x *extractor) titleBefore(earlier, name rng) bool {
	return x.toks[earlier.a].upper && !x.toks[name.a].upper && x.isWord(name.a) && !x.isSentenceStart(name.a)
}

func isDash(w string) bool { return w == "—" || w == "–" }

// spacedHyphen reports whether token k is a hyphen with a space on either side, which some
// papers write for a dash: "Deborah Reynolds - his girlfriend - told".
func (x *extractor) spacedHyphen(k int) bool {
	return k > 0 && k+1 < len(x.toks) && x.toks[k].low == "-" && x.toks[k-1].End < x.toks[k].Start && x.toks[k].End < x.toks[k+1].Start
}

// relativeIn reports whether a relative clause opens after a comma between tokens a and b.
func (x *extractor) relativeIn(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if w := x.word(k); (w == "who" || w == "which") && x.word(k-1) == "," {
			return true
		}
	}
	return false
}

// placeLike reports whether the name ending at the comma p continues an appositive ("of
// Flint, Mich.", "Flint, Michigan") rather than opening the clause: it follows "of", "from" or
// "in", or is a lone capitalised word right after a comma.
func (x *extractor) placeLike(name rng, p int) bool {
	w := x.word(name.a - 1)
	if w == "of" || w == "from" || w == "in" || w == "," && name.b-name.a == 1 {
		return true
	}
	// "a philanthropist from Monsey, New York": the mention ends in a place.
	k := name.b - 1
	for k > name.a && x.toks[k].upper && x.isWord(k) {
		k--
	}
	w = x.word(k)
	return k < name.b-1 && (w == "of" || w == "from" || w == "in")
}

// reportCue reports whether every sense of the cue word at k is a report: "showed", "found".
func (x *extractor) reportCue(k int) bool {
	ss := cueSensesOf(x.word(k))
	for _, sn := range ss {
		if sn.class != CueReport {
			return false
		}
	}
	return len(ss) > 0
}

// draftEndingAt returns the draft with a source whose cue, or whose source after its cue
// ("said Biden"), ends right before the comma at j; -1 when there is none.
func (x *extractor) draftEndingAt(j int) int {
	if x.word(j) != "," {
		return -1
	}
	for i := len(x.drafts) - 1; i >= 0; i-- {
		d := x.drafts[i]
		if d.src.empty() || d.cue.b > j+1 && d.src.b > j+1 {
			continue
		}
		if d.cue.b == j || d.src.b == j && d.src.a > d.cue.a {
			return i
		}
		if d.cue.b < j-30 {
			break
		}
	}
	return -1
}

// quoteAfter reports whether a double quote opens between tokens a and b.
func (x *extractor) quoteAfter(a, b int) bool {
	for k := a; k < b; k++ {
		if qi, ok := x.quoteOpenAt(k); ok && !x.quotes[qi].single {
			return true
		}
	}
	return false
}

// fromThe reports whether np is "the report", "the letter": a determiner and a noun right
// after "from", as in "More from the report:".
func (x *extractor) fromThe(np rng) bool {
	return np.b-np.a == 2 && x.word(np.a) == "the" && x.word(np.a-1) == "from"
}

// absoluteSubject returns the subject of a participle in an absolute phrase after "with":
// "with Ryan saying ...", "with Cruz recently promising ..."; and after "and" when such a
// phrase goes on: "with Ryan saying ... and Trump calling ...". noRng otherwise.
func (x *extractor) absoluteSubject(s rng, k int) rng {
	j := x.skipBack(s, k)
	if !x.isWord(j) {
		return noRng
	}
	np := x.npBack(s, j+1, true)
	if np.empty() || np.a-1 < s.a {
		return noRng
	}
	// A name or a pronoun; or after "with", a description: "with a U.S. official saying".
	if !(x.toks[np.b-1].upper || pronounKind[x.word(np.b-1)] != "" || x.word(np.a-1) == "with" && (x.isIndefinite(np.a) || npDeterminersSet.has(x.word(np.a)) || groupQuantifiers.has(x.word(np.a)))) {
		return noRng
	}
	switch w := x.word(np.a - 1); {
	case w == "with" || isDash(w) && np.b-np.a <= 3 && x.toks[np.a].upper:
		return np // "– Ryan saying ...": after a dash, a name only
	case w == "and":
		for p := np.a - 2; p > s.a && p > np.a-30; p-- {
			if w := x.word(p); w == "," || w == ";" || w == "." || x.toks[p].kind == tQuote && !x.inQuote[p] {
				break
			} else if w == "with" || isDash(w) {
				for q := p + 1; q < np.a-1; q++ {
					if len(cueSensesOf(x.word(q))) > 0 && strings.HasSuffix(x.word(q), "ing") {
						return np // "with Ryan saying ... and Trump calling"
					}
				}
				break
			}
		}
	}
	return noRng
}

// rightAfter reports whether token j, the comma or "by" before a participle, comes right
// after the content of d.
func (x *extractor) rightAfter(d draft, j int) bool {
	w := x.word(j)
	return (w == "," || w == "by") && d.content[len(d.content)-1].b >= j
}

// seemSubject returns the subject of a hedge "X seems to ...", which opens its content: a
// name, a pronoun or a short noun phrase right before the cue; noRng otherwise.
func (x *extractor) seemSubject(d draft) rng {
	if !d.src.empty() || !hasSyn(cueSensesOf(x.word(d.cue.a)), synSeem) || len(d.content) == 0 || d.content[0].a >= d.cue.a || x.word(d.cue.b) != "to" {
		return noRng
	}
	r := rng{d.content[0].a, d.cue.a}
	for r.b > r.a && !x.toks[r.b-1].upper && (x.is(r.b-1, cSkipBeforeCue) || isLyAdverb(x.word(r.b-1))) {
		r.b-- // "Trump also seemed to"
	}
	if r.empty() || r.b-r.a > 6 {
		return noRng
	}
	for k := r.a; k < r.b; k++ {
		if !x.isWord(k) && x.word(k) != "." {
			return noRng
		}
	}
	if w := x.word(r.b - 1); !x.toks[r.b-1].upper && pronounKind[w] == "" && !isDeterminer(x.word(r.a)) {
		return noRng
	}
	return r
}

// publishing are verbs whose subject puts out what its object says: "released a video",
// "issued a statement", "ran an ad", "posted a message".
var publishing = wordSetOf([]string{"released", "releases", "releasing", "issued", "issues", "issuing", "launched", "launches", "launching", "ran", "runs", "running", "posted", "posts", "posting", "published", "publishes", "publishing", "aired", "airs", "airing", "unveiled", "unveils", "unveiling", "sent", "sends", "sending", "put", "puts", "putting", "produced", "produces", "distributed", "circulated", "filed", "files", "tweeted", "shared", "shares", "added"})

// publisher returns the subject of a publishing verb whose object the relative pronoun at j
// follows: "Sanders is releasing a new ad that urges ...", "the group posted a message on
// Twitter that showed ..."; the speaker is who put the object out. noRng otherwise.
func (x *extractor) publisher(s rng, j int) rng {
	src, _ := x.publishedBy(s, j)
	return src
}

// publishedBy is publisher, with the publishing verb's index (-1 when there is none).
func (x *extractor) publishedBy(s rng, j int) (rng, int) {
	for v := j - 1; v > s.a && v >= j-8; v-- {
		w := x.word(v)
		if publishing.has(w) && !x.toks[v].upper && v+1 < j && (!x.is(v+1, cPreposition) || x.word(v+1) == "out") {
			if (w == "put" || w == "puts" || w == "putting") && x.word(v+1) != "out" {
				return noRng, -1
			}
			at := v
			if progressiveBeSet.has(x.word(v-1)) && strings.HasSuffix(w, "ing") {
				at = v - 1 // "Sanders is releasing a new ad that urges ..."
			}
			if src := x.sourceLeft(s, at); !src.empty() {
				// "a letter the Sanders campaign sent": the clause's own subject, not the
				// noun it describes.
				for k := src.a + 1; k < src.b-1; k++ {
					if isDeterminer(x.word(k)) && x.isWord(k-1) && !x.toks[k-1].upper && !x.is(k-1, cPreposition) && !x.is(k-1, cFunction) {
						src.a = k
					}
				}
				return src, v
			}
			return noRng, -1
		}
		if !x.isWord(v) && w != "-" || isCueForm(w) || w == "that" || w == "which" || w == "who" || w == "with" || w == "and" && (x.verbLike(v+1) || x.toks[v+1].upper) {
			return noRng, -1 // but "launched a documentary and ad campaign that attacked ...": the objects
		}
	}
	return noRng, -1
}

// npBack scans a noun phrase leftwards from end (exclusive) and returns it, or noRng.
func (x *extractor) npBack(s rng, end int, possessive bool) rng {
	j := end - 1
	if j >= s.a && subjectPronounsSet.has(x.word(j)) {
		if w := x.word(j - 1); j-1 >= s.a && !possessive && ((w == "what" || w == "whatever") || prepositionsSet.has(w)) {
			return noRng // "what we know", but "which she said represented ...", "why critics say"
		}
		return rng{j, end} // "told CNN host Chris Cuomo she believed": the pronoun alone
	}
	j, ok := x.npScanBack(s, end)
	if !ok {
		return noRng // no clause boundary in reach: not a subject
	}
	a, ok := x.npClauseStart(s, j, possessive)
	if !ok {
		return noRng
	}
	a = x.neitherStart(s, x.likeExamplesStart(s, a))
	a = x.quantityBoundStart(s, x.pastGlueWords(a, end), end)
	for a < end && x.toks[a].kind != tWord {
		a++
	}
	b := x.npHeadEnd(a, end)
	if b <= a {
		return noRng
	}
	// The head must be a noun-like word: not a number ("won 758 pledged delegates").
	if isDigitByte(x.toks[b-1].low[0]) && !(b-2 >= a && x.word(b-2) == "in") {
		return noRng // but "six in 10" speak for a poll
	}
	return rng{x.afterMedium(a, b), b}
}

// contactClauseStart returns where the noun phrase a..b starts when a clause's subject
// opens inside it after a noun, with no "that" between: "exactly the kind of liberal jurist
// many Republicans fear", "It's a strategy some say", "an office he said": the subject after
// the last noun that a determiner, a possessive, a quantifier or a subject pronoun follows
// directly; a otherwise. "virtually all the attendees", "half the voters" stay whole, and
// so does a time: "the day the deal was announced".
func (x *extractor) contactClauseStart(a, b int) int {
	for k := b - 1; k > a; k-- {
		w, p := x.word(k), x.word(k-1)
		if !(npDeterminersSet.has(w) || w == "many" || w == "some" || subjectPronounsSet.has(w) && w != "it" && k == b-1) || x.toks[k].upper {
			continue
		}
		if !x.isWord(k-1) || x.toks[k-1].upper || x.is(k-1, cFunction|cPreposition|cNPGlue) || npDeterminersSet.has(p) || isLyAdverb(p) || quantityHeads.has(p) || x.verbLike(k-1) ||
			descriptionPreps.has(p) || strings.HasSuffix(p, "ing") || strings.HasSuffix(p, "ed") || x.is(k-1, cTimeNounForm) || !x.articledNoun(a, k-1) {
			return a
		}
		return k
	}
	return a
}

// articledNoun reports whether the word at h ends a noun phrase that a determiner opens
// after a: the determiner and lower-case words that are no function words between ("a
// strategy", "the kind of liberal jurist").
func (x *extractor) articledNoun(a, h int) bool {
	for j := h - 1; j >= a; j-- {
		w := x.word(j)
		switch {
		case npDeterminersSet.has(w) || possessivesSet.has(w):
			return true
		case !x.isWord(j) || x.toks[j].upper || x.verbLike(j) || x.is(j, cFunction) && w != "of":
			return false
		}
	}
	return false
}

// quantityHeads are words that take a noun phrase after them as one quantity: "half the voters".
var quantityHeads = wordSetOf([]string{"half", "all", "both", "twice", "thrice", "double", "triple", "most", "many", "some", "none", "each", "any"})

// npScanBack walks leftwards from end (exclusive) over the words and marks a noun phrase
// holds, at most 12 of them, and returns the token before the first one. It reports false
// when the walk found no clause boundary in reach and no possessive to stop at: "... Court
// of Appeals’ Board on Professional Responsibility says" stops at the possessed.
func (x *extractor) npScanBack(s rng, end int) (int, bool) {
	j := end - 1
	n, poss := 0, -1
	for j >= s.a && n < 12 {
		t := &x.toks[j]
		if t.kind == tWord {
			if t.low == "'s" || (t.low == "to" || t.low == "with") && x.closeToLink(s, j, end) || t.low == "by" && x.authorByLink(s, j, end) ||
				x.is(j, cNameGiving) && x.namedLink(s, j, end) || t.low == "not" && x.negatedParticipleLink(s, j, end) {
				j--
				n++
				continue
			}
			if t.low == "of" && x.outOfQuantity(s, j, end) {
				j -= 2 // "two out of three Americans", "four out of 10 voters": one quantity
				n += 2
				continue
			}
			if (t.low == "or" || t.low == "nor") && x.pairedAnd(s, j, end) {
				j -= 2 // "No state or federal law enforcement agency confirmed" (which lost its "No state or")
				n += 2
				continue
			}
			if x.npStopWord(j, end) || t.upper && x.openingSubordinator(j) || x.soFar(j) {
				break
			}
			if t.low == "and" && x.pronounAnd(s, j, end) {
				j -= 2 // "he and Brafman had said", "she and her husband say": the pronoun opens the mention
				n += 2
				break
			}
			if t.low == "and" && x.prepObjectsAnd(s, j, end) {
				j = s.a - 1 // "Their research into the menu and data from the app shows": the whole opening phrase
				break
			}
			if t.low == "and" && x.pairedAnd(s, j, end) {
				j -= 2 // "current and former officials", "domestic and international critics"
				n += 2
				continue
			}
			if t.low == "and" && x.andEndsMention(s, j, end) || t.low == "ago" && j+1 < end || x.timeLater(j, end) || t.upper && x.headingRunIn(s, j, end) || x.is(j, cObjectPronoun) && x.verbObjectPronoun(s, j) {
				// "told Reuters and added"; "Just a few days ago North Korea admitted": a time
				// before the subject; a heading run in; "who have endorsed him say"
				break
			}
			j--
			n++
			continue
		}
		if t.low == "," && x.listComma(s, j, end) {
			j-- // "voters in Alabama, Georgia and Virginia": the commas do not count
			continue
		}
		if x.joinedMark(s, j, end) {
			j--
			n++
			continue
		}
		if j > s.a && j+1 < end && x.pluralPossessive(j) {
			if poss < 0 {
				poss = j
			}
			j-- // "Sanders’ campaign manager", "The Clintons’ foundation"
			n++
			continue
		}
		if x.innerNameMark(s, j, end) {
			j--
			n++
			continue
		}
		break
	}
	if n >= 12 && poss >= 0 {
		return poss, true
	}
	return j, n < 12
}

// timeLater reports whether "later" or "earlier" at j ends a span of time before the
// subject: "A second later Johnson said", "Two days later the mayor said" (as "ago" does).
func (x *extractor) timeLater(j, end int) bool {
	w := x.toks[j].low
	return (w == "later" || w == "earlier") && j+1 < end && !x.toks[j].upper && j > 0 && (x.is(j-1, cTimeNounForm) || x.word(j-1) == "second" || x.word(j-1) == "seconds" || x.word(j-1) == "moments")
}

// closeToLink reports whether "to" or "with" at j links a noun and its object inside the
// mention: "a source close to him", "an adviser to the president".
func (x *extractor) closeToLink(s rng, j, end int) bool {
	return j+1 < end && j-1 >= s.a && x.isWord(j-1) && !x.is(j-1, cFunction) &&
		(objectPronounsSet.has(x.word(j+1)) || x.word(j+1) == "her" || x.toks[j+1].upper || npDeterminersSet.has(x.word(j+1)))
}

// authorByLink reports whether "by" at j names the author inside the mention: "A review
// by The Times shows", "a study by the council found".
func (x *extractor) authorByLink(s rng, j, end int) bool {
	return j+1 < end && j-1 >= s.a && x.isWord(j-1) && !x.toks[j-1].upper && !x.is(j-1, cFunction) && !x.is(j-1, cPreposition) &&
		!x.verbLike(j-1) && !pastParticiples.has(x.word(j-1)) && !strings.HasSuffix(x.word(j-1), "ing") && (x.toks[j+1].upper || npDeterminersSet.has(x.word(j+1)))
}

// namedLink reports whether the name-giving participle at j gives a name inside the
// mention: "A woman named Lana told".
func (x *extractor) namedLink(s rng, j, end int) bool {
	return !x.toks[j].upper && j+1 < end && x.toks[j+1].upper && j-2 >= s.a && (x.word(j-2) == "a" || x.word(j-2) == "an") && x.isWord(j-1) && !x.toks[j-1].upper
}

// negatedParticipleLink reports whether "not" at j negates a participle after the noun:
// "Scientists not involved in the work cautioned".
func (x *extractor) negatedParticipleLink(s rng, j, end int) bool {
	return j+1 < end && j-1 >= s.a && x.isWord(j-1) && !x.is(j-1, cFunction|cPreposition) && !x.verbLike(j-1) && !beFormsSet.has(x.word(j-1)) && !auxiliariesSet.has(x.word(j-1)) &&
		(pastParticiples.has(x.word(j+1)) || strings.HasSuffix(x.word(j+1), "ed")) && !x.toks[j+1].upper
}

// outOfQuantity reports whether "of" at j joins "out of" between two quantities: "two
// out of three Americans", "four out of 10 voters".
func (x *extractor) outOfQuantity(s rng, j, end int) bool {
	return j-2 >= s.a && x.word(j-1) == "out" && (x.quantityAt(j-2) || numberWordsSet.has(x.word(j-2))) && j+1 < end && (x.quantityAt(j+1) || numberWordsSet.has(x.word(j+1)))
}

// npStopWord reports whether the word at j ends a mention leftwards: a function word, a
// cue form or a preposition. A participle of stance after a noun stays in the mention:
// "House Republicans supporting the bill said".
func (x *extractor) npStopWord(j, end int) bool {
	t := &x.toks[j]
	return (!t.upper || x.isSentenceStart(j)) && (x.is(j, cFunction) || isCueForm(t.low) && !(j+1 == end && (x.nounUse(rng{j, j + 1}) || x.possessedGerund(j))) && !(stanceParticiples.has(t.low) && x.nounEndsAt(j-1)) && !x.compoundModifier(j) || x.is(j, cPreposition)) && !x.is(j, cNPGlue)
}

// compoundModifier reports whether the cue word at j modifies the noun after it, a compound
// that names a thing or a group: "think tank", "pledged delegates", "warning signs". A
// mention holds it: "A Seoul-based think tank said" is the think tank's, not the tank's.
func (x *extractor) compoundModifier(j int) bool {
	w, n := x.word(j), x.word(j+1)
	return w == "think" && (n == "tank" || n == "tanks") || w == "pledged" && n == "delegates" || w == "warning" && warnedThings.has(n)
}

// soFar reports whether the word at j is the "far" of "so far" or "thus far", an adverb of
// time before a subject ("So far Amazon hasn't commented"), no part of its mention.
func (x *extractor) soFar(j int) bool {
	p := x.word(j - 1)
	return x.toks[j].low == "far" && (p == "so" || p == "thus")
}

// openingSubordinator reports whether the capitalised word at j is a subordinator that
// opens the sentence: "After", "Before", "When", "If", "As".
func (x *extractor) openingSubordinator(j int) bool {
	t := &x.toks[j]
	return x.isSentenceStart(j) && (t.low == "after" || t.low == "before" || t.low == "when" || t.low == "if" || t.low == "as")
}

// pronounAnd reports whether "and" at j follows a subject pronoun that opens the mention:
// "he and Brafman had said", "she and her husband say".
func (x *extractor) pronounAnd(s rng, j, end int) bool {
	return j+1 < end && j-1 >= s.a && subjectPronounsSet.has(x.word(j-1)) && x.word(j-1) != "it" && (x.toks[j+1].upper || npDeterminersSet.has(x.word(j+1))) && !x.used[j-1]
}

// pairedAnd reports whether "and" (or "or", "nor") at j joins paired modifiers of one noun:
// "current and former officials", "domestic and international critics", "No state or
// federal law enforcement agency".
func (x *extractor) pairedAnd(s rng, j, end int) bool {
	return j+2 < end && j-1 >= s.a && pairedModifiers.has(x.word(j-1)) && pairedModifiers.has(x.word(j+1)) && !x.toks[j+1].upper
}

// andEndsMention reports whether "and" at j ends the mention: no mention ends in "and"
// ("told Reuters and added"), and one goes on past it only after a name or in a list of
// nouns or fields.
func (x *extractor) andEndsMention(s rng, j, end int) bool {
	return (j == end-1 || !(j-1 >= s.a && x.toks[j-1].upper) && !x.nounsAnd(s, j, end) && !x.ofFieldsAnd(s, j, end))
}

// headingRunIn reports whether the capitalised word at j ends a heading in capitals run
// into the sentence: "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic
// Committee said".
func (x *extractor) headingRunIn(s rng, j, end int) bool {
	t := &x.toks[j]
	return j+1 < end && j-2 >= s.a && len(t.low) > 1 && x.toks[j+1].upper && x.isAllUpper(*t) && !x.isAllUpper(x.toks[j+1]) && x.allCaps(j-2, j+1)
}

// verbObjectPronoun reports whether the object pronoun at j is a verb's object, not a
// subject: "who have endorsed him say".
func (x *extractor) verbObjectPronoun(s rng, j int) bool {
	return !x.toks[j].upper && j-1 >= s.a && !x.is(j-1, cPreposition)
}

// joinedMark reports whether the mark at j joins the words of a mention: a percent sign
// ("47% say": the sign belongs to the number), an ampersand in a name ("P&G", "AT&T") or a
// slash between two names ("a CNN/ORC poll", "the Reuters/Ipsos poll").
func (x *extractor) joinedMark(s rng, j, end int) bool {
	if x.percentAt(j) {
		return true
	}
	t := &x.toks[j]
	if t.low == "&" && j > s.a && x.toks[j-1].upper && j+1 < end && x.toks[j+1].upper {
		return true
	}
	return t.low == "/" && j > s.a && j+1 < end && x.isWord(j-1) && x.isWord(j+1) && x.toks[j-1].End == t.Start && x.toks[j+1].Start == t.End
}

// innerNameMark reports whether the hyphen or abbreviation point at j sits inside a name:
// "Lt-Gen", "Gov. Mike Pence".
func (x *extractor) innerNameMark(s rng, j, end int) bool {
	t := &x.toks[j]
	return (t.low == "-" || t.low == "." || t.low == "–" && j+1 < end && j > s.a && x.toks[j-1].End == t.Start) &&
		j > s.a && x.toks[j-1].kind == tWord && x.toks[j-1].End == t.Start
}

// npClauseStart returns the first token of a mention after j, the token before it. The
// mention must start a clause: it reports false after a preposition ("by independent
// reports") or inside a free relative ("what we know"); but "after the front-runner had
// said" is a clause's subject, and "about half of voters say" starts at the quantity's
// bound.
func (x *extractor) npClauseStart(s rng, j int, possessive bool) (int, bool) {
	if w := x.word(j); !possessive && j >= s.a && x.toks[j].kind == tWord && !x.toks[j].upper && (prepositionsSet.has(w) || w == "what" || w == "whatever") && !subordinatorsSet.has(w) {
		if !approximators.has(w) || !x.quantityAt(j+1) {
			return j + 1, false
		}
		return j, true
	}
	return j + 1, true
}

// likeExamplesStart returns where a mention starts whose examples after "like" belong to
// the plural noun they illustrate: "Candidates like Marco Rubio have blasted", "Some
// defenders of globalization, like Gary Hufbauer, acknowledge"; PolNeAR's source is the
// whole phrase (5 times of 5 on the training split). It returns a otherwise.
func (x *extractor) likeExamplesStart(s rng, a int) int {
	if l := a - 1; l-1 >= s.a && x.word(l) == "like" && !x.toks[l].upper {
		p := l - 1
		if x.word(p) == "," {
			p--
		}
		if w := x.word(p); p >= s.a && x.isWord(p) && (!x.toks[p].upper || x.isSentenceStart(p)) && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") &&
			!functionWordsSet.has(w) && !x.verbLike(p) && !likeVerbs.has(w) {
			if r := x.npBack(s, p+1, false); !r.empty() && !subjectPronounsSet.has(x.word(r.a)) {
				return r.a
			}
		}
	}
	return a
}

// neitherStart returns where a mention after "nor" starts: "Neither Mr. Comey nor other
// officials identified": the mention is the whole pair, as PolNeAR marks it, not its last
// member. It returns a otherwise.
func (x *extractor) neitherStart(s rng, a int) int {
	if a-2 >= s.a && x.word(a-1) == "nor" && !x.toks[a-1].upper {
		for q := a - 2; q >= s.a && q >= a-10 && x.word(q) != "," && x.word(q) != ";"; q-- {
			if x.word(q) == "neither" {
				return q
			}
		}
	}
	return a
}

// pastGlueWords skips the leading glue words that do not start a mention: "of", "and",
// "at"; a sentence's opening "In".
func (x *extractor) pastGlueWords(a, end int) int {
	for a < end && x.toks[a].kind == tWord && (!x.toks[a].upper || x.isSentenceStart(a) && x.is(a, cPreposition)) && x.is(a, cNPGlue) && !isDeterminer(x.toks[a].low) {
		a++
	}
	return a
}

// quantityBoundStart takes into a mention the words before it that bound a quantity: "At
// least half of voters", "Only about 4 in 10 voters", "Less than a third".
func (x *extractor) quantityBoundStart(s rng, a, end int) int {
	for n := 0; n < 3 && a-1 >= s.a && a < end && x.isWord(a-1) && (!x.toks[a-1].upper || x.isSentenceStart(a-1)); n++ {
		w := x.toks[a-1].low
		q := x.quantityAt(a) || numberWordsSet.has(x.toks[a].low)
		switch {
		case (w == "least" || w == "most") && a-2 >= s.a && x.toks[a-2].low == "at" && q:
			a -= 2
		case w == "at" && (x.toks[a].low == "least" || x.toks[a].low == "most") && a+1 < end && (x.quantityAt(a+1) || numberWordsSet.has(x.toks[a+1].low)):
			a--
		case (w == "than") && a-2 >= s.a && (x.toks[a-2].low == "less" || x.toks[a-2].low == "more" || x.toks[a-2].low == "fewer") && q:
			a -= 2
		case quantityBounds.has(w) && (q || a+1 < end && quantityBounds.has(x.toks[a].low)):
			a--
		default:
			n = 3
		}
	}
	return a
}

// npHeadEnd returns the end of a mention that starts at a, before end: past its trailing
// marks, glue words and "'s".
func (x *extractor) npHeadEnd(a, end int) int {
	b := end
	for b > a && (x.toks[b-1].kind != tWord && !x.percentAt(b-1) || x.is(b-1, cNPGlue) && !x.toks[b-1].upper || x.toks[b-1].low == "'s") {
		b--
	}
	return b
}

// afterMedium returns where the mention a..b starts when a medium before a name is an
// adverbial's, not the mention's: "In an online video Miss Somers described".
func (x *extractor) afterMedium(a, b int) int {
	for k := b - 2; k > a; k-- {
		if x.is(k, cMedium) && !x.toks[k].upper && x.toks[k+1].upper && x.isWord(k+1) && (x.is(a, cPreposition) || x.is(a-1, cPreposition)) {
			return k + 1
		}
	}
	return a
}

// pairedModifiers are adjectives that come in pairs before a noun: "current and former
// officials", "state and local leaders".
var pairedModifiers = wordSetOf([]string{"current", "former", "past", "present", "future", "domestic", "international", "foreign", "local", "state", "federal", "national", "public", "private", "senior", "junior"})

// possessedGerund reports whether the cue form at j is a gerund after a possessive "'s"
// that is no contraction: "The paper's reporting indicated that ...".
func (x *extractor) possessedGerund(j int) bool {
	p := x.word(j - 1)
	return (p == "'s" || p == "’s") && strings.HasSuffix(x.word(j), "ing") && !x.isContraction(j-1)
}

// listComma reports whether the comma at j separates names in a list that a mention ending
// at end holds after a preposition: "Most Republican voters in Alabama, Georgia and Virginia
// said". After the comma come only capitalised words, commas and an "and" or "or"; before it
// capitalised words and commas back to "in", "of", "from" or "across" after a lower-case
// noun. Not "In Paris, France and Germany said": no noun before the preposition.
func (x *extractor) listComma(s rng, j, end int) bool {
	conj, titles := false, true
	for k := j + 1; k < end; k++ {
		switch t := x.toks[k]; {
		case t.kind == tWord && (t.low == "and" || t.low == "or"):
			conj = true
		case t.kind == tWord && t.upper, t.low == ",":
			titles = titles && (t.low == "," || x.is(k, cTitle))
		default:
			return false
		}
	}
	if titles {
		return false // "Robert Hale, Chairman and Chief Executive Officer": one person's titles
	}
	if !conj || j-1 < s.a || !x.isWord(j-1) || !x.toks[j-1].upper {
		return false
	}
	k := j - 1
	for k >= s.a && (x.isWord(k) && x.toks[k].upper || x.word(k) == ",") {
		k--
	}
	if k < s.a && !x.is(s.a, cPreposition) && !x.is(s.a, cFunction) && !adverbialStart.has(x.word(s.a)) {
		return true // "Ben Carson, Ted Cruz and Rand Paul said": names from the sentence start
	}
	if k < s.a && x.is(s.a, cPreposition) {
		// "In July, Cameroon, Nigeria, Chad and Niger agreed": names after an opening
		// phrase of a preposition and a name or a number, whose comma is before this one.
		q := s.a + 1
		for q < j && q < s.a+4 && x.word(q) != "," {
			q++
		}
		return x.word(q) == "," && q < j && q > s.a+1
	}
	if k-1 < s.a || !listPrepositions.has(x.word(k)) || x.toks[k].upper {
		return false
	}
	h := x.toks[k-1]
	return h.kind == tWord && !h.upper && !functionWordsSet.has(h.low) && !prepositionsSet.has(h.low)
}

var listPrepositions = wordSetOf([]string{"in", "of", "from", "across"})

var prepositionsSet = wordSetOf([]string{"by", "of", "in", "on", "with", "from", "for", "to", "at", "about", "against", "into", "over", "under", "between", "among", "through", "without", "within", "toward", "towards"})

var npDeterminersSet = wordSetOf([]string{"the", "a", "an", "both", "all", "his", "her", "their", "its", "this", "that", "these", "those"})

var objectPronounsSet = wordSetOf([]string{"him", "them", "me", "us"})

var subjectPronounsSet = wordSetOf([]string{"he", "she", "they", "i", "we", "you", "it"})

func isDeterminer(w string) bool { return w == "the" || w == "a" || w == "an" }

// isFiniteCue reports whether w is a finite cue verb ("said", "rejected"), not a participle
// that may stand as an adjective ("a creative writing professor").
func isFiniteCue(w string) bool {
	for _, s := range cueSensesOf(w) {
		if s.syn == synVerb || s.syn == synObject {
			return true
		}
	}
	return false
}

func isCueForm(w string) bool {
	if !cueFilter.mayHold(w) {
		return false // most words, without hashing them
	}
	for _, s := range cueSensesOf(w) {
		if s.syn == synVerb || s.syn == synObject || s.syn == synPart {
			return true
		}
	}
	return false
}

// phrasal is a cue made of a verb and a particle (or a few words: "out at", "issue with");
// alone says whether the verb is a cue without one.
type phrasal struct {
	particles [][]string
	alone     bool
}

// phrasalCues: "pointed out", "pointed to his record", "talked about the economy", "spoke of
// his childhood", "railed against the deal", "did not respond to a request", "referred to
// Obama as “...”", "calling on attendees to ...". Of "respond" only the bare form takes "to":
// "responded" is a cue alone.
var phrasalCues = func() map[string]phrasal {
	m := make(map[string]phrasal)
	add := func(forms string, alone bool, particles ...string) {
		ph := phrasal{alone: alone}
		for _, p := range particles {
			ph.particles = append(ph.particles, strings.Fields(p))
		}
		for _, f := range strings.Fields(forms) {
			m[f] = ph
		}
	}
	add("point points pointed pointing", false, "out", "to")
	add("refer refers referred referring", false, "to")
	add("talk talks talked talking", false, "about")
	add("speak speaks spoke speaking", false, "about", "of", "out about", "out against", "out on")
	add("spoken", false, "out about", "out against", "out on")
	add("rail rails railed railing", false, "against")
	add("respond", false, "to")
	add("call calls called calling", true, "on", "for")
	add("warn warns warned", true, "of", "about", "against")
	add("boast boasts boasted brag brags bragged", true, "of", "about")
	add("commented commenting", true, "on")
	add("complain complains complained", true, "of", "about")
	add("lash lashes lashed lashing", false, "out at", "out against")
	add("take takes took taking taken", false, "issue with")
	add("shrug shrugs shrugged shrugging", false, "off")
	add("hint hints hinted hinting", false, "at")
	add("rip rips ripped ripping", false, "into")
	add("vouch vouches vouched vouching", false, "for")
	add("allude alludes alluded alluding", false, "to")
	add("balk balks balked balking", false, "at")
	add("brush brushes brushed brushing tick ticks ticked ticking", false, "off")
	add("open opens opened opening", false, "up about")
	add("would", false, "like") // "would like to shrink the department": a wish
	return m
}()

// phrasalNoun reports whether "point" or "talk" at k is a noun, not the verb of a phrasal
// cue: after a determiner, "of", a number, an adjective of amount or "percentage".
func (x *extractor) phrasalNoun(k int) bool {
	p := x.word(k - 1)
	return nounMarkers.has(p) || p == "this" || p == "that" || p == "percentage" || p == "talking" || p == "more" || p == "much" || p == "some" || p == "loose" || p == "tough" || p != "" && isDigitByte(p[0])
}

// tellVerbs take the addressee as object before the content: "told The Nation that".
var tellVerbs = wordSetOf([]string{"tell", "tells", "told", "telling", "assured", "assure", "assures", "warned", "warn", "warns", "informed", "urged", "urge", "urges", "reminded", "asked", "ask", "asks", "convinced", "persuaded", "notified", "advised"})

// infinitiveVerbs take a to-infinitive as their content: "agreed to", "wants to", "would
// like to" (a phrasal cue, found by its first word).
var infinitiveVerbs = wordSetOf([]string{"would", "decide", "decides", "decided", "agree", "agrees", "agreed", "want", "wants", "wanted", "hope", "hopes", "hoped", "plan", "plans", "planned", "expect", "expects", "expected", "intend", "intends", "intended", "promise", "promises", "promised", "vow", "vows", "vowed", "pledge", "pledges", "pledged", "urge", "urges", "urged", "ask", "asks", "asked", "threaten", "threatened", "threatens", "refuse", "refused", "refuses", "decline", "declined", "declines", "seek", "seeks", "sought", "claim", "claims", "claimed", "deny", "denied", "fear", "feared", "appear", "appeared", "seem", "seemed", "called", "call", "calls", "warned", "warn", "warns", "continue", "continued", "continues",
	"promising", "vowing", "pledging", "threatening", "refusing", "declining", "seeking", "urging", "asking", "hoping", "planning", "wanting", "claiming", "expecting", "intending", "warning", "agreeing"})

// adverbialStart are words that begin an adverbial after a cue ("said on Tuesday",
// "said in a statement"), not its content.
var adverbialStart = wordSetOf([]string{"without", "outside", "inside", "near", "throughout", "upon", "aboard", "backstage", "onstage", "afterward", "in", "on", "at", "during", "while", "when", "after", "before", "last", "this", "yesterday", "today", "tonight", "earlier", "later", "to", "from", "via", "through", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "recently", "privately", "publicly", "separately", "afterwards", "again", "repeatedly", "also", "then", "late", "early", "over", "with", "by", "as", "since", "following", "amid", "ahead", "in", "of"})

// subject returns the noun phrase that opens sentence s (after a leading adverbial and
// comma) when a verb follows it before token limit, or noRng.
func (x *extractor) subject(s rng, limit int) rng {
	if np := x.subjectAt(s, s.a, limit); !np.empty() {
		return np
	}
	// "Hours later, Trump returned ...", "Back in 1999, Mr. Trump expressed ...": any short
	// opening adverbial before a comma.
	reach := 7
	if w := x.word(s.a); prepositionsSet.has(w) || strings.HasSuffix(w, "ing") || adverbialStart.has(w) || isLyAdverb(w) || w == "moreover" || w == "however" || w == "still" || w == "yet" {
		reach = 24 // "In a statement released Thursday, Rep. Hakeem Jeffries reacted ...",
		// "Moreover, as part of the exchange with Clinton, Gowdy referenced ..."
	}
	commas := 0
	for p := s.a + 1; p < limit && p < s.a+reach; p++ {
		if x.word(p) == "," {
			if p+1 < limit && x.toks[p+1].upper && !x.is(p+1, cPreposition) {
				return x.subjectAt(s, p+1, limit)
			}
			if commas++; commas == 3 {
				break
			}
			continue
		}
		if !x.isWord(p) && x.word(p) != "." && x.word(p) != "'s" {
			break
		}
	}
	return noRng
}

// subjectAt is subject for a sentence taken to start at token a.
func (x *extractor) subjectAt(s rng, a, limit int) rng {
	for a+1 < limit && x.isWord(a) && (leadingConjunctions.has(x.word(a)) || x.word(a) == "now" || x.word(a) == "still") && !x.is(a, cSubordinator) && x.word(a+1) != "," {
		a++ // "And then Trump went on the attack, saying ..."
	}
	s.a = a
	// "Washington (AFP) – Democrat Hillary Clinton ...": skip a dateline.
	for p := s.a + 1; p < limit && p < s.a+7; p++ {
		if w := x.word(p); w == "–" || w == "—" || w == "-" && x.toks[p-1].End < x.toks[p].Start {
			if x.toks[s.a].upper && p+1 < limit && x.toks[p+1].upper {
				a, s.a = p+1, p+1
			}
			break
		}
		if !x.toks[p].upper && x.isWord(p) {
			break
		}
	}
	// "Asked on Monday whether ..., Mrs. Clinton ...": skip an opening participial clause.
	if w := x.word(s.a); askForms.has(w) || strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") {
		for p := s.a; p < limit && p < s.a+30; p++ {
			if x.word(p) == "," {
				if np := x.npForward(s, p+1); !np.empty() && np.a < limit {
					a = p + 1
				}
				break
			}
		}
	}
	// "On Monday, Trump ...": skip a short opening adverbial.
	if w := x.word(s.a); a == s.a && (x.is(s.a, cPreposition) || adverbialStart.has(w) || isLyAdverb(w) || x.skipTime(s.a, limit) > s.a) {
		for p := s.a; p < limit && p < s.a+6; p++ {
			if x.word(p) == "," {
				a = p + 1
				break
			}
		}
	}
	if a == s.a {
		// "A few minutes later they ...", "Two days ago Trump ...": a time without a comma.
		t := a
		if w := x.word(t); w == "a" || w == "an" {
			t++
		}
		if e := x.skipTime(t, limit); e > t && e < limit && x.word(e) != "," {
			a = e
		}
	}
	np := x.npForward(s, a)
	if np.empty() && a != s.a {
		np = x.npForward(s, s.a)
	}
	if np.empty() || np.a >= limit {
		return noRng
	}
	if np.b > limit {
		np.b = limit
	}
	if isLyAdverb(x.word(np.a)) && !x.toks[np.a].upper {
		return noRng // "clearly frustrated" is no subject
	}
	// "Brian Fallon, a spokesman for Mrs. Clinton, called ...": a name and its appositive.
	if x.word(np.b) == "," && x.toks[np.b-1].upper {
		for k := np.b + 1; k < limit && k < np.b+16; k++ {
			if x.word(k) == "," {
				if x.verbLike(k+1) || x.isWord(k+1) && (isLyAdverb(x.word(k+1)) || x.is(k+1, cSkipBeforeCue)) && x.verbLike(k+2) ||
					(progressiveBeSet.has(x.word(k+1)) || x.word(k+1) == "has") && x.progressiveOrPerfect(k+2) ||
					x.presentBeforeObject(k+1) {
					return rng{np.a, k} // "Bernie Sanders, celebrating a victory, is pledging"
				}
				break
			}
		}
	}
	// The shortest opening run followed by a verb: "Trump gestured ..." gives "Trump", and
	// "Rubio also bemoaned ..." gives "Rubio".
	for e := np.a + 1; e <= np.b && e < limit; e++ {
		v := e
		if x.word(v) == "(" && e == np.b {
			// "Rep. Hakeem Jeffries (D-N.Y.) reacted": the parenthesis goes with the name.
			for v < limit && v < e+8 && x.word(v) != ")" {
				v++
			}
			v++
		}
		if (auxiliariesSet.has(x.word(v)) || negatedAux[x.word(v)]) && !x.toks[v].upper {
			return rng{np.a, e} // "Clinton has taken ...", "the blurring isn’t real"
		}
		if t := x.skipTimes(v, limit); t > v && t < limit && (x.word(v) == "on" || x.word(v) == "last" || x.word(v) == "this") {
			v = t // "The Sanders campaign on Monday also doubled down ..."
		}
		for v < limit && !x.toks[v].upper && (x.is(v, cSkipBeforeCue) || isLyAdverb(x.word(v))) {
			v++
		}
		if w := x.word(v); x.verbLike(v) || beFormsSet.has(w) && (w != "'s" || x.isContraction(v)) || auxiliariesSet.has(w) || (w == "goes" || w == "went") && x.word(v+1) == "on" && !x.toks[v].upper {
			return rng{np.a, e} // but "Germany’s Chancellor" is a possessive, not "Germany is"; "The suit goes on to fault ..."
		}
		if v == e && x.toks[e-1].upper && !x.is(e-1, cFunction) && pronounKind[x.word(e-1)] == "" && x.presentBeforeObject(v) && x.word(v+1) != "that" && !x.isOpenQuote(v+1) {
			return rng{np.a, e} // "Foley delivers a statement condemning the war and says ..."
		}
	}
	// "One operative inside Trump Tower tried ...": a prepositional phrase in the subject.
	if w := x.word(np.b); np.b < limit && (prepositionsSet.has(w) || adverbialStart.has(w)) && !x.toks[np.b].upper {
		if pp := x.npForward(s, np.b+1); !pp.empty() && pp.b-np.a < 14 {
			for e := pp.a + 1; e <= pp.b && e < limit; e++ {
				v := e
				for v < limit && !x.toks[v].upper && (x.is(v, cSkipBeforeCue) || isLyAdverb(x.word(v))) {
					v++
				}
				if x.verbLike(v) || x.word(v) == "has" || x.word(v) == "had" || progressiveBeSet.has(x.word(v)) {
					return rng{np.a, e}
				}
			}
		}
	}
	return noRng
}
