package compare

import (
	"bytes"
	_ "embed"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdiff/claims"
)

//go:embed gazetteer/titles.txt
var titlesTxt string

var titleWords = func() map[string]bool {
	m := map[string]bool{}
	for _, l := range strings.Split(titlesTxt, "\n") {
		l = strings.TrimSpace(l)
		if l != "" && !strings.HasPrefix(l, "#") {
			m[strings.ToLower(l)] = true
		}
	}
	return m
}()

// postVerbs tell, after "who", a post held in the past: "who ran a pro-Jeb Bush super PAC",
// "who led the agency".
var postVerbs = setOf(strings.Fields("ran led headed chaired managed directed oversaw served"))

// ownSideWords mark a speaker who does not speak for his country's government: a former
// leader, the opposition. Such an actor is a side of his own.
var ownSideWords = setOf(strings.Fields("former ex ousted exiled jailed opposition dissident deposed retired"))

func isTitle(t token) bool { return lowered(titleWords, t.key) }

// jobWords are jobs written before a name, capitalised where they open a sentence
// ("YouTuber Josh Paler Lin wanted ..."): no part of the name, and unlike a title no office
// that gives its holder a country's side ("an Iranian journalist" is no Iran's). None is a
// common surname (not "singer", "baker").
var jobWords = setOf(strings.Fields("youtuber vlogger blogger prankster comedian actor actress rapper journalist columnist activist novelist filmmaker photographer photojournalist reporter correspondent priest pastor imam rabbi cleric preacher"))

// nationalNouns, after a country's adjective, make it a person's nationality, no side: a
// journalist writes for no government ("veteran American reporter"), and a hostage or a
// victim is no voice of his country ("US hostage Luke Somers", "a British aid worker"), nor
// a fighter against it ("a group of British jihadists").
var nationalNouns = setOf(strings.Fields("hostage hostages captive captives prisoner detainee victim victims citizen citizens national nationals tourist tourists student students worker workers defector defectors dissident dissidents exile exiles refugee refugees immigrant immigrants migrant migrants hacker hackers jihadist jihadists extremist extremists"))

// expertWords, after a country's name or adjective, make it the field or the nationality of
// a scholar or a journalist, no side: "North Korea experts", "Pyongyang watchers", "British
// astronomer Patrick Moore", "Journalists in Havana". An acronym before them is the body he works at: "NASA asteroid expert".
var expertWords = setOf(strings.Fields("expert experts analyst analysts observer observers watcher watchers specialist specialists scholar scholars researcher researchers scientist scientists astronomer astronomers economist economists historian historians academic academics professor journalist journalists reporter reporters correspondent correspondents"))

// personNouns, after a country's name, make it a private person's nationality: "a British
// man who went to fight", "a Canadian woman". (After an armed group's they name its
// members: "Isis men".)
var personNouns = setOf(strings.Fields("man men woman women boy boys girl girls teenager teenagers"))

// privateJobs, after a country's name or its capital's, make it where a private professional
// works, no side: "Marc E. Elias, a Washington lawyer" (not "Justice Department lawyers",
// nor "U.S. Attorney", an office).
var privateJobs = setOf(strings.Fields("lawyer lawyers lobbyist lobbyists consultant consultants"))

// honorifics are titles of address, no offices: a country before "Mr Omar" ("Back in London
// Mr Omar was questioned") is no side of his.
var honorifics = setOf(strings.Fields("mr mrs ms dr"))

// nationalityOf returns the country a source names as its nationality or its medium's
// ([nationality], [namedMedium]): "Iraqi news outlets" is Iraq's; "" when there is none.
func nationalityOf(g *gazetteer, name string) string {
	toks := tokenize(name, 0)
	for _, m := range g.find(toks) {
		if countries()[m.side] && (nationality(toks, m) || namedMedium(toks, m)) {
			return m.side
		}
	}
	return ""
}

// analystBody reports whether the mention m of toks names a body before an analyst's
// word, one small-letter field word at most between ("Apple analyst Gene Munster", "KGI
// Securities analyst", "Canalys senior analyst"): the company he covers or the bank or
// firm he works at, whose own account he does not give either way. A country's body is
// left to the country's rules ("CIA analysts" are the United States').
func analystBody(toks []token, m mention) bool {
	if countries()[m.side] || m.side == govSide {
		return false
	}
	e := m.i + m.n
	if e < len(toks) && !toks[e-1].poss && !toks[e-1].punctAfter && !capitalized(toks[e].key) && !lowered(analystWords, toks[e].key) && !toks[e].punctAfter {
		e++ // a field word: "Apple industry analyst"
	}
	return e < len(toks) && lowered(analystWords, toks[e].key) && !toks[e-1].poss
}

// analystWords name those who comment on a body's business from outside it.
var analystWords = setOf(strings.Fields("analyst analysts"))

// countryName reports whether the mention m of toks is a country's name or a word of one
// that is no acronym ("North Korea", "British", "Pyongyang"), not a body's ("NASA", "Nasa",
// "US Geological Survey") nor an organisation's of the document ("KGI Securities analyst").
func countryName(toks []token, m mention) bool {
	if !countries()[m.side] {
		return false
	}
	if m.n == 1 {
		return !acronym(toks[m.i].key) && !acronymAliases()[strings.ToUpper(toks[m.i].key)]
	}
	words := make([]string, m.n)
	for k, t := range toks[m.i : m.i+m.n] {
		words[k] = t.key
	}
	return strings.Join(words, " ") == m.side
}

// headsPhrase reports whether token e of toks ends its noun phrase: no small-letter word
// follows it in its clause but a stopword or a participle ("a British national", "US hostage
// Luke Somers", "the British captive's relatives", "an Iraqi national living in Sweden"; not
// the modifier of "US national security adviser", "US student visa officials").
func headsPhrase(toks []token, e int) bool {
	if e+1 >= len(toks) || toks[e].poss || toks[e].punctAfter {
		return true
	}
	next := toks[e+1].key
	return capitalized(next) || stopwords[next] || postParticiple(next)
}

// postParticiple reports whether the small-letter w looks like a participle, which follows
// the noun it qualifies: "living", "detained", "held", "born".
func postParticiple(w string) bool {
	return strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "ed") || irregularParticiples[w]
}

// irregularParticiples are the participles without "-ed" that qualify a person most often.
var irregularParticiples = setOf(strings.Fields("held born kept taken seen known caught"))

// nationality reports whether the country mention m of toks is a person's nationality: a job
// word or a national noun heading its phrase ([headsPhrase]) in small letters follows it, at
// most two small-letter words between ("American freelance journalist", "US aid worker", "the
// British-born American photojournalist"), or an expert's word after a country's name ([countryName]: "British
// military expert"); not after a word of the government's ("Nicaraguan government
// scientists").
func nationality(toks []token, m mention) bool {
	for e := m.i + m.n; e < len(toks) && e <= m.i+m.n+2; e++ {
		t := toks[e]
		if jobWords[t.key] || nationalNouns[t.key] && headsPhrase(toks, e) || (expertWords[t.key] || personNouns[t.key] || privateJobs[t.key]) && countryName(toks, m) {
			return true
		}
		if stateWords[t.key] {
			return false // "Nicaraguan government scientists"
		}
		if toks[e-1].poss || toks[e-1].punctAfter || capitalized(t.key) || stopwords[t.key] {
			return false
		}
	}
	return false
}

// source is what a claim's source says of its actor, read within its document.
type source struct {
	person string // personal name without titles: "Shah Mehmood Qureshi"; "" for an organisation
	org    string // organisation or group: "State Department", "officials at the foreign ministry"
	side   string // side named in the source itself ("Pakistan", "the foreign ministry"), resolved
	own    bool   // the source is marked former or opposition in the document
	// exile: the source is a body of defectors, exiles or dissidents ([exileBody]).
	exile bool
	// principal is the person the source speaks for, as the document names him: "Duncan
	// Hunter" for "Hunter spokesman Joe Kasper" or "a Hunter spokesman".
	principal string
	// apposed: the principal is read from an apposition ("Tad Devine, a senior adviser to Mr.
	// Sanders,"), no title before the name.
	apposed bool
	// personal: the source serves the principal in a personal or political role, not in
	// an office ([personalRole]: "David Axelrod, a longtime adviser to Barack Obama", "the
	// Obama campaign"): he speaks for the person, not for the government the person heads.
	personal bool
	votes    map[string]float64
	// acr is the acronym of a body the person's titles name, whose side the document does
	// not say ("NOSDRA director-general Idris Musa"): another article may.
	acr string
	// guessed: the person's side is the document's focus, read from an institution's title
	// that names no country ("Foreign Secretary Philip Hammond" in a story about the US).
	guessed bool
	// desc are the words that describe the person in the document ([docSides.describe]):
	// "senator" for "Sen. Chuck Grassley", "pollster" for "Geoff Garin, a Democratic
	// pollster,".
	desc []string
	// past: an apposition in the document gives the person a former office ("Rick Tyler, a
	// former senior aide to Mr. Cruz,"): the side other documents give him is no present one
	// ([Corpus.agentSides], [Corpus.actorSide]); he is no side of his own either, as one
	// titled "former" is ([source.own]): an apposition tells his past, a title his standing.
	past bool
	// namesakes are the full names the document writes a one-word person's name in, when
	// it writes several ("George H. W. Bush" and "George W. Bush" for "the elder Bush"):
	// the name is one of them ([Corpus.joinSurnames]).
	namesakes []string
}

// splitName reads a resolved speaker name: the personal name at its end (capitalised words
// that are neither titles nor side names) and the side its other words name.
func splitName(g *gazetteer, name string) (person string, side string, own bool) {
	if person, side, own, ok := splitAtComma(g, name); ok {
		return person, side, own
	}
	toks := tokenize(name, 0)
	ms, private, topic := speakerMentions(toks, name, g.find(toks))
	private = private || privateHead(toks) // "Analysts in Iraq", "a man in Baghdad"
	ms = sideMentions(toks, ms, private)
	end := len(toks)
	start := personStart(name, toks, mentionMask(len(toks), ms))
	if start < end && notPersonAt(toks, start, topic) {
		start = end
	}
	if start < end {
		// As written, hyphens kept ("Agence France-Presse"), spaces made single.
		person = strings.Join(strings.Fields(name[toks[start].start:toks[end-1].end]), " ")
	}
	for _, t := range toks[:start] {
		if lowered(ownSideWords, t.key) {
			own = true
		}
	}
	side = nameSide(toks, ms, start, person, private)
	own = own || countries()[side] && partyTitle(toks[:start])
	return person, side, own
}

// partyTitle reports whether the titles toks make their holder a party's figure, no voice
// of his country's government: "far-right", "far-left", or "party" before a leader's word
// ("France's far-right National Front party leader"); not of a ruling or a communist party.
func partyTitle(toks []token) bool {
	party := false
	for k, t := range toks {
		switch {
		case lowered(partyBreakers, t.key):
			return false
		case strings.EqualFold(t.key, "far") && k+1 < len(toks) && (toks[k+1].key == "right" || toks[k+1].key == "left"):
			party = true
		case strings.EqualFold(t.key, "party") && k+1 < len(toks) && lowered(partyHeads, toks[k+1].key):
			party = true
		}
	}
	return party
}

// partyBreakers make a party's figure a government's: "ruling party leader".
var partyBreakers = setOf(strings.Fields("ruling governing communist"))

// partyHeads follow "party" in the title of its figure: "party leader".
var partyHeads = setOf(strings.Fields("leader chief chairman chairwoman head founder"))

// splitAtComma splits a name with a comma ("Perera, who leads the opposition alliance"):
// the name before the comma, the words after it only for the side. ok is false when the
// name has none, or the words after it end a list of names.
func splitAtComma(g *gazetteer, name string) (person, side string, own, ok bool) {
	head, tail, found := strings.Cut(name, ",")
	if !found || strings.TrimSpace(head) == "" || nameList(tail) {
		return "", "", false, false
	}
	person, side, own = splitName(g, head)
	tt := tokenize(tail, 0)
	for _, t := range tt {
		if lowered(ownSideWords, t.key) {
			own = true
		}
	}
	if ms := g.find(tt); side == "" && len(ms) > 0 {
		side = ms[0].side
	}
	return person, side, own, true
}

// sideMentions returns the mentions ms of the name's words toks that may give the side
// (private: the speaker is a private person). A country listed with places that are none is
// one of them: "voters in Alabama, Georgia and Virginia" are in the US state. A place where
// the body sits is not whose it is: "the North Korean embassy in London" speaks for North
// Korea. A place gives the side when no country does: "officials in Baghdad", "the foreign
// ministry in Beijing"; not where a nationality is named ("One North Korea expert living in
// Seoul").
func sideMentions(toks []token, ms []mention, private bool) []mention {
	inMention := mentionMask(len(toks), ms)
	kept := ms[:0]
	for _, m := range ms {
		if m.side == govSide || !listedWithOthers(toks, inMention, m) {
			kept = append(kept, m)
		}
	}
	ms = kept
	named := private // a country named other than as a place
	for _, m := range ms {
		if m.side != govSide && !inPlace(toks, m.i) {
			named = true
		}
	}
	if named {
		kept = ms[:0]
		for _, m := range ms {
			if !inPlace(toks, m.i) {
				kept = append(kept, m)
			}
		}
		ms = kept
	}
	return ms
}

// personStart returns where the personal name at the end of toks starts: the capitalised
// words before the end that are neither titles, job words nor side names (inMention), with
// the particles inside a name ("Bill de Blasio") and a small-letter part after a hyphen that
// ends it ("Lim Byeong-chul"), after a broadcaster's name glued to it ("Fox News Sean Hannity" is Sean
// Hannity, the network what he is); len(toks) when there are none. toks are name's.
func personStart(name string, toks []token, inMention []bool) int {
	end := len(toks)
	start := end
	for start > 0 {
		t := toks[start-1]
		if start < end-1 && start >= 2 && mediumHeads[t.key] && capitalized(toks[start-2].key) && !slices.ContainsFunc(toks[start:end], func(t token) bool { return bodyHeads[t.key] }) {
			break // "Fox News Sean Hannity", "CBS News Major Garrett"
		}
		if start < end && start-2 >= 0 && lowered(nameParticles, t.key) && capitalized(toks[start-2].key) && !isTitle(toks[start-2]) && !inMention[start-2] {
			start-- // "Bill de Blasio", "Mohammed al-Momani"
			continue
		}
		if start == end && start >= 2 && !capitalized(t.key) && name[toks[start-2].end:t.start] == "-" && capitalized(toks[start-2].key) && len(toks[start-2].key) > 1 && !isTitle(toks[start-2]) && !allDigits(t.key) && !postParticiple(t.key) {
			start-- // "Lim Byeong-chul": a given name's small-letter part after a hyphen, not "Mountain View-based"
			continue
		}
		if inMention[start-1] || isTitle(t) || lowered(jobWords, t.key) || !capitalized(t.key) || loweredWord(stopwords, t.key) && !(t.key == "New" && start < end) || allDigits(t.key) {
			break // not "New" of a place's name: "the New York Post" is no "York Post"
		}
		if start < end && t.poss {
			break
		}
		start--
	}
	return start
}

// notPersonAt reports whether the capitalised words of toks from start to the end name no
// person: a place, the object of a preposition, the topic (at token topic), or a body.
func notPersonAt(toks []token, start, topic int) bool {
	end := len(toks)
	if start > 0 && inPlace(toks, start) {
		return true // a place, not a person: "the official at the embassy in England"
	}
	if objectOfPrep(toks, start, slices.ContainsFunc(toks[:start], func(t token) bool { return witnessWord(t.key) })) {
		return true // "Witnesses on the scene at the War Memorial", "a friend of Brown": not the speaker
	}
	if start == topic {
		return true // "a United Nations report on Iraq": the topic, no person; nor the host
	}
	if topic >= 0 && topic < start && toks[end-1].key == "Watch" {
		return true // "North Korea Leadership Watch": a watchdog of its topic ([watchdogOf])
	}
	if start >= 2 && (toks[start-1].key == "of" || toks[start-1].key == "for" || toks[start-1].key == "to" && !lowered(agentWords, toks[start-2].key)) && capitalized(toks[start-2].key) && !isTitle(toks[start-2]) {
		// a body's name: "dean of Columbia's Graduate School of Journalism", "Citizens
		// Coalition for Change", "Society for Prevention of Cruelty to Animals" (not "Aides
		// to Obama": whom they serve)
		return true
	}
	if start >= 2 && toks[start-1].key == "to" && bodyHeads[toks[start-2].key] {
		return true // a body's name, its aim after "to": "Committee to Protect Journalists"
	}
	if start >= 4 && (toks[start-1].key == "and" || toks[start-1].key == "&") {
		// "Institute for Science and International Security": the body's field goes on
		// after "and".
		k := start - 2
		for k > 0 && capitalized(toks[k].key) && !isTitle(toks[k]) && !toks[k].punctAfter {
			k--
		}
		if k < start-2 && (toks[k].key == "of" || toks[k].key == "for") && k > 0 && capitalized(toks[k-1].key) && !isTitle(toks[k-1]) {
			return true
		}
	}
	// A body, not a person: "Israel Radio", "local TV", "Korean Central TV", "King's College
	// London"; nor those who tell a reporter things: "Sources", "Photo Sources".
	return bodyHeads[toks[end-1].key] || lowered(informantWords, toks[end-1].key) || start == end-1 && mediaWords[toks[start].key] || start == end-2 && paperDays[toks[start].key] && mediaWords[toks[start+1].key] || slices.ContainsFunc(toks[start:end], func(t token) bool { return schoolHeads[t.key] })
}

// nameSide returns the side that the mentions ms of the name's words toks give: the side
// named last before the person (at token start; "Pakistan's Foreign Minister X") or
// anywhere in an organisation's name ("officials at the foreign ministry"), a named country
// winning over the institutions every country has ("China's foreign ministry" is China's).
// A private person's other countries are where he is or went: "two British men from west
// London who visited Tanzania", "a Catholic priest in America".
func nameSide(toks []token, ms []mention, start int, person string, private bool) string {
	side := ""
	for _, m := range ms {
		if (m.i < start || person == "") && (side == "" || side == govSide || m.side != govSide) {
			side = m.side
		}
	}
	if (private || slices.ContainsFunc(toks, func(t token) bool { return jobWords[t.key] })) && countries()[side] {
		side = ""
	}
	return side
}

// speakerMentions returns the mentions ms of a source's words toks (name as written) that may
// give the speaker's side, leaving out a country inside a compound name ("Agence
// France-Presse"), a birthplace, a seat, a person's name ("Mark Cuban"), the side opposed
// ("anti-ISIS"), a medium's city and a human rights group's country. private: a nationality
// or a medium's country was named, so the speaker is no state's; topic: the index of the
// country a work or an expert treats ([topicOf]) or an envoy is sent to ([hostOf]), or -1.
func speakerMentions(toks []token, name string, ms []mention) (kept []mention, private bool, topic int) {
	kept, topic = ms[:0], -1
	for _, m := range ms {
		if e := toks[m.i+m.n-1].end; e+1 < len(name) && name[e] == '-' && ('A' <= name[e+1] && name[e+1] <= 'Z' || strings.HasPrefix(name[e+1:], "born")) {
			continue // a compound name, "Agence France-Presse", or a birthplace: "South Korean-born Monte Haines"
		}
		if e := toks[m.i+m.n-1].end; strings.HasPrefix(name[e:], "-based") && !slices.ContainsFunc(toks[m.i+m.n:], isTitle) {
			continue // a seat: "the Britain-based group", not "the Gaza-based Ministry of Interior"
		}
		// The public, no government ("a majority of Americans", "most Germans"): the
		// mention stays in the name, no person's.
		private = private || publicOf(toks, m)
		if causeBody(toks, m) {
			continue // a body named for a cause: "Democracy for America"
		}
		if m.n == 1 && m.side != govSide && inPersonName(toks, m.i) {
			continue // a person's name: "Mark Cuban", "David French", "Chad Sweet"
		}
		if b := toks[m.i].start; b >= 5 && strings.EqualFold(name[b-5:b], "anti-") {
			continue // the side opposed: "anti-ISIS coalition partners"
		}
		if hostOf(toks, m.i) {
			topic = m.i
			continue // "the British ambassador to the United States": Britain's
		}
		if m.side != govSide && nationality(toks, m) {
			private = true
			continue // "US hostage Luke Somers", "American photojournalist Luke Somers"
		}
		if m.i >= 2 && toks[m.i-1].key == "from" && lowered(nationalNouns, toks[m.i-2].key) {
			private, topic = true, m.i
			continue // "undocumented immigrants from Mexico", "refugees from Syria": no person named Mexico
		}
		if analystBody(toks, m) {
			continue // "Apple analyst Gene Munster", "Piper Jaffray analyst Gene Munster"
		}
		if e := m.i + m.n; e < len(toks) && !toks[e-1].poss && mediumNamedFrom(toks, e) {
			continue // a medium named for its city: "The Washington Free Beacon", "The Jerusalem Post", "USA TODAY analysis"
		}
		if namedMedium(toks, m) {
			private = true
			continue // "Lebanese As-Safir newspaper", "Britain's Daily Mail"
		}
		if rightsBody(toks, m) {
			private = true
			continue // "the Britain-based Syrian Observatory for Human Rights"
		}
		if topicOf(toks, m.i) || watchdogOf(toks, m) {
			topic = m.i
			continue // "a United Nations report on Iraq", "experts on North Korea", "North Korea Leadership Watch"
		}
		if countries()[m.side] && withObject(toks, m.i) {
			topic = m.i
			continue // "comparison with Russian news footage", "a source with access to North Korea's leadership"
		}
		kept = append(kept, m)
	}
	return kept, private, topic
}

// mediumBefore reports whether the side's mention m among the titles before a name ending at
// token end is a medium's country ([namedMedium], read from two words before the mention):
// "South Korean newspaper The Dong Sinmun", "the state-run Chinese newspaper" is not, nor a
// body's media office ("PGA Tour media official Joel Schuchmann").
func mediumBefore(toks []token, m mention, end int) bool {
	e := m.i + m.n
	if e < end && toks[e].key == "media" && isTitle(toks[e+1]) {
		return false
	}
	lo := max(0, m.i-2)
	m.i -= lo
	return namedMedium(toks[lo:end+1], m)
}

