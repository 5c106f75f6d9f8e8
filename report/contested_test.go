package report

import (
	"testing"

	"claimdiff/claims"
)

// TestWithDenial: a row that shows a speaker and a content says when the speaker denies it.
func TestWithDenial(t *testing.T) {
	tests := []struct {
		mention, name, cue string
		class              claims.CueClass
		want               string
	}{
		{"The Israeli military", "Israeli military", "denied", claims.CueDeny, "Israeli military (denied)"},
		{"He", "Shah Mehmood Qureshi", "flatly rejected", claims.CueDeny, "Shah Mehmood Qureshi (He, flatly rejected)"},
		{"Qureshi", "Shah Mehmood Qureshi", "said", claims.CueDeny, "Shah Mehmood Qureshi"}, // "said ... was ‘contrary to the facts’"
		{"Pakistan", "Pakistan", "said", claims.CueAssert, "Pakistan"},
	}
	for _, tt := range tests {
		c := &claims.Claim{Source: &claims.Source{Text: tt.mention, Name: tt.name}, Cue: claims.Cue{Text: tt.cue, Class: tt.class}}
		if got := speakerOrHedge(c); got != tt.want {
			t.Errorf("speakerOrHedge(%q %s) = %q, want %q", tt.name, tt.cue, got, tt.want)
		}
	}
}

func TestCommonDir(t *testing.T) {
	tests := []struct {
		docs []string
		want string
	}{
		{[]string{"../shared/seeds/000.txt", "../shared/seeds/001.txt"}, "../shared/seeds/"},
		{[]string{"a/b/x.txt", "a/c/y.txt"}, "a/"},
		{[]string{"x.txt", "a/y.txt"}, ""},
		{[]string{"https://news.example/world/story/"}, "https://news.example/world/"},
		{[]string{"https://news.example/world/a", "https://news.example/politics/b/"}, "https://news.example/"},
		{nil, ""},
	}
	for _, tt := range tests {
		if got := commonDir(tt.docs); got != tt.want {
			t.Errorf("commonDir(%q) = %q, want %q", tt.docs, got, tt.want)
		}
	}
}
