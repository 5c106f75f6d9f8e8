package compare

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdiff/claims"
)

// extractCorpus reads articles through the real extractor into a corpus.
func extractCorpus(t testing.TB, opt Options, paths []string) *Corpus {
	t.Helper()
	c := NewCorpus(opt)
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := claims.NewDocument(p, data)
		if err != nil {
			t.Fatal(err)
		}
		c.Add(doc, claims.Extract(doc))
	}
	return c
}

func seedPaths(t testing.TB) []string {
	paths, _ := filepath.Glob("../../shared/seeds/*.txt")
	if len(paths) == 0 {
		t.Skip("no seeds in ../../shared/seeds")
	}
	return paths
}

// findItem returns the contested item between sides a and b (in either order).
func findItem(cs []Contested, a, b string) (Contested, bool) {
	for _, c := range cs {
		if len(c.Sides) == 2 && (c.Sides[0].Side == a && c.Sides[1].Side == b || c.Sides[0].Side == b && c.Sides[1].Side == a) {
			return c, true
		}
	}
	return Contested{}, false
}

func sideOf(c Contested, name string) SideClaims {
	for _, s := range c.Sides {
		if s.Side == name {
			return s
		}
	}
	return SideClaims{}
}

func quotes(s SideClaims) string {
	var b strings.Builder
	for _, c := range s.Claims {
		b.WriteString(c.Content.Quote())
		b.WriteString("\n")
	}
	return b.String()
}

// TestSeeds checks the "done when" on the shared seed articles: the phone-call
// conflict and the conspiracy-claim conflict with the right statements on each side, and at
// most a handful of other items.
func TestSeeds(t *testing.T) {
	cs := extractCorpus(t, Options{}, seedPaths(t)).Contested()
	call, ok := findItem(cs, "United States", "Pakistan")
	if !ok {
		t.Fatalf("no United States vs Pakistan conflict in %d items", len(cs))
	}
	pk, us := quotes(sideOf(call, "Pakistan")), quotes(sideOf(call, "United States"))
	for _, want := range []string{"limited to congratulations", "contrary to the facts", "State Department’s version"} {
		if !strings.Contains(pk, want) {
			t.Errorf("Pakistan's side of the call lacks %q:\n%s", want, pk)
		}
	}
	if !strings.Contains(us, "Pakistan-based terrorists") {
		t.Errorf("the United States' side of the call lacks the terrorists version:\n%s", us)
	}
	if n := strings.Count(us, "Pakistan-based terrorists"); n != 1 {
		t.Errorf("the United States' side of the call shows the terrorists version %d times, want once (what Pompeo reportedly discussed):\n%s", n, us)
	}
	if call.Type != ExplicitRejection {
		t.Errorf("call conflict type = %v, want explicit-rejection", call.Type)
	}
	khan, ok := findItem(cs, "Imran Khan", "United States")
	if !ok {
		t.Fatalf("no Imran Khan vs United States conflict")
	}
	if ik := quotes(sideOf(khan, "Imran Khan")); !strings.Contains(ik, "Washington conspired") {
		t.Errorf("Imran Khan's side lacks his claim:\n%s", ik)
	}
	if u := sideOf(khan, "United States"); !contains(u.Actors, "Ned Price") || !strings.Contains(quotes(u), "speculation and lies") {
		t.Errorf("the United States' side lacks Ned Price's rejection: %v\n%s", u.Actors, quotes(u))
	}
	if len(cs) > 5 {
		t.Errorf("%d contested items on the seeds, want at most 5", len(cs))
	}
	cmp, err := extractCorpus(t, Options{}, seedPaths(t)).Compare(CompareOptions{Event: "Pompeo telephone call", Sides: []string{"United States", "Pakistan"}})
	if err != nil {
		t.Fatal(err)
	}
	conflicts := 0
	for _, r := range cmp.Rows {
		if r.Verdict == Conflict && r.Left != nil && r.Right != nil {
			conflicts++
		}
	}
	if conflicts == 0 {
		t.Errorf("compare on the call: no conflicting row in %d rows", len(cmp.Rows))
	}
	for _, r := range cmp.Rows {
		if r.Right != nil && r.Right.Speaker() == "Mike Pompeo" || r.Left != nil && r.Left.Speaker() == "Mike Pompeo" {
			t.Errorf("compare on the call: a row shows what Pompeo %q, which lies inside what he reportedly discussed", "discussed")
		}
	}
}

