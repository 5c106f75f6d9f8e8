package compare

import (
	"testing"

	"claimdiff/claims"
)

// actorsOf returns the actor of each statement of c by its speaker's name as the
// extractor gave it.
func actorsOf(c *Corpus) map[string]string {
	got := map[string]string{}
	for _, s := range c.Statements() {
		if s.Claim.Source != nil {
			got[s.Claim.Source.Name] = s.Actor
		}
	}
	return got
}

// TestBodyNamedForItsAim: "Committee to Protect Journalists" is a body, its aim after "to",
// not a person "Protect Journalists"; and "Journalists compared the boy to Magneto", a
// common noun opening a sentence, does not join it.
func TestBodyNamedForItsAim(t *testing.T) {
	a := doc("a.txt", "", "The Committee to Protect Journalists said 12 reporters were held.")
	b := doc("b.txt", "", "The boy can hold spoons on his skin. Journalists compared him to Magneto.")
	c := NewCorpus(Options{})
	c.Add(a, []claims.Claim{claim(t, a, "Committee to Protect Journalists", "Committee to Protect Journalists", "said", claims.CueAssert, "12 reporters were held")})
	c.Add(b, []claims.Claim{claim(t, b, "Journalists", "Journalists", "compared", claims.CueAssert, "him to Magneto")})
	got := actorsOf(c)
	for name, want := range map[string]string{"Committee to Protect Journalists": "Committee to Protect Journalists", "Journalists": "Journalists"} {
		if got[name] != want {
			t.Errorf("actor of %q = %q, want %q", name, got[name], want)
		}
	}
}

// TestBareMinistryCountry: in a story about North Korea without a dateline, "a defence
// ministry spokesman" is South Korea's where the article quotes "a South Korean defence
// official" and names no other country's defence; the spokesman of South Korea's
// Unification Ministry is South Korea's. Where two countries' defence is named, the ministry
// keeps the article's country.
func TestBareMinistryCountry(t *testing.T) {
	text := "North Korea has said nothing about Kim's absence. North Korean officials denied it. " +
		"In Seoul, Unification Ministry spokesman Lim Byeong Cheol said Kim was in charge. " +
		"Some rounds fell on the South side, a defence ministry spokesman said. " +
		"A South Korean naval ship fired warning shots, a South Korean defence official said."
	d := doc("a.txt", "", text)
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "North Korea", "North Korea", "has said", claims.CueAssert, "nothing about Kim's absence"),
		claim(t, d, "North Korean officials", "North Korean officials", "denied", claims.CueDeny, "it"),
		claim(t, d, "Unification Ministry spokesman Lim Byeong Cheol", "Unification Ministry spokesman Lim Byeong Cheol", "said", claims.CueAssert, "Kim was in charge"),
		claim(t, d, "a defence ministry spokesman", "defence ministry spokesman", "said", claims.CueAssert, "Some rounds fell on the South side"),
	})
	checkSides(t, c, map[string]string{"Lim Byeong Cheol": "South Korea", "defence ministry spokesman": "South Korea"})

	both := doc("b.txt", "", text+" The North Korean defence chief vowed revenge.")
	c = NewCorpus(Options{})
	c.Add(both, []claims.Claim{
		claim(t, both, "North Korea", "North Korea", "has said", claims.CueAssert, "nothing about Kim's absence"),
		claim(t, both, "a defence ministry spokesman", "defence ministry spokesman", "said", claims.CueAssert, "Some rounds fell on the South side"),
	})
	checkSides(t, c, map[string]string{"defence ministry spokesman": "North Korea"})
}

