package compare

import (
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"claimdiff/claims"
)

// doc returns a document of text; its claims are built by hand with claim, so these tests
// do not depend on the extractor.
func doc(name, date, text string) *claims.Document {
	return &claims.Document{Name: name, Date: date, Text: text}
}

// claim builds a claim of d from its source mention (resolved to name; "" for none), cue
// and content, each the first occurrence of the words at or after the previous part.
func claim(t *testing.T, d *claims.Document, mention, name, cue string, class claims.CueClass, content string) claims.Claim {
	t.Helper()
	span := func(s string, from int) claims.Span {
		i := strings.Index(d.Text[from:], s)
		if i < 0 {
			t.Fatalf("%q not in %s", s, d.Name)
		}
		return claims.Span{Start: from + i, End: from + i + len(s)}
	}
	c := claims.Claim{Doc: d.Name, Date: d.Date}
	from := 0
	if mention != "" {
		sp := span(mention, 0)
		c.Source = &claims.Source{Span: sp, Text: mention, Name: name}
		from = sp.Start
	}
	cs := span(cue, from)
	c.Cue = claims.Cue{Span: cs, Text: cue, Class: class}
	ct := span(content, 0)
	c.Content = claims.Content{Span: ct, Text: content, Spans: []claims.Span{ct}}
	c.Line = 1 + strings.Count(d.Text[:cs.Start], "\n")
	return c
}

type side2 struct{ a, b string }

func sidePairs(cs []Contested) map[side2]Contested {
	m := map[side2]Contested{}
	for _, c := range cs {
		if len(c.Sides) == 2 {
			m[side2{c.Sides[0].Side, c.Sides[1].Side}] = c
		}
	}
	return m
}

func TestContestedHandBuilt(t *testing.T) {
	call := doc("call.txt", "2018-08-24", "Pompeo telephoned Prime Minister Imran Khan and reportedly discussed 'Pakistan-based terrorists' with him. "+
		"Pakistan immediately rejected the US State Department's version of the telephonic conversation and claimed that it was limited to congratulations to Imran Khan by Pompeo.\n"+
		"Foreign Minister Shah Mehmood Qureshi said the US State Department's statement after Pompeo's telephone call to Imran Khan was 'contrary to the facts'.")
	callClaims := []claims.Claim{
		claim(t, call, "", "", "reportedly", claims.CueClaim, "discussed 'Pakistan-based terrorists' with him"),
		claim(t, call, "Pakistan", "Pakistan", "rejected", claims.CueDeny, "the US State Department's version of the telephonic conversation"),
		claim(t, call, "Pakistan", "Pakistan", "claimed", claims.CueClaim, "it was limited to congratulations to Imran Khan by Pompeo"),
		claim(t, call, "Foreign Minister Shah Mehmood Qureshi", "Shah Mehmood Qureshi", "said", claims.CueAssert, "the US State Department's statement after Pompeo's telephone call to Imran Khan was 'contrary to the facts'"),
	}
	talks := doc("talks.txt", "2023-06-14", "Japan's foreign minister Yoko Kamikawa said the talks with South Korea on export controls were constructive.\n"+
		"South Korea's foreign ministry said the talks on export controls were constructive.")
	talksClaims := []claims.Claim{
		claim(t, talks, "Yoko Kamikawa", "Yoko Kamikawa", "said", claims.CueAssert, "the talks with South Korea on export controls were constructive"),
		claim(t, talks, "South Korea's foreign ministry", "South Korea's foreign ministry", "said", claims.CueAssert, "the talks on export controls were constructive"),
	}
	khan := doc("khan.txt", "2022-05", "Former prime minister Imran Khan claimed that Washington conspired with opposition leaders to topple his government.\n"+
		"US State Department Spokesperson Ned Price rejected Khan's claims as speculation and lies.")
	khanClaims := []claims.Claim{
		claim(t, khan, "Former prime minister Imran Khan", "Imran Khan", "claimed", claims.CueClaim, "Washington conspired with opposition leaders to topple his government"),
		claim(t, khan, "Ned Price", "Ned Price", "rejected", claims.CueDeny, "Khan's claims as speculation and lies"),
	}
	c := NewCorpus(Options{})
	c.Add(call, callClaims)
	c.Add(talks, talksClaims)
	c.Add(khan, khanClaims)
	got := sidePairs(c.Contested())

	k, ok := got[side2{"United States", "Pakistan"}]
	if !ok {
		t.Fatalf("Contested() = %v, want United States vs Pakistan", got)
	}
	if k.Type != ExplicitRejection || k.Confidence < 0.85 || !strings.Contains(k.Trigger, "rejected") {
		t.Errorf("call conflict = %v %v %q, want a confident explicit rejection triggered by \"rejected\"", k.Type, k.Confidence, k.Trigger)
	}
	if n := len(k.Sides[0].Claims); n != 1 || k.Sides[0].Claims[0].Cue.Text != "reportedly" {
		t.Errorf("United States side = %v, want the reported version", k.Sides[0].Claims)
	}
	if n := len(k.Sides[1].Claims); n != 3 || !contains(k.Sides[1].Actors, "Shah Mehmood Qureshi") {
		t.Errorf("Pakistan side = %d claims by %v, want 3 with Shah Mehmood Qureshi", n, k.Sides[1].Actors)
	}
	if !strings.Contains(k.Explanation, "limited to") {
		t.Errorf("explanation %q does not mention the restriction", k.Explanation)
	}

	if k, ok := got[side2{"Imran Khan", "United States"}]; !ok || k.Type != ExplicitRejection || !strings.Contains(k.Trigger, "speculation and lies") {
		t.Errorf("Contested() = %v, want Imran Khan (his own side) vs United States on \"speculation and lies\"", got)
	}
	for p := range got {
		if p.a == "Japan" || p.b == "Japan" || p.a == "South Korea" || p.b == "South Korea" {
			t.Errorf("agreeing sides listed as contested: %v", p)
		}
	}
	if len(got) != 2 {
		t.Errorf("Contested() has %d items, want 2: %v", len(got), got)
	}

	// The JSON Lines contract.
	b, err := json.Marshal(k)
	if err != nil {
		t.Fatal(err)
	}
	var j struct {
		Event       string  `json:"event"`
		Type        string  `json:"type"`
		Confidence  float64 `json:"confidence"`
		Explanation string  `json:"explanation"`
		Sides       []struct {
			Side   string         `json:"side"`
			Claims []claims.Claim `json:"claims"`
		} `json:"sides"`
	}
	if err := json.Unmarshal(b, &j); err != nil {
		t.Fatalf("unmarshal %s: %v", b, err)
	}
	if j.Event == "" || j.Type != "explicit-rejection" || j.Confidence != 0.9 || len(j.Sides) != 2 || j.Sides[0].Claims[0].Content.Text != k.Sides[0].Claims[0].Content.Text {
		t.Errorf("JSON %s does not follow the contract", b)
	}
}

func TestActorsAndSides(t *testing.T) {
	d := doc("a.txt", "", "ISLAMABAD - Foreign Minister Shah Mehmood Qureshi said the talks went well. Qureshi said Pakistan wanted good ties. "+
		"US State Department Spokesperson Ned Price said the US values its ties. Price said more talks would follow. "+
		"Ned Price, the State Department spokesman, said nothing else.")
	d.Place = "ISLAMABAD"
	cs := []claims.Claim{
		claim(t, d, "Foreign Minister Shah Mehmood Qureshi", "Foreign Minister Shah Mehmood Qureshi", "said", claims.CueAssert, "the talks went well"),
		claim(t, d, "Qureshi", "Qureshi", "said", claims.CueAssert, "Pakistan wanted good ties"),
		claim(t, d, "Ned Price", "Ned Price", "said", claims.CueAssert, "the US values its ties"),
		claim(t, d, "Price said", "Price", "said", claims.CueAssert, "more talks would follow"),
	}
	c := NewCorpus(Options{})
	c.Add(d, cs)
	want := []struct{ actor, side string }{
		{"Shah Mehmood Qureshi", "Pakistan"}, {"Shah Mehmood Qureshi", "Pakistan"},
		{"Ned Price", "United States"}, {"Ned Price", "United States"},
	}
	for i, s := range c.Statements() {
		if s.Actor != want[i].actor || s.Side != want[i].side {
			t.Errorf("statement %d (%s) = %s, %s; want %s, %s", i, s.Claim.Speaker(), s.Actor, s.Side, want[i].actor, want[i].side)
		}
	}
	if as := c.Actors(); len(as) != 2 || as[0].Name != "Ned Price" || as[1].Side != "Pakistan" {
		t.Errorf("Actors() = %v, want Ned Price and Shah Mehmood Qureshi", as)
	}
	// --side overrides the gazetteer.
	c = NewCorpus(Options{Sides: []SideDef{{"Diplomats", []string{"Qureshi", "Price"}}}})
	c.Add(d, cs)
	for _, s := range c.Statements() {
		if s.Side != "Diplomats" {
			t.Errorf("with --side, %s is on %q, want Diplomats", s.Actor, s.Side)
		}
	}
}

// TestCabinetTitleSide: a side's own title right before a name ("Treasury Secretary Janet
// Yellen", the United States') gives the person's side.
func TestCabinetTitleSide(t *testing.T) {
	d := doc("a.txt", "", "Treasury Secretary Janet Yellen said rates were fine.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Treasury Secretary Janet Yellen", "Janet Yellen", "said", claims.CueAssert, "rates were fine"),
	})
	if s := c.Statements()[0]; s.Side != "United States" {
		t.Errorf("Treasury Secretary Janet Yellen is on side %q, want United States", s.Side)
	}
}

// TestPrivateBodyIsNoCountry: a country's name that opens a private body's ("the U.S. Chamber
// of Commerce", "American Airlines", "the American Civil Liberties Union") does not put the
// body on the country's side; it is a side of its own. "The U.S. Army" is the United States'.
func TestPrivateBodyIsNoCountry(t *testing.T) {
	d := doc("a.txt", "", "The U.S. Chamber of Commerce said the rule would cost jobs. American Airlines said flights were late. The American Civil Liberties Union said the law was unconstitutional. The U.S. Army said it would help.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "The U.S. Chamber of Commerce", "U.S. Chamber of Commerce", "said", claims.CueAssert, "the rule would cost jobs"),
		claim(t, d, "American Airlines", "American Airlines", "said", claims.CueAssert, "flights were late"),
		claim(t, d, "The American Civil Liberties Union", "American Civil Liberties Union", "said", claims.CueAssert, "the law was unconstitutional"),
		claim(t, d, "The U.S. Army", "U.S. Army", "said", claims.CueAssert, "it would help"),
	})
	want := []string{"U.S. Chamber of Commerce", "American Airlines", "American Civil Liberties Union", "United States"}
	for i, s := range c.Statements() {
		if s.Side != want[i] {
			t.Errorf("%s is on side %q, want %q", s.Claim.Speaker(), s.Side, want[i])
		}
	}
}