// TestFixtures runs the fixtures of testdata/compare through the extractor.
func TestFixtures(t *testing.T) {
	paths, err := filepath.Glob("../testdata/compare/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	cs := extractCorpus(t, Options{}, paths).Contested()
	// Deterministic: a second corpus of the same articles gives the same bytes.
	first, _ := json.Marshal(cs)
	again, _ := json.Marshal(extractCorpus(t, Options{}, paths).Contested())
	if string(first) != string(again) {
		t.Errorf("two runs on the fixtures differ:\n%s\n%s", first, again)
	}
	tests := []struct {
		a, b   string
		typ    ConflictType
		reason string
	}{
		{"Israel", "Palestine", ImplicitNumber, "two outlets give 5 and 12 dead"},
		{"Egypt", "Ethiopia", ExplicitRejection, "Ethiopia rejects Egypt's claim two days later"},
		{"Mahinda Perera", "China", ExplicitRejection, "a former president, his own side, against China"},
	}
	for _, tt := range tests {
		c, ok := findItem(cs, tt.a, tt.b)
		if !ok {
			t.Errorf("no conflict %s vs %s (%s)", tt.a, tt.b, tt.reason)
			continue
		}
		if c.Type != tt.typ {
			t.Errorf("%s vs %s: type %v, want %v (%s)", tt.a, tt.b, c.Type, tt.typ, tt.reason)
		}
	}
	for _, c := range cs {
		for _, s := range c.Sides {
			if s.Side == "Japan" || s.Side == "South Korea" {
				b, _ := json.Marshal(c)
				t.Errorf("agreeing sides listed as contested: %s", b)
			}
		}
	}
	if len(cs) != len(tests) {
		t.Errorf("%d contested items, want %d", len(cs), len(tests))
	}
	// Across dates: the denial two days later is grouped with the claim it denies.
	if c, ok := findItem(cs, "Egypt", "Ethiopia"); ok {
		dates := map[string]bool{}
		for _, s := range c.Sides {
			for _, cl := range s.Claims {
				dates[cl.Date] = true
			}
		}
		if !dates["2024-03-04"] || !dates["2024-03-06"] {
			t.Errorf("Egypt vs Ethiopia holds claims of %v, want both documents' dates", dates)
		}
	}
}

// TestSidesFromFunctions: speakers who are no officials still speak for a side when the text
// says whom they work for: in an apposition with a preposition, through a field before their
// title, or as a government spokeswoman of the article's country; a preposition before a title
// is no field.
func TestSidesFromFunctions(t *testing.T) {
	dir := t.TempDir()
	a := filepath.Join(dir, "a.txt")
	text := "MANAGUA - Government spokeswoman Rosario Murillo said a meteorite left the crater.\n\n" +
		"Wilfried Strauch, an adviser to the Nicaraguan Institute of Territorial Studies, said it was strange no one saw a streak of light.\n\n" +
		"NASA asteroid expert Don Yeomans said the explosion and the asteroid are unrelated.\n\n" +
		"Jorge Santamaria, a correspondent in Moscow, said he heard a blast.\n\n" +
		"There has been lavish praise of Nicaragua by President Donald Trump. President Trump said on Monday he will raise tariffs.\n"
	if err := os.WriteFile(a, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"Rosario Murillo": "Nicaragua", "Wilfried Strauch": "Nicaragua", "Don Yeomans": "United States", "Jorge Santamaria": "",
		// "by" before a title is no field ("NASA asteroid expert"): praise of Nicaragua by
		// President Trump does not make him Nicaragua's.
		"Donald Trump": ""}
	got := map[string]string{}
	for _, s := range extractCorpus(t, Options{}, []string{a}).Statements() {
		got[s.Actor] = s.Side
	}
	for actor, side := range want {
		if g, ok := got[actor]; !ok || g != side {
			t.Errorf("%s: side %q (found: %v), want %q", actor, g, ok, side)
		}
	}
}

// TestCompareRowsPairAcrossDocuments compares Egypt and Ethiopia on the dam: Ethiopia's
// rejection is lined up first with Egypt's own statement two days earlier, not only with the
// claim its sentence reports, and no row calls two statements a rewording that share no word.
func TestCompareRowsPairAcrossDocuments(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"../testdata/compare/dam_claim.txt", "../testdata/compare/dam_denial.txt"})
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Egypt", "Ethiopia"}})
	if err != nil {
		t.Fatal(err)
	}
	across := false
	for i, r := range cmp.Rows {
		if r.Verdict == Conflict && r.Left != nil && r.Right != nil && r.Left.Doc != r.Right.Doc {
			across = true
		}
		if r.Verdict == Reworded && equalShare(r.Diff) == 0 {
			t.Errorf("row %d: %q and %q called reworded with no word in common", i, r.Left.Content.Quote(), r.Right.Content.Quote())
		}
	}
	if !across {
		for i, r := range cmp.Rows {
			t.Logf("row %d %v: %v | %v", i, r.Verdict, r.Left, r.Right)
		}
		t.Errorf("no conflicting row pairs Ethiopia's rejection with Egypt's statement of the other document")
	}
}

