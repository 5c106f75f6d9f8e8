package polnear

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"claimdiff/claims"
)

// tokenRE is the token expression with Python 3's Unicode \w.
var tokenRE = regexp.MustCompile(`[\p{L}\p{N}_]+(?:['’-][\p{L}\p{N}_]+)*`)

func regexpTokens(s string) []string {
	var out []string
	for _, m := range tokenRE.FindAllString(s, -1) {
		out = append(out, strings.ToLower(m))
	}
	return out
}

func TestTokens(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"He said: “No.”", []string{"he", "said", "no"}},
		{"Clinton’s well-known don't", []string{"clinton’s", "well-known", "don't"}},
		{"Café São_Paulo 42%", []string{"café", "são_paulo", "42"}},
		{"end- -start 'quoted' rock'n'roll", []string{"end", "start", "quoted", "rock'n'roll"}},
		{"a--b x’ ’y", []string{"a", "b", "x", "y"}},
	}
	for _, tt := range tests {
		if got := Tokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("Tokens(%q) = %q, want %q", tt.in, got, tt.want)
		}
		if got := regexpTokens(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("regexp tokens of %q = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func FuzzTokens(f *testing.F) {
	for _, s := range []string{"Clinton’s well-known", "a-'b", "x'-y z", "Café\u00a0é-", "\xff'a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, want := Tokens(s), regexpTokens(s)
		if !slices.Equal(got, want) {
			t.Errorf("Tokens(%q) = %q, want %q (the regexp)", s, got, want)
		}
	})
}

func TestDice(t *testing.T) {
	tests := []struct {
		a, b string
		want float64
	}{
		{"", "", 0},
		{"a b", "", 0},
		{"a b c d", "a b c d", 1},
		{"A b", "a B b", 1}, // sets, case-insensitive
		{"a b c", "c d", 0.4},
	}
	for _, tt := range tests {
		if got := Dice(tt.a, tt.b); got != tt.want {
			t.Errorf("Dice(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// attr builds an attribution from the texts of its parts; "" means absent.
func attr(source, cue, content string) Attribution {
	part := func(s string) Part {
		if s == "" {
			return Part{}
		}
		return Part{Spans: []claims.Span{{Start: 0, End: len(s)}}, Text: s}
	}
	return Attribution{Source: part(source), Cue: part(cue), Content: part(content)}
}

func TestAlign(t *testing.T) {
	tests := []struct {
		name       string
		gold, pred []Attribution
		want       []Pair
		reason     string
	}{
		{
			name: "exact",
			gold: []Attribution{attr("Trump", "said", "the wall will be built")},
			pred: []Attribution{attr("trump", "said", "The wall will be built.")},
			want: []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true, Lenient: true, Exact: true}},
		},
		{
			name:   "greedy by Dice",
			gold:   []Attribution{attr("A", "said", "one two three four"), attr("B", "said", "one two three four five six")},
			pred:   []Attribution{attr("B", "said", "one two three four five six seven")},
			want:   []Pair{{Gold: 0, Pred: -1}, {Gold: 1, Pred: 0, Dice: 12.0 / 13, Content: true, Lenient: true}, {Gold: -1, Pred: -1}}[:2],
			reason: "the prediction pairs with the gold it overlaps most, though the first gold also overlaps it",
		},
		{
			name: "one to one",
			gold: []Attribution{attr("A", "said", "x y")},
			pred: []Attribution{attr("A", "said", "x y"), attr("A", "said", "x y")},
			want: []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true, Lenient: true, Exact: true}, {Gold: -1, Pred: 1}},
		},
		{
			name: "no overlap no pair",
			gold: []Attribution{attr("A", "said", "x y")},
			pred: []Attribution{attr("A", "said", "z")},
			want: []Pair{{Gold: 0, Pred: -1}, {Gold: -1, Pred: 0}},
		},
		{
			name:   "low Dice pairs but does not match",
			gold:   []Attribution{attr("A", "said", "a b c d")},
			pred:   []Attribution{attr("A", "said", "a e f g")},
			want:   []Pair{{Gold: 0, Pred: 0, Dice: 0.25}},
			reason: "pairing takes any Dice > 0; the metrics need >= 0.5",
		},
		{
			name: "sources share a token, cue too",
			gold: []Attribution{attr("President Barack Obama", "told reporters", "a b")},
			pred: []Attribution{attr("Obama", "told", "a b")},
			want: []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true, Lenient: true}},
		},
		{
			name: "sources differ",
			gold: []Attribution{attr("Obama", "said", "a b")},
			pred: []Attribution{attr("he", "said", "a b")},
			want: []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true}},
		},
		{
			name: "both sources absent",
			gold: []Attribution{attr("", "reportedly", "a b")},
			pred: []Attribution{attr("", "reportedly", "a b")},
			want: []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true, Lenient: true, Exact: true}},
		},
		{
			name: "one source absent",
			gold: []Attribution{attr("", "reportedly", "a b")},
			pred: []Attribution{attr("Obama", "reportedly", "a b")},
			want: []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true}},
		},
		{
			name:   "both cues without tokens",
			gold:   []Attribution{attr("A", "", "a b")},
			pred:   []Attribution{attr("A", "—", "a b")},
			want:   []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true, Lenient: true, Exact: true}},
			reason: "a cue of punctuation has no token, like an absent one",
		},
		{
			name: "cues differ",
			gold: []Attribution{attr("A", "denied", "a b")},
			pred: []Attribution{attr("A", "said", "a b")},
			want: []Pair{{Gold: 0, Pred: 0, Dice: 1, Content: true}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := Align(tt.gold, tt.pred)
			if !slices.Equal(got, tt.want) {
				t.Errorf("Align = %+v, want %+v (%s)", got, tt.want, tt.reason)
			}
		})
	}
}

