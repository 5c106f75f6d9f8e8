package compare

import (
	"strings"
	"unicode/utf8"

	"claimdiff/claims"
)

// liar is a person a claim's content says lied: the subject of a verb of lying ("Fields had
// fabricated the story", "Moore made it up", "she lied to me") or the owner of an account
// called made up ("Fields's story was made up").
type liar struct {
	name  string // the name as written ("Fields", "Michelle Fields"); for "he" or "she", the speaker it stands for once resolved (see resolveLiar)
	at    int    // where the name (or pronoun) starts in the document
	words string // the words from the name to the verb and its object: "Fields had fabricated the story"
	verb  string // the verb of lying: "lied", "fabricated", "made up"
}

// lieAux are the auxiliaries and adverbs that may stand between a liar and the verb: "had
// simply lied", "has been lying", "must have made it up".
var lieAux = setOf(strings.Fields(`had has have was is were are been be may might must would
could should will just simply deliberately knowingly repeatedly clearly obviously also then
again outright blatantly flatly openly probably likely perhaps completely totally`))

// beWords make "lying" a verb of lying ("is lying") and "fabricated" a passive ("was
// fabricated", no liar's deed).
var beWords = setOf(strings.Fields(`was is were are been be`))

// madeUpObjects open what one makes up between "made" and "up": "made it up", "made the
// story up".
var madeUpObjects = setOf(strings.Fields(`it this that everything stuff things the a an his her their these those such`))

// madeUpThings are what one makes up, named without a determiner: "made up stories".
var madeUpThings = setOf(strings.Fields(`it this that everything stuff things stories facts lies quotes numbers`))

// lyingPlaces follow "lying" when it is no lie: "lying on the floor", "lying in state".
var lyingPlaces = setOf(strings.Fields(`on in down under at near beside dead low face flat around there here still awake back next across`))

// liarIn finds the liar of a content: its tokens and their lower-cased words. The verbs are
// "lied", "lying" after a form of "be", "lies about" or "lies to", "fabricated" or
// "concocted" (not passive), "made up" ("made it up", "made the story up", "made up the
// story"; not "made up a fifth of the vote" nor "kissed and made up"); a negation between
// the liar and the verb ("had not lied") says the opposite, and "whether" or "if" before the
// liar asks.
func liarIn(toks []token, words []string) liar {
	for k, w := range words {
		end, verb := lieVerbEnd(toks, words, k)
		if end < 0 {
			continue
		}
		j, be, ok := lieSubject(toks, words, k)
		if !ok {
			continue
		}
		bare := verb == "made up" && end == k+2 && (end == len(words) || toks[end-1].punctAfter)
		if w == "lying" && !be || (w == "fabricated" || w == "concocted" || w == "made") && be && !accountWords[words[j]] || bare && !be {
			continue // "lying on the floor", "the story was fabricated" (by whom?), "kissed and made up"
		}
		a, name := liarName(toks, words, j)
		if name == "" || a > 0 && (words[a-1] == "whether" || words[a-1] == "if") {
			continue
		}
		return liar{name: name, at: toks[a].start, words: wordsBetween(toks, a, objectEnd(toks, words, end)), verb: verb}
	}
	return liar{}
}

// lieVerbEnd returns the end (exclusive token index) of a verb of lying that starts at token
// k, and its name; -1 when none starts there.
func lieVerbEnd(toks []token, words []string, k int) (int, string) {
	next := func(n int) string {
		if k+n < len(words) && !toks[k+n-1].punctAfter {
			return words[k+n]
		}
		return ""
	}
	switch words[k] {
	case "lied":
		return k + 1, "lied"
	case "lying":
		if n := next(1); lyingPlaces[n] {
			return -1, ""
		}
		return k + 1, "lying"
	case "lies":
		if k > 0 && toks[k-1].poss || next(1) == "about" || next(1) == "to" {
			return k + 1, "lies"
		}
	case "fabricated", "concocted":
		return k + 1, words[k]
	case "made", "making": // not "make it up to them", which makes amends
		if n := next(1); n == "up" {
			// "made up the story", "made it up" ... but "made up a fifth of the vote".
			if o := next(2); o == "" || madeUpThings[o] || accountWords[o] || determiners[o] && accountWords[next(3)] {
				return k + 2, "made up"
			}
			return -1, ""
		}
		for n := 1; n <= 3; n++ {
			o := next(n)
			if o == "" || n == 1 && !madeUpObjects[o] {
				break
			}
			if o == "up" && n > 1 {
				return k + n + 1, "made up"
			}
		}
	}
	return -1, ""
}

