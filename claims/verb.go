package claims

// The finite cue verb: "SOURCE said [that] CONTENT", "CONTENT, SOURCE said", "SOURCE rejected
// CONTENT", and the relative and gapped clauses around it.

import "strings"

// verb handles a finite cue verb: "SOURCE said [that] CONTENT", "CONTENT, SOURCE said",
// "CONTENT, said SOURCE" and "SOURCE rejected CONTENT".
func (x *extractor) verb(s, cue rng, sn cueSense) bool {
	if done, ok := x.passiveCue(s, cue, sn); done {
		return ok
	}
	if x.toks[cue.a].upper && cue.a == s.a {
		return x.openingSaid(s, cue, sn)
	}
	if x.quotedAsTrailing(s, cue, sn) {
		return true // "CONTENT, Reuters quoted the ministry as saying."
	}
	if namingVerbs.has(x.word(cue.a)) && x.namingWhat(s, cue, sn) {
		return true
	}
	if r := x.relativeObject(s, cue); !r.empty() {
		// "the marchers, whom he described as “peaceful,”": the relative pronoun is the
		// object, and the as-phrase after the cue says what it is.
		x.add(draft{src: x.npBack(s, x.skipBack(s, cue.a)+1, true), cue: cue, content: []rng{r}, class: sn.class, inherit: -1})
		return true
	}
	at := x.progressiveAt(s, cue)
	if x.omissionAfterClaim(s, cue) || x.objectOfBase(s, cue) || x.tradeBlame(cue) || x.comparedSaying(cue) {
		return false
	}
	if x.orderInfinitive(s, cue) {
		sn.syn = synObject // "told Jeb Bush to quiet down": the addressee and the infinitive are the object
	}
	src := x.sourceLeft(s, at)
	src = x.whoseHead(s, src)
	if x.namingParticiple(src, cue) || x.nameAfterNoun(cue) || x.reducedRelative(s, src, cue) || x.participleAs(src, cue) || x.countedParticiple(s, cue) || x.absoluteWith(s, src, cue) || x.headlineSeriesCue(s, src, cue, at) {
		return false
	}
	if x.trailingBeforeSource(s, src, cue, sn) {
		return true
	}
	if (x.coordinatedAfter(cue) || x.adjunctOnly(s, cue.b)) && x.addRelativeGap(s, src, cue, sn) {
		// "which he has denied and which ...", "which Cruz proposed under a flat rate.":
		// the coordination or the adjunct is no content of the cue.
		return true
	}
	if !src.empty() && !x.speakerAfterAside(s, cue) && !x.nameAfterRelativeAside(s, src, cue, sn) && x.addSubjectContent(s, src, cue, sn, at) {
		return true
	}
	// Trailing attribution after the content: "..., the official said." or "...,” said Price."
	if d, ok := x.trailing(s, cue, sn); ok {
		x.add(d)
		return true
	}
	if x.addRelativeGap(s, src, cue, sn) {
		return true
	}
	if src.empty() {
		return x.verbWithoutSource(s, src, cue, sn)
	}
	return x.addRightContent(s, src, cue, sn, -1)
}

// nameAfterRelativeAside reports whether a cue after a comma that closes a relative clause
// in the subject is followed by a name that ends the sentence, alone or with its
// appositive: "Cruz lacks support from his colleagues, whom he has alienated, said Larry
// Sabato, a professor.": Sabato speaks, and the clause before the relative is the content,
// not the subject of "said" with "Larry Sabato" its content.
func (x *extractor) nameAfterRelativeAside(s, src, cue rng, sn cueSense) bool {
	if sn.syn != synVerb || cue.a-1 <= s.a || x.word(cue.a-1) != "," || !invertedSpeechVerbs.has(x.word(cue.a)) || !x.relativeIn(src.a-1, cue.a) && !x.whomIn(src.a-1, cue.a) {
		return false
	}
	if !x.isWord(cue.b) || !x.toks[cue.b].upper || x.skipTimes(cue.b, s.b) > cue.b || pronounKind[x.word(cue.b)] != "" {
		return false // "..., said Tuesday.", "..., said He ..."
	}
	t, ok := x.invertedSource(s, cue, sn, cue.a-1)
	if !ok || !t.more.empty() {
		return false
	}
	for k := t.src.a + 1; k < t.rest; k++ {
		if w := x.word(k); x.word(k-1) == "," && (beFormsSet.has(w) || auxiliariesSet.has(w) || x.verbLike(k)) {
			return false // "said Trump, a billionaire, is unfit": a clause after "said"
		}
	}
	for k := cue.b; k < x.npForward(s, cue.b).b; k++ {
		if w := x.word(k); w == "'s" || w == "’s" {
			return false // "confirmed Jackson’s death": an object
		}
	}
	return t.rest >= s.b || x.word(t.rest) == "." && t.rest+1 >= s.b
}

// invertedSpeechVerbs are the cues written after their content with the speaker after
// them: "..., said Larry Sabato.", "..., wrote Ann Roe."
var invertedSpeechVerbs = wordSetOf([]string{"said", "says", "added", "adds", "wrote", "writes", "noted", "notes", "explained", "argued", "argues", "insisted", "recalled", "observed"})

// whomIn reports whether "whom" opens a relative clause after a comma between tokens a and b.
func (x *extractor) whomIn(a, b int) bool {
	for k := a + 1; k < b; k++ {
		if x.word(k) == "whom" && x.word(k-1) == "," {
			return true
		}
	}
	return false
}

// passiveCue handles a passive cue: "were quickly derided by Laschet", "On Thursday, the
// dissolution of the club was announced.", "Sanders has been criticized for offering vague
// answers". It reports whether the cue was one (done), and then what verb returns (ok).
func (x *extractor) passiveCue(s, cue rng, sn cueSense) (done, ok bool) {
	if cue.b == cue.a+1 && beFormsSet.has(x.word(x.skipBack(s, cue.a))) && x.word(x.byAfter(s, cue.b)) == "by" {
		if a := x.npForward(s, x.byAfter(s, cue.b)+1); !a.empty() && x.word(a.b) == "as" && x.quotedBefore(s, a.b) == cue.a {
			return true, false // "was quoted by the RIA news agency as saying ...": the participle's claim
		}
		return true, x.passiveBy(s, cue, sn) // "were quickly derided by Laschet", "was endorsed Friday by"
	}
	if x.word(cue.a) == "announced" && cue.b == cue.a+1 && beFormsSet.has(x.word(x.skipBack(s, cue.a))) {
		return true, x.passiveAnnounced(s, cue, sn) // "On Thursday, the dissolution of the club was announced."
	}
	if (sn.syn == synObject || sn.syn == synVerb) && (sn.class == CueAccuse || x.word(cue.a) == "known") && cue.b == cue.a+1 && passiveGrounds.has(x.word(x.skipTimes(cue.b, s.b))) && beFormsSet.has(x.word(x.reputeBack(s, cue.a))) && x.passiveAccused(s, cue, sn) {
		return true, true // "Sanders has been criticized for offering vague answers"
	}
	return false, false
}

// openingSaid handles a capitalised cue that opens the sentence before its source and a
// comma: "Said Comey, "The thought ... is very painful to us.""
func (x *extractor) openingSaid(s, cue rng, sn cueSense) bool {
	src := x.npForward(s, cue.b)
	if src.empty() || x.word(src.b) != "," {
		return false
	}
	r := x.trimContent(rng{src.b + 1, x.clauseEnd(s, src.b+1)})
	if qi, ok := x.quoteOpenAt(src.b + 1); ok {
		r = rng{src.b + 1, x.followQuotes(qi) + 1}
	}
	if r.empty() {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{r}, class: sn.class, inherit: -1})
	return true
}

