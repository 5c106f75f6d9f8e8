package compare

import (
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"claimdiff/claims"
)

// wterm is a term of a statement with its weight before idf.
type wterm struct {
	term string
	w    float64
}

// Term weights: words of the content count most; the rest of the sentence (who, when,
// about what) counts less; names count more than common words.
const (
	contentWeight = 1.0
	contextWeight = 0.4
	entityBoost   = 1.5
	sideWeight    = 0.3
)

// scratch holds the buffers that [Corpus.Add] reuses from one statement to the next: the
// tokens of a sentence, a content and the rest of a sentence (termsOf, readFacts), and the
// weights and the stems of termsOf. Nothing read of a statement keeps them.
type scratch struct {
	sent, content, rest []token
	weights             []wterm
	// sentText[sentFrom:sentTo] is what sent holds the tokens of: readFacts takes those of
	// the parts of the sentence it reads from them (see tokensIn).
	sentText         string
	sentFrom, sentTo int
	stems            []string // stems[k] is stem(sent[k].key) where termsOf took it, else ""
	// surf holds the surface forms of the terms of the document being added (see
	// [Corpus.learnSurfaces]).
	surf map[string]surface
}

// release drops what the buffers point into, keeping their room, so that the corpus keeps no
// document's text between [Corpus.Add] calls.
func (b *scratch) release() {
	clear(b.sent[:cap(b.sent)])
	clear(b.content[:cap(b.content)])
	clear(b.rest[:cap(b.rest)])
	clear(b.weights[:cap(b.weights)])
	clear(b.stems[:cap(b.stems)])
	clear(b.surf)
	b.sent, b.content, b.rest, b.weights = b.sent[:0], b.content[:0], b.rest[:0], b.weights[:0]
	b.stems = b.stems[:0]
	b.sentText, b.sentFrom, b.sentTo = "", 0, 0
}

// tokensIn appends the tokens of text[from:to] to out, as appendTokens(out, text[from:to],
// from) does: taken from those of the sentence in b.sent when they lie in it (subTokens),
// else read anew.
func (b *scratch) tokensIn(out []token, text string, from, to int) []token {
	if b.sentFrom <= from && to <= b.sentTo && text == b.sentText {
		if toks, ok := subTokens(out, b.sent, text, from, to); ok {
			return toks
		}
	}
	return appendTokens(out, text[from:to], from)
}

// sentAt returns the index in b.sent of the token where toks, tokens of text, start, or -1.
func (b *scratch) sentAt(text string, toks []token) int {
	if len(toks) == 0 || text != b.sentText {
		return -1
	}
	k, ok := slices.BinarySearchFunc(b.sent, toks[0].start, func(t token, at int) int { return t.start - at })
	if !ok {
		return -1
	}
	return k
}

// stemOf returns stem(t.key) for t, the token i of tokens starting at b.sent[at] (sentAt):
// the stem termsOf took of the sentence's token there when that is t's word.
func (b *scratch) stemOf(at, i int, t token) string {
	if k := at + i; at >= 0 && k < len(b.stems) && b.stems[k] != "" && b.sent[k].start == t.start && b.sent[k].key == t.key {
		return b.stems[k]
	}
	return stem(t.key)
}

// subTokens appends to out the tokens of text[a:b] as appendTokens(out, text[a:b], a) reads
// them, from all, the tokens of a part of text around it, and reports whether it could:
// not when a or b cuts a rune or a cuts a word. A word's token is read from its own letters
// and the runes up to the next word, so the tokens from a to the last word starting before
// b are those of all (the first opening a sentence); that last word, which b may cut or end
// before its possessive or its punctuation, is read again.
func subTokens(out []token, all []token, text string, a, b int) ([]token, bool) {
	if !runeStart(text, a) || !runeStart(text, b) {
		return out, false
	}
	i, _ := slices.BinarySearchFunc(all, a, func(t token, at int) int { return t.start - at })
	j, _ := slices.BinarySearchFunc(all[i:], b, func(t token, at int) int { return t.start - at })
	j += i
	if i == j || hasWordRune(text[a:all[i].start]) {
		return out, false
	}
	first, last := len(out), len(out)+j-1-i
	out = append(out, all[i:j-1]...)
	out = appendTokens(out, text[all[j-1].start:b], all[j-1].start)
	if last > first {
		out[last].sentStart = all[j-1].sentStart
	}
	out[first].sentStart = true
	return out, true
}

// runeStart reports whether offset i of text starts a rune or ends the text.
func runeStart(text string, i int) bool {
	return i == len(text) || utf8.RuneStart(text[i])
}

// hasWordRune reports whether s holds a letter or a digit.
func hasWordRune(s string) bool {
	for _, r := range s {
		if isWordRune(r) {
			return true
		}
	}
	return false
}

// termsOf returns the weighted terms of a claim: the stemmed content words of its content and
// of the rest of its sentence, its names (single words and runs of capitalised words) and the
// sides it names, without the source and cue. It reuses the buffers of buf.
func termsOf(g *gazetteer, surf map[string]surface, text string, sent claims.Span, cl claims.Claim, buf *scratch) []wterm {
	// A wire story's dateline ("LIMA, March 14 (Reuters) - ") names no event.
	if sent.Start < sent.End && (sent.Start == 0 || text[sent.Start-1] == '\n') && 'A' <= text[sent.Start] && text[sent.Start] <= 'Z' {
		if _, n := claims.Dateline(text[sent.Start:sent.End]); n > 0 && n < sent.End-sent.Start {
			sent.Start += n
		}
	}
	buf.sent = appendTokens(buf.sent[:0], text[sent.Start:sent.End], sent.Start)
	buf.sentText, buf.sentFrom, buf.sentTo = text, sent.Start, sent.End
	toks := buf.sent
	buf.stems = slices.Grow(buf.stems[:0], len(toks))[:len(toks)]
	clear(buf.stems)
	buf.weights = buf.weights[:0]
	add := func(t string, x float64) {
		if x > 0 {
			buf.weights = append(buf.weights, wterm{t, x})
		}
	}
	inContent := func(t token) bool {
		for _, sp := range cl.Content.Spans {
			if sp.Start <= t.start && t.end <= sp.End {
				return true
			}
		}
		return cl.Content.Start <= t.start && t.end <= cl.Content.End && len(cl.Content.Spans) == 0
	}
	skip := func(t token) bool {
		if cl.Source != nil && cl.Source.Start <= t.start && t.end <= cl.Source.End {
			return true
		}
		return cl.Cue.Start <= t.start && t.end <= cl.Cue.End
	}
	for _, m := range g.find(toks) {
		if m.side != govSide && !skip(toks[m.i]) {
			add("@"+m.side, sideWeight)
		}
	}
	var run []string
	runW := 0.0
	flush := func() {
		if len(run) >= 2 {
			k := "=" + strings.ToLower(strings.Join(run, " "))
			add(k, runW*entityBoost)
			if _, ok := surf[k]; !ok {
				surf[k] = surface{v: strings.Join(run, " "), rank: properForm}
			}
		}
		run, runW = run[:0], 0
	}
	for k, t := range toks {
		if skip(t) {
			flush()
			continue
		}
		base := contextWeight
		if inContent(t) {
			base = contentWeight
		}
		stop := stopMarks.mayHold(t.key) && loweredWord(stopwords, t.key)
		entity := capitalized(t.key) && !stop && !isTitle(t) && !allDigits(t.key)
		if entity {
			run = append(run, t.key)
			runW = max(runW, base)
			if t.poss || t.punctAfter {
				flush()
			}
		} else {
			flush()
		}
		// Numbers other than years are facts the conflict rules compare, not words of the
		// event: two accounts giving different tolls speak of one strike.
		if stop || len(t.key) < 2 || allDigits(t.key) && len(t.key) != 4 {
			continue
		}
		x := base
		if entity && !t.sentStart {
			x *= entityBoost
		}
		st := stem(t.key)
		buf.stems[k] = st
		add(st, x)
		r := formRank(t)
		if old, ok := surf[st]; !ok || r > old.rank {
			surf[st] = surface{v: t.key, rank: r}
		}
	}
	flush()
	return maxByTerm(buf.weights)
}