// TestAcronymPossessorSide: a body named by its acronym as a person's possessor ("ESPN's
// John Wildhack") is the person's side, as a country is; a capitalised word that is no
// acronym ("Smith's lawyer") gives no side by this rule.
func TestAcronymPossessorSide(t *testing.T) {
	d := doc("a.txt", "", "On Monday, ESPN's John Wildhack released a statement refuting the report. Wildhack said the panel was never planned.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{claim(t, d, "ESPN's John Wildhack", "John Wildhack", "released a statement refuting", claims.CueDeny, "the report")})
	if s := c.Statements()[0]; s.Side != "ESPN" {
		t.Errorf("ESPN's John Wildhack is on side %q, want ESPN", s.Side)
	}
	for _, w := range []string{"ESPN", "NBC", "AP"} {
		if !acronym(w) {
			t.Errorf("acronym(%q) = false", w)
		}
	}
	for _, w := range []string{"Smith", "A", "NASDAQS", "U.S."} {
		if acronym(w) {
			t.Errorf("acronym(%q) = true", w)
		}
	}
}

func TestSplitName(t *testing.T) {
	g := newGazetteer(nil)
	tests := []struct{ name, person, side string }{
		{"Foreign Minister Shah Mehmood Qureshi", "Shah Mehmood Qureshi", govSide},
		{"US State Department Spokesperson Ned Price", "Ned Price", "United States"},
		{"Pakistan's Foreign Minister Bilawal Bhutto", "Bilawal Bhutto", "Pakistan"},
		{"Inter-Services Intelligence Director-General (DG ISI) Lt-Gen Nadeem Anjum", "Nadeem Anjum", "Pakistan"},
		{"The State Department", "", "United States"},
		{"China's foreign ministry", "", "China"},
		{"Perera, who leads the opposition alliance", "Perera", ""},
		{"officials at the foreign ministry", "", govSide},
		{"Agence France-Presse", "Agence France-Presse", ""},
		{"billionaire Mark Cuban", "Mark Cuban", ""},
		{"Rep. Steve Israel", "Steve Israel", ""},
		{"Chad Sweet", "Chad Sweet", ""},
		{"South Korean-born Monte Haines", "Monte Haines", ""},
		{"WHO spokeswoman Fadela Chaib", "Fadela Chaib", "World Health Organization"},
		{"Mayor Bill de Blasio", "Bill de Blasio", ""},
		{"Jordanian government spokesman Mohammed al-Momani", "Mohammed al-Momani", "Jordan"},
		{"the people who spoke", "", ""},
		{"French President Francois Hollande", "Francois Hollande", "France"},
		{"Russian Olympic Committee", "", "Russia"},
		{"Israel Radio", "", "Israel"},
		{"Press TV", "", ""},
		{"local TV", "", ""},
		{"Korean Central TV", "", ""},
		// A broadcaster's name glued to a person's is what he is, not his name.
		{"Fox News Sean Hannity", "Sean Hannity", ""},
		{"Fox News", "", ""},
		{"ABC News Radio", "", ""},
		{"Palestinian News Agency WAFA", "News Agency WAFA", "Palestine"}, // a body's name goes on
		{"Wilfried Strauch", "Wilfried Strauch", ""},
		{"NASA asteroid expert Don Yeomans", "Don Yeomans", "United States"},
		{"Nasa scientists", "", "United States"}, // an acronym written as a name is a body too
		// A nationality before a job or a captive's word is no side.
		{"US hostage Lou Sims", "Lou Sims", ""},
		{"the British-born American photojournalist Lou Sims", "Lou Sims", ""},
		{"a French freelance photographer", "", ""},
		{"North Korean citizens", "", ""},
		{"a British national", "", ""},
		{"an American hostage held by the group", "", ""},
		{"an Iraqi national living in Sweden", "", ""},
		{"a U.S. citizen born in Yemen", "", ""},
		// A national noun before a small-letter noun is its modifier, no person's.
		{"U.S. national security adviser Sam Reed", "Sam Reed", "United States"},
		{"Chinese national security officials", "", "China"},
		{"US student visa officials", "", "United States"},
		{"the U.S. National Security Council", "", "United States"},
		// A place a body is based in and a medium's country are no sides; a state medium's is.
		{"the Britain-based group", "", ""},
		{"the Gaza-based Ministry of Interior", "", "Palestine"},
		{"Britain's Daily Mail", "", ""},
		{"the Lebanese al-Safir newspaper", "", ""},
		{"Canada's Globe and Mail newspaper", "", ""},
		{"the Times of Israel", "", ""},
		{"China's state-run Global Times newspaper", "", "China"},
		{"French Apple website iGen", "", ""}, // a medium named after its word speaks for no country (sides32)
		// A country's experts and private persons are no voices of its government.
		{"North Korea experts", "", ""},
		{"Some Pyongyang watchers", "", ""},
		{"British astronomer Ned Lowe", "Ned Lowe", ""},
		{"Nicaraguan government scientists", "", "Nicaragua"},
		{"a British man who went to fight", "", ""},
		{"two British men from west London who visited Tanzania", "", ""},
		{"Britain's National Health Service", "", "United Kingdom"},
		{"First Lady Rosa Lind", "Rosa Lind", ""},
		{"a Catholic priest in America", "", ""},
		{"AFP's correspondent in Havana", "", ""},
		{"the Syrian Observatory for Human Rights", "", ""},
		{"some Iraqi news outlets", "", ""},
		{"North Korean defector Mi Rae Lee", "Mi Rae Lee", ""},
		{"Cuban dissidents", "", ""},
		{"Cuban hackers", "", ""},
		{"undocumented immigrants from Cuba", "", ""},
		// A country after "on" a report or an expert treats is the topic, no side.
		{"A United Nations report on Iraq", "", "United Nations"},
		{"Experts on North Korea", "", ""},
		// A side after "anti-" is the one opposed.
		{"anti-ISIS coalition partners", "", ""},
		{"British Columbia Court records", "", "Canada"},
		// Experts and private persons in a place speak for no country there.
		{"Analysts in Baghdad", "", ""},
		{"analysts at the CIA", "", "United States"},
		// The country an envoy is sent to is no side of his.
		{"the British ambassador to the United States", "", "United Kingdom"},
		{"a report for Oxfam on Germany's energy policies", "", ""},
		{"the Iraqi Human Rights Ministry", "", "Iraq"},
		// A place after "in" is where the speaker is, neither who nor whose.
		{"The official at the North Korean embassy in England", "", "North Korea"},
		{"North Korean embassy in London", "", "North Korea"},
		{"the foreign ministry in Beijing", "", "China"},
		{"a source in Kansas City", "", ""},
		// A list of places is no appositive and names no side.
		{"Most Republican voters in Alabama, Georgia and Virginia", "", ""},
		{"Majorities of voters in Georgia, Tennessee and Virginia", "", ""},
		{"officials in France and Germany", "", "Germany"},
		// A body's field goes on after "and"; "Prevention" is no person.
		{"Institute for Science and International Security", "", ""},
		{"Centers for Disease Control and Prevention", "", "United States"},
		// A job opening a sentence is no part of the name, nor a country's office.
		{"Vlogger Ana Pereira", "Ana Pereira", ""},
		// A country after "with" is what the speaker has or is set beside, not whose he is;
		// but an official "with" a body works for it.
		{"comparison with Italian television footage", "", ""},
		{"a source with access to Cuba's leadership", "", ""},
		{"a French military official with knowledge of the strikes by the Jordanians", "", "France"},
		{"a spokeswoman with the Italian Interior Ministry", "", "Italy"},
		// A school named for its place is no voice of the place's country.
		{"economists at Harbor University and the University of Ottawa", "", ""},
	}
	for _, tt := range tests {
		p, s, _ := splitName(g, tt.name)
		if p != tt.person || s != tt.side {
			t.Errorf("splitName(%q) = %q, %q; want %q, %q", tt.name, p, s, tt.person, tt.side)
		}
	}
	if _, _, own := splitName(g, "Perera, who leads the opposition alliance"); !own {
		t.Errorf("splitName: an opposition leader is not his own side")
	}
}

func TestCompareHandBuilt(t *testing.T) {
	a := doc("a.txt", "2024-02-11", "The Israeli military said 5 militants were killed in the strike on the Jenin camp. The Israeli military said the strike hit a weapons store in the camp.")
	b := doc("b.txt", "2024-02-11", "The Palestinian health ministry said 12 people were killed in the strike on the Jenin camp. The ministry said the camp hospital was full.")
	c := NewCorpus(Options{})
	c.Add(a, []claims.Claim{
		claim(t, a, "The Israeli military", "Israeli military", "said", claims.CueAssert, "5 militants were killed in the strike on the Jenin camp"),
		claim(t, a, "The Israeli military said the strike", "Israeli military", "said the strike", claims.CueAssert, "the strike hit a weapons store in the camp"),
	})
	c.Add(b, []claims.Claim{
		claim(t, b, "The Palestinian health ministry", "Palestinian health ministry", "said", claims.CueAssert, "12 people were killed in the strike on the Jenin camp"),
	})
	cmp, err := c.Compare(CompareOptions{Event: "Jenin strike", Sides: []string{"palestine", "Israel"}})
	if err != nil {
		t.Fatal(err)
	}
	if cmp.Left != "Palestine" || cmp.Right != "Israel" || len(cmp.Rows) == 0 {
		t.Fatalf("Compare = %s vs %s, %d rows", cmp.Left, cmp.Right, len(cmp.Rows))
	}
	r := cmp.Rows[0]
	if r.Verdict != Conflict || r.Left == nil || r.Right == nil || !strings.HasPrefix(r.Right.Content.Text, "5 ") {
		t.Errorf("row 0 = %v %v/%v, want a conflict of 12 against 5", r.Verdict, r.Left, r.Right)
	}
	var del, ins string
	for _, op := range r.Diff {
		switch op.Op {
		case Delete:
			del += op.Text
		case Insert:
			ins += op.Text
		}
	}
	if !strings.Contains(del, "12") || !strings.Contains(ins, "5") {
		t.Errorf("row 0 diff = %v, want 12 deleted and 5 inserted", r.Diff)
	}
	if _, err := c.Compare(CompareOptions{Sides: []string{"Japan", "Israel"}}); err == nil {
		t.Errorf("Compare with a side nobody speaks for: no error")
	}
	if _, err := c.Compare(CompareOptions{Event: "zebra crossing"}); err == nil {
		t.Errorf("Compare of an event nobody speaks of: no error")
	}
	if got, want := c.Events()[0].Label, "strike on the Jenin camp"; got != want {
		t.Errorf("Events()[0].Label = %q, want %q", got, want)
	}
}

// FuzzCorpus runs any text through the extractor and the whole compare pipeline: no panic,
// and every contested claim lies inside its document.
func FuzzCorpus(f *testing.F) {
	f.Add("Pakistan rejected the US State Department's version of the call. The State Department said the call covered terrorists.", "Ned Price rejected Khan's claims as 'lies'.")
	f.Add("He said 5 died.\n“No,” she said, “12 died.”", "")
	f.Add("Apple CEO Tim Cook said a report by Consumer Reports was false. Hunter spokesman Joe Kasper said so.", "James Lee, a spokesman for Consumer Reports, said the chief executive of the Border Patrol's")
	f.Add("NAIROBI (AP) — Sudan's paramilitary Rapid Support Forces said its drones struck. \"The army's statement is a lie,\" RSF adviser Al-Basha Tibiq wrote. A spokesman for the junta, Zaw Min Tun, said 1,700 died.",
		"Police put the crowd at 5,000. Its review of 41 deaths reported after vaccination found that none was linked. \"These claims are not supported,\" a company spokesperson said. Marcoluigi Corsi, the UN's humanitarian coordinator for Myanmar, rejected the claim.")
	f.Add("The White House said the bill would invite retaliation. Members of the Saudi government, which has strongly denied any involvement in the attacks, lobbied. Relatives, many of whom say the warnings are unfounded, disagree.",
		"Trump told CNN that he believed Fields had fabricated the story. \"Perhaps she made it up,\" he said. Fields said she had not lied. Mrs. Clinton said she lied, and made up a fifth of it")
	// The sides rules of the sixth session: an envoy's host, "anti-", a nationality, a medium,
	// a rights group, a topic, "the country's", a title's country, "of" a country at the end.
	f.Add("The British ambassador to the United States said anti-ISIS partners met. US hostage Lou Sims and the Syrian Observatory for Human Rights said so, the country's interior minister said.",
		"A Lebanese interior minister said it. Interior Minister Sami Haddad told Britain's Daily Mail that experts on North Korea erred. White House spokesman Dan Brill said Prime Minister Avi Tal of")
	f.Fuzz(func(t *testing.T, a, b string) {
		c := NewCorpus(Options{Sides: []SideDef{{Name: "X", Aliases: []string{"he"}}}})
		texts := map[string]string{"a": a, "b": b}
		for _, name := range []string{"a", "b"} {
			d := &claims.Document{Name: name, Text: texts[name]}
			c.Add(d, claims.Extract(d))
		}
		for _, k := range c.Contested() {
			for _, s := range k.Sides {
				for _, cl := range s.Claims {
					if !cl.Content.In(len(texts[cl.Doc])) {
						t.Fatalf("claim %v outside %s", cl.Content.Span, cl.Doc)
					}
				}
			}
		}
		c.Compare(CompareOptions{})
		c.Compare(CompareOptions{Event: a, Sides: []string{"X", b}})
	})
}

func TestImplicitActor(t *testing.T) {
	a := doc("a.txt", "2022-03-10", "Ukraine's foreign ministry said Russian forces shelled the maternity hospital in Mariupol on Wednesday.")
	b := doc("b.txt", "2022-03-10", "Russia's defence ministry said Ukrainian forces shelled the maternity hospital in Mariupol on Wednesday.")
	c := NewCorpus(Options{})
	c.Add(a, []claims.Claim{claim(t, a, "Ukraine's foreign ministry", "Ukraine's foreign ministry", "said", claims.CueAssert, "Russian forces shelled the maternity hospital in Mariupol on Wednesday")})
	c.Add(b, []claims.Claim{claim(t, b, "Russia's defence ministry", "Russia's defence ministry", "said", claims.CueAssert, "Ukrainian forces shelled the maternity hospital in Mariupol on Wednesday")})
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Type != ImplicitActor || cs[0].Trigger != "Russia / Ukraine" {
		t.Fatalf("Contested() = %v, want one implicit-actor conflict, Russia / Ukraine", cs)
	}
	// The same doer on both sides is agreement.
	c = NewCorpus(Options{})
	c.Add(a, []claims.Claim{claim(t, a, "Ukraine's foreign ministry", "Ukraine's foreign ministry", "said", claims.CueAssert, "Russian forces shelled the maternity hospital in Mariupol on Wednesday")})
	c.Add(a, []claims.Claim{claim(t, a, "Ukraine's foreign ministry", "Russia's foreign ministry", "said", claims.CueAssert, "Russian forces shelled the maternity hospital in Mariupol on Wednesday")})
	if cs := c.Contested(); len(cs) != 0 {
		t.Errorf("same doer: Contested() = %v, want none", cs)
	}
}

func TestImplicitPolarityAndDate(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       ConflictType
		none       bool
	}{
		{name: "negated", a: "the woman detained in Lebanon is the wife of the militant leader", b: "the woman detained in Lebanon is not the wife of the militant leader", want: ImplicitPolarity},
		{name: "negated aside", a: "the bombs killed the militant leader in the convoy", b: "the government had not yet commented on whether the bombs killed the militant leader in the convoy", none: true},
		{name: "dates", a: "the talks on the dam will resume on March 5 in Cairo", b: "the talks on the dam will resume on March 19 in Cairo", want: ImplicitDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := doc("a.txt", "2024-03-01", "Lebanon's interior ministry said "+tt.a+".")
			b := doc("b.txt", "2024-03-01", "Iraq's interior ministry said "+tt.b+".")
			c := NewCorpus(Options{})
			c.Add(a, []claims.Claim{claim(t, a, "Lebanon's interior ministry", "Lebanon's interior ministry", "said", claims.CueAssert, tt.a)})
			c.Add(b, []claims.Claim{claim(t, b, "Iraq's interior ministry", "Iraq's interior ministry", "said", claims.CueAssert, tt.b)})
			cs := c.Contested()
			if tt.none {
				if len(cs) != 0 {
					t.Errorf("Contested() = %v, want none", cs)
				}
				return
			}
			if len(cs) != 1 || cs[0].Type != tt.want {
				t.Errorf("Contested() = %v, want one %v", cs, tt.want)
			}
		})
	}
}

