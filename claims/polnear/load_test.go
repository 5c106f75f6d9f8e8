package polnear

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestLoad(t *testing.T) {
	arts, err := Load(filepath.Join("testdata", "split"))
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) != 2 || arts[0].Name != "a" || arts[1].Name != "b" {
		t.Fatalf("Load gave %d articles %v, want a and b", len(arts), arts)
	}
	a, b := arts[0], arts[1]
	if want := filepath.Join("testdata", "split", "attributions", "a_x1.ann"); a.Ann != want {
		t.Errorf("article a read %q, want the first annotation file %q", a.Ann, want)
	}
	if b.Ann != "" || len(b.Gold) != 0 {
		t.Errorf("article b without annotations = %+v, want no gold", b)
	}
	if a.Incomplete != 1 {
		t.Errorf("Incomplete = %d, want 1 (the event without content)", a.Incomplete)
	}
	type row struct{ source, cue, content string }
	want := []row{ // by content offset; Discard and Discuss are not attributions
		{"Café owners’ union", "said", "the tax was “a disaster for everyone.”"},
		{"The mayor", "denied", "it"},
		{"she", "said", "“We never raised it,” “not once.”"},
		{"", "It is believed", "the tax will go"},
	}
	if len(a.Gold) != len(want) {
		t.Fatalf("article a has %d attributions, want %d: %+v", len(a.Gold), len(want), a.Gold)
	}
	text := a.Doc.Text
	for i, g := range a.Gold {
		got := row{g.Source.Text, g.Cue.Text, g.Content.Text}
		if got != want[i] {
			t.Errorf("attribution %d = %q, want %q", i, got, want[i])
		}
		for _, p := range []Part{g.Source, g.Cue, g.Content} {
			var pieces []string
			for _, s := range p.Spans {
				pieces = append(pieces, text[s.Start:s.End]) // byte offsets into the text
			}
			if strings.Join(pieces, " ") != p.Text {
				t.Errorf("attribution %d: spans %v cover %q, want %q", i, p.Spans, pieces, p.Text)
			}
		}
	}
	if !a.Gold[0].Quoted || a.Gold[1].Quoted || !a.Gold[2].Quoted || a.Gold[3].Quoted {
		t.Errorf("quoted = %v %v %v %v, want true false true false", a.Gold[0].Quoted, a.Gold[1].Quoted, a.Gold[2].Quoted, a.Gold[3].Quoted)
	}
	if n := len(a.Gold[2].Content.Spans); n != 2 {
		t.Errorf("the split quote has %d spans, want 2", n)
	}
}

func TestParseAnnErrors(t *testing.T) {
	tests := []struct {
		name, ann string
		line      int
	}{
		{"offset past the end", "T1\tCue 0 99\tx\n", 1},
		{"negative offset", "T1\tCue -1 2\tx\n", 1},
		{"no offsets", "\nT1\tCue\tx\n", 2},
		{"bad offsets", "T1\tCue 3 1\tx\n", 1},
		{"unknown argument", "T1\tCue 0 2\tHé\nE1\tAttribution:T9 Cue:T1\n", 2},
		{"argument without role", "E1\tAttribution\n", 1},
		// Files not in BRAT standoff were read as holding no attribution.
		{"not BRAT", "id,source,cue,content\n1,He,said,so\n", 1},
		{"not BRAT after an event", "T1\tCue 0 2\tHé\nE1\tAttribution:T1 Cue:T1\n\nContent 0 2\n", 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := ParseAnn("Hé said so.", tt.ann)
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Line != tt.line {
				t.Errorf("ParseAnn(%q) error = %v, want a ParseError at line %d", tt.ann, err, tt.line)
			}
		})
	}
	if _, _, err := ParseAnn("x", "\n \r\n"); err != nil {
		t.Errorf("ParseAnn of blank lines: %v", err)
	}
	dir := t.TempDir()
	for name, data := range map[string]string{"text/a.txt": "He said so.\n", "attributions/a_x1.ann": "\xff\xfeT\x001\x00\t\x00"} {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "a_x1.ann") || !strings.Contains(err.Error(), "UTF-16") {
		t.Errorf("Load of a UTF-16 annotation file: error %v, want one naming it and UTF-16", err)
	}
	if _, err := Load(filepath.Join("testdata", "missing")); err == nil {
		t.Error("Load of a missing directory gave no error")
	}
}

