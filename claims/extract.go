package claims

import (
	"slices"
	"strings"
	"sync"
)

// syntax is how a cue word takes its source and content; see lexicon/cues.txt.
type syntax uint8

const (
	synVerb    syntax = iota // SOURCE said [that] CONTENT; CONTENT, SOURCE said
	synPart                  // ..., adding that CONTENT
	synNoun                  // SOURCE's claim that CONTENT
	synAdverb                // reportedly CONTENT
	synPassive               // it is believed that CONTENT; X is believed to CONTENT
	synObject                // SOURCE rejected CONTENT
	synSeem                  // X seems to CONTENT; it appears that CONTENT
)

type cueSense struct {
	class CueClass
	syn   syntax
}

var (
	cueLex           = loadCues()
	functionWordsSet = wordSetOf(lexicon("function-words.txt"))
	skipBeforeCueSet = wordSetOf(lexicon("skip-before-cue.txt"))
	npGlueSet        = wordSetOf(lexicon("speaker-words.txt"))
	titleWordsSet    = wordSetOf(lexicon("titles.txt"))
	orgWordsSet      = wordSetOf(lexicon("org-words.txt"))
	pronounKind      = loadPairs("pronouns.txt")
	denyPhrases      = loadPhrases("deny-phrases.txt")

	genderWords, givenNames = loadGenders()
)

func loadCues() map[string][]cueSense {
	syn := map[string]syntax{"verb": synVerb, "part": synPart, "noun": synNoun, "adverb": synAdverb, "passive": synPassive, "object": synObject, "seem": synSeem}
	m := make(map[string][]cueSense)
	for _, line := range lexicon("cues.txt") {
		f := strings.Fields(line)
		if len(f) != 3 {
			panic("claims: bad line in lexicon/cues.txt: " + line)
		}
		c, err := ParseCueClass(f[1])
		s, ok := syn[f[2]]
		if err != nil || !ok {
			panic("claims: bad line in lexicon/cues.txt: " + line)
		}
		m[f[0]] = append(m[f[0]], cueSense{c, s})
	}
	return m
}

// wordFilter answers "surely not in the set" for most words without hashing them: a bit for
// each (length, first letter, last letter) of the set's ASCII words.
type wordFilter [16][26]uint32

var cueFilter = newWordFilter(cueLex)

// cueWords and cueSenseTable are cueLex as cueSensesOf asks it: the cue words in a wordSet,
// and their senses by the words' slots.
var cueWords, cueSenseTable = func() (*wordSet, [][]cueSense) {
	words := make([]string, 0, len(cueLex))
	for w := range cueLex {
		words = append(words, w)
	}
	s := wordSetOf(words)
	senses := make([][]cueSense, len(s.slots))
	for w, ss := range cueLex {
		senses[s.slotOf(w)] = ss
	}
	return s, senses
}()

// cueSensesOf returns the senses of cue word w, as cueLex[w] does in several times the steps.
func cueSensesOf(w string) []cueSense {
	if i := cueWords.slotOf(w); i >= 0 {
		return cueSenseTable[i]
	}
	return nil
}

var phrasalFilter = newWordFilter(phrasalCues)

// phrasalOf returns the phrasal cue that opens with w, asking the filter first.
func phrasalOf(w string) (phrasal, bool) {
	if !phrasalFilter.mayHold(w) {
		return phrasal{}, false
	}
	ph, ok := phrasalCues[w]
	return ph, ok
}

func newWordFilter[V any](m map[string]V) *wordFilter {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	return wordFilterOf(words)
}

// wordFilterOf makes the filter of words; each must have a filterKey.
func wordFilterOf(words []string) *wordFilter {
	f := new(wordFilter)
	for _, w := range words {
		if i, j, b, ok := filterKey(w); ok {
			f[i][j] |= b
		} else {
			panic("claims: a word outside the filter: " + w) // a build defect, not input
		}
	}
	return f
}

func filterKey(w string) (int, int, uint32, bool) {
	if len(w) == 0 || len(w) >= 16 || w[0] < 'a' || w[0] > 'z' || w[len(w)-1] < 'a' || w[len(w)-1] > 'z' {
		return 0, 0, 0, false
	}
	return len(w), int(w[0] - 'a'), 1 << (w[len(w)-1] - 'a'), true
}

// mayHold reports whether w may be in the set; false means it surely is not. It asks what
// filterKey does in fewer steps (a byte below 'a' wraps past 25), so as to be inlined: it
// runs for nearly every word of a text, several times.
func (f *wordFilter) mayHold(w string) bool {
	n := len(w)
	if n == 0 || n >= 16 {
		return false
	}
	a, z := w[0]-'a', w[n-1]-'a'
	return a < 26 && z < 26 && f[n][a]&(1<<z) != 0
}

func loadPairs(name string) map[string]string {
	m := make(map[string]string)
	for _, line := range lexicon(name) {
		f := strings.Fields(line)
		if len(f) == 2 {
			m[f[0]] = f[1]
		}
	}
	return m
}

// loadGenders reads gender.txt: the gender ('f' or 'm') of the words for people that tell
// one, and of the given names.
func loadGenders() (words, names map[string]byte) {
	words, names = map[string]byte{}, map[string]byte{}
	for _, line := range lexicon("gender.txt") {
		f := strings.Fields(line)
		switch {
		case len(f) == 2:
			words[f[0]] = f[1][0]
		case len(f) == 3 && f[2] == "name":
			names[f[0]] = f[1][0]
		}
	}
	return words, names
}

// draft is a claim being built, in token indices.
type draft struct {
	src     rng // src.a < 0 when there is no source
	cue     rng
	content []rng
	class   CueClass
	kind    Kind
	inherit int // index of the draft whose source this one shares, or -1
}

// rng is a half-open range of token indices.
type rng struct{ a, b int }

func (r rng) empty() bool { return r.a < 0 || r.b <= r.a }

var noRng = rng{-1, -1}

// extractor holds the state of one Extract call.
type extractor struct {
	text    string
	toks    []token
	quotes  []quote
	openAt  []int32 // token index of an opening mark -> quote index, -1 elsewhere
	closeAt []int32 // token index of a closing mark -> quote index, -1 elsewhere
	// starts holds a bit a token, set when the token starts a sentence (isSentenceStart).
	starts  []uint64
	sents   []rng // sentences in token indices
	drafts  []draft
	used    []bool // cue tokens already claimed
	inQuote []bool // token lies inside a double-quoted passage
	// paraStarts[k] is the first token of the line that holds token k (paragraphStart).
	paraStarts []int32
	// openParens[k] is the "(" left open before token k in its paragraph, or -1
	// (openParenBefore).
	openParens []int32
	lower      map[string]bool // whether words are written in lower case in the text (commonWord)
	lowerWalks int             // how many words commonWord found by walking the tokens
	classes    []wordClass     // each token's word lists, looked up when first asked; made when first needed (is)
	posts      []Span          // the embedded posts, <tweet ...>...</tweet>; found when first asked (inEmbeddedPost)
	postsFound bool
	names      names // how the capitalised words are written, for personName; built when often needed (nameIndex)
	nameWalks  int   // how many times personName walked the tokens instead
	// businesses maps a word to the tokens that start a business's full name with it; made
	// when first asked (businessStartBefore).
	businesses      map[string][]int32
	businessesFound bool
	// surnames maps a surname asked about to the text's full names that end in it, in
	// order (fullNamesBefore); lastEnd and prevEnd chain the ends of runs of capitalised
	// words (indexNameEnds). All made when first asked.
	surnames map[string][]fullName
	lastEnd  map[string]int32
	prevEnd  []int32
	// runEnds holds the ends of runs of capitalised words, in order, found when first asked
	// (nameRunEnds).
	runEnds      []int32
	runEndsFound bool
	// midCaps counts the words written with a capital in the middle of a line
	// (namedElsewhere), built when first asked: a text of many speakers' labels asks often.
	midCaps map[string]int32
	// mixedSurnames tells of each surname asked about whether the text names a woman and a
	// man in full with it (bothGenders).
	mixedSurnames map[string]bool
	// firstNames holds the first full name the text writes with each surname asked about
	// (firstFullName).
	firstNames map[string]fullName
}

