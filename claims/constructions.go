package claims

// The other cue constructions: nouns ("his claim that"), questions put to a speaker, adverbs
// ("reportedly"), passives ("is believed to", "was accused of"), "seems", "according to",
// viewpoints ("In his view") and evidence that "shows".

import "strings"

// noun handles nominal cues: "Khan's claim that CONTENT", "claims by X that CONTENT".
func (x *extractor) noun(s, cue rng, sn cueSense) bool {
	k := x.adjectivesBefore(s, cue.a) // "his recent claim that": the possessor before "recent"
	var src rng
	j, stop := cue.b, -1
	switch {
	case x.word(k-1) == "'s":
		src = x.npBack(s, k-1, true)
		if !src.empty() {
			src.b = k // the possessive as written: "Rubio's claim" has the source "Rubio's"
			// "a boost to the Obama administration's hopes": the possessor after "to".
			for p := src.b - 1; p > src.a; p-- {
				if w := x.word(p); w == "to" || w == "with" {
					src.a = p + 1
					break
				}
			}
			// "Biden rubbished Trump's claim": the possessor is the name right before 's.
			if x.toks[k-2].upper {
				a := k - 2
				for a-1 >= src.a && (x.toks[a-1].upper || x.is(a-1, cTitle)) && x.isWord(a-1) {
					a--
				}
				src.a = a
			}
		}
	case pronounKind[x.word(k-1)] != "" && (x.word(k-1) == "his" || x.word(k-1) == "her" || x.word(k-1) == "their" || x.word(k-1) == "its"):
		src = rng{k - 1, k}
	case x.makerAfter(cue) > 0:
		src = x.npForward(s, x.makerAfter(cue))
		if src.empty() {
			return false
		}
		j = x.pastAppositive(s, src.b)
	case x.word(j) == "that" && !x.finiteAt(j+1) && x.isWord(j+1) && issuedNoun(x, s, k):
		// "In a ruling that the search was unlawful, the court ...", "The court issued a
		// ruling that ...": the body that issues the noun is its source. A verb right after
		// "that" makes it a relative pronoun ("a ruling that paved the way") and no content.
		if src = x.issuerOf(s, k, j); src.empty() {
			return false
		}
		if src.a > j {
			stop = src.a - 1 // the comma before the subject ends the content
		}
	case x.complaintOfNoOne(s, cue) > 0:
		// "Despite complaints that he is a quixotic crusader, ...": no one named makes them,
		// and the opening phrase ends at its comma.
		j = x.complaintOfNoOne(s, cue)
		if k-1 == s.a && openingPreps.has(x.word(k-1)) {
			stop = x.nextComma(s, j)
		}
	default:
		return false
	}
	if src.empty() && x.complaintOfNoOne(s, cue) < 0 || x.word(j) != "that" {
		return false
	}
	j++
	e := x.clauseEnd(s, j)
	if stop > j && stop < e {
		e = stop
	}
	e = x.subjectClauseEnd(s, src, j, e)
	r := x.trimContent(rng{j, e})
	if r.empty() {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{r}, class: sn.class, inherit: -1})
	return true
}

// makerAfter returns where the maker of the nominal cue starts after "by", "made by" or
// (for one claim) "from": "claims by X that", "a claim made by Rep. Duncan Hunter, R-Calif.,
// that", "a claim from a California Congressman that". -1 otherwise.
func (x *extractor) makerAfter(cue rng) int {
	j := cue.b
	if x.word(j) == "made" && x.word(j+1) == "by" {
		j++
	}
	if w := x.word(j); w == "by" || w == "from" && x.word(cue.a) == "claim" {
		return j + 1
	}
	return -1
}

// pastAppositive returns the token after a short aside set off by commas at j when a "that"
// follows it ("Rep. Duncan Hunter, R-Calif., that ..."); j otherwise.
func (x *extractor) pastAppositive(s rng, j int) int {
	if x.word(j) != "," {
		return j
	}
	for p := j + 1; p < s.b && p <= j+6; p++ {
		if x.word(p) == "," && x.word(p+1) == "that" {
			return p + 1
		}
		if !x.isWord(p) && x.word(p) != "." && x.word(p) != "-" {
			return j
		}
	}
	return j
}

// complaintOfNoOne returns the "that" after the nominal cue "complaint" or "complaints"
// with no possessor when a clause follows it, not a relative ("complaints that interlopers
// were racing around", "Another complaint is that ..."; not "complaints that reached the
// board", nor a result after "so" or "such"): PolNeAR marks it with no source. -1
// otherwise.
func (x *extractor) complaintOfNoOne(s, cue rng) int {
	if w := x.word(cue.a); w != "complaint" && w != "complaints" || cue.b != cue.a+1 {
		return -1
	}
	for p := cue.a - 1; p >= s.a && p >= cue.a-8; p-- {
		if w := x.word(p); w == "so" || w == "such" || p >= cue.a-2 && (possessivePronounsSet.has(w) || w == "'s" || w == "’s") {
			return -1 // "so well against customer complaints that ...": a result; "His only complaint"
		}
	}
	j := cue.b
	if x.word(j) == "is" {
		j++ // "Another complaint is that ..."
	}
	if x.word(j) != "that" || j+1 >= s.b || !x.isWord(j+1) || x.finiteAt(j+1) {
		return -1
	}
	return j
}

// subjectClauseEnd returns where the clause after the "that" at j of a nominal cue whose
// possessor src opens the sentence ends, before the main verb of which the noun is the
// subject: "Sanders's claim that he still has a way to claim the nomination would depend on
// ...", "Trump's accusation that Obama created the group had imperiled ...". The main verb is
// the first finite verb after the clause's own, after a noun (not after "and", a pronoun, a
// relative or another verb: "is playing the card and would be a failed candidate if she were
// a man touched off ..."). e otherwise.
func (x *extractor) subjectClauseEnd(s, src rng, j, e int) int {
	a := s.a
	if w := x.word(a); (w == "but" || w == "and") && a+1 < src.a {
		a++
	}
	if src.a != a {
		return e
	}
	own := false
	for p := j; p < e; p++ {
		if qi, ok := x.quoteOpenAt(p); ok {
			p = x.quotes[qi].close
			continue
		}
		w := x.word(p)
		if !x.finiteAt(p) || w == "'s" || w == "’s" || x.toks[p].upper {
			continue
		}
		if !own {
			own = true
			continue
		}
		if v := x.word(p - 1); x.isWord(p-1) && !x.is(p-1, cFunction) && !x.is(p-1, cPreposition) && pronounKind[v] == "" && !npDeterminersSet.has(v) && !x.finiteAt(p-1) && !isLyAdverb(v) && v != "and" && v != "or" && v != "but" && v != "to" && v != "not" {
			return p
		}
	}
	return e
}

// issueVerbs issue a nominal cue: "The court issued a ruling that ...", "made the claim that".
var issueVerbs = wordSetOf([]string{"issued", "issues", "made", "makes", "handed", "delivered"})

// issuedNoun reports whether the nominal cue whose determiner ends at k (the cue's first
// word) opens a sentence with "In a" or follows a verb that issues it ("issued a ruling",
// "handed down a ruling").
func issuedNoun(x *extractor, s rng, k int) bool {
	d := x.word(k - 1)
	if d != "a" && d != "an" && d != "the" && d != "its" && d != "his" && d != "her" && d != "their" {
		return false
	}
	if p := k - 2; p == s.a && x.word(p) == "in" && x.toks[p].upper {
		return true
	}
	p := k - 2
	if x.word(p) == "down" {
		p--
	}
	return p > s.a && issueVerbs.has(x.word(p)) && !x.toks[p].upper
}

// issuerOf returns the source of a nominal cue issuedNoun took, whose "that" is at j: the
// subject after the comma that ends the content of "In a ruling that ..., the court ...", or
// the subject of the verb before the determiner at k-1.
func (x *extractor) issuerOf(s rng, k, j int) rng {
	if k-2 == s.a {
		c := x.nextComma(s, j+1)
		if c < 0 || c+1 >= s.b {
			return noRng
		}
		np := x.npForward(s, c+1)
		for p := np.a + 1; p < np.b; p++ {
			if x.finiteAt(p) && !x.toks[p].upper {
				np.b = p // "the appeals court sent the case back": the subject ends at its verb
				break
			}
		}
		return np
	}
	p := k - 2
	if x.word(p) == "down" {
		p--
	}
	return x.sourceLeft(s, p)
}

// possessivePronounsSet before a word that may be a verb or a nominal cue make it the noun: "his
// promise to build", "their hopes that".
var possessivePronounsSet = wordSetOf([]string{"his", "her", "their", "its"})

// adjectivesBefore returns the first of up to two lower-case adjectives right before token k
// that follow a possessive ("his recent claim", "Trump's false claim"), or k.
func (x *extractor) adjectivesBefore(s rng, k int) int {
	for a := k - 1; a > s.a && a >= k-2; a-- {
		w := x.word(a)
		if !x.isWord(a) || x.toks[a].upper || functionWordsSet.has(w) || prepositionsSet.has(w) || isCueForm(w) || w == "'s" || pronounKind[w] != "" {
			return k
		}
		if p := x.word(a - 1); p == "'s" || p == "’s" || p == "his" || p == "her" || p == "their" || p == "its" {
			return a
		}
	}
	return k
}

var (
	askForms = wordSetOf([]string{"ask", "asks", "asked", "asking"})
	whWord   = wordSetOf([]string{"whether", "if", "who", "what", "how", "why", "when", "where", "which"})
	// askedAbout open what an active "asked" asks about or for.
	askedAbout = wordSetOf([]string{"about", "for"})
)

// asked handles questions: "A reporter asked how he was feeling", "Asked whether Clinton
// has the integrity ..., he said ...", "asked the congregation to stand".
func (x *extractor) asked(s, cue rng) bool {
	if x.word(cue.a) == "asked" {
		if ok, put := x.askedOf(s, cue); put {
			return ok
		}
	}
	j := cue.b
	// The addressee, if any, before the question or the infinitive.
	for p := j; p < s.b && p < j+6; p++ {
		if askedAbout.has(x.word(p)) {
			j = p // "asked Trump about his statements", "asked the court for quick action"
			break
		}
		if whWord.has(x.word(p)) || x.word(p) == "to" {
			if x.word(p) == "to" && p == j {
				return false // "asked to comment": the speaker is asked, not asking
			}
			j = p
			break
		}
		if !x.isWord(p) || x.is(p, cFunction) && !whWord.has(x.word(p)) && x.word(p) != "to" {
			return false
		}
	}
	if !whWord.has(x.word(j)) && x.word(j) != "to" && !askedAbout.has(x.word(j)) {
		return false
	}
	if x.word(j) == "to" {
		j = cue.b // "asked the congregation to stand": the whole request
	}
	src := noRng
	if !x.toks[cue.a].upper {
		src = x.sourceLeft(s, cue.a)
		if b := x.skipBack(s, cue.a); src.empty() && b > s.a && (x.word(b) == "and" || x.word(b) == "but") {
			src = x.clauseSubject(s, b) // "He shook hands and asked workers if they planned to attend"
		}
		if src.empty() {
			return false
		}
	}
	e := x.clauseEnd(s, j)
	if x.toks[cue.a].upper {
		// "Asked whether ..., Trump said ...": the question runs to the comma.
		for p := j; p < e; p++ {
			if x.word(p) == "," {
				e = p
				break
			}
		}
	}
	r := x.trimContent(rng{j, e})
	if r.empty() || r.b-r.a < 2 {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{r}, class: CueAssert, inherit: -1})
	return true
}

