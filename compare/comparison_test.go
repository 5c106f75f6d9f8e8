package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"claimdiff/claims"
)

// TestRejectionRowsOfPerson: a rejection that names a person's account is a conflict, in
// compare's rows, against those of the person's statements that tell what it rejects: when
// it says what the account says ("Calloway's claim that the dam had flooded the villages"),
// those that share a word with that, not her other statements of the event; when it names
// one account and says nothing of it ("Calloway's description was false"), the closest in
// its own document only; when it rejects all her accounts ("Calloway's false claims"), each,
// unless a participle says what they say ("Calloway's remarks blaming the dam for ...").
// Of a claim about someone named ("that Governor Hale had cut the budget"), one word in
// common ("the budget vote was delayed") is not enough: another matter of the same word.
// The rows' diffs leave out the account's name before what it says ("Calloway's claim
// that").
func TestRejectionRowsOfPerson(t *testing.T) {
	const (
		flooded = "the new dam had flooded three villages near the river"
		gates   = "the villages near the river were flooded when the dam opened its gates"
		vote    = "the budget vote was delayed"
		chief   = "the river authority needed a new chief"
	)
	for _, tt := range []struct {
		rejection string
		conflicts []string // Calloway's statements on a conflict row
	}{
		{"Calloway's claim that the dam had flooded the villages", []string{flooded, gates}},
		{"Calloway's description was false", []string{flooded}},
		{"Calloway's false claims", []string{flooded, gates, vote, chief}},
		{"Calloway's remarks blaming the dam for the flooded villages as false", []string{flooded, gates}},
		{"Calloway's claim that the governor had cut the budget", []string{vote}},
		{"Calloway's claim that Governor Hale had cut the budget", nil},
	} {
		c := NewCorpus(Options{})
		a := doc("a.txt", "2024-05-02", "Senator Ruth Calloway said "+flooded+". The Water Authority rejected "+tt.rejection+".")
		c.Add(a, []claims.Claim{
			claim(t, a, "Senator Ruth Calloway", "Ruth Calloway", "said", claims.CueAssert, flooded),
			claim(t, a, "The Water Authority", "Water Authority", "rejected", claims.CueDeny, tt.rejection),
		})
		b := doc("b.txt", "2024-05-02", "Senator Ruth Calloway said "+gates+". Calloway said "+vote+" near the river. Calloway said "+chief+".")
		c.Add(b, []claims.Claim{
			claim(t, b, "Senator Ruth Calloway", "Ruth Calloway", "said", claims.CueAssert, gates),
			claim(t, b, "Calloway", "Ruth Calloway", "said", claims.CueAssert, vote+" near the river"),
			claim(t, b, "Calloway", "Ruth Calloway", "said", claims.CueAssert, chief),
		})
		cmp, err := c.Compare(CompareOptions{Sides: []string{"Ruth Calloway", "Water Authority"}})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, r := range cmp.Rows {
			if r.Verdict == Conflict && r.Left != nil {
				got = append(got, r.Left.Content.Text)
			}
			for _, op := range r.Diff {
				if strings.Contains(op.Text, "Calloway's claim that") {
					t.Errorf("%q: the diff shows the account's name: %v", tt.rejection, r.Diff)
				}
			}
		}
		if len(got) != len(tt.conflicts) {
			t.Errorf("%q: conflicts against %q, want against %q", tt.rejection, got, tt.conflicts)
			continue
		}
		for i, w := range tt.conflicts {
			if !strings.HasPrefix(got[i], w) {
				t.Errorf("%q: conflict %d against %q, want %q", tt.rejection, i, got[i], w)
			}
		}
	}
}

// TestRejectionRowsOfSource: a statement telling where a person's account came from ("she
// had the information from the river engineers") is no conflict against a rejection of
// her accounts, which denies what they say, not where she heard it; one that reports what
// the source said ("engineers told her that ...") is, and so is one about what the
// information says ("the information about the flooded villages was accurate").
func TestRejectionRowsOfSource(t *testing.T) {
	const (
		flooded = "the new dam had flooded three villages near the river"
		source  = "she had the information from the river engineers"
		relay   = "river engineers told her that the dam had flooded the villages"
		about   = "the information about the flooded villages was accurate"
	)
	c := NewCorpus(Options{})
	a := doc("a.txt", "2024-05-02", "Senator Ruth Calloway said "+flooded+". Calloway said "+source+". Calloway said "+relay+". Calloway said "+about+". The Water Authority rejected Calloway's false claims.")
	c.Add(a, []claims.Claim{
		claim(t, a, "Senator Ruth Calloway", "Ruth Calloway", "said", claims.CueAssert, flooded),
		claim(t, a, "Calloway", "Ruth Calloway", "said", claims.CueAssert, source),
		claim(t, a, "Calloway", "Ruth Calloway", "said", claims.CueAssert, relay),
		claim(t, a, "Calloway", "Ruth Calloway", "said", claims.CueAssert, about),
		claim(t, a, "The Water Authority", "Water Authority", "rejected", claims.CueDeny, "Calloway's false claims"),
	})
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Ruth Calloway", "Water Authority"}})
	if err != nil {
		t.Fatal(err)
	}
	checkLeftVerdicts(t, cmp.Rows, map[string]Verdict{flooded: Conflict, source: OnlyOneSide, relay: Conflict, about: Conflict})
}

