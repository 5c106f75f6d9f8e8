package compare

import (
	"maps"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"claimdiff/claims"
	"claimdiff/compare/internal/stance"
)

func TestStanceModelLoads(t *testing.T) {
	var ms [2]*stance.Model
	for i, b := range [][]byte{stanceModelJSON, trainSideModelJSON} {
		m, err := stance.Load(b)
		if err != nil {
			t.Fatalf("embedded stance model %d: %v", i, err)
		}
		if m.Threshold <= 0 || m.Threshold >= 1 {
			t.Errorf("model %d: threshold %v, want in (0, 1)", i, m.Threshold)
		}
		ms[i] = m
	}
	// The two are fitted on different pairs with the same choices.
	if ms[0].Joint != ms[1].Joint || ms[0].Note == ms[1].Note || string(stanceModelJSON) == string(trainSideModelJSON) {
		t.Errorf("shipped and train-side models: joint %v and %v, notes %q and %q; want the same joint weight, different fits",
			ms[0].Joint, ms[1].Joint, ms[0].Note, ms[1].Note)
	}
	if FNC1Shipped.model() != stanceModel() || FNC1TrainSide.model() != trainSideModel() || FNC1TrainSide.String() != "train-side" {
		t.Error("FNC1Model does not name its model")
	}
}

func TestParseStance(t *testing.T) {
	for s := StanceUnrelated; s <= StanceDiscusses; s++ {
		got, err := ParseStance(s.String())
		if err != nil || got != s {
			t.Errorf("ParseStance(%q) = %v, %v, want %v", s.String(), got, err, s)
		}
	}
	for name, want := range map[string]Stance{"agree": StanceSupports, "disagree": StanceRefutes, "discuss": StanceDiscusses} {
		if got, err := ParseStance(name); err != nil || got != want {
			t.Errorf("ParseStance(%q) = %v, %v, want %v", name, got, err, want)
		}
	}
	if _, err := ParseStance("maybe"); err == nil {
		t.Error("ParseStance(maybe): no error")
	}
	if got := Stance(9).String(); got != "Stance(9)" {
		t.Errorf("Stance(9).String() = %q", got)
	}
}

func TestStanceOf(t *testing.T) {
	const claim = "Banksy arrested in London, identity revealed"
	tests := []struct {
		name, text string
		want       []Stance // any of these
	}{
		{"unrelated", "The city council approved a new budget for road repairs on Tuesday. Taxes will rise.", []Stance{StanceUnrelated}},
		{"refutes", "Banksy has not been arrested. Let's not bury the lede here, people. The news of his arrest in London is, yet again, a hoax. The story started with a satire site, and his identity was not revealed. Police said they had arrested no one.", []Stance{StanceRefutes}},
		{"related", "Graffiti artist Banksy was arrested in London on Monday, police said, and his identity was revealed.", []Stance{StanceSupports, StanceDiscusses}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, conf := StanceOf(claim, tt.text)
			ok := false
			for _, w := range tt.want {
				ok = ok || got == w
			}
			if !ok {
				t.Errorf("StanceOf(%q, %q) = %v, want one of %v", claim, tt.text, got, tt.want)
			}
			if conf <= 0 || conf > 1 {
				t.Errorf("StanceOf confidence %v, want in (0, 1]", conf)
			}
		})
	}
}

