package claims

// Passes over all drafts of a document once the sentences are read: sorting, cutting contents
// at later claims, ending relative clauses, folding parentheticals.

import (
	"sort"
	"strings"
)

// sortDrafts puts the drafts in cue order, keeping the inherit indexes right.
func (x *extractor) sortDrafts() {
	idx := make([]int, len(x.drafts))
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(i, j int) bool { return x.drafts[idx[i]].cue.a < x.drafts[idx[j]].cue.a })
	pos := make([]int, len(idx))
	sorted := make([]draft, len(idx))
	for newi, old := range idx {
		pos[old] = newi
		sorted[newi] = x.drafts[old]
	}
	for i := range sorted {
		if sorted[i].inherit >= 0 {
			sorted[i].inherit = pos[sorted[i].inherit]
		}
	}
	x.drafts = sorted
}

// soonWords say how soon one event follows another: "shortly after", "right after".
var soonWords = wordSetOf([]string{"shortly", "soon", "right", "just", "immediately", "long", "quickly"})

// cutAtLaterClaims ends a content where another claim begins after a comma, a dash or an
// opening bracket inside it:
// "reportedly covered trade, and it is believed that ..." gives two claims, not one holding
// the other. Claims nested without a comma ("the report said ... Khan's claim that") stay.
func (x *extractor) cutAtLaterClaims() {
	for i := range x.drafts {
		d := &x.drafts[i]
		last := &d.content[len(d.content)-1]
		// Only claims whose cue lies in or just after this content can start inside it.
		lo := sort.Search(len(x.drafts), func(j int) bool { return x.drafts[j].cue.a > last.a })
		for j := lo; j < len(x.drafts) && x.drafts[j].cue.a < last.b+40; j++ {
			if i == j {
				continue
			}
			o := x.drafts[j]
			t := o.cue.a
			// The other claim's source holds this claim: "Mr. Scott, who has called the
			// comments toxic, portrayed ...", "women who accused Clinton of assault said".
			holds := !o.src.empty() && o.src.a <= d.cue.a && d.cue.a < o.src.b
			// The other claim's source ends in this content before its cue, after it: the
			// record this claim names speaks ("mentioned a report by Judicial Watch, a
			// website, stating ..."), and this content keeps it.
			named := !o.src.empty() && o.src.b <= last.b && o.cue.a > last.b && x.authoredRecord(x.sentOf(t), x.skipBack(x.sentOf(t), t)) == o.src
			if !o.src.empty() && o.src.a < t && o.inherit < 0 && !holds && !named {
				t = o.src.a // the other claim's source starts it
			}
			if a := o.content[0].a; a > last.a+1 && a < last.b && o.cue.a >= last.b && x.dashAfterClaim(x.sentOf(a), a-1) {
				// "suggested that the plan was unserious - “...,” she said": the quote after
				// the dash is the trailing attribution's (see trailing).
				if r := x.trimContent(rng{last.a, a - 1}); !r.empty() {
					*last = r
					d.kind = x.kindOf(d.content)
				}
				continue
			}
			if t <= last.a || t >= last.b || o.cue.a < d.cue.a || o.content[0].a < t {
				continue // not inside, or a parenthetical sharing this content ("..., he stressed, ...")
			}
			if holds {
				// This claim's content ends where the other's cue, with its auxiliaries and
				// adverbs, begins, comma or not.
				if r := x.trimContent(rng{last.a, x.skipBack(x.sentOf(o.cue.a), t) + 1}); !r.empty() {
					*last = r
				}
				continue
			}
			c := t - 1
			conj := false
			if w := x.word(c); w == "and" || w == "but" {
				c, conj = c-1, true
			}
			contrast := false
			if w := x.word(c); !conj && (w == "while" || w == "whereas") {
				// A contrast with another speaker's claim, comma or not: "more than half of
				// white women preferred Clinton while most white men supported Sanders" (on
				// the training split 2 more claims right, none lost).
				c, contrast = c-1, true
			} else if p := x.word(c - 1); !conj && w == "after" && !x.is(c-1, cTimeNounForm) && !soonWords.has(p) {
				// So is a time clause with its own speaker: "the lawmaker is calling for Trump
				// to be banned after the candidate suggested that ..."; not "hours after",
				// "shortly after", which time the content's own event (on the training split 9
				// more claims right for 9 more predicted).
				c, contrast = c-1, true
			}
			switch {
			case x.word(c) == "," && x.relativeAside(*d, o, last.b):
				continue // "reported that Trump, who said he was tired, would leave early": an aside
			case x.word(c) == "," && x.openingAdverbialOfThat(*last, c):
				continue // "said that at the conference, all the agents agreed to ...": its main clause
			case x.word(c) == ",":
			case contrast:
				c++ // cut at "while"
			case !conj && x.word(c) == "(":
				// A claim in brackets is an aside with its own speaker: "historians recognize
				// this calamity for what it is (Lemkin, who coined the word, once said, ...)".
			case !conj && x.isCloseQuote(c) && x.word(c-1) == ",":
				c++ // the comma inside the closing mark: "claimed that “the rules were broken,” a lawyer said ..."
			case !conj && x.dashAt(c):
				// A dash ends the content as a comma does: "some friends say he would look
				// zippier - an old favorite - others say he has never been healthier" (on the
				// training split 12 more claims right, 2 wrong).
			case conj:
				c++ // "calling it “disqualifying” and asserting that ...": cut at "and"
			default:
				continue
			}
			if c > last.a {
				if r := x.trimContent(rng{last.a, c}); !r.empty() {
					*last = r
				}
			}
		}
	}
}