// TestRejectionRowsOfRetraction: a person's taking her account back ("everything I said about
// the dam was only my opinion", "she apologised for her remarks") agrees with a rejection
// of her accounts and is no conflict against it; her account itself is, and so is her
// refusal to take it back ("she refused to apologise"), her words of the dam's apologists,
// and of villagers walking back to their homes.
func TestRejectionRowsOfRetraction(t *testing.T) {
	const (
		flooded    = "the new dam had flooded three villages near the river"
		opinion    = "everything I said about the dam and the villages was only my opinion"
		apologise  = "she apologised for her remarks about the dam and the villages"
		refused    = "she refused to apologise for her remarks about the dam and the villages"
		apologists = "apologists for the dam had hidden the flooded villages near the river"
		walking    = "villagers were walking back to the flooded villages near the river"
	)
	said := []string{flooded, opinion, apologise, refused, apologists, walking}
	text := "Senator Ruth Calloway said " + flooded + "."
	for _, s := range said[1:] {
		text += " Calloway said " + s + "."
	}
	a := doc("a.txt", "2024-05-02", text+" The Water Authority rejected Calloway's false claims.")
	cls := []claims.Claim{claim(t, a, "Senator Ruth Calloway", "Ruth Calloway", "said", claims.CueAssert, flooded)}
	for _, s := range said[1:] {
		cls = append(cls, claim(t, a, "Calloway", "Ruth Calloway", "said", claims.CueAssert, s))
	}
	c := NewCorpus(Options{})
	c.Add(a, append(cls, claim(t, a, "The Water Authority", "Water Authority", "rejected", claims.CueDeny, "Calloway's false claims")))
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Ruth Calloway", "Water Authority"}})
	if err != nil {
		t.Fatal(err)
	}
	checkLeftVerdicts(t, cmp.Rows, map[string]Verdict{flooded: Conflict, opinion: OnlyOneSide, apologise: OnlyOneSide, refused: Conflict, apologists: Conflict, walking: Conflict})
}

// TestDenialLinedUpAgain: a statement left over once each is lined up, that a denial
// already shown denies, is lined up with it again as a conflict when they share words of
// what is denied besides names ("holding a woman believed to be Vesper's wife"); one that
// shares only the name ("Karl Vesper married her in Norland in 2015") stays one side's alone.
func TestDenialLinedUpAgain(t *testing.T) {
	const (
		denied  = "a woman held in Norland is a wife of Karl Vesper"
		wife    = "they detained a wife of Karl Vesper at the border"
		holding = "they are holding a woman believed to be Vesper's wife"
		married = "Karl Vesper married her in Norland in 2015"
	)
	c := NewCorpus(Options{Sides: []SideDef{{"Norland", []string{"Norland police"}}, {"Ostmark", []string{"Ostmark ministry"}}}})
	for i, said := range []string{wife, denied, holding, married, "the harvest was late this year", "ticket prices rose in the spring"} {
		d := doc(fmt.Sprintf("d%d.txt", i), "2024-05-02", "Norland police said "+said+".")
		cl := claim(t, d, "Norland police", "Norland police", "said", claims.CueAssert, said)
		if said == denied {
			d = doc(fmt.Sprintf("d%d.txt", i), "2024-05-02", "The Ostmark ministry denied that "+said+".")
			cl = claim(t, d, "The Ostmark ministry", "Ostmark ministry", "denied", claims.CueDeny, said)
		}
		c.Add(d, []claims.Claim{cl})
	}
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Norland", "Ostmark"}})
	if err != nil {
		t.Fatal(err)
	}
	checkLeftVerdicts(t, cmp.Rows, map[string]Verdict{wife: Conflict, holding: Conflict, married: OnlyOneSide})
}

