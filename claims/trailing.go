package claims

// Trailing and participle cues: "CONTENT, SOURCE said", "CONTENT, said SOURCE", "..., adding
// that CONTENT" and participle clauses that open a sentence.

import "strings"

// trailingTail is what the reading of a trailing attribution's source leaves: the source,
// the separator that ends the content before it (a comma, a dash or a closing mark), the
// token where the sentence goes on after the cue and source, and a second part of the
// content after them.
type trailingTail struct {
	src, more rng
	sep, rest int
}

// trailing handles an attribution after its content: "CONTENT, SOURCE said." and
// "CONTENT, said SOURCE." The content runs from the start of the sentence, or from the
// opening mark of the quote that ends before the comma, to the comma.
func (x *extractor) trailing(s, cue rng, sn cueSense) (draft, bool) {
	lo := x.trailingLow(s, cue)
	t, ok := x.trailingSource(s, cue, sn, lo)
	if !ok {
		return draft{}, false
	}
	if tellVerbs.has(x.word(cue.a)) && !x.restIsAdverbial(s, t.rest) {
		t.rest = x.pastAddressee(s, t.rest)
	}
	quoted := x.isCloseQuote(t.sep) || x.isCloseQuote(t.sep-1) && x.word(t.sep) == ","
	if t.more.empty() {
		if quoted {
			t.rest = x.restAfterQuotedCue(s, cue, t.rest)
		}
		if tm := x.skipTimes(t.rest, s.b); tm > t.rest && x.word(tm) == "," && !x.restIsAdverbial(s, t.rest) {
			t.rest = tm // "It makes a difference, she said in an interview afterward, that ..."
		}
		if !quoted && x.isWord(s.a) && x.words(s.a, t.sep) <= 4 && x.restIsAdverbial(s, t.rest) {
			t.more = x.clauseAfterShortOpening(s, t.rest)
		}
	}
	if t.more.empty() {
		if t.more, ok = x.contentAfterTrailingCue(s, t.rest); !ok {
			return draft{}, false
		}
	}
	start, end := x.quotedContentSpan(s, cue, t.sep, x.trailingStart(s, t.sep), x.trailingContentEnd(t.sep))
	if start, ok = x.startAfterEarlierClaims(s, start, end); !ok {
		return draft{}, false
	}
	start = x.chargeStart(s, t.src, t.sep, start, end)
	r := x.trimContent(rng{start, end})
	if r.empty() || t.more.empty() && x.adverbialOnly(r) {
		return draft{}, false
	}
	content := []rng{r}
	if !t.more.empty() {
		content = append(content, t.more)
	}
	return draft{src: t.src, cue: cue, content: content, class: sn.class, inherit: -1}, true
}

// trailingLow returns the first token a trailing attribution's content may start at: the
// sentence's start, or the closing mark before it of a quote that ended the sentence before
// on "?" or "!" and leaves its attribution to this one: “Who do they think they are?”
// Trump said.
func (x *extractor) trailingLow(s, cue rng) int {
	if x.isCloseQuote(s.a-1) && x.toks[s.a].nl == 0 && (x.endsAsking(s.a-1) || cue.b >= s.b || x.restIsAdverbial(s, cue.b)) {
		// (But not a quote that ends a sentence of its own before a clause with its own
		// content: "... founder of “Americans for Hillary.” Chatwal also pleaded to ...")
		return s.a - 1
	}
	return s.a
}

// trailingSource finds a trailing attribution's source and the separator before the
// content: "as SOURCE said", "..., SOURCE said" or "..., said SOURCE". It reports false when
// the cue is none of these.
func (x *extractor) trailingSource(s, cue rng, sn cueSense, lo int) (trailingTail, bool) {
	left := x.sourceLeft(s, cue.a)
	if asSep := x.asClauseSep(left, lo); asSep >= 0 {
		t := trailingTail{src: left, sep: asSep, rest: cue.b}
		if x.onlyAdverbs(s, cue.b) {
			t.rest = s.b // "as Sanders has noted many times"
		}
		return t, true
	}
	if x.speakerAfterAside(s, cue) {
		return x.invertedSource(s, cue, sn, cue.a-1)
	}
	if p := x.sumUpBefore(left.a); !left.empty() && p >= lo && (x.word(p) == "," || x.isCloseQuote(p) || x.word(p) == "—") && !x.askedOpens(lo, p) {
		// "..., SOURCE said", but not "Asked whether ..., 75 percent of Democrats said yes":
		// the question is the asker's, not the content
		return x.sourceBeforeCue(s, cue, left, lo, p), true
	}
	if p := cue.a - 1; p >= lo && (x.word(p) == "," || x.isCloseQuote(p)) && !(tellVerbs.has(x.word(cue.a)) && x.word(p) == ",") {
		return x.invertedSource(s, cue, sn, p) // ", said SOURCE"
	}
	return trailingTail{}, false
}

// speakerAfterAside reports whether a cue right after a comma has its speaker after it, a
// person's noun that ends the sentence or opens a relative clause with no comma that ends
// it: "Obama warned the leader, Xi Jinping, during their meeting not to move, said an
// American official who was briefed.": the official speaks, not the name before the aside.
func (x *extractor) speakerAfterAside(s, cue rng) bool {
	if cue.a-1 <= s.a || x.word(cue.a-1) != "," {
		return false
	}
	np := x.npForward(s, cue.b)
	if np.empty() || !npDeterminersSet.has(x.word(np.a)) {
		return false
	}
	if w := x.word(np.b); np.b < s.b && w != "." && (w != "who" || !x.plainRelative(np.b, s.b)) {
		return false // "..., said the staff member who succeeded him, Paul Manafort, should be"
	}
	return personNounsSet.has(strings.TrimSuffix(x.word(np.b-1), "s"))
}

// plainRelative reports whether the relative clause from token a runs to the sentence's end
// at b with no comma, within 40 tokens.
func (x *extractor) plainRelative(a, b int) bool {
	if b-a > 40 {
		return false
	}
	for k := a; k < b; k++ {
		if x.word(k) == "," {
			return false
		}
	}
	return true
}

// sourceBeforeCue reads "..., SOURCE said": the source before the cue, after the separator
// p.
func (x *extractor) sourceBeforeCue(s, cue, left rng, lo, p int) trailingTail {
	t := trailingTail{src: left, sep: p, rest: cue.b}
	if n := x.sumUpLen(t.src.a); n > 0 && t.src.a+n < t.src.b && (npDeterminersSet.has(x.word(t.src.a+n)) || x.toks[t.src.a+n].upper) {
		t.src.a += n // "..., a charge the army denied": the clause before is what the army denied
	}
	if x.word(p) == "," {
		if k := x.descriptionBeforeName(s, lo, p); k >= 0 {
			t.src.a, t.sep = k+1, k
		}
	}
	return t
}

// descriptionBeforeName returns the closing mark k of a quote that ends on a comma, when
// the few words between it and the comma at p are a description of the speaker before the
// name: "“...,” another friend, Mariam Emara told CNN". It returns -1 when there is none.
func (x *extractor) descriptionBeforeName(s rng, lo, p int) int {
	for k := p - 1; k > lo && k > p-7; k-- {
		if x.isCloseQuote(k) && x.word(k-1) == "," {
			if np := x.npForward(s, k+1); np.b == p && !x.toks[k+1].upper {
				return k
			}
			return -1
		}
		if !x.isWord(k) {
			return -1
		}
	}
	return -1
}

