package polnear

import (
	"os"
	"path/filepath"
	"testing"
)

// FuzzParseAnn feeds annotation files and texts to ParseAnn: it must not panic, and every span
// it returns lies inside the text on rune boundaries and covers the part's text.
func FuzzParseAnn(f *testing.F) {
	text, err := os.ReadFile(filepath.Join("testdata", "split", "text", "a.txt"))
	if err != nil {
		f.Fatal(err)
	}
	ann, err := os.ReadFile(filepath.Join("testdata", "split", "attributions", "a_x1.ann"))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(string(text), string(ann))
	f.Add("Hé said so.", "T1\tContent 0 2;3 11\tHé said so.\nE1\tAttribution-no-source:T1 Content:T1\n")
	f.Add("x", "T1\tCue 0 1\tx\nE1\tAttribution:T1 Cue:T1 Content:T1 Source:T2\n")
	f.Fuzz(func(t *testing.T, text, ann string) {
		got, _, err := ParseAnn(text, ann)
		if err != nil {
			return
		}
		for _, a := range got {
			if a.Content.Absent() {
				t.Errorf("attribution without content: %+v", a)
			}
			for _, p := range []Part{a.Source, a.Cue, a.Content} {
				n := 0
				for _, s := range p.Spans {
					if !s.In(len(text)) {
						t.Fatalf("span %v outside a text of %d bytes", s, len(text))
					}
					n += s.Len() + 1
				}
				if len(p.Spans) > 0 && len(p.Text) != n-1 {
					t.Errorf("part %+v: text of %d bytes, spans cover %d", p, len(p.Text), n-1)
				}
			}
		}
	})
}
