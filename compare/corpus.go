package compare

import (
	"sort"

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
// keeps the claims and a little of each document, not its text. A Corpus is not safe for
// concurrent use.
type Corpus struct {
	opt   Options
	stmts []Statement
}

// NewCorpus returns an empty corpus.
func NewCorpus(opt Options) *Corpus {
	return &Corpus{opt: opt}
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

var _ = claims.Claim{}
