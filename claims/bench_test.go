package claims

import (
	"os"
	"path/filepath"
	"strings"
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

// BenchmarkExtractOneLine runs the extractor over the corpus joined into one line with no
// paragraph breaks, and a claim in nearly every sentence: the shape that once made
// Extract quadratic.
func BenchmarkExtractOneLine(b *testing.B) {
	var sb strings.Builder
	for _, d := range benchCorpus(b) {
		sb.WriteString(strings.ReplaceAll(d.Text, "\n", " "))
		sb.WriteString(` "We know it," he said, adding that the talks failed. `)
	}
	benchOne(b, &Document{Name: "one-line", Text: sb.String()})
}

// BenchmarkExtractNoSentenceEnd runs the extractor over 1.2 MB of words with cues and no
// sentence end at all, which made every cue read to the end of the text before runs of text
// were cut into pieces of at most maxSentence tokens.
func BenchmarkExtractNoSentenceEnd(b *testing.B) {
	benchOne(b, &Document{Name: "no-end", Text: strings.Repeat("he said the plan was good and ", 40000)})
}

// BenchmarkExtractRepeated runs the extractor over one article repeated 1,000 times, 1 MB
// whose speakers' labels ("Pakistan: ...") made a walk of the whole text each
// (namedElsewhere) before the words written with a capital were counted once.
func BenchmarkExtractRepeated(b *testing.B) {
	text, err := os.ReadFile("../testdata/articles/call-dispute.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchOne(b, &Document{Name: "repeated", Text: strings.Repeat(string(text)+"\n", 1000)})
}

// benchOne times Extract over one document and reports its claims.
func benchOne(b *testing.B, doc *Document) {
	b.SetBytes(int64(len(doc.Text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(Extract(doc))
	}
	b.ReportMetric(float64(n), "claims/op")
}
