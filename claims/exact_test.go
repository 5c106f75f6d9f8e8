package claims

import (
	"strings"
	"testing"
)

// TestExactSpans checks span conventions to the byte: the source, the cue and the content
// (its pieces joined by " … ") of one claim, as PolNeAR's annotators mark them. Each case is
// a convention measured on PolNeAR's train split (see EXTRACTION.md).
func TestExactSpans(t *testing.T) {
	tests := []struct {
		name, text        string
		src, cue, content string
		reason            string
	}{
		{
			name:    "a contrast of two clauses with while stays in the reported clause",
			text:    "The analyst said the company lost money in Europe, while its rivals gained ground in Asia.",
			src:     "The analyst",
			cue:     "said",
			content: "the company lost money in Europe, while its rivals gained ground in Asia",
			reason:  "train ATTR-E 9,552 to 9,556",
		},
		{
			name:    "so does a contrast with though",
			text:    "The campaign pointed out that the senator signed the same agreement, though he never raised money with it.",
			src:     "The campaign",
			cue:     "pointed out",
			content: "that the senator signed the same agreement, though he never raised money with it",
			reason:  "with though and whereas, train ATTR-E 9,556 to 9,561",
		},
		{
			name:    "an although clause stays the writer's",
			text:    "Some view the merger as a hostile takeover, although they have failed to block it.",
			src:     "Some",
			cue:     "view",
			content: "the merger as a hostile takeover",
			reason:  "with although, train ATTR-L fell by one: the concession is mostly the writer's",
		},
		{
			name:    "not only ..., but also ... is one content",
			text:    "The senator argued that he can win not only the primary, but also the general election.",
			src:     "The senator",
			cue:     "argued",
			content: "that he can win not only the primary, but also the general election",
			reason:  "with 'but rather', train ATTR-E 9,561 to 9,565, ATTR-L 12,296 to 12,297",
		},
		{
			name:    "not ..., but rather ... is one content",
			text:    "Experts suggest that the party does not plan to fight him, but rather use him.",
			src:     "Experts",
			cue:     "suggest",
			content: "that the party does not plan to fight him, but rather use him",
		},
		{
			name:    "but also and a verb after a noun phrase content is the source's next act",
			text:    "The director praised the mayor's remarks, but also used them to push for more funds.",
			src:     "The director",
			cue:     "praised",
			content: "the mayor's remarks",
		},
		{
			name:    "a while clause after a noun phrase content is the writer's",
			text:    "Some courses have sought bankruptcy protection, while others were sold.",
			src:     "Some courses",
			cue:     "have sought",
			content: "bankruptcy protection",
		},
		{
			name:    "a while clause that holds a claim of its own ends the content",
			text:    "The mayor said the budget was balanced, while critics said it was not.",
			src:     "The mayor",
			cue:     "said",
			content: "the budget was balanced",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Name: "t.txt", Text: tt.text}
			cs := Extract(doc)
			checkSpans(t, doc, cs)
			var c *Claim
			for i := range cs {
				if cs[i].Cue.Text == tt.cue && (cs[i].Source == nil && tt.src == "" || cs[i].Source != nil && cs[i].Source.Text == tt.src) {
					c = &cs[i]
					break
				}
			}
			if c == nil {
				t.Fatalf("no claim by %q with cue %q; got:\n%s", tt.src, tt.cue, dump(cs))
			}
			if got := strings.Join(c.Content.Pieces(), " … "); got != tt.content {
				t.Errorf("content = %q, want %q", got, tt.content)
			}
		})
	}
}
