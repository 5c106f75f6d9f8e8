package compare

import (
	"strings"
	"testing"

	"claimdiff/claims"
)

// said is one statement of a hand-built doubt case: a document of its own whose text is
// lede (may be "") followed by "<speaker> said <content>."
type said struct {
	lede, speaker, content string
}

func doubtCorpus(t *testing.T, ss []said) *Corpus {
	t.Helper()
	c := NewCorpus(Options{})
	for k, s := range ss {
		text := s.speaker + " said " + s.content + "."
		if s.lede != "" {
			text = s.lede + "\n\n" + text
		}
		d := doc(string(rune('a'+k))+".txt", "2025-05-11", text)
		c.Add(d, []claims.Claim{claim(t, d, s.speaker, s.speaker, "said", claims.CueAssert, s.content)})
	}
	return c
}

func TestImplicitDoubt(t *testing.T) {
	const (
		asserted = "a meteorite made the crater outside Asuncion"
		unlikely = "it was unlikely that the crater outside Asuncion was made by a meteorite"
		hedged   = "the crater outside Asuncion could have been made by a meteorite"
	)
	tests := []struct {
		name    string
		ss      []said
		trigger string // "" when no conflict is wanted
		reason  string
	}{
		{
			name:    "unlikely against an assertion",
			ss:      []said{{"", "Paraguay's interior ministry", asserted}, {"", "Brazil's space agency", unlikely}},
			trigger: "unlikely",
		},
		{
			name: "sceptical of what the article leads with",
			ss: []said{
				{"", "Paraguay's interior ministry", asserted},
				{"Experts have raised doubts about whether the crater outside Asuncion was made by a meteorite.", "Brazil's space agency", "nobody saw a fireball, so we are very sceptical"},
			},
			trigger: "sceptical",
			reason:  "the doubt shares no word with the assertion: its article's first sentence says what it doubts, and the doubt links the two into one event",
		},
		{
			name: "sceptical of a first sentence that sets the scene",
			ss: []said{
				{"", "Paraguay's interior ministry", "a boom in the capital was made by a meteorite that left a crater"},
				{"Experts have raised doubts about whether a loud boom and a deep crater found in Paraguay's busy capital near Asuncion airport this weekend were caused by a meteorite.", "Brazil's space agency", "nobody saw a fireball, so we are very sceptical"},
			},
			trigger: "sceptical",
			reason:  "the first sentence names the doubted in more words than the assertion repeats (boom, capital, crater, meteorite of thirteen words)",
		},
		{
			name: "sceptical of what the first sentence reports",
			ss: []said{
				{"", "Paraguay's interior ministry", asserted},
				{"Paraguayan officials say a meteorite made the crater outside Asuncion over the weekend.", "Brazil's space agency", "nobody saw a fireball, so we are very sceptical"},
			},
			trigger: "sceptical",
			reason:  "a doubt that names nothing doubts what its article's first sentence reports",
		},
		{
			name: "sceptical of what the first sentence reports before its verb",
			ss: []said{
				{"", "Paraguay's interior ministry", asserted},
				{"A meteorite made the crater outside Asuncion over the weekend, Paraguayan officials said.", "Brazil's space agency", "nobody saw a fireball, so we are very sceptical"},
			},
			trigger: "sceptical",
			reason:  "a lede's report may come before its source and verb",
		},
		{
			name: "sceptical about it, then its grounds",
			ss: []said{
				{"", "Paraguay's interior ministry", asserted},
				{"Paraguayan officials say a meteorite made the crater outside Asuncion over the weekend.", "Brazil's space agency", "we are highly sceptical about it. How could anyone see a fireball from the Brazilian bank of the river at night"},
			},
			trigger: "sceptical",
			reason:  "a doubt ends with its sentence: the next one of the quote gives grounds, and \"about it\" doubts what the first sentence reports",
		},
		{
			name: "an account raises questions",
			ss: []said{
				{"", "Paraguay's interior ministry", asserted},
				{"Paraguayan officials say a meteorite made the crater outside Asuncion over the weekend.", "Brazil's space agency", "the army's account raises serious questions"},
			},
			reason: "it doubts the account it names, not what the first sentence reports",
		},
		{
			name:   "both sides hedge",
			ss:     []said{{"", "Paraguay's interior ministry", hedged}, {"", "Brazil's space agency", unlikely}},
			reason: "a possibility is not an assertion",
		},
		{
			name:   "both sides doubt",
			ss:     []said{{"", "Paraguay's interior ministry", "it was not clear whether a meteorite made the crater outside Asuncion"}, {"", "Brazil's space agency", unlikely}},
			reason: "two doubts agree",
		},
		{
			name: "same side doubts, the other side hedges",
			ss: []said{
				{"", "Paraguay's interior ministry", asserted},
				{"", "Paraguay's army", unlikely},
				{"", "Brazil's space agency", hedged},
			},
			reason: "a side divided against itself is no conflict between sides, and Brazil asserts nothing",
		},
		{
			name:   "no doubt is certainty",
			ss:     []said{{"", "Paraguay's interior ministry", asserted}, {"", "Brazil's space agency", "there is no doubt that a meteorite made the crater outside Asuncion"}},
			reason: "\"no doubt\" asserts",
		},
		{
			name:   "doubt about an account",
			ss:     []said{{"", "Paraguay's interior ministry", "the ministers of the region met outside Asuncion"}, {"", "Brazil's space agency", "there was skepticism about the claims of the ministers of the region"}},
			reason: "doubting someone's claims does not doubt that he exists",
		},
		{
			name:   "doubt about a person",
			ss:     []said{{"", "Paraguay's interior ministry", "the ministers of the region showed great strength outside Asuncion"}, {"", "Brazil's space agency", "there were doubts about her strength outside Asuncion among the ministers of the region"}},
			reason: "a doubt about her bears on her side, not on what the ministry asserts",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := doubtCorpus(t, tt.ss)
			cs := c.Contested()
			if tt.trigger == "" {
				if len(cs) != 0 {
					t.Errorf("Contested() = %v, want none (%s)", cs, tt.reason)
				}
				return
			}
			if len(cs) != 1 {
				t.Fatalf("Contested() has %d items, want 1 (%s): %v", len(cs), tt.reason, cs)
			}
			k := cs[0]
			if k.Type != ImplicitDoubt || k.Trigger != tt.trigger {
				t.Errorf("conflict = %v %q, want %v %q", k.Type, k.Trigger, ImplicitDoubt, tt.trigger)
			}
			// The side that asserts first, the side that doubts second.
			if len(k.Sides) != 2 || k.Sides[0].Side != "Paraguay" || k.Sides[1].Side != "Brazil" {
				t.Errorf("sides = %v, want Paraguay (asserts) and Brazil (doubts)", k.Sides)
			}
			if !strings.Contains(k.Explanation, "Brazil") || !strings.Contains(k.Explanation, "asserts") {
				t.Errorf("explanation %q does not say who doubts what", k.Explanation)
			}
			if n := len(k.Event.Claims); n != 2 {
				t.Errorf("event holds %d statements, want both", n)
			}
		})
	}
}

