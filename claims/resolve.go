package claims

import (
	"iter"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// entity is a speaker met in the document: a person, a body, or a description ("one official").
type entity struct {
	name   string   // canonical name
	words  []string // lower-case words of the name, for matching later mentions
	kind   string   // "person", "org" or "group"
	titles []string // lower-case title and description words seen with it ("minister", "official")
	sure   bool     // known to be a person: a full name, a title, or a personal description
	// doer: sure only as a doer described with "a" ([agentHead]: "a groundskeeper"), whom a
	// pronoun stands for within describedReach tokens of the description only
	doer   bool
	gender byte // 'f' or 'm' when a name, a title or a pronoun told it; 0 when unknown
	refs   int  // drafts resolved to it so far
	last   int  // the first token of the latest source resolved to it
	// described: a person met as an indefinite description with a capitalised word ("An
	// Islamic State fighter"), whom only a pronoun just after stands for (describedBefore)
	described bool
}

// resolve returns the resolved speaker name of each draft (by index); "" for drafts without
// a source. Named mentions of one person or body merge into one entity (the fullest name
// wins); pronouns and descriptions ("He", "the official", "the newspaper") take the nearest
// earlier compatible entity.
func (x *extractor) resolve() []string {
	ents := make([]*entity, 0, 8)
	ref := make([]*entity, len(x.drafts))
	for i, d := range x.drafts {
		if d.src.empty() {
			continue
		}
		if d.inherit >= 0 && d.inherit < i && ref[d.inherit] != nil {
			ref[i] = ref[d.inherit]
			continue
		}
		if x.toks[d.cue.a].upper {
			d.src.b = x.headlineAuxStart(d) // "Rick Perry Just Announced": the cue's "Just", no surname
		}
		m, ok := x.sourceMention(d.src)
		if !ok {
			continue
		}
		m.gender = x.genderOf(d.src, m)
		ref[i] = x.entityFor(&ents, ref[:i], d, m)
		if e := ref[i]; e != nil && !e.sure && e.kind == "person" && len(e.words) == 1 && x.namesWord(d.src, e.words[0]) && x.quotesFirstPerson(d) {
			// "“... I don’t buy that,” Clinton said": one who speaks of himself as "I" is a
			// person, unlike "According to Facebook".
			e.sure = true
		}
		if ref[i] != nil {
			ref[i].refs++
			ref[i].last = d.src.a
		}
	}
	names := make([]string, len(x.drafts))
	for i, d := range x.drafts {
		switch {
		case d.src.empty():
		case ref[i] != nil:
			names[i] = ref[i].name
		default:
			end := x.toks[d.src.b-1].End
			if at := x.contractedAuxAt(d.src.b - 1); at > 0 {
				end = at // "We're told": the source is "We", as the claim cuts it
			}
			names[i] = x.text[x.toks[d.src.a].Start:end]
		}
	}
	return names
}

// quotesFirstPerson reports whether draft d's content quotes its speaker speaking of himself:
// "I", "me", "my" or "myself" inside quotation marks.
func (x *extractor) quotesFirstPerson(d draft) bool {
	for _, c := range d.content {
		for k := c.a; k < c.b; k++ {
			if x.inQuote[k] && firstSingular.has(x.toks[k].low) {
				return true
			}
		}
	}
	return false
}

// namesWord reports whether the span r writes w as a name: capitalised, no common word or
// demonym ("Another", "American").
func (x *extractor) namesWord(r rng, w string) bool {
	for k := r.a; k < r.b; k++ {
		if x.toks[k].low == w {
			return x.toks[k].upper && !x.commonWord(w) && !demonym(w)
		}
	}
	return false
}

// firstSingular are the words of a speaker who speaks of himself.
var firstSingular = wordSetOf([]string{"i", "me", "my", "myself"})

// sourceMention returns what the source span src says of its speaker: the name before an
// appositive the span was cut in, the mention a relative pronoun stands for, the subject a
// possessive pronoun is; false when a relative pronoun stands for no mention found.
func (x *extractor) sourceMention(src rng) (mentionInfo, bool) {
	m := x.mention(src)
	if np := x.nameBeforeDescription(src); !np.empty() {
		// "Tim Cook, the CEO of Apple further confirmed": the source was cut inside the
		// name's appositive; the name is the speaker's.
		titles := m.titles
		m = x.mention(np)
		m.titles = append(m.titles, titles...) // "the CEO" after it is Tim Cook too
	}
	if np := x.nameKnownAs(src); !np.empty() {
		// "the author, known only as Lena": the name is the speaker's, the description a
		// title of hers.
		titles := m.titles
		m = x.mention(np)
		m.titles = append(m.titles, titles...)
	}
	if x.pronounOfRelative(src) {
		return x.relativeMention(src)
	}
	if w := x.word(src.a); src.b-src.a == 1 && (w == "his" || w == "her" || w == "their" || w == "its") {
		return x.possessorMention(src, m), true
	}
	if n, ok := x.bodyFullName(src, m); ok {
		return n, true
	}
	return m, true
}

// bodyFullName returns the full name of a body written before that a definite "the X" (m,
// at src) shortens: X is the capitalised head of that name, its last word ("the Post" after
// "The Washington Post") or the word before its link ("The Observatory", "the Britain-based
// Observatory" after "the Syrian Observatory for Human Rights"). False when the text writes
// no such name before, or it names a person; "the House" is no "White House".
func (x *extractor) bodyFullName(src rng, m mentionInfo) (mentionInfo, bool) {
	h := src.b - 1
	if !m.named || len(m.words) != 1 || x.word(src.a) != "the" || h-src.a > 2 || h-src.a == 2 && !strings.HasSuffix(x.word(src.a+1), "-based") ||
		!x.toks[h].upper || x.isAllUpper(x.toks[h]) || len(x.toks[h].low) < 3 || givenNames[x.toks[h].low] != 0 || x.toks[h].low == "house" || x.toks[h].low == "hill" || !x.walkable() {
		return mentionInfo{}, false
	}
	for j := src.a - 1; j >= 0; j-- {
		if x.toks[j].low != x.toks[h].low || !x.toks[j].upper {
			continue
		}
		if r := x.bodyNameAround(j); r.b-r.a > 1 {
			if n := x.mention(r); n.kind == "org" && len(n.words) > 1 {
				return n, true
			}
		}
	}
	return mentionInfo{}, false
}

// bodyNameAround returns the capitalised name whose head is the word at j: the capitalised
// words before it, none opening a sentence as a function word, and the links and capitalised
// words after it ("Syrian Observatory for Human Rights"); empty when a capitalised word
// follows j unlinked ("Post Office": j is no head).
func (x *extractor) bodyNameAround(j int) rng {
	if j+1 < len(x.toks) && x.toks[j+1].upper && x.isWord(j+1) && x.toks[j+1].nl == 0 {
		return noRng
	}
	b := j + 1
	for b+1 < len(x.toks) && linkedWords.has(x.word(b)) && !x.toks[b].upper && x.toks[b+1].upper && x.isWord(b+1) {
		b += 2
		for b < len(x.toks) && x.toks[b].upper && x.isWord(b) && x.toks[b].nl == 0 {
			b++
		}
	}
	a := j
	for a-1 >= 0 && x.toks[a-1].upper && x.isWord(a-1) && x.toks[a].nl == 0 && !isDeterminer(x.toks[a-1].low) && !strings.HasSuffix(x.toks[a-1].low, "-based") {
		a--
	}
	for a < j && x.isSentenceStart(a) && (functionWordsSet.has(x.toks[a].low) || pronounKind[x.toks[a].low] != "" || x.commonWord(x.toks[a].low)) {
		a++
	}
	return rng{a, b}
}

// relativeMention returns the mention a relative pronoun opening src stands for: "voters
// who said", "a message that said", "relatives, many of whom say"; false when there is none.
func (x *extractor) relativeMention(src rng) (mentionInfo, bool) {
	j := src.a - 1
	if w := x.word(j); w == "," || w == "–" || w == "—" || w == "-" || w == "(" {
		j-- // "Pompeo – who is expected in Islamabad –": an aside on the name
	}
	if x.word(j+1) == "," && asideAdverbs.has(x.word(j)) && x.word(j-1) == "," {
		j -= 2 // "disputed by the daily Hurriyet, however, who said": the adverb is an aside
	}
	if x.ageAt(j) {
		j -= 2 // "said Sue Seedorff-Keninger, 62, who": the name before the age
	}
	if o := x.bracketOpen(j); o > 0 {
		j = o - 1 // "Rep. Duncan Hunter (R-CA) who", "Homeland Security (DHS), which"
		if x.word(j) == "," {
			j--
		}
	}
	sent := x.sentOf(src.a)
	np := x.npBack(sent, j+1, true) // an object too: "through a slide show that predicted"
	if np.empty() && x.word(src.a) != "that" {
		// "kowtowing to Republican presidential candidate Donald Trump, who", "an article
		// by Gabriel Sherman, who": the scan back took the preposition for a link inside
		// one phrase and ran out of reach; its object is the phrase.
		np = x.prepositionObject(sent, j, src)
	}
	if np.empty() {
		return mentionInfo{}, false
	}
	if a := np.a - 1; np.b-np.a > 1 && x.verbLike(np.a) && (auxiliariesSet.has(x.word(a)) || isLyAdverb(x.word(a)) && auxiliariesSet.has(x.word(a-1)) || x.word(a) == "also" && auxiliariesSet.has(x.word(a-1))) {
		np.a++ // "has also included members of the Saudi government, which has denied"
	}
	// "Militants released a video on Thursday that showed": the object after the
	// clause's verb, without the time after it.
	for k := np.b - 1; k >= np.a; k-- {
		if k > np.a && x.verbLike(k) && !x.toks[k].upper && k+1 < np.b && isDeterminer(x.word(k+1)) && !x.toks[k+1].upper {
			np.a = k + 1
			break
		}
		if (x.verbLike(k) || enParticiples.has(x.word(k))) && !x.toks[k].upper && k+2 < np.b && x.is(k+1, cPreposition) && !x.toks[k+1].upper && (isDeterminer(x.word(k+2)) || x.toks[k+2].upper) {
			np.a = k + 2 // "he had spoken with the club's chief executive, who had assured him"
			break
		}
		if (isLyAdverb(x.word(k)) || x.word(k) == "well") && k+2 < np.b && x.is(k+1, cPreposition) && !x.toks[k+1].upper {
			np.a = k + 2 // "This has not gone over well with relatives of the victims, many of whom say"
			break
		}
	}
	if x.word(np.a) == "according" && x.word(np.a+1) == "to" && np.b-np.a > 2 {
		np.a += 2 // "according to the report, which refers to": the report
	}
	if x.word(np.a) == "including" && np.b-np.a > 1 {
		np.a++ // "notes to the US, including one image that said": the image
	}
	if w := x.word(np.b - 1); np.b-np.a > 2 && (weekdaysSet.has(w) || monthNumber(w) > 0 && w != "may") && x.is(np.b-2, cPreposition) {
		np.b -= 2
	}
	appositive := false
	if isDeterminer(x.word(np.a)) && x.word(np.a-1) == "," {
		// "Gov. John Kasich of Ohio, a Republican who has refused ...": the name the
		// appositive describes.
		name := x.npBack(sent, np.a-1, true)
		if !name.empty() && x.partyTag(name.a) && x.word(name.a-1) == "," {
			name = x.npBack(sent, name.a-1, true) // "Sen. Kelly Ayotte, R-N.H., a member ... who"
		}
		if x.ageAt(np.a - 2) {
			name = x.npBack(sent, np.a-3, true) // "Ann Roe, 32, a nurse who"
		}
		if !name.empty() && x.toks[name.b-1].upper {
			np, appositive = x.appositiveName(name), true
		}
	}
	np = x.relativePhrase(np)
	if !appositive && (x.word(src.a) == "who" || x.word(src.b-1) == "whom") {
		np = x.personOfRelative(np)
	}
	if x.word(src.a) == "who" && !appositive {
		if p := x.placeOwner(sent, np); !p.empty() {
			np = p // "said Alan Berger, a gynecologist from Englewood, New Jersey, who said"
		}
	}
	m := x.mention(np)
	if src.b-src.a == 3 && m.kind == "person" && m.named && !slices.Contains(m.words, "and") {
		// "Sens. Robert Menendez, Joe Manchin III and Marco Rubio (R-Fla.), all of whom": a
		// count of people stands for several, not the one named last.
		return mentionInfo{}, false
	}
	return m, true
}

// asideAdverbs are the adverbs written between commas after a noun phrase, before a relative
// pronoun that stands for that phrase: "Hurriyet, however, who said".
var asideAdverbs = wordSetOf([]string{"however", "though", "too", "meanwhile", "instead", "also", "moreover", "nonetheless", "nevertheless"})

// appositiveName narrows name, the words before an appositive, to the capitalised name that
// ends them after a lower-case word's preposition: the appositive describes that name ("a war
// of words with Gawker, a rival site, which"; "the location of Baghdadi, the jihadist who"),
// but "John Kasich of Ohio, a Republican who" is Kasich.
func (x *extractor) appositiveName(name rng) rng {
	for k := name.b - 1; k > name.a; k-- {
		if !x.toks[k].upper {
			if x.is(k, cPreposition) && k+1 < name.b && k-1 >= name.a && !x.toks[k-1].upper {
				name.a = k + 1
			}
			break
		}
	}
	return name
}

// ageAt reports whether the word at k is a person's age written between commas after a
// name: "Ann Roe, 32, a nurse who said".
func (x *extractor) ageAt(k int) bool {
	w := x.word(k)
	return w != "" && len(w) <= 3 && isDigitByte(w[0]) && x.word(k-1) == "," && x.word(k+1) == "," && k-2 >= 0 && x.toks[k-2].upper
}

// relativePhrase narrows np, the words a relative pronoun follows, to the noun phrase that
// ends them when they hold a clause: it starts after the last verb before an article
// ("Yisrael Hayom quotes a senior Kurdish source who", "there's a German version of the
// letter that"), after a verb's preposition ("engaged in a war of words with Gawker, a rival
// site, which", "would appear to correspond with those of ..., which"), past a preposition
// opening it ("Unlike the United States and the United Kingdom, which") and past "those of".
func (x *extractor) relativePhrase(np rng) rng {
	for k := np.b - 1; k > np.a; k-- {
		if x.articleAfterVerb(k) || x.is(k-1, cPreposition) && !x.toks[k-1].upper && x.word(k-1) != "of" && (x.verbBefore(k-2, np.a) || x.bareVerbBefore(k-2, np.a)) {
			np.a = k
			break
		}
	}
	if np.b-np.a > 1 && (x.is(np.a, cPreposition) && (!x.toks[np.a].upper || x.isSentenceStart(np.a)) || x.word(np.a) == "unlike") {
		np.a++
	}
	if w := x.word(np.a); (w == "those" || w == "that") && x.word(np.a+1) == "of" && np.a+2 < np.b && (x.toks[np.a+2].upper || isDeterminer(x.word(np.a+2))) {
		np.a += 2 // "those of the Lakeside Water Board, which said": the board's
	}
	return np
}

// articleAfterVerb reports whether the article or "those" at k follows a word that ends a
// clause's verb phrase: a verb ("quotes a", "echoes an", "'s a"), an adjective that is a
// verb's complement ("rejected as false a posting"); no preposition, conjunction or
// quantifier ("of the", "and the", "all the", "such a").
func (x *extractor) articleAfterVerb(k int) bool {
	w, p := x.word(k), k-1
	if !isDeterminer(w) && w != "those" || x.toks[k].upper || !x.isWord(p) || x.toks[p].upper && !x.isSentenceStart(p) {
		return false
	}
	v := x.toks[p].low
	return !x.is(p, cPreposition) && !npDeterminersSet.has(v) && !countWord(v) && !nonVerbsBeforeArticle.has(v) && !functionWordsSet.has(v) || v == "'s" || v == "’s" || progressiveBeSet.has(v) || auxiliariesSet.has(v)
}

// nonVerbsBeforeArticle are the words before an article that end no verb phrase: those that
// open a noun phrase before its article ("such a claim", "half the voters", "what a") and
// the conjunctions and prepositions the word list of prepositions leaves out ("groups across
// the globe").
var nonVerbsBeforeArticle = wordSetOf([]string{"such", "half", "quite", "many", "what", "and", "or", "nor", "but", "than", "like", "unlike", "including", "via", "across",
	"around", "along", "alongside", "amid", "amidst", "beyond", "near", "inside", "outside", "throughout", "upon", "onto", "per", "beside", "besides", "beneath", "above", "below",
	"past", "except", "behind", "despite", "versus"})

// verbBefore reports whether the word at k, at or after a, is a verb whose object a
// preposition after it opens ("engaged in", "relying on", "re-reported by"): a past form, or
// an -ing form that opens the words (not "millions watching at home").
func (x *extractor) verbBefore(k, a int) bool {
	if k < a || !x.isWord(k) || x.toks[k].upper && !x.isSentenceStart(k) {
		return false
	}
	w := x.toks[k].low
	if x.verbLike(k) || len(w) > 4 && strings.HasSuffix(w, "ed") && !x.is(k, cFunction) {
		return true
	}
	return k == a && len(w) > 5 && strings.HasSuffix(w, "ing") && !x.is(k, cFunction|cPreposition)
}

// bareVerbBefore reports whether the word at k, at or after a, is a bare verb after a modal or
// after "to" that follows a verb (both may stand before a): "would appear to correspond with", "thought to belong to".
func (x *extractor) bareVerbBefore(k, a int) bool {
	if k < a || !x.isWord(k) || x.toks[k].upper || x.is(k, cFunction|cPreposition) || isDeterminer(x.word(k)) {
		return false
	}
	if m := x.word(k - 1); m == "would" || m == "could" || m == "will" || m == "can" || m == "should" || m == "might" || m == "must" {
		return true
	}
	return x.word(k-1) == "to" && (x.verbLike(k-2) || seemVerbs.has(x.word(k-2)))
}

// seemVerbs are the verbs and adjectives that take a bare verb after "to": "appear to
// correspond", "likely to belong".
var seemVerbs = wordSetOf([]string{"appear", "appears", "seem", "seems", "likely", "want", "wants", "need", "needs", "able"})

// placeOwner returns the person's full name that the place np ends the appositive of, in
// the sentence sent: "Alan Berger, a gynecologist from Englewood, New Jersey", "Senator Jeff
// Flake, Republican of Arizona", "Nicky Driscoll, 24, from Manchester"; noRng when np is no
// place after "of", "from" or "in", or a verb or a quotation comes between.
func (x *extractor) placeOwner(sent, np rng) rng {
	p := np.a - 1
	for k := np.a + 1; k < np.b-1; k++ {
		if w := x.word(k); x.word(p) == "," && (w == "of" || w == "from" || w == "in") && x.toks[k+1].upper {
			np.a = k + 1 // "Senator Jeff Flake, Republican of Arizona, who"
			break
		}
	}
	if x.word(p) == "," && np.a == p+1 && p > sent.a && x.toks[p-1].upper {
		for p--; p > sent.a && x.isWord(p-1) && x.toks[p-1].upper; p-- {
		}
		p-- // "Englewood, New Jersey": the town before the state
		if w := x.word(p); w != "of" && w != "from" && w != "in" {
			return noRng // "Oprah Winfrey, Patti LaBelle and Stevie Wonder, who": no place
		}
	}
	if w := x.word(p); (w != "of" && w != "from" && w != "in" || !x.toks[np.a].upper) && !(w == "," && np.a > p+1) || nameGender(lowerWords(x.toks[np.a:np.b])) != 0 {
		return noRng
	}
	for j := p - 1; j > sent.a && j > p-20; j-- {
		t := &x.toks[j]
		if x.inQuote[j] || t.kind == tQuote || !t.upper && x.verbLike(j) {
			return noRng
		}
		if x.word(j+1) != "," && j+1 != p || !t.upper {
			continue
		}
		if a, ok := x.fullNameAt(j, ""); ok {
			return rng{a, j + 1}
		}
	}
	return noRng
}

// prepositionObject returns the object of a preposition that ends at token j, which the
// relative pronoun src follows, when npBack finds no phrase there: for "who" a name set off
// by a mark ("by Gabriel Sherman, who", "(who") or a phrase naming people ("from political
// opponents on the left, who": the one after "from"); for "which" a name or a thing, but no
// time ("this quarter, which"). A phrase with a verb is none ("push for community health
// centers helped convince some lawmakers who"); noRng when none is found.
func (x *extractor) prepositionObject(sent rng, j int, src rng) rng {
	who := x.word(src.b-1) == "who" || x.word(src.b-1) == "whom"
	marked := j+1 < src.a // a comma, a dash or a bracket before the pronoun
	if marked {
		if d := x.appositiveBefore(sent, j); d >= 0 {
			// "said Pierre de Vos, a professor ... at the University of Cape Town in South
			// Africa, who": the appositive, which relativeMention takes to its name.
			return rng{d, j + 1}
		}
	}
	p := x.prepositionBefore(sent, j)
	for range 3 {
		if p < 0 {
			return noRng
		}
		np := x.npBack(rng{p + 1, sent.b}, j+1, true)
		if np.empty() {
			return noRng
		}
		for k := np.a; k < np.b; k++ {
			if x.timeAt(k, np.b) || x.timeSource(rng{k, np.b}) {
				return noRng // "in February last year, which", "a thinner chassis this quarter, which"
			}
		}
		for k := np.a; k < np.b; k++ {
			if x.verbLike(k) && !x.toks[k].upper && !x.is(k, cPreposition) {
				return noRng
			}
		}
		for q := np.b - 2; q > np.a; q-- {
			if w := x.word(q); (w == "'s" || w == "’s") && x.toks[q-1].upper && x.toks[q+1].upper {
				np.a = q + 1 // "Britain’s Daily Mirror newspaper, which": the newspaper's name
				break
			}
		}
		if h := np.b - 1; h > np.a && mediaHeads.has(x.word(h)) && !x.toks[h].upper && x.toks[h-1].upper {
			np.b-- // "Daily Mirror newspaper": the name
		}
		switch head := &x.toks[np.b-1]; {
		case head.upper && !marked:
			return noRng // "a relationship with Clinton who declined": a name takes ", who"
		case head.upper || !who || x.namesPeople(x.personOfRelative(np)):
			return np
		}
		p = x.prepositionBefore(sent, p-1)
	}
	return noRng
}

// appositiveBefore returns the article that opens an appositive ending at token j in the
// sentence s, after a comma after a capitalised word ("Gene B. Sperling, a former top
// economic adviser to President Bill Clinton and President Obama"), at most appositiveWords
// words back with no other mark between; -1 when there is none.
func (x *extractor) appositiveBefore(s rng, j int) int {
	for k := j; k > s.a+1 && k > j-appositiveWords; k-- {
		if !x.isWord(k) {
			if x.word(k) == "." && x.toks[k-1].End == x.toks[k].Start {
				continue
			}
			return -1
		}
		if w := x.word(k); (w == "a" || w == "an" || w == "the") && !x.toks[k].upper {
			if x.word(k-1) == "," && x.toks[k-2].upper && x.isWord(k-2) {
				return k
			}
			if p := x.word(k - 1); !x.is(k-1, cPreposition) && p != "and" && p != "or" {
				return -1 // "Today, a post on 9to5Mac points the way back to a report from Feng, which": a clause
			}
		}
		if x.verbLike(k) && !x.toks[k].upper {
			return -1
		}
	}
	return -1
}

// appositiveWords is how many words back appositiveBefore looks: "a professor in public
// law at the University of Cape Town in South Africa" has 13.
const appositiveWords = 16

// prepositionBefore returns the nearest preposition in lower case before token j in the
// sentence s, at most relativeReach words back with no mark between, or -1: "to" of
// "kowtowing to Republican presidential candidate Donald Trump". An "of" inside a name in
// capitals is no such preposition ("the Illinois Board of Elections").
func (x *extractor) prepositionBefore(s rng, j int) int {
	for k := j; k > s.a && k > j-relativeReach; k-- {
		if !x.isWord(k) {
			if x.word(k) == "." && x.toks[k-1].End == x.toks[k].Start {
				continue // "former U.S. Sen. Gordon Humphrey": points of abbreviations
			}
			return -1
		}
		if !x.is(k, cPreposition) || x.toks[k].upper || k == j {
			continue
		}
		if x.word(k) == "of" && x.toks[k-1].upper && x.toks[k+1].upper {
			continue
		}
		return k
	}
	return -1
}

// relativeReach is how many words back prepositionBefore looks: as far as npScanBack walks.
const relativeReach = 12

// bracketOpen returns the opening bracket of a short aside in brackets that closes at token
// j ("(R-CA)", "(DHS)"), or -1.
func (x *extractor) bracketOpen(j int) int {
	if x.word(j) != ")" {
		return -1
	}
	for o := j - 1; o > 0 && o >= j-8; o-- {
		switch x.word(o) {
		case "(":
			return o
		case ".":
			if !(x.word(o+1) == ")" && o > 0 && x.toks[o-1].End == x.toks[o].Start) {
				return -1 // but "(D-Mo.)": the point of an abbreviation
			}
		case ")":
			return -1
		}
	}
	return -1
}

// possessorMention returns the mention the possessive pronoun src ("his", "her", "their",
// "its") stands for: the subject of its clause when that is a name of the right kind
// ("Trump repeated his false claim that ..."); m, the pronoun's own mention, otherwise.
func (x *extractor) possessorMention(src rng, m mentionInfo) mentionInfo {
	w := x.word(src.a)
	sent := x.sentOf(src.a)
	if np := x.subject(sent, src.a); !np.empty() && np.b <= src.a && x.toks[np.b-1].upper && x.isWord(np.b-1) && !x.is(np.a, cPreposition) && !x.is(np.a, cFunction) {
		if nm := x.mention(np); nm.named && nm.pronoun == "" && (nm.kind == "person") == (w == "his" || w == "her") {
			m = nm
		}
	}
	return m
}

// entityFor returns the entity the source of draft d, with mention m, refers to, adding it
// to ents when new; nil when the source is no mention. earlier are the references of the
// drafts before d, in their order.
func (x *extractor) entityFor(ents *[]*entity, earlier []*entity, d draft, m mentionInfo) *entity {
	src := d.src
	switch {
	case m.pronoun != "":
		return x.pronounEntity(ents, earlier, d, m)
	case x.clausalMention(src):
		// "weeks ago to John McConnell and Matthew Scully", "Schilling appeared on a show":
		// a piece of a clause, not a mention; it names no one later pronouns may stand for.
	case m.named && x.companyBefore(*ents, src, m) != nil && !x.isIndefinite(src.a):
		// "Philips said ... the Dutch company said": a nationality is no name.
		e := x.companyBefore(*ents, src, m)
		e.kind = "org"
		e.titles = append(e.titles, m.words...)
		return e
	case m.named && x.isIndefinite(src.a) && (m.kind == "person" && lowerHead(m.name) || partyHead(m.words)):
		// "A Lebanese military official said", "added another Ohio Republican": someone
		// new, described, whom no earlier speaker is ("a Lebanese intelligence official"
		// before is another).
		e := &entity{name: m.name, words: m.words, kind: "person", titles: m.titles, gender: m.gender, described: true}
		*ents = append(*ents, e)
		return e
	case m.named:
		at := src.a
		if e := x.namedAfterDescription(*ents, earlier, d, m); e != nil {
			return e
		}
		if e := x.describedBody(*ents, d, m); e != nil {
			return e
		}
		if e := x.describedNamed(*ents, d, m); e != nil {
			return e
		}
		if n, nat := x.namedFigure(*ents, d, m); n.name != "" {
			// "Sen. Bernie Sanders held a rally. The Vermont senator said": a description
			// with a place or a party in capitals is still a description.
			m, at = n, nat
		}
		return x.namedEntity(ents, m, at)
	default: // a description
		return x.descriptionEntity(ents, d, m)
	}
	return nil
}

// partyHead reports whether a name's last word is a party's or a nation's for one of its
// people ("an Ohio Republican", "a Maine Democrat", "an American"): a description.
func partyHead(words []string) bool {
	h := words[len(words)-1]
	return partyMembers.has(h) || nationalities.has(h)
}

// partyMembers are the nouns for a party's members.
var partyMembers = wordSetOf([]string{"democrat", "republican", "independent", "libertarian", "conservative", "liberal", "socialist", "tory", "whig"})

// describedBody returns the agency named before that a definite description with
// capitalised words before its head in lower case stands for ("the Geneva-based United
// Nations health agency" after "the World Health Organization (WHO) said", "the Iraqi
// ministry"; but "the Reuters news agency" is named); nil when there is none.
func (x *extractor) describedBody(ents []*entity, d draft, m mentionInfo) *entity {
	if x.word(d.src.a) != "the" || !lowerHead(m.name) {
		return nil
	}
	name, words := x.describedAgency(d.src)
	if name == "" {
		return nil
	}
	if e := matchEntity(ents, mentionInfo{name: name, words: words, kind: "org", named: true}); e != nil {
		return e
	}
	return &entity{name: name, words: words, kind: "org"}
}

// describedNamed returns the person described before whom a definite description with
// capitalised words before its head, a noun for people in lower case, stands for ("the
// Marine Corps veteran" after "Duncan Hunter, a Marine Corps veteran of two tours"); nil
// when there is none.
func (x *extractor) describedNamed(ents []*entity, d draft, m mentionInfo) *entity {
	if x.word(d.src.a) != "the" || !lowerHead(m.name) || !personNounsSet.has(x.word(d.src.b-1)) {
		return nil
	}
	desc := m
	desc.kind, desc.named = "person", false
	desc.words = lowerWords(x.toks[d.src.a+1 : d.src.b])
	if e := describe(ents, desc); e != nil && e.kind == "person" && !description(e) {
		return e
	}
	return nil
}

// namedAfterDescription returns the person a definite description of one by title spoke as
// in the text's first sentence, when the full name m at draft d's source opens the next and
// names no speaker met before; the description's entity takes the name: "..., the country's
// interior minister says. Nohad Machnouk told MTV" (a news lead describes, then names). Nil
// when the speaker before is no such description or spoke before.
func (x *extractor) namedAfterDescription(ents []*entity, earlier []*entity, d draft, m mentionInfo) *entity {
	if m.kind != "person" || len(m.words) < 2 || len(earlier) == 0 || !x.isSentenceStart(d.src.a) {
		return nil
	}
	p := earlier[len(earlier)-1]
	if p == nil || p.kind != "person" || p.refs != 1 || p.described || !lowerHead(p.name) || x.word(p.last) != "the" ||
		titleForm(p.words[len(p.words)-1]) == "" || p.last < x.sentOf(x.sentOf(d.src.a).a-1).a || x.sentOf(p.last).a != 0 {
		return nil
	}
	if g := nameGender(m.words); p.gender != 0 && g != 0 && g != p.gender || matchEntity(ents, m) != nil {
		return nil
	}
	p.titles = append(p.titles, p.words...)
	p.name, p.words, p.sure = m.name, m.words, true
	if g := nameGender(m.words); g != 0 {
		p.gender = g
	}
	return p
}

// pronounEntity returns the entity the pronoun source of draft d, with mention m, stands for,
// adding it to ents when new; earlier are the references of the drafts before it.
func (x *extractor) pronounEntity(ents *[]*entity, earlier []*entity, d draft, m mentionInfo) *entity {
	src := d.src
	ref := x.antecedent(earlier, m, nil, src.a)
	if e := x.describedBefore(earlier, src.a, m); e != nil {
		// "An Islamic State fighter denied the report. “...,” he said": the person
		// described just before, not a name further back.
		ref = e
	}
	if m.pronoun == "thing" {
		if e, ok := x.thingSubject(ents, d, ref); ok {
			return e
		}
		if e := x.bodySubject(ents, src, ref); e != nil {
			return e
		}
	}
	if m.pronoun != "person" {
		return ref
	}
	if ref != nil && ref.kind == "person" && x.namedAfterPronoun(d, ref) {
		// "He was barred from leaving, telling Mr Dorn in a letter": the person his own
		// sentence names after him is someone else: the named speaker before, or none.
		if ref = x.antecedent(earlier, m, ref, src.a); ref != nil && (description(ref) || x.namedAfterPronoun(d, ref)) {
			ref = nil
		}
	}
	since := -1
	if ref != nil {
		since = ref.last
	}
	if e := x.indefiniteEntity(ents, earlier, src, m, since); e != nil {
		ref = e
	}
	if ref != nil && !ref.described {
		if n, at := x.subjectSince(*ents, src.a, ref.last, m.gender); n.name != "" {
			// "First, Ellen Kullman ... was shown the door. (She claimed ...)": the
			// person the previous sentence is about, named after the last speaker.
			ref = x.namedEntity(ents, n, at)
		}
	}
	if ref != nil && m.gender != 0 && description(ref) {
		// "a woman said ... Kate Ruiz, the organist, remembered ... she said": a full
		// name after the description, in the pronoun's sentence or the one before, is
		// nearer.
		sent := x.sentOf(src.a)
		if name, words := x.personBetween(src.a, max(ref.last, x.sentOf(sent.a-1).a-1), "", m.gender); name != "" {
			ref = x.namedEntity(ents, mentionInfo{name: name, words: words, kind: "person", gender: nameGender(words)}, src.a)
		}
	}
	if ref != nil && m.gender != 0 {
		if n, at := x.invertedSpeaker(src.a, ref.last, m.gender); n.name != "" {
			// "others told a different story, said Christine Hamele ... “...,” she said":
			// the name after a cue whose claim was not found spoke after the last speaker.
			ref = x.namedEntity(ents, n, at)
		}
	}
	if n, at := x.possessorBefore(src.a, m.gender); n.name != "" && x.word(d.cue.b) != "," {
		// "On Lin’s pages, he says": the person whose pages, not the last speaker; but
		// "Under Godane's leadership, he said, al-Shabab grew" goes on with the speaker.
		ref = x.namedEntity(ents, n, at)
	}
	if ref == nil {
		ref = x.unspokenPerson(ents, earlier, src, m)
	}
	if ref == nil {
		ref = x.bareSpeakerBefore(earlier, src.a, m)
	}
	if ref != nil && ref.gender == 0 && ref.kind == "person" {
		ref.gender = m.gender // "Fields said ... she told": Fields is a woman
	}
	return ref
}

// namedAfterPronoun reports whether the pronoun source of draft d names the person e in its
// own clause, outside quotations, by the last word of e's name: between the pronoun and its
// cue ("He then tried to recruit Brand, asking"), or after the cue before its content, where
// its object or the one it speaks to stands ("telling Mr Dorn in a letter: “...”", "she told
// Hallam"). A pronoun and a name its own clause goes on to are two people.
func (x *extractor) namedAfterPronoun(d draft, e *entity) bool {
	if len(e.words) == 0 {
		return false
	}
	w := e.words[len(e.words)-1]
	end := d.cue.b + addresseeWords
	for _, c := range d.content {
		if c.a >= d.cue.b {
			end = min(end, c.a)
		}
	}
	end = min(end, x.sentOf(d.src.a).b)
	for k := d.src.b; k < end; k++ {
		if x.toks[k].low == w && x.toks[k].upper && !x.inQuote[k] {
			return true
		}
	}
	return false
}

// addresseeWords is how many tokens after a cue namedAfterPronoun reads for the one spoken to.
const addresseeWords = 6

// possessorBefore returns the person named as a possessor in an opening phrase of the
// sentence of the pronoun at k, before the comma right before k ("On Lin’s social media
// pages, he says"), of no other gender, and where the name is written; a mention with no
// name when there is none, or another person is named there.
func (x *extractor) possessorBefore(k int, g byte) (mentionInfo, int) {
	if k < 2 || x.word(k-1) != "," || x.inQuote[k] {
		return mentionInfo{}, 0
	}
	s := x.sentOf(k)
	at := -1
	for j := k - 2; j >= s.a && j > k-20; j-- {
		if !x.toks[j].upper || !x.isWord(j) {
			if !x.isWord(j) && x.word(j) != "’s" && x.word(j) != "'s" {
				return mentionInfo{}, 0 // a comma or a quotation inside: no opening phrase
			}
			continue
		}
		if w := x.word(j + 1); (w == "'s" || w == "’s") && x.isPersonWord(j) && at < 0 {
			at = j
			continue
		}
		if x.isPersonWord(j) && !x.isSentenceStart(j) && x.toks[j-1].low != "." {
			if _, ok := x.fullNameAt(j, ""); ok || x.surnameBefore(j) {
				return mentionInfo{}, 0 // two persons
			}
		}
	}
	if at < 0 {
		return mentionInfo{}, 0
	}
	a := at
	if f, ok := x.fullNameAt(at, ""); ok {
		a = f
	}
	n := x.mention(rng{a, at + 1})
	if !n.named || n.kind != "person" || n.pronoun != "" {
		return mentionInfo{}, 0
	}
	name, words := x.personBefore(at+1, x.toks[at].low, 0)
	if name == "" {
		name, words = x.personFarBefore(at+1, x.toks[at].low, 0)
	}
	if len(n.words) == 1 && name == "" {
		return mentionInfo{}, 0 // "On Twitter's site": no person the text names
	}
	if gn := nameGender(words); g != 0 && gn != 0 && gn != g {
		return mentionInfo{}, 0
	}
	return n, a
}

// invertedSpeaker returns the full name of gender g, outside quotations, right after a verb
// of saying that goes before its subject ("said Christine Hamele") or "named" ("a worker named
// Antonio Arroyo") in the sentence of the pronoun at k or the one before, after token since,
// and its last token: a speaker whose claim the extraction did not find, or a person
// described. A possessive name is no speaker.
func (x *extractor) invertedSpeaker(k, since int, g byte) (mentionInfo, int) {
	floor := max(since, x.sentOf(x.sentOf(k).a-1).a-1)
	for j := k - 1; j > floor; j-- {
		t := &x.toks[j]
		if !t.upper || x.inQuote[j] {
			continue
		}
		if p := x.word(j + 1); p == "'s" || p == "’s" {
			continue // "said Ivanka Trump's statement ...": what was said opens with the name
		}
		if a, ok := x.fullNameAt(j, ""); ok && a > floor && a > 0 && invertingVerbs.has(x.word(a-1)) && !x.toks[a-1].upper {
			words := lowerWords(x.toks[a : j+1])
			if nameGender(words) == g {
				return mentionInfo{name: x.text[x.toks[a].Start:t.End], words: words, kind: "person", named: true, gender: g}, j
			}
		}
	}
	return mentionInfo{}, 0
}

// invertingVerbs go before their subject ("..., said Christine Hamele, a spokeswoman") or
// name a person described ("a worker named Antonio Arroyo"); "told" and "mocked" go before
// their object.
var invertingVerbs = wordSetOf([]string{"said", "says", "added", "adds", "wrote", "writes", "named"})

// bodySubject returns the body named as the subject of the sentence of the pronoun "it" at
// src or of the one before, after the last speaker ref: "Apple has emphasized that ... When
// it first presented the watch, it stressed" is Apple, not a newspaper that spoke before;
// nil when there is none.
func (x *extractor) bodySubject(ents *[]*entity, src rng, ref *entity) *entity {
	since := -1
	if ref != nil {
		since = ref.last
	}
	for _, np := range x.recentSubjects(src.a, since) {
		if np.empty() || np.a <= since || np.a >= src.a || x.inQuote[np.a] || np.b == np.a+1 && pronounKind[x.word(np.a)] != "" {
			continue // "When it first presented the watch, it stressed": the sentence before
		}
		if !x.toks[np.b-1].upper || x.is(np.a, cPreposition|cFunction) || demonstratives.has(x.word(np.a)) {
			return nil // "The DeepDotWeb report has other problems. It falsely stated", "This is what"
		}
		n := x.mention(np)
		if !n.named || n.pronoun != "" || n.kind == "group" || len(n.words) == 0 || len(n.words) == 1 && x.commonWord(n.words[0]) || pluralName(n.name) {
			return nil // "Officials were also directed ...", "Islamists came to dominate the city"
		}
		if n.kind == "person" && (len(n.words) > 1 || nameGender(n.words) != 0 || len(x.fullNamesBefore(n.words[0])) > 0) {
			return nil // a person's name
		}
		n.kind = "org"
		return x.namedEntity(ents, n, np.a)
	}
	return nil
}

// thingSubject returns the thing the pronoun "it" of draft d stands for when its cue is a
// thing's verb: the thing named as the subject of the pronoun's sentence or of the one
// before, after the last speaker ref ("The article recounted ... It cited" is the article,
// not the news service that spoke before), or none (nil) when the verb is one of showing and
// the subject is no thing ("Mashable created a video ... It shows", "If Mr. Cook said ..., it
// could indicate": no body shows). ok is false when neither holds.
func (x *extractor) thingSubject(ents *[]*entity, d draft, ref *entity) (e *entity, ok bool) {
	verb := x.word(d.cue.b - 1)
	showing := showingVerbs.has(verb)
	if !showing && !thingVerbs.has(verb) {
		return nil, false
	}
	if np := x.publishedThing(d.src.a); !np.empty() {
		// "CNN has released new audio tonight ..., and it reportedly confirms": the audio.
		sub := draft{src: np, cue: d.cue, inherit: -1}
		return x.descriptionEntity(ents, sub, x.mention(np)), true
	}
	since := -1
	if ref != nil {
		since = ref.last
	}
	for s, np := range x.recentSubjects(d.src.a, since) {
		if d.src.a >= s.b && !x.isSentenceStart(d.src.a) {
			break // "Now, his team is bracing supporters for a race that it says": not the sentence before
		}
		if np.empty() && isDeterminer(x.word(s.a)) {
			np = x.npForward(s, s.a) // "The article recounted": a source, which the subject search leaves out
		}
		if np.empty() || np.a <= since || np.a >= d.src.a || x.inQuote[np.a] || np.b == np.a+1 && pronounKind[x.word(np.a)] != "" {
			continue // "When it first presented the watch, it stressed": the sentence before
		}
		if x.thingPhrase(np) && !inRanges(d.content, np.a) {
			sub := draft{src: np, cue: d.cue, inherit: -1}
			return x.descriptionEntity(ents, sub, x.mention(np)), true
		}
		break
	}
	return nil, showing
}

// publishingVerbs make public a record that may speak after them: "released new audio,
// and it confirms".
var publishingVerbs = wordSetOf([]string{"released", "published", "posted", "aired", "issued", "unveiled", "obtained", "shared"})

// publishedThing returns the object of a verb of publishing in the clause that "and" joins
// to the pronoun at k, when it is a thing in lower case: "CNN has released new audio
// tonight in the case, and it confirms" (noRng when there is none).
func (x *extractor) publishedThing(k int) rng {
	if x.word(k-1) != "and" {
		return noRng
	}
	s := x.sentOf(k)
	for v := k - 2; v > s.a && v > k-30; v-- {
		if !publishingVerbs.has(x.word(v)) {
			continue
		}
		np := x.npForward(s, v+1)
		if np.empty() || np.b >= k || x.inQuote[v] {
			return noRng
		}
		for j := np.a + 1; j < np.b; j++ {
			if x.is(j, cPreposition) {
				np.b = j // "new audio in the case": the audio
				break
			}
		}
		if h := &x.toks[np.b-1]; h.kind != tWord || h.upper || personNoun(h.low) || x.peopleHead(h.low) || orgWordsSet.has(h.low) {
			return noRng
		}
		return np
	}
	return noRng
}

// thingPhrase reports whether the subject np is a thing's description: an article opens it,
// at most five words long, all in lower case but the first, a verb or a cue follows it ("The
// article recounted", "The video was released"), and its last word is a noun for a thing, no
// person, group of people, body or medium.
func (x *extractor) thingPhrase(np rng) bool {
	if !isDeterminer(x.word(np.a)) || np.b-np.a > 5 || !(auxiliariesSet.has(x.word(np.b)) || progressiveBeSet.has(x.word(np.b)) || x.verbLike(np.b) || x.used[np.b]) {
		return false // "However when the incident ...", "The Japanese constitution makes no specific"
	}
	for k := np.a + 1; k < np.b; k++ {
		if x.toks[k].upper {
			return false // "The Lebanese daily As-Safir first reported": a body
		}
	}
	k := np.b - 1
	t := &x.toks[k]
	w := t.low
	return t.kind == tWord && !t.upper && !x.is(k, cPreposition|cFunction) && pronounKind[w] == "" && !isDeterminer(w) &&
		!personNoun(w) && !x.peopleHead(w) && !orgWordsSet.has(w) && !mediaHeads.has(w) && !agencyHeads.has(w) &&
		!(strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss"))
}

// Verbs a thing speaks with when "it" is their subject: verbs of showing, which no body or
// person speaks with as "it" ("it shows", "it could indicate"), and verbs a document speaks
// with too ("It cited", "it confirms"), which take a thing only when one is the subject.
var (
	showingVerbs = wordSetOf([]string{"show", "shows", "showed", "shown", "showing", "indicate", "indicates", "indicated", "suggest", "suggests", "suggested", "depict", "depicts", "depicted", "demonstrate", "demonstrates", "demonstrated", "illustrate", "illustrates", "illustrated", "imply", "implies", "implied"})
	thingVerbs   = wordSetOf([]string{"cite", "cites", "cited", "confirm", "confirms", "confirmed", "say", "says", "said", "state", "states", "stated", "claim", "claims", "claimed", "note", "notes", "noted", "add", "adds", "added", "describe", "describes", "described", "report", "reports", "reported", "reveal", "reveals", "revealed", "find", "finds", "found", "recount", "recounts", "recounted", "argue", "argues", "argued", "quote", "quotes", "quoted"})
)

// pluralName reports whether a name's last word names several: a nationality or a plural of
// one ("Russians"), a plural in "-ists" ("Islamists") or of an acronym ("PACs").
func pluralName(name string) bool {
	t := name[strings.LastIndexByte(name, ' ')+1:]
	w := strings.ToLower(t)
	return nationalities.has(w) || nationalities.has(strings.TrimSuffix(w, "s")) || strings.HasSuffix(w, "ists") ||
		len(t) > 2 && t[len(t)-1] == 's' && upperCase(t[:len(t)-1])
}

// demonstratives open a subject that points at a thing, no body's name ("This is what").
var demonstratives = wordSetOf([]string{"this", "that", "these", "those"})

// indefiniteEntity returns a new described person for the pronoun of a person src when its
// sentence or the one before, after token since, is about someone described
// (indefiniteSubject): "One CNN journalist added fuel to the fire ..., although he later
// retracted", "Another posted a photo ... “...,” he wrote": the one the sentence is about,
// not the last speaker named. It returns nil when there is none, or the description is of
// another gender than the pronoun ("A Phoenix boy ... his mother called when she found").
func (x *extractor) indefiniteEntity(ents *[]*entity, earlier []*entity, src rng, m mentionInfo, since int) *entity {
	np := x.indefiniteSubject(src.a, since)
	if np.empty() {
		return nil
	}
	n := x.mention(np)
	if np.b == np.a+1 {
		// "..., one Twitter user wrote. Another posted ...": another of the people
		// described just before, not someone called "Another".
		if e := x.describedNear(earlier, src.a); e != nil {
			n.name, n.words = oneless(e)
		}
	}
	if g := x.genderOf(np, n); g != 0 && m.gender != 0 && g != m.gender {
		return nil
	}
	e := &entity{name: n.name, words: n.words, kind: "person", titles: n.titles, gender: m.gender, described: true}
	*ents = append(*ents, e)
	return e
}

// oneless returns the name of the described person e and its words without the "one", "a"
// or "an" it opens with: "Twitter user" of "one Twitter user".
func oneless(e *entity) (string, []string) {
	if _, rest, ok := strings.Cut(e.name, " "); ok && len(e.words) > 1 && (e.words[0] == "one" || e.words[0] == "a" || e.words[0] == "an") {
		return rest, e.words[1:]
	}
	return e.name, e.words
}

// ordinalSubject returns the ordinal of "A second", "A third" (up to "fifth") with no noun
// before a verb opening the sentence of token k or the one before after token since,
// outside a quotation ("A third said the country was split"): one more of the people
// described before it; "" when there is none.
func (x *extractor) ordinalSubject(k, since int) string {
	for s := range x.recentSubjects(k, since) {
		if o := x.word(s.a + 1); x.word(s.a) == "a" && ordinalsSet.has(o) && o != "first" && o != "last" && o != "final" && s.a+2 < k && x.isWord(s.a+2) && !x.toks[s.a+2].upper && (len(cueSensesOf(x.word(s.a+2))) > 0 || x.verbLike(s.a+2)) && !x.inQuote[s.a] {
			return o
		}
	}
	return ""
}

// unspokenPerson returns the person a pronoun of a person src with no earlier speaker stands
// for: the named subject of its sentence or the one before ("It was two weeks ago that
// screenwriter Aaron Sorkin was gushing over ... Steve Jobs ... He said"), else the nearest
// person named in the text before; nil when there is none.
func (x *extractor) unspokenPerson(ents *[]*entity, earlier []*entity, src rng, m mentionInfo) *entity {
	if n, at := x.subjectSince(*ents, src.a, -1, m.gender); n.name != "" {
		if e := x.namedAfterLead(*ents, earlier, n, at); e != nil {
			return e
		}
		return x.namedEntity(ents, n, at)
	}
	// The nearest full name of the pronoun's gender, else the nearest after a title of a
	// person whose given name the list lacks ("Breitbart Texas spoke with one of the
	// judges, Dr. Taher El-badawi. He said").
	name, words := x.personWalk(src.a, src.a-personReach, "", m.gender, true)
	if name == "" {
		return nil
	}
	e := matchEntity(*ents, mentionInfo{name: name, words: words, kind: "person", gender: nameGender(words)})
	if e != nil && e.gender != 0 && m.gender != 0 && e.gender != m.gender {
		// "Gov. Terry McAuliffe (D) tried to walk back his comments a day after he said
		// them. ... when she said": the titled name a "he" stood for is no "she".
		return nil
	}
	if e == nil {
		// A full name: later pronouns may stand for it ("he explained ..., and he called
		// for an apology" is one man, not a name in what he said).
		e = &entity{name: name, words: words, kind: "person", gender: nameGender(words), sure: true}
		*ents = append(*ents, e)
	}
	return e
}

// namedAfterLead returns the person described by the last speaker before, an indefinite
// description with a noun for a person opening its sentence whose verb is no cue, when the
// full name n (at token at) new to the text opens the next sentence: "An American journalist
// has been killed in a car crash just days after claiming .... Serena Shim, who worked for
// Press TV, died in ...": a lead describes, then names. The description's entity takes the
// name (so its claim is hers); nil when the speaker before is no such description or spoke
// again, or the genders differ.
func (x *extractor) namedAfterLead(ents []*entity, earlier []*entity, n mentionInfo, at int) *entity {
	i := len(earlier) - 1
	for i >= 0 && earlier[i] == nil {
		i--
	}
	if i < 0 || len(n.words) < 2 || matchEntity(ents, n) != nil {
		return nil
	}
	p, d := earlier[i], x.drafts[i]
	if p.kind != "person" || !p.described || p.refs != 1 || !lowerHead(p.name) || !personNoun(p.words[len(p.words)-1]) ||
		d.src.a != p.last || !x.isIndefinite(p.last) || !x.isSentenceStart(p.last) || d.cue.a == d.src.b {
		return nil
	}
	// The name opens the sentence right after the description's (at, where a pronoun's
	// sentence names it again, may be later: "Shim's death came days after she spoke").
	next := x.sentOf(p.last).b
	for next < len(x.toks) && !x.isWord(next) {
		next++
	}
	if e := x.nameRunAt(next); next >= len(x.toks) || e-next != len(n.words) || !slices.Equal(lowerWords(x.toks[next:e]), n.words) || at < next {
		return nil
	}
	if g := nameGender(n.words); g != 0 && p.gender != 0 && g != p.gender {
		return nil
	}
	p.titles = append(p.titles, p.words...)
	p.name, p.words, p.sure, p.described = n.name, n.words, true, false
	if g := nameGender(n.words); g != 0 {
		p.gender = g
	}
	return p
}

// bareSpeakerBefore returns the speaker of the draft right before the pronoun of a person at
// k when nothing else stands for it and that speaker is a name of one word, not in
// capitals, within describedReach tokens, of no other gender: "Brafman said, “...” He added,
// “...”" (a surname whose full name the text writes only later, or never), when no one else
// is named or described between, outside quotations. Such a name is no sure person further
// on; nil when there is none.
func (x *extractor) bareSpeakerBefore(earlier []*entity, k int, m mentionInfo) *entity {
	for i := len(earlier) - 1; i >= 0; i-- {
		e := earlier[i]
		if e == nil {
			if k-x.drafts[i].cue.b > describedReach {
				return nil // as in describedBefore: no walk over every unresolved source
			}
			continue
		}
		if e.kind != "person" || len(e.words) != 1 || description(e) || upperCase(e.name) || k-e.last > describedReach || e.gender != 0 && m.gender != 0 && e.gender != m.gender {
			return nil
		}
		for j := e.last + 1; j < k; j++ {
			if x.inQuote[j] || !x.isWord(j) {
				continue
			}
			t := &x.toks[j]
			if !t.upper && personNounsSet.has(t.low) && m.gender != 0 || t.upper && t.low != e.words[0] && !upperCase(x.word(j)) && !x.isSentenceStart(j) && !x.is(j-1, cPreposition) && !isDeterminer(x.word(j-1)) && x.isPersonWord(j) {
				return nil // "Consumerist reports that Conal claims he": someone else between
			}
		}
		return e
	}
	return nil
}

// descriptionEntity returns the entity the description that is draft d's source, with
// mention m, refers to, adding it to ents when new: one named or described before, or
// someone new ("one official", "another official").
func (x *extractor) descriptionEntity(ents *[]*entity, d draft, m mentionInfo) *entity {
	agent := x.possessedAgent(d.src)
	if agent {
		if e := x.namedAgent(*ents, d.src.a, m); e != nil {
			return e
		}
	}
	fresh := agent || x.isIndefinite(d.src.a)
	if !fresh {
		if e := x.describedEarlier(ents, d, m); e != nil {
			if o := x.ordinalSubject(d.src.a, e.last); o != "" && e.described && e.kind == "person" {
				// "one Twitter user wrote. Another posted ... A third said ...: “...,” the
				// user wrote": a third of the people described, not the one before.
				name, words := oneless(e)
				e = &entity{name: o + " " + name, words: append([]string{o}, words...), kind: "person", titles: e.titles, described: true}
				*ents = append(*ents, e)
			}
			return e
		}
	}
	sure := m.kind == "person" && personHead(m.words)
	doer := m.kind == "person" && !sure && fresh && agentHead(m.words)
	e := &entity{name: m.name, words: m.words, kind: m.kind, titles: m.titles, sure: sure || doer, doer: doer, gender: m.gender}
	*ents = append(*ents, e)
	return e
}

// namedAgent returns the named person a possessed agent m at token k ("his attorney")
// stands for: one whose mention, in the agentReach tokens before, gave that role as someone's
// ("the man's attorney, Lopa Blumenthal, told CNN ... his attorney said"); nil when there is
// none. "Police spokesman Tom Ward" is no one's spokesman a "his" may point to.
func (x *extractor) namedAgent(ents []*entity, k int, m mentionInfo) *entity {
	if len(m.words) == 0 {
		return nil
	}
	head := role(m.words[len(m.words)-1])
	for i := len(ents) - 1; i >= 0 && i >= len(ents)-50; i-- {
		e := ents[i]
		if e.kind != "person" || e.last < k-agentReach || description(e) || len(e.words) < 2 {
			continue
		}
		for j := e.last + 1; j+1 < k && j < e.last+6; j++ {
			if w := x.word(j); (w == "'s" || w == "’s") && role(x.word(j+1)) == head {
				return e
			}
		}
	}
	return nil
}

// agentReach is how many tokens before a possessed agent namedAgent looks for the person
// named in that role: a paragraph or two.
const agentReach = 150

// describedEarlier returns the entity a definite description (draft d's source, with mention
// m) stands for: a speaker before it describes, a business or a body named before, the person
// the text gives its title to, or the one person the text just told of; nil when none is.
func (x *extractor) describedEarlier(ents *[]*entity, d draft, m mentionInfo) *entity {
	src := d.src
	if e := describe(*ents, m); e != nil {
		return e
	}
	if e := x.companyBefore(*ents, src, m); e != nil {
		// "Tesla said ... the company said": the company named before.
		e.kind = "org"
		e.titles = append(e.titles, m.words...)
		return e
	}
	if name, words := x.companyNamedBefore(src, m); name != "" {
		// "When Apple unveiled its watch, the company said": the business the text names
		// as a subject or a possessor before, though it has not spoken.
		e := businessEntity(*ents, words[0])
		if e == nil {
			e = &entity{name: name, words: words, kind: "org"}
			*ents = append(*ents, e)
		}
		return e
	}
	if name, words := x.bodyBefore(src, m); name != "" {
		// "CNN was quick to push back ... the network said": the body named before.
		e := matchEntity(*ents, mentionInfo{name: name, words: words, kind: "org", named: true})
		if e == nil {
			e = &entity{name: name, words: words, kind: "org"}
			*ents = append(*ents, e)
		}
		return e
	}
	if n, at := x.agedPerson(src, m); n.name != "" {
		// "26-year-old Taugan Tan Kadalim told Vocativ ... The 26-year-old says": the
		// person the text gives that age.
		return x.namedEntity(ents, n, at)
	}
	if n, at := x.titledPerson(src, m); n.name != "" {
		// "Sen. Bernie Sanders ... Sanders said ... the senator said": the person the text
		// gives the description's title to ("President Obama": the full name before it).
		return x.namedEntity(ents, n, at)
	}
	if n, at := x.topicFor(*ents, d, m); n.name != "" {
		// "Donald Trump has traded his rallies for a town hall. Trump is taking questions
		// ... The billionaire businessman began": the one person the text just told of.
		return x.namedEntity(ents, n, at)
	}
	return nil
}

// lowerHead reports whether the name's last word is in lower case: a description ("Islamic
// State fighter"), no name ("Lana").
func lowerHead(name string) bool {
	w := name[strings.LastIndexByte(name, ' ')+1:]
	return w != "" && w[0] >= 'a' && w[0] <= 'z'
}

// nameBeforeDescription returns the full name of a person before a source that a description
// of the person opens: "Tim Cook, the CEO of Apple" (nameBeforeAppositive), "Rosario Murillo,
// a government spokeswoman and wife of the president" (nameBeforeCoordinated); or noRng.
func (x *extractor) nameBeforeDescription(src rng) rng {
	if np := x.nameBeforeAppositive(src); !np.empty() {
		return np
	}
	return x.nameBeforeCoordinated(src) // after "and", never after the comma the other needs
}

// nameKnownAs returns the capitalised name that ends a description src after "known as",
// "identified as" (with "only" or "simply" between or not) or "named": "the author, known only
// as Lena", "a worker named Antonio Arroyo"; or noRng.
func (x *extractor) nameKnownAs(src rng) rng {
	a := src.b
	for a > src.a && x.toks[a-1].upper && x.isWord(a-1) && !x.is(a-1, cTitle|cFunction) {
		a--
	}
	if a == src.b || a < src.a+3 || x.toks[a-1].upper {
		return noRng
	}
	k := a - 1
	if w := x.word(k); w == "named" {
		return rng{a, src.b}
	} else if w != "as" {
		return noRng
	}
	if w := x.word(k - 1); w == "only" || w == "simply" {
		k--
	}
	if w := x.word(k - 1); w != "known" && w != "identified" {
		return noRng
	}
	return rng{a, src.b}
}

// knownAsAfter returns the capitalised name that "identified as", "known as" or "named" gives
// right after np, a short phrase ending in a noun for people that opens its clause: "the man
// identified as Foley delivers a statement" is about Foley. noRng when there is none.
func (x *extractor) knownAsAfter(np rng) rng {
	if np.empty() || !x.namesPeople(np) || !x.isSentenceStart(np.a) && x.word(np.a-1) != "," {
		return noRng
	}
	if np.b-np.a > 3 {
		return noRng // "The militant then appears beside the man identified as Sotloff"
	}
	k := np.b
	switch x.word(k) {
	case "named":
	case "known", "identified":
		k++
		if w := x.word(k); w == "only" || w == "simply" {
			k++
		}
		if x.word(k) != "as" {
			return noRng
		}
	default:
		return noRng
	}
	a, b := k+1, k+1
	for b < len(x.toks) && x.toks[b].upper && x.isWord(b) && !x.is(b, cTitle|cFunction) {
		b++
	}
	if b == a {
		return noRng
	}
	return rng{a, b}
}

// nameBeforeAppositive returns the full name of a person written just before src after a
// comma when src is a description of a person that opens with "the" and has a title or a noun
// for a person for its head ("Tim Cook, the CEO of Apple": Tim Cook), or noRng.
func (x *extractor) nameBeforeAppositive(src rng) rng {
	if x.word(src.a) != "the" || src.b-src.a < 2 || x.toks[src.b-1].upper && src.b-src.a == 2 || x.word(src.a-1) != "," || src.a < 3 {
		return noRng
	}
	h := src.a + 1 // the description's head: "CEO" of "the CEO of Apple"
	for h+1 < src.b && x.isWord(h+1) && !x.is(h+1, cPreposition) && x.word(h+1) != "who" {
		if w := x.word(h + 1); w == "'s" || w == "’s" {
			return noRng // "killed Michael Brown, the individual’s lawyer tells CNN"
		}
		h++
	}
	if w := x.word(h); !titleWordsSet.has(w) && !personNounsSet.has(w) {
		return noRng // "Tony Blair, the Bush administration"
	}
	a, ok := x.fullNameAt(src.a-2, "")
	if p := x.word(a - 1); !ok || x.inQuote[a] || p == "and" || p == "or" || x.is(a-1, cPreposition) || nameGender(lowerWords(x.toks[a:src.a-1])) == 0 {
		return noRng // "hosts Joe Scarborough and Mika Brzezinski, the Democratic candidate"
	}
	return rng{a, src.a - 1}
}

// nameBeforeCoordinated returns the full name of a person written before src when src opens
// in lower case after "and" and an appositive in lower case after the name's comma
// ("Rosario Murillo, a government spokeswoman and wife of the president, Daniel Ortega": the
// second description is Rosario Murillo's too), or noRng.
func (x *extractor) nameBeforeCoordinated(src rng) rng {
	if src.a < 4 || x.word(src.a-1) != "and" || x.toks[src.a].upper || !x.isWord(src.a) {
		return noRng
	}
	c := src.a - 2 // back over the appositive to the name's comma
	for c > src.a-10 && c > 0 && x.isWord(c) && !x.toks[c].upper && !x.verbLike(c) {
		c--
	}
	if c == 0 || x.word(c) != "," || c+1 > src.a-2 || !isDeterminer(x.word(c+1)) {
		return noRng // "a government spokeswoman": an appositive opens with a determiner
	}
	a, ok := x.fullNameAt(c-1, "")
	if !ok || x.inQuote[a] {
		return noRng
	}
	return rng{a, c}
}

// cleftSubject returns the subject after "that" or "who" of a cleft sentence s whose subject
// np is "It" ("It was two weeks ago that screenwriter Aaron Sorkin was gushing over ...": the
// screenwriter), or np itself.
func (x *extractor) cleftSubject(s, np rng, limit int) rng {
	if np.b != np.a+1 || x.word(np.a) != "it" || x.word(np.b) != "was" && x.word(np.b) != "is" {
		return np
	}
	for t := np.b + 1; t < limit && t < np.b+12; t++ {
		switch w := x.word(t); {
		case w == "that" || w == "who":
			if c := x.subjectAt(s, t+1, limit); !c.empty() {
				return c
			}
			return np
		case !x.isWord(t):
			return np
		}
	}
	return np
}

// describedBefore returns the person a pronoun of a person at k stands for when the source
// before it is a described person ("An Islamic State fighter", "One YouTube user") in k's
// paragraph at most describedReach tokens before, of no other gender; nil otherwise. Such a
// person is no sure antecedent further on (see antecedent). earlier are the references of
// the drafts before k's, in their order: the walk stops at the first draft out of reach,
// since a text of many unresolved sources would make it quadratic.
func (x *extractor) describedBefore(earlier []*entity, k int, m mentionInfo) *entity {
	if m.pronoun != "person" {
		return nil
	}
	for j := len(earlier) - 1; j >= 0; j-- {
		e := earlier[j]
		if e == nil {
			if k-x.drafts[j].cue.b > describedReach {
				return nil
			}
			continue
		}
		if !e.described || k-e.last > describedReach || m.gender != 0 && e.gender != 0 && e.gender != m.gender {
			return nil
		}
		for t := e.last + 1; t <= k; t++ {
			if x.toks[t].nl > 0 {
				return nil // another paragraph
			}
		}
		return e
	}
	return nil
}

// subjectReach is how many tokens before a pronoun the sentence whose subject it may stand
// for (subjectSince, indefiniteSubject) may start: the pronoun's sentence or the one before,
// but not one so long that finding its subject for every pronoun in it would take time
// quadratic in its length (a text without full stops).
const subjectReach = 200

// describedNear returns the described person ("one Twitter user") among the references
// earlier, of the drafts before token k in their order, whose draft ends at most
// 2*describedReach tokens before k, in any paragraph; nil when there is none.
func (x *extractor) describedNear(earlier []*entity, k int) *entity {
	for j := len(earlier) - 1; j >= 0 && k-x.drafts[j].cue.b <= 2*describedReach; j-- {
		if e := earlier[j]; e != nil && e.described && e.kind == "person" {
			return e
		}
	}
	return nil
}

// describedReach is how many tokens before a pronoun describedBefore looks for a described
// person: a sentence and a short quotation after it.
const describedReach = 60

// namedEntity returns the entity the named mention m at token at refers to, adding it to
// ents when new: a surname alone takes the full name written before it ("Fischer" after
// "Mayor Lena Fischer"), and a mention merges with an earlier one of the same person or body.
func (x *extractor) namedEntity(ents *[]*entity, m mentionInfo, at int) *entity {
	if m.kind == "person" && len(m.words) == 1 {
		if m.gender == 0 {
			m.gender = courtesyGender(m.titles) // "Mrs. Clinton, who said": the relative pronoun tells none
		}
		told := m.gender != 0
		if m.gender == 0 {
			m.gender = x.surnameGender(at, m.words[0]) // "Clinton proposed rules that she said": Hillary, not Bill
		}
		// "Fischer" after "Mayor Lena Fischer" was named in the text.
		name, words := x.personBefore(at, m.words[0], m.gender)
		if !told && m.gender == 0 {
			if g := x.writtenGender(at, m.words[0], words); g != 0 {
				// "Clinton said" paragraphs after "Bill Clinton" in a story of Hillary Clinton's.
				m.gender = g
				name, words = x.personBefore(at, m.words[0], g)
			}
		}
		if name != "" {
			m.name, m.words = name, words
		}
		if m.gender == 0 {
			m.gender = nameGender(m.words)
		}
	}
	e := matchEntity(*ents, m)
	if m.kind == "person" && len(m.words) == 1 && (e == nil || len(e.words) == 1) && !upperCase(m.name) {
		// "Sanders" pages after "Bernie Sanders" was named, who has not spoken yet; but "NBC"
		// is no "Helicopter NBC".
		if name, words := x.personFarBefore(at, m.words[0], m.gender); name != "" {
			m.name, m.words = name, words
			if m.gender == 0 {
				m.gender = nameGender(m.words)
			}
			e = matchEntity(*ents, m)
		} else if g := givenNames[m.words[0]]; g != 0 && (m.gender == 0 || m.gender == g) {
			// "Bunbury local Dylan Thomas’ first trip ... Dylan said": a given name alone
			// stands for the one full name written with it before.
			if n, ok := x.fullNameFrom(at, m.words[0], titledReach); ok {
				m.name, m.words, m.gender = n.name, n.words, g
				e = matchEntity(*ents, m)
			}
		} else if name, words := x.articledSurname(at, m.words[0], m.gender); name != "" {
			// "Adnani" after "Abu Mohammed al-Adnani": a surname written without its article.
			m.name, m.words = name, words
			e = matchEntity(*ents, m)
		} else if n, end := x.fullNameEnd(at, m.words[0], openerReach(m.words[0])); end >= 0 && len(n.words) == 2 && (len(m.words[0]) <= 5 && hyphenGiven(n.words[1]) || x.givenNameOpens(at, n.words, end)) {
			// "Choe said" after "Choe Kwan-il": a short family name written before the
			// given name; "Jess said" after "Jess Smith ... she": a given name the list
			// lacks.
			m.name, m.words = n.name, n.words
			e = matchEntity(*ents, m)
		}
	}
	if e == nil {
		e = &entity{name: m.name, words: m.words, kind: m.kind}
		// "The customer, identified only as “Conal,” ... Conal says": a name the text
		// gives a person, though the list of given names lacks it.
		e.sure = m.kind == "person" && len(m.words) == 1 && x.knownAsBefore(at, m.words[0])
		*ents = append(*ents, e)
	}
	if e.gender == 0 && m.kind == "person" {
		e.gender = m.gender
	}
	e.sure = e.sure || m.kind == "person" && (len(m.words) > 1 && !compassName(m.words) && !m.articled || len(m.titles) > 0)
	if len(m.name) > len(e.name) && m.kind == e.kind && !(clericalKin.has(m.words[0]) && len(e.words) > 1 && !clericalKin.has(e.words[0])) {
		// but "Father Keane" after "John Keane" keeps the given name
		e.name, e.words = m.name, m.words
		if g := nameGender(m.words); g != 0 {
			e.gender = g
		}
	}
	e.titles = append(e.titles, m.titles...)
	return e
}

// compassName reports whether a name of two words opens with a point of the compass: "North
// Korea", "West Ridge" name places, no person a pronoun may stand for.
func compassName(words []string) bool {
	return len(words) == 2 && compassWords.has(words[0])
}

// compassWords are the points of the compass that open the names of places.
var compassWords = wordSetOf([]string{"north", "south", "east", "west"})

// knownAsReach is how many tokens back knownAsBefore looks: a text gives the name in the
// paragraphs before its bearer first speaks.
const knownAsReach = 600

// knownAsBefore reports whether the text gives someone the one-word name w before token at,
// at most knownAsReach tokens back: after "known as" or "identified as" ("only" or "simply"
// between or not) or a noun for people and "named", in quotation marks or not ("identified
// only as “Conal,”", "a man named Thomas").
func (x *extractor) knownAsBefore(at int, w string) bool {
	for j := at - 1; j > 1 && j > at-knownAsReach; j-- {
		if x.toks[j].low != w || !x.toks[j].upper {
			continue
		}
		k := j - 1
		if x.isOpenQuote(k) {
			k--
		}
		if v := x.word(k - 1); x.word(k) == "named" && (personNoun(v) || agentNoun(v)) {
			return true // "a man named Thomas"; not "readers have named Comcast"
		}
		if x.word(k) != "as" {
			continue
		}
		if v := x.word(k - 1); v == "only" || v == "simply" {
			k--
		}
		if v := x.word(k - 1); v == "known" || v == "identified" {
			return true
		}
	}
	return false
}

// articledSurname returns the full name, before token k, whose last word is the surname w
// after the article "al-" ("Abu Mohammed al-Adnani" for "Adnani"), of no other gender than g;
// "" when the text writes none.
func (x *extractor) articledSurname(k int, w string, g byte) (string, []string) {
	if strings.HasPrefix(w, "al-") {
		return "", nil
	}
	al := "al-" + w
	if name, words := x.personBefore(k, al, g); name != "" {
		return name, words
	}
	return x.personFarBefore(k, al, g)
}

// articledBefore reports whether the capitalised word j is a surname some full name before
// it ends in after "al-": "Adnani" after "Abu Mohammed al-Adnani".
func (x *extractor) articledBefore(j int) bool {
	name, _ := x.articledSurname(j, x.toks[j].low, 0)
	return name != ""
}

// hyphenGiven reports whether w may be a given name of two syllables joined by one hyphen,
// as Korean names write it after the family name ("kwan-il" of "Choe Kwan-il", "ki-moon" of
// "Ban Ki-moon"): two parts of two bytes or more, the first no article ("al-adnani"). It
// counts no syllables: "smith-jones" passes too.
func hyphenGiven(w string) bool {
	a, b, ok := strings.Cut(w, "-")
	return ok && len(a) >= 2 && len(b) >= 2 && a != "al" && a != "el" && !strings.Contains(b, "-")
}

// courtesyGender returns the gender a courtesy title among a mention's titles tells ("mrs."
// of "Mrs. Clinton"), or 0.
func courtesyGender(titles []string) byte {
	for _, t := range titles {
		if t = strings.TrimSuffix(t, "."); courtesyTitles.has(t) {
			return genderWords[t]
		}
	}
	return 0
}

// surnameGender returns the gender a surname alone at k stands for when the text names
// people of both genders with it in full ("Hillary Clinton", "Bill Clinton"): that of the
// first pronoun of a person after it in its sentence, outside quotations and before another
// person's given name ("Clinton proposed rules that she said"); 0 when the full names with it
// share a gender, or there is no such pronoun.
func (x *extractor) surnameGender(k int, surname string) byte {
	var g byte
	for j, end := k+1, x.sentOf(k).b; j < end && g == 0; j++ {
		if x.inQuote[j] {
			continue
		}
		if x.toks[j].upper && givenNames[x.toks[j].low] != 0 {
			break // "Clinton claimed that statements made by Donald Trump ... makes him": his
		}
		switch x.toks[j].low {
		case "she", "her", "herself":
			g = 'f'
		case "he", "him", "his", "himself":
			g = 'm'
		}
	}
	if g == 0 || !x.bothGenders(surname) {
		return 0
	}
	return g
}

// writtenGender returns the gender of the full name with surname that a surname alone at k
// most likely stands for when the text names a woman and a man with it; near are the words
// of the nearest full name personBefore found for it, nil when none. It returns 0 when the
// nearest is in k's paragraph, at most personReach tokens before k ("Bill Clinton spoke with
// voters ... a woman asked for a photo and Clinton said"). Else it returns the gender of the
// first one the text writes, the person it is about, when the nearest is of the other gender
// (a story of Hillary Clinton's campaign that names her husband a few paragraphs before
// "Clinton said"), unless the nearest's gender is written in the first one's paragraph too
// ("first lady Michelle Obama ... President Barack Obama's meeting": no one of them first).
func (x *extractor) writtenGender(k int, surname string, near []string) byte {
	if near == nil {
		_, near = x.personFarBefore(k, surname, 0) // the names found once for the surname
	}
	nearG := nameGender(near)
	if nearG == 0 {
		return 0
	}
	first := x.firstFullName(surname)
	if first.end < 0 || int(first.end) >= k {
		return 0
	}
	g := nameGender(lowerWords(x.toks[first.start : first.end+1]))
	if g == 0 || g == nearG {
		return 0 // the nearest is the first one's gender: nothing to choose
	}
	if name, _ := x.personBetween(k, max(x.paragraphStart(k), k-personReach)-1, surname, 0); name != "" {
		return 0
	}
	end := int(first.end) + 1 // the end of the first one's paragraph, at most personReach tokens on
	for end < k && end <= int(first.end)+personReach && x.toks[end].nl == 0 {
		end++
	}
	if _, words := x.personBetween(end, int(first.end), surname, nearG); nameGender(words) == nearG {
		return 0
	}
	return g
}

// firstFullName returns the first full name with surname the text writes, found once for
// each surname asked by a walk from the text's start that stops at it (in the names
// fullNamesBefore found when it has, or for a long text); end -1 when there is none.
func (x *extractor) firstFullName(surname string) fullName {
	if f, ok := x.firstNames[surname]; ok {
		return f
	}
	if _, ok := x.surnames[surname]; ok || !x.walkable() {
		// Found before, or a long text: its index of names is cheaper than a walk.
		if f := x.fullNamesBefore(surname); len(f) > 0 {
			return f[0]
		}
		return fullName{end: -1, start: -1}
	}
	f := fullName{end: -1, start: -1}
	for _, j := range x.nameRunEnds() {
		if sameWord(x.toks[j].low, surname) {
			if a, ok := x.fullNameAt(int(j), surname); ok {
				f = fullName{end: j, start: int32(a)}
				break
			}
		}
	}
	if x.firstNames == nil {
		x.firstNames = make(map[string]fullName)
	}
	x.firstNames[surname] = f
	return f
}

// bothGenders reports whether the text names a woman and a man in full with the surname;
// found once for each surname asked (a long text asks about one surname hundreds of times).
func (x *extractor) bothGenders(surname string) bool {
	if both, ok := x.mixedSurnames[surname]; ok {
		return both
	}
	var seen [2]bool
	for _, n := range x.fullNamesBefore(surname) {
		switch nameGender(lowerWords(x.toks[n.start : n.end+1])) {
		case 'f':
			seen[0] = true
		case 'm':
			seen[1] = true
		}
	}
	if x.mixedSurnames == nil {
		x.mixedSurnames = make(map[string]bool)
	}
	x.mixedSurnames[surname] = seen[0] && seen[1]
	return seen[0] && seen[1]
}

// clausalMention reports whether the source span r is a piece of a clause rather than a
// mention: it opens with a preposition ("In a letter to Senate colleagues released Monday"),
// holds "ago", or holds a verb after a word that is no determiner before any comma or
// relative pronoun ("Schilling appeared on a show", but not "Elizabeth Arnold, who said").
func (x *extractor) clausalMention(r rng) bool {
	if r.b-r.a < 2 {
		return false
	}
	if w := x.word(r.a); !x.toks[r.a].upper && (prepositionsSet.has(w) || w == "during" || w == "after" || w == "before" || w == "while" || w == "when" || w == "since") {
		return true
	}
	for k := r.a; k < r.b; k++ {
		w := x.word(k)
		switch {
		case w == "ago":
			return true
		case (w == "named" || w == "called") && k+1 < r.b && x.toks[k+1].upper:
			continue // "a woman named Lana"
		case w == "," || w == "who" || w == "whose" || w == "which" || w == "that" || isDash(w) || w == "-":
			return false
		case k > r.a && !x.toks[k].upper && (x.verbLike(k) || irregularPastSet.has(w) || auxiliariesSet.has(w) || beFormsSet.has(w) && w != "'s") && !npDeterminersSet.has(x.word(k-1)) && !titleWordsSet.has(w):
			return true
		}
	}
	return false
}

// mentionInfo is what a source mention says of its speaker.
type mentionInfo struct {
	pronoun string   // the pronoun's referent kind ("person", "group", "thing", "speaker") when a pronoun
	named   bool     // holds a proper name
	name    string   // the name to use: without titles for persons, without determiners for bodies
	words   []string // lower-case words of name
	kind    string   // person, org or group
	titles  []string // lower-case title and description words ("minister", "official")
	gender  byte     // 'f' or 'm' when the mention tells it (see [extractor.genderOf]), else 0
	// articled: a name written after "the" ("the U.S. Central Command"), which a body's
	// name may be and a person's is not: no sure person by its words alone
	articled bool
}

// beforeTimeAfter returns where mention r ends without the time that closes it, "on Thursday",
// "last week", "yesterday", "in June", and the verb of publishing before a day ("released
// Monday", "out Monday"): "a media report on Thursday" names a media report, "A Monmouth
// poll out Monday" a poll, "a video released by ISIS last August" no month.
func (x *extractor) beforeTimeAfter(r rng) int {
	b := r.b
	if b-r.a < 3 || x.toks[r.a].low == "who" {
		return b
	}
	switch w, p := x.word(b-1), x.word(b-2); {
	case weekdaysSet.has(w) && p == "on" && !x.toks[b-3].upper:
		b -= 2 // but "The Mail on Sunday"
	case dayOrMonth(w) && x.toks[b-1].upper && (p == "last" || p == "this" || p == "in" || p == "out"):
		b -= 2
	case dayOrMonth(w) && x.toks[b-1].upper && x.isWord(b-2) && !x.toks[b-2].upper && !x.is(b-2, cPreposition|cFunction):
		b-- // "a video Thursday", "a poll released Monday"; but "Super Tuesday"
	case (w == "week" || w == "month" || w == "year") && (p == "last" || p == "this"):
		b -= 2
	case w == "yesterday" || w == "today" || w == "tonight":
		b--
	default:
		return b
	}
	if w := x.word(b - 1); b-r.a > 2 && (w == "late" || w == "early" || w == "earlier" || w == "from" || publishedWords.has(w)) {
		b-- // "a TV report late last month", "an article from today", "a poll released Monday"
	}
	return b
}

// dayOrMonth reports whether w names a day of the week or a month ("may" is a verb).
func dayOrMonth(w string) bool {
	return weekdaysSet.has(w) || monthNumber(w) > 0 && w != "may"
}

// publishedWords are the verbs of publishing that a source's time follows: "a poll released
// Monday", "A Monmouth poll out Monday".
var publishedWords = wordSetOf([]string{"released", "published", "out", "conducted", "issued", "posted", "filed", "taken"})

// mention returns what the source span r says of its speaker: a pronoun's kind, or the name
// (without titles, determiners and the time after it), the kind ("person", "org", "group"),
// and the title and description words.
func (x *extractor) mention(r rng) mentionInfo {
	if w := x.word(r.b - 1); r.b-r.a > 1 && (w == "'s" || w == "’s") {
		r.b-- // "Egypt's", the possessor of a nominal cue ("Egypt's claim"), names Egypt
	}
	r.b = x.beforeTimeAfter(r)
	if r.b-r.a == 1 {
		if m, ok := x.oneWordMention(r.a); ok {
			return m
		}
	}
	r, desc := x.namingPart(r)
	if s := x.suffixStart(r); s < r.b {
		if m, ok := x.suffixedMention(r, s); ok {
			m.titles = append(m.titles, desc...)
			return m
		}
	}
	var m mentionInfo
	toks := x.toks[r.a:r.b]
	m.titles = append(m.titles, desc...)
	// Words after a possessive are the head: "Pakistan's Foreign Office" names the office.
	for i, t := range toks {
		if t.low == "'s" && i+1 < len(toks) {
			m.titles = append(m.titles, lowerWords(toks[:i])...)
		}
	}
	sentenceInitial := r.a == 0 || x.isSentenceStart(r.a)
	upperCount := x.namingWords(toks, sentenceInitial)
	if x.descriptionBeforePreposition(r, toks, sentenceInitial, &m) || x.namedTogether(r, toks, &m) {
		return m
	}
	// "The American Chamber of Commerce in China": a body's name ends before the place
	// it is in.
	for i := 2; i+1 < len(toks); i++ {
		if toks[i].low == "in" && !toks[i].upper && toks[i-1].upper && toks[i+1].upper && orgNamed(toks[:i]) {
			toks = toks[:i]
			break
		}
	}
	titled := false // "the website “Injustice Stories”": a body's name in quotation marks
	for i := 1; i < len(toks); i++ {
		if toks[i].kind == tQuote && toks[i].q == qOpen && orgWordsSet.has(toks[i-1].low) {
			titled = true
		}
	}
	if titled && upperCount > 0 && x.quotedBodyName(toks, &m) {
		return m
	}
	m.kind = mentionKind(toks, titled, sentenceInitial)
	if m.kind == "person" && x.capitalisedPlural(toks, sentenceInitial) {
		m.kind = "group" // "Witnesses said ... They said": people, capitalised as the sentence's first word
	}
	for _, t := range toks {
		if t.kind == tWord && (titleWordsSet.has(t.low) || !t.upper) && !isDeterminer(t.low) && !npGlueSet.has(t.low) {
			m.titles = append(m.titles, t.low)
		}
	}
	m.named = upperCount > 0
	if m.named && m.kind == "person" {
		var done bool
		if toks, done = x.namedPersonMention(r, toks, sentenceInitial, &m); done {
			return m
		}
	}
	if m.named && m.kind == "org" {
		toks = x.nameBeforeClassifier(toks, &m)
	}
	x.bodyName(toks, &m)
	return m
}

// nameBeforeClassifier returns a body's name without the lower-case words after it that
// class the body, which go to m's titles: "the Syrian Observatory for Human Rights monitoring
// group", "the Washington Post newspaper", "the Reuters news agency", "the Islamic State
// militant group". The name must be one: linked ("of", "for"), in capitals, ending in a
// body's word, or before "news" or a word for fighters; "the Baton Rouge newspaper" and "the
// United Nations health agency", "the Lebanese news magazine" and "a fake MSNBC site" are
// descriptions.
func (x *extractor) nameBeforeClassifier(toks []token, m *mentionInfo) []token {
	n := len(toks)
	if n < 2 || !classifierHeads.has(toks[n-1].low) || toks[n-1].upper {
		return toks
	}
	e := n - 1
	if e-1 >= 0 && !toks[e-1].upper && classifierModifiers.has(toks[e-1].low) {
		e--
	}
	if e == 0 || !toks[e-1].upper || toks[e-1].kind != tWord || demonym(toks[e-1].low) || toks[0].low == "a" || toks[0].low == "an" {
		return toks // "a fake MSNBC site" is no MSNBC
	}
	last, mod := toks[e-1], toks[e].low
	if fighterModifiers.has(mod) && (e < 2 || !toks[e-2].upper) {
		return toks // "the Sunni militant group"
	}
	linked := false
	for _, t := range toks[:e] {
		linked = linked || linkedWords.has(t.low) && !t.upper
	}
	if !linked && mod != "news" && !fighterModifiers.has(mod) && !orgWordsSet.has(last.low) && !mediaNames.has(last.low) && !x.isAllUpper(last) {
		return toks
	}
	m.titles = append(m.titles, lowerWords(toks[e:])...)
	return toks[:e]
}

// classifierHeads are the nouns that class a body after its name: "the Reuters news agency".
var classifierHeads = wordSetOf([]string{"newspaper", "paper", "magazine", "tabloid", "channel", "broadcaster", "network", "group", "agency", "organization", "organisation", "website", "site"})

// classifierModifiers are the words before a classifier head: "news agency", "militant group".
var classifierModifiers = wordSetOf([]string{"news", "monitoring", "militant", "terrorist", "jihadist", "extremist", "rebel", "web"})

// fighterModifiers class a body's name before "group" or "network" as an armed group's:
// "the Islamic State militant group".
var fighterModifiers = wordSetOf([]string{"militant", "terrorist", "jihadist", "extremist", "rebel"})

// generationSuffixes are the words after a person's name that tell a father from his son:
// "Duncan Hunter Jr.", "John Brown Sr.".
var generationSuffixes = wordSetOf([]string{"jr", "sr"})

// suffixStart returns where the generational suffix ending the mention r starts ("Jr." of
// "Rep. Duncan Hunter Jr.", ", Jr."), or r.b when it ends in none.
func (x *extractor) suffixStart(r rng) int {
	b := r.b
	if b-r.a >= 3 && x.word(b-1) == "." {
		b--
	}
	if b-r.a < 2 || !generationSuffixes.has(x.word(b-1)) || !x.toks[b-1].upper {
		return r.b
	}
	s := b - 1
	if x.word(s-1) == "," && s-2 > r.a {
		s-- // "Martin Luther King, Jr."
	}
	if !x.toks[s-1].upper || x.toks[s-1].kind != tWord {
		return r.b
	}
	return s
}

// suffixedMention returns the mention of the person named in r before the generational
// suffix at s, and whether r is one: the suffix is part of the name, not of the words the
// person is called by ("Hunter said" after "Rep. Duncan Hunter Jr." is Duncan Hunter Jr.).
func (x *extractor) suffixedMention(r rng, s int) (mentionInfo, bool) {
	m := x.mention(rng{r.a, s})
	end := x.toks[s-1].End
	if m.kind != "person" || len(m.words) < 2 || len(m.name) > end || x.text[end-len(m.name):end] != m.name {
		return m, false // "an adviser to Joseph R. Biden Jr": the name is the adviser's
	}
	k := r.b - 1
	if x.word(k) == "." {
		k--
	}
	m.name += " " + x.text[x.toks[k].Start:x.toks[r.b-1].End]
	return m, true
}

// suffixed reports whether a person's name ends in a generational suffix ("Donald Trump Jr.").
func suffixed(name string) bool {
	i := strings.LastIndexByte(name, ' ')
	w := strings.TrimSuffix(name[i+1:], ".")
	return i >= 0 && (strings.EqualFold(w, "jr") || strings.EqualFold(w, "sr"))
}

// oneWordMention returns what the one-word mention at i stands for when its word alone
// tells: a pronoun (or, for "it" in "a charge it denies", the charged body), or a business
// named in full before.
func (x *extractor) oneWordMention(i int) (mentionInfo, bool) {
	if k := pronounKind[x.toks[i].low]; k != "" {
		if np := x.chargedSubject(i, k); !np.empty() {
			return x.mention(np), true // "Tesla faces a lawsuit, a charge it denies": Tesla
		}
		return mentionInfo{pronoun: k}, true
	}
	if k := pronounKind[x.pronounWord(i)]; k != "" {
		return mentionInfo{pronoun: k}, true // "We're told", "they’ve said"
	}
	if x.particleName(i) {
		// "al-Jabbouri said" after "Lt. Khairalla al-Jabbouri": a surname in lower case.
		return mentionInfo{name: x.text[x.toks[i].Start:x.toks[i].End], words: []string{x.toks[i].low}, kind: "person", named: true}, true
	}
	if t := &x.toks[i]; t.upper && x.is(i, cTitle) && len(x.fullNamesBefore(t.low)) > 0 {
		// "Bishop said" after "Rep. Tim Bishop": a title word that is a surname.
		return mentionInfo{name: x.text[t.Start:t.End], words: []string{t.low}, kind: "person", named: true}, true
	}
	return x.businessBefore(i) // "Halvern" after "Halvern Pharmaceuticals Inc" was named: the business
}

// watchdogName reports whether the capitalised words name a group that watches others: the
// last is "Watch" and the first no given name ("Human Rights Watch", "Right Wing Watch",
// "Judicial Watch").
func watchdogName(words []string) bool {
	return len(words) > 1 && words[len(words)-1] == "watch" && givenNames[words[0]] == 0
}

// pronounWord returns the word token k is without a contracted auxiliary after a pronoun:
// "we" of "We're", "she" of "she’ll"; else the token's word.
func (x *extractor) pronounWord(k int) string {
	if at := x.contractedAuxAt(k); at > 0 {
		return strings.ToLower(x.text[x.toks[k].Start:at])
	}
	return x.toks[k].low
}

// namingWords counts the capitalised words of the mention toks that can name someone: not
// a title, determiner or function word capitalised only as the sentence's first word, nor
// "the CEO"'s title.
func (x *extractor) namingWords(toks []token, sentenceInitial bool) int {
	n, caps := 0, capsTitle(toks)
	for i, t := range toks {
		if t.kind != tWord || !t.upper {
			continue
		}
		if i == 0 && sentenceInitial && (titleWordsSet.has(t.low) || isDeterminer(t.low) || functionWordsSet.has(t.low) || t.low == "one" || t.low == "another" || t.low == "some" || t.low == "two" || t.low == "several" || t.low == "data") {
			continue
		}
		if i == 1 && len(toks) == 2 && toks[0].low == "the" && (titleWordsSet.has(t.low) && (x.isAllUpper(t) || titleForm(t.low) != "") || clericalKin.has(t.low)) {
			continue // "the CEO", "the Congressman", "the Father": a description, as "the chief executive" is
		}
		if i > 0 && caps {
			continue // "the Prime Minister", "the Foreign Secretary": the same
		}
		n++
	}
	return n
}

// capsTitle reports whether the mention toks is "the" and two or more capitalised words of a
// title, the last a person's ("the Prime Minister", "the Foreign Secretary"): a description.
func capsTitle(toks []token) bool {
	if len(toks) < 3 || toks[0].low != "the" || titleForm(toks[len(toks)-1].low) == "" {
		return false
	}
	for _, t := range toks[1:] {
		if t.kind != tWord || !t.upper || !titleWordsSet.has(t.low) {
			return false
		}
	}
	return true
}

// descriptionBeforePreposition fills m and reports true when the mention r (its tokens
// toks) is a description whose head comes before a preposition: "A spokesman for Mayor
// Frank G. Jackson"; the names after it are whom the speaker works for.
func (x *extractor) descriptionBeforePreposition(r rng, toks []token, sentenceInitial bool, m *mentionInfo) bool {
	for i, t := range toks {
		if i == 0 || !descriptionPreps.has(t.low) || t.upper || partitiveOf(toks, i) {
			continue
		}
		if x.officeOfName(r, toks, i) {
			return false // "Defense chief of staff Alex Badeh": the office's holder, named
		}
		// "Officials in Beijing said": a noun for people capitalised only as the
		// sentence's first word is a description's head all the same.
		h := toks[i-1]
		if h.kind != tWord || h.upper && !(i == 1 && sentenceInitial && x.peopleHead(h.low) && !titledName(toks[i+1:])) {
			return false
		}
		a := 0
		for a < i-1 && (isDeterminer(toks[a].low) || x.isIndefinite(r.a+a)) && !partitiveOf(toks, a+1) {
			a++
		}
		m.kind = "person"
		if strings.HasSuffix(h.low, "s") && !strings.HasSuffix(h.low, "ss") && toks[0].low != "one" {
			m.kind = "group" // but "One of Emwazi’s neighbours in Queen’s Park" is a person
		}
		m.name = x.text[toks[a].Start:toks[len(toks)-1].End]
		m.words = lowerWords(toks[a:i])
		m.titles = append(m.titles, h.low)
		return true
	}
	return false
}

// partitiveOf reports whether toks[i] is the "of" after a number word that opens the
// mention, with a possessor or a determiner after it, and a noun for people before a
// preposition later: "One of Emwazi’s neighbours in Queen’s Park", "Two of the guards at
// the prison"; the description's head comes after it. Not "one of Emwazi's close friends",
// whose head is the possessed.
func partitiveOf(toks []token, i int) bool {
	if i != 1 || toks[i].low != "of" || !numberWordsSet.has(toks[0].low) || i+3 >= len(toks) || !isDeterminer(toks[2].low) && !isPossessiveMark(toks[3].low) {
		return false
	}
	for j := i + 2; j+1 < len(toks); j++ {
		if descriptionPreps.has(toks[j].low) && !toks[j].upper {
			return personNoun(toks[j-1].low)
		}
	}
	return false
}

// officeOfName reports whether the preposition toks[i] of the mention r is the "of" of an
// office, one word in lower case after it that is no noun for people, and a full name ends
// the mention after that word ("chief of staff Alex Badeh",
// "secretary of state Hillary Clinton"): the name is the speaker, the office his, not a
// description whose head comes before a preposition ("the wife of actor Tom Hale").
func (x *extractor) officeOfName(r rng, toks []token, i int) bool {
	if toks[i].low != "of" || i+3 >= len(toks) {
		return false
	}
	w := toks[i+1]
	if w.kind != tWord || w.upper || isDeterminer(w.low) || personNounsSet.has(w.low) || agentNoun(w.low) || functionWordsSet.has(w.low) {
		return false
	}
	a, ok := x.fullNameAt(r.b-1, "")
	return ok && a == r.a+i+2
}

// namedTogether fills m and reports true when the mention r names several speakers joined
// by "and" or "&": "Pakistan and the US".
func (x *extractor) namedTogether(r rng, toks []token, m *mentionInfo) bool {
	for _, t := range toks {
		if (t.low == "and" || t.low == "&") && !x.describedName(r) {
			a := 0
			for a < len(toks)-1 && isDeterminer(toks[a].low) {
				a++
			}
			m.named, m.kind = true, "group"
			m.name = x.text[toks[a].Start:toks[len(toks)-1].End]
			m.words = lowerWords(toks[a:])
			return true
		}
	}
	return false
}

// quotedBodyName fills m with the quoted words of a body's name ("the website “Injustice
// Stories”") and reports whether there were any.
func (x *extractor) quotedBodyName(toks []token, m *mentionInfo) bool {
	a := 0
	for a < len(toks) && !(toks[a].kind == tQuote && toks[a].q == qOpen) {
		a++
	}
	b := len(toks)
	for b > a+1 && toks[b-1].kind != tWord {
		b--
	}
	if a+1 >= b {
		return false
	}
	m.kind = "org"
	m.name = x.text[toks[a+1].Start:toks[b-1].End]
	m.words = lowerWords(toks[a+1 : b])
	return true
}

// mentionKind returns what kind of speaker the mention toks is by its head: "org" for a
// body (or a quoted name after a body's word), "group" for a plural in lower case, else
// "person".
func mentionKind(toks []token, titled, sentenceInitial bool) string {
	last := toks[len(toks)-1]
	switch head := last.low; {
	case orgWordsSet.has(head) || titled:
		return "org"
	case head == "data" && (!last.upper || len(toks) == 1 && sentenceInitial):
		return "org" // "Data show": the record of a body, no person
	case strings.HasSuffix(head, "s") && !strings.HasSuffix(head, "ss") && !last.upper:
		return "group" // but "a witness", "the boss" are one person
	case strings.HasSuffix(head, "s") && (partyMembers.has(head[:len(head)-1]) || strings.HasSuffix(head, "ies") && partyMembers.has(head[:len(head)-3]+"y")):
		return "group" // "some Democrats", "Republicans", "Tories": a party's people, no one person
	}
	return "person"
}

// capitalisedPlural reports whether the one-word mention toks is a plural noun for people
// capitalised only as its sentence's first word: "Witnesses", "Officials", not "Sanders" or
// "Fields", surnames the text never writes in lower case.
func (x *extractor) capitalisedPlural(toks []token, sentenceInitial bool) bool {
	if len(toks) != 1 || !sentenceInitial || !toks[0].upper || toks[0].kind != tWord || x.isAllUpper(toks[0]) {
		return false
	}
	w := toks[0].low
	sg := strings.TrimSuffix(w, "s")
	if sg == w || strings.HasSuffix(sg, "s") && !strings.HasSuffix(w, "sses") {
		return false
	}
	return personNoun(w) && !titleWordsSet.has(sg) || x.commonWord(w)
}

// namedPersonMention fills m with the name of the named person the mention r (its tokens toks)
// stands for and reports true when done; else it returns the tokens left for a body's or a
// description's name (bodyName), m.kind set to "org" or "person" for a description.
func (x *extractor) namedPersonMention(r rng, toks []token, sentenceInitial bool, m *mentionInfo) ([]token, bool) {
	toks = x.nameBeforePlace(toks)
	if s := x.linkedNameStart(toks, sentenceInitial); s >= 0 {
		// "The Mail on Sunday", "Voice of America", "the Department of Foreign Affairs":
		// capitalised words joined by "of", "on", "for" or "to" are one body's name.
		s = afterSeat(toks, s)
		m.kind = "org"
		m.name = x.text[toks[s].Start:toks[len(toks)-1].End]
		m.words = lowerWords(toks[s:])
		return toks, true
	}
	j := x.nameRunStart(r, toks, m)
	if j < len(toks) {
		j = afterSeat(toks, j) // "Mountain View-based Google"
		m.name = x.text[toks[j].Start:toks[len(toks)-1].End]
		m.words = lowerWords(toks[j:])
		if j == len(toks)-1 && len(toks) > 1 && x.isAllUpper(toks[j]) {
			m.kind = "org" // "US", "NATO"
			if p := toks[j-1]; p.upper && orgWordsSet.has(p.low) {
				// "Press TV": a body's word, though a title's too, opens the body's name
				m.name = x.text[p.Start:toks[j].End]
				m.words = lowerWords(toks[j-1:])
			}
		}
		if m.kind == "person" && (mediumName(m.words) || watchdogName(m.words)) {
			m.kind = "org" // "USA Today", "Daily Mail", "Human Rights Watch": no "he" stands for them
		}
		if m.kind == "person" && x.capsHeading(toks[j:]) {
			m.kind = "org" // "TRANSGENDER KIDS: Teen ... writes": a caption's heading
		}
		if m.kind == "person" && j > 0 && bodyNoun(toks[j-1]) {
			m.kind = "org" // "The Lebanese newspaper As-Safir": a body "it" stands for
		}
		if j > 0 && toks[j-1].low == "the" && givenNames[toks[j].low] == 0 {
			m.articled = true // "the U.S. Central Command": "the" opens no person's name
		}
		return toks, true
	}
	m.kind = "org" // all titles and bodies: "the White House", "President"
	if h := toks[len(toks)-1]; x.isIndefinite(r.a) && !h.upper && (personNoun(h.low) || agentNoun(h.low)) {
		// "An Islamic State fighter", "A White House official": someone described, whom
		// a "he" after may stand for.
		m.kind = "person"
	}
	return toks, false
}

// bodyNoun reports whether t is a lower-case noun for a news medium or an agency, which
// makes the name after it a body's: "newspaper", "agency".
func bodyNoun(t token) bool {
	return t.kind == tWord && !t.upper && (mediaHeads.has(t.low) || agencyHeads.has(t.low))
}

// nameBeforePlace cuts a person's name before "of", "from" or "in" and a place: "Senator
// Ben Cardin of Maryland", "Lindsey Graham of South Carolina", "The BBC's Sally Nabil in
// Baghdad"; but "The City of Springfield", "Al Qaeda in the Arabian Peninsula" are one name.
func (x *extractor) nameBeforePlace(toks []token) []token {
	for i := 1; i < len(toks)-1; i++ {
		if (toks[i].low == "of" || toks[i].low == "from" || toks[i].low == "in" && toks[i+1].upper && !isDeterminer(toks[i+1].low)) && toks[i-1].upper && (i > 1 && nameWordBefore(toks, i-1) || i == 1 && x.surnameOf(toks[0])) && placeAfter(toks[i+1:]) &&
			(!titleWordsSet.has(toks[i-1].low) || titleSurname(toks, i-1)) && !orgWordsSet.has(toks[i-1].low) && !orgWordsSet.has(toks[len(toks)-1].low) {
			return toks[:i]
		}
	}
	return toks
}

// titleSurname reports whether toks[i], a capitalised title word, is a surname: a given name
// is written before it, with an initial between or not ("King" of "Peter T. King", "Steve
// King of Iowa"); not a title before a name or with its point ("Virginia Gov. Terry
// McAuliffe", "King Abdullah").
func titleSurname(toks []token, i int) bool {
	if n := i + 1; n < len(toks) && (toks[n].low == "." || toks[n].kind == tWord && toks[n].upper) {
		return false
	}
	p := i - 1
	if p >= 2 && toks[p].low == "." && len(toks[p-1].low) == 1 && toks[p-1].upper {
		p -= 2 // "Peter T. King": the initial's point, then the initial
	}
	return p >= 0 && toks[i].kind == tWord && toks[i].upper && toks[p].kind == tWord && toks[p].upper && givenNames[toks[p].low] != 0
}

// nameRunStart returns where the name ends the mention r (its tokens toks) starts: the
// trailing run of capitalised words that are not titles, without an office before it, or
// with a body's name that holds "for" or "of" (m.kind set to "org" then).
func (x *extractor) nameRunStart(r rng, toks []token, m *mentionInfo) int {
	j := len(toks)
	for j > 0 {
		t := toks[j-1]
		if t.kind == tWord && (t.upper || x.nameParticle(toks, j-1)) && (!titleWordsSet.has(t.low) || j == len(toks) && titleSurname(toks, j-1)) {
			j--
			continue
		}
		// The point of an initial: "Michael C. Cernech".
		if t.low == "." && j > 1 && toks[j-2].kind == tWord && len(toks[j-2].low) == 1 && toks[j-2].upper {
			j--
			continue
		}
		if x.innerPoint(toks, j-1) {
			j -= 2 // a point inside a website's name, and the word before it: "News.XY", "iPost.Fr"
			continue
		}
		break
	}
	if j >= 3 && toks[j-1].low == "of" && titleWordsSet.has(toks[j-2].low) && isDeterminer(toks[0].low) && lowerBefore(toks[1:j-2]) {
		j -= 2 // "the Archbishop of Camerino", "the Mayor of London": the office names them
	}
	f := j
	for f > 0 && toks[f-1].kind == tWord && toks[f-1].upper && titleWordsSet.has(toks[f-1].low) {
		f-- // "the Office for National Statistics": a title word inside the body's name
	}
	if f >= 2 && f < j && toks[f-1].low == "for" {
		j = f
	}
	if j >= 2 && j < len(toks) && toks[j-1].low == "for" && toks[j-2].upper && !titleWordsSet.has(toks[j-2].low) && !isDeterminer(toks[j-2].low) && !personNounsSet.has(strings.TrimSuffix(toks[j-2].low, "s")) {
		// "The Syrian Observatory for Human Rights", "the Center for Strategic Studies": a
		// body's name with "for" in it; but "Attorneys for Clinton" are people.
		j -= 2
		for j > 0 && toks[j-1].kind == tWord && toks[j-1].upper && !titleWordsSet.has(toks[j-1].low) && !isDeterminer(toks[j-1].low) {
			j--
		}
		m.kind = "org"
	}
	if j >= 2 && j < len(toks) && toks[j-1].low == "of" && orgWordsSet.has(toks[j-2].low) && toks[j-2].upper {
		// "The Gaza Ministry of Interior": a body's name with "of" in it; "The U.S.
		// Chamber of Commerce" keeps its country's initials.
		j -= 2
		for j > 0 && (toks[j-1].kind == tWord && toks[j-1].upper && !titleWordsSet.has(toks[j-1].low) && !isDeterminer(toks[j-1].low) || initialPoint(toks, j-1)) {
			j--
		}
		m.kind = "org"
	}
	if m.kind == "person" && j >= 2 && j+2 < len(toks) && toks[j-1].low == "of" && toks[j-2].upper && givenNames[toks[j].low] == 0 {
		j = x.bodyNameEnd(r.a+j, r.a+len(toks)-1) - r.a // "Minister of Defense Moshe Ya'alon": the office's last word
	} else if m.kind == "person" && j >= 3 && j+2 < len(toks) && toks[j-1].low == "the" && (toks[j-2].low == "to" || toks[j-2].low == "of") && titleWordsSet.has(toks[j-3].low) && givenNames[toks[j].low] == 0 {
		j = x.bodyNameEnd(r.a+j, r.a+len(toks)-1) - r.a // "Ambassador to the United Nations Samantha Power"
	}
	if m.kind == "person" {
		j = x.nameStart(r.a, j, len(toks))
	}
	return j
}

// bodyName fills m's name with a body's or a description's mention toks without its
// leading determiners, and for a named body without the description in lower case before
// its name ("U.S. chipmaker Arbor Semiconductor Inc", "the opposition Labour Party"), which
// goes to m's titles.
func (x *extractor) bodyName(toks []token, m *mentionInfo) {
	a := 0
	for a < len(toks)-1 && (isDeterminer(toks[a].low) || toks[a].low == "'s") {
		a++
	}
	a = afterSeat(toks, a)
	if m.named && m.kind == "org" {
		if d := lastDescriptionWord(toks); d >= a && d+1 < len(toks) && plainDescription(toks[a:d+1]) && !personNoun(toks[len(toks)-1].low) {
			m.titles = append(m.titles, lowerWords(toks[a:d+1])...)
			a = d + 1
		}
	}
	m.name = x.text[toks[a].Start:toks[len(toks)-1].End]
	m.words = lowerWords(toks[a:])
}

// afterSeat returns where a body's name starts after the seat written before it from a: "the
// Britain-based Syrian Observatory for Human Rights", "the New York-based Committee to Protect
// Journalists" name the observatory and the committee; a seat before a lower-case word ("the
// Britain-based group") stays, for no name follows.
func afterSeat(toks []token, a int) int {
	for i := a; i < len(toks)-1 && i < a+3 && toks[i].upper; i++ {
		if strings.HasSuffix(toks[i].low, "-based") {
			if toks[i+1].upper && toks[i+1].kind == tWord {
				return i + 1
			}
			break
		}
	}
	return a
}

// namingPart returns the part of the mention r that names the speaker and the words of the
// description cut off it: the name after or before an appositive ("Another delegate on the
// Cruz slate, Jim Poolman", "Bell, a 41-year-old city councilman"), after "named" ("a woman
// named Lana"), or the body after a record ("a report by Amnesty International").
func (x *extractor) namingPart(r rng) (rng, []string) {
	// "Michael C. Cernech, the city manager": the name is before the appositive.
	var desc []string
	for k := r.a + 1; k < r.b; k++ {
		if x.word(k) == "(" && !x.toks[r.a].upper || x.word(k) == "(" && isDeterminer(x.word(r.a)) {
			// "An adviser to Nicaragua's Institute of Earth Studies (Ineter), Wilfried
			// Strauch": an acronym in brackets inside the description.
			c := k + 1
			for c < r.b && c < k+8 && x.word(c) != ")" {
				c++
			}
			if c+2 < r.b && x.word(c) == ")" && x.word(c+1) == "," && x.toks[c+2].upper && x.isWord(c+2) {
				k = c
				continue
			}
		}
		if x.word(k) == "," && x.listComma(r, k, r.b) {
			continue // "voters in Alabama, Georgia and Virginia": a list, no appositive
		}
		if w := x.word(k); w == "," || w == "—" || w == "(" || w == "who" || w == "which" {
			// "Another delegate on the Cruz slate, Jim Poolman": a description first, and
			// the name after it.
			a := r.a
			for a < k-1 && (isDeterminer(x.word(a)) || possessivesSet.has(x.word(a)) || x.word(a) == "another" || x.word(a) == "one") {
				a++ // "His brother, Mike Haines"
			}
			if w == "," && (!x.toks[a].upper || x.isSentenceStart(a) && x.lowerAfter(a+1, k) || (personNounsSet.has(x.word(k-1)) || titleForm(x.word(k-1)) != "") && !x.toks[k-1].upper) && k+1 < r.b && x.toks[k+1].upper {
				// "Government spokeswoman, First Lady Rosario Murillo": capitalised only as
				// the sentence's first word; "Mr Somers’ father, Michael": a person's kin;
				// "The French interior minister, Bernard Cazeneuve": a title.
				desc = lowerWords(x.toks[a:k])
				e := k + 1
				for e < r.b && x.word(e) != "," && x.word(e) != "(" {
					e++
				}
				r = rng{k + 1, e}
				break
			}
			if h := x.appositiveHead(k, r.b); w == "," && x.toks[r.a].upper && h > 0 {
				// "Bell, a 41-year-old city councilman", "Hunter, a Marine Corps veteran of two
				// tours": the description after the name tells a person, as a title does.
				desc = []string{x.word(h)}
			}
			r.b = k
			break
		}
	}
	// "a woman named Lana": the name after "named" or "called".
	for k := r.a + 2; k+1 < r.b; k++ {
		if w := x.word(k); (w == "named" || w == "called") && x.toks[k+1].upper && x.isWord(k+1) && !x.toks[k-1].upper && (isDeterminer(x.word(r.a)) || !x.toks[r.a].upper) {
			desc = append(desc, lowerWords(x.toks[r.a:k])...)
			r.a = k + 1
			break
		}
	}
	// "a statement from the U.S. Chamber of Commerce", "a report by Amnesty International",
	// "data from the Centers for Disease Control and Prevention": the record speaks for the
	// body named after it.
	for k := r.a + 1; k+1 < r.b && k < r.a+4; k++ {
		if w := x.word(k); (w == "from" || w == "by") && recordNounsSet.has(x.word(k-1)) && (isDeterminer(x.word(r.a)) || k == r.a+1 && massRecords.has(x.word(r.a))) && (x.toks[k+1].upper || isDeterminer(x.word(k+1)) && k+2 < r.b && x.toks[k+2].upper) {
			desc = append(desc, lowerWords(x.toks[r.a:k])...)
			r.a = k + 1
			break
		}
	}
	return r, desc
}

// appositiveHead returns the head of an indefinite description of a person after the
// comma k, in the mention that ends at b ("councilman" of ", a 41-year-old city
// councilman", "veteran" of ", a Marine Corps veteran of two tours"): its last word before
// a preposition, a punctuation mark or a relative pronoun; -1 when it names no person.
func (x *extractor) appositiveHead(k, b int) int {
	if k+2 >= b || x.word(k+1) != "a" && x.word(k+1) != "an" {
		return -1
	}
	e := k + 2
	for e < b && x.isWord(e) && !x.is(e, cPreposition) && !clauseOpenersSet.has(x.word(e)) {
		e++
	}
	if h := x.word(e - 1); e > k+2 && !x.toks[e-1].upper && (personNoun(h) || strings.HasSuffix(h, "man") || strings.HasSuffix(h, "woman")) {
		return e - 1
	}
	return -1
}

// capsHeading reports whether the words of a name are two or more, all in capitals, and no
// given name of a known gender is among them: a heading ("TRANSGENDER KIDS", "FUNDING CUTS")
// rather than a person, whom a pronoun may stand for.
func (x *extractor) capsHeading(toks []token) bool {
	if len(toks) < 2 {
		return false
	}
	for _, t := range toks {
		if t.kind != tWord || !x.isAllUpper(t) || givenNames[t.low] != 0 {
			return false
		}
	}
	return true
}

// peopleHead reports whether w, a capitalised sentence's first word before a preposition,
// is a noun for people: a person noun or title, or a plural of a noun for one who does
// something or of a word the text writes in lower case ("Shoppers in Carlisle", "Authorities
// in North-Rhine Westphalia"), not a name ("Obama in Iowa").
func (x *extractor) peopleHead(w string) bool {
	if personNoun(w) {
		return true
	}
	if w == "police" || w == "staff" || w == "crew" || w == "others" {
		return true // "Police in Mexico", "Others on the Hill": a noun for people with no plural "-s"
	}
	sg := strings.TrimSuffix(w, "s")
	return sg != w && !strings.HasSuffix(sg, "s") && (agentNoun(sg) || x.commonWord(w))
}

// agentHead reports whether a description's last word is a noun for one who does something
// ([agentNoun]): "a groundskeeper ... found him. He called 911" is the groundskeeper.
func agentHead(words []string) bool {
	return len(words) > 0 && agentNoun(words[len(words)-1])
}

// agentNoun reports whether w, a description's head, is a noun for one who does something
// ("fighter", "commuter"): it ends in "-er" and is no function word ("after", "never"), no
// word of bodies, media or records ("newspaper", "letter"), and none of notAgents ("water",
// "order", "other", "bigger").
func agentNoun(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "er") && !functionWordsSet.has(w) && !notAgents.has(w) && !orgWordsSet.has(w) && !mediaHeads.has(w) && !recordNounsSet.has(w) && !mediumWordsSet.has(w) && !timeNounSet.has(w)
}

// notAgents are words in "-er" that name no one who does something: things, pronouns and
// adverbs, and comparatives of adjectives.
var notAgents = wordSetOf([]string{
	// things and states
	"water", "paper", "border", "order", "number", "power", "matter", "center", "centre", "computer", "corner", "counter", "winter", "summer", "weather", "cancer", "murder", "quarter", "chapter", "dinner", "monster", "wonder", "river", "tower", "finger", "shoulder", "trigger", "container", "character", "disaster", "barrier", "cluster", "filter", "layer", "theater", "theatre", "thunder", "shelter", "charter", "silver", "powder", "ladder", "banner", "sticker", "cylinder", "gender", "transgender", "bellwether", "cover", "fever", "liver", "lever", "tiger", "spider", "butter", "sugar", "danger", "anger", "hunger", "laughter", "slaughter", "manner", "banter", "chatter", "clutter", "offer", "answer", "prayer", "helicopter", "register", "semester", "trimester", "meter", "metre", "diameter", "parameter", "perimeter", "thermometer", "hamburger", "burger", "sweater", "rubber", "timber", "lumber", "chamber", "member", "headquarter", "encounter", "shower", "flower", "mother",
	// pronouns and adverbs
	"other", "another", "either", "neither", "together", "whatever", "whoever", "wherever", "whenever", "however", "forever", "ever", "hereafter", "thereafter", "altogether", "moreover", "meanwhile",
	// comparatives and adjectives
	"older", "younger", "longer", "larger", "greater", "higher", "lower", "better", "bigger", "later", "earlier", "former", "latter", "further", "farther", "fewer", "newer", "wider", "stronger", "harder", "faster", "smaller", "closer", "tougher", "cheaper", "safer", "easier", "lesser", "bitter", "sooner", "clever", "proper", "sheer", "tender", "eager", "sober", "super", "inner", "outer", "upper", "utter", "tighter", "lighter", "weaker", "deeper", "broader", "richer", "poorer", "slower", "quicker", "louder", "clearer", "simpler", "darker", "brighter", "warmer", "colder", "hotter", "shorter",
})

// describedName reports whether the mention r ends in a person's full name after a
// description in lower case or a title ("Former head of chemical and biological weapons for NATO and the
// British army Hamish de Bretton-Gordon", "Former prosecutor and New York City Mayor Rudy
// Giuliani"): one person, though "and" is in the description. A
// name with a given name the gender list lacks needs a noun for a person just before it
// ("CNN host and attorney Van Jones"; not "Nigeria’s government and Boko Haram").
func (x *extractor) describedName(r rng) bool {
	a, ok := x.fullNameAt(r.b-1, "")
	if p := a - 1; !ok || a <= r.a || x.toks[p].upper && !(x.is(p, cTitle) && titleForm(x.toks[p].low) != "") || !x.isWord(p) || x.is(p, cFunction) || nameGender(lowerWords(x.toks[a:r.b])) == 0 && !personNoun(x.word(p)) && !agentNoun(x.word(p)) {
		return false
	}
	for k := r.a; k < a; k++ {
		if x.toks[a-1].upper && (x.word(k) == "former" || x.word(k) == "ex") {
			return false // "former Gov. and DNC Chairman Ed Rendell": the name keeps the offices "former" marks as past
		}
		if givenNames[x.toks[k].low] != 0 || x.word(k+1) == "and" && x.toks[k].upper && !x.is(k, cTitle) {
			return false // "Ron Martinelli and Michael Levine", "Klain and adviser Jake Sullivan"
		}
	}
	return true
}

// titledName reports whether the capitalised words toks after a title and a preposition end
// in a full name, a given name among them: "Minister of Defense Moshe Ya'alon", "Secretary of
// State John Kerry" open a sentence with a title, not a description ("Officials in Beijing").
func titledName(toks []token) bool {
	for i, t := range toks {
		if t.kind != tWord || !t.upper {
			return false
		}
		if givenNames[t.low] != 0 && i+1 < len(toks) {
			return true
		}
	}
	return false
}

// nameWordBefore reports whether toks[i] is the second word of a person's name at least: the
// word before it is capitalised and no determiner ("Lindsey Graham"), or the point after a
// capitalised initial or a courtesy title ("Paul D. Ryan", "Mr. Peck"; not "St. Clare").
func nameWordBefore(toks []token, i int) bool {
	p := toks[i-1]
	if p.low == "." {
		return i >= 2 && toks[i-2].kind == tWord && toks[i-2].upper && (len(toks[i-2].low) == 1 || courtesyTitles.has(toks[i-2].low))
	}
	return p.upper && !isDeterminer(p.low)
}

// surnameOf reports whether t, a mention's first word, is a surname: the text writes it after
// a first name ("Hepburn of the U.K. Gout Society" after "Alastair Hepburn") and never in lower
// case.
func (x *extractor) surnameOf(t token) bool {
	return t.upper && !orgWordsSet.has(t.low) && !titleWordsSet.has(t.low) && !x.commonWord(t.low) && len(x.fullNamesBefore(t.low)) > 0
}

// placeAfter reports whether toks, the words after "of" or "from" in a person's mention, name
// a place or a body: a capitalised word first ("of Wisconsin"), or words that end in one
// ("of the anti-Trump National Review", "of digital consulting firm IMGE").
func placeAfter(toks []token) bool {
	if toks[0].upper || toks[0].low == "the" && len(toks) > 1 && toks[1].upper {
		return true
	}
	for i, t := range toks {
		if t.kind != tWord && !initialPoint(toks, i) && t.low != "-" {
			return false
		}
	}
	last := toks[len(toks)-1]
	return last.kind == tWord && last.upper
}

// linkedWords join the capitalised words of one body's name: "The Mail on Sunday", "Voice of
// America", "the Society for Prevention of Cruelty to Animals".
var linkedWords = wordSetOf([]string{"of", "on", "for", "to"})

// linkedNameStart returns where the name that ends toks starts when it is capitalised words
// joined by linkedWords ("the" may follow one: "the Office of the Director of National
// Intelligence"), or -1: its first word is no title ("Secretary of State", "Mr. Peck of
// SunTrust") nor a word for a part of a group ("Others on the Hill") nor, as the sentence's
// first, a participle ("Speaking to Mashable"); a link follows it ("The A to Z Kid" is no such
// name), no word of it is a given name, and the word before the first link is no person's
// name the text writes elsewhere ("Sanders of Vermont").
func (x *extractor) linkedNameStart(toks []token, sentenceInitial bool) int {
	s, links := len(toks), 0
walk:
	for s > 0 {
		t := toks[s-1]
		switch {
		case t.kind == tWord && t.upper, initialPoint(toks, s-1):
		case linkedWords.has(t.low) && s < len(toks) && s >= 2 && toks[s-2].upper && !(t.low == "on" && weekdaysSet.has(toks[s].low) && (s < 3 || toks[s-3].upper && !isDeterminer(toks[s-3].low) || mediaNames.has(toks[s-2].low))):
			// "The Mail on Sunday", but "The Huffington Post on Wednesday": a name and a day.
			links++
		case t.low == "the" && s >= 2 && linkedWords.has(toks[s-2].low) && s < len(toks) && toks[s].upper:
		default:
			break walk
		}
		s--
	}
	for s < len(toks) && (!toks[s].upper || isDeterminer(toks[s].low)) {
		s++ // "The Mail on Sunday"; a link after a lower-case word: "reports on Hill"
	}
	if links == 0 || s >= len(toks) || titleWordsSet.has(toks[s].low) || partWords.has(toks[s].low) || sentenceInitial && s == 0 && (functionWordsSet.has(toks[s].low) || strings.HasSuffix(toks[s].low, "ing")) {
		return -1
	}
	first := -1 // the word before the first link
	for i := s; i < len(toks); i++ {
		if t := toks[i]; givenNames[t.low] != 0 || i > s && i+1 < len(toks) && toks[i+1].upper && titleWordsSet.has(t.low) && personNounsSet.has(t.low) {
			// "Member of Parliament Bob Zimmer", "The Council on American-Islamic Relations
			// National Executive Director Nihad Awad": a person's name after an office.
			return -1
		}
		if first < 0 && linkedWords.has(toks[i].low) {
			first = i - 1
		}
	}
	if first < 0 {
		return -1 // the links came before the name's first word: "The A to Z Kid"
	}
	if w := toks[first].low; first == s && x.surnameOf(toks[first]) || x.givenNameBefore(w) {
		return -1 // "Hepburn of the U.K. Gout Society" after "Alastair Hepburn": a surname
	}
	return s
}

// partWords name a part of a group: "Others on the Hill", "Half of Vermont Democrats".
var partWords = wordSetOf([]string{"others", "some", "many", "most", "all", "none", "those", "each", "both", "several", "one", "half"})

// givenNameBefore reports whether the text writes surname after a given name ("Sanders" of
// "Bernie Sanders").
func (x *extractor) givenNameBefore(surname string) bool {
	for _, f := range x.fullNamesBefore(surname) {
		if givenNames[x.toks[f.start].low] != 0 {
			return true
		}
	}
	return false
}

// businessBefore returns, for a one-word name at k, the business it is short for when the text
// names it in full before k: "Halvern" after "sued Halvern Pharmaceuticals Inc". The full name
// runs on from the word through capitalised words to one of businessWords (at most four).
func (x *extractor) businessBefore(k int) (mentionInfo, bool) {
	t := x.toks[k]
	if t.kind != tWord || !t.upper || x.is(k, cFunction) || businessWords.has(t.low) {
		return mentionInfo{}, false
	}
	// The full name first: few texts name a business, and personName reads all the tokens.
	j := x.businessStartBefore(k)
	if j < 0 || x.personName(x.text[t.Start:t.End]) {
		return mentionInfo{}, false // but "Trump" of "Eric Trump" is no "Trump Foundation"
	}
	return x.businessAt(j, x.businessEnd(j)), true
}

// businessStartBefore returns the nearest token before k that writes the capitalised word k
// and starts a business's full name (businessEnd), or -1.
func (x *extractor) businessStartBefore(k int) int {
	if !x.businessesFound {
		x.businesses = x.indexBusinesses()
		x.businessesFound = true
	}
	starts := x.businesses[x.toks[k].low]
	if i, _ := slices.BinarySearch(starts, int32(k)); i > 0 {
		return int(starts[i-1])
	}
	return -1
}

// indexBusinesses maps each word that starts a business's full name in the text to those
// tokens, in order. Once, for all the one-word names that businessBefore asks about: walking
// back from each of them made extracting a long text with many names quadratic (the PolNeAR
// train texts joined into one line ran at 1 MB/s). Few texts name a business, so the map is
// mostly nil.
func (x *extractor) indexBusinesses() map[string][]int32 {
	var m map[string][]int32
	toks := x.toks
	for j := range toks {
		// The cheapest tests first, on the token by its address (a copy of each cost more
		// than the tests): a business's name is two capitalised words or more.
		if t := &toks[j]; t.upper && j+1 < len(toks) && toks[j+1].upper && x.businessEnd(j) > 0 {
			if m == nil {
				m = make(map[string][]int32)
			}
			m[t.low] = append(m[t.low], int32(j))
		}
	}
	return m
}

// businessEnd returns the last token of a business's full name that starts at the capitalised
// word j, the last of businessWords among the (at most four) capitalised words after it; or -1.
func (x *extractor) businessEnd(j int) int {
	last := -1
	for e := j + 1; e < len(x.toks) && e <= j+4 && x.toks[e].kind == tWord && x.toks[e].upper; e++ {
		if w := x.toks[e].low; businessFilter.mayHold(w) && businessWords.has(w) {
			last = e
		}
	}
	return last
}

// businessAt describes the business named in full by tokens j to last.
func (x *extractor) businessAt(j, last int) mentionInfo {
	toks := x.toks[j : last+1]
	return mentionInfo{named: true, kind: "org", name: x.text[toks[0].Start:toks[len(toks)-1].End], words: lowerWords(toks)}
}

// chargedSubject returns, for a pronoun at a after a charge that sums up the clause before
// ("Tesla faces a lawsuit over a crash, a charge it denies", "Prosecutors say Smith took
// bribes, allegations he denies"), the subject charged: the subject of a claim's content that
// ends at the comma or the object of an accusation, else the sentence's subject, when the
// pronoun fits it; or noRng.
func (x *extractor) chargedSubject(a int, kind string) rng {
	c := x.sumUpBefore(a)
	if c == a-1 || kind == "speaker" {
		return noRng
	}
	s := x.sentOf(a)
	var cands []rng
	for _, d := range x.drafts {
		last := d.content[len(d.content)-1]
		if last.b != c || d.cue.a < s.a || d.cue.b > last.a {
			continue
		}
		if d.class != CueAccuse {
			cands = append(cands, x.chargedAt(s, last.a, c))
			continue
		}
		// "Police accused the company of polluting the river, a charge it denies": the
		// accused, before "of" or "for".
		for k := last.a + 1; k < c && k <= last.a+6; k++ {
			if w := x.word(k); w == "of" || w == "for" {
				cands = append(cands, rng{last.a, k})
				break
			}
			if !x.isWord(k) {
				break
			}
		}
	}
	cands = append(cands, x.chargedAt(s, s.a, c))
	for _, np := range cands {
		if np.empty() || np.b > c || np.b-np.a == 1 && pronounKind[x.word(np.a)] != "" && pronounKind[x.word(np.a)] != kind {
			continue
		}
		m := x.mention(np)
		switch {
		case m.pronoun != "":
			return np
		case kind == "person" && (m.kind == "person" && m.named || personHead(m.words)),
			kind == "group" && (m.kind == "group" || m.kind == "org"),
			kind == "thing" && m.kind != "group" && !(m.kind == "person" && (personHead(m.words) || len(m.words) > 1)):
			return np
		}
	}
	return noRng
}

// chargedAt returns the subject of the clause at a before the comma c, where a verb in
// the present after a short subject ends it too: "Tesla faces a lawsuit" gives Tesla.
func (x *extractor) chargedAt(s rng, a, c int) rng {
	if r := x.subjectAt(s, a, c); !r.empty() {
		return r
	}
	np := x.npForward(s, a)
	for e := np.a + 1; e < np.b && e < c && e <= np.a+4; e++ {
		if w := x.word(e); x.isWord(e) && !x.toks[e].upper && len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !functionWordsSet.has(w) {
			return rng{np.a, e}
		}
	}
	return noRng
}

// lastDescriptionWord returns the index of the lower-case word that ends a description
// before a capitalised name closing toks ("chipmaker" in "U.S. chipmaker Arbor
// Semiconductor Inc"), or -1 when no such name follows one.
func lastDescriptionWord(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		switch {
		case t.kind != tWord || t.low == "'s" || t.low == "’s":
			if !initialPoint(toks, i) && t.low != "&" {
				return -1 // "The Podesta Group's CEO": the name is a possessor
			}
		case t.upper:
		case t.low == "of" || t.low == "for" || t.low == "and" || t.low == "the" || nameParticles.has(t.low):
			if i == 0 || !toks[i-1].upper {
				return -1 // "the ... of" must sit inside the name
			}
		default:
			if i+1 < len(toks) && toks[i+1].upper && toks[i+1].kind == tWord {
				return i
			}
			return -1
		}
	}
	return -1
}