// namingWhat handles a naming verb after "what" and its subject, with a quote after it:
// "what Newt Gingrich called “the loudest ... election”": the naming is the claim. It
// reports whether it added one.
func (x *extractor) namingWhat(s, cue rng, sn cueSense) bool {
	j := x.skipBack(s, cue.a)
	if j <= s.a {
		return false
	}
	np := x.npBack(s, j+1, true)
	if np.empty() || np.a-1 < s.a || x.word(np.a-1) != "what" {
		return false
	}
	k := cue.b
	if w := x.word(k); (w == "a" || w == "an" || w == "the" || w == "as") && pronounKind[x.word(np.a)] == "" {
		k++ // what Sroka called a “let a thousand flowers bloom” approach
	}
	if qi, ok := x.quoteOpenAt(k); ok {
		x.add(draft{src: np, cue: cue, content: []rng{{cue.b, x.quotes[qi].close + 1}}, class: sn.class, inherit: -1})
		return true
	}
	return false
}

// progressiveAt returns where the subject of a progressive cue ends: left of "is", "has
// been", "would be" in "Trump is telling a town hall that ...", "The island has been
// warning that ...", "Democrats would be asking him to ..."; the cue's start otherwise.
func (x *extractor) progressiveAt(s, cue rng) int {
	if j := x.skipBack(s, cue.a); j >= s.a && (progressiveBeSet.has(x.word(j)) || x.word(j) == "been" || x.word(j) == "be") && strings.HasSuffix(x.word(cue.a), "ing") {
		return j
	}
	return cue.a
}

// tradeBlame reports whether "blame" after "trade" is a noun, the object: "Hamas, Israel
// trade blame" ("traded charges" is a cue of its own).
func (x *extractor) tradeBlame(cue rng) bool {
	w := x.word(cue.a - 1)
	return (w == "trade" || w == "traded" || w == "trading") && x.word(cue.a) == "blame"
}

// headlineSeriesCue reports whether the cue is the object of a verb in a headline's
// series of verbs in the present: "Acme reports record profit, raises forecast"; but not
// "Hungary blocks aid, diplomats say", "Trump leads, polls show".
func (x *extractor) headlineSeriesCue(s, src, cue rng, at int) bool {
	return src.b == src.a+1 && src.b == at && x.headlineLine(s) && x.presentSeries(s, src.a-1, src) && !personNounsSet.has(strings.TrimSuffix(x.word(src.a), "s")) && objectNounCue(x.word(cue.a))
}

// trailingBeforeSource adds a trailing attribution whose content comes before the source
// whatever follows the cue: an as-clause's ("The system is rigged, as Sanders has noted
// many times.") and a quote's right before the source ("“...,” Mr. Trump told the hosts
// of “Morning Joe.”"). It reports whether it added one.
func (x *extractor) trailingBeforeSource(s, src, cue rng, sn cueSense) bool {
	if x.asClauseSep(src, s.a) >= 0 {
		if d, ok := x.trailing(s, cue, sn); ok {
			x.add(d)
			return true
		}
	}
	if !src.empty() && x.quoteEndsAt(s, src.a-1) {
		if d, ok := x.trailing(s, cue, sn); ok {
			x.add(d)
			return true
		}
	}
	return false
}

// addRelativeGap adds the claim of a cue in a relative clause whose object is the
// relative pronoun ("which he has denied", "which Cruz proposed"), and reports whether
// there was one.
func (x *extractor) addRelativeGap(s, src, cue rng, sn cueSense) bool {
	r := x.relativeGap(s, src, cue)
	if r.empty() {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{r}, class: sn.class, inherit: -1})
	return true
}

// addSubjectContent adds the claim of a cue with its source before it and its content
// after it, and a gap filler or a quote's opening before the source; the cue takes in
// the progressive's auxiliary at (and adverbs between): "is telling", "is already
// claiming", "are now openly questioning", as PolNeAR marks them (10 times of 10 on the
// training split). It reports whether it added one.
func (x *extractor) addSubjectContent(s, src, cue rng, sn cueSense, at int) bool {
	content, ok := x.contentRight(s, x.throughParticle(s, cue), sn)
	if !ok {
		return false
	}
	if at < cue.a && x.cueAdverbs(at+1, cue.a) {
		cue.a = at
	}
	if gap := x.gapFiller(s, src, content[0]); !gap.empty() {
		content = append([]rng{gap}, content...)
	} else if open := x.quoteOpening(s, src, cue, content[0]); !open.empty() {
		content = append([]rng{open}, content...)
	}
	x.add(draft{src: src, cue: cue, content: content, class: sn.class, inherit: -1})
	return true
}

// addRightContent adds the claim of a cue from src with its content after the cue, and
// reports whether there was one.
func (x *extractor) addRightContent(s, src, cue rng, sn cueSense, inherit int) bool {
	content, ok := x.contentRight(s, cue, sn)
	if !ok {
		return false
	}
	x.add(draft{src: src, cue: cue, content: content, class: sn.class, inherit: inherit})
	return true
}

// verbWithoutSource handles a cue verb with no source before it: one that shares an
// earlier claim's source (coordinated, in a series, after a participle aside), the
// subject of "to say" or of a headline's series, or the sentence's opening subject.
func (x *extractor) verbWithoutSource(s, src, cue rng, sn cueSense) bool {
	inherit := -1
	j := x.skipBack(s, cue.a)
	if j >= s.a && x.word(j) == "," && strings.HasSuffix(x.word(cue.a), "ed") && !x.toks[cue.a].upper {
		if r, p := x.seriesSource(s, cue, j); p >= 0 {
			src, inherit = r, p
		}
	}
	if j >= s.a && (x.word(j) == "and" || x.word(j) == "but") {
		r, p, ok := x.coordinatedSource(s, cue, j)
		if !ok {
			return false
		}
		if !r.empty() {
			src, inherit = r, p
		}
	}
	if src.empty() && x.presentSeries(s, j, cue) {
		src = x.presentSubject(s, j) // "The union attacks the plan, says it will cost jobs"
	}
	if src.empty() {
		if r, p := x.asideSource(s, j); p >= 0 {
			src, inherit = r, p
		}
	}
	toSay := false
	if src.empty() && j > s.a && x.word(j) == "to" {
		src, cue.a, toSay = x.toSaySource(s, cue, j)
	}
	if src.empty() && sn.syn == synVerb && !x.toks[cue.a].upper {
		src = x.openingSubject(s, cue.a)
	}
	if src.empty() {
		return false
	}
	if toSay {
		content, ok := x.contentRight(s, cue, sn)
		if !ok || !x.isOpenQuote(content[0].a) {
			return false // "declined to say whether ..." reports no words
		}
		x.add(draft{src: src, cue: cue, content: content, class: sn.class, inherit: -1})
		return true
	}
	return x.addRightContent(s, src, cue, sn, inherit)
}

// seriesSource returns the source and index of the main claim of the sentence when the
// cue after the comma at j is a verb in a series with it: "He suggested X, called her
// “third-rate” and boycotted Y". The earlier content may run past the comma into this
// verb's, and then ends at it (see cutAtLaterClaims): "joked about her “friendship” with
// an aide, cited his ad and ..."; but a participle before "by" is a passive aside: "the
// meeting, requested by Sanders, would be ...". The index is -1 when there is none.
func (x *extractor) seriesSource(s, cue rng, j int) (rng, int) {
	if p := x.mainDraftIn(s); p >= 0 && !x.drafts[p].src.empty() && x.drafts[p].cue.b <= j && x.drafts[p].src.b <= x.drafts[p].cue.a {
		if c := x.drafts[p].content; (c[len(c)-1].b <= j+1 || x.word(cue.b) != "by") && strings.HasSuffix(x.word(x.drafts[p].cue.a), "ed") {
			return x.drafts[p].src, p
		}
	}
	return noRng, -1
}

