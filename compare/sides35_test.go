package compare

import (
	"strings"
	"testing"
)

// TestOutOfOfficeApposed: "former" (and "ex", "ousted", ...) opening an apposition tells a past
// office, so the government's side of the person's other articles is no present one; a
// present state out of office ("dissident", "exiled", "jailed") makes him a side of his own,
// as "opposition leader" does, neither the government's of other articles nor none.
func TestOutOfOfficeApposed(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Omran al-Zoubi said the town was lost.", "Syria"},
		{"Omran al-Zoubi, a former minister, said the town was lost.", ""},
		{"Omran al-Zoubi, a dissident living in Paris, said the town was lost.", "Omran al-Zoubi"},
		{"Omran al-Zoubi, an exiled writer, said the town was lost.", "Omran al-Zoubi"},
		{"Omran al-Zoubi, a jailed dissident, said the town was lost.", "Omran al-Zoubi"},
	} {
		c := extractedCorpus(t,
			"Syrian Information Minister Omran al-Zoubi said the army had retaken the town.",
			"Syrian Information Minister Omran al-Zoubi said the rebels were fleeing.",
			tc.text)
		contentSideWant(t, c, tc.text, "the town was lost", tc.want)
	}
}

// TestFollowingAsTopic: a side named after "following" is the topic of an official or an
// expert watching it ("Analysts following Hezbollah"), no side of his; after other words it
// is whom the speakers follow ("Fighters following Hezbollah" are Hezbollah's).
func TestFollowingAsTopic(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Analysts following Hezbollah said the border was closed.", ""},
		{"A U.S. official following Hezbollah said the border was closed.", "United States"},
		{"Fighters following Hezbollah said the border was closed.", "Hezbollah"},
		{"Thousands of supporters following Hezbollah said the border was closed.", "Hezbollah"},
		{"Analysts covering Hezbollah said the border was closed.", ""},
	} {
		c := extractedCorpus(t, tc.text)
		for _, s := range c.Statements() {
			if s.Side != tc.want {
				t.Errorf("%q: side %q, want %q", tc.text, s.Side, tc.want)
			}
		}
		if len(c.Statements()) != 1 {
			t.Errorf("%q: %d statements, want 1", tc.text, len(c.Statements()))
		}
	}
}

// TestMediumNamesJoined: a medium's long names ("Yonhap News", "Yonhap News Agency", a
// country's possessive before them) are its short name's actor where the short name speaks;
// a country named like a broadcaster's head ("Israel Radio") keeps both apart.
func TestMediumNamesJoined(t *testing.T) {
	c := extractedCorpus(t,
		"South Korea’s Yonhap News Agency reported he is ill.",
		"According to Yonhap News Agency, the regime issued a ban.",
		"South Korea's Yonhap News reported he is suffering from gout. He was last seen in July, Yonhap reported.",
		"Yonhap said the ban was old.",
		"Israel Radio said the soldier was missing. Israel said the border was calm.",
		"Israel said the talks had failed.")
	want := map[string][2]string{
		"he is ill":                 {"Yonhap", "Yonhap"},
		"the regime issued a ban":   {"Yonhap", "Yonhap"},
		"he is suffering from gout": {"Yonhap", "Yonhap"},
		"the ban was old":           {"Yonhap", ""},
		"the soldier was missing":   {"Israel Radio", ""},
		"the border was calm":       {"Israel", "Israel"},
	}
	for _, s := range c.Statements() {
		w, ok := want[s.Claim.Content.Text]
		if !ok {
			continue
		}
		if s.Actor != w[0] || w[1] != "" && s.Side != w[1] {
			t.Errorf("%q: actor %q side %q, want %q %q", s.Claim.Content.Text, s.Actor, s.Side, w[0], w[1])
		}
	}
}

// TestBodiesNamedInFull: a body's long name with its field after "for" or "of" speaks as
// the body, on its own side, and so does the acronym the text gives it in brackets ("The
// ICSR said"); a name after "to" in a body's name is no person ("Cruelty to Animals"); a
// place named with a possessive after "in" is no speaker's name ("neighbours in Queen's
// Park"); a country before a watchdog's name is what it watches ("North Korea Leadership
// Watch" is no voice of North Korea).
func TestBodiesNamedInFull(t *testing.T) {
	c := extractedCorpus(t,
		"A statement from the International Centre for the Study of Radicalisation (ICSR) at King’s College London said the name was correct. The ICSR said the fighters hid their names.",
		"The dog was found at the station, according to the Scottish Society for Prevention of Cruelty to Animals.",
		"One of Emwazi’s neighbours in Queen’s Park told reporters that the family seemed very normal.",
		"Park Jin-hee, a researcher, said the directive was real.",
		"The North Korea Leadership Watch said her first public appearance was in 2010.")
	want := map[string][2]string{
		"the name was correct":                    {"International Centre for the Study of Radicalisation", "International Centre for the Study of Radicalisation"},
		"the fighters hid their names":            {"International Centre for the Study of Radicalisation", "International Centre for the Study of Radicalisation"},
		"The dog was found at the station":        {"Scottish Society for Prevention of Cruelty to Animals", "Scottish Society for Prevention of Cruelty to Animals"},
		"that the family seemed very normal":      {"", ""},
		"her first public appearance was in 2010": {"North Korea Leadership Watch", ""},
	}
	for _, s := range c.Statements() {
		w, ok := want[s.Claim.Content.Text]
		if !ok {
			continue
		}
		delete(want, s.Claim.Content.Text)
		if w[0] == "" {
			if strings.Contains(s.Actor, "Jin-hee") {
				t.Errorf("%q: actor %q, a neighbour in Queen's Park", s.Claim.Content.Text, s.Actor)
			}
			continue
		}
		if s.Actor != w[0] || s.Side != w[1] {
			t.Errorf("%q: actor %q side %q, want %q %q", s.Claim.Content.Text, s.Actor, s.Side, w[0], w[1])
		}
	}
	for content := range want {
		t.Errorf("no statement %q", content)
	}
}
