package compare

import (
	"regexp"
	"slices"
	"strings"

	"claimdiff/claims"
)

// orgRoles are functions that people hold at a body and speak for it in (not an analyst's:
// see [analystBody]): a capitalised name
// just before one ("Apple CEO Tim Cook", "an Apple spokesman", "Apple's chief executive") or
// after one and "for", "at" or "of" ("a spokesman for Consumer Reports", "the chief executive
// of Apple") names an organisation, a side of its own when no country or institution of the
// gazetteer is named there. Of a company only are [companyRoles]; the others are held for
// persons too ("Trump spokesman Sean Spicer", "Clinton lawyer David Kendall").
var orgRoles = setOf(strings.Fields(`spokesman spokeswoman spokesperson spokesmen spokeswomen
spokespeople lawyer lawyers attorney attorneys representative representatives researcher
researchers scientist scientists`))

// legislatureBody reports whether a name is a legislature's or a part of one ("the Senate
// Judiciary Committee", "the Congressional Progressive Caucus"), whose chairman speaks for
// no body of his own. A national or campaign committee is a party's, no legislature's: "the
// Democratic National Committee".
func legislatureBody(toks []token) bool {
	outside := false
	for _, t := range toks {
		switch strings.ToLower(t.key) {
		case "senate", "house", "parliament", "assembly", "congress":
			return true
		case "national", "international", "campaign":
			outside = true
		}
	}
	switch strings.ToLower(toks[len(toks)-1].key) {
	case "committee", "caucus", "subcommittee":
		return !outside
	}
	return false
}

// ofRoles name a body after "of", written in lower case: "president of the Congressional
// Leadership Fund", "director of the Brennan Center" (not "President of ...", a title).
var ofRoles = setOf(strings.Fields(`president director chairman chairwoman chair head`))

// acronymRoles name a body only after an acronym: "CGT leader Philippe Martinez", "the CGT
// union", "NAACP leaders"; after other words they are a faith's, a people's or an office's
// ("Sunni leaders", "Majority Leader", "Soviet Union", "Student union").
var acronymRoles = setOf(strings.Fields(`leader leaders union`))

// companyRoles are functions held at companies and other bodies, not for persons.
var companyRoles = setOf(strings.Fields(`ceo executives founder co-founder cofounder employee
employees engineer engineers`))

// officialRoles name a body of two words or more before them and a field word: "PGA Tour
// media official Joel Schuchmann" (see [fieldedBody]).
var officialRoles = setOf(strings.Fields(`official officials`))

// anyRoles are the words that orgsOf reads a body around: acronymRoles, ofRoles, orgRoles,
// companyRoles, officialRoles and "chief".
var anyRoles = unionOf(acronymRoles, ofRoles, orgRoles, companyRoles, officialRoles, setOf([]string{"chief"}))

// anyRoleMarks tells most words of a text from anyRoles without a look in the map.
var anyRoleMarks = marksOf(anyRoles)

// headRoles are the companies' functions that name the company even at the start of a
// sentence ("Apple CEO Tim Cook said ..."), where "Reverse engineers" or "Black employees"
// name none.
var headRoles = setOf(strings.Fields(`ceo founder co-founder cofounder`))

// leadWords open a phrase before a name without being part of it: "Several Twitter
// employees", "The Apple spokesman".
var leadWords = setOf(strings.Fields(`the a an several some many most all other two three four
few both each every`))

// orgHeads end names of organisations, not of persons: "Consumer Reports", "Judicial Watch",
// "Cato Institute", "Breitbart News", "Russian Olympic Committee".
var orgHeads = setOf(strings.Fields(`ministry embassy government army parliament forces navy
military observatory inc corp co llc ltd plc group company companies institute university
college foundation association committee council campaign party center centre fund network
news media bank reserve watch project union federation caucus partners research reports club
society agency bureau commission police airlines airways motors technologies systems labs
capital securities international action initiative alliance league coalition trust times unit
post journal magazine press radio television tv`))

// personTitles stand before persons' names only: "Mr. Cook", "Senator Warren".
var personTitles = setOf(strings.Fields(`mr mrs ms miss dr sen senator rep gov governor president
pres prof professor gen general judge justice lt sgt capt col cmdr adm rev father sir dame
congressman congresswoman lord lady king queen prince princess sheikh`))

