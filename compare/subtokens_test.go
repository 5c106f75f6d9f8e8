package compare

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"
)

// TestSubTokens checks subTokens against appendTokens on every part of some texts that starts
// and ends at a word's edge or a byte near one: the parts readFacts takes.
func TestSubTokens(t *testing.T) {
	texts := []string{
		"Khan's claims, the U.S. State Dept.'s version and Jones' remarks: \"no.\" End.Next 1.5 ‘quoted’ café’s.",
		"He said the F.B.I. was \"wrong\"—and the AIU's (panel) U.S.A.'s\nline; Ngozi’s déjà-vu 'ok' s's.",
	}
	paths, _ := filepath.Glob("testdata/*.txt")
	for _, p := range paths[:min(len(paths), 3)] {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(b[:min(len(b), 1000)]))
	}
	n := 0
	for _, text := range texts {
		var cuts []int
		for _, tk := range tokenize(text, 0) {
			for _, c := range []int{tk.start - 1, tk.start, tk.start + 1, tk.end - 1, tk.end, tk.end + 1, tk.end + 2, tk.end + 3} {
				if 0 <= c && c <= len(text) {
					cuts = append(cuts, c)
				}
			}
		}
		// The tokens of parts of the text around the parts read: all of it, and stretches of
		// 300 bytes from a few cuts.
		for k := 0; k < len(cuts); k += 300 {
			for _, part := range [][2]int{{0, len(text)}, {cuts[k], min(cuts[k]+300, len(text))}} {
				all := appendTokens(nil, text[part[0]:part[1]], part[0])
				for _, a := range cuts {
					for _, b := range cuts {
						if a < part[0] || b > part[1] || a > b || b-a > 60 {
							continue
						}
						got, ok := subTokens(nil, all, text, a, b)
						if !ok {
							continue
						}
						n++
						if want := appendTokens(nil, text[a:b], a); !reflect.DeepEqual(got, want) {
							t.Fatalf("subTokens of %q:\n got %+v\nwant %+v", text[a:b], got, want)
						}
					}
				}
			}
		}
	}
	if n < 1000 {
		t.Errorf("subTokens read only %d parts", n)
	}
	t.Logf("%d parts", n)
}