// nameGivingSet are participles that name a thing when they follow its noun directly: "a group
// called Black Votes Matter", "a column titled ...".
// nameCalls are the forms of "call" and its kin that name: "called Cruz the “ultimate hypocrite,”".
var nameCalls = wordSetOf([]string{"call", "calls", "called", "calling", "dubbed", "dubs", "labeled", "labels", "branded", "brands", "branding"})

// cutAfterName ends the content of a naming verb at the end of the first double quote in it
// when the writer's words follow: a participle, a name or "on", "in", "during" ("called Cruz
// the “ultimate hypocrite,” linking to a story", "called Palin a “clown” on his radio show");
// but "a “rush to judgment,” because ..." goes on.
func (x *extractor) cutAfterName(r rng) rng {
	for k := r.a; k < r.b; k++ {
		if qi, ok := x.quoteOpenAt(k); ok {
			q := x.quotes[qi]
			if q.single || q.close+1 >= r.b {
				return r
			}
			n := q.close + 1
			if x.word(n) == "," {
				n++
			}
			nw := x.word(n)
			ing := x.isWord(n) && !x.toks[n].upper && strings.HasSuffix(nw, "ing") && len(nw) > 5
			up := x.isWord(n) && x.toks[n].upper
			if ing || up || nw == "on" || nw == "in" || nw == "during" {
				return rng{r.a, q.close + 1}
			}
			return r
		}
	}
	return r
}

var nameGivingSet = wordSetOf([]string{"called", "named", "titled", "entitled", "dubbed", "nicknamed", "labeled", "labelled"})