// coordinatedSource returns the source of a cue after "and" or "but" at j: the main
// claim's, with its index ("rejected X and claimed that Y"), or the clause's subject
// ("Wilson praised Rubio's positions and said ...") with -1. It reports false when the
// cue is the content's own, inside the main claim: "said she was tired of it and wanted a
// change" (see sharedPredicate).
func (x *extractor) coordinatedSource(s, cue rng, j int) (rng, int, bool) {
	if p := x.mainDraftIn(s); p >= 0 && !x.drafts[p].src.empty() {
		if c := x.drafts[p].content; c[len(c)-1].a < j && c[len(c)-1].b > cue.a {
			return noRng, -1, false
		}
		return x.drafts[p].src, p, true
	}
	return x.clauseSubject(s, j), -1, true
}

// asideSource returns the source and index of a participle aside that ends with the
// quote closing at j, right before the cue: "Manafort, citing “the unique magic of
// Trump,” said ...": the verb after it shares its speaker. The index is -1 when there is
// none.
func (x *extractor) asideSource(s rng, j int) (rng, int) {
	if p := x.lastDraftIn(s); p >= 0 && x.isCloseQuote(j) {
		if d := x.drafts[p]; !d.src.empty() && d.src.b <= d.cue.a && d.content[len(d.content)-1].b == j+1 && hasSyn(cueSensesOf(x.word(d.cue.a)), synPart) {
			return d.src, p
		}
	}
	return noRng, -1
}

// toSaySource returns the source of a cue after "to" at j, where the cue starts, and
// whether it is a "to say" that needs a quote: the subject of the clause ("Mr. Trump was
// prompted to say, “...”", "O'Malley, who signed gun laws, interjected to say: ..."); but
// a subject that goes on with, or tries, the cue itself ("Clinton is continuing to insist
// she will ...", "Mr. Trump tried to defend his remarks", "He went on to rebut ...") needs
// no quote, and the cue reads "continuing to insist".
func (x *extractor) toSaySource(s, cue rng, j int) (rng, int, bool) {
	src, a, toSay := x.clauseSubject(s, j), cue.a, true
	if src.empty() && j-1 > s.a && x.verbLike(j-1) {
		src = x.sourceLeft(s, j-1) // "O'Malley, who signed gun laws, interjected to say: ..."
	}
	if v := x.goOnBefore(cue.a); v >= 0 && !askForms.has(x.word(cue.a)) {
		toSay, a = false, v
		if src.empty() {
			src = x.sourceLeft(s, v) // "He continues to insist that ..."
		}
	}
	return src, a, toSay
}

// relativeObject returns what a cue says of the relative pronoun that is its object, when
// the source between them is a noun phrase: "as “peaceful,”" in "whom he described as
// “peaceful,”", "which Cruz blasted as a gimmick" and "what they see as a failure". It runs to
// the end of the clause, as an object does; noRng when the cue is not so placed. (The pronoun
// joins the content in claims, see relativeBefore.)
func (x *extractor) relativeObject(s, cue rng) rng {
	if x.word(cue.b) != "as" || x.toks[cue.b].upper || cue.b+1 >= s.b {
		return noRng
	}
	j := x.skipBack(s, cue.a)
	if j <= s.a {
		return noRng
	}
	np := x.npBack(s, j+1, true)
	if np.empty() || np.a-1 < s.a {
		return noRng
	}
	switch x.word(np.a - 1) {
	case "what", "which", "who", "whom":
	default:
		return noRng
	}
	if x.prepositionalRelative(np.a - 1) {
		return noRng // "in which Lin gave a man identified as “Thomas”": the pronoun is no object
	}
	r := x.trimContent(rng{cue.b, x.clauseEnd(s, cue.b)})
	if r.b-r.a < 2 {
		return noRng
	}
	r.b = x.objectEnd(r)
	r.b = x.npCommaEnd(r)
	if np.a-2 >= s.a && x.word(np.a-2) == "," {
		// "the house, which friends described as miserable, contributed to ...": a clause
		// set off by a comma ends at the next one.
		for j := r.a + 2; j < r.b; j++ {
			if x.word(j) == "," && !x.inQuote[j] {
				r.b = j
				break
			}
		}
	}
	return r
}

// relativeGap returns the object a relative clause's cue leaves out when nothing follows the
// cue but the clause's end. PolNeAR marks the relative pronoun as the content, not the noun
// phrase it stands for: "which" in "a charge which he has denied." and "whom" in "the aide,
// whom she defended,"; without a pronoun, the noun phrase before the clause: "the
// off-the-cuff style he prefers.", "everything he said.". (After "that" it mostly leaves the
// noun phrase unmarked, "the things that Trump has said.", so that is not taken.) noRng when
// the cue is not so placed.
func (x *extractor) relativeGap(s, src, cue rng) rng {
	if src.empty() || src.a-1 <= s.a || x.toks[src.a-1].upper {
		return noRng
	}
	if k := x.skipTimes(cue.b, s.b); k < s.b { // "which Clinton denounced Thursday —"
		if w := x.word(k); !(w == "," || w == "." || w == ")" || w == ";" || isDash(w) || x.coordinatedAfter(cue) || x.adjunctOnly(s, k)) {
			return noRng // "whom Erdogan accuses of ...", "which they have likened to ...": the cue goes on
		}
	}
	p := src.a - 1
	switch w := x.word(p); w {
	case "which", "whom":
		if w := x.word(p - 1); prepositionsSet.has(w) || isCueForm(w) {
			// "the facts to which Lazar admitted": the pronoun is no object of the cue; "asked
			// whom she supported": an indirect question.
			return noRng
		}
		return rng{p, p + 1}
	case "everything", "something", "anything", "nothing":
		if x.contactSubject(src) && !isCueForm(x.word(p-1)) {
			return rng{p, p + 1}
		}
	default:
		// Not "In the end he conceded.": a noun phrase that opens the sentence or follows a
		// preposition tells when or how; nor "a third say they don't know": a verb; nor
		// "will believe anything he says", "defended the style he prefers": the object of
		// another cue, whose content holds the clause.
		np := x.nounBefore(s, src.a)
		if x.sumUp(np.a) {
			return noRng // "..., a charge he denies": the clause before is what he denies (see trailing)
		}
		if !np.empty() && np.a > s.a && x.contactSubject(src) && !isCueForm(w) && !x.is(np.a-1, cPreposition) && !isCueForm(x.word(np.a-1)) {
			return np
		}
	}
	return noRng
}

// coordinatedAfter reports whether another predicate of the relative clause follows the cue,
// so that the cue has no object of its own: "which he has denied and which she backed away
// from", "which he once supported - and has embraced".
func (x *extractor) coordinatedAfter(cue rng) bool {
	k := cue.b
	if isDash(x.word(k)) || x.word(k) == "-" {
		k++
	}
	if x.word(k) != "and" || x.toks[k].upper {
		return false
	}
	w := x.word(k + 1)
	return w == "which" || skipBeforeCueSet.has(w) || x.verbLike(k+1)
}

// adjunctOnly reports whether the words from k to the clause's end are a phrase of time or
// place and no object: "in March.", "under a flat rate.", "at the debate on Tuesday,".
func (x *extractor) adjunctOnly(s rng, k int) bool {
	if !adjunctPrepositions.has(x.word(k)) || x.toks[k].upper {
		return false
	}
	r := x.trimContent(rng{k, x.clauseEnd(s, k)})
	if r.a != k || r.b-k > 8 {
		return false
	}
	for j := k + 1; j < r.b; j++ {
		if w := x.word(j); !x.isWord(j) || gapAux.has(w) || isCueForm(w) || whWord.has(w) || w == "that" || w == "to" {
			return false
		}
	}
	return true
}

