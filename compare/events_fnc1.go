package compare

import (
	"fmt"
	"sort"
	"strings"

	"claimdiff/claims"
	"claimdiff/compare/internal/stance"
)

// EventScores measures how [Corpus] groups statements into events, on the bodies of FNC-1
// pairs. FNC-1 joins headlines and bodies into stories (a body related to a headline speaks of
// its claim), so statements that one event draws from two bodies should come from bodies of
// one story. Stories are not events: two stories on one person's health may be one event to
// a reader, so the share of pairs from one story is a floor on grouping precision, not the
// precision itself.
type EventScores struct {
	Bodies     int // bodies read: those related to a headline of the pairs
	Statements int // their statements
	Events     int // events with statements of two or more bodies
	Mixed      int // ... of those, events whose bodies belong to two or more stories
	Pairs      int // statement pairs of two bodies grouped in one event
	SameStory  int // ... of those, pairs whose bodies belong to one story
	Eligible   int // bodies of stories with two or more bodies
	Linked     int // ... of those, bodies that share an event with another body of their story
	Contested  int // contested items
	MixedItems int // ... of those, items with statements of two or more stories
}

// String prints the scores as `claimdiff eval events` shows them.
func (s EventScores) String() string {
	pct := func(a, b int) string {
		if b == 0 {
			return "-"
		}
		return fmt.Sprintf("%.1f%%", 100*float64(a)/float64(b))
	}
	var b strings.Builder
	fmt.Fprintf(&b, "bodies                %d (%d statements)\n", s.Bodies, s.Statements)
	fmt.Fprintf(&b, "events across bodies  %d, %d of them drawing on two or more stories\n", s.Events, s.Mixed)
	fmt.Fprintf(&b, "pairs from one story  %s (%d of %d statement pairs of two bodies in one event)\n", pct(s.SameStory, s.Pairs), s.SameStory, s.Pairs)
	fmt.Fprintf(&b, "bodies linked         %s (%d of %d bodies share an event with a body of their story)\n", pct(s.Linked, s.Eligible), s.Linked, s.Eligible)
	fmt.Fprintf(&b, "contested items       %d, %d of them drawing on two or more stories\n", s.Contested, s.MixedItems)
	return b.String()
}

// EvalFNC1Events groups the statements of the bodies of pairs, each body a document, and
// scores the events against FNC-1's stories (see [EventScores]). Bodies that are related to
// no headline of pairs belong to no known story and are left out.
func EvalFNC1Events(pairs []FNC1Pair) EventScores {
	ps := make([]stance.Pair, len(pairs))
	for i, p := range pairs {
		ps[i] = stance.Pair{Headline: p.Claim, BodyID: p.BodyID, Label: toLabel(p.Stance)}
	}
	stories := stance.Stories(ps)
	story := map[string]string{} // body ID -> story
	text := map[string]string{}
	for i, p := range pairs {
		if p.Stance != StanceUnrelated {
			story[p.BodyID] = stories[i]
			text[p.BodyID] = p.Text
		}
	}
	ids := make([]string, 0, len(story))
	for id := range story {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	var s EventScores
	size := map[string]int{}
	storyOf := map[string]string{} // document name -> story
	c := NewCorpus(Options{})
	for _, id := range ids {
		name := "body " + id
		doc, err := claims.NewDocument(name, []byte(text[id]))
		if err != nil {
			continue // an empty body: nothing to group
		}
		cs := claims.Extract(doc)
		c.Add(doc, cs)
		s.Bodies++
		s.Statements += len(cs)
		storyOf[name] = story[id]
		size[story[id]]++
	}
	linked := map[string]bool{}
	for _, e := range c.Events() {
		docs, sts := map[string]bool{}, map[string]bool{}
		for _, st := range e.Claims {
			docs[st.Claim.Doc] = true
			sts[storyOf[st.Claim.Doc]] = true
		}
		if len(docs) < 2 {
			continue
		}
		s.Events++
		if len(sts) > 1 {
			s.Mixed++
		}
		for i, x := range e.Claims {
			for _, y := range e.Claims[i+1:] {
				if x.Claim.Doc == y.Claim.Doc {
					continue
				}
				s.Pairs++
				if storyOf[x.Claim.Doc] == storyOf[y.Claim.Doc] {
					s.SameStory++
					linked[x.Claim.Doc], linked[y.Claim.Doc] = true, true
				}
			}
		}
	}
	for _, st := range storyOf {
		if size[st] >= 2 {
			s.Eligible++
		}
	}
	s.Linked = len(linked)
	for _, k := range c.Contested() {
		s.Contested++
		sts := map[string]bool{}
		for _, side := range k.Sides {
			for _, cl := range side.Claims {
				sts[storyOf[cl.Doc]] = true
			}
		}
		if len(sts) > 1 {
			s.MixedItems++
		}
	}
	return s
}