// lieSubject returns the token before the verb of lying at k, auxiliaries and adverbs
// skipped ("had simply lied"), and whether a form of "be" stood among them; ok is false when
// a negation or a punctuation mark does, or nothing is before.
func lieSubject(toks []token, words []string, k int) (j int, be, ok bool) {
	j = k - 1
	for ; j >= 0; j-- {
		w := words[j]
		if toks[j].punctAfter && !toks[j].poss {
			return 0, false, false
		}
		if negWords[w] || strings.HasSuffix(w, "n't") {
			return 0, false, false
		}
		if !lieAux[w] {
			return j, be, true
		}
		be = be || beWords[w]
	}
	return 0, false, false
}

// liarName returns the first token and the words of the liar ending at token j: a
// capitalised name of up to three words, titles left out ("President Obama" is Obama), a
// pronoun for a person ("she"), or the possessive name before a word for an account
// ("Fields's story"); "" when there is none.
func liarName(toks []token, words []string, j int) (int, string) {
	if accountWords[words[j]] && j > 0 && toks[j-1].poss {
		j-- // "Fields's story was made up"
	} else if toks[j].poss && words[j+1] != "lies" {
		return 0, ""
	}
	if words[j] == "he" || words[j] == "she" {
		return j, words[j]
	}
	t := toks[j]
	if !capitalized(t.key) || stopwords[words[j]] || isTitle(t) || isPronoun(t.key) || determiners[words[j]] {
		return 0, ""
	}
	a := j
	for a > 0 && a > j-2 && capitalized(toks[a-1].key) && !toks[a-1].punctAfter && !toks[a-1].poss && !isTitle(toks[a-1]) && !stopwords[words[a-1]] {
		a--
	}
	parts := make([]string, 0, j-a+1)
	for _, t := range toks[a : j+1] {
		parts = append(parts, t.text)
	}
	return a, strings.Join(parts, " ")
}

// falseOwnerOf returns the person a content opens with, as the subject of its verb, when it
// calls claims of its own false: a word of falsity before a word for an account ("Nunberg
// was looking for publicity using categorically false claims", "Smith is spreading baseless
// accusations"). The claims are his, whoever else the content's event holds. "" when the
// content opens with no name (a pronoun, a possessive: "Smith's claims are false" names the
// account) or calls no claims false.
func falseOwnerOf(toks []token, words []string) string {
	j := 0
	for j+1 < len(toks) && j < 2 && capitalized(toks[j+1].key) && !toks[j].punctAfter {
		j++
	}
	if len(toks) < 3 || toks[j].poss || toks[j].punctAfter || isPronoun(toks[j].key) {
		return ""
	}
	for k := j + 1; k+1 < len(words); k++ {
		if p, at := findPhrase(words[k:min(k+4, len(words))], falsityPhrases); at == 0 && !rejectVerbs[p] {
			if n := k + len(strings.Fields(p)); n < len(words) && accountWords[words[n]] {
				_, name := liarName(toks, words, j)
				return name
			}
		}
	}
	return ""
}

// objectEnd returns the end of the object after the verb of lying that ends at token end,
// when it is a determiner and a word for an account ("fabricated the story"); else end.
func objectEnd(toks []token, words []string, end int) int {
	if end+1 < len(toks) && end > 0 && !toks[end-1].punctAfter && !toks[end].punctAfter && madeUpObjects[words[end]] && accountWords[words[end+1]] {
		return end + 2
	}
	return end
}

