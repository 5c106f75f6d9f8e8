package compare

import (
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
)

// A doubt is one side's statement that a proposition is unlikely, doubtful or unproven
// ("it seems unlikely that the explosion was related to a meteorite impact", "So I'm very
// sceptical", "raises doubts about that scenario"). Against another side's firm assertion
// of the same proposition ("we are convinced that this was a meteorite") it is a conflict
// ([ImplicitDoubt]); against a hedge ("could have come from a meteorite"), another doubt or a
// statement of its own side it is none.

// doubtPhrases say that what follows (or, for "ruled out", what precedes) is doubtful.
// Matched on lower-cased words.
var doubtPhrases = [][]string{
	{"unlikely"}, {"doubtful"}, {"doubt"}, {"doubts"}, {"doubted"}, {"doubting"},
	{"sceptical"}, {"skeptical"}, {"scepticism"}, {"skepticism"}, {"dubious"},
	{"implausible"}, {"improbable"}, {"questioned", "whether"}, {"questioned", "if"},
	{"question", "whether"}, {"questions", "whether"}, {"questioning", "whether"},
	{"unclear", "whether"}, {"unclear", "if"}, {"not", "clear", "whether"}, {"not", "clear", "if"},
	{"no", "evidence"}, {"zero", "evidence"}, {"little", "evidence"}, {"not", "be", "ruled", "out"},
	{"cannot", "be", "ruled", "out"}, {"can't", "be", "ruled", "out"},
	{"raises", "questions"}, {"raises", "serious", "questions"}, {"raised", "questions"},
	{"raised", "serious", "questions"}, {"raise", "questions"}, {"raise", "serious", "questions"},
}

// notDoubt are words that turn a doubt word into certainty: "no doubt", "beyond doubt",
// "not unlikely".
var notDoubt = setOf(strings.Fields("no not without little beyond never hardly"))

// hedgeWords leave what follows them unasserted: a possibility, a condition, an appearance,
// or someone else's account ("investigating reports that", "websites are claiming").
var hedgeWords = setOf(strings.Fields(`may might could would should possibly possible perhaps maybe
if whether appear appears appeared apparently seem seems seemed allegedly alleged purported
purportedly suspected speculated speculation report reports reported reportedly claim claims
claimed claiming allegation allegations rumour rumours rumor rumors unconfirmed unverified`))

// doubtStarts indexes doubtPhrases by their first word.
var doubtStarts = func() map[string][][]string {
	m := map[string][][]string{}
	for _, p := range doubtPhrases {
		m[p[0]] = append(m[p[0]], p)
	}
	return m
}()

// doubtAdjectives describe whoever doubts; before a noun for people they are those people's
// doubt, not the speaker's ("some skeptical Americans hearing that message").
var doubtAdjectives = setOf(strings.Fields("sceptical skeptical doubtful"))

// doubters are plural nouns for people, and the quantifiers that stand for them, whose doubt a
// doubt word next to them reports: "skeptical voters", "many doubted her", "critics doubt".
var doubters = setOf(strings.Fields(`people voters americans citizens residents observers critics
experts scientists analysts investors fans readers viewers members officials lawmakers
republicans democrats conservatives liberals skeptics sceptics many some few others`))

// othersDoubt tells whether the doubt word at words[i] is someone else's than the speaker's: a
// doubt adjective before a noun for people ("skeptical Americans") or a doubt verb after one
// ("many doubted her in Nevada"). "doubts" after a quantifier is a noun, the speaker's ("raises
// many doubts", "I have some doubts").
func othersDoubt(words []string, i int) bool {
	if doubtAdjectives[words[i]] && i+1 < len(words) && doubters[words[i+1]] {
		return true
	}
	switch words[i] {
	case "doubt":
		// "cast some doubt on", "there is some doubt about": a noun, the speaker's.
		return i > 0 && doubters[words[i-1]] && !(quantifierDoubters[words[i-1]] && i > 1 && doubtNounBefore[words[i-2]])
	case "doubted":
		return i > 0 && doubters[words[i-1]]
	case "doubts":
		return i > 0 && doubters[words[i-1]] && !quantifierDoubters[words[i-1]]
	}
	return false
}

