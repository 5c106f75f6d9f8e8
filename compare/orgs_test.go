package compare

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"claimdiff/claims"
)

// extractedCorpus returns a corpus of texts named 0.txt, 1.txt, ..., their claims found by
// the extractor.
func extractedCorpus(t *testing.T, texts ...string) *Corpus {
	t.Helper()
	c := NewCorpus(Options{})
	for i, text := range texts {
		d, err := claims.NewDocument(fmt.Sprintf("%d.txt", i), []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		c.Add(d, claims.Extract(d))
	}
	return c
}

func TestOrgsOf(t *testing.T) {
	g := newGazetteer(nil)
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Apple CEO Tim Cook said the phones were safe.", []string{"Apple"}},
		{"James Lee, a spokesman for Consumer Reports, said the tests were repeated.", []string{"Consumer Reports"}},
		// An office held in a body, before "of": the body ends in a word for one, and a
		// legislature's committee is none of its chairman's own.
		{"Mike Shields, president of the Congressional Leadership Fund, said donors worried.", []string{"Congressional Leadership Fund"}},
		{"Chuck Grassley, chairman of the Senate Judiciary Committee, said hearings would go ahead.", nil},
		{"Ana Diaz, director of Open Data Watch, said the figures were late.", []string{"Open Data Watch"}},
		{"President of the Republic Emmanuel Macron said the talks would resume.", nil},
		{"An RNC spokesman said the debate would go ahead.", []string{"RNC"}},
		{"Judicial Watch spokesman Tom Fitton said the emails were withheld.", []string{"Judicial Watch"}},
		{"The chief executive of Hewlett Packard said the deal was off.", []string{"Hewlett Packard"}},
		{"Several Twitter employees said the rule was new.", []string{"Twitter"}},
		{"The Border Patrol said it had no record. A Border Patrol spokesman said so again.", []string{"Border Patrol"}},
		{"CGT leader Philippe Martinez said 2 million had marched. The CGT union said so too.", []string{"CGT"}},
		{"Sunni leaders said the vote was rigged. Student union leaders agreed.", nil},
		// Persons: a first name or a person's title elsewhere in the text, or the name a
		// pronoun stands for (see TestOrgSidesEndToEnd).
		{"On Monday Donald Trump spoke. A Trump spokesman said he would attend.", nil},
		{"Mr. Sanders left early. Sanders spokesman Michael Briggs said the senator was tired.", nil},
		{"Rep. Duncan Hunter repeated it. Hunter spokesman Joe Kasper said the source was reliable.", nil},
		// Words capitalised for other reasons, and names cut short.
		{"Company spokesman John Smith said the plant was safe.", nil},
		{"Embassy Spokesperson Daniel Ortiz said the call was short.", nil},
		{"A representative of Dale-2 Roofing said the van was sold.", nil},
		{"Republican officials said the vote was fair.", nil},
		{"Republican lawyers said the vote was fair.", nil},
		{"Reverse engineers said the chip was copied. The chip was new.", nil},
		{"A Boca Raton lawyer said the contract was void.", nil},
		{"A Florida attorney said the contract was void.", nil},
		{"Neera Tanden, the founder of the Center for American Progress, said so.", nil},
		{"The founder of the Free State Project said the move was planned.", nil},
		{"Pakistan Army spokesman Asim Bajwa said the border was calm.", nil},
	} {
		toks := tokenize(tc.text, 0)
		if got := orgsOf(toks, g.find(toks), nil); !reflect.DeepEqual(got, tc.want) {
			t.Errorf("orgsOf(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	// "Donald" opening a sentence may be any word; that "he" stands for Trump in a claim
	// tells.
	text := "Donald Trump spoke on Monday. He said the rally would go on. A Trump spokesman said he would attend."
	toks := tokenize(text, 0)
	if got := orgsOf(toks, g.find(toks), map[string]bool{"Trump": true}); got != nil {
		t.Errorf("orgsOf(%q) with Trump a person = %q, want none", text, got)
	}
	d, err := claims.NewDocument("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	if p := personsOf(claims.Extract(d)); !p["Trump"] {
		t.Errorf("personsOf(%q) = %v, want Trump among them", text, p)
	}
	for text, want := range map[string]bool{
		"Conal says his trouble started with a bill.":       true,
		"Comcast says its service has improved.":            false,
		`Comcast said: "He never told us where he worked."`: false,
	} {
		d, err := claims.NewDocument("t.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		cs := claims.Extract(d)
		if len(cs) == 0 {
			t.Fatalf("no claim in %q", text)
		}
		if got := personsOf(cs)[cs[0].Speaker()]; got != want {
			t.Errorf("personsOf(%q)[%q] = %v, want %v", text, cs[0].Speaker(), got, want)
		}
	}
}

// TestOrgSidesEndToEnd runs the extractor on two articles of a dispute between companies:
// with no side given, the companies are the sides, their people speak for them, and the
// rejection of "a report by Consumer Reports" is a contested item.
func TestOrgSidesEndToEnd(t *testing.T) {
	texts := []string{
		`Apple denies report of iPhone battery defect

Apple on Tuesday rejected a report by Consumer Reports that its new iPhone batteries overheat, calling the claims "completely false".

"We have tested every battery and found no defect," an Apple spokesman said.

Consumer Reports said its tests showed that the batteries overheated in three of ten phones.
`,
		`Consumer Reports stands by iPhone battery findings

Consumer Reports said on Wednesday that it stood by its finding that iPhone batteries overheat.

"Our tests were careful and repeated," said James Lee, a spokesman for Consumer Reports.

Apple CEO Tim Cook said the company would review the findings but insisted the batteries were safe.
`,
	}
	c := extractedCorpus(t, texts...)
	sides := map[string]string{}
	for _, s := range c.Statements() {
		sides[s.Actor] = s.Side
	}
	for actor, want := range map[string]string{"Apple": "Apple", "Tim Cook": "Apple", "Consumer Reports": "Consumer Reports", "James Lee": "Consumer Reports"} {
		if sides[actor] != want {
			t.Errorf("%s is on side %q, want %q (all: %v)", actor, sides[actor], want, sides)
		}
	}
	got := sidePairs(c.Contested())
	item, ok := got[side2{"Apple", "Consumer Reports"}]
	if !ok {
		item, ok = got[side2{"Consumer Reports", "Apple"}]
	}
	if !ok {
		t.Fatalf("no contested item between Apple and Consumer Reports: %v", got)
	}
	if item.Type != ExplicitRejection || !strings.Contains(item.Explanation, "Consumer Reports' account") {
		t.Errorf("contested item = %v %q, want an explicit rejection of Consumer Reports' account", item.Type, item.Explanation)
	}
}

func TestAccountBy(t *testing.T) {
	g := newGazetteer(nil)
	ds := &docSides{g: g}
	for _, tc := range []struct {
		text, side, person, ref string
	}{
		{"rejected a report by Consumer Reports that the batteries overheat", "", "Consumer Reports", "report by Consumer Reports"},
		{"dismissed claims from Pakistan about the strike", "Pakistan", "", "claims from Pakistan"},
		{"denied the claims by President Trump", "", "Trump", "claims by President Trump"},
		{"rejected the report by saying nothing", "", "", ""},
		{"dismissed criticism from Giles as noise", "", "Giles", "criticism from Giles"},
		{"said Sanders's attacks were untrue", "", "Sanders", "Sanders's attacks"},
		{"called the rumours from Damascus false", "Syria", "", "rumours from Damascus"},
		{"dismissed the Hindenburg report as misinformation", "", "Hindenburg", "the Hindenburg report"},
		{"denied the New York Times report", "", "New York Times", "the New York Times report"},
		{"called the FAKE story a hoax", "", "", ""},
		{"said Trump claims were false", "", "", ""},
	} {
		toks := tokenize(tc.text, 0)
		side, person, ref := reference(ds, g.find(toks), toks, tc.text)
		if side != tc.side || person != tc.person || ref != tc.ref {
			t.Errorf("reference(%q) = %q, %q, %q; want %q, %q, %q", tc.text, side, person, ref, tc.side, tc.person, tc.ref)
		}
	}
}

func TestLongAcronymWrittenAsName(t *testing.T) {
	g := newGazetteer(nil)
	for text, want := range map[string]string{"Nasa said the rock was small.": "United States", "Who said so?": ""} {
		toks := tokenize(text, 0)
		got := ""
		if ms := g.find(toks); len(ms) > 0 {
			got = ms[0].side
		}
		if got != want {
			t.Errorf("side in %q = %q, want %q", text, got, want)
		}
	}
}

func TestPrincipal(t *testing.T) {
	for _, tc := range []struct{ text, speaker, want string }{
		{"Rep. Duncan Hunter spoke. Hunter spokesman Joe Kasper said the source was good.", "Joe Kasper", "Duncan Hunter"},
		{"Donald Trump spoke. Trump campaign manager Corey Lewandowski said the rally went well.", "Corey Lewandowski", "Donald Trump"},
		{"Hillary Clinton spoke. Clinton's press secretary Brian Fallon said so.", "Brian Fallon", "Hillary Clinton"},
		{"State Department spokesman John Kirby said the talks went on.", "John Kirby", ""},
		// "Hypo-Cruz" is no second Cruz: a name's words part by spaces.
		{"Sen. Ted Cruz spoke. A video from an account called \"Hypo-Cruz\" showed him. Cruz spokeswoman Catherine Frazier said the video was a stunt.", "Catherine Frazier", "Ted Cruz"},
		{"Apple CEO Tim Cook said the phones were safe. An Apple spokesman agreed.", "Tim Cook", ""},
		// A body backing a person in the speaker's apposition: the speaker is on his side.
		{"Ann Lowe said she would run. Jo Marks, a pollster for Forward Now, a group supporting Ann Lowe, said the numbers were good.", "Jo Marks", "Ann Lowe"},
		{"Ann Lowe said she would run. Jo Marks, a pollster for the pro-Lowe group Forward Now, said the numbers were good.", "Jo Marks", "Ann Lowe"},
		{"Ann Lowe said she would run. Jo Marks, who led a pro-Lowe group, said the numbers were good.", "Jo Marks", ""},
		{"Ann Lowe said she would run. Jo Marks, a donor who is supporting Senator Ann Lowe, said the numbers were good.", "Jo Marks", "Ann Lowe"},
		// A role set apart before the name, titles and a place between.
		{"Donald Trump spoke. Trump's running mate, Indiana Gov. Mike Pence, said the race was close.", "Mike Pence", "Donald Trump"},
		{"Donald Trump spoke. Trump’s running mate — Indiana Gov. Mike Pence — said the race was close.", "Mike Pence", "Donald Trump"},
		{"Donald Trump spoke. Indiana Gov. Mike Pence is joining his running mate Donald Trump. Pence said the race was close.", "Mike Pence", ""},
		{"Prince Harry spoke. Prince Harry's mate Tom Inskip said the party was fun.", "Tom Inskip", ""},
		{"Harry Smith spoke. Smith mate Tom Inskip said the party was fun.", "Tom Inskip", ""},
		{"Donald Trump spoke. Lewandowski was fired from the Trump campaign, Politico reported on Monday.", "Politico", ""},
		// Field words in a role before the name; no role across a sentence's end.
		{"Donald Trump spoke. Trump senior communications adviser Jason Miller said the ad was fair.", "Jason Miller", "Donald Trump"},
		{"The speech echoed Richard Nixon's 1968 campaign. Trump said the speech was good.", "Trump", ""},
		// A role after the name, before "for" or "to" and a person; not a body's, nor a past one.
		{"Donald Trump said the polls were wrong. Kellyanne Conway, a senior adviser and pollster for Mr. Trump, said the polls were right.", "Kellyanne Conway", "Donald Trump"},
		{"Paul Ryan spoke. Doug Andres, a spokesman for House Speaker Paul Ryan, said the bill would pass.", "Doug Andres", "Paul Ryan"},
		{"Bill McInturff, a member of a polling team for The Wall Street Journal, said the numbers moved.", "Bill McInturff", ""},
		{"Mitt Romney spoke. Stuart Stevens, the chief strategist for Mitt Romney's campaign four years ago, said the party was lost.", "Stuart Stevens", ""},
		{"Ted Cruz spoke. Saul Anuzis, a top adviser to Ted Cruz's former campaign, said the rules would change.", "Saul Anuzis", ""},
		// A role after the name that ends in the agent's word, its principal a possessive.
		{"Donald Trump spoke. Corey Lewandowski, Trump's campaign manager, said the rally went well.", "Corey Lewandowski", "Donald Trump"},
		{"Donald Trump spoke. Corey Lewandowski, Donald Trump's fired campaign manager, said the rally went well.", "Corey Lewandowski", ""},
		{"Donald Trump spoke. Jo Marks, Trump's former campaign manager, said the rally went well.", "Jo Marks", ""},
		{"Donald Trump spoke. Jo Marks, the son of Trump's campaign manager, said the rally went well.", "Jo Marks", ""},
	} {
		d, err := claims.NewDocument("t.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		cs := claims.Extract(d)
		ds := newDocSides(newGazetteer(nil), d, cs)
		if got := ds.read(tc.speaker).principal; got != tc.want {
			t.Errorf("principal of %s in %q = %q, want %q", tc.speaker, tc.text, got, tc.want)
		}
	}
}

// TestSpokesmanJoinsNamedActor: a rejection of "Hunter's claim" makes Duncan Hunter a side,
// and his spokesman's statements are on it.
func TestSpokesmanJoinsNamedActor(t *testing.T) {
	d := doc("a.txt", "", "Rep. Duncan Hunter said ten fighters were caught at the border. Hunter spokesman Joe Kasper said ten fighters were caught at the border in Texas. DHS said Hunter's claim that fighters were caught at the border was categorically false.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Rep. Duncan Hunter", "Duncan Hunter", "said", claims.CueAssert, "ten fighters were caught at the border"),
		claim(t, d, "Hunter spokesman Joe Kasper", "Joe Kasper", "said", claims.CueAssert, "ten fighters were caught at the border in Texas"),
		claim(t, d, "DHS", "DHS", "said", claims.CueAssert, "Hunter's claim that fighters were caught at the border was categorically false"),
	})
	items := c.Contested()
	if len(items) != 1 {
		t.Fatalf("%d contested items, want 1: %+v", len(items), items)
	}
	for _, sd := range items[0].Sides {
		if sd.Side != "Duncan Hunter" {
			continue
		}
		if !reflect.DeepEqual(sd.Actors, []string{"Duncan Hunter", "Joe Kasper"}) {
			t.Errorf("Duncan Hunter's side has actors %q, want him and Joe Kasper", sd.Actors)
		}
		return
	}
	t.Errorf("no side Duncan Hunter in %+v", items[0].Sides)
}

// TestOrganisationIsItsOwnSide: an organisation named through its people in one article is
// its own side in another that names it after a country ("Nigeria's Islamist group Boko
// Haram") or with its members ("Boko Haram fighters").
func TestOrganisationIsItsOwnSide(t *testing.T) {
	texts := []string{
		"The Boko Haram said on Monday that it held the girls. A spokesman for Boko Haram said the group would fight on.",
		"Nigeria's Islamist group Boko Haram denied that a truce had been agreed. Boko Haram fighters said the girls were married off. Nigeria's government said the girls would be freed.",
	}
	c := extractedCorpus(t, texts...)
	want := map[string]string{"Boko Haram": "Boko Haram", "Boko Haram fighters": "Boko Haram", "Nigeria's government": "Nigeria"}
	got := map[string]string{}
	for _, s := range c.Statements() {
		if _, ok := want[s.Actor]; ok {
			got[s.Actor] = s.Side
		}
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sides %v, want %v", got, want)
	}
}

// TestCompareNamesTheSides: asking for sides that share no event names the sides there are.
func TestCompareNamesTheSides(t *testing.T) {
	d := doc("a.txt", "", "Pakistan rejected the US State Department's version of the call. The US State Department said the call covered terrorists.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Pakistan", "Pakistan", "rejected", claims.CueDeny, "the US State Department's version of the call"),
		claim(t, d, "The US State Department", "US State Department", "said", claims.CueAssert, "the call covered terrorists"),
	})
	_, err := c.Compare(CompareOptions{Sides: []string{"Japan", "Israel"}})
	if err == nil || !strings.Contains(err.Error(), "no event has statements from Japan and Israel; the sides with most statements are Pakistan (1), United States (1)") {
		t.Errorf("Compare(Japan, Israel) error = %v, want one naming Pakistan and the United States", err)
	}
}

// TestOrganisationParts: an organisation named by one of its parts ("NBC News") is the
// organisation's side ("NBC").
func TestOrganisationParts(t *testing.T) {
	texts := []string{
		"An NBC spokesman said the anchor would return.",
		"An NBC News spokeswoman said the story was under review.",
	}
	c := extractedCorpus(t, texts...)
	for _, s := range c.Statements() {
		if s.Side != "NBC" {
			t.Errorf("%s (%s) is on side %q, want NBC", s.Actor, s.Claim.Doc, s.Side)
		}
	}
	if len(c.Statements()) != 2 {
		t.Errorf("%d statements, want 2", len(c.Statements()))
	}
}

// TestOrganisationsCorpora logs the organisations found (the corpus's sides of their own,
// see [orgsOf] and [bodiesSpeaking]) over the PolNeAR train texts and FNC-1's bodies, the
// figures compare/CONTESTED.md gives, and checks a few that must be among them. Needs ../shared.
func TestOrganisationsCorpora(t *testing.T) {
	paths, _ := filepath.Glob("../../shared/polnear/train/text/*")
	if len(paths) == 0 {
		t.Skip("no PolNeAR texts in ../../shared/polnear/train/text")
	}
	var texts [][2]string
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, [2]string{p, string(data)})
	}
	polnear := len(texts)
	seen := map[string]bool{}
	for _, p := range readFNC1(t) {
		if !seen[p.BodyID] {
			seen[p.BodyID] = true
			texts = append(texts, [2]string{p.BodyID + ".txt", p.Text})
		}
	}
	for _, part := range []struct {
		name  string
		texts [][2]string
		want  []string
	}{
		{"PolNeAR train", texts[:polnear], []string{"Hewlett Packard", "Clinton Foundation"}},
		{"FNC-1 bodies", texts[polnear:], []string{"Apple", "Boko Haram"}},
	} {
		c := NewCorpus(Options{})
		for _, tx := range part.texts {
			d, err := claims.NewDocument(tx[0], []byte(tx[1]))
			if err != nil {
				continue
			}
			c.Add(d, claims.Extract(d))
		}
		var names []string
		for o := range c.orgs {
			names = append(names, o)
		}
		sort.Strings(names)
		t.Logf("%s: %d texts, %d organisations: %s", part.name, len(part.texts), len(names), strings.Join(names, ", "))
		for _, w := range part.want {
			if !c.orgs[w] {
				t.Errorf("%s: %q not found as an organisation", part.name, w)
			}
		}
	}
}