// adjunctPrepositions open a phrase of time or place after a verb ("last" a time: "last
// year"); "to", "of", "for", "about", "as" and the like mostly open the verb's complement.
var adjunctPrepositions = wordSetOf([]string{"in", "at", "on", "under", "during", "last"})

// contactSubject reports whether src can be the subject of a relative clause without a
// pronoun: a personal pronoun or a name ("the style he prefers", "the deal Sanders opposed").
func (x *extractor) contactSubject(src rng) bool {
	return subjectPronounsSet.has(x.word(src.a)) || x.toks[src.a].upper
}

// quoteOpening returns the words that open the sentence before "SOURCE CUE," when the quote
// after the cue goes on with them: "An economic downturn, he said, “could be a good time to
// borrow.”", "If the plan passes, she said, “it will be a disaster.”" The quote opens in lower
// case, so it is no sentence of its own; PolNeAR's content holds both (on its training split
// about 26 times to 5).
func (x *extractor) quoteOpening(s, src, cue, content rng) rng {
	if content.a != cue.b+1 || x.word(cue.b) != "," || src.b != cue.a || !x.isOpenQuote(content.a) || content.a+1 >= len(x.toks) || !x.isWord(content.a+1) || x.toks[content.a+1].upper {
		return noRng
	}
	if src.a-1 <= s.a || x.word(src.a-1) != "," || x.quoteEndsAt(s, src.a-1) {
		return noRng
	}
	a := s.a
	for a < src.a-1 && !x.isWord(a) {
		a++
	}
	if a >= src.a-1 || x.inQuote[a] {
		return noRng
	}
	for k := a; k < src.a-1; k++ {
		if x.used[k] || x.isOpenQuote(k) {
			return noRng // another claim's cue, or a quote of its own: "X said Y, which, he said, “...”"
		}
	}
	return rng{a, src.a - 1}
}

// gapFiller returns the noun phrase a content without a subject is about, when it stands
// right before the source: "a claim DHS said was false" says "a claim ... was false". The
// content must open with a finite auxiliary; otherwise noRng.
func (x *extractor) gapFiller(s, src, content rng) rng {
	if !gapAux.has(x.word(content.a)) {
		return noRng
	}
	return x.nounBefore(s, src.a)
}

// nounBefore returns the noun phrase that ends right before token end when it is a determiner
// or possessive and one to three lower-case words that are no function words: "a claim", "the
// figures", "his tax proposals"; noRng otherwise.
func (x *extractor) nounBefore(s rng, end int) rng {
	// Back over lower-case words that are no function words to a determiner.
	for a := end - 1; a >= s.a && a > end-4; a-- {
		t := x.toks[a]
		if t.kind != tWord || t.upper {
			return noRng
		}
		if isDeterminer(t.low) || possessivesSet.has(t.low) {
			if a == end-1 {
				return noRng
			}
			return rng{a, end}
		}
		if x.is(a, cFunction|cPreposition) || subjectPronounsSet.has(t.low) {
			return noRng
		}
	}
	return noRng
}

var gapAux = wordSetOf([]string{"was", "were", "is", "are", "had", "has", "have", "would", "will"})

// thatObject reports whether the "that" at k is a demonstrative pronoun, the object of the
// verb before it with a particle or preposition after it ("She brought that down to
// $42,000"), not a conjunction or a relative that opens a clause.
func (x *extractor) thatObject(k int) bool {
	return k > 0 && x.verbLike(k-1) && !x.toks[k-1].upper && (x.is(k+1, cPreposition) || verbParticles.has(x.word(k+1)))
}

// verbParticles follow a verb and its object: "brought that down", "turned it over".
var verbParticles = wordSetOf([]string{"back", "out", "down", "up", "off", "over", "away"})

// clauseSubject returns the subject of the clause that holds token k: the mention after the
// last clause boundary ("that", a comma, a subordinator or the sentence start) when a verb
// follows it, or noRng.
func (x *extractor) clauseSubject(s rng, k int) rng {
	b := k - 1
	for b >= s.a && b > k-20 {
		w := x.word(b)
		if w == "that" && !x.thatObject(b) || w == "," || w == ";" || subordinatorsSet.has(w) && !x.toks[b].upper && x.startsClause(b+1) {
			break
		}
		if (w == "which" || w == "whom") && x.is(b-1, cPreposition) && x.startsClause(b+1) {
			break // "a news conference in which he continued his assault, mocking ...": his
		}
		if w == "who" && x.word(k) != "," {
			if r := x.dashedRelativeHead(s, b, k); !r.empty() {
				return r // "after Pompeo – who is expected in Islamabad - telephoned Khan and discussed"
			}
			// "Trump, who has often struggled while talking about the issue, made no comment",
			// "McConnell, who has endorsed Trump and criticized his campaign": a cue inside
			// the relative clause has its pronoun as source, as PolNeAR annotates it; the
			// clause closes at a comma before the main verb, which has the name.
			return rng{b, b + 1}
		}
		b--
	}
	if b < s.a {
		if r := x.subject(s, k); !r.empty() {
			return x.pronounAlone(r)
		}
		if np := x.npForward(s, s.a); !np.empty() && np.b <= k {
			// "Wealth-X keeps its own finances a secret but says ...": a verb in the present.
			for e := np.a + 1; e <= np.b; e++ {
				if x.presentBeforeObject(e) {
					return rng{np.a, e}
				}
			}
			// "Clinton, who was speaking to the mayors, did not ...": a name and its appositive.
			if x.word(np.b) == "," && x.toks[np.b-1].upper {
				return np
			}
		}
		return noRng
	}
	if w := x.word(b + 1); w == "and" || w == "but" || w == "then" || w == "or" {
		// "The senator sought to calm his supporters, and took a heckler in stride, saying":
		// a coordinated predicate shares the earlier clause's subject.
		if x.verbLike(b+2) || x.is(b+2, cSkipBeforeCue) {
			r := x.clauseSubject(s, b)
			if w := x.word(r.a - 1); !r.empty() && r.a > s.a && x.word(b) == "," && (w == "that" || subordinatorsSet.has(w)) {
				// "Putin backpedaled on his prediction that Russia would recover, and blamed
				// ...": after a comma the predicate is the main clause's, not the "that"
				// clause's.
				if m := x.subject(s, r.a-1); !m.empty() {
					return m
				}
				// "The governor backed off his forecast that ...": a cue word of the lexicon
				// used otherwise ends the subject as a verb would.
				if np := x.npForward(s, s.a); !np.empty() && np.b < r.a-1 && len(cueSensesOf(x.word(np.b))) > 0 && !x.toks[np.b].upper {
					return np
				}
			}
			return r
		}
		return x.subjectAt(s, b+2, k)
	}
	aux := x.is(b+1, cSkipBeforeCue) && !x.toks[b+1].upper // "..., wouldn’t say Tuesday how ..."
	if r := x.subjectAt(s, b+1, k); !r.empty() && !aux {
		return x.pronounAlone(r)
	}
	if x.word(b) == "," && b > s.a && (aux || x.word(b+1) == "did" || x.word(b+1) == "does" || x.verbLike(b+1) || x.word(b+1) == "who" || x.word(b+1) == "which" || isLyAdverb(x.word(b+1)) && !x.toks[b+1].upper) {
		// "Clinton, who was speaking to the mayors, did not mention Trump": the clause after
		// an appositive has the subject before it; so does "Gary Emineth, a former state party
		// chairman, became a delegate and said".
		if r := x.clauseSubject(s, b); !r.empty() || !aux && !x.verbLike(b+1) {
			return r
		}
		return x.appositive(s, b)
	}
	return noRng
}

