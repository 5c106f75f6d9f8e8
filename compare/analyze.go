package compare

import (
	"math"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode"

	"claimdiff/claims"
)

// analysis is what the corpus computes once all documents are in.
type analysis struct {
	stmts []*stmt
	idf   map[string]float64
	norm  []float64
	// numbered holds each statement's terms as numbers in the terms' order, and numIdf the
	// idf by number ([analysis.weigh]): sim compares numbers, not strings.
	numbered [][]numTerm
	numIdf   []float64
	termAt   []string   // the terms by number
	leadIDs  [][]int32  // by document, the words of its first sentence by number
	row      simRow     // a statement's terms spread, for sim
	events   [][]int    // statement indexes of each event, ascending
	of       []int      // event index of each statement
	labels   []string   // by event, computed when first asked (see ensureLabel)
	terms    [][]string // by event, with labels
	c        *Corpus

	// shown holds by statement its place in the order results are shown in: documents in the
	// order they were added ([Corpus.added]), not that of the analysis. ids holds by event
	// its ID (1-based, in that order of its first statement) and byID the events by ID.
	shown     []int
	ids, byID []int

	byDoc map[int][]int // statement indexes of each document
	// bySurname holds the statements of persons of each document by surname
	// ([analysis.surnamed]), built when first asked.
	bySurname  map[int]map[string][]int
	docs       []docVector // by document, its term vector, computed when asked (docVec)
	docScratch docScratch
	postHead   []int32         // by term number, for pairDots
	postings   []posting       // the room of pairDots' postings
	stories    map[[2]int]bool // sameStory's answers, by pair of documents
	defends    []bool          // by statement: its speaker rejected an account before it (see defenders)
	// doubting holds by statement whether it has a word of doubt (see [analysis.answers]).
	doubting []bool
}

// Event linking thresholds (cosine of idf-weighted terms).
const (
	linkSim     = 0.30 // statements of one event
	linkSimDocs = 0.35 // ... of two documents
	linkSimFar  = 0.50 // ... when their documents are dated far apart
	maxEvent    = 40   // statements an event grows to by similarity alone
	bindSize    = 3    // events this large join only ...
	bindLinks   = 3    // ... at this many links between them
	refSim      = 0.08 // a rejection and the account it names
	farDays     = 60
	maxPostings = 64 // terms in more statements are not used to find candidates
)

func (c *Corpus) analyze() *analysis {
	if c.done != nil {
		return c.done
	}
	c.sortDocs()
	a := &analysis{stmts: c.stmts, c: c, byDoc: map[int][]int{}}
	for i, s := range c.stmts {
		a.byDoc[s.doc] = append(a.byDoc[s.doc], i)
	}
	c.assignActors()
	c.liars()
	c.claimants()
	a.defends = defenders(c.stmts)
	a.weigh()
	a.doubting = make([]bool, len(a.stmts))
	for i, s := range a.stmts {
		a.doubting[i] = s.f.doubt != ""
	}
	a.group(c)
	a.order()
	a.labels = make([]string, len(a.events))
	a.terms = make([][]string, len(a.events))
	c.done = a
	return a
}

// assignActors gives each statement its canonical actor and its side.
func (c *Corpus) assignActors() {
	names := map[string]bool{}
	desc := map[string][]string{} // by person: the words his documents describe him with
	seen := map[[2]string]bool{}  // person and word, taken into desc
	byDoc := map[int][]string{}   // the persons of each document
	for _, s := range c.stmts {
		if s.bare != "" && c.media[s.bare] {
			// "Bloomberg says its deeper reporting" in an article that writes "Mr.
			// Bloomberg": the medium, not the person the name was expanded to.
			s.src = source{person: s.bare}
		}
		if s.src.person != "" {
			if !names[s.src.person] || !slices.Contains(byDoc[s.doc], s.src.person) {
				byDoc[s.doc] = append(byDoc[s.doc], s.src.person)
			}
			names[s.src.person] = true
			for _, w := range s.src.desc {
				if k := [2]string{s.src.person, w}; !seen[k] {
					seen[k] = true
					desc[s.src.person] = append(desc[s.src.person], w)
				}
			}
		}
	}
	ix := buildActors(names, desc)
	ix.keepMedia(names, c.media)
	ix.joinGivenNames(goesBy(byDoc))
	c.titledActors = map[string]map[string]int{}
	for p, sides := range c.titled {
		a := ix.name(p)
		if c.titledActors[a] == nil {
			c.titledActors[a] = map[string]int{}
		}
		for side, n := range sides {
			c.titledActors[a][side] += n
		}
	}
	v := c.nameActors(ix)
	v.orgs = newOrgIndex(c.orgs)
	c.joinSurnames(ix)
	for n := range names {
		if a := ix.name(n); c.orgs[n] && middleNameOf(a, strings.Fields(strings.ToLower(n))) {
			v.bodies[a] = true // "Donald Trump spokeswoman": "Donald J. Trump" too
		}
	}
	for _, s := range c.stmts {
		if s.actor != "" {
			s.side = c.actorSide(s, v)
		}
		if a := ix.name(s.side); v.bodies[a] {
			s.side = a // "Donald Trump adviser": Donald J. Trump's
		}
		if v.exiles[s.actor] && countries()[s.side] {
			s.side = "" // "North Korea Intellectuals Solidarity", a "Seoul-based think tank" elsewhere
		}
	}
	c.joinSpellings()
	c.joinRegnal()
	c.renameSides()
	c.joinRecords()
	c.joinPieces()
	c.memberSides()
	c.assignPrincipals(ix)
	c.accusedSides()
}

// joinSurnames gives a surname that stayed apart because several speakers of the corpus bear
// it ("Obama" beside Barack and Michelle Obama) to the one of them the corpus quotes at least
// surnameShare times as often as all the others together, and at least surnameShare times:
// "President Obama" in an article that never writes his given name is Barack Obama. A
// mention that tells a gender ("Mrs. Obama", "she") joins only a speaker whose own mentions
// tell the same one. Only a public figure takes it: a speaker whose title some document
// writes after a side's name ("US President Barack Obama") or whom others speak for, not a
// private person of another story ("a man named Thomas" is no "Dylan Thomas"), nor one
// whose document writes the surname in full for others only ("the elder Bush" beside
// "George H. W. Bush" and "George W. Bush" is no Jeb Bush). The statements' votes stay the
// surname's.
func (c *Corpus) joinSurnames(ix *actorIndex) {
	count := map[string]int{}
	gender := map[string]int{} // by actor: mentions telling he less those telling she
	public := map[string]bool{}
	for _, s := range c.stmts {
		if s.src.person != "" {
			count[s.actor]++
			gender[s.actor] += mentionGender(s.claim.Source)
		}
		if s.src.principal != "" {
			public[ix.name(s.src.principal)] = true
		}
	}
	hosts := map[string][]string{} // surname -> the full names ending in it
	for a := range count {
		if i := strings.LastIndexByte(a, ' '); i > 0 && count[a[i+1:]] > 0 {
			hosts[a[i+1:]] = append(hosts[a[i+1:]], a)
		}
	}
	join := map[string]string{}
	for surname, hs := range hosts {
		if len(hs) < 2 || ix.media[surname] {
			continue // one alone was joined already, or named apart on purpose ("Bloomberg")
		}
		best, rest := "", 0
		for _, h := range hs {
			if best == "" || count[h] > count[best] || count[h] == count[best] && h < best {
				best = h
			}
			rest += count[h]
		}
		if rest -= count[best]; count[best] >= surnameShare*max(rest, 1) && (public[best] || len(c.titledActors[best]) > 0) {
			join[surname] = best
		}
	}
	for _, s := range c.stmts {
		host, ok := join[s.actor]
		if !ok || s.src.person == "" {
			continue
		}
		if g := mentionGender(s.claim.Source); g != 0 && g*gender[host] <= 0 {
			continue
		}
		if len(s.src.namesakes) > 0 && !slices.ContainsFunc(s.src.namesakes, func(n string) bool { return ix.name(n) == host }) {
			continue // "the elder Bush" where the text names George H. W. and George W. Bush: no Jeb
		}
		s.actor = host
	}
}

// surnameShare is how many times as often as the other speakers of a surname its most quoted
// must be quoted to take the bare surname ([Corpus.joinSurnames]).
const surnameShare = 5

// mentionGender returns 1 when a speaker's resolved name or mention holds a word that tells a
// man ("Mr. Clinton", "Friends of Mr. Clinton's", "he"), -1 when one tells a woman ("Mrs.",
// "Ms.", "she"), else 0 (the name first: "they" resolved to "Mr. Clinton" is his).
func mentionGender(src *claims.Source) int {
	for _, text := range []string{src.Name, src.Text} {
		for w := range strings.FieldsSeq(text) {
			switch w = strings.TrimSuffix(w, "."); {
			case lowered(maleWords, w):
				return 1
			case lowered(femaleWords, w):
				return -1
			}
		}
	}
	return 0
}

// maleWords and femaleWords tell a speaker's gender in his mention ([mentionGender]).
var (
	maleWords   = setOf(strings.Fields("mr he him his sir"))
	femaleWords = setOf(strings.Fields("mrs ms miss she her dame madam"))
)

// actorVotes are the sides the corpus gives each actor, for documents that do not say it:
// the votes of his documents (one a document), those of the documents that name his side,
// not guessed from their focus (named), and the number of documents he speaks in.
type actorVotes struct {
	votes, named map[string]map[string]float64
	docs         map[string]int
	// exiles are the actors some document calls a body of defectors, exiles or dissidents
	// ([source.exile]): no country's voice in any document.
	exiles map[string]bool
	// bodies are the persons some document names as an organisation through their people
	// ([Corpus.orgs]) under the name without the middle name or initial of their actor's:
	// sides of their own.
	bodies map[string]bool
	orgs   orgIndex // the corpus's organisations, for their members (orgIndex.in)
}