// TestNamedCountryBeforeInstitution: a country named before an institution every country
// has gives a person's side, not the country the article is about.
func TestNamedCountryBeforeInstitution(t *testing.T) {
	text := "Iraq said the prisoner was freed. Iraq's army said the prisoner left Mosul. Iraq denied a deal. Lebanon's Interior Minister Karim Haddad said the prisoner was in Beirut."
	d, err := claims.NewDocument("t.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	ds := newDocSides(newGazetteer(nil), d, claims.Extract(d))
	if got := bestVote(ds.read("Karim Haddad").votes); got != "Lebanon" {
		t.Errorf("side of Karim Haddad = %q, want Lebanon (votes %v)", got, ds.read("Karim Haddad").votes)
	}
}

// TestNewspaperIsNoPart: a newspaper's title, or a publication's named for what it covers
// ("Pear Insider"), is no part of the body its first words name.
func TestNewspaperIsNoPart(t *testing.T) {
	c := &Corpus{orgs: map[string]bool{"Wall Street": true, "Wall Street Journal": true, "NBC": true, "NBC News": true, "Pear": true, "Pear Insider": true}}
	got := c.orgParents()
	if want := map[string]string{"NBC News": "NBC"}; !reflect.DeepEqual(got, want) {
		t.Errorf("orgParents = %v, want %v", got, want)
	}
}

// TestAgentSpeaksForPrincipal: a rejecter who speaks for a person ("Reed's agent Paul
// Varga") is on that person's side, not among the "critics of" the accuser.
func TestAgentSpeaksForPrincipal(t *testing.T) {
	d := doc("a.txt", "", "Sam Reed won the cup. Golfer Tom Brandt said Reed failed a drug test. Reed's agent Paul Varga said Brandt's claims that Reed failed a drug test were false.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Golfer Tom Brandt", "Tom Brandt", "said", claims.CueAssert, "Reed failed a drug test"),
		claim(t, d, "Reed's agent Paul Varga", "Paul Varga", "said", claims.CueAssert, "Brandt's claims that Reed failed a drug test were false"),
	})
	items := c.Contested()
	if len(items) != 1 {
		t.Fatalf("%d contested items, want 1: %+v", len(items), items)
	}
	var names []string
	for _, sd := range items[0].Sides {
		names = append(names, sd.Side)
	}
	sort.Strings(names)
	if want := []string{"Sam Reed", "Tom Brandt"}; !reflect.DeepEqual(names, want) {
		t.Errorf("sides %q, want %q", names, want)
	}
}