func TestRejectionWithoutSides(t *testing.T) {
	d := doc("call.txt", "", "The Foreign Ministry rejected the embassy's version of the telephone call between the ministers.\n"+
		"The embassy said the ministers had discussed border security during the telephone call.\n"+
		"Mr. Lee's campaign chairman dismissed Lee's remarks about the telephone call between the ministers.\n"+
		"Lee said the ministers had discussed the telephone call.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "The Foreign Ministry", "Foreign Ministry", "rejected", claims.CueDeny, "the embassy's version of the telephone call between the ministers"),
		claim(t, d, "The embassy", "embassy", "said", claims.CueAssert, "the ministers had discussed border security during the telephone call"),
	})
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "embassy" || cs[0].Sides[1].Side != "Foreign Ministry" {
		t.Fatalf("Contested() = %v, want the embassy against the Foreign Ministry, each its own side", cs)
	}
	// A speaker for the named actor does not reject him.
	c = NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Mr. Lee's campaign chairman", "Mr. Lee's campaign chairman", "dismissed", claims.CueDeny, "Lee's remarks about the telephone call between the ministers"),
		claim(t, d, "Lee said", "Lee", "said", claims.CueAssert, "the ministers had discussed the telephone call"),
	})
	if cs := c.Contested(); len(cs) != 0 {
		t.Errorf("Contested() = %v, want none: the chairman speaks for Lee", cs)
	}
}