// askerOpeners put a question to the speaker before "asked": "when asked whether ...".
var askerOpeners = wordSetOf([]string{"when", "after", "once", "if", "while", "before", "until", "unless"})

// askedOf handles a question put to the speaker, who is its subject, not its source: "Asked
// by Matt Lauer whether she had practiced her speech, she said ...", "he said when asked
// about Trump's temperament", "Rubio was asked by moderator Gerard Baker whether ...". The
// asker, when named after "by", is the source; the question runs from its wh-word, "about"
// or quote to the clause end, or to the comma when it opens the sentence. put is false when
// "asked" is no such passive; ok says whether a claim was added.
func (x *extractor) askedOf(s, cue rng) (ok, put bool) {
	k := cue.a
	p := k - 1
	if x.word(p) == "being" {
		p--
	}
	opens, passive := false, false // the question opens the sentence and ends at its comma
	switch {
	case x.toks[k].upper && x.isSentenceStart(k):
		opens = true
	case askerOpeners.has(x.word(p)) && !x.isOpenQuote(p+1):
		q := p - 1
		if clauseConjunctions.has(x.word(q)) {
			q--
		}
		opens = q < s.a
	case beFormsSet.has(x.word(p)) && p == k-1 && !x.toks[k].upper:
		cue.a, passive = p, true // "Sanders was asked": the gold cue takes the auxiliary
	default:
		return false, false
	}
	src, j := noRng, cue.b
	if x.word(j) == "by" {
		src = x.npForward(s, j+1)
		if src.empty() {
			return false, true
		}
		j = src.b
		if x.word(j) == "," && !x.isOpenQuote(j+1) {
			// "by host Bill Maher, who is supporting Sanders, “Now, ...”": skip the aside.
			for j++; j < s.b && j < src.b+20 && x.word(j) != "," && !x.isOpenQuote(j); j++ {
			}
		}
	}
	if x.word(j) == "," && x.isOpenQuote(j+1) {
		j++
	}
	if passive && x.word(j) == "to" {
		return x.askedTo(s, cue, src, j), true
	}
	// Adverbials before the question: "Asked at a briefing Monday in Washington about ...".
	if !x.isOpenQuote(j) {
		for e := j + 10; j < s.b && j < e && !whWord.has(x.word(j)) && x.word(j) != "about"; j++ {
			if !x.isWord(j) || x.word(j) == "to" || isCueForm(x.word(j)) && !x.toks[j].upper {
				return false, true
			}
		}
	}
	w := x.word(j)
	if !whWord.has(w) && w != "about" && !x.isOpenQuote(j) {
		return false, true
	}
	var e int
	if qi, isQ := x.quoteOpenAt(j); isQ {
		e = x.quotes[qi].close + 1
	} else {
		// The question ends at a colon before the answer; a question about something, or
		// one that opens the sentence, at the comma.
		e = x.clauseEnd(s, j)
		for q := j; q < e; q++ {
			if x.word(q) == ":" || x.word(q) == "," && (opens || w == "about") {
				e = q
				break
			}
		}
	}
	r := x.trimContent(rng{j, e})
	if r.empty() || r.b-r.a < 2 && !whWord.has(w) {
		return false, true
	}
	x.add(draft{src: src, cue: cue, content: []rng{r}, class: CueAssert, inherit: -1})
	return true, true
}

// askedTo handles a request put to the subject of "was asked" with the infinitive at j:
// "Marco Rubio was asked to name a single legislative achievement", "Clinton has been asked to
// release the transcripts". PolNeAR takes the subject with the infinitive for the content,
// and the asker after "by", if any, for the source.
func (x *extractor) askedTo(s, cue, src rng, j int) bool {
	subj := x.sourceLeft(s, cue.a)
	if subj.empty() {
		return false
	}
	r := x.trimContent(rng{j, x.clauseEnd(s, j)})
	if r.empty() || r.b-r.a < 2 {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{subj, r}, class: CueAssert, inherit: -1})
	return true
}

// adverb handles a hedge without a source: "reportedly discussed ...".
func (x *extractor) adverb(s, cue rng, sn cueSense) bool {
	j := cue.b
	if x.word(j) == "," {
		j++
	}
	e := x.clauseEnd(s, j)
	r := x.trimContent(rng{j, e})
	if r.empty() || r.b-r.a < 2 {
		return false
	}
	content := []rng{r}
	subj := x.clauseSubject(s, cue.a)
	if subj.empty() {
		subj = x.subjectBefore(s, cue.a)
	}
	if !subj.empty() && subj.b <= cue.a && x.onlyAuxiliaries(subj.b, cue.a) && !isCueForm(x.word(r.a)) && !(subj.b == cue.a && (x.verbGroupCue(r.a) || subj.b-subj.a > 1 && x.holdsVerb(subj.a, subj.b))) && !isCueForm(x.word(subj.a-1)) {
		// "The FBI is reportedly making arrangements ...": the hedge sits inside the clause,
		// whose subject and auxiliary are the content's first piece, as PolNeAR marks it;
		// but "O’Neal has reportedly said that ...", "Feig reportedly went on to acknowledge
		// that ..." are claims of O’Neal's and Feig's, reported, and "The report said Ansar
		// reportedly has ..." the report's.
		content = []rng{{subj.a, cue.a}, r}
	}
	x.add(draft{src: noRng, cue: cue, content: content, class: sn.class, inherit: -1})
	return true
}

// verbGroupCue reports whether the verb group that opens at k ends in a cue form, past
// auxiliaries, forms of "be" and verbs of aspect: "was hoping", "went on to acknowledge".
func (x *extractor) verbGroupCue(k int) bool {
	for e := k + 4; k < e && x.isWord(k); k++ {
		w := x.word(k)
		if isCueForm(w) {
			return true
		}
		if !auxiliariesSet.has(w) && !beFormsSet.has(w) && !aspectVerbs.has(w) && w != "went" && w != "on" && w != "to" {
			return false
		}
	}
	return false
}

// subjectBefore returns the noun phrase that opens the clause right before the adverbial cue
// at k ("Anna Wintour reportedly has ...", "he reportedly had to return"): the words back to
// the sentence start or a comma, a few of them, no verb among them, opening as a clause does.
// noRng otherwise, as after a cue ("The report said Ansar reportedly has ...": the report's
// content).
func (x *extractor) subjectBefore(s rng, k int) rng {
	a := k
	for a > s.a && a > k-8 && x.isWord(a-1) && !subordinatorsSet.has(x.word(a-1)) && !clauseConjunctions.has(x.word(a-1)) && !(isCueForm(x.word(a-1)) && !npDeterminersSet.has(x.word(a-2)) && !possessivesSet.has(x.word(a-2))) {
		a--
	}
	if a == k || a > s.a && x.isWord(a-1) || x.holdsVerb(a, k) && !(k == a+1 && pronounKind[x.word(a)] != "") || !x.clauseOpens(a) {
		return noRng
	}
	return rng{a, k}
}

// onlyAuxiliaries reports whether the tokens from a up to b are all auxiliaries or forms of
// "be", with adverbs of aspect after the first: "is", "has", "have been", "is also", "has
// now".
func (x *extractor) onlyAuxiliaries(a, b int) bool {
	for k := a; k < b; k++ {
		if w := x.word(k); x.toks[k].upper || !auxiliariesSet.has(w) && !beFormsSet.has(w) && !(k > a && aspectAdverbs.has(w)) || w == "'s" {
			return false
		}
	}
	return true
}

// aspectAdverbs may stand between an auxiliary and a hedge: "Seth Rogen is also reportedly in
// talks", "The company has now reportedly agreed".
var aspectAdverbs = wordSetOf([]string{"also", "still", "now", "already"})

// presentBeforeObject reports whether token k is a verb in the present tense with its object
// after it, after a name and its appositive: "Senator Ben Cardin, a Democrat on the finance
// committee, advocates a “progressive consumption tax”"; a short one too ("The firm runs
// an oil field and says ...").
func (x *extractor) presentBeforeObject(k int) bool {
	if !x.isWord(k) || x.toks[k].upper || k+1 >= len(x.toks) {
		return false
	}
	w := x.toks[k].low
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || functionWordsSet.has(w) || prepositionsSet.has(w) {
		return false
	}
	switch x.word(k + 1) {
	case "a", "an", "the", "his", "her", "their", "its", "that":
		return true
	}
	return x.isOpenQuote(k + 1)
}

// isContraction reports whether the "’s" at k stands for "is" or "has" ("Trump’s going",
// "she’s been") rather than a possessive ("Germany’s Chancellor", "Florida’s former governor").
func (x *extractor) isContraction(k int) bool {
	if k+1 >= len(x.toks) || !x.isWord(k+1) || x.toks[k+1].upper {
		return false
	}
	w := x.toks[k+1].low
	switch w {
	case "not", "a", "an", "the", "been", "also", "still", "never", "already", "just", "now", "that", "got":
		return true
	}
	if p := x.word(k - 1); strings.HasSuffix(w, "ed") && pronounKind[p] == "" && !contractionHosts.has(p) {
		return false // "Trump's repeated accusations", "Cruz's preferred candidates": a possessive, not "he's repeated"
	}
	if p := x.word(k - 1); strings.HasSuffix(w, "ing") && pronounKind[p] == "" && !contractionHosts.has(p) && x.verbAfterGerund(k+1) {
		return false // "The paper's reporting indicated that ...": a possessed gerund, the subject of a verb
	}
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || w == "said" || pastParticiples.has(w) // "he’s said", "she’s written"
}

// verbAfterGerund reports whether a finite verb, perhaps after adverbs, follows the gerund at
// g: "reporting indicated", "reporting often tells", "polling has shown".
func (x *extractor) verbAfterGerund(g int) bool {
	n := g + 1
	for n < len(x.toks) && n < g+3 && (isLyAdverb(x.word(n)) || x.word(n) == "often" || x.word(n) == "also") && !x.toks[n].upper {
		n++
	}
	if n >= len(x.toks) || x.toks[n].upper || !x.isWord(n) {
		return false
	}
	w := x.word(n)
	return x.verbLike(n) && !strings.HasSuffix(w, "ing") || auxiliariesSet.has(w) || w == "is" || w == "was" || w == "has" || w == "have"
}