// maxByTerm returns the terms of ws once each, with the largest of their weights, sorted by
// term. It sorts ws.
func maxByTerm(ws []wterm) []wterm {
	slices.SortFunc(ws, func(a, b wterm) int { return strings.Compare(a.term, b.term) })
	n := 0
	for i, t := range ws {
		if i == 0 || t.term != ws[i-1].term {
			n++
		}
	}
	out := make([]wterm, 0, n)
	for _, t := range ws {
		if k := len(out) - 1; k >= 0 && out[k].term == t.term {
			out[k].w = max(out[k].w, t.w)
			continue
		}
		out = append(out, t)
	}
	return out
}

// facts are what the conflict rules need of a claim.
type facts struct {
	deny     bool     // the cue denies, rejects or refutes
	falsity  string   // a word calling something false: "contrary to the facts", "lies"
	liar     string   // the side it is said of, named just before it: "The Lebanese are lying"
	lied     liar     // a person it says lied: "Fields had fabricated the story" (see liarIn)
	owner    string   // the person its content says makes false claims: "Nunberg was using false claims" (see falseOwnerOf)
	target   string   // side of the account the claim points at ("the US State Department's version")
	targetP  string   // person whose account it points at ("Khan's claims")
	ref      string   // the words of that reference
	restrict string   // "limited to", "only"
	neg      string   // a negation in the content
	negated  []string // the stem of the first content word after it: what is negated
	negWord  string   // the stem of the first word after it that names no one (see negatedWord)
	numbers  []number // numbers of the content
	dates    []string // "09-05" for "September 5"
	agent    string   // the side named first in the content, as the doer: "Russian forces shelled"
	deed     []string // stems of up to three content words after the agent
	content  []string // stems of the content words (no stopwords), sorted, distinct
	denied   []string // a denial's: what it names after its cue (deniedStems), set by Corpus.Add
	doubt    string   // a word of doubt in the cue or content: "unlikely", "sceptical", "raises doubts"
	doubted  []string // stems of what it doubts, sorted; the document's first sentence's when it names nothing
	doubtee  string   // the person or side the doubt is about: "doubts about her strength", "doubts about Clinton" (see doubteeOf)
	question bool     // the content asks
	firmRead bool     // firm and hedged are read (stmt.firmness)
	firm     []string // stems of the content words before any hedge, negation or doubt, sorted
	hedged   []string // stems of the content words after one, sorted
}

// number is a quantity with its unit and the words next to it.
type number struct {
	value string   // as written: "120,000", "1.5"
	unit  string   // the name of its unit in units ("foot", "kilometre"), or "" for a count
	near  []string // stems of up to two content words after (the unit aside) and one before
	times float64  // the magnitude written after it: 1e6 for "1.12 million"; 0 for none
	bound bound    // what the words around it make of it: "more than 17", "about 300"
	other float64  // the other end of a range (bound ranged), times included
	when  []string // the periods its text names (periodsOf): "y:2008", "s:h1"
}

// accountWords name a statement or version of events.
var accountWords = setOf(strings.Fields(`version versions statement statements account accounts claim claims
remark remarks allegation allegations assertion assertions report reports readout comments
comment charge charges accusation accusations narrative story position assessment description
characterisation characterization interpretation contention attack attacks criticism criticisms
findings finding conclusion conclusions estimate estimates figure figures portrayal depiction rumour
rumours rumor rumors suggestion suggestions insinuation insinuations theory theories audit audits
analysis tweet tweets`))

// accountMarks and stopMarks mark accountWords and stopwords: most words of a sentence are
// told to be none of them without a look in the map.
var accountMarks, stopMarks = marksOf(accountWords), marksOf(stopwords)

// falsityPhrases call something false. Matched on lower-cased words.
var falsityPhrases = newPhrases([][]string{
	{"contrary", "to", "the", "facts"}, {"contrary", "to", "facts"}, {"contrary", "to", "the", "truth"},
	{"baseless"}, {"false"}, {"falsehood"}, {"falsehoods"}, {"lies"}, {"lie"}, {"lying"}, {"speculation"}, {"speculative"},
	{"propaganda"}, {"fabricated"}, {"fabrication"}, {"untrue"}, {"not", "true"}, {"misleading"},
	{"incorrect"}, {"unfounded"}, {"fake"}, {"nonsense"}, {"misinformation"}, {"disinformation"},
	{"distorted"}, {"distortion"}, {"groundless"}, {"absurd"}, {"ridiculous"}, {"no", "truth"},
	{"without", "basis"}, {"without", "foundation"}, {"far", "from", "the", "truth"},
	{"far", "from", "reality"}, {"concocted"}, {"hoax"}, {"smear"}, {"slander"}, {"rejected"},
	{"rejects"}, {"denied"}, {"denies"}, {"refuted"}, {"dismissed"}, {"inaccurate"}, {"erroneous"},
	{"mischaracterization"}, {"mischaracterisation"}, {"misrepresentation"}, {"misrepresented"},
	{"disagree", "with"}, {"disagrees", "with"}, {"disagreed", "with"}, {"did", "not", "agree", "with"},
	{"does", "not", "agree", "with"}, {"do", "not", "agree", "with"}, {"didn't", "agree", "with"},
	{"doesn't", "agree", "with"}, {"don't", "agree", "with"}, {"disputed"}, {"disputes"},
	{"took", "issue", "with"}, {"takes", "issue", "with"},
	{"not", "credible"}, {"lacks", "credibility"}, {"no", "credibility"}, {"contradict"}, {"contradicts"},
	{"do", "not", "reflect"}, {"does", "not", "reflect"}, {"did", "not", "reflect"}, {"don't", "reflect"},
	{"doesn't", "reflect"}, {"raises", "serious", "questions"}, {"raised", "serious", "questions"}, {"raises", "questions"}, {"raised", "questions"},
	{"contradicted"}, {"contradicting"}, {"not", "supported", "by"}, {"unsupported"}, {"not", "consistent", "with"}, {"inconsistent", "with"}, {"at", "odds", "with"},
})

// restrictPhrases say that something was no more than what follows. Adverbs ("only",
// "merely", "solely") are too common ("the only way", "merely recovering") to count.
var restrictPhrases = newPhrases([][]string{
	{"limited", "to"}, {"confined", "to"}, {"restricted", "to"}, {"nothing", "but"},
	{"nothing", "more", "than"}, {"no", "more", "than"},
})

var negWords = setOf(strings.Fields(`not no never nothing none nobody neither nor without n't didn't
don't doesn't wasn't weren't isn't aren't hasn't haven't hadn't won't wouldn't couldn't shouldn't
cannot can't denied deny denies`))