func TestOffsets(t *testing.T) {
	text := "a€b😀c"
	o := newOffsets(text)
	want := []int{0, 1, 4, 5, 9, 10}
	if o.runes() != 5 {
		t.Fatalf("runes() = %d, want 5", o.runes())
	}
	for i, w := range want {
		if got := o.byteAt(i); got != w {
			t.Errorf("byteAt(%d) = %d, want %d", i, got, w)
		}
	}
	if a := newOffsets("abc"); a.runes() != 3 || a.byteAt(2) != 2 {
		t.Errorf("ASCII offsets: runes() = %d, byteAt(2) = %d", a.runes(), a.byteAt(2))
	}
}

// corpus returns the path of the PolNeAR copy beside the repository, or skips.
func corpus(t testing.TB, split string) string {
	dir := filepath.Join("..", "..", "..", "shared", "polnear", split)
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no PolNeAR corpus at %s", dir)
	}
	return dir
}

// TestDevSplit checks the loader on the real dev split: every span's text, after the code
// point to byte conversion, is the .ann file's text column (up to white space, which BRAT
// writes as it pleases). BenchmarkLoad measures its speed.
func TestDevSplit(t *testing.T) {
	dir := corpus(t, "dev")
	arts, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(arts) < 50 {
		t.Fatalf("dev split has %d articles, want at least 50", len(arts))
	}
	spans, gold := 0, 0
	for _, a := range arts {
		gold += len(a.Gold)
		ann, err := os.ReadFile(a.Ann)
		if err != nil {
			t.Fatal(err)
		}
		tbs, _, err := parseStandoff(a.Doc.Text, string(ann))
		if err != nil {
			t.Fatalf("%s: %v", a.Ann, err)
		}
		for id, tb := range tbs {
			var pieces []string
			for _, s := range tb.spans {
				pieces = append(pieces, a.Doc.Text[s.Start:s.End])
			}
			got, want := strings.Fields(strings.Join(pieces, " ")), strings.Fields(tb.text)
			if strings.Join(got, " ") != strings.Join(want, " ") {
				t.Errorf("%s %s: spans %v cover %q, the text column says %q", a.Ann, id, tb.spans, got, want)
			}
			spans++
		}
		for _, g := range a.Gold {
			if g.Content.Absent() || len(Tokens(g.Content.Text)) == 0 {
				t.Errorf("%s: gold attribution without content tokens: %+v", a.Ann, g)
			}
		}
		// Gold against itself scores perfectly.
		if c := Score(a.Gold, a.Gold); c.Exact != len(a.Gold) {
			t.Errorf("%s: gold against itself: %+v", a.Name, c)
		}
	}
	if gold < 1000 {
		t.Errorf("dev split has %d gold attributions, want over 1000", gold)
	}
	t.Logf("%d articles, %d spans, %d attributions", len(arts), spans, gold)
}

// TestBaseline checks the scorer end to end with the naive "X said Y" baseline, which the
// PolNeAR authors report at ATTR-L F1 18.7: it must land near that, far below the extractor's
// target, with a plausible precision.
func TestBaseline(t *testing.T) {
	arts, err := Load(corpus(t, "dev"))
	if err != nil {
		t.Fatal(err)
	}
	var c Counts
	for _, a := range arts {
		c.Add(Score(a.Gold, Baseline(a.Doc.Text)))
	}
	r := c.Report()
	if r.Lenient.F1 < 0.12 || r.Lenient.F1 > 0.25 || r.Lenient.P < 0.4 {
		t.Errorf("baseline ATTR-L = %+v, want F1 near 0.187", r.Lenient)
	}
	if r.Exact.F1 > r.Lenient.F1 || r.Lenient.F1 > r.Content.F1 {
		t.Errorf("want ATTR-E <= ATTR-L <= content, got %.3f %.3f %.3f", r.Exact.F1, r.Lenient.F1, r.Content.F1)
	}
}

func TestBaselineSentences(t *testing.T) {
	text := "Trump said the wall will be built. “It is over,” he said. The president said nothing. Rain fell."
	got := Baseline(text)
	type row struct{ source, cue, content string }
	want := []row{{"Trump", "said", "the wall will be built."}, {"he", "said", "“It is over,”"}}
	if len(got) != len(want) {
		t.Fatalf("Baseline(%q) = %+v, want %d attributions", text, got, len(want))
	}
	for i, g := range got {
		if r := (row{g.Source.Text, g.Cue.Text, g.Content.Text}); r != want[i] {
			t.Errorf("Baseline(%q)[%d] = %q, want %q", text, i, r, want[i])
		}
	}
}
