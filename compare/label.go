package compare

import (
	"math/bits"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Phrase labels: the words of one statement that say most of what its event is about.
const (
	phraseWords   = 8    // words a phrase label has at most
	phraseTokens  = 12   // ... and tokens, a name's words each counting
	phraseTop     = 6    // a phrase covers at least two of this many of the first label units
	phrasePenalty = 0.15 // a word of a phrase costs this share of the mean weight of the first four units
)

// phraseLabel returns the phrase of at most phraseWords words, within one piece of one
// statement's content and one clause of it, that covers the most weight of units, less a
// small cost a word; "" when no phrase covers two of the first phraseTop units. A phrase
// neither starts nor ends with a stopword, ends with a possessive or splits a hyphenated word
// or a number, and its quote marks are balanced; it does not run from a name into a
// determiner or a verb (nounPhraseEnds). A phrase that starts on a verb (after an auxiliary,
// "to" or a relative pronoun) or ends on one (after an auxiliary, or in -ed after its
// subject), whose lower-case words only join names or name a place or a time (eventWord),
// that starts on a preposition's object and goes on past an auxiliary (objectOf: "Maricopa
// County had been switched" of "ballots in Maricopa County had been switched"),
// or that holds a word of the first or second person (personWord) is taken only when no
// other phrase qualifies. It starts on no word in -ed but one between a determiner and its
// noun (participleBeforeNoun). Ties go to the shorter phrase, then
// to the earlier statement and offset. strict is false when the phrase is such a fallback.
func (a *analysis) phraseLabel(idx []int, units []labelUnit) (label string, strict bool) {
	if len(units) < 2 {
		return "", false
	}
	mean := 0.0
	for _, u := range units[:min(len(units), 4)] {
		mean += u.w / float64(min(len(units), 4))
	}
	ps := &phraseSearch{units: units, cost: phrasePenalty * mean, top: uint32(1)<<min(len(units), phraseTop) - 1}
	ps.names = a.namePairs(idx)
	for _, i := range idx {
		ct := a.stmts[i].claim.Content
		for _, sp := range ct.Spans {
			lo, hi := sp.Start-ct.Start, sp.End-ct.Start
			if lo < 0 || lo > hi || hi > len(ct.Text) {
				continue
			}
			p := newPhrasePiece(ct.Text, lo, hi, units)
			for s := range p.toks {
				if p.phraseStart(s) {
					ps.fromStart(p, s)
				}
			}
		}
	}
	if ps.first.text != "" {
		return ps.first.text, true
	}
	return ps.lax.text, false
}

// phraseSearch is phraseLabel's search: the units, the cost of a word, the first units
// (top, as bits), the pairs of names the statements join, and the best phrases found, of
// the first choice and of the fallbacks (lax).
type phraseSearch struct {
	units      []labelUnit
	cost       float64
	top        uint32
	names      map[[2]string]bool
	first, lax phraseChoice
}

// phrasePiece is a piece of a statement's content, ending at hi in text: its tokens, their
// stems, the units each covers alone (cov, as bits), the names of units, and whether each
// word continues the written word or the name before it (one).
type phrasePiece struct {
	text  string
	hi    int
	toks  []token
	stems []string
	cov   []uint32
	spans []nameMatch
	one   []bool
}

func newPhrasePiece(text string, lo, hi int, units []labelUnit) *phrasePiece {
	toks := tokenize(text[lo:hi], lo)
	p := &phrasePiece{text: text, hi: hi, toks: toks, stems: make([]string, len(toks)), cov: make([]uint32, len(toks))}
	for k, t := range toks {
		p.stems[k] = stem(t.key)
		for u, un := range units {
			if len(un.stems) == 1 && un.stems[0] == p.stems[k] {
				p.cov[k] |= 1 << u
			}
		}
	}
	p.spans = nameSpans(p.stems, units)
	p.one = make([]bool, len(toks))
	for k := 1; k < len(toks); k++ {
		p.one[k] = joined(text, toks[k-1], toks[k]) || nameRun(text, toks[k-1], toks[k])
	}
	return p
}

// phraseStart reports whether a phrase may start on token s: an edge word that continues no
// word before it and is no verb, but a participle between a determiner and its noun.
func (p *phrasePiece) phraseStart(s int) bool {
	toks := p.toks
	return phraseEdge(toks[s]) && !p.one[s] && !(verbLike(toks[s]) && !(s > 0 && s+1 < len(toks) && participleBeforeNoun(p.text, toks[s-1], toks[s], toks[s+1])))
}

// phraseRun is what the words of a phrase from its start read so far: the units covered
// (as bits), its quote marks, its written words (a name counting as one), and whether it
// holds a lower-case word that is no function word (common), one that names no setting
// either (event), a function word joining two of its words (linked: "Libya into Syria"), a
// word of the speaker or the listener (own: "my shoulders") or an auxiliary after the first
// word (clause).
type phraseRun struct {
	got                                uint32
	q                                  quoteState
	n                                  int
	common, event, linked, own, clause bool
}

// fromStart offers the phrases of piece p that start on token s, of the first choice or of
// the fallbacks (see [analysis.phraseLabel]).
func (ps *phraseSearch) fromStart(p *phrasePiece, s int) {
	toks, text := p.toks, p.text
	verbFirst := s > 0 && (verbAfter(text, toks[s-1], toks[s], verbStarts) || placeAfterComma(text, toks[s-1], toks[s])) || s > 1 && relativeThat(text, toks[s-2], toks[s-1], toks[s])
	afterPrep := s > 0 && objectOf(text, toks[s-1], toks[s])
	var r phraseRun
	for e := s; e < len(toks) && e-s < phraseTokens; e++ {
		if e > s && p.breaksBefore(e, &r.q) {
			break
		}
		if !p.one[e] {
			r.n++
		}
		if r.n > phraseWords {
			break
		}
		ps.read(p, s, e, &r)
		t := toks[e]
		if r.n < 2 || !phraseEdge(t) || possessiveWord(text, t) || bits.OnesCount32(r.got&ps.top) < 2 {
			continue
		}
		end, ok := p.quoteClosed(r.q, t.end)
		if !ok || p.goesOn(s, e) {
			continue
		}
		// A phrase that starts or ends on a verb ("to cut", "will authorize"), only joins
		// names ("Libya into Syria"), names only a setting ("border with the Gaza Strip") or
		// holds a word of the speaker ("my shoulders") is taken only when no other phrase
		// holds two of the units.
		c := &ps.first
		if verbFirst || afterPrep && r.clause || !r.event && (r.linked || r.common) || r.own || e > s && (verbAfter(text, toks[e-1], t, auxiliaries) || pastEnd(toks[e-1], t)) {
			c = &ps.lax
		}
		score, whole := ps.score(p, e, r)
		c.offer(text[toks[s].start:end], score, r.n, whole)
	}
}

// breaksBefore reports whether a phrase ends before token e of piece p: at a clause's break,
// an unbalanced quote mark (q reads the gap), a clause word or where a noun phrase ends.
func (p *phrasePiece) breaksBefore(e int, q *quoteState) bool {
	toks, text := p.toks, p.text
	gap := text[toks[e-1].end:toks[e].start]
	if possessiveWord(text, toks[e-1]) {
		gap = skipPossessive(gap)
	}
	return clauseBreak(gap, toks[e-1], toks[e]) || !q.read(gap) || clauseWords[lowerWord(toks[e].key)] || nounPhraseEnds(toks, e)
}

// read reads token e of piece p into the run r of a phrase that starts on token s.
func (ps *phraseSearch) read(p *phrasePiece, s, e int, r *phraseRun) {
	toks := p.toks
	r.common = r.common || commonWord(toks[e])
	r.event = r.event || eventWord(toks, p.stems, e, ps.names) && !possessiveWord(p.text, toks[e])
	r.linked = r.linked || e > s && !phraseEdge(toks[e])
	r.own = r.own || personWord(toks[e])
	r.clause = r.clause || e > s && auxiliaries[toks[e].key]
	r.got |= p.cov[e]
	for _, m := range p.spans {
		if m.end == e && m.start >= s {
			r.got |= 1 << m.unit
		}
	}
}

// quoteClosed returns where a phrase ending at offset end ends with the quote marks right
// after it that close a quote it opened (q read its gaps); false when they do not.
func (p *phrasePiece) quoteClosed(q quoteState, end int) (int, bool) {
	if q.closed() {
		return end, true
	}
	k := end
	for k < p.hi {
		r, w := utf8.DecodeRuneInString(p.text[k:])
		if !strings.ContainsRune("\"'”’", r) {
			break
		}
		k += w
	}
	if !q.read(p.text[end:k]) || !q.closed() {
		return 0, false
	}
	return k, true
}

// goesOn reports whether a phrase from token s to token e of piece p stops short of the
// words that go on with its last: "declaration" of "declaration of principles",
// "legalizing illegal" of "legalizing illegal immigrants", "rope to their boat and tried",
// "Corey Lewandowski of grabbing", "grew up to three" of "grew up to three meters".
func (p *phrasePiece) goesOn(s, e int) bool {
	toks, text, t := p.toks, p.text, p.toks[e]
	if e+1 < len(toks) && (p.one[e+1] || lowerWord(toks[e+1].key) == "of" && !clauseBreak(text[t.end:toks[e+1].start], t, toks[e+1])) {
		return true
	}
	if e+1 < len(toks) && (adjectiveBeforeNoun(text, t, toks[e+1]) || continues(text, t, toks[e+1]) || countedBy(text, t, toks[e+1])) {
		return true
	}
	return e > s && danglingVerb(text, toks[e-1], t)
}

// score returns the score of a phrase of piece p ending on token e with run r: the weight
// of the first units it covers, less the cost of its words, but one when the phrase ends
// where its clause does (whole).
func (ps *phraseSearch) score(p *phrasePiece, e int, r phraseRun) (score float64, whole bool) {
	toks, t := p.toks, p.toks[e]
	n := r.n
	if e+1 == len(toks) || clauseBreak(p.text[t.end:toks[e+1].start], t, toks[e+1]) {
		n, whole = n-1, true // the phrase ends where its clause does
	}
	score = -ps.cost * float64(n)
	for u := range ps.units[:min(len(ps.units), phraseTop)] {
		if r.got&(1<<u) != 0 {
			score += ps.units[u].w
		}
	}
	return score, whole
}

// accountLabel returns the noun phrase a rejection of the event opens its content with,
// the account it rejects ("attacks from Jeb Bush" of "attacks from Jeb Bush and other
// candidates that he was not a conservative", "the embassy's version of the call"), without
// its determiner; "" when no rejection opens with a phrase of at least three written words
// that names an account ("attacks", "the embassy's version") or holds one of the units. The
// phrase starts on a common word that is no verb, or on a possessive, and ends before a
// clause break, a clause word, "and", "or", "as" or a quote mark. The phrase covering most
// units wins (naming an account counts as one), then the earlier statement.
func (a *analysis) accountLabel(idx []int, units []labelUnit) string {
	best, bestN := "", 0
	for _, i := range idx {
		s := a.stmts[i]
		if !s.f.rejects() {
			continue
		}
		text := s.claim.Content.Text
		toks := tokenize(text, 0)
		b := 0
		for b < len(toks) && !toks[b].poss && determiners[lowerWord(toks[b].key)] {
			b++
		}
		if b == len(toks) || !accountHead(toks[b]) {
			continue
		}
		if p, n := accountPhrase(text, toks[b:], units); n > bestN {
			best, bestN = p, n
		}
	}
	return best
}

// accountHead reports whether t may open an account label: a common word that is neither a
// verb in -ed nor an adverb in -ly ("allegations", "attacks"), or a possessive name
// ("Clinton's").
func accountHead(t token) bool {
	lw := lowerWord(t.key)
	if t.poss {
		return !stopwords[lw] && (capitalized(t.key) || commonWord(t))
	}
	return commonWord(t) && !verbLike(t) && !strings.HasSuffix(lw, "ly")
}

// accountPhrase returns the longest phrase toks open, up to where the noun phrase ends,
// that has at least three written words and names an account or holds a unit, with the
// number of units it holds, one more when it names an account; "", 0 when there is none.
func accountPhrase(text string, toks []token, units []labelUnit) (string, int) {
	stems := make([]string, 0, phraseTokens)
	phrase, got, n := "", 0, 0
	named := 0
	if head := lowerWord(toks[0].key); accountWords[head] || toks[0].poss && len(toks) > 1 && accountWords[lowerWord(toks[1].key)] {
		named = 1
	}
	for e, t := range toks {
		if e > 0 {
			p := toks[e-1]
			gap := text[p.end:t.start]
			if possessiveWord(text, p) {
				gap = skipPossessive(gap)
			}
			lw := lowerWord(t.key)
			if clauseBreak(gap, p, t) || strings.ContainsAny(gap, "\"'“”‘’") || clauseWords[lw] || lw == "and" || lw == "or" || lw == "as" {
				break
			}
			if !joined(text, p, t) {
				n++
			}
		} else {
			n = 1
		}
		if n > phraseWords || e >= phraseTokens {
			break
		}
		stems = append(stems, stem(t.key))
		if n < 3 || !phraseEdge(t) || possessiveWord(text, t) || e > 0 && danglingVerb(text, toks[e-1], t) {
			continue
		}
		if k := unitsIn(stems, units) + named; k > 0 {
			phrase, got = text[toks[0].start:t.end], k
		}
	}
	return phrase, got
}

// eventWord reports whether word e of toks may be the noun of an event: a common word
// (commonWord) that names no setting, a place or a time of day ("the border with", "this
// morning"), and is no second word of a name written in lower case ("the Gaza strip"; names
// holds the stems of names' pairs of words).
func eventWord(toks []token, stems []string, e int, names map[[2]string]bool) bool {
	return commonWord(toks[e]) && !settingWords[lowerWord(toks[e].key)] && (e == 0 || !names[[2]string{stems[e-1], stems[e]}])
}

// personWord reports whether t is a word of the first or second person, "US" aside.
func personWord(t token) bool {
	return personWords[lowerWord(t.key)] && (t.key == "I" || !allCaps(t.key))
}

// personWords are the words of the first and second persons: a phrase holding one says what
// the speaker saw ("hands on my shoulders"), not what a reader would call the event.
var personWords = setOf(strings.Fields(`i i'm i've i'd i'll me my mine myself we we're we've we'd
we'll us our ours ourselves you you're you've your yours`))

// settingWords name where or when, not what happened: a phrase of them and names names no
// event ("border with the Gaza Strip", "morning in Kabul").
var settingWords = setOf(strings.Fields(`morning mornings afternoon afternoons evening evenings night
nights tonight overnight weekend dawn dusk midnight noon area areas border borders region regions
strip city cities town towns village villages province provinces district districts territory
territories coast outskirts capital neighbourhood neighborhood`))

// namePairs returns the pairs of stems that the contents of statements idx write as two
// capitalised words of a name ("Gaza Strip"): written elsewhere in lower case ("the Gaza
// strip"), the second word is still a name's, not the event's noun.
func (a *analysis) namePairs(idx []int) map[[2]string]bool {
	out := map[[2]string]bool{}
	for _, i := range idx {
		text := a.stmts[i].claim.Content.Text
		toks := tokenize(text, 0)
		for k := 1; k < len(toks); k++ {
			if !toks[k-1].sentStart && nameRun(text, toks[k-1], toks[k]) { // not a sentence's first words
				out[[2]string{stem(toks[k-1].key), stem(toks[k].key)}] = true
			}
		}
	}
	return out
}

// unitsIn counts the units whose words all stand, in order, in stems.
func unitsIn(stems []string, units []labelUnit) int {
	k := 0
	for _, u := range units {
		for s := 0; s+len(u.stems) <= len(stems); s++ {
			if slices.Equal(stems[s:s+len(u.stems)], u.stems) {
				k++
				break
			}
		}
	}
	return k
}

// phraseChoice is the best phrase label found so far.
type phraseChoice struct {
	text  string
	score float64
	n     int  // its written words
	whole bool // it ends where its clause does
}

// offer takes phrase text of n words and the score given in place of the best so far when
// it scores higher, or as much and ends where its clause does (whole) where the best does
// not, or as much in fewer words: "racist and wildly inaccurate crime statistics", not
// "racist and wildly inaccurate crime", whose last word costs what ending its clause gives
// back.
func (c *phraseChoice) offer(text string, score float64, n int, whole bool) {
	better := score > c.score || score == c.score && (whole && !c.whole || whole == c.whole && n < c.n)
	if c.text == "" || better {
		*c = phraseChoice{text, score, n, whole}
	}
}

// nameRun reports whether words t and u are words of one name: capitalised, apart by
// spaces alone ("Imran Khan", "Super Tuesday"), t not a function word opening a sentence
// ("The Clinton campaign").
func nameRun(text string, t, u token) bool {
	if t.poss || !capitalized(t.key) || !capitalized(u.key) || t.sentStart && stopwords[lowerWord(t.key)] {
		return false
	}
	return strings.Trim(text[t.end:u.start], " \u00a0") == ""
}

// nameMatch is a name unit written out in full in words start..end.
type nameMatch struct{ unit, start, end int }

// nameSpans finds the name units written out in full in words of the stems given.
func nameSpans(stems []string, units []labelUnit) []nameMatch {
	var out []nameMatch
	for u, un := range units {
		if len(un.stems) < 2 {
			continue
		}
		for s := 0; s+len(un.stems) <= len(stems); s++ {
			if slices.Equal(stems[s:s+len(un.stems)], un.stems) {
				out = append(out, nameMatch{u, s, s + len(un.stems) - 1})
			}
		}
	}
	return out
}

// phraseEdge reports whether a phrase label may start or end with t: not a stopword, a
// preposition or a lone letter.
func phraseEdge(t token) bool {
	lw := lowerWord(t.key)
	return !stopwords[lw] && !edgeWords[lw] && (utf8.RuneCountInString(lw) > 1 || allDigits(lw))
}

// placeAfterComma reports whether the capitalised word t follows the capitalised word p and a
// comma alone: the second part of a place ("outside Raqqa, Syria killed"), where a phrase
// starting on t starts inside a name.
func placeAfterComma(text string, p, t token) bool {
	return text[p.end:t.start] == ", " && capitalized(p.text) && capitalized(t.text)
}

// edgeWords are function words the stopwords leave out, which neither start nor end a label.
var edgeWords = setOf(strings.Fields(`across along alongside amid amidst anything
behind beside besides beyond concerning despite everything including inside like near
nothing onto outside past plus regarding since something till toward towards unless unlike
versus via vs whereas`))

// adjectiveBeforeNoun reports whether t, a lower-case word with an adjective's ending
// ("illegal", "economic", "massive"), is followed in its clause by a lower-case word that is
// not a function word: the noun it modifies, which a label must not cut off.
func adjectiveBeforeNoun(text string, t, u token) bool {
	lt, lu := lowerWord(t.key), lowerWord(u.key)
	if lt != t.key || lu != u.key || stopwords[lu] || edgeWords[lu] || clauseBreak(text[t.end:u.start], t, u) {
		return false
	}
	for _, suf := range adjectiveEndings {
		if len(lt) > len(suf)+2 && strings.HasSuffix(lt, suf) {
			return true
		}
	}
	return false
}

// continues reports whether word u, right after t in its clause, goes on with t's phrase:
// a lower-case word that is not a function word ("ISIS's best" of "ISIS's best chance",
// "the Islamic" of "the Islamic extremist group"), which a label must not cut off. A word
// in -ed or -s is taken for the verb that follows a subject ("Rosenberg's capture surfaced",
// "Sullivan concerns").
func continues(text string, t, u token) bool {
	lu := lowerWord(u.key)
	return lu == u.key && !stopwords[lu] && !edgeWords[lu] && !strings.HasSuffix(lu, "ed") && !strings.HasSuffix(lu, "s") &&
		!clauseBreak(text[t.end:u.start], t, u)
}

// countedBy reports whether t is a number (in digits or a word) and u, right after it in
// its clause, what it counts or measures: "three meters", "10 members", "12 people".
func countedBy(text string, t, u token) bool {
	lu := lowerWord(u.key)
	return (allDigits(t.key) || countWords[lowerWord(t.key)] > 0) && lu == u.key && !stopwords[lu] && !clauseBreak(text[t.end:u.start], t, u)
}

// participleBeforeNoun reports whether t, a word in -ed after the determiner p, modifies
// the lower-case word u that follows it in its clause: "the banned substance", "a leaked
// memo", where a label may start on t.
func participleBeforeNoun(text string, p, t, u token) bool {
	lp := lowerWord(p.key)
	return (lp == "the" || lp == "a" || lp == "an") && !clauseBreak(text[p.end:t.start], p, t) && commonWord(u) && !clauseBreak(text[t.end:u.start], t, u)
}

// objectOf reports whether t follows a preposition in its clause ("ballots in Maricopa
// County"): a phrase starting on t that goes on to a verb reads as t's clause ("Maricopa
// County had been switched") when it was another noun's.
func objectOf(text string, p, t token) bool {
	return objectPreps[p.key] && !clauseBreak(text[p.end:t.start], p, t)
}

// objectPreps are prepositions whose object a label starts on only as a fallback when the
// label is a clause.
var objectPreps = setOf(strings.Fields("in of from at on by with for into among across over under"))

// verbLike reports whether t, lower case and in -ed, is most likely a verb or participle,
// which makes a poor start for a label ("killed in the strike on the Jenin camp").
func verbLike(t token) bool {
	lw := lowerWord(t.key)
	return lw == t.key && strings.HasSuffix(lw, "ed") && len(lw) > 4
}

// danglingVerb reports whether word t, the last of a label, is a verb left without what
// follows it: a lower-case form in -ed or -ing, or any lower-case word after an adverb in -ly,
// right after "and", "or", "of", "to" or "by" or that adverb ("and tried", "of grabbing",
// "vehemently deny"), or a compound in -ed ("rocket-propelled" without its "grenades").
func danglingVerb(text string, p, t token) bool {
	lt, lp := lowerWord(t.key), lowerWord(p.key)
	if lt != t.key {
		return false
	}
	if joined(text, p, t) {
		return text[p.end:t.start] == "-" && strings.HasSuffix(lt, "ed")
	}
	verbal := strings.HasSuffix(lt, "ed") || strings.HasSuffix(lt, "ing")
	adverb := len(lp) > 4 && strings.HasSuffix(lp, "ly") && lp == p.key
	switch lp {
	case "and", "or", "of", "to", "by":
		return verbal
	}
	return adverb
}

// verbAfter reports whether word u, lower case and right after word t in its clause, is a
// verb: t is one of the words given ("to cut", "will authorize", "were preparing").
func verbAfter(text string, t, u token, words map[string]bool) bool {
	lu := lowerWord(u.key)
	return lu == u.key && words[lowerWord(t.key)] && !clauseBreak(text[t.end:u.start], t, u)
}

// relativeThat reports whether u, lower case, follows "that" after a lower-case noun n: the
// verb of a relative clause ("the earthquake that struck"); "that" after a verb in -d or -s
// opens a clause with its own subject ("said that cases", "reported that", "claims that").
func relativeThat(text string, n, t, u token) bool {
	ln := lowerWord(n.key)
	return lowerWord(t.key) == "that" && ln == n.key && !stopwords[ln] && !strings.HasSuffix(ln, "d") && !strings.HasSuffix(ln, "s") &&
		!clauseBreak(text[n.end:t.start], n, t) && verbAfter(text, t, u, clauseWords)
}

// auxiliaries are the words a verb follows in its clause: "had been recorded", "will
// authorize", "do not reflect". A label ends on no verb after them.
var auxiliaries = setOf(strings.Fields(`had has have having was is were are been be being will would
shall should can could may might must do does did not never`))

// verbStarts are the auxiliaries, "to" and the relative pronouns a verb follows: a label
// starts on no verb after them ("wanted to cut", "were preparing", "militants who fired").
var verbStarts = func() map[string]bool {
	m := setOf(strings.Fields("to who which"))
	for w := range auxiliaries {
		m[w] = true
	}
	return m
}()

// pastEnd reports whether word t, the last of a label, is a lower-case form in -ed or an
// irregular past tense after a word that is no function word: the verb of a clause left
// without its object ("Jordanian aircraft killed", "the night's unrest rose"), not a noun
// after its determiner ("the injured").
func pastEnd(p, t token) bool {
	return (verbLike(t) || t.key == lowerWord(t.key) && irregularPast[t.key]) && !stopwords[lowerWord(p.key)]
}

// irregularPast are common past tenses of irregular verbs, which end no label after their
// subject.
var irregularPast = setOf(strings.Fields(`arose awoke became began bit blew broke brought built
bought caught chose came dealt did drew drove fell fled flew forbade forgot fought found froze
gave got grew hid held hung kept knew laid led lent lay lost made meant met overtook paid ran
rang rose said sank sang sat saw sent shook shot slid sold sought spent spoke sprang stood stole
struck swore swung taught threw told took tore understood went withdrew woke won wore wrote`))

// commonWord reports whether t is a lower-case word that is no function word or number: a
// common noun, verb or adjective, which a label that only joins names by a function word
// lacks ("Libya into Syria", "Lindqvist on March 12").
func commonWord(t token) bool {
	lw := lowerWord(t.key)
	return lw == strings.ReplaceAll(t.key, "’", "'") && !stopwords[lw] && !edgeWords[lw] && !allDigits(lw)
}

// nounPhraseEnds reports whether word e of toks starts a new phrase after a name: a
// determiner right after it ("declared President Mnangagwa the winner"), or a lower-case word
// that is no function word after "and" or "or" right after it ("plants in Germany and cut
// jobs"), where a name would be joined to a name or a determiner's phrase.
func nounPhraseEnds(toks []token, e int) bool {
	name := func(t token) bool {
		return capitalized(t.key) && !t.poss && !stopwords[lowerWord(t.key)]
	}
	lw := lowerWord(toks[e].key)
	switch {
	case lw == "the" || lw == "a" || lw == "an":
		return name(toks[e-1])
	case e > 1 && lw == toks[e].key && !stopwords[lw] && !edgeWords[lw]:
		p := lowerWord(toks[e-1].key)
		return (p == "and" || p == "or") && name(toks[e-2])
	}
	return false
}

// clauseWords open a clause of their own, which a label does not run into: "Tom Brokaw
// thinks that ...", "agents who accused ...".
var clauseWords = setOf(strings.Fields("that who whom whose which whether"))

var adjectiveEndings = []string{"al", "ic", "ive", "ous", "ful", "less", "able", "ible", "ary", "ish"}

// joined reports whether words t and u are parts of one written word: "Pakistan-based",
// "120,000", "1.5".
func joined(text string, t, u token) bool {
	if t.end == u.start {
		return true
	}
	gap := text[t.end:u.start]
	if possessiveWord(text, t) || strings.ContainsAny(gap, " \t\n\r\u00a0") {
		return false
	}
	return gap == "-" || gap == "/" || allDigits(t.key) && allDigits(u.key) && (gap == "," || gap == ".") || monthDay(gap, t, u)
}

// monthDay reports whether gap joins a month's abbreviation to its day ("Sept. 11",
// "Sept.11"), which a label neither cuts nor ends in the middle of ("attacks of Sept").
func monthDay(gap string, t, u token) bool {
	_, month := monthNames[lowerWord(t.key)]
	return month && len(t.key) <= 4 && (gap == "." || gap == ". ") && allDigits(u.key)
}

// possessiveWord reports whether word t of text is a possessive: "Pompeo’s", "the ministers’
// call", but not the closing quote of "‘contrary to the facts’".
func possessiveWord(text string, t token) bool {
	if !t.poss {
		return false
	}
	rest := text[t.end:]
	r, n := utf8.DecodeRuneInString(rest)
	if r != '’' && r != '\'' {
		return false
	}
	rest = rest[n:]
	if rest != "" && (rest[0] == 's' || rest[0] == 'S') {
		return true
	}
	// A bare apostrophe after an s: possessive when a word follows ("ministers’ call").
	rest = strings.TrimLeft(rest, " ")
	r, _ = utf8.DecodeRuneInString(rest)
	return len(rest) < len(text[t.end+n:]) && isWordRune(r)
}

// skipPossessive drops the possessive ending ("’s", "'", "’") a gap starts with.
func skipPossessive(gap string) string {
	for _, p := range []string{"’s", "'s", "’S", "'S", "’", "'"} {
		if strings.HasPrefix(gap, p) {
			return gap[len(p):]
		}
	}
	return gap
}

// clauseBreak reports whether the text between words t and u ends a clause or is no part of
// a phrase: anything but spaces, quote marks, "&" and the hyphen, slash, comma or dot that
// join one written word ("Pakistan-based", "120,000").
func clauseBreak(gap string, t, u token) bool {
	if gap == "-" || gap == "/" || (gap == "," || gap == ".") && allDigits(t.key) && allDigits(u.key) || monthDay(gap, t, u) {
		return false
	}
	for _, r := range gap {
		if !strings.ContainsRune(" \t\u00a0\"'“”‘’&$€£¥", r) { // a currency sign opens an amount: "accepting $2 million"
			return true
		}
	}
	return false
}

// quoteState follows the quote marks of a phrase.
type quoteState struct {
	double, single int  // open curly quotes
	straight2      bool // a straight double quote is open
	straight1      bool // a straight single quote is open
	bad            bool // a quote closed that was not open
}

// read takes the quote marks of a gap between two words; false when one closes a quote
// the phrase did not open. A straight quote right after the word closes; after a space
// it opens.
func (q *quoteState) read(gap string) bool {
	for i, r := range gap {
		closing := !strings.ContainsAny(gap[:i], " \t\u00a0")
		switch r {
		case '“':
			q.double++
		case '”':
			q.double--
		case '‘':
			q.single++
		case '’':
			q.single--
		case '"':
			if closing && !q.straight2 {
				q.bad = true
			}
			q.straight2 = !closing
		case '\'':
			if closing && !q.straight1 {
				q.bad = true
			}
			q.straight1 = !closing
		}
		if q.double < 0 || q.single < 0 {
			q.bad = true
		}
	}
	return !q.bad
}

// closed reports whether every quote the phrase opened is closed.
func (q *quoteState) closed() bool {
	return !q.bad && q.double == 0 && q.single == 0 && !q.straight2 && !q.straight1
}

// firstAlternatives keeps the first of small-letter words a label joins by slashes, as a
// fact-checker names a piece: "the Esquire report/column/rant/guesswork" is its "report".
// Names ("USA TODAY/Suffolk University poll"), numbers ("24/7") and function words
// ("and/or") stay whole.
func firstAlternatives(label string) string {
	words := strings.Split(label, " ")
	for k, w := range words {
		alts := strings.Split(w, "/")
		if len(alts) > 1 && !slashWords[alts[0]] && !slices.ContainsFunc(alts, func(x string) bool { return x == "" || strings.ContainsFunc(x, notLower) }) {
			words[k] = alts[0]
		}
	}
	return strings.Join(words, " ")
}

// notLower reports whether r is no small letter.
func notLower(r rune) bool { return !unicode.IsLower(r) }

// slashWords are the function words written with a slash: "and/or", "his/her".
var slashWords = setOf(strings.Fields("and or his her he she him"))
