package compare
import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"claimdiff/claims"
)
func TestRejDebug(t *testing.T) {
	dir := os.Getenv("REJDIR")
	if dir == "" { t.Skip() }
	files, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	c := NewCorpus(Options{})
	for _, f := range files {
		b, _ := os.ReadFile(f)
		doc, err := claims.NewDocument(filepath.Base(f), b); if err != nil { continue }
		c.Add(doc, claims.Extract(doc))
	}
	items := c.Contested()
	in := map[string]bool{}
	for _, it := range items { for _, sd := range it.Sides { for _, cl := range sd.Claims { in[fmt.Sprint(cl.Doc, cl.Cue.Start)] = true } } }
	a := c.analyze()
	n, nin := 0, 0
	for _, s := range a.stmts {
		if !s.f.rejects() || s.f.target == "" && s.f.targetP == "" { continue }
		n++
		k := fmt.Sprint(s.claim.Doc, s.claim.Cue.Start)
		if in[k] { nin++; continue }
		fmt.Printf("MISS %s | side=%q actor=%q | target=%q targetP=%q ref=%q | %s %s\n", s.claim.Doc, s.side, s.actor, s.f.target, s.f.targetP, s.f.ref, s.claim.Cue.Text, trunc80(s.claim.Content.Text))
	}
	fmt.Printf("rejections naming an account: %d, in items %d\n", n, nin)
	m, mside, mev := 0, 0, 0
	for i, s := range a.stmts {
		if !s.f.rejects() || s.f.target != "" || s.f.targetP != "" { continue }
		m++
		if s.side != "" { mside++ }
		other := false
		for _, j := range a.events[a.of[i]] { if o := a.stmts[j]; o.side != "" && o.side != s.side { other = true } }
		if other { mev++ }
		if os.Getenv("SHOW") != "" && m%10 == 0 {
			fmt.Printf("REJ side=%q actor=%q | %s | %s\n", s.side, s.actor, s.claim.Cue.Text, trunc80(s.claim.Content.Text))
		}
	}
	fmt.Printf("other rejections: %d, with a side %d, in an event with another side %d\n", m, mside, mev)
}
func trunc80(s string) string { if len(s) > 80 { return s[:80] }; return s }
