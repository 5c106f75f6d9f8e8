package compare

import (
	"errors"
	"reflect"
	"strings"
	"testing"

	"claimdiff/claims"
)

func TestParseSides(t *testing.T) {
	tests := []struct {
		name, in string
		want     []SideDef
		errLine  int // 0: no error
	}{
		{"one side", "United States: State Department, Pompeo, Ned Price\n",
			[]SideDef{{"United States", []string{"State Department", "Pompeo", "Ned Price"}}}, 0},
		{"comments and blanks", "# sides\n\n  Pakistan: Foreign Office  \n# end\n",
			[]SideDef{{"Pakistan", []string{"Foreign Office"}}}, 0},
		{"no aliases", "Imran Khan:\n", []SideDef{{Name: "Imran Khan"}}, 0},
		{"repeated name gathers", "A: x\nB: y\na: z\n", []SideDef{{"A", []string{"x", "z"}}, {"B", []string{"y"}}}, 0},
		{"crlf and bom", "\ufeffA: x, y\r\nB: z\r\n", []SideDef{{"A", []string{"x", "y"}}, {"B", []string{"z"}}}, 0},
		{"missing colon", "A: x\n\nUnited States State Department\n", nil, 3},
		{"empty name", "# c\n: x\n", nil, 2},
		{"empty alias", "A: x,, y\n", nil, 1},
		{"second colon", "A: x\nB: y: z\n", nil, 2},
		{"alias without words", "A: x, --\n", nil, 1},
		{"line too long", "A: x\nB: " + strings.Repeat("y", 1<<20) + "\n", nil, 2}, // said "bufio.Scanner: token too long"
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseSides("sides.txt", strings.NewReader(tt.in))
			if tt.errLine == 0 {
				if err != nil {
					t.Fatalf("ParseSides(%q) error %v", tt.in, err)
				}
				if !reflect.DeepEqual(got, tt.want) {
					t.Errorf("ParseSides(%q) = %v, want %v", tt.in, got, tt.want)
				}
				return
			}
			var se *SidesError
			if !errors.As(err, &se) {
				t.Fatalf("ParseSides(%q) error = %v, want a *SidesError", tt.in, err)
			}
			if se.Line != tt.errLine || se.File != "sides.txt" {
				t.Errorf("ParseSides(%q) error at %s:%d, want sides.txt:%d", tt.in, se.File, se.Line, tt.errLine)
			}
			if want := "sides.txt:" + string(rune('0'+tt.errLine)) + ": "; !strings.HasPrefix(err.Error(), want) {
				t.Errorf("error %q does not start with %q", err, want)
			}
		})
	}
}

func TestParseSide(t *testing.T) {
	d, err := ParseSide(" Pakistan : Islamabad, Qureshi ")
	if err != nil || d.Name != "Pakistan" || !reflect.DeepEqual(d.Aliases, []string{"Islamabad", "Qureshi"}) {
		t.Errorf("ParseSide = %v, %v", d, err)
	}
	if _, err := ParseSide("no colon here"); err == nil || !strings.Contains(err.Error(), "no colon here") {
		t.Errorf("ParseSide(no colon) error = %v, want one quoting the flag", err)
	}
}

