package compare

import (
	"strings"
	"testing"
)

// TestCapitalsAtLongText checks the index of a long text's capitals against wordAt, which it
// stands for.
func TestCapitalsAtLongText(t *testing.T) {
	var b strings.Builder
	for b.Len() <= indexedText {
		b.WriteString("The Athletics Integrity Unit (AIU) said. The AIU's panel met the UN, AIUX and ")
		b.WriteString("AIUx delegates; NATO\u00e9 and U.S. envoys, then CCC2 and 'EU' staff at the ECB.\n")
	}
	b.WriteString(" END")
	text := b.String()
	c := capitalsAt{text: text}
	for _, w := range []string{"AIU", "UN", "AIUX", "NATO", "U", "S", "CCC", "EU", "ECB", "END", "EN", "ND", "THE", "T"} {
		if got, want := c.has(w), wordAt(text, " "+w); got != want {
			t.Errorf("capitalsAt.has(%q) = %v, wordAt says %v", w, got, want)
		}
	}
}

// TestBracketedAcronym checks that the acronym in brackets after a name is found past
// writings of the name with none.
func TestBracketedAcronym(t *testing.T) {
	text := "The Citizens Coalition for Change (in Harare) and the Citizens Coalition for Change (CCC) " +
		"and Unit (Unit) and Unit (AU)"
	br := bracketsIn(text)
	for _, c := range []struct{ name, want string }{
		{"Citizens Coalition for Change", "CCC"},
		{"Unit", "AU"},
		{"Harare", ""},
	} {
		if got, _ := bracketedAcronym(text, br, c.name); got != c.want {
			t.Errorf("bracketedAcronym(%q) = %q, want %q", c.name, got, c.want)
		}
	}
}