// naming reports whether d's cue is a participle naming the thing its source ends with, as in
// "a super PAC called Future45" or "a faux thriller titled ...": the source ends right before
// the cue in a lower-case noun (not a pronoun) that an indefinite article governs, and a name
// or a title follows ("a competition called the House to Home Prize", "a mall and spa called
// Bulgari Tower", "another called i360"); a person so governed is named ("a resident named
// Caroline") but calls someone something ("A spokesman called Trump “a liar”"). With an
// adverb or "not" before the participle the head may take any determiner or none: "the
// procedure sometimes called partial-birth abortion", "candidates not named Obama".
// "Trump called Haley ...", "what one conservative has dubbed ..." and "who he dubbed ..."
// stay claims. It also reports phrasal uses that say nothing: "called off", "called to mind".
func (x *extractor) naming(d draft) bool {
	c := d.cue.b - 1
	if d.cue.b <= d.cue.a || !nameGivingSet.has(x.word(c)) {
		return false
	}
	if w := x.word(c); d.cue.b == d.cue.a+1 && w == "called" && (x.word(c+1) == "off" || x.word(c+1) == "to" && x.word(c+2) == "mind") {
		return true
	}
	head, modified := c-1, false
	if namingModifiers.has(x.word(head)) && !x.toks[head].upper {
		head, modified = head-1, true // "sometimes called", "not named"
	}
	if d.cue.a < head || d.src.empty() || d.src.b != head+1 {
		return false // the noun named ends the mention: not "He has also called ..."
	}
	if personNounsSet.has(strings.TrimSuffix(x.word(head), "s")) && !namesPeopleSet.has(x.word(c)) {
		return false // "A spokesman called Trump “a liar”": a speaker's words
	}
	if a := x.word(d.src.a); !modified && (a == "a" || a == "an" || a == "another") && (x.isWord(c+1) && x.toks[c+1].upper || x.isOpenQuote(c+1)) {
		// A noun phrase that an indefinite article opens, then a name or a title: "a super
		// PAC called Future45 ran ads", "a collection from the cartoonist called “Yuge!”".
		return true
	}
	if !x.isWord(head) || x.toks[head].upper || pronounKind[x.word(head)] != "" && x.word(head) != "another" {
		return false
	}
	k := c + 1
	if w := x.word(k); w == "this" || w == "these" || w == "those" || w == "that" || pronounKind[w] != "" {
		return false // "A spokeswoman called the report “misleading”": a name takes no "the"
	}
	if x.word(k) == "the" && x.isWord(k+1) && x.toks[k+1].upper {
		k++ // "a movement called the Ethiopian People's Revolutionary Party"
	}
	if !x.isWord(k) && !x.isOpenQuote(k) || isDeterminer(x.word(k)) {
		return false
	}
	if modified {
		return true
	}
	if x.word(head) == "another" {
		return head == d.src.a // "and another called i360"
	}
	if x.isWord(k) && !x.toks[k].upper {
		return false
	}
	for p := head - 1; p >= 0 && p >= head-6; p-- {
		switch w := x.word(p); {
		case w == "a" || w == "an" || w == "another":
			return true
		case w == "and" || w == "of":
			continue // "a mall and spa called ...", "another of a move called ..."
		case !x.isWord(p) || x.is(p, cFunction):
			return false
		}
	}
	return false
}

// namingModifiers stand between a noun and the participle that names it: "sometimes called",
// "not named".
var namingModifiers = wordSetOf([]string{"sometimes", "often", "commonly", "widely", "popularly", "also", "now", "formerly", "once", "originally", "officially", "informally", "typically", "usually", "aptly", "not"})

// namesPeopleSet are the naming participles that name a person after a noun of persons: "a
// resident named Caroline" (but "a spokesman called Trump ...").
var namesPeopleSet = wordSetOf([]string{"named", "nicknamed"})

// relativeSource reports whether d's source is a lone relative pronoun: "who said ...".
func (x *extractor) relativeSource(d draft) bool {
	return !d.src.empty() && d.src.b == d.src.a+1 && d.src.b <= d.cue.a && x.pronounOfRelative(d.src)
}

// mainVerbAfterObject returns where the main clause's verb follows the noun phrase that is
// the content of a claim made in a relative clause, or 0: "those who preferred legal status
// outnumbered ...", "the voters who rejected the senator and handed his rival ...". Only for a
// cue that takes a noun phrase and never a clause, whose content can hold no verb of its own
// ("who said he would ..." keeps its clause); a reduced relative inside the noun phrase
// ("comments Trump made") or another clause stops the search.
func (x *extractor) mainVerbAfterObject(d draft, r rng) int {
	if !x.isWord(r.a) || x.word(r.a-1) == "that" || x.word(r.a) == "to" || x.finiteAt(r.a) || whWord.has(x.word(r.a)) {
		return 0 // a clause: "that discussed how many of the planned features were dropped"
	}
	// Only a cue that takes a noun phrase, never a clause: "favor", "preferred", not "said".
	for _, sn := range cueSensesOf(x.word(d.cue.a)) {
		if sn.syn != synObject {
			return 0
		}
	}
	for k := r.a + 1; k < r.b && k < r.a+12; k++ {
		if !x.isWord(k) {
			return 0 // a comma, a quote: the other rules' business
		}
		w := x.word(k)
		v := k
		if isLyAdverb(w) || w == "still" || w == "also" || w == "now" || w == "only" {
			v++
		}
		if v == len(x.toks) {
			return 0 // an adverb ends the text: no verb follows it
		}
		if subordinatorsSet.has(w) || whWord.has(w) || subjectPronounsSet.has(w) || w == "that" || x.toks[k].upper && x.verbLike(k+1) {
			return 0 // another clause, or a reduced relative: "comments Trump made"
		}
		vw := x.word(v)
		if v > k && npDeterminersSet.has(x.word(k-1)) {
			k = v // "to a newly purchased model": an adverb and a participle, the noun's
			continue
		}
		if x.toks[v].upper || npDeterminersSet.has(x.word(v-1)) || x.is(v-1, cPreposition) || x.word(v+1) == "by" {
			continue
		}
		if x.verbLike(v) || auxiliariesSet.has(vw) || negatedAux[vw] || beFormsSet.has(vw) && vw != "'s" && vw != "be" && vw != "being" && vw != "been" {
			if p := x.word(k - 1); p == "and" || p == "but" || p == "or" {
				return k - 1 // "rejected the socialist and handed Clinton ...": the source's own predicate
			}
			return k
		}
	}
	return 0
}