// invertedSource reads ", said SOURCE": the speaker after the cue, with the description
// after the name that belongs to it. It reports false when what follows the cue is no
// speaker.
func (x *extractor) invertedSource(s, cue rng, sn cueSense, p int) (trailingTail, bool) {
	if sn.syn == synObject {
		return trailingTail{}, false // "Several candidates, including Trump, criticized the trade": no inversion
	}
	if cue.b == cue.a+1 && x.is(cue.a, cNameGiving) {
		return trailingTail{}, false // "The asteroid, called 2014 RC, was expected ...": a name, no speaker
	}
	src := x.npForward(s, cue.b)
	if x.invertedNoSpeaker(s, cue, sn, p, src) {
		return trailingTail{}, false
	}
	t := trailingTail{src: src, sep: p, rest: src.b}
	t = x.invertedSourceEnd(s, t)
	if x.word(t.rest) == "," && !x.restIsAdverbial(s, t.rest) && !x.pastParticipleAside(t.rest+1) {
		k, relative := x.appositiveEnd(s, t.rest)
		t = x.afterSpeakerAppositive(s, t, k, relative)
	}
	return t, true
}

// invertedNoSpeaker reports whether the noun phrase src after an inverted cue is no
// speaker: an object, a pronoun that opens the content, or the subject of a clause after
// the cue.
func (x *extractor) invertedNoSpeaker(s, cue rng, sn cueSense, p int, src rng) bool {
	if src.empty() || sn.class != CueAssert && !x.toks[src.a].upper && !npDeterminersSet.has(x.word(src.a)) && pronounKind[x.word(src.a)] == "" {
		return true // "The group, known as ISIS, claimed responsibility for ...": an object, not a speaker
	}
	if src.b == src.a+1 && subjectPronounsSet.has(x.word(src.a)) && src.b < s.b && x.isWord(src.b) && !x.restIsAdverbial(s, src.b) {
		return true // "who called Trump a “sociopath,” said he does not ...": he is the content's
	}
	if w := x.word(src.b); src.b < s.b && (auxiliariesSet.has(w) || beFormsSet.has(w)) && !x.toks[src.b].upper {
		return true // "citing “...,” said the candidate could win": a clause follows "said"
	}
	if x.presentSeries(s, p, cue) && x.presentVerbInside(src) {
		// "Boeing rejects audit findings, says factory meets standards": a headline's
		// series of verbs in the present, and a clause after "says", not its speaker.
		return true
	}
	for k := src.a + 1; k < src.b; k++ {
		if x.verbLike(k) && !npDeterminersSet.has(x.word(k-1)) {
			// "Gov. John Kasich of Ohio, a Republican ..., said the Khan family deserved
			// better": a clause follows "said", not its speaker.
			return true
		}
	}
	return false
}

// presentVerbInside reports whether a verb in the present follows a plain word inside
// src, before its last token.
func (x *extractor) presentVerbInside(src rng) bool {
	for k := src.a + 1; k+1 < src.b; k++ {
		if x.presentVerb(k) && x.isWord(k-1) && !x.toks[k-1].upper && !npDeterminersSet.has(x.word(k-1)) && !possessivesSet.has(x.word(k-1)) {
			return true
		}
	}
	return false
}

// invertedSourceEnd takes into an inverted source what closes it: a relative clause with
// no content ("said Sen. Jim Whelan who represents Atlantic City."), an abbreviation's
// period and a parenthesis ("said Sen. Chris Murphy (D-Conn.)."); a relative clause that
// quotes is the writer's.
func (x *extractor) invertedSourceEnd(s rng, t trailingTail) trailingTail {
	if w := x.word(t.rest); (w == "who" || w == "which") && x.restHoldsNoContent(s, t.rest+1) {
		t.src.b, t.rest = s.b, s.b // "said Sen. Jim Whelan who represents Atlantic City."
		for t.src.b > t.src.a && !x.isWord(t.src.b-1) {
			t.src.b--
		}
	} else if w == "who" && x.quoteAfter(t.rest, s.b) {
		t.rest = s.b // "said a former official who oversaw the cases and described it as “...”": the relative's quote is its own
	}
	if x.word(t.rest) == "." && x.word(t.rest+1) == "," && t.rest == t.src.b {
		t.rest++ // "said C. Stewart Verdery Jr., a senior official": an abbreviation's period
	}
	if x.word(t.rest) == "(" {
		// "said Sen. Chris Murphy (D-Conn.)."
		for k := t.rest; k < s.b && k < t.rest+8; k++ {
			if x.word(k) == ")" {
				t.src.b, t.rest = k+1, k+1
				break
			}
		}
	}
	return t
}

// appositiveEnd returns where the appositive after an inverted source's comma at rest
// ends ("..., said Larry Noble, an attorney with the Campaign Legal Center, ..."): at a
// full stop, at a comma before an adverbial or a participle, or at a quote that is no short
// title. It reports whether a relative clause that quotes ends it: "said Scott Reed, the
// Chamber's strategist, who added that ...": the relative is not the source's.
func (x *extractor) appositiveEnd(s rng, rest int) (int, bool) {
	k := rest + 1
	for k < s.b && !(x.word(k) == "." && !abbreviations.has(x.word(k-1)) && len(x.word(k-1)) > 1 && !x.innerPeriod(k)) && !(x.word(k) == "," && (x.restIsAdverbial(s, k) || x.pastParticipleAside(k+1))) {
		if x.word(k) == "," && (x.word(k+1) == "who" || x.word(k+1) == "which") && k > rest+1 && x.quoteAfter(k, s.b) {
			return k, true
		}
		if x.word(k) == "," && k > rest+1 && x.pastCueAt(k+1) && !x.relativeIn(rest, k) {
			// "said Bana Lawan, chairman of Chibok Local Government Area, told The Associated
			// Press": a cue of its own ends the appositive (but not a relative's verb: "a
			// Republican, who, like all respondents, responded anonymously").
			break
		}
		if qi, ok := x.quoteOpenAt(k); ok {
			if q := x.quotes[qi]; q.close < s.b && (x.words(q.open, q.close) <= 4 || x.word(k-1) == "of" && x.titleCase(q)) && x.word(k-1) != "," {
				// "one of the original “big four” negotiators", "a co-author of ''Those
				// Guys Have All the Fun.''": a title
				k = q.close + 1
				continue
			}
			break
		}
		k++
	}
	return k, false
}

// pastCueAt reports whether token k is a cue verb in the past tense: "told", "added".
func (x *extractor) pastCueAt(k int) bool {
	w := x.word(k)
	return !x.toks[k].upper && (strings.HasSuffix(w, "ed") || pastOfSpeech.has(w)) && isFiniteCue(w)
}

// afterSpeakerAppositive ends an inverted source at k, the end of its appositive, and
// tells where the sentence goes on: after a quoting relative clause, nowhere; after a
// comma and a quote, in a second half of the content ("“We've had offices ...,” said
// Stephanie Formas, her director, “and we ...”").
func (x *extractor) afterSpeakerAppositive(s rng, t trailingTail, k int, relative bool) trailingTail {
	t.src.b = k
	for t.src.b > t.src.a && !x.isWord(t.src.b-1) {
		t.src.b--
	}
	t.rest = k
	if relative {
		t.rest = s.b
	} else if x.isOpenQuote(k) && !x.isCloseQuote(t.sep) {
		t.rest = s.b // a relative clause quoting its speaker: "who thinks he "need[s] to ...""
	} else if qi, ok := x.quoteOpenAt(k); ok && x.isCloseQuote(t.sep) && x.word(k-1) == "," {
		for t.src.b > t.src.a && x.word(t.src.b-1) == "," {
			t.src.b--
		}
		t.more = rng{k, x.quotes[qi].close + 1}
		t.rest = s.b
	} else if x.isOpenQuote(k) && x.isWord(k-1) {
		// "“...,” said Leslie Feldman, a plaintiff who waited in an “extraordinarily
		// long line”": the quote is in the writer's description of the speaker, and
		// the source ends before the relative clause that holds it.
		t.rest = s.b
		for p := t.src.a + 1; p < t.src.b; p++ {
			if w := x.toks[p].low; (w == "who" || w == "whose") && !x.toks[p].upper {
				t.src.b = p
				break
			}
		}
	}
	return t
}