// wordsBetween returns the words of tokens a to end (exclusive) as one string.
func wordsBetween(toks []token, a, end int) string {
	parts := make([]string, 0, end-a)
	for _, t := range toks[a:end] {
		p := t.text
		if t.poss {
			p += "'s"
		}
		parts = append(parts, p)
	}
	return strings.Join(parts, " ")
}

// liarReach is how far before a pronoun, in bytes, the person it stands for may be named.
const liarReach = 1000

// resolveLiar gives a pronoun liar ("Perhaps she made the story up") the person it stands
// for: of the persons who speak in the document (its claims cs) but the claim's speaker and
// the person he speaks for (own), the one whose surname the text names last before the
// pronoun, within liarReach bytes, whose gender agrees: the gender his name tells
// ("Michelle Fields"), else a pronoun for him as a speaker ("Fields said ... she told"), else
// the text (see [textGender]). Another liar is returned as it is; a pronoun no
// such person answers has no liar.
func resolveLiar(ds *docSides, cs []cueClaim, own map[string]bool, l liar) liar {
	if l.name != "he" && l.name != "she" {
		return l
	}
	gender := map[string]string{} // person -> "he" or "she", from the pronouns that name him
	var persons []string
	for _, cl := range cs {
		if cl.person == "" || own[cl.person] {
			continue
		}
		p := strings.ToLower(cl.mention)
		switch claims.NameGender(cl.name) {
		case 'f':
			p = "she"
		case 'm':
			p = "he"
		}
		if p == "he" || p == "she" {
			if g, ok := gender[cl.person]; ok && g != p {
				gender[cl.person] = "?"
			} else {
				gender[cl.person] = p
			}
		}
		if !contains(persons, cl.person) {
			persons = append(persons, cl.person)
		}
	}
	best, bestAt := "", -1
	for _, p := range persons {
		g := gender[p]
		if g == "" {
			g = ds.textGender(lastWord(p))
		}
		if g != l.name {
			continue // of the other gender, or of none known
		}
		if at := lastWordIn(ds.text, lastWord(p), max(0, l.at-liarReach), l.at); at > bestAt {
			best, bestAt = p, at
		}
	}
	if best == "" {
		return liar{}
	}
	l.name = best
	return l
}

// textGender returns the gender the text gives the person of a surname (see [textGender]),
// found once a document.
func (d *docSides) textGender(surname string) string {
	if g, ok := d.genders[surname]; ok {
		return g
	}
	if d.genders == nil {
		d.genders = map[string]string{}
	}
	g := textGender(d.words, surname)
	d.genders[surname] = g
	return g
}

// textGender returns the gender the text of x gives the person of a surname, "he" or "she": the
// pronoun that most often comes first within the three words after the name ("Clinton and
// her aides"); "" when none does or as many say either.
func textGender(x *textWords, surname string) string {
	text := x.text
	votes := 0
	for _, k := range x.wordStarts(surname) {
		at := k + len(surname)
		if at < len(text) && isWordByteAt(text, at) {
			continue
		}
		w3 := strings.Fields(text[at:min(len(text), at+40)])
		for _, w := range w3[:min(3, len(w3))] {
			w = strings.ToLower(strings.Trim(w, ".,;:\"'“”‘’()"))
			if w == "she" || w == "her" || w == "hers" || w == "herself" {
				votes--
				break
			}
			if w == "he" || w == "his" || w == "him" || w == "himself" {
				votes++
				break
			}
		}
	}
	switch {
	case votes > 0:
		return "he"
	case votes < 0:
		return "she"
	}
	return ""
}

// cueClaim is what resolveLiar needs of a claim of the document: its speaker, a person, the
// name the resolver gave him (his gender may show in it: "Hillary Clinton"), and the mention.
type cueClaim struct{ person, name, mention string }