// TestStatementStance: claim against claim, as the conflict finder uses it.
func TestStatementStance(t *testing.T) {
	tests := []struct {
		claim, text string
		want        Stance
	}{
		{"the call was limited to congratulations", "the call was not limited to congratulations", StanceRefutes},
		{"the call was limited to congratulations", "it was limited to congratulations and pledges to improve ties", StanceSupports},
		{"Egypt says the dam violates the 2015 declaration", "Ethiopia denies the dam violates the declaration", StanceRefutes},
		{"the call was limited to congratulations", "Rain fell in Lahore.", StanceUnrelated},
		// A doubt denied affirms: "no doubt that" is no refuting "doubt", nor a negation.
		{"Mohammed Emwazi is Jihadi John", "I have no doubt that Mohammed Emwazi is Jihadi John.", StanceSupports},
		{"Mohammed Emwazi is Jihadi John", "Mohammed Emwazi is, beyond any doubt, Jihadi John.", StanceSupports},
		{"Mohammed Emwazi is Jihadi John", "Friends have little doubt Mohammed Emwazi is Jihadi John.", StanceSupports},
		{"Mohammed Emwazi is Jihadi John", "Police doubt that Mohammed Emwazi is Jihadi John.", StanceRefutes},
		{"Mohammed Emwazi is Jihadi John", "There is no evidence that Mohammed Emwazi is Jihadi John.", StanceRefutes},
		// "despite" concedes; it sets the sentence against what follows only when that is a
		// report (claims, reports, rumours: the hedge list).
		{"Father O'Neal will continue preaching", "Despite the disapproval of his superiors, Father O'Neal says he will continue preaching.", StanceSupports},
		{"Engineers were unable to build the sensors", "Despite a heavy drain on resources, engineers were unable to build the sensors.", StanceSupports},
		{"Boko Haram agreed a ceasefire", "Boko Haram fighters attacked two villages despite government claims of a ceasefire.", StanceRefutes},
		{"Judd Nelson died of an overdose", "Judd Nelson posed with a newspaper to show he is alive despite internet rumors that he died of an overdose.", StanceRefutes},
		// "only" before an infinitive tells what came of the clause, no restriction; before a
		// name it restricts.
		{"Nun gives birth, intends to keep baby", "A nun was rushed to hospital with stomach pains only to discover she was pregnant and about to give birth.", StanceSupports},
		{"Pompeo spoke to Imran Khan and the army chief about terrorists", "Pompeo spoke only to Imran Khan.", StanceRefutes},
		{"Comcast blocks Tor", "One Comcast representative, identified only as Kelly, warned a customer over his use of Tor software.", StanceSupports},
		// A negation reaches the predicate after it, not a name that is another verb's object.
		{"Michael Phelps' girlfriend was born male", "Taylor Chandler said she was born male, and she never told Phelps.", StanceSupports},
		{"Michael Phelps' girlfriend was born male", "Michael Phelps' girlfriend was not born male.", StanceRefutes},
		{"Michael Phelps' girlfriend was born male", "The girlfriend was born male, but not Phelps.", StanceRefutes},
		{"Michelle Obama's hair appeared uncensored on Saudi TV", "The footage on Saudi TV did not show a blurred Michelle Obama.", StanceSupports},
		{"Paul Rudd was one of the airport heroes", "The airport hero who looks like Paul Rudd is not actually Paul Rudd.", StanceRefutes},
		{"Gill Rosenberg not captured in Kobani", "Rosenberg was not near Kobani.", StanceSupports},
		// A question reports nothing as true or false; nor does a fact-check's "Claim:" label.
		{"Kanye West barred from all future awards shows", "Has Kanye West been barred from all future awards shows?", StanceDiscusses},
		{"Pope Francis did not say pets go to heaven", "What does Pope Francis say about pets and heaven?”", StanceDiscusses},
		{"Is Kanye West barred from awards shows?", "Kanye West is barred from awards shows.", StanceSupports},
		// A claim asks when it ends with a question, not when a question opens it.
		{"Macaulay Culkin dead? Another death hoax circulates on Facebook", "Is Macaulay Culkin dead?", StanceDiscusses},
		{"Is Macaulay Culkin dead?", "Is Macaulay Culkin dead?", StanceSupports},
		{"Vigilantes cut off alleged rapist's penis", "Police told those who cut off the alleged rapist's penis to hand themselves in.?", StanceSupports},
		{"Kanye West barred from all future awards shows", "Claim: Kanye West has been barred from all future award shows.", StanceDiscusses},
		// A question asking how, why or when its clause came about takes it as given; it
		// supports, never refutes.
		{"Apple Watch Edition could cost $5,000", "But how did Gruber arrive at the $4,999 price point for the Apple Watch Edition?", StanceSupports},
		{"Texas City plumber's truck ends up in Syria", "What happened when Texas City plumbers put a black pickup truck up for auction?", StanceSupports},
		{"Texas plumber has no idea how his truck ended up in Syria", "What happened when Texas City plumbers put their truck up for auction?", StanceDiscusses},
		{"Gruber priced the Apple Watch Edition at $5,000", "How do you price an Apple Watch Edition at $5,000?", StanceDiscusses},
		{"Kim Jong Un is missing", "Where is Kim Jong Un?", StanceDiscusses},
		// A claim whose words of no are all asides tells its story: a text telling it
		// supports; one saying no as the aside does still agrees.
		{"You'll never guess how a homeless man spent $100", "A homeless man spent the $100 on food for his friends.", StanceSupports},
		{"Don't reset all settings in iOS 8 or you lose your iCloud files", "Resetting all settings in iOS 8 deletes iCloud files, users found.", StanceSupports},
		{"Phelps' girlfriend was born male but did not tell the swimmer", "She was born male and did not tell Phelps.", StanceSupports},
		{"Phelps' girlfriend did not tell the swimmer she was born male", "Phelps' girlfriend told the swimmer she was born male.", StanceRefutes},
		// After "So", a clause in a statement's order is a conclusion put as a question.
		{"Kim Jong-un broke his ankles", "So it wasn't just “discomfort” that's been troubling North Korean dictator Kim Jong-un?", StanceSupports},
		{"Kim Jong-un broke both ankles", "So is it true that Kim Jong-un broke both ankles?", StanceDiscusses},
		{"Kanye West barred from all future awards shows", "The claim that Kanye West has been barred from all future award shows spread.", StanceSupports},
		// A negation of a word of truth calls the report untrue; "no real" does not.
		{"McDonald's removing Big Mac and apple pies", "An article saying McDonald's is removing the Big Mac and apple pies isn't real.", StanceRefutes},
		{"McDonald's removing Big Mac and apple pies", "The story that McDonald's is removing the Big Mac and apple pies is not entirely accurate.", StanceRefutes},
		{"McDonald's removing Big Mac and apple pies", "McDonald's is removing the Big Mac and apple pies, with no real fuss.", StanceSupports},
		// A word calling an account untrue refutes, though the model's refute list lacks it.
		{"Pope Francis said pets go to heaven", "Outlets relayed an apocryphal tale that Pope Francis said pets go to heaven.", StanceRefutes},
		{"Pope Francis did not say pets go to heaven", "Outlets relayed an apocryphal tale that Pope Francis said pets go to heaven.", StanceSupports},
		// A report, story or article whose content the claim is reports it without vouching;
		// not when the text refutes it, nor "report" as a verb, nor "of" after another noun.
		{"Weatherman caught peeing live on camera", "When a report went viral that NBC meteorologist Mike Seidel got caught on camera peeing in the woods, NBC News replied.", StanceDiscusses},
		{"Texas town quarantined after family tests positive for Ebola", "News report of family in Texas town tested positive for Ebola.", StanceDiscusses},
		{"Boy secretly films sex with teacher", "The scandalous story maintained the boy secretly filmed sex with his teacher.", StanceDiscusses},
		{"Texas town quarantined for Ebola is a hoax", "This fake story that a Texas town was quarantined for Ebola spread fast.", StanceSupports},
		{"ISIS fighters contracted Ebola", "Iraqi officials were the first to report that ISIS fighters contracted Ebola.", StanceSupports},
		{"Tips for Chinese choosing an English name", "A report published on the website of CCTV offered tips for Chinese choosing an English name.", StanceSupports},
		// Someone said to be alive against a death told: not "burned alive", nor a text
		// telling a death itself.
		{"Judd Nelson found dead in Los Angeles condo", "The Los Angeles Times followed up and found Nelson alive and well.", StanceRefutes},
		{"Macaulay Culkin death hoax", "Macaulay Culkin is still very much alive.", StanceSupports},
		{"ISIS killed the Jordanian pilot", "ISIS burned the Jordanian pilot alive.", StanceSupports},
		{"ISIS killed the Jordanian pilot", "ISIS killed the Jordanian pilot a month ago, though it pretended he was alive.", StanceSupports},
		// A claim's "despite" sets it against an account whatever word names it.
		{"Boko Haram raids villages despite truce claim", "Boko Haram denied it had agreed to a truce and raided two villages.", StanceSupports},
		// A text that hedges or tells the story as a report's, refuting nothing itself,
		// discusses it, whether the claim states the story or calls it false.
		{"Paul Rudd is not the airport hero", "The viral video grew more shocking with rumors that one of the airport heroes was Paul Rudd.", StanceDiscusses},
		{"Macaulay Culkin death hoax goes viral", "People on Facebook are sharing a story of Macaulay Culkin dead.", StanceDiscusses},
		{"Paul Rudd is not the airport hero", "Paul Rudd was one of the airport heroes.", StanceRefutes},
		// A text that says no names the rumour to refute it: no hedge then.
		{"Banksy has not been arrested", "The rumor that Banksy had been arrested is not true.", StanceSupports},
		{"Missing students not found in mass grave", "According to the attorney general, none of the missing students were among the bodies found in the mass grave.", StanceSupports},
		// Hedge words the hedge list lacks: "purports", "rumoured".
		{"ISIS beheads James Foley", "A video purports to show ISIS beheading James Foley.", StanceDiscusses},
		{"Kim Jong-un is ill", "Kim Jong-un is rumoured to be ill.", StanceDiscusses},
		// A negated word of knowing leaves what the text tells unknown: it discusses, or
		// agrees with a claim that hedges; not before a wh-word, whose clause is given.
		{"Boko Haram agreed a ceasefire", "Boko Haram has not confirmed the ceasefire.", StanceDiscusses},
		{"A meteorite hit Managua", "It was not clear whether the meteorite hit Managua.", StanceDiscusses},
		{"Attacks go on despite alleged truce with Boko Haram", "Boko Haram has not confirmed the truce.", StanceSupports},
		{"Mohammed Emwazi is Jihadi John", "We don't know exactly when the security services worked out that Mohammed Emwazi is Jihadi John.", StanceSupports},
		// A negated word of permission, obligation or feeling is the negation's own
		// predicate: what follows is its object, neither asserted nor denied.
		{"University bans the word freshman", "She understands why the university would use another word in place of freshman, but is not offended by the word.", StanceSupports},
		{"Apple Watch battery life falls short", "Apple isn't happy with the watch's battery life just yet.", StanceSupports},
		{"ISIS fighters contracted Ebola", "UN workers are not allowed to work in ISIS areas, so a UN operation to help ISIS fighters who contract Ebola is unlikely.", StanceSupports},
		{"UN workers help ISIS fighters with Ebola", "UN workers are not allowed to help ISIS fighters with Ebola.", StanceRefutes},
		{"Gill Rosenberg captured by ISIS", "Gill Rosenberg was not captured by ISIS.", StanceRefutes},
		{"Apple is happy with the watch's battery life", "Apple isn't happy with the watch's battery life.", StanceRefutes},
		// "without" before a noun negates that noun, not the words after it; before a
		// gerund it negates the clause.
		{"Teenage son arrested, charged under new state law", "The teenager is being held without bail and charged under a new state law.", StanceSupports},
		{"No six days of darkness in December", "A story claimed the world would be plunged into six days without light during December.", StanceDiscusses},
		{"Teenage son charged under new state law", "The teenager was released without being charged under the state law.", StanceRefutes},
		// A refuting adjective on a thing the claim does not name calls that thing false, not
		// the claim's story; on an account, on the claim's own thing or as a predicate it
		// refutes; in a claim it tells of a thing ("caught with fake passports").
		{"Lebanon detains wife of al-Baghdadi", "The wife of al-Baghdadi was detained in Lebanon after she was found with a fake passport.", StanceSupports},
		{"Macklemore trolled with #MacklemoreJoinedISIS", "#MacklemoreJoinedISIS: I want to punch whoever trolled Macklemore with this ridiculous trend", StanceSupports},
		{"Lebanon detains wife of al-Baghdadi", "A fake story that Lebanon detained the wife of al-Baghdadi spread.", StanceRefutes},
		{"Lebanon detains wife of al-Baghdadi", "Lebanon detained a fake wife of al-Baghdadi.", StanceRefutes},
		{"Comcast got accountant fired for contesting bogus charges", "Comcast got the accountant fired after he contested the charges.", StanceSupports},
		{"Comcast got accountant fired for contesting bogus charges", "Comcast got the accountant fired after he contested false charges.", StanceSupports},
		{"Comcast got accountant fired for contesting charges", "Comcast got the accountant fired after he contested false charges.", StanceRefutes},
		{"Kim Jong-un's restaurant in Scotland is probably fabricated", "Kim Jong-un plans to open a restaurant in Scotland.", StanceRefutes},
		{"The news of the death is a hoax", "Some news spreads false information of a death.", StanceSupports},
		// "no idea" is a word of knowing: its negation is its own, and a wh-clause after it
		// is taken as given, as after "not known"; "no idea whether" leaves it unknown.
		{"Texas truck winds up in Syria with militants", "He traded that truck three years ago and has no idea how it ended up in Syria.", StanceSupports},
		{"Texas plumber has no idea how truck ended up in Syria", "The plumber has no idea how his truck ended up in Syria.", StanceSupports},
		{"Texas truck winds up in Syria with militants", "He has no idea whether the truck ended up in Syria.", StanceDiscusses},
		{"Texas truck winds up in Syria with militants", "The truck did not end up in Syria.", StanceRefutes},
		{"Texas plumber isn't sure how extremists ended up with his truck", "He has no idea how extremists ended up with his truck.", StanceSupports},
		{"What we know about Kim Yo Jong, who may control North Korea", "Kim Yo Jong's role in North Korea's politics isn't clear.", StanceDiscusses},
		{"Nun gives birth after stomach pains", "The nun had no idea that she was pregnant when she gave birth after stomach pains.", StanceSupports},
		// No evidence, information or reporting of a thing negates the whole clause it
		// opens, however far the claim's words stand: an authority that has nothing to
		// confirm a story refutes it, and agrees with a claim that says no.
		{"ISIS fighters intercepted at the border", "He knows of no reporting coming through DHS suggesting that a large number of ISIS fighters have been intercepted at the border.", StanceRefutes},
		{"Homeland Security: No ISIS fighters on U.S. border", "He knows of no reporting coming through DHS suggesting that a large number of ISIS fighters have been caught at the U.S. border.", StanceSupports},
		// After "no" a noun of power is its own predicate; a refute word followed by "out"
		// is a phrasal verb.
		{"ISIL beheads American photojournalist in Iraq", "His family said the photojournalist's captors have no control over American government policy in Iraq.", StanceSupports},
		{"ISIS does not control Kobani", "ISIS has no control over Kobani.", StanceSupports},
		{"Chugging eggnog at office party lands man in hospital", "At the office party they busted out some eggnog and he ended in hospital.", StanceSupports},
		{"Chugging eggnog at office party lands man in hospital", "The story of the eggnog office party was busted as a hoax.", StanceRefutes},
		// An unofficial or parody account is not the named party's.
		{"Banksy Instagram tribute to Charlie Hebdo victims not posted by artist", "A tribute to the Charlie Hebdo victims posted on an unofficial Banksy Instagram account has been shared 100,000 times.", StanceSupports},
		{"Banksy posts Instagram tribute to Charlie Hebdo victims", "A tribute to the Charlie Hebdo victims posted on an unofficial Banksy Instagram account has been shared 100,000 times.", StanceRefutes},
		{"Banksy posts Instagram tribute to Charlie Hebdo victims", "A tribute to the Charlie Hebdo victims posted on Banksy's Instagram account has been shared 100,000 times.", StanceSupports},
		{"Iraqi health official: Ebola has killed ISIS fighters", "Iraqi health officials are probably not taking the reports seriously, but Ebola among ISIS fighters could kill many.", StanceDiscusses},
		{"DHS chief says terrorists not entering US through Mexico", `The state police said it "does not have any information to confirm" statements about Islamic terrorists entering the US through Mexico.`, StanceSupports},
	}
	for _, tt := range tests {
		if got, conf := StatementStance(tt.claim, tt.text); got != tt.want || conf <= 0 || conf > 1 {
			t.Errorf("StatementStance(%q, %q) = %v, %.2f, want %v", tt.claim, tt.text, got, conf, tt.want)
		}
	}
}