// pastAddressee returns the token after the addressee of a tell verb that starts at rest:
// "..., Graham told CBS News on Tuesday.", told "Fox and Friends," told NBC’s “Today”.
func (x *extractor) pastAddressee(s rng, rest int) int {
	if qi, ok := x.quoteOpenAt(rest); ok && x.quotes[qi].close < s.b {
		return x.quotes[qi].close + 1 // told "Fox and Friends,"
	}
	obj := x.npForward(s, rest)
	if obj.empty() {
		return rest
	}
	rest = obj.b
	if x.word(rest) == "'s" {
		rest++ // told NBC’s “Today”
	}
	if qi, ok := x.quoteOpenAt(rest); ok && x.quotes[qi].close < s.b && x.words(x.quotes[qi].open, x.quotes[qi].close) <= 6 {
		rest = x.quotes[qi].close + 1
	}
	if t := x.skipTimes(rest, s.b); t > rest {
		rest = t
	}
	return rest
}

// restAfterQuotedCue returns where the content goes on after the cue of a quote's trailing
// attribution: whatever follows is the writer's unless it opens a content of its own
// ("“...,” Romney tweeted the day after the attack", "“...,” Henry said, likely referring
// to"), and an aside, a topic or an occasion leads on to the quote's second half.
func (x *extractor) restAfterQuotedCue(s, cue rng, rest int) int {
	if rest < s.b && x.restIsWriters(s, rest) {
		rest = s.b
	}
	if tellVerbs.has(x.word(cue.a)) && x.word(rest) == "that" && x.word(rest-1) != "," && rest > cue.b {
		// "“...,” Sanders told a crowd at a bar that spilled out onto the street": after the
		// addressee of a quote, "that" opens a relative clause of the writer's.
		rest = s.b
	}
	if x.word(rest) == "," && x.isWord(rest+1) && !x.toks[rest+1].upper {
		// "“...,” she said, smiling, “...”": an aside between commas, then the second half.
		if c := x.nextComma(s, rest+1); c > rest+1 && c-rest <= 5 && x.isOpenQuote(c+1) && x.plainWords(rest+1, c) {
			rest = c
		}
	}
	if w := x.word(rest); x.isWord(rest) && !x.toks[rest].upper && w != "back" && w != "up" && w != "out" {
		// "“...,” he said of Trump and Ryan, “because ...”", "“...,” he said to applause,
		// “...”": the remark's topic or occasion, then the quote's second half (but "wrote
		// back, “...”" answers with a quote of its own).
		if c := x.nextComma(s, rest); c > rest && c-rest <= 8 && x.isOpenQuote(c+1) && x.plainWords(rest, c) {
			rest = c
		}
	}
	if w := x.word(rest); (w == "before" || w == "after" || w == "then") && isCueForm(x.word(rest+1)) && !x.toks[rest].upper {
		rest = s.b // "“...,” Trump said before adding: “...”": the rest is a claim of its own
	}
	return rest
}

// clauseAfterShortOpening returns the clause after the comma that follows an adverbial
// after the cue, when a short opening came before the attribution: "If anything, Ash
// argued in his email, the incident is an illustration of ...": the opening and the clause
// are one content. It returns an empty range when there is none.
func (x *extractor) clauseAfterShortOpening(s rng, rest int) rng {
	for p := rest; p < s.b && p < rest+12; p++ {
		if x.word(p) == "," {
			if n := p + 1; (x.startsClause(n) || x.isWord(n) && !x.verbLike(n) && !isCueForm(x.word(n))) && !x.isOpenQuote(n) && x.words(n, s.b) >= 4 {
				return x.trimContent(rng{n, x.clauseEnd(s, n)})
			}
			break
		}
		if x.isOpenQuote(p) || isCueForm(x.word(p)) {
			break
		}
	}
	return rng{}
}

// contentAfterTrailingCue returns the content that goes on after a trailing attribution in
// the middle of a sentence: “...,” he said, “...”, or "X, he said, Y". It reports false
// when something other than an adverbial, a comma or a semicolon's new clause follows the
// cue ("The strike killed 20, officials said; the army said it hit militants").
func (x *extractor) contentAfterTrailingCue(s rng, rest int) (rng, bool) {
	if (x.restIsAdverbial(s, rest) && !x.contentGoesOn(s, rest)) || x.word(rest) == ";" && rest+1 < s.b && x.startsClause(rest+1) {
		return rng{}, true
	}
	if qi, ok := x.quoteOpenAt(rest + 1); ok && x.word(rest) == "," {
		return rng{rest + 1, x.followQuotes(qi) + 1}, true // “...,” he said, “...”
	}
	if x.word(rest) == "," && rest+1 < s.b && !x.andClaim(s, rest+1) {
		e := x.clauseEnd(s, rest+1)
		return x.trimContent(rng{rest + 1, e}), true
	}
	if x.word(rest) != "," || rest+1 >= s.b {
		return rng{}, false
	}
	return rng{}, true // "..., records show, and experts say ...": another claim, not more of this one
}

// trailingContentEnd returns the end of the content before the separator: a comma or a
// dash is left out (a closing mark before it stays: the content ends with the quote); a
// closing mark is kept.
func (x *extractor) trailingContentEnd(sep int) int {
	if x.word(sep) == "," || x.word(sep) == "—" {
		return sep
	}
	return sep + 1
}

// trailingStart returns where a trailing attribution's content starts: the sentence's
// start, or the start of the sentence a quote that holds inner full stops opened in:
// "GOP nominees “were stiff. They weren’t fun. There was no joy” in comparison to Obama,
// Gingrich said."
func (x *extractor) trailingStart(s rng, sep int) int {
	if o := x.openBefore(s.a); o >= 0 && x.toks[s.a].nl == 0 && x.quotes[o].close < sep {
		return x.sentOf(x.quotes[o].open).a
	}
	return s.a
}

// wholeQuoteContent reports whether the quote qi that ends before a trailing
// attribution's separator is the whole content: it opens the sentence (or began in an
// earlier one) or follows a colon, a line break or an earlier claim; a quoted fragment at
// the end of a sentence of the writer's ("saw them as "the party of government," From
// said") makes it mixed.
func (x *extractor) wholeQuoteContent(s rng, qi int) bool {
	o := x.quotes[qi].open
	return o <= s.a || x.word(o-1) == ":" || x.toks[o].nl > 0 || x.dashAfterClaim(s, o-1) || x.word(o-1) == "," && x.trailingClaimBefore(s, o-1)
}

// quotedContentSpan widens a trailing attribution's content start..end to the quote that
// ends at the separator sep when it is the whole content, and takes in a closing mark
// after a comma inside it: “We know ...,” he said.
func (x *extractor) quotedContentSpan(s, cue rng, sep, start, end int) (int, int) {
	if qi, ok := x.quoteCloseAt(end - 1); ok && x.wholeQuoteContent(s, qi) {
		start = x.quotes[qi].open
		// "Q1," he said. "Q2": nothing to add here; split quotes join in mergeSplit.
	} else if x.word(sep) == "," && sep-1 >= s.a {
		// A comma inside the closing quote: “We know ...,” he said.
		if qi, ok := x.quoteCloseAt(sep + 1); ok && sep+1 < cue.a && x.wholeQuoteContent(s, qi) {
			start, end = x.quotes[qi].open, sep+2
		}
	}
	if qi, ok := x.quoteCloseAt(sep); ok {
		if x.wholeQuoteContent(s, qi) {
			start = x.quotes[qi].open
		}
		end = sep + 1
	}
	return start, end
}

