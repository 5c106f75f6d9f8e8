package compare

import (
	"cmp"
	"slices"
	"sort"
	"strings"

	"claimdiff/claims"
)

// Options configures a [Corpus].
type Options struct {
	// Sides are the user's side definitions (from --sides and --side). They are checked
	// before the built-in gazetteer, so they override it, and they may add sides of their own.
	Sides []SideDef
}

// Corpus collects documents and their claims and answers questions about them: actors,
// sides, events, contested events and comparisons. Add documents one at a time; the corpus
// keeps the claims and a few facts read around them, not the documents' text. A Corpus is not
// safe for concurrent use.
type Corpus struct {
	g    *gazetteer
	user *gazetteer // the user's sides alone
	// docs are the documents' names, in the order of their keys once analysed (see
	// [Corpus.sortDocs]); keys and added hold, by document, its key and its place in the
	// order the documents were added in, which is the order results are shown in.
	docs  []string
	keys  []docKey
	added []int
	leads [][]string // by document, the stems of the content words of its first sentence
	stmts []*stmt    // by document, then as the extractor gave them
	done  *analysis  // nil until asked, reset by Add
	// surf holds a surface form of each term, for labels and to tell names: capitalised
	// within a sentence where any document writes it so, else in lower case where any does
	// (see [surface]).
	surf map[string]surface
	// orgs are the organisations that some document names through their people: sides
	// of their own also where another document only names them ("Consumer Reports said").
	orgs map[string]bool
	// acronyms are the acronyms that some document gives an organisation in brackets after
	// its name ("Citizens Coalition for Change (CCC)"): another document's "CCC" is it.
	acronyms map[string]keyed
	// acrSides are the sides of the bodies that some document gives acronyms in brackets:
	// "NOSDRA" is Nigeria's after "Nigeria's National Oil Spill Detection and Response Agency
	// (NOSDRA)".
	acrSides map[string]keyed
	// titled counts by person the documents that name him after a side's name and a title
	// ([docSides.titledNames]), by side: "White House spokesman Alistair Baskey" where he
	// does not speak tells his side where he does.
	titled map[string]map[string]int
	// titledActors is titled by actor, the counts of his names added ([Corpus.assignActors]):
	// "Steve Warren" titled is "Steven Warren" too.
	titledActors map[string]map[string]int
	// media are the one-word names that some document writes before a medium's word:
	// "Bloomberg" of "Bloomberg News" ([docSides.mediaNames], [actorIndex.keepMedia]).
	media map[string]bool
	// mediaShort are those of media that some document writing one before a medium's word
	// also writes alone ("NBC" beside "NBC News"): a medium's short name, which its long names
	// join ([Corpus.joinMedia]). The Canadian "Metro News" is no British "Metro".
	mediaShort map[string]bool
	buf        scratch // Add's buffers
}

// stmt is a claim with what the corpus read of it in its document.
type stmt struct {
	claim claims.Claim
	doc   int
	src   source
	terms []wterm // sorted by term
	f     facts

	// business is the word for a business the text names the speaker with ("company" for
	// "telecom company Optivo"): whom "a company spokesperson" after it speaks for; "" when
	// the speaker is no business so named.
	business string
	// bare is the one-word name the source is written in where its document writes that
	// name after an honorific otherwise ("Bloomberg" beside "Mr. Bloomberg"): a house style
	// that names persons with one, so that the bare name may be a medium's ([Corpus.media]).
	bare        string
	actor, side string // set by analyze
	// claimant: f.targetP was set by analyze to the person whose claim a rejection of "the
	// claim" answers (see [Corpus.claimants]).
	claimant bool
	// liarSet: f.targetP was set by analyze to the person the content says lied, and
	// liarFalsity: f.falsity to the verb of lying (see [Corpus.liars]).
	liarSet, liarFalsity bool
	principal            string // the canonical actor the statement's speaker speaks for, set by analyze
	// medium is the medium the speaker gives the statement in, named between the cue and the
	// content ("report" of "said in a report that"); "" when none is named.
	medium string
}