// orgsOf finds the organisations a document names through their people (see [orgRoles]):
// names that are no side of the gazetteer (ments holds its mentions in toks) and show that
// they name a body: one word ("Apple spokesman"), a name ending in a word such as Institute
// or Reports ([orgHeads]), a name before or after a company's function ("Hewlett Packard
// CEO"), or one the text writes with "the" ("the Border Patrol"). Persons are not taken
// ("Trump's lawyer": "Donald Trump" or "Mr. Trump" elsewhere in the text, or a name in
// persons, those that a pronoun or a surname stands for in the document's claims), nor a
// word that is only capitalised because it opens a sentence ("Company spokesman John
// Smith"). Each is a side named as written, in order of first finding.
func orgsOf(toks []token, ments []mention, persons map[string]bool) []string {
	oc := &orgCands{toks: toks, inMention: mentionMask(len(toks), ments), cands: map[string]*orgCand{}}
	for r, t := range toks {
		if !anyRoleMarks.mayHold(t.key) || !lowered(anyRoles, t.key) {
			continue // no role: spares lowering each name
		}
		oc.readRole(r, strings.ToLower(t.key))
	}
	if len(oc.order) == 0 {
		return nil
	}
	return oc.bodies(persons)
}

// orgCands are the names of the bodies that orgsOf finds around the roles of a document's
// tokens, in order of first finding (inMention tells which tokens name a side).
type orgCands struct {
	toks      []token
	inMention []bool
	order     []string
	cands     map[string]*orgCand
}

// orgCand is a candidate body's name, tokens a to b, found before or after a company's
// function (company) or a function that names the company even at the start of a sentence
// (head: see [headRoles]).
type orgCand struct {
	a, b          int
	company, head bool
}

// add takes tokens a to b as the name of a body, without its lead words and titles, unless
// they are no name or a name cut short.
func (oc *orgCands) add(a, b int, company, head bool) {
	toks, inMention := oc.toks, oc.inMention
	for a < b && (lowered(leadWords, toks[a].key) || isTitle(toks[a]) && !inMention[a]) {
		if isTitle(toks[a]) && capitalized(toks[a].key) && !toks[a].sentStart {
			return // a name cut: "Foreign Relations Committee"
		}
		a++ // "The Apple spokesman", "Former Apple CEO"
	}
	if a >= b || b-a > 4 || cutShort(toks, a, b) {
		return
	}
	words := make([]string, 0, b-a)
	for k := a; k < b; k++ {
		w := lowerWord(toks[k].key)
		if inMention[k] || allDigits(toks[k].key) || monthNames[w] > 0 || stopwords[w] && !orgHeads[w] && w != "new" || !capitalized(toks[k].key) || len(w) < 2 {
			return // "Pakistan Army", "Monday", "2016", "Donald Trump Could Become", "After Fox News"
		}
		words = append(words, toks[k].text)
	}
	name := strings.Join(words, " ")
	if c, ok := oc.cands[name]; ok {
		c.company = c.company || company
		c.head = c.head || head
		return
	}
	oc.cands[name] = &orgCand{a, b, company, head}
	oc.order = append(oc.order, name)
}

// cutShort reports whether the name of tokens a to b is cut short: "Center for American
// Progress", "Centre for the Study of Radicalisation", "Ways and Means Committee", "Free State Project" ("State" is a title), "Dick's
// Sporting Goods", "Mark-1 Plumbing" (a number goes on with the name).
func cutShort(toks []token, a, b int) bool {
	if e := b; e < len(toks) && !toks[e-1].punctAfter && !toks[e-1].poss {
		w := toks[e].key
		if capitalized(w) && !lowered(orgRoles, w) && !lowered(companyRoles, w) && !lowered(ofRoles, w) && w != "Chief" || allDigits(w) {
			return true // "Mark-1 Plumbing", "Channel 4 News"
		}
		if e+1 < len(toks) && (w == "for" || w == "of" || w == "and" || w == "&" || w == "the") && capitalized(toks[e+1].key) {
			return true
		}
		if e+2 < len(toks) && (w == "for" || w == "of") && toks[e+1].key == "the" && capitalized(toks[e+2].key) {
			return true // "International Centre for the Study of Radicalisation"
		}
	}
	return a > 0 && toks[a-1].poss && capitalized(toks[a-1].key)
}