// startAfterEarlierClaims moves a trailing attribution's content start past the cue (and
// a source after it) of an earlier claim in this sentence that is not nested inside the
// content. It reports false when the content would be an opening participle's or an
// opening subordinate clause's claim.
func (x *extractor) startAfterEarlierClaims(s rng, start, end int) (int, bool) {
	for i := len(x.drafts) - 1; i >= 0; i-- {
		d := x.drafts[i]
		if d.cue.a >= start && d.cue.a < end && d.cue.a >= s.a {
			if x.openingHoldsClaim(s, d, start) {
				return start, false
			}
			if c := d.content[len(d.content)-1]; c.b <= end {
				// The earlier claim is nested inside this one's content: fine.
				continue
			}
			start = d.cue.b
			if !d.src.empty() && d.src.a >= d.cue.b {
				// Nor over its source: "According to a website, a woman named Lana, a
				// feminist, boasted of ...": the website is no content of Lana's.
				start = max(start, d.src.b)
			}
		}
		if d.cue.a < s.a {
			break
		}
	}
	return start, true
}

// openingHoldsClaim reports whether the earlier claim d is an opening participle's claim
// of the subject's ("Noting that ..., Trump reminded voters", "In declaring ..., the pope
// showed"), not the content of the verb after it; or sits in an opening subordinate
// clause ("Although Weiner admitted that ..., he claimed ..."). A claim after that
// clause's comma is the main clause's, which the trailing source tells: "As Pakistan
// awaits the visit, Islamabad believes ..., diplomatic sources said."
func (x *extractor) openingHoldsClaim(s rng, d draft, start int) bool {
	return d.src.a > d.cue.a && hasSyn(cueSensesOf(x.word(d.cue.a)), synPart) && (d.cue.a == s.a || x.opensWithParticiple(s, x.skipBack(s, d.cue.a))) || start == s.a && x.subordinateOpening(s, true) && !x.afterOpeningClause(d) && !x.inRelativeClause(d)
}

// chargeStart starts the content at an earlier claim's content when the source opens with
// a summing-up noun right after the separator: "The rebels said the army was blocking the
// convoys, a charge the army denied": the charge denied is the earlier claim's content,
// not the telling of it. (An accusation's content, "the singer of hiding income", says it
// only with its verb.)
func (x *extractor) chargeStart(s, src rng, sep, start, end int) int {
	if c := x.sumUpBefore(src.a); c != sep || c >= src.a-1 {
		return start
	}
	for i := len(x.drafts) - 1; i >= 0 && x.drafts[i].cue.a >= s.a; i-- {
		if d := x.drafts[i]; len(d.content) == 1 && d.content[0].b == end && d.cue.a >= start && d.cue.b <= d.content[0].a && d.class != CueAccuse {
			return d.content[0].a
		}
	}
	return start
}

// contentGoesOn reports whether the comma at k, after a trailing attribution in the middle
// of a sentence, leads on to more of its content though an adverbial's word opens it: an
// infinitive ("It is his job, he said, to talk to Congress"), "by" and a gerund ("..., he
// said, by creating a bubble"), or "including" ("..., the Times said, including speeches");
// but not "to reporters", "to applause." nor "by phone".
func (x *extractor) contentGoesOn(s rng, k int) bool {
	if x.word(k) != "," || k+2 >= s.b || x.toks[k+1].upper || !x.isWord(k+2) {
		return false
	}
	n := x.word(k + 2)
	switch x.word(k + 1) {
	case "including":
		return true
	case "by":
		return strings.HasSuffix(n, "ing") && !x.toks[k+2].upper
	case "to":
		plural := strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss")
		return !x.toks[k+2].upper && !isDeterminer(n) && !objectPronounsSet.has(n) && !possessivesSet.has(n) && !functionWordsSet.has(n) && !isDigitByte(n[0]) && !plural && x.isWord(k+3)
	}
	return false
}

// plainWords reports whether tokens a..b are words with no cue, auxiliary, form of "be" or
// subject pronoun among them: an adverbial or a topic, not a clause ("to applause", "after
// the vote", "of the two men").
func (x *extractor) plainWords(a, b int) bool {
	for k := a; k < b; k++ {
		w := x.word(k)
		if !x.isWord(k) || isCueForm(w) && !x.toks[k].upper || auxiliariesSet.has(w) || beFormsSet.has(w) || subjectPronounsSet.has(w) || w == "that" {
			return false
		}
	}
	return true
}

// participleSpeaker is who says a participle's content: the source, the index of the
// claim whose source it shares (or -1), and whether the participle is one of stance right
// after the noun it modifies.
type participleSpeaker struct {
	src     rng
	inherit int
	reduced bool
}

// participle handles ", adding that CONTENT" and ", saying CONTENT": the speaker is the one
// of the clause before.
func (x *extractor) participle(s, cue rng, sn cueSense) bool {
	if x.quotedAsTrailing(s, cue, sn) {
		return true // "CONTENT, the minister was quoted as saying."
	}
	if x.word(cue.a) == "reporting" && x.word(cue.a-1) == "additional" {
		return false // "Additional reporting: MARIE WOOLF": a credit line, as "by" gives it
	}
	if j := x.skipBack(s, cue.a); j < s.a || x.opensWithParticiple(s, j) {
		return x.openingParticiple(s, cue, sn)
	}
	sp, a, ok := x.participleSource(s, cue)
	if !ok {
		return false
	}
	cue.a = a
	if x.orderInfinitive(s, cue) {
		sn.syn = synObject // ", telling Christie to get on a plane"
	}
	content, ok := x.participleContent(s, cue, sn, sp)
	if !ok {
		return false
	}
	x.add(draft{src: sp.src, cue: cue, content: content, class: sn.class, inherit: sp.inherit})
	return true
}