// clauseSubjectAt reports whether mention src is a subject pronoun opening content r,
// after its "that" or not: "voters who said they preferred an outsider backed him" nests
// "they preferred" in the saying; the main clause resumes at no pronoun in the subject case.
func (x *extractor) clauseSubjectAt(r, src rng) bool {
	a := r.a
	if x.word(a) == "that" {
		a++
	}
	return src.a == a && src.b == a+1 && clausePronouns.has(x.word(a))
}

// clausePronouns are the pronouns that can only be a subject: an object is "him", "them".
var clausePronouns = wordSetOf([]string{"he", "she", "they", "we", "i"})

// endRelativeClauses ends the content of a claim made in a relative clause where the main
// clause resumes, which the content would otherwise run into:
//
//   - "Three women who accused Bill Clinton of rape said Sunday that ...": a later claim whose
//     source lies inside the content; that claim's source becomes the antecedent with its
//     relative clause ("Three women who accused Bill Clinton of rape");
//   - "The senator, who called global warming a hoax, could be the next chairman": a comma
//     and then an auxiliary or a form of be, outside quotation marks.
func (x *extractor) endRelativeClauses() {
	n := len(x.drafts)
	var cueAt map[int]bool // the cues' first tokens, made when first needed
	for i := range n {
		d := &x.drafts[i]
		if !x.relativeSource(*d) {
			continue
		}
		last := &d.content[len(d.content)-1]
		for j := i + 1; j < len(x.drafts); j++ {
			o := &x.drafts[j]
			if o.cue.a >= last.b {
				break
			}
			if o.src.empty() || o.src.a <= d.cue.a || o.src.b > o.cue.a || o.inherit >= 0 || x.clauseSubjectAt(*last, o.src) {
				continue
			}
			if w := x.word(o.src.b); w == "'s" || o.src.b == o.src.a+1 && (x.word(o.src.a) == "his" || x.word(o.src.a) == "her" || x.word(o.src.a) == "their" || x.word(o.src.a) == "its") {
				continue // "... with North Korea's claim that": a possessor, not the main clause's subject
			}
			end := x.skipBack(x.sentOf(o.cue.a), o.cue.a) + 1
			r := x.trimContent(rng{last.a, end})
			p := d.src.a - 1
			if x.word(p) == "," {
				p--
			}
			ante := x.npBack(x.sentOf(d.src.a), p+1, true)
			if r.empty() || ante.empty() || x.word(ante.b) == "," {
				break // "Jane Smith, who ..., said": the comma form keeps its own source
			}
			*last = r
			o.src = rng{ante.a, r.b}
			break
		}
		if v := x.mainVerbAfterObject(*d, *last); v > 0 {
			if r := x.trimContent(rng{last.a, v}); !r.empty() {
				*last = r
				continue
			}
		}
		if v := x.infinitiveRunsOn(*d, *last); v > 0 {
			if r := x.trimContent(rng{last.a, v}); !r.empty() {
				*last = r
				continue
			}
		}
		if w := x.word(d.src.a - 1); isDash(w) || w == "-" {
			// "Trump - who previously said he would bomb the oil fields - said ...": the
			// relative clause ends at the dash that closes its aside.
			for k := last.a + 1; k < last.b; k++ {
				if x.word(k) == w && !x.inQuote[k] {
					if r := x.trimContent(rng{last.a, k}); !r.empty() {
						*last = r
					}
					break
				}
			}
		}
		k, v := x.relativeCloses(*d, *last)
		if k < 0 {
			continue
		}
		r := x.trimContent(rng{last.a, k})
		if v >= 0 {
			r = x.trimContent(rng{last.a, k + 1})
		}
		if r.empty() {
			continue
		}
		*last = r
		if v < 0 {
			continue
		}
		if cueAt == nil {
			cueAt = make(map[int]bool, len(x.drafts))
			for _, o := range x.drafts {
				cueAt[o.cue.a] = true
			}
		}
		if !cueAt[v] {
			cueAt[v] = true
			x.mainClauseSaid(*d, v)
		}
	}
	if len(x.drafts) > n {
		x.sortDrafts()
	}
}