// plainDescription reports whether toks, the words before a body's name, are a plain
// description: no preposition nor possessive ("Stu Rothenberg of the non-partisan ...", "the
// Roper Center ... at Cornell University" are no descriptions of the name after them).
func plainDescription(toks []token) bool {
	for _, t := range toks {
		if t.kind != tWord && !(t.low == "." || t.low == "-") || prepositionsSet.has(t.low) || t.low == "'s" || t.low == "’s" {
			return false
		}
	}
	return true
}

// orgNamed reports whether toks end in a capitalised name that holds a word of bodies:
// "the American Chamber of Commerce", "the European Commission".
func orgNamed(toks []token) bool {
	for i := len(toks) - 1; i >= 0; i-- {
		t := toks[i]
		if t.kind != tWord || !t.upper && t.low != "of" && t.low != "for" {
			return false
		}
		if t.upper && orgWordsSet.has(t.low) {
			return true
		}
	}
	return false
}

// innerPoint reports whether toks[i] is a point inside a word, with no space on either side
// of it, between a word with a capital and a capitalised word: "News.XY", "iPost.Fr", a
// website's name.
func (x *extractor) innerPoint(toks []token, i int) bool {
	if i < 1 || i+1 >= len(toks) || toks[i].low != "." || toks[i-1].End != toks[i].Start || toks[i].End != toks[i+1].Start ||
		toks[i+1].kind != tWord || !toks[i+1].upper || toks[i-1].kind != tWord {
		return false
	}
	return strings.ContainsFunc(x.text[toks[i-1].Start:toks[i-1].End], unicode.IsUpper)
}