// nameActors gives each statement its canonical actor (ix names persons; "Cuban Government"
// and "Cuban government" are one organisation) and no side, and returns the actors' votes.
func (c *Corpus) nameActors(ix *actorIndex) actorVotes {
	v := actorVotes{votes: map[string]map[string]float64{}, named: map[string]map[string]float64{}, docs: map[string]int{}, exiles: map[string]bool{}, bodies: map[string]bool{}}
	lastDoc := map[string]int{}
	orgs := map[string]string{} // lower-cased organisation name -> as first written
	for _, s := range c.stmts {
		s.actor, s.side = "", ""
		switch {
		case s.src.person != "":
			s.actor = ix.name(s.src.person)
		case s.src.org != "":
			key := strings.ToLower(s.src.org)
			if _, ok := orgs[key]; !ok {
				orgs[key] = s.src.org
			}
			s.actor = orgs[key]
		}
		if s.actor == "" {
			continue
		}
		if s.src.exile {
			v.exiles[s.actor] = true
		}
		if v.votes[s.actor] == nil {
			v.votes[s.actor] = map[string]float64{}
		}
		if d, ok := lastDoc[s.actor]; ok && d == s.doc {
			continue // one vote a document
		}
		v.docs[s.actor]++
		lastDoc[s.actor] = s.doc
		if s.src.own {
			continue // a former role is no present side: "former Gov. and DNC Chairman Ed Rendell"
		}
		side := s.src.side
		if side == "" {
			side = bestVote(s.src.votes)
		}
		if side == "" {
			continue
		}
		v.votes[s.actor][side]++
		if !s.src.guessed {
			if v.named[s.actor] == nil {
				v.named[s.actor] = map[string]float64{}
			}
			v.named[s.actor][side]++
		}
	}
	return v
}

// actorSide returns the side of statement s, of an actor: the user's, his own for a former
// office holder, an organisation's own, the one the corpus names where the document guessed
// it, the document's, an organisation he is a member of, the votes of the words around him
// or of an acronym, else the corpus's votes (v).
func (c *Corpus) actorSide(s *stmt, v actorVotes) string {
	if u := c.userSide(s.actor, s.claim.Speaker()); u != "" {
		return u
	}
	member := "" // of an organisation: "Boko Haram fighters", "leader of Boko Haram"
	body := c.orgs[s.actor] || v.bodies[s.actor]
	if s.src.person == "" && s.src.side == "" && !s.src.own && !body && !outsider(s.actor) {
		member = v.orgs.in(s.actor)
		if member != "" && (jointBody(c.g, s.actor, member) || outsideWordAfter(s.actor, member)) {
			member = "" // "BBC and the Washington Post": neither body's alone; "YouTube video"
		}
		if member == "" {
			member = bodyOfRole(s.actor) // "the dean of Columbia's Graduate School": Columbia
		}
	}
	switch {
	case s.src.own && s.src.person != "":
		return s.actor
	case body:
		// "Consumer Reports said", named "a spokesman for Consumer Reports" elsewhere; an
		// organisation is its own side, also where the words before it name a country
		// ("Nigeria's Islamist group Boko Haram"), and so is a person named through his
		// people without his middle initial.
		return s.actor
	case s.src.guessed && namedSide(v.named[s.actor]) != "":
		// "Foreign Secretary Philip Hammond" in a story about the US: the side the corpus's
		// other documents name, "British Foreign Secretary Philip Hammond".
		return namedSide(v.named[s.actor])
	case s.src.guessed && c.titledSide(s.actor) != "":
		// "Alistair Baskey, spokesman for the National Security Council" in two stories
		// about Iraq, "White House spokesman Alistair Baskey" in a third where he does not
		// speak.
		return c.titledSide(s.actor)
	case s.src.side != "":
		return s.src.side
	case member != "":
		return member
	case len(s.src.votes) > 0:
		return bestVote(s.src.votes)
	case s.src.acr != "" && c.acrSides[s.src.acr].v != "":
		return c.acrSides[s.src.acr].v // "NOSDRA director-general Idris Musa"
	}
	// The corpus's word for it, when enough of the actor's documents say it: one stray
	// title in one of a hundred articles does not make a side. Not for a medium: "the
	// Italian version of the Huffington Post" is one edition's.
	if medium(s.actor) || s.src.past {
		return "" // "Mohamed Hassan, a former senior Somali intelligence official": no longer
	}
	if b := bestVote(v.votes[s.actor]); v.votes[s.actor][b] >= 0.2*float64(v.docs[s.actor]) {
		return b
	}
	return ""
}

// renameSides gives the sides of organisations under the names of their parts their
// parent's name ("NBC News" and "Apple Store" are NBC's and Apple's, "MGM Resorts
// International" MGM's), and an acronym another document gives a body in brackets that
// body's ("CCC" is the "Citizens Coalition for Change (CCC)"), sides the user defined aside.
func (c *Corpus) renameSides() {
	if parent := c.orgParents(); len(parent) > 0 {
		for _, s := range c.stmts {
			if p, ok := parent[s.side]; ok && c.user.find(tokenize(s.side, 0)) == nil {
				s.side = p
			}
		}
	}
	for _, s := range c.stmts {
		if o, ok := c.acronyms[s.side]; ok && c.user.find(tokenize(s.side, 0)) == nil {
			if s.actor == s.side {
				s.actor = o.v // "CCC said": the body, under its name
			}
			s.side = o.v
		}
	}
}

// assignPrincipals gives each statement the person its speaker speaks for (ix names him): a
// spokesman, a lawyer or a campaign speaks for a person ("Hunter spokesman Joe Kasper"), on
// the person's side when he has one, and with him where a rejection of his account makes
// him a side (see [analysis.sides]). One who serves him in a personal role, an adviser, a
// lawyer, his campaign ([personalRole]), takes his side only where he is a side of his own,
// not the government or body he heads.
func (c *Corpus) assignPrincipals(ix *actorIndex) {
	sideOf := map[string]string{}
	actorCount := map[string]int{} // statements by actor
	persons := map[string]bool{}   // the actors that are persons
	for _, s := range c.stmts {
		if s.actor != "" {
			actorCount[s.actor]++
			if s.src.person != "" && !c.orgs[s.actor] {
				persons[s.actor] = true
			}
		}
		if s.side != "" && s.actor != "" {
			if _, ok := sideOf[s.actor]; !ok {
				sideOf[s.actor] = s.side
			}
		}
	}
	// The actors whose own mention names the surname they speak for ("Clinton spokesman Brian
	// Fallon"), not a principal read from the words around them.
	namesPrincipal := map[string]bool{}
	bySurname := map[string]string{} // surnameSide's answers: it reads every actor
	for _, s := range c.stmts {
		if s.src.principal != "" && s.claim.Source != nil && containsWords(s.claim.Source.Text, s.src.principal) {
			namesPrincipal[s.actor] = true
		}
	}
	for _, s := range c.stmts {
		s.principal = ""
		if s.src.principal != "" && s.actor != "" {
			if s.principal = ix.name(s.src.principal); s.principal == s.actor {
				s.principal = ""
			}
		}
	}
	for person, side := range c.principalSides() {
		sideOf[person] = side
	}
	agentSide := make([]bool, len(c.stmts)) // the statements whose side is their principal's
	for i, s := range c.stmts {
		if s.principal == "" {
			continue
		}
		if s.side == "" && !s.src.own {
			s.side = sideOf[s.principal]
			agentSide[i] = s.side == s.principal
			if s.side == "" && !strings.Contains(s.principal, " ") && namesPrincipal[s.actor] {
				side, ok := bySurname[s.principal]
				if !ok {
					side = surnameSide(sideOf, actorCount, persons, s.principal)
					bySurname[s.principal] = side
				}
				s.side = side
				agentSide[i] = strings.HasSuffix(side, " "+s.principal)
			}
			if s.src.personal && !agentSide[i] {
				// "David Axelrod, a longtime adviser to Barack Obama", "the Obama
				// campaign": the person's own people, not the government he heads.
				s.side = ""
			}
		}
	}
	c.agentSides(agentSide)
}

// agentSides gives a person whose document names no one he speaks for the side of the
// principal at least a fifth of his documents name (agentSide marks the statements whose
// side is their principal, a person standing for himself, named in full or by the surname of
// his own mention: "Clinton spokesman Brian Fallon"), as
// [Corpus.actorSide] gives the corpus's votes: "Geoff Garin, a Democratic pollster working
// for Priorities USA, a super PAC supporting Hillary Clinton" in one article speaks for her
// where another calls him "a pollster on Mrs. Clinton's 2008 campaign". Not a speaker marked
// former or opposition in his document, nor, when only appositions name his principal
// ("Kellyanne Conway, a senior adviser and pollster for Mr. Trump", "Trump's running mate,
// Indiana Gov. Mike Pence,"), in a document dated before the first dated of them, or undated
// when one of them is dated: such a role is
// told as the article's news and has a start (Conway spoke for a super PAC backing Ted Cruz
// in February, Pence endorsed Cruz in April), where a title before the name ("Clinton
// spokesman Nick Merrill") is a standing one. An undated apposition tells no start.
func (c *Corpus) agentSides(agentSide []bool) {
	type actorDoc struct {
		actor, side string
		doc         int
	}
	seen := map[actorDoc]bool{}
	docs := map[string]int{}
	votes := map[string]map[string]float64{} // by actor: the documents giving each side
	since := map[actorDoc]string{}           // by actor and side (no doc): the first date of those documents
	standing := map[actorDoc]bool{}          // by actor and side: a title before the name gives it
	for i, s := range c.stmts {
		if s.src.person == "" {
			continue
		}
		if k := (actorDoc{s.actor, "", s.doc}); !seen[k] {
			seen[k] = true
			docs[s.actor]++
		}
		if k := (actorDoc{s.actor, s.side, s.doc}); agentSide[i] && s.side != "" && !seen[k] {
			seen[k] = true
			if votes[s.actor] == nil {
				votes[s.actor] = map[string]float64{}
			}
			votes[s.actor][s.side]++
			// A role read only from appositions holds from the first dated of them; one
			// written before the name as a title ("Clinton spokesman Nick Merrill") is a
			// standing one. An undated apposition tells no start: it neither moves the
			// start back nor makes the role standing.
			k := actorDoc{s.actor, s.side, 0}
			if !s.src.apposed {
				standing[k] = true
			} else if d := since[k]; s.claim.Date != "" && (d == "" || s.claim.Date < d) {
				since[k] = s.claim.Date
			}
		}
	}
	for _, s := range c.stmts {
		if s.side != "" || strings.Contains(s.principal, " ") || s.src.person == "" || s.src.own || s.src.past {
			continue // a surname alone ("Clinton campaign manager Robby Mook") tells no side
		}
		b := bestVote(votes[s.actor])
		k := actorDoc{s.actor, b, 0}
		if b != "" && votes[s.actor][b] >= 0.2*float64(docs[s.actor]) && (standing[k] || s.claim.Date >= since[k]) {
			s.side = b
		}
	}
}

