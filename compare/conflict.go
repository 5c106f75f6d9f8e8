package compare

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdiff/claims"
)

// Confidences of the conflict rules: explicit rejections of a named account first.
const (
	confExplicitNamed = 0.9  // rejects and names the account: "rejected the US State Department's version"
	confExplicitOne   = 0.8  // names the account, and either a rejecting cue or a word of falsity
	confExplicitBare  = 0.6  // calls something false in an event with one other side
	confNumber        = 0.75 // different numbers next to the same words
	confPolarity      = 0.7  // same words, one side negated
	confDate          = 0.6  // same words, different dates
	confActor         = 0.6  // same deed, different doers
	stanceBoost       = 0.1  // added when the stance judgement reads both statements as refuting each other
	confRestriction   = 0.55 // "limited to" against words the restriction leaves out
	confDoubt         = 0.55 // "unlikely", "sceptical" against a firm assertion of the same words

	implicitSim = 0.2  // statements less similar than this are not judged against each other
	numberSim   = 0.12 // ... but for numbers next to two of the same words
	maxAnswered = 5    // statements of the other side a rejection is shown against
	answerSim   = 0.2  // ... and, in a comparison's rows, any other that says as much as this
	restrictSim = 0.15 // ... for a restriction, which is a weaker sign
	stanceProb  = 0.8  // the stance judgement's mean confidence, both ways, to overrule or back a rule
)

// conflict is one collision found between two sides of an event.
type conflict struct {
	typ         ConflictType
	conf        float64
	from, to    string // the side that rejects or differs, and the side it answers
	trigger     string
	explanation string
	stmts       []int // the statements that collide
}

// Contested returns the contested events of the corpus: for each event and pair of sides
// whose statements collide, the strongest conflict found, with each side's statements on the
// event. Items are sorted by confidence, then by event.
func (c *Corpus) Contested() []Contested {
	a := c.analyze()
	var out []Contested
	for e := range a.events {
		out = append(out, a.contested(e)...)
	}
	// Items merge in the order of the analysis, which does not depend on the order the
	// documents were added in, and are shown in that order.
	byConf := func(by func(id int) int) func(x, y Contested) int {
		return func(x, y Contested) int {
			return cmp.Or(cmp.Compare(y.Confidence, x.Confidence), by(x.Event.ID)-by(y.Event.ID))
		}
	}
	slices.SortStableFunc(out, byConf(func(id int) int { return a.byID[id-1] }))
	docIndex := make(map[string]int, len(c.docs))
	for i, d := range c.docs {
		if k, ok := docIndex[d]; !ok || c.added[i] < k {
			docIndex[d] = c.added[i]
		}
	}
	out = mergeContested(out, docIndex)
	slices.SortStableFunc(out, byConf(func(id int) int { return id }))
	return out
}

// mergeContested folds each contested item into an earlier one (a stronger one, as items come
// sorted) between the same two sides on the same story: events that share a document, or two
// of their first eight salient terms, or one of all of them when a side is a person standing
// for himself, or rejections of one such person's account by one side; an item answering
// the account an earlier explicit rejection answers joins it as a further side (see
// [answeringSide]). Grouping cuts one
// dispute into several events when the articles word it differently ("Duncan Hunter" against
// the Department of Homeland Security in articles on terrorists at the border and in one on
// "Hunter's claim"); a reader wants it once, with all the statements. The earlier item keeps its event, conflict and explanation, and gains the
// other's statements and actors on each side, and its explanation when the conflict's type
// differs.
func mergeContested(items []Contested, docIndex map[string]int) []Contested {
	top := func(terms []string) []string { return terms[:min(len(terms), 8)] }
	var out []Contested
	docs := make([]map[string]bool, 0, len(items))
	for _, it := range items {
		d := itemDocs(&it)
		merged := false
		for k := range out {
			if !sameSides(&out[k], &it) {
				continue
			}
			x, y := out[k].Event.Terms, it.Event.Terms
			if sharesKey(docs[k], d) || sharedTerms(top(x), top(y)) >= 2 || personSide(&it) && sharedTerms(x, y) >= 1 ||
				rejectsSamePerson(&out[k], &it) {
				foldInto(&out[k], &it, docIndex)
				for doc := range d {
					docs[k][doc] = true
				}
				merged = true
				break
			}
		}
		for k := 0; k < len(out) && !merged; k++ {
			if j := answeringSide(&out[k], &it); j >= 0 {
				joinAnswer(&out[k], &it, j, docIndex)
				merged = true
			}
		}
		if !merged {
			out = append(out, it)
			docs = append(docs, d)
		}
	}
	tellApart(out)
	return out
}

// tellApart adds to the label of an item that an earlier item's label already is the sides
// the earlier one lacks, in brackets: "Border Patrol agents (Judicial Watch)" after Duncan
// Hunter against the United States on "Border Patrol agents".
func tellApart(items []Contested) {
	first := map[string]int{}
	for i := range items {
		l := items[i].Event.Label
		k, ok := first[l]
		if !ok {
			first[l] = i
			continue
		}
		var extra []string
		for _, s := range items[i].Sides {
			if !slices.ContainsFunc(items[k].Sides, func(t SideClaims) bool { return t.Side == s.Side }) {
				extra = append(extra, s.Side)
			}
		}
		if len(extra) > 0 {
			items[i].Event.Label = l + " (" + strings.Join(extra, ", ") + ")"
		}
	}
}

// answeringSide returns the index of the side of explicit rejection y that answers the
// account x's explicit rejection answers (x's first side), when that side is new to x, or -1.
// Either y sets that account, statements of the same event that x holds, against another
// side (a friend and a think tank's researcher each calling the same rumour untrue; the coast
// guard whose account a rights group disputes denying the survivors'); or y is another side's
// rejection of a person standing for himself whose statements it shares with x's (the
// golfer's agent and the PGA Tour each denying Dan Olsen's account, grouped into two events).
func answeringSide(x, y *Contested) int {
	if x.Type != ExplicitRejection || len(y.Sides) != 2 {
		return -1
	}
	acc := x.Sides[0]
	for i, s := range y.Sides {
		o := y.Sides[1-i]
		if s.Side != acc.Side || slices.ContainsFunc(x.Sides, func(t SideClaims) bool { return t.Side == o.Side }) {
			continue
		}
		if y.Type != ExplicitRejection {
			continue // a difference in numbers or polarity stays an item of its own
		}
		if x.Event.ID == y.Event.ID && subsetOf(s.Claims, acc.Claims) {
			return 1 - i
		}
		if i == 0 && len(acc.Actors) == 1 && acc.Actors[0] == acc.Side && sharesClaim(acc.Claims, s.Claims) {
			return 1
		}
	}
	return -1
}

// subsetOf reports whether every claim of x is one of y's.
func subsetOf(x, y []claims.Claim) bool {
	return !slices.ContainsFunc(x, func(a claims.Claim) bool {
		return !slices.ContainsFunc(y, func(b claims.Claim) bool { return sameClaim(a, b) })
	})
}

// sharesClaim reports whether two lists of claims hold one statement in common.
func sharesClaim(x, y []claims.Claim) bool {
	return slices.ContainsFunc(x, func(a claims.Claim) bool {
		return slices.ContainsFunc(y, func(b claims.Claim) bool { return sameClaim(a, b) })
	})
}

// sameClaim reports whether two claims are one statement of one document.
func sameClaim(a, b claims.Claim) bool {
	return a.Doc == b.Doc && a.Cue.Span == b.Cue.Span && a.Content.Span == b.Content.Span
}

// joinAnswer adds side k of item from to into, after its own sides, with its explanation;
// the statements of the account it answers join into's first side.
func joinAnswer(into, from *Contested, k int, docIndex map[string]int) {
	foldInto(into, &Contested{Type: into.Type, Sides: []SideClaims{from.Sides[1-k]}}, docIndex)
	into.Explanation += "; " + from.Explanation
	into.Sides = append(into.Sides, from.Sides[k])
}