// TestNestedClaimTakesNoFalsity: in "rejected Egypt's claim that ..., calling it baseless"
// the falsity is Ethiopia's; Egypt's claim, told inside the rejection, disputes nothing, so
// no conflict explains Egypt as disputing Ethiopia's account.
func TestNestedClaimTakesNoFalsity(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"../testdata/compare/dam_claim.txt", "../testdata/compare/dam_denial.txt"})
	found := false
	for _, k := range c.Contested() {
		if strings.Contains(k.Explanation, "Egypt disputes") || strings.Contains(k.Explanation, "Egypt rejects") {
			t.Errorf("conflict reads Egypt's reported claim as a rejection: %s", k.Explanation)
		}
		if strings.Contains(k.Explanation, "Ethiopia's foreign ministry (Ethiopia) rejects Egypt's account") {
			found = true
		}
	}
	if !found {
		t.Errorf("Ethiopia's rejection of Egypt's claim not found")
	}
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Egypt", "Ethiopia"}})
	if err != nil {
		t.Fatal(err)
	}
	for i, r := range cmp.Rows {
		if strings.HasPrefix(r.Reason, "Egypt ") {
			t.Errorf("row %d: %s", i, r.Reason)
		}
	}
}

// TestRejectionDoesNotAnswerDemand: China's rejection of "Perera's claims" answers his
// accusations, not his demand for an inquiry, and the demand rewords nothing China says.
func TestRejectionDoesNotAnswerDemand(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"../testdata/compare/port_ownside.txt"})
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Mahinda Perera", "China"}})
	if err != nil {
		t.Fatal(err)
	}
	conflicts, demand := 0, false
	for i, r := range cmp.Rows {
		for _, cl := range []*claims.Claim{r.Left, r.Right} {
			if cl == nil || !strings.Contains(cl.Content.Text, "inquiry") {
				continue
			}
			demand = true
			if r.Verdict != OnlyOneSide {
				t.Errorf("row %d: the demand for an inquiry lined up as %v with %v", i, r.Verdict, r.Right)
			}
		}
		if r.Verdict == Conflict {
			conflicts++
		}
	}
	if !demand || conflicts != 2 {
		t.Errorf("demand shown %v, %d conflict rows, want the demand alone and 2 (bribery, secrecy)", demand, conflicts)
	}
}

func TestSeedsDebug(t *testing.T) {
	if os.Getenv("CLAIMDIFF_DEBUG") == "" {
		t.Skip("set CLAIMDIFF_DEBUG=1 to print the seeds' statements, events and conflicts")
	}
	c := extractCorpus(t, Options{}, seedPaths(t))
	for _, s := range c.Statements() {
		t.Logf("%s:%d [%s|%s] %s %q", filepath.Base(s.Claim.Doc), s.Claim.Line, s.Actor, s.Side, s.Claim.Cue.Text, s.Claim.Content.Quote())
	}
	for _, e := range c.Events() {
		if len(e.Claims) > 1 {
			t.Logf("event %d %q: %d claims", e.ID, e.Label, len(e.Claims))
			for _, s := range e.Claims {
				t.Logf("    [%s|%s] %q", s.Actor, s.Side, s.Claim.Content.Quote())
			}
		}
	}
	for _, k := range c.Contested() {
		b, _ := json.Marshal(k)
		t.Logf("CONTESTED %s", b)
	}
}