// openingAdverbialOfThat reports whether content r is a that-clause whose opening adverbial,
// a preposition's phrase ("that at the company's annual conference"), ends at the comma at c,
// no verb before it: what follows the comma is the clause's own subject and predicate, not
// another speaker's claim after the writer's ("Stacey McVey said that at the conference, all
// the agents agreed to pitch in" is McVey's whole).
func (x *extractor) openingAdverbialOfThat(r rng, c int) bool {
	a := r.a
	if x.word(a) == "that" {
		a++
	} else if x.word(a-1) != "that" {
		return false
	}
	return a < c && x.is(a, cPreposition) && !x.toks[a].upper && !x.finiteIn(a, c)
}

// relativeAside reports whether claim o is made in a relative clause set off by commas
// ("who said he was tired") inside the content of claim d, which ends at end, the main
// clause's predicate resuming after the clause's first comma within that content: in "The
// paper reported that Trump, who said he was tired, would leave early", the paper's content is
// the whole clause, not "that Trump" (PolNeAR's annotators take it whole: "that the Cruz
// campaign’s announcement, which some have argued was ..., was an “insult” ..."). Only in d's
// own sentence, and only at the first comma: in "the narrative ..., which had suggested that
// Omar Gonzalez, 42, of Texas, had been taken into custody", the commas are the suggestion's.
func (x *extractor) relativeAside(d, o draft, end int) bool {
	if !x.relativeSource(o) || x.word(o.src.a-1) != "," || x.sentOf(d.cue.a) != x.sentOf(o.src.a) {
		return false
	}
	k, v := x.relativeCloses(o, rng{o.content[0].a, end})
	if v <= o.cue.a || v >= end {
		return false
	}
	for j := o.src.b; j < k; j++ {
		if x.word(j) == "," {
			return false
		}
	}
	return true
}

// relativeCloses returns the comma (or the closing quotation mark after one) at which the
// relative clause of claim d, whose content is last, closes, and the token after it where the
// main clause's predicate resumes: "The senator, who called global warming a hoax, could be
// the next chairman" gives the comma after "hoax" and "could". A list of speakers that goes
// on after the relative clause ("Carly Fiorina, who claimed that China was involved, and
// Donald Trump") gives its comma and -1; no such comma gives -1, -1.
func (x *extractor) relativeCloses(d draft, last rng) (int, int) {
	commas := 0
	for k := last.a; k+1 < last.b; k++ {
		if qi, ok := x.quoteOpenAt(k); ok {
			if q := x.quotes[qi]; q.close+1 < last.b && x.word(q.close-1) == "," {
				k = q.close // “sociopath,” said: the comma inside the closing mark
			} else {
				k = q.close
				continue
			}
		} else if x.word(k) != "," {
			continue
		}
		if a := last.a; (x.word(a) == "that" || x.word(a-1) == "that") && !x.finiteIn(a+1, k) {
			// "which had suggested that John Doe, 42, of Texas, had been arrested": the
			// reported clause has no verb yet, so the comma is inside it.
			continue
		}
		v := k + 1
		if commas++; commas == 1 && x.word(v) == "and" && x.isWord(v+1) && x.toks[v+1].upper && x.word(d.src.a-1) == "," && !x.asideInContent(v+1, last.b) {
			// "Carly Fiorina, who claimed that China was involved, and Donald Trump":
			// the list of speakers goes on after the relative clause.
			return k, -1
		}
		adverbs := false
		for v+1 < last.b && !x.toks[v].upper && (isLyAdverb(x.word(v)) || mainClauseAdverbs.has(x.word(v))) {
			v, adverbs = v+1, true // "Sanders, who said ..., ultimately did not show up", "..., later voted"
		}
		if w := x.word(v); (auxiliariesSet.has(w) || negatedAux[w] || beFormsSet.has(w) && w != "'s" || w == "said" || w == "says" || (adverbs || x.word(d.src.a-1) == "," && x.objectAfter(v+1)) && x.verbLike(v) || x.clauseOpensAt(v, last.b) || x.pastPredicateAfterAside(d, v)) && !x.toks[v].upper {
			return k, v
		}
	}
	return -1, -1
}

