package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"claimdiff/claims"
)

// polnearDocs reads the PolNeAR train texts with their claims, or skips.
func polnearDocs(b *testing.B) ([]*claims.Document, [][]claims.Claim, int64) {
	paths, _ := filepath.Glob("../../shared/polnear/train/text/*")
	if len(paths) == 0 {
		b.Skip("no PolNeAR texts in ../../shared/polnear/train/text")
	}
	var docs []*claims.Document
	var cs [][]claims.Claim
	var n int64
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		d, err := claims.NewDocument(p, data)
		if err != nil {
			continue
		}
		docs = append(docs, d)
		cs = append(cs, claims.Extract(d))
		n += int64(len(data))
	}
	return docs, cs, n
}

// BenchmarkContested times grouping and judging the claims of the PolNeAR train texts
// (extraction excluded) on the corpus once and repeated ten times, to show that the cost
// grows about linearly: events are found through an inverted index of rare terms, never by
// comparing all pairs.
func BenchmarkContested(b *testing.B) {
	docs, cs, size := polnearDocs(b)
	for _, k := range []int{1, 10} {
		b.Run(fmt.Sprintf("polnear-x%d", k), func(b *testing.B) {
			b.SetBytes(size * int64(k))
			b.ReportAllocs()
			nclaims, items := 0, 0
			cpu0 := cpuTime()
			for b.Loop() {
				c := NewCorpus(Options{})
				nclaims = 0
				for r := range k {
					for i, d := range docs {
						dd := *d
						dd.Name = fmt.Sprintf("%d/%s", r, d.Name)
						c.Add(&dd, cs[i])
						nclaims += len(cs[i])
					}
				}
				items = len(c.Contested())
			}
			// CPU seconds as well as wall time: on a shared machine the wall time also
			// counts the time other processes hold the cores.
			b.ReportMetric((cpuTime()-cpu0).Seconds()/float64(b.N), "cpu-s/op")
			b.ReportMetric(float64(nclaims), "claims/op")
			b.ReportMetric(float64(items), "contested/op")
		})
	}
}

func BenchmarkWordDiff(b *testing.B) {
	x := "the US State Department’s statement after Pompeo’s telephone call to Imran Khan was ‘contrary to the facts’"
	y := "it was limited to congratulations to Imran Khan by Pompeo and usual pledges to improve ties"
	b.SetBytes(int64(len(x) + len(y)))
	b.ReportAllocs()
	for b.Loop() {
		WordDiff(x, y)
	}
}

// cpuTime returns the user and system CPU time the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkLongDocument times grouping and judging the claims of the PolNeAR train texts
// joined into one long document (extraction excluded): walks over the whole text once per
// speaker or per claim would make it far slower than the same text as separate files.
func BenchmarkLongDocument(b *testing.B) {
	paths, _ := filepath.Glob("../../shared/polnear/train/text/*")
	if len(paths) == 0 {
		b.Skip("no PolNeAR texts in ../../shared/polnear/train/text")
	}
	var data []byte
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		data = append(data, t...)
	}
	d, err := claims.NewDocument("long.txt", data)
	if err != nil {
		b.Fatal(err)
	}
	cs := claims.Extract(d)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		c := NewCorpus(Options{})
		c.Add(d, cs)
		c.Contested()
	}
}
