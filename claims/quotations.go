package claims

// Quotations the cue rules leave: quotes split by their attribution, paragraphs that continue
// a quote, quotes attributed across a sentence, by a dash or by a label with a colon.

import (
	"sort"
	"strings"
)

// mergeSplitQuotes joins a quote split by its attribution: “We know ...,” he said. “It
// will be ...” The second quote, when it follows the attribution in the same paragraph and
// has no attribution of its own, becomes a second piece of the first claim's content.
func (x *extractor) mergeSplitQuotes() {
	claimedQuote := make(map[int]bool)
	for _, d := range x.drafts {
		for _, r := range d.content {
			for k := r.a; k < r.b; k++ {
				if qi, ok := x.quoteOpenAt(k); ok {
					claimedQuote[qi] = true
				}
			}
		}
	}
	// relays[i] is the draft whose whole attribution draft i relays: "“...,” Sanders said,
	// according to CNN. “...”" The relay takes the quote its claim takes.
	var relays map[int]int
	for i := range x.drafts {
		d := &x.drafts[i]
		if len(d.content) != 1 || d.class != CueReport {
			continue
		}
		// The drafts are in cue order: the relayed cue lies in the content, before this cue.
		for j := i - 1; j >= 0 && x.drafts[j].cue.a >= d.content[0].a; j-- {
			if c := x.drafts[j].cue; c.b <= d.content[0].b && x.drafts[j].content[0].a == d.content[0].a {
				if relays == nil {
					relays = make(map[int]int)
				}
				relays[i] = j
				break
			}
		}
	}
	for i := range x.drafts {
		d := &x.drafts[i]
		last := d.content[0]
		if len(d.content) != 1 || d.kind == Mixed && !x.isCloseQuote(last.b-1) {
			continue // a mixed content joins only when it ends in its quote: "Yet Trump is a “change agent,” Cole said. “...”"
		}
		if last.b > d.cue.a {
			if q, ok := x.quoteAfterContent(*d, claimedQuote); ok {
				d.content = append(d.content, rng{x.quotes[q].open, x.quotes[q].close + 1})
				d.kind = Mixed
				claimedQuote[q] = true
			}
			continue // the quote follows its cue: not split
		}
		if _, ok := relays[i]; ok {
			continue
		}
		// The next token after the attribution's sentence must open a quote.
		k := d.cue.b
		if !d.src.empty() && d.src.b > k {
			k = d.src.b
		}
		if sb := x.sentOf(d.cue.a).b; sb > k && sb-k < 40 {
			if x.laterCueBefore(i, k, sb) {
				// "“...,” he said, adding that ... “...”": the next quote goes on with the
				// later cue's content, not this one's (see quoteAfterContent).
				continue
			}
			k = sb
		}
		for k < len(x.toks) && x.toks[k].nl == 0 && x.toks[k].kind == tPunct {
			k++
		}
		qi, ok := x.quoteOpenAt(k)
		if !ok && k < len(x.toks) && x.toks[k].nl == 0 {
			qi, ok = x.leadInQuote(k) // “...,” said Schmidt. Unless rivals quit, “...”
		}
		// A quote in the next paragraph goes on with this one when it is the whole paragraph:
		// "“...,” Le Pen told CNN.¶“It’s everything but Hillary Clinton ...”" (on the training
		// split 4 more exact matches, none lost).
		if !ok || claimedQuote[qi] || x.toks[k].nl > 0 && !x.quoteParagraph(x.quotes[qi]) || x.quotes[qi].single {
			continue
		}
		q := x.quotes[qi]
		d.content = append(d.content, rng{q.open, q.close + 1})
		claimedQuote[qi] = true
	}
	for i, j := range relays {
		if c := x.drafts[j].content; len(c) > 1 && c[len(c)-1].a > x.drafts[i].content[0].b {
			x.drafts[i].content = append(x.drafts[i].content, c[len(c)-1])
		}
	}
}

// leadInQuote returns the quote that ends the sentence opening at token k after a short
// lead-in of the writer's and a comma, with no cue in the lead-in: "Unless rivals quit the
// race, “it's very difficult to see how he is stopped.”"
func (x *extractor) leadInQuote(k int) (int, bool) {
	s := x.sentOf(k)
	if s.a != k {
		return 0, false
	}
	for p := k; p < s.b && p < k+16; p++ {
		if isCueForm(x.word(p)) || x.toks[p].kind == tQuote && !x.isOpenQuote(p) {
			return 0, false
		}
		if qi, ok := x.quoteOpenAt(p); ok {
			if p-k < 3 || x.word(p-1) != "," || x.quotes[qi].close+2 < s.b {
				return 0, false
			}
			return qi, true
		}
	}
	return 0, false
}