// participleSource returns who says a participle's content and where its cue starts (a
// publishing verb before it joins it). It reports false when the participle has no
// speaker.
func (x *extractor) participleSource(s, cue rng) (participleSpeaker, int, bool) {
	sp := participleSpeaker{inherit: -1}
	j := x.skipBack(s, cue.a)
	if x.word(j) == "as" && x.quotedBefore(s, j) >= 0 {
		sp.src = x.quotedAsSubject(s, j)
		return sp, cue.a, !sp.src.empty()
	}
	if stanceParticiples.has(x.word(cue.a)) && x.nounEndsAt(cue.a-1) {
		sp.src, sp.reduced = x.stanceHolder(s, cue), true
		return sp, cue.a, !sp.src.empty()
	}
	if r := x.authoredRecord(s, j); !r.empty() {
		// "mentioned a news report by Judicial Watch, a conservative website, stating ...":
		// the record's author says it, not the subject who mentions the record.
		sp.src = r
		return sp, cue.a, true
	}
	if p := x.draftEndingAt(j); p >= 0 {
		// "“...,” he said, adding ...": the speaker of the cue right before the comma.
		sp.src, sp.inherit = x.drafts[p].src, p
		return sp, cue.a, true
	}
	if np := x.absoluteSubject(s, cue.a); !np.empty() {
		sp.src = np // "..., with Ryan saying he was “very encouraged”": the participle's own subject
		return sp, cue.a, true
	}
	if src, inherit, found := x.mainClauseSpeaker(s, cue, j); found {
		sp.src, sp.inherit = src, inherit
		return sp, cue.a, true
	}
	if j > s.a && (x.word(j) == "," || x.word(j) == "—" || x.word(j) == "by" || x.word(j) == "upon" || x.word(j) == "while" || x.word(j) == "and" || x.word(j) == "before" || x.word(j) == "after" || x.isCloseQuote(j) && x.word(j-1) == "," || x.word(j) == "in" && x.predicateBefore(s, j)) {
		sp.src = x.participleClauseSubject(s, cue, j)
		return sp, cue.a, !sp.src.empty()
	}
	if pub, v := x.publishedBy(s, j+1); !pub.empty() {
		// "Trump issued a statement saying ...": the publisher is the source, and the cue
		// runs from the publishing verb, as PolNeAR marks it.
		sp.src = pub
		return sp, v, true
	}
	sp.src = x.sourceLeft(s, cue.a)
	if sp.src.empty() && x.isWord(j) {
		// "with Cruz recently promising to ...": the participle's own subject after "with".
		sp.src = x.withSubject(s, j)
		return sp, cue.a, !sp.src.empty()
	}
	if sp.src.empty() || !x.toks[sp.src.b-1].upper && pronounKind[x.word(sp.src.b-1)] == "" && !x.pollShare(sp.src) && x.subjectAside(s, sp.src, cue) < 0 {
		// "with Trump calling him a loser": the participle's own subject, when it is a name
		// or a pronoun ("a creative writing professor" is no speaker).
		return sp, cue.a, false
	}
	return sp, cue.a, true
}

// quotedAsSubject returns the passive's subject before "quoted as" whose "as" is at j: "an
// unnamed Apple insider was quoted as saying that ...". noRng when there is none.
func (x *extractor) quotedAsSubject(s rng, j int) rng {
	v := x.quotedBefore(s, j) - 1
	for v > s.a && (beFormsSet.has(x.word(v)) || auxiliariesSet.has(x.word(v)) || x.is(v, cSkipBeforeCue)) {
		v--
	}
	return x.npBack(s, v+1, false)
}

// stanceHolder returns the noun phrase that a participle of stance right after it
// modifies, and that takes the stand: "a super PAC backing Jeb Bush", "voters supporting
// Clinton"; "met with pastors supporting Mr. Cruz" gives "pastors". noRng when there is
// none.
func (x *extractor) stanceHolder(s, cue rng) rng {
	src := x.npBack(s, cue.a, false)
	if src.empty() {
		return src
	}
	for p := src.b - 1; p > src.a; p-- {
		if w := x.word(p - 1); x.verbLike(p-1) || w == "with" || prepositionsSet.has(w) && w != "of" {
			src.a = p // "met with pastors supporting Mr. Cruz" gives "pastors"
			break
		}
	}
	return src
}

// mainClauseSpeaker returns the source of the sentence's main claim, outside subordinate
// clauses, with its index, or the subject of a coordinated verb after it; or the subject
// of "seemed" right before the participle, which the hedge left in its content: "Clinton
// seemed to be ready to riff on it, telling the crowd, “...”" (not "the two appeared to
// settle it, but Ryan has been vocal in rejecting ..."). It reports whether it found one.
func (x *extractor) mainClauseSpeaker(s, cue rng, j int) (rng, int, bool) {
	p := x.mainDraftWhere(s, func(d draft) bool { return x.subordinateDraft(s, d) })
	if p >= 0 && !x.drafts[p].src.empty() {
		if cs := x.coordinatedSubject(s, cue.a, x.drafts[p]); !cs.empty() {
			return cs, -1, true
		}
		return x.drafts[p].src, p, true
	}
	if p >= 0 && !x.seemSubject(x.drafts[p]).empty() && x.rightAfter(x.drafts[p], j) {
		return x.seemSubject(x.drafts[p]), -1, true
	}
	return noRng, -1, false
}

// participleClauseSubject returns the subject of the clause before a participle after a
// comma, a dash or a preposition at j: "Trump lashed out on Twitter, saying ...", "Bolton
// distanced himself by saying ...", "she didn't limit her attacks, also calling on ...",
// "by mentioning the wall and adding, ...". noRng when there is none.
func (x *extractor) participleClauseSubject(s, cue rng, j int) rng {
	src := x.clauseSubject(s, j)
	if w := x.word(src.a - 1); !src.empty() && src.a > s.a && (w == "that" || subordinatorsSet.has(w) && pronounKind[x.word(src.a)] != "") && x.word(j) == "," {
		// "Putin veered close to an admission that Russian soldiers had fought, saying":
		// the participle after the comma is the main clause's, not the "that" clause's;
		// so after a subordinate clause whose subject is a pronoun, most often the main
		// subject's ("Bradley apologized after they came out, saying"). A named subject
		// speaks for itself: "..., when Sanders protesters interrupted her, shouting".
		if m := x.subject(s, src.a-1); !m.empty() && !x.cleftIt(m) && !x.possessedEvent(m) {
			src = m
		}
	}
	if src.empty() {
		src = x.lastConjoinedSubject(s, x.subject(s, cue.a), j)
	}
	if src.empty() && j > s.a+1 && subjectPronounsSet.has(x.word(s.a)) && !x.toks[s.a+1].upper && !beFormsSet.has(x.word(s.a+1)) {
		// "She offers reasonableness instead of resentment, urging ...": a pronoun that
		// opens the sentence is the subject of its clause (not "It's possible that ...").
		src = rng{s.a, s.a + 1}
	}
	if np := x.npForward(s, s.a); src.empty() && np.b == j && x.subjectAside(s, np, cue) > 0 {
		src = np // "The RIA news agency, citing a source in the ministry, said ..."
	}
	return src
}

// possessedEvent reports whether the mention r is what befell someone, a possessive and a
// noun for an event in a life ("Shim's death came days after she spoke on camera, claiming
// ..."): no one who speaks, so a participle after the clause it opens is not its own.
func (x *extractor) possessedEvent(r rng) bool {
	if r.b-r.a < 3 {
		return false
	}
	p := x.word(r.b - 2)
	return (p == "'s" || p == "’s") && !x.toks[r.b-1].upper && lifeEvents.has(x.word(r.b-1))
}

// lifeEvents are nouns for what befalls a person, which never speaks: "her death", "his
// arrest".
var lifeEvents = wordSetOf([]string{"death", "arrest", "arrival", "departure", "disappearance", "resignation", "murder", "killing", "funeral", "birth", "capture", "execution", "detention", "release"})

// withSubject returns the participle's own subject after "with", a name or a pronoun
// that ends at j: "with Cruz recently promising to ...". noRng when there is none.
func (x *extractor) withSubject(s rng, j int) rng {
	if np := x.npBack(s, j+1, true); !np.empty() && np.a-1 >= s.a && x.word(np.a-1) == "with" && (x.toks[np.b-1].upper || pronounKind[x.word(np.b-1)] != "") {
		return np
	}
	return noRng
}