// Extract returns the attributed statements of doc in offset order. It never fails: any text
// gives a (possibly empty) list, and every span lies inside doc.Text.
func Extract(doc *Document) []Claim {
	if doc == nil || doc.Body < 0 || doc.Body >= len(doc.Text) {
		return nil
	}
	x := &extractor{text: doc.Text}
	x.toks = tokenize(doc.Text, doc.Body, len(doc.Text), getTokens((len(doc.Text)-doc.Body)/5+16))
	defer putTokens(x.toks)
	if dl := doc.Dateline; dl.Start >= doc.Body && dl.End > dl.Start {
		x.toks = dropSpan(x.toks, dl)
	}
	x.toks = x.dropSlug(x.toks)
	if len(x.toks) == 0 {
		return nil
	}
	x.quotes = findQuotes(x.toks)
	x.openAt = make([]int32, len(x.toks))
	x.closeAt = make([]int32, len(x.toks))
	for i := range x.openAt {
		x.openAt[i], x.closeAt[i] = -1, -1
	}
	for i, q := range x.quotes {
		x.openAt[q.open] = int32(i)
		x.closeAt[q.close] = int32(i)
	}
	x.used = make([]bool, len(x.toks))
	x.inQuote = make([]bool, len(x.toks))
	for _, q := range x.quotes {
		if !q.single {
			for k := q.open; k <= q.close; k++ {
				x.inQuote[k] = true
			}
		}
	}
	x.splitSentences(doc.Body)
	for si := range x.sents {
		x.sentence(si)
	}
	x.tweetSignatures()
	x.orphanQuotes()
	return x.claims(doc)
}

// tokenBufs keeps token buffers between calls of Extract, all cleared: a text's tokens take
// eight times its size, and a new buffer for each text, allocated by the runtime and then
// collected, was half of Extract's allocations (about 3% of its time).
var tokenBufs sync.Pool

// getTokens returns an empty token buffer with room for at least n tokens.
func getTokens(n int) []token {
	if p, ok := tokenBufs.Get().(*[]token); ok && cap(*p) >= n {
		return (*p)[:0]
	}
	return make([]token, 0, n)
}

// putTokens clears toks, as tokenize returned them, so that the buffer keeps no text alive,
// and gives the buffer back for another text. (Past the tokens it is still clear; and the
// claims hold none of it: their strings are the text's.)
func putTokens(toks []token) {
	clear(toks)
	toks = toks[:0]
	tokenBufs.Put(&toks)
}

// dropSlug removes a wire service's slug that opens the headline, a word in capitals (and a
// number) joined to the headline's first word by a hyphen: "UPDATE 2-Boeing says ...",
// "EXCLUSIVE-Apple plans ...", "RPT-...". It names no speaker.
func (x *extractor) dropSlug(toks []token) []token {
	if len(toks) < 2 || toks[0].kind != tWord {
		return toks
	}
	k := 0
	if wireSlugs.has(toks[0].low) && x.isAllUpper(toks[0]) && toks[1].kind == tWord && isDigitByte(toks[1].low[0]) {
		k = 1 // "UPDATE 2-Boeing"
	}
	t := &toks[k]
	h := strings.IndexByte(t.low, '-')
	if h <= 0 || h+1 >= len(t.low) || k == 0 && (!wireSlugs.has(t.low[:h]) || !x.isAllUpper(token{Span: Span{t.Start, t.Start + h}})) || k == 1 && !isDigitByte(t.low[0]) {
		return toks
	}
	rest := x.text[t.Start+h+1 : t.End]
	if rest == "" || rest[0] < 'A' || rest[0] > 'Z' {
		return toks // a capital opens the headline after the hyphen
	}
	t.Start += h + 1
	t.low = t.low[h+1:]
	t.upper = true
	t.nl = toks[0].nl
	return toks[k:]
}

// topicHeads end the topic that labels a news headline before a colon: "Ukraine war: Kyiv
// says ...", "Gaza ceasefire talks: ...", "Election 2024: ...".
var topicHeads = wordSetOf([]string{"war", "crisis", "conflict", "election", "elections", "talks", "protests", "ceasefire", "summit", "trial", "hurricane", "earthquake", "pandemic", "outbreak", "shooting", "floods", "wildfires", "debate", "latest", "live", "explainer", "factbox"})

// wireSlugs open wire headlines before a hyphen: "EXCLUSIVE-", "RPT-", "FACTBOX-" (but
// "NATO-Russia talks" and "U.S.-China trade" keep their first word).
var wireSlugs = wordSetOf([]string{"update", "exclusive", "wrapup", "rpt", "corrected", "correction", "refile", "analysis", "insight", "factbox", "breakingviews", "preview", "explainer", "graphic", "brief", "timeline", "feature", "column", "interview", "poll", "urgent", "flash", "breaking", "live"})

// dropSpan removes the tokens that start inside sp (a dateline after the headline), in place;
// the line breaks before them go to the token after them, which opens the paragraph now.
func dropSpan(toks []token, sp Span) []token {
	out := toks[:0]
	var nl int32
	for _, t := range toks {
		if t.Start >= sp.Start && t.Start < sp.End {
			nl += t.nl
			continue
		}
		t.nl += nl
		nl = 0
		out = append(out, t)
	}
	return out
}

// splitSentences maps the sentences of the body onto token ranges.
func (x *extractor) splitSentences(body int) {
	spans := Sentences(x.text[body:])
	k := 0
	for _, s := range spans {
		start, end := s.Start+body, s.End+body
		for k < len(x.toks) && x.toks[k].Start < start {
			k++
		}
		a := k
		for k < len(x.toks) && x.toks[k].Start < end {
			k++
		}
		// A run of text with no sentence end (a dump, a list, a page of words) is cut into
		// pieces so that nothing reads more than maxSentence tokens at a time and extraction
		// stays linear: at a comma or semicolon near the end of a piece when there is one.
		for k-a > maxSentence {
			cut := a + maxSentence
			for p := cut; p > a+maxSentence/2; p-- {
				if w := x.toks[p-1].low; w == "," || w == ";" {
					cut = p
					break
				}
			}
			x.sents = append(x.sents, rng{a, cut})
			a = cut
		}
		if k > a {
			x.sents = append(x.sents, rng{a, k})
		}
	}
}

// maxSentence is the most tokens the extractor reads as one sentence; real sentences stay
// well below it (the longest of the 840 PolNeAR train articles has 223).
const maxSentence = 400

// word returns token k's lower-case form, "" outside the text. One unsigned comparison
// tests both ends: it is inlined at hundreds of places, millions of times a corpus.
func (x *extractor) word(k int) string {
	if uint(k) >= uint(len(x.toks)) {
		return ""
	}
	return x.toks[k].low
}

func (x *extractor) isWord(k int) bool {
	return uint(k) < uint(len(x.toks)) && x.toks[k].kind == tWord
}

// commentRequest reports whether a request or message for comment opens at k after a
// negated verb: "(did not return) a request for comment", "a message for comment". (PolNeAR
// marks "didn’t immediately return a request seeking comment" otherwise.)
func (x *extractor) commentRequest(k int) bool {
	if p := x.word(k - 2); p != "not" && p != "n't" && p != "n’t" && p != "never" && !(isLyAdverb(p) && (x.word(k-3) == "not" || x.word(k-3) == "n't" || x.word(k-3) == "n’t")) {
		return false
	}
	if w := x.word(k); w == "a" || w == "an" || w == "the" || w == "his" || w == "her" || w == "its" || w == "their" || w == "our" || w == "my" {
		k++
	}
	switch x.word(k) {
	case "request", "requests", "message", "messages":
	default:
		return false
	}
	return x.word(k+1) == "for" && x.word(k+2) == "comment"
}