// falsityOf returns the words of rw calling something false: the phrases of falsity
// ("speculation", "lies") joined by " and ", or a verb of rejection ("rejected") when there is
// no such phrase.
func falsityOf(rw []string) string {
	var found []string
	verb := ""
	for i := 0; i < len(rw); i++ {
		p, k := findPhrase(rw[i:], falsityPhrases)
		if p == "" {
			break
		}
		k += i
		i = k + len(strings.Fields(p)) - 1
		if k > 0 && (rw[k-1] == "not" || rw[k-1] == "nor") && p != "not true" {
			continue // "did not deny", "neither confirmed nor denied"
		}
		if p == "disputed" && k > 0 && determiners[rw[k-1]] {
			continue // "the disputed territory": no one disputes anything here
		}
		if (p == "ridiculous" || p == "absurd") && k+1 < len(rw) && (accountWords[rw[k+1]] || k+2 < len(rw) && accountWords[rw[k+2]]) {
			continue // "Trump's ridiculous tweets": a taste, not a claim called false
		}
		if distortions[p] && passiveBefore(rw, k) {
			continue // "Trump's comments have been distorted": others misrepresent them
		}
		if (p == "lies" || p == "lie") && (k > 0 && (rw[k-1] == "that" || rw[k-1] == "which" || rw[k-1] == "it" || rw[k-1] == "to") ||
			k+1 < len(rw) && placeWords[rw[k+1]]) {
			continue // "the town of Kobane that lies near the border": where it is
		}
		if strings.HasSuffix(p, "reflect") && !slices.ContainsFunc(rw[max(k-3, 0):k], func(w string) bool { return accountWords[w] }) {
			continue // "The official figures do not reflect the scale", not "it did not reflect well"
		}
		if strings.HasPrefix(p, "contradict") && !slices.ContainsFunc(rw[k+1:min(k+6, len(rw))], func(w string) bool { return accountWords[w] }) {
			continue // "the images contradict the government's account", not "contradict her pledge"
		}
		if e := k + len(strings.Fields(p)); strings.HasPrefix(p, "raise") && (!slices.ContainsFunc(rw[max(k-3, 0):k], func(w string) bool { return accountWords[w] }) ||
			e < len(rw) && (rw[e] == "about" || rw[e] == "over" || rw[e] == "on" || rw[e] == "as")) {
			// "The coast guard's account raises serious questions", not "the case raises
			// questions" nor "the FBI finding raised questions about Clinton's statement"
			// (the finding is the evidence, her statement the account doubted).
			continue
		}
		if backgroundBefore(rw, k) {
			continue // "admitted he was ill amid speculation that he had gout": the writer's setting
		}
		if rejectVerbs[p] {
			if verb == "" {
				verb = p
			}
			continue
		}
		if !contains(found, p) {
			found = append(found, p)
		}
	}
	if len(found) == 0 {
		return verb
	}
	return strings.Join(found, " and ")
}

// backgroundWords set a word of falsity in the writer's account of the circumstances, not
// the speaker's verdict: "amid speculation that", "prompting speculation", "despite denials".
var backgroundWords = setOf(strings.Fields("amid amidst despite fuelling fueling fuelled fueled sparking sparked prompting prompted following"))

// backgroundBefore reports whether one of backgroundWords comes right before word k of words
// or one word before it ("amid growing speculation").
func backgroundBefore(words []string, k int) bool {
	return k > 0 && backgroundWords[words[k-1]] || k > 1 && backgroundWords[words[k-2]] && !stopwords[words[k-1]]
}

// placeWords follow "lies" that says where something is: "lies near the border".
var placeWords = setOf(strings.Fields("in near on at along between within beyond across under just close some north south east west off outside inside"))

// distortions say an account misrepresents something; in the passive they say the account
// itself was misrepresented, which defends it ("his remarks were distorted").
var distortions = setOf(strings.Fields("distorted misrepresented"))

var passiveAux = setOf(strings.Fields("be been being is are was were"))

// passiveBefore reports whether the word at k follows a passive auxiliary, perhaps with an
// adverb between: "have been distorted", "were badly twisted".
func passiveBefore(words []string, k int) bool {
	if k > 0 && passiveAux[words[k-1]] {
		return true
	}
	return k > 1 && strings.HasSuffix(words[k-1], "ly") && passiveAux[words[k-2]]
}

// rejectVerbs reject an account without saying what is wrong with it; they need one named.
var rejectVerbs = setOf([]string{"rejected", "rejects", "denied", "denies", "refuted", "dismissed",
	"disagree with", "disagrees with", "disagreed with", "did not agree with", "does not agree with",
	"do not agree with", "didn't agree with", "doesn't agree with", "don't agree with", "disputed",
	"disputes", "took issue with", "takes issue with"})

// phrases are phrases of lower-case words, indexed by their first word for findPhrase.
type phrases struct {
	all     [][]string
	text    []string         // the words of each phrase joined by spaces
	byFirst map[string][]int // indexes in all of the phrases each word opens, in order
}

func newPhrases(all [][]string) phrases {
	ps := phrases{all: all, text: make([]string, len(all)), byFirst: map[string][]int{}}
	for i, p := range all {
		ps.text[i] = strings.Join(p, " ")
		ps.byFirst[p[0]] = append(ps.byFirst[p[0]], i)
	}
	return ps
}

// findPhrase returns the first of phrases found in words (lower case) and where, or "", -1:
// the leftmost, and of those starting there the first in the list.
func findPhrase(words []string, ps phrases) (string, int) {
	for i, w := range words {
		for _, j := range ps.byFirst[w] {
			if p := ps.all[j]; i+len(p) <= len(words) && slices.Equal(words[i:i+len(p)], p) {
				return ps.text[j], i
			}
		}
	}
	return "", -1
}

// deniedStems returns what a denial names: the stems of the words of text after its cue, to
// the end of its sentence sent ("denies both the tweet and the bogus claim that a planetary
// alignment will ..." names the claim too), stopwords and words for an account left out,
// sorted and distinct.
func deniedStems(text string, sent claims.Span, cl claims.Claim) []string {
	if cl.Cue.End >= sent.End {
		return nil
	}
	var out []string
	toks := tokenize(text[cl.Cue.End:sent.End], cl.Cue.End)
	for _, t := range toks[classedFrom(toks):] {
		if w := lowerWord(t.key); (!stopwords[w] && len(w) > 1 || allDigits(w)) && !accountWords[w] {
			out = append(out, stem(t.key))
		}
	}
	sort.Strings(out)
	return slices.Compact(out)
}

// classVerbs say what a thing counts as: "denied that waterboarding constitutes torture".
var classVerbs = setOf(strings.Fields("constitutes constitute constituted amounts amounted qualifies qualified"))

// classedFrom returns the index of the first token after a verb that classes a thing ("X
// constitutes torture", "amounts to", "qualifies as") in the words after a denial's cue, 0
// when none is there: what such a denial names is the class it denies, not the thing, which
// others may propose without calling it so ("I would bring back waterboarding").
func classedFrom(toks []token) int {
	for k, t := range toks {
		w := lowerWord(t.key)
		if !classVerbs[w] || k == 0 || t.punctAfter || k+1 >= len(toks) {
			continue
		}
		if next := lowerWord(toks[k+1].key); strings.HasPrefix(w, "amount") && next != "to" || strings.HasPrefix(w, "qualif") && next != "as" {
			continue // "large amounts of cash"
		}
		return k + 1
	}
	return 0
}

// negatedWord returns the stem of the first of the words after a negation, lowered in
// words and as tokenized in toks, that names no one: "wife" of "is not Abu Bakr
// al-Baghdadi's wife" (not "abu", which another statement's "Abu Hajar al-Souri" would say),
// "enter" of "are not entering the U.S."; "" when there is none.
func negatedWord(words []string, toks []token) string {
	for k, w := range words {
		if !stopwords[w] && !negWords[w] && !capitalized(toks[k].key) && len(w) > 2 {
			return stem(toks[k].key)
		}
	}
	return ""
}