// principalSides gives a person whom others speak for (his spokesman, his campaign, his aides:
// the principal, named in full, of statements by at least minAgents other actors) a side where his own
// statements have none: the side most of his other statements have, else his own name. A
// candidate and his campaign are one side, as a minister and his spokesman are. It returns
// the sides it gave, by person.
func (c *Corpus) principalSides() map[string]string {
	agents := map[string]map[string]bool{}
	for _, s := range c.stmts {
		if strings.Contains(s.principal, " ") { // "Clinton" may be Bill or Hillary
			if agents[s.principal] == nil {
				agents[s.principal] = map[string]bool{}
			}
			agents[s.principal][s.actor] = true
		}
	}
	votes := map[string]map[string]float64{}
	for _, s := range c.stmts {
		if len(agents[s.actor]) < minAgents || s.src.person == "" || s.src.own {
			continue
		}
		if votes[s.actor] == nil {
			votes[s.actor] = map[string]float64{}
		}
		if s.side != "" {
			votes[s.actor][s.side]++
		}
	}
	sides := map[string]string{}
	for person, v := range votes {
		sides[person] = person
		if b := bestVote(v); b != "" {
			sides[person] = b
		}
	}
	for _, s := range c.stmts {
		if side := sides[s.actor]; side != "" && s.side == "" && !s.src.own {
			s.side = side
		}
	}
	return sides
}

// minAgents is the number of other actors that must speak for a person to make him a side
// ([Corpus.principalSides]).
const minAgents = 2

// titledSide returns the one side that the corpus's documents name before a title and the
// person's name ([Corpus.titledActors]); "" when they name none or several.
func (c *Corpus) titledSide(person string) string {
	if len(c.titledActors[person]) != 1 {
		return ""
	}
	for side := range c.titledActors[person] {
		return side
	}
	return ""
}

// namedSide returns the side that at least two documents name for an actor ([Corpus.assignActors]'s
// named votes), the most named; "" when there is none.
func namedSide(named map[string]float64) string {
	if b := bestVote(named); named[b] >= 2 {
		return b
	}
	return ""
}

// surnameSide returns the side of the person a bare surname stands for ("Clinton spokesman
// Brian Fallon"), when the extractor has named every speaker of that surname in full: of the
// actors with a side whose names end in it, the side of the one with most statements (count,
// by actor) when there are several ("Hillary Rodham Clinton" before "Bill Clinton"); "" when
// none has a side. Only persons bear a surname: "International" is not "Amnesty
// International" nor "MGM Resorts International".
func surnameSide(sideOf map[string]string, count map[string]int, persons map[string]bool, surname string) string {
	best := ""
	for actor := range sideOf {
		if strings.HasSuffix(actor, " "+surname) && persons[actor] && (best == "" || count[actor] > count[best] || count[actor] == count[best] && actor < best) {
			best = actor
		}
	}
	return sideOf[best]
}

// claimants makes a rejection of "the claim" (or "the allegations", "such claims") that
// names no account name the person whose claim it answers: the speaker of the nearest
// statement before it in its article, at most denialReach bytes before its cue, when that
// speaker is a person of no side who claims or accuses ("Republican Senate candidate Blake Masters alleged ...
// Maricopa County Recorder Stephen Richer rejected the claim"). The rejection then stands
// against him as "rejected Masters' claim" would.
func (c *Corpus) claimants() {
	for _, s := range c.stmts {
		if s.claimant {
			s.f.targetP, s.f.ref, s.claimant = "", "", false
		}
	}
	for i, s := range c.stmts {
		if !s.f.rejects() || s.f.target != "" || s.f.targetP != "" || s.actor == "" || !pointsBackAny(s.claim.Content.Text) {
			continue
		}
		rejecters := map[string]bool{} // those who answered before: not the claimants
		for j := i - 1; j >= 0 && c.stmts[j].doc == s.doc; j-- {
			if o := c.stmts[j]; o.f.rejects() {
				rejecters[o.actor] = true
			}
		}
		for j := i - 1; j >= 0 && c.stmts[j].doc == s.doc; j-- {
			o := c.stmts[j]
			if s.claim.Cue.Start-o.claim.Content.End > denialReach {
				break
			}
			if o.actor == "" || o.actor == s.actor || directive(o) || o.f.rejects() || rejecters[o.actor] {
				continue
			}
			if o.side == "" && o.src.person != "" && c.claimedOrAccused(i, o.actor) {
				w := strings.Fields(s.claim.Content.Text)
				s.f.targetP, s.f.ref, s.claimant = o.actor, withoutOpeningQuote(strings.Join(w[:min(2, len(w))], " ")), true
			}
			break
		}
	}
}

// claimedOrAccused reports whether actor claims or accuses (the cue's class) in a statement
// before statement i in its article: "alleged", "claimed", "accused".
func (c *Corpus) claimedOrAccused(i int, actor string) bool {
	for j := i - 1; j >= 0 && c.stmts[j].doc == c.stmts[i].doc; j-- {
		if o := c.stmts[j]; o.actor == actor && (o.claim.Cue.Class == claims.CueClaim || o.claim.Cue.Class == claims.CueAccuse) {
			return true
		}
	}
	return false
}

// pointsBackAny reports whether a content opens with a determiner and a word for a claim
// or a charge: "the claim", "the allegations", "these claims", "such accusations" (not "the
// report" nor "the story": the press's).
func pointsBackAny(content string) bool {
	return opensWith(content, true, claimWords)
}

// claimWords name a claim or a charge someone made.
var claimWords = setOf(strings.Fields(`claim claims allegation allegations accusation accusations charge charges assertion assertions`))

// memberSides gives a side to a person whose mention makes him a body's by a pronoun or a
// description ("its executive secretary Mar Perez", "Marina Navarro, the group's director
// in Peru"), and to a business's agent named by what it is ("a company spokesperson", who is
// the company): the side of the nearest body that speaks before him in his article, at most
// denialReach bytes before.
func (c *Corpus) memberSides() {
	for i, s := range c.stmts {
		if s.claim.Source == nil {
			continue
		}
		agent := businessAgent(s.claim.Source.Text)
		if !(s.side == "" && s.src.person != "" && bodyMember(s.claim.Source.Text)) && !agent {
			continue
		}
		kind := kindAgent(strings.Fields(strings.ToLower(s.claim.Source.Text)))
		for j := i - 1; j >= 0 && c.stmts[j].doc == s.doc; j-- {
			o := c.stmts[j]
			if o.claim.Source == nil || o.claim.Source.Start >= s.claim.Source.Start || o.actor == "" || o.actor == s.actor {
				continue
			}
			if s.claim.Source.Start-o.claim.Source.End > denialReach {
				break
			}
			if agent && (o.business != "" || c.orgs[o.actor]) {
				// "a company spokesperson" is the company: one actor, on its side.
				s.actor, s.side = o.actor, o.side
				break
			}
			if kind != "" && medium(o.actor) && !mediaKinds[kind] {
				continue // "a spokesman for the agency" after "The Post reported": not the Post's
			}
			if !agent && (o.src.person == "" || c.orgs[o.actor]) && o.side != "" {
				s.side = o.side
				break
			}
		}
	}
}

// namedBusiness returns the word for a business that text writes right before the speaker
// name ("company" in "telecom company Optivo", "firm" in "the firm CyberCX"), or "". (A
// business shown by the marks of [businessMark] is an organisation of the corpus already.)
func namedBusiness(text, name string) string {
	return namedBusinessAt(text, businessHeadsIn(text), name)
}

// businessMarks marks businessHeads: most words of a text are told to be none of them
// without a look in the map.
var businessMarks = marksOf(businessHeads)

// businessHeadsIn returns, in order, the offsets of the spaces in text that follow a word for
// a business that describes no person ("company", "firm": see [namedBusiness]), found once
// a text so that its speakers' names need not each be sought through all of it.
func businessHeadsIn(text string) []int {
	var out []int
	b := 0 // the start of the run of text since the last space or line break
	for k := 0; k < len(text); k++ {
		switch text[k] {
		case ' ':
			if h := text[b:k]; businessMarks.has(h) && businessHeads[h] && !personHeads[h] {
				out = append(out, k)
			}
			b = k + 1
		case '\n':
			b = k + 1
		}
	}
	return out
}

// namedBusinessAt is [namedBusiness] with the text's business heads found already
// ([businessHeadsIn]).
func namedBusinessAt(text string, heads []int, name string) string {
	if name == "" || strings.Contains(name, ",") || countFields(name) > 3 || !capitalizedWords(name) {
		return ""
	}
	for _, k := range heads {
		if !strings.HasPrefix(text[k+1:], name) {
			continue
		}
		if e := k + 1 + len(name); e < len(text) && isWordByteAt(text, e) {
			continue
		}
		b := k
		for b > 0 && text[b-1] != ' ' && text[b-1] != '\n' {
			b--
		}
		return text[b:k]
	}
	return ""
}

// personHeads are words for a business that describe persons as often: "real estate
// developer Donald Trump", "film producer", "publisher Rupert Murdoch".
var personHeads = setOf(strings.Fields("developer producer publisher studio supplier exporter importer maker operator giant"))

// businessAgent reports whether a speaker's mention is a business's agent named by what the
// business is: "a company spokesperson", "the airline's spokesman", "a bank official".
func businessAgent(mention string) bool {
	w := strings.Fields(strings.ToLower(mention))
	if len(w) != 3 || !determiners[w[0]] || !agentRoles[w[2]] {
		return false
	}
	return businessHeads[strings.TrimSuffix(strings.TrimSuffix(w[1], "'s"), "’s")]
}

// agentRoles speak for a body: "a company spokesperson".
var agentRoles = setOf(strings.Fields(`spokesperson spokesman spokeswoman official executive
representative statement`))

// bodyMember reports whether a speaker's mention holds a body's possessive before a role:
// "its executive secretary Mar Perez", "their lawyer", "the group's director"; or a word for a
// body before an agent's role or after it and "for the": "Agency spokesman Edwin Donovan",
// "Brian Leary, a spokesman for the agency". In a
// relative or a participle clause "its" and "their" may be the speaker's own, and count only
// before an agent's role or a body ("who is part of Iraq's Health Committee in its council of
// ministries"; not "The Observatory, which bases its information on a network of
// activists", "a friend, who lives in their hometown", "The mayor, still stinging over
// mocking him by name in its app").
func bodyMember(mention string) bool {
	written := strings.Fields(mention)
	w := strings.Fields(strings.ToLower(mention))
	relative := false
	for k := 0; k+1 < len(w); k++ {
		switch {
		case relativeWords[w[k]] || k > 0 && participleClause(written[k]):
			relative = true
		case w[k] == "its" || w[k] == "their":
			if !relative || agentWords[w[k+1]] || agentRoles[w[k+1]] || orgHeads[w[k+1]] {
				return true
			}
		case k > 0 && w[k-1] == "the" && (strings.HasSuffix(w[k], "'s") || strings.HasSuffix(w[k], "’s")):
			if n := strings.TrimSuffix(strings.TrimSuffix(w[k], "'s"), "’s"); bodyDescriptions[n] || memberOf[n] {
				return true
			}
		}
	}
	return kindAgent(w) != ""
}

