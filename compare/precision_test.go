package compare

import (
	"strings"
	"testing"

	"claimdiff/claims"
)

// The tests of this file keep contested items precise over many unrelated articles: a
// rejection that names no account answers only its own story, a side a rejection calls liars
// is the side it rejects, numbers are compared only as like quantities, a phrase is no
// speaker, and "his remarks were distorted" defends him.

// TestBareRejectionStaysInItsStory: an embassy official denies "the claims" of a story about a
// cafe; a story about a police investigation in London, whose words the denial shares, is not
// what he denies. Against a report of the cafe story the same denial stands. The fixtures live
// in compare/testdata, not testdata/compare, whose items the CLI's tests count.
func TestBareRejectionStaysInItsStory(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/story_cafe.txt", "testdata/story_leak.txt"}).Contested()
	if len(cs) != 0 {
		t.Errorf("cafe and leak stories: Contested() = %v, want none", cs)
	}
	c := extractCorpus(t, Options{}, []string{"testdata/story_cafe_seoul.txt", "testdata/story_cafe_denial.txt"})
	cs = c.Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Sides[0].Side != "South Korea" || cs[0].Sides[1].Side != "North Korea" {
		t.Errorf("cafe story: Contested() = %v, want North Korea rejecting South Korea's account", cs)
	}
	// The speaker is an official of North Korea who sits in England, not a person named so.
	for _, s := range c.Statements() {
		if strings.Contains(s.Claim.Speaker(), "embassy") && (s.Side != "North Korea" || s.Actor == "England") {
			t.Errorf("%q: actor %q, side %q; want an official of North Korea", s.Claim.Speaker(), s.Actor, s.Side)
		}
	}
}

// TestRejectionOfANamedLiar: "The Lebanese officials are lying" rejects Lebanon's account;
// against the only other side of the event, Iraq, it is no conflict. Called of Iraqi
// officials, it is one. A relative clause set off between the liar and the word of falsity
// ("The Lebanese officials, who run the crossing, are lying") leaves the liar Lebanon.
func TestRejectionOfANamedLiar(t *testing.T) {
	tests := []struct {
		quote string
		want  bool
	}{
		{"The Lebanese officials are lying about her arrest at the border crossing near Arsal", false},
		{"The Iraqi officials are lying about her arrest at the border crossing near Arsal", true},
		{"The Lebanese officials, who run the border crossing near Arsal, are lying about her arrest", false},
		{"Lebanon — which holds her at the border crossing near Arsal — is incorrect about her arrest", false},
		{"Iraq — which took part in her arrest at the border crossing near Arsal — is incorrect", true},
	}
	for _, tt := range tests {
		t.Run(tt.quote, func(t *testing.T) {
			d := doc("arrest.txt", "2024-12-02", "An Iraqi intelligence source said Iraqi officials took part in her arrest at the border crossing near Arsal.\n"+
				"A Syrian official said: \""+tt.quote+".\"")
			c := NewCorpus(Options{})
			c.Add(d, []claims.Claim{
				claim(t, d, "An Iraqi intelligence source", "Iraqi intelligence source", "said", claims.CueAssert, "Iraqi officials took part in her arrest at the border crossing near Arsal"),
				claim(t, d, "A Syrian official", "Syrian official", "said", claims.CueAssert, tt.quote),
			})
			cs := c.Contested()
			if got := len(cs) == 1 && cs[0].Type == ExplicitRejection; got != tt.want || len(cs) > 1 {
				t.Errorf("%q: Contested() = %v, want a rejection of Iraq: %v", tt.quote, cs, tt.want)
			}
		})
	}
}

// TestNumbersOf reads the numbers of contents with their units, and not those of names.
func TestNumbersOf(t *testing.T) {
	tests := []struct {
		text string
		want []string // value and unit
	}{
		{"the 60-foot-wide asteroid passed 25,000 miles from Earth", []string{"60 foot", "25,000 mile"}},
		{"it was about 20 metres wide and 1.5 kilometers away", []string{"20 metre", "1.5 kilometre"}},
		{"12 people were hurt", []string{"12 "}},
		{"Apple will drop the 11-inch MacBook Air", nil},
		{"the iPhone 6 sold well", nil},
		{"two F-16 jets and Flight 370", []string{"2 "}}, // two jets; no 16 nor 370
		{"at least nine people had died and five were hurt", []string{"9 ", "5 "}},
		{"the two men and both three-year-olds; two of them", nil},
		{"he said that two people were killed", []string{"2 "}},
		{"the 9/11 attacks", []string{"9/11 "}},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0)
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = lowerWord(tk.key)
		}
		var got []string
		for _, n := range numbersOf(toks, words, tt.text, 0) {
			got = append(got, n.value+" "+n.unit)
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("numbersOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNumberConflictsNeedLikeQuantities sets two sides' sizes and counts of one thing against
// each other: different counts, or sizes in one unit, collide; 20 metres and 60 feet are one
// size, a size and a count are not comparable, and two products are not two numbers.
func TestNumberConflictsNeedLikeQuantities(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
	}{
		{"counts", "12 miners were trapped in the flooded shaft", "20 miners were trapped in the flooded shaft", true},
		{"one unit", "the asteroid was about 20 metres wide", "the asteroid was about 40 metres wide", true},
		{"converted", "the asteroid was about 20 metres wide", "the asteroid was about 60 feet wide", false},
		{"converted apart", "the asteroid was about 20 metres wide", "the asteroid was about 200 feet wide", true},
		{"size and count", "the 60-foot-wide asteroid was seen by 20 wide-eyed observers", "the 20 wide-eyed observers saw the asteroid", false},
		{"products", "suppliers will stop making the 11-inch MacBook Air in March", "suppliers will stop making the 12-inch MacBook Air in March", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := doc("a.txt", "2024-09-08", "Nicaragua's interior ministry said "+tt.a+".")
			b := doc("b.txt", "2024-09-08", "The US space agency said "+tt.b+".")
			c := NewCorpus(Options{})
			c.Add(a, []claims.Claim{claim(t, a, "Nicaragua's interior ministry", "Nicaragua's interior ministry", "said", claims.CueAssert, tt.a)})
			c.Add(b, []claims.Claim{claim(t, b, "The US space agency", "US space agency", "said", claims.CueAssert, tt.b)})
			cs := c.Contested()
			got := len(cs) == 1 && cs[0].Type == ImplicitNumber
			if got != tt.want || len(cs) > 1 {
				t.Errorf("%q / %q: Contested() = %v, want a number conflict: %v", tt.a, tt.b, cs, tt.want)
			}
		})
	}
}