// readRole adds the bodies named around the role at token r (role, lower-cased): before an
// acronym's leader or union, after a head's office and "of", before a capitalised head's
// title or an official, and around a body's function.
func (oc *orgCands) readRole(r int, role string) {
	toks, t := oc.toks, oc.toks[r]
	switch {
	case acronymRoles[role] && r > 0 && acronym(toks[r-1].key) && !t.sentStart && !toks[r-1].punctAfter:
		oc.add(r-1, r, false, false)
	case ofRoles[role] && !capitalized(t.key) && !t.punctAfter && r+2 < len(toks) && toks[r+1].key == "of":
		oc.bodyOfOffice(r)
	case ofRoles[role] && capitalized(t.key) && !t.sentStart:
		titledBody(toks, r, oc.add)
	case officialRoles[role] && !t.sentStart:
		fieldedBody(toks, r, oc.add)
	case (orgRoles[role] || companyRoles[role] || role == "chief") && !t.sentStart:
		oc.aroundFunction(r, role)
	}
}

// bodyOfOffice adds the body named after the office at token r and "of": "Mike Shields,
// president of the Congressional Leadership Fund,": a body's name ending in a word for one.
func (oc *orgCands) bodyOfOffice(r int) {
	toks := oc.toks
	k := r + 2
	if toks[k].key == "the" {
		k++
	}
	e := k
	for e < len(toks) && e < k+5 && capitalized(toks[e].key) && !isTitle(toks[e]) {
		e++
		if toks[e-1].punctAfter || toks[e-1].poss {
			break
		}
	}
	if e > k+1 && lowered(orgHeads, toks[e-1].key) && !legislatureBody(toks[k:e]) {
		oc.add(k, e, false, false)
	}
}

// aroundFunction adds the bodies named around the function at token r (role, lower-cased;
// "chief" only before "executive"): before it ("Apple CEO", "Apple's spokesman", "Consumer
// Reports editor") and after it and "for", "at" or "of" ("a spokesman for Consumer Reports",
// "the chief executive of Apple").
func (oc *orgCands) aroundFunction(r int, role string) {
	toks := oc.toks
	company, head := companyRoles[role], headRoles[role]
	k := r + 1
	if k < len(toks) && role == "chief" {
		if toks[k].key != "executive" {
			return
		}
		company, head = true, true
		r, k = k, k+1
	}
	b := r
	if role == "chief" {
		b = r - 1
	}
	a := b
	for a > 0 && a > b-4 && capitalized(toks[a-1].key) && !isTitle(toks[a-1]) && (a == b || !toks[a-1].punctAfter && !toks[a-1].poss) {
		a--
	}
	if a < b && !(toks[b-1].punctAfter && !toks[b-1].poss) {
		oc.add(a, b, company, head)
	}
	if toks[r].punctAfter || k >= len(toks) || toks[k].punctAfter || toks[k].key != "for" && toks[k].key != "at" && toks[k].key != "of" {
		return
	}
	k++
	if k < len(toks) && toks[k].key == "the" {
		k++
	}
	k = afterKind(toks, k) // "a researcher at counter-extremism think tank Quilliam"
	e := k
	for e < len(toks) && e < k+4 && capitalized(toks[e].key) && !isTitle(toks[e]) {
		e++
		if toks[e-1].punctAfter || toks[e-1].poss {
			break
		}
	}
	if e > k {
		oc.add(k, e, company, head)
	}
}

// bodies returns the candidates that name bodies and no persons (persons, or a name the text
// gives a person's way), places or generic words.
func (oc *orgCands) bodies(persons map[string]bool) []string {
	toks := oc.toks
	var out []string
	dw := newDocWords(toks, oc.inMention)
	for _, name := range oc.order {
		c := oc.cands[name]
		one := c.b-c.a == 1
		if persons[name] || dw.personName(toks[c.a:c.b]) || usStates[name] || datelineCities().find(toks[c.a:c.b]) != nil {
			continue
		}
		// One word that is no name: "Embassy Spokesperson", "Republican officials",
		// "Company spokesman" opening a sentence.
		if w := toks[c.a].key; one && (lowered(genericHeads, w) || lowered(orgHeads, w) || adjective(w) ||
			toks[c.a].sentStart && !c.head && !dw.capitalisedInside(w)) {
			continue
		}
		// A single word that is no person's name is a body's ("an Apple spokesman"); two
		// or more may be a person's full name ("a Hillary Clinton spokesman") unless they
		// show otherwise.
		if c.company || one || lowered(orgHeads, toks[c.b-1].key) || dw.writtenWithThe(toks[c.a:c.b]) || allAcronyms(toks[c.a:c.b]) {
			out = append(out, name)
		}
	}
	return out
}

