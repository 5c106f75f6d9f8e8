package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"claimdiff/claims"
	"claimdiff/compare"
)

func checkFixture() compare.StanceResult {
	return compare.StanceResult{
		Doc: "a|b.txt", Stance: compare.StanceDiscusses, Confidence: 0.66666,
		Probs: [4]float64{compare.StanceSupports: 0.1, compare.StanceDiscusses: 0.66666, compare.StanceUnrelated: 0.23334},
		Evidence: []compare.StanceEvidence{
			{Span: claims.Span{Start: 10, End: 30}, Text: "it was | limited\nto it", Line: 2,
				Stance: compare.StanceSupports, Confidence: 0.5, Speaker: "Pakistan", Cue: "claimed"},
			{Span: claims.Span{Start: 40, End: 50}, Text: "no speaker", Line: 3, Stance: compare.StanceRefutes, Confidence: 0.25},
		},
	}
}

func TestCheckWriter(t *testing.T) {
	unrelated := compare.StanceResult{Doc: "c.txt", Stance: compare.StanceUnrelated, Confidence: 0.9}
	tests := []struct {
		format Format
		want   []string
	}{
		{Table, []string{"Claim: the call\n", "a|b.txt: discusses (confidence 0.67, related 0.77)", "supports 0.50", "Pakistan (claimed)", "│ 2    │", "refutes 0.25", "\nc.txt: unrelated (confidence 0.90)\n",
			"\n\n2 articles: 0 supporting, 0 refuting, 1 discussing, 1 unrelated\n"}},
		{Markdown, []string{"# Claim: the call\n", `## a\|b.txt`, "**discusses** (confidence 0.67, related 0.77).", `it was \| limited<br>to it`, "| Stance | Speaker | Evidence | Where |", "## c.txt\n\n**unrelated**",
			"\n\n**Summary:** 2 articles: 0 supporting, 0 refuting, 1 discussing, 1 unrelated\n"}},
	}
	for _, tt := range tests {
		var b bytes.Buffer
		w := NewCheckWriter(&b, "the call", Options{Format: tt.format, Width: 200})
		if err := w.Write(checkFixture()); err != nil {
			t.Fatal(err)
		}
		if err := w.Write(unrelated); err != nil {
			t.Fatal(err)
		}
		if err := w.Flush(); err != nil {
			t.Fatal(err)
		}
		for _, want := range tt.want {
			if !strings.Contains(b.String(), want) {
				t.Errorf("%s output lacks %q:\n%s", tt.format, want, b.String())
			}
		}
	}
}

// TestCheckClaimWrapped: a long claim is wrapped to the table's width, as the titles of
// contested and compare are, rather than running past the edge of a narrow terminal.
func TestCheckClaimWrapped(t *testing.T) {
	claim := "Pakistan's foreign office said the phone call between Pompeo and Imran Khan was limited to congratulations"
	var b bytes.Buffer
	w := NewCheckWriter(&b, claim, Options{Format: Table, Width: 60})
	if err := w.Write(checkFixture()); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "Claim: Pakistan's foreign office said the phone call between\nPompeo and Imran Khan was limited to congratulations\n\na|b.txt: discusses"
	if !strings.HasPrefix(b.String(), want) {
		t.Errorf("output does not start with %q:\n%s", want, b.String())
	}
	for line := range strings.Lines(b.String()) {
		if n := displayWidth(strings.TrimSuffix(line, "\n")); n > 60 {
			t.Errorf("line of %d columns, want at most 60: %q", n, line)
		}
	}
}

// TestStanceLineUnderTheBar: an article judged unrelated though it more likely bears on the
// claim than not (a related threshold above 0.5) shows how likely it is related, so that
// "unrelated (confidence 0.00)" does not puzzle; at a usual threshold it shows no more.
func TestStanceLineUnderTheBar(t *testing.T) {
	tests := []struct {
		r    compare.StanceResult
		want string
	}{
		{compare.StanceResult{Stance: compare.StanceUnrelated, Confidence: 0.38, Probs: [4]float64{compare.StanceUnrelated: 0.38, compare.StanceSupports: 0.62}},
			"unrelated (confidence 0.38, related 0.62)"},
		{compare.StanceResult{Stance: compare.StanceUnrelated, Confidence: 0.9, Probs: [4]float64{compare.StanceUnrelated: 0.9, compare.StanceSupports: 0.1}},
			"unrelated (confidence 0.90)"},
	}
	for _, tt := range tests {
		if got := stanceLine(tt.r); got != tt.want {
			t.Errorf("stanceLine(%v) = %q, want %q", tt.r.Probs, got, tt.want)
		}
	}
}

