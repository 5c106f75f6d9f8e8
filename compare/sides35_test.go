package compare

import "testing"

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
		for _, s := range c.Statements() {
			if s.Claim.Content.Text == "the town was lost" && s.Side != tc.want {
				t.Errorf("%q: side %q, want %q", tc.text, s.Side, tc.want)
			}
		}
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
