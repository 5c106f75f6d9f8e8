package claims

// Finding the content right of a cue and where it ends: the clause, object or quotation, cut
// at dashes, asides, coordinated predicates, times and the writer's own words.

import (
	"slices"
	"sort"
	"strings"
)

// contentRight returns the content after the cue, up to the end of its clause.
func (x *extractor) contentRight(s, cue rng, sn cueSense) ([]rng, bool) {
	j := cue.b
	if j >= s.b && !(j < len(x.toks) && x.isOpenQuote(j)) {
		return nil, false
	}
	j = x.dashedAsideThat(s, x.pastCueAdverbials(s, j)) // "said — on Twitter, as it happens — that ..."
	if x.closesDashedAside(s, cue.a, j) {
		return nil, false // "complained — excerpts of which the campaign emailed — that ...": the clause is not the aside's
	}
	start := j
	announced := false
	if c := x.announcingColon(s, j); c > j {
		j, announced = c, true // "said the following:", "tweeted this:": the content follows the colon
	}
	j, ok := x.contentOpening(s, cue, sn, j)
	if !ok {
		return nil, false
	}
	if j > 0 && x.word(j-1) == "that" {
		j = x.dashedAsideEnd(s, j) // "says that – in his professional life – he is ...": the clause after the aside
	}
	if qi, ok := x.quoteOpenAt(j); ok && x.quoteIsContent(s, x.quotes[qi]) {
		return []rng{{j, x.followQuotes(qi) + 1}}, true
	}
	if j == s.b && x.word(j-1) == ":" && (announced || x.colonAfterCue(cue.b, j-1)) {
		return x.blockAfterColon(j)
	}
	return x.clauseContent(s, cue, sn, start, j)
}

// colonAfterCue reports whether the colon at c follows the cue that ends at k with nothing of
// a clause between: right after it, or "of" and the one it is about ("observing of Trump:";
// but "have learned from them:" announces a list of deeds, not what was learned). ("the
// following", "this" and "as follows" before the colon are announcingColon's.)
func (x *extractor) colonAfterCue(k, c int) bool {
	switch between := c - k; {
	case between == 0:
		return true
	case between == 2:
		return x.word(k) == "of" && x.toks[k+1].upper
	case between == 3:
		return x.word(k) == "of" && x.toks[k+1].upper && x.toks[k+2].upper
	}
	return false
}

// announcingColon returns the colon after the words that open at j right after the cue and
// announce what was said, "the following", "as follows" or "this", perhaps with a medium
// between ("posted this on his Facebook page:"): "The senator said the following:" and a
// paragraph, "tweeted this: “...”". It returns j when there is none.
func (x *extractor) announcingColon(s rng, j int) int {
	c := j + 1
	switch w := x.word(j); {
	case x.toks[j].upper:
		return j
	case w == "this":
	case w == "the" && x.word(j+1) == "following", w == "as" && x.word(j+1) == "follows":
		c++
	default:
		return j
	}
	c = x.mediumPhrase(c, s.b)
	if c >= s.b || x.word(c) != ":" {
		return j
	}
	return c
}

// blockAfterColon returns the paragraph after a cue whose colon ends its own paragraph, at j:
// "In a speech last July, he said:" and, as the next paragraph, the words he said, quoted or
// not ("Let no one be mistaken – ..."; a quote that opens the paragraph and is never closed is
// no quote, "Dr. Ward stated:"), as PolNeAR marks a block quotation. The next paragraph only:
// a block of several is marked the same way, each paragraph from its first. An embedded post
// in markup gives its text ("tweeted:" and "<tweet ...>PREACH! ...<tweet/>").
func (x *extractor) blockAfterColon(j int) ([]rng, bool) {
	if j >= len(x.toks) || x.toks[j].nl == 0 || x.toks[j].nl > 2 || x.isOpenQuote(j) {
		return nil, false
	}
	a := j
	if x.word(a) == "<" {
		for a++; a < len(x.toks) && x.toks[a].nl == 0 && x.word(a) != ">"; a++ {
		}
		if a >= len(x.toks) || x.word(a) != ">" {
			return nil, false
		}
		a++
	}
	b := a
	for b < len(x.toks) && (b == a || x.toks[b].nl == 0) && x.word(b) != "<" {
		if x.signsTweet(b) {
			return nil, false // the tweet is its signer's (tweetSignatures)
		}
		if b > a+1 && (isCueForm(x.word(b)) || x.word(b) == "according") {
			// A passage of reporting that names its own speakers ("The newspaper wrote:"
			// and "In emails seen by the Guardian, Emwazi said ..."): its claims are read on
			// their own. (Its opening words may be the writer's: "I think this ...".)
			return nil, false
		}
		b++
	}
	if x.word(b-1) == ":" {
		return nil, false // a paragraph that leads in to another: "CBC says:" and "Josh Wingrove ... tweets:"
	}
	for b > a && (x.word(b-1) == "." && b == a+1 || x.toks[b-1].kind == tPunct && x.word(b-1) != "." && x.word(b-1) != "!" && x.word(b-1) != "?" && x.word(b-1) != "…") {
		b--
	}
	if b-a < 3 || a < len(x.toks) && x.toks[a].nl > 0 && a != j {
		return nil, false
	}
	return []rng{{a, b}}, true
}

// pastCueAdverbials returns where the content may start after the words right after the
// cue at j that are no part of it: an adverb in -ly ("said sarcastically", "said flatly
// that"), a copula before "that" ("Their fear is that ...") and times with the adverbial
// or participle after them.
func (x *extractor) pastCueAdverbials(s rng, j int) int {
	if isLyAdverb(x.word(j)) && !x.toks[j].upper && j+1 < s.b && !quantityBounds.has(x.word(j)) {
		j++ // "said sarcastically", "said flatly that"; but "claimed nearly 400 took part" bounds a quantity
	}
	if w := x.word(j); (w == "is" || w == "was") && x.word(j+1) == "that" && !x.toks[j].upper {
		j++ // "Their fear is that ...", "All I'm asking is that ...": the copula is no part of the content
	}
	if t := x.skipTimes(j, s.b); t > j && t+1 < s.b && x.is(t-1, cMedium) && mediumParticiple(x.word(t)) && !x.toks[t].upper && adverbialStart.has(x.word(t+1)) {
		j = t + 1 // "said in a statement posted on its website that ...", "in a statement carried by state media that ...": the participle describes the statement
	} else if t > j && t < s.b && adverbialStart.has(x.word(t)) && !x.toks[t].upper {
		j = t // "said Thursday during a town hall in Buffalo that ...": times, then an adverbial
	}
	return j
}

// dashedAsideEnd returns the token after an aside between dashes ([extractor.dashAt]: "--"
// too) that opens at j when a clause's words follow it ("that – in his professional life –
// he is ...", "that -- in his professional life -- he is ..."), else j.
func (x *extractor) dashedAsideEnd(s rng, j int) int {
	if e := x.pastAside(s, j, true); e > j && e < s.b && x.isWord(e) {
		return e
	}
	return j
}

// pastAside returns the token after the dash that closes an aside opened by the dash at j
// ([extractor.dashAt]), within 15 tokens of the aside's first one, or j when no dash opens
// there or none closes it in reach. With words, the aside holds only words and commas
// ("– in his professional life –"); otherwise anything but a dash ("– falsely, he says –").
func (x *extractor) pastAside(s rng, j int, words bool) int {
	if !x.dashAt(j) {
		return j
	}
	a := x.pastDash(j)
	for p := a + 1; p < s.b && p <= a+15; p++ {
		if x.dashAt(p) {
			return x.pastDash(p)
		}
		if words && !x.isWord(p) && x.word(p) != "," {
			return j
		}
	}
	return j
}

// pastDash returns the token after the dash at k ([extractor.dashAt]), past both hyphens of
// "--".
func (x *extractor) pastDash(k int) int {
	if x.word(k) == "-" && x.word(k+1) == "-" {
		return k + 2
	}
	return k + 1
}

// closesDashedAside reports whether the dash at j closes an aside that a dash before the
// cue at a opened in sentence s (an odd count of dashes between them), the cue the verb of
// a relative clause in it.
func (x *extractor) closesDashedAside(s rng, a, j int) bool {
	if !x.dashAt(j) {
		return false
	}
	n, open := 0, -1
	for k := s.a; k < a; k++ {
		if x.dashAt(k) {
			n++
			open = x.pastDash(k)
			k = open - 1
		}
	}
	if n%2 == 0 {
		return false
	}
	// Only the verb of a relative clause in the aside: "— excerpts of which the campaign
	// emailed —"; not "— and Sanders presumably believes — that ...", "— as Mark Twain might
	// have said —", "- likely, we would say - that ...", whose cue speaks for the clause
	// around the aside.
	for k := open; k < a; k++ {
		if w := x.word(k); w == "which" || w == "who" || w == "whom" || w == "whose" {
			return true
		}
	}
	return false
}

// dashedAsideThat returns where "that" or a quote stands right after an aside between
// dashes that opens at p ("in July - falsely - that", "on Tuesday -- in a report -- that",
// "said — on Twitter, as it happens — that"), or p.
func (x *extractor) dashedAsideThat(s rng, p int) int {
	if e := x.pastAside(s, p, false); e > p && e < s.b && (x.word(e) == "that" && !x.toks[e].upper || x.isOpenQuote(e)) {
		return e
	}
	return p
}

// contentOpening returns where the content opens at or after j, past a colon, a comma,
// "that", times, an addressee or an adverbial. It reports false when no content opens
// there.
func (x *extractor) contentOpening(s, cue rng, sn cueSense, j int) (int, bool) {
	w := x.word(j)
	switch {
	case w == ":" || w == ",":
		return x.afterCueMark(s, j)
	case w == "that":
		return j + 1, true
	case x.skipTimes(j, s.b) > j && x.word(x.skipTimes(j, s.b)) == "," && x.isOpenQuote(x.skipTimes(j, s.b)+1):
		return x.skipTimes(j, s.b) + 1, true // "stated a day earlier, “...”"
	case x.skipTimes(j, s.b) > j && x.word(x.skipTimes(j, s.b)) != "," && (x.isWord(x.skipTimes(j, s.b)) || x.isOpenQuote(x.skipTimes(j, s.b))):
		return x.afterCueTimes(s, x.skipTimes(j, s.b))
	case w == "to" && infinitiveVerbs.has(x.word(cue.a)) && (x.isWord(j+1) && !x.toks[j+1].upper || x.isOpenQuote(j+1)):
		// "agreed to jointly achieve ...", "wants to ...": the infinitive is the content.
	case x.addresseeCue(cue) || adverbialStart.has(w) && !(w == "this" || w == "last") && !(weekdaysSet.has(w) && x.skipTime(j, s.b) == j) && !x.quantifierAt(j):
		// ("this" and "last" open an adverbial only as times, which skipTimes took: "say
		// this is just a rough patch" holds a clause; so does "said Thursday's speeches ...".)
		return x.pastAddresseeOrAdverbial(s, cue, sn, j)
	}
	return j, true
}

// afterCueMark returns where the content opens after a colon or a comma at j right after
// the cue: a quote, "that" ("He added, that there is ..."), an adverb between commas ("He
// said, twice, that he was going back to work"), a conditional clause ("She said, if
// elected, she would ...") or the end of an aside ("Mr. Comey described, in fairly
// blistering terms, a set of email practices"). It reports false after any other comma.
func (x *extractor) afterCueMark(s rng, j int) (int, bool) {
	w := x.word(j)
	if x.isOpenQuote(j + 1) {
		return j + 1, true
	} else if w == ":" {
		return j + 1, true
	} else if x.word(j+1) == "that" && !x.toks[j+1].upper {
		return j + 2, true // "He added, that there is ..."
	} else if n := x.word(j + 1); (frequencyWords.has(n) || isLyAdverb(n) || parenthetical.has(n)) && !x.toks[j+1].upper && x.word(j+2) == "," && (x.word(j+3) == "that" || x.isOpenQuote(j+3)) {
		// "He said, twice, that he was going back to work", "she said, bluntly, “...”",
		// "Kaine now says, however, that he is ...", "added, though, that"
		j += 3
		if x.word(j) == "that" {
			j++
		}
		return j, true
	} else if (n == "if" || n == "when" || n == "unless" || n == "once") && !x.toks[j+1].upper {
		return j + 1, true // "She said, if elected, she would ..."
	} else if k := x.asideEnd(s, j); k > 0 && w == "," {
		return k, true // "Mr. Comey described, in fairly blistering terms, a set of email practices"
	}
	return j, false
}

// afterCueTimes returns where the content opens after the times after the cue, which end
// at j: at "that", after an adverbial and a comma before a quote ("said Thursday on
// Twitter, “...”") or at a clause. It reports false when the words after the times are
// still adverbial: "said in an interview airing Sunday ...".
func (x *extractor) afterCueTimes(s rng, j int) (int, bool) {
	if x.word(j) == "that" {
		return j + 1, true
	} else if p := x.adverbialThenQuote(s, j); p > j {
		return p, true // "said Thursday on Twitter, “...”"
	} else if !x.startsClause(j) && !pronounContraction(x.word(j)) || x.is(j, cPreposition) {
		return j, false // "said in an interview airing Sunday ...": still adverbial
	}
	return j, true
}

// pastAddresseeOrAdverbial skips the addressee or adverbial that starts at j, after the
// cue, up to "that", a colon, or a comma before a quote; or up to a clause after an
// addressee ("told The Associated Press he is not planning ..."). It reports false when
// no content follows.
func (x *extractor) pastAddresseeOrAdverbial(s, cue rng, sn cueSense, j int) (int, bool) {
	w := x.word(j)
	k, found, title := x.scanAddressee(s, cue, j)
	if found {
		j = k
	}
	if k := x.skipTimes(title+1, s.b); !found && title >= 0 && k+2 < s.b && (x.startsClause(k) || pronounContraction(x.word(k))) {
		j, found = k, true // "told “Good Morning America” on Monday the tone was cordial"
	}
	if !found && tellVerbs.has(x.word(cue.a)) {
		// "told The Associated Press he is not planning ...": an addressee, then a clause.
		if k := x.addressee(s, j); k > j && k+2 < s.b && (x.startsClause(k) || pronounContraction(x.word(k))) {
			j, found = k, true
		} else if subjectPronounsSet.has(x.word(j)) && x.word(j) != "you" && j+2 < s.b && x.startsClause(j) {
			found = true // "The Saudis have warned they could sell ...": a subject is no addressee
		}
	}
	if !found {
		if sn.syn != synObject || !tellVerbs.has(x.word(cue.a)) && adverbialStart.has(w) {
			return j, false
		}
	}
	return j, true
}