// checkLeftVerdicts checks that rows give each left statement of want, by its content, its
// verdict.
func checkLeftVerdicts(t *testing.T, rows []Row, want map[string]Verdict) {
	t.Helper()
	for _, r := range rows {
		if r.Left == nil {
			continue
		}
		if v, ok := want[r.Left.Content.Text]; ok && v != r.Verdict {
			t.Errorf("%q: %s, want %s", r.Left.Content.Text, r.Verdict, v)
		}
		delete(want, r.Left.Content.Text)
	}
	if len(want) > 0 {
		t.Errorf("no rows for %v", want)
	}
}

// TestNegationLinedUp: a statement lined up with another that negates the word it says
// ("militants are not entering the country" beside "caught while attempting to enter the
// country") is a conflict, not a rewording; what something was ("an ex-wife") is not what
// it is ("is not the wife"), and the word negated is no name ("is not Karl Vesper's wife"
// negates "wife", "neither the minister nor his campaign helped" negates "helped"); nor
// is a word after one of lacking ("the lack of laboratories to confirm
// the cases") said, nor one naming who speaks ("officials" for "not official"); the word
// of lacking itself is said ("lacks clean water" for "does not lack clean water"), and so is
// a title after a form of "be" ("was official", "is the minister").
func TestNegationLinedUp(t *testing.T) {
	for _, tt := range []struct {
		police, ministry string
		want             Verdict
	}{
		{"ten militants were caught while attempting to enter the country through the northern pass near Kessel on Sunday night",
			"militants are not entering the country through the northern pass", Conflict},
		{"Norland authorities are holding a daughter and an ex-wife of the rebel leader Karl Vesper at a base near Kessel",
			"the woman held by Norland authorities is not the wife of the rebel leader Karl Vesper", Reworded},
		{"the woman held by Norland authorities near Kessel on Sunday with two guards and a driver is the sister of Karl Vesper",
			"the woman held by Norland authorities is not Karl Vesper's wife", Reworded},
		{"the lack of laboratories for doctors in Kessel to confirm the cases of the fever near the northern pass",
			"the doctors have not confirmed the cases of the fever near the northern pass", Reworded},
		{"Norland officials have confirmed the closing of the northern pass near Kessel on Sunday night",
			"the notice of the closing of the northern pass was not official", Reworded},
		{"the man held by Norland authorities near Kessel on Sunday night is the minister of the rebels",
			"the man held by Norland authorities is not the minister of the rebels", Conflict},
		{"the notice of the closing of the northern pass near Kessel on Sunday night was official",
			"the notice of the closing of the northern pass was not official", Conflict},
		{"the Ostmark minister helped the rebels cross the northern pass near Kessel on Sunday night with trucks and guides",
			"neither the Ostmark minister nor his campaign helped the rebels", Conflict},
		{"the Ostmark minister helped the rebels cross the northern pass near Kessel on Sunday night",
			"neither the Ostmark minister nor his campaign commented on the rebels at the northern pass", Reworded},
		{"the Ostmark minister helped the rebels cross the northern pass near Kessel on Sunday night with trucks and guides",
			"the Ostmark minister neither helped nor hindered the rebels", Conflict},
		{"the town of Kessel lacks clean water for the families near the northern pass since Sunday night",
			"the town of Kessel does not lack clean water", Conflict},
	} {
		c := NewCorpus(Options{Sides: []SideDef{{"Norland", []string{"Norland police"}}, {"Ostmark", []string{"Ostmark ministry"}}}})
		for i, other := range []string{"the harvest was late this year", "ticket prices rose in the spring"} {
			d := doc(fmt.Sprintf("o%d.txt", i), "2024-05-02", "The mayor said "+other+".")
			c.Add(d, []claims.Claim{claim(t, d, "The mayor", "mayor", "said", claims.CueAssert, other)})
		}
		a := doc("a.txt", "2024-05-02", "Norland police said "+tt.police+".")
		c.Add(a, []claims.Claim{claim(t, a, "Norland police", "Norland police", "said", claims.CueAssert, tt.police)})
		b := doc("b.txt", "2024-05-02", "The Ostmark ministry said "+tt.ministry+".")
		c.Add(b, []claims.Claim{claim(t, b, "The Ostmark ministry", "Ostmark ministry", "said", claims.CueAssert, tt.ministry)})
		cmp, err := c.Compare(CompareOptions{Sides: []string{"Norland", "Ostmark"}})
		if err != nil {
			t.Fatal(err)
		}
		conflicts := 0
		for _, r := range cmp.Rows {
			if r.Verdict == Conflict {
				conflicts++
			}
		}
		if tt.want == Conflict && (len(cmp.Rows) != 1 || conflicts != 1) || tt.want != Conflict && conflicts > 0 {
			t.Errorf("%q beside %q: rows %v, want %s", tt.police, tt.ministry, cmp.Rows, tt.want)
		}
	}
}

