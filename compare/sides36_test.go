package compare

import "testing"

// statementsWant checks the actor and side of the statements of c whose content is a key of
// want; an empty side in want is not checked.
func statementsWant(t *testing.T, c *Corpus, want map[string][2]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, s := range c.Statements() {
		w, ok := want[s.Claim.Content.Text]
		if !ok {
			continue
		}
		seen[s.Claim.Content.Text] = true
		if s.Actor != w[0] || w[1] != "" && s.Side != w[1] {
			t.Errorf("%q: actor %q side %q, want %q %q", s.Claim.Content.Text, s.Actor, s.Side, w[0], w[1])
		}
	}
	for text := range want {
		if !seen[text] {
			t.Errorf("%q: no statement", text)
		}
	}
}

// contentSideWant checks that every statement of c whose content is content has the side
// want; label names the case in failures.
func contentSideWant(t *testing.T, c *Corpus, label, content, want string) {
	t.Helper()
	for _, s := range c.Statements() {
		if s.Claim.Content.Text == content && s.Side != want {
			t.Errorf("%q: side %q, want %q", label, s.Side, want)
		}
	}
}

// actorSideWant checks that actor speaks in text, as a corpus alone, always on side.
func actorSideWant(t *testing.T, text, actor, side string) {
	t.Helper()
	found := false
	for _, s := range extractedCorpus(t, text).Statements() {
		if s.Actor == actor {
			found = true
			if s.Side != side {
				t.Errorf("%q: %s on side %q, want %q", text, actor, s.Side, side)
			}
		}
	}
	if !found {
		t.Errorf("%q: no statement of %s", text, actor)
	}
}

// TestMediumShortNameWrittenAlone: a medium's long name joins a short name only where a
// document writing the short name before a medium's word writes it alone too, or the short
// name is an acronym: the Canadian "Metro News" is no British "Metro", which no article
// calls "Metro News"; "CBS News" is CBS.
func TestMediumShortNameWrittenAlone(t *testing.T) {
	c := extractedCorpus(t,
		"The Sergeant-at-Arms is a position steeped in tradition, noted Metro News.",
		"Oliver Ilic was told that he was no good in bed, Metro reports.",
		"The emails were largely sent in 2012, CBS News reported.",
		"CBS said the debate would go ahead.",
		"The leader has not been seen since July, South Korea's Yonhap News reported. Yonhap said he was ill.")
	statementsWant(t, c, map[string][2]string{
		"The Sergeant-at-Arms is a position steeped in tradition": {"Metro News", ""},
		"Oliver Ilic was told that he was no good in bed":         {"Metro", ""},
		"The emails were largely sent in 2012":                    {"CBS", "CBS"},
		"The leader has not been seen since July":                 {"Yonhap", "Yonhap"},
	})
}

// TestPersonsInstitution: an institution every country has after a person's possessive
// ("President Barack Obama's National Security Council") is his government's, no vote for
// the article's focus country (Jordan, whose foreign minister speaks first); without the
// possessive it still is the focus's guess.
func TestPersonsInstitution(t *testing.T) {
	const jordan = "Jordan's foreign minister Nasser Judeh said Jordan is attacking targets. "
	for _, tc := range []struct{ text, side string }{
		{jordan + "Bernadette Meehan, the spokeswoman for President Barack Obama’s National Security Council, said the White House has not seen any evidence.", ""},
		{jordan + "President Barack Obama's National Security Council spokeswoman Bernadette Meehan said the White House has not seen any evidence.", ""},
		{jordan + "Bernadette Meehan, the spokeswoman for the National Security Council, said the White House has not seen any evidence.", "Jordan"},
		{jordan + "Bernadette Meehan, the spokeswoman for Jordan's National Security Council, said the White House has not seen any evidence.", "Jordan"},
	} {
		actorSideWant(t, tc.text, "Bernadette Meehan", tc.side)
	}
}