// senses returns the cue senses of token k and the end of the cue (multi-word cues).
func (x *extractor) senses(k int) ([]cueSense, int) {
	if uint(k) >= uint(len(x.toks)) || x.toks[k].kind != tWord {
		return nil, k // a mark is no cue: none of the tests below holds for one
	}
	w := x.word(k)
	// The first letter first: these run for every word of every sentence.
	if w != "" && w[0] == 'm' && maintainForms.has(w) && keptThings.has(x.word(k+1)) {
		return nil, k // "Clinton maintains a wide lead", "has maintained his silence": kept, not said
	}
	if w != "" && w[0] == 's' && seekForms.has(w) && x.officeAfter(k+1) {
		return nil, k // "who is seeking reelection", "Republicans seeking the White House": a run for office
	}
	switch w {
	case "tell":
		// A cue only as a present tense after its subject: "Sources tell CNN the deal is
		// done", "U.S. officials tell the Associated Press that ...", not "could tell you the
		// real story", "and tell him", "Tell me"; so not in the lexicon, where it would read
		// as a cue everywhere.
		if x.tellCue(k) {
			return []cueSense{{CueAssert, synVerb}}, k + 1
		}
		return nil, k
	case "according":
		if x.word(k+1) == "to" {
			return []cueSense{{CueReport, synVerb}}, k + 2
		}
		return nil, k
	case "made", "make", "makes", "making":
		if x.word(k+1) == "it" && x.word(k+2) == "clear" {
			return []cueSense{{CueAssert, synVerb}}, k + 3
		}
		if x.word(k+1) == "clear" {
			return []cueSense{{CueAssert, synVerb}}, k + 2
		}
		return nil, k
	case "went", "goes", "go", "going":
		if x.word(k+1) == "on" && x.word(k+2) == "to" && (x.word(k+3) == "say" || x.word(k+3) == "tell" || x.word(k+3) == "add") {
			return []cueSense{{CueAssert, synVerb}}, k + 4
		}
		return nil, k
	case "continued", "continues", "answered", "answers":
		// A cue only when it goes on speaking: "he continued: “...”", "“...,” he
		// continued.", "“Denver,” he answered.", not "continues to grow", "continued his
		// attacks", "answered questions"; so not in the lexicon, where it would read as a
		// cue everywhere.
		if n := x.word(k + 1); (x.isOpenQuote(k+1) || x.isCloseQuote(k+1) || n == ":" || n == "," || n == "." || n == "that") && !x.toks[k].upper {
			return []cueSense{{CueAssert, synVerb}}, k + 1
		}
		return nil, k
	case "cast", "casts":
		// "Cruz cast himself as an outsider", "aides cast her victory as a sign that ...":
		// to cast someone as something is to present them so, a cue whose content is the
		// object and what it is cast as; not "cast ballots", "cast doubt on", "the cast".
		if x.castAs(k) && !x.toks[k].upper {
			return []cueSense{{CueAssert, synObject}}, k + 1
		}
		return nil, k
	case "is", "are", "was", "were", "been", "be", "am", "'s", "’s", "'re", "’re", "'m", "’m", "remain", "remains", "remained":
		// "Republicans have been critical of Clinton’s emails", "voters are deeply worried
		// about the economy": a be-form (or "remain"), adverbs and an adjective of stance
		// with its preposition state what the subject thinks of the object, PolNeAR's cue
		// from the be-form to the preposition; "his donors remain confident that ...": an
		// adjective of belief before "that" states what the subject holds true.
		if e, syn := x.stanceAdjective(k); e > k {
			return []cueSense{{CueBelieve, syn}}, e
		}
		return nil, k
	case "known":
		// "Ginsburg is known for her liberal bent", "Allergan is best known for making
		// Botox": a reputation without its holders, which PolNeAR marks as a passive of
		// accusing is marked, the subject with what it is known for the content.
		p := k - 1
		for p > k-3 && (reputeAdverbs.has(x.word(p)) || isLyAdverb(x.word(p))) {
			p--
		}
		if x.word(k+1) == "for" && !x.toks[k].upper && beFormsSet.has(x.word(p)) {
			return []cueSense{{CueClaim, synObject}}, k + 1
		}
		return nil, k
	case "return", "returned":
		// "did not return a request for comment": PolNeAR marks it as "did not respond to a
		// request for comment" is marked, the request the content; but not "did not return
		// calls and emails seeking comment", nor any other return.
		if x.commentRequest(k+1) && !x.toks[k].upper {
			return []cueSense{{CueAssert, synVerb}}, k + 1
		}
		return nil, k
	case "show":
		// "polls show", "records show": a cue only after a plural of evidence; otherwise
		// mostly a noun ("a talk show host") or "show up", so not in the lexicon.
		if (evidenceNouns.has(x.word(k-1)) || x.evidenceBefore(k)) && !x.toks[k].upper {
			return []cueSense{{CueReport, synVerb}}, k + 1
		}
		return nil, k
	}
	if ph, ok := phrasalOf(w); ok {
		if (w == "point" || w == "points" || w == "talk" || w == "talks") && k > 0 && x.phrasalNoun(k) {
			return nil, k // "lots of talk about", "12 percentage points to 8", "at this point to"
		}
		// "spoke highly of", "talked glowingly about": an adverb in -ly may come between
		// the verb and its particle, and PolNeAR's cue holds all three.
		e := k + 1
		if isLyAdverb(x.word(e)) && !x.toks[e].upper {
			e++
		} else if weekdaysSet.has(x.word(e)) || x.word(e) == "again" && !x.toks[e].upper {
			e++ // "called Wednesday for Ginsburg to resign", "called again for": a time, in the cue as PolNeAR marks it
		}
		for _, p := range ph.particles {
			if e+len(p) <= len(x.toks) && x.wordsAre(e, p) {
				if strings.HasSuffix(w, "ing") {
					return []cueSense{{CueAssert, synPart}}, e + len(p)
				}
				return []cueSense{{CueAssert, synVerb}}, e + len(p)
			}
		}
		if !ph.alone {
			return nil, k
		}
	}
	if k > 0 && x.toks[k-1].low == "to" && x.toks[k].kind == tWord && !x.toks[k].upper && x.goOnBefore(k) >= 0 && len(cueSensesOf(w)) == 0 {
		// "continued to refute", "went on to promote": the base form of a cue verb that the
		// lexicon lists only inflected.
		if sn, ok := baseCue(w); ok {
			return []cueSense{sn}, k + 1
		}
	}
	if x.toks[k].kind != tWord || !cueFilter.mayHold(w) {
		return nil, k
	}
	s := cueSensesOf(w) // once: the filter lets many words through
	// A capital marks a name or a title, not a cue, except at a sentence's start for an
	// adverb, "said", "asked" and a participle opening a clause ("Noting that ..., Trump").
	if x.toks[k].upper && !((hasSyn(s, synAdverb) || hasSyn(s, synPart) || w == "asked" || w == "said" || w == "says") && x.isSentenceStart(k)) && !((hasSyn(s, synVerb) || hasSyn(s, synObject)) && x.inTitle(k)) {
		return nil, k
	}
	return s, k + 1
}

// claimDeterminers are the words before a noun that no verb follows: articles and
// quantifiers, and the demonstratives but "that", which may be a relative pronoun ("footage
// that claims to show").
var claimDeterminers = wordSetOf([]string{"the", "a", "an", "this", "these", "those", "another", "such", "any", "every", "each", "no"})

// determinedClaim reports whether the cue is "claim" or "claims" right after a determiner,
// and so the noun: "The claims are nonsense", "this claim that you can float is ...",
// "made another claim: ...". PolNeAR marks no such claim without its maker, whom the
// noun's own sense finds ("a claim by X that"). Two are left to the verb's reading: a
// contact relative after the noun names its maker ("a tweet pushing a claim Clinton made"),
// and an article and "that" make a claim of no one ("The claim that the bridge was unsafe
// surprised ...").
func (x *extractor) determinedClaim(cue rng) bool {
	if w := x.word(cue.a); cue.b != cue.a+1 || w != "claim" && w != "claims" || cue.a == 0 || cue.b >= len(x.toks) {
		return false
	}
	n, p := x.toks[cue.b], x.toks[cue.a-1].low
	if n.kind == tWord && (n.upper || subjectPronounsSet.has(n.low) || n.low == "that" && isDeterminer(p)) {
		return false
	}
	return claimDeterminers.has(p) && x.isWord(cue.a-1)
}