// fieldedBody adds the body named before an official and a lower-case field word: "PGA
// Tour media official", "the Tour communications officials". The name must be two words or
// more ("Iraqi security officials", "Obama administration official" name no body); orgsOf
// keeps it only where the text shows it is one (written with "the", ending in a body's word).
func fieldedBody(toks []token, r int, add func(a, b int, company, head bool)) {
	b := r - 1
	if b < 2 || capitalized(toks[b].key) || stopwords[toks[b].key] || toks[b].punctAfter || toks[b-1].punctAfter || toks[b-1].poss {
		return
	}
	a := b
	for a > 0 && a > b-4 && capitalized(toks[a-1].key) && !isTitle(toks[a-1]) && (a == b || !toks[a-1].punctAfter && !toks[a-1].poss) {
		a--
	}
	if b-a >= 2 {
		add(a, b, false, false)
	}
}

// afterKind returns the index of the name after the words at k that say what kind of body
// it is ("counter-extremism think tank Quilliam", "investment bank Lazard"): up to four
// lower-case words, no function words ([kindStops], [leadWords]), the last a word for a
// body, before a capitalised word; k when there are none.
func afterKind(toks []token, k int) int {
	j := k
	for j < len(toks) && j < k+4 && !capitalized(toks[j].key) && !toks[j].punctAfter && !kindStops[toks[j].key] && !leadWords[toks[j].key] {
		j++
	}
	if j > k && j < len(toks) && capitalized(toks[j].key) && kindNouns[toks[j-1].key] {
		return j
	}
	return k
}

// kindStops end the words before a body's name: "a lawyer for the family of ...".
var kindStops = setOf(strings.Fields(`of for and or to in on at with by from who which that as`))

// kindNouns say what kind of body a name that follows is: "think tank Quilliam" (not
// "committee Democrats").
var kindNouns = setOf(strings.Fields(`tank think-tank charity watchdog nonprofit lobby website
outlet group firm company bank agency organisation organization institute network foundation
association consultancy`))

// titledBody adds, by add, the body whose name comes before the title of its head at token
// r: "Democratic National Committee Chair Debbie Wasserman Schultz". The name is two to four
// capitalised words ending in a word for a body ([orgHeads]), no legislature's ("Senate
// Judiciary Committee Chairman Chuck Grassley" speaks for no body of his own).
func titledBody(toks []token, r int, add func(a, b int, company, head bool)) {
	a := r
	for a > 0 && r-a < 4 && capitalized(toks[a-1].key) && !toks[a-1].punctAfter && !toks[a-1].poss && !lowered(personTitles, toks[a-1].key) {
		a--
	}
	if r-a >= 2 && lowered(orgHeads, toks[r-1].key) && !legislatureBody(toks[a:r]) {
		add(a, r, false, false)
	}
}

// afterName are words that follow a name used as a noun: "the Border Patrol said".
var afterName = setOf(strings.Fields(`said says has had have is was are were will would did
does and which that who announced`))

// adjective reports whether a capitalised word is an adjective of a party, faith or people:
// "Republican officials", "Democratic lawmakers", "Islamist fighters".
func adjective(w string) bool {
	for _, suf := range []string{"ic", "ican", "ean", "ian", "ish", "ese", "ist"} {
		if strings.HasSuffix(w, suf) && !acronym(w) {
			return true
		}
	}
	return false
}

// docWords answers questions about where a document's words occur: the tokens, which of them
// name a side (inMention), and where each word asked for is (at, by key: see where).
type docWords struct {
	toks      []token
	inMention []bool
	at        map[string][]int
}

func newDocWords(toks []token, inMention []bool) *docWords {
	return &docWords{toks: toks, inMention: inMention, at: map[string][]int{}}
}

// where returns the indexes of the tokens whose key is w, in order. In a news article it
// looks for a word the first time it is asked for: the few names asked of a document cost
// less than an index of all its words. A long document's words are indexed at the first
// question (see [indexedTokens]).
func (dw *docWords) where(w string) []int {
	if len(dw.toks) >= indexedTokens && len(dw.at) == 0 {
		for i, t := range dw.toks {
			dw.at[t.key] = append(dw.at[t.key], i)
		}
	}
	if is, ok := dw.at[w]; ok || len(dw.toks) >= indexedTokens {
		return is
	}
	var is []int
	for i, t := range dw.toks {
		if t.key == w {
			is = append(is, i)
		}
	}
	dw.at[w] = is
	return is
}