// TestMediumIsNoPerson: "Bloomberg" in an article that never writes a person's full name in
// it ("Bloomberg also reported") is the news agency whose "Bloomberg News" speaks elsewhere
// in the corpus, not Michael Bloomberg of another article; where the article names him, it
// is he. "Bloomberg News" is the medium's short name's actor where its article writes the short
// name too ([Corpus.joinMedia]).
func TestMediumIsNoPerson(t *testing.T) {
	a := doc("a.txt", "", "Former mayor Michael Bloomberg said the plan was reckless.")
	b := doc("b.txt", "", "The foundation hid 1,100 donors. Bloomberg also reported that the names were not disclosed.")
	m := doc("m.txt", "", "Bloomberg News reported that the deal was off. Bloomberg first reported the talks.")
	p := doc("p.txt", "", "Michael Bloomberg spoke in Denver. Bloomberg said the plan would fail.")
	c := NewCorpus(Options{})
	c.Add(a, []claims.Claim{claim(t, a, "Former mayor Michael Bloomberg", "Michael Bloomberg", "said", claims.CueAssert, "the plan was reckless")})
	c.Add(b, []claims.Claim{claim(t, b, "Bloomberg", "Bloomberg", "reported", claims.CueAssert, "the names were not disclosed")})
	c.Add(m, []claims.Claim{claim(t, m, "Bloomberg News", "Bloomberg News", "reported", claims.CueAssert, "the deal was off")})
	c.Add(p, []claims.Claim{claim(t, p, "Bloomberg", "Bloomberg", "said", claims.CueAssert, "the plan would fail")})
	for _, s := range c.Statements() {
		want := map[string]string{"a.txt": "Michael Bloomberg", "b.txt": "Bloomberg", "m.txt": "Bloomberg", "p.txt": "Michael Bloomberg"}[s.Claim.Doc]
		if s.Actor != want {
			t.Errorf("%s: actor %q, want %q", s.Claim.Doc, s.Actor, want)
		}
	}
}

// TestAllyNamedBefore: a super PAC's head whose apposition comes before his name ("The head
// of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy")
// is on the side of the candidate it backs, as one whose apposition follows his name.
func TestAllyNamedBefore(t *testing.T) {
	d := doc("a.txt", "", "The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, praised the ads. "+
		"Jeb Bush said the ads were fair. A spokesman for Jeb Bush, Tim Miller, said the campaign would go on.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy", "Mike Murphy", "praised", claims.CueAssert, "the ads"),
		claim(t, d, "Jeb Bush", "Jeb Bush", "said", claims.CueAssert, "the ads were fair"),
		claim(t, d, "A spokesman for Jeb Bush, Tim Miller", "Tim Miller", "said", claims.CueAssert, "the campaign would go on"),
	})
	checkSides(t, c, map[string]string{"Mike Murphy": "Jeb Bush"})
	for text, want := range map[string]string{
		"The head of the major Super PAC backing former Florida Gov. Jeb Bush for president": "Jeb Bush",
		"a super PAC supporting Senator Marco Rubio":                                         "Marco Rubio",
		"a group backing former employees":                                                   "",
	} {
		if got := backed(text); got != want {
			t.Errorf("backed(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestPostHeldBefore: "Mike Murphy, who ran a pro-Jeb Bush super PAC," speaks after Bush quit
// the race: he does not take the side of Bush his other article gives him.
func TestPostHeldBefore(t *testing.T) {
	a := doc("a.txt", "2016-01-01", "The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy, praised the ads. "+
		"Jeb Bush said the ads were fair. A spokesman for Jeb Bush, Tim Miller, said the campaign would go on.")
	b := doc("b.txt", "2016-03-03", "Mike Murphy, who ran a pro-Jeb Bush super PAC, said the Trump train may have left the station.")
	c := NewCorpus(Options{})
	c.Add(a, []claims.Claim{
		claim(t, a, "The head of the major Super PAC backing former Florida Gov. Jeb Bush for president, Mike Murphy", "Mike Murphy", "praised", claims.CueAssert, "the ads"),
		claim(t, a, "Jeb Bush", "Jeb Bush", "said", claims.CueAssert, "the ads were fair"),
		claim(t, a, "A spokesman for Jeb Bush, Tim Miller", "Tim Miller", "said", claims.CueAssert, "the campaign would go on"),
	})
	c.Add(b, []claims.Claim{claim(t, b, "Mike Murphy", "Mike Murphy", "said", claims.CueAssert, "the Trump train may have left the station")})
	for _, s := range c.Statements() {
		if s.Actor != "Mike Murphy" {
			continue
		}
		want := map[string]string{"a.txt": "Jeb Bush", "b.txt": ""}[s.Claim.Doc]
		if s.Side != want {
			t.Errorf("%s: Mike Murphy on side %q, want %q", s.Claim.Doc, s.Side, want)
		}
	}
}