// TestCheckAccounts checks evidence on a document whose statements are given by hand: one
// side's claim supports, its rejection of the other side's version makes that version
// refuting evidence.
func TestCheckAccounts(t *testing.T) {
	text := "ISLAMABAD - Pompeo telephoned Imran Khan.\n\n" +
		"Pakistan rejected the US State Department’s version of the telephone call and claimed that the call was limited to congratulations.\n\n" +
		"Rain fell in Lahore.\n"
	doc := &claims.Document{Name: "a.txt", Text: text}
	span := func(s string) claims.Span {
		i := strings.Index(text, s)
		return claims.Span{Start: i, End: i + len(s)}
	}
	mk := func(speaker, cue string, class claims.CueClass, content string) claims.Claim {
		sp, cs, ct := span(speaker), span(cue), span(content)
		return claims.Claim{
			Doc:     "a.txt",
			Source:  &claims.Source{Span: sp, Text: speaker, Name: speaker},
			Cue:     claims.Cue{Span: cs, Text: cue, Class: class},
			Content: claims.Content{Span: ct, Text: content, Spans: []claims.Span{ct}},
		}
	}
	cs := []claims.Claim{
		mk("Pakistan", "rejected", claims.CueDeny, "the US State Department’s version of the telephone call"),
		mk("Pakistan", "claimed", claims.CueClaim, "the call was limited to congratulations"),
	}
	sc := NewStanceChecker("the phone call was limited to congratulations", CheckOptions{
		Claims: func(*claims.Document) []claims.Claim { return cs },
	})
	r := sc.Check(doc)
	if r.Stance == StanceUnrelated {
		t.Fatalf("Check: unrelated (%v), want related", r.Probs)
	}
	got := map[string]Stance{}
	for _, e := range r.Evidence {
		if e.Text != text[e.Span.Start:e.Span.End] {
			t.Errorf("evidence text %q is not the text at its span %v", e.Text, e.Span)
		}
		if e.Line != 3 {
			t.Errorf("evidence %q on line %d, want 3", e.Text, e.Line)
		}
		if e.Speaker == "Pakistan" && e.Cue == "claimed" || e.Speaker == "US State Department" {
			got[e.Speaker] = e.Stance
		}
	}
	if got["Pakistan"] != StanceSupports || got["US State Department"] != StanceRefutes {
		t.Errorf("evidence stances %v, want Pakistan supports and US State Department refutes; evidence %+v", got, r.Evidence)
	}

	// Without statements, evidence is the sentences themselves.
	r = NewStanceChecker("the phone call was limited to congratulations", CheckOptions{}).Check(doc)
	if len(r.Evidence) != 1 || r.Evidence[0].Speaker != "" || !strings.HasPrefix(r.Evidence[0].Text, "Pakistan rejected") {
		t.Errorf("evidence without statements = %+v, want the one sentence about the call", r.Evidence)
	}
}

// TestCheckReportedAccount checks the other side's claim against the same text: the account
// the text reports without a source ("reportedly discussed") is the version Pakistan
// rejects, so it supports the claim, the rejection and Pakistan's restriction refute it.
func TestCheckReportedAccount(t *testing.T) {
	text := "ISLAMABAD - Pompeo telephoned Prime Minister Imran Khan and reportedly discussed ‘Pakistan-based terrorists’ issue with him. " +
		"Pakistan immediately rejected the US State Department’s version of the telephonic conversation and claimed that it was limited to congratulations to Imran Khan by Pompeo and usual pledges to improve ties.\n"
	doc, err := claims.NewDocument("a.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	sc := NewStanceChecker("Pompeo discussed Pakistan-based terrorists with Imran Khan", CheckOptions{Claims: claims.Extract})
	r := sc.Check(doc)
	got := map[string]Stance{}
	for _, e := range r.Evidence {
		key := e.Speaker + " " + e.Cue
		got[key] = e.Stance
	}
	want := map[string]Stance{
		" reportedly":                   StanceSupports,
		"US State Department version":   StanceSupports,
		"Pakistan immediately rejected": StanceRefutes,
		"Pakistan claimed":              StanceRefutes,
	}
	for k, w := range want {
		if got[k] != w {
			t.Errorf("evidence %q: %v, want %v (all: %v)", k, got[k], w, got)
		}
	}
}

// TestCheckAccountTold checks that a denied account is shown in the words the document tells
// it in: its holder's statement near the denial, or the report just before it that gives no
// source; an account told nowhere near keeps the denial's words.
func TestCheckAccountTold(t *testing.T) {
	tests := []struct{ name, text, want string }{
		{"holder's statement",
			"LAHORE - The two ministers spoke by phone on Monday.\n\n" +
				"The Foreign Office rejected the Embassy's version of the phone call and said that the call was limited to congratulations on the new government.\n\n" +
				"The Embassy said the ministers had discussed border security and trade.\n",
			"the ministers had discussed border security and trade"},
		{"report without a source",
			"ISLAMABAD - Pompeo telephoned Prime Minister Imran Khan and reportedly discussed ‘Pakistan-based terrorists’ issue with him. " +
				"Pakistan immediately rejected the US State Department’s version of the telephonic conversation and claimed that it was limited to congratulations to Imran Khan by Pompeo.\n",
			"discussed ‘Pakistan-based terrorists’ issue with him"},
		{"told nowhere near",
			"LAHORE - The two ministers spoke by phone on Monday.\n\n" +
				"The Foreign Office rejected the Embassy's version of the phone call and said that the call was limited to congratulations on the new government.\n",
			"the Embassy's version of the phone call"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := claims.NewDocument("a.txt", []byte(tt.text))
			if err != nil {
				t.Fatal(err)
			}
			r := NewStanceChecker("the phone call was limited to congratulations", CheckOptions{Claims: claims.Extract}).Check(doc)
			acc := accountIn(r)
			if acc == nil {
				t.Fatalf("no account in the evidence %+v", r.Evidence)
			}
			if acc.Text != tt.want || acc.Text != tt.text[acc.Span.Start:acc.Span.End] || acc.Stance != StanceRefutes {
				t.Errorf("account %q (span %v, %v), want %q refuting", acc.Text, acc.Span, acc.Stance, tt.want)
			}
			if line := 1 + strings.Count(tt.text[:acc.Span.Start], "\n"); acc.Line != line {
				t.Errorf("account on line %d, want %d", acc.Line, line)
			}
		})
	}
}

// accountIn returns the last account among r's evidence, or nil.
func accountIn(r StanceResult) *StanceEvidence {
	var acc *StanceEvidence
	for i := range r.Evidence {
		if r.Evidence[i].account {
			acc = &r.Evidence[i]
		}
	}
	return acc
}