// pastPredicateAfterAside reports whether the word at v, after a comma inside the content of
// a claim made in a relative clause set off by a comma, is a verb in the past tense whose
// object is a plain noun phrase, the main clause's predicate resuming: "Obama, who welcomed
// world leaders to the White House for a working dinner, held private meetings earlier in
// the day" (the content had run on to the end of the sentence).
func (x *extractor) pastPredicateAfterAside(d draft, v int) bool {
	w := x.word(v)
	if x.word(d.src.a-1) != "," || x.toks[v].upper || !strings.HasSuffix(w, "ed") && !irregularPastSet.has(w) || !x.verbLike(v) {
		return false
	}
	n := x.word(v + 1)
	return x.isWord(v+1) && !x.toks[v+1].upper && !x.is(v+1, cFunction|cPreposition) && x.isWord(v+2) && !x.is(v+2, cFunction|cPreposition) && n != "and"
}

// endOpeningRelatives ends the content of each claim made inside a relative clause set off
// by a comma or a dash, whose content opens with the relative pronoun, where the clause
// closes and the main clause's predicate resumes: "India's labour laws, which the World Bank
// says are the most restrictive anywhere, make it hard to sack staff" ends at "anywhere";
// "The rock — which experts say may have disintegrated on impact — smashed through" at
// "impact".
func (x *extractor) endOpeningRelatives() {
	for i := range x.drafts {
		d := &x.drafts[i]
		if k := x.openingRelativeEnd(*d); k > 0 {
			last := &d.content[len(d.content)-1]
			if r := x.trimContent(rng{last.a, k}); !r.empty() {
				*last = r
			}
		}
	}
}

// openingRelativeEnd returns the comma or dash in draft d's last content piece, after its
// cue, that closes the relative clause its content opens with, when a predicate follows it
// (an auxiliary, a form of "be", a verb, or a word with an object: "make it hard"); 0
// otherwise. The relative pronoun follows a comma or a dash, and the closing mark matches.
func (x *extractor) openingRelativeEnd(d draft) int {
	rel := x.relativeBefore(d) // "which officials said will go ...": the pronoun before the source
	if first := d.content[0]; rel < 0 && first.a < d.cue.a {
		rel = first.a // "which is thought to have been taken ...": the pronoun opens the content
	}
	if w := x.word(rel); rel < 1 || w != "which" && w != "who" && w != "whom" || x.inQuote[rel] {
		return 0
	}
	last := d.content[len(d.content)-1]
	open := x.word(rel - 1)
	if open != "," && !isDash(open) && open != "-" {
		return 0
	}
	for k := max(last.a, d.cue.b); k+1 < last.b; k++ {
		if open == "," && x.word(k) == "," && x.isCloseQuote(k+1) && k+2 < last.b && x.predicateResumes(k+2, last.b) {
			return k + 2 // "whom the magazine describes as “the son of an oligarch,” peppers ...": the comma inside the closing mark
		}
		if x.inQuote[k] || x.word(k) != open && !(open != "," && (isDash(x.word(k)) || x.word(k) == "-")) {
			continue
		}
		if x.predicateResumes(k+1, last.b) {
			return k
		}
		if open == "," {
			return 0 // "which he said runs the risk of leaving voters, especially his supporters, ...": the clause goes on
		}
	}
	return 0
}