// kindAgent returns the word for a body that a speaker's mention (w, its words in small
// letters) writes before an agent's role or after it and "for the", naming the body by its
// kind: "agency" of "Agency spokesman Edwin Donovan" and of "Brian Leary, a spokesman for the
// agency"; "" when there is none.
func kindAgent(w []string) string {
	if len(w) > 2 && (bodyDescriptions[w[0]] || memberOf[w[0]]) && agentRoles[w[1]] {
		return w[0]
	}
	if k := len(w) - 2; k >= 2 && w[k] == "the" && agentPreps[w[k-1]] && agentRoles[w[k-2]] && (bodyDescriptions[w[k+1]] || memberOf[w[k+1]]) {
		return w[k+1]
	}
	return ""
}

// mediaKinds are the words for a body that name a medium ([kindAgent]): "a spokesman for the
// network".
var mediaKinds = setOf(strings.Fields("network newspaper paper broadcaster"))

// agentPreps link an agent's role to the body he speaks for: "a spokesman for the agency".
var agentPreps = setOf(strings.Fields("for of at"))

// participleClause reports whether a word of a speaker's mention, as written, is a present
// participle that opens a clause telling of the speaker: "stinging", "speaking" (not "king",
// "thing", nor a name: "Harding", "Beijing", "Reading").
func participleClause(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !strings.HasSuffix(w, "thing") && !unicode.IsUpper([]rune(w)[0])
}

// relativeWords open a relative clause, which tells of the speaker.
var relativeWords = setOf(strings.Fields("which who whose that"))

// memberOf are the nouns for bodies, besides [bodyDescriptions], whose possessive makes a
// person a member: "the group's director".
var memberOf = setOf(strings.Fields(`organisation organization charity coalition union
association party movement alliance federation foundation institute`))

// accusedSides gives a side to a person accused by a side who denies it, himself or through
// his lawyer or spokesman: "Kenyan prosecutors ... charged former energy minister Daniel
// Ochieng with accepting $2 million in bribes" and "Ochieng's lawyer, Mercy Wambui, said her
// client denied the charges": the lawyer, and what she says in that article, are Daniel
// Ochieng's side. The accusation is a statement of a side, in the same article, ending at
// most denialReach bytes before the denial, that names the person. A person who negates
// what a side's statement of the same article says of her, anywhere in it, denies it too
// ([Corpus.negatesClaimOn]): "Gill Rosenberg posted that she was not captured by ISIS"
// against the Islamic State's "several female fighters have been captured, among them
// Rosenberg" makes her a side of her own.
func (c *Corpus) accusedSides() {
	for i, s := range c.stmts {
		if s.side != "" || s.actor == "" {
			continue
		}
		person := s.principal
		if person == "" {
			person = s.actor
		}
		if !((s.f.deny || rejectVerbs[s.f.falsity]) && c.accusedBefore(i, person)) && !c.negatesClaimOn(i, person) {
			continue
		}
		// The statements of its document: corpus order keeps a document's together.
		a, b := i, i
		for a > 0 && c.stmts[a-1].doc == s.doc {
			a--
		}
		for b+1 < len(c.stmts) && c.stmts[b+1].doc == s.doc {
			b++
		}
		for _, o := range c.stmts[a : b+1] {
			if o.side == "" && (o.actor == s.actor || o.actor == person) {
				o.side = person
			}
		}
	}
}

// accusedBefore reports whether a statement of a side just before statement i in its article
// names person (by surname).
func (c *Corpus) accusedBefore(i int, person string) bool {
	s := c.stmts[i]
	surname := lastWord(person)
	for j := i - 1; j >= 0 && c.stmts[j].doc == s.doc; j-- {
		o := c.stmts[j]
		if s.claim.Cue.Start-o.claim.Content.End > denialReach {
			break
		}
		if o.side != "" && o.side != person && containsWords(o.claim.Content.Text, surname) {
			return true
		}
	}
	return false
}

// negatesClaimOn reports whether statement i, of a person's or her agent's, negates the word
// a statement of a side of its article that names person (by surname) says: "she was not
// captured" against "several female fighters have been captured, among them Rosenberg".
func (c *Corpus) negatesClaimOn(i int, person string) bool {
	s := c.stmts[i]
	if s.src.person == "" || len(s.f.negated) == 0 {
		return false
	}
	surname := lastWord(person)
	for j := i - 1; j >= 0 && c.stmts[j].doc == s.doc && s.claim.Cue.Start-c.stmts[j].claim.Cue.Start <= claimOnReach; j-- {
		if c.claimOn(j, s, person, surname) {
			return true
		}
	}
	for j := i + 1; j < len(c.stmts) && c.stmts[j].doc == s.doc && c.stmts[j].claim.Cue.Start-s.claim.Cue.Start <= claimOnReach; j++ {
		if c.claimOn(j, s, person, surname) {
			return true
		}
	}
	return false
}

// claimOnReach is how far, in bytes, from a person's denial negatesClaimOn looks for the claim
// on her: the length of a long article, so that a document of many articles joined (a
// 3.8 MB file) costs a window, not the whole document, for each denial.
const claimOnReach = 32 << 10

// claimOn reports whether statement j, of a side other than person, names her by surname and
// firmly says the word denial negates.
func (c *Corpus) claimOn(j int, denial *stmt, person, surname string) bool {
	o := c.stmts[j]
	if o.side == "" || o.side == person || o.f.neg != "" || !containsWords(o.claim.Content.Text, surname) {
		return false
	}
	_, found := slices.BinarySearch(o.f.content, denial.f.negated[0])
	return found
}

// orgParents maps each organisation of the corpus whose name begins with the whole name of
// another ("NBC News", "Apple Store") to the shortest such ("NBC", "Apple"). A newspaper's
// title is no part of what its first words name: "Wall Street Journal" is not Wall Street's.
func (c *Corpus) orgParents() map[string]string {
	parent := map[string]string{}
	for b := range c.orgs {
		if mediaWords[lastWord(b)] || publicationWords[lastWord(b)] {
			continue // "Apple Insider" writes about Apple, not for it
		}
		for a := range c.orgs {
			if len(a) < len(b) && strings.HasPrefix(b, a+" ") {
				if p, ok := parent[b]; !ok || len(a) < len(p) {
					parent[b] = a
				}
			}
		}
	}
	return parent
}

// publicationWords end the names of publications named for what they cover: "Apple
// Insider", "Mac Digest".
var publicationWords = setOf(strings.Fields("Insider Digest Magazine Weekly Monthly Blog Wire"))

// bodyOfRole returns the body that an unnamed holder of a function at its head speaks for:
// the owner a possessive names ("the dean of Columbia's Graduate School of Journalism" is
// Columbia's), else the body's capitalised name ("the director of Quilliam"); "" when the
// name is no function "of" a body.
func bodyOfRole(name string) string {
	w := strings.Fields(name)
	if len(w) < 3 || !headsOf[strings.ToLower(w[0])] || w[1] != "of" {
		return ""
	}
	body := w[2:]
	if strings.EqualFold(body[0], "the") {
		body = body[1:]
	}
	if len(body) == 0 || !capitalized(body[0]) {
		return ""
	}
	if o, ok := possessor(body[0]); ok {
		return o
	}
	for _, x := range body {
		if !capitalized(x) && !nameParticle(x) {
			return ""
		}
	}
	return strings.Join(body, " ")
}

// headsOf are the functions at the head of a body, written before "of" and its name: "the
// dean of", "the rector of".
var headsOf = setOf(strings.Fields(`dean president director chairman chairwoman chair head chief
leader provost rector principal chancellor`))

// possessor returns the name a possessive word holds ("Columbia's": "Columbia") and whether
// it is one.
func possessor(w string) (string, bool) {
	for _, suf := range []string{"'s", "’s"} {
		if o, ok := strings.CutSuffix(w, suf); ok && o != "" {
			return o, true
		}
	}
	return "", false
}

// nameParticle reports whether a lower-case word joins the words of a body's name: "School
// of Journalism", "Center for American Progress".
func nameParticle(w string) bool {
	return w == "of" || w == "for" || w == "and" || w == "&"
}

// orgIndex holds organisations named by their names (capitalised: a body named by its kind,
// "witnesses", "union" (see labourBody), has no members so named) by their first words.
type orgIndex map[string][]string

// newOrgIndex indexes the capitalised names of orgs.
func newOrgIndex(orgs map[string]bool) orgIndex {
	ix := orgIndex{}
	for o := range orgs {
		if capitalized(o) {
			first, _, _ := strings.Cut(o, " ")
			ix[first] = append(ix[first], o)
		}
	}
	return ix
}

// in returns the longest organisation of ix whose name the words of an organisation's name
// hold ("Boko Haram" in "Boko Haram fighters"), the first in it of those as long, or "".
// Such an organisation's first word is one of the name's.
func (ix orgIndex) in(name string) string {
	best := ""
	for w := range strings.SplitSeq(name, " ") {
		for _, o := range ix[w] {
			if len(o) < len(name) && containsWords(name, o) && (len(o) > len(best) || len(o) == len(best) && earlierIn(name, o, best)) {
				best = o
			}
		}
	}
	return best
}

// outsideWordAfter reports whether the actor's name holds the body's (org) before a word for
// what its users post or are ([userNouns]), for those outside it ([outsiderNouns]) or for its
// analysts ([analystWords]): "Rosenberg's Facebook page", "description on the YouTube clip",
// "YouTube star", "Trump's army of Twitter followers and supportive websites" speak for no
// platform, "GOP analysts" for no party; nor does a medium named after a word for one that
// follows it ("French Apple website iGen.fr", a site about Apple; "Apple website" is Apple's).
func outsideWordAfter(name, org string) bool {
	_, after, ok := strings.Cut(name, org+" ")
	if !ok {
		return false
	}
	next, rest, named := strings.Cut(after, " ")
	return lowered(userNouns, next) || lowered(outsiderNouns, next) || lowered(analystWords, next) ||
		named && rest != "" && lowered(outletNouns, next) // "French Apple website iGen.fr", not "Apple website"
}

// userNouns are what a platform's users post or are known as there.
var userNouns = setOf(strings.Fields(`page pages post posts comment comments update updates
message messages video videos clip clips account accounts channel feed star stars prankster
pranksters`))

// outsider reports whether an actor's name ends in a word for those who play in, use, read,
// buy from, vote for or criticise a body without speaking for it, or does so before a place ("GOP
// leaners in the area", "78 percent of voters in a CBS News poll"), or opens with one before
// "of": "PGA Tour golfer", "Facebook users", "Apple customers", "Readers of TheBlaze" (while
// "Boko Haram fighters" are the group's).
func outsider(name string) bool {
	w := strings.Fields(name)
	if len(w) > 1 && outsiderNouns[strings.ToLower(w[len(w)-1])] {
		return true
	}
	if k := slices.IndexFunc(w, func(x string) bool { return placePreps[x] }); k > 1 && outsiderNouns[strings.ToLower(w[k-1])] {
		return true
	}
	return len(w) > 2 && w[1] == "of" && outsiderNouns[strings.ToLower(w[0])]
}