// NewCorpus returns an empty corpus.
func NewCorpus(opt Options) *Corpus {
	user := make([]SideDef, 0, len(opt.Sides))
	for _, d := range opt.Sides {
		if strings.TrimSpace(d.Name) != "" {
			user = append(user, d)
		}
	}
	return &Corpus{g: newGazetteer(user), user: newUserGazetteer(user), surf: map[string]surface{}, orgs: map[string]bool{}}
}

// docKey orders the documents for the analysis by what they are, not by their place among
// the inputs: by date, then by a hash of the text, then (copies of one text) by name. What
// the corpus finds (events, sides, labels, contested items) is then the same whatever order
// the documents come in; it shows them in the order they came in.
type docKey struct {
	date string
	hash uint64
	name string
}

func keyOf(doc *claims.Document) docKey {
	h := uint64(14695981039346656037) // FNV-1a
	for i := 0; i < len(doc.Text); i++ {
		h ^= uint64(doc.Text[i])
		h *= 1099511628211
	}
	return docKey{date: doc.Date, hash: h, name: doc.Name}
}

func (k docKey) compare(o docKey) int {
	return cmp.Or(strings.Compare(k.date, o.date), cmp.Compare(k.hash, o.hash), strings.Compare(k.name, o.name))
}

// keyed is a value some document gave, with the key of that document: of several documents
// that give one, the first in the order of keys is kept.
type keyed struct {
	v    string
	from docKey
}

// keepFirst sets m[k] to v, given by the document of key from, unless a document before it in
// the order of keys gave one.
func keepFirst(m map[string]keyed, k, v string, from docKey) {
	if old, ok := m[k]; !ok || from.compare(old.from) < 0 {
		m[k] = keyed{v, from}
	}
}

// surface is a term as a document writes it ([Corpus.surf]), how it is written (rank) and
// the key of the document (from).
type surface struct {
	v    string
	rank int8
	from docKey
}

// The ranks of the forms of a term, from the one that tells least: a word capitalised at
// the start of a sentence may be a name or not, written in lower case it is none, written
// capitalised within a sentence ("the Border Patrol") it is one.
const (
	sentenceForm int8 = iota
	lowerForm
	properForm
)

// formRank returns the rank of the form of token t.
func formRank(t token) int8 {
	switch {
	case !capitalized(t.key):
		return lowerForm
	case t.sentStart:
		return sentenceForm
	}
	return properForm
}

// learnSurfaces keeps the surface forms of a document's terms (its key from): the form of
// highest rank the documents write, as termsOf chooses within a document, and of those the
// one of the document first in the order of keys.
func (c *Corpus) learnSurfaces(doc map[string]surface, from docKey) {
	for t, v := range doc {
		old, ok := c.surf[t]
		if !ok || v.rank > old.rank || v.rank == old.rank && from.compare(old.from) < 0 {
			v.from = from
			c.surf[t] = v
		}
	}
}

// sortDocs puts the documents, and their statements, in the order of their keys ([docKey]),
// for the analysis, so that no rule that takes the first of several, nor any greedy merge,
// depends on the order the documents were added in.
func (c *Corpus) sortDocs() {
	order := make([]int, len(c.docs)) // by place, the document's index before
	for i := range order {
		order[i] = i
	}
	slices.SortFunc(order, func(i, j int) int { return cmp.Or(c.keys[i].compare(c.keys[j]), cmp.Compare(c.added[i], c.added[j])) })
	if slices.IsSorted(order) {
		return
	}
	at := make([]int, len(order)) // by index before, the place
	for k, i := range order {
		at[i] = k
	}
	c.docs, c.keys, c.added, c.leads = permuted(c.docs, order), permuted(c.keys, order), permuted(c.added, order), permuted(c.leads, order)
	for _, s := range c.stmts {
		s.doc = at[s.doc]
	}
	slices.SortStableFunc(c.stmts, func(x, y *stmt) int { return x.doc - y.doc })
}

