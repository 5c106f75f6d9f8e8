package claims

import (
	"fmt"
	"slices"
	"strings"
)

// Filter keeps the claims a reader asks for: by who speaks, by the kind of cue and by words
// of the content. The zero value keeps every claim.
type Filter struct {
	// Speakers keeps claims whose speaker, its resolved name or its mention, holds one of
	// these (any case): "Qureshi" keeps "Shah Mehmood Qureshi" and "He" resolved to him.
	// Blank ones are ignored; none but blank ones means any speaker.
	Speakers []string
	// Classes keeps claims whose cue is of one of these classes; none means any.
	Classes []CueClass
	// Words keeps claims whose content holds every one of these (any case).
	Words []string
}

// Keeps reports whether f keeps claim c.
func (f Filter) Keeps(c *Claim) bool {
	if len(f.Classes) > 0 && !slices.Contains(f.Classes, c.Cue.Class) {
		return false
	}
	if slices.ContainsFunc(f.Speakers, func(s string) bool { return strings.TrimSpace(s) != "" }) {
		if c.Source == nil {
			return false
		}
		name, mention := strings.ToLower(c.Source.Name), strings.ToLower(c.Source.Text)
		found := false
		for _, s := range f.Speakers {
			s = strings.ToLower(strings.TrimSpace(s))
			if s != "" && (strings.Contains(name, s) || strings.Contains(mention, s)) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	content := strings.ToLower(c.Content.Text)
	for _, w := range f.Words {
		if !strings.Contains(content, strings.ToLower(w)) {
			return false
		}
	}
	return true
}

// Apply returns the claims of cs that f keeps, in order. It does not change cs.
func (f Filter) Apply(cs []Claim) []Claim {
	var out []Claim
	for i := range cs {
		if f.Keeps(&cs[i]) {
			out = append(out, cs[i])
		}
	}
	return out
}

// ParseCueClasses reads a comma-separated list of cue class names ("deny,accuse"), as
// [CueClass.String] writes them.
func ParseCueClasses(s string) ([]CueClass, error) {
	var out []CueClass
	for _, f := range strings.Split(s, ",") {
		f = strings.ToLower(strings.TrimSpace(f))
		if f == "" {
			continue
		}
		c, err := ParseCueClass(f)
		if err != nil {
			return nil, fmt.Errorf("%w (known: %s)", err, strings.Join(cueClassNames[:], ", "))
		}
		out = append(out, c)
	}
	return out, nil
}
