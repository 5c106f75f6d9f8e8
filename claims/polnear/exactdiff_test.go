package polnear

import (
	"cmp"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"claimdiff/claims"
)

// TestExactDiff lists, for the split named by $POLNEAR_EXACT (say "train"), the pairs that
// meet ATTR-L but not ATTR-E: for each, which parts differ (source, cue, content start,
// content end, content inside), how their edges move, both texts and the tokens only the
// prediction has (+) or only the gold has (-), then counts by part, by token difference and
// by edge. It writes to $POLNEAR_EXACT_OUT (default stdout through t.Log), and every lenient
// match, one a line marked E when it is exact and L when not, to $POLNEAR_EXACT_LIST when set,
// for comparing two versions of the extractor. It is a tool for reading span conventions,
// skipped unless the variable is set; read train only, never dev.
//
//	POLNEAR_EXACT=train POLNEAR_EXACT_OUT=/tmp/exact.txt go test -run TestExactDiff ./claims/polnear
func TestExactDiff(t *testing.T) {
	split := os.Getenv("POLNEAR_EXACT")
	if split == "" {
		t.Skip("set POLNEAR_EXACT to a split name (train) to list lenient matches that are not exact")
	}
	arts, err := Load(corpus(t, split))
	if err != nil {
		t.Fatal(err)
	}
	var b, exact strings.Builder
	byPart := map[string]int{}
	byDiff := map[string]int{}
	byEdge := map[string]int{}
	n := 0
	for _, a := range arts {
		pred := FromClaims(a.Doc, claims.Extract(a.Doc))
		for _, p := range Align(a.Gold, pred) {
			if p.Gold < 0 || p.Pred < 0 || !p.Lenient {
				continue
			}
			g := a.Gold[p.Gold]
			mark := "L"
			if p.Exact {
				mark = "E"
			}
			fmt.Fprintf(&exact, "%s\t%s\t%s\t%s\t%q\n", mark, a.Name, g.Source.Text, g.Cue.Text, clip(g.Content.Text))
			if p.Exact {
				continue
			}
			n++
			g, q := a.Gold[p.Gold], pred[p.Pred]
			fmt.Fprintf(&b, "== %s\n", a.Name)
			for _, part := range []struct {
				name string
				g, p Part
			}{{"source", g.Source, q.Source}, {"cue", g.Cue, q.Cue}, {"content", g.Content, q.Content}} {
				if slices.Equal(tokenSet(part.g.Text), tokenSet(part.p.Text)) {
					continue
				}
				kind := part.name
				if part.name == "content" {
					kind = contentKind(a.Doc.Text, part.g, part.p)
				}
				d := tokenDiff(part.g.Text, part.p.Text)
				byPart[kind]++
				byDiff[part.name+" "+d]++
				es := edges(a.Doc.Text, part.g, part.p)
				for _, e := range es {
					byEdge[part.name+" "+e]++
				}
				fmt.Fprintf(&b, "  %s [%s] {%s}\n    gold: %q\n    pred: %q\n", kind, d, strings.Join(es, "; "), clip(part.g.Text), clip(part.p.Text))
				if part.name == "content" && !part.g.Absent() && !part.p.Absent() {
					ge, pe := part.g.Spans[len(part.g.Spans)-1].End, part.p.Spans[len(part.p.Spans)-1].End
					fmt.Fprintf(&b, "    gold end: %q\n    pred end: %q\n", around(a.Doc.Text, ge), around(a.Doc.Text, pe))
				}
			}
		}
	}
	fmt.Fprintf(&b, "\n%d lenient matches not exact\n", n)
	writeCounts(&b, "by part", byPart, 0)
	writeCounts(&b, "by token difference", byDiff, 2)
	writeCounts(&b, "by edge (start/end: +text the prediction adds, -text it leaves out)", byEdge, 2)
	if out := os.Getenv("POLNEAR_EXACT_LIST"); out != "" {
		if err := os.WriteFile(out, []byte(exact.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if out := os.Getenv("POLNEAR_EXACT_OUT"); out != "" {
		if err := os.WriteFile(out, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Log(b.String())
}

// contentKind names where two contents differ: "content start", "content end", both, or
// "content inside" when the outer ends agree.
func contentKind(text string, g, p Part) string {
	if g.Absent() || p.Absent() {
		return "content"
	}
	gs, ge := g.Spans[0].Start, g.Spans[len(g.Spans)-1].End
	ps, pe := p.Spans[0].Start, p.Spans[len(p.Spans)-1].End
	startDiff := !slices.Equal(tokenSet(text[min(gs, ps):max(gs, ps)]), nil)
	endDiff := !slices.Equal(tokenSet(text[min(ge, pe):max(ge, pe)]), nil)
	switch {
	case startDiff && endDiff:
		return "content start+end"
	case startDiff:
		return "content start"
	case endDiff:
		return "content end"
	}
	return "content inside"
}

// tokenDiff returns the tokens only the prediction has, "+tok", and those only the gold has,
// "-tok", at most six of each.
func tokenDiff(gold, pred string) string {
	g, p := tokenSet(gold), tokenSet(pred)
	var out []string
	add := func(sign string, xs, ys []string) {
		k := 0
		for _, x := range xs {
			if _, found := slices.BinarySearch(ys, x); !found {
				if k++; k > 6 {
					out = append(out, sign+"…")
					break
				}
				out = append(out, sign+x)
			}
		}
	}
	add("+", p, g)
	add("-", g, p)
	return strings.Join(out, " ")
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:150] + " … " + s[len(s)-150:]
	}
	return s
}

func writeCounts(b *strings.Builder, title string, m map[string]int, atLeast int) {
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range m {
		if v >= atLeast {
			kvs = append(kvs, kv{k, v})
		}
	}
	slices.SortFunc(kvs, func(a, b kv) int {
		if c := cmp.Compare(b.v, a.v); c != 0 {
			return c
		}
		return strings.Compare(a.k, b.k)
	})
	fmt.Fprintf(b, "\n%s:\n", title)
	for _, e := range kvs {
		fmt.Fprintf(b, "%6d  %s\n", e.v, e.k)
	}
}

// edges describes how the outer ends of two parts differ: "start +TEXT" when the prediction
// starts earlier, taking TEXT, "start -TEXT" when it starts later, leaving TEXT out, and the
// same for "end"; TEXT is the lower-cased tokens between the two ends, or "LONG n" past three
// tokens. Ends that differ only by tokenless characters are not listed.
func edges(text string, g, p Part) []string {
	if g.Absent() || p.Absent() {
		return []string{"absent"}
	}
	gs, ge := g.Spans[0].Start, g.Spans[len(g.Spans)-1].End
	ps, pe := p.Spans[0].Start, p.Spans[len(p.Spans)-1].End
	var out []string
	one := func(name string, a, b int, plus bool) {
		t := Tokens(text[min(a, b):max(a, b)])
		if len(t) == 0 {
			return
		}
		sign := "-"
		if plus {
			sign = "+"
		}
		w := strings.Join(t, " ")
		if len(t) > 3 {
			w = fmt.Sprintf("LONG %d", min(len(t), 10))
		}
		out = append(out, name+" "+sign+w)
	}
	one("start", gs, ps, ps < gs)
	one("end", ge, pe, pe > ge)
	return out
}

// around returns the text around byte offset i with "|" at i.
func around(text string, i int) string {
	lo, hi := max(0, i-40), min(len(text), i+40)
	for lo > 0 && !utf8.RuneStart(text[lo]) {
		lo--
	}
	for hi < len(text) && !utf8.RuneStart(text[hi]) {
		hi++
	}
	return text[lo:i] + "|" + text[i:hi]
}