// castAs reports whether the verb at k takes an object and then "as": "cast the nomination
// battle as a two-man race". The object is a short noun phrase without punctuation.
func (x *extractor) castAs(k int) bool {
	for p := k + 1; p < len(x.toks) && p <= k+7; p++ {
		if !x.isWord(p) {
			return false
		}
		if x.word(p) == "as" {
			return p > k+1
		}
	}
	return false
}

// stanceAdjectives are adjectives of a stance toward something, with the prepositions that
// name it: "critical of", "worried about", "skeptical of" or "about". Not "open to" or
// "committed to", mostly before an infinitive or of things, nor "aware of", a knowing.
var stanceAdjectives = map[string][]string{
	"critical": {"of"}, "skeptical": {"of", "about"}, "sceptical": {"of", "about"},
	"concerned": {"about", "with"}, "worried": {"about"}, "wary": {"of"}, "leery": {"of", "about"},
	"supportive": {"of"}, "proud": {"of"}, "enamored": {"of", "with"}, "fond": {"of"},
	"angry": {"at", "about", "with"}, "upset": {"by", "with", "about"}, "nervous": {"about"},
	"hopeful": {"about"}, "optimistic": {"about"}, "pessimistic": {"about"}, "upbeat": {"about"},
	"pleased": {"with", "by"}, "unhappy": {"with", "about"}, "frustrated": {"with", "by"},
	"tired": {"of"}, "sick": {"of"}, "thrilled": {"with", "by"}, "troubled": {"by"},
	"impressed": {"by", "with"}, "hostile": {"to"}, "sympathetic": {"to"}, "loyal": {"to"},
	"dismissive": {"of"}, "disappointed": {"in", "by", "with"}, "excited": {"about"},
	"enthusiastic": {"about"}, "suspicious": {"of"}, "furious": {"at", "with", "about"},
	"outraged": {"by", "at"}, "vocal": {"about"},
	// Ease, confidence and division are stances too: "would be far more comfortable with
	// Trump", "are less confident in Mrs. Clinton", "Republicans are divided over the wall".
	"comfortable": {"with"}, "uncomfortable": {"with"}, "confident": {"in", "about", "of"}, "divided": {"on", "over"},
	"split": {"on", "over"}, "uneasy": {"about"}, "undecided": {"about"}, "terrified": {"of"},
}

// thatAdjectives are adjectives of belief or feeling that take a clause with "that": "his
// donors remain confident that he will win", "loyalists were adamant that he has no plans".
var thatAdjectives = wordSetOf([]string{"confident", "convinced", "sure", "certain", "worried", "concerned", "hopeful", "optimistic", "pessimistic", "skeptical", "sceptical", "aware", "unaware", "adamant", "afraid", "fearful", "doubtful", "upset", "angry", "disappointed", "surprised", "shocked", "pleased", "glad", "proud", "nervous", "satisfied", "insistent"})

// stanceAdjective returns the end of a stance cue opened by the be-form at k and its syntax:
// up to three adverbs ("not", "so", "deeply", "also"), then an adjective of stanceAdjectives
// and one of its prepositions, whose object is the content ("is deeply skeptical of"), or an
// adjective of thatAdjectives before "that", whose clause is ("are optimistic that"); else k.
func (x *extractor) stanceAdjective(k int) (int, syntax) {
	p := k + 1
	for n := 0; n < 3 && x.isWord(p) && (isLyAdverb(x.word(p)) || stanceAdverbs.has(x.word(p))); n++ {
		p++
	}
	w := x.word(p)
	if p >= len(x.toks) || x.toks[p].upper || !x.isWord(p+1) {
		return k, synObject // "... and so they are": the text ends
	}
	if x.word(p+1) == "that" && thatAdjectives.has(w) {
		return p + 1, synVerb
	}
	for _, pr := range stanceAdjectives[w] {
		if x.word(p+1) == pr {
			return p + 2, synObject
		}
	}
	return k, synObject
}

// stanceAdverbs may stand between a be-form and an adjective of stance.
var stanceAdverbs = wordSetOf([]string{"not", "n't", "so", "very", "more", "less", "also", "too", "still", "both", "all", "most", "quite", "far", "as", "even", "already", "now", "never", "always"})

// seekForms are the forms of "seek", a cue of what someone wants ("seeking to overturn the
// rule") but not when the object is an office that a candidate runs for.
var seekForms = wordSetOf([]string{"seek", "seeks", "sought", "seeking"})

// officeNouns are offices and contests that candidates seek: "the nomination", "a fifth term".
var officeNouns = wordSetOf([]string{"nomination", "presidency", "reelection", "re-election", "office", "term", "seat", "governorship", "mayoralty", "candidacy"})

// officeAfter reports whether an office that candidates run for opens at k, after at most a
// determiner and two modifiers: "reelection", "the Democratic nomination", "a fifth term",
// "the White House".
func (x *extractor) officeAfter(k int) bool {
	if keptThings.has(x.word(k)) {
		k++
	}
	for n := 0; n < 3 && x.isWord(k); n, k = n+1, k+1 {
		if w := x.word(k); officeNouns.has(w) || w == "white" && x.word(k+1) == "house" {
			return true
		}
	}
	return false
}

// maintainForms are the forms of "maintain", a cue when it holds a claim ("has long
// maintained that she complied") but not a thing: then an article or a possessive follows.
var maintainForms = wordSetOf([]string{"maintain", "maintains", "maintained", "maintaining"})

// keptThings are the words that open a noun phrase kept rather than a clause maintained: "a
// large lead", "his silence", "their battle", "some clout": nounDeterminerWords and "some",
// not the demonstratives ("maintained that ..." opens a clause).
var keptThings = wordSetOf(slices.Concat(nounDeterminerWords, []string{"some"}))

// evidenceBefore reports whether "show" at k follows a plural of evidence with its modifier:
// "FEC records from the 2008 cycle show", "Polls in New Hampshire show", "the figures released
// Monday show", "Polls there show". The modifier opens with a preposition, "there" or a
// participle and holds no auxiliary or cue; not "the polls on the show", nor "polls that
// show", whose speaker is the relative's.
func (x *extractor) evidenceBefore(k int) bool {
	if w := x.word(k - 1); !x.isWord(k-1) || isDeterminer(w) || prepositionsSet.has(w) {
		return false
	}
	for j := k - 1; j >= 0 && j > k-14; j-- {
		w := x.word(j)
		if w == "." || w == ";" || w == ":" || x.toks[j].kind == tQuote {
			return false
		}
		if evidenceNouns.has(w) && j < k-1 {
			n := x.word(j + 1)
			return prepositionsSet.has(n) || n == "there" || strings.HasSuffix(n, "ed") && !x.toks[j+1].upper
		}
		if j < k-1 && (len(cueSensesOf(w)) > 0 || auxiliariesSet.has(w) || beFormsSet.has(w)) {
			return false // "polls have shown", "the polls he cited show"
		}
	}
	return false
}

// inTitle reports whether token k lies in a headline written in title case ("Trump Says
// His Plan Will Work"), where a capitalised "Says" is still a verb.
func (x *extractor) inTitle(k int) bool {
	s := x.sentOf(k)
	words, upper := 0, 0
	for j := s.a; j < s.b; j++ {
		if x.toks[j].kind == tWord {
			if w := x.word(j); !x.toks[j].upper && (x.is(j, cPreposition) || isDeterminer(w) || headlineLinks.has(w) || w == "and") {
				continue // title case leaves the small words low: "Calls for Inquiry after Report"
			}
			words++
			if x.toks[j].upper {
				upper++
			}
		}
	}
	return words >= 4 && upper*10 >= words*8 && k > s.a
}