// participleContent returns a participle's content: after the cue, up to the comma that
// ends an aside in the subject, the main clause after a reduced participle, the comma of
// an absolute phrase, or a coordinated verb of the main clause. It reports false when
// there is none.
func (x *extractor) participleContent(s, cue rng, sn cueSense, sp participleSpeaker) ([]rng, bool) {
	content, ok := x.contentRight(s, cue, sn)
	if c := x.subjectAside(s, sp.src, cue); c > cue.b && (!ok || content[len(content)-1].b > c) {
		// "The RIA news agency, citing a source in the ministry, said ...", "Interfax,
		// citing police, said ...": the aside ends at its comma, before the main verb.
		content, ok = []rng{{cue.b, c}}, true
	}
	if !ok {
		return nil, false
	}
	if sp.reduced && len(content) == 1 {
		b, ok := x.reducedObjectEnd(content[0])
		if !ok {
			return nil, false
		}
		content[0].b = b
	}
	if sp.inherit < 0 && !sp.src.empty() && x.pollShare(sp.src) && x.word(sp.src.a-1) == "with" && len(content) == 1 {
		// "with 22 percent saying they would not support him, Pataki at 20 percent": the
		// absolute phrase ends at its comma.
		if c := x.nextComma(s, content[0].a); c > content[0].a && c < content[0].b {
			content[0].b = c
		}
	}
	last := &content[len(content)-1]
	last.b = x.beforeMainVerb(*last)
	return content, true
}

// reducedObjectEnd returns where the object r of a participle of stance after its noun
// ends, where the main clause goes on: "The super PAC supporting Jeb Bush, spent ...",
// "Democrats supporting Mrs. Clinton have pointed to ...". It reports false when the
// participle sits in the subject of a verb that may be a cue, whose source it would cut
// short: "House Republicans supporting the bill have said ...".
func (x *extractor) reducedObjectEnd(r rng) (int, bool) {
	for p := r.a + 1; p < r.b; p++ {
		if w := x.word(p); w == "," || w == "who" || w == "which" {
			return p, true
		} else if auxiliariesSet.has(w) || beFormsSet.has(w) || x.verbLike(p) {
			return r.b, false
		}
	}
	return r.b, true
}

// beforeMainVerb returns where a participle's content r ends when the main clause goes on
// after it: "calling him a “train wreck,” and contrasted the Republican candidate with
// Clinton".
func (x *extractor) beforeMainVerb(r rng) int {
	for p := r.a + 1; p+2 < r.b; p++ {
		if x.word(p) == "," && x.word(p+1) == "and" && x.verbLike(p+2) && strings.HasSuffix(x.word(p+2), "ed") {
			return p
		}
	}
	return r.b
}

// authoredRecord returns the record with its author ("a news report by Judicial Watch", "a
// message from a pro-IS contributor") that ends at the comma j, or before an appositive of
// the author's ending there ("..., a conservative news website,"); noRng otherwise. A
// participle after such a record is its author's: the record speaks, not whoever mentions it.
func (x *extractor) authoredRecord(s rng, j int) rng {
	if x.word(j) != "," {
		return noRng
	}
	end := j
	for c := j - 2; c > s.a && c >= j-10; c-- {
		if x.word(c) == "," {
			if isDeterminer(x.word(c+1)) && x.plainWords(c+1, j) {
				end = c // the author's appositive: "Judicial Watch, a conservative news website,"
			}
			break
		}
	}
	np := x.npBack(s, end, false)
	if np.empty() {
		return noRng
	}
	for k := np.a + 1; k < np.b-1; k++ {
		if x.word(k) == "by" && recordNounsSet.has(x.word(k-1)) {
			return np // npBack keeps "by" and its author in the mention
		}
	}
	if w := x.word(np.a - 1); np.a-2 < s.a || w != "by" && w != "from" || !recordNounsSet.has(x.word(np.a-2)) || !x.toks[np.a].upper && !npDeterminersSet.has(x.word(np.a)) {
		return noRng
	}
	if rec := x.npBack(s, np.a-1, false); !rec.empty() {
		return rng{rec.a, np.b}
	}
	return noRng
}

// predicateBefore reports whether the "in" at j before a participle follows a predicate of
// "be" ("Trump was magnanimous in declaring victory", "Ryan has been very vocal in rejecting
// ...", "Democrats are united in supporting ..."): the participle says how the subject
// behaves, and is the subject's. A form of "be" comes at most eight words before, with words
// only between. A predicate that judges how right the subject was ("the website has been
// accurate in predicting recent launches") says nothing of a statement.
func (x *extractor) predicateBefore(s rng, j int) bool {
	for p := j - 1; p > s.a && p >= j-8; p-- {
		w := x.word(p)
		if beFormsSet.has(w) && w != "'s" && p < j-1 {
			return true
		}
		if !x.isWord(p) || x.inQuote[p] || isCueForm(w) || w == "that" || w == "who" || w == "which" || accuracyWords.has(w) {
			return false
		}
	}
	return false
}

// accuracyWords judge whether a guess or a record was right: after them, "in" with a
// participle is no speech of the subject's.
var accuracyWords = wordSetOf([]string{"accurate", "inaccurate", "right", "wrong", "correct", "incorrect", "consistent", "mistaken", "precise", "reliable", "successful", "unsuccessful"})

// subordinateDraft reports whether draft d stands in a relative clause, or in a subordinate
// clause that opens its sentence or follows a comma ("When Maddow pointed out that ..., Clinton seized upon the
// reference, repeating ...", "..., while most of his competitors called for ..., Trump
// hewed to ..., noting ..."): a participle after the main clause is not its speaker's.
func (x *extractor) subordinateDraft(s rng, d draft) bool {
	if w := x.word(d.src.a); d.src.b == d.src.a+1 && (w == "who" || w == "which") {
		return true // "the video, which showed ..., the community began calling for ...": a relative clause
	}
	k := d.src.a - 1
	if k < s.a || !subordinatorsSet.has(x.word(k)) || x.word(k) == "as" {
		return false
	}
	// "Even before Sanders took the stage ..., his campaign sent out a text message ...
	// saying": an adverb that focuses the opening subordinator keeps it opening.
	return k == s.a || x.word(k-1) == "," || k-1 == s.a && (focusAdverbs.has(x.word(k-1)) || isLyAdverb(x.word(k-1)))
}

// focusAdverbs narrow a subordinator that opens a sentence: "Even before", "Just after",
// "Long before", "Only when".
var focusAdverbs = wordSetOf([]string{"even", "just", "long", "only", "right", "soon", "well", "not"})

// lastConjoinedSubject returns the subject of the last clause joined by "but" or "and" after
// the sentence's subject src and before k, or src: "It's a big if, but Sanders was in San
// Diego on Tuesday, long before the state votes, emphasizing ..." and "prosecutors charged
// the officer and Emanuel fired his police chief, Garry McCarthy, acknowledging ..." give
// Sanders and Emanuel, whose clause the participle follows.
func (x *extractor) lastConjoinedSubject(s, src rng, k int) rng {
	if src.empty() {
		return src
	}
	for p := k - 2; p > src.b; p-- {
		if w := x.word(p); (w == "but" || w == "and") && !x.toks[p].upper && x.startsClause(p+1) {
			if r := x.subjectAt(s, p+1, k); !r.empty() {
				return r
			}
		}
	}
	return src
}

// cleftIt reports whether m is the "it" of a cleft or an extraposed clause ("It was at the
// conference that Swanson delivered his tirade, pointing to ...", "It is clear that ..."),
// which says nothing: the clause after "that" has the speaker.
func (x *extractor) cleftIt(m rng) bool {
	return m.b == m.a+1 && x.word(m.a) == "it" && (beFormsSet.has(x.word(m.b)) || x.word(m.b) == "’s")
}

// stanceParticiples are participles of stance that modify the noun before them as a reduced
// relative ("groups backing Cruz", "pastors supporting Mr. Cruz").
var stanceParticiples = wordSetOf([]string{"supporting", "backing", "opposing", "endorsing"})