// readFacts reads the facts of claim cl of text, whose sentence is sent; lede is what the
// document's first sentence doubts (leadOf). It reuses the token buffers of buf.
func readFacts(g *gazetteer, ds *docSides, text string, sent claims.Span, cl claims.Claim, lede []string, buf *scratch) facts {
	f := facts{
		// "neither confirmed nor denied" denies nothing.
		deny: cl.Cue.Class == claims.CueDeny && !norBefore(text, cl.Cue.Start),
	}
	if cl.Content.In(len(text)) && cl.Content.Text == text[cl.Content.Start:cl.Content.End] {
		buf.content = buf.tokensIn(buf.content[:0], text, cl.Content.Start, cl.Content.End)
	} else {
		buf.content = appendTokens(buf.content[:0], cl.Content.Text, cl.Content.Start)
	}
	ctoks := buf.content
	cw := make([]string, len(ctoks))
	at := buf.sentAt(text, ctoks)
	for i, t := range ctoks {
		cw[i] = lowerWord(t.key)
		if !stopwords[cw[i]] && len(cw[i]) > 1 || allDigits(cw[i]) {
			f.content = append(f.content, buf.stemOf(at, i, t))
		}
	}
	sort.Strings(f.content)
	f.content = slices.Compact(f.content)
	// The region the claim speaks in: its content and its sentence from the cue on.
	from := max(min(cl.Cue.Start, cl.Content.Start), sent.Start)
	buf.rest = buf.tokensIn(buf.rest[:0], text, from, sent.End)
	rtoks := buf.rest
	rw := make([]string, len(rtoks))
	for i, t := range rtoks {
		rw[i] = lowerWord(t.key)
	}
	f.falsity = falsityOf(rw)
	if rejectVerbs[f.falsity] && norBefore(text, cl.Cue.Start) {
		f.falsity = "" // the cue of "neither confirmed nor denied"
	}
	// A restriction that opens a sentence after the content's first restricts nothing the
	// content names: it answers a question ("And what has he heard from Donald Trump?
	// Nothing but insults").
	if r, at := findPhrase(cw, restrictPhrases); r != "" && !(at > 0 && ctoks[at].sentStart) {
		f.restrict = r
	}
	for i, w := range cw {
		if negWords[w] || strings.HasSuffix(w, "n't") {
			f.neg = w
			for k := i + 1; k < len(cw) && len(f.negated) < 1; k++ {
				if !stopwords[cw[k]] && !negWords[cw[k]] {
					f.negated = append(f.negated, stem(ctoks[k].key))
				}
			}
			f.negWord = negatedWord(cw[i+1:], ctoks[i+1:])
			break
		}
	}
	rms := g.find(rtoks)
	f.target, f.targetP, f.ref = reference(ds, rms, rtoks, text)
	f.ref = withoutOpeningQuote(f.ref)
	f.lied = liarIn(ctoks, cw)
	f.owner = falseOwnerOf(ctoks, cw)
	if f.falsity != "" {
		f.liar = liarOf(ds, rms, rtoks, rw)
	}
	// Doubt is read in the cue and the content only: "raised doubts about whether" in the
	// rest of the sentence may be someone else's.
	if to := max(cl.Content.End, from); to <= sent.End {
		n := len(rtoks)
		for n > 0 && rtoks[n-1].end > to {
			n--
		}
		f.doubt, f.doubted = doubtFacts(rtoks[:n], rw[:n], cl.Content.Start, lede)
		if f.doubt != "" {
			f.doubtee = doubteeOf(rtoks[:n], rw[:n])
		}
	}
	f.question = strings.HasSuffix(strings.TrimRight(cl.Content.Text, "\"”’' )"), "?")
	f.numbers = numbersOf(ctoks, cw, cl.Content.Text, cl.Content.Start)
	f.dates = datesOf(cw)
	f.agent, f.deed = agentOf(g, ds, ctoks, cw)
	return f
}

// reference finds an account the words point at: a side or a person followed by an account
// word ("the US State Department's version", "Khan's claims", "the American statement").
// ms are the side mentions of toks that may name it.
func reference(ds *docSides, ms []mention, toks []token, text string) (side, person, ref string) {
	endAt := map[int]mention{}
	for _, m := range ms {
		endAt[m.i+m.n-1] = m
	}
	for i, t := range toks {
		if !accountMarks.mayHold(t.key) || !loweredWord(accountWords, t.key) {
			continue
		}
		for j := i - 1; j >= 0 && j >= i-4; j-- {
			p := toks[j]
			if p.punctAfter && !p.poss {
				break
			}
			if m, ok := endAt[j]; ok {
				start := m.i
				for { // "US State Department": one side in two aliases
					p, ok := endAt[start-1]
					if !ok || p.side != m.side || toks[start-1].poss || toks[start-1].punctAfter {
						break
					}
					start = p.i
				}
				// "Perera's claims", "Egypt's claim": a one-word name also names the
				// actors whose statements the claim is.
				if m.n == 1 && toks[m.i].poss {
					person = toks[m.i].text
				}
				return ds.resolve(m.side), person, text[toks[start].start:t.end]
			}
			// "Khan's claims", "the embassy's version": whose account, by a word of the
			// actor's name; "the army's statement" by the word for an army (but "the ministry's claim" names no actor of that word).
			if p.poss && (!isTitle(p) || loweredWord(bareInstitutions, p.key)) && !loweredWord(stopwords, p.key) && !isPronoun(p.key) {
				return "", p.text, text[p.start:t.end]
			}
		}
		// "opposition claims", "the opposition's allegations": the opposition's account,
		// whoever the opposition is (see [analysis.describedActor]).
		if i > 0 && lowerWord(toks[i-1].key) == "opposition" && !capitalized(toks[i-1].key) {
			return "", "opposition", text[toks[i-1].start:t.end]
		}
		// "The official figures", "the official account": the government's.
		if i > 0 && !toks[i-1].punctAfter && lowerWord(toks[i-1].key) == "official" && !capitalized(toks[i-1].key[1:]) {
			return ds.resolve(govSide), "", text[toks[i-1].start:t.end]
		}
		// "the police version", "the government account": a body by a word for it (see
		// [analysis.describedActor]).
		if i > 1 && !toks[i-1].punctAfter && !toks[i-1].poss && lowerWord(toks[i-2].key) == "the" && !capitalized(toks[i-1].key) && bodyDescriptions[toks[i-1].key] {
			return "", toks[i-1].key, text[toks[i-2].start:t.end]
		}
		// "the Hindenburg report", "a CNN report": a name before the account word, after an
		// article (without one, "Trump claims ..." is a verb).
		if a := attributiveName(toks, i); a >= 0 {
			return "", text[toks[a].start:toks[i-1].end], text[toks[a-1].start:t.end]
		}
		if side, person, end := accountBy(ds, endAt, toks, i); end > i {
			return side, person, text[t.start:toks[end-1].end]
		}
	}
	return "", "", ""
}

// attributiveName returns the first token of the capitalised name (up to three words) right
// before the account word toks[i] that an article opens ("the Hindenburg report", "the New
// York Times report"), or -1.
func attributiveName(toks []token, i int) int {
	a := i
	for a > 0 && a > i-3 && capitalized(toks[a-1].key) && !toks[a-1].punctAfter && !toks[a-1].poss && !isTitle(toks[a-1]) && !loweredWord(determiners, toks[a-1].key) && !verdictWord(toks[a-1].key) {
		a--
	}
	if a == i || a == 0 || toks[a-1].punctAfter || toks[a].sentStart {
		return -1
	}
	switch lowerWord(toks[a-1].key) {
	case "the", "a", "an":
		return a
	}
	return -1
}

// determiners open a noun phrase; capitalised, they open a sentence, not a name.
var determiners = setOf(strings.Fields(`the a an this that these those his her their its our my your`))

// verdictWord reports whether w, in any case, is a one-word verdict of falsity ("the FAKE
// story" is no story of a body called Fake).
func verdictWord(w string) bool { return lowered(verdictWords(), w) }

// verdictWords are the one-word phrases of falsityPhrases.
var verdictWords = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, p := range falsityPhrases.all {
		if len(p) == 1 {
			out[p[0]] = true
		}
	}
	return out
})

// accountBy reads whose account the account word toks[i] is when the owner follows it: "a
// report by Consumer Reports", "claims from Pakistan", "the statement by the State
// Department". It returns the side (a mention of endAt) or the name, and the end of the
// owner's words; end <= i when no owner follows.
// ownerParticiples stand between an account word and its owner: "the figure given by".
var ownerParticiples = setOf(strings.Fields(`given made published released issued cited circulated reported presented provided put spread`))