// personSide reports whether one of the item's sides is a person standing for himself
// ("Duncan Hunter" against the United States): between the same person and the same side,
// one salient term in common is enough to be one dispute.
func personSide(c *Contested) bool {
	for _, s := range c.Sides {
		if len(s.Actors) == 1 && s.Actors[0] == s.Side {
			return true
		}
	}
	return false
}

// rejectsSamePerson reports whether both items are one side's rejections of the account of
// one person standing for himself: DHS calling "Hunter's claim" false in one article and his
// terrorists at the border false in others is one dispute, however differently worded.
func rejectsSamePerson(x, y *Contested) bool {
	if x.Type != ExplicitRejection || y.Type != ExplicitRejection || len(x.Sides) != 2 || len(y.Sides) != 2 {
		return false
	}
	t := x.Sides[0] // the side whose account is rejected comes first
	return t.Side == y.Sides[0].Side && x.Sides[1].Side == y.Sides[1].Side &&
		len(t.Actors) == 1 && t.Actors[0] == t.Side
}

// itemDocs returns the documents of an item's statements.
func itemDocs(c *Contested) map[string]bool {
	d := map[string]bool{}
	for _, s := range c.Sides {
		for _, cl := range s.Claims {
			d[cl.Doc] = true
		}
	}
	return d
}

// sameSides reports whether two items set the same two sides against each other.
func sameSides(x, y *Contested) bool {
	if len(x.Sides) != 2 || len(y.Sides) != 2 {
		return false
	}
	a, b := x.Sides[0].Side, x.Sides[1].Side
	c, d := y.Sides[0].Side, y.Sides[1].Side
	return a == c && b == d || a == d && b == c
}

// sharesKey reports whether two sets have a key in common.
func sharesKey(x, y map[string]bool) bool {
	for k := range y {
		if x[k] {
			return true
		}
	}
	return false
}

// sharedTerms counts the terms of x that y holds too.
func sharedTerms(x, y []string) int {
	shared := 0
	for _, t := range x {
		if slices.Contains(y, t) {
			shared++
		}
	}
	return shared
}

// sameGist reports whether two explanations say the same but for the words in their last
// brackets: `CDC says "no evidence" of what Florida asserts (vaccine deaths)` and `... (deaths
// vaccination)`.
func sameGist(x, y string) bool {
	cut := func(s string) string {
		if k := strings.LastIndex(s, " ("); k > 0 {
			return s[:k]
		}
		return s
	}
	return cut(x) == cut(y)
}

// foldInto adds the statements of item from to the same sides of into, skipping those it
// holds already and keeping each side's statements in corpus order: by document as added
// (docIndex), then by offset.
func foldInto(into, from *Contested, docIndex map[string]int) {
	if from.Type != into.Type && !strings.Contains(into.Explanation, from.Explanation) {
		into.Explanation += "; " + from.Explanation
	}
	for _, fs := range from.Sides {
		for k := range into.Sides {
			is := &into.Sides[k]
			if is.Side != fs.Side {
				continue
			}
			type key struct {
				doc        string
				cue, about claims.Span
			}
			have := make(map[key]bool, len(is.Claims))
			for _, o := range is.Claims {
				have[key{o.Doc, o.Cue.Span, o.Content.Span}] = true
			}
			for _, cl := range fs.Claims {
				if k := (key{cl.Doc, cl.Cue.Span, cl.Content.Span}); !have[k] {
					have[k] = true
					is.Claims = append(is.Claims, cl)
				}
			}
			sort.SliceStable(is.Claims, func(i, j int) bool {
				a, b := &is.Claims[i], &is.Claims[j]
				if a.Doc != b.Doc {
					return docIndex[a.Doc] < docIndex[b.Doc]
				}
				return a.Content.Start < b.Content.Start
			})
			for _, ac := range fs.Actors {
				if !contains(is.Actors, ac) {
					is.Actors = append(is.Actors, ac)
				}
			}
		}
	}
}

// sidesIn returns the side of each statement of event e. Two rules add to the actors' own
// sides. A rejection that names an actor's account ("Khan's claims", "the embassy's
// version") makes a side of each party that has none: the named actor and the rejecting
// speaker stand for themselves. And unsourced statements of a document in which a statement
// of the event rejects a side's account by name ("reportedly discussed ..." before "rejected
// the US State Department's version") are taken as that account.
func (a *analysis) sidesIn(e int) map[int]string {
	side := map[int]string{}
	for _, i := range a.events[e] {
		if s := a.stmts[i]; s.side != "" {
			side[i] = s.side
		}
	}
	// Rejecters without a side of the same named actor or side form one side: the rejecter's
	// name when there is one, "critics of X" when there are several.
	var nameds []string
	critics := map[string][]int{}
	for _, i := range a.events[e] {
		s := a.stmts[i]
		if !s.f.rejects() || s.claim.Source == nil {
			continue
		}
		if s.f.target != "" {
			// A side named by its own name ("Isis's supporters launched a rumour ... which
			// is not true"): a rejecter without a side stands against it.
			if side[i] == "" && s.actor != "" && s.actor != s.f.target {
				if _, ok := critics[s.f.target]; !ok {
					nameds = append(nameds, s.f.target)
				}
				critics[s.f.target] = append(critics[s.f.target], i)
			}
			continue
		}
		if s.f.targetP == "" {
			continue
		}
		named := a.namedActor(e, i)
		if named == "" || named == s.actor {
			continue
		}
		// "Mr. Trump's campaign chairman" speaks for Trump, not against him.
		if sp := strings.ToLower(strings.ReplaceAll(s.claim.Speaker(), "’", "'")); strings.Contains(sp, strings.ToLower(s.f.targetP)+"'s") || s.principal == named {
			continue
		}
		owner := ownerName(named, s.f.targetP)
		if p := a.principalNamed(e, named, s.f.targetP); p != "" {
			owner = p // "Sanders' accusations" by "the Sanders campaign": Bernie Sanders's
		}
		for _, j := range a.events[e] {
			if o := a.stmts[j]; (o.actor == named || o.principal == named) && side[j] == "" {
				side[j] = owner // with those who speak for him: "Hunter spokesman Joe Kasper"
			}
		}
		if side[i] == "" && s.actor != "" {
			if _, ok := critics[named]; !ok {
				nameds = append(nameds, named)
			}
			critics[named] = append(critics[named], i)
		}
	}
	for _, named := range nameds {
		is := critics[named]
		name := a.criticsName(named, is)
		// With all they say on the event; one who speaks for a person stands on that
		// person's side: "Woods' agent Mark Steinberg" for Tiger Woods.
		for _, i := range is {
			n := name
			if p := a.stmts[i].principal; p != "" && p != named {
				n = p
			}
			for _, j := range a.events[e] {
				if a.stmts[j].actor == a.stmts[i].actor && side[j] == "" {
					side[j] = n
				}
			}
		}
	}
	for _, i := range a.events[e] {
		s := a.stmts[i]
		t := a.targetSide(e, i, side)
		if t == "" || t == side[i] || !s.f.rejects() || s.liarSet {
			// (A person said to have lied gives no account in the article's own words.)
			continue
		}
		for _, j := range a.events[e] {
			o := a.stmts[j]
			if o.doc == s.doc && o.claim.Source == nil && j < i && !a.opensOnOther(o, t, side) {
				if _, ok := side[j]; !ok {
					side[j] = t
				}
			}
		}
	}
	return side
}