// outsiderNouns are the words of [outsider].
var outsiderNouns = setOf(strings.Fields(`player players golfer golfers athlete athletes fan fans
user users customer customers subscriber subscribers shareholders investors reader readers
viewer viewers listener listeners voters leaners followers critic critics detractors opponents`))

// placePreps open the place after the head of an actor's name: "GOP leaners in the area".
var placePreps = setOf(strings.Fields("in at across around near from"))

// earlierIn reports whether o stands before p in name, or at the same place and sorts
// first: of "Fox News and NBC News", Fox News, whatever order a map gives them in.
func earlierIn(name, o, p string) bool {
	i, j := strings.Index(name, o), strings.Index(name, p)
	return i < j || i == j && o < p
}

// weigh computes idf over the statements and each statement's vector norm, and numbers the
// terms in their order (see [analysis.numbered]), with the words of the documents' first
// sentences (see [analysis.docVec]).
func (a *analysis) weigh() {
	terms, df := a.numberFound()
	n := float64(len(a.stmts))
	a.idf = make(map[string]float64, len(terms))
	rank := orderOf(terms)
	a.numIdf = make([]float64, len(terms))
	a.termAt = make([]string, len(terms))
	for k, t := range terms {
		a.termAt[rank[k]] = t
		if df[k] == 0 {
			// A lead's word in no statement: as rare as can be.
			a.numIdf[rank[k]] = math.Log(1 + n)
			continue
		}
		idf := math.Log(1 + n/float64(df[k]))
		a.idf[t] = idf
		a.numIdf[rank[k]] = idf
	}
	for d, lead := range a.leadIDs {
		for k, id := range lead {
			a.leadIDs[d][k] = rank[id]
		}
	}
	a.norm = make([]float64, len(a.stmts))
	for i, v := range a.numbered {
		sum := 0.0
		for k := range v {
			v[k].id = rank[v[k].id]
			x := v[k].w * a.numIdf[v[k].id]
			sum += x * x
		}
		a.norm[i] = math.Sqrt(sum)
	}
}

// numTerm is a statement's term as a number, with its weight.
type numTerm struct {
	id int32
	w  float64
}

// numberFound gives each statement its terms as numbers in the order the terms are first
// found (a.numbered), then each document the words of its first sentence (a.leadIDs), and
// returns the terms by number and the number of statements that hold each.
func (a *analysis) numberFound() (terms []string, df []int) {
	ids := map[string]int32{}
	total := 0
	for _, s := range a.stmts {
		total += len(s.terms)
	}
	all := make([]numTerm, 0, total)
	a.numbered = make([][]numTerm, len(a.stmts))
	for i, s := range a.stmts {
		from := len(all)
		for _, t := range s.terms {
			k, ok := ids[t.term]
			if !ok {
				k = int32(len(terms))
				ids[t.term] = k
				terms = append(terms, t.term)
				df = append(df, 0)
			}
			df[k]++
			all = append(all, numTerm{k, t.w})
		}
		a.numbered[i] = all[from:len(all):len(all)]
	}
	a.leadIDs = make([][]int32, len(a.c.leads))
	for d, lead := range a.c.leads {
		a.leadIDs[d] = make([]int32, len(lead))
		for k, t := range lead {
			id, ok := ids[t]
			if !ok {
				id = int32(len(terms))
				ids[t] = id
				terms = append(terms, t)
				df = append(df, 0)
			}
			a.leadIDs[d][k] = id
		}
	}
	return terms, df
}

// orderOf returns the rank of each of the distinct terms in their sorted order.
func orderOf(terms []string) []int32 {
	type numbered struct {
		term string
		k    int32
	}
	sorted := make([]numbered, len(terms))
	for k, t := range terms {
		sorted[k] = numbered{t, int32(k)}
	}
	slices.SortFunc(sorted, func(x, y numbered) int { return strings.Compare(x.term, y.term) })
	rank := make([]int32, len(terms))
	for r, x := range sorted {
		rank[x.k] = int32(r)
	}
	return rank
}

// simRow holds one statement's terms spread by number, for its similarity to many others:
// by number, the statement (plus one) when it has the term, and its weight of the term.
type simRow struct {
	of int32
	at []int32
	w  []float64
}

// spread makes statement i the one whose terms sim finds by number (see [simRow]).
func (a *analysis) spread(i int) {
	r := &a.row
	if r.at == nil {
		r.at = make([]int32, len(a.numIdf))
		r.w = make([]float64, len(a.numIdf))
	}
	r.of = int32(i + 1)
	for _, t := range a.numbered[i] {
		r.at[t.id], r.w[t.id] = r.of, t.w
	}
}

// sim is the cosine of two statements' idf-weighted term vectors. It walks their numbered
// terms as [eachShared] walks the terms, adding the products in the same order; or, when one
// of them is spread ([analysis.spread]), the other's terms, in the same order again.
func (a *analysis) sim(i, j int) float64 {
	if a.norm[i] == 0 || a.norm[j] == 0 {
		return 0
	}
	if a.row.of == int32(j+1) {
		i, j = j, i // x·y is y·x
	}
	if a.row.of == int32(i+1) {
		return a.dotSpread(j) / (a.norm[i] * a.norm[j])
	}
	dot := 0.0
	x, y := a.numbered[i], a.numbered[j]
	for p, q := 0, 0; p < len(x) && q < len(y); {
		switch {
		case x[p].id < y[q].id:
			p++
		case x[p].id > y[q].id:
			q++
		default:
			idf := a.numIdf[x[p].id]
			dot += x[p].w * y[q].w * idf * idf
			p++
			q++
		}
	}
	return dot / (a.norm[i] * a.norm[j])
}

// dotSpread returns the dot product of the spread statement's weighted terms with those of
// statement j.
func (a *analysis) dotSpread(j int) float64 {
	r := &a.row
	dot := 0.0
	for _, y := range a.numbered[j] {
		if r.at[y.id] == r.of {
			idf := a.numIdf[y.id]
			dot += r.w[y.id] * y.w * idf * idf
		}
	}
	return dot
}

// shared returns the number of terms two statements share that count says to count (all
// when count is nil), sides aside, a name both hold counting once: "Los Angeles" is one term
// shared, not three ("=los angeles", "los", "angel").
func (a *analysis) shared(i, j int, count func(term string) bool) int {
	x := a.stmts[i].terms
	var inName []string // the words of the names both hold
	a.eachSharedAt(i, j, func(p int) {
		if t := x[p]; strings.HasPrefix(t.term, "=") {
			for _, w := range strings.Fields(t.term[1:]) {
				inName = append(inName, stem(w))
			}
		}
	})
	n := 0
	a.eachSharedAt(i, j, func(p int) {
		if t := x[p]; !strings.HasPrefix(t.term, "@") && !slices.Contains(inName, t.term) && (count == nil || count(t.term)) {
			n++
		}
	})
	return n
}

// eachSharedAt calls f with the index in statement i's terms of each term statement j holds
// too, walking their numbered terms ([analysis.weigh]): numbers compare faster than words,
// in the same order.
func (a *analysis) eachSharedAt(i, j int, f func(p int)) {
	x, y := a.numbered[i], a.numbered[j]
	for p, q := 0, 0; p < len(x) && q < len(y); {
		switch {
		case x[p].id < y[q].id:
			p++
		case x[p].id > y[q].id:
			q++
		default:
			f(p)
			p++
			q++
		}
	}
}

// group puts statements into events: candidates come from an inverted index of the terms
// found in few statements, pairs similar enough are joined (union-find), and rejections are
// joined to the accounts they name.
func (a *analysis) group(c *Corpus) {
	n := len(a.stmts)
	u := newUnions(n)
	postings := map[string][]int{}
	for i, s := range a.stmts {
		for _, t := range s.terms {
			postings[t.term] = append(postings[t.term], i)
		}
	}
	rare := func(t string) bool { return len(postings[t]) <= maxPostings }
	u.joinEdges(a.similarPairs(postings, rare))
	// Explicit references: a rejection of "Khan's claims" joins Khan's statements; of "the
	// US State Department's version" the United States' and unsourced statements of its
	// document that share words with it.
	byActor, byWord := a.actorStatements()
	for i, s := range a.stmts {
		if s.f.rejects() {
			a.joinReferences(u, i, postings, rare, func(s *stmt) string { return a.targetActor(i, s, byWord, byActor) })
		}
	}
	// A rejection joins the account of another side it answers in another document.
	a.linkAnswers(postings, func(i int) string { return a.targetActor(i, a.stmts[i], byWord, byActor) }, func(i, j int) { u.join(i, j, true) })
	// A doubt joins the firm assertion of another side that it doubts.
	a.linkDoubts(postings, func(i, j int) bool {
		ri, rj := u.find(i), u.find(j)
		if ri != rj && u.size[ri]+u.size[rj] > 2*maxEvent {
			return false
		}
		u.join(i, j, false)
		return true
	})
	a.of = make([]int, n)
	root := map[int]int{}
	for i := range a.stmts {
		r := u.find(i)
		e, ok := root[r]
		if !ok {
			e = len(a.events)
			root[r] = e
			a.events = append(a.events, nil)
		}
		a.events[e] = append(a.events[e], i)
		a.of[i] = e
	}
}

// unions is the union-find of statements into events, with each event's size (by root).
type unions struct {
	parent, size []int
}

func newUnions(n int) *unions {
	u := &unions{parent: make([]int, n), size: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
		u.size[i] = 1
	}
	return u
}

// find returns the root of i's event.
func (u *unions) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// union makes the events of i and j one, under the smaller root.
func (u *unions) union(i, j int) {
	ri, rj := u.find(i), u.find(j)
	if ri == rj {
		return
	}
	if ri < rj {
		u.parent[rj] = ri
	} else {
		u.parent[ri] = rj
	}
}

// join joins the events of i and j; capped, only while the event stays under maxEvent.
func (u *unions) join(i, j int, capped bool) {
	ri, rj := u.find(i), u.find(j)
	if ri == rj || capped && u.size[ri]+u.size[rj] > maxEvent {
		return
	}
	u.union(i, j)
	u.size[u.find(i)] = u.size[ri] + u.size[rj]
}

// edge is a pair of similar statements and their similarity.
type edge struct {
	i, j int
	sim  float64
}