// TestRewordingSharesContent: two statements that share no content word ("the page was not
// official" beside "the bridge near Kessel was closed on Sunday"), however alike their
// sentences, reword nothing of each other: each stands alone.
func TestRewordingSharesContent(t *testing.T) {
	const (
		bridge = "the bridge near Kessel was closed on Sunday"
		page   = "the page was not official"
	)
	c := NewCorpus(Options{Sides: []SideDef{{"Norland", []string{"Norland police"}}, {"Ostmark", []string{"Ostmark ministry"}}}})
	a := doc("a.txt", "2024-05-02", "In Kessel, where the bridge closed on Sunday, Norland police said "+bridge+" and the Ostmark ministry said "+page+".")
	c.Add(a, []claims.Claim{
		claim(t, a, "Norland police", "Norland police", "said", claims.CueAssert, bridge),
		claim(t, a, "the Ostmark ministry", "Ostmark ministry", "said", claims.CueAssert, page),
	})
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Norland", "Ostmark"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range cmp.Rows {
		if r.Left != nil && r.Right != nil {
			t.Errorf("%q lined up with %q (%s), want each alone", r.Left.Content.Text, r.Right.Content.Text, r.Verdict)
		}
	}
}

// TestDenialLinedUp: a denial lined up in a row with what it denies is a conflict, not a
// rewording, though it names no account of the other side ("refuted the rumour that ...");
// two statements that deny alike are not. A statement the denial answers that is left over
// once each is lined up ("the river villages were flooded when the dam opened its gates") is
// lined up with it again, as a conflict.
func TestDenialLinedUp(t *testing.T) {
	const flooded = "the new dam had flooded three villages near the river"
	for _, tt := range []struct {
		cue, right string
		class      claims.CueClass
		want       Verdict
	}{
		{"refuted", "the rumour that " + flooded, claims.CueDeny, Conflict},
		{"said", flooded + " last week", claims.CueAssert, Agree},
	} {
		c := NewCorpus(Options{Sides: []SideDef{{"Calloway", []string{"Ruth Calloway"}}, {"Water Authority", []string{"Water Authority"}}}})
		gates := "the river villages were flooded when the dam opened its gates"
		held := "the dam held the river back from the villages"
		a := doc("a.txt", "2024-05-02", "Senator Ruth Calloway said "+flooded+". Calloway said "+gates+". The Water Authority "+tt.cue+" "+tt.right+". The Water Authority said "+held+".")
		c.Add(a, []claims.Claim{
			claim(t, a, "Senator Ruth Calloway", "Ruth Calloway", "said", claims.CueAssert, flooded),
			claim(t, a, "Calloway", "Ruth Calloway", "said", claims.CueAssert, gates),
			claim(t, a, "The Water Authority", "Water Authority", tt.cue, tt.class, tt.right),
			claim(t, a, "The Water Authority", "Water Authority", "said", claims.CueAssert, held),
		})
		for i, other := range []string{"the harvest was late this year", "ticket prices rose in the spring"} {
			d := doc(fmt.Sprintf("o%d.txt", i), "2024-05-02", "The mayor said "+other+".")
			c.Add(d, []claims.Claim{claim(t, d, "The mayor", "mayor", "said", claims.CueAssert, other)})
		}
		cmp, err := c.Compare(CompareOptions{Sides: []string{"Calloway", "Water Authority"}})
		if err != nil {
			t.Fatal(err)
		}
		var against []string
		for _, r := range cmp.Rows {
			if r.Left != nil && r.Right != nil && r.Right.Content.Text == tt.right {
				against = append(against, r.Left.Content.Text)
				if r.Verdict != tt.want {
					t.Errorf("%s %q: against %q, %s; want %s", tt.cue, tt.right, r.Left.Content.Text, r.Verdict, tt.want)
				}
			}
		}
		want := []string{flooded}
		if tt.want == Conflict {
			want = append(want, gates)
		}
		if !slices.Equal(against, want) {
			t.Errorf("%s %q: against %q, want against %q", tt.cue, tt.right, against, want)
		}
	}
}