// writtenWithThe reports whether the text writes the name after "the" ("the Border Patrol",
// "the Federal Reserve"), as it writes bodies and not persons.
func (dw *docWords) writtenWithThe(name []token) bool {
	toks := dw.toks
	n := len(name)
	for _, i := range dw.where(name[0].key) {
		if i >= 1 && i+n <= len(toks) && strings.EqualFold(toks[i-1].key, "the") && !toks[i-1].punctAfter && toks[i+n-1].key == name[n-1].key {
			// As a noun of its own, not a modifier: "the Border Patrol said", "the Border
			// Patrol's", not "the New York Times" nor "the New York primary".
			if e := i + n; e == len(toks) || toks[e-1].punctAfter || toks[e-1].poss || afterName[toks[e].key] {
				return true
			}
		}
	}
	return false
}

// personName reports whether the words name a person in the text: they follow a
// person's title ("Mr. Trump", "Senator Warren") or a first name, a capitalised word that is
// neither a title, nor a side's name (inMention), nor only capitalised because it opens a
// sentence ("Donald Trump", "Tim Cook"; not "US tech giant Apple", "Meanwhile Apple").
func (dw *docWords) personName(name []token) bool {
	toks, inMention := dw.toks, dw.inMention
	n := len(name)
	for _, i := range dw.where(name[n-1].key) {
		if i >= 1 && lowered(personTitles, toks[i-1].key) {
			return true // "Mr. Sanders" for "Bernie Sanders"
		}
	}
	for _, i := range dw.where(name[0].key) {
		if i < 1 || i+n > len(toks) || toks[i+n-1].key != name[n-1].key {
			continue
		}
		p := toks[i-1]
		switch {
		case lowered(personTitles, p.key):
			return true
		case p.punctAfter || p.poss || inMention[i-1] || !capitalized(p.key) || strings.Contains(p.key, "-"):
		case isTitle(p) || loweredWord(stopwords, p.key) || lowered(orgRoles, p.key):
		case !p.sentStart || dw.capitalisedInside(p.key) || i >= 2 && lowered(personTitles, toks[i-2].key):
			return true // "Rep. Duncan Hunter": the tokens take "Rep." for a sentence end
		}
	}
	return false
}

// usStates are places, not bodies, before a function: "a Florida attorney", "Texas
// lawyers". (Countries and the large cities of datelines are in the gazetteers.)
var usStates = setOf(strings.Fields(`Alabama Alaska Arizona Arkansas California Colorado
Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky
Louisiana Maine Maryland Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska
Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah Vermont Virginia Washington
Wisconsin Wyoming`))

// genericHeads are nouns for bodies, capitalised in titles and at the start of sentences
// without naming one: "Embassy Spokesperson Daniel Ortiz", "Company spokesman John Smith".
var genericHeads = setOf(strings.Fields(`company companies government police campaign party agency
ministry department industry military army union court hospital school university team club
firm group bank network studio airline council committee state city county office board
embassy consulate administration parliament senate congress assembly cabinet commission
authority bureau service force forces corporation institute foundation association
organisation organization presidency palace navy pr`))

// capitalisedInside reports whether the word w is written capitalised somewhere other than
// at the start of a sentence: a name, not "Company" opening "Company spokesman John Smith".
func (dw *docWords) capitalisedInside(w string) bool {
	for _, i := range dw.where(w) {
		if !dw.toks[i].sentStart {
			return true
		}
	}
	return false
}

// bodiesSpeaking returns the speakers of cs whose own name shows a body: two to four
// capitalised words, the last a word for one ([orgHeads]: "Hindenburg Research said", "the
// Cato Institute said") or the one before an "of" ("the U.S. Chamber of Commerce"), none a side of the gazetteer g, a title or a person's title; or a
// business the document text (of x, its business heads given by heads: see namedBusinessAt)
// shows as one ([businessSpeaking]). An organisation that speaks in its own name needs no
// spokesman to be found.
func bodiesSpeaking(g *gazetteer, x *textWords, heads func() []int, cs []claims.Claim, persons map[string]bool) (out []string, aliases map[string]string) {
	text := x.text
	seen := map[claims.Source]bool{} // a speaker's mention and name, read once
	for i := range cs {
		src := cs[i].Source
		if src == nil {
			continue
		}
		key := claims.Source{Text: src.Text, Name: src.Name}
		if seen[key] {
			continue
		}
		seen[key] = true
		if l := labourBody(src.Name); l != "" {
			out = appendNew(out, l)
			continue
		}
		if b := businessSpeaking(g, x, src, persons); b != "" {
			if full := fullBusinessName(cs, b); full != "" {
				if aliases == nil {
					aliases = map[string]string{}
				}
				aliases[b] = full
				b = full
			}
			out = appendNew(out, b)
			continue
		}
		if acronym(src.Name) && len(g.find(tokenize(src.Name, 0))) == 0 && bodyWordBefore(text, src.Name) {
			// "national statistics institute INDEC": a body of its own, which may contradict
			// its own government.
			out = appendNew(out, src.Name)
			continue
		}
		if namedBusinessAt(text, heads(), src.Name) != "" && !persons[src.Name] && len(g.find(tokenize(src.Name, 0))) == 0 {
			// "Oil company Deltamar Energy said": a business the text names as one.
			out = appendNew(out, src.Name)
			continue
		}
		if name, ok := headedBody(g, src.Name); ok {
			out = appendNew(out, name)
		}
	}
	return out, aliases
}

