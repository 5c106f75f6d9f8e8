package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdiff/claims"
	"claimdiff/compare"
)

// TestReportSeeds writes the report of the real articles in ../../shared/seeds and checks
// that it is valid markdown whose tables hold together, and that it shows the two conflicts
// the seeds are known for when compare finds them.
func TestReportSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "shared", "seeds")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) == 0 {
		t.Skip("no seeds in", dir)
	}
	corpus := compare.NewCorpus(compare.Options{})
	d := Data{Title: "Seeds", Command: "claimdiff report seeds", Version: "test"}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := claims.NewDocument(p, b)
		if err != nil {
			t.Fatal(err)
		}
		cs := claims.Extract(doc)
		corpus.Add(doc, cs)
		d.Sources = append(d.Sources, SourceOf(doc, len(cs)))
	}
	d.Statements = corpus.Statements()
	d.Contested = corpus.Contested()
	var b bytes.Buffer
	if err := Write(&b, d); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	checkMarkdown(t, out)
	h := normHTML(toHTML(t, out))
	for _, s := range d.Statements {
		if !strings.Contains(h, normHTML(cellHTML(s.Claim.Content.Quote()))) {
			t.Errorf("statement %q (%s:%d) missing from the report", s.Claim.Content.Quote(), s.Claim.Doc, s.Claim.Line)
		}
	}
	for _, want := range []string{"contrary to the facts", "speculation and lies"} {
		if !strings.Contains(out, want) {
			t.Errorf("report of the seeds lacks %q", want)
		}
	}
	if len(d.Contested) == 0 {
		t.Errorf("no contested events in the seeds")
	}
}