// TestRowWordsOddText: the words a row reads of a statement hold on odd texts: "nor" as the
// last word, a retraction word with nothing after it, a text of punctuation only, a word of
// lacking alone.
func TestRowWordsOddText(t *testing.T) {
	stmtOf := func(cue, content string) *stmt {
		return &stmt{claim: claims.Claim{Cue: claims.Cue{Text: cue}, Content: claims.Content{Text: content}}, f: facts{neg: "neither", negWord: "minist"}}
	}
	for _, tt := range []struct {
		content        string
		word, phrase   string
		retracts, lack bool
	}{
		{"neither the minister nor", "", "", false, false},
		{"neither helped nor", "minist", "neither", false, false},
		{"nor", "minist", "neither", false, false},
		{"apologised", "minist", "neither", true, false},
		{"walked back", "minist", "neither", true, false},
		{"only my", "minist", "neither", false, false},
		{"...", "minist", "neither", false, false},
		{"lacks", "minist", "neither", false, true},
		{"", "minist", "neither", false, false},
	} {
		s := stmtOf("said", tt.content)
		if w, p := governed(s); w != tt.word || !strings.HasPrefix(p, tt.phrase) {
			t.Errorf("governed(%q) = %q, %q, want %q, %q", tt.content, w, p, tt.word, tt.phrase)
		}
		if got := retracts(s); got != tt.retracts {
			t.Errorf("retracts(%q) = %v, want %v", tt.content, got, tt.retracts)
		}
		if got := affirms(s, "lack"); got != tt.lack {
			t.Errorf("affirms(%q, lack) = %v, want %v", tt.content, got, tt.lack)
		}
	}
}

// TestRejectionReasonRows: a statement that gives the reason of a rejection the same speaker
// makes just before in its sentence ("rejected Uganda's claim that ..., calling it
// baseless") is no row of its own: the rejection's row says it rejects the claim as
// "baseless", and "it baseless" is no account to line up against Uganda's. What the speaker
// says of itself after a rejection ("saying it would appeal": no word of falsity), or adds in
// a clause of its own ("adding that Kampala would not let lies ..."), is a statement of its
// own. The contested item does not list the reason either.
func TestRejectionReasonRows(t *testing.T) {
	const (
		claimed = "the new dam on the Nile had cut the river's flow by a third"
		account = "the new dam had cut the river's flow by a third"
	)
	for _, tt := range []struct {
		name, tail, cue, content string
		class                    claims.CueClass
		row                      bool
	}{
		{"reason", ", calling it baseless.", "calling", "it baseless", claims.CueDeny, false},
		{"reasons", ", calling them lies.", "calling", "them lies", claims.CueDeny, false},
		{"no falsity", ", saying it would appeal.", "saying", "it would appeal", claims.CueAssert, true},
		{"clause", ", adding that Kampala would not let lies hurt the talks.", "adding", "that Kampala would not let lies hurt the talks", claims.CueAssert, true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			c := NewCorpus(Options{})
			a := doc("a.txt", "2024-03-04", "Uganda's foreign ministry said "+claimed+".")
			c.Add(a, []claims.Claim{claim(t, a, "Uganda's foreign ministry", "Uganda's foreign ministry", "said", claims.CueAssert, claimed)})
			text := "Kenya's foreign ministry rejected Uganda's claim that " + account + tt.tail
			b := doc("b.txt", "2024-03-06", text)
			c.Add(b, []claims.Claim{
				claim(t, b, "Kenya's foreign ministry", "Kenya's foreign ministry", "rejected", claims.CueDeny, "Uganda's claim that "+account),
				claim(t, b, "Kenya's foreign ministry", "Kenya's foreign ministry", tt.cue, tt.class, tt.content),
			})
			cmp, err := c.Compare(CompareOptions{Sides: []string{"Uganda", "Kenya"}})
			if err != nil {
				t.Fatal(err)
			}
			got, rejected := false, 0
			for _, r := range cmp.Rows {
				if r.Right != nil && r.Right.Content.Text == tt.content {
					got = true
				}
				if r.Right != nil && r.Right.Cue.Text == "rejected" && r.Verdict == Conflict {
					rejected++
				}
			}
			if got != tt.row {
				t.Errorf("%q has a row: %v, want %v (rows %v)", tt.content, got, tt.row, cmp.Rows)
			}
			if rejected == 0 {
				t.Errorf("the rejection is on no conflict row: %v", cmp.Rows)
			}
			// Nor does the contested item list a reason among Kenya's statements.
			for _, k := range c.Contested() {
				for _, sd := range k.Sides {
					for _, cl := range sd.Claims {
						if !tt.row && cl.Content.Text == tt.content {
							t.Errorf("the item lists the reason %q on %s's side", tt.content, sd.Side)
						}
					}
				}
			}
		})
	}
}