// mediumNamedFrom reports whether the capitalised words of toks from e, no titles, start or
// end with a newspaper's word, in any case: "Free Beacon", "TODAY analysis", "TODAY/Suffolk
// University poll".
func mediumNamedFrom(toks []token, e int) bool {
	k := e
	for k < len(toks) && capitalized(toks[k].key) && !isTitle(toks[k]) {
		k++
	}
	return k > e && (mediaWords[titleCase(toks[e].key)] || mediaWords[titleCase(toks[k-1].key)])
}

// publicOf reports whether the country mention m of toks is a people's plural counted or
// taken in part, the public and no government: "majority of Americans", "most Germans",
// "two out of three Britons" (not "the Americans", nor a country named in the plural,
// "the Philippines").
func publicOf(toks []token, m mention) bool {
	t := toks[m.i]
	if m.n != 1 || m.i == 0 || !strings.HasSuffix(t.key, "s") || t.key == m.side || !countries()[m.side] {
		return false
	}
	before := toks[m.i-1].key
	return before == "of" || lowered(quantifiers, before) || allDigits(before)
}

// quantifiers count or take part of a people before its plural: "most Americans".
var quantifiers = setOf(strings.Fields("most many some few all ordinary average two three four five six seven eight nine ten"))

// causeBody reports whether the country mention m of toks ends the name of a body named for
// a cause, a capitalised word and "for" before it: "Democracy for America", "Veterans for
// Peru"; not "Minister for Europe" (a title) nor "a spokesman for Peru".
func causeBody(toks []token, m mention) bool {
	if m.i < 2 || toks[m.i-1].key != "for" || m.side == govSide {
		return false
	}
	t := toks[m.i-2]
	return capitalized(t.key) && !isTitle(t) && !lowered(jobWords, t.key) && !lowered(agentWords, t.key)
}

// paperDays open the names of newspapers before a newspaper's word: "Daily Mail", "Sunday
// Times", "Evening Standard".
var paperDays = setOf(strings.Fields("Daily Sunday Evening Morning Weekly"))

// rightsBody reports whether the country mention m of toks opens the name of a human rights
// group, no body of its government: capitalised words follow it (and "for", "of", "and"), a
// capitalised word and "Rights" among them, none a title nor a body's head ("Syrian
// Observatory for Human Rights", "Egyptian Initiative for Personal Rights"; not "Iran's High
// Council for Human Rights").
func rightsBody(toks []token, m mention) bool { return rightsBodyEnd(toks, m) > 0 }

// rightsBodyEnd returns the index of the token after "Rights" in the name of a human rights
// group that the country mention m of toks opens ([rightsBody]), or 0 when it opens none.
func rightsBodyEnd(toks []token, m mention) int {
	e := m.i + m.n
	rights := 0
	for k := e; k < len(toks) && (capitalized(toks[k].key) || k > e && (toks[k].key == "for" || toks[k].key == "of" || toks[k].key == "and")); k++ {
		if isTitle(toks[k]) || lowered(genericHeads, toks[k].key) && !strings.EqualFold(toks[k].key, "network") {
			return 0
		}
		if rights == 0 && toks[k].key == "Rights" && k > e && capitalized(toks[k-1].key) {
			rights = k + 1
		}
		if toks[k].punctAfter {
			break
		}
	}
	return rights
}

// rightsBodyName returns the name of the human rights group a source names ([rightsBody]),
// from its country to "Rights": "Syrian Observatory for Human Rights" for "the Britain-based
// Syrian Observatory for Human Rights monitoring group"; "" when it names none. The group
// is a side of its own, under one name whatever words the articles put around it.
func rightsBodyName(g *gazetteer, name string) string {
	if !strings.Contains(name, "Rights") {
		return ""
	}
	toks := tokenize(name, 0)
	for _, m := range g.find(toks) {
		if e := rightsBodyEnd(toks, m); countries()[m.side] && e > 0 {
			return name[toks[m.i].start:toks[e-1].end]
		}
	}
	return ""
}

// stateWords mark a medium its government runs: "North Korea's official Rodong Sinmun
// newspaper", "China's state-run Global Times".
var stateWords = setOf(strings.Fields("state state-run state-owned state-controlled official government government-run party"))

// namedMedium reports whether the country mention m of toks is the nationality of a medium:
// a word for a medium follows it ("French website iGen.fr"), or capitalised words follow it,
// then a word for a medium ("Lebanese al-Safir newspaper", "Canada's Globe and Mail
// newspaper", "Israel's NRG news site"), or, after a possessive, they end in a newspaper's
// word ("Britain's Daily Mail", "London's Sunday Times"); or it follows a newspaper's word
// and "of" ("the Times of Israel"). No word before the name may mark it as the government's:
// "China's state-run Global Times" is China's.
func namedMedium(toks []token, m mention) bool {
	if m.i >= 2 && toks[m.i-1].key == "of" && mediaWords[toks[m.i-2].key] {
		return true // "the Times of Israel", "the Telegraph of London"
	}
	e := m.i + m.n
	if e+1 == len(toks) && !toks[e-1].poss && toks[e].key == "press" {
		return true // "the British press", not "White House press secretary"
	}
	if e < len(toks) && !toks[e-1].poss && (outletNouns[toks[e].key] || newsWords[toks[e].key] && e+1 < len(toks) && outletNouns[toks[e+1].key]) {
		// "French website iGen.fr", "Italian daily La Stampa", "Nicaraguan news site
		// el19digital.com", "a video handed to Nigerian media", "Iraqi news outlets".
		return true
	}
	k := e
	for k < len(toks) && ((capitalized(toks[k].key) || lowered(nameParticles, toks[k].key)) && !isTitle(toks[k]) || k > e && (toks[k].key == "and" || toks[k].key == "of" || hyphenated(toks, k))) {
		if toks[k].punctAfter && k+1 < len(toks) {
			return false
		}
		k++
	}
	if k == e || slices.ContainsFunc(toks[:m.i], func(t token) bool { return lowered(stateWords, t.key) }) {
		return false
	}
	if k < len(toks) {
		// The medium's word ends the name or comes before the medium's own name: "French
		// Apple website iGen" names the website after it, its field before.
		return outletNouns[toks[k].key] && nameAfter(toks, k+1) || newsWords[toks[k].key] && k+1 < len(toks) && outletNouns[toks[k+1].key] && nameAfter(toks, k+2)
	}
	return toks[e-1].poss && mediaWords[toks[k-1].key]
}

// hyphenated reports whether token k is a participle joined to the name before it by a
// hyphen ("focused" of "Apple-focused"; a name and a participle after a space are rarely in
// a speaker's name).
func hyphenated(toks []token, k int) bool {
	return k > 0 && toks[k].start == toks[k-1].end+1 && !toks[k-1].punctAfter && capitalized(toks[k-1].key) && strings.HasSuffix(toks[k].key, "ed")
}

// nameAfter reports whether the tokens from k on are none or a short name that ends them, no
// title among them: "iGen.fr" after "French Apple website".
func nameAfter(toks []token, k int) bool {
	if len(toks)-k > 3 {
		return false
	}
	for _, t := range toks[k:] {
		if isTitle(t) || stopwords[strings.ToLower(t.key)] {
			return false
		}
	}
	return true
}

// objectOfPrep reports whether the name starting at token k is the object of a preposition
// after a common noun in a source that names witnesses, residents or relatives before it
// ("Witnesses on the scene at the War Memorial", "A number of witnesses at the War
// Memorial") or after a relative or friend ("a friend of Brown", "The sister of Luke
// Somers"): the witnesses and the relatives speak, not the name. Other nouns keep it: "a
// report in the Free Beacon" is the Beacon's, "a spokesman for Hillary Clinton" hers.
func objectOfPrep(toks []token, k int, witnesses bool) bool {
	if k > 0 && strings.EqualFold(toks[k-1].key, "the") {
		k--
	}
	if k < 2 || !leadingPreps[toks[k-1].key] || toks[k-2].punctAfter {
		return false
	}
	w := toks[k-2]
	return lowered(kinWords, w.key) || witnesses && (witnessWord(w.key) || !capitalized(w.key) && !isTitle(w) && !lowered(orgRoles, w.key))
}

// witnessWord reports whether w names those who saw or suffered an event: "witnesses",
// "Residents" (see [witnessKinds]).
func witnessWord(w string) bool { return witnessKinds[strings.ToLower(w)] != "" }

// kinWords are the relatives and friends of a person, who speak of him, not for him.
var kinWords = setOf(strings.Fields(`friend friends girlfriend boyfriend sister sisters brother
brothers father mother parents son daughter wife husband family relatives cousin uncle aunt
neighbor neighbors neighbour neighbours`))

// mentionMask returns which of n tokens the mentions ms cover.
func mentionMask(n int, ms []mention) []bool {
	in := make([]bool, n)
	for _, m := range ms {
		for k := m.i; k < m.i+m.n; k++ {
			in[k] = true
		}
	}
	return in
}

// mentionMask returns mentionMask(len(toks), ms), kept for the document's own tokens and
// mentions, which principalBefore reads at each speaker of a long document.
func (d *docSides) mentionMask(toks []token, ms []mention) []bool {
	if !sameSlice(toks, d.toks) || !sameSlice(ms, d.ments) {
		return mentionMask(len(toks), ms)
	}
	if d.mask == nil || !sameSlice(d.masked, ms) {
		d.mask, d.masked = mentionMask(len(toks), ms), ms
	}
	return d.mask
}

// sameSlice reports whether x and y are the same elements of one array.
func sameSlice[T any](x, y []T) bool {
	return len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
}

// nameList reports whether s, the words after a comma, end a list of names: "Georgia and
// Virginia" in "voters in Alabama, Georgia and Virginia".
func nameList(s string) bool {
	conj := false
	for _, w := range strings.Fields(strings.ReplaceAll(s, ",", " ")) {
		switch {
		case w == "and" || w == "or":
			conj = true
		case !capitalized(w):
			return false
		}
	}
	return conj
}

// listedWithOthers reports whether the mention m is an item of a list of capitalised names
// ("Alabama, Georgia and Virginia") of which some other item is in no mention.
func listedWithOthers(toks []token, inMention []bool, m mention) bool {
	item := func(k int) bool { return capitalized(toks[k].key) && !toks[k].poss }
	// Left: "Alabama," or "... and" before the mention.
	for k := m.i - 1; k >= 0; k-- {
		t := toks[k]
		if t.key == "and" || t.key == "or" {
			continue
		}
		if !item(k) || !t.punctAfter && k+1 < len(toks) && toks[k+1].key != "and" && toks[k+1].key != "or" {
			break
		}
		if !inMention[k] {
			return true
		}
	}
	// Right: ", Tennessee" or "and Virginia" after it.
	last := toks[m.i+m.n-1]
	for k := m.i + m.n; k < len(toks); k++ {
		t := toks[k]
		if t.key == "and" || t.key == "or" {
			continue
		}
		prev := toks[k-1]
		if !item(k) || !(prev.punctAfter || prev.key == "and" || prev.key == "or") || k == m.i+m.n && !last.punctAfter {
			break
		}
		if !inMention[k] {
			return true
		}
	}
	return false
}

// inPlace reports whether the mention at i follows a locative preposition, maybe in a list:
// "in London", "in Alabama, Georgia and Virginia", a place named with a possessive right
// after it: "in Queen's Park", "near King's Cross".
func inPlace(toks []token, i int) bool {
	for k := i - 1; k >= 0 && k >= i-8; k-- {
		switch t := toks[k]; {
		case locativePreps[t.key]:
			return true
		case t.poss && capitalized(t.key) && k > 0 && locativePreps[toks[k-1].key]:
			return true
		case t.key == "and" || t.key == "or" || capitalized(t.key) && !t.poss:
		default:
			return false
		}
	}
	return false
}

// envoyWords name those a country sends to another: "ambassador to the United States".
var envoyWords = setOf(strings.Fields("ambassador ambassadors envoy envoys emissary consul"))

// hostOf reports whether the mention at i is the country an envoy is sent to: after "to"
// (and "the") right after a word of envoyWords ("the British ambassador to the United
// States"), no side of the envoy.
func hostOf(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].key == "the" {
		k--
	}
	return k >= 1 && toks[k].key == "to" && lowered(envoyWords, toks[k-1].key)
}

// privateHead reports whether toks open, after determiners and numbers, with a word of
// an expert or a private person ([expertWords], [personNouns]) and name no employer after
// "at", "for" or "with": "Analysts in Iraq", "two men from west London" speak for no
// country; "analysts at the CIA" do.
func privateHead(toks []token) bool {
	for i, t := range toks {
		if loweredWord(stopwords, t.key) || allDigits(t.key) {
			continue
		}
		if !lowered(expertWords, t.key) && !lowered(personNouns, t.key) {
			return false
		}
		return !slices.ContainsFunc(toks[i+1:], func(u token) bool { return u.key == "at" || u.key == "for" || u.key == "with" })
	}
	return false
}

// withObject reports whether the mention at i follows "with" as what the speaker has, knows
// or is set beside ("comparison with Russian news footage", "a source with access to North
// Korea's leadership", "an official with knowledge of the targets attacked by the
// Jordanians"), not as the body an official works with ("a spokeswoman with the Department
// of Homeland Security": a title, "with" and at most "the" before the body) or is bound to
// ("a channel associated with ISIS").
func withObject(toks []token, i int) bool {
	k := i - 1
	for k >= 0 && toks[k].key != "with" {
		k--
	}
	if k < 0 {
		return false
	}
	if k > 0 && lowered(bondWords, toks[k-1].key) {
		return false // "a YouTube channel associated with ISIS"
	}
	affiliation := k > 0 && isTitle(toks[k-1]) && (i == k+1 || i == k+2 && toks[k+1].key == "the")
	return !affiliation
}

// watchdogOf reports whether the mention m of toks names what a watchdog watches: the
// capitalised words after it, to the end, end in "Watch" ("North Korea Leadership Watch", a
// blog; "China Labor Watch"), no body of the country.
func watchdogOf(toks []token, m mention) bool {
	e := m.i + m.n
	if e == len(toks) || toks[len(toks)-1].key != "Watch" {
		return false
	}
	for _, t := range toks[e:] {
		if !capitalized(t.key) || t.punctAfter && t.key != "Watch" {
			return false
		}
	}
	return !toks[e-1].poss
}

// watchVerbs are the participles after a speaker's role that name what he watches
// ([topicOf]).
var watchVerbs = setOf(strings.Fields("following covering monitoring watching tracking studying"))

// bondWords before "with" make what follows whose a speaker is: "associated with ISIS".
var bondWords = setOf(strings.Fields("associated affiliated allied aligned"))

// topicNouns name a work or a person that treats a topic: "a report on Iraq", "experts on
// North Korea", "an adviser on Syria".
var topicNouns = setOf(strings.Fields(`report reports study studies survey analysis book paper
article documentary investigation inquiry research expert experts analyst analysts specialist
specialists scholar scholars adviser advisers advisor advisors`))

// topicOf reports whether the mention at i is the topic of a work or an expert: after "on"
// or "about" (and "the", a possessive's owner being the mention) right after a noun of
// topicNouns ("a United Nations report on Iraq", "a report for Oxfam on Germany's energy
// policies"), or after a participle of watching it ("a U.S. official following North
// Korea", "analysts covering Apple"), no side of the speaker. "Following" watches after an
// official's or an expert's word only ([expertWords]): "supporters following Trump" are
// his followers.
func topicOf(toks []token, i int) bool {
	k := i - 1
	if k >= 0 && toks[k].key == "the" {
		k--
	}
	if k >= 1 && watchVerbs[toks[k].key] && (toks[k].key != "following" || isTitle(toks[k-1]) || lowered(expertWords, toks[k-1].key)) {
		return true // "a U.S. official following North Korea": the official's topic
	}
	if k < 1 || toks[k].key != "on" && toks[k].key != "about" {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if lowered(topicNouns, toks[j].key) {
			return true
		}
		if toks[j].punctAfter || toks[j].key != "for" && !capitalized(toks[j].key) {
			return false // "report for Oxfam on": the body the work is for may stand between
		}
	}
	return false
}

// bodyHeads end the names of broadcasters and institutions that are no persons: the word
// left of "Israel Radio" once the country is taken off.
var bodyHeads = setOf(strings.Fields("Radio TV Television News Agency Network Channel Broadcasting Media Press Army Navy Police Committee Council Court Parliament Party Government Ministry Embassy Consulate Service Institution"))

// mediumHeads end the names of broadcasters, which name no person: a broadcaster's name
// before a person's of two words or more is no part of his ([personStart]).
var mediumHeads = setOf(strings.Fields("Radio TV Television News Network Channel Broadcasting"))

// locativePreps put a place after them: where a body or a person is, not whose it is nor
// who it is. "The North Korean embassy in London" speaks for North Korea, and "the official
// at the embassy in England" is no person named England. ("At" and "from" name whose: "an
// official at Pakistan's foreign ministry", "a statement from John Wildhack".) Matched as
// written, so only in lower case.
var locativePreps = map[string]bool{"in": true, "near": true, "outside": true}

// leadingPreps open a source mention that is no speaker: "to the UN", "at one point".
// Matched as written, so only in lower case.
var leadingPreps = setOf(strings.Fields("to from with in at for by of on into about"))

// inPersonName reports whether the one-word side mention at i is part of a person's name:
// right after a first name ("Mark Cuban", "Steve Israel") or right before a surname that ends
// the name ("Chad Sweet"), not before a title or an institution ("French President", "Saudi
// Foreign Ministry").
func inPersonName(toks []token, i int) bool {
	name := func(t token) bool {
		return capitalized(t.key) && !isTitle(t) && !loweredWord(stopwords, t.key) && !allDigits(t.key) && !lowered(orgHeads, t.key)
	}
	if i > 0 && name(toks[i-1]) && !toks[i-1].poss && !toks[i-1].punctAfter {
		return true
	}
	return i+1 == len(toks)-1 && !toks[i].poss && !toks[i].punctAfter && name(toks[i+1])
}

// nameParticles join the parts of a person's name: "Bill de Blasio", "Mohammed al-Momani".
var nameParticles = map[string]bool{"de": true, "bin": true, "ibn": true, "van": true, "von": true, "da": true, "di": true, "del": true, "della": true, "dello": true, "dei": true, "degli": true, "des": true, "der": true, "den": true, "du": true, "al": true, "el": true, "dos": true, "das": true}

func allDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// orgName returns an organisation source's name as an actor name: without leading articles
// and quantifiers and a trailing possessive.
func orgName(name string) string {
	s := strings.TrimSpace(name)
	for {
		l := strings.ToLower(s)
		trimmed := false
		for _, p := range []string{"the ", "a ", "an ", "one ", "two ", "some ", "several ", "senior ", "other ", "another "} {
			if strings.HasPrefix(l, p) && len(s) > len(p) {
				s = strings.TrimSpace(s[len(p):])
				trimmed = true
				break
			}
		}
		if !trimmed {
			break
		}
	}
	s = strings.TrimSuffix(strings.TrimSuffix(s, "'s"), "’s")
	return s
}

// docSides finds the side each person of a document speaks for from the words around the
// person's name in the text: "US State Department Spokesperson Ned Price" votes for the United
// States, "Foreign Minister Shah Mehmood Qureshi" for the country the article is about, and
// "former prime minister Imran Khan" marks an actor who is his own side.
type docSides struct {
	memo  map[string]source // read, by speaker name
	g     *gazetteer
	text  string
	words *textWords // finds words and phrases in text
	toks  []token
	ments []mention
	endAt map[int]mention // mention by index of its last token
	focus string
	// orgs are the organisations the document names through their people ([orgsOf]),
	// sides of their own; g finds them too.
	orgs map[string]bool
	// acronyms maps the acronyms the text gives organisations in brackets to their names.
	acronyms map[string]string
	// usState: "Georgia" is the US state, as in most English news, unless the article also
	// says "Tbilisi" or "Georgian".
	usState bool
	// placed: focus comes from the dateline's place, as in wire copy.
	placed bool
	// city is the dateline's city, as a side's name ("Charleston" for "CHARLESTON, W.Va."):
	// its mayor and its officials speak for it; "" when there is no dateline.
	city string
	// campaign: the text covers a campaign ("presidential", "campaign", "primary",
	// "caucus"), where a governor speaks as a candidate, not for his state.
	campaign bool
	// persons are the speakers a pronoun or a surname stands for ([personsOf]).
	persons map[string]bool
	// byWord indexes a long document's toks by key and text ([docSides.tokensNamed]),
	// built on first use.
	byWord map[string][]int
	// titled memoizes titleCountry by the institution's lower-cased words.
	titled map[string]string
	// appositions are the speakers' mentions that may name a person their body backs
	// ([allyOf]).
	appositions []string
	// genders memoizes textGender by surname.
	genders map[string]string
	// heads are the text's business heads ([businessHeadsIn]), found once headsFound is set:
	// the organisations and the speakers read both ask them.
	heads      []int
	headsFound bool
	// mask is the mentionMask of toks and of masked, the mentions it was made of.
	mask   []bool
	masked []mention
}

func newDocSides(g *gazetteer, doc *claims.Document, cs []claims.Claim) *docSides {
	d := &docSides{g: g, text: doc.Text, words: newTextWords(doc.Text), toks: tokenize(doc.Text[min(doc.Body, len(doc.Text)):], min(doc.Body, len(doc.Text)))}
	d.usState = !strings.Contains(doc.Text, "Tbilisi") && !strings.Contains(doc.Text, "Georgian")
	d.campaign = coversCampaign(doc.Text)
	d.findMentions()
	persons := personsOf(cs)
	d.persons = persons
	for _, cl := range cs {
		if cl.Source != nil && (strings.Contains(cl.Source.Text, "pro-") || strings.Contains(cl.Source.Text, " supporting ") || strings.Contains(cl.Source.Text, " backing ")) {
			d.appositions = append(d.appositions, cl.Source.Text)
		}
	}
	d.addOrgs(g, cs, persons)
	d.endAt = make(map[int]mention, len(d.ments))
	count := map[string]int{}
	actors := map[string]int{} // the mentions that are no place one goes to or comes from
	first := map[string]int{}
	for _, m := range d.ments {
		d.endAt[m.i+m.n-1] = m
		if m.side == govSide || d.orgs[m.side] || nonState()[m.side] {
			continue // the country an article is about, not Apple in "Apple CEO Tim Cook" nor ISIS
		}
		if _, ok := first[m.side]; !ok {
			first[m.side] = m.i
		}
		count[m.side]++
		if m.i == 0 || !destPreps[d.toks[m.i-1].key] {
			actors[m.side]++
		}
	}
	if doc.Place != "" {
		d.placeFocus(g, doc.Place, count, first)
	}
	if d.focus == "" {
		d.voicedFocus(cs, actors, first)
	}
	if d.focus == "" {
		best := -1
		for s, n := range count {
			if n > best || n == best && first[s] < first[d.focus] {
				d.focus, best = s, n
			}
		}
	}
	return d
}