func accountBy(ds *docSides, endAt map[int]mention, toks []token, i int) (side, person string, end int) {
	k := i + 1
	if k+1 < len(toks) && ownerParticiples[toks[k].key] && !toks[k].punctAfter && (toks[k+1].key == "by" || toks[k+1].key == "from") {
		k++ // "the figure given by the works council", "claims made by Pakistan"
	}
	if toks[i].punctAfter || toks[i].poss || k >= len(toks) || toks[k].key != "by" && toks[k].key != "from" || toks[k].punctAfter {
		return "", "", 0
	}
	k++
	if k < len(toks) && (toks[k].key == "the" || toks[k].key == "The") && !toks[k].punctAfter {
		k++
	}
	if k >= len(toks) {
		return "", "", 0
	}
	// A side's name: the mention that starts here, however long; but a country's adjective
	// before what the owner is and its name is the owner's nationality: "a report by
	// Italian newspaper Corriere dello Sport".
	if m, ok := endAt[k]; ok && m.n == 1 && !toks[k].punctAfter {
		q := k + 1
		for q < len(toks) && q < k+4 && !capitalized(toks[q].key) && !stopwords[toks[q].key] && !toks[q].punctAfter {
			q++
		}
		if q > k+1 && q < len(toks) && capitalized(toks[q].key) && !isTitle(toks[q]) {
			k = q
		}
	}
	for j := k; j < len(toks) && j < k+6; j++ {
		if m, ok := endAt[j]; ok && m.i == k {
			return ds.resolve(m.side), "", j + 1
		}
		if toks[j].punctAfter || toks[j].poss {
			break
		}
	}
	// A name: capitalised words that are no titles ("a report by Consumer Reports", not
	// "claims by President Trump", whose name the actors know by its last words).
	j := k
	for j < len(toks) && j < k+5 && (capitalized(toks[j].key) && (j > k || !loweredWord(stopwords, toks[j].key)) ||
		j > k && nameParticles[toks[j].key] && j+1 < len(toks) && capitalized(toks[j+1].key) && !toks[j-1].punctAfter) {
		j++
		if toks[j-1].punctAfter || toks[j-1].poss {
			break
		}
	}
	if j == k {
		return "", "", 0
	}
	for k < j && isTitle(toks[k]) {
		k++
	}
	if k == j {
		return "", "", 0
	}
	words := make([]string, 0, j-k)
	for _, t := range toks[k:j] {
		words = append(words, t.text)
	}
	return "", strings.Join(words, " "), j
}

// liarOf returns the side a word of falsity is said of, named just before it in its clause:
// "The Lebanese are lying", "Iranian propaganda", "the Russian reports are false", "DHS —
// which oversees the Border Patrol — is incorrect" (a relative clause set off after the name
// is skipped). ms are the side mentions of toks, words their lower-cased words.
func liarOf(ds *docSides, ms []mention, toks []token, words []string) string {
	for _, m := range ms {
		side := ds.resolve(m.side)
		if side == "" {
			continue
		}
		for k, n := m.i+m.n, 0; k < len(toks) && n <= 3; k, n = k+1, n+1 {
			if toks[k-1].punctAfter && !toks[k-1].poss {
				if k = relativeClauseEnd(toks, words, k); k < 0 || k >= len(toks) {
					break
				}
			}
			if p, at := findPhrase(words[k:min(k+4, len(words))], falsityPhrases); at == 0 && !rejectVerbs[p] {
				return side
			}
		}
	}
	return ""
}

// relativeClauseEnd returns the token after a relative clause set off by punctuation that
// opens at token k ("DHS — which oversees the Border Patrol — is"), or -1 when none opens
// there: "which" or "who" after a mark, up to the next mark within a dozen words.
func relativeClauseEnd(toks []token, words []string, k int) int {
	if words[k] != "which" && words[k] != "who" {
		return -1
	}
	for j := k; j < len(toks) && j < k+12; j++ {
		if toks[j].punctAfter {
			return j + 1
		}
	}
	return -1
}

// numbersOf reads the numbers of the content, but not years, dates, nor the numbers of names
// ("iPhone 6", "Boeing 737", "the 11-inch MacBook"): two models are not two counts. text is
// the content, from offset base.
func numbersOf(toks []token, words []string, text string, base int) []number {
	r := numberReader{toks: toks, words: words, text: text, base: base}
	var out []number
	next := 0
	prevStart, prevAfter := -1, -1 // the tokens of the last number and after its unit
	when := periodsOf(toks, words)
	for i, t := range toks {
		if i < next {
			continue
		}
		if n := countWord(words, i); n > 0 {
			out = append(out, r.count(i, n, when))
			prevStart, prevAfter = i, i+1
			continue
		}
		if !allDigits(t.key) && !suffixed(t.key) {
			continue
		}
		v, j, times := r.digits(i)
		next = j + 1
		if times == 0 && r.yearOrDate(v, i, j) {
			continue
		}
		nb, after, ok := r.figure(v, i, j, times, when)
		if !ok {
			continue
		}
		r.nearFigure(&nb, i, after, prevAfter)
		if nb.bound == exact {
			nb.bound = boundAfter(words[after:])
		}
		// "between $4,000 and $5,000": each end allows the range.
		if n := len(out); n > 0 && i > 0 && words[i-1] == "and" && prevAfter == i-1 && prevStart > 0 && words[prevStart-1] == "between" {
			a, ok1 := out[n-1].float()
			b, ok2 := nb.float()
			if ok1 && ok2 {
				out[n-1].bound, out[n-1].other = ranged, b
				nb.bound, nb.other = ranged, a
			}
		}
		prevStart, prevAfter = i, after
		if after < len(words) && magnitudes[words[after]] > 0 {
			prevAfter++
		}
		out = append(out, nb)
	}
	return out
}

// numberReader reads the numbers of a content: its tokens, their lower-cased words, and the
// content's text, from offset base.
type numberReader struct {
	toks  []token
	words []string
	text  string
	base  int
}

// count returns the number n that the word at token i writes ("two people were killed", "at
// least nine had died"), with the two words after it in its clause, and its periods when.
func (r numberReader) count(i, n int, when []string) number {
	toks, words := r.toks, r.words
	nb := number{value: strconv.Itoa(n), bound: boundBefore(words[:i]), when: when}
	for k, m := i+1, 0; k < len(toks) && m < 2 && !inOtherClause(r.text, r.base, toks[k-1], toks[k]); k++ {
		if !stopwords[words[k]] {
			nb.near = append(nb.near, nearStem(toks[k].key))
			m++
		}
	}
	if nb.bound == exact {
		nb.bound = boundAfter(words[i+1:])
	}
	return nb
}

// digits returns the number written from token i, a token of digits, to token j, joined
// as written: "120,000", "1.5", "9/11"; and the magnitude written onto its last digits, as
// in "£1.5million" or "$2bn" (0 when none).
func (r numberReader) digits(i int) (string, int, float64) {
	toks := r.toks
	v, times := splitMagnitude(toks[i].key)
	j := i
	for times == 0 && j+1 < len(toks) && toks[j+1].start == toks[j].end+1 && (allDigits(toks[j+1].key) || suffixed(toks[j+1].key)) {
		var d string
		d, times = splitMagnitude(toks[j+1].key)
		v += r.text[toks[j].end-r.base:toks[j+1].start-r.base] + d
		j++
	}
	return v, j, times
}

// suffixed reports whether w is digits with a magnitude written onto them: "1million",
// "2bn".
func suffixed(w string) bool {
	_, times := splitMagnitude(w)
	return times > 0
}

// splitMagnitude splits w into its digits and the magnitude written onto them ("5million" is
// "5" and 1e6, "2bn" "2" and 1e9); a word that is not so is returned whole, with 0.
func splitMagnitude(w string) (string, float64) {
	k := 0
	for k < len(w) && w[k] >= '0' && w[k] <= '9' {
		k++
	}
	if k == 0 || k == len(w) {
		return w, 0
	}
	if m := magnitudes[strings.ToLower(w[k:])]; m > 0 {
		return w[:k], m
	}
	return w, 0
}