// appendNew appends s to list unless list holds it.
func appendNew(list []string, s string) []string {
	if slices.Contains(list, s) {
		return list
	}
	return append(list, s)
}

// fullBusinessName returns the longer name, of three words at most, under which business b
// speaks elsewhere in the claims cs: "Exxon" is the "Exxon Mobil"; "" when there is none.
func fullBusinessName(cs []claims.Claim, b string) string {
	for j := range cs {
		if o := cs[j].Source; o != nil && strings.HasPrefix(o.Name, b+" ") && len(strings.Fields(o.Name)) <= 3 && capitalizedWords(o.Name) {
			return o.Name
		}
	}
	return ""
}

// headedBody returns the body that a speaker's name of two to five words (eight with a
// field after its head: "International Centre for the Study of Radicalisation") names by its head
// (see [bodiesSpeaking]), after the country that owns it ("India's Adani Group": the group);
// false when it names none, or a side of g.
func headedBody(g *gazetteer, name string) (string, bool) {
	toks := tokenize(name, 0)
	if ms := g.find(toks); len(ms) > 0 && ms[0].i == 0 && toks[ms[0].n-1].poss {
		toks = toks[ms[0].n:] // "India's Adani Group": the group, after its country
	}
	n := len(toks)
	if n < 2 || n > 8 || len(g.find(toks)) > 0 {
		return "", false
	}
	// The head ends the name or comes before its "of": "the Chamber of Commerce".
	// (A private body's head: "the Ministry of Defence" is a government's.)
	headed := orgHeads[strings.ToLower(toks[n-1].key)]
	of := n
	for k := 1; k+1 < n && !headed; k++ {
		h := strings.ToLower(toks[k-1].key)
		if headed = toks[k].key == "of" && privateHeads[h] || toks[k].key == "for" && (privateHeads[h] || forHeads[h]); headed {
			of = k
		}
	}
	ok := headed && (n <= 4 || of < n) && (n <= 5 || of < n-2)
	for k, t := range toks {
		if k >= of {
			if k > of && !capitalized(t.key) && (k == n-1 || !fieldWords[t.key]) {
				ok = false
			}
			continue // the field: "of Commerce", "for the Study of Radicalisation"
		}
		if !capitalized(t.key) || isTitle(t) || lowered(personTitles, t.key) || loweredWord(stopwords, t.key) && !allCaps(t.key) {
			ok = false // but "U.S." is no "us"
			break
		}
	}
	if !ok {
		return "", false
	}
	words := make([]string, n)
	for k, t := range toks {
		words[k] = t.text
	}
	return strings.Join(words, " "), ok
}

// fieldWords join the words of a body's field after its head's "of" or "for": "Centre for
// the Study of Radicalisation", "Society for Prevention of Cruelty to Animals".
var fieldWords = setOf(strings.Fields("the of for and to"))

// businessSpeaking returns the name of the business that src, a speaker of the text of x,
// is: one that the extractor found a description of a business to stand for ("Tesla said ...
// the company said"), or a speaker's one-word name that the text writes as a company's ("Tesla Inc",
// "shares of Tesla", "Tesla (TSLA.O)"). "" when src is none, a side of g, or a person (persons,
// as [personsOf] finds them).
func businessSpeaking(g *gazetteer, x *textWords, src *claims.Source, persons map[string]bool) string {
	name := src.Name
	if name == "" || persons[name] || !capitalizedWords(name) || len(g.find(tokenize(name, 0))) > 0 || lowered(informantWords, lastWord(name)) {
		return "" // "Sources tell Re/code ... the company": "the company" resolved to "Sources" is none
	}
	if desc := strings.Fields(strings.ToLower(src.Text)); len(desc) >= 2 && desc[0] == "the" && businessHeads[desc[len(desc)-1]] && !strings.EqualFold(src.Text[4:], name) {
		for _, w := range strings.Fields(src.Text)[1:] {
			if capitalized(w) {
				return "" // "the Adani Group": a name, no description
			}
		}
		return name // "the company", resolved to "Tesla"
	}
	if strings.ContainsAny(name, " .") || src.Text != name {
		return ""
	}
	if businessMark(x, name) {
		return name
	}
	return ""
}