// TestHeadOfBodySpeaksForIt: an unnamed head of a body ("The dean of Halden's School of
// Law") speaks for the body's owner, Halden, no side named by the phrase.
func TestHeadOfBodySpeaksForIt(t *testing.T) {
	c := extractedCorpus(t, `Halden defends law clinic

Norvex Corp said the clinic's reports about its mines were false and misleading.

The dean of Halden's School of Law has published a letter rejecting the accusations by Norvex Corp, calling them unfounded.
`)
	dean := false
	for _, s := range c.Statements() {
		if strings.HasPrefix(s.Actor, "dean of") {
			dean = true
			if s.Side != "Halden" {
				t.Errorf("%s is on side %q, want Halden", s.Actor, s.Side)
			}
		}
	}
	if !dean {
		t.Errorf("no statement of the dean: %v", c.Statements())
	}
	for _, tc := range []struct{ name, want string }{
		{"dean of Halden's School of Law", "Halden"},
		{"director of the Brenton Institute", "Brenton Institute"},
		{"head of the local school", ""},
		{"Halden spokesman", ""},
	} {
		if got := bodyOfRole(tc.name); got != tc.want {
			t.Errorf("bodyOfRole(%q) = %q, want %q", tc.name, got, tc.want)
		}
	}
}

// TestCourtRecordIsTheJudges: "the order released Friday" names no author; it is the
// document's one judge's, and stands against the account it rejects on his side. The
// narrator's "Marlow seemed unconvinced" just before is no part of the rejected account.
func TestCourtRecordIsTheJudges(t *testing.T) {
	c := extractedCorpus(t, `Judge orders release of Vantor Academy files

U.S. District Judge Alan Marlow has ordered the release of internal Vantor Academy files.

Peter Vantor said the files contained valuable trade secrets and that the academy would reopen.

Marlow seemed unconvinced. Vantor's "claim that the files hold any trade secrets is speculative," the order released Friday said.
`)
	judge := false
	for _, cs := range c.Contested() {
		for _, sd := range cs.Sides {
			judge = judge || sd.Side == "Alan Marlow"
			for _, cl := range sd.Claims {
				if strings.HasPrefix(cl.Content.Text, "Marlow") {
					t.Errorf("%q is on side %q, want none", cl.Content.Text, sd.Side)
				}
				if cl.Source != nil && strings.Contains(cl.Source.Text, "order") && sd.Side != "Alan Marlow" {
					t.Errorf("the order is on side %q, want Alan Marlow", sd.Side)
				}
			}
		}
	}
	if !judge {
		t.Errorf("no contested item with the judge's side: %v", c.Contested())
	}
	// The narrator's "Marlow seemed unconvinced" opens on the judge: no part of Vantor's
	// account; an unsourced "discussed the files" may be.
	a := &analysis{byDoc: map[int][]int{0: {0, 1}}, stmts: []*stmt{
		{actor: "Alan Marlow", src: source{person: "Alan Marlow"}},
		{claim: claims.Claim{Content: claims.Content{Text: "Marlow seemed unconvinced"}}},
	}}
	if !a.opensOnOther(a.stmts[1], "Peter Vantor", map[int]string{}) {
		t.Error("opensOnOther: want Marlow's unconvinced no part of Vantor's account")
	}
	a.stmts[1].claim.Content.Text = "discussed the files"
	if a.opensOnOther(a.stmts[1], "Peter Vantor", map[int]string{}) {
		t.Error("opensOnOther: want an unsourced statement without a name part of the account")
	}
	if !courtRecord("order released Friday") || courtRecord("ruling by Judge Ellis") || courtRecord("report") {
		t.Error("courtRecord: want the order released Friday a court's record without author, not the ruling by Judge Ellis nor a report")
	}
}