// yearOrDate reports whether the number v of tokens i to j is a year or a day of a date.
func (r numberReader) yearOrDate(v string, i, j int) bool {
	if n, err := strconv.Atoi(v); err == nil && n >= 1900 && n <= 2100 && len(v) == 4 {
		return true
	}
	return i > 0 && monthNames[r.words[i-1]] > 0 || j+1 < len(r.toks) && monthNames[r.words[j+1]] > 0
}

// figure returns the number v of tokens i to j with its bound, magnitude (times when written
// onto its digits, else the word after it), unit and periods (when), and the token after its
// unit; false when it is part of a name.
func (r numberReader) figure(v string, i, j int, times float64, when []string) (number, int, bool) {
	toks, words := r.toks, r.words
	nb := number{value: v, bound: boundBefore(words[:i]), when: when, times: times}
	if times == 0 && j+1 < len(toks) && !toks[j].punctAfter {
		nb.times = magnitudes[words[j+1]]
	}
	after := j + 1
	if after < len(toks) && !toks[j].punctAfter {
		if u, ok := unitWords[words[after]]; ok {
			nb.unit = u
			after++
		}
	}
	if inName(toks, words, i, j, after) {
		return number{}, 0, false
	}
	return nb, after, true
}

// nearFigure gives the number nb at token i, whose unit ends before token after, the words
// next to it in its clause: two after it ("$9,999, with the smaller version" does not price a
// version) and one before it, unless it is a number of a list ("retailing for $500 and $350,
// respectively", the last number's unit ending before prevAfter), which shares the words
// before it with the others: they do not say which thing it counts.
func (r numberReader) nearFigure(nb *number, i, after, prevAfter int) {
	toks, words := r.toks, r.words
	for k, n := after, 0; k < len(toks) && n < 2 && !inOtherClause(r.text, r.base, toks[k-1], toks[k]); k++ {
		if stopwords[words[k]] {
			continue
		}
		nb.near = append(nb.near, nearStem(toks[k].key))
		n++
	}
	listed := after+1 < len(words) && (words[after] == "and" || words[after] == "or") && allDigits(words[after+1]) ||
		i > 1 && (words[i-1] == "and" || words[i-1] == "or") && prevAfter == i-1
	for k := i - 1; !listed && k >= 0 && k >= i-2 && !inOtherClause(r.text, r.base, toks[k], toks[k+1]); k-- {
		if !stopwords[words[k]] {
			nb.near = append(nb.near, nearStem(toks[k].key))
			break
		}
	}
}

// nearStem stems a word next to a number, a toll's words as one: "144 people had been
// killed", "at least 2,700 people had died" and "1,700 dead" count deaths alike.
func nearStem(w string) string {
	switch strings.ToLower(w) {
	case "killed", "died", "dead", "death", "deaths", "fatalities", "dying", "perished":
		return "death"
	}
	return stem(w)
}

// countWords are the counts news writes as words: "two people", "nine deaths". Not "one",
// which is a pronoun as often ("one of them", "no one").
var countWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
	"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}

// countWord returns the count that words[i] writes as a word before what it counts ("nine
// deaths", "two people were killed"), or 0: not a count of a set named before ("the two
// men", "both"), not part of one ("two of them", "two-thirds", "twenty-five"), nor one the
// next word multiplies ("two million" is left to the digits' magnitudes).
func countWord(words []string, i int) int {
	if !periodMarks.has(words[i]) {
		return 0 // no count
	}
	n := countWords[words[i]]
	if n == 0 || i+1 >= len(words) {
		return 0
	}
	next := words[i+1]
	if countStops[next] || magnitudes[next] > 0 || countWords[next] > 0 || strings.ContainsAny(words[i], "-") {
		return 0
	}
	if i > 0 && (determiners[words[i-1]] && words[i-1] != "that" || setWords[words[i-1]]) {
		return 0
	}
	return n
}

// countStops after a count word make it no count of its own: "two of them", "two or three",
// "two to three", "one in five".
var countStops = setOf(strings.Fields(`of or and to in by on at per times percent`))

// setWords before a count make it the size of a set the text has named: "all three", "both".
var setWords = setOf(strings.Fields(`all both every each first last other another these those`))