// TestNegatedClaimOnHerself: a person who negates what a side's statement of her article
// says of her (by surname), before or after it, is a side of her own in that article, as one
// who denies an accusation is; not where the side's statement does not name her, nor where
// her negation negates another word.
func TestNegatedClaimOnHerself(t *testing.T) {
	for _, tc := range []struct{ text, side string }{
		{"Gill Rosenberg, a Canadian volunteer, said she was not captured by the militants. A blog linked to Islamic State said several female fighters have been captured, among them Rosenberg.", "Gill Rosenberg"},
		{"Gill Rosenberg, a Canadian volunteer, said she was not captured by the militants. A blog linked to Islamic State said several female fighters have been captured near the town.", ""},
		{"Gill Rosenberg, a Canadian volunteer, said she was not hungry. A blog linked to Islamic State said several female fighters have been captured, among them Rosenberg.", ""},
	} {
		actorSideWant(t, tc.text, "Gill Rosenberg", tc.side)
	}
}

// TestGivenNameForms: names of one surname whose given names are each a form of the others
// ("Gil", "Gill", "Gillian") are one person where the documents describe them alike in a
// chain (Gil and Gill, Gill and Gillian), though Gil and Gillian share no word; "Chris"
// beside "Christopher" and "Christine", who are no forms of each other, joins neither.
func TestGivenNameForms(t *testing.T) {
	c := extractedCorpus(t,
		"Gil Rosenberg, a Canadian woman, said she was in Syria in November.",
		"Gill Rosenberg, a Canadian woman and volunteer, said she was safe and secure.",
		"Gillian Rosenberg, the volunteer fighting with Kurdish forces, said she had not been captured.",
		"Chris Nolan, a senator, said the bill would pass.",
		"Christopher Nolan, a senator, said the vote was close.",
		"Christine Nolan, a senator, said the bill would fail.")
	statementsWant(t, c, map[string][2]string{
		"she was in Syria in November": {"Gillian Rosenberg", ""},
		"she was safe and secure":      {"Gillian Rosenberg", ""},
		"she had not been captured":    {"Gillian Rosenberg", ""},
		"the bill would pass":          {"Chris Nolan", ""},
		"the vote was close":           {"Christopher Nolan", ""},
		"the bill would fail":          {"Christine Nolan", ""},
	})
}

// TestMediumOnItsOwnSide: a medium that speaks on its own side in the corpus ("Yonhap News
// Agency") is on it where a country's possessive was read as its side ("South Korea's
// Yonhap"): media speak for themselves.
func TestMediumOnItsOwnSide(t *testing.T) {
	c := extractedCorpus(t,
		"Yonhap News Agency said the talks would resume. Yonhap reported that the leader was ill.",
		"South Korea's Yonhap said the name was banned in the North.")
	statementsWant(t, c, map[string][2]string{
		"the talks would resume":           {"Yonhap", "Yonhap"},
		"the name was banned in the North": {"Yonhap", "Yonhap"},
	})
}

// TestBodyByItsInitials: a body speaking under its name in full is the actor of its initials
// ("SSPCA") and of its first words and the rest's initials ("Scottish SPCA") where a document
// has the short form speak beside the full name or a form already joined to it; another
// body's acronym stays apart.
func TestBodyByItsInitials(t *testing.T) {
	body := "Scottish Society for Prevention of Cruelty to Animals"
	c := extractedCorpus(t,
		"The Scottish Society for Prevention of Cruelty to Animals said the dog was found at the station. The Scottish SPCA said Kai is a lovely dog.",
		"The Scottish SPCA said the owner would be traced. The SSPCA said the phone was ringing all day.",
		"The SSPF said the fund would grow.")
	statementsWant(t, c, map[string][2]string{
		"Kai is a lovely dog":           {body, body},
		"the owner would be traced":     {body, body},
		"the phone was ringing all day": {body, body},
		"the fund would grow":           {"SSPF", ""},
	})
}