// laterCueBefore reports whether a draft after draft i has its cue between tokens a and b: a
// participle that goes on with the speaker's words in a clause of its own, as the ", adding
// that ..." or ", explaining why ..." after a trailing attribution. ("..., referring to the
// plan" or ", asking for anonymity" say nothing more, and the next quote stays with the
// first cue.) The drafts are in cue order.
func (x *extractor) laterCueBefore(i, a, b int) bool {
	for j := i + 1; j < len(x.drafts) && x.drafts[j].cue.a < b; j++ {
		d := x.drafts[j]
		if d.cue.a < a || d.cue.b != d.cue.a+1 || !goesOnVerbs.has(x.word(d.cue.a)) {
			continue
		}
		if c := d.content[0].a; c == d.cue.b && whWord.has(x.word(c)) || x.word(d.cue.b) == "that" && c <= d.cue.b+1 {
			return true
		}
	}
	return false
}

// goesOnVerbs are participles by which a speaker goes on saying more: "he said, adding that".
var goesOnVerbs = wordSetOf([]string{"adding", "explaining", "noting", "remarking", "continuing"})

// quoteAfterContent returns the quote that makes the sentence after d's own, when d reports
// speech (not a belief) after its cue up to its sentence's end and the quote opens the next
// sentence in the same paragraph, closes it and is nobody else's: "She said she and Obama had
// made progress. “I really believe that ...”" The quote goes on with the speaker's words, and
// PolNeAR's content holds both. (A quote in the next paragraph is left alone: there it is
// as often a new attribution as more of this one.)
func (x *extractor) quoteAfterContent(d draft, claimed map[int]bool) (int, bool) {
	last := d.content[len(d.content)-1]
	if d.kind != Indirect || d.class == CueBelieve || d.src.empty() || last.a < d.cue.b {
		return 0, false
	}
	s := x.sentOf(d.cue.a)
	k := last.b
	for k < s.b && x.toks[k].kind == tPunct && !x.isOpenQuote(k) {
		k++
	}
	if k != s.b || k >= len(x.toks) || x.toks[k].nl > 0 {
		return 0, false
	}
	qi, ok := x.quoteOpenAt(k)
	if !ok || claimed[qi] || x.quotes[qi].single {
		return 0, false
	}
	q := x.quotes[qi]
	if e := x.sentOf(q.close).b; e > q.close+1 && !(e == q.close+2 && x.toks[q.close+1].kind == tPunct) {
		return 0, false
	}
	return qi, true
}

// continuations attributes a paragraph that is a quote and nothing else to the speaker of the
// quote that ends the paragraph before it, with the same cue: “...,” Barkley said. / “Then you
// have these losers ...” A run of such paragraphs continues the same speaker. It reports
// whether it added any claim.
func (x *extractor) continuations() bool {
	if len(x.drafts) == 0 {
		return false
	}
	covered := make([]bool, len(x.toks))
	for _, d := range x.drafts {
		for _, r := range d.content {
			for k := r.a; k < r.b; k++ {
				covered[k] = true
			}
		}
	}
	// The drafts in the order their contents end; q walks the quotes in order, so the
	// candidate is the draft whose content ended last before the quote opens.
	byEnd := make([]int, len(x.drafts))
	for i := range byEnd {
		byEnd[i] = i
	}
	end := func(i int) int { return x.drafts[i].content[len(x.drafts[i].content)-1].b }
	sort.SliceStable(byEnd, func(i, j int) bool { return end(byEnd[i]) < end(byEnd[j]) })
	added := false
	last, j := -1, 0
	for _, q := range x.quotes {
		for j < len(byEnd) && end(byEnd[j]) <= q.open {
			if last < 0 || end(byEnd[j]) >= end(last) {
				last = byEnd[j]
			}
			j++
		}
		if last < 0 || q.single || covered[q.open] || !x.quoteParagraph(q) {
			continue
		}
		d := x.drafts[last]
		if d.kind == Indirect && !x.colonBefore(q.open) || d.src.empty() || x.paragraphStart(end(last)-1) < x.paragraphStart(q.open-1) {
			continue // (a paragraph in between, "@potus.", ends the run)
		}
		x.drafts[last].content = append(x.drafts[last].content, rng{q.open, q.close + 1})
		if d.kind == Indirect {
			x.drafts[last].kind = Mixed
		}
		added = true
	}
	return added
}

// colonBefore reports whether the paragraph before token k ends in a colon.
func (x *extractor) colonBefore(k int) bool {
	return k > 0 && x.word(k-1) == ":"
}

// quoteParagraph reports whether quote q is a paragraph of its own: it opens a paragraph and
// only punctuation follows it there.
func (x *extractor) quoteParagraph(q quote) bool {
	if q.open > 0 && x.toks[q.open].nl == 0 {
		return false
	}
	for k := q.close + 1; k < len(x.toks) && x.toks[k].nl == 0; k++ {
		if x.toks[k].kind != tPunct {
			return false
		}
	}
	return true
}

// paragraphStart returns the first token of the line that holds token k (a token after a
// line break starts one). The starts are computed once, so a text without line breaks costs
// no more than one with many.
func (x *extractor) paragraphStart(k int) int {
	if x.paraStarts == nil {
		x.paraStarts = make([]int32, len(x.toks))
		start := 0
		for i := range x.toks {
			if i > 0 && x.toks[i].nl > 0 {
				start = i
			}
			x.paraStarts[i] = int32(start)
		}
	}
	if k <= 0 {
		return 0
	}
	return int(x.paraStarts[k])
}