// periodsOf returns the periods words names, each with a letter for its kind: "y:2016" a
// year; "r:last year", "r:yesterday", "r:past 24 hours" a time counted from the day of
// writing; "s:h1", "s:q3", "s:first 7 months" a span of a year; "p:m03" a month, "p:d09-05"
// a day of it, "p:wsaturday" a day of the week. A year or month after "since" starts a
// running count ("400 people have died since July") and names no period; a year before a
// name is part of it ("asteroid 2014 RC").
func periodsOf(toks []token, words []string) []string {
	var out []string
	add := func(p string) {
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	since := func(i int) bool {
		return i > 0 && words[i-1] == "since" ||
			i > 1 && words[i-2] == "since" && (words[i-1] == "early" || words[i-1] == "late" || words[i-1] == "mid") ||
			i > 2 && words[i-3] == "since" && words[i-2] == "at" && words[i-1] == "least"
	}
	for i, w := range words {
		if len(w) != 4 && !periodMarks.has(w) {
			continue // no year, and no word of the cases below
		}
		next := ""
		if i+1 < len(words) {
			next = words[i+1]
		}
		switch {
		case len(w) == 4 && allDigits(w) && w >= "1900" && w <= "2100":
			if since(i) || next != "" && !toks[i].punctAfter && capitalized(toks[i+1].key) && !stopwords[next] && monthNames[next] == 0 {
				continue
			}
			add("y:" + w)
		case monthNames[w] > 0 && capitalized(toks[i].key):
			if since(i) || w == "may" && !allDigits(next) && (i == 0 || !monthWords[words[i-1]]) {
				continue
			}
			m := strconv.Itoa(100 + monthNames[w])[1:]
			day := ""
			if allDigits(next) && len(next) <= 2 {
				day = next
			} else if i > 0 && allDigits(words[i-1]) && len(words[i-1]) <= 2 {
				day = words[i-1]
			}
			if day == "" {
				add("p:m" + m)
			} else {
				d, _ := strconv.Atoi(day)
				add("p:d" + m + "-" + strconv.Itoa(100 + d)[1:])
			}
		case weekdays[w] && capitalized(toks[i].key):
			add("p:w" + w)
		case w == "yesterday" || w == "today" || w == "tonight":
			add("r:" + w)
		case (w == "last" || w == "this" || w == "next" || w == "past") && relativeUnits[next]:
			if w == "past" {
				w = "last"
			}
			add("r:" + w + " " + next)
		case (w == "first" || w == "second") && next == "half":
			add("s:h" + ordinals[w])
		case ordinals[w] != "" && next == "quarter":
			add("s:q" + ordinals[w])
		case len(w) == 2 && w[0] == 'q' && w[1] >= '1' && w[1] <= '4':
			add("s:" + w)
		case (w == "first" || w == "last" || w == "past") && i+2 < len(words) && (allDigits(next) || numberWords[next] > 0) && spanUnits[words[i+2]] != "":
			n := next
			if numberWords[next] > 0 {
				n = strconv.Itoa(numberWords[next])
			}
			if w == "first" {
				add("s:first " + n + " " + spanUnits[words[i+2]])
			} else {
				add("r:last " + n + " " + spanUnits[words[i+2]])
			}
		}
	}
	return out
}

var (
	weekdays      = setOf(strings.Fields("monday tuesday wednesday thursday friday saturday sunday"))
	monthWords    = setOf(strings.Fields("in of since until during early late mid last this next by before after"))
	relativeUnits = setOf(strings.Fields("year month week quarter weekend night"))
	ordinals      = map[string]string{"first": "1", "second": "2", "third": "3", "fourth": "4"}
	numberWords   = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
	spanUnits     = map[string]string{"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year", "hours": "hour"}
)

// periodMarks marks the words other than years that periodsOf reads a period from (months,
// weekdays, "yesterday", "last", "first", "q1", ...) and those countWord reads a count from,
// so that datesOf, periodsOf and countWord pass most words by.
var periodMarks = func() *wordMarks {
	m := marksOf(weekdays)
	for _, set := range []map[string]int{monthNames, countWords} {
		for w := range set {
			m.mark(w)
		}
	}
	for w := range ordinals {
		m.mark(w)
	}
	for _, w := range strings.Fields("yesterday today tonight last this next past q1 q2 q3 q4") {
		m.mark(w)
	}
	return m
}()

// datedPeriods resolves the periods (periodsOf) of a text of the date ("2024-07-10") that
// count from the day of writing into years: "r:last year" is "y:2023", "r:this year" is
// "y:2024"; a span of a year that names no year ("in the first half of the year") is of the
// date's year. It returns a new slice.
func datedPeriods(when []string, date string) []string {
	if len(date) < 4 || !allDigits(date[:4]) {
		return when
	}
	year, _ := strconv.Atoi(date[:4])
	out := make([]string, 0, len(when)+1)
	hasYear, hasSpan := false, false
	for _, p := range when {
		switch p {
		case "r:last year":
			p = "y:" + strconv.Itoa(year-1)
		case "r:this year":
			p = "y:" + strconv.Itoa(year)
		case "r:next year":
			p = "y:" + strconv.Itoa(year+1)
		}
		hasYear = hasYear || p[0] == 'y'
		hasSpan = hasSpan || p[0] == 's'
		if !contains(out, p) {
			out = append(out, p)
		}
	}
	if hasSpan && !hasYear {
		out = append(out, "y:"+strconv.Itoa(year))
	}
	return out
}

// otherPeriods reports whether two texts' periods (periodsOf) say their numbers are of
// different times: they name periods of one kind and none of them is one period ("in 2008"
// against "in 2016", "last year" against "this year", "in the first half of the year"
// against "in the first seven months"), or one names a span of the year both name and the
// other the whole year ("in the first half of 2014" against "in 2014"). A text that names no
// period may speak of any.
func otherPeriods(a, b []string) bool {
	kinds := map[byte][2][]string{}
	for _, p := range a {
		k := kinds[p[0]]
		k[0] = append(k[0], p)
		kinds[p[0]] = k
	}
	for _, p := range b {
		k := kinds[p[0]]
		k[1] = append(k[1], p)
		kinds[p[0]] = k
	}
	for _, k := range kinds {
		if len(k[0]) == 0 || len(k[1]) == 0 {
			continue
		}
		one := false
		for _, x := range k[0] {
			for _, y := range k[1] {
				one = one || samePeriod(x, y)
			}
		}
		if !one {
			return true
		}
	}
	y, s, p := kinds['y'], kinds['s'], kinds['p']
	return len(common(y[0], y[1])) > 0 && (len(s[0]) == 0) != (len(s[1]) == 0) && len(p[0])+len(p[1]) == 0
}

// samePeriod reports whether two periods of one kind may be one: equal, or a day of the
// week against a date or month, or a date in the month.
func samePeriod(x, y string) bool {
	if x == y {
		return true
	}
	if x[0] != 'p' {
		return false
	}
	x, y = x[2:], y[2:]
	switch {
	case x[0] == 'w' || y[0] == 'w':
		return x[0] != y[0]
	case x[0] == 'm' && y[0] == 'd':
		return x[1:] == y[1:3]
	case x[0] == 'd' && y[0] == 'm':
		return y[1:] == x[1:3]
	}
	return false
}

// inOtherClause reports whether a comma, semicolon, colon, bracket or dash comes between
// tokens a and b of text (from offset base): they are in different clauses. (Unlike
// [clauseBreak], "$" and "%" join a number to its words.)
func inOtherClause(text string, base int, a, b token) bool {
	gap := text[a.end-base : b.start-base]
	return strings.ContainsAny(gap, ",;:()[]—–") || strings.Contains(gap, "--") || strings.Contains(gap, " - ")
}

// bound is how the words around a number bound the quantity it gives.
type bound uint8

const (
	exact   bound = iota // "12 people were killed"
	atLeast              // "more than 17%", "at least 400", "in excess of $10 billion", "12 or more"
	atMost               // "up to $5,000", "fewer than 20", "as many as 12"
	nearly               // "nearly 300", "almost 300": a little less
	about                // "about 300", "roughly 12 hours", "some 300", "an estimated 300"
	ranged               // "between $4,000 and $5,000": the other end is in number.other
)

// boundPhrases bound the number they come right before; a longer phrase is tried before
// the shorter one it ends with ("no more than" before "more than").
var boundPhrases = []struct {
	words []string
	b     bound
}{
	{[]string{"no", "more", "than"}, atMost}, {[]string{"not", "more", "than"}, atMost},
	{[]string{"no", "fewer", "than"}, atLeast}, {[]string{"no", "less", "than"}, atLeast},
	{[]string{"not", "less", "than"}, atLeast}, {[]string{"in", "excess", "of"}, atLeast},
	{[]string{"just", "under"}, nearly}, {[]string{"just", "short", "of"}, nearly},
	{[]string{"as", "many", "as"}, atMost}, {[]string{"as", "much", "as"}, atMost},
	{[]string{"a", "maximum", "of"}, atMost}, {[]string{"a", "minimum", "of"}, atLeast},
	{[]string{"more", "than"}, atLeast}, {[]string{"greater", "than"}, atLeast},
	{[]string{"at", "least"}, atLeast}, {[]string{"upwards", "of"}, atLeast},
	{[]string{"upward", "of"}, atLeast}, {[]string{"less", "than"}, atMost},
	{[]string{"fewer", "than"}, atMost}, {[]string{"at", "most"}, atMost}, {[]string{"up", "to"}, atMost},
	{[]string{"close", "to"}, about}, {[]string{"an", "estimated"}, about},
	{[]string{"over"}, atLeast}, {[]string{"above"}, atLeast}, {[]string{"exceeding"}, atLeast},
	{[]string{"under"}, atMost}, {[]string{"below"}, atMost},
	{[]string{"nearly"}, nearly}, {[]string{"almost"}, nearly},
	{[]string{"about"}, about}, {[]string{"around"}, about}, {[]string{"roughly"}, about},
	{[]string{"approximately"}, about}, {[]string{"some"}, about}, {[]string{"estimated"}, about},
	{[]string{"circa"}, about},
}

// boundBefore returns the bound the words ending right before a number set on it.
func boundBefore(words []string) bound {
	for _, p := range boundPhrases {
		if n := len(p.words); n <= len(words) && slices.Equal(words[len(words)-n:], p.words) {
			return p.b
		}
	}
	return exact
}

// boundAfter returns the bound the words right after a number (and its unit) set on it:
// "12 or more", "300 or so".
func boundAfter(words []string) bound {
	if len(words) > 0 && magnitudes[words[0]] > 0 {
		words = words[1:]
	}
	if len(words) > 0 && words[0] == "plus" {
		return atLeast
	}
	if len(words) < 2 || words[0] != "or" && words[0] != "and" {
		return exact
	}
	switch words[1] {
	case "more", "over", "above":
		return atLeast
	case "less", "fewer", "under":
		return atMost
	case "so":
		if words[0] == "or" {
			return about
		}
	}
	return exact
}

// magnitudes are the words that multiply the number before them: "1.12 million".
var magnitudes = map[string]float64{"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12, "bn": 1e9}

// approxSlack is how far, as a share of it, "about 300" allows the quantity to be from
// 300; "nearly 300" allows as much below it.
const approxSlack = 0.1

// span returns the least and the most the number allows, in its unit: 17 and +Inf for
// "more than 17", 270 and 330 for "about 300", 12 and 12 for "12".
func (n number) span() (lo, hi float64, ok bool) {
	v, ok := n.float()
	if !ok {
		return 0, 0, false
	}
	switch n.bound {
	case atLeast:
		return v, math.Inf(1), true
	case atMost:
		return math.Inf(-1), v, true
	case nearly:
		return v * (1 - approxSlack), v, true
	case about:
		return v * (1 - approxSlack), v * (1 + approxSlack), true
	case ranged:
		return min(v, n.other), max(v, n.other), true
	}
	return v, v, true
}

// inName reports whether the number of toks[i:j+1], whose unit (if any) ends before after,
// is part of a name: it follows a capitalised word ("Flight 370", "F-16", "iPhone 6"), or
// it and its unit come before one ("the 11-inch MacBook Air").
func inName(toks []token, words []string, i, j, after int) bool {
	name := func(t token, w string) bool {
		// "iPhone": a capital inside a word marks a name too.
		return (capitalized(t.key) && !t.sentStart || strings.ToLower(t.key[1:]) != t.key[1:]) && !stopwords[w]
	}
	if i > 0 && !toks[i-1].punctAfter && !toks[i-1].poss && name(toks[i-1], words[i-1]) {
		return true
	}
	return after > j+1 && after < len(toks) && !toks[after-1].punctAfter && name(toks[after], words[after])
}

// A unit is what a quantity is measured in: its dimension and its size in the dimension's
// base unit (metre, kilogram, second).
type unit struct {
	dim   string
	scale float64
}

// units are the units numbers are compared in, by name.
var units = map[string]unit{
	"millimetre": {"length", 0.001}, "centimetre": {"length", 0.01}, "metre": {"length", 1},
	"kilometre": {"length", 1000}, "inch": {"length", 0.0254}, "foot": {"length", 0.3048},
	"yard": {"length", 0.9144}, "mile": {"length", 1609.344},
	"gram": {"mass", 0.001}, "kilogram": {"mass", 1}, "pound": {"mass", 0.4536}, "ton": {"mass", 1000},
	"second": {"time", 1}, "minute": {"time", 60}, "hour": {"time", 3600}, "day": {"time", 86400},
	"week": {"time", 7 * 86400}, "month": {"time", 30.4 * 86400}, "year": {"time", 365.25 * 86400},
	"percent": {"percent", 1},
}

// unitWords name a unit as written after a number (lower case), with its name in units.
var unitWords = func() map[string]string {
	m := map[string]string{
		"mm": "millimetre", "cm": "centimetre", "m": "metre", "km": "kilometre", "ft": "foot",
		"feet": "foot", "foot": "foot", "inches": "inch", "yd": "yard", "kg": "kilogram",
		"g": "gram", "lb": "pound", "lbs": "pound", "tonne": "ton", "tonnes": "ton",
		"per": "percent", "pct": "percent", "sec": "second", "min": "minute", "mins": "minute",
		"hr": "hour", "hrs": "hour",
	}
	for u := range units {
		m[u], m[u+"s"] = u, u
		if strings.HasSuffix(u, "metre") { // "meter", "kilometers"
			us := strings.TrimSuffix(u, "metre") + "meter"
			m[us], m[us+"s"] = u, u
		}
	}
	m["kilo"], m["kilos"] = "kilogram", "kilogram"
	return m
}()

// comparable reports whether two different numbers next to the same words contradict each
// other: two counts, or two quantities in one unit, or in units of one dimension that differ
// by more than rounding a conversion does ("about 20 metres" is "60 feet" wide), of one time
// (not "42% in 2008" against "17% in 2016", see [otherPeriods]), and that no value satisfies
// both: "more than 17%" allows 42%, "roughly 12 hours" allows 13, "at least
// 400" does not allow 165. A count and a measure, or measures of different dimensions, say
// different things.
func comparable(x, y number) bool {
	if x.unit != y.unit && (x.unit == "" || y.unit == "" || units[x.unit].dim != units[y.unit].dim) || otherPeriods(x.when, y.when) {
		return false
	}
	lx, hx, ok1 := x.span()
	ly, hy, ok2 := y.span()
	if !ok1 || !ok2 {
		return x.unit == y.unit // "9/11" against "9/12": as written
	}
	slack := 0.0
	if x.unit != y.unit {
		sx, sy := units[x.unit].scale, units[y.unit].scale
		lx, hx, ly, hy = lx*sx, hx*sx, ly*sy, hy*sy
		slack = convertSlack
	}
	return hx < ly*(1-slack) || hy < lx*(1-slack)
}

// convertSlack is how far apart two quantities in different units may be, as a share of the
// larger, and still be one quantity converted and rounded.
const convertSlack = 0.2

// float returns the number's value, its magnitude applied: "120,000", "1.5" and "1.12
// million" are numbers, "9/11" is none.
func (n number) float() (float64, bool) {
	v := strings.ReplaceAll(n.value, ",", "")
	f, err := strconv.ParseFloat(v, 64)
	if n.times > 0 {
		f *= n.times
	}
	return f, err == nil
}

// datesOf reads "September 5" and "5 September" as "09-05".
func datesOf(words []string) []string {
	var out []string
	for i, w := range words {
		if !periodMarks.has(w) {
			continue // no month
		}
		m := monthNames[w]
		if m == 0 || w == "may" && (i == 0 || !allDigits(words[i-1])) && (i+1 == len(words) || !allDigits(words[i+1])) {
			continue
		}
		day := ""
		if i+1 < len(words) && allDigits(words[i+1]) && len(words[i+1]) <= 2 {
			day = words[i+1]
		} else if i > 0 && allDigits(words[i-1]) && len(words[i-1]) <= 2 {
			day = words[i-1]
		}
		if day == "" {
			continue
		}
		d, _ := strconv.Atoi(day)
		out = append(out, strconv.Itoa(100 + m)[1:]+"-"+strconv.Itoa(100 + d)[1:])
	}
	return out
}

// agentOf returns the side the content names first and the stems of up to three content
// words after it: "Russian forces shelled the hospital" gives Russia, [forc shell hospital].
// A content naming two sides has no single agent.
func agentOf(g *gazetteer, ds *docSides, toks []token, words []string) (string, []string) {
	ms := g.find(toks)
	agent, at := "", -1
	for _, m := range ms {
		side := ds.resolve(m.side)
		if side == "" {
			continue
		}
		if agent != "" && side != agent {
			return "", nil
		}
		if agent == "" {
			agent, at = side, m.i+m.n
		}
	}
	// The doer is the subject: the side opens the content ("Russian forces shelled", "the
	// Israeli army fired"), not "the talks with South Korea".
	if agent == "" || at-1 > 1 || at-1 == 1 && words[0] != "the" {
		return "", nil
	}
	for _, m := range ms {
		if m.i+m.n == at && m.i > 1 {
			return "", nil
		}
	}
	var deed []string
	for k := at; k < len(toks) && len(deed) < 3; k++ {
		if !stopwords[words[k]] && len(words[k]) > 1 {
			deed = append(deed, stem(toks[k].key))
		}
	}
	return agent, deed
}

// norBefore reports whether the word right before offset at in text is "nor": "neither
// confirmed nor denied".
func norBefore(text string, at int) bool {
	before := strings.TrimRight(text[:at], " \t\n")
	n := len(before)
	// Only the last word is read: lower-casing all the text before it made a long
	// document's claims quadratic.
	return n >= 3 && strings.EqualFold(before[n-3:], "nor") && (n == 3 || before[n-4] == ' ')
}

// withoutOpeningQuote returns a reference without the quotation mark it opens with when the
// mark closes after it: "“These claims" of “These claims are false and ridiculous”.
func withoutOpeningQuote(ref string) string {
	for _, q := range [][2]string{{"\"", "\""}, {"“", "”"}, {"‘", "’"}} {
		if rest, ok := strings.CutPrefix(ref, q[0]); ok && !strings.Contains(rest, q[1]) {
			return rest
		}
	}
	return ref
}