// principalNamed returns the person that the named actor's statements of event e speak for,
// when the words of the rejection's owner name him ("Sanders' accusations" of "the Sanders
// campaign", which speaks for Bernie Sanders); "" when there is none.
func (a *analysis) principalNamed(e int, named, owner string) string {
	w := strings.ToLower(owner)
	for _, j := range a.events[e] {
		if o := a.stmts[j]; o.actor == named && o.principal != "" && containsWords(strings.ToLower(o.principal), w) {
			return o.principal
		}
	}
	return ""
}

// opensOnOther reports whether an unsourced statement opens on the surname of an actor of
// its document who is not of side t ("Curiel seemed unconvinced" before the judge's order
// rejects Trump's assertion): the narrator speaks of that actor, not in t's account. side
// gives the sides of the event's statements, the actors' own sides the others'.
func (a *analysis) opensOnOther(o *stmt, t string, side map[int]string) bool {
	first, _, _ := strings.Cut(strings.TrimLeft(o.claim.Content.Text, "\"“'‘ "), " ")
	if !capitalized(first) {
		return false
	}
	for _, j := range a.surnamed(o.doc)[first] {
		p := a.stmts[j]
		sd, ok := side[j]
		if !ok {
			sd = p.side
		}
		if sd != t && p.actor != t {
			return true
		}
	}
	return false
}

// surnamed returns the statements of a document whose speaker is a person, an actor, by
// the actor's surname (the last word of his name), built once a document.
func (a *analysis) surnamed(doc int) map[string][]int {
	if by, ok := a.bySurname[doc]; ok {
		return by
	}
	by := map[string][]int{}
	for _, j := range a.byDoc[doc] {
		if p := a.stmts[j]; p.actor != "" && p.src.person != "" {
			w := lastWord(p.actor)
			by[w] = append(by[w], j)
		}
	}
	if a.bySurname == nil {
		a.bySurname = map[int]map[string][]int{}
	}
	a.bySurname[doc] = by
	return by
}

// criticsName returns the name of the side of the rejecters is of the named actor's account
// who speak for no other person: the rejecter's name when they are one actor, "critics of
// X" when they are several.
func (a *analysis) criticsName(named string, is []int) string {
	name := ""
	for _, i := range is {
		s := a.stmts[i]
		if s.principal != "" && s.principal != named {
			continue
		}
		if name == "" {
			name = s.actor
		} else if s.actor != name {
			return "critics of " + described(named)
		}
	}
	return name
}

// ownerName returns the name a side takes from the actor a rejection names: the actor's
// name, or, for a record a body reviewed or issued ("financial disclosure filings reviewed
// by The New York Times", named by "the Times report"), the body's name in it: "New York
// Times".
func ownerName(actor, named string) string {
	words := strings.Fields(actor)
	last := strings.Fields(named)
	if len(words) <= 4 || len(last) == 0 {
		return actor
	}
	target := strings.ToLower(last[len(last)-1])
	for k := len(words) - 1; k > 0; k-- {
		w := strings.TrimRight(strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(words[k], ".,"), "'s"), "’s"), "'’")
		if strings.ToLower(w) != target {
			continue // "Times", "Times'", "Times's", "Times." all name the Times
		}
		// The capitalised run that holds it, after "by", "of" or "from".
		a := k
		for a > 0 && capitalized(words[a-1]) {
			a--
		}
		p := a - 1
		if p > 0 && words[p] == "the" {
			p-- // "issued by the Congressional Budget Office"
		}
		if a == 0 || !slices.Contains([]string{"by", "of", "from"}, strings.ToLower(words[p])) {
			return actor
		}
		if strings.EqualFold(words[a], "the") && a < k {
			a++
		}
		return strings.Join(words[a:k+1], " ")
	}
	return actor
}

// namedActor returns the actor of event e whose account statement i names ("Khan's claims"
// names Imran Khan): one of i's document first.
func (a *analysis) namedActor(e, i int) string {
	s := a.stmts[i]
	w := strings.ToLower(s.f.targetP)
	found := ""
	for _, j := range a.events[e] {
		o := a.stmts[j]
		if j == i || o.actor == "" || !containsWords(strings.ToLower(o.actor), w) {
			continue
		}
		if o.doc == s.doc {
			return o.actor
		}
		if found == "" {
			found = o.actor
		}
	}
	if found == "" {
		// "a Bloomberg News report": Bloomberg's statements.
		if short := bodyWithoutHead(s.f.targetP); short != "" {
			for _, j := range a.events[e] {
				if o := a.stmts[j]; j != i && strings.EqualFold(o.actor, short) {
					return o.actor
				}
			}
		}
	}
	if found == "" {
		// "the agency's analysis": the body the description stands for, if in the event.
		if d := a.describedActor(s); d != "" && slices.ContainsFunc(a.events[e], func(j int) bool { return a.stmts[j].actor == d }) {
			found = d
		}
	}
	return found
}

// targetSide returns the side whose account statement i of event e names: a side by name
// ("the US State Department's version") or the side of the actor named ("Khan's claims"),
// as side gives the sides of the event's statements.
func (a *analysis) targetSide(e, i int, side map[int]string) string {
	s := a.stmts[i]
	if s.f.target != "" {
		return s.f.target
	}
	if s.f.targetP == "" {
		return ""
	}
	named := a.namedActor(e, i)
	if named == "" {
		return ""
	}
	for _, j := range a.events[e] {
		if a.stmts[j].actor == named && side[j] != "" {
			return side[j]
		}
	}
	return ""
}

func (a *analysis) contested(e int) []Contested {
	idx := a.events[e]
	if len(idx) < 2 {
		return nil
	}
	side := a.sidesIn(e)
	present := map[string]bool{}
	for _, s := range side {
		present[s] = true
	}
	if len(present) < 2 {
		return nil
	}
	var found []conflict
	for _, i := range idx {
		if k, ok := a.explicit(e, i, side, present); ok {
			found = append(found, k)
		}
	}
	found = append(found, a.implicitPairs(idx, side)...)
	if len(found) == 0 {
		return nil
	}
	// The strongest conflict for each pair of sides.
	best := map[[2]string]*conflict{}
	var pairs [][2]string
	for k := range found {
		f := &found[k]
		key := [2]string{f.from, f.to}
		if key[0] > key[1] {
			key[0], key[1] = key[1], key[0]
		}
		b, ok := best[key]
		if !ok {
			pairs = append(pairs, key)
		}
		if !ok || f.conf > b.conf {
			best[key] = f
		}
	}
	ev := a.event(e)
	pd := a.newPairDots(idx) // the event's postings, for involved
	defer pd.release()
	var out []Contested
	for _, key := range pairs {
		f := best[key]
		// Other conflicts between the pair strengthen the explanation, and all of them say
		// which statements collide.
		var also []string
		colliding := map[int]bool{}
		for k := range found {
			g := &found[k]
			if !(g.from == f.from && g.to == f.to || g.from == f.to && g.to == f.from) {
				continue
			}
			for _, i := range g.stmts {
				colliding[i] = true
			}
			if g != f && g.typ != f.typ && !slices.ContainsFunc(also, func(x string) bool { return sameGist(x, g.explanation) }) {
				also = append(also, g.explanation)
			}
		}
		keep := a.involved(pd, colliding)
		expl := f.explanation
		if len(also) > 0 {
			expl += "; " + strings.Join(also, "; ")
		}
		to, from := a.sideClaims(e, f.to, side, keep), a.sideClaims(e, f.from, side, keep)
		if len(to.Claims) == 0 || len(from.Claims) == 0 {
			continue // nothing to show on one side
		}
		out = append(out, Contested{
			Event:       ev,
			Type:        f.typ,
			Confidence:  f.conf,
			Explanation: expl,
			Trigger:     f.trigger,
			Sides:       []SideClaims{to, from},
		})
	}
	return out
}