// permuted returns the elements of xs in order: order[k] is the index in xs of the k-th.
func permuted[T any](xs []T, order []int) []T {
	out := make([]T, len(xs))
	for k, i := range order {
		out[k] = xs[i]
	}
	return out
}

// Add adds a document and its claims, as [claims.Extract] returns them. Claims whose spans do
// not lie inside the document's text are skipped.
func (c *Corpus) Add(doc *claims.Document, cs []claims.Claim) {
	c.done = nil
	di := len(c.docs)
	key := keyOf(doc)
	c.docs, c.keys, c.added = append(c.docs, doc.Name), append(c.keys, key), append(c.added, di)
	c.leads = append(c.leads, nil)
	if len(cs) == 0 {
		return
	}
	ds := newDocSides(c.g, doc, cs)
	c.learnSides(ds, key)
	r := &docReader{ds: ds, text: doc.Text, sents: claims.Sentences(doc.Text), business: map[string]string{}, referred: map[string]string{}}
	// The first sentence of the body: a date line or header names no story.
	for _, sp := range r.sents {
		if sp.End > doc.Body {
			c.leads[di], r.lede = leadOf(doc.Text[max(sp.Start, min(doc.Body, sp.End)):sp.End])
			break
		}
	}
	r.starts, r.contents = statementStarts(cs), newContentSpans(cs)
	first := len(c.stmts)
	if c.buf.surf == nil {
		c.buf.surf = map[string]surface{}
	}
	surf := c.buf.surf
	for _, cl := range cs {
		n := len(doc.Text)
		if !cl.Content.In(n) || !cl.Cue.In(n) || cl.Source != nil && !cl.Source.In(n) || noComment(cl) {
			continue
		}
		s := &stmt{claim: cl, doc: di, medium: mediumBetween(doc.Text, cl)}
		if cl.Source != nil {
			r.readSpeaker(s)
		}
		sent := sentenceOf(r.sents, cl)
		s.terms = termsOf(ds.g, surf, doc.Text, sent, cl, &c.buf)
		s.f = readFacts(ds.g, ds, doc.Text, ownPart(sent, cl, r.starts, r.contents), cl, r.lede, &c.buf)
		if s.f.deny || rejectVerbs[s.f.falsity] {
			s.f.denied = deniedStems(doc.Text, sent, cl)
		}
		c.stmts = append(c.stmts, s)
		if s.src.principal != "" {
			r.lastAgent = s
		}
	}
	c.learnSurfaces(surf, key)
	c.buf.release()
	c.resolveLiars(ds, c.stmts[first:])
}

// learnSides keeps what a document's sides tell of the corpus's: its organisations, the
// acronyms it gives them, the sides it names before persons' titles and those it gives
// acronyms in brackets (its key from: where documents differ, the first in the order of keys
// gives an acronym's).
func (c *Corpus) learnSides(ds *docSides, from docKey) {
	for o := range ds.orgs {
		c.orgs[o] = true
	}
	for a, o := range ds.acronyms {
		if c.acronyms == nil {
			c.acronyms = map[string]keyed{}
		}
		keepFirst(c.acronyms, a, o, from)
	}
	for p, side := range ds.titledNames() {
		if c.titled == nil {
			c.titled = map[string]map[string]int{}
		}
		if c.titled[p] == nil {
			c.titled[p] = map[string]int{}
		}
		c.titled[p][side]++
	}
	names, short := ds.mediaNames()
	for _, w := range names {
		if c.media == nil {
			c.media = map[string]bool{}
		}
		c.media[w] = true
	}
	for _, w := range short {
		if c.mediaShort == nil {
			c.mediaShort = map[string]bool{}
		}
		c.mediaShort[w] = true
	}
	for a, side := range ds.bracketSides() {
		if c.acrSides == nil {
			c.acrSides = map[string]keyed{}
		}
		keepFirst(c.acrSides, a, side, from)
	}
}