// pronounAlone returns the subject r of the clause before a participle cut to its subject
// pronoun when it opens with one: in "She offers hope, urging ..." a pronoun takes no noun
// after it, and "offers" is the verb, though "hope" may read as one.
func (x *extractor) pronounAlone(r rng) rng {
	if subjectPronounsSet.has(x.word(r.a)) && r.b > r.a+1 && !x.toks[r.a+1].upper {
		r.b = r.a + 1
	}
	return r
}

// asPutIt handles a sentence that opens with the speaker in an as-clause: "As Vulture put
// it, “Hello, it’s the Biebs.”", "Or, as Tom Ridge, a former secretary, put it: “...”",
// "As Michael Dell said last week in Tel Aviv, “...”". The content follows the clause.
func (x *extractor) asPutIt(s rng, k int) bool {
	opens := true
	for p := s.a; p < k; p++ {
		if w := x.word(p); x.isWord(p) && w != "or" && w != "but" && w != "and" && w != "so" {
			opens = false
		}
	}
	if !opens && x.word(k-1) != "," {
		return false // the clause opens the sentence, or follows a comma before a quote
	}
	if opens && x.asReportedBy(s, k) {
		return true
	}
	src := x.npForward(s, k+1)
	if src.empty() || src.a != k+1 {
		return false
	}
	for e := src.a + 1; e < src.b; e++ {
		if w := x.word(e); (w == "put" || w == "puts") && x.word(e+1) == "it" {
			src.b = e // "As Vulture put it": the mention ends at the cue
		}
	}
	v := src.b
	if x.word(v) == "," {
		// "as Tom Ridge, a former secretary of homeland security, put it"
		for p := v + 1; p < s.b && p < v+20; p++ {
			if qi, ok := x.quoteOpenAt(p); ok && x.quotes[qi].close < s.b {
				// "author of ''America's Unwritten Constitution,'' put it": a title in the appositive
				if p = x.quotes[qi].close; x.word(p-1) == "," {
					src.b, v = p+1, p+1
					break
				}
				continue
			}
			if x.word(p) == "," {
				src.b, v = p, p+1
				break
			}
		}
	}
	for v < s.b && !x.toks[v].upper && (x.is(v, cSkipBeforeCue) || isLyAdverb(x.word(v))) {
		v++
	}
	var cue rng
	switch w := x.word(v); {
	case (w == "put" || w == "puts") && x.word(v+1) == "it":
		cue = rng{v, v + 2}
	case hasSyn(cueSensesOf(w), synVerb) && !x.toks[v].upper:
		cue = rng{v, v + 1}
	default:
		return false
	}
	if x.asCueObject(cue) {
		return false
	}
	c := cue.b
	for c < s.b && c < cue.b+12 && x.word(c) != "," && x.word(c) != ":" {
		if x.toks[c].kind != tWord {
			return false
		}
		c++
	}
	if c >= s.b || c == cue.b+12 {
		return false
	}
	var content rng
	if qi, ok := x.quoteOpenAt(c + 1); ok {
		content = rng{c + 1, x.followQuotes(qi) + 1}
	} else if !opens {
		return false // "..., as Smith noted, the economy is weak": the content may be before
	} else {
		content = x.trimContent(rng{c + 1, x.clauseEnd(s, c+1)})
	}
	if content.empty() {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{content}, class: CueAssert, inherit: -1})
	return true
}

// asCueObject reports whether the cue of an as-clause takes its own content right after it,
// a that-clause or a noun phrase, so that the clause after the comma is none of it: "As
// Obama announces that he is ready for the fight, he is set to ...", "As no one could
// predict the success of the show, Jess was paid ...". Not the addressee of a verb of
// telling ("As Clinton told the Daily News, tax relief is ...").
func (x *extractor) asCueObject(cue rng) bool {
	if cue.b != cue.a+1 || x.addresseeCue(cue) {
		return false
	}
	w := x.word(cue.b)
	return w == "that" || isDeterminer(w) || possessivePronounsSet.has(w)
}

// endsAsking reports whether the closing quotation mark at p follows a question or exclamation
// mark, perhaps with a nested quote's closing mark between: “Who are they?”, and the nested
// 'What did he mean?' closing a quote.
func (x *extractor) endsAsking(p int) bool {
	for k := p - 1; k >= p-2 && k >= 0; k-- {
		if w := x.word(k); w == "?" || w == "!" {
			return true
		}
		if !x.isCloseQuote(k) {
			return false
		}
	}
	return false
}

// asReportedBy handles an opening as-clause with a passive cue and its agent: "As reported by
// Western Journalism, investigators found ...", "As first noted by Politico, ...". The agent
// is the source and the clause after the comma the content.
func (x *extractor) asReportedBy(s rng, k int) bool {
	v := k + 1
	for v < s.b && (x.word(v) == "first" || x.word(v) == "previously" || x.word(v) == "earlier" || isLyAdverb(x.word(v))) {
		v++
	}
	if v+2 >= s.b || x.toks[v].upper || !strings.HasSuffix(x.word(v), "ed") || !hasSyn(cueSensesOf(x.word(v)), synVerb) || x.word(v+1) != "by" {
		return false
	}
	src := x.npForward(s, v+2)
	if src.empty() || x.word(src.b) != "," || x.isOpenQuote(src.b+1) {
		return false
	}
	content := x.trimContent(rng{src.b + 1, x.clauseEnd(s, src.b+1)})
	if content.empty() {
		return false
	}
	class := CueReport
	for _, sn := range cueSensesOf(x.word(v)) {
		if sn.syn == synVerb {
			class = sn.class
			break
		}
	}
	x.add(draft{src: src, cue: rng{v, v + 1}, content: []rng{content}, class: class, inherit: -1})
	return true
}

// quoteEndsAt reports whether a quote of sentence s closes at token p with a comma, question
// or exclamation mark before its closing mark, or closes at p-1 with the comma at p after it:
// "“...,” Trump said", "“...?” Trump said" and "“...”, Trump said".
func (x *extractor) quoteEndsAt(s rng, p int) bool {
	if x.word(p) == "," {
		if qi, ok := x.quoteCloseAt(p - 1); ok && x.subordinateQuote(s, x.quotes[qi].open) {
			return false // "While Apple has yet to name a date beyond “early 2015”, sources say ..."
		}
		return p-1 > s.a && x.isCloseQuote(p-1)
	}
	if !x.isCloseQuote(p) || p < s.a-1 || p+1 < len(x.toks) && x.toks[p+1].nl > 0 {
		return false // a quote in the paragraph before is not this attribution's
	}
	w := x.word(p - 1)
	if qi, ok := x.quoteCloseAt(p); ok && (w == "," || w == "?" || w == "!") {
		// Not a name quoted inside an opening adverbial: "In an email described as a
		// “joint policy initiative,” the mayor said ...".
		if o := x.quotes[qi].open; o > s.a && x.isWord(o-1) && (x.word(o-1) == "a" || x.word(o-1) == "an") {
			return false
		}
		if x.subordinateQuote(s, x.quotes[qi].open) {
			// Nor one inside an opening subordinate clause: "While Apple has yet to name a
			// date beyond “early 2015,” sources say ...".
			return false
		}
		// Nor a show's title: "On ABC’s “This Week,” Rubio questioned ...".
		if q := x.quotes[qi]; q.open > s.a && x.isWord(q.open-1) && x.titleCase(q) && x.words(q.open, q.close) <= 5 {
			return false
		}
	}
	return w == "," || w == "?" || w == "!"
}