// implicitPairs returns the implicit conflicts ([analysis.implicit]) of each pair of the
// statements idx of an event that are of two sides, in order. The sides are numbered first:
// a large event has millions of pairs. Most pairs are too far apart for any
// rule: their similarity is read off dot products summed through the event's postings
// ([pairDots]), and only a pair similar enough, or with a doubt, is judged.
func (a *analysis) implicitPairs(idx []int, side map[int]string) []conflict {
	sides := sideNumbers(idx, side)
	pd := a.newPairDots(idx)
	defer pd.release()
	var found []conflict
	for p, i := range idx {
		if sides[p] == 0 {
			continue
		}
		pd.sum(p)
		a.spread(i)
		for q := p + 1; q < len(idx); q++ {
			if sides[q] == 0 || sides[q] == sides[p] {
				continue
			}
			j := idx[q]
			if !a.doubting[i] && !a.doubting[j] && a.simOf(pd.dot(p, q), i, j) < min(implicitSim, restrictSim, numberSim) {
				continue // implicitRules asks for no less (doubtConflict aside)
			}
			if k, ok := a.implicit(i, j, side); ok {
				found = append(found, k)
			}
		}
	}
	return found
}

// sideNumbers returns the sides of the statements idx as numbers, one for each side and 0
// for none: a large event has millions of pairs whose sides are compared.
func sideNumbers(idx []int, side map[int]string) []int32 {
	num := map[string]int32{"": 0}
	out := make([]int32, len(idx))
	for p, i := range idx {
		n, ok := num[side[i]]
		if !ok {
			n = int32(len(num))
			num[side[i]] = n
		}
		out[p] = n
	}
	return out
}

// simOf is [analysis.sim] of statements i and j given the dot product of their weighted
// terms.
func (a *analysis) simOf(dot float64, i, j int) float64 {
	if a.norm[i] == 0 || a.norm[j] == 0 {
		return 0
	}
	return dot / (a.norm[i] * a.norm[j])
}

// pairDots sums the dot products of one statement of an event with the statements after it
// in the event through the postings of their terms, visiting only the terms they share. The
// products of each pair are added in the order of the terms' numbers, as [analysis.sim] adds
// them, so that the sums are the same to the last bit.
type pairDots struct {
	a    *analysis
	idx  []int
	post []posting // the postings; each term's are linked in the order of the event
	// head holds by term number the first of its postings not yet passed (plus one; 0 when
	// none), in a's scratch.
	head []int32
	of   []int32   // by position in the event: the position (plus one) its dot is summed for
	dots []float64 // ... and the sum
	// stamp numbers the calls of sumWith, which marks in of the positions it sums, and
	// touched holds those positions.
	stamp   int32
	touched []int32
}

// posting is a statement of an event holding a term: its position in the event, its weight
// of the term, and the next posting of the term (plus one; 0 when none).
type posting struct {
	q, next int32
	w       float64
}

// newPairDots indexes the terms of the statements idx of an event. One is in use at a time:
// it holds a's scratch until released.
func (a *analysis) newPairDots(idx []int) *pairDots {
	if len(a.postHead) < len(a.numIdf) {
		a.postHead = make([]int32, len(a.numIdf))
	}
	pd := &pairDots{a: a, idx: idx, head: a.postHead, post: a.postings[:0], of: make([]int32, len(idx)), dots: make([]float64, len(idx))}
	for q := len(idx) - 1; q >= 0; q-- {
		for _, t := range a.numbered[idx[q]] {
			pd.post = append(pd.post, posting{int32(q), pd.head[t.id], t.w})
			pd.head[t.id] = int32(len(pd.post))
		}
	}
	return pd
}

// release clears the heads of the event's terms in a's scratch, and gives the room of the
// postings back to a.
func (pd *pairDots) release() {
	pd.a.postings = pd.post[:0]
	for _, i := range pd.idx {
		for _, t := range pd.a.numbered[i] {
			pd.head[t.id] = 0
		}
	}
}

// sum sums the dot products of the statement at position p of the event with those after it.
// It is called for positions in ascending order.
func (pd *pairDots) sum(p int) {
	a := pd.a
	for _, t := range a.numbered[pd.idx[p]] {
		e := pd.head[t.id]
		for e != 0 && int(pd.post[e-1].q) <= p {
			e = pd.post[e-1].next
		}
		pd.head[t.id] = e
		idf := a.numIdf[t.id]
		for ; e != 0; e = pd.post[e-1].next {
			x := &pd.post[e-1]
			if pd.of[x.q] != int32(p+1) {
				pd.of[x.q], pd.dots[x.q] = int32(p+1), 0
			}
			pd.dots[x.q] += t.w * x.w * idf * idf
		}
	}
}

// sumWith sums the dot products of statement i with the statements of the event that share a
// term with it, and returns their positions in the event (in a buffer of pd's, valid until the
// next call). It is not to be called after sum.
func (pd *pairDots) sumWith(i int) []int32 {
	a := pd.a
	pd.stamp++
	pd.touched = pd.touched[:0]
	for _, t := range a.numbered[i] {
		idf := a.numIdf[t.id]
		for e := pd.head[t.id]; e != 0; e = pd.post[e-1].next {
			x := &pd.post[e-1]
			if pd.of[x.q] != pd.stamp {
				pd.of[x.q], pd.dots[x.q] = pd.stamp, 0
				pd.touched = append(pd.touched, x.q)
			}
			pd.dots[x.q] += t.w * x.w * idf * idf
		}
	}
	return pd.touched
}

// dot returns the dot product of the statements at positions p and q of the event, q after
// p, summed by the last call of sum (for p).
func (pd *pairDots) dot(p, q int) float64 {
	if pd.of[q] != int32(p+1) {
		return 0
	}
	return pd.dots[q]
}

// involved returns the statements of an event (indexed in pd) that take part in a collision:
// the colliding statements themselves and the statements as close to one of them as
// statements of one event are. In a large event (a campaign covered by many articles) a
// side's other statements would bury the collision.
func (a *analysis) involved(pd *pairDots, colliding map[int]bool) map[int]bool {
	keep := map[int]bool{}
	for i := range colliding {
		keep[i] = true
	}
	// A large event has many statements to measure against each: only those sharing a term
	// with it are (see [pairDots]).
	idx := pd.idx
	for i := range colliding {
		for _, q := range pd.sumWith(i) {
			if j := idx[q]; !keep[j] && a.simOf(pd.dots[q], i, j) >= linkSim && !headlineCase(a.stmts[j].claim.Content.Text) {
				keep[j] = true
			}
		}
	}
	return keep
}

// headlineCase reports whether a content is written as a headline is, every word
// capitalised, the small words too: "Paul Ryan With Trump’s Blessing" of "Pence Endorses
// Paul Ryan With Trump’s Blessing", a title the extractor read as a statement. It tells the
// headline's gist, not what anyone said: no rejection answers it ([analysis.answered]) and
// an item does not list it beside the statements that collide ([analysis.involved]). Names
// alone ("Paul Ryan") are no headline.
func headlineCase(content string) bool {
	small, words := false, 0
	for w := range strings.FieldsSeq(content) {
		w = strings.TrimLeft(w, "\"'“‘(")
		if w == "" || !unicode.IsLetter([]rune(w)[0]) {
			continue
		}
		if !unicode.IsUpper([]rune(w)[0]) {
			return false
		}
		words++
		small = small || stopwords[strings.ToLower(w)]
	}
	return small && words >= 3
}

// sideClaims returns the statements of one side on event e that keep holds, but one inside
// another ([analysis.outermost]) and a rejection's reason ([analysis.withoutReasons]:
// "calling it baseless" is shown with the rejection).
func (a *analysis) sideClaims(e int, name string, side map[int]string, keep map[int]bool) SideClaims {
	sc := SideClaims{Side: name}
	var ids []int
	for _, i := range a.events[e] {
		if side[i] == name && keep[i] {
			ids = append(ids, i)
		}
	}
	for _, i := range a.inShownOrder(a.withoutReasons(a.outermost(ids))) {
		s := a.stmts[i]
		sc.Claims = append(sc.Claims, s.claim)
		if s.actor != "" && !contains(sc.Actors, s.actor) {
			sc.Actors = append(sc.Actors, s.actor)
		}
	}
	return sc
}