// TestMediumNationality: a country's adjective before a word for the media, or before
// "news" and such a word, is the medium's nationality, no side.
func TestMediumNationality(t *testing.T) {
	g := newGazetteer(nil)
	for _, name := range []string{"Nicaraguan news site el19digital.com", "a video handed to Nigerian media Friday", "later Iraqi reports",
		"French Apple website iGen.fr", "French Apple-focused website iGen", "French Apple publication iGen"} {
		if _, side, _ := splitName(g, name); side != "" {
			t.Errorf("splitName(%q) side = %q, want none", name, side)
		}
	}
	if _, side, _ := splitName(g, "Nigerian government"); side != "Nigeria" {
		t.Errorf("splitName(Nigerian government) side = %q, want Nigeria", side)
	}
}

// TestMediumAboutABody: a medium named after its word ("website iGen.fr") speaks for none of
// the bodies named before it ("French Apple website iGen.fr" writes about Apple), nor for the
// names an editor's note in brackets gives ("[Google Translate]", a link to a translation);
// "the Apple website" is Apple's.
func TestMediumAboutABody(t *testing.T) {
	c := extractedCorpus(t,
		"Apple said the watch would ship in April. Shares of Apple rose.",
		"French Apple website iGen.fr reported that the watch would cost $500.",
		"Apple may hold an event in February, according to French Apple-focused website iGen [Google Translate] (via iDownloadBlog).",
		"Google said it would hire more engineers. Shares of Google fell.",
		"The Apple website said that the store would open on Friday.")
	seen := 0
	for _, s := range c.Statements() {
		want, ok := map[string]string{
			"that the watch would cost $500":      "",
			"Apple may hold an event in February": "",
			"that the store would open on Friday": "Apple",
			"it would hire more engineers":        "Google",
		}[s.Claim.Content.Text]
		if ok && s.Side != want {
			t.Errorf("side of %q (%q) = %q, want %q", s.Claim.Speaker(), s.Actor, s.Side, want)
		}
		if ok && strings.Contains(s.Actor, "Google Translate") {
			t.Errorf("actor of %q = %q, want no bracketed note", s.Claim.Speaker(), s.Actor)
		}
		if ok {
			seen++
		}
	}
	if seen != 4 {
		t.Errorf("%d of the 4 statements found", seen)
	}
}

// TestStateOfficeIsTheStates: an office every country has, after a US state's name ("New
// York Attorney General"), is the state's, not the country an article names most, and the
// state is no person the official speaks for; "New Mexico" is no Mexico.
func TestStateOfficeIsTheStates(t *testing.T) {
	c := extractedCorpus(t, `Mexican builder sued

New York Attorney General Dana Whitcombe said the Mexican builder cheated buyers in Mexico City. The Mexican company said the claim was false.
`)
	checkSides(t, c, map[string]string{"Dana Whitcombe": "New York"})
	if ms := newGazetteer(nil).find(tokenize("voters in New Mexico and New Jersey", 0)); len(ms) > 0 {
		t.Errorf("sides in New Mexico and New Jersey: %v", ms)
	}
	for _, s := range c.stmts {
		if s.principal != "" {
			t.Errorf("%s speaks for %q", s.actor, s.principal)
		}
	}
}

// TestPartyCommitteeIsABody: a party's national committee is a body of its own, whose chair
// speaks for it ("Democratic National Committee Chair ..."); a legislature's committee is
// none ("Senate Finance Committee Chairman ...").
func TestPartyCommitteeIsABody(t *testing.T) {
	c := extractedCorpus(t, `Party chair rejects fundraising charges

Mayor Tom Reyes accused the Harlan campaign of breaking fundraising law. Whig National Committee Chair Ada Pruitt dismissed Reyes' accusations that the Harlan campaign broke fundraising law. Senate Finance Committee Chairman Lou Brandt said the law was clear.
`)
	checkSides(t, c, map[string]string{"Ada Pruitt": "Whig National Committee", "Lou Brandt": ""})
}

// TestDefenceIsNoAccount: what a speaker says after rejecting an account defends it: a later
// denial by another side does not answer it (see deniedBefore).
func TestDefenceIsNoAccount(t *testing.T) {
	rej := &stmt{actor: "Ada Pruitt", f: facts{deny: true}}
	said := &stmt{actor: "Ada Pruitt"}
	other := &stmt{actor: "Tom Reyes"}
	next := &stmt{actor: "Ada Pruitt", doc: 1}
	if got, want := defenders([]*stmt{said, rej, said, other, next}), []bool{false, false, true, false, false}; !reflect.DeepEqual(got, want) {
		t.Errorf("defenders = %v, want %v", got, want)
	}
}

// TestBodyAfterItsKind: a body named after the words for its kind ("a researcher at
// counter-extremism think tank Veritan") is an organisation, and its researcher speaks for it.
func TestBodyAfterItsKind(t *testing.T) {
	c := extractedCorpus(t, `Rumour of capture

Sam Doyle, a researcher at counter-extremism think tank Veritan, said there was no evidence she had been captured.
`)
	checkSides(t, c, map[string]string{"Sam Doyle": "Veritan"})
}