// TestCheckAccountToldOnce: when the holder's statement that holds most of the claim is in
// the evidence already, the account keeps the denial's words rather than another statement
// of the holder's near the denial that holds less of it: Hunter's answer to how he knew
// ("“Because I’ve asked the Border Patrol, Greta.”") is no account of fighters caught.
func TestCheckAccountToldOnce(t *testing.T) {
	text := "WASHINGTON - Rep. Duncan Hunter spoke on Fox News on Tuesday.\n\n" +
		"“At least 10 ISIS fighters have been caught coming across the Mexican border in Texas,” Hunter said.\n\n" +
		"When asked by host Greta Van Susteren how he knows this, Hunter said, “Because I’ve asked the Border Patrol, Greta.”\n\n" +
		"The Department of Homeland Security disputed Hunter’s claim that ISIS fighters were caught at the border.\n"
	doc := &claims.Document{Name: "a.txt", Text: text}
	r := NewStanceChecker("At least 10 ISIS fighters have been caught crossing the Mexican border", CheckOptions{Claims: claims.Extract}).Check(doc)
	acc := accountIn(r)
	if acc == nil {
		t.Fatalf("no account in the evidence %+v", r.Evidence)
	}
	if acc.Line != 7 || !strings.Contains(acc.Text, "Hunter’s claim") {
		t.Errorf("account of %q: %q on line %d, want Hunter's in the denial's words on line 7; evidence %+v", acc.Speaker, acc.Text, acc.Line, r.Evidence)
	}
}

// TestCheckDeniedSpeaker checks that a denial of what a speaker in the evidence says ("Ned
// Price rejected Khan's claims") joins the evidence against that speaker's side, with the
// extractor's statements.
func TestCheckDeniedSpeaker(t *testing.T) {
	text := "ISLAMABAD - Pakistan and the US held talks in Washington.\n\n" +
		"Former prime minister Imran Khan claimed that Washington conspired with opposition leaders to topple his government.\n\n" +
		"US State Department spokesman Ned Price rejected Khan's claims as speculation and lies.\n"
	doc := &claims.Document{Name: "a.txt", Text: text}
	sc := NewStanceChecker("Washington conspired to topple Imran Khan's government", CheckOptions{Claims: claims.Extract})
	r := sc.Check(doc)
	if r.Stance == StanceUnrelated {
		t.Fatalf("Check: unrelated (%v), want related", r.Probs)
	}
	got := speakerStances(r.Evidence)
	if got["Imran Khan"] != StanceSupports || got["Ned Price"] != StanceRefutes {
		t.Errorf("evidence stances %v, want Imran Khan supports and Ned Price refutes; evidence %+v", got, r.Evidence)
	}
}

// TestCheckRejectedClaim: "rejected the claim" right after an allegation in the evidence
// stands against its maker, as "rejected Masters' claim" would.
func TestCheckRejectedClaim(t *testing.T) {
	text := "PHOENIX - Senate candidate Blake Masters alleged that thousands of ballots had been switched by faulty voting machines in Maricopa County.\n\n" +
		"County Recorder Stephen Richer rejected the claim.\n"
	doc := &claims.Document{Name: "a.txt", Text: text}
	r := NewStanceChecker("thousands of votes were switched by faulty voting machines", CheckOptions{Claims: claims.Extract}).Check(doc)
	got := speakerStances(r.Evidence)
	if got["Blake Masters"] != StanceSupports || got["County Recorder Stephen Richer"] != StanceRefutes {
		t.Errorf("evidence stances %v, want Blake Masters supports and Stephen Richer refutes; evidence %+v", got, r.Evidence)
	}
}

// TestCheckDenialInContent: a statement whose content calls the claim untrue ("said rumours
// that ... were not true") refutes it once, not twice: the extractor takes the statement as a
// denial for those words, and they already give its content's stance.
func TestCheckDenialInContent(t *testing.T) {
	text := "SPRINGFIELD - A video of a moose in a shopping centre spread online this week.\n\n" +
		"Park ranger Dana Holt said rumours that a moose wandered into the Springfield shopping centre were not true.\n"
	doc := &claims.Document{Name: "a.txt", Text: text}
	r := NewStanceChecker("A moose wandered into the Springfield shopping centre", CheckOptions{Claims: claims.Extract}).Check(doc)
	if got := speakerStances(r.Evidence); got["Dana Holt"] != StanceRefutes {
		t.Errorf("evidence stances %v, want Dana Holt refutes; evidence %+v", got, r.Evidence)
	}
}

// TestCheckDeniedReport: denying a report of the claim ("denied reports that ...") refutes
// the claim, though the report alone only discusses it.
func TestCheckDeniedReport(t *testing.T) {
	text := "OSLO - The ferry company spoke on Tuesday.\n\n" +
		"The ferry company denied reports that it had cancelled all winter crossings to the islands.\n"
	doc := &claims.Document{Name: "a.txt", Text: text}
	r := NewStanceChecker("Ferry company cancels all winter crossings to the islands", CheckOptions{Claims: claims.Extract}).Check(doc)
	if got := speakerStances(r.Evidence); got["ferry company"] != StanceRefutes && got["The ferry company"] != StanceRefutes {
		t.Errorf("evidence stances %v, want the ferry company refutes; evidence %+v", got, r.Evidence)
	}
}

func TestCallsUntrue(t *testing.T) {
	tests := map[string]bool{
		"the reports were false":                           true,
		"the claims are untrue, and misleading":            true,
		"the story is “categorically false”":               true,
		"it is not true":                                   true,
		"the suggestion is false and not supported":        true,
		"they carried false identity papers":               false,
		"a lesser journalist was fired for a false report": false,
		"the figures were checked":                         false,
	}
	for text, want := range tests {
		if got := callsUntrue(text); got != want {
			t.Errorf("callsUntrue(%q) = %v, want %v", text, got, want)
		}
	}
}

// speakerStances returns the stance of each speaker's own evidence (accounts aside).
func speakerStances(ev []StanceEvidence) map[string]Stance {
	got := map[string]Stance{}
	for _, e := range ev {
		if !e.account {
			got[e.Speaker] = e.Stance
		}
	}
	return got
}

func TestAccountHolder(t *testing.T) {
	tests := map[string][2]string{
		"the US State Department’s version of the call": {"US State Department", "version"},
		"Khan's claims as speculation":                  {"Khan", "claims"},
		"the version of the call":                       {"", ""},
		"Pakistan's foreign policy":                     {"", ""},
	}
	for in, want := range tests {
		if h, n := accountHolder(in); h != want[0] || n != want[1] {
			t.Errorf("accountHolder(%q) = %q, %q, want %q, %q", in, h, n, want[0], want[1])
		}
	}
}

func TestHolderIn(t *testing.T) {
	names := []string{"Imran Khan", "State Department"}
	for h, want := range map[string]string{"Khan": "Imran Khan", "Imran Khan": "Imran Khan", "US State Department": "State Department", "Khanh": "", "": ""} {
		if got := holderIn(names, h); got != want {
			t.Errorf("holderIn(%q) = %q, want %q", h, got, want)
		}
	}
}

// fnc1Dir returns ../shared/fnc1 from the repository root, or skips.
func fnc1Dir(tb testing.TB) string {
	dir := filepath.Join("..", "..", "shared", "fnc1")
	if _, err := os.Stat(filepath.Join(dir, "train_stances.csv")); err != nil {
		tb.Skip("no FNC-1 data in ../shared/fnc1")
	}
	return dir
}