// outermost returns the statements of ids that lie inside no other statement of ids: a
// side's list needs "reportedly discussed the issue" once, not also what Pompeo "discussed".
func (a *analysis) outermost(ids []int) []int {
	out := make([]int, 0, len(ids))
	for _, i := range ids {
		if !slices.ContainsFunc(ids, func(o int) bool { return o != i && Inside(&a.stmts[i].claim, &a.stmts[o].claim) }) {
			out = append(out, i)
		}
	}
	return out
}

// Inside reports whether claim c, its cue and its content, lies inside the content of claim
// o of the same document: "Pompeo ... reportedly discussed ‘Pakistan-based terrorists’
// issue" holds the claim that Pompeo "discussed" the issue, and a side's list needs only one
// (as does a report's timeline).
func Inside(c, o *claims.Claim) bool {
	return c.Doc == o.Doc && o.Content.Start <= min(c.Cue.Start, c.Content.Start) && max(c.Cue.End, c.Content.End) <= o.Content.End && o.Content.Len() > c.Content.Len()
}

// explicit finds a rejection: statement i rejects or calls false an account of another side
// of the event.
func (a *analysis) explicit(e, i int, side map[int]string, present map[string]bool) (conflict, bool) {
	s := a.stmts[i]
	from := side[i]
	if from == "" || !s.f.rejects() || s.claim.Source == nil {
		return conflict{}, false
	}
	to := a.targetSide(e, i, side)
	conf := confExplicitOne
	if to != "" && s.f.deny && s.f.falsity != "" {
		conf = confExplicitNamed
	}
	bare, lone := to == "", false
	if bare {
		var ok bool
		if to, lone, ok = a.bareTarget(i, from, side, present); !ok {
			return conflict{}, false
		}
		conf = confExplicitBare
	}
	if to == from || !present[to] {
		return conflict{}, false
	}
	near := a.answered(e, i, from, to, bare, side)
	if lone {
		near = a.bearingOn(i, near)
	}
	if len(near) == 0 {
		return conflict{}, false // the other side speaks of another story
	}
	stmts := append([]int{i}, near...)
	stmts = append(stmts, a.versionOf(e, i, from, near, side)...)
	return conflict{typ: ExplicitRejection, conf: conf, from: from, to: to, trigger: rejectionTrigger(s), explanation: a.rejectionExplanation(s, from, to), stmts: stmts}, true
}

// bareTarget returns the side whose account rejection i of side from answers when it names
// none: the side of the statement just before that it answers, or the one other side there
// is (lone); false when there is none, or the rejection calls another liar or the press's
// reports false.
func (a *analysis) bareTarget(i int, from string, side map[int]string, present map[string]bool) (to string, lone, ok bool) {
	s := a.stmts[i]
	back := a.pointedBack(i)
	pointing := back >= 0
	if back < 0 && (s.f.deny || rejectVerbs[s.f.falsity]) && !turnsDown(s) {
		back = a.deniedBefore(i, nil)
	}
	if back >= 0 && present[side[back]] && side[back] != from && s.f.falsity != "" {
		// "These claims are not supported", "denied that its crew tried to tow the vessel":
		// the statement just before that it answers, whatever other sides the event holds.
		to = side[back]
	} else {
		// No account named: only a word of falsity against the one other side there is,
		// and one that speaks in the same story: "denied the claims" answers the claims of
		// its own story, not what another side said of another story grouped with it.
		if len(present) != 2 || s.f.falsity == "" || rejectVerbs[s.f.falsity] && (turnsDown(s) || a.deniedBefore(i, nil) < 0) {
			return "", false, false // a bare "denied" only against what its document says before
		}
		lone = true
		for p := range present {
			if p != from {
				to = p
			}
		}
	}
	// "The Lebanese are lying" calls the Lebanese liars, whoever else is in the event.
	if s.f.liar != "" && s.f.liar != from && s.f.liar != to {
		return "", false, false
	}
	// "Nunberg was using false claims": the claims of the person named, unless he speaks for to.
	if s.f.owner != "" && !a.speaksFor(side, s.f.owner, to) {
		return "", false, false
	}
	// "called the reports incorrect": the press's reports, not the other side's account,
	// unless the other side is the press (but "These claims are not supported," which
	// points back at the claims, is about them).
	if !pointing && mediaAccount(s.claim.Content.Text) && !medium(to) {
		return "", false, false
	}
	return to, lone, true
}

// speaksFor reports whether a statement of the event (side holds its statements' sides) of
// side to is spoken by a person of the last name of name.
func (a *analysis) speaksFor(side map[int]string, name, to string) bool {
	last := lastWord(name)
	for j, sd := range side {
		if sd == to && lastWord(a.stmts[j].actor) == last {
			return true
		}
	}
	return false
}

// rejectionTrigger returns the words of rejection s: its cue, and its word of falsity when
// the cue does not hold it.
func rejectionTrigger(s *stmt) string {
	trigger := s.claim.Cue.Text
	if s.f.falsity != "" && !strings.Contains(strings.ToLower(trigger), s.f.falsity) {
		trigger += "; " + s.f.falsity
	}
	return trigger
}

// rejectionExplanation returns the explanation of rejection s, of side from, of side to's
// account: "the rights groups reject the government's account as false".
func (a *analysis) rejectionExplanation(s *stmt, from, to string) string {
	what := "account"
	if s.f.ref != "" {
		what = fmt.Sprintf("account (%q)", s.f.ref)
	}
	verb := verbOf(s)
	if w := who(s, from); w == described(from) {
		verb = agree(from, verb) // "the rights groups reject"
	} else {
		verb = agree(s.actor, verb) // "the family members (relatives of victims) reject"
	}
	expl := fmt.Sprintf("%s %s %s %s", who(s, from), verb, possessive(to), what)
	if s.f.falsity != "" && !rejectVerbs[s.f.falsity] && !strings.HasPrefix(s.f.falsity, "contradict") && !strings.HasPrefix(s.f.falsity, "raise") && !strings.HasSuffix(s.f.falsity, "reflect") {
		expl += fmt.Sprintf(" as %q", s.f.falsity) // but "the images contradict the government's account"
	}
	return expl
}

// answered returns what rejection i of side from answers on event e, the closest few in
// corpus order: side to's statements of its document or close to it, else all side to says
// on the event; of the same story and sharing a word with it when it names no account
// (bare).
func (a *analysis) answered(e, i int, from, to string, bare bool, side map[int]string) []int {
	s := a.stmts[i]
	var near, all []int
	for _, j := range a.events[e] {
		if side[j] != to || bare && !a.sameStory(s.doc, a.stmts[j].doc) || directive(a.stmts[j]) || headlineCase(a.stmts[j].claim.Content.Text) {
			continue
		}
		all = append(all, j)
		if a.stmts[j].doc == s.doc || a.sim(i, j) >= linkSimDocs {
			near = append(near, j)
		}
	}
	if len(near) == 0 {
		near = all
	}
	if bare {
		near = a.sharingWords(i, from, near)
	}
	if len(near) > maxAnswered {
		sort.SliceStable(near, func(p, q int) bool { return a.sim(i, near[p]) > a.sim(i, near[q]) })
		near = near[:maxAnswered]
		sort.Ints(near)
	}
	return near
}

