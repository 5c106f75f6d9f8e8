package compare

import (
	"strings"
	"testing"

	"claimdiff/claims"
)

// TestFormerServiceAcrossArticles: an agent's side carried from his other articles
// ([Corpus.actorSide]) is no present one where the article says he served the person once:
// "former" in an apposition after a possessive name or a small word, a word of dismissal in
// it, or "former" before a role set apart before the name; a pundit's present role does not
// undo it.
func TestFormerServiceAcrossArticles(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Kay Hart said the crowd was huge.", "Tom Lowe"},
		{"Kay Hart, Mr. Lowe's former spokesman, said the crowd was huge.", ""},
		{"Kay Hart, his combative former spokesman, said the crowd was huge.", ""},
		{"Kay Hart, Tom Lowe's fired spokesman, said the crowd was huge.", ""},
		{"Kay Hart, a rival whom Lowe fired as spokesman, said the crowd was huge.", ""},
		{"Mr. Lowe's former spokesman, Kay Hart, said the crowd was huge.", ""},
		{"Kay Hart, a former aide to the senator, now a paid CNN commentator, said the crowd was huge.", ""},
		{"Kay Hart, a former aide to the senator, now a lobbyist for the senator, said the crowd was huge.", "Tom Lowe"},
	} {
		c := extractedCorpus(t,
			"Senator Tom Lowe said the tax plan would create jobs. Lowe spokesman Kay Hart said the plan was fully funded. Lowe spokesman Bo Lee said the rally was large.",
			"Lowe spokesman Kay Hart said the senator would win Ohio. Lowe spokesman Bo Lee said the polls were good.",
			tc.text)
		contentSideWant(t, c, tc.text, "the crowd was huge", tc.want)
	}
}

// TestHeadlineWords: a speaker's name with a contracted "not" is a headline's clause, no
// speaker ("ESPN Doesn’t Get It: They Ignore ..."); a name in a headline quoted in the text,
// its small words capitalised, is no full name of a bare one ("Helicopter NBC's Brian
// Williams Was Riding In" does not make "NBC" "Helicopter NBC").
func TestHeadlineWords(t *testing.T) {
	text := "NBC reported the incident with the headline, 'Target Iraq: Helicopter NBC's Brian Williams Was Riding In Comes Under Fire.' " +
		"ESPN Doesn’t Get It: They Ignore Women’s Voices In Public Dialog. NBC later said the report was wrong."
	d := doc("a.txt", "", text)
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "NBC", "NBC", "reported", claims.CueAssert, "the incident"),
		claim(t, d, "ESPN Doesn’t Get It", "ESPN Doesn’t Get It", ":", claims.CueAssert, "They Ignore Women’s Voices In Public Dialog"),
	})
	for _, s := range c.Statements() {
		switch s.Claim.Source.Name {
		case "NBC":
			if s.Actor != "NBC" {
				t.Errorf("actor of NBC = %q, want NBC", s.Actor)
			}
		default:
			if s.Actor != "" || s.Side != "" {
				t.Errorf("%q: actor %q, side %q; want none", s.Claim.Source.Name, s.Actor, s.Side)
			}
		}
	}
	ds := newDocSides(newGazetteer(nil), d, nil)
	for _, name := range []string{"Don't", "we didn't get", "Fans of the dense Apple screens won’t find"} {
		if got := ds.read(name); got.person != "" || got.org != "" {
			t.Errorf("read(%q) = %+v, want no speaker", name, got)
		}
	}
}