// contractionHosts are the words besides the pronouns whose "'s" is "is" or "has" before a
// participle: "that's expected", "there's been", "who's endorsed".
var contractionHosts = wordSetOf([]string{"that", "this", "there", "here", "what", "who", "where", "one", "everyone", "everybody", "someone", "somebody", "nobody", "no-one"})

// cueAdverbs reports whether the words from a up to b are all adverbs the gold cue takes
// before its verb (cueAux, or in -ly): "already", "now openly".
func (x *extractor) cueAdverbs(a, b int) bool {
	for k := a; k < b; k++ {
		if w := x.word(k); x.toks[k].upper || !cueAux.has(w) && !isLyAdverb(w) {
			return false
		}
	}
	return true
}

// auxiliariesSet follow a subject: "Clinton has taken", "he would say".
var auxiliariesSet = wordSetOf([]string{"has", "had", "have", "will", "would", "could", "should", "can", "may", "might", "must", "did", "does"})

// progressiveBeSet are the forms of "be" that make a progressive with a participle cue.
var progressiveBeSet = wordSetOf([]string{"is", "are", "was", "were"})

var beFormsSet = wordSetOf([]string{"is", "are", "was", "were", "be", "been", "being", "'s"})

// clauseOpens reports whether a clause without "that" may open at token k: a name, a
// determiner or a personal pronoun, "Vickers fired", "the gunman fled", "he acted alone".
func (x *extractor) clauseOpens(k int) bool {
	if !x.isWord(k) || x.is(k, cPreposition) {
		return false
	}
	w := x.word(k)
	return x.toks[k].upper || isDeterminer(w) || pronounKind[w] == "person" || pronounKind[w] == "group"
}

// trailingImpersonal returns the content of an impersonal passive after the content's
// comma that ends the sentence (but for a time or an adverbial), the cue running from "it"
// to cue (b is the passive's first auxiliary): "MI5 agents interrogated British Muslims, it
// was claimed yesterday.", "The minister resigned, it has been reported." noRng otherwise,
// and when the sentence goes on ("..., it is understood, and police are ...").
func (x *extractor) trailingImpersonal(s rng, b int, cue rng) rng {
	if b-2 <= s.a || x.word(b-1) != "it" || x.toks[b-1].upper || x.word(b-2) != "," {
		return noRng
	}
	if e := x.skipTimes(cue.b, s.b); x.word(e) == "," || !x.restIsAdverbial(s, e) {
		return noRng
	}
	if x.inEarlierContent(s, b) {
		return noRng // "... after telling her it was meat, it was claimed today": the earlier cue's content holds it
	}
	return x.trimContent(rng{s.a, b - 2})
}

// inEarlierContent reports whether token b is inside the last piece of content of a claim
// drafted earlier in sentence s.
func (x *extractor) inEarlierContent(s rng, b int) bool {
	for i := len(x.drafts) - 1; i >= 0 && x.drafts[i].cue.b > s.a; i-- {
		if c := x.drafts[i].content[len(x.drafts[i].content)-1]; c.a <= b && b < c.b {
			return true
		}
	}
	return false
}

// passive handles "it is believed that CONTENT" and "X is believed to CONTENT", and a report
// with its agent, "X was first reported by SOURCE" (passiveBy).
func (x *extractor) passive(s, cue rng, sn cueSense) bool {
	k := cue.a
	b := k - 1
	next := x.word(cue.b)
	viewAs := seeForms.has(x.word(k)) || x.word(k) == "seen"
	src, at := noRng, cue.b
	if next == "by" && viewAs {
		// "The change was seen by some as a demotion": the agent holds the view.
		if a := x.npForward(s, cue.b+1); !a.empty() && x.word(a.b) == "as" {
			src, at, next = a, a.b, "as"
		}
	}
	if next == "by" {
		return x.passiveBy(s, cue, sn)
	}
	if w := x.word(b); (isLyAdverb(w) || w == "also") && !x.toks[b].upper && beFormsSet.has(x.word(b-1)) {
		b-- // "The Fed is widely expected to raise rates": the adverb joins the cue
	} else if p := x.negatedBe(s, b); p >= 0 {
		b = p // "Clinton is not expected to attend", "agencies are not necessarily expected to"
	}
	if !beFormsSet.has(x.word(b)) && !(x.word(b) == "’s" && x.word(b-1) == "it") {
		return false
	}
	for b-1 > s.a && (auxiliariesSet.has(x.word(b-1)) || negatedAux[x.word(b-1)] || x.word(b-1) == "not") && (x.word(b) == "be" || x.word(b) == "been" || x.word(b) == "not") && !x.toks[b-1].upper {
		b-- // "Trump had been expected to visit", "someone could be expected to": the auxiliary joins the cue
	}
	if b < k-1 && !(isLyAdverb(x.word(b+1)) || x.word(b+1) == "also") {
		// A negated or modal passive inside another claim's content is that speaker's words.
		if x.inEarlierContent(s, b) {
			return false // "Stoklos says the endorsements can be seen as ...": the speaker's content
		}
	}
	if w := x.word(b - 1); (w == "now" || w == "also" || isLyAdverb(w)) && x.word(b) == "been" && auxiliariesSet.has(x.word(b-2)) && x.word(b-3) == "it" {
		b -= 2 // "It has now been claimed": the adverb and the auxiliary join the cue
	}
	if r := x.trailingImpersonal(s, b, cue); !r.empty() {
		x.add(draft{src: noRng, cue: rng{b - 1, cue.b}, content: []rng{r}, class: sn.class, inherit: -1})
		return true
	}
	bare := x.word(b-1) == "it" && x.clauseOpens(cue.b) // "It’s believed Vickers fired the shots"
	if next != "that" && next != "to" && !(next == "as" && viewAs) && !bare {
		return false // but "Rubio is seen as the favorite", "the move was viewed as a snub"
	}
	cueR := rng{b, cue.b}
	if next == "that" || bare {
		if x.word(b-1) != "it" {
			return false
		}
		at := cue.b
		if next == "that" {
			at++
		}
		e := x.clauseEnd(s, at)
		r := x.trimContent(rng{at, e})
		if r.empty() {
			return false
		}
		x.add(draft{src: noRng, cue: rng{b - 1, cue.b}, content: []rng{r}, class: sn.class, inherit: -1})
		return true
	}
	subj := x.npBack(s, b, false)
	if w := x.word(b - 1); subj.empty() && b-1 >= s.a && (w == "who" || w == "which" || w == "that") {
		// "delegates who are expected to back him": the relative stands for the subject,
		// and PolNeAR takes it for the content's first piece.
		subj = rng{b - 1, b}
	}
	if subj.empty() && x.word(b-1) == "," {
		subj = x.sourceLeft(s, b) // "The central bank, which has held rates near zero, is expected to act"
	}
	if subj.empty() {
		return false
	}
	e := x.clauseEnd(s, at)
	if c := x.nextComma(s, at); subj.b-subj.a == 1 && x.word(subj.a-1) == "," && c > at && c < e && (x.word(subj.a) == "who" || x.word(subj.a) == "which") {
		e = c // "The move, which is expected to come on Dec. 16, matters": the relative ends at its comma
	}
	r := x.trimContent(rng{at, e})
	if r.empty() {
		return false
	}
	x.add(draft{src: src, cue: cueR, content: []rng{subj, r}, class: sn.class, inherit: -1})
	return true
}

// passiveGrounds open what someone is accused of or criticized for after a passive cue:
// "was criticized for", "is accused of", "was attacked over", "was charged with"; not "as",
// whose description ("was derided as a scam") PolNeAR ends sooner.
var passiveGrounds = wordSetOf([]string{"for", "of", "over", "with"})

// passiveAccused handles a passive cue of accusing without its agent, "Mr. Sanders has been
// criticized for offering vague answers", "Roof is accused of killing nine people", "He was
// charged with assault": no source, and the content is the subject with the grounds, as
// PolNeAR marks it.
func (x *extractor) passiveAccused(s, cue rng, sn cueSense) bool {
	b := x.reputeBack(s, cue.a)
	if w := x.word(b); w == "’s" || w == "'s" {
		return false // "he’s assailed him for ...": "has", an active verb
	}
	for i := len(x.drafts) - 1; i >= 0 && x.drafts[i].cue.b > s.a; i-- {
		if c := x.drafts[i].content[len(x.drafts[i].content)-1]; c.a <= cue.a && cue.a < c.b {
			return false // "The Hill reported that Trump was accused of ...": the report's content
		}
	}
	subj := x.sourceLeft(s, b)
	if w := x.word(b - 1); subj.empty() && b-1 >= s.a && (w == "who" || w == "which") {
		subj = rng{b - 1, b} // "the judge who was accused of bias": the relative stands for the subject
	}
	if subj.empty() {
		return false
	}
	e := x.clauseEnd(s, cue.b)
	for p := cue.b + 1; p+1 < e; p++ {
		if w := x.word(p + 1); x.word(p) == "," && (w == "which" || w == "who") {
			e = p // "over hiring foreign workers, which he defended": the writer's relative clause
			break
		}
	}
	// "was charged on Monday with laundering": a time between the verb and the grounds is
	// neither.
	cueB, at := cue.b, x.skipTimes(cue.b, s.b)
	if w := x.word(at + 1); x.word(at) == "for" && (w == "sure" || w == "certain") {
		return false // "before the identities of the dead are known for sure": an adverb, no grounds
	}
	if groundsInCue.has(x.word(cue.a)) {
		cueB, at = at+1, at+1 // "is best known for", "is accused of", "were blamed for": PolNeAR's cue takes the preposition
	}
	r := x.trimContent(rng{at, e})
	if r.empty() {
		return false
	}
	x.add(draft{src: noRng, cue: rng{b, cueB}, content: []rng{subj, r}, class: sn.class, inherit: -1})
	return true
}

// groundsInCue are the participles whose preposition PolNeAR counts in the cue: "is known
// for", "is accused of", "were blamed for" (on its training split 10 more exact matches for
// 1 fewer); after "criticized", "challenged" or "charged" it leaves the preposition to the
// content about as often.
var groundsInCue = wordSetOf([]string{"known", "accused", "blamed"})

// reputeAdverbs may stand between a form of "be" and "known": "is best known for".
var reputeAdverbs = wordSetOf([]string{"best", "well", "widely", "long", "also", "perhaps"})

// reputeBack is skipBack that also steps over an adverb of reputeAdverbs before "known":
// "is best known for", "is well known for".
func (x *extractor) reputeBack(s rng, k int) int {
	b := x.skipBack(s, k)
	if x.word(k) == "known" && b > s.a && reputeAdverbs.has(x.word(b)) {
		b = x.skipBack(s, b)
	}
	return b
}