// sharingWords keeps of near the statements that rejection i of side from, naming no
// account, answers: what shares a word with it ("the reports incorrect and unfounded" does
// not answer the WHO's "no official notification from the Iraq government about the
// cases"), or, for a person accused, what names him (see [Corpus.accusedSides]); rejecting
// "the accusations", the other side's accusation ("accused officers of firing live
// ammunition"); pointing back ("These claims are not supported by the data"), the statement
// just before it.
func (a *analysis) sharingWords(i int, from string, near []int) []int {
	s := a.stmts[i]
	accused := from == s.principal || from == s.actor
	charges := chargeWords(s.claim.Content.Text)
	back := a.pointedBack(i)
	return slices.DeleteFunc(near, func(j int) bool {
		o := a.stmts[j]
		return a.shared(i, j, nil) == 0 && !(accused && containsWords(o.claim.Content.Text, lastWord(from))) &&
			!(charges && o.claim.Cue.Class == claims.CueAccuse) && j != back
	})
}

// bearingOn keeps of near the statements that a word of falsity i, answering the one other
// side of its event for want of an account named or a statement just before, bears on: those
// that share two of its words besides its words of falsity, and do not call something false
// themselves. "The video appears to have been a hoax" does not answer "both Obama and Putin
// underscored the urgency ..." (one name shared), nor "comparison with ... footage shows it
// to be a hoax", which says the same.
func (a *analysis) bearingOn(i int, near []int) []int {
	s := a.stmts[i]
	falsity := map[string]bool{}
	for _, w := range strings.Fields(s.f.falsity) {
		falsity[stem(w)] = true
	}
	count := func(t string) bool { return !falsity[t] }
	return slices.DeleteFunc(near, func(j int) bool {
		return a.stmts[j].f.falsity != "" || a.shared(i, j, count) < loneShared
	})
}

// loneShared is how many words a word of falsity that names no account must share with the
// one other side's statement it answers.
const loneShared = 2

// versionOf returns the rejecter's own version of event e, told in the document of
// rejection i of side from, which it puts in the place of the account it answers (near): its
// own statements, and its side's that are like the account ("the Philippine boat had
// deliberately rammed a Chinese coast guard ship", its coast guard's, beside the foreign
// ministry's rejection); "the building had been hit by a Ukrainian missile".
func (a *analysis) versionOf(e, i int, from string, near []int, side map[int]string) []int {
	s := a.stmts[i]
	var out []int
	for _, j := range a.events[e] {
		o := a.stmts[j]
		if j == i || o.doc != s.doc || side[j] != from || o.f.rejects() || directive(o) || len(out) >= maxAnswered {
			continue
		}
		if o.actor == s.actor || slices.ContainsFunc(near, func(k int) bool { return a.sim(j, k) >= versionSim }) {
			out = append(out, j)
		}
	}
	return out
}

// turnsDown reports whether statement s turns something down ("rejected the idea",
// "rejected Trump's offer", "have rejected Saudi concerns") rather than denies what
// happened or was said: a word for a proposal or a wish among the first words of its
// content.
func turnsDown(s *stmt) bool {
	w := strings.Fields(strings.ToLower(s.claim.Content.Text))
	for k, x := range w[:min(3, len(w))] {
		if proposalWords[strings.Trim(x, ".,;:\"'“”‘’")] {
			return k+1 == len(w) || w[k+1] != "that" // but "the idea that he would be a drag" is a claim
		}
	}
	return false
}

// proposalWords are what one turns down rather than calls false.
var proposalWords = setOf(strings.Fields(`idea ideas offer offers proposal proposals plan plans request
requests invitation invitations demand demands suggestion suggestions concern concerns bid bids deal
appeal appeals overture overtures nomination candidacy option options calls`))

// directiveCues are cues whose content is a demand or a question, no account of what
// happened: "demanded an inquiry", "urged restraint", "asked whether". A rejection of
// "Perera's claims" does not answer Perera's demand for an inquiry.
var directiveCues = setOf(strings.Fields(`demand demands demanded demanding urge urges urged urging
	ask asks asked asking request requests requested requesting appeal appeals appealed appealing
	call calls called calling seek seeks sought seeking`))

// directive says whether statement s demands, asks or appeals rather than tells: its cue is
// one of directiveCues ("called" only as "called for" or "called on").
func directive(s *stmt) bool {
	cue := strings.Fields(strings.ToLower(s.claim.Cue.Text))
	for i, w := range cue {
		if !directiveCues[w] {
			continue
		}
		if strings.HasPrefix(w, "call") {
			return i+1 < len(cue) && (cue[i+1] == "for" || cue[i+1] == "on")
		}
		return true
	}
	return false
}

func who(s *stmt, side string) string {
	switch {
	case s.actor == "" || strings.EqualFold(s.actor, side):
		return described(side)
	case containsWords(s.actor, side):
		return described(s.actor) // "India's Adani Group", not "India's Adani Group (Adani Group)"
	}
	return fmt.Sprintf("%s (%s)", described(s.actor), side)
}

func verbOf(s *stmt) string {
	switch {
	case s.f.deny:
		return "rejects"
	case s.claim.Cue.Class == claims.CueAccuse:
		return "accuses"
	}
	return "disputes"
}

// agree puts the verb verb, in the third person singular ("rejects", "gives"), in the plural
// when the side's name is a common noun in the plural: "the rights groups give", "Security
// researchers reject"; not "the United States gives" nor "Amnesty International rejects".
func agree(side, verb string) string {
	w := strings.Fields(side)
	if len(w) == 0 || !strings.HasSuffix(verb, "s") {
		return verb
	}
	last := w[len(w)-1]
	if capitalized(last) || !strings.HasSuffix(last, "s") || strings.HasSuffix(last, "ss") || strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return verb
	}
	if strings.HasSuffix(verb, "sses") || strings.HasSuffix(verb, "ches") || strings.HasSuffix(verb, "shes") {
		return verb[:len(verb)-2] // "dismisses"
	}
	return verb[:len(verb)-1]
}

// theName writes a side's name as a sentence uses it: "the United States", "the Democrats",
// "Pakistan", "Brian Williams" (a person takes no article).
func theName(side string) string {
	if theSides[side] || strings.HasPrefix(side, "United ") || !strings.Contains(side, " ") && strings.HasSuffix(side, "s") && !singularS[side] {
		return "the " + side
	}
	return side
}

// particleName reports whether w is a surname after a lower-case particle and a hyphen:
// "al-Momani", "bin-Laden".
func particleName(w string) bool {
	_, after, ok := strings.Cut(w, "-")
	return ok && capitalized(after)
}

// described writes an actor as a phrase uses it: a description whose head is a lower-case
// noun takes "the" ("the Sanders campaign", "the foreign ministry"), a name does not
// ("Brian Williams", "NASA", "Mohammed al-Momani", whose particle is lower-case).
func described(actor string) string {
	words := strings.Fields(actor)
	if len(words) == 0 {
		return actor
	}
	last := words[len(words)-1]
	if r, _ := utf8.DecodeRuneInString(last); unicode.IsLower(r) && !strings.EqualFold(words[0], "the") && !ownedByName(words) && !particleName(last) {
		return "the " + actor
	}
	if len(words) > 2 && (lowered(agentWords, words[0]) || lowered(titleWords, words[0]) || words[0] == "official") && (words[1] == "for" || words[1] == "of" || words[1] == "at") {
		return "the " + actor // "the spokesperson for the Department of Homeland Security", "the dean of ..."
	}
	return theName(actor)
}

// ownedByName reports whether a description opens with a name's possessive: "Robert
// Plant's publicist" takes no "the".
// A capitalised description's possessive does too: "Last year’s FBI statistics".
func ownedByName(words []string) bool {
	if r, _ := utf8.DecodeRuneInString(words[0]); !unicode.IsUpper(r) {
		return false
	}
	for _, w := range words[:len(words)-1] {
		if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
			return true
		}
	}
	return false
}

// possessive writes a side's name as an owner: "the United States'", "Pakistan's".
func possessive(side string) string {
	if strings.HasSuffix(side, "s") {
		return described(side) + "'"
	}
	return described(side) + "'s"
}