func TestGazetteerBuiltin(t *testing.T) {
	defs := builtin()
	countries := 0
	for _, d := range defs {
		if d.Name != govSide {
			countries++
		}
	}
	if countries < 190 {
		t.Errorf("gazetteer has %d sides, want the world's countries (>= 190)", countries)
	}
	g := newGazetteer([]SideDef{{"Imran Khan", []string{"PTI"}}, {"Brazil", []string{"Washington"}}, {"Beijing", []string{"China's foreign ministry"}}})
	tests := []struct{ text, want string }{
		{"the State Department said", "United States"},
		{"US officials", "United States"},
		{"U.S. officials", "United States"},
		{"let us go", ""},
		{"THE US", "United States"},
		{"officials in New Delhi", "India"},
		{"the Kremlin", "Russia"},
		{"a Pakistani official", "Pakistan"},
		{"Pakistan-based groups", "Pakistan"},
		{"Pakistan’s foreign policy", "Pakistan"},
		{"the foreign ministry", govSide},
		{"the PTI chief", "Imran Khan"},
		{"in Washington", "Brazil"}, // the user's alias wins
		{"china plates", ""},
		{"the state department", "United States"},
		{"the Washington Post reported", ""},
		{"China's foreign ministry said", "Beijing"},
		{"China's army said", "China"},
		{"Washington's Post Office", "Brazil"},
	}
	for _, tt := range tests {
		got := ""
		if ms := g.find(tokenize(tt.text, 0)); len(ms) > 0 {
			got = ms[0].side
		}
		if got != tt.want {
			t.Errorf("find(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDatelineCities: every country of cities.txt is a side of countries.txt, no city is a
// side in the text, and a dateline city makes the article's government institutions its
// country's.
func TestDatelineCities(t *testing.T) {
	known := map[string]bool{}
	for _, d := range builtin() {
		known[d.Name] = true
	}
	cities, err := ParseSides("gazetteer/cities.txt", strings.NewReader(citiesTxt))
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range cities {
		if !known[d.Name] {
			t.Errorf("cities.txt: %q is no side of countries.txt", d.Name)
		}
	}
	if ms := newGazetteer(nil).find(tokenize("officials in Karachi said", 0)); len(ms) > 0 {
		t.Errorf("Karachi in the text found as %q, want no side", ms[0].side)
	}
	doc, err := claims.NewDocument("k.txt", []byte("KARACHI - The Foreign Ministry on Tuesday rejected the embassy's version of the call.\n\nUS officials said the call was long.\n\nUS officials said it covered trade.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := NewCorpus(Options{})
	c.Add(doc, claims.Extract(doc))
	found := false
	for _, s := range c.Statements() {
		if s.Actor == "Foreign Ministry" {
			found = true
			if s.Side != "Pakistan" {
				t.Errorf("Foreign Ministry under a KARACHI dateline is on %q, want Pakistan", s.Side)
			}
		}
	}
	if !found {
		t.Errorf("no statement of the Foreign Ministry in %v", c.Statements())
	}
}

func FuzzParseSides(f *testing.F) {
	f.Add("United States: State Department, Pompeo\n# c\nPakistan:\n")
	f.Add("a:b:c\n,\n:")
	f.Fuzz(func(t *testing.T, in string) {
		defs, err := ParseSides("f", strings.NewReader(in))
		var se *SidesError
		if errors.As(err, &se) {
			if se.Line < 1 || se.Line > strings.Count(in, "\n")+1 {
				t.Fatalf("error line %d outside the input", se.Line)
			}
			return
		}
		if err != nil {
			t.Fatalf("ParseSides(%.40q): error %v, want a *SidesError", in, err)
		}
		for _, d := range defs {
			if strings.TrimSpace(d.Name) == "" {
				t.Fatalf("empty side name from %q", in)
			}
		}
		NewCorpus(Options{Sides: defs}) // builds without panic
	})
}

// TestKindBodiesInCase checks that kindBodiesIn finds the bodies in any case, and with a
// Kelvin sign standing for a "k" as strings.ToLower reads it.
func TestKindBodiesInCase(t *testing.T) {
	for text, want := range map[string][]string{
		"The Works Council’s figure was lower, the OMBUDSMAN said.": {"works council", "ombudsman"},
		"The wor\u212As council objected.":                          {"works council"},
		"A trade unionist and a Labour Union leader spoke.":         {"trade union", "labour union"},
		"No body here.": nil,
	} {
		if got := kindBodiesIn(text); !reflect.DeepEqual(got, want) {
			t.Errorf("kindBodiesIn(%q) = %q, want %q", text, got, want)
		}
	}
}
