package claims

import "testing"

func TestContentQuote(t *testing.T) {
	text := `He said that the call was short. "We know," he said, "that it was."`
	piece := func(s string, from int) Span {
		for i := from; i+len(s) <= len(text); i++ {
			if text[i:i+len(s)] == s {
				return Span{i, i + len(s)}
			}
		}
		t.Fatalf("%q not in the text", s)
		return Span{}
	}
	content := func(spans ...Span) Content {
		all := Span{spans[0].Start, spans[len(spans)-1].End}
		return Content{Span: all, Text: text[all.Start:all.End], Spans: spans}
	}
	tests := []struct {
		c    Content
		want string
	}{
		{content(piece("that the call was short", 0)), "the call was short"},
		{content(piece(`"We know,"`, 0), piece(`"that it was."`, 40)), `"We know," … "that it was."`},
		{content(piece("that", 0)), "that"},
	}
	for _, tt := range tests {
		if got := tt.c.Quote(); got != tt.want {
			t.Errorf("Quote() of %q = %q, want %q", tt.c.Text, got, tt.want)
		}
	}
}

// TestLexiconsListEachEntryOnce: a word list that names an entry twice was merged carelessly;
// the second line adds nothing and hides which measurement the entry rests on.
func TestLexiconsListEachEntryOnce(t *testing.T) {
	entries, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		seen := map[string]bool{}
		for _, line := range lexicon(e.Name()) {
			if seen[line] {
				t.Errorf("lexicon/%s lists %q twice", e.Name(), line)
			}
			seen[line] = true
		}
	}
}