// theSides are the gazetteer's countries whose name takes "the" and does not start with
// "United".
var theSides = setOf([]string{"Bahamas", "Gambia", "Netherlands", "Philippines", "Maldives", "Comoros", "Seychelles",
	"Solomon Islands", "Marshall Islands", "Central African Republic", "Czech Republic", "Dominican Republic",
	"Vatican", "European Union"})

// singularS are the one-word sides of the gazetteer that end in "s" and are no plurals:
// "Cyprus' account", "Hamas's", not "the Cyprus'" as for "the Houthis'".
var singularS = setOf([]string{"Barbados", "Belarus", "Cyprus", "Honduras", "Laos", "Mauritius", "Hamas"})

// implicit finds contents of two sides that cannot both hold, by the rules of
// implicitRules, and asks the stance judgement of claim against statement
// ([StatementStance]) for a second opinion: when it reads each statement as supporting the
// other a polarity or restriction rule is overruled, and when it reads each as refuting the
// other the confidence rises. It never makes a conflict alone. (The article model,
// [StanceOf], read agreements as refutations on short statement pairs.)
func (a *analysis) implicit(i, j int, side map[int]string) (conflict, bool) {
	k, ok := a.implicitRules(i, j, side)
	if !ok {
		return k, false
	}
	x, y := a.stmts[i].claim.Content.Text, a.stmts[j].claim.Content.Text
	s1, p1 := StatementStance(x, y)
	s2, p2 := StatementStance(y, x)
	switch {
	case s1 == StanceSupports && s2 == StanceSupports && (p1+p2)/2 >= stanceProb && (k.typ == ImplicitPolarity || k.typ == ImplicitRestriction):
		// The stance rules read words, not numbers, dates or doers: they overrule only
		// the conflict rules that read words.
		return conflict{}, false
	case s1 == StanceRefutes && s2 == StanceRefutes && (p1+p2)/2 >= stanceProb:
		k.conf += stanceBoost
		k.explanation += fmt.Sprintf(" (the stance judgement agrees: %.2f, %.2f)", p1, p2)
	}
	return k, true
}

// implicitRules applies the rules for contents that cannot both hold.
func (a *analysis) implicitRules(i, j int, side map[int]string) (conflict, bool) {
	// A doubt against a firm assertion of what it doubts: the doubt may name it in other
	// words of its sentence or of its document's first sentence, so similarity is not asked.
	if k, ok := a.doubtConflict(i, j, side); ok {
		return k, true
	}
	// Only statements that speak of the same thing in the same words can contradict each
	// other; sharing an event is not enough.
	sim := a.sim(i, j)
	if sim < min(implicitSim, restrictSim, numberSim) {
		return conflict{}, false
	}
	x, y := a.stmts[i], a.stmts[j]
	k := conflict{from: side[j], to: side[i], stmts: []int{i, j}}
	if sim >= numberSim {
		if k, ok := a.numberConflict(k, i, j, sim, side); ok {
			return k, true
		}
	}
	overlap := jaccard(x.f.content, y.f.content)
	if sim < implicitSim {
		overlap = 0 // only a restriction is judged below implicitSim
	}
	// One negated, the other not, in nearly the same words.
	// What is negated must be what the other says: "is not the wife" against "detained a
	// wife", not "had not yet commented" against "the bombs hit".
	if n, by, other, ok := a.polarity(x, y, side[i], side[j], overlap); ok {
		k.typ, k.conf = ImplicitPolarity, confPolarity
		k.trigger = n
		neg := x // the statement that negates: "is not the wife"
		if by != side[i] {
			neg = y
		}
		k.explanation = fmt.Sprintf("%s says %q where %s affirms it", described(by), negatedPhrase(neg, n), described(other))
		return k, true
	}
	if k, ok := actorConflict(k, x, y, overlap); ok {
		return k, true
	}
	// Different dates for the same thing.
	if len(x.f.dates) > 0 && len(y.f.dates) > 0 && !sharesAny(x.f.dates, y.f.dates) && overlap >= 0.3 {
		k.typ, k.conf = ImplicitDate, confDate
		k.trigger = x.f.dates[0] + " / " + y.f.dates[0]
		k.explanation = fmt.Sprintf("%s and %s give different dates", described(side[i]), described(side[j]))
		return k, true
	}
	if sim < restrictSim {
		return conflict{}, false
	}
	return a.restrictionConflict(k, i, j, side)
}

// numberConflict returns k, the conflict of statements i and j (similarity sim), as
// different numbers next to the same words, of one time, that no quantity satisfies both
// (see [comparable]). Two words next to both numbers ("barrels of crude") make up for a
// lower similarity of their sentences.
func (a *analysis) numberConflict(k conflict, i, j int, sim float64, side map[int]string) (conflict, bool) {
	x, y := a.stmts[i], a.stmts[j]
	for _, nx := range x.f.numbers {
		dated := false
		for _, ny := range y.f.numbers {
			if nx.value == ny.value || !sharesAny(nx.near, ny.near) || hasNumber(x.f.numbers, ny.value) || hasNumber(y.f.numbers, nx.value) {
				continue
			}
			if sim < implicitSim && len(common(nx.near, ny.near)) < 2 {
				continue
			}
			if !dated {
				nx.when, dated = a.numberPeriods(i, nx, side), true
			}
			ny.when = a.numberPeriods(j, ny, side)
			if !comparable(nx, ny) {
				continue
			}
			k.typ, k.conf = ImplicitNumber, confNumber
			k.trigger = nx.value + " / " + ny.value
			var about []string
			for _, st := range common(nx.near, ny.near) {
				about = append(about, surfaceIn(x.claim.Content.Text, st))
			}
			k.explanation = fmt.Sprintf("%s %s %s where %s %s %s (%s)", described(side[i]), agree(side[i], "gives"), nx.value, described(side[j]), agree(side[j], "gives"), ny.value, strings.Join(about, " "))
			return k, true
		}
	}
	return conflict{}, false
}

// actorConflict returns k, the conflict of statements x and y (their contents' overlap), as
// the same deed done by different doers: "Russian forces shelled the hospital" against
// "Ukrainian forces shelled the hospital".
func actorConflict(k conflict, x, y *stmt, overlap float64) (conflict, bool) {
	if x.f.agent == "" || y.f.agent == "" || x.f.agent == y.f.agent || len(common(x.f.deed, y.f.deed)) < 2 || overlap < 0.4 {
		return conflict{}, false
	}
	k.typ, k.conf = ImplicitActor, confActor
	k.trigger = x.f.agent + " / " + y.f.agent
	var deed []string
	for _, st := range common(x.f.deed, y.f.deed) {
		deed = append(deed, surfaceIn(x.claim.Content.Text, st))
	}
	k.explanation = fmt.Sprintf("%s says %s did it where %s says %s did (%s)", described(k.to), x.f.agent, described(k.from), y.f.agent, strings.Join(deed, " "))
	return k, true
}

// restrictionConflict returns k, the conflict of statements i and j, as a restriction of one
// against something it leaves out that the other says.
func (a *analysis) restrictionConflict(k conflict, i, j int, side map[int]string) (conflict, bool) {
	for _, p := range [2][2]int{{i, j}, {j, i}} {
		r, o := a.stmts[p[0]], a.stmts[p[1]]
		if r.f.restrict == "" || o.f.restrict != "" || a.sharesOnlyNames(r, o) {
			continue
		}
		if w := a.leftOut(r, o); w != "" {
			k.from, k.to = side[p[0]], side[p[1]]
			k.typ, k.conf = ImplicitRestriction, confRestriction
			k.trigger = r.f.restrict + " / " + w
			k.explanation = fmt.Sprintf("%s says %q where %s speaks of %q", described(side[p[0]]), strings.TrimSpace(r.f.restrict+" "+firstWordsAfter(r, r.f.restrict, 2)), described(side[p[1]]), w)
			return k, true
		}
	}
	return conflict{}, false
}

