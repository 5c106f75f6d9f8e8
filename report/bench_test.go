package report

import (
	"io"
	"testing"

	"claimdiff/claims"
	"claimdiff/compare"
)

// benchClaims returns n copies of the fixture's claims and the bytes of their contents.
func benchClaims(b *testing.B, n int) (*claims.Document, []claims.Claim, int64) {
	doc, cs := seedClaims(b)
	var out []claims.Claim
	var size int64
	for range n {
		for _, c := range cs {
			out = append(out, c)
			size += int64(len(c.Content.Text))
		}
	}
	return doc, out, size
}

func BenchmarkClaimsTable(b *testing.B) {
	doc, cs, size := benchClaims(b, 200)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		w := NewClaimsWriter(io.Discard, Options{Format: Table, Width: 100})
		if err := w.Write(doc, cs); err != nil {
			b.Fatal(err)
		}
		w.Flush()
	}
	b.ReportMetric(float64(len(cs)), "claims/op")
}

func BenchmarkClaimsMarkdown(b *testing.B) {
	doc, cs, size := benchClaims(b, 200)
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		w := NewClaimsWriter(io.Discard, Options{Format: Markdown})
		if err := w.Write(doc, cs); err != nil {
			b.Fatal(err)
		}
		w.Flush()
	}
	b.ReportMetric(float64(len(cs)), "claims/op")
}

func BenchmarkWrite(b *testing.B) {
	doc, cs, size := benchClaims(b, 200)
	stmts := make([]compare.Statement, len(cs))
	for i, c := range cs {
		stmts[i] = compare.Statement{Claim: c, Actor: c.Speaker(), Side: "Side " + c.Speaker()[:1]}
	}
	d := Data{Title: "Bench", Sources: []Source{SourceOf(doc, len(cs))}, Statements: stmts}
	b.SetBytes(size)
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, d); err != nil {
			b.Fatal(err)
		}
	}
}