// scanAddressee walks the addressee or adverbial that starts at j, after the cue, and
// returns where the content opens and whether it found it (after "that", a colon, a comma
// before a quote, at an indirect question or at a quote), and the closing mark of the
// last show's name in quotes it walked over, or -1.
func (x *extractor) scanAddressee(s, cue rng, j int) (int, bool, int) {
	title, comma := -1, false
	for p := j; p < s.b && p < j+24; p++ {
		pw := x.word(p)
		if subordinatorsSet.has(pw) && x.startsClause(p+1) && !tellVerbs.has(x.word(cue.a)) && !x.clauseThenQuote(s, p+1) {
			break // "said as the heckler yelled: ...": another clause, another speaker
		}
		if (pw == "if" || pw == "whether") && p > j && askForms.has(x.word(cue.a)) && !x.toks[p].upper && x.startsClause(p+1) {
			return p, true, title // "asked the senator during a chat if she would ...": the question
		}
		if pw == "that" && comma && isDeterminer(x.word(p-2)) {
			break // "said on Thursday, in a move that could ground flights": a relative clause of the writer's
		}
		comma = comma || pw == ","
		if pw == "that" && !x.toks[p].upper {
			return p + 1, true, title
		}
		if pw == ":" || pw == "," && x.isOpenQuote(p+1) {
			return p + 1, true, title
		}
		if q, ok := x.quoteOpenAt(p); ok && x.titleCase(x.quotes[q]) && x.quotes[q].close < s.b {
			p, title = x.quotes[q].close, x.quotes[q].close // "told “Good Morning America” that ...", "said on ABC's "This Week" that ...": a show's name
			continue
		}
		if x.isOpenQuote(p) && tellVerbs.has(x.word(cue.a)) {
			return x.quoteClauseStart(s, cue, j, p), true, title
		}
		if e := x.dashedAsideThat(s, p); e > p {
			p = e - 1 // "proclaimed in July - falsely - that ...": past the aside to the clause
			continue
		}
		if pw == "." && !abbreviations.has(x.word(p-1)) || pw == ";" || x.dashAt(p) || x.toks[p].kind == tQuote && (x.isOpenQuote(p) || x.isCloseQuote(p)) || (isCueForm(pw) || x.tellCue(p)) && !(isDeterminer(x.word(p-1)) && x.is(p-2, cPreposition)) {
			// (but a cue form after a preposition and its article is a noun: "said on a
			// call with analysts that ..."; "tell" is a cue only after its subject, so not
			// in the lexicon: "Sources tell a different story, and officials tell us that")
			break // a dash opens an aside: "said this week at an event — a reversal of the law that ...", "reported on Tuesday -- a development that ..."
		}
	}
	return j, false, title
}

// quoteClauseStart returns where the content of a tell verb opens when a quote opens at p
// after the addressee that starts at j: the clause that holds the quote ("told The
// Washington Post he was “not quite there yet”", "told a news conference they are
// “planting the seeds”"), the object and its infinitive ("urged Americans and their
// leaders to “avoid ...”"), a clause with no addressee ("warned the storm was “extremely
// dangerous”"), or the quote itself.
func (x *extractor) quoteClauseStart(s, cue rng, j, p int) int {
	if k := x.addressee(s, j); k > j && k < p && (x.startsClause(k) || pronounContraction(x.word(k))) {
		return k // "told The Washington Post he was “not quite there yet”": the clause holds the quote
	} else if k := x.pronounAfterAddressee(j, p); k > j {
		return k // "told a news conference they are “planting the seeds”"
	} else if x.word(p-1) == "to" && p-1 > j || x.infinitiveIn(j, p) {
		return j // "urged Americans and their leaders to “avoid ...”", "warned him not to get too nasty, to act “presidential”": the object and its infinitive
	} else if w := x.word(cue.a); !(w == "tell" || w == "tells" || w == "told" || w == "telling") && x.startsClause(j) && x.beBefore(j+1, p) {
		return j // "warned the storm was “extremely dangerous”": no addressee, and a clause that holds the quote
	}
	return p
}

// quoteIsContent reports whether the quote q that opens the content is all of it: it ends
// the sentence or the clause, or the writer's words, a trailing attribution or a verb
// follow it. (The comma inside the quote may close it before another's trailing
// attribution: "know that “...,” Ms. Tempel said.")
func (x *extractor) quoteIsContent(s rng, q quote) bool {
	return q.close >= s.b-1 || x.clauseEndsAt(s, q.close+1) || x.writersAfterQuote(s, q.close+1) || x.word(q.close-1) == "," && x.trailingAt(s, q.close) || x.verbAfterQuote(s, q)
}

// clauseContent returns the content that opens at j, after the cue, up to the end of its
// clause; start is where the words after the cue began. A content with no "that" or colon
// before it is an object that ends earlier.
func (x *extractor) clauseContent(s, cue rng, sn cueSense, start, j int) ([]rng, bool) {
	e := x.clauseEnd(s, j)
	r := x.trimContent(rng{j, e})
	explicit := j > start && (x.word(j-1) == "that" || x.word(j-1) == ":")
	onlyAdverbial := x.skipTimes(r.a, r.b) >= r.b || x.is(r.a, cPreposition) && !x.quantifierAt(r.a) && x.restIsAdverbial(s, r.a)
	if r.empty() || !explicit && onlyAdverbial && !x.isOpenQuote(r.a) || r.b-r.a < 2 && sn.syn != synObject && !x.answerWord(cue, r) && !x.deniedNoun(cue, r) {
		return nil, false
	}
	if !explicit {
		if k := r.b; x.word(k) == ":" && k+1 < len(x.toks) && x.plainObject(r) && !x.finiteIn(r.a, r.b) {
			// "Cruz called them on it:" and a quote as the next paragraph: the words before
			// the colon describe the speaking; the quote is what was said. (A quote in the
			// same sentence stays in the content: "describes itself this way: “...”"; a clause
			// with its verb is what was said: "A third said the country was plagued by two
			// types of people:" and the quote of one of them.)
			if qi, ok := x.quoteOpenAt(k + 1); ok && !x.quotes[qi].single {
				return []rng{{k + 1, x.followQuotes(qi) + 1}}, true
			}
		}
		var ok bool
		if r, ok = x.objectContent(s, cue, sn, r); !ok || x.addedThing(cue, r) {
			return nil, false
		}
	}
	r.b = x.dashEnd(r)
	r.b = x.mediumEnd(r)
	return []rng{r}, true
}

// addedThing reports whether "add" at cue has a thing for its object, no statement: "added
// his own comment", "The sound system added Latin hits", "adding a large portion of northern
// Iraq to its holdings", "added a new twist". The object r holds no verb, no subject pronoun
// and no colon (but "added a caveat: “...”" says what the caveat is), and opens with no quote.
func (x *extractor) addedThing(cue, r rng) bool {
	if w := x.word(cue.a); cue.b != cue.a+1 || w != "added" && w != "adding" && w != "adds" && w != "add" {
		return false
	}
	if x.isOpenQuote(r.a) || x.holdsVerb(r.a, r.b) {
		return false
	}
	for k := r.a; k < r.b; k++ {
		if x.word(k) == ":" {
			return false
		}
	}
	return true
}

// objectContent ends an object content r where it ends: at its object's end, "also", a
// noun phrase's comma, a coordinated predicate, an event, a stance's object, the main
// clause's verb after a relative clause, a concession with "despite", or a subordinate
// clause. It reports false when a participle says the content: "responded first by saying
// ...".
func (x *extractor) objectContent(s, cue rng, sn cueSense, r rng) (rng, bool) {
	r.b = x.objectEnd(r)
	r.b = x.alsoEnd(r)
	r.b = x.npCommaEnd(r)
	r.b = x.andPredicateEnd(r, sn.syn == synObject || sn.class == CueReport)
	if sn.syn == synObject {
		r.b = x.eventEnd(r)
	}
	if stanceVerbs.has(x.word(cue.b - 1)) {
		r = x.stanceObject(r)
	}
	if w := x.word(x.skipBack(s, cue.a)); sn.syn == synObject && (w == "who" || w == "that") {
		r = x.relativeObjectEnd(r)
	}
	r.b = x.despiteEnd(r)
	if e := x.subordinateEnd(r); e < r.b {
		if e-r.a < 2 && sn.syn != synObject {
			return r, false // "responded first by saying ...": the participle says it
		}
		r.b = e
	}
	return r, true
}

// relativeObjectEnd ends the object r of a cue in a relative clause where the main
// clause's verb comes: "voters who opposed the levy are mostly farmers".
func (x *extractor) relativeObjectEnd(r rng) rng {
	if whWord.has(x.word(r.a)) {
		return r // a clause with its own verb: "that discussed how many features were dropped"
	}
	for p := r.a + 1; p < r.b; p++ {
		v := x.word(p)
		if v == "who" || v == "that" || v == "which" || v == "whose" || subordinatorsSet.has(v) || x.toks[p].kind == tQuote || clausePronouns.has(v) {
			break // "praised Bush for reaching out to Muslims when he was ...", "told him to retrieve it so they could ...": another clause's verb
		}
		if (progressiveBeSet.has(v) || auxiliariesSet.has(v) || negatedAux[v]) && !x.toks[p].upper {
			if c := x.word(p - 1); c == "and" || c == "but" || c == "or" {
				p-- // "who had endorsed Kasich and is slated to be a delegate": the relative's own verb
			}
			r.b = p
			if t := x.trimContent(r); !t.empty() {
				r = t
			}
			break
		}
	}
	return r
}

// mediumEnd returns where a content after its cue ends before a closing adverbial that says
// where the words were put out, which PolNeAR leaves to the cue: "said that X in an
// interview with CNN on Sunday", "called for Y in a statement following the news",
// "said Z on Twitter". The adverbial (a medium as skipTime reads it) must close the content,
// with at most more adverbials after it; "retelling in a speech the story of ..." keeps it,
// and so does "can see them on TV", where the medium is the content's own.
func (x *extractor) mediumEnd(r rng) int {
	if x.isOpenQuote(r.a) {
		return r.b
	}
	for p := r.a + 2; p < r.b; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		// The cheap test first: this runs over every word of long contents.
		if w := x.word(p); w != "in" && w != "on" || x.toks[p].upper {
			continue
		}
		t, phrase := x.skipTime(p, r.b), false
		if t == p && x.word(p-1) == "," {
			// "called for a ceasefire, in an Easter message delivered to the crowd"; without
			// the comma the medium may be the content's: "will address it in its final report"
			t = x.mediumPhrase(p, r.b)
			phrase = t > p
		}
		if n := x.word(p + 1); t == p && x.word(p) == "in" && (n == "comments" || n == "remarks") && x.word(p-1) == "," {
			// "..., in comments carried by state media", "..., in remarks to reporters"; but
			// "he said “...” in comments to officials" is the inner claim's
			t = p + 2
		}
		if t == p || x.word(p) == "on" && !platforms.has(x.word(p+1)) && !phrase {
			continue // "on Monday": a time, which may be the content's
		}
		if n := x.word(p + 1); n == "tv" || n == "television" || n == "radio" {
			continue
		}
		if t+1 < r.b && mediumParticiple(x.word(t)) && (x.is(t-1, cMedium) || t == p+2 && x.word(p) == "in") && adverbialStart.has(x.word(t+1)) {
			t++ // "in a statement posted on its website", "in comments carried by state media"
		}
		if t < r.b && x.isWord(t) && !adverbialStart.has(x.word(t)) || x.holdsVerb(t, r.b) || x.quoteAfter(t, r.b) {
			continue
		}
		if x.word(p-1) == "," {
			p-- // "Moscow did not target civilians, in comments carried by state media"
		}
		return p
	}
	return r.b
}

// subordinateEnd returns where a content that is a noun phrase or an infinitive, no clause,
// ends before a subordinate clause of the writer's that holds a claim of its own ("attacked
// Mr. Clinton's personal life after Mrs. Clinton accused him of sexism", "has charged the
// campaign $3.7 million since he announced his candidacy", "defended his position by citing a
// poll") or tells when, with a person's pronoun for its subject ("sought to stoke positive
// energy as he stopped by his headquarters", "declined to state a party when they
// registered"), unless a gerund before it may own the clause ("accused her of pushing to
// indict him while she was secretary").
func (x *extractor) subordinateEnd(r rng) int {
	for p := r.a + 1; p+1 < r.b; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		w := x.word(p)
		if x.toks[p].upper || !x.is(p, cSubordinator) && w != "by" || x.namingAside(p) {
			continue // and "the “Great Successor,” as he is known, was ...": an aside on the name
		}
		if w == "by" {
			// "by citing a poll": a participle of speech
			if n := x.word(p + 1); !strings.HasSuffix(n, "ing") || !hasSyn(cueSensesOf(n), synPart) {
				continue
			}
		} else if !x.startsClause(p+1) || !x.cueWithin(p+2, min(r.b, p+8)) && (!x.timeClause(p) || x.gerundIn(r.a, p)) {
			continue
		}
		a := r.a
		if x.word(a) == "to" {
			a += 2 // the infinitive's own verb: "sought to stoke positive energy as he stopped by"
		}
		if x.holdsVerb(a, p) || x.holdsThat(r.a, p) {
			return r.b
		}
		e := p
		if x.word(e-1) == "even" {
			e-- // "even though"
		}
		if x.word(e-1) == "," {
			e--
		}
		return e
	}
	return r.b
}

// despiteEnd returns where a content that is a noun phrase or an infinitive, no clause, ends
// before a concession of the writer's opened by "despite", with its comma: "pledged to work
// together despite their differences", "predicting a close primary despite his lead in the
// polls". Not in a relative ("a supporter who despite surgery was holding a sign") nor in an
// aside that a comma closes before the content's verb ("said Trump, despite his wealth, is
// better placed").
func (x *extractor) despiteEnd(r rng) int {
	if x.isOpenQuote(r.a) || !x.isWord(r.a) {
		return r.b
	}
	for p := r.a + 1; p < r.b && p < r.a+30; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		if x.word(p) != "despite" || x.toks[p].upper {
			continue
		}
		if w := x.word(p - 1); w == "who" || w == "which" || w == "that" || x.asideBeforeVerb(p, r.b) {
			return r.b
		}
		return x.phraseEnd(r, p)
	}
	return r.b
}