// negatedBe returns the index of the form of "be" before a negation (and an adverb) that ends
// at k, "is not", "are not necessarily", or -1.
func (x *extractor) negatedBe(s rng, k int) int {
	p := k
	if isLyAdverb(x.word(p)) && !x.toks[p].upper {
		p--
	}
	if w := x.word(p); (w == "not" || w == "never") && p-1 > s.a && beFormsSet.has(x.word(p-1)) {
		return p - 1
	}
	return -1
}

// passiveDeeds are the cue verbs whose passive with "by" tells a deed, not words: "was
// appointed by", "was found by", "is maintained by", and "called" with its agent right after
// it, a meeting convened or a person phoned ("the meeting, which was reportedly called by Kim
// Yo-jong", "He was called by the president"; naming puts the name first: "was called a liar
// by"); not "was nominated by", which PolNeAR marks.
var passiveDeeds = wordSetOf([]string{"appointed", "found", "listed", "maintained", "presented", "decided", "called"})

// passiveBy handles a passive cue with its agent, "The meeting was first reported by
// Politico", "His comments were quickly derided by Laschet", "which was first reported by The
// Associated Press": the agent is the source and the subject the content, as PolNeAR
// annotates them, the cue running from the auxiliary to the verb (on its training split 8
// times, and 4 times with "by").
func (x *extractor) passiveBy(s, cue rng, sn cueSense) bool {
	if sn.syn == synPassive && x.word(cue.a) != "reported" {
		return false // "was believed by many", "was expected by analysts": no one reports
	}
	if passiveDeeds.has(x.word(cue.a)) {
		return false // "Al-Hassi was appointed by the parliament": a deed, no words
	}
	b := x.skipBack(s, cue.a)
	if b <= s.a || !beFormsSet.has(x.word(b)) {
		return false
	}
	src := x.npForward(s, x.byAfter(s, cue.b)+1)
	if src.empty() {
		return false
	}
	src.b = x.agentBeforeClause(src)
	if !x.toks[src.a].upper && !isDeterminer(x.word(src.a)) {
		// "He was backed by nearly 6 in 10 of them", "The move was hotly criticized by
		// left-leaning economists": a group that supports or rejects, as votes and polls
		// count it; only with a verb whose object is the content, and a finite be-form
		// ("will be backed by prodigious amounts of research" is the writer's forecast).
		if sn.syn != synObject || !x.agentGroup(src) || x.word(b) == "be" || x.word(b) == "being" {
			return false
		}
	}
	subj := x.sourceLeft(s, b)
	if subj.empty() {
		return false
	}
	class := sn.class
	if sn.syn == synPassive {
		class = CueReport
	}
	content := []rng{subj}
	if g := x.groundsIn(src); g > src.a {
		// "Trump has been criticized by some of his rivals for failing to spend enough time
		// in the state": the agent ends before the grounds, which join the subject in the
		// content, as PolNeAR marks them.
		if r := x.trimContent(rng{g, x.clauseEnd(s, g)}); !r.empty() {
			src.b, content = g, append(content, r)
		}
	}
	agentEnd := src.b
	src.b = x.timeAfterAgent(src)
	if at := x.skipTimes(agentEnd, s.b); subj.b == subj.a+1 && x.toks[subj.a].low == "it" && x.word(at) == "that" {
		// "It has been revealed by the astronomer that ...": the "it" stands for the clause
		// after the agent, which is the content.
		if r := x.trimContent(rng{at, x.clauseEnd(s, at+1)}); !r.empty() {
			content = []rng{r}
		}
	}
	if at := x.skipTimes(agentEnd, s.b); len(content) == 1 && x.word(at) == "to" && directiveVerbs.has(x.word(cue.b-1)) {
		// "The farm has been ordered by the agency to destroy its flock": the order is the
		// subject and the infinitive after the agent, not the subject alone.
		if r := x.trimContent(rng{at, x.clauseEnd(s, at+1)}); !r.empty() {
			content = append(content, r)
		}
	}
	if at := x.skipTimes(agentEnd, s.b); len(content) == 1 && x.word(at) == "as" && asVerbs.has(x.word(cue.b-1)) {
		// "Emwazi was described by the Washington Post as a computer science graduate": what
		// the agent says he is goes with him.
		if r := x.trimContent(rng{at, x.clauseEnd(s, at+1)}); !r.empty() {
			content = append(content, r)
		}
	}
	x.add(draft{src: src, cue: rng{b, cue.b}, content: content, class: class, inherit: -1})
	return true
}

// directiveVerbs tell someone to do something: "was ordered by the court to pay".
var directiveVerbs = wordSetOf([]string{"ordered", "asked", "told", "urged", "instructed", "directed", "advised", "encouraged", "pressed", "pressured", "called"})

// asVerbs describe someone as something: "was described by the Post as", "was identified by
// The Independent as".
var asVerbs = wordSetOf([]string{"described", "identified", "characterized", "characterised", "portrayed", "depicted", "labeled", "labelled", "branded", "dismissed", "hailed", "cited", "regarded", "viewed", "seen"})

// timeAfterAgent returns where the agent src of a passive ends before a time that follows
// its noun: "by The Independent in May 2010", "by the Post on Tuesday".
func (x *extractor) timeAfterAgent(src rng) int {
	for p := src.a + 1; p < src.b; p++ {
		if w, n := x.word(p), x.word(p+1); (w == "in" || w == "on") && (x.is(p+1, cMonth) || x.is(p+1, cWeekday) || len(n) == 4 && (strings.HasPrefix(n, "19") || strings.HasPrefix(n, "20")) && isDigitByte(n[3])) {
			return p
		}
	}
	return src.b
}

// groundsIn returns where the grounds of an accusation open inside the agent src of a
// passive, "for" or "over" before a gerund or a negation ("some of his rivals for failing",
// "many Wall Street players for not raising"), or -1.
func (x *extractor) groundsIn(src rng) int {
	for p := src.a + 1; p+1 < src.b; p++ {
		if w, n := x.word(p), x.word(p+1); (w == "for" || w == "over") && !x.toks[p].upper && (strings.HasSuffix(n, "ing") || n == "not") {
			return p
		}
	}
	return -1
}

// byAfter returns the index of the "by" of a passive's agent after the verb ending at k, past
// an adverb or a time between ("was endorsed Friday by", "was criticized sharply by"), or the
// index where no such "by" is.
func (x *extractor) byAfter(s rng, k int) int {
	if isLyAdverb(x.word(k)) && !x.toks[k].upper {
		k++
	}
	if t := x.skipTimes(k, s.b); x.word(t) == "by" {
		return t
	}
	return k
}

// agentBeforeClause returns where a passive's agent src ends when an "and" in it opens a
// clause with a subject and a verb of its own: "was requested by a family member and police
// went over", "was criticized by the mayor and officials said ...". The second conjunct is the
// clause's subject, not a second agent.
func (x *extractor) agentBeforeClause(src rng) int {
	for k := src.a + 1; k+1 < src.b; k++ {
		if x.word(k) != "and" {
			continue
		}
		last := src.b - 1
		if w := x.word(last); k+1 < last && (irregularPastSet.has(w) || pastOfSpeech.has(w)) && !x.toks[last].upper && !npDeterminersSet.has(x.word(last-1)) {
			return k // "police went" inside the agent
		}
		if src.b < len(x.toks) && x.finiteAt(src.b) && !x.toks[src.b].upper {
			return k // "officials said" after it
		}
	}
	return src.b
}

// agentGroup reports whether the agent src after "by" names a group of people by its size or
// kind, as votes and polls count them: "by 64 percent of the electorate", "by nearly 6 in 10
// of the voters", "by overwhelming majorities of both men and women", "by liberals", "by her
// campaign and Democrats across the country".
func (x *extractor) agentGroup(src rng) bool {
	w := x.word(src.a)
	if isDigitByte(w[0]) || groupQuantifiers.has(w) || possessivesSet.has(w) {
		return true
	}
	for p := src.a; p < src.b; p++ {
		if x.is(p, cFunction|cPreposition) {
			return false
		}
	}
	h := x.word(src.b - 1)
	return strings.HasSuffix(h, "s") && !strings.HasSuffix(h, "ss") // "left-leaning economists"
}

// groupQuantifiers open the mention of a group by its size: "nearly half of voters", "most
// Democrats", "overwhelming majorities".
var groupQuantifiers = wordSetOf([]string{"nearly", "almost", "about", "roughly", "more", "most", "many", "some", "several", "both", "all", "overwhelming", "large", "huge", "majorities", "majority", "half"})

// seem handles a verb of appearance, a hedge of the writer's with no source: "Trump seemed to
// suggest that CONTENT", "the race appears closer", "it seems that CONTENT". The content is
// the subject with what follows the cue ("Trump" and "to suggest that ..."); an "it" before
// a clause is no part of it.
func (x *extractor) seem(s, cue rng, sn cueSense) bool {
	j := cue.b
	switch n := x.word(j); {
	case n == "to":
		if w := x.word(j + 1); !x.isWord(j+1) || x.toks[j+1].upper || isDeterminer(w) || objectPronounsSet.has(w) || w == "her" {
			return false // "appeared to the crowd", "it seems to me"
		}
	case n == "that" || n == "like" || n == "as" && (x.word(j+1) == "if" || x.word(j+1) == "though"):
	case !x.isWord(j) || x.toks[j].upper || prepositionsSet.has(n) || functionWordsSet.has(n) && !isDeterminer(n) || appearPlaces.has(n):
		return false // "appeared on Fox News", "appear at a rally", "as it seems."
	}
	if x.word(cue.a-1) == "to" {
		return false // "to appear more dignified": an infinitive
	}
	for i := len(x.drafts) - 1; i >= 0 && x.drafts[i].cue.b > s.a; i-- {
		if c := x.drafts[i].content[len(x.drafts[i].content)-1]; c.a <= cue.a && cue.a < c.b {
			return false // "surveys indicate that Republicans seem to be unifying": the survey's content
		}
	}
	e := x.clauseEnd(s, j)
	for p := j + 1; p < e; p++ {
		if w := x.word(p); w == "," || w == ":" || isDash(w) || w == "-" && x.word(p+1) == "-" ||
			w == "by" && strings.HasSuffix(x.word(p+1), "ing") {
			e = p // "Cruz seemed lost, applauding along", "appeared to mock it by saying": the writer's clause goes on
			break
		}
	}
	r := x.trimContent(rng{j, e})
	if r.empty() {
		return false
	}
	content := []rng{r}
	if b := x.skipBack(s, cue.a); !(x.word(b) == "it" && x.word(j) != "to") {
		subj := x.sourceLeft(s, cue.a)
		if w := x.word(cue.a - 1); subj.empty() && (w == "who" || w == "which") {
			subj = rng{cue.a - 1, cue.a} // "the levy, which appeared to split the town": the relative
		}
		if subj.empty() || subj.b-subj.a == 1 && x.word(subj.a) == "that" {
			return false // "a system that seems rigged": a description inside the writer's clause
		}
		content = []rng{subj, r}
	}
	x.add(draft{src: noRng, cue: cue, content: content, class: sn.class, inherit: -1})
	return true
}