// doubtNounBefore are the words that make "doubt" after "some" or "many" a noun: "cast some
// doubt on", "is some doubt", "with some doubt".
var doubtNounBefore = setOf(strings.Fields(`cast casts casting raise raises raised raising is was
are were be been there's have has had express expresses expressed expressing with without
sow sows sowed sowing`))

// quantifierDoubters are the doubters that also count a noun: "many doubts" are doubts ("few
// doubts" are none, left to othersDoubt).
var quantifierDoubters = setOf(strings.Fields("many some"))

// doubtOf finds a doubt in words (lower case) and returns its phrase and the index of its
// first and last word, or "" and -1.
func doubtOf(words []string) (string, int, int) {
	for i, w := range words {
		for _, p := range doubtStarts[w] {
			if i+len(p) > len(words) || !slices.Equal(words[i:i+len(p)], p) {
				continue
			}
			if len(p) == 1 && i > 0 && (notDoubt[words[i-1]] || i > 1 && notDoubt[words[i-2]] && words[i-1] == "a") {
				continue // "no doubt", "without a doubt", "not unlikely"
			}
			if len(p) == 1 && othersDoubt(words, i) {
				continue // "some skeptical Americans", "many doubted her"
			}
			phrase := strings.Join(p, " ")
			if p[0] == "not" && p[len(p)-1] == "out" && i > 0 {
				phrase = words[i-1] + " " + phrase // "could not be ruled out"
			}
			return phrase, i, i + len(p) - 1
		}
	}
	return "", -1, -1
}

// doubtFacts reads the doubt of a claim and what it doubts. toks and words are the claim's
// region (its cue and content) and tokens at or after contentStart are its content; lede is
// what the document's first sentence doubts or reports (leadOf), taken when the doubt names
// nothing of its own ("So I'm very sceptical") or points at an account ("raises doubts about
// that scenario"), unless it names an account before the doubt ("the coast guard's account
// raises serious questions"): then nothing.
func doubtFacts(toks []token, words []string, contentStart int, lede []string) (string, []string) {
	p, first, last := doubtOf(words)
	if p == "" {
		return "", nil
	}
	var doubted []string
	addFrom := func(from, to int) {
		for k := max(from, 0); k < to; k++ {
			if toks[k].start >= contentStart && isContentWord(words[k]) && !hedgeWords[words[k]] {
				doubted = append(doubted, stem(toks[k].key))
			}
		}
	}
	if strings.HasSuffix(p, "ruled out") {
		addFrom(0, first) // "a meteorite could not be ruled out"
	} else {
		// What the doubt's own sentence names: in "we are highly skeptical about it. How could
		// they identify a Jordanian warplane?" nothing (the next sentence of the quote gives
		// grounds, a capitalised word after a full stop; not the "9" of "4.9 percent"); where
		// it names something, the grounds after it say more of it ("zero evidence that any vote
		// was switched. The machines were tested").
		end := last + 1
		for end < len(toks) && !(toks[end].sentStart && capitalized(toks[end].text)) {
			end++
		}
		addFrom(last+1, end)
		if len(sortedSet(doubted)) >= 2 {
			addFrom(end, len(toks))
		}
	}
	doubted = sortedSet(doubted)
	if len(doubted) < 2 || pointsAtAccount(words[last+1:]) {
		doubted = lede
		if slices.ContainsFunc(words[:first], func(w string) bool { return accountRefs[w] }) {
			doubted = nil // "the coast guard's account raises serious questions": that account's
		}
	}
	return p, doubted
}

// doubtAbout are the prepositions between a doubt and what it is about: "doubts about her".
var doubtAbout = setOf(strings.Fields("about over on of regarding concerning"))

// personObjects are the pronouns for a person a doubt may be about: "doubts about her strength".
var personObjects = setOf(strings.Fields("her him his"))