// TestNoSpeakerInAPhrase: a source the extractor cut from a phrase ("to the UN", "at one
// point") is no speaker; "according to" leads to one.
func TestNoSpeakerInAPhrase(t *testing.T) {
	d := doc("un.txt", "2024-07-01", "The ministry wrote to the UN saying the armed groups were lying. "+
		"At one point, he said, the talks stalled. "+
		"The talks resumed, according to the family spokesperson.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "to the UN", "to the UN", "saying", claims.CueAssert, "the armed groups were lying"),
		claim(t, d, "At one point", "at one point", "said", claims.CueAssert, "the talks stalled"),
		claim(t, d, "according to the family spokesperson", "according to the family spokesperson", "according to", claims.CueAssert, "The talks resumed"),
	})
	want := []struct{ actor, side string }{{"", ""}, {"", ""}, {"family spokesperson", ""}}
	for i, s := range c.Statements() {
		if s.Actor != want[i].actor || s.Side != want[i].side {
			t.Errorf("%q: actor %q, side %q; want %q, %q", s.Claim.Speaker(), s.Actor, s.Side, want[i].actor, want[i].side)
		}
	}
}

// TestDistortedDefends: "Lee's comments have been distorted" says others misrepresent Lee,
// which defends him; "Lee's comments are false" rejects them.
func TestDistortedDefends(t *testing.T) {
	tests := []struct {
		words string
		want  string
	}{
		{"his comments have been distorted to make him look hostile", ""},
		{"the remarks were badly distorted", ""},
		{"the report distorted the facts", "distorted"},
		{"the report was misleading and distorted", "misleading and distorted"},
		// "lies" that says where a place is calls nothing false.
		{"the caches were dropped on the town of kobane that lies near the turkish border", ""},
		{"the village lies in the valley", ""},
		{"his account is full of lies", "lies"},
		{"he lies about the war", "lies"},
		// A word of falsity in the writer's setting is no verdict.
		{"north korea admitted kim was suffering from discomfort amid speculation that he had gout", ""},
		{"the video went viral amid growing speculation about his health", ""},
		{"she rejected the report as speculation", "speculation"},
		// Evidence or doubt against an account named next to it.
		{"the coast guard's account raises serious questions", "raises serious questions"},
		{"the fbi finding raised questions about clinton's statement", ""},
		{"the case raises questions", ""},
		{"the images contradict the government's account", "contradict"},
		{"the documents appeared to contradict her pledge", ""},
		{"the police version is simply not credible", "not credible"},
		{"the company's estimate is not consistent with what we saw", "not consistent with"},
	}
	for _, tt := range tests {
		if got := falsityOf(strings.Fields(tt.words)); got != tt.want {
			t.Errorf("falsityOf(%q) = %q, want %q", tt.words, got, tt.want)
		}
	}
	for _, verdict := range []string{"have been distorted", "are false"} {
		content := "Lee's comments on the tariffs " + verdict
		d := doc("lee.txt", "2024-05-02", "Senator Kim Lee said the tariffs on steel would protect jobs.\n"+
			"Party strategists say "+content+".")
		c := NewCorpus(Options{})
		c.Add(d, []claims.Claim{
			claim(t, d, "Senator Kim Lee", "Kim Lee", "said", claims.CueAssert, "the tariffs on steel would protect jobs"),
			claim(t, d, "Party strategists", "Party strategists", "say", claims.CueAssert, content),
		})
		cs := c.Contested()
		if want := verdict == "are false"; (len(cs) == 1) != want || len(cs) > 1 {
			t.Errorf("%q: Contested() = %v, want a rejection: %v", content, cs, want)
		}
	}
}

// TestLeadIsTheBodysFirstSentence: the first sentence that names a document's story (for
// docSim, the same-story check) is the body's, not a date line's: two documents dated alike
// do not tell one story for it.
func TestLeadIsTheBodysFirstSentence(t *testing.T) {
	d, err := claims.NewDocument("lead.txt", []byte("date 2025-02-03\n\nOfficials said North Korea may open a noodle cafe in Edinburgh.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{claim(t, d, "Officials", "Officials", "said", claims.CueAssert, "North Korea may open a noodle cafe in Edinburgh")})
	if lead := c.leads[0]; !contains(lead, stem("noodle")) || contains(lead, "date") {
		t.Errorf("lead = %q, want the words of the body's first sentence", lead)
	}
}
