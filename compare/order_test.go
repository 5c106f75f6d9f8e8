package compare

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"claimdiff/claims"
)

// TestResultsIgnoreInputOrder: the same documents in another order give the same events,
// sides and contested items (labels, types, confidences, explanations, triggers, statements),
// shown in the order the documents came in. Read in the order given, two rejections of one
// confidence in the sea dispute led by turns (China's "groundless", the Philippines' "lie"),
// and the march's and the quake's numbers were told the other way round.
func TestResultsIgnoreInputOrder(t *testing.T) {
	files := []string{"sea_beijing.txt", "sea_manila.txt", "march_afp.txt", "march_reuters.txt",
		"numbers_quake_a.txt", "numbers_quake_b.txt", "jobs_berlin.txt", "jobs_wolfsburg.txt"}
	orders := [][]int{{0, 1, 2, 3, 4, 5, 6, 7}, {7, 6, 5, 4, 3, 2, 1, 0}, {1, 3, 0, 6, 5, 7, 2, 4}}
	var want []string
	for _, order := range orders {
		paths := make([]string, len(order))
		for k, i := range order {
			paths[k] = filepath.Join("testdata", files[i])
		}
		c := extractCorpus(t, Options{}, paths)
		var got []string
		for _, e := range c.Events() {
			got = append(got, fmt.Sprintf("event %q %v", e.Label, sortedClaims(statementClaims(e.Claims))))
			shownInOrder(t, paths, "event "+e.Label, statementClaims(e.Claims))
		}
		for _, it := range c.Contested() {
			s := fmt.Sprintf("item %q %v %.3f %q %q", it.Event.Label, it.Type, it.Confidence, it.Explanation, it.Trigger)
			for _, sc := range it.Sides {
				s += fmt.Sprintf(" %s %v", sc.Side, sortedClaims(sc.Claims))
				shownInOrder(t, paths, "item "+it.Event.Label, sc.Claims)
			}
			got = append(got, s)
		}
		for _, a := range c.Actors() {
			got = append(got, fmt.Sprintf("actor %q %q", a.Name, a.Side))
		}
		shownInOrder(t, paths, "Statements()", statementClaims(c.Statements()))
		events := c.Events()
		for k := range events {
			if events[k].ID != k+1 {
				t.Errorf("%v: event %d has ID %d", order, k+1, events[k].ID)
			}
			if k > 0 && rank(paths, events[k].Claims[0].Claim) < rank(paths, events[k-1].Claims[0].Claim) {
				t.Errorf("%v: event %d (%q) starts before event %d", order, k+1, events[k].Label, k)
			}
		}
		slices.Sort(got)
		if want == nil {
			want = got
			continue
		}
		for _, g := range got {
			if !slices.Contains(want, g) {
				t.Errorf("documents in order %v: %s, not found in order %v", order, g, orders[0])
			}
		}
		for _, w := range want {
			if !slices.Contains(got, w) {
				t.Errorf("documents in order %v: no %s, found in order %v", order, w, orders[0])
			}
		}
	}
}

func statementClaims(ss []Statement) []claims.Claim {
	out := make([]claims.Claim, len(ss))
	for i, s := range ss {
		out[i] = s.Claim
	}
	return out
}

// sortedClaims returns the claims as "document:start-end", sorted.
func sortedClaims(cs []claims.Claim) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = fmt.Sprintf("%s:%d-%d", filepath.Base(c.Doc), c.Content.Start, c.Content.End)
	}
	slices.Sort(out)
	return out
}

// rank returns the place of a claim in the order of the inputs: its document's, then its
// offset.
func rank(paths []string, c claims.Claim) int {
	return slices.Index(paths, c.Doc)<<32 | c.Content.Start
}

// shownInOrder checks that claims come in the order of the documents as given (paths), then
// by offset.
func shownInOrder(t *testing.T, paths []string, what string, cs []claims.Claim) {
	t.Helper()
	for k := 1; k < len(cs); k++ {
		if rank(paths, cs[k]) < rank(paths, cs[k-1]) {
			t.Errorf("%s: %s:%q before %s:%q, against the order of the inputs %s", what,
				filepath.Base(cs[k-1].Doc), cs[k-1].Content.Text, filepath.Base(cs[k].Doc), cs[k].Content.Text, strings.Join(paths, " "))
			return
		}
	}
}

// TestSurfaceFormsIgnoreInputOrder: a word capitalised only where a sentence starts is shown
// as another document writes it in lower case, one capitalised within a sentence as written
// so, whichever document comes first; and so within one document.
func TestSurfaceFormsIgnoreInputOrder(t *testing.T) {
	texts := []string{
		"\"Floods damaged the Levee on Monday,\" the minister said.",
		"The mayor said floods had damaged the levee in the north.",
		"\"Floods hit the town,\" the mayor said. The minister said floods had damaged homes.",
	}
	for _, order := range [][]int{{0, 1}, {1, 0}, {2}} {
		var in []string
		for _, k := range order {
			in = append(in, texts[k])
		}
		c := extractedCorpus(t, in...)
		for word, want := range map[string]string{"floods": "floods", "levee": "Levee"} {
			if got := c.surfaceOf(stem(word)); got != want && (word != "levee" || len(order) > 1) {
				t.Errorf("texts %v: surfaceOf(%q) = %q, want %q", order, word, got, want)
			}
		}
	}
}

// TestNamedAccountOfTheClosestSpeaker: a rejection naming an account by a word that several
// speakers of other articles bear ("the customer's account") answers the one whose statement
// is most like it, not the one whose article comes first: Acme's spokesman disputing what a
// customer said of Tor answers the customer of the Tor story, not a former customer fired in
// another.
func TestNamedAccountOfTheClosestSpeaker(t *testing.T) {
	texts := []string{
		"A former Acme customer said Acme agents fired him over a billing complaint.",
		"An Acme customer said Acme agents told him in a chat that the Tor browser violates the terms of service.",
		"Acme spokesman John Doe disputed the customer's account of what Acme agents said in the chat about the Tor browser.",
	}
	dates := []string{"2024-01-01", "2024-02-01", "2024-02-02"}
	for _, order := range [][]int{{0, 1, 2}, {2, 1, 0}} {
		c := NewCorpus(Options{})
		for _, k := range order {
			d := doc(fmt.Sprintf("%d.txt", k), dates[k], texts[k])
			c.Add(d, claims.Extract(d))
		}
		var got []string
		for _, it := range c.Contested() {
			got = append(got, it.Explanation)
		}
		if len(got) != 1 || !strings.Contains(got[0], "the Acme customer's account") {
			t.Errorf("texts %v: Contested() = %q, want Acme disputing the Acme customer's account", order, got)
		}
	}
}