// doubteeOf returns whom the doubt of words (toks their tokens) is about, when a preposition
// after it names a person: a pronoun ("sow doubts about her strength") or a capitalised name
// ("doubts about Clinton's record"); "" otherwise.
func doubteeOf(toks []token, words []string) string {
	_, _, last := doubtOf(words)
	if last < 0 || last+2 >= len(words) || toks[last].punctAfter || !doubtAbout[words[last+1]] {
		return ""
	}
	k := last + 2
	if personObjects[words[k]] {
		return words[k]
	}
	if !capitalized(toks[k].key) || stopwords[words[k]] || isTitle(toks[k]) || determiners[words[k]] {
		return ""
	}
	for k+1 < len(toks) && !toks[k].poss && !toks[k].punctAfter && capitalized(toks[k+1].key) {
		k++
	}
	return toks[k].key
}

// bearsOn reports whether doubt d may answer statement o: a doubt about a person or a side
// bears on his own statements only (the speaker's or his side's name ends in the name); a
// pronoun's person is not known, so it bears on none.
func bearsOn(d, o *stmt) bool {
	switch p := d.f.doubtee; {
	case p == "":
		return true
	case personObjects[p]:
		return false
	default:
		return lastWord(o.actor) == p || lastWord(o.side) == p || lastWord(o.principal) == p
	}
}

// accountRefs name what someone said or supposed rather than say it: "skepticism about the
// claims of the North Korean regime" doubts what the regime claimed, not the regime.
var accountRefs = func() map[string]bool {
	m := setOf(strings.Fields("scenario scenarios theory theories information idea explanation possibility notion suggestion hypothesis"))
	for w := range accountWords {
		m[w] = true
	}
	return m
}()

// pointsAtAccount reports whether the words after a doubt start, past function words, with
// a word naming an account: "about the claims of", "that scenario".
func pointsAtAccount(words []string) bool {
	for _, w := range words {
		switch {
		case accountRefs[w]:
			return true
		case !stopwords[w]:
			return false
		}
	}
	return false
}

// leadOf reads a document's first sentence: the stems of its content words, which name the
// story (docVec), and what it doubts, when it leads with a doubt ("Experts have raised doubts
// about whether a loud boom ... were caused by a meteorite"): the proposition a later "So
// I'm very sceptical" of the article speaks of; when it doubts nothing, what its last report
// says ([leadAsserts]).
func leadOf(text string) (stems, doubted []string) {
	toks := tokenize(text, 0)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = lowerWord(t.key)
		if isContentWord(words[i]) {
			stems = append(stems, stem(t.key))
		}
	}
	p, doubted := doubtFacts(toks, words, 0, nil)
	if p == "" {
		doubted = leadAsserts(toks, words)
	}
	return sortedSet(stems), doubted
}

// leadAsserts returns what a first sentence that doubts nothing reports, for a later doubt
// that names nothing of its own ("So I'm very sceptical" under "Nicaragua's government said
// a loud boom was made by a small meteorite"): the content words of its last report, from
// its last reporting verb on, or before the comma that precedes the verb's source when
// nothing follows the verb ("A meteorite made the crater, officials said"); none when it
// reports none.
func leadAsserts(toks []token, words []string) []string {
	for i := len(words) - 1; i >= 0; i-- {
		if !relayWords[words[i]] && !ledeReports[words[i]] {
			continue
		}
		if out := assertedIn(toks, words, i+1, len(toks)); out != nil {
			return out
		}
		c := i - 1
		for c >= 0 && !toks[c].punctAfter {
			c--
		}
		return assertedIn(toks, words, 0, c+1)
	}
	return nil
}

// assertedIn returns the stems of the content words of toks from a to b, none hedged, or
// none when fewer than two.
func assertedIn(toks []token, words []string, a, b int) []string {
	var out []string
	for k := a; k < b; k++ {
		if isContentWord(words[k]) && !hedgeWords[words[k]] {
			out = append(out, stem(toks[k].key))
		}
	}
	out = sortedSet(out)
	if len(out) < 2 {
		return nil
	}
	return out
}