// subordinateQuote reports whether the quote opening at o stands inside the subordinate
// clause that opens sentence s, after a word of it: the clause is no content of the
// speaker after the quote, whose content follows the cue ("While Apple has yet to name a
// date beyond “early 2015,” sources say the company plans ...").
func (x *extractor) subordinateQuote(s rng, o int) bool {
	return o > s.a+1 && x.isWord(o-1) && x.subordinateOpening(s, false)
}

// namingParticiple reports whether cue, a naming verb right after the common noun src, is a
// participle that names the thing before it rather than a speaker's words: "items labeled
// “Made in the U.S.A.”", "a group called the “We The People Foundation”".
func (x *extractor) namingParticiple(src, cue rng) bool {
	if src.empty() || src.b != cue.a || !namingVerbs.has(x.word(cue.a)) || x.toks[src.b-1].upper {
		return false
	}
	last := x.word(src.b - 1)
	if pronounKind[last] != "" || (orgWordsSet.has(last) || mediumWordsSet.has(last)) && x.word(src.a) == "the" {
		return false // "he called “...”", "the newspaper called “...”"
	}
	k := cue.b
	if w := x.word(k); w == "as" || isDeterminer(w) {
		k++
	}
	return x.isOpenQuote(k)
}

// nameAfterNoun reports whether "named", "called" or "dubbed" right after a common noun with
// an article before it is followed by a name (or, but for "called", a number), which it gives
// the noun: "an asteroid named 2014 RC passed", "the homeless man named Thomas", "a site
// called Daily Buzz Live"; not after a body or a medium ("the newspaper called Trump ..."),
// nor after a person with "the" before "called" ("the band leader called Democrats up").
func (x *extractor) nameAfterNoun(cue rng) bool {
	w := x.word(cue.a)
	if cue.b != cue.a+1 || w != "named" && w != "called" && w != "dubbed" || cue.a < 2 || !x.isWord(cue.b) {
		return false
	}
	if n := x.word(cue.b); !x.toks[cue.b].upper && !(w != "called" && isDigitByte(n[0])) {
		return false
	}
	k := cue.a - 1
	if last := x.word(k); !x.isWord(k) || x.toks[k].upper || orgWordsSet.has(last) || mediumWordsSet.has(last) || x.is(k, cFunction) || pronounKind[last] != "" {
		return false
	}
	for p := k - 1; p >= 0 && p >= k-4; p-- {
		switch v := x.word(p); {
		case isDeterminer(v):
			// "the band leader called the delegates to the stage": a person the article
			// defines calls, one it introduces is called ("a man called Ahmadu").
			return !(v == "the" && w == "called" && personNoun(x.word(k)))
		case v == "-" || x.isWord(p) && !x.toks[p].upper && !possessivesSet.has(v) && !x.is(p, cFunction):
			continue
		default:
			return false
		}
	}
	return false
}

// reducedRelative reports whether the cue is a participle that modifies the common noun
// ending the source right before it, with a preposition after it: "balked at the price
// quoted for the surgery", "Names suggested for the role included three actors". The noun
// phrase is then the object of a preposition before it, or the subject of a verb after the
// prepositional phrase; no one speaks.
func (x *extractor) reducedRelative(s, src, cue rng) bool {
	if src.empty() || src.b != cue.a || cue.b > cue.a+2 || x.toks[cue.a].upper || x.toks[src.b-1].upper && src.b-1 > s.a {
		return false
	}
	if !strings.HasSuffix(x.word(cue.a), "ed") || !relativePreps.has(x.word(cue.a+1)) || pronounKind[x.word(src.b-1)] != "" || x.quantifierAt(cue.a+1) || x.approximately(cue.a+1) {
		return false
	}
	if w := x.word(src.b - 1); w == "who" || w == "which" || w == "that" {
		return false
	}
	return x.objectBefore(s, cue.a) || x.predicateAfter(s, cue.a+2)
}

// participleAs reports whether the cue is a participle in -ed of a verb that takes an object
// and "as", with "as" right after it (perhaps past "only" or an adverb in -ly), after a comma
// or a common noun and with no relative pronoun before its subject: its object is missing,
// so it is a passive that modifies the noun before it and no one speaks ("the delivery man,
// identified only as Rob, ...", "gave a homeless man identified as “Thomas” ...").
func (x *extractor) participleAs(src, cue rng) bool {
	w := x.word(cue.a)
	if src.empty() || cue.b != cue.a+1 || x.toks[cue.a].upper || !strings.HasSuffix(w, "ed") || !hasSyn(cueSensesOf(w), synObject) {
		return false
	}
	k := cue.b
	if n := x.word(k); n == "only" || isLyAdverb(n) {
		k++
	}
	if x.word(k) != "as" {
		return false
	}
	if r := x.word(src.a - 1); (r == "who" || r == "whom" || r == "which" || r == "what" || r == "that") && !x.prepositionalRelative(src.a-1) {
		return false // "whom he identified as a son": the relative pronoun is the object; not "in which"
	}
	p := cue.a - 1
	if x.word(p) == "," {
		return true
	}
	return src.b == cue.a && x.isWord(p) && !x.toks[p].upper && pronounKind[x.word(p)] == "" && !x.is(p, cFunction)
}

// whoseHead returns the source src widened to the noun phrase before it when src is a
// relative clause opened by "whose" with a verb of its own, which makes the cue after it the
// main clause's ("A company whose video service captured audio of the shooting said ...",
// "David Fenton, a strategist whose agency made the ads, said"); src otherwise ("Obama,
// whose administration had touted ...": the relative's own cue).
func (x *extractor) whoseHead(s, src rng) rng {
	if src.empty() || x.word(src.a-1) != "whose" || src.a-1 <= s.a {
		return src
	}
	for k := src.a + 1; k < src.b; k++ {
		w := x.word(k)
		if x.isWord(k) && !x.toks[k].upper && (strings.HasSuffix(w, "ed") || irregularPastSet.has(w) || auxiliariesSet.has(w) || beFormsSet.has(w) || x.presentBeforeObject(k)) {
			if head := x.npBack(s, src.a-1, true); !head.empty() {
				return rng{head.a, src.b}
			}
			return src
		}
	}
	return src
}

// prepositionalRelative reports whether the relative pronoun at k is "which" or "whom" after
// a preposition other than "of" ("in which", "to whom"), and so no object of the verb after
// it; "what" after one is ("about what they described as ...").
func (x *extractor) prepositionalRelative(k int) bool {
	w, p := x.word(k), x.word(k-1)
	return (w == "which" || w == "whom") && prepositionsSet.has(p) && p != "of"
}

// objectBefore reports whether the short noun phrase that ends at k is the object of a
// preposition before it that no subject's noun takes: "(balked) at the price"; but "most of
// his competitors called for", "advocates in the community called for".
func (x *extractor) objectBefore(s rng, k int) bool {
	for p := k - 1; p > s.a && p >= k-4; p-- {
		if !x.isWord(p) || x.toks[p].upper {
			return false
		}
		if objectPreps.has(x.word(p)) {
			return p < k-1
		}
		if x.is(p, cFunction) && !isDeterminer(x.word(p)) {
			return false
		}
	}
	return false
}