// initialPoint reports whether toks[i] is the point after a capital initial, as in "U.S.".
func initialPoint(toks []token, i int) bool {
	return i > 0 && toks[i].low == "." && toks[i-1].kind == tWord && len(toks[i-1].low) == 1 && toks[i-1].upper && toks[i-1].End == toks[i].Start
}

// isSentenceStart reports whether token k opens a sentence or a line.
func (x *extractor) isSentenceStart(k int) bool {
	if k < 0 || k >= len(x.toks) {
		return false
	}
	if x.starts == nil {
		// A bit a token: a byte a token was a fiftieth of what Extract allocates.
		x.starts = make([]uint64, len(x.toks)/64+1)
		for _, s := range x.sents {
			x.starts[s.a/64] |= 1 << (s.a % 64)
		}
	}
	return x.starts[uint(k)/64]&(1<<(uint(k)%64)) != 0 || k > 0 && x.toks[k].nl > 0
}

// isAllUpper reports whether token t is written in capitals throughout and has more than one
// letter or mark: "NATO", "US".
func (x *extractor) isAllUpper(t token) bool {
	w := x.text[t.Start:t.End]
	return len(w) > 1 && upperCase(w)
}

// upperCase reports whether s reads the same in capitals, as strings.ToUpper(s) == s does,
// without writing the capitals of an ASCII s: the headline and name tests ask it of many words.
func upperCase(s string) bool {
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToUpper(s) == s
		case 'a' <= c && c <= 'z':
			return false
		}
	}
	return true
}