// nounEndsAt reports whether token k is a word that may end a noun phrase: no function word,
// preposition, auxiliary, form of "be" or verb ("is backing", "has been supporting").
func (x *extractor) nounEndsAt(k int) bool {
	if k < 0 || !x.isWord(k) {
		return false
	}
	w := x.word(k)
	if w == "those" || w == "others" {
		return true
	}
	return !functionWordsSet.has(w) && !prepositionsSet.has(w) && !auxiliariesSet.has(w) && !beFormsSet.has(w) && !negatedAux[w] && !isLyAdverb(w) && !x.verbLike(k)
}

// coordinatedSubject returns the subject of a clause coordinated by "and" after the cue of d,
// the sentence's main claim, when the participle at k follows that clause: "Protest groups
// say the rules are unfair, and the A.C.L.U. has sued the city, saying they violate free
// speech" gives the A.C.L.U. (d's content, as drafted, may still run over the clause); noRng
// otherwise.
func (x *extractor) coordinatedSubject(s rng, k int, d draft) rng {
	j := x.skipBack(s, k)
	if x.word(j) != "," || d.cue.a > j {
		return noRng
	}
	cs := x.clauseSubject(s, j)
	if cs.empty() || x.word(cs.a-1) != "and" || cs.a <= d.cue.b {
		return noRng
	}
	return cs
}

// percentAt reports whether token k is a percent sign written against its number: "47%".
func (x *extractor) percentAt(k int) bool {
	return k > 0 && k < len(x.toks) && x.toks[k].low == "%" && x.toks[k-1].kind == tWord && x.toks[k-1].End == x.toks[k].Start && isDigitByte(x.toks[k-1].low[0])
}

// approximators open a quantity: "about half of voters", "nearly 60 percent".
var approximators = wordSetOf([]string{"about", "around", "nearly", "roughly", "almost", "over", "under"})

// quantityAt reports whether a quantity opens at token k: a number or a fraction.
func (x *extractor) quantityAt(k int) bool {
	if !x.isWord(k) {
		return false
	}
	switch w := x.toks[k].low; w {
	case "half", "third", "quarter", "two-thirds", "three-quarters", "one-third", "one-quarter", "a":
		return w != "a" || x.word(k+1) == "third" || x.word(k+1) == "quarter"
	default:
		return isDigitByte(w[0])
	}
}

// pollShare reports whether r names a share of those polled: "22 percent", "three in 10",
// "62 percent of voters", "a majority of Democrats" ("with 22 percent saying ...").
func (x *extractor) pollShare(r rng) bool {
	for k := r.a; k < r.b && k < r.a+4; k++ {
		if w := x.word(k); w == "percent" || w == "majority" || w == "%" || w == "in" && k > r.a && x.isWord(k+1) && isDigitByte(x.word(k + 1)[0]) {
			return true
		}
	}
	return false
}

// openingParticiple handles a participle clause that opens the sentence, whose speaker is
// the main clause's subject: "After saying he was nervous to ask a question, the man ended
// up ...", "Conceding that a deal was likely, he warned ...". The content ends at the comma
// before that subject.
func (x *extractor) openingParticiple(s, cue rng, sn cueSense) bool {
	content, ok := x.contentRight(s, cue, sn)
	if !ok {
		return false
	}
	last := &content[len(content)-1]
	for p := last.a + 1; p < s.b; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			if p = x.quotes[qi].close; x.word(p-1) != "," {
				continue
			}
			p-- // "In declaring his words “not Christian,” the pope ...": the comma inside the quote
		}
		if x.word(p) != "," {
			continue
		}
		n := p + 1
		if x.isCloseQuote(n) {
			n++ // "Citing “obligations in Tennessee,” his spokeswoman told ...": the comma inside the quote
		}
		src := x.subjectAt(s, n, s.b)
		if src.empty() {
			src = x.describedNameAt(s, n)
		}
		if src.empty() || src.a != n && !(src.a == n+1 && x.word(n) == "the") {
			continue
		}
		last.b = p
		if n > p+1 {
			last.b = n // the quote with its comma
		}
		if r := x.trimContent(*last); !r.empty() {
			*last = r
			x.add(draft{src: src, cue: cue, content: content, class: sn.class, inherit: -1})
			return true
		}
		return false
	}
	return false
}

// describedNameAt returns the subject at n that is a description, a comma and the name it
// describes between commas: "Calling it a “fascinating event,” Nicaragua’s first lady,
// Rosario Murillo, said ..." (whose calling went to the Daily Telegraph of a trailing
// "..., The Daily Telegraph said"). noRng when there is none.
func (x *extractor) describedNameAt(s rng, n int) rng {
	for c := n + 1; c < s.b && c < n+8; c++ {
		if x.word(c) != "," {
			if !x.isWord(c) || x.verbLike(c) {
				return noRng
			}
			continue
		}
		if c == n+1 || !x.isWord(n) || x.is(n, cPreposition) {
			return noRng
		}
		e := c + 1
		for e < s.b && e < c+6 && x.isWord(e) && x.toks[e].upper {
			e++
		}
		if e == c+1 || x.word(e) != "," || !x.verbLike(e+1) && !isCueForm(x.word(e+1)) {
			return noRng
		}
		return rng{n, e}
	}
	return noRng
}

// openingParticipleSet are the words that open a participle clause at a sentence's start:
// "After saying ...", "While insisting ...".
var openingParticipleSet = wordSetOf([]string{"after", "before", "while", "since", "by", "without", "when", "in"})

// opensWithParticiple reports whether token j, right before a participle, ends the opening
// of a participle clause that starts the sentence: "After", and with a few words before it,
// "But while", "One month after", "Instead of", "In addition to"; but not a short clause
// before "by" or "in" ("Bolton distanced himself by saying", "He concluded by implying"):
// the words hold no verb nor subject pronoun.
func (x *extractor) opensWithParticiple(s rng, j int) bool {
	w := x.word(j)
	if !openingParticipleSet.has(w) && !(w == "of" && x.word(j-1) == "instead") && !(w == "to" && x.word(j-1) == "addition") {
		return false
	}
	if j-s.a > 3 || !x.toks[s.a].upper {
		return false
	}
	for k := s.a; k < j; k++ {
		if !x.isWord(k) || x.verbLike(k) || subjectPronounsSet.has(x.word(k)) {
			return false
		}
	}
	return true
}

// presentSeries reports whether the cue after the comma at p is a verb in the present ("says",
// "adds") and the sentence opens with a subject and another verb in the present before it:
// "Boeing rejects audit findings, says factory meets standards", "The union attacks the plan,
// says it will cost jobs". The cue is then the subject's second predicate, as in a headline.
func (x *extractor) presentSeries(s rng, p int, cue rng) bool {
	return x.word(p) == "," && x.presentVerb(cue.a) && !x.presentSubject(s, p).empty()
}

// presentSubject returns the noun phrase that opens sentence s when a verb in the present
// follows it before k ("Boeing rejects ...", "The union attacks the plan ..."), or noRng.
func (x *extractor) presentSubject(s rng, k int) rng {
	np := x.npForward(s, s.a)
	for e := np.a + 1; e <= np.b && e < k; e++ {
		if x.presentVerb(e) && x.isWord(e-1) && !npDeterminersSet.has(x.word(e-1)) && !possessivesSet.has(x.word(e-1)) {
			return rng{np.a, e}
		}
	}
	return noRng
}

// presentVerb reports whether the word at k may be a verb in the present, third person: a
// lower-case word in -s ("rejects", "says"), not "-ss" nor a function word.
func (x *extractor) presentVerb(k int) bool {
	if !x.isWord(k) || x.toks[k].upper {
		return false
	}
	w := x.toks[k].low
	return len(w) >= 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "'s") && !strings.HasSuffix(w, "’s") && !x.is(k, cFunction|cPreposition)
}