// informantWords name unnamed people who tell a reporter things, never a business: "Sources",
// "Insiders".
var informantWords = setOf(strings.Fields(`source sources insider insiders official officials
people`))

// businessHeads are the nouns a text uses for a business it has named: "the company", "the
// carmaker", "the network". (The extractor resolves such descriptions to the name.)
var businessHeads = setOf(strings.Fields(`company firm carmaker automaker group airline bank lender
insurer retailer manufacturer maker chipmaker planemaker conglomerate startup giant miner brewer
utility operator developer publisher studio producer supplier exporter importer network
broadcaster channel newspaper paper magazine tabloid outlet`))

// businessMark reports whether the text of x writes the one-word name as a listed
// company's: with its legal form ("Tesla Inc"), its shares or stock ("shares of Tesla",
// "Tesla's stock", "Tesla shares fell") or its ticker in brackets ("Tesla (TSLA.O)", "Boeing
// (NYSE: BA)").
func businessMark(x *textWords, name string) bool {
	for _, p := range []string{"shares of ", "Shares of ", "stock of ", "shares in ", "Shares in ", "stake in "} {
		if x.phraseAt(p, name) {
			return true
		}
	}
	for _, k := range x.wordStarts(name) {
		if businessMarkAfter(x.text[k+len(name):]) {
			return true
		}
	}
	return false
}

// businessMarkAfter reports whether the rest of a text after a company's name marks it as
// one (see [businessMark]).
func businessMarkAfter(rest string) bool {
	for _, p := range []string{"'s shares", "’s shares", "'s stock", "’s stock", "'s share price", "’s share price"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	if f := strings.Fields(strings.TrimLeft(rest[:min(len(rest), 40)], ",")); len(f) > 0 { // the next two words
		if legalForms[strings.TrimRight(f[0], ".,")] {
			return true
		}
		if len(f) > 1 && (f[0] == "shares" || f[0] == "stock") && marketVerbs[strings.TrimRight(f[1], ".,")] {
			return true
		}
	}
	return strings.HasPrefix(rest, " (") && tickerRE.MatchString(rest[1:])
}

// wordAt reports whether s is in text with no letter or digit right after it.
func wordAt(text, s string) bool {
	for at := 0; ; {
		k := strings.Index(text[at:], s)
		if k < 0 {
			return false
		}
		at += k + len(s)
		if at == len(text) || !isWordByteAt(text, at) {
			return true
		}
	}
}

// legalForms follow a company's name: "Tesla Inc", "Siemens AG".
var legalForms = setOf(strings.Fields(`Inc Corp Co Ltd Plc PLC plc LLC AG SA NV SE Limited Incorporated Corporation`))

// marketVerbs say what a company's shares did: "Tesla shares fell".
var marketVerbs = setOf(strings.Fields(`fell rose dropped jumped slid gained climbed tumbled sank surged
plunged soared slumped dipped edged closed traded were are have had lost added`))

// tickerRE matches a ticker in brackets at the start: "(TSLA.O)", "(NYSE: BA)".
var tickerRE = regexp.MustCompile(`^\(((NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX): ?)?[A-Z]{1,5}(\.[A-Z]{1,2})?\)`)

// forHeads are the heads of bodies named for a cause after "for" besides privateHeads:
// "Citizens Coalition for Change", "Movement for Democratic Change", "Center for American
// Progress".
var forHeads = setOf(strings.Fields(`center centre campaign alliance initiative movement party front
coordinator coordination network platform forum office
council committee`))

// capitalizedWords reports whether every word of name is capitalised.
func capitalizedWords(name string) bool {
	for w := range strings.FieldsSeq(name) {
		if !capitalized(w) {
			return false
		}
	}
	return true
}

// allAcronyms reports whether every word of a name is written in capitals, as no person's
// name is: "ZANU-PF spokesman" (tokens "ZANU", "PF").
func allAcronyms(toks []token) bool {
	for _, t := range toks {
		if !acronym(t.key) {
			return false
		}
	}
	return len(toks) > 0
}

// bodyWordBefore reports whether text writes the acronym name right after a lower-case word
// for an independent body: "statistics institute INDEC", "the electoral commission ZEC".
func bodyWordBefore(text, name string) bool {
	for at := 0; ; {
		k := strings.Index(text[at:], " "+name)
		if k < 0 {
			return false
		}
		k += at
		at = k + 1
		b := k
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
			b--
		}
		if independentBodies[text[b:k]] {
			return true
		}
	}
}

