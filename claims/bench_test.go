package claims

import (
	"os"
	"path/filepath"
	"testing"
)

// benchCorpus returns many real articles: the PolNeAR train texts when ../shared is present,
// else the bundled example articles.
func benchCorpus(b *testing.B) []*Document {
	files, _ := filepath.Glob("../../shared/polnear/train/text/*.txt")
	if len(files) == 0 {
		files, _ = filepath.Glob("../testdata/articles/*")
	}
	var docs []*Document
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		if d, err := NewDocument(f, data); err == nil {
			docs = append(docs, d)
		}
	}
	if len(docs) == 0 {
		b.Skip("no articles")
	}
	return docs
}

func BenchmarkExtract(b *testing.B) {
	docs := benchCorpus(b)
	var size int64
	for _, d := range docs {
		size += int64(len(d.Text))
	}
	b.SetBytes(size)
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		for _, d := range docs {
			n += len(Extract(d))
		}
	}
	b.ReportMetric(float64(n), "claims/op")
	b.ReportMetric(float64(len(docs)), "docs/op")
}