// statementStarts returns where each statement of cs starts (its source, else its cue), and
// a denial's cue, sorted, for ownPart.
func statementStarts(cs []claims.Claim) []int {
	starts := make([]int, 0, len(cs))
	for _, cl := range cs {
		starts = append(starts, statementStart(cl))
		if cl.Cue.Class == claims.CueDeny && !backReference(cl.Content.Text) {
			starts = append(starts, cl.Cue.Start)
		}
	}
	sort.Ints(starts)
	return starts
}

// docReader reads the statements of a document (its sides ds and text) in turn: its
// sentences, the words of its lede, where its statements start and its contents' spans
// (see [ownPart]), the business each speaker's name is (see namedBusinessAt), the last
// statement whose speaker speaks for someone, and the speakers referred to (see [docSides.referTo]).
type docReader struct {
	ds        *docSides
	text      string
	sents     []claims.Span
	lede      []string
	starts    []int
	contents  contentSpans
	business  map[string]string
	lastAgent *stmt
	referred  map[string]string
}

// readSpeaker reads the speaker of statement s, which has a source: who he is, the person
// an unnamed agent speaks for ("Burr's office said ... A spokeswoman called"), and the
// business he is.
func (r *docReader) readSpeaker(s *stmt) {
	cl := s.claim
	s.src = r.ds.read(speakerName(cl.Source))
	if w := cl.Source.Text; cl.Line > 1 && strings.HasSuffix(s.src.person, " "+w) && r.ds.honorificOnly(w) {
		s.bare = w // "Bloomberg says its deeper reporting" where the article writes "Mr. Bloomberg"
	}
	if cl.Source.End <= len(r.text) && !s.src.exile {
		// "a report from Seoul-based think tank, North Korea Intellectuals Solidarity", "The
		// North Korea Intellectuals' Solidarity, a think-tank run by defectors"
		s.src.exile = exileBody(r.ds.g, r.text[seatReach(r.text, cl.Source.Start):cl.Source.End])
	}
	if s.src.guessed || s.src.side != "" && s.src.side == r.ds.focus {
		r.ds.referTo(&s.src, cl.Source, r.referred)
	}
	if r.lastAgent != nil && bareAgent(cl.Source.Text) && s.src.principal == "" && s.src.side == "" && cl.Cue.Start-r.lastAgent.claim.Content.End <= agentReach {
		s.src.principal = r.lastAgent.src.principal
		// "top Obama aide David Plouffe ... The campaign, pushing the idea": a campaign
		// serves the person, not his office, whoever spoke before it.
		s.src.personal = r.lastAgent.src.personal || personalMention(cl.Source.Text)
	}
	b, ok := r.business[cl.Source.Name]
	if !ok {
		b = namedBusinessAt(r.text, r.ds.businessHeads(), cl.Source.Name)
		r.business[cl.Source.Name] = b
	}
	s.business = b
}

// seatReach returns where the words that may seat a source's body start: the word ending in
// "-based" among the three words before the source at, in its sentence ("Seoul-based think
// tank, North Korea Intellectuals Solidarity"); at when there is none.
func seatReach(text string, at int) int {
	b := at
	for range 3 {
		k := strings.LastIndexAny(text[:b], " \n")
		for k > 0 && text[k-1] == ' ' {
			k--
		}
		if k <= 0 || strings.ContainsAny(text[k-1:k], ".!?\n") {
			return at
		}
		b = strings.LastIndexAny(text[:k], " \n") + 1
		if strings.HasSuffix(strings.TrimRight(text[b:k], ","), "-based") {
			return b
		}
	}
	return at
}

// mediumReach is how many bytes between a cue and its content may name a medium: "said in a
// report that", "wrote in a letter to the board on Monday that".
const mediumReach = 40