// orphanQuotes attributes quotes that no cue of the lexicon claimed, by their position next
// to a source and a verb: “You lie!” he yelled. / Kasich joked: “...”
func (x *extractor) orphanQuotes() {
	covered := make([]bool, len(x.toks))
	for _, d := range x.drafts {
		for _, r := range d.content {
			for k := r.a; k < r.b; k++ {
				covered[k] = true
			}
		}
	}
	for qi, q := range x.quotes {
		if q.single || covered[q.open] || q.close-q.open < 2 {
			continue
		}
		if q.close-q.open == 2 {
			// One quoted word is a scare quote unless a verb of the clause takes it: “hostile”.
			if d, ok := x.quoteInClause(x.sentOf(q.open), qi); ok {
				x.add(d)
				for k := d.content[0].a; k < d.content[0].b; k++ {
					covered[k] = true
				}
			}
			continue
		}
		s := x.sentOf(q.close)
		if s.b == q.close+1 && q.close+1 < len(x.toks) && x.toks[q.close+1].nl == 0 {
			if w := x.word(q.close - 1); w == "." || w == ";" {
				s = rng{} // “... for him.” Others paid tribute: a new sentence
			} else {
				s = x.sentOf(q.close + 1) // “...?” Scarborough continued.
				s.a = q.close
			}
		}
		if d, ok := x.dashSigned(qi); ok {
			x.add(d)
			continue
		}
		if d, ok := x.quoteRight(s, qi); ok {
			x.add(d)
			continue
		}
		s = x.sentOf(q.open)
		if d, ok := x.quoteLeft(s, qi); ok {
			x.add(d)
			continue
		}
		if d, ok := x.quoteInClause(s, qi); ok {
			x.add(d)
			for k := d.content[0].a; k < d.content[0].b; k++ {
				covered[k] = true
			}
		}
	}
}

// quoteInClause attributes a quoted fragment to the subject of its sentence when the verb
// right after the subject takes it: Carson called the KKK “abhorrent.” The verb is the cue.
func (x *extractor) quoteInClause(s rng, qi int) (draft, bool) {
	q := x.quotes[qi]
	if q.open <= s.a || q.close >= s.b {
		return draft{}, false
	}
	subj := x.subject(s, q.open)
	if subj.empty() {
		// "Clinton supports “...”": a present tense the verb test does not know, right after
		// a name that opens the sentence.
		np := x.npForward(s, s.a)
		if np.empty() || np.b >= q.open || !x.toks[np.b-1].upper {
			return draft{}, false
		}
		for e := np.a + 1; e <= np.b; e++ {
			v := e
			for v < q.open && isLyAdverb(x.word(v)) {
				v++
			}
			if w := x.word(v); x.isWord(v) && !x.toks[v].upper && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !functionWordsSet.has(w) && len(w) > 3 {
				subj = rng{np.a, e}
				break
			}
		}
		if subj.empty() {
			return draft{}, false
		}
	}
	v := subj.b
	if x.word(v) == "," {
		v++ // "Bernie Sanders, celebrating a victory in Vermont, is pledging to “...”"
	}
	for v < q.open && (x.is(v, cSkipBeforeCue) || isLyAdverb(x.word(v))) && !x.toks[v].upper {
		v++
	}
	named := x.toks[subj.b-1].upper || pronounKind[x.word(subj.b-1)] != "" || x.is(subj.b-1, cOrg) || x.is(subj.b-1, cMedium) || x.word(subj.b-1) == "ad"
	cue := rng{v, v + 1}
	if w := x.word(v); (w == "is" || w == "are" || w == "has" || w == "have") && named && v+1 < q.open && x.progressiveOrPerfect(v+1) {
		// "Trump is labeling Obama's actions “...”", "Trump has hailed the vote as “...”"
		cue.b = v + 2
	}
	presentTense := named && x.isWord(v) && !x.toks[v].upper && strings.HasSuffix(x.word(v), "s") && !x.is(v, cFunction) && len(x.word(v)) > 3
	if v >= q.open || cue.b == v+1 && (!x.verbLike(v) && !presentTense || beFormsSet.has(x.word(v))) {
		return draft{}, false
	}
	if nonSpeechVerbs.has(x.word(cue.b-1)) || x.titleCase(q) {
		return draft{}, false // "Cruz is holding a party at the “Red Neck Country Club”"
	}
	v = cue.b - 1
	// A cue of the lexicon nearer the quote is the one that takes it: "A letter obtained by
	// The Associated Press warns that “...”", "When he returned, he began by saying, “...”";
	// so is the second of two coordinated verbs: "she thanked her home state and then
	// boomed, “...”".
	for k := q.open - 1; k > v && k >= q.open-12; k-- {
		if isCueForm(x.word(k)) && !x.toks[k].upper && !x.used[k] {
			v, cue = k, rng{k, k + 1}
			break
		}
		if w := x.word(k - 1); (w == "and" || w == "then" && x.word(k-2) == "and") && x.verbLike(k) && !nonSpeechVerbs.has(x.word(k)) {
			v, cue = k, rng{k, k + 1}
			break
		}
		if x.word(k) == "." || x.word(k) == ";" {
			break
		}
	}
	if q.open-v > 12 {
		// The quote is too far from the verb to be what it takes, unless a that-clause
		// carries it there: "He anticipated that one of the biggest challenges ... would be “...”".
		that := false
		for k := v + 1; k < q.open && k < v+8; k++ {
			that = that || x.word(k) == "that"
		}
		if !that || q.open-v > 30 {
			return draft{}, false
		}
	}
	e := x.clauseEnd(s, v+1)
	if e <= q.close || q.open == v+1 && x.writersAfterQuote(s, q.close+1) {
		e = q.close + 1
	}
	r := x.trimContent(rng{v + 1, e})
	if r.empty() || r.a > q.open {
		return draft{}, false
	}
	return draft{src: subj, cue: cue, content: []rng{r}, class: CueAssert, inherit: -1}, true
}