// TestFormerRoleIsNoSide: a former office names no side the corpus lends to the speaker's
// other articles ("former Gov. and Whig National Committee Chairman Hal Norton").
func TestFormerRoleIsNoSide(t *testing.T) {
	c := extractedCorpus(t, `Norton on the race

"The race is close," said former Ruritania Gov. and Whig National Committee Chairman Hal Norton.
`, `Norton backs Harlan

Hal Norton, a stalwart Harlan supporter, said the tax plan would pass.
`)
	for _, s := range c.analyze().stmts {
		if s.actor == "Hal Norton" && s.claim.Doc == "1.txt" && s.side != "" {
			t.Errorf("Hal Norton in the second article is on side %q, want none", s.side)
		}
	}
}

// TestPastOfficeInApposition: an apposition that dates the office by the administration it
// was held in, or puts it in the past after the body ("ago", "until"), gives no side; a
// present office gives its body's.
func TestPastOfficeInApposition(t *testing.T) {
	for _, tt := range []struct{ apposition, want string }{
		{"the White House drug policy director in the Clinton administration", ""},
		{"the State Department spokesman during the Reagan administration", ""},
		{"a Syrian engineer who came to Ohio decades ago", ""},
		{"the White House drug policy director", "United States"},
	} {
		text := "''The border is secure,'' said Gen. Barry Ellison, " + tt.apposition + ". ''No wall is going to fix that.''\n"
		c := extractedCorpus(t, text)
		got, found := "", false
		for _, s := range c.Statements() {
			if s.Actor == "Barry Ellison" {
				got, found = s.Side, true
			}
		}
		if !found || got != tt.want {
			t.Errorf("Barry Ellison, %s: side %q (found %v), want %q", tt.apposition, got, found, tt.want)
		}
	}
}

// TestSchoolAndWatchedCountry: a professor at a school named after a capital's possessive
// speaks for no government ("a professor at Tokyo's Waseda University"), while an adviser
// to a state's institute does; a country an official follows is his topic, not his side ("a
// U.S. official following North Korea").
func TestSchoolAndWatchedCountry(t *testing.T) {
	c := extractedCorpus(t,
		"Kim has not been seen for weeks. Ken Sato, a professor at Tokyo's Waseda University, said the sister had taken control.",
		"Kim has not been seen for weeks. Jose Lara, an adviser to the Nicaraguan Institute of Territorial Studies, said the quake was shallow.",
		"North Korean officials denied it, and a U.S. official following North Korea said there were no signs he was ill.")
	seen := 0
	for _, s := range c.Statements() {
		want, ok := map[string]string{
			"the sister had taken control":   "",
			"the quake was shallow":          "Nicaragua",
			"there were no signs he was ill": "United States",
		}[s.Claim.Content.Text]
		if !ok {
			continue
		}
		seen++
		if s.Side != want {
			t.Errorf("side of %q (%q) = %q, want %q", s.Claim.Speaker(), s.Actor, s.Side, want)
		}
	}
	if seen != 3 {
		t.Errorf("%d of the 3 statements found", seen)
	}
}

// TestSurnameAsGivenName: a speaker's surname read as another person's given name ("Mohamed
// Hassan" and "Somali President Hassan Sheikh Mohamud") does not lend him that person's title.
func TestSurnameAsGivenName(t *testing.T) {
	c := extractedCorpus(t, "Somali President Hassan Sheikh Mohamud urged the militants to surrender. "+
		"The leader was devoted to teaching at mosques, said Mohamed Hassan, a former senior intelligence official.")
	found := false
	for _, s := range c.Statements() {
		if s.Actor == "Mohamed Hassan" {
			found = true
			if s.Side != "" {
				t.Errorf("side of %q = %q, want none", s.Claim.Speaker(), s.Side)
			}
		}
	}
	if !found {
		t.Error("no statement of Mohamed Hassan")
	}
}

// TestJointSpeakersTakeNoOneSide: two persons joined by "and", the words after them
// describing the second, speak together; the second's body is not the first's side.
func TestJointSpeakersTakeNoOneSide(t *testing.T) {
	c := extractedCorpus(t, `Crater puzzle

Ana Ruiz, a geologist who advises the Chilean presidency, said the crater was fresh. Ruiz said it was small. Ruiz and Tom Bell, an executive at Nasa's impact office, agreed that the asteroid had nothing to do with it. Bell said the asteroid was far away.
`)
	seen := false
	for _, s := range c.analyze().stmts {
		if strings.Contains(s.claim.Content.Text, "had nothing to do") {
			seen = true
			if s.actor != "Ruiz and Tom Bell" || s.side != "" {
				t.Errorf("joint statement: actor %q side %q, want Ruiz and Tom Bell of no side", s.actor, s.side)
			}
		}
	}
	if !seen {
		t.Error("no joint statement")
	}
}

// TestSpeakersNotNamedInThePhrase: a relative pronoun is no acronym ("Who" is not the WHO),
// a participle clause's object is not the speaker after it, the place witnesses stand at and
// the person a friend is of are not the speakers, a field word may stand between a body and
// its official, and a former member, a fan or a user of a body is none of its voices.
func TestSpeakersNotNamedInThePhrase(t *testing.T) {
	c := extractedCorpus(t, `Flu season

The WHO said the outbreak was over. Who says the vaccine is safe? Speaking to Vistaline, a WHO spokesperson said the cases had fallen. Responding to questions from Vistaline, a WHO spokesperson, Eva Lind, said the clinic had closed. Vistaline reported that the clinic had reopened.
`, `Shooting downtown

Witnesses at the Harbour Monument said the gunman had fled. A friend of Tom Bell said he had been at home. Bell said he was innocent.
`, `Golf probe

Circuit Golf Tour media official Ana Ruiz said the report was false. Later the Circuit Golf Tour said the report was wrong. A former Circuit Golf Tour player said the star had been suspended. Circuit Golf Tour fans said the star was innocent.
`)
	want := map[string][2]string{ // content: actor, side
		"the outbreak was over":        {"WHO", "World Health Organization"},
		"the cases had fallen":         {"WHO spokesperson", "World Health Organization"},
		"that the clinic had reopened": {"Vistaline", ""},
		"the gunman had fled":          {"Witnesses at the Harbour Monument", "witnesses"},
		"he had been at home":          {"friend of Tom Bell", ""},
		"the report was false":         {"Ana Ruiz", "Circuit Golf Tour"},
		"the star had been suspended":  {"former Circuit Golf Tour player", ""},
		"the star was innocent":        {"Circuit Golf Tour fans", ""},
	}
	seen := 0
	for _, s := range c.analyze().stmts {
		if s.claim.Content.Text == "the vaccine is safe" && s.side != "" {
			t.Errorf("the question's %q is on side %q", s.actor, s.side) // the extractor finds no speaker in "Who says ...?"
		}
		w, ok := want[s.claim.Content.Text]
		if !ok {
			continue
		}
		seen++
		if s.actor != w[0] || s.side != w[1] {
			t.Errorf("%q: actor %q side %q, want %q side %q", s.claim.Content.Text, s.actor, s.side, w[0], w[1])
		}
	}
	if seen != len(want) {
		t.Errorf("%d of %d statements found", seen, len(want))
	}
}