func readFNC1(tb testing.TB) []FNC1Pair {
	dir := fnc1Dir(tb)
	bf, err := os.Open(filepath.Join(dir, "train_bodies.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer bf.Close()
	sf, err := os.Open(filepath.Join(dir, "train_stances.csv"))
	if err != nil {
		tb.Fatal(err)
	}
	defer sf.Close()
	pairs, err := ReadFNC1(bf, sf)
	if err != nil {
		tb.Fatal(err)
	}
	return pairs
}

// TestFNC1Dev scores the train-side model on a sample of the claim-disjoint dev split and
// asserts a floor well below the measured figures (README): it catches a broken model or
// feature code, not a point of accuracy.
func TestFNC1Dev(t *testing.T) {
	pairs := readFNC1(t)
	dev := FNC1Dev(pairs)
	var sample []FNC1Pair
	for i, p := range pairs {
		if dev[i] && len(sample) < 2000 && i%3 == 0 {
			sample = append(sample, p)
		}
	}
	gold := make([]Stance, len(sample))
	for i, p := range sample {
		gold[i] = p.Stance
	}
	s, err := ScoreFNC1(gold, PredictFNC1(sample, FNC1TrainSide, 0))
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("dev sample:\n%s", s)
	if s.Score < 75 || s.F1[StanceUnrelated] < 0.95 || s.MacroF1 < 0.5 {
		t.Errorf("dev sample: score %.2f, unrelated F1 %.3f, macro-F1 %.3f; want >= 75, 0.95, 0.5",
			s.Score, s.F1[StanceUnrelated], s.MacroF1)
	}
}

// TestFNC1HardUnrelated measures how often an article on another story that shares most
// words with a claim is taken as related: each dev headline against the body of another dev
// story that holds most of its content words, judged alone by the train-side model (go test
// -run FNC1HardUnrelated -v ./compare prints it). FNC-1's own unrelated pairs are random
// bodies, so they do not show this; the related stage learns it from such pairs of the train
// side (trainstance -hard). The ceiling is below the shares before it did: 53% at 0.2, 31%
// at 0.5.
func TestFNC1HardUnrelated(t *testing.T) {
	all := readFNC1(t)
	dev := FNC1Dev(all)
	var ps []stance.Pair
	var idx []int
	for i, p := range all {
		if dev[i] {
			ps = append(ps, stance.Pair{Headline: p.Claim, BodyID: p.BodyID, Label: toLabel(p.Stance)})
			idx = append(idx, i)
		}
	}
	stories := stance.Stories(ps)
	headStory, bodyStory, bodyText := map[string]string{}, map[string]string{}, map[string]string{}
	for k, i := range idx {
		p := all[i]
		headStory[p.Claim] = stories[k]
		if p.Stance != StanceUnrelated {
			bodyStory[p.BodyID], bodyText[p.BodyID] = stories[k], p.Text
		}
	}
	bodies := slices.Sorted(maps.Keys(bodyText))
	texts := make([]*stance.Text, len(bodies))
	for i, b := range bodies {
		texts[i] = stance.NewText(bodyText[b])
	}
	m := trainSideModel()
	n, atModel, atDefault, atHalf := 0, 0, 0, 0
	for _, h := range slices.Sorted(maps.Keys(headStory)) {
		c := stance.NewClaim(h)
		best, bestCov := -1, -1.0
		for i, b := range bodies {
			if bodyStory[b] == headStory[h] {
				continue
			}
			if cov := stance.Coverage(c, texts[i]); cov > bestCov {
				best, bestCov = i, cov
			}
		}
		if best < 0 {
			continue
		}
		x, _ := stance.Features(c, texts[best], nil)
		related := 1 - m.Predict(x)[stance.Unrelated]
		n++
		if related >= m.Threshold {
			atModel++
		}
		if related >= DefaultMinRelated {
			atDefault++
		}
		if related >= 0.5 {
			atHalf++
		}
	}
	share := func(k int) float64 { return float64(k) / float64(max(n, 1)) }
	t.Logf("%d dev headlines, each against the other-story body sharing most words: judged related %.1f%% at the model's threshold %.2f, %.1f%% at %.1f, %.1f%% at 0.5",
		n, 100*share(atModel), m.Threshold, 100*share(atDefault), DefaultMinRelated, 100*share(atHalf))
	if n < 100 || share(atDefault) > 0.3 {
		t.Errorf("%d headlines, %.1f%% judged related at %.1f; want at most 30%%", n, 100*share(atDefault), DefaultMinRelated)
	}
}

func TestScoreFNC1(t *testing.T) {
	gold := []Stance{StanceSupports, StanceRefutes, StanceUnrelated}
	s, err := ScoreFNC1(gold, []Stance{StanceSupports, StanceDiscusses, StanceUnrelated})
	if err != nil {
		t.Fatal(err)
	}
	if s.Raw != 1.5 || s.Max != 2.25 || s.Confusion[StanceRefutes][StanceDiscusses] != 1 {
		t.Errorf("ScoreFNC1 = %+v, want 1.5 of 2.25 and refutes taken for discusses once", s)
	}
	if _, err := ScoreFNC1(gold, nil); err == nil {
		t.Error("ScoreFNC1 with lengths that differ: no error")
	}
}

// TestMinRelated: an article whose probability of being related lies between the model's
// FNC-1 threshold and DefaultMinRelated is unrelated by default and related at the FNC-1
// threshold; StanceOf decides as the default checker does.
func TestMinRelated(t *testing.T) {
	const claim = "Banksy arrested in London, identity revealed"
	doc := &claims.Document{Name: "rain", Text: "Heavy rain fell across the south of England on Monday. Trains were delayed and several roads were closed in London. Forecasters expect more storms this week, and the Environment Agency issued flood warnings for the Thames valley. Farmers in Kent said their fields were under water."}
	def := NewStanceChecker(claim, CheckOptions{}).Check(doc)
	if p := 1 - def.Probs[StanceUnrelated]; p < FNC1MinRelated() || p >= DefaultMinRelated {
		t.Fatalf("probability of related %.3f, not between %v and %v: the test needs another text", p, FNC1MinRelated(), DefaultMinRelated)
	}
	if def.Stance != StanceUnrelated || len(def.Evidence) != 0 {
		t.Errorf("default: %v with %d evidence, want unrelated with none", def.Stance, len(def.Evidence))
	}
	if s, conf := StanceOf(claim, doc.Text); s != def.Stance || conf != def.Confidence {
		t.Errorf("StanceOf = %v %v, want the default checker's %v %v", s, conf, def.Stance, def.Confidence)
	}
	fnc := NewStanceChecker(claim, CheckOptions{MinRelated: FNC1MinRelated()}).Check(doc)
	if fnc.Stance == StanceUnrelated || fnc.Probs != def.Probs {
		t.Errorf("at the FNC-1 threshold: %v %v, want related with the same probabilities %v", fnc.Stance, fnc.Probs, def.Probs)
	}
	// No sentence holds 30% of the claim; the one that holds most ("London") is still shown,
	// with its own stance.
	if ev := fnc.Evidence; len(ev) != 1 || ev[0].Text != "Trains were delayed and several roads were closed in London." || ev[0].Stance != StanceUnrelated {
		t.Errorf("at the FNC-1 threshold: evidence %+v, want the sentence naming London, unrelated on its own", ev)
	}
	pairs := []FNC1Pair{{Claim: claim, BodyID: "1", Text: doc.Text}}
	if got := PredictFNC1(pairs, FNC1Shipped, 0); got[0] != fnc.Stance {
		t.Errorf("PredictFNC1 at the model's threshold = %v, want %v", got[0], fnc.Stance)
	}
	if got := PredictFNC1(pairs, FNC1Shipped, DefaultMinRelated); got[0] != StanceUnrelated {
		t.Errorf("PredictFNC1 at %v = %v, want unrelated", DefaultMinRelated, got[0])
	}
}

// TestBootstrapFNC1: two stories, one predicted right and one wrong, give intervals from the
// wrong story's score alone to the right one's; stories tie a headline's pairs and a body's
// pairs together; bad arguments are errors.
func TestBootstrapFNC1(t *testing.T) {
	pairs := []FNC1Pair{
		{Claim: "A", BodyID: "1", Stance: StanceSupports},
		{Claim: "A", BodyID: "2", Stance: StanceRefutes},
		{Claim: "B", BodyID: "2", Stance: StanceDiscusses}, // joins story A through body 2
		{Claim: "C", BodyID: "3", Stance: StanceSupports},
		{Claim: "C", BodyID: "1", Stance: StanceUnrelated}, // goes with its headline, C
	}
	pred := []Stance{StanceSupports, StanceRefutes, StanceDiscusses, StanceRefutes, StanceSupports}
	iv, err := BootstrapFNC1(pairs, pred, 200)
	if err != nil {
		t.Fatal(err)
	}
	// Story C alone: supports taken for refutes (0.25 of 1), unrelated taken for supports
	// (0 of 0.25): 20%. Story A alone: all right, 100%.
	if iv.Stories != 2 || iv.Resamples != 200 || math.Abs(iv.Score.Lo-20) > 1e-9 || iv.Score.Hi != 100 {
		t.Errorf("BootstrapFNC1 = %+v, want 2 stories, 200 resamples, score from 20 to 100", iv)
	}
	if iv.F1[StanceDiscusses] != (FNC1Interval{0, 1}) {
		t.Errorf("discusses F1 %+v, want 0 (story C drawn twice: no discusses) to 1 (story A: right)", iv.F1[StanceDiscusses])
	}
	if !strings.Contains(iv.String(), "90% intervals over 200 resamples of the 2 stories:\nFNC-1 score    20.00 to 100.00\n") {
		t.Errorf("FNC1Intervals.String() = %q", iv.String())
	}
	if _, err := BootstrapFNC1(pairs, pred[:2], 10); err == nil {
		t.Error("BootstrapFNC1 with lengths that differ: no error")
	}
	if _, err := BootstrapFNC1(pairs, pred, 0); err == nil {
		t.Error("BootstrapFNC1 with no resamples: no error")
	}
}

// BenchmarkStanceOf measures claim-text pairs per second on FNC-1 pairs (each pair prepares
// its claim and its text afresh, as StanceOf does): the first 2,000 of FNC-1 train, 1,474
// of them unrelated, whose texts the model judges without extracting their attributions.
func BenchmarkStanceOf(b *testing.B) {
	benchStanceOf(b, readFNC1(b)[:2000])
}

// BenchmarkStanceOfRelated is BenchmarkStanceOf on the first 2,000 related pairs of FNC-1
// train, each of whose texts has its attributions extracted.
func BenchmarkStanceOfRelated(b *testing.B) {
	var pairs []FNC1Pair
	for _, p := range readFNC1(b) {
		if p.Stance != StanceUnrelated && len(pairs) < 2000 {
			pairs = append(pairs, p)
		}
	}
	benchStanceOf(b, pairs)
}

func benchStanceOf(b *testing.B, pairs []FNC1Pair) {
	var bytes int64
	for _, p := range pairs {
		bytes += int64(len(p.Claim) + len(p.Text))
	}
	b.SetBytes(bytes / int64(len(pairs)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		p := pairs[n%len(pairs)]
		StanceOf(p.Claim, p.Text)
		n++
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
}

// BenchmarkPredictFNC1 measures pairs per second in batch, as eval fnc1 and check --pairs
// judge them: the dev split's pairs, each distinct body and claim prepared once, the pairs on
// a body judged together.
func BenchmarkPredictFNC1(b *testing.B) {
	all := readFNC1(b)
	dev := FNC1Dev(all)
	var pairs []FNC1Pair
	var bytes int64 // of the distinct bodies and claims
	seen := map[string]bool{}
	for i, p := range all {
		if !dev[i] {
			continue
		}
		pairs = append(pairs, p)
		for _, s := range []string{p.Claim, p.Text} {
			if !seen[s] {
				seen[s] = true
				bytes += int64(len(s))
			}
		}
	}
	b.SetBytes(bytes)
	n := 0
	for b.Loop() {
		PredictFNC1(pairs, FNC1Shipped, 0)
		n += len(pairs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "pairs/s")
}

// FuzzCheck: any claim and text give a stance with a probability, and evidence whose spans
// lie in the text and hold their text.
func FuzzCheck(f *testing.F) {
	f.Add("the phone call was limited to congratulations", "Pakistan said the call was limited to congratulations.\n\nThe US denied it.")
	f.Add("", "")
	f.Add("not a hoax?", "It isn’t a hoax… No! “Fake,” they said.\r\nNever.")
	f.Add("1,200 dead", "\xff\xfe 1,200. 3.5 n't '")
	f.Add("the dam would not hold", strings.Repeat("rain fell and ", 50)+"the dam would not hold and "+strings.Repeat("é", 700)+" they said")
	f.Fuzz(func(t *testing.T, claim, text string) {
		doc := &claims.Document{Name: "f.txt", Text: text}
		r := NewStanceChecker(claim, CheckOptions{Claims: claims.Extract}).Check(doc)
		if r.Stance < StanceUnrelated || r.Stance > StanceDiscusses || r.Confidence < 0 || r.Confidence > 1 {
			t.Fatalf("Check(%q, %q) = %v with confidence %v", claim, text, r.Stance, r.Confidence)
		}
		for _, e := range r.Evidence {
			if !e.Span.In(len(text)) || text[e.Span.Start:e.Span.End] != e.Text || e.Line < 1 {
				t.Fatalf("Check(%q, %q): evidence %+v outside the text", claim, text, e)
			}
			if len(e.Text) > MaxEvidenceBytes || e.Whole != (claims.Span{}) && (!e.Whole.In(len(text)) || e.Span.Start < e.Whole.Start || e.Span.End > e.Whole.End) {
				t.Fatalf("Check(%q, %q): evidence %+v longer than %d bytes or outside its whole", claim, text, e, MaxEvidenceBytes)
			}
			if e.Stance < StanceUnrelated || e.Stance > StanceDiscusses {
				t.Fatalf("Check(%q, %q): evidence stance %v", claim, text, e.Stance)
			}
			if c := e.Statement; c != nil && (c.Cue.Text != e.Cue || e.Span.Start < c.Content.Start || e.Span.End > c.Content.End) {
				t.Fatalf("Check(%q, %q): evidence %+v is not its statement's content", claim, text, e)
			}
		}
	})
}

// TestCheckPairs: pairs alone on their text are judged as Check judges them; pairs sharing a
// text get the model's probabilities mixed by stance.Joint, in input order.
func TestCheckPairs(t *testing.T) {
	const debunk = "A video of a bird pooping on Vladimir Putin during a speech went viral. " +
		"It is a hoax: the clip was edited, and other footage of the speech shows no stain at all. " +
		"Pictures from before and after the speech show nothing either, so the story is fake."
	cs := []string{
		"Bird poops on Vladimir Putin during speech",
		"No, a bird didn't poop on Vladimir Putin",
		"Banksy arrested in London",
		"Video shows bird pooping on Putin's shoulder during a speech",
	}
	docs := []*claims.Document{
		{Name: "a", Text: debunk},
		{Name: "b", Text: debunk},
		{Name: "c", Text: "Graffiti artist Banksy was arrested in London on Monday, police said."},
		{Name: "d", Text: debunk},
	}
	opts := CheckOptions{Claims: claims.Extract}
	got, err := CheckPairs(cs, docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	m := stanceModel()
	var alone [][stance.NumLabels]float64
	var related, debunks []bool
	for i, c := range cs {
		cl := stance.NewClaim(c)
		x, _ := stance.Features(cl, stance.NewText(docs[i].Text), nil)
		p := m.Predict(x)
		alone = append(alone, p)
		related = append(related, m.Decide(p) != stance.Unrelated)
		debunks = append(debunks, cl.Debunks())
	}
	want := stance.Joint(alone, []string{"x", "x", "y", "x"}, related, debunks, m.Joint)
	for i, r := range got {
		if r.Doc != docs[i].Name {
			t.Errorf("result %d is for %s, want %s", i, r.Doc, docs[i].Name)
		}
		wantStance, wantProbs := decideAt(m, want[i], DefaultMinRelated)
		if r.Stance != wantStance || r.Probs != wantProbs {
			t.Errorf("%s: %v %v, want %v %v", r.Doc, r.Stance, r.Probs, wantStance, wantProbs)
		}
		if single := NewStanceChecker(cs[i], opts).Check(docs[i]); i == 2 && (single.Stance != r.Stance || single.Probs != r.Probs) {
			t.Errorf("%s alone on its text: %v %v, want as Check: %v %v", r.Doc, r.Stance, r.Probs, single.Stance, single.Probs)
		}
		if (r.Stance == StanceUnrelated) != (len(r.Evidence) == 0) {
			t.Errorf("%s: %v with %d evidence", r.Doc, r.Stance, len(r.Evidence))
		}
	}
	if m.Joint > 0 && related[0] && related[1] && got[0].Probs == NewStanceChecker(cs[0], opts).Check(docs[0]).Probs {
		t.Errorf("pairs on one text: probabilities %v as if judged alone", got[0].Probs)
	}
	if _, err := CheckPairs(cs, docs[:1], opts); err == nil {
		t.Error("CheckPairs with 4 claims and 1 document: no error")
	}
}

// FuzzCheckPairs: two claims against one text and a third against another give, in order,
// stances with probabilities in [0, 1] that sum to at most 1, and evidence inside the texts.
func FuzzCheckPairs(f *testing.F) {
	f.Add("Bird poops on Putin", "No, a bird didn't poop on Putin", "A bird pooped on Putin. It is a hoax: the clip was edited.", "")
	f.Add("", "", "", "")
	f.Add("hoax hoax", "not not", "Hoax. Not. “Fake.”\r\n", "\xff")
	f.Fuzz(func(t *testing.T, c1, c2, text, other string) {
		cs := []string{c1, c2, c1}
		docs := []*claims.Document{{Name: "a", Text: text}, {Name: "b", Text: text}, {Name: "c", Text: other}}
		rs, err := CheckPairs(cs, docs, CheckOptions{Claims: claims.Extract})
		if err != nil || len(rs) != 3 {
			t.Fatalf("CheckPairs: %d results, %v", len(rs), err)
		}
		for i, r := range rs {
			if r.Doc != docs[i].Name {
				t.Fatalf("result %d for %s, want %s", i, r.Doc, docs[i].Name)
			}
			sum := 0.0
			for _, p := range r.Probs {
				if p < 0 || p > 1 || p != p {
					t.Fatalf("CheckPairs(%q, %q): probabilities %v", cs[i], docs[i].Text, r.Probs)
				}
				sum += p
			}
			if sum > 1+1e-9 || r.Confidence != r.Probs[r.Stance] {
				t.Fatalf("CheckPairs(%q, %q): probabilities %v sum to %v, confidence %v", cs[i], docs[i].Text, r.Probs, sum, r.Confidence)
			}
			for _, e := range r.Evidence {
				if !e.Span.In(len(docs[i].Text)) || docs[i].Text[e.Span.Start:e.Span.End] != e.Text {
					t.Fatalf("CheckPairs(%q, %q): evidence %+v outside the text", cs[i], docs[i].Text, e)
				}
			}
		}
	})
}

// TestEvidenceRefutingFollower: a sentence that refutes in the text's own voice right after
// an evidence sentence is evidence too, refuting a claim that states the story and supporting
// one that debunks it; a speaker's denial there is left to the statements.
func TestEvidenceRefutingFollower(t *testing.T) {
	doc := &claims.Document{Name: "a", Text: "A video of a bird pooping on Vladimir Putin during a speech went viral. " +
		"It is a hoax: the clip was edited.\n\nThe weather was fine."}
	const hoax = "It is a hoax: the clip was edited."
	for claim, want := range map[string]Stance{
		"Bird poops on Vladimir Putin during speech": StanceRefutes,
		"No, a bird didn't poop on Vladimir Putin":   StanceSupports,
	} {
		r := NewStanceChecker(claim, CheckOptions{Claims: claims.Extract, MaxEvidence: 1}).Check(doc)
		if r.Stance == StanceUnrelated {
			t.Fatalf("%q: unrelated", claim)
		}
		var found *StanceEvidence
		for i, e := range r.Evidence {
			if e.Text == hoax {
				found = &r.Evidence[i]
			}
		}
		if found == nil || found.Stance != want || found.Speaker != "" || found.Line != 1 {
			t.Errorf("%q: evidence %+v, want %q as %v", claim, r.Evidence, hoax, want)
		}
	}
	// The follower does not count against MaxEvidence.
	doc.Text = "A video of a bird pooping on Vladimir Putin during a speech went viral. It is a hoax.\n\n" +
		"The bird that pooped on Putin during the speech was edited in."
	r := NewStanceChecker("Bird poops on Vladimir Putin during speech", CheckOptions{MaxEvidence: 2}).Check(doc)
	if r.Stance != StanceUnrelated && (len(r.Evidence) != 3 || r.Evidence[1].Text != "It is a hoax.") {
		t.Errorf("MaxEvidence 2: evidence %+v, want two covering sentences and the follower of the first", r.Evidence)
	}
	// Questions and hedged sentences do not count; nor does a sentence far from the evidence.
	doc.Text = "A video of a bird pooping on Vladimir Putin during a speech went viral. Is it a hoax?\n\nIt is a hoax."
	r = NewStanceChecker("Bird poops on Vladimir Putin during speech", CheckOptions{MaxEvidence: 1}).Check(doc)
	if len(r.Evidence) != 1 {
		t.Errorf("evidence %+v, want the first sentence only", r.Evidence)
	}
	// A speaker whose words refute there is the follower's speaker.
	doc.Text = "A video of a bird pooping on Vladimir Putin during a speech went viral. “It is a hoax,” the Kremlin spokesman Pavel Orlov said."
	r = NewStanceChecker("Bird poops on Vladimir Putin during speech", CheckOptions{Claims: claims.Extract, MaxEvidence: 1}).Check(doc)
	if len(r.Evidence) != 2 || r.Evidence[1].Speaker != "Pavel Orlov" || r.Evidence[1].Stance != StanceRefutes {
		t.Errorf("evidence %+v, want the follower refuting, said by Pavel Orlov", r.Evidence)
	}
	// A doubt denied and a thing lying somewhere do not count either.
	for _, next := range []string{"There is little doubt that the speech will be remembered.", "A microphone was lying on the floor."} {
		doc.Text = "A video of a bird pooping on Vladimir Putin during a speech went viral. " + next
		r = NewStanceChecker("Bird poops on Vladimir Putin during speech", CheckOptions{MaxEvidence: 1}).Check(doc)
		if len(r.Evidence) != 1 {
			t.Errorf("%q: evidence %+v, want the first sentence only", next, r.Evidence)
		}
	}
}

// TestEvidenceExplainsRefutes: a text judged to refute a stating claim, with no refuting item
// among its best sentences, gets the refuting sentence that holds most of the claim's words;
// not when judged otherwise, nor for a debunking claim.
func TestEvidenceExplainsRefutes(t *testing.T) {
	doc := &claims.Document{Name: "a", Text: "A video of a bird pooping on Vladimir Putin during a speech went viral on Monday.\n\n" +
		"Millions of people shared the clip on social media within hours.\n\nBut the clip of Putin is a hoax.\n\nA hoax, again."}
	const hoax = "But the clip of Putin is a hoax."
	tx := stance.NewText(doc.Text)
	evidence := func(claim string, st Stance) []StanceEvidence {
		sc := NewStanceChecker(claim, CheckOptions{MaxEvidence: 1})
		_, covs := stance.Features(sc.claim, tx, nil)
		return sc.evidence(doc, tx, covs, st)
	}
	ev := evidence("Bird poops on Vladimir Putin during speech", StanceRefutes)
	if len(ev) != 2 || ev[1].Text != hoax || ev[1].Stance != StanceRefutes || ev[1].Line != 5 {
		t.Errorf("judged refuting: evidence %+v, want the first sentence, then %q refuting", ev, hoax)
	}
	for _, tc := range []struct {
		claim string
		st    Stance
	}{
		{"Bird poops on Vladimir Putin during speech", StanceDiscusses},
		{"Bird poops on Vladimir Putin during speech", StanceSupports},
		{"No, a bird did not poop on Vladimir Putin during a speech", StanceRefutes},
	} {
		if ev := evidence(tc.claim, tc.st); len(ev) != 1 {
			t.Errorf("%q judged %v: evidence %+v, want the first sentence only", tc.claim, tc.st, ev)
		}
	}
}

// TestFNC1RefutingEvidence measures how often a refutes judgement shows a refuting item in
// its evidence, on a third of the related pairs of the train side (go test -run
// FNC1RefutingEvidence -v ./compare prints it), and asserts a floor below the measured share.
func TestFNC1RefutingEvidence(t *testing.T) {
	all := readFNC1(t)
	dev := FNC1Dev(all)
	var cs []string
	var docs []*claims.Document
	k := 0
	for i, p := range all {
		if dev[i] || p.Stance == StanceUnrelated {
			continue
		}
		if k++; k%3 == 0 {
			cs = append(cs, p.Claim)
			docs = append(docs, &claims.Document{Name: p.BodyID, Text: p.Text})
		}
	}
	rs, err := CheckPairs(cs, docs, CheckOptions{Claims: claims.Extract})
	if err != nil {
		t.Fatal(err)
	}
	n, shown := 0, 0
	for _, r := range rs {
		if r.Stance != StanceRefutes {
			continue
		}
		n++
		for _, e := range r.Evidence {
			if e.Stance == StanceRefutes {
				shown++
				break
			}
		}
	}
	share := float64(shown) / float64(n)
	t.Logf("%d of %d refutes judgements (%.1f%%) show a refuting item", shown, n, 100*share)
	if n < 100 || share < 0.65 {
		t.Errorf("%d of %d refutes judgements show a refuting item, want at least 65%%", shown, n)
	}
}

// TestStanceModelsMatchFeatures checks that the embedded stance models were fitted on the
// features this code computes: the fingerprint of the features of the first FNC-1 pair of
// each body and of each headline ([stance.FingerprintPairs]), recorded at fitting time, must
// equal the one computed now. The features read the extractor's attributions, so a change
// there (or to the features) that changes what the models see fails here until `make
// train-stance` fits them again. Needs ../shared/fnc1.
func TestStanceModelsMatchFeatures(t *testing.T) {
	var ps []stance.Pair
	for _, p := range readFNC1(t) {
		ps = append(ps, stance.Pair{Headline: p.Claim, BodyID: p.BodyID, Body: p.Text})
	}
	idx := stance.FingerprintPairs(ps)
	x := make([][]float64, len(idx))
	for k, i := range idx {
		x[k], _ = stance.Features(stance.NewClaim(ps[i].Headline), stance.NewText(ps[i].Body), nil)
	}
	now := stance.Fingerprint(x)
	for name, m := range map[string]*stance.Model{"stance_model.json": stanceModel(), "stance_model_trainside.json": trainSideModel()} {
		if m.DataSHA256 != now {
			t.Errorf("%s was fitted on features with fingerprint %q over %d FNC-1 pairs, the first of each body and of each headline; the code now computes %q: the extractor or the features changed, so fit the models again (make train-stance) and commit them", name, m.DataSHA256, len(idx), now)
		}
	}
}

// TestCheckOtherStory checks that an article on the same place about something else is
// unrelated at check's default threshold: floods that closed roads in London say nothing of
// Banksy's arrest there.
func TestCheckOtherStory(t *testing.T) {
	data, err := os.ReadFile("../testdata/check/floods.txt")
	if err != nil {
		t.Fatal(err)
	}
	r := NewStanceChecker("Banksy arrested in London, identity revealed", CheckOptions{}).Check(&claims.Document{Name: "floods.txt", Text: string(data)})
	if r.Stance != StanceUnrelated {
		t.Errorf("floods.txt: %v (%v), want unrelated at the default threshold %.1f", r.Stance, r.Probs, DefaultMinRelated)
	}
}

// TestEvalFNC1Events: bodies of one story whose statements are grouped count as linked and
// their pairs as from one story; a body of another story drawn into the event makes it
// mixed; bodies related to no headline are left out.
func TestEvalFNC1Events(t *testing.T) {
	const (
		arrest = "Banksy arrested in London"
		storm  = "Storms expected in the north"
		other  = "Mayor resigns over budget"
	)
	pairs := []FNC1Pair{
		{Claim: arrest, BodyID: "1", Stance: StanceSupports, Text: "Police said graffiti artist Banksy was arrested in Bristol on Monday."},
		{Claim: arrest, BodyID: "2", Stance: StanceDiscusses, Text: "Police said graffiti artist Banksy was arrested in Bristol on Monday after questioning."},
		{Claim: storm, BodyID: "3", Stance: StanceDiscusses, Text: "Forecasters said heavy storms would hit the north of the country on Tuesday."},
		{Claim: storm, BodyID: "4", Stance: StanceSupports, Text: "Forecasters said heavy storms would hit the north of the country on Tuesday night."},
		{Claim: other, BodyID: "5", Stance: StanceDiscusses, Text: "The council said graffiti artist Banksy was arrested in Bristol on Monday, days before the mayor resigned."},
		{Claim: other, BodyID: "6", Stance: StanceUnrelated, Text: "Officials said graffiti artist Banksy was arrested in Bristol on Monday."},
	}
	s := EvalFNC1Events(pairs)
	if s.Bodies != 5 {
		t.Errorf("%d bodies read, want 5 (body 6 is related to no headline)", s.Bodies)
	}
	if s.Events != 2 || s.Mixed != 1 {
		t.Errorf("%d events across bodies, %d mixed; want 2 (arrest, storms), 1 (body 5 drawn into the arrest)", s.Events, s.Mixed)
	}
	if s.Eligible != 4 || s.Linked != 4 {
		t.Errorf("%d of %d bodies linked, want 4 of 4", s.Linked, s.Eligible)
	}
	// Arrest: bodies 1, 2 and 5, a statement each: 3 pairs, 1 from one story; storms: 1 pair.
	if s.Pairs != 4 || s.SameStory != 2 {
		t.Errorf("%d of %d pairs from one story, want 2 of 4", s.SameStory, s.Pairs)
	}
	if !strings.Contains(s.String(), "pairs from one story  50.0% (2 of 4") {
		t.Errorf("String() =\n%s", s)
	}
}

// TestEvidenceWithOtherNumbers: a sentence in the claim's words with another count refutes
// it as evidence ("80 of 89 audits" against "33 of 89 audits"); with the same count it
// supports.
func TestEvidenceWithOtherNumbers(t *testing.T) {
	sc := NewStanceChecker("the factory failed 33 of 89 safety audits", CheckOptions{})
	for _, tc := range []struct {
		text string
		want Stance
	}{
		{"The company said the factory failed 9 of 89 safety audits last year.", StanceRefutes},
		{"The company said the factory failed 33 of 89 safety audits last year.", StanceSupports},
	} {
		r := sc.Check(&claims.Document{Name: "a.txt", Text: tc.text})
		if len(r.Evidence) == 0 || r.Evidence[0].Stance != tc.want {
			t.Errorf("%q: evidence %+v, want first %v", tc.text, r.Evidence, tc.want)
		}
	}
}

// TestEvidenceWithRoundedNumber: a claim's round figure against the article's exact one ("a
// $3,000 fare" for $3,040) is the same figure, not another; nor is an amount in another
// currency.
func TestEvidenceWithRoundedNumber(t *testing.T) {
	sc := NewStanceChecker("Taxi driver in Leeds paid a $3,000 fare for one ride", CheckOptions{})
	for _, tc := range []struct {
		text string
		want Stance
	}{
		{"A taxi driver in Leeds was paid a fare of $3,040 for one ride across the city.", StanceSupports},
		{"A taxi driver in Leeds was paid a fare of $1,200 for one ride across the city.", StanceRefutes},
		{"A taxi driver in Leeds was paid a fare of £1,900 for one ride across the city.", StanceSupports}, // another currency
	} {
		r := sc.Check(&claims.Document{Name: "a.txt", Text: tc.text})
		if len(r.Evidence) == 0 || r.Evidence[0].Stance != tc.want {
			t.Errorf("%q: evidence %+v, want first %v", tc.text, r.Evidence, tc.want)
		}
	}
}

// BenchmarkCheckManyCovering checks a claim against a text of 5,000 sentences that all cover
// it, with evidence: ordering the covering sentences must not cost a pass over them per pick
// (it took 12 s before it became one sort).
func BenchmarkCheckManyCovering(b *testing.B) {
	text := strings.Repeat("The ministry said the phone call was limited to congratulations. ", 5000)
	doc, err := claims.NewDocument("many.txt", []byte(text))
	if err != nil {
		b.Fatal(err)
	}
	sc := NewStanceChecker("the phone call was limited to congratulations", CheckOptions{})
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		sc.Check(doc)
	}
}

// TestEvidenceExcerpt: a sentence longer than MaxEvidenceBytes (a run-on text with no
// sentence end) is listed as an excerpt around the claim's words, its offsets into the text
// and its whole span kept; its stance is the whole sentence's. A short one is listed whole.
func TestEvidenceExcerpt(t *testing.T) {
	const claim = "the dam on the river would not hold"
	const key = "the dam on the river would not hold"
	text := "Officials said on Monday.\n" + strings.Repeat("heavy rain fell on the valley and the river rose over its banks and ", 300) +
		key + " and " + strings.Repeat("farmers moved their cattle to higher ground and ", 300) + "the roads closed.\n"
	sc := NewStanceChecker(claim, CheckOptions{})
	r := sc.Check(&claims.Document{Name: "runon.txt", Text: text})
	if len(r.Evidence) == 0 {
		t.Fatalf("Check(%q) gave no evidence", claim)
	}
	e := r.Evidence[0]
	start := strings.Index(text, "heavy")
	if e.Whole != (claims.Span{Start: start, End: len(text) - 1}) || len(e.Text) > MaxEvidenceBytes || text[e.Span.Start:e.Span.End] != e.Text || e.Line != 2 {
		t.Errorf("evidence = span %v of whole %v, %d bytes, line %d; want an excerpt of at most %d bytes of %v on line 2", e.Span, e.Whole, len(e.Text), e.Line, MaxEvidenceBytes, claims.Span{Start: start, End: len(text) - 1})
	}
	if !strings.Contains(e.Text, key) || strings.HasPrefix(e.Text, "eavy") || e.Stance != StanceSupports {
		t.Errorf("evidence %q (%v): want the words around %q, cut at words, supporting", e.Text, e.Stance, key)
	}
	if i := strings.Index(e.Text, key); i < 150 || len(e.Text)-i-len(key) < 150 {
		t.Errorf("evidence %q: want %q near its middle", e.Text, key)
	}
	short := "Engineers said " + key + "."
	r = sc.Check(&claims.Document{Name: "short.txt", Text: short})
	if len(r.Evidence) == 0 || r.Evidence[0].Whole != (claims.Span{}) || r.Evidence[0].Text != short {
		t.Errorf("short text's evidence = %+v, want %q whole", r.Evidence, short)
	}
}

// TestEvidenceNegatedCue: a statement whose cue is negated ("would not say whether", "has
// not confirmed that") only discusses what its content holds; said, it supports.
func TestEvidenceNegatedCue(t *testing.T) {
	sc := NewStanceChecker("al-Shabaab leader Godane killed in US strike", CheckOptions{Claims: claims.Extract})
	for _, tc := range []struct {
		text string
		want Stance
	}{
		{"The Pentagon would not say whether al-Shabaab leader Godane was killed in the US strike.", StanceDiscusses},
		{"The Pentagon has not officially confirmed that al-Shabaab leader Godane was killed in the US strike.", StanceDiscusses},
		{"The Pentagon said that al-Shabaab leader Godane was killed in the US strike.", StanceSupports},
	} {
		r := sc.Check(&claims.Document{Name: "a.txt", Text: tc.text})
		if len(r.Evidence) == 0 || r.Evidence[0].Statement == nil || r.Evidence[0].Stance != tc.want {
			t.Errorf("Check(%q) evidence = %+v, want a statement that %v", tc.text, r.Evidence, tc.want)
		}
	}
}

// TestEvidenceDoubtedSource checks that a statement whose source is called unconfirmed by one
// of its first words only discusses its content, unless the claim hedges too; a doubting word
// further on in the source is another's.
func TestEvidenceDoubtedSource(t *testing.T) {
	for _, tc := range []struct {
		claim, text string
		want        Stance
	}{
		{"Judd Nelson found dead in Los Angeles condo", "Judd Nelson was found dead in his Los Angeles condo, multiple unconfirmed reports say.", StanceDiscusses},
		{"Judd Nelson found dead in Los Angeles condo", "According to a rash of rumors, Judd Nelson was found dead in his Los Angeles condo.", StanceDiscusses},
		{"Judd Nelson found dead in Los Angeles condo", "Judd Nelson was found dead in his Los Angeles condo, the police said.", StanceSupports},
		{"Rumors say Judd Nelson found dead in Los Angeles condo", "Judd Nelson was found dead in his Los Angeles condo, unconfirmed reports say.", StanceSupports},
		{"Shots heard on Michael Brown recording", "Lopa Blumenthal, the attorney for the man who recorded the alleged gunfire nearby, said that shots were heard on the Michael Brown recording.", StanceSupports},
	} {
		sc := NewStanceChecker(tc.claim, CheckOptions{Claims: claims.Extract})
		r := sc.Check(&claims.Document{Name: "a.txt", Text: tc.text})
		if len(r.Evidence) == 0 || r.Evidence[0].Statement == nil || r.Evidence[0].Stance != tc.want {
			t.Errorf("Check(%q, %q) evidence = %+v, want a statement that %v", tc.claim, tc.text, r.Evidence, tc.want)
		}
	}
}