// appearPlaces follow "appear" in its sense of showing up: "appeared onstage", "the photo
// appeared online", "Bill Gates appeared on-screen", "The images appeared following days of
// false alarms", "Mr Somers appears and gives a statement".
var appearPlaces = wordSetOf([]string{"onstage", "together", "alongside", "live", "briefly", "here", "there", "again", "twice", "once", "online", "onscreen", "on-screen", "following", "and"})

// accordingTo handles "according to SOURCE, CONTENT" and "CONTENT, according to SOURCE".
func (x *extractor) accordingTo(s, cue rng) bool {
	initial := x.accordingInitial(s, cue)
	src := x.accordingSource(s, cue, initial)
	if src.empty() {
		return false
	}
	if initial {
		return x.accordingBefore(s, cue, src)
	}
	return x.accordingAfter(s, cue, src)
}

// accordingInitial reports whether "according to" at cue opens its clause, before the
// content: at the sentence's start, after a colon ("It has not gone unnoticed: according
// to recent polls, ..."), a semicolon or a clause's conjunction ("..., but according to
// X, CONTENT").
func (x *extractor) accordingInitial(s, cue rng) bool {
	return cue.a == s.a || cue.a == s.a+1 && !x.isWord(s.a) || cue.a > s.a && (x.word(cue.a-1) == ":" || x.word(cue.a-1) == ";") ||
		clauseConjunctions.has(x.word(cue.a-1)) && (cue.a-1 == s.a || x.word(cue.a-2) == ",") || // "..., but according to X, CONTENT"
		x.opensClauseBefore(s, cue.a)
}

// accordingSource returns the source after "according to": a noun phrase with the noun
// read as a verb after it ("according to British media reports") and the agent of a
// participle ("according to a court document filed by state attorney Dave Aronberg"), or
// the sentence's tail when it holds a title. noRng when there is none.
func (x *extractor) accordingSource(s, cue rng, initial bool) rng {
	src := x.npForward(s, cue.b)
	for p := src.a + 1; p < src.b; p++ {
		if x.articleAfterNoun(p) {
			src.b = p // "According to three media outlets an undisclosed number of ..."
			break
		}
	}
	if src.empty() && !initial {
		// "..., according to the "Medicare for all" document he released.": a title in it.
		if e := x.sentenceTail(s, cue.b); e > cue.b {
			src = rng{cue.b, e}
		}
	}
	if src.empty() {
		return src
	}
	if w := x.word(src.b); (evidenceNouns.has(w) || recordNounsSet.has(w)) && !x.toks[src.b].upper && !(x.isWord(src.b+1) && x.toks[src.b+1].upper && x.toks[src.b+1].nl == 0) {
		// "according to British media reports": the noun the phrase read as a verb; but
		// "according to the paper As-Safir reports Reuters" has a verb and its subject.
		src.b++
	} else if x.possessiveHead(s, src.b) {
		src.b++ // "according to a person familiar with Johnson's views"
	}
	// "according to a court document filed by state attorney Dave Aronberg": the agent
	// belongs to the source.
	by := src.b
	if w := x.word(by); strings.HasSuffix(w, "ed") && !x.toks[by].upper {
		by++
	}
	if x.word(by) == "by" && strings.HasSuffix(x.word(by-1), "ed") {
		if agent := x.npForward(s, by+1); !agent.empty() {
			src.b = agent.b
		}
	}
	return src
}

// possessiveHead reports whether token k is the head noun of a possessive before it that the
// noun phrase left out, read as a verb ("Johnson's views", "the network's plans"): a word
// in lower case after "'s" that ends the phrase at sentence s's end or a comma.
func (x *extractor) possessiveHead(s rng, k int) bool {
	if p := x.word(k - 1); p != "'s" && p != "’s" || !x.isWord(k) || x.toks[k].upper {
		return false
	}
	return k+1 >= s.b || !x.isWord(k+1)
}

// addReport adds the report of "according to" from src with content r, and reports
// whether r held any.
func (x *extractor) addReport(src, cue, r rng) bool {
	if r.empty() {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{r}, class: CueReport, inherit: -1})
	return true
}

// accordingBefore handles "According to SOURCE, CONTENT.": the source runs to the comma,
// with a name in quotes, a plain modifier or an appositive; the content is the clause
// after it.
func (x *extractor) accordingBefore(s, cue, src rng) bool {
	if x.articleAfterNoun(src.b) {
		// No comma after the source: the clause starts at its subject's article.
		return x.addReport(src, cue, x.trimContent(rng{src.b, x.clauseEnd(s, src.b)}))
	}
	j := src.b
	if qi, ok := x.quoteOpenAt(src.b); ok && x.quotes[qi].close < s.b && x.words(x.quotes[qi].open, x.quotes[qi].close) <= 6 && x.word(x.quotes[qi].close-1) == "," {
		// "according to the website “Injustice Stories,” a woman ...": its name.
		src.b = x.quotes[qi].close + 1
		j = x.quotes[qi].close
	}
	for j < s.b && x.word(j) != "," && j != src.b-1 {
		j++
	}
	if j >= s.b {
		return false
	}
	if j >= src.b && x.plainModifier(src.b, j) {
		src.b = j // "According to early results of the exit polls conducted for the AP by Edison Research,"
	}
	if w := x.word(j + 1); w == "a" || w == "an" || x.lowerTitleAt(j+1) {
		if k := x.sourceAppositiveEnd(s, j); k >= 0 {
			src.b, j = k, k
		}
	}
	return x.addReport(src, cue, x.trimContent(rng{j + 1, x.clauseEnd(s, j+1)}))
}

// sourceAppositiveEnd returns the comma that closes an appositive of the source after the
// comma at j, before the clause: "According to documents from Diane D. Blair, a close
// friend of Mrs. Clinton's who died in 2000, the first lady had ...", "According to Nail
// al-Jubeir, information director at the Saudi Embassy, the blurring isn't real". Not when
// the words after it are an appositive too: "According to a website, a woman named Lana, a
// self-described feminist, boasted". It returns -1 when there is none.
func (x *extractor) sourceAppositiveEnd(s rng, j int) int {
	for k := j + 2; k < s.b && k < j+25; k++ {
		if x.word(k) == ";" || x.toks[k].kind == tQuote {
			return -1
		}
		if x.word(k) == "," {
			if subj := x.subjectAt(s, k+1, s.b); !subj.empty() && subj.a == k+1 && x.word(k+1) != "a" && x.word(k+1) != "an" {
				return k
			}
			return -1
		}
	}
	return -1
}

// accordingAfter handles "CONTENT, according to SOURCE": the content before the cue, or
// the part of it the report is for, or the claim it relays; or an opening adverbial and
// the clause around the cue.
func (x *extractor) accordingAfter(s, cue, src rng) bool {
	src.b = x.trailingReportSourceEnd(s, src)
	end := cue.a
	if x.word(end-1) == "," {
		end--
	}
	if x.demonstrativeIs(s, cue.a) {
		// "That’s according to exit polls.": the verb joins the cue, the pronoun is the
		// content, as PolNeAR marks it.
		x.add(draft{src: src, cue: rng{cue.a - 1, cue.b}, content: []rng{{s.a, s.a + 1}}, class: CueReport, inherit: -1})
		return true
	}
	if x.word(src.b) == "," && x.word(end) == "," && x.adverbialAroundReport(s, cue, src, end) {
		return true
	}
	if a := x.accordingOpener(s, end); a > s.a {
		// "..., which stood at 263, according to the AP", "(the number is closer to 15
		// percent, according to Factcheck.org)": the report is for that part only.
		if r := x.trimContent(rng{a, end}); !r.empty() && x.words(r.a, r.b) >= 2 {
			x.add(draft{src: src, cue: cue, content: []rng{r}, class: CueReport, inherit: -1})
			return true
		}
	}
	start, done := x.relayedReport(s, cue, src, end)
	if done {
		return true
	}
	if w, n := x.word(start), x.word(start+1); start == s.a && (w == "but" || w == "and") && x.isWord(start+1) && !subordinatorsSet.has(n) && n != "even" {
		start++ // "But HarperCollins declined, according to an executive": the writer's link
	}
	r := x.trimContent(rng{start, end})
	k := src.b
	if w := x.word(k); w == "who" || w == "which" || w == "that" {
		for k < s.b && k < src.b+15 && x.word(k) != "," {
			k++ // "according to members who spoke with reporters afterward, was ..."
		}
		if x.word(k) == "," {
			src.b = k // the relative clause describes the source
		}
	}
	if !r.empty() && x.word(k) == "," && x.word(end) == "," && k+1 < s.b && (x.isWord(k+1) || x.word(k+1) == "$") && !x.toks[k+1].upper && x.word(k+1) != "a" && x.word(k+1) != "an" {
		// "Other major cleavages, according to the poll, include ideology ...": the
		// sentence goes on after the attribution.
		if more := x.trimContent(rng{k + 1, x.clauseEnd(s, k+1)}); !more.empty() && x.words(more.a, more.b) >= 2 && !x.writersTail(more) {
			src.b = k // the relative clause describes the source
			x.add(draft{src: src, cue: cue, content: []rng{r, more}, class: CueReport, inherit: -1})
			return true
		}
	}
	return x.addReport(src, cue, r)
}

// trailingReportSourceEnd returns where the source of a trailing "according to" ends: at
// the sentence's end or the next comma after a plain modifier ("according to a new poll
// by the Harvard University Institute of Politics.", "according to court documents
// reported previously by The Post, becoming ..."), or after an appositive at the
// sentence's end ("..., according to John Weaver, a Republican strategist.").
func (x *extractor) trailingReportSourceEnd(s, src rng) int {
	if e := x.sentenceTail(s, src.b); e > src.b && x.plainModifier(src.b, e) {
		return e // "according to a new poll by the Harvard University Institute of Politics."
	} else if c := x.nextComma(s, src.b); c > src.b && x.plainModifier(src.b, c) {
		return c // "Trump gave his blessing, according to court documents reported previously by The Post, becoming ..."
	} else if x.word(src.b) == "," && x.appositiveTail(s, src.b+1) {
		// "..., according to John Weaver, a Republican strategist.": the appositive at the
		// sentence's end describes the source, and PolNeAR's source holds it.
		if e := x.sentenceTail(s, src.b+1); e > src.b+1 && (x.word(src.b+1) == "who" || x.word(src.b+1) == "which" || !x.holdsVerb(src.b+1, e)) {
			return e // but "according to the budget office, the rise ... is ...": the clause goes on
		}
	}
	return src.b
}