// nonSpeechVerbs are common verbs that do not report speech: a quote in their clause is a
// name, a title or the writer's irony, not the subject's words.
var nonSpeechVerbs = wordSetOf([]string{
	"became", "becomes", "become", "held", "holding", "lost", "took", "taking", "went", "going", "made", "making",
	"came", "won", "raised", "moved", "sent", "changed", "landed", "seemed", "seems", "appeared", "appears",
	"stopped", "received", "launched", "opened", "invited", "ran", "depended", "involved", "replaced",
	"ejected", "quit", "learned", "followed", "spoke", "speaking", "seized", "ignored", "gave", "got", "bought",
	"sold", "paid", "left", "met", "built", "started", "began", "finished", "ended", "joined", "visited",
	"arrived", "returned", "hosted", "attended", "played", "watched", "wore", "carried", "showed", "shows",
	"happened", "lived", "worked", "served", "helped", "used", "owned", "signed", "filed", "released",
	"published", "aired", "featured", "included", "includes", "contained", "prompted", "collaborated",
	"wrested", "hired", "fired", "waved", "stood", "sat", "walked", "drove", "flew",
})

// titleCase reports whether every word of quote q longer than three letters starts with a
// capital: a name or a title (“Red Neck Country Club”, “Sunday Night Baseball”), not speech.
func (x *extractor) titleCase(q quote) bool {
	n := 0
	for k := q.open + 1; k < q.close; k++ {
		if x.isWord(k) && len(x.word(k)) > 3 {
			if !x.toks[k].upper {
				return false
			}
			n++
		}
	}
	return n > 0
}