// mediumBetween returns the medium named in a claim's cue or between it and its content,
// "report" of "said in a report that ..." or of a cue "said in a report"; "" when none is.
func mediumBetween(text string, cl claims.Claim) string {
	end := cl.Cue.End // a quotation before its cue: the cue alone
	if cl.Content.Start >= cl.Cue.End && cl.Content.Start-cl.Cue.End <= mediumReach {
		end = cl.Content.Start
	}
	if cl.Cue.Start > end || end > len(text) {
		return ""
	}
	for _, w := range strings.Fields(strings.ToLower(text[cl.Cue.Start:end])) {
		if mediumNouns[w] {
			return w
		}
	}
	return ""
}

// agentReach is how far, in bytes, an unnamed spokesman's cue may follow the content of the
// statement before it whose speaker speaks for someone, for the two to speak for the same
// person: the next sentence or so.
const agentReach = 300

// bareAgent reports whether a source's mention is an agent word with no name or principal:
// "A spokeswoman", "the campaign's spokesman" is not (it names whose), nor "a Burr aide".
func bareAgent(mention string) bool {
	w := strings.Fields(strings.ToLower(mention))
	if len(w) < 2 || len(w) > 3 || w[0] != "a" && w[0] != "an" && w[0] != "the" {
		return false
	}
	for _, x := range w[1:] {
		if !spokesWords[x] {
			return false
		}
	}
	return true
}

// personalMention reports whether a mention holds an agent word of a personal service
// ([personalRole]): "the campaign", "a lawyer".
func personalMention(mention string) bool {
	for w := range strings.FieldsSeq(strings.ToLower(mention)) {
		if personalAgents[w] {
			return true
		}
	}
	return false
}

// spokesWords are the agent words that, unnamed, speak for the person last spoken for: no
// "the team" or "the chairman", who may be anyone's.
var spokesWords = setOf(strings.Fields(`spokesman spokeswoman spokesperson lawyer lawyers attorney
attorneys aide aides publicist office campaign`))

// resolveLiars gives the pronouns that stand for a liar in a document's statements the
// persons who speak there that they stand for (see [resolveLiar]).
func (c *Corpus) resolveLiars(ds *docSides, stmts []*stmt) {
	var cs []cueClaim
	for _, s := range stmts {
		if s.src.person != "" {
			cs = append(cs, cueClaim{person: s.src.person, name: s.claim.Source.Name, mention: s.claim.Source.Text})
		}
	}
	for _, s := range stmts {
		if s.f.lied.name != "" {
			s.f.lied = resolveLiar(ds, cs, map[string]bool{s.src.person: true, s.src.principal: true}, s.f.lied)
		}
	}
}

// ownPart returns the part of sentence sent that claim cl speaks in: the sentence up to the
// next statement or denial that starts after cl's source, cue and content (starts holds
// where the document's statements and its denials' cues start, sorted). In "“10 fighters were
// caught,” Hunter claims, but DHS has called his statements “false”" the falsity is DHS's,
// not Hunter's; in "Bennett pointed to Carson's comments and dismissed criticism from ..."
// the dismissal is the second statement's, not the first's. A statement of cl's speaker that
// is no denial, or a denial of "it", goes on with cl: in "rejected Egypt's claim, calling it
// baseless" the rejection calls the claim baseless. A statement told inside another's content ends with that
// content: in "rejected Egypt's claim that the filling violated the declaration, calling it
// baseless" the falsity is the rejecter's, not Egypt's (all holds the spans of the document's
// contents).
func ownPart(sent claims.Span, cl claims.Claim, starts []int, all contentSpans) claims.Span {
	own := max(cl.Cue.End, cl.Content.End)
	if cl.Source != nil {
		own = max(own, cl.Source.End)
	}
	if i := sort.SearchInts(starts, own); i < len(starts) && starts[i] < sent.End {
		sent.End = starts[i]
	}
	for _, o := range all.around(cl.Cue.Span) {
		if o.Start <= cl.Cue.Start && cl.Cue.End <= o.End && o != cl.Content.Span && own <= o.End && o.End < sent.End {
			sent.End = o.End
		}
	}
	return sent
}