// ledeReports report an account in a first sentence, besides the words of saying
// (relayWords): "Nicaraguan officials announced that".
var ledeReports = setOf([]string{"announced", "announces", "believe", "believes", "insist", "insists", "claim", "claims", "claimed"})

// firmness returns the stems of the content words the statement asserts and those in the
// scope of a hedge, a negation or a doubt, which is everything after the first of them: "a
// committee determined it was a small meteorite that appears to have come off an asteroid"
// asserts the meteorite, not the asteroid. Read when first asked: few statements are.
func (s *stmt) firmness() (firm, hedged []string) {
	f := &s.f
	if f.firmRead {
		return f.firm, f.hedged
	}
	f.firmRead = true
	scoped := false
	for _, t := range tokenize(s.claim.Content.Text, 0) {
		w := lowerWord(t.key)
		if hedgeWords[w] || negWords[w] || strings.HasSuffix(w, "n't") || doubtWords[w] {
			scoped = true
		}
		if !isContentWord(w) {
			continue
		}
		if scoped {
			f.hedged = append(f.hedged, stem(t.key))
		} else {
			f.firm = append(f.firm, stem(t.key))
		}
	}
	f.firm, f.hedged = sortedSet(f.firm), sortedSet(f.hedged)
	return f.firm, f.hedged
}

// doubtWords are the doubt phrases of one word.
var doubtWords = func() map[string]bool {
	m := map[string]bool{}
	for _, p := range doubtPhrases {
		if len(p) == 1 {
			m[p[0]] = true
		}
	}
	return m
}()

func isContentWord(w string) bool {
	return !stopwords[w] && !edgeWords[w] && len(w) > 1 && !allDigits(w)
}

func sortedSet(s []string) []string {
	sort.Strings(s)
	return slices.Compact(s)
}

// asserts reports whether statement s firmly asserts the proposition doubted (stems): it
// says two of its words and at least two in five (one in four of a proposition the doubt
// took from its article's first sentence, lede, which sets the scene in more words: "a
// loud boom and a gaping crater found in Nicaragua's crowded capital Managua this weekend
// were caused by a meteorite"), none of them hedged, negated or doubted, and it is itself
// neither a doubt, a denial, a question nor a request ("asked Sullivan to send her a
// document on an unsecured network" asserts no document was sent). It returns the words it
// asserts.
func asserts(s *stmt, doubted []string, lede bool) ([]string, bool) {
	f := &s.f
	if f.doubt != "" || f.deny || f.question || len(doubted) == 0 || directive(s) {
		return nil, false
	}
	firm, hedged := s.firmness()
	var said []string
	for _, t := range doubted {
		if has(hedged, t) && !has(firm, t) {
			return nil, false // "appears to have been caused by a small meteorite"
		}
		if has(firm, t) {
			said = append(said, t)
		}
	}
	if len(said) < 2 || !lede && 5*len(said) < 2*len(doubted) || lede && 4*len(said) < len(doubted) {
		return nil, false
	}
	return said, true
}

// storySim is the least similarity of two documents (docSim) for a doubt in one to answer
// an assertion in the other, and for statements of the two to join an event by their own
// similarity: both must tell one story. Words of a doubt ("kidnapped by the Islamist
// militants") or of a denial ("targeting civilians") meet in many stories.
const storySim = 0.12

// sameStory reports whether documents d1 and d2 tell one story: they are one document, or
// similar enough (docSim at least storySim) and not naming only different people and places.
// Two reports of air strikes, one on a village in south Lebanon, one on Dnipro, share many
// words ("air", "strike", "civilians", "targeting") and no story.
func (a *analysis) sameStory(d1, d2 int) bool {
	if d1 == d2 {
		return true
	}
	k := [2]int{min(d1, d2), max(d1, d2)}
	same, ok := a.stories[k]
	if !ok {
		same = a.docSim(d1, d2) >= storySim && !a.otherNames(d1, d2)
		if a.stories == nil {
			a.stories = map[[2]int]bool{}
		}
		a.stories[k] = same
	}
	return same
}