// coversCampaign reports whether the text covers a campaign ("presidential", "campaign",
// "primary", "caucus", "candidate").
func coversCampaign(text string) bool {
	for _, w := range []string{"presidential", "campaign", "primary", "primaries", "caucus", "candidate"} {
		if strings.Contains(text, w) {
			return true
		}
	}
	return false
}

// businessHeads returns the business heads of the document's text ([businessHeadsIn]), found
// when first asked.
func (d *docSides) businessHeads() []int {
	if !d.headsFound {
		d.heads, d.headsFound = businessHeadsIn(d.text), true
	}
	return d.heads
}

// addOrgs finds the organisations the document names through their people ([orgsOf]), the
// bodies that speak in their own names ([bodiesSpeaking], [kindBodiesIn]) and the acronyms
// the text gives them ([acronymsOf]), and makes them sides of the document: its gazetteer
// finds them, and their mentions join the others'.
func (d *docSides) addOrgs(g *gazetteer, cs []claims.Claim, persons map[string]bool) {
	orgs := orgsOf(d.toks, d.ments, persons)
	bodies, aliases := bodiesSpeaking(g, d.words, d.businessHeads, cs, persons)
	bodies = append(bodies, kindBodiesIn(d.text)...)
	for _, b := range bodies {
		if !slices.Contains(orgs, b) {
			orgs = append(orgs, b)
		}
	}
	orgs, aliases = acronymsOf(d.text, orgs, aliases)
	for a, o := range aliases {
		if acronym(a) {
			if d.acronyms == nil {
				d.acronyms = map[string]string{}
			}
			d.acronyms[a] = o
		}
	}
	if len(orgs) == 0 {
		return
	}
	d.g = g.withAliases(orgs, aliases)
	d.orgs = make(map[string]bool, len(orgs))
	for _, o := range orgs {
		d.orgs[o] = true
	}
	// The organisations' mentions join the others' (no organisation's name holds a side's
	// words: see orgsOf), in order.
	in := mentionMask(len(d.toks), d.ments)
	all := d.ments
	for _, m := range (&gazetteer{byFirst: map[string][]alias{}}).withAliases(orgs, aliases).find(d.toks) {
		if !slices.Contains(in[m.i:m.i+m.n], true) {
			all = append(all, m)
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].i < all[j].i })
	d.ments = all
}

// placeFocus takes the document's focus and city from its dateline's place: the side of
// the place (count and first hold how often and where the text first names each side). A
// story filed from a bureau abroad ("NAIROBI (AP) — Sudan's paramilitary ..."): the country
// its first sentence names, not the dateline's, when the text never names the dateline's and
// names that one at least twice.
func (d *docSides) placeFocus(g *gazetteer, place string, count, first map[string]int) {
	city, _, _ := strings.Cut(place, ",")
	d.city = strings.Join(strings.Fields(titleCaseWords(city)), " ")
	pt := tokenize(place, 0)
	for i := range pt {
		pt[i].key = titleCase(pt[i].key)
	}
	if ms := g.find(pt); len(ms) > 0 && ms[0].side != govSide && !nonState()[ms[0].side] {
		d.focus = ms[0].side
	} else if ms := datelineCities().find(pt); len(ms) > 0 {
		d.focus = ms[0].side // "KARACHI": Pakistan
	}
	d.placed = d.focus != ""
	if best, n := mostNamed(count, first); d.focus != "" && count[d.focus] == 0 && n >= 2 && first[best] < d.firstSentenceEnd() {
		d.focus = best
	}
}

// voicedFocus takes the document's focus from the country whose own voice the article
// reports ([docSides.voiceFocus]), else the one it names most (actors and first hold how
// often and where the text first names each side as an actor). A voice yields to the
// country named more than twice as often: "U.S. officials revealed the suspect's identity"
// in a story about Ottawa's shooting that names Canada sixteen times is Canada's story.
func (d *docSides) voicedFocus(cs []claims.Claim, actors, first map[string]int) {
	d.focus = d.voiceFocus(cs)
	if best, n := mostNamed(actors, first); d.focus != "" && n > 2*actors[d.focus] {
		d.focus = best
	}
}

// voiceFocus returns the country whose own voice the claims cs report most often, the
// speaker being the country and no person ("Pakistan rejected ...", "Islamabad believes
// ..."), or whose nationality a source that is no voice names ("Iraqi news outlets", "the
// British captive's relatives": a story about the country); "" when there is none.
func (d *docSides) voiceFocus(cs []claims.Claim) string {
	voice := map[string]float64{}
	for _, cl := range cs {
		if cl.Source == nil {
			continue
		}
		p, side, _ := splitName(d.g, cl.Source.Name)
		if p == "" && side == "" {
			side = nationalityOf(d.g, cl.Source.Name)
		}
		if p == "" && side != "" && side != govSide && !d.orgs[side] && !nonState()[side] {
			voice[side]++
		}
	}
	return bestVote(voice)
}

// countryAnaphor reports whether a source's words open with "the country's" or "the
// nation's", which refer back to a country the text has just named.
func countryAnaphor(text string) bool {
	for _, p := range [...]string{"the country's ", "the country’s ", "the nation's ", "the nation’s "} {
		if len(text) >= len(p) && strings.EqualFold(text[:len(p)], p) {
			return true
		}
	}
	return false
}

// referTo gives src, a source whose side is the article's country, the country that "the
// country's" in its words refers back to ([referredCountry]), and the same to the later
// statements of that speaker in the document ("The minister added"), through referred, the
// countries found by speaker name.
func (d *docSides) referTo(src *source, cs *claims.Source, referred map[string]string) {
	c, ok := referred[cs.Name]
	if !ok && countryAnaphor(cs.Text) {
		c = d.referredCountry(cs.Start)
		referred[cs.Name] = c
	}
	if c != "" {
		src.side, src.guessed = c, false
	}
}

// referredCountry returns the country that "the country's" before byte start refers back to:
// the last country the text names before it, in its sentence or the one before, other than
// a nationality ("an American hostage": [nationality]). "DNA tests confirm Lebanon is holding
// the girl, the country's interior minister says": Lebanon's, in a story about Iraq. "" when
// there is none.
func (d *docSides) referredCountry(start int) string {
	k := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= start })
	sents := 0
	for j := k - 1; j >= 0 && sents < 2; j-- {
		if m, ok := d.endAt[j]; ok && m.side != govSide && !d.orgs[m.side] && !nonState()[m.side] && !nationality(d.toks, m) {
			return d.resolve(m.side) // not "an American hostage"
		}
		if d.toks[j].sentStart {
			sents++
		}
	}
	return ""
}

// destPreps put a place one goes to or comes from after them: "Americans who travel to
// Syria" names no actor of the story.
var destPreps = setOf(strings.Fields("to into from toward towards"))

// firstSentenceEnd returns the index of the first token of the body's second sentence (or
// the number of tokens).
func (d *docSides) firstSentenceEnd() int {
	for i := 1; i < len(d.toks); i++ {
		if d.toks[i].sentStart {
			return i
		}
	}
	return len(d.toks)
}

// mostNamed returns the side named most often (count, ties to the one named first) and how
// often.
func mostNamed(count map[string]int, first map[string]int) (string, int) {
	best, n := "", 0
	for s, c := range count {
		if c > n || c == n && first[s] < first[best] {
			best, n = s, c
		}
	}
	return best, n
}

// personsOf returns the speakers that a personal pronoun or a surname stands for in claims
// cs: "he said" or "Sanders said" resolved to "Bernie Sanders" makes him a person, whatever
// "Sanders spokesman Michael Briggs" makes him look like.
func personsOf(cs []claims.Claim) map[string]bool {
	out := map[string]bool{}
	for _, cl := range cs {
		if cl.Source == nil {
			continue
		}
		name, text := cl.Source.Name, cl.Source.Text
		first, _, _ := strings.Cut(strings.TrimLeft(cl.Content.Text, "\"“'‘ "), " ")
		switch {
		case personalPronoun(text):
		case personalPronoun(first) && !strings.ContainsAny(cl.Content.Text, "\"“”"):
			// "Conal says his trouble started": the speaker is a "he" (a quote's pronoun
			// may be anyone's).
		case strings.HasSuffix(name, " "+text) && !strings.Contains(text, " "):
			// "Trump said", resolved to "Donald Trump": a surname.
		default:
			continue
		}
		out[name] = true
		if i := strings.LastIndexByte(name, ' '); i > 0 {
			out[name[i+1:]] = true // "Sanders' spokesman"
		}
	}
	return out
}

// personalPronoun reports whether w is a pronoun of a person: "he", "his", "She".
func personalPronoun(w string) bool {
	switch strings.ToLower(w) {
	case "he", "she", "his", "her", "him":
		return true
	}
	return false
}

// findMentions finds the mentions of sides in the document's words.
func (d *docSides) findMentions() {
	d.ments = d.g.find(d.toks)
	if d.usState {
		kept := d.ments[:0]
		for _, m := range d.ments {
			if m.side != "Georgia" {
				kept = append(kept, m)
			}
		}
		d.ments = kept
	}
}

// titleCaseWords writes each word of s in title case: "CHARLESTON" is "Charleston".
func titleCaseWords(s string) string {
	w := strings.Fields(s)
	for i := range w {
		w[i] = titleCase(w[i])
	}
	return strings.Join(w, " ")
}

func titleCase(w string) string {
	if w == "" {
		return w
	}
	return w[:1] + strings.ToLower(w[1:])
}

// resolve turns the gazetteer's government pseudo-side into the document's focus country,
// and Georgia into no side where it is the US state.
func (d *docSides) resolve(side string) string {
	switch {
	case side == govSide:
		return d.focus
	case side == "Georgia" && d.usState:
		return ""
	}
	return side
}

// read reads a claim's source in the document.
func (d *docSides) read(name string) source {
	if s, ok := d.memo[name]; ok {
		return s
	}
	s := d.readName(name)
	if d.memo == nil {
		d.memo = map[string]source{}
	}
	d.memo[name] = s
	return s
}

func (d *docSides) readName(name string) source {
	name = strings.TrimSpace(name)
	if rest, ok := strings.CutPrefix(name, "according to "); ok {
		name = rest // "according to the family spokesperson": the spokesperson
	} else if first, _, _ := strings.Cut(name, " "); leadingPreps[first] {
		return source{} // "to the UN", "at one point": a phrase taken for a speaker
	}
	if relativePronoun(name) {
		return source{} // "who said": the extractor's pronoun, not the WHO
	}
	if contracted(name) {
		return source{} // "ESPN Doesn’t Get It: They Ignore ...": a headline, no speaker
	}
	if d.jointSpeakers(name) {
		return source{org: name} // two speakers of two sides: neither's alone
	}
	person, side, own := splitName(d.g, name)
	if k := kindBody(strings.ToLower(name)); k != "" && person == "" {
		side = k // "Several survivors of the shipwreck off Greece": the survivors, not Greece
	}
	if person == "" && unionOfWorkers(name) {
		side = "union" // "the union representing Border Patrol agents": not the Border Patrol
	}
	if side != "" && twoSides(d.g, name) {
		// "BBC and the Washington Post", "authorities and witnesses", "The Washington Post
		// and the BBC" (the BBC taken for a person): neither's alone
		side = ""
	}
	s := source{person: person, side: d.resolve(side), own: own, exile: exileBody(d.g, name)}
	if person == "" && side == govSide {
		if c := d.institutionCountry(name); c != "" {
			s.side = c // "a defence ministry spokesman" where the article says "a South Korean defence official"
		}
	}
	if person == "" && side == "" && !own {
		// "the Syrian Observatory for Human Rights", not beside another speaker ("the
		// Observatory and Nawaf Khalil": neither's alone)
		if rb := rightsBodyName(d.g, name); rb != "" && !jointBody(d.g, name, rb) {
			s.side = rb
		}
	}
	if person == "" {
		if own || outsider(name) || outsideWordAfter(name, s.side) {
			// "A former PGA Tour player", "former Pentagon officials", "Facebook users",
			// "A Facebook post": no voice of the body.
			s.side = ""
		}
		s.org = seatedBody(recordName(orgName(name)), s.side)
		if s.org == "" || isPronoun(s.org) {
			s.org = ""
			s.side = ""
		}
		if s.side == "" && d.placed && lowered(bareInstitutions, s.org) {
			s.side = d.focus // "the army's claim" in wire copy from Port Sudan's story: Sudan's army
		}
		if s.side == "" && d.city != "" && !d.campaign && lowered(cityBodies, s.org) {
			s.side = d.city // "City officials said" under a CHARLESTON dateline
		}
		if toks := tokenize(s.org, 0); len(toks) > 1 {
			s.principal, s.personal = d.principalBefore(toks, len(toks), d.g.find(toks)) // "a Hunter spokesman"
		}
		if s.principal == "" && s.side == "" && courtRecord(s.org) {
			s.principal = d.judge() // "the order released Friday said": the judge's
		}
		return s
	}
	if isPronoun(person) {
		return source{}
	}
	s.person = d.expand(person)
	if s.person == person {
		if full := d.fullNames(person, 0); len(full) > 1 {
			s.namesakes = full
		}
	}
	person = s.person
	c := d.context(person, s.own)
	s.votes, s.own, s.principal, s.apposed, s.personal, s.acr, s.desc, s.past = c.votes, c.own, c.principal, c.apposed, c.personal, c.acr, c.desc, c.past && !c.present
	s.guessed = d.focus != "" && (side == govSide || side == "" && bestVote(s.votes) == d.focus && s.votes[d.focus] <= c.guessed)
	if s.principal == "" && len(s.votes) == 0 && !s.own {
		s.principal = d.allyOf(person)
		s.personal = s.principal != "" // a super PAC's man backs a candidate, not a government
	}
	return s
}

// seatedBody returns the organisation's name org without the body it sits at, when it opens
// with its side's name and "at": "Tax Policy Center at the Urban Institute" is the "Tax
// Policy Center".
func seatedBody(org, side string) string {
	if rest, ok := strings.CutPrefix(org, side); ok && side != "" && strings.HasPrefix(rest, " at ") {
		return side
	}
	return org
}

// allyOf returns the person that a speaker's apposition in the document names as the one
// its body backs: "Geoff Garin, a Democratic pollster working for Priorities USA, a super PAC
// supporting Hillary Clinton" and "..., a pro-Clinton super PAC" are on Clinton's side. The
// person must be a speaker of the document ([personsOf]); "" when there is none. The
// apposition may also come before the name: "The head of the major Super PAC backing former
// Florida Gov. Jeb Bush for president, Mike Murphy".
func (d *docSides) allyOf(person string) string {
	last := person[strings.LastIndexByte(person, ' ')+1:]
	for _, text := range d.appositions {
		var ally string
		if i := strings.Index(text, last+","); i >= 0 {
			ally = backed(text[i+len(last)+1:])
		} else if j := strings.LastIndex(text, ", "); j > 0 && strings.HasSuffix(text, last) && strings.HasSuffix(person, text[j+2:]) {
			ally = backed(text[:j])
		}
		if ally == "" || acronym(ally) || len(d.g.find(tokenize(ally, 0))) > 0 || d.orgs[ally] {
			continue // "pro-Israel", "pro-LGBT": no person
		}
		if full := d.expand(ally); d.persons[ally] || strings.Contains(full, " ") {
			return full
		}
	}
	return ""
}

// backed returns the capitalised word after "pro-", or the capitalised words after
// "supporting" or "backing", in an apposition: "Clinton" of "a pro-Clinton super PAC"; ""
// when there is none, or when a relative clause in the past tells of it.
func backed(text string) string {
	w := strings.Fields(text)
	for i, x := range w {
		if i > 0 && w[i-1] == "who" && strings.HasSuffix(x, "ed") {
			return "" // "Sembler, who helped lead fundraising for a pro-Bush super PAC": once
		}
		var name []string
		switch {
		case strings.HasPrefix(x, "pro-") && capitalized(x[4:]):
			// "pro-Trump Great America PAC": the hyphen's word alone
			return strings.Trim(x[4:], ",;.")
		case (x == "supporting" || x == "backing") && i+1 < len(w) && (capitalized(w[i+1]) || w[i+1] == "former" && i+2 < len(w) && capitalized(w[i+2])):
		default:
			continue
		}
		for _, y := range w[i+1:] {
			if y == "former" && len(name) == 0 {
				continue // "backing former Florida Gov. Jeb Bush"
			}
			if !capitalized(y) {
				break
			}
			if lowered(titleWords, strings.TrimSuffix(y, ".")) {
				name = name[:0] // "supporting Senator Marco Rubio", "Mr. Rubio", "Florida Gov. Jeb Bush"
				continue
			}
			name = append(name, y)
			if strings.ContainsAny(y, ",;") {
				break
			}
		}
		return strings.Trim(strings.TrimSuffix(strings.TrimSuffix(strings.Join(name, " "), "'s"), "’s"), ",;.")
	}
	return ""
}

// relativePronoun reports whether name is a relative or interrogative pronoun as written
// in small letters or at a sentence's start: "who", "Who", not the acronym "WHO".
func relativePronoun(name string) bool {
	switch name {
	case "who", "Who", "whom", "which", "that", "whoever", "Whoever":
		return true
	}
	return false
}

// partyTag reports whether a name is a legislator's party and state as the US press tags
// him: "R-Utah", "D-N.Y.", "I-Vt.".
func partyTag(name string) bool {
	party, state, ok := strings.Cut(name, "-")
	return ok && len(party) == 1 && strings.Contains("RDI", party) && state != "" && unicode.IsUpper([]rune(state)[0]) && !strings.Contains(state, " ")
}

// contracted reports whether a speaker's name holds a verb and "not" written as one word
// ("Doesn’t", "Won't"): a headline's clause the extractor read as a speaker, no one's name.
func contracted(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t") {
			return true
		}
	}
	return false
}

// speakerName returns the name a claim's speaker is read from: the source's name, or the
// words after a participle clause that holds it ("Speaking to Mashable, a WHO spokesperson":
// the spokesperson, not Mashable), or the whole mention when the name is the object of its
// last preposition.
func speakerName(src *claims.Source) string {
	if name, ok := conductedRecord(src.Text, src.Name); ok {
		return name
	}
	if rest, ok := afterParticiple(src.Text); ok && !strings.Contains(rest, src.Name) {
		return rest
	}
	if head, ok := strings.CutSuffix(src.Text, src.Name); ok && head != "" {
		// "Witnesses on the scene at the War Memorial" named "War Memorial": the name is
		// the object of the preposition after witnesses or a relative; splitName reads the
		// whole ("a report from Judicial Watch" is the Watch's).
		w := strings.Fields(strings.TrimSuffix(strings.TrimSpace(head), " the"))
		if len(w) > 1 && leadingPreps[w[len(w)-1]] && (lowered(kinWords, w[len(w)-2]) || slices.ContainsFunc(w, witnessWord)) {
			return src.Text
		}
		if _, poss := possessor(w[len(w)-1]); poss && len(w) > 1 && locativePreps[w[len(w)-2]] && capitalized(w[len(w)-1]) {
			return src.Text // "One of Emwazi's neighbours in Queen's Park" named "Park": a place's ([inPlace])
		}
		if len(w) > 1 && watchVerbs[w[len(w)-1]] {
			return src.Text // "a U.S. official following North Korea" named "North Korea": its topic
		}
	}
	if partyTag(src.Name) {
		// "committee member Rep. Jason Chaffetz, R-Utah" named "R-Utah": his party and
		// state, the name before them; a pronoun named so names no one.
		head, _ := strings.CutSuffix(src.Text, ", "+src.Name)
		if head == src.Text {
			return ""
		}
		return head
	}
	if head, _, ok := strings.Cut(src.Name, " ["); ok && head != "" && strings.HasSuffix(src.Name, "]") {
		// "French Apple-focused website iGen [Google Translate]": an editor's note in
		// brackets, a link to a translation, is no part of the name
		return head
	}
	return src.Name
}

// unionOfWorkers reports whether a speaker's name is a union's that says whom it represents
// ("the largest union representing Border Patrol agents", "the union of the city's
// teachers"): the workers' body, no voice of their employer nor of the country named in it.
// "European Union" is no union of workers.
func unionOfWorkers(name string) bool {
	if !strings.Contains(name, "union") {
		return false
	}
	w := strings.Fields(name)
	for i := 0; i+1 < len(w); i++ {
		if (w[i] == "union" || w[i] == "unions") && (w[i+1] == "representing" || w[i+1] == "of" || w[i+1] == "for") {
			return true
		}
	}
	return false
}

// conductedRecord reads a record's mention that says who conducted it: its maker, named
// after "conducted by" or "carried out by", speaks, not the client it was made for ("the exit
// poll conducted by Edison Research for the Associated Press and Television Networks" is
// Edison Research's; not two makers, "by the county and by the family"); where it names no
// maker, a speaker's name that holds the clause is the record without it ("a Quinnipiac poll
// conducted in February", "exit polls conducted for the Associated Press and television
// networks"). ok is false when no record's noun comes before the participle, or when the
// name is the client's ("a poll conducted for the Celebrity Post").
func conductedRecord(text, name string) (_ string, ok bool) {
	head, rest, found := strings.Cut(text, " conducted ")
	if !found {
		head, rest, found = strings.Cut(text, " carried out ")
	}
	if !found {
		return "", false
	}
	hw := strings.Fields(strings.TrimSuffix(head, ","))
	if len(hw) == 0 || !lowered(recordNouns, strings.TrimSuffix(strings.ToLower(hw[len(hw)-1]), "s")) {
		return "", false
	}
	for _, prep := range []string{"by", "for"} {
		_, after, ok := strings.Cut(" "+rest, " "+prep+" ")
		if !ok {
			continue
		}
		// One space between words, so that the run's length is its place in after.
		after = strings.Join(strings.Fields(after), " ")
		after = strings.TrimPrefix(strings.TrimPrefix(after, "the "), "The ")
		named := capitalizedRun(after)
		switch {
		case named != "" && !strings.HasPrefix(after[len(named):], " and "):
			if prep == "for" {
				return "", false // the client's poll, where no maker is named
			}
			return named, true
		case prep == "by" && named == "":
			return "", false // "by independent analyst Elena Sadovskaya": the name read
		}
	}
	if !strings.Contains(name, " conducted ") && !strings.Contains(name, " carried out ") {
		return "", false
	}
	return strings.Join(hw, " "), true
}