// phraseEnd returns p, where a content r that is a noun phrase or an infinitive ends before
// what follows (before its comma, if one precedes p), or r.b when the words before p hold a
// verb of their own, past an infinitive's "to" and its verb ("to shut down"): the content is
// a clause, which goes on.
func (x *extractor) phraseEnd(r rng, p int) int {
	a := r.a
	if x.word(a) == "to" {
		a += 2 // the infinitive's own verb: "to shut down"
	}
	if x.holdsVerb(a, p) {
		return r.b
	}
	if x.word(p-1) == "," {
		p--
	}
	return p
}

// asideBeforeVerb reports whether a comma after token p, before b, closes an aside that a
// finite verb follows: "a victory for Trump, despite his flaws, would be ...".
func (x *extractor) asideBeforeVerb(p, b int) bool {
	for q := p + 1; q+1 < b; q++ {
		if x.word(q) == "," {
			return x.finiteAt(q + 1)
		}
	}
	return false
}

// timeClause reports whether the subordinator at k opens a clause of time whose subject is a
// person's pronoun, no comma before it: "sought to stoke energy as he stopped by",
// "declined to state a party when they registered". A condition ("if he wins") stays.
func (x *extractor) timeClause(k int) bool {
	switch x.word(k) {
	case "as", "when", "while", "since", "after", "before", "until", "once":
	default:
		return false
	}
	if x.word(k-1) == "," {
		return false
	}
	switch x.word(k + 1) {
	case "he", "she", "they", "we", "i":
		return x.isWord(k + 2)
	}
	return false
}

// gerundIn reports whether a lower-case word in -ing stands among tokens a to b: a gerund,
// which a clause of time after it may belong to.
func (x *extractor) gerundIn(a, b int) bool {
	for k := a; k < b; k++ {
		if w := x.word(k); strings.HasSuffix(w, "ing") && len(w) > 4 && !x.toks[k].upper {
			return true
		}
	}
	return false
}

// adverbialOnly reports whether r, the words before "SOURCE CUE", is an adverbial that
// opens the sentence, not a content: a preposition and words without a verb ("In a direct
// appeal to voters, Mr. Khan pleaded with them to ...", "In an interview with “Fox and
// Friends,” Trump pointed to ...").
func (x *extractor) adverbialOnly(r rng) bool {
	if w := x.word(r.a); !prepositionsSet.has(w) && !openingPreps.has(w) || x.holdsVerb(r.a, r.b) {
		return false
	}
	for k := r.a + 1; k < r.b; k++ {
		if isCueForm(x.word(k)) {
			return false // "In Chicago, organizers added ...": a clause
		}
		if qi, ok := x.quoteOpenAt(k); ok {
			if !x.titleCase(x.quotes[qi]) {
				return false // "In this election, “resources don't ...”": the quote is the content
			}
			k = x.quotes[qi].close
		}
	}
	return true
}

// thatAdverbial reports whether the content from j to the comma at p, after "that", is an
// adverbial only, which the clause after the comma completes.
func (x *extractor) thatAdverbial(j, p int) bool {
	if x.word(j) == "that" {
		j++
	} else if x.word(j-1) != "that" {
		return false
	}
	return p > j+1 && x.adverbialOnly(rng{j, p})
}

// openingPreps open an adverbial of time or circumstance at the start of a sentence.
var openingPreps = wordSetOf([]string{"during", "after", "before", "following", "amid", "despite", "later", "since", "until", "as"})

// stanceVerbs take a stand on their object, a person or a measure, and no complement after
// it: "Christie endorsed Trump", "Democrats opposed it".
var stanceVerbs = wordSetOf([]string{"endorsed", "endorses", "endorse", "supported", "opposed", "oppose", "opposes", "backed", "backs", "supports"})

// negatedStance reports whether the cue is a verb of stance negated in the past or perfect
// ("has not endorsed a candidate", "didn't endorse", "hasn't backed"), which reports that no
// stand was taken and which PolNeAR mostly leaves out; "would not endorse" refuses one.
func (x *extractor) negatedStance(cue rng) bool {
	if !stanceVerbs.has(x.word(cue.b - 1)) {
		return false
	}
	for k := cue.a - 1; k >= 0 && k >= cue.a-3; k-- {
		w := x.word(k)
		if w == "not" || w == "never" {
			p := x.word(k - 1)
			return p == "has" || p == "have" || p == "had" || p == "did"
		}
		if w = strings.ReplaceAll(w, "’", "'"); w == "hasn't" || w == "haven't" || w == "hadn't" || w == "didn't" {
			return true
		}
		if !auxiliariesSet.has(w) && !beFormsSet.has(w) && !isLyAdverb(w) && w != "yet" {
			return false
		}
	}
	return false
}

// stanceObject returns the object of a verb of stance without the writer's adverbial after it
// ("opposed it as a candidate", "endorsed Mr. Trump at a news conference", "opposed it because
// it fell short", "virulently opposed Trump during the primaries"), unless a verb comes first.
// "In" and "on" end only a name or a pronoun ("endorsed Sanders in the primary", "oppose him on
// Capitol Hill") or open a date ("backed Ron Paul for the presidency in 2012"); after a noun
// they head its own phrase ("supported a ban on all forms of human cloning", "has backed a
// no-fly zone in Syria"), as PolNeAR keeps it in the content.
func (x *extractor) stanceObject(r rng) rng {
	for p := r.a + 1; p < r.b && p < r.a+20; p++ {
		w := x.word(p)
		if x.toks[p].upper || !x.isWord(p) && w != "," && !isDash(w) && w != "(" {
			continue
		}
		switch w {
		case ",":
			if x.partyTag(p+1) && x.word(p+2) == "," && x.word(p+3) == "and" {
				p += 3 // "has supported Sen. Ted Cruz, R-Texas, and Carly Fiorina": a name's party in a list
				continue
			}
		case "at", "during", "while", "when", "after", "before", "because", "since", "amid", "until", "last", "earlier", "later":
		case "as":
			if x.word(p-1) == "such" {
				continue // "refugees from countries such as Syria"
			}
		case "(":
			if x.toks[p-1].upper && (x.word(p+2) == ")" || x.word(p+3) == ")") {
				continue // "Paul Ryan (R-Wis.)": a name's party
			}
		case "in", "on":
			if v := x.word(p - 1); !x.toks[p-1].upper && !objectPronounsSet.has(v) && v != "her" && v != "it" && !x.dateAfter(p) {
				continue // "supported a ban on all forms of cloning": the object's own phrase
			}
		default:
			if !isDash(w) {
				continue
			}
		}
		for k := r.a; k < p; k++ {
			if v := x.word(k); x.verbLike(k) || auxiliariesSet.has(v) || beFormsSet.has(v) {
				return r // "opposed a measure that would have required ...": a clause goes on
			}
		}
		if w == "," && x.gerundList(r, r.a, p) {
			return r // "supported eliminating caucuses, limiting ... and binding ...": a list
		}
		r.b = p
		return r
	}
	return r
}

// dateAfter reports whether a month or a year follows the preposition at p, perhaps after
// "early", "mid" or "late": "in 2012", "in late May".
func (x *extractor) dateAfter(p int) bool {
	k := p + 1
	if w := x.word(k); w == "early" || w == "mid" || w == "late" {
		k++
	}
	w := x.word(k)
	return x.is(k, cMonth) || len(w) == 4 && isDigitByte(w[0]) && isDigitByte(w[3])
}

// holdsThat reports whether tokens a to b hold a lower-case "that", which opens a clause.
func (x *extractor) holdsThat(a, b int) bool {
	for k := a; k < b; k++ {
		if x.toks[k].low == "that" && !x.toks[k].upper {
			return true
		}
	}
	return false
}

// cueWithin reports whether a lower-case cue word lies in tokens a to b.
func (x *extractor) cueWithin(a, b int) bool {
	for k := a; k < b; k++ {
		if x.isWord(k) && !x.toks[k].upper && isCueForm(x.word(k)) {
			return true
		}
	}
	return false
}

// verbAfterQuote reports whether quote q holds a closing comma and a finite cue verb follows
// it: "Manafort, citing “the unique magic of Trump,” said ...": the aside ends at the quote.
func (x *extractor) verbAfterQuote(s rng, q quote) bool {
	k := q.close + 1
	if x.word(q.close-1) != "," || k >= s.b || x.toks[k].upper {
		return false
	}
	ss, _ := x.senses(k)
	return hasSyn(ss, synVerb)
}

// answerWord reports whether r is the one word of an answer after a form of "say": "72
// percent of Democrats said yes", "after half said so".
func (x *extractor) answerWord(cue, r rng) bool {
	switch x.word(cue.a) {
	case "say", "says", "said", "saying":
	default:
		return false
	}
	w := x.word(r.a)
	return r.b == r.a+1 && r.a == cue.b && (w == "yes" || w == "no" || w == "so")
}

// deniedNoun reports whether r, right after a cue of denial, is a single noun that is what is
// denied: "denied responsibility", "denied wrongdoing", "denied involvement".
func (x *extractor) deniedNoun(cue, r rng) bool {
	if r.b != r.a+1 || r.a != cue.b || x.toks[r.a].upper || x.is(r.a, cFunction|cPreposition) || isCueForm(x.word(r.a)) {
		return false
	}
	if e := cueSensesOf(x.word(cue.a)); len(e) == 0 || e[0].class != CueDeny {
		return false
	}
	return !strings.HasSuffix(x.word(r.a), "ly")
}

// plainObject reports whether r holds words and commas only, no cue, dash or other mark
// that would start another clause: "them on it", "itself in the following way".
func (x *extractor) plainObject(r rng) bool {
	for k := r.a; k < r.b; k++ {
		if w := x.word(k); !x.isWord(k) && w != "," && w != "’s" && w != "'s" || isCueForm(w) {
			return false
		}
	}
	return true
}

// npCommaEnd returns where a content that is a noun phrase or an infinitive, no clause, ends
// at its first comma when the writer's words follow: a relative, a participle, an appositive,
// another predicate of the source or a clause ("attacked billionaire Donald Trump, with whom
// he clashed", "declined to comment, not wanting to alienate activists", "rejected both
// objections, ruled Cruz eligible"). A list, a name or a place after the comma goes on in the
// content; so does a subject's aside before its verb ("says Millennials, numbering 75.3
// million, surpassed ...").
func (x *extractor) npCommaEnd(r rng) int {
	if x.isOpenQuote(r.a) || !x.isWord(r.a) {
		return r.b
	}
	// A noun phrase is short: look for the comma among the first 30 tokens only, which keeps
	// long contents cheap.
	p, end := r.a+1, min(r.b, r.a+30)
	for ; p < end; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		if x.word(p) == "," {
			break
		}
	}
	if p >= end || p+1 >= r.b || x.is(r.a, cSubordinator) || whWord.has(x.word(r.a)) || !x.writersAfterComma(p) {
		return r.b
	}
	// Only a tail that runs to the end of the content: after an aside closed by a second
	// comma the noun phrase's clause goes on ("lauded Mr. Kim, whose term ends next June, for
	// spearheading ..."); and a quote may hold the source's words. A tail of over 40 tokens
	// is left alone, which keeps long contents cheap (none such is cut on train).
	if r.b-p > 40 {
		return r.b
	}
	for q := p + 2; q < r.b; q++ {
		if x.word(q) == "," || x.toks[q].kind == tQuote {
			return r.b
		}
	}
	if x.holdsVerb(r.a, p) || x.gerundList(r, r.a, p) { // the costly test last
		return r.b
	}
	return p
}

// eventWords head an adverbial that names the occasion of the speaking: "at a town hall", "during
// the debate", "at a press conference".
var eventWords = wordSetOf([]string{"rally", "rallies", "hall", "conference", "event", "forum", "stop", "debate", "debates", "hearing", "fundraiser", "speech", "gathering", "luncheon", "breakfast", "dinner", "summit", "trail", "interview", "show", "appearance"})

// eventEnd returns where the noun phrase object of a verb such as "praised", "blasted" or
// "repeated" ends before an adverbial of the writer's that names the occasion: "blasted the
// instructor during a campaign rally", "repeated his position at a town hall in Laconia",
// "offered a defense of the city during the debate". The adverbial must close the content or
// lead to another adverbial, though not to "as" ("described the group during an interview as
// a remnant", where the complement follows); an infinitive, a clause or a gerund keeps it
// ("accused him of grabbing her at a press conference"), as does a place of the object's own,
// which the short list of event nouns leaves out ("participants in the meeting", "a miracle at
// the convention"). A one-word object is a name or a pronoun ("criticized Clinton during a
// rally"), not a noun whose phrase the cue may take ("expressed frustration in an interview").
func (x *extractor) eventEnd(r rng) int {
	if x.isOpenQuote(r.a) || !x.isWord(r.a) || x.word(r.a) == "to" {
		return r.b
	}
	p := r.a + 2
	if x.toks[r.a].upper || objectPronounsSet.has(x.word(r.a)) {
		p--
	}
	for ; p+1 < r.b && p < r.a+30; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		w := x.word(p)
		if w != "at" && w != "during" && w != "in" || x.toks[p].upper {
			continue
		}
		d := x.word(p + 1)
		if d != "a" && d != "an" && d != "the" && d != "his" && d != "her" && d != "their" && d != "its" && d != "one" {
			continue
		}
		k := p + 2
		for k < r.b && k < p+7 && x.isWord(k) && !eventWords.has(x.word(k)) {
			k++ // "at a boisterous San Diego rally"
		}
		if !eventWords.has(x.word(k)) {
			continue
		}
		if t := k + 1; t < r.b && x.isWord(t) && (!adverbialStart.has(x.word(t)) || x.word(t) == "as") {
			continue
		}
		if x.holdsVerb(r.a, p) {
			return r.b
		}
		for q := r.a; q < p; q++ {
			if w := x.word(q); strings.HasSuffix(w, "ing") && len(w) > 4 && !x.toks[q].upper {
				return r.b
			}
		}
		return p
	}
	return r.b
}