// progressiveOrPerfect reports whether token k is a lower-case participle that can follow
// "is" or "has" as a verb of speech or judgement: "labeling", "hailed" (not "going", "been").
func (x *extractor) progressiveOrPerfect(k int) bool {
	if !x.isWord(k) || x.toks[k].upper || x.used[k] {
		return false
	}
	w := x.toks[k].low
	if functionWordsSet.has(w) || w == "going" || w == "being" || w == "been" || len(w) < 5 {
		return false
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed")
}

func (x *extractor) sentOf(k int) rng {
	i := sort.Search(len(x.sents), func(i int) bool { return x.sents[i].b > k })
	if i < len(x.sents) && x.sents[i].a <= k {
		return x.sents[i]
	}
	return rng{k, k + 1}
}

// verbLike reports whether token k may be a speech verb the lexicon does not list.
func (x *extractor) verbLike(k int) bool {
	if !x.isWord(k) || x.toks[k].upper || x.used[k] {
		return false
	}
	if x.is(k, cFunction|cPreposition|cNPGlue) {
		return false
	}
	w := x.toks[k].low
	// but "black-owned", "Saudi-led", "an unnamed Apple insider": adjectives
	return cueFilter.mayHold(w) && len(cueSensesOf(w)) > 0 || strings.HasSuffix(w, "ed") && len(w) > 3 && !strings.Contains(w, "-") && !unAdjectives.has(w) ||
		pastFilter.mayHold(w) && irregularPastSet.has(w)
}

// pastFilter screens words before the irregularPastSet lookup; verbLike runs for most words.
var pastFilter = wordFilterOf(irregularPastSet.words())

// irregularPastSet are common past tenses that do not end in -ed.
var irregularPastSet = wordSetOf([]string{"read", "cut", "put", "cast", "hurt", "shut", "split", "shook", "took", "gave", "made", "went", "came", "got", "sat", "stood", "wrote", "spoke", "held", "left", "met", "ran", "won", "lost", "sent", "brought", "felt", "kept", "began", "became", "chose", "drew", "fought", "knew", "led", "paid", "saw", "sold", "struck", "threw", "understood", "wore", "broke", "swore", "sang", "hung", "shot", "hit", "quit", "let", "set", "sought", "thought", "caught", "taught", "bought", "fled", "told", "heard", "meant", "spent", "lent", "slept", "laid", "fed", "rode", "rose", "froze", "woke", "tore", "bore", "sank", "drank", "swam", "forgave", "ate", "fell", "forgot", "hid", "bit", "lit", "stuck", "dug", "swung", "withdrew", "grew", "flew", "blew", "spread", "spun"})

// dashSigned attributes a quote signed with a dash and a name on its own line, as in lists
// of reader comments and epigraphs: “He represents our greatest shame.” ― Sonya Herridge. The
// dash is the cue; a description may follow the name after a comma ("― Jane Roe, 34, Ohio").
func (x *extractor) dashSigned(qi int) (draft, bool) {
	q := x.quotes[qi]
	k := q.close + 1
	if k >= len(x.toks) || x.toks[k].nl > 0 && !x.quoteParagraph(q) {
		return draft{}, false // but a quote paragraph may be signed on the next line: "- Sanders."
	}
	if w := x.word(k); w != "―" && !isDash(w) && w != "-" {
		return draft{}, false
	}
	dash := rng{k, k + 1}
	if x.word(k+1) == "-" && x.word(k) == "-" {
		k++ // "--"
	}
	k++
	a := k
	if x.word(k) == "@" && x.isWord(k+1) && x.toks[k+1].Start == x.toks[k].End {
		k += 2 // a handle: "– @realDonaldTrump"
	} else {
		for k < len(x.toks) && x.toks[k].nl == 0 && k-a < 6 {
			if x.isWord(k) && x.toks[k].upper || x.word(k) == "." && k > a && len(x.word(k-1)) == 1 {
				k++
				continue
			}
			break
		}
	}
	if k == a {
		return draft{}, false
	}
	src := rng{a, k}
	// The line ends after the name, perhaps after a period or a description set off by a comma.
	if x.word(k) == "," {
		for k < len(x.toks) && x.toks[k].nl == 0 {
			if x.toks[k].kind == tQuote || isCueForm(x.word(k)) {
				return draft{}, false
			}
			k++
		}
	}
	for k < len(x.toks) && x.toks[k].nl == 0 && x.toks[k].kind == tPunct && x.word(k) != "(" {
		k++
	}
	if k < len(x.toks) && x.toks[k].nl == 0 {
		return draft{}, false
	}
	return draft{src: src, cue: dash, content: []rng{{q.open, q.close + 1}}, class: CueAssert, inherit: -1}, true
}

func (x *extractor) quoteRight(s rng, qi int) (draft, bool) {
	q := x.quotes[qi]
	k := q.close + 1
	if x.word(k) == "," {
		k++
	}
	if k >= s.b || k >= len(x.toks) || x.toks[k].nl > 0 {
		return draft{}, false
	}
	content := []rng{{q.open, x.followQuotes(qi) + 1}}
	// A verb the lexicon does not list takes a quote that opens its sentence and is no title:
	// not “Orange is the New Black” star Dascha Polanco opened up about ...
	speech := (q.open <= x.sentOf(q.open).a || x.word(q.open-1) == ":" || isDash(x.word(q.open-1))) && !x.titleCase(q)
	takes := func(k int) bool { return x.verbLike(k) && (speech || len(cueSensesOf(x.word(k))) > 0) }
	// “...,” he yelled. The mention is the shortest run of words before a verb.
	if np := x.npForward(s, k); !np.empty() {
		for e := np.a + 1; e <= np.b && e < s.b; e++ {
			if takes(e) && (x.restIsAdverbial(s, e+1) || x.restHoldsNoContent(s, e+1)) {
				return draft{src: rng{np.a, e}, cue: rng{e, e + 1}, content: content, class: CueAssert, inherit: -1}, true
			}
			if pronounKind[x.word(np.a)] != "" {
				break
			}
		}
	}
	// “...,” answered the senator; but not "summed up Clinton as “terrible,” denounced her
	// record": a quote after a preposition is a fragment of the clause, and the verb after it
	// has its object.
	if takes(k) && !x.fragmentQuote(q.open) {
		if np := x.npForward(s, k+1); !np.empty() && x.restIsAdverbial(s, np.b) {
			return draft{src: np, cue: rng{k, k + 1}, content: content, class: CueAssert, inherit: -1}, true
		} else if !np.empty() && x.word(np.b) == "," && np.b+1 < s.b && x.isWord(np.b+1) {
			// “...,” remembered Roy Verley, HP's former spokesman. / beamed Donald Hartley of
			// Madison, who snuck onto the floor: an appositive or relative clause ends the
			// sentence.
			if w := x.word(np.b + 1); w == "who" || w == "which" {
				return draft{src: np, cue: rng{k, k + 1}, content: content, class: CueAssert, inherit: -1}, true
			}
			if x.restHoldsNoContent(s, np.b+1) && !x.clauseBetween(s, np.b+1, s.b) {
				e := s.b
				for e > np.b && !x.isWord(e-1) {
					e--
				}
				return draft{src: rng{np.a, e}, cue: rng{k, k + 1}, content: content, class: CueAssert, inherit: -1}, true
			}
		}
	}
	return draft{}, false
}

// fragmentQuote reports whether the quote opening at o follows "as" or a preposition: a
// fragment of its clause ("summed up Clinton as “terrible,”"), not words that a speaker
// after it said.
func (x *extractor) fragmentQuote(o int) bool {
	return o > 0 && (x.word(o-1) == "as" || x.is(o-1, cPreposition))
}

// restIsWriters reports whether the tokens from k to the end of sentence s, after a quote and
// its attribution, are the writer's: no "that", colon or quote of their own.
func (x *extractor) restIsWriters(s rng, k int) bool {
	if x.word(k) == "," {
		k++ // ", asked about the plan", ", likely referring to"
	} else if hasSyn(cueSensesOf(x.word(k)), synVerb) {
		return false
	}
	if x.word(k) == "that" {
		return false
	}
	for p := k; p < s.b; p++ {
		if qi, ok := x.quoteOpenAt(p); ok && x.titleCase(x.quotes[qi]) && x.is(p-1, cPreposition) {
			p = x.quotes[qi].close // "after she took the stage to ''Eye of the Tiger.''": a title
			continue
		}
		if w := x.word(p); w == ":" || x.isOpenQuote(p) || w == "that" && p == k+1 {
			return false
		}
	}
	return true
}

// asClauseSep returns the comma or closing mark that ends a content before an as-clause whose
// mention is src ("The race is “a dead heat right now,” as Cruz said"), or -1. The separator
// must lie after token lo.
func (x *extractor) asClauseSep(src rng, lo int) int {
	p := src.a - 1
	if src.empty() || p-1 <= lo || x.word(p) != "as" || x.toks[p].upper {
		return -1
	}
	if x.word(p-1) == "," || x.isCloseQuote(p-1) && x.word(p-2) == "," {
		return p - 1
	}
	return -1
}

// onlyAdverbs reports whether the tokens from k to the end of sentence s are adverbs of
// frequency and time: "many times", "often", "before".
func (x *extractor) onlyAdverbs(s rng, k int) bool {
	for p := k; p < s.b; p++ {
		w := x.word(p)
		if x.isWord(p) && !isLyAdverb(w) && !frequencyWords.has(w) && !timeNounSet.has(w) {
			return false
		}
	}
	return true
}

var frequencyWords = wordSetOf([]string{"many", "times", "often", "before", "again", "recently", "previously", "since", "earlier", "repeatedly", "several", "twice", "once", "time", "and", "over"})

// restHoldsNoContent reports whether the tokens from k to the end of the sentence hold no
// content of their own: no "that", colon or quote ("he complained to an American afterward").
func (x *extractor) restHoldsNoContent(s rng, k int) bool {
	for p := k; p < s.b; p++ {
		if w := x.word(p); w == "that" || w == ":" || x.isOpenQuote(p) || isCueForm(w) {
			return false
		}
	}
	return true
}

func (x *extractor) quoteLeft(s rng, qi int) (draft, bool) {
	q := x.quotes[qi]
	p := q.open - 1
	if x.toks[q.open].nl > 0 && x.word(p) == ":" {
		// "Cruz called them on it:" and the quote as the next paragraph.
		s = x.sentOf(p)
		if s.b > p+1 {
			return draft{}, false
		}
		if d, ok := x.labelColon(s, p, qi); ok {
			return d, true
		}
	} else if x.word(p) == ":" && q.open == s.a+0 {
		return draft{}, false
	}
	if x.word(p) == ":" && p > s.a && (!x.verbLike(p-1) || whWord.has(x.word(p-2)) && p-2 > s.a) && !baseSpeech.has(x.word(p-1)) {
		// (A verb right before the colon may be a wh-clause's: "apologized for what happened:".)
		// "Trump went even further: “If he goes forward ...”"; a bare name after a dash or
		// "from": "Pollsters agree - Carl Bialik: “...”", "More from Jones: “...”".
		if d, ok := x.labelColon(s, p, qi); ok && d.src.a >= s.a {
			for k := d.src.a; k < d.src.b-1; k++ {
				if x.word(k) == "from" {
					d.src.a = k + 1 // "More from Jones:"
				}
			}
			if w := x.word(d.src.a - 1); d.cue.a < p || d.src.a == s.a || isDash(w) || w == "-" || w == "from" {
				return d, true
			}
		}
	}
	if x.word(p) == ":" || x.word(p) == "," {
		p--
	}
	cue := rng{p, p + 1}
	if particlesSet.has(x.word(p)) && p-1 >= s.a && x.verbLike(p-1) {
		cue.a = p - 1 // "shot back", "fired back"
	} else if p < s.a || !x.verbLike(p) && !baseSpeech.has(x.word(p)) {
		return draft{}, false
	}
	// A verb the lexicon does not list takes a quote of a few words at least, not a title
	// or a scare-quoted phrase: boomed: “Let’s defeat her in November.”
	if len(cueSensesOf(x.word(cue.a))) == 0 && !baseSpeech.has(x.word(cue.a)) && (x.words(q.open, q.close) < 4 || !strings.HasSuffix(x.word(cue.b-1), "ed") && x.word(cue.b-1) != "back") {
		return draft{}, false
	}
	src := x.sourceLeft(s, cue.a)
	if x.namingParticiple(src, cue) {
		return draft{}, false
	}
	if src.empty() {
		// "then leaned in and boomed: “...”": the subject of the sentence.
		if j := x.skipBack(s, cue.a); j >= s.a && (x.word(j) == "and" || x.word(j) == "then") {
			src = x.subject(s, j)
		}
		if src.empty() {
			return draft{}, false
		}
	}
	return draft{src: src, cue: cue, content: []rng{{q.open, x.followQuotes(qi) + 1}}, class: CueAssert, inherit: -1}, true
}

// baseSpeech are base forms of speech verbs that introduce a quote after a comma or colon:
// "they write, ”...”".
var baseSpeech = wordSetOf([]string{"write", "say", "tell", "ask", "add", "explain", "note", "argue", "insist", "warn", "recall", "reply", "respond", "declare", "state", "put"})

var particlesSet = wordSetOf([]string{"back", "out"})

// commas counts the commas between a and b.
func (x *extractor) commas(a, b int) int {
	n := 0
	for k := a; k < b && k < len(x.toks); k++ {
		if x.toks[k].low == "," {
			n++
		}
	}
	return n
}

// words counts the word tokens between a and b.
func (x *extractor) words(a, b int) int {
	n := 0
	for k := a; k < b && k < len(x.toks); k++ {
		if x.toks[k].kind == tWord {
			n++
		}
	}
	return n
}

// labelColon attributes quote qi to what precedes the colon at p: "Dr. Ward stated:",
// "Cruz called them on it:", "Frank Newport and Jim Harter:".
func (x *extractor) labelColon(s rng, p, qi int) (draft, bool) {
	q := x.quotes[qi]
	content := []rng{{q.open, x.followQuotes(qi) + 1}}
	// A verb of the sentence before the colon, with its subject. (The predicate may be long:
	// "Zeldin gave the technique a whirl in an interview with CNN on Tuesday:".)
	for v := p - 1; v >= s.a && v > p-14; v-- {
		if w := x.word(v); isDash(w) || w == "-" || x.isCloseQuote(v) {
			// "Media shares blame - HuffPollster:": the heading's verb is not the speaker's;
			// nor is a verb in a quoted title before a byline ("“...,” by DNAinfo's Eddie Small:").
			break
		}
		if w := x.word(v); x.verbLike(v) || x.isWord(v) && !x.toks[v].upper && len(w) > 4 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !functionWordsSet.has(w) && !prepositionsSet.has(w) && v > s.a && !npDeterminersSet.has(x.word(v-1)) && !isDeterminer(x.word(v-1)) {
			// "Dr. Ward stated:", "The letter continues:"; but "apologized for what happened:"
			// has the verb of a wh-clause.
			if pw := x.word(v - 1); pw == "what" || pw == "how" || pw == "why" || pw == "where" {
				continue
			}
			if src := x.sourceLeft(s, v); !src.empty() && !x.clausalMention(src) {
				// (Not "somehow let you float for three" before "seconds at a time:".)
				return draft{src: src, cue: rng{v, p + 1}, content: content, class: CueAssert, inherit: -1}, true
			}
		}
	}
	// A bare name: "Michael P. McDonald:", not a section's name ("OSTEITIS PUBIS IN PREGNANCY:").
	if np := x.npBack(s, p, false); !np.empty() && (x.toks[np.b-1].upper || x.fromThe(np)) && np.a >= s.a && np.b-np.a <= 6 && !x.sectionName(np.a, np.b) && !x.quotedSubject(s, q) {
		return draft{src: np, cue: rng{p, p + 1}, content: content, class: CueAssert, inherit: -1}, true
	}
	return draft{}, false
}

// quotedSubject reports whether quotation q, after a label's colon, is a term of three words
// or fewer that its sentence goes on after, a comma outside its marks: "LONDON: "Jihadi
// John", the masked ISIS militant ..., was named" has a dateline, not a speaker.
func (x *extractor) quotedSubject(s rng, q quote) bool {
	return x.words(q.open, q.close) <= 3 && q.close+2 < s.b && x.word(q.close+1) == ","
}

// endInQuotes ends at its quotation's closing mark the content of a claim whose cue lies
// inside a quotation: the speaker quoted reports something, and the words after the mark are
// the writer's. "'You took them alive, we want them returned alive,' read a banner": what
// "we want" is ends at "alive". Only a mark after punctuation counts: one after a word may be
// an apostrophe taken for a mark ("wants Williams' head").
func (x *extractor) endInQuotes() {
	for i := range x.drafts {
		d := &x.drafts[i]
		q, ok := x.quoteAround(d.cue)
		if !ok || x.toks[q.close-1].kind == tWord {
			continue
		}
		last := &d.content[len(d.content)-1]
		if last.a < q.close && last.b > q.close {
			if r := x.trimContent(rng{last.a, q.close}); !r.empty() {
				*last = r
			}
		}
	}
}

// quoteAround returns the innermost quotation whose marks enclose r.
func (x *extractor) quoteAround(r rng) (quote, bool) {
	// Quotes are ordered by their opening marks and nest at most single in double: the
	// innermost around r is one of the last two opened before it.
	k := sort.Search(len(x.quotes), func(i int) bool { return x.quotes[i].open >= r.a })
	for i := k - 1; i >= 0 && i >= k-2; i-- {
		if q := x.quotes[i]; q.close >= r.b {
			return q, true
		}
	}
	return quote{}, false
}

// tweetSignatures attributes an embedded tweet to the account that signs it: a dash, a name,
// the handle in brackets and the date, "… Just another day in the campaign. — Sahil Kapur
// (@sahilkapur) September 1, 2016", as news sites copy tweets into their text. The dash is the
// cue and the name with its handle the source (as PolNeAR marks them); the content is the
// tweet, the words before the dash back to the start of their line (or of the line before, when
// the signature opens a line of its own), to the end of a markup tag or of the signature before
// it. A tweet is short: a content longer than tweetBytes is not taken. The date after the
// handle tells a signature from a dash aside with a handle in it.
func (x *extractor) tweetSignatures() {
	if !strings.Contains(x.text, "(@") {
		return // no handle in brackets, no signature: most texts, read at the speed of memchr
	}
	last := -1 // the last token of the signature before
	for k := 0; k+6 < len(x.toks); k++ {
		if w := x.word(k); !isDash(w) && w != "―" && w != "-" {
			continue
		}
		src, end, ok := x.tweetSigner(k)
		if !ok {
			continue
		}
		e := k // the content ends before the dash
		if x.toks[k].nl > 0 {
			// The signature opens its line: the tweet is the line before.
			if k == 0 || x.toks[k].nl > 2 {
				continue
			}
		}
		a := e - 1
		for a > last+1 && x.toks[a].nl == 0 && (x.word(a-1) != ">" || !x.inEmbeddedPost(a-1)) {
			a--
		}
		if a <= last || a >= e || x.used[k] {
			last = end
			continue
		}
		if x.toks[e-1].End-x.toks[a].Start > tweetBytes || !x.isWord(a) && x.toks[a].kind != tQuote && x.word(a) != "@" && x.word(a) != "#" {
			last = end
			continue
		}
		// A claim in the tweet ends before its signature ("Sources tell @JBoorstin that ...
		// https://t.co/x — CNBC Now (@CNBCnow) ..." had the signature in the sources' content).
		for i := range x.drafts {
			for j, r := range x.drafts[i].content {
				if r.a < k && k < r.b {
					x.drafts[i].content[j].b = k
				}
			}
		}
		x.add(draft{src: src, cue: rng{k, k + 1}, content: []rng{{a, e}}, class: CueAssert, inherit: -1})
		last = end
		k = end
	}
}

// tweetBytes bounds a tweet's text: 280 characters, with room for links and marks of several
// bytes.
const tweetBytes = 400

// tweetSigner reads the signature after the dash at k: a name of at most six tokens on the
// dash's line, the handle in brackets, a month, a day, a comma and a year, and no verb after
// it on its line. It returns the name
// with the handle and the signature's last token.
func (x *extractor) tweetSigner(k int) (rng, int, bool) {
	a := k + 1
	j := a
	for j < len(x.toks) && j-a < 6 && x.toks[j].nl == 0 && x.word(j) != "(" && x.word(j) != "—" {
		j++
	}
	if j == a || j+7 >= len(x.toks) || x.word(j) != "(" || x.word(j+1) != "@" || !x.isWord(j+2) || x.word(j+3) != ")" {
		return rng{}, 0, false
	}
	for p := j + 1; p <= j+7; p++ {
		if x.toks[p].nl > 0 {
			return rng{}, 0, false
		}
	}
	if !monthsSet.has(x.word(j+4)) || !isDigitByte(x.word(j + 5)[0]) || x.word(j+6) != "," {
		return rng{}, 0, false
	}
	y := x.word(j + 7)
	if len(y) < 4 || !isDigitByte(y[0]) || !isDigitByte(y[1]) || !isDigitByte(y[2]) || !isDigitByte(y[3]) {
		return rng{}, 0, false
	}
	if n := j + 8; len(y) == 4 && n < len(x.toks) && x.toks[n].nl == 0 && x.finiteAt(n) && !x.toks[n].upper {
		// "— John Smith (@jsmith) March 3, 2016 was listed as a witness": a verb after the
		// date on its line makes the name its subject, no signer. (The FNC-1 bodies run a
		// signature into the next tweet, "2014 islam know ...", "2014Haven’t had ...".)
		return rng{}, 0, false
	}
	return rng{a, j + 4}, j + 7, true
}

// signsTweet reports whether token k is the dash of a tweet's signature (tweetSigner).
func (x *extractor) signsTweet(k int) bool {
	w := x.word(k)
	if !isDash(w) && w != "―" && w != "-" {
		return false
	}
	_, _, ok := x.tweetSigner(k)
	return ok
}
