package claims

import (
	"slices"
	"testing"
)

// TestFilter checks each of Filter's tests alone and together on the claims of a short text.
func TestFilter(t *testing.T) {
	doc, err := NewDocument("call.txt", []byte("Foreign Minister Shah Mehmood Qureshi said the call was brief. He denied that terrorism was discussed. The embassy said the call lasted forty minutes. The call reportedly covered trade."))
	if err != nil {
		t.Fatal(err)
	}
	cs := Extract(doc)
	if len(cs) < 4 {
		t.Fatalf("Extract gave %d claims, want 4: %v", len(cs), cs)
	}
	cues := func(cs []Claim) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Cue.Text)
		}
		return out
	}
	tests := []struct {
		name string
		f    Filter
		want []string
	}{
		{"zero value keeps all", Filter{}, cues(cs)},
		{"speaker by resolved name, any case", Filter{Speakers: []string{"qureshi"}}, []string{"said", "denied"}},
		{"speaker by mention", Filter{Speakers: []string{"embassy"}}, []string{"said"}},
		{"no source is no speaker", Filter{Speakers: []string{"reportedly"}}, nil},
		{"class", Filter{Classes: []CueClass{CueDeny}}, []string{"denied"}},
		{"words, all of them", Filter{Words: []string{"CALL", "forty"}}, []string{"said"}},
		{"speaker and class", Filter{Speakers: []string{"Qureshi"}, Classes: []CueClass{CueAssert}}, []string{"said"}},
		{"blank speakers are no filter", Filter{Speakers: []string{" ", ""}}, cues(cs)},
		{"a blank speaker beside a name", Filter{Speakers: []string{"", "embassy"}}, []string{"said"}},
	}
	for _, tt := range tests {
		if got := cues(tt.f.Apply(cs)); !slices.Equal(got, tt.want) {
			t.Errorf("%s: Apply kept cues %q, want %q", tt.name, got, tt.want)
		}
	}
	if got, err := ParseCueClasses(" deny, Accuse ,"); err != nil || !slices.Equal(got, []CueClass{CueDeny, CueAccuse}) {
		t.Errorf("ParseCueClasses = %v, %v; want [deny accuse]", got, err)
	}
	if _, err := ParseCueClasses("deny,shout"); err == nil {
		t.Error(`ParseCueClasses("deny,shout"): no error`)
	}
}