func TestScoreQuoted(t *testing.T) {
	q := func(a Attribution) Attribution { a.Quoted = true; return a }
	gold := []Attribution{
		q(attr("A", "said", "“x y z”")),
		q(attr("B", "said", "“u v w”")),
		attr("C", "said", "p q r"),
	}
	pred := []Attribution{
		attr("A", "said", "x y z"), // quoted gold, unquoted prediction
		q(attr("C", "said", "“p q r”")),
		q(attr("D", "said", "“k”")),
	}
	got := Score(gold, pred)
	want := Counts{Gold: 3, Pred: 3, Content: 2, Lenient: 2, Exact: 2,
		GoldQuoted: 2, PredQuoted: 2, LenientGoldQuoted: 1, LenientPredQuoted: 1}
	if got != want {
		t.Fatalf("Score = %+v, want %+v", got, want)
	}
	r := got.Report()
	if r.Quoted.P != 0.5 || r.Quoted.R != 0.5 || r.Quoted.F1 != 0.5 {
		t.Errorf("quoted metric = %+v, want P = R = F1 = 0.5", r.Quoted)
	}
	if r.Lenient.P != 2.0/3 || r.Lenient.R != 2.0/3 {
		t.Errorf("ATTR-L = %+v, want P = R = 2/3", r.Lenient)
	}
	var sum Counts
	sum.Add(got)
	sum.Add(got)
	if sum.Gold != 6 || sum.LenientPredQuoted != 2 || sum.Report().Lenient.F1 != r.Lenient.F1 {
		t.Errorf("twice %+v = %+v", got, sum)
	}
	if m := (Counts{}).Report().Lenient; m.P != 0 || m.R != 0 || m.F1 != 0 {
		t.Errorf("empty counts give %+v, want zeros", m)
	}
}

func TestIsQuoted(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{`He said [“we won”].`, true},
		{`He said ["we won"].`, true},
		{`He said [‘contrary to the facts’].`, true},
		{`He called it ['a hoax'].`, true},
		{`He said [the party’s 'plan' won't work].`, true},
		{`He said [the party’s plan won't work].`, false},
		{`He said [the Clintons' plan].`, false},
		{`He said [''we won,''] twice.`, true},
		{`He said ''[we won,]'' twice.`, true},
		{`He said “[we won],” twice.`, true}, // the span leaves the marks out
		{`He said, [we won].`, false},
	}
	for _, tt := range tests {
		start, end := strings.Index(tt.text, "["), strings.Index(tt.text, "]")-1 // without the brackets
		text := strings.NewReplacer("[", "", "]", "").Replace(tt.text)
		if got := IsQuoted(text, []claims.Span{{Start: start, End: end}}); got != tt.want {
			t.Errorf("IsQuoted(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func TestFromClaims(t *testing.T) {
	text := `“We know it,” he said. “Yes.”`
	doc := &claims.Document{Name: "x", Text: text}
	he := strings.Index(text, "he")
	said := strings.Index(text, "said")
	c := claims.Claim{
		Source: &claims.Source{Span: claims.Span{Start: he, End: he + 2}, Text: "he", Name: "Shah Mehmood Qureshi"},
		Cue:    claims.Cue{Span: claims.Span{Start: said, End: said + 4}, Text: "said"},
		Content: claims.Content{Span: claims.Span{Start: 3, End: len(text) - 3}, Spans: []claims.Span{
			{Start: 3, End: strings.Index(text, ",")}, {Start: strings.LastIndex(text, "Yes"), End: len(text) - 3}}},
	}
	noSource := c
	noSource.Source = nil
	noSource.Content.Spans = nil
	got := FromClaims(doc, []claims.Claim{c, noSource})
	if len(got) != 2 {
		t.Fatalf("FromClaims gave %d attributions, want 2", len(got))
	}
	if got[0].Source.Text != "he" || got[0].Cue.Text != "said" || got[0].Content.Text != "We know it Yes." || !got[0].Quoted {
		t.Errorf("FromClaims(...)[0] = %+v, want the mention, the cue and the two pieces, quoted", got[0])
	}
	if !got[1].Source.Absent() || got[1].Content.Text != text[3:len(text)-3] {
		t.Errorf("FromClaims(...)[1] = %+v, want no source and the whole content span", got[1])
	}
}
