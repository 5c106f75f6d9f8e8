package compare

import (
	"math"
	"slices"
	"strings"
)

// linkAnswers joins each rejection of a named account to that account's statements of the
// same story in another document, told in other words: "Peskov dismissed Kyiv's account"
// answers "A Russian missile struck a nine-storey apartment block in ... Dnipro" in a Kyiv
// article, though the two share no word; "Boeing disputed the Federal Aviation
// Administration's audit" answers the FAA's "the company had failed 33 of 89 product audits";
// "dismissed the Hindenburg report" answers Hindenburg Research's statements. namedActor
// gives the actor whose account a rejection names by a person's or body's name.
//
// The account is a statement of the side named (or of the actor named) that neither rejects
// nor demands, in a document telling the same story (sameStory: the strike stories of
// compare/testdata score 0.36, the Boeing ones 0.21, a Kremlin rejection of Kyiv's grain
// figures against the strike story 0.07) dated close: the one most like the rejection, or,
// when none shares its words, the one most like the rejection's document (for a side's
// account only in a document as close as closeStorySim). One link a rejection: it answers
// one account and does not chain stories. The rejecter's statements of its document that
// are like the account's (its version: "the building had been hit by a Ukrainian missile")
// join too.
//
// Rejections that name no account ("denied that its forces had attacked a residential
// building") are not linked so: on FNC-1's train side, linking each to the most similar
// statement of another side in a same-story document took the events' statement pairs from
// one story from 88.6% to 88.0%, and the bare rejections among them made 17 contested items
// on the FNC-1 bodies, nearly all wrong.
func (a *analysis) linkAnswers(postings map[string][]int, namedActor func(i int) string, join func(i, j int)) {
	cands := &storyDocs{seen: map[int]int{}, terms: map[string]bool{}, inTerm: map[int]bool{}}
	for i, s := range a.stmts {
		if !s.f.rejects() || s.claim.Source == nil {
			continue
		}
		// The account is a side's ("Kyiv's account") or a speaker's ("the Hindenburg report":
		// Hindenburg Research's statements, wherever it has a side or none).
		named := ""
		switch {
		case s.f.target != "":
			if s.side == "" {
				continue
			}
		case s.f.targetP != "":
			if named = namedActor(i); named == "" || named == s.actor {
				continue
			}
		default:
			continue
		}
		accounts := func(o *stmt) bool {
			if named != "" {
				return o.actor == named
			}
			return o.side == s.f.target && o.side != s.side
		}
		best, bestSim := -1, 0.0 // by similarity to the rejection
		bestDoc, bestDocSim := -1, 0.0
		medium := -1 // the first account given in the medium the rejection names
		noun := mediumNoun(s.f.ref)
		for _, d := range cands.of(a, postings, s.doc) {
			if !a.sameStory(s.doc, d) {
				continue
			}
			for _, j := range a.byDoc[d] {
				o := a.stmts[j]
				if !accounts(o) || o.f.rejects() || directive(o) || far(s.claim.Date, o.claim.Date) {
					continue
				}
				// Two shared words: one is often the side's own name ("the ISIS claim"
				// against "ISIS promotes the use of scorpion bombs", another story; with one,
				// FNC-1's train-side events went from 88.6% of statement pairs from one
				// story to 88.2%).
				if x := a.sim(i, j); x >= refSim && x > bestSim && a.shared(i, j, nil) >= 2 {
					best, bestSim = j, x
				}
				if medium < 0 && noun != "" && named != "" && o.medium == noun {
					medium = j // "said in a report", answered by "the Hindenburg report"
				}
				if named != "" || a.docSim(s.doc, d) >= closeStorySim {
					if x := a.stmtDocSim(j, s.doc); x > bestDocSim {
						bestDoc, bestDocSim = j, x
					}
				}
			}
		}
		if medium >= 0 {
			best = medium
		}
		if best < 0 {
			best = bestDoc
		}
		if best < 0 {
			continue
		}
		join(i, best)
		// The rejecter gives its own version of the story in its document ("the building
		// had been hit by a Ukrainian missile and 3 people had been killed"): its statements
		// there (its side's, or its own when it has none) that are like the account join it.
		for _, k := range a.byDoc[s.doc] {
			if k == i || s.side != "" && a.stmts[k].side != s.side || s.side == "" && a.stmts[k].actor != s.actor {
				continue
			}
			for _, j := range a.byDoc[a.stmts[best].doc] {
				if (named != "" || a.stmts[j].side == a.stmts[best].side) && accounts(a.stmts[j]) && a.sim(k, j) >= versionSim {
					join(k, j)
					break
				}
			}
		}
	}
}