// contentSpans are the spans of a document's contents, sorted by start, so that the
// contents around a cue are found without a walk over all of them.
type contentSpans struct {
	spans  []claims.Span
	maxLen int // the longest span's length
}

func newContentSpans(cs []claims.Claim) contentSpans {
	all := contentSpans{spans: make([]claims.Span, 0, len(cs))}
	for _, cl := range cs {
		all.spans = append(all.spans, cl.Content.Span)
		all.maxLen = max(all.maxLen, cl.Content.Len())
	}
	slices.SortFunc(all.spans, func(a, b claims.Span) int { return a.Start - b.Start })
	return all
}

// around returns the spans that may hold span c: those that start where c starts or
// before, but no further back than the longest span from c's end.
func (all contentSpans) around(c claims.Span) []claims.Span {
	lo := sort.Search(len(all.spans), func(i int) bool { return all.spans[i].Start >= c.End-all.maxLen })
	hi := sort.Search(len(all.spans), func(i int) bool { return all.spans[i].Start > c.Start })
	if hi < lo {
		return nil
	}
	return all.spans[lo:hi]
}

// backReference reports whether a content opens with a pronoun for what was said before:
// "calling it baseless" goes on with the rejection before it.
func backReference(content string) bool {
	w, _, _ := strings.Cut(content, " ")
	return lowered(backPronouns, w)
}

var backPronouns = setOf(strings.Fields("it them this that these those they"))

// statementStart returns where a statement starts: its source, or its cue when that comes
// first or there is no source.
func statementStart(cl claims.Claim) int {
	if cl.Source != nil {
		return min(cl.Cue.Start, cl.Source.Start)
	}
	return cl.Cue.Start
}

// sentenceOf returns the span of the sentence holding the claim's cue, widened to cover the
// content: the first of sents that starts at the cue or before and ends after the cue's
// start or at its end or after. sents are in order and apart, as [claims.Sentences] gives
// them, so that a binary search finds it: the first that ends late enough, when it starts
// early enough.
func sentenceOf(sents []claims.Span, cl claims.Claim) claims.Span {
	sp := cl.Content.Span
	end := min(cl.Cue.Start+1, cl.Cue.End) // ends after the start or at the end
	if k := sort.Search(len(sents), func(k int) bool { return sents[k].End >= end }); k < len(sents) && sents[k].Start <= cl.Cue.Start {
		sp = sents[k]
	}
	if cl.Content.Start < sp.Start {
		sp.Start = cl.Content.Start
	}
	if cl.Content.End > sp.End {
		sp.End = cl.Content.End
	}
	return sp
}

// Statements returns every claim of the corpus with its actor and side, in corpus order: by
// document as added, then by offset.
func (c *Corpus) Statements() []Statement {
	a := c.analyze()
	out := make([]Statement, len(a.stmts))
	for i, s := range a.stmts {
		out[a.shown[i]] = s.statement()
	}
	return out
}

func (s *stmt) statement() Statement {
	return Statement{Claim: s.claim, Actor: s.actor, Side: s.side}
}