// TestCheckWriterOnlyRelated: unrelated documents are left out but counted; a single
// document shown gets no count, nor does JSON Lines output; with none shown the count comes
// under the claim.
func TestCheckWriterOnlyRelated(t *testing.T) {
	unrelated := compare.StanceResult{Doc: "c.txt", Stance: compare.StanceUnrelated, Confidence: 0.9}
	var b bytes.Buffer
	w := NewCheckWriter(&b, "the call", Options{Format: Table, Width: 200})
	w.OnlyRelated = true
	for _, r := range []compare.StanceResult{unrelated, checkFixture(), unrelated} {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	w.Flush()
	out := b.String()
	if strings.Contains(out, "c.txt") || !strings.HasPrefix(out, "Claim: the call\n\na|b.txt: discusses") {
		t.Errorf("output shows an unrelated document or lacks the related one:\n%s", out)
	}
	if !strings.HasSuffix(out, "\n\n3 articles: 0 supporting, 0 refuting, 1 discussing, 2 unrelated (not shown)\n") {
		t.Errorf("output does not end with the count:\n%s", out)
	}

	for _, format := range []Format{Table, JSONL} {
		b.Reset()
		w = NewCheckWriter(&b, "the call", Options{Format: format, Width: 200})
		w.Write(checkFixture())
		w.Flush()
		if strings.Contains(b.String(), "article") {
			t.Errorf("%s output for one document has a count:\n%s", format, b.String())
		}
	}
	// Every document left out: the count still names its claim (it stood alone, "3 articles:
	// ..." of no claim in a saved markdown file).
	for format, want := range map[Format]string{
		Table:    "Claim: the call\n\n2 articles: 0 supporting, 0 refuting, 0 discussing, 2 unrelated (not shown)\n",
		Markdown: "# Claim: the call\n\n**Summary:** 2 articles: 0 supporting, 0 refuting, 0 discussing, 2 unrelated (not shown)\n",
	} {
		b.Reset()
		w = NewCheckWriter(&b, "the call", Options{Format: format, Width: 200})
		w.OnlyRelated = true
		w.Write(unrelated)
		w.Write(unrelated)
		w.Flush()
		if b.String() != want {
			t.Errorf("%s output with every document unrelated = %q, want %q", format, b.String(), want)
		}
	}
}

// TestCheckWriterByStance: held until Flush, refuting first, each stance by confidence.
func TestCheckWriterByStance(t *testing.T) {
	var b bytes.Buffer
	w := NewCheckWriter(&b, "the call", Options{Format: JSONL})
	w.ByStance = true
	in := []compare.StanceResult{
		{Doc: "u.txt", Stance: compare.StanceUnrelated, Confidence: 0.9},
		{Doc: "s1.txt", Stance: compare.StanceSupports, Confidence: 0.5},
		{Doc: "r.txt", Stance: compare.StanceRefutes, Confidence: 0.4},
		{Doc: "s2.txt", Stance: compare.StanceSupports, Confidence: 0.8},
		{Doc: "d.txt", Stance: compare.StanceDiscusses, Confidence: 0.6},
	}
	for _, r := range in {
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
	}
	if b.Len() != 0 {
		t.Fatalf("output before Flush: %q", b.String())
	}
	w.Flush()
	var got []string
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		var r CheckResult
		if err := json.Unmarshal([]byte(line), &r); err != nil {
			t.Fatal(err)
		}
		got = append(got, r.Doc)
	}
	if want := "r.txt s2.txt s1.txt d.txt u.txt"; strings.Join(got, " ") != want {
		t.Errorf("order %v, want %s", got, want)
	}
}

func TestCheckWriterJSONL(t *testing.T) {
	var b bytes.Buffer
	w := NewCheckWriter(&b, "the call", Options{Format: JSONL})
	if err := w.Write(checkFixture()); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	var got CheckResult
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatalf("output %q: %v", b.String(), err)
	}
	if got.Doc != "a|b.txt" || got.Claim != "the call" || got.Stance != compare.StanceDiscusses || got.Confidence != 0.667 {
		t.Errorf("JSONL = %+v, want a|b.txt, the call, discusses, 0.667", got)
	}
	if len(got.Evidence) != 2 || got.Evidence[0].Speaker != "Pakistan" || got.Evidence[0].Start != 10 || got.Evidence[1].Stance != compare.StanceRefutes {
		t.Errorf("JSONL evidence = %+v", got.Evidence)
	}
	if strings.Contains(b.String(), `"speaker":""`) || !strings.Contains(b.String(), `"stance":"discusses"`) {
		t.Errorf("JSONL %s: want no empty speaker and stances by name", b.String())
	}
}

// TestCheckWriterExcerpt: an item that is an excerpt of a longer sentence shows an ellipsis
// where it is cut, in the table and markdown, and its whole span in JSON Lines; a whole item
// has no "whole".
func TestCheckWriterExcerpt(t *testing.T) {
	r := checkFixture()
	r.Evidence[0].Whole = claims.Span{Start: 0, End: 5000}
	r.Evidence[1].Whole = claims.Span{Start: 40, End: 5000}
	for format, want := range map[Format][]string{
		Table:    {"│ … it was | limited", "to it …", "│ no speaker …"},
		Markdown: {`| … it was \| limited<br>to it … |`, "| no speaker … |"},
		JSONL:    {`"start":10,"end":30,"whole":{"start":0,"end":5000},"line":2`, `"start":40,"end":50,"whole":{"start":40,"end":5000},"line":3`},
	} {
		var b bytes.Buffer
		w := NewCheckWriter(&b, "the call", Options{Format: format, Width: 200})
		if err := w.Write(r); err != nil {
			t.Fatal(err)
		}
		w.Flush()
		for _, s := range want {
			if !strings.Contains(b.String(), s) {
				t.Errorf("%s output lacks %q:\n%s", format, s, b.String())
			}
		}
	}
	var b bytes.Buffer
	w := NewCheckWriter(&b, "the call", Options{Format: JSONL})
	w.Write(checkFixture())
	w.Flush()
	if strings.Contains(b.String(), `"whole"`) || strings.Contains(b.String(), "…") {
		t.Errorf("JSONL of whole items %s: want no \"whole\" and no ellipsis", b.String())
	}
}