// predicateAfter reports whether a verb that is no cue follows the short noun phrase at k,
// with no comma or clause between: "(suggested for) the role included".
func (x *extractor) predicateAfter(s rng, k int) bool {
	if x.skipTimes(k, s.b) > k {
		return false // "reported on Wednesday the Secret Service had ..."
	}
	for p := k + 1; p < s.b && p < k+6; p++ {
		if !x.isWord(p) || x.word(p) == "that" || whWord.has(x.word(p)) || subordinatorsSet.has(x.word(p)) || x.is(p, cPreposition|cTimeNoun) {
			return false
		}
		if x.finiteAt(p) {
			// not "(balked at) hacking an iPhone used by", another participle, nor "(One
			// lesson learned in the campaign) is that ...", which tells what was learned
			w := x.word(p)
			return len(cueSensesOf(w)) == 0 && x.word(p-1) != "to" && !(strings.HasSuffix(w, "ed") && x.is(p+1, cPreposition)) && !(beFormsSet.has(w) && x.word(p+1) == "that")
		}
	}
	return false
}

// objectPreps take the noun phrase that a participle after it modifies as their object: "balked
// at the price quoted for"; not "of", "in", "for", which a subject's noun takes too, nor
// "after", "before", which open a clause.
var objectPreps = wordSetOf([]string{"at", "to", "with", "about", "into", "over", "against"})

// relativePreps open the phrase after a participle that modifies a noun: "the price quoted
// for", "a document obtained by".
var relativePreps = wordSetOf([]string{"for", "by", "in", "at", "from", "on", "under", "during"})

// namingVerbs name something in the speaker's words: what X called "Y".
var namingVerbs = wordSetOf([]string{"called", "calls", "call", "dubbed", "termed", "described", "labeled", "labelled", "branded"})

// lastDraftIn returns the index of the latest draft whose cue lies in s, or -1.
func (x *extractor) lastDraftIn(s rng) int {
	for i := len(x.drafts) - 1; i >= 0; i-- {
		if c := x.drafts[i].cue.a; c >= s.a && c < s.b {
			return i
		}
		if x.drafts[i].cue.a < s.a {
			break
		}
	}
	return -1
}

// mainDraftIn returns the index of the latest draft in s that is not nested in another's
// content ("Ethiopia rejected Egypt's claim that ..., calling it baseless": the participle
// belongs to the rejection, not to the claim), or -1.
func (x *extractor) mainDraftIn(s rng) int {
	return x.mainDraftWhere(s, nil)
}

// mainDraftWhere is mainDraftIn over the drafts that skip does not leave out.
func (x *extractor) mainDraftWhere(s rng, skip func(draft) bool) int {
	for i := len(x.drafts) - 1; i >= 0; i-- {
		c := x.drafts[i].cue.a
		if c < s.a {
			break
		}
		if c >= s.b || skip != nil && skip(x.drafts[i]) {
			continue
		}
		nested := false
		for j := i - 1; j >= 0 && x.drafts[j].cue.a >= s.a; j-- {
			for _, r := range x.drafts[j].content {
				if r.a <= c && c < r.b {
					nested = true
				}
			}
		}
		if !nested {
			return i
		}
	}
	return -1
}

// openingConnectives open a sentence before its subject: "But", "Yet", "Still, ".
var openingConnectives = wordSetOf([]string{"but", "and", "yet", "so", "still", "now", "meanwhile", "instead", "indeed", "also"})

// openingSubject returns the words from the sentence's start to the cue verb at k, past its
// auxiliariesSet and adverbs, when they make one subject the other rules could not take apart:
// "Nearly nine out of 10 say ...", "Those over 60 say ...", "A study by two economists of the
// University of Chicago concluded that ...", "A U.S. official familiar with the inquiry said
// ...", "Many of you have noted ...". The subject opens the sentence, or follows a connective
// ("But research to be released this week by four economists suggests ...") or an opening
// adverbial's last comma ("While 86 percent ..., 43 said ..."); it opens with a name, a
// determiner or a number and holds no clause of its own: no comma, quote, pronoun (but "of
// you"), form of "be" or cue verb with an object ("what he called", "Frazier said the
// 99-county pledge was", "The party released its list of 25 recommended delegates"), and no
// coordination right before the cue.
func (x *extractor) openingSubject(s rng, k int) rng {
	j := x.skipBack(s, k)
	a, connective := s.a, false
	for p := j - 1; p > s.a; p-- {
		if w := x.word(p); w == ":" || w == ";" {
			a = p + 1 // "... a cumulative effect: Some 20 percent of people in a recent poll said"
			break
		}
	}
	for a < j && (!x.isWord(a) || x.toks[a].upper && openingConnectives.has(x.word(a)) || x.word(a) == ",") {
		connective = connective || x.isWord(a)
		a++ // "But research to be released this week by four economists suggests"
	}
	if a < j && (x.is(a, cPreposition) || subordinatorsSet.has(x.word(a))) {
		// "In Ohio, a Marist College poll released last week showed ...", "While 86
		// percent had a favorable opinion, 43 said ...": the subject follows the opening
		// adverbial's comma.
		c := j
		for c > a && x.word(c) != "," {
			c--
		}
		if c == a {
			return noRng
		}
		a = c + 1 // "Since June 16, when he asked them, at least 21,000 said": the last comma
	}
	if j < a || j-a > 20 || !x.isWord(j) || x.is(j, cFunction|cPreposition) || isDeterminer(x.word(j)) || clauseConjunctions.has(x.word(j)) {
		return noRng
	}
	if w := x.word(a); !(x.toks[a].upper || connective || isDeterminer(w) || isDigitByte(w[0]) || groupQuantifiers.has(w)) || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || isCueForm(w) {
		return noRng // but "Courted by most of the candidates, ...", "Asked about ..."
	}
	for p := a; p <= j; p++ {
		w := x.word(p)
		if !x.isWord(p) && w != "'s" && w != "’s" && w != "-" && w != "." {
			return noRng
		}
		if (subjectPronounsSet.has(w) || objectPronounsSet.has(w)) && p > a && (x.word(p-1) == "of" || subjectPronounsSet.has(w) && !x.toks[p-1].upper && x.isWord(p-1) && !x.is(p-1, cFunction|cPreposition) && !x.verbLike(p-1)) {
			continue // "Many of you have noted", "none of the scholars I interviewed thought"
		}
		if w == "that" || whWord.has(w) || subjectPronounsSet.has(w) || objectPronounsSet.has(w) || possessivesSet.has(w) && p > a || beFormsSet.has(w) && x.word(p-1) != "to" || subordinatorsSet.has(w) && p > a {
			return noRng
		}
		if n := x.word(p + 1); isCueForm(w) && (isDeterminer(n) || possessivesSet.has(n) || n == "that" || irregularPastSet.has(w) || strings.HasSuffix(w, "ed") && !x.is(p+1, cPreposition)) {
			return noRng // "Frazier said the 99-county pledge was", but "a 2014 estimate by"
		}
	}
	return rng{a, j + 1}
}

// objectNounCue reports whether the cue form w is also a noun that a headline's verb takes as
// its object: "raises forecast", "cuts estimate".
func objectNounCue(w string) bool {
	return w == "forecast" || w == "estimate" || hasSyn(cueSensesOf(w), synNoun)
}

// omissionAfterClaim reports whether the cue is a negated "mention" or "address" coordinated
// after a claim of the same clause: "The ministry said its forces had struck military
// targets but did not mention the apartment block". What a speaker leaves out of a statement
// is the writer's remark on it, no statement of its own; a sentence that opens with the
// omission ("Clinton did not mention Trump by name") stays a claim, as PolNeAR has it.
func (x *extractor) omissionAfterClaim(s, cue rng) bool {
	if w := x.word(cue.a); w != "mention" && w != "address" || x.toks[cue.a].upper {
		return false
	}
	j, negated := cue.a-1, false
	for j > s.a && j > cue.a-4 && x.isWord(j) && !x.toks[j].upper {
		if w := x.word(j); w == "not" || w == "never" || negatedAux[w] {
			negated = true
		} else if w == "but" || w == "and" {
			break
		} else if w != "did" && w != "does" && w != "do" && !isLyAdverb(w) && w != "also" {
			return false
		}
		j--
	}
	if !negated || (x.word(j) != "but" && x.word(j) != "and") {
		return false
	}
	p := x.mainDraftIn(s)
	return p >= 0 && x.drafts[p].cue.b <= j
}