// similarPairs returns the pairs of statements similar enough to be of one event, strongest
// first. Candidate pairs share a rare term (rare, by postings); pairs of two documents must
// share two.
func (a *analysis) similarPairs(postings map[string][]int, rare func(string) bool) []edge {
	var edges []edge
	// shared counts, by later statement, the rare terms it shares with statement i; near
	// lists the statements so counted, and each is set back to 0 when read.
	shared := make([]int, len(a.stmts))
	var near []int
	for i, s := range a.stmts {
		near = near[:0]
		for _, t := range s.terms {
			p := postings[t.term]
			if len(p) > maxPostings || strings.HasPrefix(t.term, "@") {
				continue
			}
			for _, j := range p {
				if j > i {
					if shared[j] == 0 {
						near = append(near, j)
					}
					shared[j]++
				}
			}
		}
		if len(near) > 1 {
			a.spread(i) // sim(i, j) walks j's terms alone, adding in the same order
		}
		for _, j := range near {
			n := shared[j]
			shared[j] = 0
			if x, ok := a.linked(i, j, n, rare); ok {
				edges = append(edges, edge{i, j, x})
			}
		}
	}
	sort.Slice(edges, func(p, q int) bool {
		if edges[p].sim != edges[q].sim {
			return edges[p].sim > edges[q].sim
		}
		if edges[p].i != edges[q].i {
			return edges[p].i < edges[q].i
		}
		return edges[p].j < edges[q].j
	})
	return edges
}

// linked returns the similarity of statements i and j, which share n rare terms, and
// whether it is enough for them to be of one event: linkSim in one document; in two, two
// rare terms, a name shared counting once (n counted each of its words), in documents that
// tell one story ("denied targeting civilians" in south Lebanon is not "denies targeting
// civilians in Dnipro"), and linkSimDocs; linkSimFar when they are dated far apart.
func (a *analysis) linked(i, j, n int, rare func(string) bool) (float64, bool) {
	s, o := a.stmts[i], a.stmts[j]
	need := linkSim
	if o.doc != s.doc {
		if n < 2 || a.shared(i, j, rare) < 2 || !a.sameStory(s.doc, o.doc) {
			return 0, false
		}
		need = linkSimDocs
	}
	if far(s.claim.Date, o.claim.Date) {
		need = linkSimFar
	}
	x := a.sim(i, j)
	return x, x >= need
}

// joinEdges joins the pairs of edges, strongest first; an event stops growing at maxEvent
// statements, so weak links do not chain a whole corpus into one event. Two events of
// bindSize statements or more join only at their bindLinks-th link: one shared phrase
// between two stories ("ISIS fighters" at the border, ISIS's chlorine gas) does not make
// them one event.
func (u *unions) joinEdges(edges []edge) {
	type rootPair struct{ a, b int }
	pending := map[rootPair]int{}
	for _, e := range edges {
		ri, rj := u.find(e.i), u.find(e.j)
		if ri == rj {
			continue
		}
		if min(u.size[ri], u.size[rj]) >= bindSize {
			k := rootPair{min(ri, rj), max(ri, rj)}
			pending[k]++
			if pending[k] < bindLinks {
				continue
			}
		}
		u.join(e.i, e.j, true)
	}
}

// actorStatements returns the statements of each actor, and the actors by each lower-cased
// word of their names, in order of first statement.
func (a *analysis) actorStatements() (byActor map[string][]int, byWord map[string][]string) {
	byActor = map[string][]int{}
	byWord = map[string][]string{}
	for i, s := range a.stmts {
		if s.actor == "" {
			continue
		}
		if _, ok := byActor[s.actor]; !ok {
			for _, w := range strings.Fields(strings.ToLower(s.actor)) {
				byWord[w] = append(byWord[w], s.actor)
			}
		}
		byActor[s.actor] = append(byActor[s.actor], i)
	}
	return byActor, byWord
}

// joinReferences joins rejection i to the statements it answers: those of the person it
// names (targetActor gives him), a denial's closest statement before it, the statements it
// points back to or elaborates, and the named side's account.
func (a *analysis) joinReferences(u *unions, i int, postings map[string][]int, rare func(string) bool, targetActor func(*stmt) string) {
	s := a.stmts[i]
	if s.f.targetP != "" {
		a.joinNamed(u, i, targetActor(s), postings)
	}
	if (s.f.deny || rejectVerbs[s.f.falsity]) && s.f.target == "" && s.f.targetP == "" {
		// A denial that names no account answers the closest statement before it in its
		// document of another side that shares a rare word with it: "Israeli air strikes
		// ... killed three civilians, Lebanon's health ministry said. The Israeli military
		// ... denied targeting civilians."
		if j := a.deniedBefore(i, rare); j >= 0 {
			u.join(i, j, false)
		}
	}
	if j := a.pointedBack(i); j >= 0 {
		u.join(i, j, false) // "These claims are not supported by the data"
	}
	if j := a.elaboration(i); j >= 0 {
		u.join(i, j, false) // "rejected the claim. \"There is zero evidence ...\" Richer said"
	}
	if s.f.target != "" {
		for _, j := range a.namedAccount(i, rare) {
			u.join(i, j, false)
		}
	}
}

// joinNamed joins rejection i to the statements of the person it names: in its document,
// the account it answers (his nearest statement before it, else after it) and those that may
// tell what it rejects ([analysis.aboutRejected]); in other documents, those sharing two
// words with it, dated close, found through the index of rare terms (postings), and only
// while the event stays small.
func (a *analysis) joinNamed(u *unions, i int, named string, postings map[string][]int) {
	s := a.stmts[i]
	var mine []int // the person's statements in i's document
	account := -1  // the nearest before i, else after: the account i answers
	for _, j := range a.byDoc[s.doc] {
		if j != i && a.stmts[j].actor == named {
			mine = append(mine, j)
			if j < i || account < 0 {
				account = j
			}
		}
	}
	if len(mine) > 0 {
		after, topic := afterAccount(s), a.rejectionTopic(i, account)
		for _, j := range mine {
			if j == account || a.aboutRejected(i, j, after, topic) {
				u.join(i, j, false)
			}
		}
	}
	for _, t := range s.terms {
		p := postings[t.term]
		if len(p) > maxPostings || strings.HasPrefix(t.term, "@") {
			continue
		}
		for _, j := range p {
			o := a.stmts[j]
			if o.actor == named && o.doc != s.doc && !far(s.claim.Date, o.claim.Date) && a.shared(i, j, nil) >= 2 {
				u.join(i, j, true)
			}
		}
	}
}

// rejectionReach is how many sentences before and after a rejection its neighbourhood
// spans: the rejected account is told there ("CNN was quick to push back after Ted Cruz
// blamed the network for reporting that ... In a statement, the network said that Cruz's
// description was "false."").
const rejectionReach = 1

// rejectionTopic returns the terms of what rejection i is about, which answers the account
// of statement k (the nearest of the person it names): those of the sentences of the
// statements within rejectionReach sentences of i or of k, but the words of his name and the
// sides of the two (a side the topic names, "ISIS" of "ten ISIS fighters have been caught
// coming across the Mexican border", counts).
func (a *analysis) rejectionTopic(i, k int) map[string]bool {
	s, o := a.stmts[i], a.stmts[k]
	own := map[string]bool{}
	for _, w := range strings.Fields(strings.ToLower(o.actor)) {
		own[stem(w)] = true
	}
	topic := map[string]bool{}
	for _, n := range a.byDoc[s.doc] {
		if x := a.stmts[n]; sentenceGap(x, s) > rejectionReach && sentenceGap(x, o) > rejectionReach {
			continue
		}
		for _, t := range a.stmts[n].terms {
			if t.term != "@"+o.side && t.term != "@"+s.side && !own[t.term] && !nameOf(t.term, own) {
				topic[t.term] = true
			}
		}
	}
	return topic
}

// sentenceGap returns how many sentences apart statements s and o of one document are.
func sentenceGap(s, o *stmt) int {
	return max(s.claim.Sentence-o.claim.Sentence, o.claim.Sentence-s.claim.Sentence)
}

// nameOf reports whether term is a name ("=ted cruz") all of whose words are in own.
func nameOf(term string, own map[string]bool) bool {
	rest, ok := strings.CutPrefix(term, "=")
	if !ok {
		return false
	}
	for _, w := range strings.Fields(rest) {
		if !own[stem(w)] {
			return false
		}
	}
	return true
}

// aboutRejected reports whether statement j, of the person rejection i names in its
// document, may tell what i rejects: the topic holds the terms of i's neighbourhood
// ([analysis.rejectionTopic]) and after what i says after the account's name
// ([afterAccount]). Any statement of his does when i answers each ([tellsAfter]: a rejection
// of all his accounts, "Williams' false claims", of "the claim" he just made, one calling him
// a liar, or one naming a body); else one within rejectionReach sentences of i, one that
// tells what i says of the account ([sharesTopic]) or whose sentence shares a term of the
// topic. A debate report quoting the person on other matters ("he knows the tragic
// consequences of opioid addiction firsthand" beside CNN's "Cruz's description was false"
// about his account of its Carson report) is not.
func (a *analysis) aboutRejected(i, j int, after []afterWord, topic map[string]bool) bool {
	s, o := a.stmts[i], a.stmts[j]
	if s.claimant || s.liarSet || o.src.person == "" || !strings.Contains(o.actor, " ") || len(after) == 0 && pluralAccount(s.f.ref) {
		return true
	}
	if sentenceGap(o, s) <= rejectionReach || len(after) > 0 && sharesTopic(o, after) {
		return true
	}
	for _, t := range o.terms {
		if topic[t.term] {
			return true
		}
	}
	return false
}

// namedAccount returns the statements of its document that rejection i, which names a side's
// account ("the US State Department's version", "Jordan disputed the ISIS claim"), answers:
// the earlier statements of that side like it (at least refSim alike), and the earlier
// unsourced ones like it ("reportedly discussed ...") that share a rare word with it besides
// the words of the reference, since a sentence that only names the side again ("a video the
// ISIS militants released") is not its account. When no statement of the side is among them,
// the side's nearest account before it, ending at most denialReach bytes before its cue, else
// the first just after it: the account it answers in other words ("The coast guard's account
// raises serious questions").
func (a *analysis) namedAccount(i int, rare func(string) bool) []int {
	s := a.stmts[i]
	ref := map[string]bool{}
	for _, t := range tokenize(s.f.ref, 0) {
		ref[stem(t.key)] = true
	}
	besides := func(t string) bool { return rare(t) && !ref[t] }
	var out []int
	bySide, nearest := false, -1
	for j := i - 1; j >= 0 && a.stmts[j].doc == s.doc; j-- {
		o := a.stmts[j]
		switch {
		case o.side == s.f.target && a.sim(i, j) >= refSim:
			out = append(out, j)
			bySide = true
		case o.claim.Source == nil && a.sim(i, j) >= refSim && a.shared(i, j, besides) > 0:
			out = append(out, j)
		}
		if nearest < 0 && o.side == s.f.target && !o.f.rejects() && s.claim.Cue.Start-o.claim.Content.End <= denialReach {
			nearest = j
		}
	}
	if bySide {
		return out
	}
	if nearest < 0 {
		nearest = a.sideAfter(i)
	}
	if nearest >= 0 {
		out = append(out, nearest)
	}
	return out
}

