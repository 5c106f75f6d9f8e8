package polnear

import "testing"

// BenchmarkLoad reads the dev split: text, annotations, code point conversion.
func BenchmarkLoad(b *testing.B) {
	dir := corpus(b, "dev")
	arts, err := Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	n := 0
	for _, a := range arts {
		n += len(a.Doc.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(dir); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkScore scores the baseline's attributions against the gold ones of the dev split.
func BenchmarkScore(b *testing.B) {
	arts, err := Load(corpus(b, "dev"))
	if err != nil {
		b.Fatal(err)
	}
	preds := make([][]Attribution, len(arts))
	n := 0
	for i, a := range arts {
		preds[i] = Baseline(a.Doc.Text)
		n += len(a.Doc.Text)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	for b.Loop() {
		var c Counts
		for i, a := range arts {
			c.Add(Score(a.Gold, preds[i]))
		}
	}
}