// sentence finds the claims whose cue lies in sentence si.
func (x *extractor) sentence(si int) {
	s := x.sents[si]
	if x.editorsNote(s) {
		return
	}
	if x.speakerLabel(s) {
		return
	}
	for k := s.a; k < s.b; k++ {
		if x.used[k] || x.inQuote[k] {
			continue
		}
		if x.construction(s, k) {
			continue
		}
		senses, end := x.senses(k)
		if len(senses) == 0 {
			continue
		}
		cue := rng{k, end}
		if x.word(k) == "according" {
			if x.accordingTo(s, cue) {
				k = end - 1
			}
			continue
		}
		if askForms.has(x.word(k)) && x.asked(s, cue) {
			continue
		}
		if beFormsSet.has(x.word(x.skipBack(s, k))) && hasSyn(senses, synPart) {
			senses = []cueSense{{senses[0].class, synVerb}}
		}
		for _, sn := range senses {
			if x.try(s, cue, sn) {
				k = end - 1
				break
			}
		}
	}
	x.headlineSigned(s)
}

// construction reports whether token k opens a construction that its own rule has read as a
// claim, or as none: "as X put it", "in a poll", "to X's mind", "in X's view", "evidence
// showing", "made a speech", "put the cost at", "drew criticism". One switch on the word:
// comparing it with each in turn cost more, for every word of every sentence.
func (x *extractor) construction(s rng, k int) bool {
	w := x.toks[k].low
	switch w {
	case "as":
		return x.asPutIt(s, k)
	case "in":
		return x.inPoll(s, k) || x.inView(s, k)
	case "to":
		return x.viewpoint(s, k)
	case "showing":
		return x.evidenceShowing(s, k)
	case "criticism":
		return x.drewCriticism(s, k)
	case "":
		return false
	}
	// The first letter first: a map lookup for every word of every sentence cost 6% of
	// extracting.
	switch w[0] {
	case 'm':
		return madeForms.has(w) && x.madeSpeech(s, k)
	case 'p':
		return putForms.has(w) && x.putEstimate(s, k)
	}
	return false
}

// headlineSigned attributes a headline that ends on a dash and its source, as wire headlines
// do: "Apple plans to cut jobs in China - sources", "Talks to resume next week -minister".
// The dash is the cue; the source is a few words that end in a noun of speakers or records.
func (x *extractor) headlineSigned(s rng) {
	if !x.headlineLine(s) || s.b-s.a < 5 {
		return
	}
	d := s.b - 2
	for d > s.b-5 && x.isWord(d) {
		d--
	}
	if w := x.word(d); w != "-" && !isDash(w) || d-s.a < 3 || x.used[d] || !signerNouns.has(x.word(s.b-1)) {
		return
	}
	for k := d + 1; k < s.b; k++ {
		if x.toks[k].upper && k > d+1 || x.is(k, cFunction) && !isDeterminer(x.word(k)) {
			return // "... - Sen. John Doe", "... - as it happened": no source of the kind
		}
	}
	a := s.a
	if labelWords.has(x.word(a)) && x.word(a+1) == ":" {
		a += 2 // "Exclusive: ..."
	}
	x.add(draft{src: rng{d + 1, s.b}, cue: rng{d, d + 1}, content: []rng{{a, d}}, class: CueAssert, inherit: -1})
}

// signerNouns end the source that signs a headline after a dash: "- sources", "- report".
var signerNouns = wordSetOf([]string{"sources", "source", "officials", "official", "diplomats", "diplomat", "minister", "ministry", "spokesman", "spokeswoman", "spokesperson", "report", "reports", "media", "document", "documents", "filing", "statement", "data", "survey", "poll", "analysts", "police", "military", "army", "government", "agency", "union", "company", "bank"})

func (x *extractor) try(s, cue rng, sn cueSense) bool {
	if w := x.word(cue.a); sn.syn != synNoun && x.word(cue.a-1) == "'s" && !x.isContraction(cue.a-1) && !irregularPastSet.has(w) && w != "said" {
		// "North Korea's claim", "the administration's hopes that": a possessed noun, not a verb.
		return x.noun(s, cue, cueSense{sn.class, synNoun})
	}
	if sn.syn != synNoun && hasSyn(cueSensesOf(x.word(cue.a)), synNoun) && (x.adjectivesBefore(s, cue.a) < cue.a || possessivePronounsSet.has(x.word(cue.a-1))) {
		return x.noun(s, cue, cueSense{sn.class, synNoun}) // "his recent claim that", "Trump's false claim that"
	}
	if sn.syn != synNoun && x.determinedClaim(cue) {
		return false // "the physics of the claim is ridiculous": the noun, which its own sense reads
	}
	switch sn.syn {
	case synVerb, synObject:
		return x.verb(s, cue, sn)
	case synPart:
		return x.participle(s, cue, sn)
	case synNoun:
		return x.noun(s, cue, sn)
	case synAdverb:
		return x.adverb(s, cue, sn)
	case synPassive:
		return x.passive(s, cue, sn)
	case synSeem:
		return x.seem(s, cue, sn)
	}
	return false
}

// timeBeforeMention reports whether mention r opens with "the" and a time noun that a
// preposition before it governs, a noun phrase after them: "At the time civil defense
// services said", "From the moment Sanders announced".
func (x *extractor) timeBeforeMention(r rng) bool {
	n := x.word(r.a + 1)
	return r.a > 0 && x.is(r.a-1, cPreposition) && x.word(r.a) == "the" && (timeNounSet.has(n) || n == "moment") && x.isWord(r.a+2) && x.word(r.a+2) != "of" && !x.is(r.a+2, cFunction|cPreposition)
}

// coordinatedCueEnd returns where a verb coordinated with the cue ends when content c, right
// after the cue, opens with "and", "or" or "nor" and that verb (after any auxiliary) with its
// particle, in the cue's own form, and an object follows: "derided | and insulted “the
// professional left”",
// "endorsed | and has fundraised for her challenger"; 0 when c opens otherwise ("tweeted | and
// Forbes reported").
func (x *extractor) coordinatedCueEnd(c rng, cue string) int {
	if w := x.word(c.a); w != "and" && w != "or" && w != "nor" || x.toks[c.a].upper {
		return 0
	}
	v := c.a + 1
	for v < c.b && auxiliariesSet.has(x.word(v)) {
		v++
	}
	w := x.word(v)
	if v >= c.b || x.toks[v].upper || !x.isWord(v) || x.is(v, cFunction|cPreposition) || pastForm(cue) != pastForm(w) || strings.HasSuffix(cue, "ing") != strings.HasSuffix(w, "ing") || !pastForm(w) && !strings.HasSuffix(w, "ing") {
		return 0 // both verbs in the past or both in -ing: not a noun cue's "television shows and writing"
	}
	v++
	if v < c.b && x.is(v, cPreposition) && !x.toks[v].upper && v+1 < c.b {
		v++ // "fundraised for"
	}
	if v >= c.b || !x.isWord(v) && !x.isOpenQuote(v) {
		return 0
	}
	return v
}

// pastForm reports whether w is a verb's past form: in -ed, or an irregular past.
func pastForm(w string) bool {
	return strings.HasSuffix(w, "ed") || irregularPastSet.has(w) || pastOfSpeech.has(w)
}