// sideAfter returns the first statement after rejection i in its document of the side whose
// account it names, not itself a rejection, whose cue starts at most denialReach bytes after
// i's content ("The official figures do not reflect the scale of the disaster," ... A
// spokesman for the junta said the government's count of 1,700 dead was accurate); -1 when
// there is none.
func (a *analysis) sideAfter(i int) int {
	s := a.stmts[i]
	for j := i + 1; j < len(a.stmts) && a.stmts[j].doc == s.doc; j++ {
		o := a.stmts[j]
		if o.claim.Cue.Start-s.claim.Content.End > denialReach {
			break
		}
		if o.side == s.f.target && !o.f.rejects() {
			return j
		}
	}
	return -1
}

// denialReach is how far before a denial's cue, in bytes, the statement it answers may end:
// a paragraph or two.
const denialReach = 600

// deniedBefore returns the statement that denial i, which names no account, answers in its
// document: the one most like it among the earlier statements of another side (not a
// rejection, not a demand) that share a rare word with it, at least refSim alike, else the
// nearest that names the denier's side, a person ("charged ... Daniel Ochieng with accepting
// $2 million in bribes" against his lawyer's "her client denied the charges"); -1 when there
// is none. What a speaker says after rejecting an account himself defends it, and is no
// account to deny: "Wasserman Schultz dismissed Sanders' accusations ... 'nothing different
// ... with Secretary Clinton'" before "The Clinton campaign denies any wrongdoing".
func (a *analysis) deniedBefore(i int, rare func(string) bool) int {
	s := a.stmts[i]
	best, bestSim, accusing := -1, refSim, -1

	// What a denial names ("denied any involvement in the attacks") is what it shares with
	// the statement it answers, not the words of its sentence around it ("The attempt to stop
	// the legislation included members of the Saudi government, which has denied ...").
	count := func(t string) bool {
		_, named := slices.BinarySearch(s.f.denied, t)
		return (rare == nil || rare(t)) && (len(s.f.denied) == 0 || named)
	}
	for j := i - 1; j >= 0 && a.stmts[j].doc == s.doc; j-- {
		o := a.stmts[j]
		if s.claim.Cue.Start-o.claim.Content.End > denialReach {
			break // the denial answers what was just said, not the article's background
		}
		if o.side == "" || s.side == "" || o.side == s.side || o.f.rejects() || directive(o) || a.defends[j] {
			continue
		}
		if accusing < 0 && containsWords(o.claim.Content.Text, lastWord(s.side)) {
			accusing = j // the accusation of the person whose side denies it
		}
		if a.shared(i, j, count) < 1 {
			continue
		}
		if x := a.sim(i, j); x >= bestSim {
			best, bestSim = j, x
		}
	}
	if best < 0 {
		return accusing
	}
	return best
}

// defenders returns which statements follow a rejection by their speaker in their document:
// what he says then defends his own account (see [analysis.deniedBefore]).
func defenders(stmts []*stmt) []bool {
	out := make([]bool, len(stmts))
	rejected := map[string]bool{}
	for i, s := range stmts {
		if i > 0 && stmts[i-1].doc != s.doc {
			clear(rejected)
		}
		out[i] = s.actor != "" && rejected[s.actor]
		if s.actor != "" && s.f.rejects() {
			rejected[s.actor] = true
		}
	}
	return out
}

// pointedBack returns the statement that statement i calls false by pointing back at it
// ("These claims are not supported by the data," a CDC spokeswoman said, after the governor's
// "We have seen at least 40 deaths following vaccination"): the nearest statement before it
// in its document not of its own side, ending at most denialReach bytes before its cue, when
// i names no account but opens with a demonstrative and a word for one, and that statement
// is a side's; -1 otherwise.
func (a *analysis) pointedBack(i int) int {
	s := a.stmts[i]
	if s.f.falsity == "" || s.f.target != "" || s.f.targetP != "" || s.side == "" || !pointsBack(s.claim.Content.Text) {
		return -1
	}
	for j := i - 1; j >= 0 && a.stmts[j].doc == s.doc; j-- {
		o := a.stmts[j]
		if s.claim.Cue.Start-o.claim.Content.End > denialReach {
			break
		}
		if o.side == s.side || directive(o) {
			continue // the rejecter's side, as "the agency said it found no evidence"
		}
		if o.side == "" || o.f.rejects() {
			return -1 // "pundits and news outlets are claiming": no side's claims
		}
		return j
	}
	return -1
}

// elaborationReach is how far, in bytes, the statement that says why a rejection rejects may
// start after the rejection's content: the next sentence.
const elaborationReach = 200

// elaboration returns the statement that gives the grounds of rejection i, a rejection of
// "the claim" or "the allegations" that says nothing of them itself: the next statement in
// its document, by the same speaker, starting at most elaborationReach bytes after i's
// content ("Maricopa County Recorder Stephen Richer rejected the claim. \"There is zero
// evidence that any vote was switched,\" Richer said"); -1 otherwise.
func (a *analysis) elaboration(i int) int {
	s := a.stmts[i]
	j := i + 1
	if s.actor == "" || j >= len(a.stmts) || !s.f.rejects() || !pointsBackAny(s.claim.Content.Text) {
		return -1
	}
	o := a.stmts[j]
	if o.doc != s.doc || o.actor != s.actor || min(statementStart(o.claim), o.claim.Content.Start)-s.claim.Content.End > elaborationReach {
		return -1
	}
	return j
}

// pointsBack reports whether a content opens with a demonstrative and a word for an account:
// "These claims", "Those allegations", "Such assertions".
func pointsBack(content string) bool {
	return opensWith(content, false, accountWords)
}

// opensWith reports whether a content opens with a demonstrative ("these", "those", "such";
// "the" too when the is set) and one of nouns: "These claims", "the allegations".
func opensWith(content string, the bool, nouns map[string]bool) bool {
	w := strings.Fields(strings.ToLower(strings.TrimLeft(content, "\"“‘' ")))
	return len(w) >= 2 && (w[0] == "these" || w[0] == "those" || w[0] == "such" || the && w[0] == "the") && nouns[strings.Trim(w[1], ",.;:\"”’")]
}

// targetActor returns the canonical actor of the person a rejection names ("Khan's claims",
// "a report by Consumer Reports"): an actor of the same document whose name holds the words,
// else the one of the corpus with the statement most like the rejection (i), the first of
// those as like. Comcast's spokesman disputing "the customer's account" of a chat about Tor
// answers the customer of the Tor story, not a former customer fired in another.
func (a *analysis) targetActor(i int, s *stmt, byWord map[string][]string, byActor map[string][]int) string {
	found, best := "", 0.0
	w := strings.ToLower(s.f.targetP)
	last := w[strings.LastIndexByte(w, ' ')+1:]
	for _, ac := range byWord[last] {
		if last != w && !containsWords(strings.ToLower(ac), w) {
			continue
		}
		for _, j := range byActor[ac] {
			if a.stmts[j].doc == s.doc {
				return ac
			}
		}
		if x := a.closest(i, byActor[ac]); found == "" || x > best {
			found, best = ac, x
		}
	}
	if found == "" {
		// "a Bloomberg News report": "Bloomberg" said it, the body without its head word.
		if short := bodyWithoutHead(s.f.targetP); short != "" {
			for _, ac := range lowered(byWord, short) {
				if strings.EqualFold(ac, short) {
					found = ac
					break
				}
			}
		}
	}
	if found == "" {
		found = a.describedActor(s)
	}
	return found
}

// closest returns the greatest similarity of statement i to one of the statements idx.
func (a *analysis) closest(i int, idx []int) float64 {
	best := 0.0
	for _, j := range idx {
		best = max(best, a.sim(i, j))
	}
	return best
}

// bodyWithoutHead returns a one-word body's name that named, a name ending in head words of
// bodies ("Bloomberg News", "Reuters Group"), holds before them; "" otherwise.
func bodyWithoutHead(named string) string {
	w := strings.Fields(named)
	if len(w) < 2 {
		return ""
	}
	for _, h := range w[1:] {
		if !lowered(orgHeads, h) {
			return ""
		}
	}
	return w[0]
}

// describedActor returns the actor a rejection names by a description of a body ("the
// agency's analysis", "the regulator's findings"): the nearest earlier speaker of its document
// on another side than the rejecter's. "" when the name is no such description or there is
// none.
func (a *analysis) describedActor(s *stmt) string {
	if s.f.targetP == "opposition" {
		return a.opposition(s)
	}
	if businessHeads[s.f.targetP] {
		// "the company's figure": the business that speaks in the article, the nearest
		// before the rejection, else after it.
		// Those the text calls by the same word first: "the company's figure" is telecom
		// company Optivo's, not cybersecurity firm CyberCX's.
		var best string
		rank := -1
		for _, j := range a.byDoc[s.doc] {
			o := a.stmts[j]
			if o.business == "" && !a.c.orgs[o.actor] || o.actor == "" || o.actor == s.actor {
				continue // a business of this text, or an organisation of the run's
			}
			r := 0
			if o.business == s.f.targetP {
				r = 2
			}
			if o.claim.Cue.Start < s.claim.Cue.Start {
				r++ // the nearest before, then the first after
			} else if r <= rank {
				continue
			}
			if r >= rank {
				best, rank = o.actor, r
			}
		}
		if best != "" {
			return best
		}
	}
	if !bodyDescriptions[s.f.targetP] || s.side == "" {
		return ""
	}
	found := ""
	for _, j := range a.byDoc[s.doc] {
		o := a.stmts[j]
		if o.claim.Source != nil && o.claim.Source.Start < s.claim.Source.Start && o.actor != "" && o.side != "" && o.side != s.side {
			found = o.actor
		}
	}
	return found
}

// opposition returns the actor that "the opposition" is for statement s: a speaker on
// another side whose mention calls it so ("The opposition CCC said", "opposition leader Nelson
// Chamisa"), in s's document first, else in another document dated close; "" when none is.
func (a *analysis) opposition(s *stmt) string {
	found := ""
	for _, o := range a.stmts {
		if o.actor == "" || o.side == s.side || o.claim.Source == nil || far(s.claim.Date, o.claim.Date) ||
			!slices.Contains(strings.Fields(strings.ToLower(o.claim.Source.Text)), "opposition") {
			continue
		}
		if o.doc == s.doc {
			return o.actor
		}
		if found == "" {
			found = o.actor
		}
	}
	return found
}

