package compare

import (
	"fmt"
	"slices"
	"strings"
)

// Selection picks contested items: the zero value keeps them all.
type Selection struct {
	Types         []ConflictType // keep items of these conflict types; none means any
	MinConfidence float64        // keep items at least this confident
	Sides         []string       // keep items with one of these sides (any case); none means any
}

// ParseConflictTypes reads a comma-separated list of conflict type names
// ("explicit-rejection,implicit-number"), as [ConflictType.String] writes them.
func ParseConflictTypes(s string) ([]ConflictType, error) {
	var out []ConflictType
	for _, f := range strings.Split(s, ",") {
		f = strings.TrimSpace(f)
		if f == "" {
			continue
		}
		var t ConflictType
		if err := t.UnmarshalText([]byte(f)); err != nil {
			return nil, fmt.Errorf("%w (known: %s)", err, strings.Join(producedTypeNames(), ", "))
		}
		out = append(out, t)
	}
	return out, nil
}

// producedTypeNames returns the names of the conflict types contested items can have: all but
// the reserved ImplicitStance, which a user filtering on it would wait for in vain.
func producedTypeNames() []string {
	var out []string
	for t, name := range conflictTypeNames {
		if ConflictType(t) != ImplicitStance {
			out = append(out, name)
		}
	}
	return out
}

// Select returns the items sel keeps, in order. It does not change items.
func Select(items []Contested, sel Selection) []Contested {
	var out []Contested
	for i := range items {
		if sel.keeps(&items[i]) {
			out = append(out, items[i])
		}
	}
	return out
}

func (sel Selection) keeps(c *Contested) bool {
	if c.Confidence < sel.MinConfidence {
		return false
	}
	if len(sel.Types) > 0 && !slices.Contains(sel.Types, c.Type) {
		return false
	}
	if len(sel.Sides) == 0 {
		return true
	}
	for _, s := range c.Sides {
		for _, want := range sel.Sides {
			if strings.EqualFold(strings.TrimSpace(want), s.Side) {
				return true
			}
		}
	}
	return false
}