// capitalizedRun returns the capitalised words that open s, with "of" between two of them
// ("Public Policy Institute of California"), up to a comma; "" when s opens with a small
// letter.
func capitalizedRun(s string) string {
	w := strings.Fields(s)
	n := 0
	for n < len(w) && (capitalized(w[n]) || w[n] == "of" && n > 0 && n+1 < len(w) && capitalized(w[n+1])) {
		n++
		if strings.HasSuffix(w[n-1], ",") {
			break
		}
	}
	return strings.TrimSuffix(strings.Join(w[:n], " "), ",")
}

// afterParticiple returns the speaker after a participle clause ("Speaking to X") that opens
// a source and ends at its first comma: "Speaking to Mashable, a WHO spokesperson", "Responding to inquiries
// from Mashable, a WHO spokesperson" (the clause's object is not the speaker).
func afterParticiple(name string) (string, bool) {
	head, rest, ok := strings.Cut(name, ",")
	w := strings.Fields(head)
	if !ok || len(w) < 3 || !participle(w[0]) || !leadingPreps[w[1]] || strings.TrimSpace(rest) == "" {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// jointSpeakers reports whether name is two persons joined by "and" whom the document gives
// different sides: "Incer and Lindley Johnson" agree, Johnson "an executive for Nasa's
// program" and Incer an adviser to Nicaragua's president; Nasa is Johnson's side, not theirs.
// One of them must be a person a pronoun or a surname stands for elsewhere: "National
// Aeronautics and Space Administration" is none.
func (d *docSides) jointSpeakers(name string) bool {
	x, y, ok := strings.Cut(name, " and ")
	if !ok || strings.Contains(y, " and ") || !capitalized(x) || !nameList(name) {
		return false
	}
	sx, sy := d.read(x), d.read(y)
	return sx.person != "" && sy.person != "" && (d.persons[sx.person] || d.persons[sy.person]) && sourceSide(sx) != sourceSide(sy)
}

// twoSides reports whether a speaker's name joins by "and" two speakers of different sides
// ("Saudi Arabia and Jordan", "Kurdish forces and ISIS militants": see [bodyWithOther]) or a kind of body with
// others ("authorities and witnesses", "Both Mr Wilson and witnesses"): the statement is
// neither's alone. A list of places after "of" or "in" is no joint speaker ("Islamic State of
// Iraq and Syria").
func twoSides(g *gazetteer, name string) bool {
	x, y, ok := strings.Cut(name, " and ")
	if !ok {
		return false
	}
	if w := strings.Fields(x); len(w) >= 2 && (w[len(w)-2] == "of" || w[len(w)-2] == "in") || bodiesAfterPrep(x, y) {
		return false
	}
	kx, ky := kindBody(strings.ToLower(x)), kindBody(strings.ToLower(y))
	if kx != ky {
		return true
	}
	_, sx, _ := splitName(g, x)
	_, sy, _ := splitName(g, y)
	switch {
	case sx != "" && sy != "":
		return sx != sy
	case sx != "":
		return bodyWithOther(sx, y, g)
	case sy != "":
		return bodyWithOther(sy, x, g)
	}
	return false
}

// bodiesAfterPrep reports whether the conjuncts x and y of a speaker's name are the bodies
// after "at" or "of" in x ("The Tax Policy Center at the Urban Institute and Brookings
// Institution", "economists at Duke University and the University of Ottawa"): no joint
// speaker, where the words after the preposition are a name ending in a body's word and y
// opens with no title ("the mayor of the City Council and Mayor Ann Lee" are two).
func bodiesAfterPrep(x, y string) bool {
	w := strings.Fields(x)
	k := len(w) - 1
	for k > 0 && w[k] != "at" && w[k] != "of" {
		if !capitalized(w[k]) && w[k] != "the" {
			return false
		}
		k--
	}
	if k <= 0 || k == len(w)-1 || !(lowered(orgHeads, w[len(w)-1]) || schoolHeads[w[len(w)-1]] || bodyHeads[w[len(w)-1]]) {
		return false
	}
	yw := strings.Fields(y)
	for len(yw) > 0 && lowered(jointDeterminers, yw[0]) {
		yw = yw[1:]
	}
	return len(yw) > 0 && capitalized(yw[0]) && !lowered(titleWords, yw[0]) && !strings.Contains(y, ",")
}

// bodyWithOther reports whether a conjunct of side side, a body or an armed group rather than
// a country, stands beside another conjunct that names someone by capitalised words: "BBC"
// beside "the Washington Post", "Kurdish forces" beside "ISIS militants". A country's
// conjunct keeps its side: "Counterterrorism police and MI5" are Britain's.
func bodyWithOther(side, other string, g *gazetteer) bool {
	return side != govSide && !countries()[side] && namesOther(g, other)
}

// exileBody reports whether a speaker's words name a body of defectors, exiles or
// dissidents, no voice of the country it is named for: one seated ("-based") in another
// country ("Seoul-based think tank North Korea Intellectuals Solidarity"), one "run by
// defectors", or one named "Free" and the country ("Free North Korea Radio").
func exileBody(g *gazetteer, name string) bool {
	based := strings.Contains(name, "-based")
	if !based && !strings.Contains(name, "Free ") && !strings.Contains(name, " by ") {
		return false
	}
	toks := tokenize(name, 0)
	seat, named := "", ""
	for _, m := range g.find(toks) {
		switch {
		case !countries()[m.side]:
		case m.i > 0 && toks[m.i-1].key == "Free":
			return true
		case based && strings.HasPrefix(name[toks[m.i+m.n-1].end:], "-based"):
			seat = m.side
		case named == "":
			named = m.side
		}
	}
	return seat != "" && named != "" && seat != named || runByExiles(toks)
}

// runByExiles reports whether a body's description says defectors, exiles or dissidents run
// it: "a think-tank run by defectors", "formed by North Korean defectors".
func runByExiles(toks []token) bool {
	for k, t := range toks {
		if t.key == "by" {
			for _, u := range toks[k+1 : min(k+4, len(toks))] {
				if lowered(exileNouns, u.key) {
					return true
				}
			}
		}
	}
	return false
}

// exileNouns are the words of [runByExiles].
var exileNouns = setOf(strings.Fields("defectors exiles dissidents émigrés emigres"))

// sourceSide is the side a source names or, failing that, its document's words vote for.
func sourceSide(s source) string {
	if s.side != "" {
		return s.side
	}
	return bestVote(s.votes)
}

// courtRecord reports whether an organisation source is a court's record that names no
// author: "the order released Friday", "the ruling" (not "the ruling by Judge Ellis").
func courtRecord(org string) bool {
	w := strings.Fields(org)
	if len(w) == 0 || !courtRecords[strings.ToLower(w[0])] {
		return false
	}
	for _, x := range w[1:] {
		if capitalized(x) && monthNames[strings.ToLower(x)] == 0 && !weekdays[strings.ToLower(x)] {
			return false
		}
	}
	return true
}

// courtRecords are the records a court speaks in.
var courtRecords = setOf(strings.Fields(`order ruling opinion decision injunction verdict judgment`))

// judge returns the one judge the document names by the title ("U.S. District Judge Gonzalo
// Curiel"), as the author of its court's records; "" when it names none or several.
func (d *docSides) judge() string {
	found := ""
	for i, t := range d.toks {
		if t.key != "Judge" || t.punctAfter || t.poss {
			continue
		}
		e := i + 1
		for e < len(d.toks) && e < i+4 && capitalized(d.toks[e].key) && !isTitle(d.toks[e]) && !loweredWord(stopwords, d.toks[e].key) {
			e++
			if d.toks[e-1].punctAfter || d.toks[e-1].poss {
				break
			}
		}
		if e == i+1 {
			continue
		}
		name := d.expand(d.toks[e-1].text)
		if found != "" && found != name {
			return ""
		}
		found = name
	}
	return found
}

// outletNouns, after a country's adjective, make it the nationality of a medium, no side:
// "French website iGen.fr".
var outletNouns = setOf(strings.Fields(`website site blog newspaper daily weekly magazine tabloid
broadcaster channel outlet paper media reports publication websites sites blogs newspapers
magazines tabloids broadcasters channels outlets papers publications`))

// newsWords may stand between a country's adjective and a word for a medium: "Nicaraguan
// news site".
var newsWords = setOf(strings.Fields(`news online`))

// agentWords name those who speak for a person: "Hunter spokesman Joe Kasper", "Trump's
// lawyer", "the Clinton campaign", "Trump campaign manager Corey Lewandowski"; and "Trump's
// running mate", whose two words [agentAt] takes only together.
var agentWords = setOf(strings.Fields(`spokesman spokeswoman spokesperson lawyer lawyers attorney
attorneys aide aides adviser advisers advisor advisors campaign office team camp
representative representatives strategist manager chairman chairwoman press secretary agent
publicist`))

// personalRole reports whether token k of toks, an agent's word ([agentAt]), names a
// personal or political service to a person rather than an office: an adviser, a strategist,
// a lawyer, an agent or publicist, a campaign and its manager, a running mate ("David
// Axelrod, a longtime adviser to Barack Obama", "The Obama campaign"), not a spokesman, a
// press secretary, an aide or an office ("Carter's press secretary, Peter Cook", "Obama's
// aides"), who speak for the office the person holds.
func personalRole(toks []token, k int) bool {
	return lowered(personalAgents, toks[k].key) || strings.EqualFold(toks[k].key, "running") || strings.EqualFold(toks[k].key, "mate")
}

// personalAgents are the agent words of a personal service ([personalRole]).
// Not "advisers" ("Obama's advisers say": his administration).
var personalAgents = setOf(strings.Fields(`lawyer lawyers attorney attorneys adviser advisor
campaign camp strategist manager agent publicist`))

// agentAt reports whether token k of toks is an agent's word ([agentWords]) or a word of
// "running mate": not "mate" alone ("Prince Harry's mate Tom Inskip" is his friend; "Mate"
// is a given name too, Mate Granic).
func agentAt(toks []token, k int) bool {
	switch {
	case strings.EqualFold(toks[k].key, "running"):
		return k+1 < len(toks) && !toks[k].punctAfter && strings.EqualFold(toks[k+1].key, "mate")
	case strings.EqualFold(toks[k].key, "mate"):
		return k > 0 && !toks[k-1].punctAfter && strings.EqualFold(toks[k-1].key, "running")
	}
	return lowered(agentWords, toks[k].key)
}

// principalBefore returns the person that the words of toks before end speak for: a name
// (no side's, ms holding the sides' mentions) before agent words that run up to end
// ("Hunter spokesman", "Trump's campaign manager"), titles and up to two small-letter words
// of a field among them ("Trump senior communications adviser"), expanded to its fullest form
// in the document, and whether the role is a personal one ([personalRole]); "" when there
// is none.
func (d *docSides) principalBefore(toks []token, end int, ms []mention) (string, bool) {
	if end < len(toks) && toks[end].sentStart {
		return "", false // "Richard Nixon's 1968 campaign. Trump is betting": no agent of Nixon's
	}
	k := end
	agent, personal := false, false
	fields := 0 // small-letter words of the agent's field: "Trump senior communications adviser"
role:
	for k > 0 && !toks[k-1].poss && !(k < end && toks[k-1].punctAfter) {
		switch t := toks[k-1]; {
		case agentAt(toks, k-1):
			agent = true
			personal = personal || personalRole(toks, k-1)
		case isTitle(t):
		case agent && fields < 2 && !capitalized(t.key) && !allDigits(t.key) && !stopwords[t.key] && !postParticiple(t.key) && !lowered(ownSideWords, t.key):
			fields++
		default:
			break role
		}
		k--
	}
	if !agent || k == 0 || toks[k-1].punctAfter && !toks[k-1].poss {
		return "", false
	}
	inMention := d.mentionMask(toks, ms)
	b := k
	for k > 0 && b-k < 3 && capitalized(toks[k-1].key) && !isTitle(toks[k-1]) && !loweredWord(stopwords, toks[k-1].key) && !inMention[k-1] && (k == b || !toks[k-1].punctAfter && !toks[k-1].poss) {
		k--
	}
	if k == b || d.orgs[toks[k].text] || acronym(toks[b-1].key) || b-k == 1 && lowered(genericHeads, toks[k].key) {
		return "", false // "Apple spokesman", "Commission chairwoman": a body's, not a person's
	}
	words := make([]string, 0, b-k)
	for _, t := range toks[k:b] {
		words = append(words, t.text)
	}
	name := strings.Join(words, " ")
	if state, _ := stateEndingAt(toks, b-1); d.orgs[name] || state != "" {
		return "", false // "New York Attorney General Eric Schneiderman": a state's, not York's
	}
	return d.fullName(name), personal
}

// principalFor returns the person that the words before token s name after an agent word
// and "for", closed by a comma: "A spokesman for Delane, Jeremy Redfern" speaks for Delane
// (expanded to his fullest name in the document); "" when there is none, or when the name
// is a side's or an organisation's ("a spokesman for the State Department,"); and whether
// the role is a personal one ([personalRole]).
func (d *docSides) principalFor(s int) (string, bool) {
	b := s - 1
	if b < 2 || !d.commaAfter(b) {
		return "", false
	}
	k := b
	for k > 0 && b-k < 3 && capitalized(d.toks[k].key) && !isTitle(d.toks[k]) && !loweredWord(stopwords, d.toks[k].key) && (k == b || !d.toks[k].punctAfter) {
		if _, ok := d.endAt[k]; ok {
			return "", false
		}
		k--
	}
	if k == b || d.toks[k].key != "for" || k == 0 || !lowered(agentWords, d.toks[k-1].key) {
		return "", false
	}
	words := make([]string, 0, b-k)
	for _, t := range d.toks[k+1 : b+1] {
		words = append(words, t.text)
	}
	name := strings.Join(words, " ")
	if d.orgs[name] {
		return "", false
	}
	return d.expand(name), personalRole(d.toks, k-1)
}

// principalApposed returns the person that a role set before the name of tokens s to i as an
// apposition names ([docSides.principalBefore]): "Trump's running mate, Indiana Gov. Mike
// Pence, who ...", "Trump’s running mate — Indiana Gov. Mike Pence —"; titles and the words
// of a place may stand between the role and the name, and a comma or a dash closes both.
// "" when there is none: "Asked about Clinton's campaign, Trump said" sets no apposition.
func (d *docSides) principalApposed(s, i int) (string, bool) {
	j := s - 1
	for j >= 0 && s-j <= 4 && (!d.toks[j].punctAfter || d.abbreviatedTitle(j)) && (isTitle(d.toks[j]) || capitalized(d.toks[j].key) && !loweredWord(stopwords, d.toks[j].key)) {
		j--
	}
	if j < 1 || s-j > 4 || !agentAt(d.toks, j) || !apposedBy(d.text[d.toks[j].end:d.toks[j+1].start]) || i+1 >= len(d.toks) || !apposedBy(d.text[d.toks[i].end:d.toks[i+1].start]) {
		return "", false
	}
	return d.principalBefore(d.toks, j+1, d.ments)
}

// abbreviatedTitle reports whether token k is a title written short, its full stop after it:
// "Gov." of "Indiana Gov. Mike Pence", "Mr." of "Mr. Trump".
func (d *docSides) abbreviatedTitle(k int) bool {
	return isTitle(d.toks[k]) && strings.HasPrefix(d.text[d.toks[k].end:], ". ")
}

// apposedBy reports whether the text between two words sets an apposition apart: a comma or a
// dash, no full stop.
func apposedBy(between string) bool {
	return strings.ContainsAny(between, ",—–") && !strings.ContainsAny(between, ".;:?!")
}

// principalAfter returns the person that an apposition after the name ending at token i
// names after an agent's word and "for" or "to": "Kellyanne Conway, a senior adviser and
// pollster for Mr. Trump and ..." speaks for Trump (expanded to his fullest name in the
// document); "" when there is none, or when the name is a side's or an organisation's
// ("James Lee, a spokesman for Consumer Reports,", "an adviser to the State Department");
// and whether the role is a personal one ([personalRole]). The apposition ends at a
// relative pronoun or a punctuation mark; one that ends in the agent's word names the
// principal before it with a possessive ([docSides.principalBefore]): "Corey Lewandowski,
// Trump's campaign manager," (not "Trump's former campaign manager").
func (d *docSides) principalAfter(i int) (string, bool) {
	if i+1 >= len(d.toks) || !strings.HasPrefix(d.text[d.toks[i].end:], ",") || d.inOpeningParticiple(i) {
		return "", false
	}
	agent := -1
	for j := i + 1; j < len(d.toks) && j <= i+10; j++ {
		t := d.toks[j]
		if relativePronoun(t.key) || lowered(ownSideWords, t.key) {
			return "", false // "who supported Texas Sen. Ted Cruz", "a former adviser to"
		}
		if agentAt(d.toks, j) {
			agent = j
		}
		if (t.key == "for" || t.key == "to") && agent >= 0 && j-agent <= 3 {
			if d.pastAfter(j) {
				return "", false // "the chief strategist for Mitt Romney's presidential campaign four years ago"
			}
			return d.nameAt(j + 1), personalRole(d.toks, agent)
		}
		if t.punctAfter {
			if agent == j && d.possessorOpens(i+1, j) {
				// "Corey Lewandowski, Trump's campaign manager, said": the role and its
				// principal before it, as in "Trump campaign manager Corey Lewandowski"
				return d.principalBefore(d.toks, j+1, d.ments)
			}
			return "", false
		}
	}
	return "", false
}

// possessorOpens reports whether the words of tokens a to b open with a possessive name,
// after an article at most: "Trump's campaign manager", "Mr. Trump's campaign manager", not
// "the son of Trump's campaign manager".
func (d *docSides) possessorOpens(a, b int) bool {
	if a < b && (d.toks[a].key == "the" || d.toks[a].key == "a") {
		a++
	}
	for k := a; k < b && (capitalized(d.toks[k].key) || isTitle(d.toks[k])); k++ {
		if d.toks[k].poss {
			return true
		}
	}
	return false
}

// pastAfter reports whether the apposition goes on after token j, to its punctuation, with a
// word that puts the role in the past: "four years ago", "former", "once", "then".
func (d *docSides) pastAfter(j int) bool {
	for k := j + 1; k < len(d.toks) && k <= j+12; k++ {
		if lowered(pastWords, d.toks[k].key) || lowered(ownSideWords, d.toks[k].key) {
			return true
		}
		if d.toks[k].punctAfter && !d.abbreviatedTitle(k) {
			break
		}
	}
	return false
}

// schoolAfter reports whether the capitalised words after the side's name ending at token j
// name a school ("a professor at Tokyo's Waseda University", "a researcher at Seoul National
// University"): its teachers and researchers speak for no government.
func (d *docSides) schoolAfter(j int) bool {
	return d.capitalizedRunHas(j, 6, universityHeads)
}

// universityHeads end the names of schools ([docSides.schoolAfter]).
var universityHeads = setOf(strings.Fields("University College School"))

// administrationAfter reports whether the apposition goes on after token j, to its
// punctuation, with the administration the office was held in ("in the Clinton
// administration", "during the Reagan administration"): an office dated by its government,
// as writers date a past one (a present one is dated by nothing).
func (d *docSides) administrationAfter(j int) bool {
	for k := j + 1; k+3 < len(d.toks) && k <= j+12; k++ {
		if d.toks[k].punctAfter && !d.abbreviatedTitle(k) {
			break
		}
		if (d.toks[k].key == "in" || d.toks[k].key == "during" || d.toks[k].key == "under") && d.toks[k+1].key == "the" &&
			capitalized(d.toks[k+2].key) && !d.toks[k+2].punctAfter && strings.EqualFold(d.toks[k+3].key, "administration") {
			return true
		}
	}
	return false
}

// pastWords put a role named in an apposition in the past ([docSides.pastAfter]).
var pastWords = setOf(strings.Fields("ago once then onetime previously until"))

// nameAt returns the person named from token k, titles skipped ("Mr. Trump"), expanded to his
// fullest name in the document, or a surname to the one speaker of the document who bears it
// ([personsOf]); "" when the words there are no person's: a side's, an organisation's, one
// word no full name of the document ends in, or none.
func (d *docSides) nameAt(k int) string {
	for k < len(d.toks) && isTitle(d.toks[k]) && (!d.toks[k].punctAfter || d.abbreviatedTitle(k)) {
		if strings.EqualFold(d.toks[k].key, "the") {
			return "" // "a polling team for The Wall Street Journal": a body's
		}
		k++
	}
	// The capitalised words from k, titles among them ("House Speaker Paul Ryan"): the name
	// is those after the last title.
	b, e := k, k
	for e < len(d.toks) && e-k < 6 && capitalized(d.toks[e].key) && !loweredWord(stopwords, d.toks[e].key) {
		if isTitle(d.toks[e]) {
			b = e + 1
		}
		e++
		if d.toks[e-1].poss || d.toks[e-1].punctAfter && !d.abbreviatedTitle(e-1) {
			break
		}
	}
	inMention := d.mentionMask(d.toks, d.ments)
	if e-b < 1 || e-b > 3 || acronym(d.toks[b].key) || slices.Contains(inMention[b:e], true) {
		return "" // "an adviser to the Nicaraguan Institute": a side's
	}
	k = e
	words := make([]string, 0, k-b)
	for _, t := range d.toks[b:k] {
		words = append(words, t.text)
	}
	name := strings.Join(words, " ")
	if full := d.fullName(name); !d.orgs[name] && strings.Contains(full, " ") {
		return full
	}
	return ""
}

// fullName returns the fullest form of the name in the document ([docSides.expand]), or for a
// surname the full name of the one speaker of the document who bears it ([personsOf]: "Mr.
// Trump" where the text writes "Donald J. Trump" with an initial); else the name.
func (d *docSides) fullName(name string) string {
	if full := d.expand(name); strings.Contains(full, " ") {
		return full
	}
	full, surname := "", " "+name
	for p := range d.persons {
		if first, _, _ := strings.Cut(p, " "); strings.HasSuffix(p, surname) && !loweredWord(stopwords, first) && !lowered(quantifiers, first) && !strings.EqualFold(first, "several") {
			if full != "" && full != p {
				return name
			}
			full = p
		}
	}
	if full == "" {
		return name
	}
	return full
}

// cityBodies speak for the city of the dateline: "City officials said".
var cityBodies = setOf([]string{"city officials", "city hall", "the city", "city", "city council", "the city council", "city spokesman", "city spokeswoman", "a city spokesman", "a city spokeswoman"})

// bareInstitutions are the words for a country's institutions that, named alone in wire copy
// with a dateline, are the country's the story is about: "the army", "the military".
var bareInstitutions = setOf([]string{"army", "military", "armed forces", "navy", "air force"})

// appositionRoles are roles in a body that follow its possessive with a field word between,
// though they are no titles before a name: "the UN's humanitarian coordinator".
var appositionRoles = setOf(strings.Fields("coordinator envoy representative rapporteur adviser advisor"))

// sideFor returns the side named after an agent word and "for" right before token s, closed
// by a comma: "A spokesman for the junta, Zaw Min Tun" speaks for Myanmar's junta; "" when
// there is none. gov: the side is the article's country, guessed from an institution every
// country has ("a spokesman for the National Security Council, Alistair Baskey").
func (d *docSides) sideFor(s int) (side string, gov bool) {
	b := s - 1
	if b < 2 || !d.commaAfter(b) {
		return "", false
	}
	m, ok := d.endAt[d.fieldStart(b)]
	if !ok {
		return "", false
	}
	if p, ok := d.endAt[m.i-1]; ok && m.side == govSide {
		m = p // "the Iraqi health ministry": Iraq's
	}
	k := m.i - 1
	if k >= 0 && d.toks[k].key == "the" {
		k--
	}
	if k < 1 || d.toks[k].key != "for" || !lowered(agentWords, d.toks[k-1].key) || d.formerBetween(k-2, k-1) {
		return "", false // "a former spokesman for Ukraine's Foreign Ministry, Oleg Voloshyn": no more
	}
	return d.resolve(m.side), m.side == govSide
}

// formerBetween reports whether a token from a to b (a may be below 0) marks a former
// holder of the role or the opposition ([ownSideWords]).
func (d *docSides) formerBetween(a, b int) bool {
	for k := max(a, 0); k <= b; k++ {
		if lowered(ownSideWords, d.toks[k].key) {
			return true
		}
	}
	return false
}

// fieldStart returns the index of the token before the small-letter words (at most two, no
// stopwords) that end at token b: the "Iraqi" of "the Iraqi health ministry"; b itself when
// b is in a side's mention or in capitals.
func (d *docSides) fieldStart(b int) int {
	k := b
	for k > 0 && b-k < 2 && !d.sideEndsAt(k) && !capitalized(d.toks[k].key) && !stopwords[d.toks[k].key] && (k == b || !d.toks[k].punctAfter) {
		k--
	}
	if d.toks[k].punctAfter && k != b {
		return b
	}
	return k
}

// fieldTitle reports whether tokens from k are one or two small-letter words of a field and
// then a title, in one phrase: "climate change adviser" of "Brian Deese, the White House
// climate change adviser,".
func (d *docSides) fieldTitle(k int) bool {
	for j := k; j < len(d.toks) && j < k+3; j++ {
		t := d.toks[j]
		if j > k && isTitle(t) {
			return true
		}
		if capitalized(t.key) || stopwords[t.key] || isTitle(t) || allDigits(t.key) || postParticiple(t.key) || t.punctAfter || t.poss {
			return false
		}
	}
	return false
}

// titleForName reports whether the title that starts at token k (field words and titles) is
// followed by "for" and a name: "a White House press secretary for George W. Bush", "Ottawa
// bureau chief for Hyperpartisans Weekly": he served that person or works for that body, and
// the words before the title say where, not whom he speaks for.
func (d *docSides) titleForName(k int) bool {
	j := k
	for j < len(d.toks) && j < k+4 && !d.toks[j].punctAfter && (isTitle(d.toks[j]) || !capitalized(d.toks[j].key) && !stopwords[d.toks[j].key]) {
		j++
	}
	if j == k || j+1 >= len(d.toks) || d.toks[j-1].punctAfter || d.toks[j].key != "for" || !capitalized(d.toks[j+1].key) || isTitle(d.toks[j+1]) {
		return false
	}
	for _, m := range d.ments {
		if m.i == j+1 && countries()[m.side] {
			return false // "the top U.S. envoy for North Korea": his field
		}
	}
	return true
}

// roleBefore returns the side named in a role that stands before token s, closed by a
// comma, as an apposition: "a WHO spokesperson, Christy Feig" speaks for the WHO, "the
// Iraqi health ministry spokesman, Saif al-Badr" for Iraq; "" when there is none. The role
// opens its sentence or clause: "to play the Apple founder, Christian Bale" is no apposition.
func (d *docSides) roleBefore(s int) string {
	b := s - 1
	if b < 2 || !d.commaAfter(b) || !lowered(agentWords, d.toks[b].key) && !isTitle(d.toks[b]) {
		return ""
	}
	m, ok := d.endAt[d.fieldStart(b-1)]
	if !ok || d.formerBetween(m.i+m.n, b) {
		return "" // "the WHO's former spokesman, Mia Holt"
	}
	if d.toks[m.i+m.n-1].poss && (d.toks[m.i].sentStart || m.i > 0 && d.toks[m.i-1].punctAfter && !d.toks[m.i-1].poss) {
		return d.resolve(m.side) // "Nicaragua's first lady, Rosario Murillo, said"
	}
	if m.i == 0 {
		return "" // no determiner before the role
	}
	det := m.i - 1
	switch d.toks[det].key {
	case "a", "an", "the", "A", "An", "The":
	default:
		return ""
	}
	if det == 0 || d.toks[det].sentStart || d.toks[det-1].punctAfter && !d.toks[det-1].poss {
		return d.resolve(m.side)
	}
	return ""
}

// commaAfter reports whether a comma follows token k: "A spokesman for Delane, Jeremy
// Redfern", not "campaign for the White House. Sanders".
func (d *docSides) commaAfter(k int) bool {
	e := d.toks[k].end
	return !d.toks[k].poss && e < len(d.text) && d.text[e] == ','
}

func isPronoun(s string) bool {
	switch strings.ToLower(s) {
	case "he", "she", "they", "it", "we", "i", "you", "him", "her", "them", "his", "their", "its":
		return true
	}
	return false
}

// indexedTokens is the length from which a document's tokens are indexed by word for
// [docSides.tokensNamed].
const indexedTokens = 20000

// tokensNamed returns, in order, the indexes of the tokens whose key or text is w: in a long
// document from an index built once, since walking every token for each speaker made a long
// document's sides quadratic.
func (d *docSides) tokensNamed(w string) []int {
	if len(d.toks) < indexedTokens {
		// A news article: a walk costs less than the index.
		var out []int
		for i, t := range d.toks {
			if t.key == w || t.text == w {
				out = append(out, i)
			}
		}
		return out
	}
	if d.byWord == nil {
		d.byWord = make(map[string][]int, len(d.toks)/4)
		for i, t := range d.toks {
			d.byWord[t.key] = append(d.byWord[t.key], i)
			if t.text != t.key {
				d.byWord[t.text] = append(d.byWord[t.text], i)
			}
		}
	}
	return d.byWord[w]
}

// context finds the person's name in the text (full name or surname) and reads the titles
// before it and an apposition after it ("Ned Price, the State Department spokesman,").
//
// guessed is the weight of the votes for the document's focus that an institution every
// country has gives without naming the country ("Foreign Secretary Philip Hammond").
func (d *docSides) context(person string, own bool) nameContext {
	words := nameWords(person)
	if len(words) == 0 {
		return nameContext{own: own}
	}
	c := &nameContext{votes: map[string]float64{}, own: own}
	for _, i := range d.tokensNamed(words[len(words)-1]) {
		if s, ok := d.nameStart(words, i); ok {
			d.readAround(c, s, i)
		}
	}
	delete(c.votes, "")
	if c.party && countries()[bestVote(c.votes)] {
		c.own = true // "France's far-right National Front party leader, Marine Le Pen": not France's voice
	}
	if lp, lq := strings.ToLower(c.principal), strings.ToLower(person); c.principal != "" && (nameWithin(lp, lq) || nameWithin(lq, lp)) {
		c.principal = "" // "Trump" before "Donald Trump Jr." is no principal of his
	}
	return *c
}

// nameContext is what the words around a person's name say (see [docSides.context]): the
// votes for his side, whether he holds no present office of his (own), the person he speaks
// for, the acronym of a body no side is known for, the weight of the guessed votes,
// whether a title or an apposition makes him a party's figure ([docSides.partyFigure]), and
// the words that describe him ([docSides.describe]).
type nameContext struct {
	votes     map[string]float64
	own       bool
	past      bool // an apposition gives a former office ([docSides.formerApposed])
	present   bool // an apposition gives a present one ([docSides.presentApposed])
	party     bool
	desc      []string
	principal string
	apposed   bool // the principal is read from an apposition
	personal  bool // the principal is served in a personal role ([personalRole])
	acr       string
	guessed   float64
}

// nameWords returns the name's words as the text's tokens are cut: "Al-Basha Tibiq" is
// "Al", "Basha", "Tibiq".
func nameWords(person string) []string {
	var words []string
	for _, t := range tokenize(person, 0) {
		words = append(words, t.text)
	}
	return words
}

// nameStart returns where the name of words that ends at token i starts, walking back over
// the person's other words; false when the tokens name a different person with the same
// surname.
func (d *docSides) nameStart(words []string, i int) (int, bool) {
	s := i
	for k := len(words) - 2; k >= 0 && s > 0 && d.toks[s-1].text == words[k]; k-- {
		s--
	}
	if s != i && i-s != len(words)-1 {
		return 0, false // a different person with the same surname
	}
	if s == i && len(words) > 1 && s > 0 && capitalized(d.toks[s-1].key) && !isTitle(d.toks[s-1]) && !d.sideEndsAt(s-1) {
		return 0, false // "Imran Khan" sought, "Ayub Khan" found
	}
	if s == i && len(words) > 1 && i+1 < len(d.toks) && !d.toks[i].punctAfter && !d.toks[i].poss && capitalized(d.toks[i+1].key) && !d.sideEndsAt(i+1) {
		return 0, false // "Mohamed Hassan" sought, "President Hassan Sheikh Mohamud" found: a given name
	}
	return s, true
}

// readAround reads into c the words around the name of tokens s to i: the person he speaks
// for, the side he speaks for or holds a role of, the titles before the name and an
// apposition after it.
func (d *docSides) readAround(c *nameContext, s, i int) {
	if c.principal == "" && !d.formerBetween(s-formerReach, s-1) && (s == 0 || !d.toks[s-1].punctAfter || d.abbreviatedTitle(s-1)) {
		// "Obama adviser David Axelrod", not "former Obama adviser David Axelrod" nor
		// "fired from the Trump campaign, Politico recently reported"
		c.principal, c.personal = d.principalBefore(d.toks, s, d.ments)
	}
	if c.principal == "" {
		c.principal, c.personal = d.principalFor(s) // "A spokesman for Delane, Jeremy Redfern"
	}
	if c.principal == "" && !d.formerBetween(s-formerReach, s-1) {
		c.principal, c.personal = d.principalApposed(s, i) // "Trump's running mate, Indiana Gov. Mike Pence,"
		c.apposed = c.principal != ""
	}
	if c.principal == "" {
		c.principal, c.personal = d.principalAfter(i) // "Kellyanne Conway, a senior adviser and pollster for Mr. Trump"
		c.apposed = c.principal != ""
	}
	if side, gov := d.sideFor(s); side != "" {
		c.votes[side] += 1 // "A spokesman for the junta, Zaw Min Tun"
		if gov {
			c.guessed++
		}
	}
	if side := d.roleBefore(s); side != "" {
		c.votes[side] += 1 // "a WHO spokesperson, Christy Feig"
	}
	c.party = c.party || d.partyFigure(s, i)
	w := d.titlesBefore(c, s, i)
	d.titleVotes(c, w, i)
	d.describe(c, s, i)
	// "Hogan Gidley, a former executive director of the South Carolina Republican Party,";
	// not where an apposition tells a present role too ("Podesta, who is now chairman of
	// Hillary Clinton's presidential campaign").
	c.past = c.past || d.formerApposed(i) || d.formerAgent(s)
	// "Alexei Navalny, a jailed dissident,": out of office, his own side as "Russian
	// opposition leader Alexei Navalny" is, not the government's of other articles.
	if w := d.apposedState(i); ownSideWords[w] && !pastOfficeWords[w] {
		c.own = true
	}
	c.present = c.present || d.presentApposed(i)
	// Apposition: "Ned Price, the State Department spokesman,".
	if m, ok := d.appositionMention(i); ok {
		c.votes[d.resolve(m.side)] += 0.75
		if m.side == govSide {
			c.guessed += 0.75
		}
	}
}

// formerApposed reports whether an apposition after the name ending at token i opens with a
// word of a former office ([pastOfficeWords]), after an article, a possessive name ([docSides.
// possessorOpens]) and one small word at most: "Rick Tyler, a former senior aide to Mr.
// Cruz,", "Mohamed Hassan, a former senior Somali intelligence official", "Bush, Florida's
// former governor", "Corey Lewandowski, his combative former campaign manager"; that tells of
// a post with a verb in the past after "who" ([postVerbs]): "Mike Murphy, who ran a pro-Jeb
// Bush super PAC,"; or that says he was dismissed ([dismissalWords]): "Corey Lewandowski,
// Donald Trump's fired campaign manager", "a rival whom Trump fired as campaign manager".
func (d *docSides) formerApposed(i int) bool {
	if e := d.toks[i].end; e >= len(d.text) || d.text[e] != ',' {
		return false
	}
	for j := i + 1; j < len(d.toks) && j <= i+12; j++ {
		if dismissalWords[d.toks[j].key] || j > i+1 && d.toks[j-1].key == "who" && postVerbs[d.toks[j].key] {
			return true // "Mike Murphy, a veteran GOP consultant who ran the super PAC behind ..."
		}
		if d.toks[j].punctAfter && !d.abbreviatedTitle(j) {
			break
		}
	}
	return pastOfficeWords[d.apposedState(i)]
}

// apposedState returns the word of [ownSideWords] (lower case) that opens an apposition
// after the name ending at token i, after an article, a possessive name ([docSides.
// possessorOpens]) and one small word at most, or "": "former" in "Bush, Florida's former
// governor", "dissident" in "Alexei Navalny, a jailed dissident,". Not "opposition", which
// names a role whose side [docSides.appositionMention] reads.
func (d *docSides) apposedState(i int) string {
	if e := d.toks[i].end; e >= len(d.text) || d.text[e] != ',' {
		return ""
	}
	j := i + 1
	if j < len(d.toks) && (lowered(apposedDeterminers, d.toks[j].key) || d.toks[j].poss) {
		j++
	}
	for k := j; k < len(d.toks) && k < j+4 && (!d.toks[k].punctAfter || d.abbreviatedTitle(k)) && (capitalized(d.toks[k].key) || isTitle(d.toks[k])); k++ {
		if d.toks[k].poss {
			j = k + 1 // "Bush, Florida's former governor", "Mr. Trump's former campaign manager"
			break
		}
	}
	for k := j; k < len(d.toks) && k <= j+1; k++ {
		t := d.toks[k]
		if w := strings.ToLower(t.key); ownSideWords[w] && w != "opposition" {
			return w
		}
		if t.punctAfter || capitalized(t.key) || stopwords[t.key] {
			return ""
		}
	}
	return ""
}

// pastOfficeWords, opening an apposition, tell an office held formerly ([docSides.
// formerApposed]); the other [ownSideWords] tell a present state out of office, a side of
// the person's own ("Omran al-Zoubi, a dissident living in Paris,", "an exiled writer").
var pastOfficeWords = setOf(strings.Fields("former ex ousted deposed retired"))

// apposedDeterminers open an apposition before its office: "a former aide", "his former
// campaign manager".
var apposedDeterminers = setOf(strings.Fields("a an the his her their"))

// dismissalWords, in an apposition, say the person was dismissed from the role it names
// ([docSides.formerApposed]).
var dismissalWords = setOf(strings.Fields("fired ousted sacked dismissed"))

// formerAgent reports whether the role written just before the name starting at token s,
// or set apart before it, is an agent's ([agentAt]) held formerly ([formerReach]): "Former
// Trump campaign manager Corey Lewandowski", "Mr. Trump's former campaign manager, Corey
// Lewandowski": the principal's side that other articles give him is no present one.
func (d *docSides) formerAgent(s int) bool {
	return s > 0 && agentAt(d.toks, s-1) && d.formerBetween(s-formerReach, s-1)
}

// presentApposed reports whether an apposition or a relative clause after the name ending at
// token i tells a present role, "now" or "currently" in it (not a pundit's: [docSides.punditAfter]), or opening a second apposition
// after it with an article: "Meg Whitman, a former candidate for governor in California who
// now runs Hewlett Packard Enterprise", "Kay Hart, a former aide to the senator, now a
// lobbyist". Not in what follows the apposition: "Kay Hart, a former aide to the senator,
// said the network is now helping his rival" tells the network's present.
func (d *docSides) presentApposed(i int) bool {
	if e := d.toks[i].end; e >= len(d.text) || d.text[e] != ',' {
		return false
	}
	for j := i + 1; j < len(d.toks) && j <= i+25 && !d.sentenceEndAfter(j-1); j++ {
		if k := d.toks[j].key; k == "now" || k == "currently" {
			return !d.punditAfter(j)
		}
		if d.toks[j].punctAfter && !d.abbreviatedTitle(j) {
			// The apposition ends here.
			n := j + 1
			return n+1 < len(d.toks) && (d.toks[n].key == "now" || d.toks[n].key == "currently") &&
				(d.toks[n+1].key == "a" || d.toks[n+1].key == "an" || d.toks[n+1].key == "the") && !d.punditAfter(n)
		}
	}
	return false
}

// punditAfter reports whether the words after token j, to a punctuation mark, name a
// medium's commentator ([punditWords]): "now a paid CNN commentator" is no present role in
// the service of the person a former office was held for.
func (d *docSides) punditAfter(j int) bool {
	for k := j + 1; k < len(d.toks) && k <= j+6; k++ {
		if lowered(punditWords, d.toks[k].key) {
			return true
		}
		if d.toks[k].punctAfter {
			break
		}
	}
	return false
}

// punditWords are the roles of those who comment on a medium ([docSides.punditAfter]).
var punditWords = setOf(strings.Fields("commentator analyst contributor columnist pundit"))

// describe adds to c.desc the words that describe the person whose name runs from token s to
// token i: the titles right before it ("Sen.", "Vice President") and the small-letter words
// of an apposition after it up to its end or a relative pronoun ("Bob Mason, a retired
// Postal Service letter carrier who ...": "retired", "letter", "carrier"), abbreviated
// titles written out ("Sen." is "senator"), no honorifics nor words of a former office.
func (d *docSides) describe(c *nameContext, s, i int) {
	add := func(t token) {
		w := strings.ToLower(strings.TrimSuffix(t.key, "."))
		if full, ok := titleAbbrevs[w]; ok {
			w = full
		}
		if !honorifics[w] && !ownSideWords[w] && !stopwords[w] && !slices.Contains(c.desc, w) {
			c.desc = append(c.desc, w)
		}
	}
	for j := s - 1; j >= 0 && j >= s-4 && isTitle(d.toks[j]) && (!d.toks[j].punctAfter || d.toks[j].poss || d.abbreviatedTitle(j)); j-- {
		add(d.toks[j])
	}
	if e := d.toks[i].end; e >= len(d.text) || d.text[e] != ',' {
		return
	}
	for j := i + 1; j < len(d.toks) && j <= i+8; j++ {
		t := d.toks[j]
		if relativePronoun(t.key) {
			break
		}
		if !capitalized(t.key) {
			add(t)
		}
		if t.punctAfter {
			break
		}
	}
}

// titleAbbrevs write out the abbreviated titles: "Sen." is a senator.
var titleAbbrevs = map[string]string{"sen": "senator", "gov": "governor", "rep": "representative", "pres": "president", "lt": "lieutenant", "gen": "general", "col": "colonel", "sgt": "sergeant", "prof": "professor", "atty": "attorney"}

// formerReach is how many tokens before a person's name a word such as "former" may stand to
// mark the office or the principal written there as past ([docSides.readAround]).
const formerReach = 4

// partyFigure reports whether the words just before the name from token s to token i, or its
// apposition after a comma, make the person a party's figure ([partyTitle]): "France's
// far-right National Front party leader, Marine Le Pen", "Marine Le Pen, leader of France's
// far-right Front National party".
func (d *docSides) partyFigure(s, i int) bool {
	b := s
	for b > 0 && b > s-8 && !d.sentenceEndAfter(b-1) {
		b--
	}
	if partyTitle(d.toks[b:s]) {
		return true
	}
	if e := d.toks[i].end; e >= len(d.text) || d.text[e] != ',' {
		return false
	}
	e := i + 1
	for e < len(d.toks) && e <= i+10 && !d.sentenceEndAfter(e-1) {
		e++
	}
	return partyTitle(d.toks[i+1 : e])
}

// sentenceEndAfter reports whether a sentence ends after token k: a full stop, a question or
// an exclamation mark, or a line break before the next word.
func (d *docSides) sentenceEndAfter(k int) bool {
	end := len(d.text)
	if k+1 < len(d.toks) {
		end = d.toks[k+1].start
	}
	return strings.ContainsAny(d.text[d.toks[k].end:end], ".?!\n")
}

// titleWalk is what the walk back over the titles before a name found: a title (titled), a
// governor's (governed) or a mayor's, an institution every country has (gov, at govAt),
// a country's name voted for (country).
type titleWalk struct {
	titled, governed, mayored, gov, country bool
	govAt                                   mention
	end                                     int // the name's last token
}

// titlesBefore walks back over the titles before the name from token s to token i, voting
// into c. A side votes when a title stands between it and the name ("US Secretary of State Mike
// Pompeo"), when it is an institution ("Foreign Minister Qureshi") or a title ("Treasury
// Secretary Janet Yellen") or a possessive ("Pakistan's Bilawal Bhutto"); a side just before
// a name ("... told Japan Trump would") does not.
func (d *docSides) titlesBefore(c *nameContext, s, i int) titleWalk {
	w := titleWalk{end: i}
	for j := s - 1; j >= 0 && j >= s-9; j-- {
		t := d.toks[j]
		if t.punctAfter && !t.poss {
			break
		}
		if m, ok := d.endAt[j]; ok {
			if !d.mentionInTitles(c, &w, m, t) {
				break
			}
			j = m.i // continue before the mention: "former ... Pakistan's"
			continue
		}
		if handled, goOn := d.titleWord(c, &w, t); handled {
			if !goOn {
				break
			}
			continue
		}
		if !d.fieldBeforeTitle(c, &w, j, s) {
			break
		}
	}
	return w
}

// mentionInTitles reads the mention m of a side among the titles before a name, ending at
// token t: a state's office, an institution every country has, or a country (not a
// nationality) after a title or a possessive. It reports whether the walk goes on.
func (d *docSides) mentionInTitles(c *nameContext, w *titleWalk, m mention, t token) bool {
	if state, _ := stateEndingAt(d.toks, m.i-1); m.side == govSide && state != "" {
		// "New York Attorney General Eric Schneiderman": the state's office, not the
		// country's.
		c.votes[state] += 1
		return false
	} else if d.personsInstitution(m) {
		return false // "President Obama's National Security Council spokeswoman": his
	} else if m.side == govSide {
		w.gov, w.titled, w.govAt = true, true, m
	} else if (w.titled || t.poss || isTitle(t)) && !nationality(d.toks, m) && !mediumBefore(d.toks, m, w.end) && !analystBody(d.toks, m) {
		// Not a medium's country: "South Korean newspaper The Dong Sinmun", "South
		// Korea's Hanbit Daily" are no voice of its government.
		c.votes[d.resolve(m.side)] += 1
		w.titled, w.country = true, true
	}
	return true
}

// titleWord reads token t among the titles before a name when it is a word of a former
// office, an acronym after a title or with a possessive, a title or "of" inside one; it
// reports whether it did (handled) and whether the walk goes on.
func (d *docSides) titleWord(c *nameContext, w *titleWalk, t token) (handled, goOn bool) {
	if lowered(ownSideWords, t.key) {
		c.own = true
		return true, true
	}
	if w.titled && !t.poss && acronym(t.key) {
		// "NOSDRA director-general Idris Musa": the side of the body the text gives that
		// acronym ("Nigeria's National Oil Spill Detection and Response Agency (NOSDRA)").
		if side := d.acronymSide(t.key); side != "" {
			c.votes[side] += 1
		} else if c.acr == "" {
			c.acr = t.key // another article may give the body's name
		}
		return true, false
	}
	if t.poss && acronym(t.key) {
		// "ESPN's John Wildhack": the body whose acronym owns the person is his side, as a
		// country is ("Pakistan's Bilawal Bhutto").
		c.votes[t.key] += 1
		w.titled = true
		return true, true
	}
	// Titles, and "of" inside one ("Secretary of State"); another name or any other word
	// ends the title.
	if isTitle(t) || t.key == "of" {
		w.governed = w.governed || lowered(governorTitles, t.key)
		w.mayored = w.mayored || strings.EqualFold(t.key, "mayor")
		w.titled = w.titled || t.key != "of" && t.key != "the" && !lowered(honorifics, t.key)
		return true, true
	}
	return false, false
}

// fieldBeforeTitle reads token j, before the titles of the name starting at token s, when
// it is no title: the state of a governor, the body a generic head stands for, or a field
// of one or two words before the title, the one word after which the walk goes on (it
// reports whether it does).
func (d *docSides) fieldBeforeTitle(c *nameContext, w *titleWalk, j, s int) bool {
	t := d.toks[j]
	if w.governed && capitalized(t.key) {
		// "Florida Governor Mark Delane", "New Jersey Gov. Chris Christie": the state's
		// government is a side of its own against the federal one.
		state, at := stateEndingAt(d.toks, j)
		if state != "" && at > 0 && lowered(ownSideWords, d.toks[at-1].key) {
			c.own = true // "former Florida Gov. Jeb Bush" speaks for no state
		} else if state != "" && !d.campaign {
			c.votes[state] += 1
		}
		return false
	}
	if w.titled && capitalized(t.key) && lowered(genericHeads, t.key) {
		// "Commission chairwoman Priscilla Chigumba": the body the article named before by
		// that word ("Zimbabwe's electoral commission").
		if side := d.headSide(strings.ToLower(t.key), j); side != "" {
			c.votes[side] += 1
		}
		return false
	}
	// A field of one or two words before the title: "NASA asteroid expert Don Yeomans",
	// "Philippine coast guard spokesman Jay Tarriela"; not "praise of Pakistan by President
	// Trump".
	return w.titled && !capitalized(t.key) && !stopwords[t.key] && !clauseOpeners[t.key] && (isTitle(d.toks[j+1]) || j+2 < s && !capitalized(d.toks[j+1].key) && isTitle(d.toks[j+2])) && j-1 >= 0 && !d.toks[j-1].punctAfter
}

// clauseOpeners open a clause or a phrase before a title, no field of it: "support for ISIS
// since leader Ayman al-Zawahiri denounced the group" (not ISIS's leader).
var clauseOpeners = setOf(strings.Fields("since unless despite amid whereas versus"))

// titleVotes votes into c for what the titles before the name ending at token i found (w):
// a country after it ("Prime Minister Benjamin Netanyahu of Israel"), the country of an
// institution every country has, which votes for the document's focus only when no country
// is named before it ("Lebanon's Interior Minister Nohad Machnouk" is Lebanon's in an
// article about Iraq), and a mayor's city.
func (d *docSides) titleVotes(c *nameContext, w titleWalk, i int) {
	if w.titled {
		if ct := d.ofCountry(i); ct != "" {
			c.votes[ct] += 1 // "Prime Minister Benjamin Netanyahu of Israel"
			w.country = true
		}
	}
	if w.gov && !w.country {
		if ct := d.titleCountry(d.toks[w.govAt.i : w.govAt.i+w.govAt.n]); ct != "" {
			c.votes[ct] += 1 // "Interior Minister Nouhad Mashnuq" after "a Lebanese interior minister"
		} else {
			c.votes[d.resolve(govSide)] += 1
			c.guessed++
		}
	}
	if w.mayored && d.city != "" && !d.campaign && len(c.votes) == 0 {
		c.votes[d.city] += 1 // "Mayor Amy Goodwin" under a CHARLESTON dateline: the city's
	}
}

// appositionMention returns the side's mention in the apposition after the name ending at
// token i, when it gives the person's side: "Ned Price, the State Department spokesman,",
// "Wilfried Strauch, an adviser to the Nicaraguan Institute of Territorial Studies,", "Zaw
// Min Tun, a spokesman for Consumer Reports," (an organisation of the document).
func (d *docSides) appositionMention(i int) (mention, bool) {
	if e := d.toks[i].end; e >= len(d.text) || d.text[e] != ',' || d.inOpeningParticiple(i) {
		return mention{}, false
	}
	prep := -1 // after "adviser to": a body the person works for
	for j := i + 1; j < len(d.toks) && j <= i+9; j++ {
		t := d.toks[j]
		if prep < 0 && lowered(ownSideWords, t.key) {
			break // "John Everard, former UK ambassador to Pyongyang,": no present office
		}
		if m, ok := d.endAt[j]; ok {
			// "the State Department spokesman", not "Japan's sensitivities"; "an
			// adviser to the Nicaraguan Institute", not "a correspondent in Moscow";
			// "a spokesman for Consumer Reports", an organisation of the document.
			next := j+1 < len(d.toks) && !d.toks[j].punctAfter
			at := prep + 1
			if at < len(d.toks) && d.toks[at].key == "the" {
				at++
			}
			// "a spokesman for Consumer Reports,", "a spokesman of the Ministry of
			// Unification,": the body named whole after the role, to the apposition's end.
			whole := prep >= 0 && (m.i == at || m.i == afterKind(d.toks, at)) && (d.orgs[m.side] || !next && m.i < j)
			// "the UN's humanitarian coordinator for Myanmar": a field word between
			// the body's possessive and the title.
			// "Nicaragua's First Lady": a capitalised word of the title's.
			field := t.poss && j+2 < len(d.toks) && !d.toks[j+1].punctAfter && !isTitle(d.toks[j+1]) &&
				(isTitle(d.toks[j+2]) || !capitalized(d.toks[j+1].key) && lowered(appositionRoles, d.toks[j+2].key))
			if d.compound(j) || next && strings.EqualFold(d.toks[j+1].key, "officials") || nationality(d.toks, m) || prep >= 0 && d.inLegislature(at, j) {
				// "a researcher at the U.S.-Korea Institute": a body named for two
				// countries; "According to reporter Bill Gertz, U.S. officials said":
				// the sentence's subject, no apposition of one person; "a Washington
				// lawyer", "a US aid worker": where he works or comes from; "chairman of
				// the House Homeland Security Committee": a legislature's, no department's.
				break
			}
			if d.personsInstitution(m) {
				break // "the spokeswoman for President Barack Obama's National Security Council": his
			}
			gives := next && (isTitle(d.toks[j+1]) || d.fieldTitle(j+1)) && !d.titleForName(j+1) || field || m.side == govSide || prep >= 0 && next && capitalized(d.toks[j+1].key) && !d.groupNamedFor(j) || prep >= 0 && whole
			// "the White House drug policy director in the Clinton administration", "the
			// agency's counsel until 2014": an office of the past.
			return m, gives && !d.pastAfter(j) && !d.administrationAfter(j) && !(prep >= 0 && d.schoolAfter(j))
		}
		if !t.punctAfter && (isTitle(t) || lowered(orgRoles, t.key)) && j+1 < len(d.toks) && appositionPreps[d.toks[j+1].key] && !(prep >= 0 && d.mentionMask(d.toks, d.ments)[j]) {
			// not "Ministry of" inside "a spokesman of the Ministry of Unification"
			prep = j + 1
			j++ // the preposition
			continue
		}
		if k := afterKind(d.toks, j); prep >= 0 && k > j {
			j = k - 1 // "a researcher at counter-extremism think tank Quilliam"
			continue
		}
		if !t.punctAfter && d.mentionMask(d.toks, d.ments)[j] {
			continue // "White" of "the White House climate change adviser"
		}
		if t.punctAfter || !(isTitle(t) || t.key == "the" || t.key == "a" || t.key == "an" || prep >= 0 && capitalized(t.key)) {
			break
		}
	}
	return mention{}, false
}

// personsInstitution reports whether the mention m of an institution every country has
// follows a person's possessive, a name of two words or more, a title before it or a speaker
// of the document: "President Barack Obama's National Security Council", "Mr. Trump's State
// Department" are the person's government, no vote for the article's focus country
// ([docSides.resolve]: Jordan, in a story of its airstrikes); the person, the principal of
// one who speaks for it ([docSides.principalAfter]), gives the side. Not a country's
// possessive ("Jordan's foreign ministry").
func (d *docSides) personsInstitution(m mention) bool {
	p := m.i - 1
	if m.side != govSide || p < 0 || !d.toks[p].poss || !capitalized(d.toks[p].key) || isTitle(d.toks[p]) {
		return false
	}
	if _, ok := d.endAt[p]; ok {
		return false
	}
	b := p
	for b > 0 && capitalized(d.toks[b-1].key) && !d.toks[b-1].punctAfter && !isTitle(d.toks[b-1]) {
		b--
	}
	return b < p || b > 0 && isTitle(d.toks[b-1]) || d.persons[d.toks[p].text]
}

// inLegislature reports whether the capitalised words from token at, through token j and on
// to the name's end, name a legislature's committee ([legislatureBody]): "the House Homeland
// Security Committee", whose chairman speaks for no department of the government.
func (d *docSides) inLegislature(at, j int) bool {
	e := j + 1
	for e < len(d.toks) && e-j <= 4 && capitalized(d.toks[e].key) && !d.toks[e-1].punctAfter {
		e++
	}
	return at <= j && legislatureBody(d.toks[at:e])
}

// groupNamedFor reports whether the capitalised words after a country's name ending at token
// j name a group for the country, not a body of its state: none of them is a body's head
// nor a title ("the head of North Korea Intellectuals Solidarity"; not "the U.S. Embassy",
// "the Nicaraguan Institute of Territorial Studies").
func (d *docSides) groupNamedFor(j int) bool {
	if d.toks[j].poss {
		return false
	}
	k := j + 1
	for ; k < len(d.toks) && capitalized(d.toks[k].key); k++ {
		if lowered(genericHeads, d.toks[k].key) || bodyHeads[d.toks[k].key] || isTitle(d.toks[k]) {
			return false
		}
		if d.toks[k].punctAfter || d.toks[k].poss {
			k++
			break
		}
	}
	return k > j+2
}

// ofCountry returns the country named by its name right after the name ending at token i
// and "of", as written after a leader's title and name ("Prime Minister Benjamin Netanyahu of
// Israel", "President Xi Jinping of China"); "" when there is none, when a city stands there
// ("of Washington") or when the country opens a longer name ("of Israel Radio") or owns the
// next word ("of Israel's army").
func (d *docSides) ofCountry(i int) string {
	k := i + 2
	if d.toks[i].punctAfter || d.toks[i].poss || k >= len(d.toks) || d.toks[i+1].key != "of" {
		return ""
	}
	for e := k; e < len(d.toks) && e < k+3; e++ {
		m, ok := d.endAt[e]
		if !ok || m.i != k {
			continue
		}
		if m.side == govSide || !countries()[m.side] || d.text[d.toks[k].start:d.toks[e].end] != m.side || d.toks[e].poss || e+1 < len(d.toks) && !d.toks[e].punctAfter && capitalized(d.toks[e+1].key) {
			return "" // nor a city: "Sen. Maria Cantwell of Washington"
		}
		return d.resolve(m.side)
	}
	return ""
}

// titledNames returns the persons the document names after a country's or a body's name and
// a title, with that side: "Alistair Baskey" for "White House spokesman Alistair Baskey",
// whether or not he speaks in the document. A name is two or three capitalised words that
// are no titles nor sides' words; a nationality ("American journalist") names no side.
func (d *docSides) titledNames() map[string]string {
	var out map[string]string
	for _, m := range d.ments {
		e := m.i + m.n
		if m.side == govSide || d.toks[e-1].punctAfter && !d.toks[e-1].poss || nationality(d.toks, m) {
			continue
		}
		k := e
		for k < len(d.toks) && k < e+4 && isTitle(d.toks[k]) && !d.toks[k].punctAfter {
			k++
		}
		if k == e {
			continue
		}
		b := k
		for k < len(d.toks) && k < b+3 && capitalized(d.toks[k].key) && !isTitle(d.toks[k]) && !d.sideEndsAt(k) && !loweredWord(stopwords, d.toks[k].key) {
			k++
			if d.toks[k-1].punctAfter || d.toks[k-1].poss {
				break
			}
		}
		if k-b < 2 || k < len(d.toks) && capitalized(d.toks[k].key) && !d.toks[k-1].punctAfter {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[d.text[d.toks[b].start:d.toks[k-1].end]] = d.resolve(m.side)
	}
	return out
}

// compound reports whether a hyphen and a capital follow token j, joining it to the next
// word in one name: "U.S.-Korea Institute", "Agence France-Presse".
func (d *docSides) compound(j int) bool {
	e := d.toks[j].end
	return !d.toks[j].poss && e+1 < len(d.text) && d.text[e] == '-' && 'A' <= d.text[e+1] && d.text[e+1] <= 'Z'
}

// titleCountry returns the one country that the document names right before the words of
// title, an institution every country has, anywhere in its text: "Interior Minister Nouhad
// Mashnuq" is Lebanon's where the article also says "a Lebanese interior minister" or
// "Lebanon's interior minister", whatever country it is about. "" when it names none, or
// several.
func (d *docSides) titleCountry(title []token) string {
	words := make([]string, len(title))
	for k, t := range title {
		words[k] = strings.ToLower(t.key)
	}
	key := strings.Join(words, " ")
	if c, ok := d.titled[key]; ok {
		return c
	}
	found := ""
	for _, c := range d.ments {
		e := c.i + c.n
		if c.side == govSide || d.orgs[c.side] || nonState()[c.side] || e+len(words) > len(d.toks) || d.toks[e-1].punctAfter && !d.toks[e-1].poss {
			continue
		}
		same := true
		for k, w := range words {
			if !strings.EqualFold(d.toks[e+k].key, w) {
				same = false
				break
			}
		}
		if !same {
			continue
		}
		side := d.resolve(c.side)
		if found != "" && found != side {
			found = ""
			break
		}
		found = side
	}
	if d.titled == nil {
		d.titled = map[string]string{}
	}
	d.titled[key] = found
	return found
}

// institutionCountry returns the one country the document names right before the words of
// the institution every country has in the speaker's name, as [docSides.titleCountry] does
// for a person's title; or, in an article without a dateline, before the field of a
// ministry ("defence" of "a defence ministry spokesman", which is South Korea's where a
// story about North Korea quotes "a South Korean defence official" and no other country's
// defence). "" when there is none, or several.
func (d *docSides) institutionCountry(name string) string {
	toks := tokenize(name, 0)
	for _, m := range d.g.find(toks) {
		if m.side != govSide {
			continue
		}
		inst := toks[m.i : m.i+m.n]
		if c := d.titleCountry(inst); c != "" || d.placed || len(inst) < 2 {
			return c
		}
		if strings.EqualFold(inst[1].key, "ministry") {
			return d.titleCountry(inst[:1])
		}
		return ""
	}
	return ""
}

// participle reports whether the capitalised w opens a participle clause: "Speaking",
// "Responding"; not "According", whose object is the speaker ("According to X, the
// embassy's director,").
func participle(w string) bool {
	return capitalized(w) && strings.HasSuffix(w, "ing") && w != "According"
}

// inOpeningParticiple reports whether token i ends a participle clause that opens its
// sentence ("Responding to inquiries from Mashable, a WHO spokesperson said"): the words
// after its comma are the sentence's subject, no apposition of the name.
func (d *docSides) inOpeningParticiple(i int) bool {
	k := i
	for k > 0 && !d.toks[k].sentStart && !d.toks[k-1].punctAfter {
		k--
	}
	t := d.toks[k]
	return k+1 < i && t.sentStart && participle(t.key) && leadingPreps[d.toks[k+1].key]
}

// acronym reports whether w is an acronym of two to six capitals: "ESPN", "NBC".
func acronym(w string) bool {
	if len(w) < 2 || len(w) > 6 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// appositionPreps join a function to the body it is held at: "an adviser to", "a
// spokesman for", "a scientist at", "the director of".
var appositionPreps = map[string]bool{"to": true, "for": true, "at": true, "of": true, "with": true}

func (d *docSides) sideEndsAt(j int) bool { _, ok := d.endAt[j]; return ok }

// bestVote returns the side with the most votes; ties go to the name first in order.
func bestVote(votes map[string]float64) string {
	best, bv := "", 0.0
	for s, v := range votes {
		if v > bv || v == bv && s < best {
			best, bv = s, v
		}
	}
	return best
}

// actorIndex merges the personal names of the corpus into actors.
type actorIndex struct {
	canon   map[string]string // lower-cased person name -> canonical name
	written map[string]string // lower-cased person name -> as first written
	// media are the one-word names kept apart as media's ([actorIndex.keepMedia]).
	media map[string]bool
}

// buildActors gives each person name one canonical name: the longest name in the corpus
// that contains it (see [nameWithin]), when only one does ("Qureshi" -> "Shah Mehmood
// Qureshi", "Hillary Clinton" -> "Hillary Rodham Clinton"), or the only one that adds
// nothing but middle names; a name of two people ("Barack Obama and Hillary Clinton") is no
// candidate, and an acronym joins only a name it ends or names with a legal form ([bodyHost]).
// A name also joins another form of it that the documents describe alike (desc, by name:
// [variantNames], "Joe Biden" and "Joseph R. Biden Jr"). Names are indexed by word, so the
// cost grows with the names sharing a word, not with the square of the names.
func buildActors(names map[string]bool, desc map[string][]string) *actorIndex {
	list := make([]string, 0, len(names))
	for n := range names {
		list = append(list, n)
	}
	sort.Slice(list, func(i, j int) bool {
		if len(list[i]) != len(list[j]) {
			return len(list[i]) > len(list[j])
		}
		return list[i] < list[j]
	})
	byWord := map[string][]string{}
	written := map[string]string{} // lower-cased name -> as first written
	ix := &actorIndex{canon: map[string]string{}, written: written}
	lower := make(map[string]bool, len(list))
	for _, n := range list {
		lower[strings.ToLower(n)] = true
	}
	variant := variantNames(list, desc)
	for _, n := range list {
		key := strings.ToLower(n)
		if _, ok := ix.canon[key]; ok {
			continue
		}
		words := strings.Fields(key)
		// Hosts, the tight ones among them: those that start with the same given name
		// ("hillary rodham clinton" for "hillary clinton", not "rival hillary clinton"),
		// and the middle ones: one middle name or initial between the same given name and
		// surname ("donald j. trump", not "donald trump finally").
		var hosts, tight, middle []string
		seen := map[string]bool{}
		body := len(words) == 1 && acronym(n) // "BBC": no surname of "BBC Radio Leeds"
		for _, m := range byWord[words[len(words)-1]] {
			if len(m) > len(key) && nameWithin(m, key) && !containsWords(m, "and") && !namedAfterSomeone(m, lower) && (!body || bodyHost(written[m], n)) {
				c := ix.canon[m]
				if seen[c] {
					continue
				}
				seen[c] = true
				hosts = append(hosts, c)
				if len(words) > 1 && strings.HasPrefix(m, words[0]+" ") {
					tight = append(tight, c)
				}
				if middleNameOf(written[m], words) {
					middle = append(middle, c)
				}
			}
		}
		switch {
		case len(hosts) == 0 && variant[key] != "":
			ix.canon[key] = ix.canon[variant[key]] // "Joe Biden": "Joseph R. Biden Jr"
		case len(hosts) == 1:
			ix.canon[key] = hosts[0]
		case len(tight) == 1:
			ix.canon[key] = tight[0]
		case len(middle) == 1:
			ix.canon[key] = middle[0]
		default:
			ix.canon[key] = n
		}
		written[key] = n
		for _, w := range words {
			byWord[w] = append(byWord[w], key)
		}
	}
	return ix
}

// keepMedia keeps apart from every person a one-word name that some document writes as a
// medium's ("Bloomberg" of "Bloomberg News", "Fox" of "Fox News": media): in an article
// that never writes a person's full name in it ("Bloomberg also reported", "according to
// Bloomberg"), it is the medium as often as the person, so it joins neither "Michael R.
// Bloomberg" nor "Bloomberg View". Where the article writes the person's full name,
// [docSides.expand] has made the name his already.
func (ix *actorIndex) keepMedia(names, media map[string]bool) {
	for n := range names {
		if media[n] {
			ix.canon[strings.ToLower(n)] = n
			if ix.media == nil {
				ix.media = map[string]bool{}
			}
			ix.media[n] = true
		}
	}
}

// mediaNames returns the one-word names the document writes before a medium's word, as a
// medium's name: "Bloomberg" of "he told Bloomberg News", "Fox" of "Fox News"; not a
// person's surname before it ("Michael Bloomberg News"), nor a possessive ("Bloomberg's
// TV"). Short are those of them it also writes alone, outside a longer name ("NBC reported",
// "NBC's Brian Williams", "South Korea's Yonhap"): one medium's short name, which its long
// name joins ([Corpus.joinMedia]).
func (d *docSides) mediaNames() (names, short []string) {
	for i := 0; i+1 < len(d.toks); i++ {
		t := d.toks[i]
		if !mediumHeads[d.toks[i+1].key] || t.punctAfter || t.poss || !capitalized(t.key) || isTitle(t) || i > 0 && capitalized(d.toks[i-1].key) && !d.toks[i-1].punctAfter && !d.toks[i-1].poss && !d.toks[i].sentStart {
			continue
		}
		if !slices.Contains(names, t.text) {
			names = append(names, t.text)
		}
	}
	for i, t := range d.toks {
		if slices.Contains(names, t.text) && !slices.Contains(short, t.text) && d.writtenAlone(i) {
			short = append(short, t.text)
		}
	}
	return names, short
}

// writtenAlone reports whether the i-th word is no part of a longer name: no capitalised word
// joins it before (but a possessive's, or a sentence's "The") or after (but after its own
// possessive).
func (d *docSides) writtenAlone(i int) bool {
	t := d.toks[i]
	if i+1 < len(d.toks) && !t.punctAfter && !t.poss && capitalized(d.toks[i+1].key) {
		return false // "Metro News", "NBC Nightly News"
	}
	if i == 0 || t.sentStart {
		return true
	}
	p := d.toks[i-1]
	return p.punctAfter || p.poss || !capitalized(p.key) || p.sentStart && p.key == "The"
}

// variantNames returns, by lower-cased name, the name of list (sorted longest first) that
// names the same person in another form, written before it in list: the same words but for
// the full stops of initials ("George W Bush", "George W. Bush"), or a short form of the given
// name ([givenVariant]) with the same surname, middle names that agree and no suffix that
// tells a son apart ("Joe Biden" and "Joseph R. Biden Jr", "Bernie Sanders" and "Bernard
// Sanders", "Jim Foley" and "James Wright Foley"), when the documents describe both with a
// word in common (desc, by name as written: "Sen. Chuck Grassley" is "Sen. Charles E.
// Grassley", but "Bob Mason, a retired letter carrier," is no "Robert Mason, a University of
// Washington professor,"). Names so linked are one person where each pair of them may be
// one by name ([sameNamed]): "Gil", "Gill" and "Gillian Rosenberg" (Gil and Gillian need not
// be described alike), but "Chris Smith" beside "Christopher Smith" and "Christine Smith"
// stays apart, as do the other two. Two people called "George W. Bush" and "George H.W. Bush",
// or "Donald Trump" and "Donald Trump Jr.", never are (a son is named apart where his
// father's given name is written without the suffix).
func variantNames(list []string, desc map[string][]string) map[string]string {
	same := map[string]string{} // name without full stops -> the first name so written
	join := map[string]string{}
	bySurname := map[string][]nameParts{}
	described := map[string][]string{} // by the first name written without full stops
	for _, n := range list {
		key := strings.ToLower(n)
		if !capitalizedName(n) {
			continue
		}
		bare := strings.ReplaceAll(key, ".", "")
		if first, ok := same[bare]; ok {
			if first != key {
				join[key] = first
			}
			described[first] = append(described[first], desc[n]...)
			continue
		}
		same[bare] = key
		described[key] = append(described[key], desc[n]...)
		w := strings.Fields(bare)
		suffix := ""
		if len(w) > 2 && generational[w[len(w)-1]] {
			suffix, w = w[len(w)-1], w[:len(w)-1]
		}
		bySurname[w[len(w)-1]] = append(bySurname[w[len(w)-1]], nameParts{key, w[0], suffix, w[1 : len(w)-1]})
	}
	for _, names := range bySurname {
		// Names joined by forms the documents describe alike make one person where each
		// pair of them may be one ("Gil", "Gill" and "Gillian Rosenberg").
		if len(names) < 2 {
			continue
		}
		group := make([]int, len(names)) // the first name of each one's group, by index
		for i := range group {
			group[i] = i
		}
		first := func(i int) int {
			for group[i] != i {
				i = group[i]
			}
			return i
		}
		linked := false
		for i, a := range names {
			for j := i + 1; j < len(names); j++ {
				if b := names[j]; sameNamed(names, a, b) && slices.ContainsFunc(described[a.key], func(w string) bool { return slices.Contains(described[b.key], w) }) {
					if x, y := first(i), first(j); x != y {
						group[max(x, y)] = min(x, y)
						linked = true
					}
				}
			}
		}
		if !linked {
			continue
		}
		members := map[int][]int{}
		for i := range names {
			members[first(i)] = append(members[first(i)], i)
		}
		for f, ms := range members {
			if len(ms) < 2 || !allPairs(ms, func(i, j int) bool { return sameNamed(names, names[i], names[j]) }) {
				continue
			}
			for _, i := range ms[1:] {
				join[names[i].key] = names[f].key
			}
		}
	}
	return join
}

// sameNamed reports whether the names a and b of one surname (of names) may be one person's:
// other given names, one a form of the other ([givenVariant]), middle names that agree and
// no generational suffix that tells a son apart.
func sameNamed(names []nameParts, a, b nameParts) bool {
	if a.given == b.given || !givenVariant(a.given, b.given) || !middlesAgree(a.middle, b.middle) {
		return false
	}
	return a.suffix == b.suffix || (a.suffix == "" || b.suffix == "") && !fatherNamed(names, a) && !fatherNamed(names, b)
}

// allPairs reports whether ok holds for each pair of the indices ms.
func allPairs(ms []int, ok func(i, j int) bool) bool {
	for x, i := range ms {
		for _, j := range ms[x+1:] {
			if !ok(i, j) {
				return false
			}
		}
	}
	return true
}

// capitalizedName reports whether each word of the person name n opens with a capital letter:
// "Joe Biden", not "Biden and others".
func capitalizedName(n string) bool {
	w := strings.Fields(n)
	if len(w) < 2 {
		return false
	}
	for _, x := range w {
		if !capitalized(x) {
			return false
		}
	}
	return true
}

// nameParts are the parts of a lower-cased person name without full stops: "joseph r biden
// jr" is given "joseph", middle "r", suffix "jr" (its surname is the key it is filed under).
type nameParts struct {
	key           string // the name as lower-cased, full stops kept
	given, suffix string
	middle        []string
}

// fatherNamed reports whether the name n has a generational suffix and another of names, of
// its surname, has its given name and none: "Donald Trump" beside "Donald Trump Jr".
func fatherNamed(names []nameParts, n nameParts) bool {
	if n.suffix == "" {
		return false
	}
	for _, o := range names {
		if o.suffix == "" && o.given == n.given {
			return true
		}
	}
	return false
}

// middlesAgree reports whether the middle names of two forms of a name may be one person's:
// one has none, or they are as many and each pair is one name or a name and its initial
// ("r" and "rodham").
func middlesAgree(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return true
	}
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] && !(len(a[i]) == 1 || len(b[i]) == 1) || a[i][0] != b[i][0] {
			return false
		}
	}
	return true
}

//go:embed gazetteer/nicknames.txt
var nicknamesTxt string

// nicknames are the given names that the short forms of nicknames.txt stand for, by short
// form: "joe" -> "joseph".
var nicknames = func() map[string][]string {
	m := map[string][]string{}
	for _, l := range strings.Split(nicknamesTxt, "\n") {
		full, shorts, ok := strings.Cut(strings.TrimSpace(l), ":")
		if !ok || strings.HasPrefix(full, "#") {
			continue
		}
		for _, s := range strings.Fields(shorts) {
			m[s] = append(m[s], strings.TrimSpace(full))
		}
	}
	return m
}()

// givenVariant reports whether the lower-cased given names a and b are one name in a short
// and a full form: a short form listed for it ("joe" and "joseph", "bill" and "william"), or
// its first three letters or more ("ben" and "benjamin", "stan" and "stanley"), or its first
// four or more and "y", "ie" or "ey" ("bernie" and "bernard", "sandy" and "sandra"; not
// "gary" and "garrett"). Initials are none, nor is a part of a double name ("jean" of
// "jean-pascal"), nor a name that is the other and "a", its last letter perhaps doubled:
// that is another name, often a woman's beside a man's ("dan" and "dana", "paul" and
// "paula", "don" and "donna").
func givenVariant(a, b string) bool { return shortForm(a, b) || shortForm(b, a) }

func shortForm(short, full string) bool {
	if slices.Contains(nicknames[short], full) {
		return true
	}
	if strings.ContainsAny(full, "-'’") {
		return false
	}
	for _, suf := range []string{"", "y", "ie", "ey"} {
		if stem, ok := strings.CutSuffix(short, suf); ok && len(stem) >= 3+min(len(suf), 1) && len(stem) < len(full) && strings.HasPrefix(full, stem) {
			rest := full[len(stem):]
			return rest != "a" && rest != stem[len(stem)-1:]+"a"
		}
	}
	return false
}

// namedAfterSomeone reports whether the lower-cased name is a campaign's named after a person
// of the corpus (persons, lower-cased): a campaign's word ("free", "find", "save", "bring",
// "justice") and then a full name of two words or more ("find james foley facebook", the
// family's page; "free james foley"). No person's name, so no surname joins it: "Facebook"
// alone is not the page's.
func namedAfterSomeone(name string, persons map[string]bool) bool {
	w := strings.Fields(name)
	if len(w) < 3 || !campaignWords[w[0]] {
		return false
	}
	for i := 1; i < len(w)-1; i++ {
		for j := i + 2; j <= len(w); j++ {
			if persons[strings.Join(w[i:j], " ")] {
				return true
			}
		}
	}
	return false
}

// campaignWords open the names of campaigns for a person: "Free James Foley", "Bring Back
// Our Girls", "Justice for Trayvon".
var campaignWords = setOf(strings.Fields("free find save bring justice"))

// bodyHost reports whether the name host, as written, is the body of the acronym acr: one
// that ends in it, or it and a legal form ("KFC Corporation"), not "BBC Radio Leeds".
func bodyHost(host, acr string) bool {
	rest, ok := strings.CutPrefix(host, acr+" ")
	return strings.HasSuffix(host, " "+acr) || ok && legalForms[strings.TrimSuffix(rest, ".")]
}

// middleNameOf reports whether the name long, as written, only adds one middle name or
// initial, capitalised, between the given name and the surname of the two lower-cased
// words short: "Donald J. Trump" and "Paul Davis Ryan" for "donald trump".
func middleNameOf(long string, short []string) bool {
	lw := strings.Fields(long)
	if len(short) != 2 || len(lw) != 3 || !strings.EqualFold(lw[0], short[0]) || !strings.EqualFold(lw[2], short[1]) {
		return false
	}
	mid := strings.TrimSuffix(lw[1], ".")
	if mid == "" || !unicode.IsUpper([]rune(mid)[0]) {
		return false
	}
	if len([]rune(mid)) == 1 {
		return strings.HasSuffix(lw[1], ".") // "J.", not "J"
	}
	for _, r := range mid {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// name returns the canonical name of a person name.
// joinGivenNames makes a person's name in full, from birth (long), the actor of the name he
// goes by (short) where the two are one person ([goesBy]): "Rafael Edward Cruz" is Ted
// Cruz. Only the full name moves; a name that had joined it as its host ("Rafael Cruz", his
// father's) keeps its own ([buildActors] joins names without a middle name to the one with
// it).
func (ix *actorIndex) joinGivenNames(pairs map[string]string) {
	longs := make([]string, 0, len(pairs))
	for l := range pairs {
		longs = append(longs, l)
	}
	sort.Strings(longs)
	for _, l := range longs {
		from, to := ix.canon[l], ix.canon[pairs[l]]
		if from == "" || to == "" || from == to {
			continue
		}
		for k, c := range ix.canon {
			if w := ix.written[k]; c == from && k != l && w != "" {
				ix.canon[k] = w // "rafael cruz" is no longer "Rafael Edward Cruz"
			}
		}
		ix.canon[l] = to
	}
}

// goesBy returns, for the names the speakers of one document bear (byDoc, by document), a
// name written in full (lower-cased) and the name of the same person he goes by: two names
// of one surname in one document, the short one of a given name and the surname only,
// whose given name is a short form of the long one's middle name ("Ted Cruz" beside "Rafael
// Edward Cruz": Ted for Edward, nicknames.txt; "Mitt Romney" is in "Willard Mitt Romney"
// already) or the initials of its given and middle names
// with or without its surname ("Jeb Bush" beside "John Ellis Bush"). A given name that is a
// form of the long name's own given name is [variantNames]'s to join; names with a
// generational suffix are none of these.
func goesBy(byDoc map[int][]string) map[string]string {
	out := map[string]string{}
	type short struct {
		name  string
		given string // lower-cased
	}
	for _, names := range byDoc {
		// The document's capitalised names of two words by their lower-cased surname, in
		// order, so that a long name meets only those of its surname (a document can name
		// thousands).
		bySurname := map[string][]short{}
		for _, n := range names {
			if sw := strings.Fields(strings.ToLower(n)); len(sw) == 2 && capitalizedName(n) {
				bySurname[sw[1]] = append(bySurname[sw[1]], short{n, sw[0]})
			}
		}
		if len(bySurname) == 0 {
			continue
		}
		for _, long := range names {
			lw := strings.Fields(strings.ToLower(strings.ReplaceAll(long, ".", "")))
			if len(lw) < 3 || generational[lw[len(lw)-1]] || !capitalizedName(long) {
				continue
			}
			for _, sh := range bySurname[lw[len(lw)-1]] {
				if sh.given == lw[0] || givenVariant(sh.given, lw[0]) {
					continue
				}
				if bornAs(sh.given, lw) {
					out[strings.ToLower(long)] = strings.ToLower(sh.name)
				}
			}
		}
	}
	return out
}

// bornAs reports whether the lower-cased given name given is a form of the full name of
// words w (given name, middle names, surname, no full stops) that a person goes by: a short
// form of a middle name ("ted" for "rafael edward cruz") or its initials ("jeb" for "john
// ellis bush").
func bornAs(given string, w []string) bool {
	for _, m := range w[1 : len(w)-1] {
		if len(m) > 1 && shortForm(given, m) {
			return true
		}
	}
	var initials strings.Builder
	for _, x := range w {
		initials.WriteString(x[:1])
	}
	all := initials.String()
	return len(given) >= 2 && (given == all || given == all[:len(all)-1])
}

func (ix *actorIndex) name(person string) string {
	if c, ok := ix.canon[strings.ToLower(person)]; ok {
		return c
	}
	return person
}

// nameWithin reports whether the lower-cased person name short names the person long does:
// its words run inside long ("qureshi" in "shah mehmood qureshi"), or long only adds middle
// names or initials ("hillary clinton" in "hillary rodham clinton", "george bush" in "george
// w. bush"). A son is not his father: "donald trump" is not in "donald trump jr.".
func nameWithin(long, short string) bool {
	lw, sw := strings.Fields(long), strings.Fields(short)
	if len(lw) == 0 || len(sw) == 0 || generational[lw[len(lw)-1]] && !generational[sw[len(sw)-1]] {
		return false
	}
	if containsWords(long, short) {
		return true
	}
	if len(sw) < 2 || lw[0] != sw[0] || lw[len(lw)-1] != sw[len(sw)-1] {
		return false
	}
	k := 0
	for _, w := range lw {
		if k < len(sw) && w == sw[k] {
			k++
		}
	}
	return k == len(sw)
}

// generational suffixes end a name: "Donald Trump Jr.", "Ken Griffey Sr.", "Henry Ford II".
var generational = setOf(strings.Fields("jr jr. sr sr. ii iii iv"))

// containsWords reports whether short is a run of whole words of long, words being
// separated by spaces: "Apple" is in "Apple Inc", not in "Applebee's".
func containsWords(long, short string) bool {
	for i := 0; i <= len(long); i++ {
		j := strings.Index(long[i:], short)
		if j < 0 {
			return false
		}
		i += j
		if (i == 0 || long[i-1] == ' ') && (i+len(short) == len(long) || long[i+len(short)] == ' ') {
			return true
		}
	}
	return false
}

// honorificOnly reports whether the document writes the one-word name w after an honorific
// ("Mr. Bloomberg"): a house style that gives every person one, so that the bare name may be
// no person's.
func (d *docSides) honorificOnly(w string) bool {
	if strings.Contains(w, " ") || !capitalized(w) {
		return false
	}
	for _, i := range d.tokensNamed(w) {
		if i > 0 && d.toks[i].text == w && lowered(honorifics, strings.TrimSuffix(d.toks[i-1].key, ".")) {
			return true
		}
	}
	return false
}

// expand returns the fullest form of a one-word name found in the document ("Price" ->
// "Ned Price", "Bush" -> "George W. Bush"), when the document has exactly one
// ([docSides.fullNames]).
func (d *docSides) expand(person string) string {
	if full := d.fullNames(person, 2); len(full) == 1 {
		return full[0]
	}
	return person
}

// headlineAfter reports whether the words after token i, up to the first in small letters or
// a punctuation mark, are a headline's, a small word among them capitalised: "NBC's Brian
// Williams Was Riding In Comes Under Fire", not "NBC News said".
func (d *docSides) headlineAfter(i int) bool {
	return d.capitalizedRunHas(i, 8, headlineSmall)
}

// capitalizedRunHas reports whether the capitalised words after token j, at most reach of
// them, to a punctuation mark or a sentence's start, hold one of words.
func (d *docSides) capitalizedRunHas(j, reach int, words map[string]bool) bool {
	for k := j + 1; k < len(d.toks) && k <= j+reach && capitalized(d.toks[k].key) && !d.toks[k].sentStart; k++ {
		if words[d.toks[k].key] {
			return true
		}
		if d.toks[k].punctAfter {
			break
		}
	}
	return false
}

// headlineSmall are small words that prose writes in small letters inside a sentence and a
// headline capitalised ([docSides.headlineAfter]).
var headlineSmall = setOf(strings.Fields("Was Is Are Were In Under Of For With To And On At From By Into Over About After Before"))

// fullNames returns the full names the document writes the one-word name person in, in
// order and each once: capitalised words before it, up to three, with a middle initial and
// its full stop ("George W. Bush", "George H. W. Bush"), no titles; at most limit of them
// (0: all).
func (d *docSides) fullNames(person string, limit int) []string {
	if strings.Contains(person, " ") {
		return nil
	}
	var found []string
	for _, i := range d.tokensNamed(person) {
		if d.toks[i].text != person || i == 0 {
			continue
		}
		s := i
		for s > 0 && i-s < 3 {
			p := d.toks[s-1]
			if between := d.text[p.end:d.toks[s].start]; between != " " && !(between == ". " && initialToken(p)) || p.poss || p.punctAfter && between != ". " || isTitle(p) || !capitalized(p.key) || loweredWord(stopwords, p.key) || d.sideEndsAt(s-1) {
				break // a name's words part by a space: no "Hypo Cruz" of "Hypo-Cruz"
			}
			s--
		}
		if s > 0 && i-s >= 2 && strings.EqualFold(d.toks[s-1].key, "the") {
			s++ // "the Real Donald Trump" in a book's title: no first name after "the"
		}
		if s == i || d.headlineAfter(i) {
			continue // "Helicopter NBC's Brian Williams Was Riding In": a headline's words
		}
		// The words part by a space, or an initial's full stop and a space: the text itself.
		if full := d.text[d.toks[s].start:d.toks[i].end]; !slices.Contains(found, full) {
			if found = append(found, full); len(found) == limit {
				break
			}
		}
	}
	return found
}

// initialToken reports whether the token is a name's initial, one capital letter or capitals
// parted by full stops: "W" of "George W. Bush", "H.W." of "George H.W. Bush", "É" of "José
// É. Aznar" (letters, not bytes: one capital may take two).
func initialToken(t token) bool {
	n := utf8.RuneCountInString(t.key)
	if n == 0 || n > 2 || strings.ToUpper(t.key) != t.key || strings.IndexFunc(t.key, func(r rune) bool { return !unicode.IsLetter(r) }) >= 0 {
		return false
	}
	return n == 1 || len(t.text) > len(t.key)
}

// acronymsOf makes the acronym a text gives a body in brackets after its name ("Citizens
// Coalition for Change (CCC)"), or the body's initials where the text uses them, an alias
// of the body, so that "CCC spokesman Promise Mkwananzi" speaks for it; an organisation found
// under the acronym alone is dropped.
func acronymsOf(text string, orgs []string, aliases map[string]string) ([]string, map[string]string) {
	if len(orgs) == 0 {
		return orgs, aliases
	}
	brackets := bracketsIn(text)
	for _, o := range orgs {
		acr, ok := bracketedAcronym(text, brackets, o)
		if !ok {
			continue
		}
		if aliases == nil {
			aliases = map[string]string{}
		}
		aliases[acr] = o
	}
	// Initials the text uses for a body it names in full: "the Athletics Integrity Unit ...
	// The AIU said".
	caps := capitalsAt{text: text}
	for _, o := range orgs {
		acr := initials(o)
		if len(acr) < 2 || aliases[acr] != "" || !caps.has(acr) {
			continue
		}
		if aliases == nil {
			aliases = map[string]string{}
		}
		aliases[acr] = o
	}
	if len(aliases) > 0 {
		orgs = slices.DeleteFunc(orgs, func(o string) bool { _, ok := aliases[o]; return ok })
	}
	return orgs, aliases
}

// initials returns the initials of the capitalised words of a body's name of two or more
// words ("Athletics Integrity Unit": "AIU", "Citizens Coalition for Change": "CCC"), or "".
func initials(name string) string {
	for i := 0; i < len(name); i++ {
		if name[i] >= utf8.RuneSelf { // Unicode spaces split words too
			return initialsOf(strings.Fields(name))
		}
	}
	var buf [16]byte
	out := buf[:0]
	words := 0
	for i := 0; i < len(name); i++ {
		if asciiSpace(name[i]) || i > 0 && !asciiSpace(name[i-1]) {
			continue
		}
		// The first byte of a word (as strings.Fields splits, on ASCII space here).
		words++
		if c := name[i]; 'A' <= c && c <= 'Z' {
			out = append(out, c)
		}
	}
	if words < 2 {
		return ""
	}
	return string(out)
}

func initialsOf(words []string) string {
	if len(words) < 2 {
		return ""
	}
	var out []byte
	for _, w := range words {
		if c := w[0]; 'A' <= c && c <= 'Z' {
			out = append(out, c)
		}
	}
	return string(out)
}

func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'
}

// recordName shortens the name of a record that speaks to what it is and where it appeared
// or who made it: "study published on Monday in The Lancet" is "Lancet study", as a side's
// name reads ("study in The Lancet" reads as a place), "report released on Tuesday by
// Amnesty International" "report by Amnesty International".
func recordName(name string) string {
	w := strings.Fields(name)
	if len(w) < 4 || !lowered(recordNouns, w[0]) || w[1] != "published" && w[1] != "released" && w[1] != "issued" {
		return name
	}
	for k := 2; k+1 < len(w); k++ {
		if w[k] == "in" && capitalized(w[k+1]) && capitalizedWords(strings.Join(w[k+1:], " ")) {
			venue := w[k+1:]
			if len(venue) > 1 && strings.EqualFold(venue[0], "the") {
				venue = venue[1:]
			}
			return strings.Join(venue, " ") + " " + w[0]
		}
		if (w[k] == "in" || w[k] == "by") && capitalized(w[k+1]) {
			return w[0] + " " + strings.Join(w[k:], " ")
		}
	}
	return name
}

// joinRecords names a body's record by the body, its side: "detailed Washington Post
// article", "Washington Post newspaper" and "Washington Post analysis of campaign finance
// filings" are the Washington Post's words ([bodyRecord]). Not a country's: "Nigerian
// government report" is no "Nigeria" speaking.
//
// An acronym a document gives a body in brackets, speaking on the body's side, is the body:
// "The ICSR said" after "the International Centre for the Study of Radicalisation (ICSR)".
func (c *Corpus) joinRecords() {
	for _, s := range c.stmts {
		if s.src.person == "" && s.side != "" && s.actor != s.side && !countries()[s.side] && bodyRecord(s.actor, s.side) {
			s.actor = s.side
		}
		if a, ok := c.acronyms[s.actor]; ok && s.side != "" && a.v == s.side {
			s.actor = s.side
		}
	}
	c.joinInitials()
}

// joinInitials names a body by the name it speaks under in full, on its own side, where the
// corpus writes it by its initials, all of them or the first words written out and the
// rest's initials, without brackets to say so: "SSPCA" and "Scottish SPCA" are the
// "Scottish Society for Prevention of Cruelty to Animals". The initials are four letters or
// more and no other body's so speaking, and a document where the short form speaks has the
// body speak under its full name or a short form already joined to it (the one that writes
// "Scottish SPCA" and the full name, then the one that writes "SSPCA" and "Scottish
// SPCA"); it is then on the body's side.
func (c *Corpus) joinInitials() {
	full := map[string]string{} // initials -> the body named in full, "" where two share them
	for _, s := range c.stmts {
		if s.side == "" || s.side != s.actor || countries()[s.side] {
			continue
		}
		if acr := initials(s.actor); len(acr) >= 4 {
			if b, ok := full[acr]; ok && b != s.actor {
				full[acr] = ""
			} else {
				full[acr] = s.actor
			}
		}
	}
	cands := map[string]string{} // short form -> its body
	for _, s := range c.stmts {
		if _, ok := cands[s.actor]; ok || s.side != "" && s.side != s.actor || !acronym(s.actor[strings.LastIndexByte(s.actor, ' ')+1:]) {
			continue
		}
		if b := full[writtenInitials(s.actor)]; b != "" && b != s.actor && writtenOut(s.actor, b) {
			cands[s.actor] = b
		}
	}
	if len(cands) == 0 {
		return
	}
	speakers := map[int]map[string]bool{} // by document where a short form speaks
	for _, s := range c.stmts {
		if _, ok := cands[s.actor]; ok && speakers[s.doc] == nil {
			speakers[s.doc] = map[string]bool{}
		}
	}
	for _, s := range c.stmts {
		if m := speakers[s.doc]; m != nil {
			m[s.actor] = true
		}
	}
	joined := map[string]string{}
	for grew := true; grew; {
		grew = false
		for _, s := range c.stmts {
			b, ok := cands[s.actor]
			if !ok || joined[s.actor] != "" {
				continue
			}
			for o := range speakers[s.doc] {
				if o == b || joined[o] == b {
					joined[s.actor], grew = b, true
					break
				}
			}
		}
	}
	for _, s := range c.stmts {
		if b := joined[s.actor]; b != "" {
			s.actor, s.side = b, b
		}
	}
}

// writtenInitials returns the initials a body's short name stands for: an acronym ("SSPCA"),
// or capitalised words and an acronym, the words' initials and the acronym ("Scottish SPCA":
// "SSPCA"); "" for other names.
func writtenInitials(name string) string {
	w := strings.Fields(name)
	if len(w) == 0 || !acronym(w[len(w)-1]) {
		return ""
	}
	var b strings.Builder
	for _, x := range w[:len(w)-1] {
		if !capitalized(x) {
			return ""
		}
		b.WriteByte(x[0])
	}
	b.WriteString(w[len(w)-1])
	return b.String()
}

// writtenOut reports whether the words of the short name short before its acronym open the
// body's name in full, in any case: "SCOTTISH SPCA" and "Scottish Society for ...".
func writtenOut(short, body string) bool {
	sw, bw := strings.Fields(short), strings.Fields(body)
	if len(sw)-1 > len(bw) {
		return false
	}
	for i, x := range sw[:len(sw)-1] {
		if !strings.EqualFold(x, bw[i]) {
			return false
		}
	}
	return true
}

// joinPieces names a publication's piece without a side by the publication: "Esquire blog
// post", "Mirror story" and "International Business Times article" are Esquire's, the
// Mirror's and the Times' words ([pieceOf]), as is "Gawker report" where Gawker speaks in
// another statement of the corpus. A poll or a survey is no piece: "Texas poll" is no Texas
// speaking.
func (c *Corpus) joinPieces() {
	speakers := map[string]bool{}
	for _, s := range c.stmts {
		speakers[s.actor] = true
	}
	for _, s := range c.stmts {
		if s.src.person != "" || s.side != "" {
			continue
		}
		if body, paper := pieceOf(c.g, s.actor); body != "" && (paper || speakers[body]) {
			s.actor = body
		}
	}
	c.joinMedia()
}

// joinMedia makes one actor of a medium's short and long names, the name its documents write
// before a medium's word ([Corpus.media]) and that name with the word ([mediumName]):
// "Yonhap News" and "Yonhap News Agency" are "Yonhap", "NBC News" is "NBC", as their sides
// are ([Corpus.renameSides]), where the short name speaks in the corpus too and is one
// medium's short name: a document that writes it before a medium's word writes it alone too
// ([Corpus.mediaShort]: "Yonhap reported" beside "South Korea's Yonhap News"), or it is an
// acronym, a broadcaster's letters ("CBS", "NBC"). The Canadian "Metro News" is then no
// British "Metro" that no article calls "Metro News". Not a country's ("Israel Radio" is no
// "Israel"). A country's possessive before a medium's name is where it is, no part of its
// name: "South Korea's Yonhap News" is Yonhap. A medium speaks for itself: one that speaks
// on its own side somewhere in the corpus is on it wherever a country's side was read for
// it ("South Korea's Yonhap reported", "South Korean media ... Yonhap said").
func (c *Corpus) joinMedia() {
	speakers := map[string]bool{}
	for _, s := range c.stmts {
		speakers[s.actor] = true
	}
	memo := map[string]string{}
	short := func(name string) string {
		if m, ok := memo[name]; ok {
			return m
		}
		m := c.shortMediumName(name, speakers)
		memo[name] = m
		return m
	}
	own := map[string]bool{} // media that speak on their own side somewhere
	for _, s := range c.stmts {
		if m := short(s.actor); m != "" && s.src.person == "" {
			s.actor = m
		}
		if m := short(s.side); m != "" {
			s.side = m
		}
		if s.side != "" && s.side == s.actor {
			own[s.side] = true
		}
	}
	for _, s := range c.stmts {
		if own[s.actor] && countries()[s.side] && (c.mediaShort[s.actor] || acronym(s.actor)) {
			s.side = s.actor // "South Korea's Yonhap reported" beside "Yonhap News Agency said"
		}
	}
}

// shortMediumName returns the short name of the medium name names ([Corpus.joinMedia]) where
// the corpus writes it before a medium's word and it speaks (speakers), or "".
func (c *Corpus) shortMediumName(name string, speakers map[string]bool) string {
	if rest, ok := c.countryOwned(name); ok {
		name = rest // "South Korea's Yonhap News"
	}
	m := mediumName(name)
	if m == "" || !c.mediaShort[m] && !acronym(m) || !speakers[m] {
		return ""
	}
	if ms := c.g.find(tokenize(m, 0)); len(ms) > 0 && countries()[ms[0].side] {
		return "" // "Israel Radio"
	}
	return m
}

// mediumName returns a medium's short name, the capitalised words of name before the
// medium's words that end it ([mediumHeads], then "Agency"): "Yonhap" for "Yonhap News
// Agency", "NBC" for "NBC News"; "" when name ends in none.
func mediumName(name string) string {
	if last := name[strings.LastIndexByte(name, ' ')+1:]; !mediumHeads[last] && !strings.EqualFold(last, "Agency") {
		return ""
	}
	w := strings.Fields(name)
	n := len(w)
	if n > 2 && strings.EqualFold(w[n-1], "Agency") && strings.EqualFold(w[n-2], "News") {
		n -= 2
	} else if n > 1 && mediumHeads[w[n-1]] {
		n--
	} else {
		return ""
	}
	for _, x := range w[:n] {
		if !capitalized(x) || strings.ContainsAny(x, "'’") {
			return ""
		}
	}
	return strings.Join(w[:n], " ")
}

// countryOwned splits a name that opens with a country's possessive into the rest: "South
// Korea's Yonhap News" is "Yonhap News", true.
func (c *Corpus) countryOwned(name string) (string, bool) {
	for _, sep := range []string{"'s ", "’s "} {
		owner, rest, ok := strings.Cut(name, sep)
		if !ok || rest == "" {
			continue
		}
		toks := tokenize(owner, 0)
		if ms := c.g.find(toks); len(ms) == 1 && ms[0].i == 0 && ms[0].n == len(toks) && countries()[ms[0].side] {
			return rest, true
		}
	}
	return "", false
}

// pieceOf splits the name of a piece into its publication's name (capitalised words, no
// determiner, possessive, lone word of a kind of body or side of g) and whether the last word names a newspaper's piece
// ([paperNouns] but "newspaper": "Baton Rouge newspaper" is one in the city; "blog post")
// rather than a record ([recordNouns] but polls and surveys):
// "Esquire blog post" is "Esquire", true; "Gawker report" "Gawker", false; "" when the name
// is neither.
func pieceOf(g *gazetteer, name string) (string, bool) {
	w := strings.Fields(name)
	n := len(w) - 1
	if n < 1 {
		return "", false
	}
	paper := paperNouns[w[n]] && w[n] != "newspaper" || w[n] == "post" && w[n-1] == "blog"
	if w[n] == "post" && w[n-1] == "blog" {
		n--
	}
	if n < 1 || !paper && (!recordNouns[w[n]] || w[n] == "poll" || w[n] == "survey") {
		return "", false
	}
	for _, x := range w[:n] {
		if !capitalized(x) || strings.ContainsAny(x, "'’") {
			return "", false // "Tuttle's article": a person's
		}
	}
	body := strings.Join(w[:n], " ")
	if loweredWord(stopwords, w[0]) || n == 1 && bodyHeads[w[0]] || g.find(tokenize(body, 0)) != nil {
		return "", false // "This post", "TV report", "US reports"
	}
	return body, paper
}

// bodyRecord reports whether the name of an organisation is that of body's record or paper:
// the body's name with small-letter words around it, none a preposition before it, the last
// before a topic ("of", "on", "about") a word for a record or a newspaper.
func bodyRecord(name, body string) bool {
	if !containsWords(name, body) {
		return false
	}
	before, after, _ := strings.Cut(name, body)
	rest := strings.Fields(before)
	if slices.ContainsFunc(rest, func(w string) bool { return leadingPreps[w] }) {
		return false // "78 percent of voters in a recent CBS News poll": the voters
	}
	for _, w := range strings.Fields(after) {
		if topicPreps[w] {
			break
		}
		rest = append(rest, w)
	}
	if len(rest) == 0 || !lowered(recordNouns, rest[len(rest)-1]) && !lowered(paperNouns, rest[len(rest)-1]) {
		return false
	}
	return !slices.ContainsFunc(rest, capitalized)
}

// paperNouns are what a newspaper or a broadcaster writes or is: "Washington Post newspaper",
// "detailed Washington Post article".
var paperNouns = setOf(strings.Fields(`article articles newspaper story stories editorial piece column op-ed broadcast`))

// topicPreps open what a record is about: "analysis of campaign finance filings".
var topicPreps = setOf(strings.Fields("of on about into"))

// recordNouns are records that speak in the news: "a study published in The Lancet found".
var recordNouns = setOf(strings.Fields(`study report survey poll analysis review paper audit investigation`))

// governorTitles are the titles of a US state's governor: "Florida Governor Mark Delane",
// "Texas Gov. Greg Abbott", "Lt. Gov.".
var governorTitles = setOf(strings.Fields("governor gov"))

// stateEndingAt returns the US state whose name ends at token j ("Florida", "New York") and
// the index of its first token; "", j when there is none.
func stateEndingAt(toks []token, j int) (string, int) {
	switch {
	case j < 0:
		return "", j
	case usStates[toks[j].key]:
		return toks[j].key, j
	case j > 0 && usStates2[toks[j-1].key+" "+toks[j].key]:
		return toks[j-1].key + " " + toks[j].key, j - 1
	}
	return "", j
}

// usStates2 are the US states of two words.
var usStates2 = setOf([]string{"New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
	"North Dakota", "Rhode Island", "South Carolina", "South Dakota", "West Virginia"})

// acronymSide returns the side of the body that the text names before giving it the
// acronym acr in brackets: the body itself when it is an organisation of the text, else the
// side named right before its name ("Nigeria's National Oil Spill Detection and Response
// Agency (NOSDRA)": Nigeria); "" when there is none.
func (d *docSides) acronymSide(acr string) string {
	if o, ok := d.acronyms[acr]; ok {
		return o
	}
	k := strings.Index(d.text, "("+acr+")")
	if k < 0 {
		// "RSF adviser Al-Basha Tibiq" where the text names the Rapid Support Forces: a
		// side it mentions whose initials the acronym is.
		for _, m := range d.ments {
			if len(acr) >= 3 && initials(m.side) == acr {
				return d.resolve(m.side)
			}
		}
		return ""
	}
	j := sort.Search(len(d.toks), func(i int) bool { return d.toks[i].start >= k }) - 1
	// Back over the body's name: capitalised words and the small words inside one.
	for n := 0; j >= 0 && n < 10; n++ {
		if m, ok := d.endAt[j]; ok {
			return d.resolve(m.side)
		}
		t := d.toks[j]
		if !capitalized(t.key) && t.key != "of" && t.key != "and" && t.key != "for" || t.punctAfter && n > 0 {
			break
		}
		j--
	}
	return ""
}

// bracketSides returns the sides of the bodies the text gives acronyms in brackets, by
// acronym (see [docSides.acronymSide]).
func (d *docSides) bracketSides() map[string]string {
	var out map[string]string
	for at := 0; ; {
		k := strings.IndexByte(d.text[at:], '(')
		if k < 0 {
			return out
		}
		at += k + 1
		end := strings.IndexByte(d.text[at:min(len(d.text), at+8)], ')')
		if end < 0 {
			continue
		}
		acr := d.text[at : at+end]
		if !acronym(acr) {
			continue
		}
		if side := d.acronymSide(acr); side != "" {
			if out == nil {
				out = map[string]string{}
			}
			out[acr] = side
		}
	}
}

// headSide returns the side of the body the text names before token k by the word head
// after a side's name ("Zimbabwe's electoral commission", "the Chinese embassy"): the
// nearest such; "" when there is none.
func (d *docSides) headSide(head string, k int) string {
	for j := k - 1; j >= 1; j-- {
		if strings.ToLower(d.toks[j].key) != head || d.toks[j-1].punctAfter && !d.toks[j-1].poss {
			continue
		}
		for b := j - 1; b >= 0 && b >= j-3; b-- {
			if m, ok := d.endAt[b]; ok {
				return d.resolve(m.side)
			}
			if d.toks[b].punctAfter && !d.toks[b].poss {
				break
			}
		}
	}
	return ""
}

// kindBodiesIn returns the bodies a text names by what they are ("the figure given by the
// works council", "the accusations of rights groups"), as sides named so (see [labourBody]
// and [kindBody]); not "the union", which may be a country's or a state of the union.
func kindBodiesIn(text string) []string {
	var out []string
	l := lowerForSearch(text)
	for _, b := range []string{"works council", "trade union", "labor union", "labour union", "rights groups", "ombudsman"} {
		if bytes.Contains(l, []byte(b)) {
			out = append(out, b)
		}
	}
	return out
}

// lowerForSearch returns text lower-cased for finding phrases of ASCII words in it, as well
// as strings.ToLower but byte by byte: its other runes kept as they are find no such phrase
// either, unless text holds one of the two that lower to an ASCII letter ("İ" and the Kelvin
// sign), left to strings.ToLower.
func lowerForSearch(text string) []byte {
	if strings.Contains(text, "İ") || strings.Contains(text, "\u212a") {
		return []byte(strings.ToLower(text))
	}
	l := []byte(text)
	for i, c := range l {
		if 'A' <= c && c <= 'Z' {
			l[i] = c + 'a' - 'A'
		}
	}
	return l
}

// joinSpellings makes one actor of two full personal names on one side whose words are
// spelt alike word by word ([spellingKey]): "Nouhad Mashnuq" and "Nohad Machnouk", two
// transliterations of one minister's name. The name with the most statements is kept.
func (c *Corpus) joinSpellings() {
	type onSide struct{ actor, side string }
	count := map[onSide]int{}
	for _, s := range c.stmts {
		if s.src.person != "" && s.side != "" {
			count[onSide{s.actor, s.side}]++
		}
	}
	keys := map[string]string{} // actor -> spelling key
	key := func(a string) string {
		k, ok := keys[a]
		if !ok {
			k = spellingKey(a)
			keys[a] = k
		}
		return k
	}
	best := map[onSide]string{} // the side and the spelling key -> the actor kept
	for as, n := range count {
		k := onSide{key(as.actor), as.side}
		if k.actor == "" {
			continue
		}
		b, ok := best[k]
		if nb := count[onSide{b, as.side}]; !ok || n > nb || n == nb && as.actor < b {
			best[k] = as.actor
		}
	}
	for _, s := range c.stmts {
		if s.src.person == "" || s.side == "" {
			continue
		}
		if b, ok := best[onSide{key(s.actor), s.side}]; ok && b != s.actor {
			s.actor = b
		}
	}
}

// joinRegnal makes a monarch's one-word name the one name of his side with a regnal number
// after it: "King Abdullah" and "Abdullah" on Jordan's side are "Abdullah II" (the title
// stripped), where the side has no other "Abdullah" with a number.
func (c *Corpus) joinRegnal() {
	type onSide struct{ name, side string }
	regnal := map[onSide]string{} // the given name on a side -> the regnal name
	two := map[onSide]bool{}      // given names on a side with two numbers
	for _, s := range c.stmts {
		given, number, found := strings.Cut(s.actor, " ")
		if s.src.person == "" || s.side == "" || !found || !regnalNumbers[number] {
			continue
		}
		k := onSide{given, s.side}
		if r, ok := regnal[k]; ok && r != s.actor {
			two[k] = true
		}
		regnal[k] = s.actor
	}
	for k := range two {
		delete(regnal, k)
	}
	for _, s := range c.stmts {
		if s.src.person == "" || strings.Contains(s.actor, " ") {
			continue
		}
		if r, ok := regnal[onSide{s.actor, s.side}]; ok {
			s.actor = r
		}
	}
}

// regnalNumbers follow a monarch's given name: "Abdullah II", "Charles III".
var regnalNumbers = setOf(strings.Fields("II III IV V VI VII VIII IX X XI XII XIII XIV XV XVI"))

// spellingLetters writes the letters one language writes for another's sound as one.
var spellingLetters = strings.NewReplacer("ch", "sh", "ph", "f", "q", "k", "c", "k")

// spellingKey returns the key under which two spellings of one full name fall together, ""
// for a name of one word or with a word shorter than four letters: each word's consonants
// in lower case, the letters one language writes for another's taken as one ("ch" as "sh",
// "q" and "c" as "k", "ph" as "f"), doubled letters once ("Nouhad Mashnuq" and "Nohad
// Machnouk" are "nhd mshnk").
func spellingKey(name string) string {
	words := strings.Fields(strings.ToLower(name))
	if len(words) < 2 {
		return ""
	}
	var b strings.Builder
	for i, w := range words {
		if len([]rune(w)) < 4 {
			return ""
		}
		if i > 0 {
			b.WriteByte(' ')
		}
		var last rune
		for _, r := range spellingLetters.Replace(w) {
			if !unicode.IsLetter(r) || strings.ContainsRune("aeiouy", r) || r == last {
				continue
			}
			b.WriteRune(r)
			last = r
		}
	}
	return b.String()
}