// bodyDescriptions are the words by which a text points back at a body it has named, as the
// owner of an account: "the agency's analysis", "the company's figures".
var bodyDescriptions = setOf(strings.Fields(`agency regulator watchdog ministry government department
administration commission authority authorities bureau office board committee council court
embassy military army police company firm carmaker automaker airline bank group network
newspaper paper broadcaster`))

// rejects reports whether the claim rejects or calls false what it speaks of.
func (f *facts) rejects() bool { return f.deny || f.falsity != "" }

// far reports whether two dates ("2018-09-01", "2018-09" or "") are known and more than
// farDays apart.
func far(d1, d2 string) bool {
	a, ok1 := dayNumber(d1)
	b, ok2 := dayNumber(d2)
	if !ok1 || !ok2 {
		return false
	}
	return a-b > farDays || b-a > farDays
}

func dayNumber(d string) (int, bool) {
	if len(d) < 7 {
		return 0, false
	}
	y, m, day := atoi(d[:4]), atoi(d[5:7]), 15
	if len(d) >= 10 {
		day = atoi(d[8:10])
	}
	if y <= 0 || m <= 0 {
		return 0, false
	}
	return y*372 + m*31 + day, true
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return -1
		}
		n = n*10 + int(r-'0')
	}
	return n
}

// label names event e after its salient terms (those weighing most over its statements,
// shared terms before terms of one statement; see labelOf) and keeps them in a.terms. Labels
// are computed when first asked for: most events of a large corpus are never shown.
func (a *analysis) label(e int) string {
	if a.terms[e] != nil {
		return a.labels[e]
	}
	c := a.c
	idx := a.events[e]
	if said := withoutVerdicts(a.stmts, idx); len(said) > 0 {
		idx = said // "Nice try, not true" names nothing the event is about
	}
	score := map[string]float64{}
	count := map[string]int{}
	voices := map[string]map[string]bool{} // the sides (or unsourced reports) using a term
	for _, i := range idx {
		s := a.stmts[i]
		voice := s.side
		if voice == "" {
			voice = "#" + s.actor
		}
		for _, t := range s.terms {
			if strings.HasPrefix(t.term, "@") {
				continue
			}
			score[t.term] += t.w * a.idf[t.term]
			count[t.term]++
			if voices[t.term] == nil {
				voices[t.term] = map[string]bool{}
			}
			voices[t.term][voice] = true
		}
	}
	for t := range score {
		if len(idx) > 1 && count[t] > 1 {
			score[t] *= 1 + float64(count[t])/float64(len(idx))
		}
		// What several voices speak of names the event better than one side's words.
		score[t] *= float64(len(voices[t]))
		if len(t) <= 3 && !allDigits(t) {
			score[t] /= 2 // "way", "get": short words say little
		}
	}
	terms := make([]string, 0, len(score))
	for t := range score {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool {
		if score[terms[i]] != score[terms[j]] {
			return score[terms[i]] > score[terms[j]]
		}
		return terms[i] < terms[j]
	})
	if len(terms) > 12 {
		terms = terms[:12]
	}
	if terms == nil {
		terms = []string{}
	}
	a.terms[e] = terms
	a.labels[e] = firstAlternatives(a.labelOf(c, idx, terms, score))
	return a.labels[e]
}

// verdictOnlyWords is the most words a rejection's content may have to be only a verdict.
const verdictOnlyWords = 5

// withoutVerdicts returns the statements of idx but the rejections whose content is only a
// verdict on another's account, a few words with a word of falsity in them ("Nice try, not
// true", "completely false"): the words around it name no event.
func withoutVerdicts(stmts []*stmt, idx []int) []int {
	var out []int
	for _, i := range idx {
		if s := stmts[i]; !s.f.rejects() || !verdictOnly(s.claim.Content.Text) {
			out = append(out, i)
		}
	}
	return out
}

// verdictOnly reports whether a content is a verdict alone: at most verdictOnlyWords words,
// one of them a verdict of falsity or "true".
func verdictOnly(content string) bool {
	toks := tokenize(content, 0)
	if len(toks) > verdictOnlyWords {
		return false
	}
	for _, t := range toks {
		if verdictStems()[stem(t.key)] {
			return true
		}
	}
	return false
}

// titleStems are the stems of the title words, which make poor labels ("Department").
var titleStems = func() map[string]bool {
	m := map[string]bool{}
	for w := range titleWords {
		m[stem(w)] = true
	}
	return m
}()

// verdictStems are the stems of the one-word verdicts of falsity and of "true" and "truth":
// words that judge an account ("misinformation", "fabricated", "not true") and name no event.
var verdictStems = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{stem("true"): true, stem("truth"): true}
	for w := range verdictWords() {
		m[stem(w)] = true
	}
	return m
})

// labelOf names an event: by the phrase of one of its statements that covers most of its
// salient terms ("Pompeo’s telephone call to Imran Khan"); failing a phrase that neither
// starts nor ends on a verb, by the account a rejection of it names ("attacks from Jeb
// Bush"), then by a phrase that does; else by up to four of the terms.
func (a *analysis) labelOf(c *Corpus, idx []int, terms []string, score map[string]float64) string {
	units := labelUnits(c, terms, score, len(terms))
	p, strict := a.phraseLabel(idx, units)
	if strict {
		return p
	}
	if r := a.accountLabel(idx, units); r != "" {
		return r
	}
	if p != "" {
		return p
	}
	return a.keywordLabel(idx, labelUnits(c, terms, score, 4))
}

// labelUnit is a salient term as a label uses it: a word, or a name whose words it replaces.
type labelUnit struct {
	stems []string // one stem, or the stems of a name's words in order
	text  string   // as written
	w     float64  // salience: the term's score
}

// labelUnits turns salient terms, most salient first, into up to n label units: names whole
// ("Imran Khan"), replacing the words of them chosen before, title words and verdicts left
// out.
func labelUnits(c *Corpus, terms []string, score map[string]float64, n int) []labelUnit {
	var units []labelUnit
	used := map[string]bool{}
	for _, t := range terms {
		if len(units) == n {
			break
		}
		if strings.HasPrefix(t, "=") {
			var stems []string
			fresh := false
			for _, p := range strings.Fields(t[1:]) {
				stems = append(stems, stem(p))
				if !used[stem(p)] {
					fresh = true
				}
			}
			if !fresh {
				continue
			}
			// The name replaces the words of it already chosen: "Ben Carson", not
			// "Carson Ben Carson"; it weighs as much as the heaviest of them.
			w := score[t]
			kept := units[:0]
			for _, u := range units {
				if len(u.stems) > 1 || !contains(stems, u.stems[0]) {
					kept = append(kept, u)
				} else {
					w = max(w, u.w)
				}
			}
			units = kept
			for _, st := range stems {
				used[st] = true
			}
			units = append(units, labelUnit{stems, c.surfaceOf(t), w})
			continue
		}
		if used[t] || titleStems[t] || verdictStems()[t] {
			continue
		}
		used[t] = true
		units = append(units, labelUnit{[]string{t}, c.surfaceOf(t), score[t]})
	}
	return units
}

// keywordLabel writes the units in the order and form they have in the statement that holds
// most of them.
func (a *analysis) keywordLabel(idx []int, units []labelUnit) string {
	// The statement holding most of the units gives their order and form.
	best, bestN := []token(nil), -1
	for _, i := range idx {
		toks := tokenize(a.stmts[i].claim.Content.Text, 0)
		have := map[string]bool{}
		for _, t := range toks {
			have[stem(t.key)] = true
		}
		n := 0
		for _, u := range units {
			if have[u.stems[0]] {
				n++
			}
		}
		if n > bestN {
			best, bestN = toks, n
		}
	}
	pos := make([]int, len(units))
	for k, u := range units {
		pos[k] = len(best) + k
		for p, t := range best {
			if stem(t.key) == u.stems[0] {
				pos[k] = p
				if len(u.stems) == 1 {
					units[k].text = t.text
				}
				break
			}
		}
	}
	order := make([]int, len(units))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(x, y int) bool { return pos[order[x]] < pos[order[y]] })
	words := make([]string, len(units))
	for k, o := range order {
		words[k] = units[o].text
	}
	return strings.Join(words, " ")
}

// event builds the public event e.
func (a *analysis) event(e int) Event {
	ev := Event{ID: a.ids[e], Label: a.label(e), Terms: a.terms[e]}
	for _, i := range a.inShownOrder(a.events[e]) {
		ev.Claims = append(ev.Claims, a.stmts[i].statement())
	}
	return ev
}

// order numbers the statements and the events in the order results are shown in (see
// [analysis.shown]).
func (a *analysis) order() {
	docs := make([]int, len(a.c.docs)) // by place added, the document
	for d, k := range a.c.added {
		docs[k] = d
	}
	a.shown = make([]int, len(a.stmts))
	n := 0
	for _, d := range docs {
		for _, i := range a.byDoc[d] {
			a.shown[i] = n
			n++
		}
	}
	a.byID = make([]int, len(a.events))
	first := make([]int, len(a.events)) // by event, the place of its first statement
	for e, idx := range a.events {
		a.byID[e] = e
		first[e] = len(a.stmts)
		for _, i := range idx {
			first[e] = min(first[e], a.shown[i])
		}
	}
	slices.SortFunc(a.byID, func(x, y int) int { return first[x] - first[y] })
	a.ids = make([]int, len(a.events))
	for k, e := range a.byID {
		a.ids[e] = k + 1
	}
}

// inShownOrder returns the statements idx in the order results are shown in.
func (a *analysis) inShownOrder(idx []int) []int {
	out := slices.Clone(idx)
	slices.SortFunc(out, func(i, j int) int { return a.shown[i] - a.shown[j] })
	return out
}

// medium reports whether an actor's name ends like a newspaper's or a broadcaster's: "the
// Huffington Post", "BBC Radio Leeds" is not ("Leeds"), "Press TV" is.
func medium(actor string) bool {
	w := lastWord(actor)
	return w != "" && (mediaWords[w] || bodyHeads[w] && mediaHeads[w])
}

// mediaHeads are the bodyHeads that end media names.
var mediaHeads = setOf(strings.Fields("Radio TV Television News Agency Network Channel Broadcasting Media Press"))

// lastWord returns the last word of s: a person's surname ("Ochieng" of "Daniel Ochieng").
func lastWord(s string) string {
	last := ""
	for w := range strings.FieldsSeq(s) {
		last = w
	}
	return last
}

// countFields returns len(strings.Fields(s)) without making the slice.
func countFields(s string) int {
	n := 0
	for range strings.FieldsSeq(s) {
		n++
	}
	return n
}