// independentBodies are the lower-case words for bodies a state keeps at arm's length.
var independentBodies = setOf(strings.Fields("institute office agency bureau commission authority regulator watchdog ombudsman tribunal"))

// labourBody returns the name of the workers' body a speaker's name describes ("the works
// council", "the union"), lower-cased as the side's name, or "": in a dispute over jobs the
// workers' representatives are a side, though the article names them by what they are. So
// are the other bodies a text names by their kind ([kindBody]).
func labourBody(name string) string {
	n := strings.ToLower(strings.TrimSpace(name))
	n = strings.TrimPrefix(strings.TrimPrefix(n, "the "), "a ")
	switch n {
	case "works council", "union", "unions", "trade union", "trade unions", "labor union", "labour union", "labor unions", "labour unions", "workers' union", "staff union":
		return n
	}
	return kindBody(n)
}

// kindBody returns the side a speaker's lower-cased name n stands for when it names a body by
// its kind, one every country has that speaks for no government: "human rights groups",
// "local rights organisations" and "rights activists" are "rights groups"; "the ombudsman's
// office" and "the country's human rights ombudsman" are "ombudsman". A protest's toll is
// often the police's against the rights groups' and the ombudsman's. "" for other names.
func kindBody(n string) string {
	w := strings.Fields(n)
	for _, x := range w {
		if x == "ombudsman" || x == "ombudsman's" || x == "ombudsman’s" || x == "ombudsperson" {
			return "ombudsman"
		}
	}
	if k := len(w); k >= 2 && w[k-2] == "rights" && rightsKinds[w[k-1]] {
		return "rights groups"
	}
	// "Several survivors of the shipwreck", "witnesses", "relatives of the victims": those
	// who were there, or lost someone, against the authorities' account.
	for i, x := range w {
		if x == "of" || x == "who" || x == "in" || x == "at" {
			break
		}
		if k := witnessKinds[x]; k != "" {
			return k
		}
		if x == "family" && i+1 < len(w) && w[i+1] == "members" {
			return "relatives of victims" // "family members of 9/11 victims"
		}
	}
	return ""
}

// witnessKinds are the heads of speakers who saw or suffered an event, by the side they make.
var witnessKinds = map[string]string{"survivors": "survivors", "witnesses": "witnesses", "eyewitnesses": "witnesses", "residents": "residents",
	"relatives": "relatives of victims", "families": "relatives of victims"}

// rightsKinds are the nouns after "rights" that make a kind of body: "rights groups".
var rightsKinds = setOf(strings.Fields(`group groups organisation organisations organization
organizations activists campaigners advocates watchdog watchdogs monitors monitor`))

// jointBody reports whether an actor's name joins the body o by "and" to another speaker
// named by capitalised words, so that the statement is neither's alone: "BBC and the
// Washington Post", "both the PGA Tour and Tiger Woods' agent", "Mirror and NT News". A
// body whose name holds the "and" ("Globe and Mail") or a place after it ("Lego UK and
// Ireland") is no joint speaker.
func jointBody(g *gazetteer, name, o string) bool {
	parts := strings.Split(name, " and ")
	in := slices.IndexFunc(parts, func(p string) bool { return containsWords(p, o) })
	if len(parts) < 2 || in < 0 {
		return false
	}
	for k, p := range parts {
		if k != in && namesOther(g, p) {
			return true
		}
	}
	return false
}

// namesOther reports whether a conjunct of a joint speaker's name names a speaker by
// capitalised words past its determiners ("the Washington Post", "Tiger Woods' agent"), not
// a place alone ("Ireland").
func namesOther(g *gazetteer, part string) bool {
	w := strings.Fields(part)
	for len(w) > 0 && lowered(jointDeterminers, w[0]) {
		w = w[1:]
	}
	if len(w) == 0 || !slices.ContainsFunc(w, capitalized) {
		return false
	}
	toks := tokenize(strings.Join(w, " "), 0)
	ms := g.find(toks)
	return len(ms) != 1 || ms[0].i != 0 || ms[0].n != len(toks)
}

// jointDeterminers open a conjunct of a joint speaker's name: "both the BBC".
var jointDeterminers = setOf(strings.Fields("both the a an"))
