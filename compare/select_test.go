package compare

import (
	"slices"
	"strings"
	"testing"
)

func TestSelect(t *testing.T) {
	item := func(id int, typ ConflictType, conf float64, a, b string) Contested {
		return Contested{Event: Event{ID: id}, Type: typ, Confidence: conf, Sides: []SideClaims{{Side: a}, {Side: b}}}
	}
	items := []Contested{
		item(1, ExplicitRejection, 0.9, "United States", "Pakistan"),
		item(2, ImplicitNumber, 0.75, "Israel", "Palestine"),
		item(3, ImplicitDoubt, 0.55, "United States", "Nicaragua"),
	}
	tests := []struct {
		name string
		sel  Selection
		want []int
	}{
		{"zero keeps all", Selection{}, []int{1, 2, 3}},
		{"types", Selection{Types: []ConflictType{ImplicitNumber, ImplicitDoubt}}, []int{2, 3}},
		{"confidence", Selection{MinConfidence: 0.75}, []int{1, 2}},
		{"side in any case", Selection{Sides: []string{"united states"}}, []int{1, 3}},
		{"all at once", Selection{Types: []ConflictType{ImplicitDoubt}, MinConfidence: 0.5, Sides: []string{" Nicaragua "}}, []int{3}},
		{"none left", Selection{Sides: []string{"Japan"}}, nil},
	}
	for _, tt := range tests {
		var got []int
		for _, c := range Select(items, tt.sel) {
			got = append(got, c.Event.ID)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: Select = %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestParseConflictTypes(t *testing.T) {
	ts, err := ParseConflictTypes("explicit-rejection, implicit-number,")
	if err != nil || len(ts) != 2 || ts[0] != ExplicitRejection || ts[1] != ImplicitNumber {
		t.Errorf("ParseConflictTypes = %v, %v; want explicit-rejection and implicit-number", ts, err)
	}
	if _, err := ParseConflictTypes("explicit-rejection,bogus"); err == nil || !strings.Contains(err.Error(), `"bogus"`) || !strings.Contains(err.Error(), "implicit-doubt") {
		t.Errorf("ParseConflictTypes(bogus) error = %v, want one naming it and the known types", err)
	}
}