func (x *extractor) add(d draft) {
	if x.intransitiveUse(d.cue) {
		return // the verb stays a predicate for what follows: "Bush thought for a moment and said ..."
	}
	if x.reducedAppositive(d) {
		return // "..., an action considered sinful under ...": a passive participle, no one's view
	}
	if c := d.content[0]; len(d.content) == 1 && c.b == c.a+1 && x.is(c.a, cPreposition) && !x.toks[c.a].upper {
		return // "the policies he and fellow Republicans have pushed for.": a stranded preposition says nothing
	}
	if len(d.content) == 1 && d.content[0].a == d.cue.b {
		if v := x.coordinatedCueEnd(d.content[0], x.word(d.cue.b-1)); v > 0 {
			// "derided and insulted “the professional left”", "doesn't recognize or
			// track opt-out rates": the second verb joins the cue, as PolNeAR marks it.
			d.cue.b, d.content[0].a = v, v
		}
	}
	for k := d.cue.a; k < d.cue.b; k++ {
		x.used[k] = true
	}
	d.content[len(d.content)-1] = x.cutAfterQuote(d.content[len(d.content)-1])
	if len(d.content) == 1 && d.content[0].a >= d.cue.b && x.toks[d.cue.a].upper && x.inTitle(d.cue.a) {
		d.content[0] = x.cutHeadline(d.content[0])
	}
	if w := x.word(d.cue.a); (nameCalls.has(w) || nameGivingSet.has(w)) && d.cue.b == d.cue.a+1 && len(d.content) == 1 && d.content[0].a >= d.cue.b {
		d.content[0] = x.cutAfterName(d.content[0])
	}
	for !d.src.empty() && d.src.b-d.src.a > 1 && x.isWord(d.src.a) && leadingConjunctions.has(x.word(d.src.a)) {
		d.src.a++ // "When he returned, ..." gives "he"
	}
	for !d.src.empty() && d.src.b-d.src.a > 2 {
		// "Wednesday, however, the director of the F.B.I., James B. Comey": a time and an
		// aside before the mention.
		if t := x.skipTimes(d.src.a, d.src.b); t > d.src.a && t+1 < d.src.b && x.word(t) == "," {
			d.src.a = t + 1
		} else if parenthetical.has(x.word(d.src.a)) && x.word(d.src.a+1) == "," {
			d.src.a += 2
		} else if x.timeBeforeMention(d.src) {
			d.src.a += 2 // "At the time civil defense services said": the time is the adverbial's
		} else {
			break
		}
	}
	if d.src.b-d.src.a == 1 && leadingConjunctions.has(x.word(d.src.a)) {
		d.src = noRng // "When asked to confirm ...": no one is named
	}
	if w := x.word(d.src.b); d.src.b-d.src.a == 1 && x.word(d.src.a) == "it" && (w == "’s" || w == "'s") && d.src.b <= d.cue.a && d.cue.a <= d.src.b+1 && strings.HasSuffix(x.word(d.cue.b-1), "ed") {
		if nameGivingSet.has(x.word(d.cue.b - 1)) {
			return // "It’s titled “A Message to America.”": a name, no claim
		}
		d.cue.a, d.src, d.class = d.src.a, noRng, CueClaim // "It’s believed Vickers fired the shots": as "It is believed", a hedge of no one
	}
	if !d.src.empty() && d.src.b <= d.cue.a {
		d.src.b = x.dashAsideStart(d.src)
		d.src.a = x.contactHeadEnd(d.src)
	}
	if w := x.word(d.src.a); !d.src.empty() && d.src.b-d.src.a > 2 && !x.toks[d.src.a].upper && strings.HasSuffix(w, "ing") && len(w) > 5 && isDeterminer(x.word(d.src.a+1)) {
		d.src.a++ // "meddling the California congressman said" gives "the California congressman"
	}
	for !d.src.empty() && d.src.b-d.src.a > 1 && negatedAux[x.word(d.src.b-1)] {
		d.src.b-- // "his campaign doesn’t want" gives "his campaign"
	}
	if d.src.b-d.src.a == 1 && (x.word(d.src.a) == "there" || x.word(d.src.a) == "there's" || x.word(d.src.a) == "there’s") {
		return // "There’s still time for Cruz ..., even after dismissing them": no speaker
	}
	if c := d.content[0].a; x.word(c) == "to" && anonymity(x.word(c+1), x.word(c+2)) || x.word(c) == "not" && x.word(c+1) == "to" && anonymity(x.word(c+2), x.word(c+3)) {
		return // "who didn't want to be named", "who asked not to be identified": no claim
	}
	if x.negatedStance(d.cue) {
		return // "The union has not endorsed a candidate": no stand is taken
	}
	if x.discourseYouKnow(d) {
		return // "and, you know, we have a tendency ...": a filler, not a claim
	}
	if x.timeSource(d.src) {
		return // "the last two weeks have signaled ...", "this past week announced": a time, no speaker
	}
	if x.nounComplement(d) {
		return // "the notion that people want to vote for her": the notion's content, not a claim of its own
	}
	if x.conditionalOrQuestion(d) {
		return // "if you believe them", "questioned whether she truly opposes the deal": not asserted
	}
	if x.inEmbeddedPost(d.cue.a) && !x.signsTweet(d.cue.a) {
		return // "<tweet ...>Team Trump reportedly wants Tyson at GOP convention</tweet>": the post's author speaks
	}
	if w := x.word(d.src.a); !d.src.empty() && !x.toks[d.src.a].upper && (isLyAdverb(w) && (d.src.b == d.src.a+1 || d.src.b <= d.cue.a && x.verbLike(d.src.a+1)) || negatedAux[w]) {
		// "said simply", "lately started asking", "isn’t": an adverb or an auxiliary is no
		// mention (but "according to recently hacked documents" is one).
		return
	}
	if x.degreeSource(d) {
		return // "the bill his rivals most strongly opposed", "more accurately predicted": an adverb, no mention
	}
	if x.verbalSource(d.src) || x.clausalSource(d.src) {
		return // "Having announced ...", "including one ...", "amid news reports": no speaker
	}
	if !d.src.empty() && d.src.b-d.src.a > 1 && isDeterminer(x.word(d.src.b-1)) && !x.toks[d.src.b-1].upper && x.is(d.src.a, cPreposition) {
		return // "In an email described as ...": an adverbial cut short, no speaker
	}
	if x.naming(d) {
		return // "a firm called Cambridge Analytica", "a memo titled ...": a name, not a claim
	}
	if c := d.content[0].a; c == d.cue.b && (x.word(c) == "down" || x.word(c) == "away") && !x.toks[c].upper {
		// "was backing down from the proposal", "was shouted down by protesters", "to
		// knock down Trump": the particle makes another verb, of no speech.
		return
	}
	if c := d.content[0].a; c == d.cue.b && x.word(c) == "into" && strings.HasPrefix(x.word(d.cue.b-1), "slam") {
		return // "the door slammed into Brown": a collision, no attack in words
	}
	if !d.src.empty() && d.src.b == d.src.a+1 && x.word(d.src.a) == "it" && strings.HasPrefix(x.word(d.cue.b-1), "fe") && (x.word(d.cue.b-1) == "feel" || x.word(d.cue.b-1) == "feels" || x.word(d.cue.b-1) == "felt") {
		return // "It may feel like winter is squeezing the sunlight out of your day": an impression, no one's view
	}
	if c := d.content[0].a; c == d.cue.b && x.word(c) == "it" && d.src.a > 0 && x.word(d.src.a-1) == "as" && strings.HasPrefix(x.word(d.cue.b-1), "know") {
		return // "news as we know it", "a GOP, as we now know it,": an idiom, no claim
	}
	if d.src.a > 0 && x.word(d.src.a-1) == "how" && !x.toks[d.src.a-1].upper {
		// "how he portrayed himself", "the question is how Sanders will respond to the
		// attacks": a clause of manner tells the way someone speaks or acts, not what they
		// said (a headline's "How Ryan Thinks About Trump" stays a claim).
		return
	}
	if w, v := x.word(d.cue.a), d.src.b-1; d.cue.b == d.cue.a+1 && strings.HasSuffix(w, "s") && !d.src.empty() && d.src.b == d.cue.a && v > d.src.a &&
		!x.toks[v].upper && strings.HasSuffix(x.word(v), "ed") && x.verbLike(v) {
		return // "Dan Olsen retracted claims Tiger Woods had been suspended": the object of a verb, no cue
	}
	d.src = x.pronounSubject(d.src, d.cue)
	d.src = x.possessorOfNoun(d)
	if x.nounUse(d.cue) || x.emptyContent(d.content) || x.addsThings(d.cue, d.content) || x.seesNothingAs(d) || x.writesWork(d.cue, d.content) || x.boastsThings(d.cue) || x.writesFor(d) {
		return
	}
	if c := d.content[0].a; c == d.cue.b && !d.src.empty() && d.src.b == d.cue.a && pluralVerb.has(x.word(c)) && !x.toks[c].upper && d.cue.b-d.cue.a == 1 && strings.HasSuffix(x.word(d.cue.a), "s") {
		if w := x.word(d.src.b - 1); !x.toks[d.src.b-1].upper && !subjectPronounsSet.has(w) || w == "his" || w == "her" || w == "its" || w == "their" {
			return // "similar classification disputes are common": a plural noun and its verb, but "which he says are ..."
		}
	}
	if d.src.b == d.src.a+1 && isDeterminer(x.word(d.src.a)) && x.isSentenceStart(d.src.a) {
		d.src = noRng // "The claim that it was feeding on the tissue defies logic": an article, no speaker
	}
	if x.prepositionEnds(d) {
		d.src = noRng // "despite calls for his dismissal", "amid reports that ...": a claim of no one named
	}
	d.kind = x.kindOf(d.content)
	x.drafts = append(x.drafts, d)
}