// predicateResumes reports whether the main clause's predicate opens at k, before end: an
// auxiliary, a form of "be", a past or speech verb, or a lower-case word with an object
// after it, after adverbs of the main clause ("later", "ultimately").
func (x *extractor) predicateResumes(k, end int) bool {
	for k+1 < end && !x.toks[k].upper && (isLyAdverb(x.word(k)) || mainClauseAdverbs.has(x.word(k))) {
		k++
	}
	w := x.word(k)
	if !x.isWord(k) || x.toks[k].upper || clauseLinks.has(w) || x.is(k, cFunction|cPreposition) && !auxiliariesSet.has(w) && !negatedAux[w] && !beFormsSet.has(w) {
		return false
	}
	return auxiliariesSet.has(w) || negatedAux[w] || beFormsSet.has(w) && w != "'s" && w != "be" && w != "been" && w != "being" || x.verbLike(k) || x.objectAfter(k+1) || x.word(k+1) == "it"
}

// clauseLinks join what follows them to the words before: no predicate opens with them
// ("..., and a dollop of ...", "..., around the second week of December").
var clauseLinks = wordSetOf([]string{"and", "or", "but", "nor", "around", "across", "after", "before", "since", "until", "during", "like", "including", "near", "beyond", "as"})

// clauseOpensAt reports whether a clause of its own, a subject with a determiner or a
// quantifier and its finite verb, opens at k before end: "Among those who want a change,
// most are planning to ...", "For Bondi, who had defended the ban, the shift in tone
// seemed ...". The relative clause before it ends at its comma.
func (x *extractor) clauseOpensAt(k, end int) bool {
	if w := x.word(k); !(isDeterminer(w) || w == "most" || w == "many" || w == "some" || w == "all") || x.toks[k].upper {
		return false
	}
	for p := k + 1; p < end && p < k+7; p++ {
		w := x.word(p)
		if !x.isWord(p) || prepositionsSet.has(w) && p == k+1 {
			return false
		}
		if auxiliariesSet.has(w) || negatedAux[w] || beFormsSet.has(w) && w != "'s" && w != "be" && w != "being" && w != "been" || x.verbLike(p) && (strings.HasSuffix(w, "ed") || irregularPastSet.has(w)) {
			return p > k+1 || w == "are" || w == "were" || auxiliariesSet.has(w)
		}
	}
	return false
}

// objectAfter reports whether an object opens at k: a determiner, a possessive, a pronoun or
// a name, as after the main verb in "Lee, who has called the plan “toxic,” portrayed his
// party's nominee as ..." (but not a preposition: "the plan, passed in May, would ...").
func (x *extractor) objectAfter(k int) bool {
	w := x.word(k)
	return x.isWord(k) && (isDeterminer(w) || possessivesSet.has(w) || objectPronounsSet.has(w) || w == "his" || w == "her" || w == "its" || w == "their" || x.toks[k].upper && !x.isSentenceStart(k))
}

// asideInContent reports whether the words from k close with a comma before a verb of the
// content's clause: "who said that the two men, and Mr. Cruz in particular, must do more"
// holds the aside "and Mr. Cruz in particular".
func (x *extractor) asideInContent(k, end int) bool {
	for p := k; p+1 < end && p < k+12; p++ {
		if x.word(p) == "," {
			w := x.word(p + 1)
			return auxiliariesSet.has(w) || negatedAux[w] || beFormsSet.has(w) || w == "must" || x.verbLike(p+1)
		}
	}
	return false
}

// mainClauseAdverbs may stand between the comma that closes a relative clause and the main
// clause's verb: "Pence, who has said he backs the plan, later voted against it".
var mainClauseAdverbs = wordSetOf([]string{"later", "also", "then", "now", "still", "eventually", "soon", "never", "since"})