func TestDoubtOf(t *testing.T) {
	tests := []struct {
		text, want string
	}{
		{"it seems unlikely that the explosion was related to a meteorite", "unlikely"},
		{"so I'm very sceptical", "sceptical"},
		{"the lack of witnesses raises doubts about that scenario", "doubts"},
		{"while a meteorite could not be ruled out", "could not be ruled out"},
		{"it is not clear whether the rock was buried", "not clear whether"},
		{"there is no doubt that it was a meteorite", ""},
		{"without a doubt it was a meteorite", ""},
		{"it is not unlikely that it was a meteorite", ""},
		{"the meteorite made the crater", ""},
		{"There is zero evidence that any vote was switched", "zero evidence"},
		{"there are probably some skeptical Americans hearing that message", ""},
		{"many doubted her in Nevada", ""},
		{"the report casts some doubt on the official figures", "doubt"},
		{"there is some doubt about the toll", "doubt"},
		{"some doubt the official figures", ""},
		{"experts are skeptical of the claim", "skeptical"},
		{"I doubt the official rate", "doubt"},
		{"I have some doubts about the official rate", "doubts"},
		{"his account raises many doubts", "doubts"},
		{"critics doubt the official rate", ""},
	}
	for _, tt := range tests {
		var words []string
		for _, tk := range tokenize(tt.text, 0) {
			words = append(words, lowerWord(tk.key))
		}
		if got, _, _ := doubtOf(words); got != tt.want {
			t.Errorf("doubtOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestDoubtFixtures runs two articles through the extractor: Paraguay's interior ministry
// says a meteorite made a crater, Brazil's space agency a day later calls it unlikely and an
// astronomer of the agency is "very sceptical". The fixtures live in compare/testdata, not
// testdata/compare, whose items the CLI's tests count. The agreeing governments of
// talks_agree.txt, read with them, stay uncontested.
func TestDoubtFixtures(t *testing.T) {
	paths := []string{"testdata/crater_claim.txt", "testdata/crater_doubt.txt", "../testdata/compare/talks_agree.txt"}
	cs := extractCorpus(t, Options{}, paths).Contested()
	if len(cs) != 1 {
		t.Fatalf("Contested() has %d items, want 1: %v", len(cs), cs)
	}
	k := cs[0]
	if k.Type != ImplicitDoubt || k.Trigger != "unlikely" {
		t.Errorf("conflict = %v %q, want %v \"unlikely\"", k.Type, k.Trigger, ImplicitDoubt)
	}
	if len(k.Sides) != 2 || k.Sides[0].Side != "Paraguay" || k.Sides[1].Side != "Brazil" {
		t.Fatalf("sides = %v, want Paraguay (asserts) and Brazil (doubts)", k.Sides)
	}
	for _, s := range k.Sides {
		for _, cl := range s.Claims {
			if want := map[string]string{"Paraguay": "testdata/crater_claim.txt", "Brazil": "testdata/crater_doubt.txt"}[s.Side]; cl.Doc != want {
				t.Errorf("%s's statement %q comes from %s, want %s", s.Side, cl.Content.Text, cl.Doc, want)
			}
		}
	}
}

// TestDoubtedWords: what a doubt is about holds content words, not "across" or "despite",
// which would pair "no evidence that anyone ... has come across" with any "agents across".
func TestDoubtedWords(t *testing.T) {
	for w, want := range map[string]bool{"terrorist": true, "across": false, "despite": false, "the": false, "12": false} {
		if got := isContentWord(w); got != want {
			t.Errorf("isContentWord(%q) = %v, want %v", w, got, want)
		}
	}
}

// TestRestrictionNeedsSharedMatter: a restriction that meets another statement only in a
// name ("nothing but insults" from Trump, another's refusal "to endorse Donald Trump")
// leaves out nothing the other says; one that shares a word of the matter does.
func TestRestrictionNeedsSharedMatter(t *testing.T) {
	d := doc("a.txt", "", "Egypt's foreign ministry said Cairo had heard nothing but insults from Abiy Ahmed. "+
		"Ethiopia's government said it would not endorse Abiy Ahmed. "+
		"Egypt's foreign ministry said the talks were limited to greetings. "+
		"Ethiopia's government said the talks covered the dam's filling.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Egypt's foreign ministry", "Egypt's foreign ministry", "said", claims.CueAssert, "Cairo had heard nothing but insults from Abiy Ahmed"),
		claim(t, d, "Ethiopia's government", "Ethiopia's government", "said", claims.CueAssert, "it would not endorse Abiy Ahmed"),
		claim(t, d, "Egypt's foreign ministry", "Egypt's foreign ministry", "said", claims.CueAssert, "the talks were limited to greetings"),
		claim(t, d, "Ethiopia's government", "Ethiopia's government", "said", claims.CueAssert, "the talks covered the dam's filling"),
	})
	a := c.analyze()
	if !a.sharesOnlyNames(a.stmts[0], a.stmts[1]) {
		t.Errorf("sharesOnlyNames(insults from Abiy Ahmed, endorse Abiy Ahmed) = false, want true")
	}
	if a.sharesOnlyNames(a.stmts[2], a.stmts[3]) {
		t.Errorf("sharesOnlyNames(talks limited to greetings, talks covered the dam) = true, want false")
	}
	if a.sharesOnlyNames(a.stmts[2], a.stmts[1]) {
		t.Errorf("sharesOnlyNames of contents sharing no word = true, want false")
	}
}

// TestDoubteeOf checks whom a doubt is about (see doubteeOf) and that a doubt about a person
// bears on his statements only (bearsOn).
func TestDoubteeOf(t *testing.T) {
	for text, want := range map[string]string{
		"hoped to sow doubts about her strength as a nominee": "her",
		"raised doubts about Lindqvist's record":              "Lindqvist",
		"raised doubts about Mira Lindqvist":                  "Lindqvist",
		"raised doubts about the crater":                      "",
		"doubts that the crater was made by a meteorite":      "",
	} {
		toks := tokenize(text, 0)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = lowerWord(t.key)
		}
		if got := doubteeOf(toks, words); got != want {
			t.Errorf("doubteeOf(%q) = %q, want %q", text, got, want)
		}
	}
	d := &stmt{f: facts{doubtee: "Lindqvist"}}
	if !bearsOn(d, &stmt{actor: "Mira Lindqvist"}) || bearsOn(d, &stmt{actor: "Tomas Berg", side: "Berg campaign"}) {
		t.Error("a doubt about Lindqvist bears on her statements only")
	}
	if bearsOn(&stmt{f: facts{doubtee: "her"}}, &stmt{actor: "Tomas Berg"}) {
		t.Error("a doubt about her bears on no statement")
	}
}

// TestRequestAssertsNothing: "no evidence that the samples were ever sent" doubts what a
// statement says happened, not what someone asked for: a request ("asked the army to send
// the samples") asserts no deed, so it meets no doubt, while the same words told as done do.
func TestRequestAssertsNothing(t *testing.T) {
	const doubt = "there was no evidence that the crater samples were ever sent to Asuncion by unsecured courier"
	tests := []struct {
		cue, content string
		want         bool
	}{
		{"said", "the crater samples were sent to Asuncion by unsecured courier", true},
		{"asked", "the army to send the crater samples to Asuncion by unsecured courier", false},
		{"urged", "the army to send the crater samples to Asuncion by unsecured courier", false},
	}
	for _, tt := range tests {
		t.Run(tt.cue, func(t *testing.T) {
			a := doc("a.txt", "2025-05-11", "Paraguay's interior ministry "+tt.cue+" "+tt.content+".")
			b := doc("b.txt", "2025-05-11", "Brazil's space agency said "+doubt+".")
			c := NewCorpus(Options{})
			c.Add(a, []claims.Claim{claim(t, a, "Paraguay's interior ministry", "Paraguay's interior ministry", tt.cue, claims.CueAssert, tt.content)})
			c.Add(b, []claims.Claim{claim(t, b, "Brazil's space agency", "Brazil's space agency", "said", claims.CueAssert, doubt)})
			cs := c.Contested()
			if got := len(cs) == 1 && cs[0].Type == ImplicitDoubt; got != tt.want || len(cs) > 1 {
				t.Errorf("%s %q: Contested() = %v, want a doubt: %v", tt.cue, tt.content, cs, tt.want)
			}
		})
	}
}

// TestRestrictionAnsweringAQuestion: "the people of Cairo heard nothing but insults from the
// ministers" restricts what they heard; a verbless answer to the speaker's own question
// ("And what have they heard from the ministers? Nothing but insults") is rhetoric whose
// scope the content does not state, and restricts no account of the other side.
func TestRestrictionAnsweringAQuestion(t *testing.T) {
	const other = "the ministers in Addis Ababa praised the people of Cairo for their patience"
	tests := []struct {
		content string
		want    bool
	}{
		{"the people of Cairo heard nothing but insults from the ministers in Addis Ababa", true},
		{"And what have the people of Cairo heard from the ministers in Addis Ababa? Nothing but insults", false},
	}
	for _, tt := range tests {
		t.Run(tt.content, func(t *testing.T) {
			d := doc("a.txt", "", "Egypt's foreign ministry said "+tt.content+". Ethiopia's government said "+other+".")
			c := NewCorpus(Options{})
			c.Add(d, []claims.Claim{
				claim(t, d, "Egypt's foreign ministry", "Egypt's foreign ministry", "said", claims.CueAssert, tt.content),
				claim(t, d, "Ethiopia's government", "Ethiopia's government", "said", claims.CueAssert, other),
			})
			cs := c.Contested()
			if got := len(cs) == 1 && cs[0].Type == ImplicitRestriction; got != tt.want || len(cs) > 1 {
				t.Errorf("%q: Contested() = %v, want a restriction: %v", tt.content, cs, tt.want)
			}
		})
	}
}