// possessorOfNoun returns the possessive determiner that ends d's source right before a cue
// that is a noun after it, alone: "rallied young people with his calls to end the rigged
// economy" is "his" calls (PolNeAR's source), "the GOP in its calls to delay" "its"; a verb
// in the past after it ("The tone of his echoed") keeps the source.
func (x *extractor) possessorOfNoun(d draft) rng {
	v := d.src.b - 1
	if d.src.empty() || d.src.b != d.cue.a || v <= d.src.a || x.toks[v].upper || !possessiveDeterminers.has(x.word(v)) {
		return d.src
	}
	if w := x.word(d.cue.a); strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing") || irregularPastSet.has(w) {
		return d.src
	}
	return rng{v, d.src.b}
}

// possessiveDeterminers are the possessives that only determine a noun ("her" is an object
// too: "wrote to her say").
var possessiveDeterminers = wordSetOf([]string{"his", "its", "their", "our", "my", "your"})

// participleAside returns the end of the mention src without a participle aside of the
// writer's after a comma: "Trump, speaking at a rally in Wilmington," and "Ben Carson,
// speaking with the editorial board," give "Trump" and "Ben Carson", as PolNeAR annotates
// sources (on its training split 28 times, and 4 times with the aside). "including" lists
// members ("Several candidates, including Trump"), and "managing director" is a title.
func (x *extractor) participleAside(src rng) int {
	if src.empty() || src.b-src.a < 3 {
		return src.b
	}
	for k := src.a + 1; k+1 < src.b; k++ {
		if x.word(k) != "," || !x.participleAt(k+1) || x.word(k+1) == "managing" {
			continue
		}
		return k
	}
	return src.b
}

// adverbialAside returns the end of src without an adverbial set off by a comma at its end:
// "Schilling, through a spokeswoman, declined", "Trump, meanwhile, refused", "The
// administration, for its part, expressed": the aside tells how or when, and PolNeAR leaves
// it out of the source (on the training split 19 times of 27, and the 8 others open mostly
// with "like", "also" or "at", which are not taken here). Inside a relative clause the
// commas are the clause's ("Biden, who was to travel to Columbus, Ohio, on Wednesday").
func (x *extractor) adverbialAside(src rng) int {
	if src.empty() || src.b-src.a < 3 {
		return src.b
	}
	for k := src.a + 1; k+1 < src.b; k++ {
		switch w := x.word(k); {
		case w == "who" || w == "which" || w == "whose" || w == "whom":
			return src.b
		case w == "," && !x.toks[k+1].upper && asideOpeners.has(x.word(k+1)):
			for p := k + 2; p < src.b; p++ {
				if x.word(p) == "," {
					return src.b
				}
			}
			return k
		}
	}
	return src.b
}

// asideOpeners open an adverbial aside between a source and its cue.
var asideOpeners = wordSetOf([]string{"in", "through", "for", "after", "with", "during", "meanwhile", "however", "though", "instead"})

// speakerLabel handles a paragraph that opens with a speaker's name and a colon, as in
// transcripts and headlines ("PENCE: Well, look, ..."). The content runs to the paragraph end.
func (x *extractor) speakerLabel(s rng) bool {
	a := s.a
	if a > 0 && x.toks[a].nl == 0 {
		return false
	}
	k := a
	for k < s.b && k-a < 6 && (x.toks[k].kind == tWord && x.toks[k].upper || x.word(k) == "." && k > a && abbreviations.has(x.word(k-1))) {
		k++ // "PENCE:", "Dr. Ben Carson:"
	}
	if a == 0 && k > a && x.word(k) != ":" {
		// A headline's speaker may say where or to whom: "Clinton camp: ...", "Clinton to
		// Planned Parenthood: ...", "Former AG Mukasey at RNC: ...".
		j := k
		for j < s.b && j-a < 10 && x.toks[j].nl == 0 && (x.isWord(j) || x.word(j) == "'s") && !isCueForm(x.word(j)) {
			j++
		}
		if x.word(j) == ":" && x.toks[j].nl == 0 {
			k = j
		}
	}
	if k-a == 2 && x.toks[a+1].Start-x.toks[a].End >= 3 {
		a++ // "CEN   Savage: Lin was accused ...": a photo credit, then a caption's keyword
	}
	if k == a || k >= s.b || x.word(k) != ":" || labelWords.has(x.word(a)) || labelWords.has(x.word(k-1)) || topicHeads.has(x.word(k-1)) || isDeterminer(x.word(a)) || x.is(a, cPreposition) {
		return false // "The Latest: ..." is a headline, "Ukraine war: Kyiv says ..." a topic's
	}
	if x.sectionName(a, k) {
		return false // "STAT OF THE WEEK:", "FIX IS IN:", "CAUSE FOR PAUSE:": a section's name
	}
	for j := a; j < k; j++ {
		if w := x.word(j); j > a && (hasSyn(cueSensesOf(w), synVerb) || hasSyn(cueSensesOf(w), synObject) || headlineVerbs.has(w)) && !x.isAllUpper(x.toks[j]) {
			return false // "Donald Trump Praises Matthew Boyle: ‘...’": the cue in the headline speaks
		}
	}
	// Content: the rest of the paragraph.
	c := k + 1
	e := c
	for e < len(x.toks) && (e == c || x.toks[e].nl == 0) {
		e++
	}
	if e-c < 3 || k-a == 1 && (len(x.word(a)) == 1 || strings.HasSuffix(x.word(a), "ed") || strings.HasSuffix(x.word(a), "ing")) {
		return false // "Q:", "Revealed:", "Contributing:"
	}
	if w := x.word(k - 1); k-a > 1 && x.isAllUpper(x.toks[k-1]) && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) {
		return false // "IS EXPLAINED:", "WHAT'S HAPPENING:": a heading
	}
	if k-a == 1 && a > 0 && !x.is(a, cMedium) && x.word(a) != "poll" && !x.namedElsewhere(a) {
		return false // a caption's keyword, not a headline's speaker: "Lavish: Mohammed has also taken to ..."
	}
	if a == 0 && k-a <= 2 && x.words(c, e) >= 30 {
		return false // a dateline before a whole paragraph: "Jaipur: A man who was ..."
	}
	if heading, dateline := x.capitalsHeading(a, k, c, e); heading || dateline {
		// "TEARFUL APOLOGY: Accused breaks down over fatal smash": no claim in the heading;
		// "LONDON: ...": the sentence after the dateline may hold one.
		return heading
	}
	// What follows must be speech: a few words, mostly in lower case, not a list of names or
	// a headline in title case ("New Hampshire: Charlie Arlinghaus, Arnie Arnesen, ...").
	words, lowerCase := 0, 0
	for j := c; j < e; j++ {
		if x.toks[j].kind == tWord {
			words++
			if !x.toks[j].upper {
				lowerCase++
			}
		}
	}
	if words < 3 || words < 6 && lowerCase == 0 && x.commas(c, e) > 0 {
		return false // "New Hampshire: Charlie Arlinghaus, Arnie Arnesen, ..."
	}
	if x.commas(c, e) >= 3 && lowerCase*10 < words*3 {
		return false // a list of names
	}
	src, cue := rng{a, k}, rng{k, k + 1}
	if v := x.labelVerb(a, k); v > a {
		src, cue = rng{a, v}, rng{v, k + 1} // "Sarah Silverman heckles Sanders supporters: ..."
	}
	if (hasSyn(cueSensesOf(x.word(a)), synVerb) || strings.HasSuffix(x.word(a), "ed") && len(x.word(a)) > 4) && k-a > 1 {
		src, cue = rng{a + 1, k}, rng{a, k + 1} // "Stated Stone: ...", "Continued Stone: ..."
	}
	x.add(draft{src: src, cue: cue, content: []rng{{c, e}}, class: CueAssert, inherit: -1})
	for j := s.a; j < e; j++ {
		if j < k+1 {
			x.used[j] = true
		}
	}
	return true
}