// dashEnd returns where a content ends before a dash that no second dash closes, when what
// follows is the writer's gloss. After a noun phrase or an infinitive, no clause, any words
// are ("predicted an overwhelming victory - a landslide based on early results", "calls for
// $275 billion - half of what ... has advocated"); after a clause, only those dashGloss
// allows ("said the number came from the campaign - a fact later confirmed by the
// department", "say he will seek reelection - though it is unclear ..."), as any words after
// a clause's dash lowers ATTR-L F1 on train; "- including ..." stays in the content.
func (x *extractor) dashEnd(r rng) int {
	if x.isOpenQuote(r.a) || !x.isWord(r.a) && !(x.word(r.a) == "$" || x.word(r.a) == "€" || x.word(r.a) == "£") {
		return r.b // (but "$275 billion - half of what ..." opens with its number)
	}
	for p := r.a + 1; p+1 < r.b; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		if !x.dashAt(p) {
			continue
		}
		for q := p + 2; q < r.b; q++ {
			if x.dashAt(q) {
				return r.b // an aside: "the angry — and at times violent — rhetoric"
			}
		}
		a := r.a
		if x.word(a) == "to" {
			a += 2
		}
		if x.holdsVerb(a, p) && !x.dashGloss(p+1) {
			return r.b
		}
		return p
	}
	return r.b
}

// dashGloss reports whether the words at k, after a dash that follows a clause, are the
// writer's: an appositive opened by a determiner or a number ("- a point officials have
// disputed", "- 38 percent"), a relative, a concession or a clause of its own ("- which he
// called regrettable", "- though it is unclear", "- she works in a lab").
func (x *extractor) dashGloss(k int) bool {
	if !x.isWord(k) {
		return false
	}
	switch n := x.word(k); n {
	case "a", "an", "the", "something", "all", "there", "which", "who", "with", "though", "although", "except":
		return true
	default:
		return subjectPronounsSet.has(n) || isDigitByte(n[0])
	}
}

// andPredicateEnd returns where a content that is a noun phrase or an infinitive, no clause,
// ends before "and" or "but" and a second predicate of the source or a new clause, which a
// noun phrase cannot take: "has pushed back on those charges and has worked to defeat any
// change", "threatened to shut down the government, and who has been hoping ...", "didn't
// mention his own role, and there were no hecklers". The predicate opens with an auxiliary or
// a form of "be", or a past tense before its object ("and redacted the emails"), or, after
// the object of a verb that takes one or of a report (thing), a present tense before its
// object ("has cast the Clintons as insiders and holds a solid lead", "backs tougher rules but
// embraces the law"; after "believe" or "say" the content may be a clause whose verb the
// present tense continues: "believe snake wine helps men and improves ..."); the clause with a
// subject pronoun, "there" or "who". "praised teachers and elected officials" and "wants to
// see her and talk" keep their lists.
func (x *extractor) andPredicateEnd(r rng, object bool) int {
	if x.isOpenQuote(r.a) || !x.isWord(r.a) {
		return r.b
	}
	// A noun phrase is short: look among the first 30 tokens only, as npCommaEnd does.
	for p, end := r.a+1, min(r.b-1, r.a+30); p < end; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		w := x.word(p)
		if w != "and" && w != "but" || x.toks[p].upper {
			continue
		}
		k := p + 1
		v := x.word(k)
		predicate := auxiliariesSet.has(v) || beFormsSet.has(v) || negatedAux[v] || x.verbLike(k) && x.opensPredicate(k+1) || object && x.presentBeforeObject(k)
		// "it" and "you" may be objects: "thanked the staff and you".
		clause := v == "who" || v == "there" || subjectPronounsSet.has(v) && v != "it" && v != "you"
		if !predicate && !clause {
			continue
		}
		return x.phraseEnd(r, p)
	}
	return r.b
}

// writersAfterComma reports whether the words after the comma at p, which ends a noun
// phrase, are the writer's rather than more of the noun phrase.
func (x *extractor) writersAfterComma(p int) bool {
	k := p + 1
	if !x.isWord(k) {
		return false
	}
	w := x.word(k)
	if x.toks[k].upper {
		return false
	}
	switch w {
	case "who", "whom", "which", "whose", "a", "an", "the", "even", "as", "so", "just", "also", "not", "he", "she", "they", "we", "i":
		return true
	}
	if n := x.word(k + 1); prepositionsSet.has(w) && (n == "whom" || n == "which") {
		return true // "with whom he clashed"
	}
	// "the big, free-standing government enterprises": a hyphenated adjective, not a participle.
	return x.participleAt(k) && !strings.Contains(w, "-") || x.finiteAt(k)
}

// finiteAt reports whether token k is a verb, an auxiliary or a form of "be".
func (x *extractor) finiteAt(k int) bool {
	w := x.word(k)
	return x.verbLike(k) || auxiliariesSet.has(w) || beFormsSet.has(w)
}

// finiteIn reports whether a finite verb, an auxiliary or a form of "be" (not a clitic "'s",
// mostly a possessive) stands among the tokens from a to b: the words are a clause, not a
// noun phrase.
func (x *extractor) finiteIn(a, b int) bool {
	for k := a; k < b; k++ {
		if w := x.word(k); w != "'s" && w != "’s" && x.finiteAt(k) {
			return true
		}
	}
	return false
}

// objectEnd returns where a content that is a noun phrase or an infinitive, no clause, ends
// before an adverbial of the writer's: "defended his endorsement this week on his radio
// show", "refused to speak to reporters as she left", "criticized X in an interview". A
// content that holds a verb before the adverbial is a clause and keeps it ("said he meets
// with families in a city that ...").
func (x *extractor) objectEnd(r rng) int {
	if x.isOpenQuote(r.a) || !x.isWord(r.a) {
		return r.b
	}
	for p := r.a + 1; p < r.b; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		// The cheap test first: this runs over every word of long contents.
		w := x.word(p)
		if !(w == "on" || w == "in" || w == "this" || w == "last" || w == "later" || w == "earlier" || x.toks[p].upper && weekdaysSet.has(w)) {
			continue
		}
		if prev := x.word(p - 1); x.toks[p].upper && !weekdaysSet.has(w) || !x.isWord(p) || npDeterminersSet.has(prev) || prepositionsSet.has(prev) || !x.isWord(p-1) {
			continue
		}
		if w == "on" && (x.word(p+1) == "condition" || x.word(p+1) == "the" && x.word(p+2) == "condition") && !x.holdsVerb(r.a, p) {
			// "confirmed the meeting on the condition of anonymity because ...": the terms of
			// the interview are the writer's.
			if x.word(p-1) == "only" {
				p--
			}
			return p
		}
		t := x.skipTimes(p, r.b)
		if t == p && w == "in" {
			if t = x.inDateEnd(p, r.b); t < r.b || !x.bareNounPhrase(r.a, p) {
				continue // "an auction in June", "the gathering in September in New York would be ...": the noun's
			}
		}
		if t == p || (w == "later" || w == "earlier") && t == p+1 {
			continue
		}
		// The time or medium must end the content, or lead to another adverbial: "on
		// Sunday at a university forum", "on Thursday, including ...", but not "last year
		// not to close the prison", "on Saturday for bailing on his bill".
		cut := t >= r.b || x.word(t) == "," || adverbialStart.has(x.word(t)) && x.word(t) != "to" && x.word(t) != "for"
		if cut {
			if x.objectHoldsVerb(r.a, p) || x.infinitiveIn(r.a, p) {
				return r.b
			}
			if w := x.word(p - 1); (w == "late" || w == "early") && p-1 > r.a {
				p-- // "reported no arrests late Monday": the time's own word
			}
			return p
		}
	}
	return r.b
}

// objectHoldsVerb reports whether the object tokens a to b hold a verb, as holdsVerb does,
// but for a verb's form after a determiner or a possessive, a noun there: "criticized those
// claims on Thursday", "acknowledged her backing on Monday". Not a participle in -ed, which
// may tell an event the time is of: "noted a planned rally on Saturday in Sioux City".
func (x *extractor) objectHoldsVerb(a, b int) bool {
	for k := a; k < b; k++ {
		if x.holdsVerb(k, k+1) && !(k > a && headDeterminers.has(x.word(k-1)) && !strings.HasSuffix(x.word(k), "ed")) {
			return true
		}
	}
	return false
}

// possessiveWords are the possessive determiners: "his claim", "their report".
var possessiveWords = []string{"his", "her", "their", "its", "my", "our", "your"}

// nounDeterminerWords are the articles and the possessive determiners, which open a noun
// phrase: the one list behind headDeterminers, nounMarkers, keptThings and objectOpeners,
// which add to it what each reading needs.
var nounDeterminerWords = slices.Concat([]string{"a", "an", "the"}, possessiveWords)

// headDeterminers open a noun phrase, so that a word after one is read as its noun, not a
// verb ("his claims", "the report"), with the demonstratives before a noun ("these
// reports"). Not "that", a conjunction as often ("said that reports"), nor a quantifier
// ("some", "no"), which may stand alone. "her" is also an object before a bare verb ("made her
// resign"), which the reading gets wrong.
var headDeterminers = wordSetOf(slices.Concat(nounDeterminerWords, []string{"this", "these", "those"}))

// inDateEnd returns the index after "in" at p and a month, a year or both, perhaps after
// "early", "mid" or "late" ("in April", "in June 2015", "in late 2013"; the month
// capitalised), or p when no date follows before end. It is read only after an object:
// "acknowledged the deal in June" is a time of the speaking, where "said he would sign it in
// June" is the content's.
func (x *extractor) inDateEnd(p, end int) int {
	k := p + 1
	if w := x.word(k); w == "early" || w == "mid" || w == "late" {
		k++
	}
	d := k
	if x.is(k, cMonth) && x.toks[k].upper {
		k++
	}
	if w := x.word(k); k < end && len(w) == 4 && isDigitByte(w[0]) && isDigitByte(w[3]) {
		k++
	}
	if k == d || k > end {
		return p
	}
	return k
}

// bareNounPhrase reports whether tokens a to b are a short noun phrase with no preposition
// in it ("his candidacy", "the wall"), whose date after it can only be the speaking's.
func (x *extractor) bareNounPhrase(a, b int) bool {
	if b-a > 4 {
		return false
	}
	for k := a; k < b; k++ {
		if prepositionsSet.has(x.word(k)) || !x.isWord(k) {
			return false
		}
	}
	return true
}

// infinitiveIn reports whether tokens a to b hold an infinitive that is the content or
// follows its object ("to debate him in Brooklyn", "urged them to vote", "challenged Hillary
// Clinton to debate", "warned him not to"), where a time after it is the infinitive's, not
// the speaking's; not one of a noun's ("his intention to vote").
func (x *extractor) infinitiveIn(a, b int) bool {
	for k := a; k+1 < b; k++ {
		if x.word(k) != "to" || k > a && !x.toks[k-1].upper && !objectPronounsSet.has(x.word(k-1)) && !(x.word(k-1) == "not" && k-1 > a && objectPronounsSet.has(x.word(k-2))) {
			continue
		}
		if n := x.word(k + 1); x.isWord(k+1) && !x.toks[k+1].upper && !npDeterminersSet.has(n) && !isDigitByte(n[0]) {
			return true
		}
	}
	return false
}

// alsoEnd returns where a content that is a noun phrase, no clause, ends before a closing "as
// well" or ", too" of the writer's, which PolNeAR leaves out ("could favor him as well",
// "thinks so, too"); in a clause or an infinitive it stays ("our rail systems do as well",
// "pledged to act as well").
func (x *extractor) alsoEnd(r rng) int {
	e := r.b
	switch {
	case e-2 > r.a && x.word(e-2) == "as" && x.word(e-1) == "well":
		e -= 2
	case e-1 > r.a && x.word(e-1) == "too" && x.word(e-2) == ",":
		e--
	default:
		return r.b
	}
	if x.word(e-1) == "," {
		e--
	}
	if x.isOpenQuote(r.a) || x.word(r.a) == "to" || x.holdsVerb(r.a, e) || x.inQuote[e] {
		return r.b // "pledged to act as well": the infinitive's
	}
	return e
}

// quantifierAt reports whether token k opens a quantity rather than an adverbial: "at least
// 60 people", "over 100 homes".
func (x *extractor) quantifierAt(k int) bool {
	switch n := x.word(k + 1); x.word(k) {
	case "at":
		return n == "least" || n == "most"
	case "over", "under":
		return k+1 < len(x.toks) && x.isWord(k+1) && isDigitByte(n[0])
	}
	return false
}

// asideEnd returns the token after a short prepositional aside between the comma at j and the
// next comma (", in fairly blistering terms, "), when words follow it; else 0.
func (x *extractor) asideEnd(s rng, j int) int {
	if !x.is(j+1, cPreposition) || x.word(j+1) == "to" || x.toks[j+1].upper {
		return 0 // but "it is his job, he said, to talk to Congress, ..."
	}
	for p := j + 2; p < s.b && p < j+9; p++ {
		if !x.isWord(p) {
			if x.word(p) == "," && p > j+2 && p+2 < s.b && x.isWord(p+1) && !isCueForm(x.word(p+1)) {
				return p + 1
			}
			return 0
		}
		if isCueForm(x.word(p)) || x.verbLike(p) || x.toks[p].upper {
			return 0
		}
	}
	return 0
}

// clauseThenQuote reports whether the subordinate clause starting at k ends in a comma before a
// quote without a cue of its own: "said in the spring, when the story broke, “I did not ...”".
func (x *extractor) clauseThenQuote(s rng, k int) bool {
	for p := k; p < s.b && p < k+15; p++ {
		if isCueForm(x.word(p)) && !x.toks[p].upper || x.toks[p].kind == tQuote || x.word(p) == ":" {
			return false
		}
		if x.word(p) == "," {
			return x.isOpenQuote(p + 1)
		}
	}
	return false
}

// adverbialThenQuote returns where a quote opens after an adverbial that starts at j and
// ends in a comma or colon ("on Twitter, “...”", "in a speech in Iowa: “...”"), or j.
func (x *extractor) adverbialThenQuote(s rng, j int) int {
	if !x.is(j, cPreposition) && !adverbialStart.has(x.word(j)) {
		return j
	}
	for p := j + 1; p < s.b && p < j+12; p++ {
		w := x.word(p)
		if (w == "," || w == ":") && x.isOpenQuote(p+1) {
			return p + 1
		}
		if w == "," && x.word(p+1) == "that" && !x.toks[p+1].upper {
			return p + 2 // "said Sunday in Madison, Wisconsin, that he was hoping ..."
		}
		if w == "." || w == ";" || x.toks[p].kind == tQuote || isCueForm(w) {
			break
		}
		if w == "," && (p+1 == len(x.toks) || !x.toks[p+1].upper) {
			break
		}
	}
	return j
}