// TestBuildActors: a short name joins the one longer name that contains it, or the one that
// only adds middle names, or the one that adds a middle name or initial between the given
// name and the surname; names of two people and campaigns named after a person are no hosts,
// and a son is not his father.
func TestBuildActors(t *testing.T) {
	ix := buildActors(setOf([]string{
		"Qureshi", "Shah Mehmood Qureshi",
		"Hillary Clinton", "Hillary Rodham Clinton", "Rival Hillary Clinton", "Barack Obama and Hillary Clinton",
		"Clinton", "Bill Clinton",
		"Donald Trump", "Donald Trump Jr.",
		"George Bush", "George W. Bush",
		"Facebook", "Find James Foley Facebook", "James Foley",
		"Ellen Park", "Ellen K. Park", "Ellen Park Later", "Ellen Park Says",
		"Tom Hale", "Tom Hale Today", "Tom Hale Now",
		"BBC", "BBC Radio Leeds", "KFC", "KFC Corporation",
	}), nil)
	tests := []struct{ name, want string }{
		{"Qureshi", "Shah Mehmood Qureshi"},
		{"Hillary Clinton", "Hillary Rodham Clinton"},
		{"Clinton", "Clinton"}, // Bill or Hillary
		{"Donald Trump", "Donald Trump"},
		{"Donald Trump Jr.", "Donald Trump Jr."},
		{"George Bush", "George W. Bush"},
		{"Facebook", "Facebook"},        // a campaign's page named after James Foley is no person
		{"Ellen Park", "Ellen K. Park"}, // a middle initial, whatever run-on names there are
		{"Tom Hale", "Tom Hale"},        // run-on names are no middle names
		{"BBC", "BBC"},                  // an acronym is no surname
		{"KFC", "KFC Corporation"},
	}
	for _, tt := range tests {
		if got := ix.name(tt.name); got != tt.want {
			t.Errorf("actor of %q = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestBuildActorsVariants: a short form of a given name joins the full form of the same
// surname when neither has another such partner ("Joe Biden" and "Joseph R. Biden Jr", so
// that "Biden" has one host), and a name written without an initial's full stop joins the
// one with it; a son named apart from his father, two people sharing a surname with other
// given names, a short form two full names could stand for, and two names the documents
// describe with no word in common (two private people may share a name) stay apart.
func TestBuildActorsVariants(t *testing.T) {
	names := setOf([]string{
		"Joe Biden", "Joseph R. Biden Jr", "Biden",
		"Bernie Sanders", "Bernard Sanders", "Jane Sanders",
		"Rudy Giuliani", "Rudolph W. Giuliani",
		"Jim Foley", "James Wright Foley", "Diane Foley",
		"Sandy Paradis", "Sandra Paradis",
		"George W Bush", "George W. Bush", "George H.W. Bush", "Jeb Bush",
		"Don Trump", "Donald Trump", "Donald Trump Jr.",
		"Chris Smith", "Christopher Smith", "Christine Smith",
		"Ben Cardin", "Benjamin L. Cardin", "Benjamin K. Cardin",
		"Bill Clinton", "Hillary Clinton",
		"Gary Johnson", "Garrett Johnson", "Jean Zanders", "Jean-Pascal Zanders",
		"Bob Mason", "Robert Mason", "Kellyanne Conway", "KellyAnne Conway",
	})
	desc := map[string][]string{}
	for n := range names {
		desc[n] = []string{"senator"}
	}
	desc["Bob Mason"] = []string{"retired", "letter", "carrier"}
	desc["Robert Mason"] = []string{"university", "professor"}
	desc["Don Trump"] = nil
	ix := buildActors(names, desc)
	tests := []struct{ name, want, reason string }{
		{"Joe Biden", "Joseph R. Biden Jr", "no Joseph Biden without the suffix"},
		{"Biden", "Joseph R. Biden Jr", "one person now"},
		{"Bernie Sanders", "Bernard Sanders", ""},
		{"Jane Sanders", "Jane Sanders", ""},
		{"Rudy Giuliani", "Rudolph W. Giuliani", ""},
		{"Jim Foley", "James Wright Foley", ""},
		{"Diane Foley", "Diane Foley", ""},
		{"Sandy Paradis", "Sandra Paradis", ""},
		{"George W Bush", "George W. Bush", "the initial's full stop"},
		{"George H.W. Bush", "George H.W. Bush", "his son shares the surname"},
		{"Jeb Bush", "Jeb Bush", ""},
		{"Donald Trump Jr.", "Donald Trump Jr.", "a son is not his father"},
		{"Chris Smith", "Chris Smith", "Christopher or Christine"},
		{"Ben Cardin", "Ben Cardin", "two Benjamin Cardins"},
		{"Bill Clinton", "Bill Clinton", ""},
		{"Gary Johnson", "Gary Johnson", "three letters and a y are too few"},
		{"Jean Zanders", "Jean Zanders", "a double name's part"},
		{"Bob Mason", "Bob Mason", "a letter carrier, not a professor"},
		{"Don Trump", "Don Trump", "not described"},
		{"Kellyanne Conway", "KellyAnne Conway", "one name in two cases"},
	}
	for _, tt := range tests {
		if got := ix.name(tt.name); got != tt.want {
			t.Errorf("actor of %q = %q, want %q (%s)", tt.name, got, tt.want, tt.reason)
		}
	}
}

// TestGivenNames: a name in full from birth joins the name the person goes by when one
// document names both ("Rafael Edward Cruz" and "Ted Cruz", Ted for his middle name Edward;
// "John Ellis Bush" and "Jeb Bush", his initials); the name without the middle name, which had joined the full one, stays apart
// ("Rafael Cruz", his father). Not across documents, nor a given name's own short form
// (variantNames's), nor a son's name.
func TestGivenNames(t *testing.T) {
	byDoc := map[int][]string{
		0: {"Ted Cruz", "Rafael Edward Cruz"},
		1: {"Rafael Cruz", "Ted Cruz"},
		2: {"John Ellis Bush", "Jeb Bush"},
		4: {"Ned Hale"},
		5: {"John Edward Hale"},
		6: {"Ed Cole", "John Edward Cole Jr."},
		7: {"Sam Reed", "Samuel Edward Reed"},
	}
	names := map[string]bool{}
	for _, ns := range byDoc {
		for _, n := range ns {
			names[n] = true
		}
	}
	ix := buildActors(names, nil)
	ix.joinGivenNames(goesBy(byDoc))
	for _, tt := range []struct{ name, want string }{
		{"Rafael Edward Cruz", "Ted Cruz"},
		{"Ted Cruz", "Ted Cruz"},
		{"Rafael Cruz", "Rafael Cruz"},
		{"John Ellis Bush", "Jeb Bush"},
		{"John Edward Hale", "John Edward Hale"},
		{"Ned Hale", "Ned Hale"},
		{"John Edward Cole Jr.", "John Edward Cole Jr."},
		{"Samuel Edward Reed", "Samuel Edward Reed"},
	} {
		if got := ix.name(tt.name); got != tt.want {
			t.Errorf("actor of %q = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestSourcesAreNoPerson: unnamed sources are no person whose name a longer one holds:
// "Sources said" is not "Photo Sources" (a picture credit read as a speaker).
func TestSourcesAreNoPerson(t *testing.T) {
	a := doc("a.txt", "", "Photo Sources said the watch was real.")
	b := doc("b.txt", "", "Sources said the watch would ship in May.")
	c := NewCorpus(Options{})
	c.Add(a, []claims.Claim{claim(t, a, "Photo Sources", "Photo Sources", "said", claims.CueAssert, "the watch was real")})
	c.Add(b, []claims.Claim{claim(t, b, "Sources", "Sources", "said", claims.CueAssert, "the watch would ship in May")})
	for _, s := range c.Statements() {
		if s.Claim.Doc == "b.txt" && s.Actor != "Sources" {
			t.Errorf("actor of %q = %q, want Sources", s.Claim.Source.Text, s.Actor)
		}
	}
}

// TestHeadlineIsNoAccount: a content written as a headline is ("Reed Win With Party’s
// Blessing", every word capitalised) is a title the extractor read as a statement; an item
// does not list it among the statements a rejection answers.
func TestHeadlineIsNoAccount(t *testing.T) {
	d := doc("a.txt", "", "Cole Predicts Reed Win With Party’s Blessing. Tom Cole said Reed would win the vote. Sam Reed said Cole's claim that he would win the vote was false.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Cole", "Tom Cole", "Predicts", claims.CueAssert, "Reed Win With Party’s Blessing"),
		claim(t, d, "Tom Cole", "Tom Cole", "said", claims.CueAssert, "Reed would win the vote"),
		claim(t, d, "Sam Reed", "Sam Reed", "said", claims.CueAssert, "Cole's claim that he would win the vote was false"),
	})
	items := c.Contested()
	if len(items) != 1 {
		t.Fatalf("%d contested items, want 1: %+v", len(items), items)
	}
	for _, sd := range items[0].Sides {
		for _, cl := range sd.Claims {
			if strings.Contains(cl.Content.Text, "Blessing") {
				t.Errorf("side %s lists the headline %q", sd.Side, cl.Content.Text)
			}
		}
	}
}

// TestMergeContested: items between the same two sides merge when their events share a
// document or two salient terms; the stronger item keeps its conflict, and each side gains
// the other's statements once, in corpus order.
func TestMergeContested(t *testing.T) {
	st := func(doc string, start int) claims.Claim {
		return claims.Claim{Doc: doc, Cue: claims.Cue{Span: claims.Span{Start: start, End: start + 4}}, Content: claims.Content{Span: claims.Span{Start: start + 5, End: start + 20}}}
	}
	item := func(id int, typ ConflictType, terms []string, us, them []claims.Claim) Contested {
		return Contested{Event: Event{ID: id, Terms: terms}, Type: typ, Explanation: typ.String() + " " + terms[0],
			Sides: []SideClaims{{Side: "Iraq", Claims: us}, {Side: "Lebanon", Claims: them}}}
	}
	docIndex := map[string]int{"a.txt": 0, "b.txt": 1, "c.txt": 2, "d.txt": 3}
	items := []Contested{
		item(1, ExplicitRejection, []string{"baghdadi", "wife", "lebanon"}, []claims.Claim{st("b.txt", 10)}, []claims.Claim{st("b.txt", 50)}),
		item(2, ImplicitPolarity, []string{"dulaimi", "wife", "baghdadi"}, []claims.Claim{st("a.txt", 10), st("b.txt", 10)}, []claims.Claim{st("c.txt", 0)}),
		item(3, ImplicitPolarity, []string{"border", "trade"}, []claims.Claim{st("d.txt", 0)}, []claims.Claim{st("d.txt", 40)}),
	}
	other := item(4, ImplicitNumber, []string{"baghdadi", "wife"}, []claims.Claim{st("a.txt", 10)}, []claims.Claim{st("a.txt", 90)})
	other.Sides[1].Side = "Syria"
	items = append(items, other)
	// No document in common, two salient terms among the first eight, in another order.
	items = append(items, item(5, ImplicitNumber, []string{"zebra", "wife", "apple", "lebanon"}, []claims.Claim{st("e.txt", 0)}, []claims.Claim{st("e.txt", 30)}))
	docIndex["e.txt"] = 4
	got := mergeContested(items, docIndex)
	if len(got) != 3 {
		t.Fatalf("merged into %d items, want 3 (1, 2 and 5 merged; 3 another story; 4 other sides)", len(got))
	}
	m := got[0]
	if m.Event.ID != 1 || m.Type != ExplicitRejection || !strings.Contains(m.Explanation, "implicit-polarity dulaimi") {
		t.Errorf("merged item = event %d, %v, %q; want event 1's rejection explaining item 2's conflict too", m.Event.ID, m.Type, m.Explanation)
	}
	var docs []string
	for _, cl := range m.Sides[0].Claims {
		docs = append(docs, cl.Doc)
	}
	if strings.Join(docs, " ") != "a.txt b.txt e.txt" {
		t.Errorf("Iraq's statements in %v, want a.txt, b.txt, e.txt, the shared one once", docs)
	}
	if n := len(m.Sides[1].Claims); n != 3 {
		t.Errorf("Lebanon has %d statements, want 3", n)
	}
	// A person standing for himself against the same side: one term in common, anywhere in
	// the terms, is enough; between two countries it is not.
	person := func(id int, terms []string, doc string) Contested {
		c := item(id, ExplicitRejection, terms, []claims.Claim{st(doc, 0)}, []claims.Claim{st(doc, 40)})
		c.Sides[0].Side, c.Sides[0].Actors = "Duncan Hunter", []string{"Duncan Hunter"}
		return c
	}
	got = mergeContested([]Contested{
		person(1, []string{"border", "isis", "patrol", "texas", "mexico", "apprehend", "fighter", "stat", "caught"}, "a.txt"),
		person(2, []string{"hunter", "unfound", "british", "american", "dozen", "caught"}, "b.txt"),
	}, docIndex)
	if len(got) != 1 {
		t.Errorf("Duncan Hunter's two items against Lebanon are %d items, want 1", len(got))
	}
	got = mergeContested([]Contested{
		item(1, ExplicitRejection, []string{"border", "isis", "patrol", "caught"}, []claims.Claim{st("a.txt", 0)}, []claims.Claim{st("a.txt", 40)}),
		item(2, ExplicitRejection, []string{"hunter", "unfound", "caught"}, []claims.Claim{st("b.txt", 0)}, []claims.Claim{st("b.txt", 40)}),
	}, docIndex)
	if len(got) != 2 {
		t.Errorf("Iraq and Lebanon's items sharing one term are %d items, want 2", len(got))
	}
	// Two rejections of the person's account by one side are one dispute even with no term
	// in common; a conflict of another type with no term in common is not.
	got = mergeContested([]Contested{
		person(1, []string{"border", "isis", "patrol"}, "a.txt"),
		person(2, []string{"unfound", "british", "dozen"}, "b.txt"),
	}, docIndex)
	if len(got) != 1 {
		t.Errorf("two rejections of Duncan Hunter's account by Lebanon are %d items, want 1", len(got))
	}
	implicit := person(2, []string{"unfound", "british", "dozen"}, "b.txt")
	implicit.Type = ImplicitNumber
	got = mergeContested([]Contested{person(1, []string{"border", "isis", "patrol"}, "a.txt"), implicit}, docIndex)
	if len(got) != 2 {
		t.Errorf("a rejection and a number conflict with no term in common are %d items, want 2", len(got))
	}
	// Two sides rejecting one account of one event are one item with both rejecters; a
	// rejection of another account of the event is an item of its own.
	rumour := func(rejecter string, account claims.Claim) Contested {
		c := item(7, ExplicitRejection, []string{"capture"}, []claims.Claim{account}, []claims.Claim{st("c.txt", 90)})
		c.Sides[1].Side = rejecter
		return c
	}
	got = mergeContested([]Contested{rumour("Lebanon", st("a.txt", 0)), rumour("Syria", st("a.txt", 0)), rumour("Jordan", st("b.txt", 0))}, docIndex)
	if len(got) != 2 || len(got[0].Sides) != 3 || got[0].Sides[2].Side != "Syria" {
		t.Errorf("rejections of one account by Lebanon and Syria, of another by Jordan: %d items, want 2, the first with Syria as a third side", len(got))
	}
	// Two sides rejecting a person's account in two events are one item when the rejected
	// statements overlap; a number conflict with the same account stays an item of its own,
	// its label telling it apart by the side the earlier item lacks.
	golfer := func(id int, rejecter string, account ...claims.Claim) Contested {
		c := person(id, []string{"suspension"}, "d.txt")
		c.Event.Label = "drug test"
		c.Sides[0].Claims, c.Sides[1].Side = account, rejecter
		return c
	}
	number := golfer(1, "Jordan", st("a.txt", 0))
	number.Type = ImplicitNumber
	got = mergeContested([]Contested{golfer(1, "Lebanon", st("a.txt", 0), st("b.txt", 0)), golfer(2, "Syria", st("b.txt", 0), st("c.txt", 0)), number}, docIndex)
	if len(got) != 2 || len(got[0].Sides) != 3 || got[0].Sides[2].Side != "Syria" || len(got[0].Sides[0].Claims) != 3 {
		t.Fatalf("two rejections of Duncan Hunter's account sharing a statement: %d items, want 2, the first with Syria as a third side and three statements of his", len(got))
	}
	if got[1].Event.Label != "drug test (Jordan)" {
		t.Errorf("number conflict's label %q, want \"drug test (Jordan)\"", got[1].Event.Label)
	}
	got = mergeContested([]Contested{golfer(1, "Lebanon", st("a.txt", 0)), golfer(2, "Syria", st("c.txt", 0))}, docIndex)
	if len(got) != 2 {
		t.Errorf("two rejections of Duncan Hunter's account sharing no statement nor term: %d items, want 2", len(got))
	}
}

// TestNameSharedOnce: statements of two documents must share two rare terms to be grouped,
// and a name shared is one term, not one for each of its words and one for the whole: two
// statements naming only Los Angeles are two events; naming Los Angeles and the same
// condo, one.
func TestNameSharedOnce(t *testing.T) {
	a := doc("a.txt", "2015-02-06", "The agency said hotels are near Los Angeles.")
	b := doc("b.txt", "2015-02-06", "The police said the actor died in Los Angeles.")
	c := doc("c.txt", "2015-02-06", "The police said the actor died at his condo in Los Angeles.")
	d := doc("d.txt", "2015-02-06", "Neighbours said the condo in Los Angeles was quiet.")
	corpus := NewCorpus(Options{})
	for _, x := range []*claims.Document{a, b, c, d} {
		corpus.Add(x, claims.Extract(x))
	}
	an := corpus.analyze()
	event := map[string]int{}
	for i, s := range an.stmts {
		event[s.claim.Doc] = an.of[i]
	}
	if len(event) != 4 {
		t.Fatalf("statements in %d documents, want 4: %v", len(event), event)
	}
	if event["a.txt"] == event["b.txt"] {
		t.Errorf("hotels near Los Angeles and an actor found dead there are one event")
	}
	if event["b.txt"] != event["c.txt"] {
		t.Errorf("two reports of the actor found dead in Los Angeles are two events")
	}
	if event["d.txt"] == event["a.txt"] {
		t.Errorf("a condo in Los Angeles and hotels near it are one event")
	}
}

// TestOwnPart: a statement's falsity is read up to the next speaker of its sentence, so the
// speaker a rejection answers does not reject himself.
func TestOwnPart(t *testing.T) {
	text := "\"At least 10\" fighters were captured at the border, Rep. Duncan Hunter claims, but the Department of Homeland Security has called his statements \"categorically false.\""
	d := doc("h.txt", "2014-10-08", text)
	c := NewCorpus(Options{})
	c.Add(d, claims.Extract(d))
	c.analyze()
	found := 0
	for _, s := range c.stmts {
		switch cue := s.claim.Cue.Text; {
		case strings.HasSuffix(cue, "claims"):
			found++
			if s.f.falsity != "" {
				t.Errorf("Hunter's claim reads the falsity %q of the sentence's other speaker", s.f.falsity)
			}
		case strings.HasSuffix(cue, "called"): // "has called"
			found++
			if s.f.falsity == "" {
				t.Errorf("the Department's statement reads no falsity")
			}
		}
	}
	if found != 2 {
		t.Errorf("found %d of the two statements in %v", found, c.stmts)
	}
	// One speaker, two statements: a denial with its own object keeps its falsity; a denial of
	// "it" goes on with the statement before it.
	for _, tt := range []struct {
		text, cue, falsity string
	}{
		{"He pointed to Carson's updated comments and dismissed criticism from three former aides.", "pointed to", ""},
		{"The ministry rejected Egypt's claim that the filling violated the declaration, calling it baseless.", "rejected", "baseless"},
	} {
		d := doc("b.txt", "2015-12-23", tt.text)
		c := NewCorpus(Options{})
		c.Add(d, claims.Extract(d))
		c.analyze()
		ok := false
		for _, s := range c.stmts {
			if strings.HasSuffix(s.claim.Cue.Text, tt.cue) {
				ok = true
				if s.f.falsity != tt.falsity {
					t.Errorf("%q: the %q statement reads the falsity %q, want %q", tt.text, tt.cue, s.f.falsity, tt.falsity)
				}
			}
		}
		if !ok {
			t.Errorf("%q: no %q statement in %v", tt.text, tt.cue, c.stmts)
		}
	}
}

// TestOutletNationality: a country's adjective before a word for a medium is the medium's
// nationality, not a side: "French website iGen.fr" does not speak for France.
func TestOutletNationality(t *testing.T) {
	d := doc("o.txt", "2015-03-01", "French website iGen.fr reported that the steel watch will start at $500. French officials said the tax would rise.")
	c := NewCorpus(Options{})
	c.Add(d, claims.Extract(d))
	c.analyze()
	sides := map[string]string{}
	for _, s := range c.stmts {
		sides[s.claim.Cue.Text] = s.side
	}
	if sides["reported"] == "France" || sides["said"] != "France" {
		t.Errorf("sides by cue %v, want the website on no side of France's, the officials on France's", sides)
	}
}

// TestTweetIsAnAccount: a tweet is an account its author may be told is false ("the numbers in
// Trump's tweet are incorrect"), but "Trump's ridiculous tweets" is a taste, no falsity.
func TestTweetIsAnAccount(t *testing.T) {
	for _, tt := range []struct {
		text, cue, falsity, targetP string
	}{
		{"Last year's FBI statistics show that the numbers in Trump's tweet are incorrect.", "show", "incorrect", "Trump"},
		{"Jacob Stone said that people who want to see Trump's ridiculous tweets can go on Facebook.", "said", "", "Trump"},
	} {
		d := doc("t.txt", "2015-11-23", tt.text)
		c := NewCorpus(Options{})
		c.Add(d, claims.Extract(d))
		ok := false
		for _, s := range c.stmts {
			if s.claim.Cue.Text == tt.cue {
				ok = true
				if s.f.falsity != tt.falsity || s.f.targetP != tt.targetP {
					t.Errorf("%q: falsity %q and account of %q, want %q and %q", tt.text, s.f.falsity, s.f.targetP, tt.falsity, tt.targetP)
				}
			}
		}
		if !ok {
			t.Errorf("%q: no %q statement in %v", tt.text, tt.cue, c.stmts)
		}
	}
}

// TestOneLinkDoesNotBindEvents: an arrest reported by three articles and an auction reported
// by three others share one statement pair (a mural seized in Bristol); one link between two
// events of three statements each does not make them one.
func TestOneLinkDoesNotBindEvents(t *testing.T) {
	texts := []string{
		"Police said graffiti artist Banksy was arrested in Bristol on Monday after questioning.",
		"Police said graffiti artist Banksy was arrested in Bristol on Monday and his identity revealed.",
		"Police said graffiti artist Banksy was arrested in Bristol on Monday and a mural seized.",
		"The auction house said a mural seized in Bristol sold at auction for a record sum of four million pounds.",
		"The auction house said the mural sold at auction for a record sum of four million pounds.",
		"The auction house said the mural fetched a record sum of four million pounds at auction.",
	}
	c := NewCorpus(Options{})
	for i, tx := range texts {
		d := doc(fmt.Sprintf("%d.txt", i), "2015-02-06", tx)
		c.Add(d, claims.Extract(d))
	}
	a := c.analyze()
	if len(a.stmts) != 6 {
		t.Fatalf("%d statements, want 6", len(a.stmts))
	}
	at := make([]int, len(a.stmts)) // the statement of each text
	for i := range a.stmts {
		at[a.shown[i]] = i
	}
	if s := a.sim(at[2], at[3]); s < linkSimDocs {
		t.Fatalf("the seized mural's statements are not linked (sim %.2f): the test needs the link", s)
	}
	for k, i := range at {
		if want := a.of[at[k/3*3]]; a.of[i] != want {
			t.Errorf("statement %d (%q) in event %d, want %d", k, a.stmts[i].claim.Content.Text, a.of[i], want)
		}
	}
	if a.of[at[0]] == a.of[at[3]] {
		t.Errorf("the arrest and the auction are one event")
	}
}

// TestNamedAccountJoinsTheSide: "Ukraine disputed the Russian claim" answers what Russia said
// just before it (its trapped teachers), though it shares no word with it, and not the
// unsourced sentence between them that only names Russia again (the captured pilot's video),
// however alike the two are by that one word.
func TestNamedAccountJoinsTheSide(t *testing.T) {
	c := extractedCorpus(t, "Russia claimed on Friday that a Ukrainian drone had struck a school in Belgorod, killing a teacher.\n\n"+
		"In a post on Telegram, Russia stated that two teachers were trapped under the rubble of the school. "+
		"Russian jets have bombed the border villages every night since the militia released a grainy video that appeared to show a captured Russian pilot kneeling beside a burning helicopter.\n\n"+
		"Ukraine disputed the Russian claim.\n",
		"Officials said the Russian grain deal had lapsed. Diplomats said Russian talks would resume in May. "+
			"The embassy said the Russian ambassador had been recalled. Analysts said Russian exports had fallen.\n")
	a := c.analyze()
	at := func(cue string) int {
		for i, s := range a.stmts {
			if s.claim.Cue.Text == cue {
				return i
			}
		}
		t.Fatalf("no %q statement in %v", cue, a.stmts)
		return -1
	}
	rejection, account, video := at("disputed"), at("stated"), at("appeared")
	if s := a.stmts[rejection]; s.f.target != "Russia" {
		t.Fatalf("the rejection names %q's account, want Russia's", s.f.target)
	}
	if s := a.sim(rejection, video); s < refSim {
		t.Fatalf("the video sentence is %.2f alike the rejection, under refSim: the test needs it alike", s)
	}
	if a.of[rejection] != a.of[account] {
		t.Errorf("the rejection is not in the event of Russia's account %q", a.stmts[account].claim.Content.Text)
	}
	if a.of[rejection] == a.of[video] {
		t.Errorf("the rejection is in the event of the unsourced %q", a.stmts[video].claim.Content.Text)
	}
}

// TestSideWording: how explanations write a side or an actor, plain (described) and as an
// owner (possessive).
func TestSideWording(t *testing.T) {
	tests := []struct{ name, described, possessive string }{
		{"Sanders campaign", "the Sanders campaign", "the Sanders campaign's"},
		{"foreign ministry", "the foreign ministry", "the foreign ministry's"},
		{"Brian Williams", "Brian Williams", "Brian Williams'"},
		{"United States", "the United States", "the United States'"},
		{"United Kingdom", "the United Kingdom", "the United Kingdom's"},
		{"Philippines", "the Philippines", "the Philippines'"},
		{"Democrats", "the Democrats", "the Democrats'"},
		{"Pakistan", "Pakistan", "Pakistan's"},
		{"Imran Khan", "Imran Khan", "Imran Khan's"},
		{"the Pentagon", "the Pentagon", "the Pentagon's"},
		{"Cyprus", "Cyprus", "Cyprus'"},
		{"Hamas", "Hamas", "Hamas'"},
		{"Houthis", "the Houthis", "the Houthis'"},
		{"Robert Plant’s publicist", "Robert Plant’s publicist", "Robert Plant’s publicist's"},
		{"Last year’s FBI statistics", "Last year’s FBI statistics", "Last year’s FBI statistics'"},
		{"spokesperson for the Department of Homeland Security", "the spokesperson for the Department of Homeland Security", "the spokesperson for the Department of Homeland Security's"},
		{"Israeli military", "the Israeli military", "the Israeli military's"},
		{"Mohammed al-Momani", "Mohammed al-Momani", "Mohammed al-Momani's"},
		{"pro-Kremlin bloggers", "the pro-Kremlin bloggers", "the pro-Kremlin bloggers'"},
		{"official at the North Korean embassy in England", "the official at the North Korean embassy in England", "the official at the North Korean embassy in England's"},
	}
	for _, tt := range tests {
		if got := described(tt.name); got != tt.described {
			t.Errorf("described(%q) = %q, want %q", tt.name, got, tt.described)
		}
		if got := possessive(tt.name); got != tt.possessive {
			t.Errorf("possessive(%q) = %q, want %q", tt.name, got, tt.possessive)
		}
	}
}

// TestRejectionAnswersEveryRestatement: in a comparison, a rejection is a conflict against
// each statement of the side it rejects that says much the same, not only the closest five
// the contested list shows beside it.
func TestRejectionAnswersEveryRestatement(t *testing.T) {
	c := NewCorpus(Options{})
	ways := []string{
		"at least 10 ISIS fighters were caught crossing the Mexican border into Texas",
		"ten ISIS fighters were caught crossing the border from Mexico",
		"ISIS fighters have been caught crossing the Mexican border in Texas",
		"Border Patrol agents caught at least 10 ISIS fighters crossing the border",
		"at least ten ISIS fighters were caught at the Mexican border",
		"ISIS fighters were caught crossing the southern border into Texas",
		"the Border Patrol caught ISIS fighters crossing the Mexican border",
	}
	for i, w := range ways {
		d := doc(fmt.Sprintf("h%d.txt", i), "2014-10-08", "Duncan Hunter said "+w+".")
		c.Add(d, []claims.Claim{claim(t, d, "Duncan Hunter", "Duncan Hunter", "said", claims.CueAssert, w)})
	}
	const denial = "Hunter's claim that ISIS fighters were caught crossing the Mexican border"
	d := doc("dhs.txt", "2014-10-08", "The Department of Homeland Security denied "+denial+".")
	c.Add(d, []claims.Claim{claim(t, d, "The Department of Homeland Security", "Department of Homeland Security", "denied", claims.CueDeny, denial)})
	cmp, err := c.Compare(CompareOptions{Event: "ISIS fighters border"})
	if err != nil {
		t.Fatal(err)
	}
	conflicts := 0
	for _, r := range cmp.Rows {
		if r.Verdict == Conflict {
			conflicts++
		} else {
			t.Errorf("row %v against %v: %s, want conflict", r.Left, r.Right, r.Verdict)
		}
	}
	if conflicts != len(ways) {
		t.Errorf("%d conflict rows, want %d (one for each way Hunter says it)", conflicts, len(ways))
	}
}

// TestSurnameSide: "Clinton spokesman Brian Fallon", where the extractor named every Clinton in
// full, speaks for the Clinton with most statements that has a side, counted by actor (the
// statements already on each side would favour whoever had a side first).
func TestSurnameSide(t *testing.T) {
	sideOf := map[string]string{"Hillary Rodham Clinton": "Hillary Rodham Clinton", "Bill Clinton": "Bill Clinton", "Donald Trump": "Donald Trump", "Chelsea Clinton": "United States"}
	count := map[string]int{"Hillary Rodham Clinton": 40, "Bill Clinton": 3, "Donald Trump": 50, "Chelsea Clinton": 2, "United States": 600}
	sideOf["Amnesty International"] = "Amnesty International"
	count["Amnesty International"] = 90
	persons := map[string]bool{"Hillary Rodham Clinton": true, "Bill Clinton": true, "Donald Trump": true, "Chelsea Clinton": true}
	for surname, want := range map[string]string{"Clinton": "Hillary Rodham Clinton", "Trump": "Donald Trump", "Sanders": "", "Rodham": "", "International": ""} {
		if got := surnameSide(sideOf, count, persons, surname); got != want {
			t.Errorf("surnameSide(%q) = %q, want %q", surname, got, want)
		}
	}
}

// TestClaimInsideAnother: a claim whose cue and content lie in another claim's content (what
// Pompeo "discussed", inside what he "reportedly discussed") is shown once, by the outer one;
// a claim beside it, or one in another document at the same offsets, is not inside.
func TestClaimInsideAnother(t *testing.T) {
	d := doc("call.txt", "", "Pompeo telephoned Khan and reportedly discussed the havens issue with him. Pakistan said the call was brief.")
	outer := claim(t, d, "", "", "reportedly", claims.CueClaim, "discussed the havens issue with him")
	inner := claim(t, d, "Pompeo", "Mike Pompeo", "discussed", claims.CueAssert, "the havens issue with him")
	beside := claim(t, d, "Pakistan", "Pakistan", "said", claims.CueAssert, "the call was brief")
	if !Inside(&inner, &outer) {
		t.Errorf("Inside(discussed, reportedly) = false, want true")
	}
	if Inside(&outer, &inner) || Inside(&beside, &outer) || Inside(&outer, &outer) {
		t.Errorf("inside: the outer claim, a claim beside it or a claim itself reported inside")
	}
	other := inner
	other.Doc = "other.txt"
	if Inside(&other, &outer) {
		t.Errorf("inside: a claim of another document reported inside")
	}
}

// TestWithoutOpeningQuote: a reference loses a quotation mark that closes after it only.
func TestWithoutOpeningQuote(t *testing.T) {
	for ref, want := range map[string]string{
		"“These claims":     "These claims",
		"\"These claims":    "These claims",
		"“fake news” story": "“fake news” story",
		"Hunter's claim":    "Hunter's claim",
	} {
		if got := withoutOpeningQuote(ref); got != want {
			t.Errorf("withoutOpeningQuote(%q) = %q, want %q", ref, got, want)
		}
	}
}

// TestNegatedPhrase: an implicit polarity conflict quotes the negation with what it negates.
func TestNegatedPhrase(t *testing.T) {
	for _, tt := range []struct{ content, n, want string }{
		{"A woman held by Lebanese authorities is not the wife of ISIS leader Abu Bakr al-Baghdadi", "not", "not the wife"},
		{"There was no Israeli strike on the hospital", "no", "no Israeli strike"},
		{"The call was brief", "not", "not"},
	} {
		if got := negatedPhrase(contentStmt(tt.content), tt.n); got != tt.want {
			t.Errorf("negatedPhrase(%q, %q) = %q, want %q", tt.content, tt.n, got, tt.want)
		}
	}
}

// TestWho: a rejection names its speaker and, in brackets, the side he speaks for, unless
// the speaker's name holds the side's.
func TestWho(t *testing.T) {
	for _, tt := range []struct{ actor, side, want string }{
		{"Ned Price", "United States", "Ned Price (United States)"},
		{"India's Adani Group", "Adani Group", "India's Adani Group"},
		{"Pakistan", "Pakistan", "Pakistan"},
		{"spokeswoman", "Richard Burr", "the spokeswoman (Richard Burr)"},
	} {
		if got := who(&stmt{actor: tt.actor}, tt.side); got != tt.want {
			t.Errorf("who(%q, %q) = %q, want %q", tt.actor, tt.side, got, tt.want)
		}
	}
}

// TestOrgInIsDeterministic: a name holding two bodies of one length ("Fox News and NBC News",
// or two opening with one word, "Fox Nets and Fox News") is the first one's member, on every
// run, whatever order the set of bodies iterates in.
func TestOrgInIsDeterministic(t *testing.T) {
	orgs := map[string]bool{"NBC News": true, "Fox News": true, "Fox Nets": true, "CNN": true}
	for range 50 {
		ix := newOrgIndex(orgs)
		if got := ix.in("Fox News and NBC News"); got != "Fox News" {
			t.Fatalf("in(Fox News and NBC News) = %q, want Fox News", got)
		}
		if got := ix.in("Fox Nets and Fox News"); got != "Fox Nets" {
			t.Fatalf("in(Fox Nets and Fox News) = %q, want Fox Nets", got)
		}
	}
}

// TestCampaignAccountIsPrincipals: a rejection of "Lowe's accusations" that the Lowe
// campaign made stands against Tom Lowe, whom the campaign speaks for.
func TestCampaignAccountIsPrincipals(t *testing.T) {
	c := extractedCorpus(t, "Tom Lowe is running for the Senate. The Lowe campaign said the joint fundraising agreement of the party was inappropriate. Party chair Ann Kim dismissed Lowe's accusations about the joint fundraising agreement.")
	cs := c.Contested()
	if len(cs) != 1 {
		t.Fatalf("Contested() = %v, want one item", cs)
	}
	var sides []string
	for _, sc := range cs[0].Sides {
		sides = append(sides, sc.Side)
	}
	if !slices.Contains(sides, "Tom Lowe") {
		t.Errorf("sides %v, want Tom Lowe's", sides)
	}
}

// TestJoinSpellings: two transliterations of one minister's name on his country's side are
// one actor ("Nabil Haddad", "Nabeel Hadad"); names of one word, short words or other sides
// are not joined.
func TestJoinSpellings(t *testing.T) {
	for name, want := range map[string]string{
		"Nouhad Mashnuq": "nhd mshnk", "Nohad Machnouk": "nhd mshnk", "Philip Hammond": "flp hmnd", "Phillip Hammond": "flp hmnd",
		"Haddad": "", "Tim Scott": "",
	} {
		if got := spellingKey(name); got != want {
			t.Errorf("spellingKey(%q) = %q, want %q", name, got, want)
		}
	}
	d1 := doc("a.txt", "", "Jordan's Interior Minister Nabil Haddad said the border was closed.")
	d2 := doc("b.txt", "", "Jordan's Interior Minister Nabeel Hadad said the border would reopen.")
	c := NewCorpus(Options{})
	c.Add(d1, []claims.Claim{claim(t, d1, "Jordan's Interior Minister Nabil Haddad", "Jordan's Interior Minister Nabil Haddad", "said", claims.CueAssert, "the border was closed")})
	c.Add(d2, []claims.Claim{claim(t, d2, "Jordan's Interior Minister Nabeel Hadad", "Jordan's Interior Minister Nabeel Hadad", "said", claims.CueAssert, "the border would reopen")})
	st := c.Statements()
	if len(st) != 2 || st[0].Actor != st[1].Actor || st[0].Side != "Jordan" {
		t.Errorf("actors %q (%s) and %q (%s), want one actor on Jordan's side", st[0].Actor, st[0].Side, st[1].Actor, st[1].Side)
	}
}

// TestJoinRegnal: "Jordan's King Talal" is the one "Talal II" of Jordan's side.
func TestJoinRegnal(t *testing.T) {
	d1 := doc("a.txt", "", "Jordan's King Talal II said the border was closed.")
	d2 := doc("b.txt", "", "Jordan's King Talal said the border would reopen.")
	c := NewCorpus(Options{})
	c.Add(d1, []claims.Claim{claim(t, d1, "Jordan's King Talal II", "Jordan's King Talal II", "said", claims.CueAssert, "the border was closed")})
	c.Add(d2, []claims.Claim{claim(t, d2, "Jordan's King Talal", "Jordan's King Talal", "said", claims.CueAssert, "the border would reopen")})
	st := c.Statements()
	if len(st) != 2 || st[0].Actor != "Talal II" || st[1].Actor != "Talal II" || st[1].Side != "Jordan" {
		t.Errorf("actors %q (%s) and %q (%s), want Talal II on Jordan's side", st[0].Actor, st[0].Side, st[1].Actor, st[1].Side)
	}
}

// TestBodyMember: a body's possessive before a role makes a speaker the body's member; in a
// relative clause "its" and "their" may be the speaker's own ("The Observatory, which bases
// its information on activists" is no member of the body that spoke before it).
func TestBodyMember(t *testing.T) {
	for mention, want := range map[string]bool{
		"its executive secretary Mar Perez":                                           true,
		"Lena Diaz, the group's director in Chile":                                    true,
		"Omar Saleh, who sits on Iraq's Health Committee in its council of ministers": true,
		"Omar Saleh, who served as the government's representative":                   true,
		"The Observatory, which bases its information on activists":                   false,
		"The mayor, still smarting over a jab at him in its column":                   false,
		"Ann Ross, speaking as its spokeswoman":                                       true,
		"family friend Ann Ross, who lives in their hometown":                         false,
		"the Harding campaign and its staff":                                          true, // a name, no participle
	} {
		if got := bodyMember(mention); got != want {
			t.Errorf("bodyMember(%q) = %v, want %v", mention, got, want)
		}
	}
}

// TestPartyFigureIsNoCountry: the leader of a far-right party is no voice of her country's
// government, even where a headline writes the country's possessive on her name; the ruling
// party's leader and a party chairman of a body side keep theirs.
func TestPartyFigureIsNoCountry(t *testing.T) {
	d := doc("a.txt", "", "Italy's Lucia Ferro Backs Reform.\n\nROME - Italy's far-right Liberty party leader, Lucia Ferro, said the reform was overdue. "+
		"Italian Prime Minister Paolo Neri said the reform would wait.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Italy's Lucia Ferro", "Lucia Ferro", "Backs", claims.CueBelieve, "Reform"),
		claim(t, d, "Lucia Ferro", "Lucia Ferro", "said", claims.CueAssert, "the reform was overdue"),
		claim(t, d, "Italian Prime Minister Paolo Neri", "Italian Prime Minister Paolo Neri", "said", claims.CueAssert, "the reform would wait"),
	})
	want := map[string]string{"Lucia Ferro": "Lucia Ferro", "Paolo Neri": "Italy"}
	checkSides(t, c, want)
	g := newGazetteer(nil)
	for name, own := range map[string]bool{"Italy's far-right Liberty party leader": true, "Italy's ruling Liberty party leader": false, "Italy's Liberty party": false} {
		if _, _, got := splitName(g, name); got != own {
			t.Errorf("splitName(%q) own = %v, want %v", name, got, own)
		}
	}
}

// TestBodyRecord: a body's article, newspaper or report is the body's words; its voters or a
// capitalised name beside it are not.
func TestBodyRecord(t *testing.T) {
	for _, tt := range []struct {
		name, body string
		want       bool
	}{
		{"detailed Daily Ledger article", "Daily Ledger", true},
		{"Daily Ledger newspaper", "Daily Ledger", true},
		{"Daily Ledger analysis of campaign finance filings", "Daily Ledger", true},
		{"2019 Orbis Institute survey", "Orbis Institute", true},
		{"62 percent of voters in a recent Daily Ledger poll", "Daily Ledger", false},
		{"Daily Ledger reporter", "Daily Ledger", false},
		{"BBC and the Daily Ledger", "Daily Ledger", false},
	} {
		if got := bodyRecord(tt.name, tt.body); got != tt.want {
			t.Errorf("bodyRecord(%q, %q) = %v, want %v", tt.name, tt.body, got, tt.want)
		}
	}
}

// TestTwoSides: a speaker's name that joins two sides, or a kind of body and others, is
// neither's alone; a list of places in a body's name is no joint speaker.
func TestTwoSides(t *testing.T) {
	g := newGazetteer(nil)
	for name, want := range map[string]bool{
		"Chile and Peru":                           true,
		"Chilean and Peruvian officials":           true,
		"authorities and witnesses":                true,
		"Both Mr Rossi and witnesses":              true,
		"Chilean officials and lawmakers":          false,
		"witnesses and residents and survivors":    true,
		"Islamic State of Iraq and Syria":          false,
		"researchers in Chile and Peru":            false,
		"the Defence Ministry and its officials":   false,
		"Hamas and Druze elders":                   true,
		"Ansar Allah and the Daily Ledger":         true,
		"Coast police and Chilean officials":       false,
		"Hamas and Lebanon":                        true,
		"Hamas and its fighters":                   false,
		"Islamic State of Iraq and Syria fighters": false,
	} {
		if got := twoSides(g, name); got != want {
			t.Errorf("twoSides(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestOutsider: those who use, read or watch a body do not speak for it.
func TestOutsider(t *testing.T) {
	for name, want := range map[string]bool{
		"Facebook users":                        true,
		"Readers of The Ledger":                 true,
		"a Ledger TV viewer":                    true,
		"Ledger fighters":                       false,
		"Heads of The Ledger":                   false,
		"Ledger voters in the area":             true,
		"half of Ledger primary voters":         true,
		"60 percent of voters in a Ledger poll": true,
		"Ledger officials in the capital":       false,
		"Ledger critics":                        true,
		"His critics in Chile":                  true,
	} {
		if got := outsider(name); got != want {
			t.Errorf("outsider(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestJointBody: a body joined by "and" to another named speaker is not the speaker's side
// alone; a body whose name holds the "and", or a place after it, is.
func TestJointBody(t *testing.T) {
	g := newGazetteer(nil)
	for _, tt := range []struct {
		name, body string
		want       bool
	}{
		{"the Ledger and the Daily Courier", "Daily Courier", true},
		{"Both the Tour and Ann Rossi's agent", "Tour", true},
		{"the Ledger and other papers", "Ledger", false},
		{"Sun and Moon Gazette", "Sun and Moon Gazette", false},
		{"Ann Rossi of Lego Chile and Peru", "Lego", false},
		{"Ledger reporters", "Ledger", false},
	} {
		if got := jointBody(g, tt.name, tt.body); got != tt.want {
			t.Errorf("jointBody(%q, %q) = %v, want %v", tt.name, tt.body, got, tt.want)
		}
	}
}

// TestIslamicStateNames: the group's long names are the group's, not Syria's or Iraq's.
func TestIslamicStateNames(t *testing.T) {
	g := newGazetteer(nil)
	for _, name := range []string{"the Islamic State of Iraq and Syria", "Islamic State of Iraq and the Levant", "the Islamic State of Iraq and al-Sham"} {
		if _, side, _ := splitName(g, name); side != "Islamic State" {
			t.Errorf("splitName(%q) side %q, want Islamic State", name, side)
		}
	}
}

// TestExileBody: a body seated in another country than the one it is named for, run by
// defectors or named "Free" and the country speaks against that country's government.
func TestExileBody(t *testing.T) {
	g := newGazetteer(nil)
	for name, want := range map[string]bool{
		"Lima-based think tank Chile Citizens Forum":      true,
		"the Chile Citizens Forum, a group run by exiles": true,
		"Free Chile Radio":                       true,
		"the Chile-based Chilean Citizens Forum": false,
		"Lima-based Andes Forum":                 false,
		"the Chilean Citizens Forum":             false,
		"a panel chaired by Chilean officials":   false,
	} {
		if got := exileBody(g, name); got != want {
			t.Errorf("exileBody(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestExileBodyHasNoCountry: a body another article calls "run by exiles" is no voice of
// the country it is named for in an article that does not say so.
func TestExileBodyHasNoCountry(t *testing.T) {
	c := extractedCorpus(t,
		"The Chile Citizens Forum, a group run by exiles, said the election was rigged.",
		"The Chile Citizens Forum said the minister had fled the capital on Monday.")
	c.analyze()
	for _, s := range c.stmts {
		if strings.Contains(s.actor, "Citizens Forum") && s.side != "" {
			t.Errorf("%q on side %q, want none", s.actor, s.side)
		}
	}
}

// TestClauseOpenerEndsTitles: a clause opened by "since" before a title and a name does not
// make the name the body's before it.
func TestClauseOpenerEndsTitles(t *testing.T) {
	c := extractedCorpus(t, "The letter is the warmest praise of Hamas since leader Omar Castel denounced the group for its tactics last year.")
	c.analyze()
	for _, s := range c.stmts {
		if s.actor == "Omar Castel" && s.side == "Hamas" {
			t.Errorf("Omar Castel on Hamas' side")
		}
	}
	found := slices.ContainsFunc(c.stmts, func(s *stmt) bool { return s.actor == "Omar Castel" })
	if !found {
		t.Errorf("no statement of Omar Castel")
	}
}

// TestPressIsNoGovernment: a country's press and journalists in its capital are no voice of
// its government; its press secretary is.
func TestPressIsNoGovernment(t *testing.T) {
	g := newGazetteer(nil)
	for name, want := range map[string]string{
		"the Chilean press":                    "",
		"Journalists in Santiago":              "",
		"Chilean presidential press secretary": "Chile",
		"officials in Santiago":                "Chile",
	} {
		if _, side, _ := splitName(g, name); side != want {
			t.Errorf("splitName(%q) side %q, want %q", name, side, want)
		}
	}
}

// TestCauseAndPACBodies: a body named for a cause ("for" a country) or a political action
// committee named with a country is no voice of its government; a minister for a region is.
func TestCauseAndPACBodies(t *testing.T) {
	g := newGazetteer(nil)
	for name, want := range map[string]string{
		"Democracy for Chile":         "",
		"Chile Forward PAC":           "",
		"the Chilean Legion":          "",
		"Chilean Minister for Europe": "Chile",
		"a spokesman for Chile":       "Chile",
	} {
		if _, side, _ := splitName(g, name); side != want {
			t.Errorf("splitName(%q) side %q, want %q", name, side, want)
		}
	}
}

// TestPublicIsNoGovernment: a people's plural counted or taken in part is the public, no
// voice of its government, and stays in the speaker's name; the people alone and a country
// named in the plural are the government's.
func TestPublicIsNoGovernment(t *testing.T) {
	g := newGazetteer(nil)
	for _, tt := range []struct{ name, person, side string }{
		{"a majority of Chileans", "", ""},
		{"most Chileans", "", ""},
		{"two out of three Chileans", "", ""},
		{"the Chileans", "", "Chile"},
		{"the Philippines", "", "Philippines"},
	} {
		if person, side, _ := splitName(g, tt.name); person != tt.person || side != tt.side {
			t.Errorf("splitName(%q) = %q, %q, want %q, %q", tt.name, person, side, tt.person, tt.side)
		}
	}
}

// TestCandidateIsSide: a candidate whom a spokesman and a campaign manager speak for is a
// side, and his own statements are on it, also in an article where none of his people speaks;
// a person one agent speaks for is not.
func TestCandidateIsSide(t *testing.T) {
	c := extractedCorpus(t,
		"Senator Tom Lowe said the tax plan would create jobs. Lowe spokesman Jim Park said the plan was fully funded.",
		"Lowe campaign manager Sara Diaz said the senator would win Ohio. Tom Lowe said the race was close.",
		"Mayor Ann Kim said the bridge was safe. Kim spokesman Bo Lee said the repairs were done.")
	sides := map[string]string{}
	for _, s := range c.Statements() {
		sides[s.Actor] = s.Side
	}
	for actor, want := range map[string]string{"Tom Lowe": "Tom Lowe", "Jim Park": "Tom Lowe", "Sara Diaz": "Tom Lowe", "Ann Kim": "", "Bo Lee": ""} {
		if got, ok := sides[actor]; !ok || got != want {
			t.Errorf("%s: side %q (spoke: %v), want %q", actor, got, ok, want)
		}
	}
}

// TestJoinSurnames: a surname two speakers bear is the one the corpus quotes five times as
// often, when he is a public figure, unless the mention tells the other's gender.
func TestJoinSurnames(t *testing.T) {
	c := extractedCorpus(t,
		"US President Adam Reed said the economy was strong. Adam Reed said jobs were growing. Adam Reed said taxes would fall.",
		"Adam Reed said the border was secure. Adam Reed said the army was ready. Lisa Reed said the garden was open.",
		"President Reed said the budget was balanced. Mrs. Reed said the library would reopen.",
		"Tom Bell said the storm had passed. Tom Bell said the roads were clear. Tom Bell said the schools were open.",
		"Tom Bell said the power was back. Tom Bell said the bridge was safe. Ann Bell said the shop was closed.",
		"A man named Bell said the park was flooded.")
	got := map[string]string{}
	for _, s := range c.Statements() {
		got[s.Claim.Content.Text] = s.Actor
	}
	for content, want := range map[string]string{
		"the budget was balanced":  "Adam Reed",
		"the library would reopen": "Reed",
		"the park was flooded":     "Bell",
	} {
		if got[content] != want {
			t.Errorf("%q: actor %q, want %q", content, got[content], want)
		}
	}
}

// TestAgentSideFromItsStart: a speaker whom one article names as a candidate's speaks on his
// side in the later articles that name him alone, not in the earlier ones (he may have
// spoken for someone else then); a surname alone for a principal ("Lowe campaign manager" in
// an article that never writes his given name) does not keep him from it.
func TestAgentSideFromItsStart(t *testing.T) {
	c := NewCorpus(Options{})
	for _, tc := range []struct{ name, text string }{
		{"a_2016-02-01_x.txt", "Kay Hart said the senator's plan was vague."},
		{"b_2016-08-01_x.txt", "Senator Tom Lowe said the tax plan would create jobs. Kay Hart, a senior adviser and pollster for Senator Lowe, said the plan was fully funded. Lowe spokesman Jim Park said the rally was large."},
		{"c_2016-08-20_x.txt", "Kay Hart said the poll was wrong."},
		{"d_2016-08-21_x.txt", "The senator spoke at length. Lowe campaign manager Kay Hart arrived late. Hart said the race was close."},
	} {
		d, err := claims.NewDocument(tc.name, []byte(tc.text))
		if err != nil {
			t.Fatal(err)
		}
		c.Add(d, claims.Extract(d))
	}
	got := map[string]string{}
	for _, s := range c.Statements() {
		got[s.Claim.Content.Text] = s.Side
	}
	for content, want := range map[string]string{
		"the senator's plan was vague": "",
		"the plan was fully funded":    "Tom Lowe",
		"the poll was wrong":           "Tom Lowe",
		"the race was close":           "Tom Lowe",
	} {
		if got[content] != want {
			t.Errorf("%q: side %q, want %q", content, got[content], want)
		}
	}
}

// TestFormerAgentSide: a speaker whose article gives him a former role in an apposition
// ("Kay Hart, a former senior aide to Senator Lowe,") does not take the side his other
// articles give him, unless it tells a present role too ("who is now ...", ", now a
// lobbyist,"), not where what he says does ("said the network is now helping").
func TestFormerAgentSide(t *testing.T) {
	c := extractedCorpus(t,
		"Senator Tom Lowe said the tax plan would create jobs. Lowe spokesman Kay Hart said the plan was fully funded. Lowe spokesman Bo Lee said the rally was large.",
		"Lowe spokesman Kay Hart said the senator would win Ohio. Lowe spokesman Bo Lee said the polls were good.",
		"Kay Hart, a former senior aide to the senator, said the network had helped his rival.",
		"Bo Lee, a former White House adviser who is now chairman of the senator's campaign, said the deal was a success.",
		"Kay Hart, a former senior aide to the senator, said the network is now helping his rival.",
		"Kay Hart, a former senior aide to the senator, now a lobbyist, said the tax was popular.")
	got := map[string]string{}
	for _, s := range c.Statements() {
		got[s.Claim.Content.Text] = s.Side
	}
	for content, want := range map[string]string{
		"the senator would win Ohio":       "Tom Lowe",
		"the network had helped his rival": "",
		"the deal was a success":           "Tom Lowe",
		// review32: a "now" in what he says after the apposition tells no present role of his.
		"the network is now helping his rival": "",
		"the tax was popular":                  "Tom Lowe",
	} {
		if got[content] != want {
			t.Errorf("%q: side %q, want %q", content, got[content], want)
		}
	}
}

// TestAgentSideAcrossArticles: a spokesman whom one article names as a candidate's speaks on
// his side in another that names him alone; "former" before the principal's name is no
// present principal.
func TestAgentSideAcrossArticles(t *testing.T) {
	c := extractedCorpus(t,
		"Senator Tom Lowe said the tax plan would create jobs. Lowe spokesman Jim Park said the plan was fully funded.",
		"Lowe campaign manager Sara Diaz said the senator would win Ohio. Tom Lowe said the race was close.",
		"Jim Park said the poll was wrong.",
		"Former Lowe adviser Bo Lee said the senator would lose. Bo Lee said the race was over.")
	got := map[string]string{}
	for _, s := range c.Statements() {
		got[s.Claim.Content.Text] = s.Side
	}
	for content, want := range map[string]string{"the poll was wrong": "Tom Lowe", "the race was over": ""} {
		if got[content] != want {
			t.Errorf("%q: side %q, want %q", content, got[content], want)
		}
	}
}

// TestRejectionJoinsWhatItIsAbout: a rejection that names a person's account joins those of
// his statements in its document that may tell what it rejects: the account before it, also
// a few sentences before, the statements around the two and those whose sentences share a
// word of their neighbourhoods ("campaign funds", "office"), not what he said on other
// matters far from it in a long report (the highway, his brother). A rejection of all his
// accounts ("Calloway's false claims") joins each.
func TestRejectionJoinsWhatItIsAbout(t *testing.T) {
	const (
		highway   = "the new highway would cut commuting times in half"
		brother   = "her brother had struggled with addiction for years"
		audited   = "her campaign funds were audited every spring"
		blamed    = "the Daily Courier for reporting that her office had misused campaign funds"
		contacted = "the Courier had never contacted her office before publishing"
	)
	for _, tt := range []struct {
		rejection, between, later string
		want                      []string
	}{
		{"Calloway's description was false", "", contacted, []string{audited, blamed, contacted}},
		{"Calloway's description was false", " Tickets had sold out. The hall was full.", "", []string{audited, blamed}},
		{"Calloway's false claims were lies", "", contacted, []string{highway, brother, audited, blamed, contacted}},
	} {
		text := "Senator Ruth Calloway said " + highway + ". Calloway said " + brother + ". Calloway said " + audited + ".\n" +
			"The debate then turned to taxes. Several candidates spoke about the budget. The moderators asked about schools. " +
			"The audience applauded twice. A protest took place outside the hall. Police closed two streets. The weather was cold.\n" +
			"Calloway blamed " + blamed + "." + tt.between + " In a statement, the newspaper said that " + tt.rejection + ".\n"
		if tt.later != "" {
			text += "Calloway later said " + tt.later + ".\n"
		}
		d, err := claims.NewDocument("a.txt", []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		c := NewCorpus(Options{})
		c.Add(d, claims.Extract(d))
		items := c.Contested()
		if len(items) != 1 {
			t.Fatalf("%q: %d items, want 1", tt.rejection, len(items))
		}
		var got []string
		for _, s := range items[0].Sides {
			if s.Side != "Ruth Calloway" {
				continue
			}
			for _, cl := range s.Claims {
				got = append(got, cl.Content.Text)
			}
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("%q: Calloway's statements in the item:\n%q\nwant\n%q", tt.rejection, got, tt.want)
		}
	}
	// The account a rejection answers is the person's nearest statement before it, else
	// after it, however far and in whatever words.
	const ignored = "the paper's editors had ignored her calls for a week"
	text := "The Daily Courier said that Senator Ruth Calloway's description of its reporting was false.\n" +
		strings.Repeat("The debate then turned to taxes. Several candidates spoke about the budget. The moderators asked about schools.\n", 8) +
		"Calloway said " + ignored + ".\n"
	d, err := claims.NewDocument("b.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	c := NewCorpus(Options{})
	c.Add(d, claims.Extract(d))
	items := c.Contested()
	if len(items) != 1 || len(items[0].Sides) != 2 {
		t.Fatalf("the Courier's rejection of Calloway's account after it: %d items, want 1 of two sides", len(items))
	}
}

// TestSurnameOfNamesakes: a surname alone is the one full name its document writes it in, a
// middle initial and its full stop included ("George W. Bush"), though another bearer of the
// surname is quoted far more often in the corpus; where the document writes it in full for
// several others ("George H. W. Bush", "George W. Bush"), it is none of them and not the one
// the corpus quotes most either.
func TestSurnameOfNamesakes(t *testing.T) {
	c := extractedCorpus(t,
		"U.S. Senator Jeb Bush said the schools were failing. Jeb Bush said the tests were fair. Jeb Bush said the budget was tight.",
		"Jeb Bush said the state was growing. Jeb Bush said the roads were new. Jeb Bush said the ports were busy.",
		"Jeb Bush said the port was busy. Jeb Bush said the roads were old. Jeb Bush said the state was small.",
		"The law of George W. Bush changed the schools. A newly elected Bush sought greater federal involvement.",
		"The elder Bush said the war was over. George H. W. Bush was president before his son George W. Bush.")
	for _, s := range c.Statements() {
		want, ok := map[string]string{"greater federal involvement": "George W. Bush", "the war was over": "Bush"}[s.Claim.Content.Text]
		if ok && s.Actor != want {
			t.Errorf("actor of %q = %q, want %q", s.Claim.Speaker(), s.Actor, want)

		}
	}
}

// TestSurnameOfAccentedInitial: a middle initial is one capital letter, however many bytes
// it takes ("É" takes two), so a surname alone is the full name written with it.
func TestSurnameOfAccentedInitial(t *testing.T) {
	for _, tt := range []struct{ text, want string }{
		{"The law of José É. Aznar changed the schools. A newly elected Aznar said the schools were failing.", "José É. Aznar"},
		{"The law of José M. Aznar changed the schools. A newly elected Aznar said the schools were failing.", "José M. Aznar"},
		{"The law of José § Aznar changed the schools. A newly elected Aznar said the schools were failing.", "Aznar"},
	} {
		c := extractedCorpus(t, tt.text)
		for _, s := range c.Statements() {
			if s.Claim.Content.Text == "the schools were failing" && s.Actor != tt.want {
				t.Errorf("%q: actor of %q = %q, want %q", tt.text, s.Claim.Speaker(), s.Actor, tt.want)
			}
		}
	}
}

// TestSurnameJoinsVariantName: a bare surname joins the actor that two forms of one name make
// ("Steve Warren" and "Steven Warren"), though only one form is the one some article titles
// after a side's name: the titles count by actor.
func TestSurnameJoinsVariantName(t *testing.T) {
	c := extractedCorpus(t,
		"U.S. Army Colonel Steve Warren said the strikes hit the targets. Steve Warren said the raids would go on. Steve Warren said the pilots were safe.",
		"Col. Steven Warren said the bombing had stopped. Steven Warren said the convoy was hit.",
		"Christina Warren said the phone was slow.",
		"Colonel Warren said the airport was closed.")
	for _, s := range c.Statements() {
		if s.Claim.Content.Text == "the airport was closed" && s.Actor != "Steven Warren" {
			t.Errorf("actor of %q = %q, want Steven Warren", s.Claim.Speaker(), s.Actor)
		}
	}
}

// TestGivenVariant: a short form is a given name's first letters (or those and "y", "ie",
// "ey"), but a full name that is the short one and "a" is another name, often a woman's
// beside a man's ("Dan" and "Dana", "Paul" and "Paula", "Don" and "Donna"), not its long form.
func TestGivenVariant(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"dan", "daniel", true},
		{"don", "donald", true},
		{"ben", "benjamin", true},
		{"bernie", "bernard", true},
		{"joe", "joseph", true},
		{"dan", "dana", false},
		{"dana", "dan", false},
		{"paul", "paula", false},
		{"don", "donna", false},
		{"eric", "erica", false},
		{"robert", "roberta", false},
		{"gary", "garrett", false},
	}
	for _, tt := range tests {
		if got := givenVariant(tt.a, tt.b); got != tt.want {
			t.Errorf("givenVariant(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestAgentSideSince: a side read only from appositions ("Kellyanne Conway, a senior adviser
// for Mr. Trump") holds from the first dated document that gives it. An undated one gives
// no start, so it neither moves the start back nor makes the role a standing one; a
// statement in an undated document, whose time is unknown, gets no such side.
func TestAgentSideSince(t *testing.T) {
	apposed := "Donald Trump said the polls were wrong. Trump spokeswoman Hope Hicks said the polls were old. Kellyanne Conway, a senior adviser and pollster for Mr. Trump, said the polls were right."
	docs := []*claims.Document{
		doc("apr.txt", "2016-04-01", apposed),
		doc("undated-apposed.txt", "", apposed),
		doc("feb.txt", "2016-02-01", "Kellyanne Conway said the senator would win Iowa."),
		doc("may.txt", "2016-05-01", "Kellyanne Conway said the convention would be calm."),
		doc("undated.txt", "", "Kellyanne Conway said the debate would be close."),
	}
	c := NewCorpus(Options{})
	for _, d := range docs {
		c.Add(d, claims.Extract(d))
	}
	c.analyze()
	want := map[string]string{"apr.txt": "Donald Trump", "feb.txt": "", "may.txt": "Donald Trump", "undated.txt": ""}
	got := map[string]string{}
	for _, s := range c.stmts {
		if s.actor == "Kellyanne Conway" {
			got[s.claim.Doc] = s.side
		}
	}
	for d, w := range want {
		if g, ok := got[d]; !ok || g != w {
			t.Errorf("side of Kellyanne Conway in %s = %q (found %v), want %q", d, g, ok, w)
		}
	}
}
