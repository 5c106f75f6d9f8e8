package report_test

import (
	"os"

	"claimdiff/claims"
	"claimdiff/report"
)

// A claims table in markdown: the quotation's "|" and "<b>" stay plain text in their cell.
func ExampleNewClaimsWriter() {
	text := "The minister said the talks were \"a failure | <b>done</b>\"."
	doc, _ := claims.NewDocument("talks.txt", []byte(text))
	content := claims.Span{Start: 34, End: 57}
	c := claims.Claim{
		Doc: doc.Name, Sentence: 1, Line: 1,
		Source:  &claims.Source{Span: claims.Span{Start: 0, End: 12}, Text: "The minister", Name: "The minister"},
		Cue:     claims.Cue{Span: claims.Span{Start: 13, End: 17}, Text: "said"},
		Content: claims.Content{Span: content, Text: text[34:57], Spans: []claims.Span{content}},
		Kind:    claims.Mixed,
	}
	w := report.NewClaimsWriter(os.Stdout, report.Options{Format: report.Markdown})
	w.Write(doc, []claims.Claim{c})
	w.Flush()
	// Output:
	// ## talks.txt
	//
	// 1 claim.
	//
	// | Source | Cue | Statement | Where |
	// | --- | --- | --- | --- |
	// | The minister | said (assert) | a failure \| \<b\>done\</b\> | talks.txt:1 |
}

// The same claim as a terminal table, wrapped to 50 columns.
func ExampleOptions() {
	text := "The minister said the talks were a failure."
	doc, _ := claims.NewDocument("talks.txt", []byte(text))
	content := claims.Span{Start: 18, End: 42}
	c := claims.Claim{
		Doc: doc.Name, Sentence: 1, Line: 1,
		Source:  &claims.Source{Span: claims.Span{Start: 0, End: 12}, Text: "The minister", Name: "The minister"},
		Cue:     claims.Cue{Span: claims.Span{Start: 13, End: 17}, Text: "said"},
		Content: claims.Content{Span: content, Text: text[18:42], Spans: []claims.Span{content}},
	}
	w := report.NewClaimsWriter(os.Stdout, report.Options{Format: report.Table, Width: 50})
	w.Write(doc, []claims.Claim{c})
	w.Flush()
	// Output:
	// talks.txt: 1 claim
	// ┌──────────┬─────────┬───────────┬───────────┐
	// │ Source   │ Cue     │ Statement │ Where     │
	// ├──────────┼─────────┼───────────┼───────────┤
	// │ The      │ said    │ the talks │ talks.txt │
	// │ minister │ (assert │ were a    │ :1        │
	// │          │ )       │ failure   │           │
	// └──────────┴─────────┴───────────┴───────────┘
}