// headlineLine reports whether sentence s is a line of its own that ends on a word, no stop,
// as headlines do: "Acme reports record profit, raises forecast".
func (x *extractor) headlineLine(s rng) bool {
	return s.b > s.a && x.isWord(s.b-1) && (s.b >= len(x.toks) || x.toks[s.b].nl > 0) && (s.a == 0 || x.toks[s.a].nl > 0)
}

// quotedBefore returns the index of "quoted" or "cited" that the "as" at j completes, right
// before it or before the agent that quoted: "was quoted as saying", "was quoted by the RIA
// news agency as saying"; -1 when there is none.
func (x *extractor) quotedBefore(s rng, j int) int {
	if w := x.word(j - 1); w == "quoted" || w == "cited" {
		return j - 1
	}
	for p := j - 2; p > s.a+1 && p > j-10; p-- {
		if !x.isWord(p) {
			return -1
		}
		if x.word(p) == "by" {
			if w := x.word(p - 1); w == "quoted" || w == "cited" {
				return p - 1
			}
			return -1
		}
	}
	return -1
}

// sumUpLen returns how many words at k sum up the clause before their comma: 2 for "a" or
// "an" and a noun of claim ("..., a charge the army denied", "..., a claim he denies"), 1 for
// a plural noun of accusation alone ("..., charges he denies", "..., allegations she
// rejects"), else 0.
func (x *extractor) sumUpLen(k int) int {
	if k < 1 || x.word(k-1) != "," {
		return 0
	}
	if w := x.word(k); (w == "a" || w == "an") && contentNouns.has(x.word(k+1)) {
		return 2
	}
	if accusationNouns.has(x.word(k)) {
		return 1
	}
	return 0
}

// accusationNouns sum up the clause before them with no article: "..., charges he denies".
var accusationNouns = wordSetOf([]string{"charges", "allegations", "accusations", "claims", "assertions"})

// sumUp reports whether words at k sum up the clause before their comma (sumUpLen).
func (x *extractor) sumUp(k int) bool {
	return x.sumUpLen(k) > 0
}

// sumUpBefore returns the comma before "a charge" or "charges" when they end right before
// the source at a ("..., a charge he denies", "..., charges he denies"), or a-1.
func (x *extractor) sumUpBefore(a int) int {
	if a >= 3 && x.sumUpLen(a-2) == 2 {
		return a - 3
	}
	if a >= 2 && x.sumUpLen(a-1) == 1 {
		return a - 2
	}
	return a - 1
}

// subjectAside returns the comma that closes a participle aside of "citing" between the
// sentence's subject and its verb ("The RIA news agency, citing a source in the ministry,
// said ..."), or -1.
func (x *extractor) subjectAside(s, src, cue rng) int {
	if src.empty() || x.word(cue.a) != "citing" || src.a != s.a || x.word(src.b) != "," || src.b+1 != cue.a {
		return -1
	}
	c := x.nextComma(s, cue.b)
	if c < 0 || c+1 >= s.b || !isFiniteCue(x.word(c+1)) && !x.verbLike(c+1) {
		return -1
	}
	return c
}

// afterOpeningClause reports whether draft d is the claim of a main clause after a clause
// that opens its sentence: its source right after the opening clause's comma, "As Pakistan
// awaits the visit, Islamabad believes ...".
func (x *extractor) afterOpeningClause(d draft) bool {
	return !d.src.empty() && d.src.b <= d.cue.a && x.word(d.src.a-1) == ","
}

// inRelativeClause reports whether draft d's source opens a relative clause after a noun, or
// is its pronoun: "Even as the race moves to Ohio, a state that she hoped to carry, the race
// will be tight, said ...": the claim describes a noun of the opening clause and is nested in
// the trailing cue's content, not a claim that the opening clause makes.
func (x *extractor) inRelativeClause(d draft) bool {
	if d.src.empty() || d.src.b > d.cue.a {
		return false
	}
	p := d.src.a - 1
	if w := x.word(d.src.a); w == "who" || w == "which" {
		p = d.src.a
	}
	switch w := x.word(p); {
	case x.toks[p].upper:
		return false
	case w == "who" || w == "whom" || w == "which":
		return x.word(p-1) == "," || x.isWord(p-1) && !x.is(p-1, cFunction)
	case w == "that":
		return x.isWord(p-1) && !isCueForm(x.word(p-1)) && !x.is(p-1, cFunction)
	}
	return false
}

// quotingVerbs report another's words by quoting them: "Reuters quoted the ministry as
// saying", "The agency cited officials as saying".
var quotingVerbs = wordSetOf([]string{"quoted", "quotes", "cited", "cites"})

// quotedAsTrailing handles a quotation reported after its content, "CONTENT, Reuters quoted
// the defence ministry as saying." and "“...,” the minister was quoted as saying.": the one
// quoted speaks the clause before the comma, with the cue "saying" (the content had been "the
// defence ministry as saying", and the passive gave no claim). cue is the quoting verb or
// the participle; it reports whether it read the cue (adding the claim, or none when the
// sentence holds no content).
func (x *extractor) quotedAsTrailing(s, cue rng, sn cueSense) bool {
	var say int
	var src rng
	switch w := x.word(cue.a); {
	case quotingVerbs.has(w) && cue.b == cue.a+1:
		// Active: the object between the verb and "as saying".
		np := x.npForward(s, cue.b)
		if np.empty() || np.a != cue.b || x.word(np.b) != "as" || x.word(np.b+1) != "saying" {
			return false
		}
		src, say = np, np.b+1
	case w == "saying" && cue.b == cue.a+1 && x.word(cue.a-1) == "as":
		if x.quotedBefore(s, cue.a-1) < 0 {
			return false
		}
		src, say = x.quotedAsSubject(s, cue.a-1), cue.a
	default:
		return false
	}
	if e := x.skipTimes(say+1, s.b); src.empty() || e < s.b && !sentenceStops.has(x.word(e)) {
		return false // "... as saying that the talks had failed": the content is after
	}
	// The subject of the quoting clause, and the separator before it.
	first := src.a
	if quotingVerbs.has(x.word(cue.a)) {
		subj := x.sourceLeft(s, cue.a)
		if subj.empty() {
			return false
		}
		first = subj.a
	}
	sep := first - 1
	if sep < s.a || !(x.word(sep) == "," || x.isCloseQuote(sep)) {
		// "Reuters quoted the ministry as saying.": what was said is not in the sentence,
		// and the one quoted is no content.
		return first == s.a
	}
	start, end := x.quotedContentSpan(s, rng{say, say + 1}, sep, x.trailingStart(s, sep), x.trailingContentEnd(sep))
	r := x.trimContent(rng{start, end})
	if r.empty() || x.adverbialOnly(r) {
		return false
	}
	c := rng{say, say + 1}
	if q := say - 2; x.word(say-1) == "as" && quotingVerbs.has(x.word(q)) {
		// "the friend was quoted as saying": the cue takes the passive, as PolNeAR marks
		// it ("Braynard is quoted as saying"); an agent between keeps it to the participle.
		for c.a = q; c.a-1 > src.b-1 && (beFormsSet.has(x.word(c.a-1)) || auxiliariesSet.has(x.word(c.a-1))); c.a-- {
		}
	}
	x.add(draft{src: src, cue: c, content: []rng{r}, class: sn.class, inherit: -1})
	return true
}

// sentenceStops are the marks that end a sentence.
var sentenceStops = wordSetOf([]string{".", "!", "?"})