// labelVerb returns where a verb in the present opens the predicate of a headline's label
// a..k before its colon, after a name, or -1: "Sarah Silverman heckles Sanders supporters:
// 'You're being ridiculous.'", "Trump Addresses Munich Attack: ‘...’". PolNeAR's source is
// the name, the cue the predicate with the colon. The verb has an object or a particle after
// it, so "NY Daily News:" has none.
func (x *extractor) labelVerb(a, k int) int {
	for j := a + 1; j < k-1; j++ {
		t := x.toks[j]
		if t.kind != tWord {
			return -1
		}
		w := t.low
		if !x.toks[j-1].upper {
			return -1 // "Gillibrand on Hillary Releasing Her Goldman Sachs Speech:": no name before
		}
		if len(w) < 5 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "ics") {
			continue
		}
		if t.upper && !x.inTitle(j) {
			continue
		}
		return j
	}
	return -1
}

// namedElsewhere reports whether the word at k is written with a capital in the middle of a
// sentence somewhere else in the text, as names are ("Obama: ..." and "... said Obama").
func (x *extractor) namedElsewhere(k int) bool {
	w := x.word(k)
	if x.midCaps == nil {
		x.midCaps = make(map[string]int32)
		for j := range x.toks {
			if x.midCap(j) {
				x.midCaps[x.toks[j].low]++
			}
		}
	}
	n := x.midCaps[w]
	if x.midCap(k) {
		n-- // k itself is no other place
	}
	return n > 0
}

// midCap reports whether token j is a word written with a capital in the middle of a line,
// after a word.
func (x *extractor) midCap(j int) bool {
	return x.toks[j].upper && x.toks[j].nl == 0 && j > 0 && x.isWord(j-1)
}

// sectionName reports whether tokens a..b are a section's name in capitals: a function word
// or preposition in capitals after the first word ("STAT OF THE WEEK", "CAUSE FOR PAUSE").
func (x *extractor) sectionName(a, b int) bool {
	for j := a + 1; j < b; j++ {
		if w := x.word(j); (functionWordsSet.has(w) || prepositionsSet.has(w)) && x.isAllUpper(x.toks[j]) {
			return true
		}
	}
	return false
}

// capitalsHeading reports whether the label a..k before a colon, all in capitals, is a
// heading or a dateline rather than a transcript's speaker ("FALLIN: Well, I think ..."):
// a heading when the paragraph after it, c..e, is a headline of fewer than 20 words with no
// mark that ends a sentence ("TEARFUL APOLOGY: Accused breaks down over fatal smash",
// "OTTAWA: Ottawa attacker on terror watchlist"); a dateline when the label is one word
// opening the article's first paragraph of sentences, of 20 words or more ("Agence France
// Presse\nLONDON: "Jihadi John" ... was named").
func (x *extractor) capitalsHeading(a, k, c, e int) (heading, dateline bool) {
	for j := a; j < k; j++ {
		if !x.isAllUpper(x.toks[j]) {
			return false, false
		}
	}
	last := x.word(e - 1)
	if !(last == "." || last == "?" || last == "!" || last == "…" || x.isCloseQuote(e-1)) && x.words(c, e) < 20 {
		return true, false
	}
	if k-a > 1 || x.words(c, e) < 20 {
		return false, false // "AP: Trump chair routed ...", "HUFFPOLLSTER: ..." speak in a headline
	}
	for j := 0; j < a; j++ {
		if w := x.word(j); w == "." || w == "?" || w == "!" {
			return false, false
		}
	}
	return false, true
}

// headlineVerbs are verbs of headlines that are no cues of the lexicon: "Carly Fiorina
// Endorses Ted Cruz: ..." is no speaker's label.
var headlineVerbs = wordSetOf([]string{"endorses", "backs", "hits", "rips", "knocks", "unveils", "wins", "loses", "joins", "launches", "vows", "wants", "takes", "gets", "makes", "is", "are", "was", "has", "will"})

var labelWords = wordSetOf([]string{"wow", "look", "boom", "bombshell", "exclusive", "just", "spoiler", "daily", "according", "correction", "corrections", "clarification", "previously", "email", "e-mail", "contact", "disclosure", "listen", "more", "transcript", "reporting", "additional", "editors", "updates", "note", "update", "editor", "editor's", "photo", "image", "source", "related", "read", "watch", "video", "breaking", "warning", "caption", "credit", "advertisement", "share", "follow", "tags", "topics", "filed", "updated", "posted", "published", "by", "see", "also", "ps", "p.s", "subscribe", "click", "via", "h/t", "sign", "story", "photos", "pictures", "pics", "videos", "gallery", "slideshow", "nsfw", "getty", "shutterstock", "claim", "rating", "verdict", "origin", "status", "fact", "truth"})

// tellCue reports whether the word at k is a "tell" that is a cue ([extractor.senses]),
// which [isCueForm] does not know: "Sources tell CNN the deal is done".
func (x *extractor) tellCue(k int) bool {
	return x.word(k) == "tell" && x.presentAfterSubject(x.sentOf(k), k)
}

// presentAfterSubject reports whether the bare verb at k is a present tense right after its
// subject, adverbs between them ("Sources tell CNN", "officials also tell the Times that"),
// or an infinitive after "to" that follows a word of its clause ("trying to tell the country
// that"); not a bare verb after a modal, "do", a negation, "and", a preposition or a
// function word, nor opening its sentence or a heading's capitals, as "tell" is in "could
// tell you the real story", "and tell them", "Tell me", nor an infinitive opening its
// sentence or set off by a comma, an aside: "To tell the truth, ...", "said, to tell the
// truth, that ...".
func (x *extractor) presentAfterSubject(s rng, k int) bool {
	if x.toks[k].upper {
		return false
	}
	p := k - 1
	for p >= s.a && (isLyAdverb(x.word(p)) || x.word(p) == "also" || x.word(p) == "still") {
		p--
	}
	if p < s.a || !x.isWord(p) {
		return false
	}
	w := x.word(p)
	if w == "to" {
		q := p - 1
		return q >= s.a && x.isWord(q) && x.word(q) != "and"
	}
	return !auxiliariesSet.has(w) && !negatedAux[w] && w != "do" && w != "not" && w != "never" && w != "and" && w != "n't" && w != "’t" && !x.is(p, cFunction|cPreposition)
}

// reducedAppositive reports whether draft d's cue is a verb of judging or naming right after
// its source, an indefinite noun phrase set off by a comma: an appositive with a passive
// participle, "to build a snowman was to create an image, an action considered sinful under
// ...", "ISIS, a body of militants labeled a terrorist group by the United States", "Merrick
// Garland, a Clinton appointee considered a liberal": what the appositive's noun is judged or
// named, by no one the text gives as the source.
func (x *extractor) reducedAppositive(d draft) bool {
	if d.src.empty() || d.src.b != d.cue.a || d.cue.b != d.cue.a+1 || !judgedForms.has(x.word(d.cue.a)) {
		return false
	}
	w := x.word(d.src.a)
	return (w == "a" || w == "an") && x.word(d.src.a-1) == ","
}

// judgedForms are the past participles of judging and naming that a reduced relative puts
// right after its noun.
var judgedForms = wordSetOf([]string{"considered", "deemed", "labeled", "labelled", "branded", "dubbed"})