// otherNames reports whether documents d1 and d2 both name someone or somewhere (a run of
// capitalised words, or a word written capitalised within a sentence) and share no name.
func (a *analysis) otherNames(d1, d2 int) bool {
	x, _ := a.docVec(d1)
	y, _ := a.docVec(d2)
	if !slices.ContainsFunc(x, a.isName) || !slices.ContainsFunc(y, a.isName) {
		return false
	}
	shared := false
	eachSharedNum(x, y, func(p, _ int) { shared = shared || a.isName(x[p]) })
	return !shared
}

// isName reports whether term t is a name: a run of capitalised words, or a word the
// statements write capitalised within a sentence other than a month's.
func (a *analysis) isName(t numTerm) bool {
	term := a.termAt[t.id]
	if strings.HasPrefix(term, "=") {
		return true
	}
	w := a.c.surfaceOf(term)
	_, month := monthNames[lowerWord(w)]
	return capitalized(w) && !month
}

// answers reports whether doubt d answers statement o: o firmly asserts what d doubts, in a
// document telling the same story, dated close. It returns the words o asserts.
func (a *analysis) answers(d, o *stmt) ([]string, bool) {
	if d.f.doubt == "" || far(d.claim.Date, o.claim.Date) || !bearsOn(d, o) {
		return nil, false
	}
	said, ok := asserts(o, d.f.doubted, fromLede(d))
	if !ok || !a.sameStory(d.doc, o.doc) {
		return nil, false
	}
	return said, true
}

// fromLede reports whether what doubt d doubts was taken from its article's first sentence
// ([doubtFacts]): fewer than two of its words are d's own ("So I'm very sceptical").
func fromLede(d *stmt) bool {
	n := 0
	for _, t := range d.f.doubted {
		if has(d.f.content, t) {
			n++
		}
	}
	return n < 2
}

// doubtConflict judges statements i and j of sides side[i] and side[j]: one doubts what the
// other firmly asserts.
func (a *analysis) doubtConflict(i, j int, side map[int]string) (conflict, bool) {
	if !a.doubting[i] && !a.doubting[j] {
		return conflict{}, false // neither doubts: the pairs of a large event ask often
	}
	for _, p := range [2][2]int{{i, j}, {j, i}} {
		d, o := a.stmts[p[0]], a.stmts[p[1]]
		said, ok := a.answers(d, o)
		if !ok {
			continue
		}
		// The words asserted, as the assertion writes them and in its order.
		var about []string
		for _, t := range tokenize(o.claim.Content.Text, 0) {
			if st := stem(t.key); has(said, st) && len(about) < 5 && !contains(about, t.text) {
				about = append(about, t.text)
				said = slices.DeleteFunc(said, func(x string) bool { return x == st })
			}
		}
		return conflict{
			typ: ImplicitDoubt, conf: confDoubt,
			from: side[p[0]], to: side[p[1]],
			trigger:     d.f.doubt,
			explanation: fmt.Sprintf("%s says %q of what %s asserts (%s)", who(d, side[p[0]]), d.f.doubt, described(side[p[1]]), strings.Join(about, " ")),
			stmts:       []int{p[1], p[0]},
		}, true
	}
	return conflict{}, false
}

// docVector is a document's term vector ([analysis.docVec]): its terms by number, ascending,
// with their weights, and its norm.
type docVector struct {
	terms []numTerm
	norm  float64
	done  bool
}

// docScratch holds what [analysis.docVec] reuses from one document to the next: the weights
// by term number, the document (plus one) each was last added for, and the numbers added.
type docScratch struct {
	w   []float64
	of  []int32
	ids []int32
}