// adverbialAroundReport adds the report of "according to" between commas after a short
// opening adverbial, whose content is that adverbial and the clause after the source:
// "But the next day, according to Roffman, Trump made further demands"; PolNeAR takes
// both for the content. It reports whether it added one.
func (x *extractor) adverbialAroundReport(s, cue, src rng, end int) bool {
	a := s.a
	for a < end && leadingConjunctions.has(x.word(a)) {
		a++
	}
	before := x.trimContent(rng{a, end})
	after := x.trimContent(rng{src.b + 1, x.clauseEnd(s, src.b+1)})
	if !before.empty() && before.b-before.a <= 6 && !x.holdsVerb(before.a, before.b) && !after.empty() && x.words(after.a, after.b) >= 3 && x.holdsVerb(after.a, after.b) {
		x.add(draft{src: src, cue: cue, content: []rng{before, after}, class: CueReport, inherit: -1})
		return true
	}
	return false
}

// relayedReport adds the report of a trailing "according to" that relays the sentence's
// last claim before it, speaker and all: "“...,” O'Malley said, according to the Sun". It
// reports whether it added one, and else where the report's own content starts: after the
// last claim's cue, or at the sentence's start.
func (x *extractor) relayedReport(s, cue, src rng, end int) (int, bool) {
	p := x.lastDraftIn(s)
	if p < 0 {
		return s.a, false
	}
	p = x.outermostEndingWith(s, p)
	d := x.drafts[p]
	if c := d.content[len(d.content)-1]; c.b <= end+1 {
		// The report's content is the whole attribution it relays, speaker and all.
		a := min(d.content[0].a, d.cue.a)
		if !d.src.empty() {
			a = min(a, d.src.a)
		}
		if w, v := x.word(a), x.word(a-1); a > s.a && ((w == "who" || w == "that") && x.word(a-1) != "," || (v == "who" || v == "that") && x.word(a-2) != ",") {
			// "Clinton performed well among voters who believe that ..., according to
			// exit polls": the relayed claim sits in a relative clause; the report holds
			// the whole sentence.
			a = s.a
		}
		if r := x.trimContent(rng{a, end}); !r.empty() {
			x.add(draft{src: src, cue: cue, content: []rng{r}, class: CueReport, inherit: -1})
			return 0, true
		}
	}
	return d.cue.b, false
}

// outermostEndingWith returns the outermost claim in sentence s whose content ends where
// that of claim p ends and holds it: "Some 55 percent said they do not believe ...,
// according to a poll" relays the saying, not the claim nested in it.
func (x *extractor) outermostEndingWith(s rng, p int) int {
	d := x.drafts[p]
	for q := p - 1; q >= 0 && x.drafts[q].cue.a >= s.a; q-- {
		if o := x.drafts[q]; o.content[len(o.content)-1].b == d.content[len(d.content)-1].b && o.content[0].a < d.content[0].a && o.cue.b <= d.content[0].a {
			p, d = q, o
		}
	}
	return p
}

// demonstrativeIs reports whether sentence s opens with "That’s" or "This is" right before
// k: "That’s according to fundraising reports".
func (x *extractor) demonstrativeIs(s rng, k int) bool {
	d, v := x.word(s.a), x.word(s.a+1)
	return k == s.a+2 && (d == "that" || d == "this") && (v == "'s" || v == "is")
}

// opensClauseBefore reports whether a complementizer or a subordinator ends the words before
// k, a comma aside, inside sentence s: "The AP reported that, according to an analysis, 85 of
// ...", "He crossed the border after, according to him, the network censured ...". The clause
// it opens follows the interrupting phrase at k.
func (x *extractor) opensClauseBefore(s rng, k int) bool {
	if k > s.a && x.word(k-1) == "," {
		k--
	}
	w := x.word(k - 1)
	return k-1 > s.a && (w == "that" || subordinatorsSet.has(w) && w != "as")
}

// accordingOpener returns where the content of a trailing "according to" starts when the
// words before it, up to end, form a part of their own that runs there with no comma: a
// parenthesis ("(the actual number is closer to 15 percent, according to ..."), a
// relative ("..., which stood at 263, according to the AP") or a "with" phrase ("..., with
// $1.6 billion in profit, according to an analyst"; the content is what follows "with").
// It returns -1 otherwise.
func (x *extractor) accordingOpener(s rng, end int) int {
	depth := 0
	for p := end - 1; p > s.a; p-- {
		switch w := x.word(p); {
		case w == ")":
			depth++
		case w == "(":
			if depth == 0 {
				return p + 1
			}
			depth--
		case w == "," && depth == 0:
			switch x.word(p + 1) {
			case "which", "who":
				if x.cueWithin(s.a, p) {
					return p + 1
				}
				return -1
			case "with":
				return p + 2
			}
			return -1
		case w == ";" || w == ":" || x.toks[p].kind == tQuote:
			return -1
		}
	}
	return -1
}

// writersTail reports whether the words r after "CONTENT, according to SOURCE," describe the
// source or the content rather than go on with the content: a relative ("who was an adviser",
// "where 475 delegates will be at stake"), a title ("director of the survey center") or a part
// ("one of the unions", "two of the five largest counties").
func (x *extractor) writersTail(r rng) bool {
	w := x.word(r.a)
	switch w {
	case "who", "whom", "whose", "which", "where":
		return true
	}
	if n := x.word(r.a + 1); titleWordsSet.has(w) && !isDeterminer(w) && !x.toks[r.a].upper && (n == "of" || n == "at" || n == "for") {
		return true // "director of the survey center"
	}
	return x.word(r.a+1) == "of" && (w == "one" || w == "two" || w == "three" || w == "some" || w == "many" || w == "most" || isDigitByte(w[0]))
}

// lowerTitleAt reports whether the words from k hold a title in lower case within three
// words, with nothing but lower-case words before it: "information director at ...".
func (x *extractor) lowerTitleAt(k int) bool {
	for p := k; p < k+3 && x.isWord(p) && !x.toks[p].upper; p++ {
		if x.is(p, cTitle) {
			return true
		}
	}
	return false
}

// clauseConjunctions open a clause of their own after a comma: "..., but according to X, ...".
var clauseConjunctions = wordSetOf([]string{"but", "and", "yet", "so"})

// sentenceTail returns the end of the words from k to the end of sentence s, before its
// closing punctuation, when no comma, semicolon or dash comes between; else k.
func (x *extractor) sentenceTail(s rng, k int) int {
	e := s.b
	for e > k && !x.isWord(e-1) && !x.isCloseQuote(e-1) {
		e--
	}
	open := 0
	for p := k; p < e; p++ {
		switch w := x.word(p); {
		case w == "," || w == ";" || w == ":" || isDash(w):
			return k
		case w == "(":
			open++
		case w == ")":
			open--
		}
	}
	if open > 0 && x.word(e) == ")" {
		e++ // "the event organizer Alliance to Reclaim Our Schools (AROS)."
	}
	return e
}

// nextComma returns the first comma in sentence s at or after token k, or -1.
func (x *extractor) nextComma(s rng, k int) int {
	for p := k; p < s.b; p++ {
		if x.word(p) == "," {
			return p
		}
	}
	return -1
}

// plainModifier reports whether tokens a..b, after a source's noun phrase, only modify it:
// prepositional phrases and participles ("of the exit polls conducted for the AP by Edison
// Research"), at most 20 tokens, no clause ("that", "who", a subject pronoun, a cue).
func (x *extractor) plainModifier(a, b int) bool {
	if b-a > 20 {
		return false
	}
	open := 0
	for p := a; p < b; p++ {
		w := x.word(p)
		if w == "(" {
			open++
		} else if w == ")" {
			if open--; open < 0 {
				return false // "exit polls) ..."
			}
		}
		if w == "that" || w == "who" || w == "which" || subjectPronounsSet.has(w) || subordinatorsSet.has(w) || beFormsSet.has(w) || auxiliariesSet.has(w) ||
			isCueForm(w) && !x.toks[p].upper && !(p == a && strings.HasSuffix(w, "ed")) || x.isOpenQuote(p) && x.quotes[x.openAt[p]].close >= b {
			return false // but "court documents reported previously by The Post"
		}
		if x.articleAfterNoun(p) {
			return false // "According to three media outlets an undisclosed number of militants attended ..."
		}
	}
	return open == 0 // but "exit polls (a sizable margin"
}

// articleAfterNoun reports whether an article at p opens a second noun phrase right after a
// noun, with no preposition, conjunction or participle between to join them: the subject of a
// clause after a source with no comma ("According to three media outlets an undisclosed
// number of militants attended a hospital": the source had run to "Mosul" and the content was
// "250 miles north of Baghdad"); not "conducted for the AP", "reported by CNN and The New
// York Times".
func (x *extractor) articleAfterNoun(p int) bool {
	if w := x.word(p); w != "a" && w != "an" && w != "the" || x.toks[p].upper || p < 1 || !x.isWord(p-1) {
		return false
	}
	prev := x.word(p - 1)
	return !x.is(p-1, cPreposition|cFunction) && !isDeterminer(prev) && !strings.HasSuffix(prev, "ed") && !strings.HasSuffix(prev, "ing") && prev != "and" && prev != "or" && !isCueForm(prev)
}

// pollAdjectives may describe a poll between "in" and its head.
var pollAdjectives = wordSetOf([]string{"latest", "new", "newest", "recent", "national", "statewide", "early", "similar", "same", "earlier", "most", "online", "public", "opinion", "independent", "separate", "another", "exit", "last", "previous", "nationwide"})

// pollHeads name the sources whose findings are reported with "in": "In a CNN poll, ...".
var pollHeads = wordSetOf([]string{"poll", "polls", "survey", "surveys", "study", "studies", "average"})