func lowerWords(toks []token) []string {
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if t.kind == tWord && t.low != "'s" {
			out = append(out, t.low)
		}
	}
	return out
}

// matchEntity finds a known entity that a named mention refers to: same surname for persons
// (of the same gender, when both are known; the one spoken of last of several), one name's
// words all within the other's for bodies.
func matchEntity(ents []*entity, m mentionInfo) *entity {
	var person *entity
	for i := len(ents) - 1; i >= 0 && i >= len(ents)-200; i-- {
		e := ents[i]
		if len(e.words) == 0 || len(m.words) == 0 {
			continue
		}
		if e.kind == "person" && m.kind == "person" {
			if e.words[len(e.words)-1] == m.words[len(m.words)-1] && !otherFirstName(e.words, m.words) && (e.gender == 0 || m.gender == 0 || e.gender == m.gender) &&
				(len(e.words) < 2 || len(m.words) < 2 || suffixed(e.name) == suffixed(m.name)) &&
				(person == nil || fuller(e, person) || len(e.words) > 1 == (len(person.words) > 1) && e.refs > person.refs) {
				// A full name before a surname alone, then the one spoken of most, the
				// nearest of those: "Sanders told CNN" is Bernie Sanders, not Jane Sanders,
				// who spoke last. But "Mrs. Clinton" is not Bill Clinton.
				person = e
			}
			continue
		}
		if e.kind == m.kind && (subset(m.words, e.words) || subset(e.words, m.words)) && personNoun(e.words[len(e.words)-1]) == personNoun(m.words[len(m.words)-1]) {
			return e // but "Nigeria’s government spokesman" is not the government
		}
	}
	return person
}