// infinitiveRunsOn returns where the main clause resumes in the infinitive content r of
// relative claim d with no comma before "who" ("the novice who wants to unseat the mayor is
// reaping rewards": "is"), or 0: the first finite auxiliary or form of "be" outside quotation
// marks and not right after "to" or after a subject pronoun ("who thought he had lost a
// recording he had kept": each "had" is a clause's own).
func (x *extractor) infinitiveRunsOn(d draft, r rng) int {
	if x.word(d.src.a) != "who" || x.word(d.src.a-1) == "," {
		return 0
	}
	inf := x.word(r.a) == "to"
	seen := inf // a finite verb of the content's own clause
	for k := r.a + 1; k < r.b; k++ {
		w := x.word(k)
		if x.inQuote[k] || w == "," || w == ";" || w == ":" || w == "(" || w == "—" || w == "–" || w == "--" || w == "-" {
			return 0 // a clause of its own may follow a comma or a dash
		}
		if !inf && (w == "that" || w == "which" || w == "who" || w == "if" || w == "when" || w == "because" || w == "whether" || w == "and" || w == "or" || w == "but") {
			return 0
		}
		if (auxiliariesSet.has(w) || beFormsSet.has(w) && w != "be" && w != "been" && w != "being" && w != "'s") && !x.toks[k].upper && x.word(k-1) != "to" {
			p := x.word(k - 1)
			if clausePronouns.has(p) {
				seen = true
				continue // "who told him to retrieve it so they could ...": a clause of its own, with its subject
			}
			if !seen {
				seen = true
				continue
			}
			if !inf && (auxiliariesSet.has(p) || beFormsSet.has(p) || p == "not" || p == "n't" || strings.HasSuffix(p, "ly")) {
				continue
			}
			return k
		}
	}
	return 0
}

// mainClauseSaid adds the claim of the main clause that resumes after relative claim d with
// "said" at k, which no claim has as its cue yet: "Jane Smith, who called Trump a
// “sociopath,” said he does not believe ..." is Jane Smith's.
func (x *extractor) mainClauseSaid(d draft, k int) {
	if w := x.word(k); w != "said" && w != "says" {
		return
	}
	p := d.src.a - 1
	if x.word(p) == "," {
		p--
	}
	s := x.sentOf(k)
	ante := x.npBack(s, p+1, false)
	if ante.empty() {
		return
	}
	cue := rng{k, k + 1}
	var sn cueSense
	for _, c := range cueSensesOf(x.word(k)) {
		if c.syn == synVerb {
			sn = c
		}
	}
	content, ok := x.contentRight(s, cue, sn)
	if !ok {
		return
	}
	x.add(draft{src: ante, cue: cue, content: content, class: sn.class, inherit: -1})
}

// foldParentheticals joins a parenthetical attribution to the claim whose content holds it:
// in "adding that America will not let lies get in the way of its ties, a relationship, he
// stressed, the US values", "he stressed" gives a claim whose pieces are the adding claim's
// content around it. The outer claim takes those pieces, so its content no longer holds "he
// stressed", and the parenthetical claim goes: one statement, not two.
func (x *extractor) foldParentheticals() {
	drop := make([]bool, len(x.drafts))
	folded := false
	for j := range x.drafts {
		p := x.drafts[j]
		if len(p.content) != 2 {
			continue
		}
		a, b := p.content[0], p.content[1]
		in := p.cue
		if !p.src.empty() && p.src.a < in.a {
			in.a = p.src.a
		}
		if in.a < a.b || in.b > b.a {
			continue // not an attribution between its two pieces
		}
		// The outer claim's cue comes before the first piece, in the same sentence; the
		// drafts are in cue order.
		sa := x.sentOf(a.a).a
		for i := j - 1; i >= 0 && x.drafts[i].cue.a >= sa; i-- {
			o := x.drafts[i]
			if drop[i] || len(o.content) != 1 || o.cue.b > a.a {
				continue
			}
			if c := o.content[0]; c.a == a.a && c.b >= b.b && c.b-b.b <= 2 {
				x.drafts[i].content = []rng{a, {b.a, c.b}}
				x.drafts[i].kind = x.kindOf(x.drafts[i].content)
				drop[j], folded = true, true
				break
			}
		}
	}
	if !folded {
		return
	}
	pos := make([]int, len(x.drafts))
	kept := x.drafts[:0]
	for i, d := range x.drafts {
		pos[i] = len(kept)
		if !drop[i] {
			kept = append(kept, d)
		}
	}
	for i := range kept {
		if kept[i].inherit >= 0 {
			if drop[kept[i].inherit] {
				kept[i].inherit = -1 // the source stays; only the link goes
			} else {
				kept[i].inherit = pos[kept[i].inherit]
			}
		}
	}
	x.drafts = kept
}