// inPoll handles a finding reported "in" a poll: "In the latest NBC News/Wall Street Journal
// poll, Trump leads ...", "... Trump is ahead in polls released Monday." The preposition is
// the cue and the poll the source.
func (x *extractor) inPoll(s rng, k int) bool {
	// The mention: determiners, names, numbers and a few adjectives before the head ("the
	// latest NBC News/Wall Street Journal poll", "a recent study"), not "four of five states
	// going to the polls" or a bare "the polls" that someone leads in.
	head, named := -1, false
	for p := k + 1; p < s.b && p < k+14 && head < 0; p++ {
		w := x.word(p)
		switch {
		case pollHeads.has(w):
			head = p
		case x.toks[p].upper || w != "" && isDigitByte(w[0]):
			named = true
		case isDeterminer(w) || pollAdjectives.has(w) || w == "/" || w == "-" || w == "'s" || w == "of" && x.word(p-1) == "average":
			named = named || pollAdjectives.has(w)
		default:
			return false
		}
	}
	if head < 0 || !named {
		return false
	}
	// The source runs to the head and its modifiers up to a comma or the sentence end:
	// "an NBC News/Wall Street Journal poll released Monday".
	e := head + 1
	for e < s.b && x.isWord(e) && e < head+6 && !isCueForm(x.word(e)) && !x.is(e, cFunction) {
		e++
	}
	src := rng{k + 1, head + 1}
	cue := rng{k, k + 1}
	var content rng
	switch {
	case x.opensSentence(s, k) && x.word(e) == ",":
		// "In an NBC News/Wall Street Journal poll released Monday, ...": the modifiers
		// after the head belong to the source, as PolNeAR marks it.
		src.b = e
		content = x.trimContent(rng{e + 1, x.clauseEnd(s, e+1)})
	case k > s.a && (x.restIsAdverbial(s, e) || x.closesOnPoll(s, k, e)):
		end := k
		if x.word(end-1) == "," {
			end--
		}
		content = x.trimContent(rng{s.a, end})
	default:
		return false
	}
	if content.empty() || x.words(content.a, content.b) < 3 {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{content}, class: CueReport, inherit: -1})
	return true
}

// closesOnPoll reports whether the poll mention from "in" at k to e closes the sentence's
// main clause before a comma or a semicolon, the writer's aside after it: "he fell to 10
// percent in the latest CNN/ORC poll released Wednesday, a collapse driven by ...". The poll
// is a definite or single one ("the same poll", "a Washington Post-ABC News poll"), not "in
// national polls"; the clause is no subordinate one ("While he is running third in most
// polls, ..."), and "in" follows no participle ("the Republicans surveyed in the CBS poll").
func (x *extractor) closesOnPoll(s rng, k, e int) bool {
	if w := x.word(e); w != "," && w != ";" {
		return false
	}
	if d := x.word(k + 1); d != "a" && d != "an" && d != "the" {
		return false
	}
	p := x.word(k - 1)
	return !subordinatorsSet.has(x.word(s.a)) && !strings.HasSuffix(p, "ed")
}

// viewerHeads are the words that end a mention of people whose view a sentence gives with
// "To": "To many voters, ...", "To anyone who follows the race, ...".
var viewerHeads = wordSetOf([]string{"them", "him", "her", "me", "us", "many", "others", "some", "most", "anyone", "everyone", "people", "voters", "supporters", "democrats", "republicans", "conservatives", "liberals", "progressives", "critics", "experts", "analysts", "officials", "leaders", "lawmakers", "students", "readers", "americans", "members", "activists", "observers", "fans", "residents", "workers", "evangelicals", "women", "men", "viewers", "strategists", "donors", "opponents", "backers", "advocates", "candidate"})

var viewerQuantifiers = wordSetOf([]string{"many", "most", "some", "few"})

// viewpoint handles an opinion given as seen by someone, with "To" before the people who
// hold it: "To many voters, the race is over", "But to them, it signals a new phase."
// PolNeAR takes the preposition for the cue and the people for the source. Only at the
// sentence's opening, and only before a name or a mention of people, not "To be sure, ...".
// ("For" is left out: "For Trump, the win was huge" gives a topic at least as often as a
// view; on PolNeAR's training split it added 4 right of 23.)
func (x *extractor) viewpoint(s rng, k int) bool {
	if !x.opensSentence(s, k) {
		return false
	}
	c := k + 1
	for c < s.b && c < k+12 && x.word(c) != "," {
		if !x.isWord(c) && x.word(c) != "." && x.word(c) != "'s" {
			return false
		}
		c++
	}
	if x.word(c) != "," || c == k+1 {
		return false
	}
	head := rng{k + 1, c}
	people := false
	for p := head.a; p < head.b && !people; p++ {
		w := x.word(p)
		if w == "who" || w == "of" {
			break // "anyone who follows the race", "other students of the genre"
		}
		people = viewerHeads.has(w) && (p+1 == head.b || x.word(p+1) == "who" || x.word(p+1) == "of")
	}
	// "To many farmers", "To some in the party": a quantifier before the people, but not
	// "To some extent".
	if n := x.word(head.a + 1); viewerQuantifiers.has(x.word(head.a)) && x.words(head.a, head.b) <= 4 && (strings.HasSuffix(n, "s") || n == "in" || n == "of") {
		people = true
	}
	// A name, perhaps with a title or a description inside: "Ms. Gil", "Florida consultant
	// Wilson".
	named := x.toks[head.a].upper && x.toks[head.b-1].upper
	for p := head.a; p < head.b && named; p++ {
		named = !x.is(p, cFunction) && !x.is(p, cPreposition)
	}
	if !people && !named {
		return false
	}
	src := head
	if x.word(c+1) == "who" {
		// "To Sexton, who has studied the rallies, Tuesday marked a turning point."
		for c++; c < s.b && c < head.b+20 && x.word(c) != ","; c++ {
		}
		if x.word(c) != "," {
			return false
		}
		src.b = c
	}
	content := x.trimContent(rng{c + 1, x.clauseEnd(s, c+1)})
	if content.empty() || x.words(content.a, content.b) < 3 {
		return false
	}
	x.add(draft{src: src, cue: rng{k, k + 1}, content: []rng{content}, class: CueBelieve, inherit: -1})
	return true
}

// viewNouns name what a view is held or put in: "in his view", "in the eyes of voters".
var viewNouns = wordSetOf([]string{"view", "opinion", "eyes", "mind", "minds", "words", "estimation", "judgment", "judgement"})

// inView handles a view given with "in" and its holder: "In his view, the plan will fail",
// "The tax, in Professor Lee's view, would help", "in the eyes of most voters". The holder
// is the source and the phrase the cue; the rest of the clause is the content, in two
// pieces when the phrase stands inside it.
func (x *extractor) inView(s rng, k int) bool {
	var src, cue rng
	j := k + 1
	switch w := x.word(j); {
	case w == "the" && viewNouns.has(x.word(j+1)) && x.word(j+2) == "of":
		// "in the words of a senior adviser": the holder runs to the comma.
		src = x.npForward(s, j+3)
		if src.empty() {
			return false
		}
		cue = rng{k, j + 3}
	case possessivesSet.has(w) && w != "its" && w != "your":
		src = rng{j, j + 1}
		j++
	case x.isWord(j) && x.toks[j].upper:
		for j < s.b && j < k+6 && (x.toks[j].upper && x.isWord(j) || x.word(j) == "." && abbreviations.has(x.word(j-1))) {
			j++ // "Ms. Ortiz"
		}
		if a := x.word(j); a != "'s" && a != "’s" && a != "'" && a != "’" {
			return false
		}
		src = rng{k + 1, j}
		j++
	default:
		return false
	}
	if cue.empty() {
		if x.word(j) == "personal" || x.word(j) == "own" {
			j++
		}
		if !viewNouns.has(x.word(j)) {
			return false
		}
		cue = rng{k, j + 1} // the whole phrase, holder and all; viewNounStart keeps the noun for the claim
	}
	end := max(cue.b, src.b) // the phrase's end
	var content []rng
	switch {
	case x.opensSentence(s, k) && x.word(end) == ",":
		// "In his view, the plan will fail."
		content = []rng{x.trimContent(rng{end + 1, x.clauseEnd(s, end+1)})}
	case k > s.a && x.word(k-1) == "," && x.word(end) == ",":
		// "The tax, in his view, would help": the clause around the phrase.
		// The clause opens after a comma, "that" or a subordinator ("because, in Forbes'
		// words, ..."), or at a relative ("candidates who, in the eyes of most voters, ...").
		a := s.a
		for p := k - 2; p > s.a; p-- {
			w := x.word(p)
			if w == "who" || w == "which" {
				a = p
				break
			}
			if w == ";" || w == ":" || w == "," || isDash(w) || w == "that" || subordinatorsSet.has(w) {
				a = p + 1
				break
			}
		}
		after := x.trimContent(rng{end + 1, x.clauseEnd(s, end+1)})
		if after.empty() {
			return false
		}
		content = []rng{after}
		if before := x.trimContent(rng{a, k - 1}); !before.empty() {
			content = []rng{before, after}
		}
	default:
		return false
	}
	if content[0].empty() || x.words(content[0].a, content[len(content)-1].b) < 3 {
		return false
	}
	x.add(draft{src: src, cue: cue, content: content, class: CueBelieve, inherit: -1})
	return true
}

// evidenceShowing handles a record that shows its content, named right before "showing":
// "with polls showing Clinton ahead", "a new poll showing Trump's support down to 14
// percent". The record is the source. After any other word "showing" is mostly "showing up"
// or "showing his support", so it is not in the lexicon.
func (x *extractor) evidenceShowing(s rng, k int) bool {
	if x.toks[k].upper {
		return false
	}
	// "Recent polling is showing ...", "polls continue to show ...": the verb before the
	// participle goes with the cue, and the record before it is the source.
	head, cue := k, rng{k, k + 1}
	if w := x.word(k - 1); (w == "is" || w == "are" || w == "was" || w == "were") && k-2 >= s.a {
		head, cue.a = k-1, k-1
	}
	if p := x.word(head - 1); head <= s.a || !evidenceNouns.has(p) && !pollHeads.has(p) && !(p == "polling" && head < k) {
		return false
	}
	src := x.npBack(s, head, false)
	if src.empty() {
		return false
	}
	for p := src.b - 1; p > src.a; p-- {
		if x.is(p, cPreposition) && !x.toks[p].upper {
			src.a = p + 1 // "in the wake of a new poll showing" gives "a new poll"
			break
		}
	}
	if x.word(src.a-1) == "and" {
		return false // "his debate and polls showing a mash-up give him ...": a subject, not an aside
	}
	content := x.trimContent(rng{k + 1, x.clauseEnd(s, k+1)})
	if content.empty() || x.words(content.a, content.b) < 2 {
		return false
	}
	x.add(draft{src: src, cue: cue, content: []rng{content}, class: CueReport, inherit: -1})
	return true
}

// opensSentence reports whether token k opens sentence s, perhaps after a conjunction.
func (x *extractor) opensSentence(s rng, k int) bool {
	for p := s.a; p < k; p++ {
		if w := x.word(p); !leadingConjunctions.has(w) && w != "," {
			return false
		}
	}
	return true
}

func (x *extractor) quoteOpenAt(k int) (int, bool) {
	if uint(k) >= uint(len(x.openAt)) || x.openAt[k] < 0 {
		return -1, false
	}
	return int(x.openAt[k]), true
}

func (x *extractor) quoteCloseAt(k int) (int, bool) {
	if uint(k) >= uint(len(x.closeAt)) || x.closeAt[k] < 0 {
		return -1, false
	}
	return int(x.closeAt[k]), true
}

func (x *extractor) isOpenQuote(k int) bool {
	_, ok := x.quoteOpenAt(k)
	return ok
}