// lastWordIn returns where the last whole-word occurrence of w in text between offsets
// start and end starts, or -1: the search reads no further back than start, so that a name
// looked for before each pronoun of a long document costs no walk to its start.
func lastWordIn(text, w string, start, end int) int {
	if w == "" {
		return -1
	}
	for end > start {
		k := strings.LastIndex(text[start:end], w)
		if k < 0 {
			return -1
		}
		k += start
		if (k == 0 || !isWordByteAt(text, k-1) && !isWordBefore(text, k)) && (k+len(w) == len(text) || !isWordByteAt(text, k+len(w))) {
			return k
		}
		end = k
	}
	return -1
}

// isWordBefore reports whether a letter or digit ends right before offset k.
func isWordBefore(text string, k int) bool {
	r, _ := utf8.DecodeLastRuneInString(text[:k])
	return isWordRune(r)
}

// liars makes a statement of a side that says a person of its document lied ("Trump told
// CNN that he believed Fields had fabricated the story"; see [liarIn]) reject that person's
// account, as "rejected Fields's claims" would: the person is one who speaks in the same
// document, not the speaker nor the one he speaks for, and the only one of that surname
// there. (Said by no side, "officials said ... he lied to the FBI" tells what a court found,
// not one side's word against another's.) A denial's
// cue ("denied that Smith lied") defends the person and is left alone. A statement that
// names the person's account already ("Lindqvist's story was made up") only takes the verb
// as its word of falsity.
func (c *Corpus) liars() {
	for _, s := range c.stmts {
		if s.liarSet {
			s.f.targetP, s.f.ref, s.liarSet = "", "", false
		}
		if s.liarFalsity {
			s.f.falsity, s.liarFalsity = "", false
		}
	}
	for i, s := range c.stmts {
		l := s.f.lied
		if l.name == "" || s.actor == "" || s.side == "" || s.f.target != "" || denialCue(s.claim.Cue.Text) {
			continue
		}
		if s.f.targetP != "" {
			// "Lindqvist's story was made up": the account named, called made up.
			if s.f.falsity == "" && lastWord(s.f.targetP) == lastWord(l.name) {
				s.f.falsity, s.liarFalsity = l.verb, true
			}
			continue
		}
		p := c.liarActor(i, l.name)
		if p == "" {
			continue
		}
		s.f.targetP, s.f.ref, s.liarSet = p, l.words, true
		if s.f.falsity == "" {
			s.f.falsity, s.liarFalsity = l.verb, true
		}
	}
}

// liarActor returns the actor of statement i's document that name names: the one person
// who speaks there whose name there ends in name's last word and holds all its words (or
// whose name holds all of name's: "Clinton"), when he is
// neither the speaker of i nor the one the speaker speaks for; "" otherwise.
func (c *Corpus) liarActor(i int, name string) string {
	s := c.stmts[i]
	found := ""
	for _, o := range c.docStmts(i) {
		if o.actor == "" || o.src.person == "" || lastWord(o.src.person) != lastWord(name) || !sameName(o.src.person, name) && !sameName(o.actor, name) {
			continue
		}
		if found != "" && found != o.actor {
			return "" // two persons of that name
		}
		found = o.actor
	}
	if found == s.actor || found == s.principal {
		return ""
	}
	return found
}

// sameName reports whether one of two names holds all the words of the other.
func sameName(a, b string) bool { return containsWords(a, b) || containsWords(b, a) }

// docStmts returns the statements of statement i's document: corpus order keeps a
// document's together.
func (c *Corpus) docStmts(i int) []*stmt {
	a, b := i, i
	for a > 0 && c.stmts[a-1].doc == c.stmts[i].doc {
		a--
	}
	for b+1 < len(c.stmts) && c.stmts[b+1].doc == c.stmts[i].doc {
		b++
	}
	return c.stmts[a : b+1]
}

// denialCue reports whether a cue denies or rejects: "denied", "rejected", "dismissed".
func denialCue(cue string) bool {
	for _, w := range strings.Fields(strings.ToLower(cue)) {
		for _, p := range []string{"deni", "deny", "reject", "dismiss", "refut", "disput"} {
			if strings.HasPrefix(w, p) {
				return true
			}
		}
	}
	return false
}