// storyDocs finds the documents that may tell the story of a given one: those that share two
// rare terms with its statements (one telling the same story shares many more). Its maps are
// reused from call to call.
type storyDocs struct {
	docs   []int
	of1    int // the document docs are of, when found is set: asked again, they stand
	found  bool
	seen   map[int]int     // rare terms a document shares with the given one
	terms  map[string]bool // ... each counted once
	inTerm map[int]bool
}

// of returns the candidate documents of doc, sorted, valid until the next call for another
// document (postings are the same at each call).
func (c *storyDocs) of(a *analysis, postings map[string][]int, doc int) []int {
	if c.found && c.of1 == doc {
		return c.docs // a long document's rejections, one after the other
	}
	c.of1, c.found = doc, true
	c.docs = c.docs[:0]
	clear(c.seen)
	clear(c.terms)
	for _, k := range a.byDoc[doc] {
		for _, t := range a.stmts[k].terms {
			p := postings[t.term]
			if len(p) > maxPostings || strings.HasPrefix(t.term, "@") || c.terms[t.term] {
				continue
			}
			c.terms[t.term] = true
			clear(c.inTerm)
			for _, j := range p {
				if d := a.stmts[j].doc; d != doc && !c.inTerm[d] {
					c.inTerm[d] = true
					if c.seen[d]++; c.seen[d] == 2 {
						c.docs = append(c.docs, d)
					}
				}
			}
		}
	}
	slices.Sort(c.docs)
	return c.docs
}

// versionSim is the least similarity of a statement of a rejecter's side to one of the
// side it rejects, in the two documents a rejection links, for it to join as its version.
const versionSim = 0.15

// closeStorySim is the least similarity of two documents (docSim) for a rejection in one to
// answer a statement of the other that shares none of its words: two reports of one event
// (the strike stories of compare/testdata score 0.36, the Manila and Beijing stories of one
// clash at sea 0.28), not two stories of one conflict (the strike and grain stories, 0.07).
const closeStorySim = 0.25

// stmtDocSim is the cosine of statement j's term vector and document doc's (docVec): how
// much of the story as doc tells it the statement says.
func (a *analysis) stmtDocSim(j, doc int) float64 {
	v, nv := a.docVec(doc)
	if nv == 0 || a.norm[j] == 0 {
		return 0
	}
	dot := 0.0
	x := a.numbered[j]
	eachSharedNum(x, v, func(p, q int) { dot += x[p].w * a.numIdf[x[p].id] * v[q].w })
	if math.IsNaN(dot) {
		return 0
	}
	return dot / (a.norm[j] * nv)
}

// mediumNouns are the media a speaker's account comes in, which a rejection names ("the
// Hindenburg report") and a statement's cue holds ("said in a report").
var mediumNouns = setOf(strings.Fields("report statement tweet letter post study memo filing interview"))

// mediumNoun returns the medium a rejection's reference to an account ends with, "report"
// of "the Hindenburg report"; "" when it names none.
func mediumNoun(ref string) string {
	w := strings.Fields(strings.ToLower(ref))
	if len(w) == 0 || !mediumNouns[w[len(w)-1]] {
		return ""
	}
	return w[len(w)-1]
}