// TestMediaAndOrganisations: an organisation written in two cases is one actor; a medium
// takes no country's side from another article's edition ("the Italian version of the
// Huffington Post"; speaking in its own name it is its own), and a broadcaster named after its country is no person called "Radio".
func TestMediaAndOrganisations(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"a.txt": "The Italian version of the Huffington Post reported that the pope had spoken.\n\nSenior Cuban Officials said the report was false.\n",
		"b.txt": "The Huffington Post reported that the pope was ill.\n\nSenior Cuban officials said the talks went well.\n\nIsrael Radio reported that the border was closed.\n",
	}
	var paths []string
	for _, n := range []string{"a.txt", "b.txt"} {
		p := filepath.Join(dir, n)
		if err := os.WriteFile(p, []byte(texts[n]), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	c := extractCorpus(t, Options{}, paths)
	cuban := map[string]bool{}
	for _, s := range c.Statements() {
		switch {
		case strings.EqualFold(s.Actor, "Cuban officials"):
			cuban[s.Actor] = true
		case s.Actor == "Huffington Post" && filepath.Base(s.Claim.Doc) == "b.txt" && s.Side != "" && s.Side != "Huffington Post":
			t.Errorf("the Huffington Post in b.txt is on %q, want none or its own", s.Side)
		case s.Actor == "Radio":
			t.Errorf("Israel Radio read as a person named Radio")
		case s.Actor == "Israel Radio" && s.Side != "Israel":
			t.Errorf("Israel Radio is on %q, want Israel", s.Side)
		}
	}
	if len(cuban) != 1 {
		t.Errorf("Cuban officials are %d actors (%v), want 1", len(cuban), cuban)
	}
}

// TestCompareBareRejectionRow: a rejection that names no account ("a claim DHS said was
// false") is a conflict with the other side's statement of the same story, not a rewording.
func TestCompareBareRejectionRow(t *testing.T) {
	p := filepath.Join(t.TempDir(), "a.txt")
	text := "Rep. Duncan Hunter said ten ISIS fighters were caught at the border, a claim the Department of Homeland Security said was false.\n"
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	c := extractCorpus(t, Options{Sides: []SideDef{{Name: "Hunter", Aliases: []string{"Duncan Hunter"}}}}, []string{p})
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Hunter", "United States"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range cmp.Rows {
		if r.Left != nil && r.Right != nil {
			if r.Verdict != Conflict {
				t.Errorf("%q against %q: %v, want conflict", r.Left.Content.Quote(), r.Right.Content.Quote(), r.Verdict)
			}
			return
		}
	}
	t.Errorf("no row pairs the two sides: %+v", cmp.Rows)
}

// TestGeorgiaTheState: "Georgia" is the US state unless the article says "Tbilisi" or
// "Georgian".
func TestGeorgiaTheState(t *testing.T) {
	dir := t.TempDir()
	texts := map[string]string{
		"state.txt":   "ATLANTA - Georgia Secretary of State Brian Kemp said turnout was high. Georgia Gov. Nathan Deal said the state would act on the budget.\n",
		"country.txt": "TBILISI - Georgia's foreign ministry said the talks with Moscow had failed. Georgian officials said more talks were planned.\n",
	}
	want := map[string]string{"state.txt": "", "country.txt": "Georgia"}
	for name, text := range texts {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		ss := extractCorpus(t, Options{}, []string{p}).Statements()
		if len(ss) < 2 {
			t.Fatalf("%s: %d statements, want 2", name, len(ss))
		}
		for _, s := range ss {
			if s.Side != want[name] {
				t.Errorf("%s: %s is on %q, want %q", name, s.Actor, s.Side, want[name])
			}
		}
	}
}