// sharesOnlyNames reports whether the content words statements r and o share are all
// names: then they speak of the same people, not of the same thing, and a restriction of one
// leaves out nothing the other says ("nothing but insults" from Trump against another's
// refusal "to endorse Mr. Trump"). Contents that share no word at all may still speak of one
// thing in their sentences' words ("limited to congratulations" and "discussed terrorism",
// both of one phone call), which the similarity asked before has weighed.
func (a *analysis) sharesOnlyNames(r, o *stmt) bool {
	shared := false
	for _, t := range r.f.content {
		if !has(o.f.content, t) {
			continue
		}
		if !capitalized(a.c.surfaceOf(t)) {
			return false
		}
		shared = true
	}
	return shared
}

// numberPeriods returns the periods of number n of statement i: its own text's, or when it
// names none, those of another statement of its document and side that gives the same number
// next to the same words and names them: a headline's "exports fell to 40 million tonnes"
// is the body's "exported 40 million tonnes of grain in 2023". The periods counted from the
// day of writing are dated by the statement's date (see [datedPeriods]).
func (a *analysis) numberPeriods(i int, n number, side map[int]string) []string {
	s := a.stmts[i]
	if len(n.when) > 0 {
		return datedPeriods(n.when, s.claim.Date)
	}
	sideOf := func(k int) string {
		if sd, ok := side[k]; ok {
			return sd
		}
		return a.stmts[k].side
	}
	for _, k := range a.byDoc[s.doc] {
		if k == i || sideOf(k) != sideOf(i) {
			continue
		}
		for _, m := range a.stmts[k].f.numbers {
			if m.value == n.value && m.unit == n.unit && len(m.when) > 0 && sharesAny(m.near, n.near) {
				return datedPeriods(m.when, a.stmts[k].claim.Date)
			}
		}
	}
	return nil
}

// polarity reports whether one of x and y (of sides sx and sy) negates what the other
// affirms in nearly the same words ([affirms]: not "the lack of capabilities to confirm
// cases" for "have not confirmed the cases"), and returns the negation, its side and the
// other side.
func (a *analysis) polarity(x, y *stmt, sx, sy string, overlap float64) (string, string, string, bool) {
	if (x.f.neg == "") == (y.f.neg == "") || overlap < 0.5 || len(x.f.content) < 3 || len(y.f.content) < 3 {
		return "", "", "", false
	}
	if x.f.deny || y.f.deny {
		// "denied that police used firearms" holds no affirmation for another's "denied" to
		// contradict; denials are judged as rejections.
		return "", "", "", false
	}
	if x.f.neg == "" {
		x, y, sx, sy = y, x, sy, sx
	}
	for _, st := range x.f.negated {
		if has(y.f.content, st) && affirms(y, st) {
			return x.f.neg, sx, sy, true
		}
	}
	return "", "", "", false
}

// leftOut returns what the other statement o speaks of that the restricted statement r
// leaves out: a quoted fragment of o's content holding a word r does not name, else the
// rarest such word, when it is rare enough.
func (a *analysis) leftOut(r, o *stmt) string {
	for _, q := range quoted(o.claim.Content.Text) {
		for _, t := range tokenize(q, 0) {
			st := stem(t.key)
			if has(o.f.content, st) && !has(r.f.content, st) && !titleWords[st] && a.idf[st] >= 1.0 {
				return q
			}
		}
	}
	best, bw := "", 0.0
	for _, t := range o.f.content {
		if has(r.f.content, t) || allDigits(t) || titleWords[t] {
			continue
		}
		if w := a.idf[t]; w > bw || w == bw && t < best {
			best, bw = t, w
		}
	}
	if best == "" || bw < 1.0 {
		return ""
	}
	// As written in o's content.
	for _, tk := range tokenize(o.claim.Content.Text, 0) {
		if stem(tk.key) == best {
			return tk.key
		}
	}
	return best
}

// surfaceIn returns the first word of text whose stem is st, or st.
func surfaceIn(text, st string) string {
	for _, t := range tokenize(text, 0) {
		if stem(t.key) == st || st == "death" && nearStem(t.key) == st {
			return t.text // "killed" for a toll's "death" (see nearStem)
		}
	}
	return st
}

// quoted returns the fragments of s between quotation marks, without the marks.
func quoted(s string) []string {
	var out []string
	pairs := [][2]string{{"‘", "’"}, {"“", "”"}, {"\"", "\""}, {"'", "'"}}
	for _, p := range pairs {
		rest := s
		for {
			i := strings.Index(rest, p[0])
			if i < 0 {
				break
			}
			if p[0] == "'" && i > 0 && isWordByteAt(rest, i-1) {
				rest = rest[i+1:]
				continue // an apostrophe
			}
			j := strings.Index(rest[i+len(p[0]):], p[1])
			if j < 0 {
				break
			}
			if q := strings.TrimSpace(rest[i+len(p[0]) : i+len(p[0])+j]); q != "" {
				out = append(out, q)
			}
			rest = rest[i+len(p[0])+j+len(p[1]):]
		}
	}
	return out
}

// firstWordsAfter returns up to n words of s's content after the phrase.
// negatedPhrase returns negation word n of statement s with the words it negates, up to the
// first common word that is no stopword: "not the wife", "no Israeli strike"; n alone when s
// does not hold it.
func negatedPhrase(s *stmt, n string) string {
	toks := tokenize(s.claim.Content.Text, 0)
	for i, t := range toks {
		if lowerWord(t.key) != n {
			continue
		}
		out := []string{t.text}
		for _, u := range toks[i+1 : min(len(toks), i+5)] {
			out = append(out, u.text)
			if !loweredWord(stopwords, u.key) && !capitalized(u.key) || u.punctAfter {
				break
			}
		}
		return strings.Join(out, " ")
	}
	return n
}

func firstWordsAfter(s *stmt, phrase string, n int) string {
	toks := tokenize(s.claim.Content.Text, 0)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = lowerWord(t.key)
	}
	p := strings.Fields(phrase)
	for i := range words {
		if i+len(p) <= len(words) && strings.Join(words[i:i+len(p)], " ") == phrase {
			var out []string
			for _, t := range toks[i+len(p) : min(len(toks), i+len(p)+n)] {
				out = append(out, t.text)
				if !loweredWord(stopwords, t.key) {
					break
				}
			}
			return strings.Join(out, " ")
		}
	}
	return ""
}

func sharesAny(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}

func common(a, b []string) []string {
	var out []string
	for _, x := range a {
		if contains(b, x) && !contains(out, x) {
			out = append(out, x)
		}
	}
	return out
}

func hasNumber(ns []number, v string) bool {
	for _, n := range ns {
		if n.value == v {
			return true
		}
	}
	return false
}

// jaccard returns the Jaccard similarity of two sorted sets.
func jaccard(a, b []string) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i] < b[j]:
			i++
		case a[i] > b[j]:
			j++
		default:
			n++
			i++
			j++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}

// has reports whether the sorted set holds s.
func has(set []string, s string) bool {
	i := sort.SearchStrings(set, s)
	return i < len(set) && set[i] == s
}

// mediaAccount reports whether a rejection's content names what the press or the public
// say rather than a side: "the reports", "rumours", "media speculation", "leaks have
// attempted to create a false narrative".
func mediaAccount(content string) bool {
	for _, w := range strings.Fields(strings.ToLower(content)) {
		switch strings.Trim(w, ".,;:\"'“”‘’") {
		case "reports", "report", "rumours", "rumors", "rumour", "rumor", "speculation", "media", "leaks", "leak":
			return true
		}
	}
	return false
}