// docVec returns the term vector of document doc: the terms of its statements and the words
// of its first sentence, each with the sum of its idf-weighted weights, by number (which is
// the terms' order, see [analysis.weigh]), and its norm. Computed when first asked.
func (a *analysis) docVec(doc int) ([]numTerm, float64) {
	if a.docs == nil {
		a.docs = make([]docVector, len(a.leadIDs))
	}
	dv := &a.docs[doc]
	if dv.done {
		return dv.terms, dv.norm
	}
	sc := &a.docScratch
	if sc.w == nil {
		sc.w = make([]float64, len(a.numIdf))
		sc.of = make([]int32, len(a.numIdf))
	}
	sc.ids = sc.ids[:0]
	add := func(id int32, x float64) {
		if sc.of[id] != int32(doc+1) {
			sc.of[id], sc.w[id] = int32(doc+1), 0
			sc.ids = append(sc.ids, id)
		}
		sc.w[id] += x
	}
	for _, i := range a.byDoc[doc] {
		for _, t := range a.numbered[i] {
			if !strings.HasPrefix(a.termAt[t.id], "@") {
				add(t.id, t.w*a.numIdf[t.id])
			}
		}
	}
	for _, id := range a.leadIDs[doc] {
		add(id, contentWeight*a.numIdf[id])
	}
	slices.Sort(sc.ids)
	v := make([]numTerm, len(sc.ids))
	for k, id := range sc.ids {
		v[k] = numTerm{id, sc.w[id]}
	}
	sum := 0.0
	for _, t := range v {
		sum += t.w * t.w
	}
	*dv = docVector{v, math.Sqrt(sum), true}
	return v, dv.norm
}

// docSim is the cosine of two documents' term vectors: how far they tell one story.
func (a *analysis) docSim(d1, d2 int) float64 {
	if d1 == d2 {
		return 1
	}
	x, nx := a.docVec(d1)
	y, ny := a.docVec(d2)
	if nx == 0 || ny == 0 {
		return 0
	}
	dot := 0.0
	eachSharedNum(x, y, func(p, q int) { dot += x[p].w * y[q].w })
	return dot / (nx * ny)
}

// eachSharedNum calls f with the indexes in x and in y of each term both hold; both are
// sorted by number.
func eachSharedNum(x, y []numTerm, f func(p, q int)) {
	for p, q := 0, 0; p < len(x) && q < len(y); {
		switch {
		case x[p].id < y[q].id:
			p++
		case x[p].id > y[q].id:
			q++
		default:
			f(p, q)
			p++
			q++
		}
	}
}

// maxDoubtPostings bounds the statements a doubted word is looked up in when a doubt is
// linked to the assertions it answers: a word of more statements says too little.
const maxDoubtPostings = 4 * maxPostings

// linkDoubts joins each doubt to the event of the firm assertion of another side that says
// most of what it doubts, dated close, found through the index of the doubted words. A doubt
// is linked once, and only while the joined event stays under twice maxEvent: the link
// answers one proposition, it does not chain events.
func (a *analysis) linkDoubts(postings map[string][]int, join func(i, j int) bool) {
	count := map[int]int{}
	var cands []int
	for i, d := range a.stmts {
		if d.f.doubt == "" || d.side == "" {
			continue
		}
		clear(count)
		cands = cands[:0]
		for _, t := range d.f.doubted {
			p := postings[t]
			if len(p) > maxDoubtPostings {
				continue
			}
			for _, j := range p {
				if count[j] == 0 {
					cands = append(cands, j)
				}
				count[j]++
			}
		}
		// Most doubted words shared first, then in corpus order; a word in many statements
		// does not find candidates but counts in the judgement (asserts).
		sort.Slice(cands, func(p, q int) bool {
			if count[cands[p]] != count[cands[q]] {
				return count[cands[p]] > count[cands[q]]
			}
			return cands[p] < cands[q]
		})
		for _, j := range cands {
			o := a.stmts[j]
			if o.side == "" || o.side == d.side {
				continue
			}
			if _, ok := a.answers(d, o); ok && join(i, j) {
				break
			}
		}
	}
}