// Actors returns the corpus's actors sorted by name.
func (c *Corpus) Actors() []Actor {
	a := c.analyze()
	byName := map[string]*Actor{}
	sides := map[string]map[string]int{}
	var names []string
	for _, s := range a.stmts {
		if s.actor == "" {
			continue
		}
		ac, ok := byName[s.actor]
		if !ok {
			ac = &Actor{Name: s.actor}
			byName[s.actor] = ac
			sides[s.actor] = map[string]int{}
			names = append(names, s.actor)
		}
		if n := s.claim.Speaker(); n != "" && !contains(ac.Names, n) {
			ac.Names = append(ac.Names, n)
		}
		if s.side != "" {
			sides[s.actor][s.side]++
		}
	}
	sort.Strings(names)
	out := make([]Actor, len(names))
	for i, n := range names {
		ac := byName[n]
		sort.Strings(ac.Names)
		if ss := sortedByCount(sides[n]); len(ss) > 0 {
			ac.Side = ss[0]
		}
		out[i] = *ac
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// Events returns the events of the corpus: groups of at least one statement, in order of
// their first statement.
func (c *Corpus) Events() []Event {
	a := c.analyze()
	out := make([]Event, len(a.events))
	for i, e := range a.byID {
		out[i] = a.event(e)
	}
	return out
}

// CompareOptions chooses what [Corpus.Compare] lines up.
type CompareOptions struct {
	// Event selects the event whose label or terms best match these words; "" picks the
	// event with the most statements from two sides.
	Event string
	// Sides names the left and right sides; empty picks the event's two largest sides.
	Sides []string
}

func sortedByCount(n map[string]int) []string {
	out := make([]string, 0, len(n))
	for k := range n {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// surfaceOf returns a term as written in a text.
func (c *Corpus) surfaceOf(t string) string {
	if s, ok := c.surf[t]; ok {
		return s.v
	}
	return strings.TrimPrefix(t, "=")
}

// userSide returns the user's side for an actor whose canonical or written name holds one of
// the user's aliases, or "".
func (c *Corpus) userSide(names ...string) string {
	for _, n := range names {
		if n == "" {
			continue
		}
		for _, m := range c.user.find(tokenize(n, 0)) {
			return m.side
		}
	}
	return ""
}

// noComment reports whether a claim only says that its speaker would not speak: "declined to
// comment", "did not respond to a request for comment", "did not return messages seeking
// comment", "has not commented on the reports". It tells nothing of the event, and no side's
// account is in it.
func noComment(cl claims.Claim) bool {
	c := strings.ToLower(strings.TrimRight(strings.TrimSpace(cl.Content.Text), ".,"))
	cue := strings.ToLower(cl.Cue.Text)
	if negatedComment(cue) {
		return true
	}
	if c == "to comment" || strings.HasPrefix(c, "to comment on") || strings.HasPrefix(c, "to comment further") {
		return strings.Contains(cue, "declin") || strings.Contains(cue, "refus") || strings.Contains(cue, "would not") || strings.Contains(cue, "did not")
	}
	for _, p := range []string{"a request for comment", "requests for comment", "a request seeking comment", "a message seeking comment", "messages seeking comment", "a call seeking comment", "calls seeking comment", "an email seeking comment", "emails seeking comment", "a message for comment", "messages for comment", "a call for comment", "calls for comment", "an email for comment", "a request to comment", "requests to comment"} {
		if c == p {
			return true
		}
		if rest, ok := strings.CutPrefix(c, p+" "); ok {
			next, _, _ := strings.Cut(rest, " ")
			return commentTail[next] // "a request for comment on Friday", not "... was pending"
		}
	}
	return false
}

// negatedComment reports whether cue is a verb of commenting under a negation: "has not
// commented on", "haven't officially commented on", "are not commenting publicly on"; not
// "has previously commented on".
func negatedComment(cue string) bool {
	words := strings.Fields(cue)
	if !slices.ContainsFunc(words, func(w string) bool { return strings.HasPrefix(w, "comment") }) {
		return false
	}
	return slices.ContainsFunc(words, func(w string) bool {
		return w == "not" || w == "never" || strings.HasSuffix(w, "n't") || strings.HasSuffix(w, "n’t")
	})
}

// commentTail are the words that may follow "a request for comment" in the same refusal: its
// subject, time or channel.
var commentTail = setOf(strings.Fields(`on about from by regarding over sent left made at after
before late early outside via through monday tuesday wednesday thursday friday saturday sunday
today yesterday`))
