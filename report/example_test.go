package report_test

import (
	"os"

	"claimdiff/claims"
	"claimdiff/compare"
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
	// ┌──────────┬──────────┬──────────────────┬──────┐
	// │ Source   │ Cue      │ Statement        │ Line │
	// ├──────────┼──────────┼──────────────────┼──────┤
	// │ The      │ said     │ the talks were a │ 1    │
	// │ minister │ (assert) │ failure          │      │
	// └──────────┴──────────┴──────────────────┴──────┘
}

// Contested events as markdown, as `claimdiff contested --format markdown` writes them. The
// events come from compare.Corpus.Contested; here one is built by hand.
func ExampleContested() {
	text := "Ethiopia rejected Egypt's claim that the dam broke the deal as baseless."
	doc, _ := claims.NewDocument("dam.txt", []byte(text))
	claim := func(src claims.Span, cue claims.Span, class claims.CueClass, content claims.Span) claims.Claim {
		return claims.Claim{
			Doc: doc.Name, Sentence: 1, Line: 1,
			Source:  &claims.Source{Span: src, Text: text[src.Start:src.End], Name: text[src.Start:src.End]},
			Cue:     claims.Cue{Span: cue, Text: text[cue.Start:cue.End], Class: class},
			Content: claims.Content{Span: content, Text: text[content.Start:content.End], Spans: []claims.Span{content}},
		}
	}
	egypt := claim(claims.Span{Start: 18, End: 23}, claims.Span{Start: 26, End: 31}, claims.CueClaim, claims.Span{Start: 37, End: 60})
	ethiopia := claim(claims.Span{Start: 0, End: 8}, claims.Span{Start: 9, End: 17}, claims.CueDeny, claims.Span{Start: 18, End: 60})
	c := compare.Contested{
		Event:       compare.Event{ID: 1, Label: "dam deal"},
		Type:        compare.ExplicitRejection,
		Confidence:  0.9,
		Explanation: `Ethiopia rejects Egypt's account as "baseless"`,
		Sides: []compare.SideClaims{
			{Side: "Egypt", Claims: []claims.Claim{egypt}},
			{Side: "Ethiopia", Claims: []claims.Claim{ethiopia}},
		},
	}
	report.Contested(os.Stdout, []compare.Contested{c}, report.Options{Format: report.Markdown})
	// Output:
	// ## 1. dam deal
	//
	// **Conflict:** explicit-rejection, confidence 0.90: Ethiopia rejects Egypt's account as "baseless"
	//
	// | Side | Speaker | Statement | Where |
	// | --- | --- | --- | --- |
	// | Egypt | Egypt | the dam broke the deal | dam.txt:1 |
	// | Ethiopia | Ethiopia (rejected) | Egypt's claim that the dam broke the deal | dam.txt:1 |
}