func (x *extractor) isCloseQuote(k int) bool {
	_, ok := x.quoteCloseAt(k)
	return ok
}

// negatedAux are negated auxiliaries that end a subject's run of words, not its mention.
var negatedAux = func() map[string]bool {
	straight := []string{"cannot", "doesn't", "don't", "didn't", "won't", "can't", "wouldn't", "couldn't", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "shouldn't"}
	words := make([]string, 0, 2*len(straight))
	for _, w := range straight {
		words = append(words, w, strings.ReplaceAll(w, "'", "’")) // the curly apostrophe most articles use
	}
	return setOf(words)
}()

// verbalSource reports whether mention r opens with a participle or gerund rather than a
// noun: "Having announced ...", "including one".
func (x *extractor) verbalSource(r rng) bool {
	if r.empty() || !x.isWord(r.a) {
		return false
	}
	w := x.word(r.a)
	if w == "including" || w == "having" || w == "being" {
		return true
	}
	// "issued a statement", "repeated his", "addressed": a verb and its object, not a mention;
	// so is "slamming his", "selling his stake".
	n := x.word(r.a + 1)
	object := isDeterminer(n) || n == "his" || n == "her" || n == "their" || n == "its" || n == "some"
	if !x.toks[r.a].upper && (r.b-r.a > 1 && object || r.b-r.a == 1) && strings.HasSuffix(w, "ing") && len(w) > 5 && !ingNouns.has(w) {
		return true // and "ignoring refusing to answer": a gerund alone
	}
	if x.toks[r.a].upper || !x.verbLike(r.a) && !irregularPastSet.has(w) {
		return false
	}
	if r.b-r.a == 1 && evidenceNouns.has(w) && r.a > 0 && x.word(r.a-1) == "," {
		return false // "..., reports suggest.", "..., estimates show.": the plural noun after the content's comma
	}
	return r.b-r.a == 1 || object
}

// nameBefore returns the name of two or more words that ends at end, with its title ("Sen.
// Elizabeth Warren"), when a lower-case word that is no function word stands right before
// it ("convention"), or noRng: "a source close to President Obama" has no such name.
func (x *extractor) nameBefore(s rng, end int) rng {
	a, words := end, 0
	for a-1 >= s.a {
		k := a - 1
		if x.isWord(k) && (x.toks[k].upper || x.is(k, cTitle)) {
			a, words = k, words+1
			continue
		}
		if x.word(k) == "." && k-1 >= s.a && x.isWord(k-1) && x.toks[k-1].upper && x.toks[k-1].End == x.toks[k].Start {
			a = k // "Sen.", "Gov."
			continue
		}
		break
	}
	if words < 2 || a-1 < s.a || !x.isWord(a-1) || x.toks[a-1].upper || x.is(a-1, cFunction) || x.is(a-1, cPreposition) || x.is(a-1, cNPGlue) {
		return noRng
	}
	return rng{a, end}
}

// opensAdverbial reports whether token k, a mention's first, opens an adverbial rather than
// a description of the speaker: a day, a time or a preposition ("Saturday at the convention",
// "night", "At the rally"); "A spokesman for ..." and "Research conducted for ..." do not.
func (x *extractor) opensAdverbial(k int) bool {
	w := x.word(k)
	return weekdaysSet.has(w) || timeNounSet.has(w) || prepositionsSet.has(w) || w == "yesterday" || w == "today" || w == "tonight"
}

// pronounSubject returns the subject of a mention that runs on into its clause, as in
// "she released a statement saying ..." or "On Monday she released ...", and r itself
// otherwise. A mention with a comma or a relative pronoun before the pronoun is left whole:
// "Elizabeth Arnold, 32, who said she planned to ...".
func (x *extractor) pronounSubject(r, cue rng) rng {
	if r.empty() || r.b-r.a < 2 || r.a >= cue.b {
		return r // but a source after its cue ("according to the document he released") stays
	}
	for k := r.a; k+1 < r.b; k++ {
		switch w := x.word(k); {
		case w == "," || w == "who" || w == "which" || w == "that" || w == "whom" || w == "whose":
			return r
		case subjectPronounsSet.has(w) && x.verbLike(k+1):
			return rng{k, k + 1}
		}
	}
	// "Schilling appeared on a show on WEEI radio and defended himself", "President Obama
	// released a statement condemning": a name and its verb, when the cue is a coordinated
	// verb or a participle. A mention right before its verb keeps its participle: "People
	// briefed on the situation say", "A teary-eyed Bush says".
	if r.b == cue.a && !strings.HasSuffix(x.word(cue.a), "ing") || isDeterminer(x.word(r.a)) {
		return r
	}
	k := r.a
	for k < r.b && x.isWord(k) && x.toks[k].upper {
		k++
	}
	if k > r.a && k+1 < r.b && x.verbLike(k) && !x.isSentenceStart(k) {
		return rng{r.a, k}
	}
	return r
}

// madeForms are the forms of "make" that take a noun of speech: "made the case that".
var madeForms = wordSetOf([]string{"made", "makes", "make", "making"})

// madeNouns are the nouns of speech that "make" turns into a cue, with their class: "made the
// point that", "made a case for", "made several statements about", "made no mention of".
var madeNouns = map[string]CueClass{
	"point": CueAssert, "case": CueAssert, "argument": CueAssert, "arguments": CueAssert,
	"statement": CueAssert, "statements": CueAssert, "comment": CueAssert, "comments": CueAssert,
	"remark": CueAssert, "remarks": CueAssert, "observation": CueAssert, "call": CueAssert,
	"plea": CueAssert, "appeal": CueAssert, "reference": CueAssert, "references": CueAssert,
	"mention": CueAssert, "commitment": CueAssert, "promise": CueAssert, "pledge": CueAssert,
	"prediction": CueAssert, "announcement": CueAssert, "suggestion": CueAssert, "secret": CueAssert,
	"claim": CueClaim, "claims": CueClaim, "allegation": CueAccuse, "allegations": CueAccuse,
	"accusation": CueAccuse, "accusations": CueAccuse, "charge": CueAccuse, "charges": CueAccuse,
}

// madeSpeech handles "make" with a noun of speech: "Gorka also made the point that ...",
// "Trump made conflicting statements about ...", "made a plea for ...". The cue runs from the
// verb to the noun and its preposition, as PolNeAR marks it ("made a case for"); the source is
// the verb's subject. Only a content that a preposition or "that" opens is taken: "made
// similar comments" names no content.
func (x *extractor) madeSpeech(s rng, k int) bool {
	n := -1
	for p := k + 1; p < s.b && p <= k+4; p++ {
		w := x.word(p)
		if !x.isWord(p) || x.toks[p].upper {
			return false
		}
		if _, ok := madeNouns[w]; ok {
			n = p
			break
		}
		if prepositionsSet.has(w) || w == "that" || x.finiteAt(p) || isCueForm(w) {
			return false
		}
	}
	if n < 0 || n+1 >= s.b {
		return false
	}
	switch w := x.word(n + 1); {
	case w == "that" && !x.finiteAt(n+2):
	case w == "about" || w == "on" || w == "for" || w == "of" || w == "against" || w == "to" && !x.finiteAt(n+2):
	default:
		return false
	}
	if w, prev, aux := x.word(k), x.word(k-1), x.skipBack(s, k) < k-1; w == "make" && !aux && pronounKind[prev] == "" && prev != "to" ||
		w == "making" && !aux {
		return false // "helped Atlantic City make the case for", "join Clinton making the case": no finite verb of the subject
	}
	src := x.sourceLeft(s, k)
	if src.empty() {
		return false
	}
	cue := rng{k, n + 1}
	sn := cueSense{madeNouns[x.word(n)], synVerb}
	content, ok := x.contentRight(s, cue, sn)
	if !ok || len(content) == 0 || content[0].empty() {
		return false
	}
	x.add(draft{src: src, cue: cue, content: content, class: sn.class, inherit: -1})
	return true
}

// criticismVerbs take the criticism that others aim at their subject: "The proposal has
// drawn harsh criticism", "Trump has faced criticism for ...", "Merkel's selection has already
// gotten criticism from German conservatives".
var criticismVerbs = wordSetOf([]string{"face", "faces", "faced", "facing", "draw", "draws", "drew", "drawn", "drawing", "attract", "attracts", "attracted", "attracting", "receive", "receives", "received", "receiving", "endure", "endures", "endured", "enduring", "get", "gets", "got", "gotten", "getting", "fielded"})

// drewCriticism handles criticism taken by its subject, at "criticism" (k): "The House bill
// has drawn criticism from some other quarters", "Cruz faced criticism for unreported loans".
// PolNeAR takes the verb with its adjectives and the noun for the cue, the critics after
// "from" for the source (none when they go unnamed), and the subject with the grounds after
// "for", "over" or "that" for the content, as for the passive "was criticized for"
// (passiveAccused).
func (x *extractor) drewCriticism(s rng, k int) bool {
	v := k - 1
	for v > s.a && v >= k-3 && !criticismVerbs.has(x.word(v)) {
		if w := x.word(v); !x.isWord(v) || x.toks[v].upper || x.is(v, cFunction) || prepositionsSet.has(w) || isCueForm(w) {
			return false // "the criticism of", "Trump's criticism": no verb that takes it
		}
		v--
	}
	if v <= s.a || !criticismVerbs.has(x.word(v)) || x.toks[v].upper || prepositionsSet.has(x.word(v-1)) || openingPreps.has(x.word(v-1)) {
		return false // but "despite facing criticism": the participle's subject is elsewhere
	}
	subj := x.sourceLeft(s, v)
	if subj.empty() {
		return false
	}
	src, at := noRng, k+1
	if w := x.word(at); (w == "even" || w == "both") && x.word(at+1) == "from" {
		at++ // "has faced criticism even from within his own party"
	}
	if x.word(at) == "from" {
		if src = x.npForward(s, at+1); src.empty() {
			return false
		}
		src.b = x.reasonCut(src)
		at = src.b
	}
	content := []rng{subj}
	if w := x.word(at); w == "for" || w == "over" || w == "on" || w == "that" {
		if r := x.trimContent(rng{at, x.clauseEnd(s, at)}); !r.empty() {
			content = append(content, r)
		}
	}
	x.add(draft{src: src, cue: rng{v, k + 1}, content: content, class: CueAccuse, inherit: -1})
	return true
}

// reasonCut returns where the critics named after "from" end: before a "for" or "over" that
// gives the criticism's grounds, which the noun phrase would otherwise take in ("drew
// criticism from fans for its prices"); src.b when there is none.
func (x *extractor) reasonCut(src rng) int {
	for k := src.a + 1; k < src.b; k++ {
		if w := x.word(k); w == "for" || w == "over" {
			return k
		}
	}
	return src.b
}
