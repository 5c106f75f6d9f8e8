package polnear

import (
	"testing"

	"claimdiff/claims"
)

func TestReason(t *testing.T) {
	text := "Obama said the talks failed. He denied it."
	art := Article{Gold: Baseline(text)}
	if len(art.Gold) != 1 {
		t.Fatalf("baseline of %q gave %d attributions, want 1", text, len(art.Gold))
	}
	g := art.Gold[0]
	other := func(source, cue string) Attribution {
		a := g
		a.Source.Text, a.Cue.Text = source, cue
		return a
	}
	tests := []struct {
		pred Attribution
		want string
	}{
		{other("He", "said"), "source differs"},
		{other("Obama", "denied"), "cue differs"},
		{other("He", "denied"), "cue and source differ"},
	}
	for _, tt := range tests {
		pred := []Attribution{tt.pred}
		pairs := Align(art.Gold, pred)
		if got := Reason(art, pred, pairs[0]); got != tt.want {
			t.Errorf("Reason(%+v) = %q, want %q", pairs[0], got, tt.want)
		}
	}
	if got := Reason(art, nil, Pair{Gold: 0, Pred: -1}); got != "not found" {
		t.Errorf("reason for an unpaired gold = %q, want %q", got, "not found")
	}
}

func TestBadSpan(t *testing.T) {
	doc := &claims.Document{Text: "Obama said no."}
	good := claims.Claim{
		Source:  &claims.Source{Span: claims.Span{Start: 0, End: 5}, Text: "Obama"},
		Cue:     claims.Cue{Span: claims.Span{Start: 6, End: 10}, Text: "said"},
		Content: claims.Content{Span: claims.Span{Start: 11, End: 13}, Text: "no", Spans: []claims.Span{{Start: 11, End: 13}}},
	}
	wrongText, outside, pieceOutside, noSource := good, good, good, good
	wrongText.Cue.Text = "says"
	outside.Content.Span.End = 99
	pieceOutside.Content.Spans = []claims.Span{{Start: 6, End: 13}}
	noSource.Source = nil
	tests := []struct {
		name string
		cs   []claims.Claim
		want int
	}{
		{"good", []claims.Claim{good, noSource}, -1},
		{"text differs", []claims.Claim{good, wrongText}, 1},
		{"span outside the text", []claims.Claim{outside}, 0},
		{"piece outside the content span", []claims.Claim{good, good, pieceOutside}, 2},
	}
	for _, tt := range tests {
		if got := BadSpan(doc, tt.cs); got != tt.want {
			t.Errorf("%s: BadSpan = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// TestEvaluate scores a two-article split: one article's gold found, the other's missed,
// and a third left out by EvalOptions.Doc.
func TestEvaluate(t *testing.T) {
	found := "Obama said the talks failed."
	missed := "The talks failed, according to a diplomat."
	arts := []Article{
		{Name: "a", Ann: "x", Doc: &claims.Document{Name: "a.txt", Text: found}, Gold: Baseline(found)},
		{Name: "b", Ann: "", Doc: &claims.Document{Name: "b.txt", Text: missed}, Gold: []Attribution{newAttribution(missed,
			[]claims.Span{{Start: 33, End: 43}}, []claims.Span{{Start: 18, End: 30}}, []claims.Span{{Start: 0, End: 16}})}},
		{Name: "c", Doc: &claims.Document{Name: "c.txt", Text: found}, Gold: Baseline(found)},
	}
	baseline := func(doc *claims.Document) ([]claims.Claim, []Attribution) { return nil, Baseline(doc.Text) }
	e := Evaluate(arts, baseline, EvalOptions{Doc: "b", Errors: true})
	if e.Articles != 1 || e.Total.Gold != 1 || len(e.Misses) != 1 || e.Misses[0].Reason != "not found" || e.Misses[0].Doc != "b.txt" {
		t.Fatalf("Evaluate(Doc b) = %d articles, %d gold, misses %+v; want 1, 1 and one not found in b.txt", e.Articles, e.Total.Gold, e.Misses)
	}
	if len(e.Unannotated) != 1 || e.Unannotated[0] != "b.txt" {
		t.Errorf("Unannotated = %v, want [b.txt]", e.Unannotated)
	}
	if got := e.GoldCues.Top(5); got != "according to 1/1" {
		t.Errorf("GoldCues.Top = %q, want %q", got, "according to 1/1")
	}
	e = Evaluate(arts, baseline, EvalOptions{})
	if r := e.Total.Report().Lenient; e.Articles != 3 || len(e.PerDoc) != 3 || r.GoldOK != 2 || r.Gold != 3 || e.Misses != nil {
		t.Errorf("Evaluate(all) = %d articles, ATTR-L %d of %d gold, misses %v; want 3, 2 of 3, none collected", e.Articles, r.GoldOK, r.Gold, e.Misses)
	}
}