// TestRoleBeforeName: a role closed by a comma before a name ("a WHO spokesperson, Christy
// Feig") and a body with field words after "a spokesman for" ("the Iraqi health ministry,")
// name the speaker's side; the object of a verb ("to play the Apple founder, Tom Hale") does not.
func TestRoleBeforeName(t *testing.T) {
	for _, tc := range []struct{ text, speaker, want string }{
		{"Asked about the cases, a WHO spokesperson, Mia Holt, said there was no notification.", "Mia Holt", "World Health Organization"},
		{"In the statement, a spokesman for the Iraqi health ministry, Ali Karim, denied the reports.", "Ali Karim", "Iraq"},
		{"After talks to play the Apple founder, Tom Hale said he would pass.", "Tom Hale", ""},
		{"In the statement, a former spokesman for the Iraqi health ministry, Ali Karim, denied the reports.", "Ali Karim", ""},
		{"Asked about the cases, the WHO's former spokesperson, Mia Holt, said there was no notification.", "Mia Holt", ""},
		// A country's possessive opening the clause, and a capitalised word of a title after it.
		{"Calling it a rare event, Nicaragua's first lady, Rosa Lind, said the country would help.", "Rosa Lind", "Nicaragua"},
		{"Nicaragua's first lady, Rosa Lind, said the country would help.", "Rosa Lind", "Nicaragua"}, // the text's first word
		{"Rosa Lind, Nicaragua's First Lady and government spokeswoman, said the country would help.", "Rosa Lind", "Nicaragua"},
		{"The news came from Dow. Dow's chief executive, Ann Liver, said the timing was bad.", "Ann Liver", "Dow"},
		// A former office in an apposition is no present side.
		{"John Evers, former UK ambassador to Pyongyang, said the leader was ill.", "John Evers", ""},
		{"John Evers, the UK ambassador to Pyongyang, said the leader was ill.", "John Evers", "United Kingdom"},
	} {
		d, err := claims.NewDocument("t.txt", []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		ds := newDocSides(newGazetteer(nil), d, claims.Extract(d))
		if got := sourceSide(ds.read(tc.speaker)); got != tc.want {
			t.Errorf("side of %s in %q = %q, want %q", tc.speaker, tc.text, got, tc.want)
		}
	}
}

// TestNamedSideBeatsFocus: a title every country has ("Foreign Secretary Jo Marsh") gives
// the article's country only where no other articles name the person's own.
func TestNamedSideBeatsFocus(t *testing.T) {
	c := extractedCorpus(t,
		"British Foreign Secretary Jo Marsh said the video was genuine. Britain will act.",
		"British Foreign Secretary Jo Marsh said the killer was British. Britain will act.",
		"The United States said the strikes would go on. The US army said the talks failed. Foreign Secretary Jo Marsh said the video was genuine.",
	)
	a := c.analyze()
	for _, s := range a.stmts {
		if s.actor == "Jo Marsh" && s.side != "United Kingdom" {
			t.Errorf("side of Jo Marsh in %d.txt = %q, want United Kingdom", s.doc, s.side)
		}
	}
}

// TestMediumNamedForItsCity: a newspaper named after its city ("The Washington Free
// Beacon") speaks for no government of the city.
func TestMediumNamedForItsCity(t *testing.T) {
	a := extractedCorpus(t, "The Washington Free Beacon reported that the jets were missing. The Free Beacon said officials knew of the loss.").analyze()
	for _, s := range a.stmts {
		if s.side == "United States" {
			t.Errorf("%q on side %q, want none", s.actor, s.side)
		}
	}
}

// TestPrivatePersonNoSide: a country before an expert's title ("British scientist Dr Ned
// Lowe") or before an honorific ("in London Mr Omar") gives the person no side.
func TestPrivatePersonNoSide(t *testing.T) {
	a := extractedCorpus(t,
		"British scientist Dr Ned Lowe said the alignment was a joke. Lowe said nobody would float.",
		"Abu Omar said he was held at the airport. Back in London Mr Omar said the officers had threatened him.",
	).analyze()
	seen := map[string]bool{}
	for _, s := range a.stmts {
		if s.actor == "Ned Lowe" || strings.HasSuffix(s.actor, "Omar") {
			seen[s.actor] = true
			if s.side != "" {
				t.Errorf("%q on side %q, want none", s.actor, s.side)
			}
		}
	}
	if len(seen) != 2 {
		t.Errorf("speakers seen: %v, want Ned Lowe and Omar", seen)
	}
}

// TestNationalityNamesFocus: the nationality of a source that is no country's voice ("some
// Iraqi news outlets") still tells what country the article is about, for the institutions
// every country has ("the country's health ministry").
func TestNationalityNamesFocus(t *testing.T) {
	a := extractedCorpus(t, "Some Iraqi news outlets have confirmed cases of the virus, but the health ministry has denied the reports. The CDC said it was watching.").analyze()
	for _, s := range a.stmts {
		if s.actor == "Iraqi news outlets" && s.side != "" {
			t.Errorf("side of the outlets = %q, want none", s.side)
		}
		if strings.Contains(s.actor, "ministry") && s.side != "Iraq" {
			t.Errorf("side of %q = %q, want Iraq", s.actor, s.side)
		}
	}
}

// TestCountryAnaphor: "the country's interior minister" is the minister of the country the
// sentence has just named, not of the one the article is about; "The minister", the same
// speaker later, too.
func TestCountryAnaphor(t *testing.T) {
	a := extractedCorpus(t, "Tests confirm Chad is holding the boy, the country's interior minister says.\n\nBut Iraq's government insisted the boy was not the leader's son. Iraqi officials said the tests were false.\n\nThe minister added: \"We tested the boy twice.\"").analyze()
	n := 0
	for _, s := range a.stmts {
		if strings.Contains(s.actor, "interior minister") {
			n++
			if s.side != "Chad" {
				t.Errorf("%s: side of %q = %q, want Chad", s.claim.Cue.Text, s.actor, s.side)
			}
		}
	}
	if n != 2 {
		t.Errorf("%d statements by the minister, want 2", n)
	}
}

// TestGroupNamedForCountry: a group whose name opens with a country and holds no word of a
// state's body ("Ruritania Writers Solidarity") speaks for no government of the country.
func TestGroupNamedForCountry(t *testing.T) {
	a := extractedCorpus(t, "\"The leader is ill,\" said Mi Rae Lee, the head of North Korea Writers Solidarity, on Monday.").analyze()
	for _, s := range a.stmts {
		if s.actor == "Mi Rae Lee" && s.side == "North Korea" {
			t.Errorf("side of Mi Rae Lee = %q, want no North Korea", s.side)
		}
	}
}

// TestRightsBodySide: a human rights group named for a country speaks for itself, one side
// under the names the articles give it ("the London-based Bahraini Monitor for Human Rights",
// "the Bahraini Monitor for Human Rights monitoring group"); joined by "and" to a person ("the
// London-based Bahraini Monitor for Human Rights and Sami Haddad") it is neither's alone.
func TestRightsBodySide(t *testing.T) {
	for _, c := range []struct {
		texts []string
		side  string // of each statement by the Monitor
		n     int    // statements by the Monitor
	}{
		{[]string{
			"Twelve people died in the raid, the London-based Bahraini Monitor for Human Rights said on Sunday.",
			"The Bahraini Monitor for Human Rights monitoring group said the army had fired first.",
		}, "Bahraini Monitor for Human Rights", 2},
		{[]string{
			"Twelve people died in the raid, according to the London-based Bahraini Monitor for Human Rights and Sami Haddad.",
		}, "", 1},
	} {
		a := extractedCorpus(t, c.texts...).analyze()
		n := 0
		for _, s := range a.stmts {
			if strings.Contains(s.actor, "Monitor") {
				n++
				if s.side != c.side {
					t.Errorf("%q: side of %q = %q, want %q", c.texts[0], s.actor, s.side, c.side)
				}
			}
		}
		if n != c.n {
			t.Errorf("%q: %d statements by the Monitor, want %d", c.texts[0], n, c.n)
		}
	}
}

// TestPublicationPiece: a publication's piece without a side is the publication's words
// ("Gazette blog post", "Courier story"), and a record of a body that speaks elsewhere
// ("Ledger report" beside "the Ledger reported"); a poll is no piece ("Ohio poll").
func TestPublicationPiece(t *testing.T) {
	c := extractedCorpus(t,
		"A Gazette blog post said the panel would be all male. The network called the Gazette story false.",
		"The Courier story said the mayor had resigned. The mayor denied it.",
		"The Ledger reported that the plant would close. A Ledger report said 300 jobs would go.",
		"An Ohio poll found that most voters backed the plan.",
	)
	actors := map[string]bool{}
	for _, s := range c.Statements() {
		actors[s.Actor] = true
	}
	for _, a := range []string{"Gazette", "Courier", "Ledger", "Ohio poll"} {
		if !actors[a] {
			t.Errorf("no statement of %s (actors: %v)", a, actors)
		}
	}
	for _, a := range []string{"Gazette blog post", "Courier story", "Ledger report", "Ohio"} {
		if actors[a] {
			t.Errorf("%s is an actor (actors: %v)", a, actors)
		}
	}
}

// TestSpeakerSide: the side each speaker takes in a corpus of the given texts.
func TestSpeakerSide(t *testing.T) {
	for _, tt := range []struct {
		name   string
		texts  []string
		want   map[string]string // speaker -> side
		reason string
	}{
		{
			name: "TitleCountryInDocument",
			texts: []string{
				"An Iraqi official denied the report. Iraq said the woman was a nurse. Iraqi officials said she fled. But a Lebanese interior minister confirmed the arrest. The woman had two sons, Interior Minister Sami Haddad told reporters.",
			},
			want:   map[string]string{"Sami Haddad": "Lebanon"},
			reason: `an institution every country has before a name ("Interior Minister Sami Haddad") is the country the same article names before those words ("a Lebanese interior minister"), not the one the article is about.`,
		},
		{
			name: "NewspaperIsNoCountry",
			texts: []string{
				"Kim was ill, South Korean newspaper The Dong Sinmun reported on Monday.",
				"Kim was ill, according to South Korea's Hanbit Daily.",
				"The race is close, a USA TODAY analysis found.",
				"Most voters back the plan, a USA TODAY/Harlan College poll found.",
			},
			want:   map[string]string{"Dong Sinmun": "", "Hanbit Daily": "", "USA TODAY analysis": "", "USA TODAY/Harlan College poll": ""},
			reason: `a newspaper named after its country ("South Korean newspaper The Dong Sinmun", "South Korea's Hanbit Daily") or whose name holds the country's ("USA TODAY analysis", "USA TODAY/Harlan College poll") is no voice of its government.`,
		},
		{
			name: "BodyAndAcronym",
			texts: []string{
				"The man was ill, a Ledger Times spokesman said. The Ledger Times and the BBC named the man as Tom Hale.",
			},
			want:   map[string]string{"BBC": ""},
			reason: `a body joined by "and" to another speaker taken for a person ("The Ledger Times and the BBC") is neither's alone.`,
		},
		{
			name: "NoApposition",
			texts: []string{
				`"The regime will hold," said Lou Sims, a researcher at the U.S.-Korea Institute at Hopkins.`,
				"According to veteran reporter Bill Marsh, U.S. officials said the jets were missing. Marsh said the jets could be used in an attack.",
			},
			want:   map[string]string{"Lou Sims": "", "Bill Marsh": ""},
			reason: `a body named for two countries ("the U.S.-Korea Institute") and the plural subject after "According to X," ("U.S. officials said") give the person no side.`,
		},
		{
			name: "NationalModifierIsNoNationality",
			texts: []string{
				"The talks failed. U.S. national security adviser Sam Reed said the talks would go on. Reed said Iran had lied.",
			},
			want:   map[string]string{"Sam Reed": "United States"},
			reason: `"national" before a small-letter noun ("U.S. national security adviser") modifies it; it makes no private person of the speaker.`,
		},
		{
			name: "RetiredIsOwnSide",
			texts: []string{
				"In an interview, retired Chief Deputy U.S. Marshal Matt Fogg said the search was sloppy.",
			},
			want:   map[string]string{"Matt Fogg": "Matt Fogg"},
			reason: `a retired officer ("retired Chief Deputy U.S. Marshal Matt Fogg") speaks for himself, as a former one does.`,
		},
		{
			name: "CouncilAcronymIsGovernment",
			texts: []string{
				"Militants posted a video in Iraq. \"We are studying it,\" NSC spokeswoman Dana Brill said.",
				"White House spokeswoman Dana Brill said the video was being studied.",
				"US National Security Council spokeswoman Dana Brill said officials had seen the video.",
			},
			want:   map[string]string{"Dana Brill": "United States"},
			reason: `"NSC", the acronym of the National Security Council every government has, is no body of its own: its spokeswoman takes the side the other articles name for her.`,
		},
		{
			name: "VoiceYieldsToMostNamed",
			texts: []string{
				"A gunman attacked Canada's Parliament in Ottawa on Wednesday. U.S. officials said the suspect was a Canadian. Ottawa police closed the streets of Ottawa. Cabinet minister Dale Brink tweeted that shots were fired. Canadians were shocked.",
			},
			want:   map[string]string{"Dale Brink": "Canada"},
			reason: `a foreign voice ("U.S. officials said") does not make the article's country when the article names another more than twice as often: "Cabinet minister" is Canada's in a story about Ottawa.`,
		},
		{
			name: "TitleNameOfCountry",
			texts: []string{
				"WASHINGTON — Prime Minister Avi Tal of Israel said on Monday that the talks would be hard. White House officials said the visit went well.",
			},
			want:   map[string]string{"Avi Tal": "Israel"},
			reason: `"Prime Minister Avi Tal of Israel" is Israel's prime minister in a story about Washington, not the article's country's.`,
		},
		{
			name: "TitledNameElsewhere",
			texts: []string{
				"Iraqi police were attacked with chlorine in Iraq. A spokesman for the National Security Council, Dan Brill, said the reports were being studied. Iraqi officials said the attack was real.",
				"The attack was condemned by White House spokesman Dan Brill on Friday. Analysts said the attack would change nothing.",
			},
			want:   map[string]string{"Dan Brill": "United States"},
			reason: `a speaker whose side an article only guesses ("a spokesman for the National Security Council" in a story about Iraq) takes the side another article names before his title and name, where he does not speak ("White House spokesman Dan Brill").`,
		},
		{
			name: "AnalystIsNoCompanysVoice",
			texts: []string{
				"Pearl CEO Sam Cole said the watch would ship in May. Pearl analyst Ned Vick said the watch would sell poorly. Vick said buyers were tired of watches.",
				"Pearl said the watch would ship in May. Morton Hale analyst Ann Brisk said sales would be weak.",
				"Pearl said the watch would ship in May. \"Sales will be weak,\" said Tom Reyes, an analyst at Dunmore Capital.",
				"Pearl said the watch would ship in May. Pearl analysts said the watch was late.",
			},
			want:   map[string]string{"Sam Cole": "Pearl", "Ned Vick": "", "Ann Brisk": "", "Tom Reyes": "", "Pearl analysts": ""},
			reason: `a body before an analyst's word ("Pearl analyst Ned Vick", "Morton Hale analyst Ann Brisk") or after it and "at" ("an analyst at Dunmore Capital"), or before analysts without a name ("Pearl analysts"), is the company he covers or the firm he works at; either way he gives no account of the company's own.`,
		},
		{
			name: "BodyAtTwoBodies",
			texts: []string{
				"The Fiscal Policy Center at the Harbor Institute and Lakeside Institution estimates that the plan would cost $3 trillion. \"The numbers do not add up,\" said Ann Moss, a spokeswoman for the Fiscal Policy Center.",
			},
			want:   map[string]string{"Fiscal Policy Center": "Fiscal Policy Center"},
			reason: `a body "at" two others joined by "and" ("The Fiscal Policy Center at the Harbor Institute and Lakeside Institution") is the first body, named without its seat; the last is no person beside it, nor a joint speaker.`,
		},
		{
			name: "PlatformUsersItems",
			texts: []string{
				"Snapgram said the outage was over, a Snapgram spokeswoman said. A Snapgram post said the singer had died. Her Snapgram page said she was resting.",
			},
			want:   map[string]string{"Snapgram spokeswoman": "Snapgram", "Snapgram post": "", "Her Snapgram page": ""},
			reason: `a platform's name before what its users post ("A Snapgram post", "Her Snapgram page") is no voice of the platform; its spokeswoman is.`,
		},
		{
			name: "DestinationsNameNoActor",
			texts: []string{
				"U.S. officials said more young men were trying to travel to Syria. One flew to Syria in May, another went to Syria in June, and a third came back from Syria. Prosecutors said they had charged six men.",
			},
			want:   map[string]string{"Prosecutors": "United States"},
			reason: `a country named only as where people go ("Americans who travel to Syria") does not outvote the voice of the article's country.`,
		},
		{
			name: "PersonalRoleIsNoGovernment",
			texts: []string{
				"U.S. President Tom Walsh said the deal was good. Walsh spokesman Ed Price said the deal would pass. Ann Reyes, a longtime adviser to Tom Walsh who ran his first campaign, said the deal would help the party. The Walsh campaign said the deal would win votes.",
			},
			want:   map[string]string{"Ed Price": "United States", "Ann Reyes": "", "Walsh campaign": ""},
			reason: `one who serves a head of state in a personal or political role ("a longtime adviser to Tom Walsh", "The Walsh campaign") speaks for the person, not for the government he heads; his spokesman speaks for his office.`,
		},
		{
			name: "WhereAPrivateManWorks",
			texts: []string{
				"\"We will win in court,\" said Ann Lowe, a Washington lawyer who has filed many of the suits. Lowe said the law would fall.",
				"Sam Reed, a Somali analyst who runs a think tank, said the group was weak.",
				"Justice Department lawyers said the law was sound.",
			},
			want:   map[string]string{"Ann Lowe": "", "Sam Reed": "", "Justice Department lawyers": "United States"},
			reason: `a country's or its capital's name before a private professional's word in an apposition ("a Washington lawyer", "a Somali analyst") says where he works or comes from, not whom he speaks for; a government body's lawyers speak for it.`,
		},
		{
			name: "ApposedTitleAfterBody",
			texts: []string{
				"Brian Dee, the White House climate change adviser, said the plan would hold.",
				"Ann Perry, a White House press secretary for George W. Bush, said the polls were wrong.",
				"Gene Davis, the top U.S. envoy for North Korea, said the talks had failed.",
			},
			want:   map[string]string{"Brian Dee": "United States", "Ann Perry": "", "Gene Davis": "United States"},
			reason: `an apposition's side of more than one word ("the White House") before a title, field words between ("climate change adviser"), gives the person's side; not when the title serves a name after "for" ("press secretary for George W. Bush": whom she served), but a country there is his field ("envoy for North Korea").`,
		},
		{
			name: "SourcesAreNoCompany",
			texts: []string{
				"Pearl unveiled its watch on Monday. Sources tell Re/code that Pearl is working to improve battery life. The company said people will charge the watch nightly.",
				"Sources speaking to 9to5Tech said Pearl will not hold an event in March.",
			},
			want:   map[string]string{"Sources": "", "Sources speaking to 9to5Tech": ""},
			reason: `"the company" that the extractor resolves to unnamed sources ("Sources tell Re/code ... The company said") makes no business of them, nor a side of sources that speak to an outlet.`,
		},
	} {
		t.Run(tt.name, func(t *testing.T) {
			checkSides(t, extractedCorpus(t, tt.texts...), tt.want)
		})
	}
}

// TestWordMarks checks that wordMarks tells a word in any case from the words marked only
// when it is none of them.
func TestWordMarks(t *testing.T) {
	m := marksOf(map[string]bool{"chief": true, "ceo": true})
	for w, want := range map[string]bool{"chief": true, "CHIEF": true, "Ceo": true, "said": false, "chiefs": false, "Économie": true} {
		if got := m.mayHold(w); got != want {
			t.Errorf("mayHold(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestConductedRecord: a record conducted by a maker for a client is the maker's words; one
// that names no maker is the record without the clause, unless the client is one body.
func TestConductedRecord(t *testing.T) {
	for _, tt := range []struct {
		text, name, want string
		ok               bool
	}{
		{"the exit poll conducted by Acme Research for the Daily Star and Television Networks", "Television Networks", "Acme Research", true},
		{"exit polls conducted for the Daily Star and radio stations by Acme Research", "Acme Research", "Acme Research", true},
		{"a survey conducted by the Policy Institute of Texas", "survey", "Policy Institute of Texas", true},
		{"early results of exit polls conducted for the Daily Star and radio stations", "early results of exit polls conducted for the Daily Star and radio stations", "early results of exit polls", true},
		{"a Gallup poll conducted in May", "Gallup poll conducted in May", "a Gallup poll", true},
		{"a poll conducted for the Evening Post", "Evening Post", "", false},
		{"a survey conducted by independent analyst Ann Lee", "Ann Lee", "", false},
		{"autopsy reports conducted by Kent County and by the family", "autopsy reports conducted by Kent County and by the family", "autopsy reports", true},
		{"the tests conducted by Acme", "Acme", "", false},
		{"early results of exit polls conducted for the Daily Star  and radio stations", "early results of exit polls conducted for the Daily Star  and radio stations", "early results of exit polls", true}, // two spaces
	} {
		if got, ok := conductedRecord(tt.text, tt.name); got != tt.want || ok != tt.ok {
			t.Errorf("conductedRecord(%q) = %q, %v, want %q, %v", tt.text, got, ok, tt.want, tt.ok)
		}
	}
}

// TestUnionOfWorkers: a union that says whom it represents is the workers' side, not their
// employer's nor their country's.
func TestUnionOfWorkers(t *testing.T) {
	for name, want := range map[string]bool{
		"the largest union representing Border Patrol agents": true,
		"the union of Ohio teachers":                          true,
		"European Union":                                      false,
		"the union":                                           false,
	} {
		if got := unionOfWorkers(name); got != want {
			t.Errorf("unionOfWorkers(%q) = %v, want %v", name, got, want)
		}
	}
	c := extractedCorpus(t, "The Border Patrol said the fence worked. A union representing America's customs officers said the fence was useless.")
	found := false
	for _, s := range c.Statements() {
		if s.Claim.Content.Text == "the fence was useless" {
			found = true
			if s.Side != "union" {
				t.Errorf("%q: side %q, want union", s.Actor, s.Side)
			}
		}
	}
	if !found {
		t.Errorf("the union's statement not extracted")
	}
}

// TestInitials checks initials against the words strings.Fields gives.
func TestInitials(t *testing.T) {
	for _, name := range []string{"Athletics Integrity Unit", "Citizens Coalition for Change", "Unit", "",
		"  Rapid  Support\tForces ", "al-Shabaab Media Office", "A B", "Ünited Nations Office", "United\u00a0Nations Office", "World\u2003Health"} {
		var want string
		if words := strings.Fields(name); len(words) >= 2 {
			for _, w := range words {
				if c := w[0]; 'A' <= c && c <= 'Z' {
					want += string(c)
				}
			}
		}
		if got := initials(name); got != want {
			t.Errorf("initials(%q) = %q, want %q", name, got, want)
		}
	}
}