// passiveAnnounced handles "announced" in the passive without its agent: "the dissolution of
// the club was announced", "A year after it was announced, ...", "aides cheered as she was
// announced the winner". PolNeAR marks no source and takes the subject, with the title
// the announcement gives it, for the content.
func (x *extractor) passiveAnnounced(s, cue rng, sn cueSense) bool {
	b := x.skipBack(s, cue.a)
	if n := x.word(cue.b); n == "that" || n == "to" || n == "as" {
		return false
	}
	subj := x.sourceLeft(s, b)
	if subj.empty() {
		return false
	}
	if subj.b == subj.a+1 && x.word(subj.a) == "which" && x.word(subj.a-1) == "of" {
		if np := x.npBack(s, subj.a-1, false); !np.empty() {
			subj.a = np.a // "the results of which will be announced"
		}
	}
	content := []rng{subj}
	if npDeterminersSet.has(x.word(cue.b)) {
		if np := x.npForward(s, cue.b); !np.empty() {
			content = append(content, np) // "was announced the second-place winner"
		}
	}
	x.add(draft{src: noRng, cue: rng{b, cue.b}, content: content, class: sn.class, inherit: -1})
	return true
}

// addresseeCue reports whether the cue is a verb that takes its addressee before the content
// ("told The Nation that", "warned voters they ..."): not when the cue ends in the particle
// that opens its object ("warned of the risk of an outbreak").
func (x *extractor) addresseeCue(cue rng) bool {
	if !tellVerbs.has(x.word(cue.a)) {
		return false
	}
	last := x.word(cue.b - 1)
	return !(cue.b > cue.a+1 && (last == "of" || last == "about" || last == "against"))
}

// orderVerbs tell someone to do something: "told Jeb Bush to quiet down", "urges
// conservatives to unite".
var orderVerbs = wordSetOf([]string{"tell", "tells", "told", "telling", "urges", "warn", "warns", "warned"})

// orderInfinitive reports whether the cue is a verb of ordering whose addressee, a few words
// without punctuation, is followed by a to-infinitive ("told Flint residents not to drink
// the water"), the addressee and the infinitive being its content as the object of "urged" is.
func (x *extractor) orderInfinitive(s, cue rng) bool {
	if cue.b != cue.a+1 || !orderVerbs.has(x.word(cue.a)) {
		return false
	}
	k := cue.b
	for k < s.b && k < cue.b+5 && x.isWord(k) && x.word(k) != "to" && x.word(k) != "not" && x.word(k) != "that" && !x.verbLike(k) {
		k++
	}
	if k == cue.b || !addressees.has(x.word(k-1)) && !x.toks[k-1].upper && !strings.HasSuffix(x.word(k-1), "s") {
		return false // the addressee ends in a person, a name or a plural
	}
	if x.word(k) == "not" {
		k++
	}
	n := x.word(k + 1)
	return x.word(k) == "to" && k+1 < s.b && x.isWord(k+1) && !x.toks[k+1].upper && !functionWordsSet.has(n) && !possessivesSet.has(n)
}

// throughParticle returns the cue stretched over its addressee and the particle after it
// when a verb of reminding or warning has its content as the particle's object ("reminded
// voters of the six years his family lived there", "warned the Fed against buying bonds"),
// for finding that content; the cue itself as it is otherwise. A pronoun after "remind" makes
// a likeness, not a reminder ("reminds me of Reagan").
func (x *extractor) throughParticle(s, cue rng) rng {
	w := x.word(cue.a)
	remind := w == "remind" || w == "reminds" || w == "reminded"
	if cue.b != cue.a+1 || !remind && !orderVerbs.has(w) || remind && objectPronounsSet.has(x.word(cue.b)) {
		return cue
	}
	for k := cue.b; k < s.b && k < cue.b+6 && x.isWord(k); k++ {
		switch p := x.word(k); {
		case k > cue.b && (p == "of" || p == "about" || !remind && p == "against"):
			return rng{cue.a, k + 1}
		case functionWordsSet.has(p) || subjectPronounsSet.has(p) && k > cue.b || x.verbLike(k) || prepositionsSet.has(p):
			return cue // "told investigators they were unaware of ...": a clause, not an addressee
		}
	}
	return cue
}

// objectOfBase reports whether a cue form in -s is the plural object of the base verb before
// it, which a modal or "to" after a verb of need opens: "will have to perform recalls",
// "could issue warnings"; a finite verb cannot follow a base form.
func (x *extractor) objectOfBase(s, cue rng) bool {
	v := cue.a - 1
	if w := x.word(cue.a); !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || v-1 < s.a || !x.isWord(v) || x.toks[v].upper || x.is(v, cFunction|cPreposition) || isLyAdverb(x.word(v)) {
		return false
	}
	switch w := x.word(v - 1); {
	case baseModals.has(w):
		return true
	case w == "to":
		return needVerbs.has(x.word(v - 2))
	}
	return false
}

// baseModals are modals before a base form.
var baseModals = wordSetOf([]string{"will", "would", "could", "should", "can", "may", "might", "must"})

// needVerbs take "to" and a base form: "have to perform recalls".
var needVerbs = wordSetOf([]string{"have", "has", "had", "need", "needs", "needed", "want", "wants", "wanted", "going", "able", "trying", "tried", "try"})

// countedParticiple reports whether a participle cue stands between a number that a
// preposition governs and the noun it describes: "the length of two proposed tunnels", "in
// 12 reported cases". The number opens a noun phrase, so no verb follows it there.
func (x *extractor) countedParticiple(s, cue rng) bool {
	n, w := cue.a-1, x.word(cue.a)
	if cue.b != cue.a+1 || !strings.HasSuffix(w, "ed") || n-1 < s.a || !x.is(n-1, cPreposition) || !x.isWord(cue.b) || x.toks[cue.b].upper || x.is(cue.b, cFunction|cPreposition) {
		return false
	}
	c := x.word(n)
	return numberWordsSet.has(c) || c != "" && isDigitByte(c[0]) && len(c) != 4 // but "in 2012 offered": a year
}

// absoluteWith reports whether a participle cue follows its subject in a clause that "with"
// opens at the sentence's start or after a comma, and a preposition follows it: an
// adverbial, no claim ("With the guest list only estimated at 30, some speculate that ...";
// the main clause holds the claim). But "with many worried that ..." states a stance, as
// PolNeAR marks it.
func (x *extractor) absoluteWith(s, src, cue rng) bool {
	w, p := src.a-1, x.word(cue.b)
	if src.empty() || w < s.a || x.word(w) != "with" || !strings.HasSuffix(x.word(cue.a), "ed") || !x.is(cue.b, cPreposition) || p == "to" || p == "that" {
		return false
	}
	return w == s.a || x.word(w-1) == ","
}

// comparedSaying reports whether the one-word cue "said" or "say" is compared by a "than"
// right after it, and so reports nothing: "is easier said than done", "have a larger say
// than they do".
func (x *extractor) comparedSaying(cue rng) bool {
	w := x.word(cue.a)
	return cue.b == cue.a+1 && (w == "said" || w == "say") && x.word(cue.b) == "than"
}