// possessive reports whether a name holds a possessive before its last word: "iGen.fr’s
// sources", "Islamic Tribunal's website" name what the possessor has, not the possessor.
func possessive(name string) bool {
	return strings.Contains(name, "'s ") || strings.Contains(name, "’s ")
}

// fuller reports whether entity e has a full name and p a surname alone.
func fuller(e, p *entity) bool { return len(e.words) > 1 && len(p.words) == 1 }

// otherFirstName reports whether two full names with the same surname have different first
// names, so are different people: "Bill Clinton" and "Hillary Clinton", "Eric Trump" and
// "Donald Trump"; an initial agrees with its name ("J. Smith", "John Smith").
func otherFirstName(a, b []string) bool {
	if len(a) < 2 || len(b) < 2 {
		return false
	}
	x, y := strings.TrimSuffix(a[0], "."), strings.TrimSuffix(b[0], ".")
	if x == y || nameParticles.has(x) || nameParticles.has(y) || clericalKin.has(x) || clericalKin.has(y) {
		return false // "De Blasio" is "Bill de Blasio", "Father O'Neal" "John O'Neal"
	}
	if len(x) == 1 || len(y) == 1 {
		return x[0] != y[0]
	}
	return true
}

func subset(a, b []string) bool {
	for _, w := range a {
		found := false
		for _, v := range b {
			if v == w {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

// antecedent returns the nearest earlier entity the pronoun at token k may refer to, other
// than skip: a doer described with "a" only near it ("a groundskeeper ... found him. He
// called 911"; not "a former speechwriter" pages before "she vented").
func (x *extractor) antecedent(earlier []*entity, m mentionInfo, skip *entity, k int) *entity {
	want := m.pronoun
	if want == "speaker" {
		return nil
	}
	for i := len(earlier) - 1; i >= 0 && i >= len(earlier)-100; i-- {
		e := earlier[i]
		if e == nil || e == skip {
			continue
		}
		switch want {
		case "person":
			if e.kind == "person" && e.sure && (!e.doer || k-e.last <= describedReach) && (e.gender == 0 || m.gender == 0 || e.gender == m.gender) {
				return e
			}
		case "group":
			if newsMedium(e) {
				// "The Post quoted friends of his as saying they thought": people the
				// medium speaks of, no speaker before it; a medium is no group that acts.
				return nil
			}
			if e.kind == "group" || e.kind == "org" {
				return e
			}
		case "thing":
			if e.kind == "org" {
				return e
			}
		}
	}
	return nil
}

// description reports whether the entity e is a description of a person and no name ("top
// adviser for President Obama", "person close to the process", "One witness" opening a
// sentence).
func description(e *entity) bool {
	return e.kind == "person" && e.name != "" && (e.name[0] >= 'a' && e.name[0] <= 'z' || lowerHead(e.name))
}

// setApart reports whether the description m has what sets its person apart from another
// described with the same head: a participle before the head ("the masked man") or a phrase
// after it ("the man in the mask").
func setApart(m mentionInfo) bool {
	for _, w := range m.words[:len(m.words)-1] {
		if participle(w) {
			return true
		}
	}
	return !strings.HasSuffix(m.name, m.words[len(m.words)-1])
}

// otherParticiple reports whether the described person e has a participle before its head
// ("the kneeling man") that the description m, set apart by its own (setApart), lacks: m
// tells someone else.
func otherParticiple(m mentionInfo, e *entity) bool {
	if len(e.words) < 2 || !description(e) {
		return false
	}
	for _, w := range e.words[:len(e.words)-1] {
		if participle(w) && !slices.Contains(m.words, w) {
			return true
		}
	}
	return false
}

// participle reports whether the word w before a description's head ends in "-ing" or
// "-ed": "kneeling" of "kneeling man", "masked" of "masked gunman".
func participle(w string) bool {
	return len(w) > 4 && (strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed"))
}

// describe returns the nearest earlier entity a description ("the official", "the
// minister", "the newspaper") fits: one whose titles or name hold the description's head.
func describe(ents []*entity, m mentionInfo) *entity {
	if len(m.words) == 0 {
		return nil
	}
	head := role(m.words[len(m.words)-1])
	if e := sameModifiers(ents, m, head); e != nil {
		return e
	}
	numbered := false // "14 percent" is not "21 percent"
	for _, w := range m.words {
		numbered = numbered || w != "" && isDigitByte(w[0])
	}
	// The words before the head must fit too ("court" of "court documents"), but not words
	// that point back ("his campaign", "the same polling"), and not for a person: "the prime
	// minister’s spokesman" may be "Cameron’s spokesman".
	var mods []string
	for _, w := range m.words[:len(m.words)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			mods = nil
			break
		}
		if m.kind == "person" && (titleWordsSet.has(w) || !familyWords.has(w)) {
			continue // "the senior official" may be "a senior administration official"
		}
		if !referenceWords.has(w) {
			mods = append(mods, w)
		}
	}
	distinct := m.kind == "person" && setApart(m)
	for i := len(ents) - 1; i >= 0 && i >= len(ents)-200; i-- {
		e := ents[i]
		if numbered && !subset(m.words, e.words) || e.described && role(e.words[len(e.words)-1]) != head {
			continue // "Vice" is no "former Vice editorial employee"; "the user" may be
		}
		if len(mods) > 0 && !subset(mods, append(e.words[:len(e.words):len(e.words)], e.titles...)) {
			continue // "court documents" are not the "documents from Diane D. Blair"
		}
		if distinct && e.kind == "person" && otherParticiple(m, e) {
			continue // "the masked man", "the man in the mask" are not "the kneeling man"
		}
		// A match is no coordination's: "The witnesses" are not "Both Mr Hale and witnesses".
		for _, t := range e.titles {
			if role(t) == head && !(m.kind == "person" && e.kind == "org") && !(possessive(e.name) && slices.Contains(e.words[:len(e.words)-1], t)) && !coordinated(e) {
				return e // but "the mayor" is no "mayor's office", "iGen.fr" no "iGen.fr's sources"
			}
		}
		for i, w := range e.words {
			// A word of the name, but "the mayor" is not the "mayor's office": a person's role
			// matches a body only by its last word ("Carrier executive"), and anything matches
			// a possessive name only by its last word ("iGen.fr" is not "iGen.fr's sources").
			if role(w) == head && (i == len(e.words)-1 || !(m.kind == "person" && e.kind == "org") && !possessive(e.name)) && !coordinated(e) {
				return e
			}
		}
	}
	return nil
}

// sameModifiers returns the nearest person described before whose description holds the
// words of the description m before its head and the head ("The intelligence official" is
// "a Lebanese intelligence official", not "a Lebanese military official" met since); nil when
// m is no person's description with such words, or no one described fits them all.
func sameModifiers(ents []*entity, m mentionInfo, head string) *entity {
	if m.kind != "person" || len(m.words) < 2 {
		return nil
	}
	mods := m.words[:len(m.words)-1]
	if !slices.ContainsFunc(mods, modifier) {
		return nil
	}
	for i := len(ents) - 1; i >= 0 && i >= len(ents)-200; i-- {
		e := ents[i]
		if e.kind == "person" && description(e) && role(e.words[len(e.words)-1]) == head && holdsModifiers(e.words[:len(e.words)-1], mods) && !coordinated(e) {
			return e
		}
	}
	return nil
}

// modifier reports whether w, a word of a description before its head, picks the described
// ("intelligence" of "the intelligence official"): no determiner, no word pointing back.
func modifier(w string) bool {
	return !referenceWords.has(w) && !isDeterminer(w)
}

// holdsModifiers reports whether words hold every modifier among mods ([modifier]).
func holdsModifiers(words, mods []string) bool {
	for _, w := range mods {
		if modifier(w) && !slices.Contains(words, w) {
			return false
		}
	}
	return true
}

// coordinated reports whether the name of e joins two mentions by "and" ("Both Mr Hale and
// witnesses", "Mayor Tate and Police Commissioner Ann Moss"): a description fits one of
// them, not both. One word before "and" that is no plural and no noun for people qualifies
// the head after it: "current and former officials" are officials. A body's name is one
// body, "and" or not ([bodyWithAnd]).
func coordinated(e *entity) bool {
	words := e.words
	i := slices.Index(words, "and")
	if i <= 0 || i == len(words)-1 || e.kind == "org" || bodyWithAnd(e) {
		return false
	}
	return i > 1 || strings.HasSuffix(words[0], "s") || personNoun(words[0])
}

// bodyWithAnd reports whether the name of e, holding "and", is one body's: written as a
// proper name, with a word for a body at its end or before "of" at its start ("the
// commission" is the "Securities and Exchange Commission", "the department" the "Department
// of Roads and Bridges"); not "Cuban dissidents and Cuban-American media".
func bodyWithAnd(e *entity) bool {
	w := e.words
	if !orgWordsSet.has(w[len(w)-1]) && !(len(w) > 2 && orgWordsSet.has(w[0]) && w[1] == "of") {
		return false
	}
	for f := range strings.FieldsSeq(e.name) {
		if r, _ := utf8.DecodeRuneInString(f); !unicode.IsUpper(r) && !bodyParticles.has(f) {
			return false
		}
	}
	return true
}

// bodyParticles are the small words a body's proper name may hold in lower case.
var bodyParticles = wordSetOf([]string{"and", "of", "the", "for", "on", "&"})

// familyWords tell a person's circle apart: "the family spokesperson" is not the White House's.
var familyWords = wordSetOf([]string{"family", "campaign", "company", "team", "church", "school", "union", "club"})

// referenceWords point back to an entity rather than tell one apart: "his campaign", "the
// same polling", "some experts".
var referenceWords = wordSetOf([]string{"his", "her", "their", "its", "our", "my", "your", "same", "earlier", "latest", "new", "last", "previous", "recent", "this", "that", "these", "those", "such", "some", "many", "several", "both", "all", "most", "few", "other"})

// role folds words for one role into one: "spokesman", "spokeswoman" and "spokesperson";
// "congressman" and "congresswoman" into "representative", the title "Rep." stands for.
func role(w string) string {
	switch w {
	case "spokesman", "spokeswoman", "spokesperson":
		return "spokesperson"
	case "spokesmen", "spokeswomen", "spokespeople", "spokespersons":
		return "spokespeople"
	case "congressman", "congresswoman", "congressperson":
		return "representative" // "Rep. Duncan Hunter ... the Congressman"
	}
	return w
}

// personBefore returns the nearest full name (two or more capitalised words that are not
// titles or bodies) before token k and at most personReach tokens back, ending in surname
// when surname is not "".
func (x *extractor) personBefore(k int, surname string, gender byte) (string, []string) {
	return x.personBetween(k, k-personReach, surname, gender)
}

// personBetween returns the nearest full name before token k that ends after token floor, as
// personBefore does.
func (x *extractor) personBetween(k, floor int, surname string, gender byte) (string, []string) {
	return x.personWalk(k, floor, surname, gender, false)
}

// personWalk is personBetween; with titled, when no name of the gender asked for is found,
// the nearest name of no known gender after a title of a person ("Dr. Taher El-badawi"),
// found in the same walk back.
func (x *extractor) personWalk(k, floor int, surname string, gender byte, titled bool) (string, []string) {
	var titledName string // the nearest titled name of no known gender, when titled
	var titledWords []string
	for j := x.personEndBefore(k, floor, surname); j >= 0; j = x.personEndBefore(j, floor, surname) {
		t := &x.toks[j]
		if a, ok := x.fullNameAt(j, surname); ok {
			words := lowerWords(x.toks[a : j+1])
			if g := nameGender(words); gender != 0 && (g != gender && g != 0 || g == 0 && surname == "") {
				// "she" is not "Donald Trump", nor "the Affordable Care Act"; "Mrs. Clinton"
				// is not "Bill Clinton".
				if titled && titledName == "" && g == 0 && surname == "" && x.personTitleBefore(a) {
					titledName, titledWords = x.text[x.toks[a].Start:t.End], words
				}
				continue
			}
			return x.text[x.toks[a].Start:t.End], words
		}
	}
	return titledName, titledWords
}

// personEndBefore returns the last token before k and after floor that may end a name asked
// for by personWalk, -1 when there is none: a capitalised word for any name, else surname
// capitalised or after a lower-case article ("al-Baghdadi"). The walks are loops of their
// own, with the cheapest tests first: most tokens are passed over at once.
func (x *extractor) personEndBefore(k, floor int, surname string) int {
	toks := x.toks
	floor = max(floor, -1)
	if surname == "" {
		for j := k - 1; j > floor; j-- {
			if toks[j].upper {
				return j
			}
		}
		return -1
	}
	for j := prevLike(toks, k-1, floor, surname); j > floor; j = prevLike(toks, j-1, floor, surname) {
		if t := &toks[j]; t.low == surname && (t.upper || x.particleName(j)) {
			return j
		}
	}
	return -1
}

// personTitleBefore reports whether a title of a person, no modifier of one ("National"),
// stands before the name that starts at token a ("Dr. Taher El-badawi", "Sen. Kelly
// Ayotte"): a person, though the list of given names lacks the first.
func (x *extractor) personTitleBefore(a int) bool {
	if x.word(a-1) == "." {
		a--
	}
	return a > 0 && x.toks[a-1].upper && x.is(a-1, cTitle) && personNoun(x.toks[a-1].low) && !titleModifiers.has(x.toks[a-1].low)
}

// personFarBefore returns the nearest full name ending in surname further back than
// personBefore reaches from token k: "Sanders" pages after "Bernie Sanders" was named. The
// text's full names are indexed by surname once (fullNamesBefore).
func (x *extractor) personFarBefore(k int, surname string, gender byte) (string, []string) {
	if k-personReach < 0 || placeHeads.has(surname) || orgWordsSet.has(surname) {
		return "", nil // "School" is no "Stuyvesant High School" the person
	}
	ends := x.fullNamesBefore(surname)
	i, _ := slices.BinarySearchFunc(ends, int32(k-personReach+1), func(f fullName, k int32) int { return int(f.end - k) })
	for i--; i >= 0; i-- {
		f := ends[i]
		words := lowerWords(x.toks[f.start : f.end+1])
		if g := nameGender(words); gender != 0 && g != 0 && g != gender {
			continue
		}
		return x.text[x.toks[f.start].Start:x.toks[f.end].End], words
	}
	return "", nil
}

// wordBeforeName reports whether the capitalised word a, the first of a full name of n+1
// words, is no given name but an adjective with a hyphen ("Kuwaiti-born"), a sentence's or a
// quotation's first word in -ing ("Taking"), or a noun for people ("Comedian", "Actor") or a word the
// text writes in lower case too ("Elections", "See"), or a sentence's first word before a given
// name ("Rival Hillary Clinton"), when n+1 words still leave a full name or the word opens a
// bracket or a quotation ("(See Sexton's timeline", "”Fascist Trump”").
func (x *extractor) wordBeforeName(a, n int) bool {
	w := x.toks[a].low
	if givenNames[w] != 0 {
		return false
	}
	if x.hyphenAdjective(a) {
		return true // "Kuwaiti-born Emwazi", "London-based": an adjective
	}
	opens := x.word(a-1) == "(" || x.word(a-1) == "'" || x.word(a-1) == "‘" || x.isOpenQuote(a-1)
	if (opens || x.isSentenceStart(a)) && len(w) > 4 && strings.HasSuffix(w, "ing") {
		return true // "Taking Thomas to eat"
	}
	if n < 2 && !opens {
		return false
	}
	if (x.isSentenceStart(a) || opens) && x.beforeGivenName(a) {
		return true // "Rival Hillary Clinton had mocked", "“Maybe Donald Trump has": a sentence's or a quotation's first word before a given name
	}
	return x.nounOrCommon(w)
}

// The words before a given name that wordBeforeName (a full name found in the text) and
// nameStart (the name in a mention) leave out are told apart by the same three tests.

// hyphenAdjective reports whether the capitalised word k is an adjective with a hyphen, a
// lower-case letter after its last one: "Kuwaiti-born", "Texas-based".
func (x *extractor) hyphenAdjective(k int) bool {
	t := &x.toks[k]
	i := strings.LastIndexByte(t.low, '-')
	return i > 0 && i+1 < len(t.low) && x.text[t.Start+i+1] >= 'a'
}

// beforeGivenName reports whether the word k is no title and a given name follows it: "Rival
// Hillary Clinton", but not "Senator Hillary Clinton".
func (x *extractor) beforeGivenName(k int) bool {
	return givenNames[x.word(k+1)] != 0 && !x.is(k, cTitle)
}

// nounOrCommon reports whether w is a noun for people ("Comedian", "Waitress") or a word the
// text writes in lower case too ("Maybe", "Elections"): no given name.
func (x *extractor) nounOrCommon(w string) bool {
	return personNoun(w) || genderNoun(w) || x.commonWord(w)
}

// genderNoun reports whether w is a noun for people of one gender that the nouns for people
// lack ("waitress", "businessman", "widow"; gender.txt): given names are no such nouns.
func genderNoun(w string) bool {
	return genderWords[w] != 0 && givenNames[w] == 0
}

// nameStart returns where the full name in the mention's tokens j..b (counted from token a)
// starts once the words before it that are no part of it are left out: nouns for people and
// adjectives with a hyphen ("Comedian George Lopez", "Texas-based Matt Mackowiak", "Reporter
// Jomana Karadsheh"), or any words the text writes in lower case too when a given name follows
// them ("Maybe Donald Trump", "Majority Whip John Cornyn") or open a quotation; at least two
// words stay, so
// "Human Rights Watch" and "Black Lives Matter" keep theirs.
func (x *extractor) nameStart(a, j, b int) int {
	if b-j == 2 && x.agentWord(a+j) && givenNames[x.toks[a+j+1].low] != 0 {
		return j + 1 // "Presenter Alan": a given name after a noun for one who does something
	}
	if b-j < 3 {
		return j // two words stay: nothing to ask of them
	}
	titles := true // all the words before k are nouns for people or adjectives
	for k := j; k+1 < b; k++ {
		t := &x.toks[a+k]
		if t.kind != tWord || !t.upper {
			return j // an initial's point or a lower-case word: no run of words before a name
		}
		if k > j && (givenNames[t.low] != 0 || titles && !x.nounOrCommon(t.low) && !x.acronymBeforeName(a+k)) {
			return k
		}
		if givenNames[t.low] != 0 {
			return j
		}
		if k == j && k+2 < b && x.isOpenQuote(a+k-1) && x.beforeGivenName(a+k) {
			return k + 1 // "“Maybe Donald Trump ...": a quotation's first word (not a sentence's: "Giovanni Maria Vian")
		}
		switch {
		case clericalKin.has(t.low):
			return j // "Father James Martin", "Sister Mary": a title the text repeats ("Father Martin")
		case personNoun(t.low) || genderNoun(t.low) || x.agentWord(a+k) || x.hyphenAdjective(a+k) || x.acronymBeforeName(a+k):
		case x.commonWord(t.low):
			titles = false
		default:
			return j
		}
	}
	return j
}

// agentWord reports whether token k, a capitalised word before a name, is a noun for one who
// does something that the lexicon lacks ("Tourist", "Presenter", "Designer"): it ends in
// "-er" or "-ist", is no given name, and a given name follows it or the text writes it in
// lower case too (not "Ammer Jassim Mohammed", "Brigadier Gerneral Said").
func (x *extractor) agentWord(k int) bool {
	w := x.toks[k].low
	if givenNames[w] != 0 || !agentNoun(w) && (len(w) < 6 || !strings.HasSuffix(w, "ist")) {
		return false
	}
	return k+1 < len(x.toks) && givenNames[x.toks[k+1].low] != 0 || x.commonWord(w)
}

// acronymBeforeName reports whether token k is an acronym before a given name or another
// acronym ("NDP MP Charlie Angus"): a party's or a title's, no part of the name.
func (x *extractor) acronymBeforeName(k int) bool {
	if !x.isAllUpper(x.toks[k]) || k+1 >= len(x.toks) {
		return false
	}
	n := x.toks[k+1]
	return givenNames[n.low] != 0 || n.kind == tWord && x.isAllUpper(n) && x.acronymBeforeName(k+1)
}

// clericalKin are nouns for kin that are clerics' titles too: nameStart keeps them.
var clericalKin = wordSetOf([]string{"father", "mother", "brother", "sister"})

// pluralPersonNoun reports whether token k is a plural noun for people or a plural title
// ("Senators", "Republicans"), which is no given name.
func (x *extractor) pluralPersonNoun(k int) bool {
	w := x.toks[k].low
	return len(w) > 3 && strings.HasSuffix(w, "s") && !personNounsSet.has(w) && !titleWordsSet.has(w) && personNoun(w)
}

// personReach is how many tokens back personBefore walks before it asks the index of full
// names.
const personReach = 200

// fullName is a full name in the text: its first and last tokens.
type fullName struct{ end, start int32 }

// fullNamesBefore returns the full names of the text whose last word is surname, in order
// of their ends; found once for each surname asked, among the ends of runs of capitalised
// words (runEnd): walking back from each surname to its full name made a long text with many
// names quadratic, and testing every capitalised word cost a tenth of the extraction of a
// long text. The first maxSurnameWalks surnames of an article are found by a walk over its
// tokens (most ask about one or two, and indexing the ends costs far more than a walk); later
// ones, and all those of a long text (walkable), in the index of the ends (indexNameEnds).
func (x *extractor) fullNamesBefore(surname string) []fullName {
	if f, ok := x.surnames[surname]; ok {
		return f
	}
	var f []fullName
	if x.lastEnd == nil && len(x.surnames) < maxSurnameWalks && x.walkable() {
		for _, j := range x.nameRunEnds() {
			if sameWord(x.toks[j].low, surname) {
				if a, ok := x.fullNameAt(int(j), surname); ok {
					f = append(f, fullName{end: j, start: int32(a)})
				}
			}
		}
	} else {
		if x.lastEnd == nil {
			x.indexNameEnds()
		}
		for j := x.lastEnd[surname] - 1; j >= 0; j = x.prevEnd[j] - 1 {
			if a, ok := x.fullNameAt(int(j), surname); ok {
				f = append(f, fullName{end: j, start: int32(a)})
			}
		}
		slices.Reverse(f)
	}
	if x.surnames == nil {
		x.surnames = make(map[string][]fullName)
	}
	x.surnames[surname] = f
	return f
}

// walkable reports whether the text is short enough for the resolver to find the few words an
// article asks about by walks over its tokens rather than in an index of them. A long text
// asks about many: the PolNeAR train texts joined into one line (736,000 tokens) ran about a
// tenth slower with walks.
func (x *extractor) walkable() bool { return len(x.toks) <= maxWalkTokens }

// maxWalkTokens is the most tokens of a text walkable lets the resolver walk; the longest
// PolNeAR train article has 6,591.
const maxWalkTokens = 10000

// maxSurnameWalks is how many surnames fullNamesBefore finds by walking the tokens before it
// indexes the ends of runs of capitalised words.
const maxSurnameWalks = 8

// indexNameEnds chains the ends of runs of capitalised words by their last word: lastEnd
// holds the last of each word, prevEnd the one before each (both plus one; zero for none).
func (x *extractor) indexNameEnds() {
	x.lastEnd = make(map[string]int32)
	x.prevEnd = make([]int32, len(x.toks))
	for j := 1; j < len(x.toks); j++ {
		if x.runEnd(j) {
			t := &x.toks[j]
			x.prevEnd[j] = x.lastEnd[t.low]
			x.lastEnd[t.low] = int32(j + 1)
		}
	}
}

// nameRunEnds returns the tokens that end runs of capitalised words (runEnd), in order; found
// by one walk over the text when first asked, so that the walks for each surname asked
// (fullNamesBefore, firstFullName) pass over the ends alone.
func (x *extractor) nameRunEnds() []int32 {
	if !x.runEndsFound {
		x.runEndsFound = true
		x.runEnds = make([]int32, 0, len(x.toks)/16+4) // most texts end fewer runs: one allocation
		for j := 1; j < len(x.toks); j++ {
			// The cheapest tests first: most words are in lower case, and a name's last
			// word in lower case opens with "al-" or "el-" (particleName).
			if t := &x.toks[j]; (t.upper || len(t.low) > 4 && t.low[2] == '-') && x.runEnd(j) {
				x.runEnds = append(x.runEnds, int32(j))
			}
		}
	}
	return x.runEnds
}

// runEnd reports whether token j (not the first) is the last of a run of two or more
// capitalised words (or an initial's point and a word: "W. Bush").
func (x *extractor) runEnd(j int) bool {
	t := &x.toks[j]
	return t.kind == tWord && (t.upper || x.particleName(j)) && (x.toks[j-1].upper || x.toks[j-1].low == ".") && !(j+1 < len(x.toks) && x.toks[j+1].upper && x.toks[j+1].kind == tWord)
}

// fullNameAt reports whether token j ends a full name (two to four capitalised words that
// are not titles or bodies, with initials: "George W. Bush") and returns its first token.
// With surname "" (any name), words after a preposition of places or a determiner and the
// names of months, days and places are none: "in San Francisco", "the United States".
func (x *extractor) fullNameAt(j int, surname string) (int, bool) {
	t := &x.toks[j]
	if j == 0 || t.kind != tWord || !t.upper && !x.particleName(j) || !x.toks[j-1].upper && x.toks[j-1].low != "." || x.is(j, cOrg) || x.is(j, cTitle) && !titleSurname(x.toks, j) || x.is(j, cFunction) && !x.functionSurname(j) {
		return 0, false // the cheapest tests first: most surnames stand alone
	}
	if j+1 < len(x.toks) && x.toks[j+1].kind == tWord && x.toks[j+1].upper && !x.is(j+1, cTitle) {
		return 0, false // not the end of the name
	}
	if len(t.low) == 1 && x.word(j+1) == "." && j+2 < len(x.toks) && x.toks[j+2].kind == tWord && x.toks[j+2].upper {
		return 0, false // an initial: "Donald J. Trump"
	}
	a, dots := j, 0
	for a-1 >= 0 && x.toks[a].nl == 0 {
		if a-3 >= 0 && x.toks[a-1].low == "." && len(x.toks[a-2].low) == 1 && x.toks[a-2].upper && x.toks[a-2].End == x.toks[a-1].Start && x.toks[a-1].End < x.toks[a].Start &&
			x.toks[a-3].kind == tWord && x.toks[a-3].upper && len(x.toks[a-3].low) > 1 && !x.is(a-3, cTitle|cOrg|cFunction) {
			a, dots = a-2, dots+1 // "George W. Bush": an initial inside the name
			continue
		}
		if !(x.toks[a-1].kind == tWord && x.toks[a-1].upper && !x.is(a-1, cTitle|cOrg|cFunction) && !isDeterminer(x.toks[a-1].low) &&
			!x.is(a-1, cWeekday) && !(monthNumber(x.toks[a-1].low) > 0 && len(x.toks[a-1].low) > 3 && x.toks[a-1].low != "may")) {
			break // but "On Monday Jones said": the day is no first name
		}
		a--
	}
	if p := x.word(a - 1); surname == "" && (placePrepositions.has(p) || isDeterminer(p) && !x.indefiniteName(a-1, a) || x.isOpenQuote(a-1) || placeHeads.has(t.low) || monthNumber(t.low) > 0 && len(t.low) > 3 && t.low != "may" || weekdaysSet.has(t.low)) {
		return 0, false // "in San Francisco", "the United States", "the website “Injustice Stories”", "June": no person
	}
	if a < j && x.allCaps(a, j+1) {
		return 0, false // a heading in capitals: "IS EXPLAINED"
	}
	if x.word(a-1) == "another" {
		return 0, false // "rumours it was another Jane Brown": someone else, whom no surname stands for
	}
	if a+1 < j && x.word(a-1) == "of" && a >= 2 && x.toks[a-2].upper && givenNames[x.toks[a].low] == 0 {
		a = x.bodyNameEnd(a, j) // "Voice of America Danladi Ahmadu": "America" ends the body's name
	}
	if j-a >= 2 && isDeterminer(x.word(a-1)) {
		a++ // "The Inside Story of the Real Donald Trump": no first name after "the"
	}
	if a < j && x.isSentenceStart(a) && (x.is(a, cPreposition) || sourcePrepositionsSet.has(x.toks[a].low) || openers.has(x.toks[a].low) || isCueForm(x.toks[a].low) || x.commonWord(x.toks[a].low)) {
		a++ // "On Twitter", "Stated Stone", "Both Bolton": a sentence's first word is no name's
	}
	if a < j && x.pluralPersonNoun(a) {
		a++ // "Senators Rubio and Cruz", "Republicans Jolly and DeSantis": no first name
	}
	for a < j && x.wordBeforeName(a, j-a-dots) {
		a++ // "Comedian Sarah Silverman", "Supervisor of Elections Susan Bucher", "(See Sexton's"
	}
	n := j - a - dots
	return a, n >= 1 && n <= 3 && (!x.isSentenceStart(a) || a+1 <= j)
}

// indefiniteName reports whether the article at token p is "a" or "an" before a full name
// that opens with a given name at token a: "quoted a Karen Voss", someone the reader
// does not know, a person all the same ("a Donald Trump" is no place like "the United States").
func (x *extractor) indefiniteName(p, a int) bool {
	w := x.word(p)
	return (w == "a" || w == "an") && givenNames[x.toks[a].low] != 0
}

// functionSurname reports whether the capitalised function word j is a surname: after a
// given name, inside a sentence ("Dan Rather", "Kathleen Will").
func (x *extractor) functionSurname(j int) bool {
	p := &x.toks[j-1]
	return p.kind == tWord && p.upper && givenNames[p.low] != 0 && !x.isSentenceStart(j-1) && !x.isSentenceStart(j)
}

// bodyNameEnd returns where a person's name starts in the run of capitalised words a..j that
// goes on from a body's name joined by "of" ("Voice of America Danladi Ahmadu", "Bank of New
// York Sani Bello"): at the run's first given name after a, else after its first word. The
// caller asks it only of a run of three words or more whose first is no given name ("One of
// Mark Oberholtzer's", "Supporters of Hillary Clinton").
func (x *extractor) bodyNameEnd(a, j int) int {
	for k := a + 1; k < j; k++ {
		if givenNames[x.toks[k].low] != 0 {
			return k
		}
	}
	return a + 1
}

// Heads of descriptions of bodies that bodyBefore resolves: news media, and public agencies.
var (
	mediaHeads  = wordSetOf([]string{"network", "newspaper", "paper", "daily", "magazine", "tabloid", "channel", "broadcaster", "outlet", "publication"})
	mediaNames  = wordSetOf([]string{"times", "post", "news", "journal", "guardian", "tribune", "herald", "gazette", "examiner", "chronicle", "inquirer", "courier", "bulletin", "telegraph", "sentinel", "observer", "globe", "network", "magazine", "media", "press", "dawn"})
	agencyHeads = wordSetOf([]string{"agency", "bureau", "department", "ministry"})
	agencyNames = wordSetOf([]string{"agency", "bureau", "department", "ministry", "office", "administration", "commission", "service"})
	// Acronyms of news media and of agencies: other acronyms ("NRA", "GOP") name no such body.
	mediaAcronyms  = wordSetOf([]string{"cnn", "nbc", "abc", "cbs", "msnbc", "cnbc", "npr", "pbs", "bbc", "ap", "afp", "hbo", "itv", "rt", "cctv", "espn", "tmz", "nhk", "cbc", "ctv", "mtv", "hln"})
	agencyAcronyms = wordSetOf([]string{"fbi", "cia", "nsa", "dhs", "epa", "irs", "fda", "cdc", "dea", "atf", "nasa", "fema", "ice", "tsa", "doj", "nih", "usda", "faa", "sec", "ftc", "fcc", "gao", "cbo", "nhtsa", "ntsb", "osha", "hhs", "cftc", "fdic", "nrc", "ferc", "iaea", "unhcr", "unicef", "unrwa", whoAcronym})
)

// mediumName reports whether the words of a name name a news medium: a word of media names
// ends it or "Daily", "Sunday" or a broadcaster's acronym opens it ("USA Today", "Daily
// Mirror", "BBC Radio Leeds", "Mail Online"), and no given name opens it ("Anna Sun").
func mediumName(words []string) bool {
	if len(words) < 2 || givenNames[words[0]] != 0 {
		return false
	}
	first, last := words[0], words[len(words)-1]
	return mediaNames.has(last) || mediaWords.has(last) || first == "daily" || first == "sunday" || mediaAcronyms.has(first)
}

// newsMedium reports whether e is a news medium named: a known acronym ("BBC"), or a
// capitalised name that holds "news" or ends in a medium's noun or name word ("The
// Washington Post", "New York magazine", "Reuters news agency", "Daily Mail"); but "a
// forensic examiner" is a person, and "the newspaper" may stand for its editors.
func newsMedium(e *entity) bool {
	n := len(e.words)
	if n == 0 || !isUpperByte(e.name[0]) {
		return false
	}
	last := e.words[n-1]
	return n == 1 && mediaAcronyms.has(last) || mediaNames.has(last) || mediaHeads.has(last) || slices.Contains(e.words, "news") ||
		n > 1 && (mediaWords.has(last) || e.words[0] == "daily")
}

// mediaWords end the names of news media that mediaNames, the heads bodyBefore reads, lack.
var mediaWords = wordSetOf([]string{"today", "mail", "mirror", "sun", "express", "online", "radio", "tv", "television", "sarda", "standard", "independent", "star", "record", "weekly", "daily", "digest", "wire"})

// webAddress reports whether the word w is a web site's address, a name with its domain:
// "snopes.com", "grail-watch.com".
func webAddress(w string) bool {
	i := strings.LastIndexByte(w, '.')
	return i > 0 && webDomains.has(w[i+1:])
}

// webHeads are the nouns of a description of a web site: "the site", "the website".
var webHeads = wordSetOf([]string{"site", "website", "blog"})

// webDomains are the ends of web addresses that name sites in news copy.
var webDomains = wordSetOf([]string{"com", "org", "net", "fr", "de", "uk", "co", "io", "info", "tv"})

// bodyBefore returns the body a bare description of a news medium or an agency ("the
// network", "the newspaper", "the agency") stands for: the nearest name before it, in its
// sentence or the three before, that names such a body. A known acronym ("CNN", "FBI") is
// one; so is a name whose last word names the kind ("the New York Daily News", "the State
// Department") or that the description's noun follows ("Family Circle magazine", "the Global
// Times tabloid"). "" when there is none: "the paper" after "the Senate" may be a white paper.
func (x *extractor) bodyBefore(src rng, m mentionInfo) (string, []string) {
	if len(m.words) != 1 || !isDeterminer(x.word(src.a)) || src.b-src.a != 2 {
		return "", nil
	}
	return x.bodyNamedBefore(src.a, m.words[0])
}

// describedAgency returns the agency named before that the definite description src with
// capitalised words stands for: its head an agency's ("the American space agency" after
// "NASA said"), no news agency, the word before the head no name ("the Reuters news
// agency", "the Lebanese al-Safir newspaper" are named), and a ministry or department named
// so ("the Iraqi health ministry" is no WHO).
func (x *extractor) describedAgency(src rng) (string, []string) {
	head, mod := x.word(src.b-1), src.b-2
	if !agencyHeads.has(head) || x.word(mod) == "news" || !x.isWord(mod) || x.toks[mod].upper && !demonym(x.word(mod)) {
		return "", nil
	}
	name, words := x.bodyNamedBefore(src.a, head)
	if name == "" || head != "agency" && words[len(words)-1] != head {
		return "", nil
	}
	return name, words
}

// demonym reports whether the capitalised word w may be the adjective of a place that
// describes a body ("Iraqi", "Lebanese", "American"), no body's name ("Reuters").
func demonym(w string) bool {
	return nationalities.has(w) || len(w) > 4 && (strings.HasSuffix(w, "an") || strings.HasSuffix(w, "ese") || strings.HasSuffix(w, "i") || strings.HasSuffix(w, "ish"))
}

// bodyNamedBefore returns the news medium or agency named in the three sentences before
// token k that a description with head stands for, as bodyBefore does; for a web site's
// ("the site"), an address ("Snopes.com") or a name after "website" ("French website
// iGen.fr").
func (x *extractor) bodyNamedBefore(k int, head string) (string, []string) {
	src := rng{k, k}
	media, agency, web := mediaHeads.has(head), agencyHeads.has(head), webHeads.has(head)
	if !media && !agency && !web {
		return "", nil
	}
	sents := 0
	for j := src.a - 1; j >= 0 && j > src.a-160; j-- {
		t := x.toks[j]
		if x.isSentenceStart(j) {
			if sents++; sents > 3 {
				break
			}
		}
		if t.kind != tWord || !t.upper || j+1 < len(x.toks) && x.toks[j+1].kind == tWord && x.toks[j+1].upper && x.toks[j+1].nl == 0 {
			continue // not the last word of a name
		}
		a := j
		for a-1 >= 0 && x.toks[a-1].kind == tWord && x.toks[a-1].upper && !x.is(a-1, cFunction) && x.toks[a].nl == 0 {
			a--
		}
		if a < j && (x.isSentenceStart(a) && x.is(a, cFunction) || isDeterminer(x.toks[a].low) || webHeads.has(x.toks[a].low)) {
			a++ // "The Labor Department", "Website Grail-watch.com"
		}
		last, next := t.low, x.word(j+1)
		acronym := a == j && x.isAllUpper(t) && (media && mediaAcronyms.has(last) || agency && agencyAcronyms.has(last))
		kind := media && (mediaNames.has(last) || mediaHeads.has(next) || a > 0 && mediaHeads.has(x.toks[a-1].low) && !x.toks[a-1].upper) || agency && (agencyNames.has(last) || agencyHeads.has(next)) ||
			web && (webAddress(last) || webHeads.has(x.word(a-1)))
		if !acronym && !kind || x.isSentenceStart(a) && a == j && !acronym {
			continue
		}
		return x.text[x.toks[a].Start:t.End], lowerWords(x.toks[a : j+1])
	}
	return "", nil
}

// companyBefore returns the earlier speaker a description of a business ("the company", "the
// carmaker", "the electric-car maker") stands for: the nearest one named by a single word and
// not known to be a person ("Tesla said", "Hamas said ... the group said"), or a body whose
// name is no government's, agency's or news medium's ("Adani Group"). nil when none.
func (x *extractor) companyBefore(ents []*entity, src rng, m mentionInfo) *entity {
	n := len(m.words)
	if n == 0 || n > 3 || x.word(src.a) != "the" || src.b-src.a != n+1 || !companyHeads.has(m.words[n-1]) {
		return nil
	}
	for k := src.a + 1; k < src.b; k++ {
		if x.toks[k].upper && !nationalities.has(x.toks[k].low) || x.toks[k].kind != tWord && x.word(k) != "-" {
			return nil // "the Adani Group": a name, no description; but "the Dutch company" is one
		}
	}
	for _, w := range m.words[:n-1] {
		if violentWords.has(w) {
			return nil // "the terrorist group" is no business
		}
	}
	for i := len(ents) - 1; i >= 0 && i >= len(ents)-8; i-- {
		e := ents[i]
		if e.name == "" || !isUpperByte(e.name[0]) || !x.namedNear(e, src.a) {
			continue // a description ("the company" before), or a name too far back
		}
		switch {
		case e.kind == "person" && !e.sure && len(e.words) == 1 && len(e.titles) == 0 && !publicBody(e.words) && !x.personName(e.name):
			return e
		case e.kind == "org" && !publicBody(e.words) && slices.ContainsFunc(e.words, func(w string) bool { return businessWords.has(w) }):
			return e
		}
	}
	return nil
}

// companyNamedBefore returns the business "the company" or "the firm" stands for when no
// speaker before is one: the nearest one-word name, in its sentence or the three before,
// written as a possessor ("Apple's announcement") or as a subject before a verb ("When Apple
// unveiled", "Comcast will deny"), that is no person's name, no given name, no title, medium
// or public body, day or month. "" when there is none.
func (x *extractor) companyNamedBefore(src rng, m mentionInfo) (string, []string) {
	if len(m.words) != 1 || m.words[0] != "company" && m.words[0] != "firm" || src.b-src.a != 2 || x.word(src.a) != "the" {
		return "", nil
	}
	sents := 0
	for j := src.a - 1; j > 0 && j >= src.a-companyReach; j-- {
		if x.isSentenceStart(j) {
			if sents++; sents > 3 {
				break
			}
		}
		if x.companySubjectAt(j) {
			t := x.toks[j]
			return x.text[t.Start:t.End], []string{t.low}
		}
	}
	return "", nil
}

// businessEntity returns the body among ents named by the one word w or by a full name that
// starts with it and ends in one of businessWords ("Google Inc"); nil when none: "the Apple
// chief" is a description, no name of Apple's.
func businessEntity(ents []*entity, w string) *entity {
	for i := len(ents) - 1; i >= 0; i-- {
		e := ents[i]
		if n := len(e.words); e.kind == "org" && n > 0 && e.words[0] == w && (n == 1 || businessWords.has(e.words[n-1])) {
			return e
		}
	}
	return nil
}

// companySubjectAt reports whether the token j is a one-word name that may be a business's,
// followed by a possessive or a verb: no person's or given name, title, function word, body,
// nationality, day or month, and no capitalised word beside it ("Apple Watch", "Tim Cook").
func (x *extractor) companySubjectAt(j int) bool {
	t := x.toks[j]
	if t.kind != tWord || !t.upper || x.isWord(j+1) && x.toks[j+1].upper || x.isWord(j-1) && x.toks[j-1].upper && !(x.isSentenceStart(j-1) && givenNames[x.toks[j-1].low] == 0) {
		return false // but "When Apple unveiled"; not "Jeb Bush said" at a sentence's start
	}
	if p := x.word(j - 1); isDeterminer(p) || p == "&" {
		return false // "The Dow was held back", "Standard & Poor's": no business's name
	}
	if x.is(j, cTitle|cOrg|cFunction|cWeekday) || monthNumber(t.low) > 0 {
		return false
	}
	if givenNames[t.low] != 0 || nationalities.has(t.low) || subjectPronounsSet.has(t.low) || publicBody([]string{t.low}) || mediaNames.has(t.low) {
		return false
	}
	next := x.word(j + 1)
	verb := next == "'s" || next == "’s" || auxiliariesSet.has(next) || beFormsSet.has(next) || irregularPastSet.has(next) || strings.HasSuffix(next, "ed") || len(cueSensesOf(next)) > 0
	if !verb && (next != "," || !x.companyAppositive(j+2)) {
		return false
	}
	return (!x.isSentenceStart(j) || !x.commonWord(t.low)) && !x.personName(x.text[t.Start:t.End])
}

// companyAppositive reports whether an appositive opening at k describes a business: a
// determiner, then one of companyHeads before the next comma, in at most six words
// ("Alphabet, the parent company of Google,").
func (x *extractor) companyAppositive(k int) bool {
	if !isDeterminer(x.word(k)) {
		return false
	}
	for j := k + 1; j < len(x.toks) && j <= k+6 && x.isWord(j); j++ {
		if companyHeads.has(x.word(j)) && x.word(j) != "group" {
			return true
		}
	}
	return false
}

// companyReach is how many tokens back a description may point at a body: a few sentences.
const companyReach = 150

// namedNear reports whether the last word of e's name is written in the companyReach tokens
// before token k.
func (x *extractor) namedNear(e *entity, k int) bool {
	w := e.words[len(e.words)-1]
	for j := k - 1; j >= 0 && j >= k-companyReach; j-- {
		if x.toks[j].low == w && x.toks[j].upper {
			return true
		}
	}
	return false
}

// nationalities are the adjectives of nations and regions that describe a business without
// naming it: "the Dutch company", "the German carmaker", "the Swiss bank".
var nationalities = wordSetOf([]string{"american", "british", "canadian", "mexican", "brazilian", "argentine", "chilean", "french", "german", "dutch", "belgian", "swiss", "austrian", "italian", "spanish", "portuguese", "irish", "scottish", "danish", "swedish", "norwegian", "finnish", "polish", "czech", "hungarian", "greek", "turkish", "russian", "ukrainian", "israeli", "saudi", "emirati", "qatari", "iranian", "egyptian", "nigerian", "kenyan", "south", "african", "indian", "pakistani", "chinese", "japanese", "korean", "taiwanese", "vietnamese", "thai", "indonesian", "malaysian", "singaporean", "philippine", "australian", "european", "asian", "u.s.", "u.k.", "us", "uk"})

// violentWords describe armed groups, not businesses.
var violentWords = wordSetOf([]string{"terrorist", "terror", "militant", "armed", "extremist", "jihadist", "rebel", "insurgent", "paramilitary"})

// businessWords end or fill the names of businesses and foundations: "Exxon Mobil Corp", "the
// National Golf Foundation".
var businessWords = wordSetOf([]string{"inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "holdings", "group", "therapeutics", "pharmaceuticals", "motors", "airlines", "airways", "technologies", "industries", "petroleum", "bank", "foundation", "energy", "oil", "systems", "labs", "partners", "capital", "brands", "foods"})

// businessFilter screens words for businessWords: indexBusinesses asks it of every capitalised
// word of a text.
var businessFilter = wordFilterOf(businessWords.words())

// personName reports whether the one-word name w is written elsewhere in the text as a
// person's: after a first name or a courtesy title ("Donald Trump", "Mr. Trump"), or as the
// plural of a family ("the Clintons").
func (x *extractor) personName(w string) bool {
	family := ""
	if len(w) > 3 && strings.HasSuffix(w, "s") {
		family = w[:len(w)-1]
	}
	if names := x.nameIndex(); names != nil {
		return family != "" && names[family]&nameWritten != 0 || names[w]&namePerson != 0
	}
	for k := 1; k < len(x.toks); k++ {
		t := x.toks[k]
		if t.kind != tWord || !t.upper {
			continue
		}
		s := x.text[t.Start:t.End]
		if family != "" && s == family {
			return true // "the Clintons"
		}
		if s == w && x.personAt(k) {
			return true
		}
	}
	return false
}

// personAt reports whether the capitalised word k is written as a person's name: after a
// first name or a courtesy title.
func (x *extractor) personAt(k int) bool {
	p := x.toks[k-1]
	switch {
	case p.kind == tWord && p.upper && !x.isSentenceStart(k-1) && !x.is(k-1, cFunction) && !isDeterminer(p.low) && !orgWordsSet.has(p.low):
		return true // "Donald Trump"
	case courtesyTitles.has(p.low), p.low == "." && k > 1 && courtesyTitles.has(x.toks[k-2].low):
		return true // "Mr. Trump"
	}
	return false
}

// names indexes how a text writes its capitalised words, for personName, which otherwise
// walks the tokens at each one-word name: quadratic in a long text with many names.
type names map[string]nameUse

// nameUse tells how a capitalised word is written in a text.
type nameUse uint8

const (
	nameWritten nameUse = 1 << iota // written somewhere after the first token
	namePerson                      // written as a person's name (personAt)
)

// nameIndex returns the text's names index, or nil while walking the tokens is still
// cheaper: most texts ask about a few one-word names, and building the index costs about
// three walks.
func (x *extractor) nameIndex() names {
	if x.names == nil && x.nameWalks < maxNameWalks {
		x.nameWalks++
		return nil
	}
	if x.names == nil {
		x.names = x.indexNames()
	}
	return x.names
}

// maxNameWalks is how many times personName walks the tokens before nameIndex builds the
// index.
const maxNameWalks = 4

// indexNames builds the names index of the text's tokens.
func (x *extractor) indexNames() names {
	n := make(names)
	for k := 1; k < len(x.toks); k++ {
		t := x.toks[k]
		if t.kind != tWord || !t.upper {
			continue
		}
		s := x.text[t.Start:t.End]
		use := n[s] | nameWritten
		if use&namePerson == 0 && x.personAt(k) {
			use |= namePerson
		}
		n[s] = use
	}
	return n
}

// courtesyTitles come before a person's surname.
var courtesyTitles = wordSetOf([]string{"mr", "mrs", "ms", "miss", "dr", "sir", "dame"})

// companyHeads are the nouns a text uses for a business or a group it has named.
var companyHeads = wordSetOf([]string{"company", "firm", "carmaker", "automaker", "group", "airline", "bank", "lender", "insurer", "retailer", "manufacturer", "maker", "chipmaker", "planemaker", "conglomerate", "startup", "giant", "miner", "brewer", "utility", "operator", "developer", "publisher", "studio", "producer", "supplier", "exporter", "importer"})

// publicBody reports whether a body's name words name a government body, an agency or a news
// medium: no business that "the company" may stand for.
func publicBody(words []string) bool {
	if len(words) == 1 && (agencyAcronyms.has(words[0]) || mediaAcronyms.has(words[0])) {
		return true
	}
	for _, w := range words {
		if agencyNames.has(w) || mediaNames.has(w) || publicHeads.has(w) {
			return true
		}
	}
	return false
}

// publicHeads are words in the names of public bodies besides agencyNames.
var publicHeads = wordSetOf([]string{"government", "council", "court", "police", "army", "military", "party", "embassy", "house", "parliament", "senate", "congress", "committee", "cabinet", "presidency", "pentagon", "kremlin", "university", "school", "hospital", "campaign", "forces", "force", "navy", "state", "city", "county", "authority", "directorate", "secretariat", "un", "nato", "eu", "union"})

// allCaps reports whether tokens a..b are all words written in capitals throughout.
func (x *extractor) allCaps(a, b int) bool {
	for k := a; k < b; k++ {
		if !x.isWord(k) || !x.isAllUpper(x.toks[k]) {
			return false
		}
	}
	return true
}

// particleName reports whether the word j is a surname written with a lower-case article
// before its capital ("al-Baghdadi", "el-Sisi"): the last word of a name, as the
// capitalised "Al-Baghdadi" that opens a sentence is.
func (x *extractor) particleName(j int) bool {
	w := x.toks[j].low
	if len(w) < 5 || w[0] != 'a' && w[0] != 'e' || w[1] != 'l' || w[2] != '-' || x.toks[j].upper {
		return false
	}
	c := x.text[x.toks[j].Start+3]
	return c >= 'A' && c <= 'Z'
}

// nameParticle reports whether toks[i] is a lower-case part of a name between capitalised
// ones or before one: "Mohammed al-Momani", "Osama bin Laden", "Bill de Blasio".
func (x *extractor) nameParticle(toks []token, i int) bool {
	w := toks[i].low
	if (strings.HasPrefix(w, "al-") || strings.HasPrefix(w, "el-")) && len(w) > 3 {
		r := x.text[toks[i].Start+3:]
		return len(r) > 0 && r[0] >= 'A' && r[0] <= 'Z'
	}
	return nameParticles.has(w) && i > 0 && i+1 < len(toks) && toks[i-1].upper && toks[i+1].upper
}

// enParticiples are past participles in -en or -n that may end a verb before its object's
// preposition: "had spoken with the club's chief executive, who".
var enParticiples = wordSetOf([]string{"spoken", "written", "given", "taken", "seen", "shown", "known", "chosen", "sworn", "drawn", "thrown", "driven", "broken", "gotten", "forgotten", "beaten", "stolen", "hidden"})

// nameParticles join the parts of a name: "bin", "de", "van".
var nameParticles = wordSetOf([]string{"bin", "ibn", "de", "van", "von", "da", "di", "del", "della", "dello", "dei", "degli", "des", "der", "den", "du", "la", "le", "dos", "das"})

// lowerAfter reports whether tokens a..b are all lower-case words.
func (x *extractor) lowerAfter(a, b int) bool {
	return a < b && lowerBefore(x.toks[a:b])
}

// lowerBefore reports whether all of toks are lower-case words: "the former" CEO of ...
func lowerBefore(toks []token) bool {
	for _, t := range toks {
		if t.kind != tWord || t.upper {
			return false
		}
	}
	return true
}

// commonWord reports whether w is written in lower case somewhere in the text: a word of the
// language rather than a name. Answers are kept in x.lower: an article asks about few words
// (at most 9 of any PolNeAR train text), each found by a walk over the tokens, which costs
// about a quarter of building the set of all the text's lower-case words; after maxLowerWalks
// walks, or at once in a long text (walkable), the set is built all the same, so that a long
// text with many names stays linear.
func (x *extractor) commonWord(w string) bool {
	if functionWordsSet.has(w) {
		return true
	}
	if low, ok := x.lower[w]; ok || x.lowerWalks > maxLowerWalks {
		return low
	}
	if x.lowerWalks == maxLowerWalks || !x.walkable() {
		x.lowerWalks = maxLowerWalks + 1
		x.indexLower()
		return x.lower[w]
	}
	x.lowerWalks++
	low := writtenLower(x.toks, w)
	if x.lower == nil {
		x.lower = make(map[string]bool)
	}
	x.lower[w] = low
	return low
}

// writtenLower reports whether toks hold the word w written in lower case: commonWord's walk.
// The tokens of w's length and first letter are found by nextLike, whose loop calls nothing
// and so keeps its values in registers; only those are compared whole.
func writtenLower(toks []token, w string) bool {
	if w == "" {
		return false // no word is empty
	}
	for i := nextLike(toks, 0, w); i < len(toks); i = nextLike(toks, i+1, w) {
		if t := &toks[i]; t.low == w && t.kind == tWord && !t.upper {
			return true
		}
	}
	return false
}

// nextLike returns the index of the first token from i on whose word has the length and the
// first byte of w, which is not "", or len(toks) when none has.
func nextLike(toks []token, i int, w string) int {
	n, c := len(w), w[0]
	for ; i < len(toks); i++ {
		if low := toks[i].low; len(low) == n && low[0] == c {
			return i
		}
	}
	return i
}

// prevLike returns the index of the last token from j back to floor, floor not included,
// whose word has the length and the first byte of w, which is not "", or floor when none
// has: nextLike walking back.
func prevLike(toks []token, j, floor int, w string) int {
	n, c := len(w), w[0]
	for ; j > floor; j-- {
		if low := toks[j].low; len(low) == n && low[0] == c {
			return j
		}
	}
	return floor
}

// indexLower adds every word the text writes in lower case to x.lower, which then answers
// commonWord for any word: those it holds as false are written in capitals only.
func (x *extractor) indexLower() {
	if x.lower == nil {
		// Sized, the set is built a third faster: about one token in three of an article is
		// a new lower-case word, but far fewer of a long text (21,000 of the 736,000 of the
		// PolNeAR train texts together), which a set of that size would only spread out.
		x.lower = make(map[string]bool, min(len(x.toks)/3, maxLowerHint))
	}
	for i := range x.toks {
		if t := &x.toks[i]; t.kind == tWord && !t.upper {
			x.lower[t.low] = true
		}
	}
}

// sameWord reports whether the words a and b are the same, telling most words apart by their
// length and first letter before it compares them: the walks over a text's tokens for one
// word (fullNamesBefore, personBetween) run a sixth faster than with a == b.
func sameWord(a, b string) bool {
	return len(a) == len(b) && (a == "" || a[0] == b[0]) && a == b
}

// maxLowerWalks is how many words commonWord finds by walking the tokens before it builds
// the set of all lower-case words.
const maxLowerWalks = 16

// maxLowerHint is the most lower-case words commonWord makes room for at once.
const maxLowerHint = 4096

// openers open sentences, never names: "Neither Hillary Clinton nor ...".
var openers = wordSetOf([]string{"neither", "either", "both", "absent", "even", "only", "not", "full"})

// personHead reports whether a description's head names a person ("the official", "a
// schoolboy") rather than a thing that speaks ("the case", "the post", "the fatwa"), so that
// "he" and "she" may stand for it.
func personHead(words []string) bool {
	if len(words) == 0 {
		return false
	}
	h := words[len(words)-1]
	return titleWordsSet.has(h) || personNounsSet.has(h)
}

// personNoun reports whether w is a noun for people or a title, singular or plural
// ("officials", "residents", "spokesman").
func personNoun(w string) bool {
	if personNounsSet.has(w) || titleWordsSet.has(w) || w == "people" {
		return true
	}
	sg := strings.TrimSuffix(w, "s")
	if sg != w && (personNounsSet.has(sg) || titleWordsSet.has(sg)) || strings.HasSuffix(w, "men") && personNounsSet.has(strings.TrimSuffix(w, "men")+"man") {
		return true
	}
	// "witnesses", "deputies": a plural in "-es" or "-ies".
	return strings.HasSuffix(w, "sses") && personNounsSet.has(strings.TrimSuffix(w, "es")) || strings.HasSuffix(w, "ies") && personNounsSet.has(strings.TrimSuffix(w, "ies")+"y")
}

// personNounsSet are nouns for people that are no titles.
var personNounsSet = wordSetOf([]string{"official", "source", "analyst", "expert", "witness", "resident", "man", "woman", "boy", "girl", "mother", "father", "son", "daughter", "wife", "husband", "brother", "sister", "friend", "neighbor", "neighbour", "teacher", "student", "schoolboy", "schoolgirl", "teenager", "doctor", "nurse", "lawyer", "officer", "inspector", "blogger", "user", "fan", "voter", "worker", "employee", "owner", "aide", "staffer", "strategist", "consultant", "pollster", "economist", "scientist", "researcher", "historian", "journalist", "reporter", "correspondent", "editor", "writer", "author", "host", "anchor", "activist", "protester", "veteran", "survivor", "victim", "suspect", "lawmaker", "legislator", "politician", "diplomat", "delegate", "organizer", "volunteer", "pastor", "priest", "imam", "rabbi", "bishop", "archbishop", "cardinal", "scholar", "cleric", "manager", "executive", "farmer", "driver", "pilot", "passenger", "customer", "member", "person", "individual", "someone", "child", "mum", "mom", "dad", "parent", "grandmother", "grandfather", "boss", "partner", "colleague", "insider", "observer", "commentator", "critic", "supporter", "opponent", "campaigner", "attendee", "participant", "entrepreneur", "investor", "trader", "coach", "player", "actor", "actress", "singer", "star", "rapper", "comedian", "artist", "director", "producer", "agent", "detective", "investigator", "prosecutor", "defendant", "plaintiff", "official's", "republican", "democrat", "conservative", "liberal", "moderator", "panelist", "guest", "caller", "listener", "viewer", "reader", "commenter", "poster", "tweeter", "gynaecologist", "gynecologist", "volcanologist", "astronomer", "engineer", "physicist", "psychologist", "psychiatrist", "surgeon", "physician", "dentist", "officer", "soldier", "general", "commander", "chief", "head", "adviser", "advisor", "spokesman", "spokeswoman", "spokesperson", "lady", "gentleman", "guy", "mate", "bystander", "onlooker", "local", "native", "citizen", "immigrant", "refugee", "migrant", "defector", "hostage", "prisoner", "inmate", "guard", "ranger", "firefighter", "paramedic", "cop", "sheriff", "deputy", "marshal", "trooper", "agent"})

// possessivesSet open a description: "His brother, Mike Haines".
var possessivesSet = wordSetOf(possessiveWords)

// placeHeads end names of places and bodies, not persons: "Toll Barn Veterinary Centre".
var placeHeads = wordSetOf([]string{"centre", "center", "hospital", "school", "university", "college", "street", "road", "avenue", "park", "airport", "station", "church", "club", "hotel", "tower", "bridge", "river", "county", "city", "valley", "beach", "island", "lake", "square", "hall", "stadium", "museum", "institute", "academy", "mall", "market", "prison", "insider", "mirror", "beast", "digest", "magazine", "journal", "times", "post", "news"})

// placePrepositions come before places, not persons: "in San Francisco".
var placePrepositions = wordSetOf([]string{"in", "at", "near", "across", "inside", "outside"})

// isIndefinite reports whether the mention at k opens with a word that introduces someone
// new: "one official", "another official", "a diplomat".
func (x *extractor) isIndefinite(k int) bool {
	switch x.word(k) {
	case "one", "another", "a", "an":
		return true
	}
	return false
}

// possessedAgent reports whether mention r is someone who speaks for the owner of a
// possessive pronoun: "his spokesman", "its spokeswoman", "her lawyer". That is the pronoun's
// referent's agent, not an earlier spokesman of someone else: in "Police spokesman Ali said
// .... The governor condemned the killings, his spokesman said" the second is the governor's.
func (x *extractor) possessedAgent(r rng) bool {
	if r.b-r.a < 2 || !possessivePronounsSet.has(x.word(r.a)) {
		return false
	}
	switch role(x.word(r.b - 1)) {
	case "spokesperson", "spokespeople", "lawyer", "lawyers", "attorney", "attorneys", "aide", "aides":
		return true
	}
	return false
}

// recordNounsSet are records that speak for whoever put them out: "a statement from the
// ministry".
var recordNounsSet = wordSetOf([]string{"statement", "statements", "letter", "report", "memo", "filing", "release", "email", "post", "message", "transcript", "data", "figures", "statistics"})

// massRecords are records that take no article: "data from the ministry".
var massRecords = wordSetOf([]string{"data", "figures", "statistics"})

// descriptionPreps join a description's head to what follows it: "a spokesman for Mayor Frank
// G. Jackson", "one operative inside Trump Tower".
var descriptionPreps = wordSetOf([]string{"for", "of", "at", "from", "with", "to", "close", "inside", "in", "near", "within", "outside", "on", "following", "around", "toward", "towards"})

// pronounOfRelative reports whether the source src is a relative pronoun, alone ("who",
// "that", "which") or after a quantifier and a comma ("..., many of whom"), which stands for
// the mention before it.
func (x *extractor) pronounOfRelative(src rng) bool {
	switch src.b - src.a {
	case 1:
		w := x.word(src.a)
		return w == "who" || w == "that" || w == "which"
	case 3:
		// After a comma only ("the Twitter image from the ISIS militants – many of whom were
		// accusing him" means the callers), and not "both", which stands for two.
		return x.word(src.a+1) == "of" && x.word(src.a+2) == "whom" && x.isWord(src.a) && x.word(src.a-1) == "," && x.word(src.a) != "both"
	}
	return false
}

// genderOf returns the gender the source mention src tells, 'f' or 'm', or 0: a pronoun's
// ("she"), a title's or a noun's for a person ("Mrs. Clinton", "the spokeswoman", "9/11
// widow Terry Strada"), else a full name's given name ("Hillary Clinton"). Words before a
// possessive are the possessor's, words after a preposition another's: "his wife's lawyer",
// "a doctor to Lee's grandfather" tell nothing.
func (x *extractor) genderOf(src rng, m mentionInfo) byte {
	if m.pronoun != "" {
		switch x.pronounWord(src.a) {
		case "he", "him", "his":
			return 'm'
		case "she", "her":
			return 'f'
		}
		return 0
	}
	if m.kind != "person" {
		return 0
	}
	if m.named {
		if g := nameGender(m.words); g != 0 {
			return g // "Oliver Brimo, a friend of Ms Rosenberg": the name's own given name first
		}
	}
	var g byte
	for k := src.a; k < src.b; k++ {
		switch w := x.toks[k].low; {
		case k > src.a && x.is(k, cPreposition):
			return g // "the doctor to Lee's grandfather", "a spokesperson for Mrs. Hale": another's
		case w == "'s" || w == "’s":
			g = 0
		case x.toks[k].kind == tWord && g == 0:
			g = genderWords[strings.TrimSuffix(w, ".")] // the first: "Mr. Sperling, who worked with Ms. Brainard"
		}
	}
	return g
}

// nameGender returns the gender of a full name's given name ("hillary clinton": 'f'), or of
// a title or a description before it ("father john o'neal", "australian dylan thomas": 'm');
// 0 for a single word or a given name of either.
func nameGender(words []string) byte {
	for _, w := range words[:max(0, len(words)-1)] {
		if g := givenNames[w]; g != 0 {
			return g
		}
		if g := genderWords[strings.TrimSuffix(w, ".")]; g != 0 {
			return g
		}
	}
	return 0
}

// titled is a person the text gives a title or a description: before the name ("Sen.
// Bernie Sanders", "billionaire businessman Donald Trump") or in an appositive after it
// ("Jeb Bush, the former Florida governor").
type titled struct {
	at   int32    // the title's token
	name rng      // the name
	mods []string // lower-case words before the title in the same phrase ("former", "vice")
}

// titledBefore returns the name of the person a definite description of a person ("the
// senator", "the former president", "the billionaire businessman") stands for when no
// speaker fits it: of the persons the text gives the description's head as a title, with the
// same rank ("former", "vice") and no other party, the one whose surname is written last in
// the titleReach tokens before the description, unless a sentence about another person
// comes between. noRng when none.
func (x *extractor) titledBefore(src rng, m mentionInfo) rng {
	if m.kind != "person" || len(m.words) == 0 || x.word(src.a) != "the" || !personHead(m.words) {
		return noRng
	}
	for k := src.a + 1; k < src.b && k < src.a+len(m.words)+1; k++ {
		if !x.isWord(k) || x.word(k) == "'s" || x.word(k) == "’s" {
			return noRng // "the state's Republican governor": someone else's
		}
	}
	head := titleForm(m.words[len(m.words)-1])
	if head == "" {
		return noRng // "the state": no person's title
	}
	var cands []titled // nearest first
	for k := src.a - 1; k >= 0 && k > src.a-titledReach && len(cands) < maxTitled; k-- {
		t, ok := x.titledAt(k, head)
		if !ok || t.at >= int32(src.a) || !sameRank(m.words[:len(m.words)-1], t.mods) {
			continue
		}
		if g := nameGender(lowerWords(x.toks[t.name.a:t.name.b])); m.gender != 0 && g != 0 && g != m.gender {
			continue
		}
		cands = append(cands, t)
	}
	if len(cands) == 0 {
		return noRng
	}
	for j := src.a - 1; j >= 0 && j > src.a-titleReach; j-- {
		if !x.toks[j].upper || x.toks[j].kind != tWord {
			continue
		}
		for _, c := range cands {
			if x.toks[c.name.b-1].low == x.toks[j].low {
				return c.name
			}
		}
		if x.topicPerson(j) || x.clauseSubjectPerson(j) {
			return noRng // "Rubio sought to ... the senator said": someone the text gave no such title
		}
	}
	return noRng
}

// topicFor returns the person a definite description of a public figure ("the billionaire
// businessman", "the former secretary of state", "the candidate") at d's source stands for
// when no speaker and no title fits it: the one person named in its sentence before it and
// the sentence before (outside quotations and d's own content), by a full name with a given
// name of the description's gender (or none); with the description's words among its titles,
// and where the name is written. A second person named there leaves the description alone:
// "Jeb Bush brought his brother, George W. Bush ... the former president told" may be either;
// so does one given another title ("Iguala Mayor Jose Luis Abarca" is no "the governor").
func (x *extractor) topicFor(ents []*entity, d draft, m mentionInfo) (mentionInfo, int) {
	src := d.src
	if m.kind != "person" || len(m.words) == 0 || x.word(src.a) != "the" || !figureHeads.has(m.words[len(m.words)-1]) && !ageHead(m.words[len(m.words)-1]) {
		return mentionInfo{}, 0
	}
	for k := src.a + 1; k < src.b; k++ {
		if !x.isWord(k) || x.word(k) == "'s" || x.word(k) == "’s" {
			return mentionInfo{}, 0 // "the state's Republican governor": someone else's
		}
	}
	head := m.words[len(m.words)-1]
	sent := x.sentOf(src.a)
	floor := sent.a
	if prev := x.sentOf(sent.a - 1); prev.a >= 0 {
		floor = prev.a
	}
	floor = max(floor, src.a-topicReach) // a text with no sentence ends is read in long pieces
	surname, at, full := "", -1, rng{}
	extended := false
	for j := src.a - 1; ; j-- {
		if j < floor {
			// "Sanders instead delivered his standard campaign speech ... He vowed that ...
			// The Vermont senator has struggled": when the two sentences name no one, the
			// one before them.
			p := x.sentOf(floor - 1)
			if surname != "" || extended || floor <= 0 || p.a < 0 || p.a < src.a-topicReach {
				break
			}
			floor, extended = p.a, true
		}
		t := &x.toks[j]
		if t.low == head && !t.upper && x.isIndefinite(j-1) {
			return mentionInfo{}, 0 // "he visited a doctor ... The doctor told Thomas": the one met there
		}
		if !t.upper && !x.particleName(j) || t.kind != tWord || x.inQuote[j] || inRanges(d.content, j) {
			continue // but "al-Adnani" is a surname
		}
		if mediaNames.has(t.low) || mediaAcronyms.has(t.low) && x.isAllUpper(*t) {
			for j > floor && x.isWord(j-1) && x.toks[j-1].upper {
				j-- // "during an edition of NBC Nightly News": a medium, no second person
			}
			continue
		}
		a, ok := x.fullNameAt(j, "")
		if !ok && !(x.isPersonWord(j) && (knownPerson(ents, t.low) || !x.articleRun(j) && (x.surnameBefore(j) || x.personName(x.text[t.Start:t.End]) || x.articledBefore(j)))) {
			continue // "the Watch" after "Apple Watch": no surname takes an article
		}
		if surname != "" && surname != t.low {
			k := x.subjectPerson(ents, src.a, floor)
			if k < 0 {
				return mentionInfo{}, 0 // two persons: either may be meant
			}
			// "Mr. Rubio declined to assail him. ... the Florida Republican would only
			// say": the one the sentence is about.
			surname, at, full = x.toks[k].low, k, rng{}
			if a, ok := x.fullNameAt(k, ""); ok {
				full = rng{a, k + 1}
			}
			break
		}
		if ok {
			if p := a - 1; p >= 0 && x.is(p, cTitle) && titleForm(x.toks[p].low) != "" && titleForm(x.toks[p].low) != role(head) {
				return mentionInfo{}, 0 // "Iguala Mayor Jose Luis Abarca": another office
			}
			if full.empty() {
				full = rng{a, j + 1}
			}
			j = a
		}
		if surname == "" {
			if extended && (!x.topicPerson(j) && !x.clauseSubjectPerson(j) || x.namedInContent(d, t.low)) {
				// "Her focus is an attempt to undercut Sanders": no one the text tells of;
				// "the former HP executive told The Washington Post, Fiorina would lead":
				// someone who tells of her.
				return mentionInfo{}, 0
			}
			surname, at = t.low, j
		}
	}
	if surname == "" || full.empty() && x.pronounTopic(at) {
		return mentionInfo{}, 0
	}
	var n mentionInfo
	if !full.empty() {
		n, at = x.mention(full), full.a
	} else if name, words := x.personBefore(at, surname, 0); name != "" {
		n = mentionInfo{name: name, words: words, kind: "person", named: true}
	} else if name, words := x.personFarBefore(at, surname, 0); name != "" {
		n = mentionInfo{name: name, words: words, kind: "person", named: true}
	} else if name, words := x.articledSurname(at, surname, 0); name != "" {
		n = mentionInfo{name: name, words: words, kind: "person", named: true} // "Adnani's message ... the IS spokesman"
	}
	g := nameGender(n.words)
	if !n.named || n.kind != "person" || n.pronoun != "" || g == 0 || m.gender != 0 && g != m.gender {
		return mentionInfo{}, 0 // "from Mexico", "Trump National Doral": no given name, no person
	}
	n.gender = g
	n.titles = append(n.titles, m.words...)
	return n, at
}

// namedInContent reports whether the content of draft d writes the capitalised word w:
// a speaker who tells of a person is someone else. A name that modifies a noun after an
// article ("football in the Clinton household") tells of no one.
func (x *extractor) namedInContent(d draft, w string) bool {
	for _, c := range d.content {
		for k := c.a; k < c.b; k++ {
			if x.toks[k].upper && x.toks[k].low == w && !x.attributiveName(k) {
				return true
			}
		}
	}
	return false
}

// attributiveName reports whether the capitalised word k modifies the lower-case noun after
// it, an article before it: "the Clinton household", "a Trump rally".
func (x *extractor) attributiveName(k int) bool {
	return k > 0 && isDeterminer(x.word(k-1)) && x.isWord(k+1) && !x.toks[k+1].upper
}

// pronounTopic reports whether the sentence of token at has "he" or "she" for its subject
// before at, outside quotations: "And he even inserted himself into the race, speaking highly
// of Mr. Trump" is about another person than the one named.
func (x *extractor) pronounTopic(at int) bool {
	s := x.sentOf(at)
	np := x.subject(s, at)
	return np.b == np.a+1 && np.b <= at && !x.inQuote[np.a] && (x.word(np.a) == "he" || x.word(np.a) == "she")
}

// articleRun reports whether the run of capitalised words that ends at token j follows an
// article: "the Apple Watch Edition", "the Watch" name no person.
func (x *extractor) articleRun(j int) bool {
	for j > 0 && x.toks[j-1].upper && x.isWord(j-1) && x.toks[j].nl == 0 {
		j--
	}
	return j > 0 && isDeterminer(x.word(j-1))
}

// subjectPerson returns the last word of the person's name that is the subject of the
// sentence before token k's, after floor and outside quotations ("Mr. Rubio" of "Mr. Rubio
// declined to assail him"), or -1. A person in k's own sentence is no description's there:
// "Mr. Trump took on Hillary Clinton after the Democratic front-runner had said".
func (x *extractor) subjectPerson(ents []*entity, k, floor int) int {
	for s, np := range x.recentSubjects(k, floor-1) {
		if s.b > k {
			continue
		}
		if np.empty() || np.a < floor || x.inQuote[np.a] {
			return -1
		}
		j := np.b - 1
		if t := &x.toks[j]; t.upper && t.kind == tWord && x.isPersonWord(j) && (knownPerson(ents, t.low) || x.givenFullName(np, j) && !x.givenNameIn(x.sentOf(k).a, k) && !x.namedObject(s, np.b)) {
			return j
		}
		return -1
	}
	return -1
}

// givenFullName reports whether the subject np is a full name ending at token j that opens
// with a listed given name: "Ruth Bader Ginsburg regrets her insults of Donald Trump" is
// about Ginsburg, whom the text need not have quoted yet.
func (x *extractor) givenFullName(np rng, j int) bool {
	a, ok := x.fullNameAt(j, "")
	return ok && a == np.a && nameGender(lowerWords(x.toks[a:j+1])) != 0
}

// namedObject reports whether a full name with a listed given name follows a verb after the
// subject ending at token b in the sentence s, as its object: "Maria Ortiz met Tom Baker"
// tells of two persons alike, where "Ruth Bader Ginsburg regrets her insults of Donald
// Trump" names the second only after a preposition.
func (x *extractor) namedObject(s rng, b int) bool {
	for j := b + 1; j < s.b; j++ {
		if !x.toks[j].upper || !x.isWord(j) || givenNames[x.toks[j].low] == 0 || x.inQuote[j] {
			continue
		}
		p := j - 1
		if x.isWord(p) && !x.toks[p].upper && !x.is(p, cPreposition) && !isDeterminer(x.word(p)) && x.nameRunAt(j) > j+1 {
			return true
		}
	}
	return false
}

// givenNameIn reports whether a full name with a listed given name is written from token a
// up to token b: "Leonardo DiCaprio had been considered, but the actor declined" names the
// actor in the description's own sentence.
func (x *extractor) givenNameIn(a, b int) bool {
	for j := a; j < b; j++ {
		if !x.toks[j].upper || !x.isWord(j) || givenNames[x.toks[j].low] == 0 {
			continue
		}
		if e := x.nameRunAt(j); e > j+1 && e <= b {
			return true
		}
	}
	return false
}

// personOfRelative narrows np, the phrase a "who" follows, to the person in it: without a
// preposition opening it ("by a senior official", "according to sources who"); to the full
// name in the part after its last preposition ("opening question from CBS moderator John
// Dickerson, who", "head of NASA Charles Bolden, who") or, but for "of", to that part when it
// names people ("a call Thursday morning from a man who", "opinions from previous popes,
// who"); else to the part before it when that names people ("someone in that office who",
// "Jason Leopold of Vice News, who"). A count before the preposition keeps the phrase
// whole: "one of his friends", "6 in 10 voters", "30 percent of voters".
func (x *extractor) personOfRelative(np rng) rng {
	for np.b-np.a > 1 && (x.is(np.a, cPreposition) || x.word(np.a) == "according") && !x.toks[np.a].upper {
		np.a++
	}
	for k := np.b - 2; k > np.a; k-- {
		if !x.is(k, cPreposition) || x.toks[k].upper {
			continue
		}
		if countWord(x.word(k - 1)) {
			break
		}
		r := rng{k + 1, np.b}
		if a, ok := x.fullNameIn(r); ok {
			return rng{a, r.b}
		}
		if x.word(k) != "of" && (x.namesPeople(r) || x.word(r.a) == "the" && r.b-r.a > 1 && partyMembers.has(x.word(r.b-1))) {
			return r // "a partial reversal for the Wisconsin Republican, who": a party's member
		}
		l := rng{np.a, k}
		if x.word(k) == "of" && x.thingOfName(l, r) {
			return r // "on the radar of MI5, who warned him": MI5, not the radar
		}
		if a, ok := x.fullNameIn(l); ok {
			return rng{a, l.b}
		}
		if x.namesPeople(l) {
			return x.personOfRelative(l) // "overwhelming support from members of Congress"
		}
		break
	}
	return np
}

// thingOfName reports whether l, the words before "of", ends in a noun for a thing, in lower
// case and no noun for people, an agent, a title or a count, with no noun for people nor a
// verb before it, and r, the words after it, is a name in
// capitals: "the radar of MI5", whom a "who" after them stands for.
func (x *extractor) thingOfName(l, r rng) bool {
	h := l.b - 1
	if l.empty() || !x.isWord(h) || x.toks[h].upper || x.namesPeople(l) || agentNoun(x.word(h)) || titleWordsSet.has(x.word(h)) || countWord(x.word(h)) {
		return false
	}
	for k := l.a; k < h; k++ {
		if w := x.word(k); !isDeterminer(w) && (personNoun(w) || strings.HasSuffix(w, "ing") || x.verbLike(k)) {
			return false // "A patient exhibiting symptoms of Ebola who": the patient
		}
	}
	for k := r.a; k < r.b; k++ {
		if x.isWord(k) && !x.toks[k].upper {
			return false
		}
	}
	return true
}

// countWord reports whether w counts or measures what follows it: "one", "6", "percent",
// "dozens", "number".
func countWord(w string) bool {
	return w != "" && isDigitByte(w[0]) || numberWordsSet.has(w) || shareWords.has(w)
}

// shareWords, with numberWordsSet, count or measure people: "one of his friends", "a number of
// scientists", "30 percent of voters".
var shareWords = wordSetOf([]string{"percent", "number", "handful", "lot", "lots", "some", "many", "most", "each", "all", "both", "half", "majority", "minority", "share", "third", "quarter", "none", "any", "several", "few"})

// fullNameIn returns the first token of a full name with a given name that ends the phrase
// r: "Jun Feng" of "Local man Jun Feng".
func (x *extractor) fullNameIn(r rng) (int, bool) {
	last := r.b - 1
	if r.empty() || !x.isWord(last) || !x.toks[last].upper {
		return 0, false
	}
	a, ok := x.fullNameAt(last, "")
	return a, ok && a >= r.a && nameGender(lowerWords(x.toks[a:r.b])) != 0
}

// namesPeople reports whether the phrase r ends in a noun for people: "a man", "previous
// popes", "someone".
func (x *extractor) namesPeople(r rng) bool {
	last := r.b - 1
	return !r.empty() && x.isWord(last) && !x.toks[last].upper && (personNoun(x.word(last)) || x.word(last) == "someone")
}

// partyTag reports whether token k is a party's initial and a state's, as news copy writes
// them after a lawmaker's name: "R-N.Y.", "D-Calif.", "I-Vt.".
func (x *extractor) partyTag(k int) bool {
	w := x.word(k)
	return len(w) > 2 && (w[0] == 'r' || w[0] == 'd' || w[0] == 'i') && w[1] == '-' && x.toks[k].upper
}

// namedFigure returns the person a description with capitalised words before its head
// stands for ("the Florida senator", "the Wisconsin Republican", "the Republican presidential
// candidate"), as titledPerson and then topicFor find it (topicFor only when a place or a
// nation is among the words: "President Obama had a talk with Francois Hollande. The French
// president" is not Obama), and where the name is written; a mention with no name when there
// is none.
func (x *extractor) namedFigure(ents []*entity, d draft, m mentionInfo) (mentionInfo, int) {
	last := d.src.b - 1
	if x.word(d.src.a) != "the" || !figureHeads.has(x.word(last)) || x.toks[last].upper && !partyHeads.has(x.word(last)) || len(m.words) < 2 {
		return mentionInfo{}, 0
	}
	var places []string // "the Florida senator" need not be the senator the text titled before
	for k := d.src.a + 1; k < last; k++ {
		w := x.word(k)
		if !x.isWord(k) || w == "and" || w == "or" || isDeterminer(w) {
			return mentionInfo{}, 0 // "The Kentucky Republican and the New York businessman"
		}
		if x.toks[k].upper && partyWords[w] == "" {
			if _, words := x.personBefore(k, w, 0); nameGender(words) != 0 {
				return mentionInfo{}, 0 // "the Lincoln actor" after "an Abraham Lincoln impersonator": a person's name, no place
			}
			places = append(places, w)
		}
	}
	desc := m
	desc.kind, desc.named = "person", false
	desc.words = lowerWords(x.toks[d.src.a+1 : d.src.b])
	if n, at := x.titledPerson(d.src, desc); n.name != "" && x.wordsNear(places, at, min(at+len(n.words)+6, d.src.a)) {
		return n, at
	}
	return x.topicFor(ents, d, desc)
}

// wordsNear reports whether each of words is written from six tokens before token a up to
// token b: "New Jersey Gov. Chris Christie" and "Gov. John R. Kasich of Ohio" name the state
// of "the New Jersey governor" and "the Ohio governor".
func (x *extractor) wordsNear(words []string, a, b int) bool {
	for _, w := range words {
		found := false
		for k := max(0, a-6); k < min(len(x.toks), b) && !found; k++ {
			found = x.toks[k].low == w
		}
		if !found {
			return false
		}
	}
	return true
}

// partyHeads are the capitalised heads of descriptions by party: "the Wisconsin Republican".
var partyHeads = wordSetOf([]string{"republican", "democrat"})

// topicReach is how many tokens back topicFor looks for the person a description stands for:
// more than two long sentences.
const topicReach = 120

// inRanges reports whether token k lies in one of rs.
func inRanges(rs []rng, k int) bool {
	for _, r := range rs {
		if k >= r.a && k < r.b {
			return true
		}
	}
	return false
}

// surnameBefore reports whether the capitalised word j ends a full name written before it:
// "Hale" after "Donald Hale".
func (x *extractor) surnameBefore(j int) bool {
	name, _ := x.personBefore(j, x.toks[j].low, 0)
	return name != ""
}

// knownPerson reports whether a person met as a speaker before has the surname w: one known
// to be a person, not a one-word speaker of no title ("According to Facebook").
func knownPerson(ents []*entity, w string) bool {
	for _, e := range ents {
		if e.kind == "person" && e.sure && len(e.words) > 0 && e.words[len(e.words)-1] == w {
			return true
		}
	}
	return false
}

// isPersonWord reports whether the capitalised word j may be a surname standing alone: no
// title, body, function word, day or month, and not a sentence's first word the text writes
// in lower case too.
func (x *extractor) isPersonWord(j int) bool {
	if x.is(j, cTitle|cOrg|cFunction|cWeekday) || monthNumber(x.toks[j].low) > 0 {
		return false
	}
	return !x.isSentenceStart(j) || !x.commonWord(x.toks[j].low)
}

// agedPerson returns the person a description that is an age ("the 26-year-old" at src, its
// mention m) stands for: the nearest full name the text gives that age before it, outside
// quotations and within titleReach tokens, after the age ("26-year-old Taugan Tan Kadalim")
// or between commas after the name ("Kayla Mueller, 26,"; a surname there stands for the
// full name written before it), with the age among its titles; a mention with no name when
// there is none.
func (x *extractor) agedPerson(src rng, m mentionInfo) (mentionInfo, int) {
	if m.kind != "person" || len(m.words) != 1 || src.b-src.a != 2 || x.word(src.a) != "the" || !ageHead(m.words[0]) {
		return mentionInfo{}, 0
	}
	age := strings.TrimSuffix(m.words[0], "-year-old")
	for j := src.a - 1; j > 0 && j > src.a-titleReach; j-- {
		if x.inQuote[j] {
			continue
		}
		var np rng
		switch w := x.word(j); {
		case w == m.words[0] && x.isWord(j+1) && x.toks[j+1].upper:
			e := j + 1
			for e+1 < src.a && x.isWord(e+1) && x.toks[e+1].upper && x.toks[e+1].nl == 0 {
				e++
			}
			if a, ok := x.fullNameAt(e, ""); ok && a == j+1 {
				np = rng{a, e + 1}
			}
		case w == age && x.ageAt(j):
			if a, ok := x.fullNameAt(j-2, ""); ok {
				np = rng{a, j - 1}
			} else if x.isPersonWord(j - 2) {
				if name, words := x.personBefore(j-2, x.word(j-2), 0); name != "" {
					return mentionInfo{name: name, words: words, kind: "person", named: true, gender: nameGender(words), titles: m.words}, j - 2
				}
			}
		}
		if np.empty() {
			continue
		}
		n := x.mention(np)
		if !n.named || n.kind != "person" || n.pronoun != "" || len(n.words) < 2 {
			continue
		}
		n.gender = x.genderOf(np, n)
		n.titles = append(n.titles, m.words...)
		return n, np.a
	}
	return mentionInfo{}, 0
}

// ageHead reports whether w is an age used as a noun for the person of that age, as news
// copy calls someone it named just before: "26-year-old" ("Mueller ... had been working in
// Turkey ... The 26-year-old told the paper").
func ageHead(w string) bool {
	n, ok := strings.CutSuffix(w, "-year-old")
	if !ok || n == "" || len(n) > 3 {
		return false
	}
	for i := 0; i < len(n); i++ {
		if !isDigitByte(n[i]) {
			return false
		}
	}
	return true
}

// figureHeads are the heads of descriptions news writers give a public figure named just
// before instead of repeating the name: "the billionaire businessman", "the senator", "the
// presumptive Republican nominee".
var figureHeads = wordSetOf([]string{"president", "senator", "governor", "secretary", "minister", "candidate", "nominee", "businessman", "businesswoman", "billionaire", "tycoon", "mogul", "magnate", "developer", "actor", "actress", "singer", "rapper", "comedian", "star", "congressman", "congresswoman", "mayor", "chancellor", "premier", "pope", "frontrunner", "front-runner", "contender", "hopeful", "incumbent", "celebrity", "presenter", "chairman", "chairwoman", "founder", "entrepreneur", "lawmaker", "politician", "democrat", "republican", "socialist", "conservative", "liberal", "prince", "princess", "king", "queen", "leader", "coach", "ceo", "executive", "anchor", "host", "correspondent", "commentator", "columnist", "analyst", "attorney", "lawyer", "economist", "professor", "researcher", "scientist", "expert", "author", "writer", "journalist", "reporter", "doctor", "physician", "judge", "activist", "historian", "strategist", "pollster", "spokesman", "spokeswoman", "officer", "cleric", "priest", "justice"})

// topicPerson reports whether the capitalised word j is a person's name that opens its
// sentence, after a first name or not: the person the sentence is about. A function word
// opening the sentence is no first name ("When Van Susteren pressed him": "Van" opens no
// sentence).
func (x *extractor) topicPerson(j int) bool {
	a := j
	if j > 0 && x.toks[j-1].upper && x.toks[j-1].kind == tWord && !x.is(j-1, cFunction) {
		a = j - 1
	}
	if !x.isSentenceStart(a) || x.is(j, cTitle|cFunction|cOrg) {
		return false
	}
	return a < j && givenNames[x.toks[a].low] != 0 || x.personName(x.text[x.toks[j].Start:x.toks[j].End])
}

// clauseSubjectPerson reports whether the capitalised word j, outside quotations, is a name
// the text writes as a person's (the end of a full name before, or after a given name or a
// courtesy title) and the subject of
// a verb right after it, not after an article, a preposition or a possessive: "as Clinton
// speaks", "Clinton retelling" tell of Clinton, whom no title before a description names.
func (x *extractor) clauseSubjectPerson(j int) bool {
	if x.inQuote[j] || j == 0 || !x.isWord(j) || x.is(j, cTitle|cFunction|cOrg) {
		return false
	}
	if p := x.word(j - 1); isDeterminer(p) || x.is(j-1, cPreposition) && !x.toks[j-1].upper && p != "as" || p == "'s" || p == "’s" || x.toks[j-1].upper && x.isWord(j-1) {
		return false
	}
	n := x.word(j + 1)
	present := x.word(j-1) == "as" && x.isWord(j+1) && !x.toks[j+1].upper && strings.HasSuffix(n, "s") && !strings.HasSuffix(n, "ss") && !x.is(j+1, cFunction|cPreposition)
	if !x.verbLike(j+1) && !present && !(strings.HasSuffix(n, "ing") && len(n) > 5 && !x.toks[j+1].upper) {
		return false // but "as Clinton speaks": a verb in the present after "as"
	}
	if name, _ := x.personBefore(j, x.toks[j].low, 0); name != "" {
		return true
	}
	return x.personName(x.text[x.toks[j].Start:x.toks[j].End])
}

// titledPerson returns the mention of the person titledBefore finds for the description m
// at src, with the description's words among its titles, and where the name is written; a
// mention with no name when there is none.
func (x *extractor) titledPerson(src rng, m mentionInfo) (mentionInfo, int) {
	np := x.titledBefore(src, m)
	if np.empty() {
		return mentionInfo{}, 0
	}
	n := x.mention(np)
	if !n.named || n.kind != "person" || n.pronoun != "" || len(n.words) == 0 {
		return mentionInfo{}, 0
	}
	n.gender = x.genderOf(np, n)
	n.titles = append(n.titles, m.words...)
	return n, np.a
}

// maxTitled is how many of the persons titled nearest before a description titledBefore
// weighs, and titledReach how many tokens back it looks for them: a long text titles many.
const (
	maxTitled   = 32
	titledReach = 3000
)

// titleReach is how many tokens back titledBefore looks for the surname of a titled person.
const titleReach = 400

// sameRank reports whether a description's words before its head and a title's words before
// it agree in rank: both or neither "former", "vice", "deputy" ...; and name no other party.
func sameRank(desc, mods []string) bool {
	for _, w := range rankWords.slots {
		if w != "" && slices.Contains(desc, w) != slices.Contains(mods, w) {
			return false
		}
	}
	for _, d := range desc {
		for _, t := range mods {
			if partyWords[d] != "" && partyWords[t] != "" && partyWords[d] != partyWords[t] {
				return false
			}
		}
	}
	return true
}

// rankWords tell a title's holder apart from its present holder: "former President Bill
// Clinton" is not "the president"; "Vice President Joe Biden" is not either.
var rankWords = wordSetOf([]string{"former", "vice", "deputy", "assistant", "acting", "lt", "lieutenant", "ex", "late"})

// partyWords name the party of a title or a description: "the Democratic candidate" is no
// "Republican presidential candidate".
var partyWords = map[string]string{"republican": "r", "gop": "r", "democratic": "d", "democrat": "d", "independent": "i"}

// titleForm returns the word for the title or description w as a description's head has it
// ("sen" of "Sen." is "senator"), or "" when w is no title of a person's ("the", "GOP",
// "State" and "House" are among titleWordsSet) or a courtesy title.
func titleForm(w string) string {
	switch w = strings.TrimSuffix(w, "."); w {
	case "sen":
		return "senator"
	case "gov":
		return "governor"
	case "pres":
		return "president"
	case "gen":
		return "general"
	case "rep":
		return "representative"
	}
	if courtesyTitles.has(w) || titleModifiers.has(w) || isDeterminer(w) || partyWords[w] != "" || !titleWordsSet.has(w) && !personNounsSet.has(w) {
		return ""
	}
	return role(w)
}

// titleModifiers are words of titles that name no person alone: "Secretary of State Jon
// Husted" gives no title to "the state".
var titleModifiers = wordSetOf([]string{"state", "foreign", "deputy", "senior", "security", "national", "army", "staff", "former", "then", "acting", "interim", "caretaker", "field", "house", "press", "vice", "prime"})

// titleFilter screens words for titleForm: titles, nouns for people and abbreviations.
var titleFilter = func() *wordFilter {
	words := map[string]bool{"sen": true, "gov": true, "pres": true, "gen": true}
	for _, m := range []*wordSet{titleWordsSet, personNounsSet} {
		for _, w := range m.words() {
			if _, _, _, ok := filterKey(w); ok && titleForm(w) != "" {
				words[w] = true // not "the", "gop" or "house"
			}
		}
	}
	return newWordFilter(words)
}()

// titledAt returns the person the token k gives the title head: as a title before the
// name ("Sen. Bernie Sanders", "former President Bill Clinton"), or as the comma before an
// appositive with the title ("Jeb Bush, the former Florida governor").
func (x *extractor) titledAt(k int, head string) (titled, bool) {
	t := x.toks[k]
	if t.low == "," && k > 0 && x.toks[k-1].upper {
		return x.appositiveAt(k, head)
	}
	if t.kind != tWord || !titleFilter.mayHold(t.low) || titleForm(t.low) != head {
		return titled{}, false // most words: the filter is cheaper than titleForm's three sets
	}
	n := k + 1
	if x.word(n) == "." {
		n++
	}
	if x.word(n) == "of" && titleWordsSet.has(t.low) {
		// "Secretary of State Mike Pompeo", "Minister of Foreign Affairs Wang Yi": the
		// full name after the office.
		e := n + 1
		for e < len(x.toks) && e < n+7 && x.toks[e].nl == 0 && x.toks[e].kind == tWord && x.toks[e].upper {
			e++
		}
		if a, ok := x.fullNameAt(e-1, ""); ok && e-1 > n+1 && a > n+1 {
			return titled{at: int32(k), name: rng{a, e}, mods: x.modsBefore(k)}, true
		}
		return titled{}, false
	}
	// A noun for people that is no title comes before a full name only: "an individual
	// Ebola patient" names no one.
	if e := x.nameRunAt(n); e > n && (e-n > 1 || titleWordsSet.has(t.low) || head != t.low) {
		return titled{at: int32(k), name: rng{n, e}, mods: x.modsBefore(k)}, true
	}
	return titled{}, false
}

// appositiveAt returns the person an appositive after the comma k gives the title head:
// "Jeb Bush, the former Florida governor", "Bell, a city councilman"; but not after a
// determiner ("the Daily Star, the man") nor an adverb opening the sentence ("Eventually,").
func (x *extractor) appositiveAt(k int, head string) (titled, bool) {
	if d := x.word(k + 1); d != "the" && d != "a" && d != "an" {
		return titled{}, false
	}
	a := k - 1
	if x.toks[a].kind != tWord || x.is(a, cTitle|cFunction) {
		return titled{}, false
	}
	for a > 0 && x.toks[a].nl == 0 && x.toks[a-1].kind == tWord && x.toks[a-1].upper && !x.is(a-1, cTitle|cFunction) && !isDeterminer(x.toks[a-1].low) {
		a--
	}
	if a < k-1 && x.isSentenceStart(a) && x.commonWord(x.toks[a].low) {
		a++
	}
	if p := x.word(a - 1); a > 0 && (x.is(a-1, cPreposition) || placePrepositions.has(p)) {
		return titled{}, false // "in New Hampshire, a woman asked": a place
	}
	if w := x.toks[a].low; isDeterminer(x.word(a-1)) || a == k-1 && x.isSentenceStart(a) && (isLyAdverb(w) || x.commonWord(w)) {
		return titled{}, false // "According to the Daily Star, the man", "Eventually, a woman": no person's name
	}
	for e := k + 2; e < len(x.toks) && e <= k+8; e++ {
		if !x.isWord(e) || x.is(e, cPreposition|cFunction) || x.word(e) == "'s" || x.word(e) == "’s" {
			return titled{}, false
		}
		if !x.toks[e].upper && titleForm(x.word(e)) == head {
			return titled{at: int32(e), name: rng{a, k}, mods: lowerWords(x.toks[k+2 : e])}, true
		}
	}
	return titled{}, false
}

// nameRunAt returns the end of the run of capitalised words from token n that is a person's
// name (initials and particles inside it: "George W. Bush", "Bill de Blasio"; a particle may
// open it, as after a title: "Mayor de Blasio"), or n when no name starts there.
func (x *extractor) nameRunAt(n int) int {
	e := n
	for e < len(x.toks) && x.toks[e].nl == 0 || e == n && e < len(x.toks) {
		t := x.toks[e]
		switch {
		case t.kind == tWord && t.upper && !x.is(e, cTitle|cFunction|cOrg|cWeekday) && !isDeterminer(t.low) && !nationalities.has(t.low) && !(monthNumber(t.low) > 0 && t.low != "may"):
		case t.low == "." && e > n && len(x.toks[e-1].low) == 1 && x.toks[e-1].End == t.Start:
		case (nameParticles.has(t.low) || t.low == "sheikh" && t.upper && e > n) && e+1 < len(x.toks) && x.toks[e+1].upper:
			// "Bill de Blasio", "Hassan Sheikh Mohamud": a particle or "Sheikh" inside the name;
			// a particle may open it too ("Mayor de Blasio")
		default:
			return e
		}
		e++
	}
	return e
}

// modsBefore returns the lower-case words before the title at k in its phrase: "former" of
// "former President Bill Clinton", "vice" of "Vice President Joe Biden".
func (x *extractor) modsBefore(k int) []string {
	a := k
	for a > 0 && a > k-4 && x.isWord(a-1) && !isDeterminer(x.word(a-1)) && !x.is(a-1, cPreposition|cFunction) && x.toks[a].nl == 0 {
		a--
	}
	return lowerWords(x.toks[a:k])
}

// subjectSince returns the person named as the subject of the sentence before token k's (or
// of k's own sentence, before k), when that name comes after token since and agrees with
// gender; the mention's first token. A surname alone stands for its full name. A pronoun is
// about the person the text last told of rather than the last speaker: "Ellen Kullman,
// DuPont's longtime chief executive, was shown the door. (She claimed to ”retire.”)". ents
// are the speakers met so far, whose gender a pronoun may have told.
func (x *extractor) subjectSince(ents []*entity, k, since int, gender byte) (mentionInfo, int) {
	var buf [2 + chainSentences]sentSubject
	for _, ss := range x.pronounChain(k, since, gender, buf[:]) {
		s, np := ss.s, ss.np
		np = x.cleftSubject(s, np, min(s.b, k))
		if np.empty() {
			np = x.describedOpening(s, k)
		}
		if np.empty() {
			np = x.namedKinOpening(s, k)
		}
		if np.empty() {
			np = x.givenNameOpening(s, k)
		}
		if np.empty() {
			if h := x.headingName(s, k); !h.empty() && h.a > since {
				// "1. Donald Trump\n\nHe said he would build the wall": a list's heading.
				words := lowerWords(x.toks[h.a:h.b])
				if g := nameGender(words); gender == 0 || g == gender {
					return mentionInfo{name: x.text[x.toks[h.a].Start:x.toks[h.b-1].End], words: words, kind: "person", named: true, gender: g}, h.a
				}
				continue
			}
		}
		if c := x.appositiveComma(np); c > 0 {
			np.b = c // "Ty Votaw, executive vice president of the tour,": the name before it
		}
		if n := x.knownAsAfter(np); !n.empty() {
			np = n // "the man identified as Foley delivers a statement": Foley
		}
		if n := x.possessorOfThing(np); !n.empty() {
			np = n // "Justice Scalia's comments from the bench brought ...": Scalia
		}
		if np.empty() || np.a <= since || !x.toks[np.b-1].upper {
			continue
		}
		if g := givenNames[x.word(np.a)]; np.b == np.a+1 && (g != 0 || x.isWord(np.a) && !x.commonWord(x.word(np.a))) && (gender == 0 || g == 0 || g == gender) && !x.inQuote[np.a] {
			// "Post by Taylor Lianne Chandler. Taylor was forced to spend 30 days in jail –
			// during which time she said ...": a given name alone stands for the full name
			// written with it before.
			if m, ok := x.fullNameFrom(np.a, x.word(np.a), personReach); ok {
				m.gender = g
				return m, np.a
			}
			if m, ok := speakerByGiven(ents, x.word(np.a), gender); ok {
				// "Mohammed said that ... he quickly learned", the sentence before naming
				// "Jones, 60,": the speaker named in full pages before, not Jones.
				return m, np.a
			}
			if g != 0 {
				continue
			}
		}
		a, ok := x.fullNameAt(np.b-1, "")
		if !ok && x.surnameSubject(np) {
			// "Mr. Sanders has been pushing the same agenda since he was the mayor",
			// "Johnson is more tactful. ... he tells one joke": the full name the surname
			// stands for, written before.
			var tg byte
			if np.b-1 > np.a {
				tg = genderWords[x.word(np.a)] // "Mrs. Clinton has been ... He prefers": no Bill Clinton
			}
			name, words := x.personBefore(np.a, x.word(np.b-1), tg)
			if name == "" {
				// "Emwazi flew to Amsterdam, where he claimed": named in full pages before.
				name, words = x.personFarBefore(np.a, x.word(np.b-1), tg)
			}
			if name != "" {
				if g := knownGender(ents, words); g != 0 && (gender == 0 || g == gender) && (tg == 0 || g == tg) {
					return mentionInfo{name: name, words: words, kind: "person", named: true, gender: g}, np.b - 1
				}
			} else if gender != 0 && x.bareNamePerson(ents, np.b-1, k, gender) {
				// "It was during a trip to Tanzania that Emwazi's life direction is thought
				// to have started to change. ..., he alleged": a person the text never
				// names in full, not the last speaker.
				return mentionInfo{name: x.text[x.toks[np.b-1].Start:x.toks[np.b-1].End], words: []string{x.word(np.b - 1)}, kind: "person", named: true, gender: gender}, np.b - 1
			}
			continue
		}
		if !ok || a < np.a || x.inQuote[a] {
			continue // a name in a quotation is the speaker's subject, not the text's
		}
		words := lowerWords(x.toks[a:np.b])
		g := nameGender(words)
		if kg := knownGender(ents, words); gender != 0 && kg != 0 && kg != gender {
			continue // "Gov. Terry McAuliffe (D) tried to walk back his comments a day after he said them": no "she"
		}
		if g == 0 && (a != np.a || !x.describedAfter(np.b)) && !(gender != 0 && x.personWordBefore(a)) || gender != 0 && g != 0 && g != gender {
			// A given name tells a person: "While Clinton", "Common Core" do not; so does an
			// appositive with a title ("Ty Votaw, executive vice president of the PGA Tour,").
			continue
		}
		return mentionInfo{name: x.text[x.toks[a].Start:x.toks[np.b-1].End], words: words, kind: "person", named: true, gender: g}, a
	}
	return mentionInfo{}, -1
}

// possessorOfThing returns the capitalised possessor that opens the subject np when the
// thing it possesses ends np, a word in lower case and no noun for a person ("Justice
// Scalia's comments", "Emwazi's life direction"): the sentence tells of the possessor. noRng
// otherwise ("Kadalim's girlfriend" is someone else).
func (x *extractor) possessorOfThing(np rng) rng {
	h := np.b - 1
	if np.empty() || !x.isWord(h) || x.toks[h].upper || personNoun(x.word(h)) || x.peopleHead(x.word(h)) || agentNoun(x.word(h)) || titleWordsSet.has(x.word(h)) {
		return noRng
	}
	for q := np.a + 1; q < h; q++ {
		if w := x.word(q); w == "'s" || w == "’s" {
			if !x.toks[q-1].upper || x.inQuote[q] {
				return noRng
			}
			return rng{np.a, q}
		}
	}
	return noRng
}

// personWordBefore reports whether a title of a person or a capitalised noun for one stands
// right before the name that starts at token a: "Dr. Taher El-badawi", "Agent Gregg Klein".
func (x *extractor) personWordBefore(a int) bool {
	return x.personTitleBefore(a) || a > 0 && x.toks[a-1].upper && personNoun(x.toks[a-1].low) && !titleModifiers.has(x.toks[a-1].low)
}

// bareNamePerson reports whether the capitalised word j, a surname subject the text never
// writes in full, is a person's name a pronoun of gender at k may stand for: no place, body,
// nation or medium, no body met as a speaker, and written before k, within knownAsReach
// tokens, outside quotations and not opening a sentence, as the subject of a verb, with a
// pronoun of that gender opening a clause after it in its sentence or the next, other than
// the one at k ("Emwazi grew up in a well-to-do family in west London. He is believed ..."),
// and never after a determiner or a possessive there ("his Comcast bills": a brand).
func (x *extractor) bareNamePerson(ents []*entity, j, k int, gender byte) bool {
	w := x.word(j)
	if !x.isPersonWord(j) || x.commonWord(w) || placeHeads.has(w) || orgWordsSet.has(w) || nationalities.has(w) || mediaNames.has(w) || upperCase(x.text[x.toks[j].Start:x.toks[j].End]) {
		return false
	}
	for _, e := range ents {
		if e.kind != "person" && slices.Contains(e.words, w) {
			return false // "Apple's revenue": a company met before
		}
	}
	floor := max(-1, j-knownAsReach)
	person := false
	for o := j; o > floor; o = prevLike(x.toks, o-1, floor, w) {
		if t := &x.toks[o]; t.low != w || !t.upper {
			continue
		}
		if o > 0 && (isDeterminer(x.word(o-1)) || possessivesSet.has(x.word(o-1))) {
			return false // "his Comcast bills": a brand
		}
		if x.inQuote[o] || x.isSentenceStart(o) || !x.verbLike(o+1) {
			continue
		}
		if p := x.pronounAfter(o, gender); p >= 0 && p != k && (x.isSentenceStart(p) || clauseOpeners.has(x.word(p-1))) {
			person = true
		}
	}
	return person
}

// clauseOpeners are the words after which a pronoun opens a clause as its subject: "...,
// he", "where he", "and she".
var clauseOpeners = wordSetOf([]string{",", ";", "and", "but", "where", "when", "while", "as", "after", "before", "because", "since", "though", "although", "if", "until"})

// pronounAfter returns the first subject pronoun of gender ("he" or "she") after token o in
// its sentence or the next, outside quotations; -1 when there is none or one of the other
// gender comes first.
func (x *extractor) pronounAfter(o int, gender byte) int {
	sents := 0
	for j := o + 1; j < len(x.toks) && j <= o+personPronounReach; j++ {
		if x.isSentenceStart(j) {
			if sents++; sents == 2 {
				return -1
			}
		}
		if x.inQuote[j] {
			continue
		}
		g := byte(0)
		switch x.toks[j].low {
		case "he":
			g = 'm'
		case "she":
			g = 'f'
		}
		if g == gender {
			return j
		}
		if g != 0 {
			return -1
		}
	}
	return -1
}

// speakerByGiven returns the one person among the speakers ents whose full name opens with
// the given name w and whose gender agrees with gender: "Mohammed" for "Mohammed Islam",
// who spoke before. None when no speaker or two do.
func speakerByGiven(ents []*entity, w string, gender byte) (mentionInfo, bool) {
	var found *entity
	for _, e := range ents {
		if e.kind != "person" || len(e.words) < 2 || e.words[0] != w || gender != 0 && e.gender != 0 && e.gender != gender {
			continue
		}
		if found != nil && !slices.Equal(found.words, e.words) {
			return mentionInfo{}, false
		}
		found = e
	}
	if found == nil {
		return mentionInfo{}, false
	}
	return mentionInfo{name: found.name, words: found.words, kind: "person", named: true, gender: found.gender}, true
}

// recentSubjects yields the sentence of token k and the sentence before it, each with its
// subject before k (empty when none is found), when the sentence starts after token since and
// at most subjectReach tokens before k: where subjectSince and indefiniteSubject look for
// whom a pronoun at k is about.
func (x *extractor) recentSubjects(k, since int) iter.Seq2[rng, rng] {
	return func(yield func(rng, rng) bool) {
		sent := x.sentOf(k)
		for _, s := range [2]rng{sent, x.sentOf(sent.a - 1)} {
			if s.a < 0 || s.a <= since || k-s.a > subjectReach {
				continue
			}
			if !yield(s, x.subject(s, min(s.b, k))) {
				return
			}
		}
	}
}

// sentSubject is a sentence and its subject.
type sentSubject struct{ s, np rng }

// pronounChain returns in buf the sentences recentSubjects yields, with their subjects, and,
// while the last one has "he" or "she" of the gender for its subject, the sentence before it
// with its subject, at most chainSentences more: "Foley, one of five children, had been
// captured. He graduated from Marquette. He penned a letter ..." is about Foley all through.
func (x *extractor) pronounChain(k, since int, gender byte, buf []sentSubject) []sentSubject {
	out := buf[:0]
	sent := x.sentOf(k)
	for _, s := range [2]rng{sent, x.unquotedBefore(sent.a)} {
		if s.a >= 0 && s.a > since && k-s.a <= subjectReach {
			out = append(out, sentSubject{s, x.subject(s, min(s.b, k))})
		}
	}
	for range chainSentences {
		if len(out) == 0 {
			return out
		}
		last := out[len(out)-1]
		if w := x.word(last.np.a); last.np.b != last.np.a+1 || !(w == "he" && gender == 'm' || w == "she" && gender == 'f') {
			return out
		}
		s := x.sentOf(last.s.a - 1)
		if s.a < 0 || s.a <= since || s.b != last.s.a {
			return out
		}
		out = append(out, sentSubject{s, x.subject(s, s.b)})
	}
	return out
}

// unquotedBefore returns the sentence before token a, passing over at most two sentences
// that lie wholly inside a quotation: "Clinton began Sunday with a personally signed tweet.
// “Woke up to hear the devastating news from FL. ... this horrific act.” Hours later, she
// issued a statement" is about Clinton, whom the quotation names no subject against.
func (x *extractor) unquotedBefore(a int) rng {
	s := x.sentOf(a - 1)
	for range 2 {
		if s.a <= 0 || !x.quotedSentence(s) {
			return s
		}
		s = x.sentOf(s.a - 1)
	}
	return s
}

// quotedSentence reports whether every word of the sentence s lies inside a quotation.
func (x *extractor) quotedSentence(s rng) bool {
	for j := s.a; j < s.b; j++ {
		if x.isWord(j) && !x.inQuote[j] {
			return false
		}
	}
	return s.b > s.a
}

// chainSentences is how many sentences back pronounChain follows a chain of pronoun subjects.
const chainSentences = 3

// indefiniteSubject returns the subject of the sentence of the pronoun at k, or of the one
// before, when it is an indefinite description of a person outside a quotation, after token
// since ("One CNN journalist", "a local man", "Another" alone), and no named subject is
// nearer; noRng otherwise.
func (x *extractor) indefiniteSubject(k, since int) rng {
	for s, np := range x.recentSubjects(k, since) {
		if np.empty() && x.word(s.a+3) == "," && x.possessedKin(rng{s.a, s.a + 3}) {
			np = rng{s.a, s.a + 3} // "Kadalim’s girlfriend, who spoke on condition ..., also corroborates"
		}
		if np.empty() || np.a <= since || x.inQuote[np.a] || np.a >= k {
			continue
		}
		if x.possessedKin(np) {
			return np // "Kadalim’s girlfriend": a person described
		}
		if !x.isIndefinite(np.a) {
			if x.toks[np.b-1].upper {
				return noRng // a named subject: subjectSince's
			}
			continue
		}
		h := x.word(np.b - 1)
		if np.b == np.a+1 && (h == "another" || h == "one") || np.b > np.a+1 && !x.toks[np.b-1].upper && personNoun(h) && !strings.HasSuffix(h, "s") {
			return np
		}
		return noRng
	}
	return noRng
}

// possessedKin reports whether the subject np is a name's possessive and a noun for a person
// of one gender ("Kadalim’s girlfriend", "Smith's wife"): someone described, whom a pronoun
// of that gender after may stand for.
func (x *extractor) possessedKin(np rng) bool {
	h := x.word(np.b - 1)
	p := x.word(np.b - 2)
	return np.b-np.a >= 3 && (p == "'s" || p == "’s") && x.toks[np.b-3].upper && !x.toks[np.b-1].upper && genderNoun(h)
}

// describedAfter reports whether a comma at token k opens an appositive of a person: its
// words up to the next comma, at most describedWords of them, hold a title or a noun for a
// person in lower case ("Ty Votaw, executive vice president of the PGA Tour,", "Hamish de
// Bretton-Gordon, a former British army and NATO head of chemical weapons").
func (x *extractor) describedAfter(k int) bool {
	if x.word(k) != "," {
		return false
	}
	if x.word(k+1) == "one" && x.word(k+2) == "of" {
		return true // "Foley, one of five children,"
	}
	for j := k + 1; j < len(x.toks) && j <= k+describedWords && x.word(j) != ","; j++ {
		if t := &x.toks[j]; t.kind == tWord && !t.upper && (titleWordsSet.has(t.low) || personNounsSet.has(t.low)) {
			return true
		}
	}
	return false
}

// describedOpening returns the name that opens the sentence s before token k when an
// appositive of a person follows it, though the sentence's subject was not found:
// "Rosenberg, formerly a resident of Tel Aviv, did post ..." (noRng when there is none).
func (x *extractor) describedOpening(s rng, k int) rng {
	for c := s.a + 1; c < k && c <= s.a+3; c++ {
		if !x.isWord(c) || !x.toks[c].upper {
			if np := (rng{s.a, c}); x.word(c) == "," && x.appositiveComma(rng{s.a, c + 1}) == c {
				return np
			}
			return noRng
		}
	}
	return noRng
}

// namedKinOpening returns the full name set off by commas after a noun for a person that
// opens the sentence s before token k ("Tom’s brother, Ken Moss, called the station", "One
// local woman, Ann Reed, stood up"): the sentence's subject, which the parser leaves unfound;
// noRng when the sentence opens otherwise, or with "his" or "her" ("His father, Al Dunn, was
// jailed ... he sang": the pronoun is the son's, as "his" was).
func (x *extractor) namedKinOpening(s rng, k int) rng {
	if w := x.word(s.a); w == "his" || w == "her" {
		return noRng
	}
	for c := s.a + 1; c < k && c <= s.a+4; c++ {
		if x.word(c) != "," {
			continue
		}
		if !genderNoun(x.word(c-1)) && !personNoun(x.word(c-1)) || x.toks[c-1].upper {
			return noRng
		}
		for e := c + 2; e < k && e <= c+4; e++ {
			if x.word(e) == "," {
				if a, ok := x.fullNameAt(e-1, ""); ok && a == c+1 {
					return rng{c + 1, e}
				}
				return noRng
			}
		}
		return noRng
	}
	return noRng
}

// givenNameOpening returns the listed given name alone that opens the sentence s before
// token k, a verb of saying or a past tense in lower case after it ("Mohammed said that while
// he had been paralyzed, he quickly learned"): the sentence's subject, which the parser
// leaves unfound; noRng when the sentence opens otherwise.
func (x *extractor) givenNameOpening(s rng, k int) rng {
	v := s.a + 1
	if v >= k || !x.toks[s.a].upper || x.inQuote[s.a] || givenNames[x.word(s.a)] == 0 || !x.isWord(v) || x.toks[v].upper {
		return noRng
	}
	if w := x.word(v); len(cueSensesOf(w)) == 0 && !(strings.HasSuffix(w, "ed") && len(w) > 3) {
		return noRng
	}
	return rng{s.a, v}
}

// headingName returns the full name, of two or three capitalised words opening with a listed
// given name, that a sentence before token k holds alone, after a number at most and before a
// colon or a point at most, on a line of its own: a list's heading ("1. Donald Trump",
// "Bernie Sanders:"), whom the pronoun of the paragraph after it stands for. noRng otherwise.
func (x *extractor) headingName(s rng, k int) rng {
	if s.b > k || s.b >= len(x.toks) || x.toks[s.b].nl == 0 {
		return noRng // a heading is a line of its own, before the pronoun's
	}
	a, b := s.a, s.b
	if x.listNumber(a) {
		a += 2 // "1. Donald Trump" as one sentence
	} else if a > 0 && x.toks[a].nl == 0 && !(a >= 2 && x.listNumber(a-2)) {
		return noRng // "1." a sentence of its own, or no line's start
	}
	if w := x.word(b - 1); w == ":" || w == "." {
		b--
	}
	if b-a < 2 || b-a > 3 || x.inQuote[a] || givenNames[x.word(a)] == 0 {
		return noRng
	}
	for j := a; j < b; j++ {
		if !x.isWord(j) || !x.toks[j].upper || x.is(j, cOrg|cFunction) {
			return noRng
		}
	}
	return rng{a, b}
}

// listNumber reports whether a number and a point or a bracket open a line at token a: "1.",
// "2)".
func (x *extractor) listNumber(a int) bool {
	w := x.word(a)
	return w != "" && isDigitByte(w[0]) && len(w) <= 2 && (a == 0 || x.toks[a].nl > 0) && (x.word(a+1) == "." || x.word(a+1) == ")")
}

// appositiveComma returns the comma after a full name that opens the subject np and an
// appositive of a person, an age or a relative clause of a person after it ("Junko Ishido,
// the mother of the journalist Kenji Goto", "Ken Moss, 47,", "Trump, who relishes a fight,"),
// or -1.
func (x *extractor) appositiveComma(np rng) int {
	if np.empty() {
		return -1
	}
	for c := np.a + 1; c < np.b && c <= np.a+4; c++ {
		if x.word(c) == "," {
			if a, ok := x.fullNameAt(c-1, ""); (ok && a == np.a || c == np.a+1 && x.surnameSubject(rng{np.a, c})) && (x.describedAfter(c) || x.ageAt(c+1) || x.word(c+1) == "who") {
				return c
			}
			return -1
		}
	}
	return -1
}

// describedWords is how far describedAfter looks into an appositive.
const describedWords = 12

// knownGender returns the gender of the person with the full name words that a surname
// subject stands for: the given name's, else the one a pronoun told of a speaker met with that
// name ("Chris Christie ... he said ... Christie's been making the case"); 0 when none tells.
func knownGender(ents []*entity, words []string) byte {
	if g := nameGender(words); g != 0 {
		return g
	}
	for _, e := range ents {
		if e.kind == "person" && slices.Equal(e.words, words) && e.gender != 0 {
			return e.gender
		}
	}
	return 0
}

// surnameSubject reports whether the subject np is one capitalised word outside a
// quotation, a title before it at most ("Johnson", "Mr. Sanders", the title's point a token
// of its own), that the text writes in lower case nowhere: a surname.
func (x *extractor) surnameSubject(np rng) bool {
	k, t := np.b-1, np.a
	if k == np.a+2 && x.word(np.a+1) == "." {
		t++ // "Mr. Trump was magnanimous"
	}
	if k < np.a || k > t+1 || x.inQuote[k] || !x.isWord(k) || x.is(k, cTitle|cOrg|cFunction) || x.commonWord(x.word(k)) {
		return false
	}
	return k == np.a || x.is(np.a, cTitle)
}

// fullNameFrom returns the full name before token k, within reach tokens, whose first word is
// given: "Taylor Lianne Chandler" for a later "Taylor". When two different full names start
// with it ("Kim Il Sung", "Kim So-Yeon") the word names neither for sure, and it reports none.
func (x *extractor) fullNameFrom(k int, given string, reach int) (mentionInfo, bool) {
	found, end := x.fullNameEnd(k, given, reach)
	return found, end >= 0
}

// fullNameEnd returns what fullNameFrom does and the token that ends the name where the text
// first writes it, or -1 when it reports none.
func (x *extractor) fullNameEnd(k int, given string, reach int) (mentionInfo, int) {
	if given == "" {
		return mentionInfo{}, -1 // no word is empty
	}
	name, start, end := "", -1, -1
	floor := max(-1, k-reach)
	for j := prevLike(x.toks, k-1, floor, given); j > floor; j = prevLike(x.toks, j-1, floor, given) {
		if t := &x.toks[j]; !t.upper || t.low != given || x.inQuote[j] {
			continue
		}
		for e := j + 1; e < len(x.toks) && e <= j+3; e++ {
			if a, ok := x.fullNameAt(e, ""); ok && a == j {
				n := x.text[x.toks[j].Start:x.toks[e].End]
				if name != "" && name != n {
					return mentionInfo{}, -1
				}
				name, start, end = n, j, e
				break
			}
		}
	}
	if end < 0 {
		return mentionInfo{}, -1
	}
	return mentionInfo{name: name, words: lowerWords(x.toks[start : end+1]), kind: "person", named: true}, end
}

// openerReach is how many tokens back a one-word name w is looked for as the first word of a
// full name: a short family name as far as a title (titledReach), a given name the list
// lacks as far as a name the text gives someone (knownAsReach).
func openerReach(w string) int {
	if len(w) <= 5 {
		return titledReach
	}
	return knownAsReach
}

// givenNameOpens reports whether the two-word name words, which the text first writes to
// token end, is a person's whose given name the list lacks: a personal pronoun follows it
// ("Jess Smith ... she's"), and the text writes it, before token at, after no determiner or
// possessive ("the Apple Watch", "his Apple Watch ... he").
func (x *extractor) givenNameOpens(at int, words []string, end int) bool {
	if !x.personPronounAfter(end) {
		return false
	}
	for j := end; j < at; j++ {
		if x.toks[j].low == words[1] && x.word(j-1) == words[0] && (isDeterminer(x.word(j-2)) || possessivesSet.has(x.word(j-2))) {
			return false
		}
	}
	return true
}

// personPronounAfter reports whether a personal pronoun ("she", "his") follows token k in its
// sentence or the next.
func (x *extractor) personPronounAfter(k int) bool {
	sents := 0
	for j := k + 1; j < len(x.toks) && j <= k+personPronounReach; j++ {
		if x.isSentenceStart(j) {
			if sents++; sents == 2 {
				return false
			}
		}
		switch x.toks[j].low {
		case "he", "she", "his", "her", "him":
			return true
		}
	}
	return false
}

// personPronounReach is how many tokens after a name personPronounAfter looks.
const personPronounReach = 80