// TestSidesSampled: general failures found reading a sample of the corpora's speakers. "New"
// opens a place's name in a speaker's ("the New York Post" is no "York Post"); a legislature's
// committee named after a department gives its chairman no government's side; a body named
// whole after a spokesman's "for" or "of" is his side; "Agency spokesman" and "a spokesman
// for the agency" speak for the agency that spoke before (not a newspaper); British
// jihadists are no voice of Britain's government; a party-and-state tag is no name; the
// small-letter part of a hyphenated given name is the name's ("Lim Byeong-chul").
func TestSidesSampled(t *testing.T) {
	for _, tc := range []struct{ text, content, actor, side string }{
		{"Rumors spread, the New York Post said.", "Rumors spread", "New York Post", ""},
		{"Rep. Michael McCaul, chairman of the House Homeland Security Committee, said the threat was real.", "the threat was real", "Michael McCaul", ""},
		{"John Kirby, a spokesman for the State Department, said the talks went on.", "the talks went on", "John Kirby", "United States"},
		{"Secret Service officials said the man was caught. Agency spokesman Edwin Donovan said the fence was high.", "the fence was high", "Edwin Donovan", "United States"},
		{"The Secret Service said the man was caught. The Post reported the gate was open. Brian Leary, a spokesman for the agency, said the fence was high.", "the fence was high", "Brian Leary", "United States"},
		{"The Post reported the gate was open. Brian Leary, a spokesman for the agency, said the fence was high.", "the fence was high", "Brian Leary", ""},
		{"A British jihadist said the video was real.", "the video was real", "British jihadist", ""},
		{"Professor Peter Neumann, director of the International Centre for the Study of Radicalisation, said the man was British.", "the man was British", "Peter Neumann", ""},
		// A given name's small-letter part after a hyphen ends a name; a body named with "of"
		// after a spokesman's "of"; the RCMP is Canada's.
		{"Lim Byeong-chul, a spokesman of the Ministry of Unification, said Kim was ill.", "Kim was ill", "Lim Byeong-chul", "South Korea"},
		{"The RCMP said the gunman acted alone.", "the gunman acted alone", "RCMP", "Canada"},
		{"Mountain View-based Google said the search was down.", "the search was down", "Google", ""},
	} {
		c := extractedCorpus(t, tc.text)
		found := false
		for _, s := range c.Statements() {
			if s.Claim.Content.Text == tc.content {
				found = true
				if s.Actor != tc.actor || s.Side != tc.side {
					t.Errorf("%q: actor %q, side %q; want %q, %q", tc.text, s.Actor, s.Side, tc.actor, tc.side)
				}
			}
		}
		if !found {
			t.Errorf("%q: no statement %q", tc.text, tc.content)
		}
	}

	text := "Committee member Rep. Jason Chaffetz, R-Utah, said the agency failed. He said the door was open."
	d := doc("a.txt", "", text)
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Committee member Rep. Jason Chaffetz, R-Utah", "R-Utah", "said", claims.CueAssert, "the agency failed"),
		claim(t, d, "He", "R-Utah", "said", claims.CueAssert, "the door was open"),
	})
	for _, s := range c.Statements() {
		want := map[string]string{"the agency failed": "Jason Chaffetz", "the door was open": ""}[s.Claim.Content.Text]
		if s.Actor != want {
			t.Errorf("%q: actor %q, want %q", s.Claim.Content.Text, s.Actor, want)
		}
	}
}

// TestMediumBesideHonorific: in an article that writes a person with an honorific ("Mr.
// Bloomberg"), a bare "Bloomberg" that the run writes as a medium's name elsewhere ("Bloomberg
// News") is the medium, not the person the name was expanded to; without the medium, or in
// the headline, it stays his.
func TestMediumBesideHonorific(t *testing.T) {
	article := "Billionaire lists differ\n\nThe lists differ. Michael R. Bloomberg owns a company. Mr. Bloomberg spoke in May.\n\nBloomberg says its reporting found the fortune was smaller.\n"
	for _, tc := range []struct {
		texts []string
		want  string
	}{
		{[]string{article, "Bloomberg News reported that the deal was off."}, "Bloomberg"},
		{[]string{article}, "Michael R. Bloomberg"},
	} {
		c := extractedCorpus(t, tc.texts...)
		found := false
		for _, s := range c.Statements() {
			if strings.HasPrefix(s.Claim.Content.Text, "its reporting found") {
				found = true
				if s.Actor != tc.want {
					t.Errorf("%d texts: actor %q, want %q", len(tc.texts), s.Actor, tc.want)
				}
			}
		}
		if !found {
			t.Errorf("%d texts: no statement of Bloomberg's reporting", len(tc.texts))
		}
	}
}