var (
	weekdaysSet = wordSetOf([]string{"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
	monthsSet   = wordSetOf([]string{"january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
	timeNounSet = wordSetOf([]string{"week", "month", "year", "night", "weekend", "morning", "afternoon", "evening", "time", "day", "minute", "hour"})
)

// inPhrases make adverbs with "in": "in particular", "in general", "in fact", "in turn".
var inPhrases = wordSetOf([]string{"particular", "general", "fact", "turn"})

// dayParts follow a weekday: "Thursday evening", "Sunday night".
var dayParts = wordSetOf([]string{"morning", "afternoon", "evening", "night"})

// skipTimes skips any run of time adverbials at j.
func (x *extractor) skipTimes(j, end int) int {
	for {
		k := x.skipTime(j, end)
		if k == j || k >= end {
			return k
		}
		j = k
	}
}

// monthDayEnd returns the index after a capitalised month, with its point or not, and a day
// of one or two digits at j with no word after them before end ("said July 8.", "said
// Sept. 2, adding"), or j. Not "said May 5 people died", where a noun follows.
func (x *extractor) monthDayEnd(j, end int) int {
	if !x.is(j, cMonth) || !x.toks[j].upper {
		return j
	}
	k := j + 1
	if x.word(k) == "." {
		k++
	}
	d := x.word(k)
	if k >= end || len(d) > 2 || d == "" || !isDigitByte(d[0]) || k+1 < end && x.isWord(k+1) {
		return j
	}
	return k + 1
}

// skipTime returns the index after a short time adverbial at j ("on Monday", "last week",
// "yesterday", "in a statement", "in an interview"), or j when there is none.
func (x *extractor) skipTime(j, end int) int {
	w := x.word(j)
	if n := x.word(j + 1); x.is(j, cWeekday) && (n == "'s" || n == "’s") {
		return j // "said Thursday's speeches have led her ...": a possessor, not a time
	}
	if k := x.monthDayEnd(j, end); k > j {
		return k // "the district attorney said July 8."
	}
	switch {
	case x.is(j, cWeekday) && x.is(j+1, cTimeNoun):
		return j + 2 // "Wednesday afternoon"
	case x.is(j, cWeekday) || w == "yesterday" || w == "today" || w == "tonight" || w == "earlier" || w == "later" || w == "recently" || w == "again" || w == "repeatedly" || w == "also" || w == "privately" || w == "publicly" || w == "afterward" || w == "afterwards":
		return j + 1
	case w == "on" && (x.is(j+1, cWeekday) || x.is(j+1, cMonth)):
		k := j + 2
		if x.is(k, cTimeNoun) {
			k++ // "on Saturday evening"
		}
		for k < end && x.toks[k].kind == tWord && isDigitByte(x.toks[k].low[0]) {
			k++
		}
		return k
	case (w == "last" || w == "this" || w == "next") && (x.is(j+1, cTimeNoun) || x.is(j+1, cWeekday) || x.is(j+1, cMonth)):
		return j + 2
	case w == "on" && platforms.has(x.word(j+1)):
		return j + 2 // "on Twitter", "on Facebook"
	case (w == "a" || w == "an" || w == "one" || w == "two" || w == "three" || w == "several" || w == "few") && x.is(j+1, cTimeNounForm) && (x.word(j+2) == "earlier" || x.word(j+2) == "later" || x.word(j+2) == "ago"):
		return j + 3 // "a day earlier", "two weeks ago"
	case w == "in" && (x.word(j+1) == "a" || x.word(j+1) == "an" || x.word(j+1) == "his" || x.word(j+1) == "her" || x.word(j+1) == "their") && x.is(j+2, cMedium):
		k := j + 3
		for k < end && x.is(k, cMedium) {
			k++ // "in a telephone interview", "in a radio interview"
		}
		return k
	}
	return j
}

// platforms are where statements are posted: "wrote on Facebook", "said on Twitter".
var platforms = wordSetOf([]string{"twitter", "facebook", "instagram", "youtube", "tiktok", "snapchat", "reddit", "linkedin", "telegram", "weibo", "television", "tv", "radio"})

var mediumWordsSet = wordSetOf([]string{"statement", "interview", "appearance", "column", "editorial", "essay", "commentary", "address", "tweet", "post", "letter", "speech", "email", "e-mail", "video", "op-ed", "memo", "briefing", "press", "radio", "television", "tv", "phone", "telephone", "message", "report", "note", "blog", "podcast", "filing"})

// followQuotes returns the closing mark of the last of a run of quotes that starts with
// quote qi and continues in the same paragraph with nothing but punctuation between them:
// said “One thing,” “and another.”
func (x *extractor) followQuotes(qi int) int {
	end := x.quotes[qi].close
	for i := qi + 1; i < len(x.quotes); i++ {
		q := x.quotes[i]
		if q.open <= end || q.single {
			continue
		}
		k := end + 1
		for k < q.open && x.toks[k].kind == tPunct && x.toks[k].nl == 0 && x.word(k) != "." {
			k++
		}
		if k != q.open || x.toks[k].nl > 0 {
			break
		}
		if c := q.close; x.word(c-1) == "," && x.isWord(c+1) && x.toks[c+1].nl == 0 {
			break // “...” “I am not there,” Ryan said: the next quote has its own speaker
		}
		end = q.close
	}
	return end
}

// pronounAfterAddressee returns the subject pronoun that opens a clause after a short
// addressee in lower case between j and the quote at q ("told a news conference they are
// “...”"), or j when there is none.
func (x *extractor) pronounAfterAddressee(j, q int) int {
	for k := j + 1; k < q && k <= j+4; k++ {
		if w := x.word(k); subjectPronounsSet.has(w) && w != "it" && w != "you" || pronounContraction(w) {
			return k
		}
		if w := x.word(k - 1); !x.isWord(k-1) || x.toks[k-1].upper || x.verbLike(k-1) || isCueForm(w) || (functionWordsSet.has(w) || prepositionsSet.has(w)) && !isDeterminer(w) {
			return j
		}
	}
	return j
}

// addressees are lower-case words that name whom a speaker told something.
var addressees = wordSetOf([]string{"reporters", "journalists", "supporters", "aides", "lawmakers", "voters", "viewers", "listeners", "audience", "students", "donors", "crowd", "members", "residents", "parliament", "congress", "colleagues", "police", "investigators", "officials", "delegates", "attendees", "guests", "readers", "interviewers", "host", "me", "us", "him", "her", "them", "you",
	"senators", "legislators", "representatives", "employees", "staff", "workers", "shareholders", "investors", "analysts",
	"followers", "fans", "parents", "troops", "soldiers", "diplomats", "negotiators", "jurors", "judges", "court", "jury",
	"committee", "panel", "council", "board", "press", "media", "broadcaster", "newspaper", "magazine", "radio", "television", "tv", "state"})

// pluralAddressee reports whether the addressee word w is a plural of people
// ("reporters", "analysts"), which no name follows in apposition as one follows "host".
func pluralAddressee(w string) bool {
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && w != "us" && w != "news"
}

// addressee returns the end of the addressee of a tell verb starting at j ("reporters",
// "The Associated Press", "CNN host Chris Cuomo", "him"), or j when there is none.
func (x *extractor) addressee(s rng, j int) int {
	k := j
	if w := x.word(k); w == "the" || w == "a" || (w == "his" || w == "their" || w == "its" || w == "our") && addressees.has(x.word(k+1)) {
		k++ // "told his audience they wouldn't back him"
	}
	n := 0
	for k < s.b && x.isWord(k) && n < 8 && (x.toks[k].upper || x.is(k, cTitle) && n > 0 && !isDeterminer(x.word(k)) || addressees.has(x.word(k)) && !(n > 0 && pronounKind[x.word(k)] != "")) {
		// (a pronoun only opens the addressee: "told the AP her group never worked ...")
		k++
		n++
		if addressees.has(x.word(k-1)) && !x.toks[k-1].upper && (k == len(x.toks) || !x.toks[k].upper || objectPronounsSet.has(x.word(k-1)) || pluralAddressee(x.word(k-1))) && !(x.word(k-1) == "state" && addressees.has(x.word(k))) {
			// but "host Chris Cuomo", "state television"; "told them Clinton has ...": the
			// pronoun is whole, and so is a plural ("told reporters Moscow remained open").
			break
		}
	}
	if n == 0 {
		return j
	}
	// "a Planned Parenthood gathering in Washington she will ...": a head noun and a place.
	if w := x.word(k); n > 0 && x.isWord(k) && !x.toks[k].upper && !functionWordsSet.has(w) && !prepositionsSet.has(w) && !x.verbLike(k) && !isCueForm(w) {
		h := k + 1
		if (x.word(h) == "in" || x.word(h) == "at") && h+1 < s.b && x.toks[h+1].upper {
			h += 2
			for h < s.b && x.isWord(h) && x.toks[h].upper {
				h++
			}
		}
		if subjectPronounsSet.has(x.word(h)) {
			return h
		}
	}
	// "The Star-Ledger of Newark", then "last week".
	if x.word(k) == "of" && k+1 < s.b && x.toks[k+1].upper {
		k += 2
		for k < s.b && x.isWord(k) && x.toks[k].upper {
			k++
		}
	}
	return x.skipTimes(k, s.b)
}

// startsClause reports whether token k may open a clause: a subject pronoun, a determiner
// or a capitalised word.
func (x *extractor) startsClause(k int) bool {
	if !x.isWord(k) {
		return x.isOpenQuote(k)
	}
	switch x.word(k) {
	case "he", "she", "they", "it", "i", "we", "you", "the", "there", "his", "her", "their", "its", "this", "that", "those", "these":
		return true
	}
	return x.toks[k].upper
}

// pronounContraction reports whether w is a subject pronoun with a contracted auxiliary:
// "he’d", "they're", "it’s", "there’s".
func pronounContraction(w string) bool {
	i := strings.LastIndexAny(w, "'’")
	if i <= 0 {
		return false
	}
	suf := w[i+1:]
	if w[i] != '\'' {
		suf = w[i+len("’"):]
	}
	p := w[:i]
	return (subjectPronounsSet.has(p) || p == "there") && contractedAux.has(suf)
}

// contractedAuxAt returns the offset of the apostrophe in a subject pronoun with a contracted
// auxiliary other than "’s" (a token of its own) at token k, "they’ve", "I'd"; 0 otherwise.
func (x *extractor) contractedAuxAt(k int) int {
	if !pronounContraction(x.toks[k].low) {
		return 0
	}
	w := x.text[x.toks[k].Start:x.toks[k].End]
	i := strings.LastIndexAny(w, "'’")
	if i < 0 || w[i+1:] == "s" || w[i:] == "’s" {
		return 0
	}
	return x.toks[k].Start + i
}

var contractedAux = wordSetOf([]string{"d", "s", "re", "ll", "ve", "m"})

// clauseEndsAt reports whether the clause ends at token k: sentence punctuation, the end of
// the sentence, or a comma or semicolon.
func (x *extractor) clauseEndsAt(s rng, k int) bool {
	if k >= s.b {
		return true
	}
	switch x.word(k) {
	case ".", ",", ";", "!", "?", ":":
		return true
	}
	return false
}

// subjectWithAppositive reports whether tokens j..p are a noun phrase and its appositive
// after a comma, with no verb and no relative pronoun: "a woman named Lana, a
// self-described feminist", the subject of a verb after p.
func (x *extractor) subjectWithAppositive(j, p int) bool {
	c := -1
	for k := j; k < p; k++ {
		switch w := x.word(k); {
		case w == ",":
			if c >= 0 {
				return false
			}
			c = k
		case w == "who" || w == "which" || w == "that" || w == "whose" || w == "whom":
			return false
		case x.isWord(k) && k > j && x.verbLike(k) && !(w == "named" || w == "called"):
			return false
		}
	}
	if c <= j || c+1 >= p {
		return false
	}
	w := x.word(c + 1)
	return (w == "a" || w == "an" || w == "the") && !x.holdsVerb(c+1, p)
}

// subjectWithRelative reports whether the content j..p is a noun phrase with no verb, a comma
// and a relative clause that the comma at p closes, the subject of the verb after p: "The UK
// Times reported that an international forensic science company, which has worked for police
// forces across Britain, said there is no question ..." (the content had ended at "Britain",
// and the company's claim stood on its own), not "Barkley, who said he votes democratic,
// said", whose content holds no relative.
func (x *extractor) subjectWithRelative(j, p int) bool {
	if x.word(j) == "that" {
		j++
	}
	c := -1
	for k := j; k < p; k++ {
		if x.word(k) == "," {
			if c >= 0 {
				return false
			}
			c = k
		}
	}
	if c <= j+1 || c+2 >= p || x.word(c+1) != "who" && x.word(c+1) != "which" || x.holdsVerb(j, c) {
		return false
	}
	if v := x.word(p + 1); !strings.HasSuffix(v, "ed") && !strings.HasSuffix(v, "s") && !irregularPastSet.has(v) && !pastOfSpeech.has(v) {
		return false // "denounced the deal, which would slash ..., according to ...": no finite verb
	}
	w := x.word(j)
	return npDeterminersSet.has(w) || x.toks[j].upper && x.isWord(j)
}

// clauseEnd returns where the content starting at j ends: the end of the sentence, a
// semicolon, or a following cue of the same speaker (", adding that", " and claimed that"),
// or a trailing attribution (", the report said"). A quote opened inside the content is
// taken whole, even across sentences.
func (x *extractor) clauseEnd(s rng, j int) int {
	e := s.b
	for p := j; p < s.b; p++ {
		if qi, ok := x.quoteOpenAt(p); ok && p > j {
			c := x.quotes[qi].close
			if c >= s.b {
				return c + 1
			}
			// “expanded the party,” claiming that ...: the comma inside the quote ends the clause.
			if x.word(c-1) == "," {
				if ss, _ := x.senses(c + 1); hasSyn(ss, synPart) || x.trailingAt(s, c) {
					return c + 1
				}
				// "Although Weiner admitted that they had “been friends,” he claimed ...":
				// the subordinate clause ends at the quote that holds its comma.
				if x.subordinateOpening(s, true) && (x.startsClause(c+1) || x.subjectAt(s, c+1, s.b).a == c+1) {
					return c + 1
				}
			}
			if x.writersAfterQuote(s, c+1) {
				return c + 1
			}
			p = c
			continue
		}
		w := x.word(p)
		if w == ";" {
			return p
		}
		if (isDash(w) || w == "-" && x.word(p+1) == "-") && p > j+1 { // not a spaced hyphen: "- but only when"
			n := p + 1
			if w == "-" {
				n++
			}
			if (dashClause.has(x.word(n)) || x.dashAppositive(s, n)) && !x.toks[n].upper && !x.dashCloses(s, n) && !(x.closesAside(j, p) && !(subordinatorsSet.has(x.word(n)) && x.startsClause(n+1))) {
				return p // "the tide is turning their way — and the Senate is ...": the writer's clause
			}
		}
		if w == "," || w == "—" || w == "–" {
			// ", adding that ..." and ", saying ..."
			if ss, _ := x.senses(p + 1); hasSyn(ss, synPart) {
				return p
			}
			// "it would be Trump, who has a significant delegate lead.", "a recount in the
			// primary, where she trailed": a relative clause that ends the sentence
			// describes, it does not continue the content.
			if n := x.word(p + 1); (n == "who" || n == "which" || n == "where") && p > j+1 && x.relativeEndsSentence(s, p+1) {
				return p
			}
			// "Republican suggestions, an offer the leadership rebuffed": an appositive of the
			// writer's that ends the sentence; so does a charge and its denial, with or without
			// an auxiliary ("..., charges he has denied"). Not after an adverbial that opens a
			// "that" clause: there the comma closes the adverbial and the clause's subject
			// follows ("asserted that during his trip to Bali, a spider burrowed under his skin").
			if n := x.word(p + 1); p > j+1 && x.relativeEndsSentence(s, p+1) && (x.sumUp(p+1) || (n == "a" || n == "an") && !x.clauseBetween(s, p+1, s.b)) && !x.thatAdverbial(j, p) {
				return p
			}
			// "the parents of Capt. Humayun Khan, the Muslim soldier who died ...": a definite
			// description of the name before the comma, the writer's, ends the content.
			if p > j+1 && x.toks[p-1].upper && x.relativeEndsSentence(s, p+1) && x.nameDescription(s, p+1) && !x.thatAdverbial(j, p) && !x.subordinateContent(j) {
				return p
			}
			// "her ouster, believing she was tipping the scales": a participle of the writer's.
			// After a clause, a participle phrase without a clause of its own goes on with the
			// clause's subject and stays in the content: "says it raised $21 million in
			// January, bringing its total to $95 million" (on the training split 23 more exact
			// matches for 9 fewer); not after an infinitive ("is promising to create a
			// spectacle, leaving Cleveland excited").
			if n := x.word(p + 1); x.isWord(p+1) && !x.toks[p+1].upper && strings.HasSuffix(n, "ing") && len(n) > 5 && !prepositionalParticiples.has(n) && p > j+1 && x.relativeEndsSentence(s, p+1) && x.word(p+2) != "and" && x.word(p+2) != "or" && (x.word(j) == "to" || !x.finiteIn(j, p) || x.finiteIn(p+2, s.b)) && !x.gerundList(s, j, p) {
				return p // but not "adjusting for income, smoking and education": a gerund in a list
			}
			// ", the report said." : a trailing attribution of another speaker.
			if x.trailingAt(s, p) {
				return p
			}
			if clauseBreak.has(x.word(p+1)) && !x.butGoesOn(p+1) && !((x.word(p+1) == "while" || x.word(p+1) == "though" || x.word(p+1) == "whereas") && !x.cueWithin(p+2, s.b) && x.holdsVerb(j, p) && x.startsClause(p+2)) && !x.concessiveAside(s, p+1) && !(x.butPredicate(p+1) && x.clauseBetween(s, j, p)) {
				return p
			}
			if x.word(p+1) == "and" && x.narrativeClause(p+2) && !x.inQuote[p] {
				return p // "Rubio said the real extremist is Clinton, and he railed against ...": the writer's
			}
			// "While Ramos said that X, he appears ...", "Even as they vowed to fight on, the
			// sense of urgency was evident": the subordinate clause ends where the main
			// clause, a subject and its verb, begins.
			if x.subordinateOpening(s, false) && (x.startsClause(p+1) || x.clauseBetween(s, p+1, s.b)) && (x.inQuote[p] || isCueForm(x.word(j)) || !x.mainClauseBefore(s, j)) {
				return p
			}
			if w == "," && x.subordinateBefore(s, j) && p > j+1 && (x.clauseBetween(s, p+1, s.b) || x.isWord(p+1) && !x.toks[p+1].upper && !x.finiteAt(p+1) && !x.listAfter(s, p)) {
				return p
			}
			// "Barkley, who said he votes democratic, said ...": the relative clause ends.
			// But a noun phrase and its appositive before the comma are the subject of that
			// verb: "According to a website, a woman named Lana, a self-described feminist,
			// boasted of ..." goes on.
			if ss, _ := x.senses(p + 1); hasSyn(ss, synVerb) && !x.toks[p+1].upper && !x.subjectWithAppositive(j, p) && !x.subjectWithRelative(j, p) {
				return p
			}
		}
		if (w == "while" || w == "before" || w == "after") && p > j+1 && !x.toks[p].upper {
			if ss, _ := x.senses(p + 1); hasSyn(ss, synPart) {
				return p // "it was “premature” to back her while adding on climate change, ..."
			}
		}
		if w == "and" || w == "but" {
			k := p + 1
			for k < s.b && (x.is(k, cSkipBeforeCue) || isLyAdverb(x.word(k))) {
				k++
			}
			if ss, _ := x.senses(k); (hasSyn(ss, synVerb) || hasSyn(ss, synObject)) && !(w == "and" && x.sharedPredicate(j, p, ss)) && !x.pastAfterPresentCue(j, k) && !(w == "and" && x.foundAfterPassive(j, p, k)) && !(w == "and" && x.perfectGoesOn(j, p)) {
				return p
			}
			if (x.word(k+1) == "," || x.word(k+1) == ":") && x.isOpenQuote(k+2) && x.verbLike(k) && !x.pastAfterPresentCue(j, k) {
				return p // "thanked her home state and then boomed, “...”": a quote of its own
			}
			if w == "and" && p > j && !x.inQuote[p] && (x.verbLike(k) || x.participleAt(k) && x.participleAt(j-1)) && x.opensPredicate(k+1) && !x.holdsVerb(j, p) {
				return p // "echoed similar themes and took the stage": the content, a noun phrase, ends
			}
		}
	}
	return e
}

// gerundList reports whether the content starting at j opens with a gerund that the one after
// the comma at p continues as a list closed by "and" or "or" and a third gerund: "supports
// eliminating caucuses, limiting the number of delegates and binding them to the vote".
func (x *extractor) gerundList(r rng, j, p int) bool {
	if w := x.word(j); !strings.HasSuffix(w, "ing") || len(w) <= 4 || x.toks[j].upper {
		return false
	}
	for k := p + 3; k+1 < r.b; k++ {
		if w := x.word(k); (w == "and" || w == "or") && strings.HasSuffix(x.word(k+1), "ing") && !x.toks[k+1].upper {
			return true
		}
	}
	return false
}

// pastAfterPresentCue reports whether the verb at k, after "and" in a content starting at j,
// is in the past tense while the cue right before the content is in the present: "McConnell
// says he spoke to Trump and asked him to condemn violence". The speaker tells of the past
// in the present; the past verb goes on with the content's subject, not the speaker's.
func (x *extractor) pastAfterPresentCue(j, k int) bool {
	w := x.word(k)
	if !strings.HasSuffix(w, "ed") && !irregularPastSet.has(w) && !pastOfSpeech.has(w) {
		return false
	}
	c := j - 1
	if x.word(c) == "that" {
		c--
	}
	cw := x.word(c)
	return isCueForm(cw) && strings.HasSuffix(cw, "s") && !strings.HasSuffix(cw, "ss") && !x.toks[c].upper
}

// perfectGoesOn reports whether "and" at p opens a second past perfect, "and had" and a
// participle, after a past perfect in the content that starts at j: "Jones said the minister
// had left and had denied everything". The repeated auxiliary agrees with the content's verb,
// not with the cue's simple past; the predicate goes on with the content's subject. (A bare
// past after it, "said he had noticed more visitors and said ...", is mostly the speaker's:
// 4 of 4 such claims on train and the FNC-1 bodies.)
func (x *extractor) perfectGoesOn(j, p int) bool {
	if x.word(p+1) != "had" || x.toks[p+1].upper || !x.pastParticipleAt(p+2) {
		return false
	}
	for k := j; k+1 < p; k++ {
		if x.word(k) == "had" && x.pastParticipleAt(k+1) {
			return true
		}
	}
	return false
}

// pastParticipleAt reports whether token k may be a past participle: a past in -ed or an
// irregular one, or "been".
func (x *extractor) pastParticipleAt(k int) bool {
	w := x.word(k)
	return x.verbLike(k) || w == "been" || pastParticiples.has(w) && !x.toks[k].upper
}

// pastOfSpeech are past tenses of cues that irregularPastSet leaves out: "Johnson says Brown
// stopped and said ...", "Comcast says it investigated the story and found ...".
var pastOfSpeech = wordSetOf([]string{"said", "found", "told", "wrote", "knew", "swore", "forgot"})

// subordinateBefore reports whether the clause that holds the content starting at j is
// subordinate, opened after a conjunction or a comma inside sentence s: "and while he said
// he'd hold a hearing, it's unlikely ...".
func (x *extractor) subordinateBefore(s rng, j int) bool {
	for k := j - 1; k >= s.a && k > j-25; k-- {
		w := x.word(k)
		if w == "," || w == ";" || x.toks[k].kind == tQuote {
			return false
		}
		if !x.is(k, cSubordinator) {
			continue
		}
		if k == s.a {
			return true // "While Clinton claimed that ..., experts affirm ..."
		}
		switch x.word(k - 1) {
		case "and", "but", ",", "even":
			return !x.toks[k].upper || k-1 == s.a
		}
		return false
	}
	return false
}

// listAfter reports whether the comma at p goes on with a list or an aside of the noun phrase
// before it: "and", "or", "not" or "including" after it, or another comma, "and" or "or" within the
// next three words ("young, liberal and African-American voters", "the Islamic State, or ISIS,
// has used").
func (x *extractor) listAfter(s rng, p int) bool {
	switch x.word(p + 1) {
	case "and", "or", "not", "including":
		return true
	}
	for k := p + 2; k < s.b && k <= p+4; k++ {
		if w := x.word(k); w == "," || w == "and" || w == "or" {
			return true
		}
	}
	return false
}

// concessiveAside reports whether the "while", "though" or "although" at k opens an aside of
// an adjective, perhaps after an adverb, that a comma closes inside the content: "the email
// scandal, while troublesome, was dealt with", "traditionally Democratic, though culturally
// conservative, areas". A subject after it opens a clause: ", while liberal groups, ...".
func (x *extractor) concessiveAside(s rng, k int) bool {
	if w := x.word(k); w != "while" && w != "though" && w != "although" || x.toks[k].upper {
		return false
	}
	a := k + 1
	if isLyAdverb(x.word(a)) {
		a++
	}
	return a+1 < s.b && x.word(a+1) == "," && x.isWord(a) && !x.toks[a].upper && !x.startsClause(a) && !x.finiteAt(a)
}

// butPredicate reports whether the "but" at k opens a predicate without a subject of its own:
// "but planned to follow it", "but is now", "but strongly favored". After a content that is a
// clause, such a predicate shares the clause's subject and goes on in the content ("said the
// process was fair, but required an effort"); after a noun phrase it is the source's ("praised
// the speech, but also used it to ...") and ends it.
func (x *extractor) butPredicate(k int) bool {
	if x.word(k) != "but" || x.toks[k].upper {
		return false
	}
	v := k + 1
	if isLyAdverb(x.word(v)) || x.word(v) == "still" || x.word(v) == "also" {
		v++
	}
	w := x.word(v)
	return x.isWord(v) && !x.toks[v].upper && (x.verbLike(v) || auxiliariesSet.has(w) || negatedAux[w] || beFormsSet.has(w))
}

// subordinateOpening reports whether sentence s opens with a subordinate clause: "While",
// "Even as", and with afterConj also after a conjunction, "But even as", "And when". (Where a
// content ends, clauseEnd asks without afterConj: measured on train, the two uses were found
// separately and each keeps its own reading.)
func (x *extractor) subordinateOpening(s rng, afterConj bool) bool {
	k := s.a
	if w := x.word(k); afterConj && (w == "but" || w == "and" || w == "yet") {
		k++
	}
	if x.word(k) == "even" && k+1 < s.b {
		k++
	}
	return x.is(k, cSubordinator)
}

// mainClauseBefore reports whether the main clause has begun before the content at j: a
// comma after the sentence's opening subordinate clause, then a subject and its verb. The
// content is then the main clause's, and a comma in it closes no opening: "When told X,
// Bush said that in the current climate, “I think ...”". The opening clause is sought
// within its first 40 tokens, so that a long sentence's commas do not each walk it all.
func (x *extractor) mainClauseBefore(s rng, j int) bool {
	for q := s.a + 1; q+1 < j && q < s.a+40; q++ {
		if x.word(q) == "," && !x.inQuote[q] && x.subjectAt(s, q+1, j).a == q+1 {
			return true
		}
	}
	return false
}

// butGoesOn reports whether ", but" at k goes on with the content rather than open the
// writer's clause: a contrast inside the content ("said he would back it, but not for
// cases of X", "but only in a lighthearted manner", "but no action was taken") or a second
// "that" clause of the same cue ("said that X, but that he would not ..."). In the train
// split such a "but" goes on in the gold content far more often than it ends it.
func (x *extractor) butGoesOn(k int) bool {
	if x.word(k) != "but" || x.toks[k].upper {
		return false
	}
	switch x.word(k + 1) {
	case "not", "only", "never", "no", "rather":
		return true
	case "also":
		// "not only the nomination, but also the general election"; but "praised the
		// remarks, but also used them to ...": the source's next predicate
		return !x.verbLike(k + 2)
	case "that":
		return x.startsClause(k+2) && x.word(k+2) != "that"
	}
	return false
}

// narrativeClause reports whether a clause of the writer's opens at k after ", and": a pronoun
// of the third person and a word ("he railed against", "they walked out"). In the train split
// such a clause ends the content three times as often as it goes on in it. So does a noun
// phrase opened by "the" or a possessive whose auxiliary or "be" follows within a few words
// ("urged people to seek shelter, and the hashtag was soon trending", "should flip to his
// column, and his campaign is approaching delegates"): 6 to 1 on train.
func (x *extractor) narrativeClause(k int) bool {
	w := x.word(k)
	if !x.isWord(k) || x.toks[k].upper {
		return false // also past the text's end: "said the deal failed, and"
	}
	if w == "the" || w == "his" || w == "her" || w == "their" {
		for j := k + 1; j < k+5 && x.isWord(j); j++ {
			// (not "'s", which is mostly a possessive here: "the FBI's probe")
			if n := x.word(j); auxiliariesSet.has(n) || beFormsSet.has(n) && n != "'s" || negatedAux[n] {
				return !x.toks[j].upper
			}
		}
		return false
	}
	if w != "he" && w != "she" && w != "they" {
		return false
	}
	j := k + 1
	for x.is(j, cSkipBeforeCue) || isLyAdverb(x.word(j)) {
		j++
	}
	return x.isWord(j)
}

// contractedVerb are clitic forms of "is", "are", "will", "would" and "have".
var contractedVerb = wordSetOf([]string{"'s", "’s", "'re", "’re", "'ll", "’ll", "'d", "’d", "'ve", "’ve"})

// dashClause open a clause of the writer's after a dash: "— and", "-- even as".
var dashClause = wordSetOf([]string{"and", "but", "even", "while", "though", "although", "as", "yet", "except"})

// dashAppositive reports whether the words from token k, after a dash, are the writer's
// description of what came before: an indefinite noun phrase that runs to the end of sentence
// s, commas and all, without another dash or a cue of its own ("said he was willing to accept
// an interview — a play on words with ..., which ...", "had reached nearly $2 million — a
// high sum, but still below ..."). The comma rules above see only an appositive without commas.
func (x *extractor) dashAppositive(s rng, k int) bool {
	if w := x.word(k); w != "a" && w != "an" {
		return false
	}
	for p := k + 1; p < s.b; p++ {
		if x.dashAt(p) || isCueForm(x.word(p)) {
			return false
		}
	}
	return true
}

// participleAt reports whether token k is a present participle: "and trying to connect".
func (x *extractor) participleAt(k int) bool {
	w := x.word(k)
	return x.isWord(k) && !x.toks[k].upper && len(w) > 5 && strings.HasSuffix(w, "ing") && !ingNouns.has(w) && !prepositionalParticiples.has(w)
}

// holdsVerb reports whether tokens a..b hold a verb or a subject (a past form, an
// auxiliary, "is", "he"): a clause rather than a noun phrase.
func (x *extractor) holdsVerb(a, b int) bool {
	for k := a; k < b; k++ {
		w := x.word(k)
		w = strings.TrimSuffix(strings.TrimSuffix(w, "n't"), "n’t")
		if x.verbLike(k) || auxiliariesSet.has(w) || beFormsSet.has(w) || contractedVerb.has(w) || subjectPronounsSet.has(w) || w == "ca" || w == "wo" { // "can't", "won't"
			return true
		}
	}
	return false
}

// opensPredicate reports whether token k can follow the verb of a predicate: an object
// ("took the stage", "jailed him"), a preposition, "to" or punctuation, but not the noun an
// adjective modifies ("and advanced cellulosic fuels").
func (x *extractor) opensPredicate(k int) bool {
	w := x.word(k)
	return !x.isWord(k) || npDeterminersSet.has(w) || objectPronounsSet.has(w) || reflexives.has(w) || prepositionsSet.has(w) || w == "her" || w == "his" || w == "their" || w == "its" || isLyAdverb(w) || w == "never" || w == "not"
}

// dashCloses reports whether a dash closes the aside that a dash before token k opens, later
// in sentence s: "the angry — and at times violent — rhetoric".
// closesAside reports whether the dash at p closes an aside that a dash after j opened:
// "Trump's call to ban all Muslim immigrants -- a position he has since modified -- and his
// statements against Mexicans bear ...", where the words after it go on with the content
// unless a subordinate clause of the writer's opens there ("-- as the company shifts work to
// Mexico"). A doubled hyphen counts once.
func (x *extractor) closesAside(j, p int) bool {
	n := 0
	for k := j; k < p; k++ {
		if x.dashAt(k) && !(x.word(k) == "-" && x.word(k-1) == "-") {
			n++
		}
	}
	return n%2 == 1
}

func (x *extractor) dashCloses(s rng, k int) bool {
	for p := k; p < s.b && p < k+15; p++ {
		if x.dashAt(p) {
			return true
		}
	}
	return false
}

// namingAside reports whether the "as" at k opens an aside on the name just quoted, between
// commas: "the “Great Successor,” as he is known, was ...". The clause goes on after it.
func (x *extractor) namingAside(k int) bool {
	if x.word(k) != "as" || !subjectPronoun.has(x.word(k+1)) || !beFormsSet.has(x.word(k+2)) || x.word(k+4) != "," {
		return false
	}
	v := x.word(k + 3)
	return v == "known" || v == "nicknamed" || namingVerbs.has(v)
}

// writersAfterQuote reports whether the words at k, after a quote inside a content, open a
// clause of the writer's: "says he’s “excited where we stand” as he faces a test", "calling
// him a “nice guy” and he didn’t provide", "was being “sarcastic” in his comments, which
// raised concerns".
func (x *extractor) writersAfterQuote(s rng, k int) bool {
	w := x.word(k)
	if ss, _ := x.senses(k); hasSyn(ss, synPart) && x.word(k-2) == "," {
		return true // "argue that “there is precedent,” citing an instance ...": a cue of its own
	}
	switch {
	case w == "as" || w == "while" || w == "when" || w == "though" || w == "although":
		return x.startsClause(k+1) && !x.isOpenQuote(k+1) && !x.namingAside(k)
	case (w == "a" || w == "an") && x.word(k-2) == ",":
		return true // "read “anybodybuttrump.us,” a website linked to ...": an appositive
	case w == "and" || w == "but":
		// "and he didn’t provide", "and boycotted one of the debates"; after a comma inside
		// the quote, a clause with a subject of its own: "called inversions “unpatriotic,” and
		// his administration has cracked down".
		return subjectPronoun.has(x.word(k+1)) || x.verbLike(k+1) && strings.HasSuffix(x.word(k+1), "ed") ||
			x.word(k-2) == "," && k+1 < len(x.toks) && !x.toks[k+1].upper && x.clauseBetween(s, k+1, s.b)
	case x.dashAt(k):
		n := k + 1
		if w == "-" && x.word(n) == "-" {
			n++
		}
		return dashClause.has(x.word(n)) && !x.toks[n].upper // "“...” - except that, once again, ..."
	}
	return false
}

// openBefore returns the double quote that opened before token k in its paragraph and is
// still open at k, or -1.
func (x *extractor) openBefore(k int) int {
	if k <= 0 || k >= len(x.toks) || !x.inQuote[k] || x.isOpenQuote(k) {
		return -1
	}
	i := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].open >= k }) - 1
	for ; i >= 0; i-- {
		q := x.quotes[i]
		if !q.single && q.close > k {
			if x.paragraphStart(q.open) != x.paragraphStart(k) {
				return -1
			}
			return i
		}
		if !q.single {
			return -1
		}
	}
	return -1
}

// dashAfterClaim reports whether token p is a dash after a claim of sentence s: "Clinton
// suggested that the plan was unserious - “...,” she said." The quote after the dash is the
// trailing attribution's whole content; the words before it are the other claim's.
func (x *extractor) dashAfterClaim(s rng, p int) bool {
	if w := x.word(p); p <= s.a || !isDash(w) && w != "-" {
		return false
	}
	for i := len(x.drafts) - 1; i >= 0 && x.drafts[i].cue.a >= s.a; i-- {
		if d := x.drafts[i]; d.cue.b <= p && d.content[0].a < p {
			return true
		}
	}
	return false
}

// trailingClaimBefore reports whether a claim of sentence s that trails its quote ends
// before token p: "“...,” she said, but despite the tone, “...,” said Kunin." The second
// quote is then the second attribution's whole content.
func (x *extractor) trailingClaimBefore(s rng, p int) bool {
	for i := len(x.drafts) - 1; i >= 0 && x.drafts[i].cue.a >= s.a; i-- {
		d := x.drafts[i]
		if c := d.content[len(d.content)-1]; d.cue.b <= p && c.b <= d.cue.a && x.isCloseQuote(c.b-1) && (d.src.empty() || d.src.b <= p) {
			return true
		}
	}
	return false
}

// dashAt reports whether token k is a dash: "—", "–", the first of "--", or a hyphen with
// spaces around it ("said - except").
func (x *extractor) dashAt(k int) bool {
	switch w := x.word(k); w {
	case "—", "–":
		return true
	case "-":
		return x.word(k+1) == "-" || k > 0 && k+1 < len(x.toks) && x.toks[k-1].End < x.toks[k].Start && x.toks[k+1].Start > x.toks[k].End
	}
	return false
}

var subjectPronoun = wordSetOf([]string{"he", "she", "they", "i", "we", "it"})

// prepositionalParticiples work as prepositions and stay in the content: "12 people were
// killed, including two children".
var prepositionalParticiples = wordSetOf([]string{"including", "excluding", "involving", "regarding", "concerning", "following", "during", "notwithstanding", "pending", "barring", "considering", "according"})

// relativeEndsSentence reports whether the relative clause opening at k runs to the end of
// sentence s without a comma or quote: the writer's description, not more of a content.
func (x *extractor) relativeEndsSentence(s rng, k int) bool {
	for p := k; p < s.b; p++ {
		if w := x.word(p); w == "," || w == ";" || x.toks[p].kind == tQuote {
			return false
		}
	}
	return true
}

// subordinateContent reports whether the content at j, after a "that", opens with a
// subordinate clause ("that while Sanders may not have ..., the affection ..."), whose comma
// the main clause follows.
func (x *extractor) subordinateContent(j int) bool {
	if x.word(j) == "that" {
		j++
	}
	return subordinatorsSet.has(x.word(j))
}

// nameDescription reports whether the words from k to the end of sentence s are a definite
// description, "the" and a noun phrase with no verb before a relative clause, that names no
// second item: not "Israel, the Iranian deal and the court" (a list) nor "Democrats, the
// affection of his supporters runs deep" (a clause).
func (x *extractor) nameDescription(s rng, k int) bool {
	if x.word(k) != "the" {
		return false
	}
	for p := k + 1; p < s.b; p++ {
		switch w := x.word(p); {
		case w == "and" || w == "or" || w == "but":
			return false
		case w == "who" || w == "that" || w == "which" || w == "where" || w == "whose":
			return true
		case x.finiteAt(p) || x.verbLike(p):
			return false
		}
	}
	return true
}

// subordinatorsSet open a sentence with a subordinate clause that ends at a comma.
var subordinatorsSet = wordSetOf([]string{"while", "although", "though", "as", "because", "when", "if", "after", "before", "since", "whereas", "until", "unless"})

// clauseBreak are words after a comma that start a new clause outside the content.
var clauseBreak = wordSetOf([]string{"but", "while", "whereas", "although", "though", "however"})

func hasSyn(ss []cueSense, syn syntax) bool {
	for _, s := range ss {
		if s.syn == syn {
			return true
		}
	}
	return false
}

// trailingAt reports whether the comma at p starts a trailing attribution that ends the
// sentence: ", the official said." or ", said the official.".
func (x *extractor) trailingAt(s rng, p int) bool {
	// ", said SOURCE."
	if ss, e := x.senses(p + 1); hasSyn(ss, synVerb) {
		np := x.npForward(s, e)
		if !np.empty() && x.word(np.b) == "," && x.toks[np.b-1].upper && (isDeterminer(x.word(np.b+1)) || npDeterminersSet.has(x.word(np.b+1))) && !x.holdsVerb(np.b+1, s.b) && !x.quoteAfter(np.b, s.b) {
			return true // ", said Ms. Tempel, an editor at the magazine."
		}
		return !np.empty() && x.restIsAdverbial(s, np.b)
	}
	// ", SOURCE said."
	for k := p + 2; k < s.b && k < p+10; k++ {
		ss, e := x.senses(k)
		if hasSyn(ss, synVerb) {
			if src := x.sourceLeft(s, k); !src.empty() {
				if tellVerbs.has(x.word(k)) && e < s.b && !x.restIsAdverbial(s, e) {
					e = x.pastAddressee(s, e) // ", his lawyer told CNN.": its addressee
				}
				return src.a == p+1 && !x.verbThenObject(src.a) && x.restIsAdverbial(s, e)
			}
		}
	}
	return false
}

// verbThenObject reports whether the words at k open with a verb and its object's determiner,
// a predicate, no source: "..., made a major change in its advertising plans after the
// debate" goes on with the subject before the comma; it is no trailing attribution whose
// source "made a major change in its advertising" plans.
func (x *extractor) verbThenObject(k int) bool {
	return x.verbLike(k) && npDeterminersSet.has(x.word(k+1))
}

// restIsAdverbial reports whether the tokens from k to the end of the sentence hold no
// content: nothing, punctuation, or an adverbial ("on Tuesday", "in a statement", "while
// responding to a question").
func (x *extractor) restIsAdverbial(s rng, k int) bool {
	if k >= s.b {
		return true
	}
	w := x.word(k)
	if w == "." || w == "!" || w == "?" {
		return true
	}
	if w == "," {
		if n := x.word(k + 1); x.ageBefore(k) && k+1 < s.b && (n == "of" || n == "from" || n == "a" || n == "an" || n == "the" || x.isWord(k+1) && x.toks[k+1].upper) {
			return false // "said Ann Lee, 32, of Chicago, a nurse": the age's appositive goes on
		}
		if n, t := x.word(k+1), x.word(k+2); (n == "then" || n == "managing") && (titleWordsSet.has(t) || isDeterminer(t) || possessivePronounsSet.has(t)) && !x.toks[k+1].upper {
			return false // "said Tom Cunningham, then ambassador to Israel", "said Ken Sena, managing director at Evercore": an appositive
		}
		if k+1 >= s.b || adverbialStart.has(x.word(k+1)) || clauseBreak.has(x.word(k+1)) {
			return true
		}
		// ", explaining that ...": a participle of the same speaker follows.
		if ss, _ := x.senses(k + 1); hasSyn(ss, synPart) {
			return true
		}
		return x.isWord(k+1) && strings.HasSuffix(x.word(k+1), "ing") && !x.toks[k+1].upper
	}
	if x.toks[k].kind == tQuote && x.toks[k].q != qOpen && k+1 >= s.b {
		return true
	}
	if isLyAdverb(w) && !x.toks[k].upper {
		return x.restIsAdverbial(s, k+1)
	}
	if t := x.skipTimes(k, s.b); t > k && !adverbialStart.has(w) && !prepositionsSet.has(w) {
		return x.restIsAdverbial(s, t) // "said this week", "said last week on CNN, though ..."
	}
	if isDigitByte(w[0]) && x.is(k+1, cTimeNounForm) || w == "minutes" || w == "hours" {
		return x.restHoldsNoContent(s, k) // "said 30 minutes into the debate"
	}
	if !adverbialStart.has(w) || w == "to" {
		return false
	}
	// The adverbial runs to the end of the sentence; it holds no content: no "that" or colon
	// before any participle of the same speaker, no quote right after a comma.
	for p := k; p < s.b; p++ {
		pw := x.word(p)
		if (pw == "as" || pw == "while" || pw == "when" || pw == "before" || pw == "after" || pw == "because") && x.startsClause(p+1) {
			return true // "Cruz said as the heckler yelled: ...": another clause
		}
		if pw == "," {
			n := p + 1
			if x.isCloseQuote(n) {
				n++ // "on MSNBC's “Morning Joe,” adding, “...”"
			}
			if x.isOpenQuote(n) {
				return false
			}
			if ss, _ := x.senses(n); hasSyn(ss, synPart) || strings.HasSuffix(x.word(n), "ing") {
				return true
			}
			if clauseBreak.has(x.word(n)) && x.startsClause(n+1) {
				return true // "said last week on CNN, though he said, ..."
			}
			if x.word(n) == "and" {
				m := n + 1
				for x.is(m, cSkipBeforeCue) && !x.toks[m].upper {
					m++
				}
				if ss, _ := x.senses(m); hasSyn(ss, synVerb) && !x.toks[m].upper {
					return true // "said at a news conference, and then predicted: ..."
				}
			}
		}
		if pw == "that" && p == k+1 || pw == ":" {
			return false
		}
		if pw == "that" && !x.isWord(p-1) {
			return false
		}
	}
	return true
}

// quantityBounds are the words that bound a quantity opening a mention: "only 49 percent",
// "about half of voters".
var quantityBounds = wordSetOf([]string{"only", "just", "about", "nearly", "almost", "roughly", "around", "some", "approximately"})

// nounsAnd reports whether the "and" at j joins two plural nouns of one mention: "reporters
// and editors said", "RNC members and officials say", "Cyber security experts and U.S.
// officials believe". The word before it is a plural noun, no verb or function word, and the
// words after it, up to end, are no verb either.
// ofFieldsAnd reports whether the "and" at j joins two fields of a title in lower case:
// "vice president of programming and production", "minister of science and technology".
func (x *extractor) ofFieldsAnd(s rng, j, end int) bool {
	if j-2 < s.a || x.word(j-2) != "of" || j+2 != end {
		return false
	}
	for _, p := range []int{j - 1, j + 1} {
		if w := x.word(p); !x.isWord(p) || x.toks[p].upper || functionWordsSet.has(w) || prepositionsSet.has(w) || isCueForm(w) {
			return false
		}
	}
	return true
}

// prepObjectsAnd reports whether the "and" at j joins two objects of a preposition in the
// noun phrase that opens the sentence and runs to the cue at end: "Their research into the
// menu and data from the app shows". The sentence opens with a determiner or a possessive,
// a preposition follows its noun, and no verb, function word or mark comes before end, at
// most 20 words on (so that no long sentence is walked again at each "and").
func (x *extractor) prepObjectsAnd(s rng, j, end int) bool {
	if w := x.word(s.a); !isDeterminer(w) && !possessivesSet.has(w) || j-s.a < 3 || end-s.a > 20 {
		return false
	}
	prep := false
	for k := s.a + 1; k < end; k++ {
		w := x.word(k)
		switch {
		case k == j:
		case x.is(k, cPreposition) && k > s.a+1 && k < j:
			prep = true
		case !x.isWord(k) && w != "'s" && w != "’s", x.verbLike(k), isCueForm(w), functionWordsSet.has(w) && !isDeterminer(w) && !possessivesSet.has(w), x.presentAfterNoun(k, end):
			return false
		}
	}
	return prep
}

// presentAfterNoun reports whether the word at k, in -s after a lower-case noun and before
// a preposition, an article or a number, may be a verb in the present: "The man in the mask
// speaks in", "The complex measures three miles".
func (x *extractor) presentAfterNoun(k, end int) bool {
	w, n := x.word(k), x.word(k+1)
	if p := x.word(k - 1); !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || k+1 >= end || x.toks[k].upper || !x.isWord(k-1) || x.is(k-1, cFunction|cPreposition) || isDeterminer(p) || possessivesSet.has(p) {
		return false
	}
	return x.is(k+1, cPreposition) || isDeterminer(n) || numberWordsSet.has(n) || n != "" && isDigitByte(n[0])
}

func (x *extractor) nounsAnd(s rng, j, end int) bool {
	p := j - 1
	if p < s.a || !x.isWord(p) || x.toks[p].upper && !(p == s.a && x.isSentenceStart(p)) {
		return false
	}
	w := x.toks[p].low
	if len(w) < 4 || !(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") || x.openedMention(s, p)) || functionWordsSet.has(w) || prepositionsSet.has(w) || isCueForm(w) || x.verbLike(p) || len(cueSensesOf(w)) > 0 || objectPronounsSet.has(w) || x.used[p] {
		return false
	}
	for k := j + 1; k < end; k++ {
		if x.verbLike(k) || isCueForm(x.word(k)) {
			return false
		}
	}
	return true
}

// openedMention reports whether the words from the sentence's start to p are a determiner
// and the words of one noun phrase: "The businessman", "Real estate mogul", "The Clinton
// campaign" at the sentence's opening, so that "and" after p joins two descriptions of the
// source ("The businessman and reality star announced", "The Clinton campaign and some
// cybersecurity experts have alleged"). After a comma (a trailing source's) the words may
// open there instead, with a determiner or as one noun of speakers: "..., a military source
// and residents said", "..., police and residents said".
func (x *extractor) openedMention(s rng, p int) bool {
	a := s.a
	for k := p - 1; k > s.a && k >= p-4; k-- {
		if x.word(k) == "," {
			a = k + 1
			if !isDeterminer(x.word(a)) && (a != p || !personNounsSet.has(x.word(p)) && !signerNouns.has(x.word(p))) {
				return false
			}
			break
		}
	}
	if p-a > 4 || p == s.a {
		return false
	}
	for k := a; k <= p; k++ {
		w := x.word(k)
		if !x.isWord(k) || functionWordsSet.has(w) && !(k == a && isDeterminer(w)) || prepositionsSet.has(w) || x.verbLike(k) || isCueForm(w) {
			return false
		}
	}
	return true
}

// nameGoesOn reports whether token j, past npForward's usual reach, goes on with the
// capitalised name before it: "said lead author Dr. Wei Zhang of the University of Toronto".
func (x *extractor) nameGoesOn(j, end int) bool {
	if !x.toks[j-1].upper && x.word(j-1) != "of" && x.word(j-1) != "the" {
		return false
	}
	if x.toks[j].upper && x.isWord(j) {
		return true
	}
	w := x.word(j)
	return (w == "of" || w == "the") && j+1 < end && (x.toks[j+1].upper || x.word(j+1) == "the")
}

// npForward scans a noun phrase rightwards from k: "said Ned Price", "said the official".
func (x *extractor) npForward(s rng, k int) rng {
	// "About 200 protesters congregated": a number, not a preposition.
	n := x.word(k + 1)
	number := (x.word(k) == "about" || x.word(k) == "around" || x.word(k) == "over") && n != "" && isDigitByte(n[0])
	if w := x.word(k); !number && (x.is(k, cPreposition|cFunction) && !x.is(k, cNPGlue) || w == "of") && (!x.toks[k].upper || x.is(k, cPreposition) && x.isSentenceStart(k)) {
		return noRng // "In a statement released Thursday, ..." is no mention
	}
	j := k
	for j < s.b && (j-k < 10 || j-k < 14 && x.nameGoesOn(j, s.b)) {
		t := &x.toks[j]
		if t.kind != tWord {
			if (t.low == "-" || t.low == "." || t.low == "&") && j > k && x.toks[j-1].End == t.Start {
				j++
				continue
			}
			if t.low == "/" && j > k && j+1 < s.b && x.toks[j-1].End == t.Start && x.toks[j+1].Start == t.End {
				j++ // "said 9/11 widow Terry Strada"
				continue
			}
			if x.pluralPossessive(j) {
				j++
				continue
			}
			break
		}
		if x.skipTime(j, s.b) > j && j > k && !t.upper {
			break // "a media report on Thursday": the time is not part of the mention
		}
		if (t.low == "to" || t.low == "of" || t.low == "for" || t.low == "at") && j > k && j+1 < s.b && (x.toks[j+1].upper || npDeterminersSet.has(x.word(j+1))) {
			j++ // "the former top aide to President George W. Bush"
			continue
		}
		if t.low == "'s" && j > k && x.toks[j-1].upper && j+1 < s.b && x.isWord(j+1) {
			j++ // "Germany’s Chancellor Angela Merkel"
			continue
		}
		if !t.upper && (x.is(j, cFunction) || isCueForm(t.low) && !(j > k && reportNouns.has(t.low) && x.nounUse(rng{j, j + 1})) && !x.compoundModifier(j)) && !x.is(j, cNPGlue) {
			break
		}
		if adverbialStart.has(t.low) && !x.is(j, cNPGlue) && !t.upper && j > k {
			break
		}
		j++
	}
	b := j
	for b > k && (x.toks[b-1].kind != tWord || x.is(b-1, cNPGlue)) {
		b--
	}
	if b <= k || x.skipTimes(k, b) >= b {
		return noRng // nothing, or only a time ("said Sunday")
	}
	return rng{k, b}
}

// andClaim reports whether the words at k are "and" or "but" and a clause of its own with a
// cue verb: "and aviation experts say it is worth less".
func (x *extractor) andClaim(s rng, k int) bool {
	if w := x.word(k); w != "and" && w != "but" {
		return false
	}
	np := x.npForward(s, k+1)
	if np.empty() {
		return false
	}
	sn, _ := x.senses(np.b)
	return hasSyn(sn, synVerb) || hasSyn(sn, synObject)
}

// askedOpens reports whether the sentence opens at lo with a question put to the speaker
// ("Asked whether Clinton “has the integrity ...,” 75 percent of Democrats said yes") that
// runs to the separator at p with no cue of its own: it is not the content of the cue after p.
func (x *extractor) askedOpens(lo, p int) bool {
	if !askForms.has(x.word(lo)) || !x.toks[lo].upper {
		return false
	}
	for k := lo + 1; k < p; k++ {
		if isCueForm(x.word(k)) && !x.toks[k].upper {
			return false // "Asked about Sullivan, Feinstein said “...,” she said."
		}
	}
	return true
}

// pluralPossessive reports whether token k is the apostrophe of "the victims’ families".
func (x *extractor) pluralPossessive(k int) bool {
	t := &x.toks[k]
	if t.kind != tQuote || !t.single || x.isCloseQuote(k) || k == 0 || k+1 >= len(x.toks) {
		return false
	}
	p := &x.toks[k-1]
	return p.kind == tWord && p.End == t.Start && strings.HasSuffix(p.low, "s") && x.toks[k+1].kind == tWord && x.toks[k+1].Start > t.End
}

// foundAfterPassive reports whether "found" at k, after "and" at p, goes on with a passive
// clause j..p of the content, whose subject then finds: "said officers were called to the
// street and found three men with gunshot wounds". A speaker reports what the officers found.
func (x *extractor) foundAfterPassive(j, p, k int) bool {
	if x.word(k) != "found" || x.word(k+1) == "that" {
		return false
	}
	for i := j + 1; i+1 < p && i < j+6; i++ {
		if beFormsSet.has(x.word(i)) && strings.HasSuffix(x.word(i+1), "ed") {
			return true
		}
	}
	return false
}

// sharedPredicate reports whether a verb of belief or wish with senses ss after "and" at p
// goes on with the clause j..p, which opens with a subject pronoun and its verb: "said she
// was tired of the status quo and wanted a candidate who ...", "says he is proud of his
// campaign and expects to win": the pronoun's second predicate, which the speaker reports
// too, not the speaker's own.
func (x *extractor) sharedPredicate(j, p int, ss []cueSense) bool {
	for _, sn := range ss {
		if sn.class != CueBelieve {
			return false
		}
	}
	return subjectPronounsSet.has(x.word(j)) && !x.toks[j].upper && j+1 < p && x.holdsVerb(j+1, p)
}

// mediumPhrase returns the end of a medium with its modifiers after the preposition at p:
// "in his weekly radio address", "in an Easter message", "on a conference call"; p when there
// is none.
func (x *extractor) mediumPhrase(p, end int) int {
	if w := x.word(p); w != "in" && w != "on" {
		return p
	}
	if d := x.word(p + 1); d != "a" && d != "an" && !possessivePronounsSet.has(d) {
		return p
	}
	for k := p + 2; k < end && k <= p+4; k++ {
		if x.is(k, cMedium) || x.word(k) == "call" {
			for k+1 < end && x.is(k+1, cMedium) {
				k++
			}
			return k + 1
		}
		if !x.isWord(k) || x.is(k, cFunction|cPreposition) {
			return p
		}
	}
	return p
}

// mediumParticiple tells whether w, right after a medium ("in a statement posted on its
// website", "in a statement carried by state media"), is a participle that describes it.
func mediumParticiple(w string) bool {
	return strings.HasSuffix(w, "ed") && publishing.has(w) || w == "carried" || w == "read" || w == "broadcast" || w == "sent" || w == "delivered" || w == "given"
}

// beBefore reports whether a form of "be" or an auxiliary stands among the words from a to
// b, a clause's verb: "the storm was", "the talks would".
func (x *extractor) beBefore(a, b int) bool {
	for k := a; k < b && k < a+6; k++ {
		if !x.isWord(k) {
			return false
		}
		if w := x.word(k); (beFormsSet.has(w) || auxiliariesSet.has(w)) && !x.toks[k].upper {
			return true
		}
	}
	return false
}
