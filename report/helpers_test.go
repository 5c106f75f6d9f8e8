package report

import (
	"bytes"
	"strings"
	"testing"

	"claimdiff/claims"
)

// newDoc returns a document named name holding text.
func newDoc(t testing.TB, name, text string) *claims.Document {
	t.Helper()
	d, err := claims.NewDocument(name, []byte(text))
	if err != nil {
		t.Fatalf("NewDocument(%q): %v", name, err)
	}
	return d
}

// claimOf builds the claim in doc whose source mention, cue and content are the first
// occurrences of the given strings after the previous one; name is the resolved speaker
// ("" for no source).
func claimOf(t testing.TB, doc *claims.Document, mention, name, cue string, class claims.CueClass, content string) claims.Claim {
	t.Helper()
	find := func(s string) claims.Span {
		i := strings.Index(doc.Text, s)
		if i < 0 {
			t.Fatalf("%q not in %s", s, doc.Name)
		}
		return claims.Span{Start: i, End: i + len(s)}
	}
	c := claims.Claim{Doc: doc.Name, Date: doc.Date}
	if mention != "" {
		sp := find(mention)
		c.Source = &claims.Source{Span: sp, Text: mention, Name: name}
	}
	cs := find(cue)
	c.Cue = claims.Cue{Span: cs, Text: cue, Class: class}
	c.Line = 1 + strings.Count(doc.Text[:cs.Start], "\n")
	c.Sentence = c.Line
	var spans []claims.Span
	for _, piece := range strings.Split(content, " … ") {
		spans = append(spans, find(piece))
	}
	c.Content = claims.Content{
		Span:  claims.Span{Start: spans[0].Start, End: spans[len(spans)-1].End},
		Spans: spans,
	}
	c.Content.Text = doc.Text[c.Content.Start:c.Content.End]
	if strings.ContainsAny(doc.Text[max(0, spans[0].Start-3):spans[0].Start], "\"“‘'") {
		c.Kind = claims.Direct
	}
	return c
}

// seedLike is a small article in the manner of the seeds, with hostile and wide text.
const seedLike = `date 2018-09-01
ISLAMABAD - Foreign Minister Shah Mehmood Qureshi said the US statement was ‘contrary to the facts’.

He stated, “We will safeguard our interests | with respect and <script>honour</script>”, adding that “The US should *also* understand.”

The State Department said that the US statement was ‘about Pakistan-based terrorists’.

东京 spokesman 田中太郎 declared the café meeting was “très réussi” and e` + "\u0301" + `te` + "\u0301" + ` was fine.
`

// claimsTable renders cs of doc as a terminal table width columns wide.
func claimsTable(t testing.TB, doc *claims.Document, cs []claims.Claim, width int) string {
	t.Helper()
	var b bytes.Buffer
	w := NewClaimsWriter(&b, Options{Format: Table, Width: width})
	if err := w.Write(doc, cs); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func seedClaims(t testing.TB) (*claims.Document, []claims.Claim) {
	doc := newDoc(t, "testdata/seedlike.txt", seedLike)
	return doc, []claims.Claim{
		claimOf(t, doc, "Foreign Minister Shah Mehmood Qureshi", "Shah Mehmood Qureshi", "said", claims.CueDeny, "the US statement was ‘contrary to the facts’"),
		claimOf(t, doc, "He", "Shah Mehmood Qureshi", "stated", claims.CueAssert, "We will safeguard our interests | with respect and <script>honour</script>"),
		claimOf(t, doc, "He", "Shah Mehmood Qureshi", "adding that", claims.CueAssert, "The US should *also* understand."),
		claimOf(t, doc, "The State Department", "State Department", "said that", claims.CueAssert, "the US statement was ‘about Pakistan-based terrorists’"),
		claimOf(t, doc, "田中太郎", "田中太郎", "declared", claims.CueAssert, "the café meeting was “très réussi” and e\u0301te\u0301 was fine"),
	}
}
