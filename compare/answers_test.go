package compare

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"claimdiff/claims"
)

// TestRejectionAnswersAcrossDocuments: a rejection of a side's account ("Peskov dismissed
// Kyiv's account", "Boeing disputed the Federal Aviation Administration's audit") answers
// that side's statements of the same story in another article, worded otherwise, and brings
// the rejecter's own version of the story ("hit by a Ukrainian missile", "3 people had been
// killed") with it. The fixtures are wire copy written for the test, headline and dateline
// included.
func TestRejectionAnswersAcrossDocuments(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/answer_kyiv.txt", "testdata/answer_moscow.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Confidence != confExplicitNamed {
		t.Fatalf("Kyiv and Moscow: Contested() = %v, want one named rejection", cs)
	}
	sides := sideContents(cs[0])
	if !strings.Contains(sides["Ukraine"], "killing at least 14 people") || !strings.Contains(sides["Russia"], "Kyiv's account") ||
		!strings.Contains(sides["Russia"], "3 people had been killed") {
		t.Errorf("Kyiv and Moscow: sides %q, want Ukraine's toll of 14 against Peskov's rejection and his toll of 3", sides)
	}

	// The same rejection of "Kyiv's account" about another story (grain exports) answers
	// nothing in the article on the strike.
	if cs := extractCorpus(t, Options{}, []string{"testdata/answer_kyiv.txt", "testdata/answer_grain.txt"}).Contested(); len(cs) != 0 {
		t.Errorf("strike and grain stories: Contested() = %v, want none", cs)
	}

	cs = extractCorpus(t, Options{}, []string{"testdata/answer_faa.txt", "testdata/answer_boeing.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Sides[0].Side != "United States" || cs[0].Sides[1].Side != "Boeing" {
		t.Errorf("FAA and Boeing: Contested() = %v, want Boeing rejecting the United States' (the FAA's) audit", cs)
	}
}

// TestArmedGroupsAreSides: Hamas and Islamic Jihad speak for themselves in reports of the
// blast at a Gaza hospital, against Israel; the Gaza health ministry is Palestine's.
func TestArmedGroupsAreSides(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/answer_gaza.txt", "testdata/answer_jerusalem.txt"}).Contested()
	pairs := map[string]bool{}
	for _, c := range cs {
		pairs[c.Sides[0].Side+" / "+c.Sides[1].Side] = true
	}
	for _, want := range []string{"Israel / Islamic Jihad", "Palestine / Israel", "Hamas / Israel"} {
		if !pairs[want] {
			t.Errorf("Gaza hospital: contested sides %v, want %s among them", pairs, want)
		}
	}
}

// TestGovernmentIsNoArmedGroup: "the defence ministry" stands for the country an article is
// about, never for an armed group or an international body the article names most.
func TestGovernmentIsNoArmedGroup(t *testing.T) {
	d := doc("mosul.txt", "2014-10-20", "ISIS fighters hold Mosul. ISIS said on Sunday that its fighters had taken the airport. "+
		"ISIS also claimed the city had no Ebola cases. The defence ministry said the reports were false.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "ISIS", "ISIS", "said", claims.CueAssert, "its fighters had taken the airport"),
		claim(t, d, "The defence ministry", "defence ministry", "said", claims.CueAssert, "the reports were false"),
	})
	for _, s := range c.Statements() {
		want := ""
		if s.Actor == "ISIS" {
			want = "Islamic State"
		}
		if s.Side != want {
			t.Errorf("%q: side %q, want %q", s.Claim.Speaker(), s.Side, want)
		}
	}
	for _, name := range []string{"Hamas", "European Union", "Islamic State"} {
		if !nonState()[name] {
			t.Errorf("nonState()[%q] = false, want true", name)
		}
	}
	if nonState()["Pakistan"] {
		t.Error(`nonState()["Pakistan"] = true, want false`)
	}
}

// TestCrowdEstimates: the police's count of a march against a union's, each a side (the
// union named by its acronym before "union" and "leader").
func TestCrowdEstimates(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/march_reuters.txt", "testdata/march_afp.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ImplicitNumber || !strings.Contains(cs[0].Explanation, "France gives 80,000 where CGT gives 400,000") {
		t.Errorf("Paris march: Contested() = %v, want the interior ministry's 80,000 against the CGT's 400,000", cs)
	}
}

// TestNamedReportAnswered: "dismissed the Hindenburg report" names the short seller by its
// name before the account word; the seller's statements in its own article are what the
// group answers, and both are bodies speaking in their own names ("Hindenburg Research
// said", "India's Adani Group ... said").
func TestNamedReportAnswered(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/answer_hindenburg.txt", "testdata/answer_adani.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Sides[1].Side != "Adani Group" || !strings.Contains(cs[0].Explanation, "Hindenburg report") {
		t.Fatalf("Hindenburg and Adani: Contested() = %v, want Adani Group rejecting the Hindenburg report", cs)
	}
	// "the Hindenburg report" answers what Hindenburg "said in a report", not what "the firm
	// said" of its short positions.
	if got := sideContents(cs[0])[cs[0].Sides[0].Side]; !strings.Contains(got, "substantial debt") || strings.Contains(got, "short positions") {
		t.Errorf("Hindenburg's side %q, want its report's \"substantial debt\" and not its short positions", got)
	}
}

// TestMediumBetween: the medium named between a cue and its content.
func TestMediumBetween(t *testing.T) {
	text := "Hindenburg said in a report that the debt was high. Adani said the debt was low. \"It is low,\" Adani said in a statement."
	d := doc("a.txt", "", text)
	for _, tt := range []struct {
		cl   claims.Claim
		want string
	}{
		{claim(t, d, "Hindenburg", "Hindenburg", "said", claims.CueAssert, "the debt was high"), "report"},
		{claim(t, d, "Adani", "Adani", "said", claims.CueAssert, "the debt was low"), ""},
		{claim(t, d, "Adani", "Adani", "said in a statement", claims.CueAssert, "\"It is low,\""), "statement"},
	} {
		if got := mediumBetween(text, tt.cl); got != tt.want {
			t.Errorf("mediumBetween(%q) = %q, want %q", tt.cl.Content.Text, got, tt.want)
		}
	}
}

// TestOwnerName: a side taken from a record a body reviewed is the body's.
func TestOwnerName(t *testing.T) {
	for _, tc := range []struct{ actor, named, want string }{
		{"financial disclosure filings reviewed by The New York Times", "Times", "New York Times"},
		{"a tally of the shares reviewed by the New York Times'", "Times", "New York Times'"},
		{"a report issued by the Congressional Budget Office", "Budget Office", "Congressional Budget Office"},
		{"Hillary Rodham Clinton", "Clinton", "Hillary Rodham Clinton"},
		{"the dean of Columbia's Graduate School of Journalism", "Exxon", "the dean of Columbia's Graduate School of Journalism"},
	} {
		if got := ownerName(tc.actor, tc.named); got != tc.want {
			t.Errorf("ownerName(%q, %q) = %q, want %q", tc.actor, tc.named, got, tc.want)
		}
	}
}

// TestRecordsReviewedByAPaper: "called the Times report misleading" answers the paper's
// article, whose statements rest on "filings reviewed by The New York Times"; the side is
// the paper's.
func TestRecordsReviewedByAPaper(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/answer_nyt.txt", "testdata/answer_burr.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Sides[0].Side != "New York Times" {
		t.Errorf("the Times and Burr: Contested() = %v, want a rejection of the New York Times' account", cs)
	}
	// "Burr's office said ... A spokeswoman called the Times report misleading": an unnamed
	// spokeswoman right after his office speaks for Burr.
	if len(cs) == 1 && (len(cs[0].Sides) != 2 || cs[0].Sides[1].Side != "Richard Burr" || !strings.HasPrefix(cs[0].Explanation, "the spokeswoman (Richard Burr) rejects")) {
		t.Errorf("the Times and Burr: sides %v, explanation %q; want the spokeswoman on Richard Burr's side", cs[0].Sides, cs[0].Explanation)
	}
}

// TestBareAgent: an agent word with no name or principal may speak for the person last
// spoken for; a named one, or "the team", does not.
func TestBareAgent(t *testing.T) {
	for m, want := range map[string]bool{"A spokeswoman": true, "the lawyers": true, "The campaign": true, "an aide": true,
		"spokeswoman": false, "a Burr spokeswoman": false, "the team": false, "the chairman": false, "Catherine Frazier": false} {
		if got := bareAgent(m); got != want {
			t.Errorf("bareAgent(%q) = %v, want %v", m, got, want)
		}
	}
}

// TestInternationalBodyAgainstGovernment: the WHO's count of cholera cases against the
// health minister's, each a side (an international body; the country the article is about).
func TestInternationalBodyAgainstGovernment(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/outbreak_who.txt", "testdata/outbreak_sudan.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ImplicitNumber || !strings.Contains(cs[0].Explanation, "World Health Organization gives 12,000") || !strings.Contains(cs[0].Explanation, "Sudan gives 5,000") {
		t.Errorf("cholera in Sudan: Contested() = %v, want the minister's 5,000 cases against the WHO's 12,000", cs)
	}
}

// TestBusinessAgainstRegulator: a company speaking in its own name is a side ("Tesla said",
// "the company said", with "Shares of Tesla" in the text), and "did not agree with the
// agency's analysis" rejects the account of the body "the agency" stands for, the NHTSA,
// the United States'. "Disputed" before a noun ("a disputed plot of land") rejects nothing.
func TestBusinessAgainstRegulator(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/business_recall.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || len(cs[0].Sides) != 2 {
		t.Fatalf("recall: Contested() = %v, want one explicit rejection between two sides", cs)
	}
	sides := sideContents(cs[0])
	if !strings.Contains(sides["United States"], "two-year investigation") || !strings.Contains(sides["Tesla"], "did not agree with the agency's analysis") {
		t.Errorf("recall: sides %q, want the NHTSA's findings (United States) against Tesla's disagreement", sides)
	}

	cs = extractCorpus(t, Options{}, []string{"testdata/business_lawsuit.txt"}).Contested()
	for _, c := range cs {
		if strings.Contains(c.Explanation, "disputed") {
			t.Errorf("lawsuit: %v stands on the adjective in \"a disputed plot of land\"", c)
		}
	}
}

// TestBusinessSpeaking: the marks by which a text shows a speaker's one-word name to be a
// company's, and the descriptions the extractor resolves to one.
func TestBusinessSpeaking(t *testing.T) {
	g := newGazetteer(nil)
	for _, c := range []struct {
		text, src, name, want string
	}{
		{"Tesla said it would appeal. Shares of Tesla fell 2%.", "Tesla", "Tesla", "Tesla"},
		{"Boeing (NYSE: BA) said it would appeal.", "Boeing", "Boeing", "Boeing"},
		{"Rivian Inc said it would appeal.", "Rivian", "Rivian", "Rivian"},
		{"Nvidia's shares rose. Nvidia said demand was strong.", "Nvidia", "Nvidia", "Nvidia"},
		{"Rivian said on Monday it would appeal.", "Rivian", "Rivian", ""},                    // no mark
		{"Exxon said so. The company said it would appeal.", "the company", "Exxon", "Exxon"}, // resolved
		{"The Adani Group said it would appeal.", "The Adani Group", "Adani Group", ""},       // a name, found otherwise
		{"Pakistan said so. Shares of Pakistan fell.", "Pakistan", "Pakistan", ""},            // a side already
		{"Smith said so; Smith shares his view.", "Smith", "Smith", ""},                       // "shares" is a verb here, but Smith is a person
	} {
		persons := map[string]bool{"Smith": true}
		got := businessSpeaking(g, newTextWords(c.text), &claims.Source{Text: c.src, Name: c.name}, persons)
		if got != c.want {
			t.Errorf("businessSpeaking(%q, %q) = %q, want %q", c.text, c.src, got, c.want)
		}
	}
}

// TestNoCommentIsNoStatement: a speaker's refusal to speak ("declined to comment", "did not
// return a request for comment") is no account of the event: it is not a statement of the
// corpus, so no rejection can answer it.
func TestNoCommentIsNoStatement(t *testing.T) {
	for _, c := range []struct {
		cue, content string
		want         bool
	}{
		{"declined", "to comment", true},
		{"did not respond to", "a request for comment", true},
		{"did not return", "messages seeking comment on Friday", true},
		{"declined", "to comment on the report", true},
		{"said", "a request for comment was pending", false},
		{"said", "to comment would be unwise", false},
		{"urged", "reporters to comment", false},
		{"has not commented on", "the reports", true},
		{"haven't officially commented on", "the matter", true},
		{"hasn’t commented on", "the story", true},
		{"are not commenting publicly on", "the reports", true},
		{"has previously commented on", "current events", false},
		{"commented on", "the post", false},
	} {
		cl := claims.Claim{Cue: claims.Cue{Text: c.cue}, Content: claims.Content{Text: c.content}}
		if got := noComment(cl); got != c.want {
			t.Errorf("noComment(%q %q) = %v, want %v", c.cue, c.content, got, c.want)
		}
	}
	d := doc("a.txt", "", "Esquire did not return a request for comment. ESPN said the report was false.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Esquire", "Esquire", "did not return", claims.CueAssert, "a request for comment"),
		claim(t, d, "ESPN", "ESPN", "said", claims.CueAssert, "the report was false"),
	})
	if st := c.Statements(); len(st) != 1 || st[0].Actor != "ESPN" {
		t.Errorf("Statements() = %v, want ESPN's only", st)
	}
}

// TestTwoCapitalsOneIncident: a Manila and a Beijing wire story on one incident at sea. The
// speakers are their countries' ("Philippine coast guard spokesman Jay Tarriela", a field of
// two words before the title; "Coast guard spokesperson Gan Yu" and "The National Security
// Council" in a story datelined in the country), Beijing's "dismissed Manila's account"
// answers the Philippine military's account (the stories' similarity, 0.28, is above
// closeStorySim), and China's version comes with the rejection: its coast guard's "the
// Philippine boat had deliberately rammed a Chinese coast guard ship", not only the
// rejecter's own words.
func TestTwoCapitalsOneIncident(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/sea_manila.txt", "testdata/sea_beijing.txt"})
	sides := map[string]string{}
	for _, s := range c.Statements() {
		sides[s.Actor] = s.Side
	}
	for actor, want := range map[string]string{"Jay Tarriela": "Philippines", "Gan Yu": "China", "National Security Council": "Philippines", "Lin Jian": "China"} {
		if sides[actor] != want {
			t.Errorf("%s is on side %q, want %q", actor, sides[actor], want)
		}
	}
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection {
		t.Fatalf("Contested() = %v, want one explicit rejection", cs)
	}
	said := sideContents(cs[0])
	for side, want := range map[string][]string{
		"Philippines": {"fired water cannon at a Philippine supply boat", "China's claim"},
		"China":       {"Manila's account", "deliberately rammed"},
	} {
		for _, w := range want {
			if !strings.Contains(said[side], w) {
				t.Errorf("%s says %q, want %q among it", side, said[side], w)
			}
		}
	}
}

// TestDenialAnswersItsArticle: a denial that names no account ("denied targeting
// civilians") answers the other side's statement just before it in its own article that
// shares a rare word with it ("killed three civilians"), at the bare rejection's confidence;
// not a statement paragraphs away, nor another article's.
func TestDenialAnswersItsArticle(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/denial_lebanon.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Confidence != confExplicitBare {
		t.Fatalf("Contested() = %v, want one bare explicit rejection", cs)
	}
	said := sideContents(cs[0])
	if !strings.Contains(said["Lebanon"], "killed three civilians") || !strings.Contains(said["Israel"], "targeting civilians") {
		t.Errorf("sides %q, want Lebanon's toll against Israel's denial", said)
	}
	d := doc("a.txt", "", "Israeli strikes killed three civilians, Lebanon's health ministry said. "+strings.Repeat("The village lies near the border and has been shelled before. ", 12)+"The Israeli military denied targeting civilians.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Lebanon's health ministry", "Lebanon's health ministry", "said", claims.CueAssert, "Israeli strikes killed three civilians"),
		claim(t, d, "The Israeli military", "Israeli military", "denied", claims.CueDeny, "targeting civilians"),
	})
	if cs := c.Contested(); len(cs) != 0 {
		t.Errorf("a denial paragraphs away: Contested() = %v, want none", cs)
	}
}

// TestOppositionAccount: an election's result and the opposition's rejection in two wire
// stories. "Chamisa's Citizens Coalition for Change (CCC)" is a body (a name with "for" in
// it), its bracketed acronym its alias there and in the other story ("CCC spokesman", "The
// opposition CCC said"), and the ruling party's "dismissed opposition claims" rejects the
// account of the speaker the stories call the opposition.
func TestOppositionAccount(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/election_harare.txt", "testdata/election_zanupf.txt"})
	for _, s := range c.Statements() {
		// "Commission chairwoman Priscilla Chigumba": the commission named before,
		// "Zimbabwe's electoral commission".
		if s.Actor == "Priscilla Chigumba" && s.Side != "Zimbabwe" {
			t.Errorf("Priscilla Chigumba is on side %q, want Zimbabwe", s.Side)
		}
		if s.Actor == "Promise Mkwananzi" || s.Actor == "CCC" || strings.Contains(s.Actor, "Coalition") {
			if s.Side != "Citizens Coalition for Change" {
				t.Errorf("%s is on side %q, want Citizens Coalition for Change", s.Actor, s.Side)
			}
		}
	}
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || !strings.Contains(cs[0].Explanation, "Citizens Coalition for Change's account") {
		t.Fatalf("Contested() = %v, want the ruling party rejecting the opposition's account", cs)
	}
}

// TestAccusedDenies: prosecutors charge a former minister; his lawyer says her client denies
// the charges. The lawyer speaks for him (his side, a person's), and the denial answers the
// charge that names him just before it, though the two share no word; the Director of
// Public Prosecutions is the dateline country's. "neither confirmed nor denied" denies
// nothing, and "called the reports incorrect" answers the press, not another side.
func TestAccusedDenies(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/court_nairobi.txt"})
	for _, s := range c.Statements() {
		if s.Actor == "Director of Public Prosecutions" && s.Side != "Kenya" {
			t.Errorf("the Director of Public Prosecutions is on side %q, want Kenya", s.Side)
		}
	}
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Kenya" || cs[0].Sides[1].Side != "Daniel Ochieng" {
		t.Fatalf("Contested() = %v, want Kenya against Daniel Ochieng", cs)
	}
	d := doc("a.txt", "", "Amazon said it was testing drones. An Amazon spokeswoman neither confirmed nor denied the rumor.")
	c = NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Amazon", "Amazon", "said", claims.CueAssert, "it was testing drones"),
		claim(t, d, "neither confirmed nor", "neither confirmed nor", "denied", claims.CueDeny, "the rumor"),
	})
	for _, s := range c.stmts {
		if s.f.rejects() {
			t.Errorf("%q rejects (deny %v, falsity %q), want not", s.claim.Content.Text, s.f.deny, s.f.falsity)
		}
	}
	if !mediaAccount("the reports “incorrect” and “unfounded,”") || mediaAccount("the claim that the dam broke") {
		t.Error("mediaAccount: want the reports the press's and a claim no one's in particular")
	}
}

// TestStudyAgainstMaker: a manufacturer rejects "the study's conclusions"; the study, a
// record that speaks ("a study published on Monday in The Lancet"), is the side it answers,
// named short ("Lancet study"); "researchers at King's College London" speak for no
// country (London ends the college's name).
func TestStudyAgainstMaker(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/study_lancet.txt"})
	for _, s := range c.Statements() {
		if strings.Contains(s.Actor, "King's College") && s.Side != "" {
			t.Errorf("%s is on side %q, want none", s.Actor, s.Side)
		}
	}
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Lancet study" || cs[0].Sides[1].Side != "Bayer" {
		t.Fatalf("Contested() = %v, want Bayer against the Lancet study", cs)
	}
	if got := recordName("report released on Tuesday by Amnesty International"); got != "report by Amnesty International" {
		t.Errorf("recordName = %q", got)
	}
}

// sideContents returns the contents of an item's statements by side, joined by " | ".
func sideContents(c Contested) map[string]string {
	out := map[string]string{}
	for _, s := range c.Sides {
		for _, cl := range s.Claims {
			out[s.Side] += cl.Content.Text + " | "
		}
	}
	return out
}

// TestAthleteDenies: an integrity unit names an athlete's positive test; the athlete denies
// doping himself. The unit's initials ("The AIU said") are the body the text names in full,
// and the athlete, accused by name, is a side of his own against it.
func TestAthleteDenies(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/doping_lausanne.txt"}).Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Athletics Integrity Unit" || cs[0].Sides[1].Side != "Daniel Okafor" {
		t.Fatalf("Contested() = %v, want Daniel Okafor against the Athletics Integrity Unit", cs)
	}
	for name, want := range map[string]string{"Athletics Integrity Unit": "AIU", "Citizens Coalition for Change": "CCC", "Apple": ""} {
		if got := initials(name); got != want {
			t.Errorf("initials(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestCompanyAgainstWorksCouncil: a works council gives a figure for job cuts; the company
// denies it a day later and calls "the figure given by the works council" speculative. The
// workers' body named by what it is is a side ("works council"), "given by" names the
// figure's owner, and "speculative" calls it false.
func TestCompanyAgainstWorksCouncil(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/jobs_wolfsburg.txt", "testdata/jobs_berlin.txt"}).Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "works council" || cs[0].Sides[1].Side != "Volkswagen" || cs[0].Confidence != confExplicitNamed {
		t.Fatalf("Contested() = %v, want Volkswagen rejecting the works council's figure", cs)
	}
	for name, want := range map[string]string{"the works council": "works council", "The union": "union", "IG Metall union": "", "Union Pacific": ""} {
		if got := labourBody(name); got != want {
			t.Errorf("labourBody(%q) = %q, want %q", name, got, want)
		}
	}
}

// TestDenialOfAMediaReport: "denied a Bloomberg News report" answers what Bloomberg, the
// body without its head word, reported in the same article.
func TestDenialOfAMediaReport(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/report_apple.txt"}).Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Bloomberg" || !strings.Contains(sideContents(cs[0])["Bloomberg"], "encryption keys") {
		t.Fatalf("Contested() = %v, want Apple against Bloomberg's report", cs)
	}
	for named, want := range map[string]string{"Bloomberg News": "Bloomberg", "Reuters Group": "Reuters", "Hillary Clinton": "", "Apple": ""} {
		if got := bodyWithoutHead(named); got != want {
			t.Errorf("bodyWithoutHead(%q) = %q, want %q", named, got, want)
		}
	}
}

// TestProtestToll: two reports of a crackdown on a protest. A police commander with a rank
// ("national police commander General Victor Zanabria") speaks for the dateline's country;
// a body named for a cause ("The National Coordinator for Human Rights") is a side, and so
// are "human rights groups" and the ombudsman, by what they are; "its executive secretary"
// and "the group's director" are the body's that spoke just before. The police's two dead
// against the rights groups' nine is a collision (counts written as words), and "The police
// version is simply not credible" and "The images contradict the government's account"
// reject Peru's account.
func TestProtestToll(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/protest_lima.txt", "testdata/protest_lima2.txt"})
	want := map[string]string{
		"Victor Zanabria":      "Peru",
		"Mar Perez":            "Coordinator for Human Rights",
		"Marina Navarro":       "Amnesty International",
		"human rights groups":  "rights groups",
		"ombudsman's office":   "ombudsman",
		"Juan Jose Santivanez": "Peru",
	}
	checkSides(t, c, want)
	found := map[string]bool{}
	for _, it := range c.Contested() {
		found[fmt.Sprintf("%v %s %s", it.Type, it.Sides[0].Side, it.Sides[1].Side)] = true
	}
	for _, w := range []string{
		"explicit-rejection Peru Coordinator for Human Rights",
		"explicit-rejection Peru Amnesty International",
		"implicit-number Peru rights groups",
	} {
		if !found[w] {
			t.Errorf("Contested() lacks %q; has %v", w, found)
		}
	}
	// compare lines the rejection of "the accusations" up with the accusation.
	cmp, err := c.Compare(CompareOptions{Sides: []string{"Peru", "rights groups"}})
	if err != nil {
		t.Fatal(err)
	}
	lined := false
	for _, r := range cmp.Rows {
		if r.Left != nil && r.Right != nil && r.Left.Content.Text == "the accusations" {
			lined = r.Right.Cue.Class == claims.CueAccuse && r.Verdict == Conflict
		}
	}
	if !lined {
		t.Errorf("compare does not line up the rejection of the accusations with the accusation: %+v", cmp.Rows)
	}
	// The wire story's dateline ("LIMA, March 14 (Reuters) - ") names no event.
	d := doc("a.txt", "", "LIMA, March 14 (Reuters) - Peruvian police said two people were killed.")
	c = NewCorpus(Options{})
	c.Add(d, []claims.Claim{claim(t, d, "Peruvian police", "Peruvian police", "said", claims.CueAssert, "two people were killed")})
	for _, tm := range c.analyze().stmts[0].terms {
		if strings.Contains(tm.term, "reuter") || strings.Contains(tm.term, "lima") || strings.Contains(tm.term, "march") {
			t.Errorf("term %q of the dateline", tm.term)
		}
	}
	if got := agree("rights groups", "gives"); got != "give" {
		t.Errorf(`agree("rights groups", "gives") = %q, want "give"`, got)
	}
	if got := agree("United States", "rejects"); got != "rejects" {
		t.Errorf(`agree("United States", "rejects") = %q, want "rejects"`, got)
	}
}

// TestBusinessAgentIsTheBusiness: "a company spokesperson" is the company that spoke before
// it (Optivo, which the text calls "telecom company Optivo"), not a side of its own, so the researchers' dispute of "the
// company's figure" and Optivo's rejection of their estimate are one item.
func TestBusinessAgentIsTheBusiness(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/breach_b.txt"})
	seen := false
	for _, s := range c.Statements() {
		if s.Claim.Source != nil && s.Claim.Source.Text == "a company spokesperson" {
			seen = true
			if s.Actor != "Optivo" {
				t.Errorf("the company spokesperson is actor %q, want Optivo", s.Actor)
			}
		}
	}
	if !seen {
		t.Error("no statement of a company spokesperson")
	}
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection {
		t.Fatalf("Contested() = %v, want one rejection", cs)
	}
	n := 0
	for _, sc := range cs[0].Sides {
		for _, cl := range sc.Claims {
			if cl.Source != nil && cl.Source.Text == "a company spokesperson" && sc.Side == "Optivo" {
				n++
			}
		}
	}
	if n != 1 {
		t.Errorf("the company spokesperson's statement is %d times on Optivo's side of the item, want once", n)
	}
	for text, want := range map[string]string{
		"at Australian telecom company Optivo":                     "company",
		"the Coordinator of Activities in the Territories (COGAT)": "", // an acronym, no ticker
		"Optivo said": "",
	} {
		name := "Optivo"
		if strings.Contains(text, "COGAT") {
			name = "Territories"
		}
		if got := namedBusiness(text, name); got != want {
			t.Errorf("namedBusiness(%q, %q) = %q, want %q", text, name, got, want)
		}
	}
	sides := []string{cs[0].Sides[0].Side, cs[0].Sides[1].Side}
	slices.Sort(sides)
	if sides[0] != "Optivo" || sides[1] != "Security researchers" {
		t.Errorf("sides %v, want Optivo and Security researchers", sides)
	}
}

// TestRegulatorAgainstCompany: an oil spill's size, the company's against the regulator's.
// "NOSDRA director-general Idris Musa" is Nigeria's, as the other article names the agency
// "Nigeria's National Oil Spill Detection and Response Agency (NOSDRA)"; "Oil company
// Deltamar Energy" is a business and a side ("Deltamar"), and "The company's estimate is not
// consistent with what we saw" rejects its account; its "fewer than 500 barrels of crude"
// against the regulator's "at least 4,000 barrels of crude" is a collision.
func TestRegulatorAgainstCompany(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/spill_a.txt", "testdata/spill_b.txt"})
	want := map[string]string{"Idris Musa": "Nigeria", "Deltamar Energy": "Deltamar", "Tunde Bakare": "Deltamar"}
	checkSides(t, c, want)
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Sides[0].Side != "Deltamar" || cs[0].Sides[1].Side != "Nigeria" {
		t.Fatalf("Contested() = %v, want Nigeria rejecting Deltamar's account", cs)
	}
	// The two articles' figures, next to "barrels of crude" in both, collide, though the
	// sentences around them differ.
	if !strings.Contains(cs[0].Explanation, "Deltamar gives 500 where Nigeria gives 4,000") {
		t.Errorf("explanation %q, want the 500 and 4,000 barrels in it", cs[0].Explanation)
	}
	// Alone, the article does not say whose NOSDRA is.
	for _, s := range extractCorpus(t, Options{}, []string{"testdata/spill_b.txt"}).Statements() {
		if s.Actor == "Idris Musa" && s.Side != "" {
			t.Errorf("Idris Musa is on side %q in spill_b.txt alone, want none", s.Side)
		}
	}
}

// TestStateAgainstFederalAgency: a state governor ("Florida Governor Mark Delane") speaks for
// his state, and his spokesman ("A spokesman for Delane, Jeremy Redfern") with him; the
// Centers for Disease Control and Prevention are the United States'. A rejection that points
// back at the claims just before it ("These claims are not supported by the data") answers
// them, though it shares no word with them.
func TestStateAgainstFederalAgency(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/vaccine_a.txt", "testdata/vaccine_b.txt"})
	want := map[string]string{
		"Mark Delane":    "Florida",
		"Jeremy Redfern": "Florida",
		"Centers for Disease Control and Prevention": "United States",
		"Robert Califf": "United States",
	}
	checkSides(t, c, want)
	found := false
	for _, it := range c.Contested() {
		if it.Type != ExplicitRejection {
			continue
		}
		for _, sc := range it.Sides {
			for _, cl := range sc.Claims {
				if sc.Side == "United States" && strings.HasPrefix(cl.Content.Text, `"These claims are not supported`) {
					found = it.Sides[0].Side == "Florida" || it.Sides[1].Side == "Florida"
				}
			}
		}
	}
	if !found {
		t.Errorf("no rejection of Florida's account with the CDC's \"These claims are not supported by the data\"")
	}
	// The FDA's "its review of 41 deaths reported after RSV vaccination in Florida found"
	// is the FDA's, one item with the CDC's.
	if cs := c.Contested(); len(cs) != 1 {
		t.Errorf("%d items, want 1: %v", len(cs), cs)
	}
	// In campaign coverage a governor speaks as a candidate; a former one for no state.
	for _, text := range []string{
		"Ohio Gov. John Kasich said the race was open. His presidential campaign agreed.",
		"Former Florida Gov. John Kasich said the race was open.",
	} {
		d := doc("a.txt", "", text)
		c := NewCorpus(Options{})
		c.Add(d, []claims.Claim{claim(t, d, "John Kasich", "John Kasich", "said", claims.CueAssert, "the race was open")})
		for _, s := range c.Statements() {
			if s.Side == "Ohio" || s.Side == "Florida" {
				t.Errorf("%q: John Kasich is on side %q, want no state", text, s.Side)
			}
		}
	}
	if !pointsBack(`"These claims are not supported`) || pointsBack("the claims") {
		t.Error("pointsBack: want a demonstrative and an account word")
	}
}

// TestRejectionRowsInCompare: compare shows a rejection that says what it rejects ("rejected
// China's claim that the Philippine boat had entered Chinese waters") again only against
// statements that say much the same, not beside every statement of the side; one that only
// names an account ("dismissed Manila's account") against each statement of it.
func TestRejectionRowsInCompare(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/sea_manila.txt", "testdata/sea_beijing.txt"})
	cmp, err := c.Compare(CompareOptions{Sides: []string{"China", "Philippines"}})
	if err != nil {
		t.Fatal(err)
	}
	tarriela, lin := 0, 0
	for _, r := range cmp.Rows {
		if r.Verdict != Conflict || r.Left == nil || r.Right == nil {
			continue
		}
		if strings.HasPrefix(r.Right.Content.Text, "China's claim that") {
			tarriela++
		}
		if strings.HasPrefix(r.Left.Content.Text, "Manila's account") && r.RightActor != "Jay Tarriela" {
			lin++
		}
	}
	if tarriela < 1 || tarriela > 2 {
		t.Errorf("the rejection of China's claim is on %d conflict rows, want 1 or 2", tarriela)
	}
	if lin < 2 {
		t.Errorf("the dismissal of Manila's account is on %d conflict rows against Philippine statements, want 2", lin)
	}
}

// TestSurvivorsAgainstCoastGuard: "Several survivors of last week's shipwreck off Greece"
// are a side of their own ("survivors"), not Greece's, and the coast guard's denial answers
// them; "The coast guard's account raises serious questions" disputes Greece's account,
// and answers the coast guard's statement just before it though it shares no word with it.
func TestSurvivorsAgainstCoastGuard(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/ship_a.txt", "testdata/ship_b.txt"})
	found := map[string]bool{}
	for _, it := range c.Contested() {
		sides := []string{it.Sides[0].Side, it.Sides[1].Side}
		slices.Sort(sides)
		found[fmt.Sprintf("%v %s %s", it.Type, sides[0], sides[1])] = true
	}
	for _, w := range []string{"explicit-rejection Greece survivors", "explicit-rejection Greece Human Rights Watch"} {
		if !found[w] {
			t.Errorf("Contested() lacks %q; has %v", w, found)
		}
	}
	if kindBody("one of two witnesses") != "" || kindBody("several survivors of the shipwreck off greece") != "survivors" {
		t.Error("kindBody: want survivors for the survivors, nothing for one of two witnesses")
	}
}

// TestClubAgainstNewspaper: "a report by Italian newspaper Corriere dello Sport" is the
// newspaper's account, not Italy's (the adjective before what the owner is gives its
// nationality), and the club that denies it is a side against it.
func TestClubAgainstNewspaper(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/club_a.txt", "testdata/club_b.txt"})
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Corriere dello Sport" || cs[0].Sides[1].Side != "AC Milan" {
		t.Fatalf("Contested() = %v, want AC Milan against Corriere dello Sport", cs)
	}
}

// TestRejectionOfTheClaimOfAPerson: "Maricopa County Recorder Stephen Richer rejected the
// claim" after a candidate "alleged" it answers the candidate, who stands for himself, as
// "rejected Masters' claim" would; so does the Secretary of State's "the allegations"
// (Richer, who answered before her, is no claimant).
func TestRejectionOfTheClaimOfAPerson(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/vote_a.txt"})
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Blake Masters" {
		t.Fatalf("Contested() = %v, want one item against Blake Masters", cs)
	}
	var actors []string
	for _, sc := range cs[0].Sides[1:] {
		actors = append(actors, sc.Actors...)
	}
	if !slices.Contains(actors, "Stephen Richer") || !slices.Contains(actors, "Katie Hobbs") {
		t.Errorf("rejecters %v, want Stephen Richer and Katie Hobbs", actors)
	}
	// Richer's next words say why: they stand with his rejection.
	if !strings.Contains(sideContents(cs[0])["critics of Blake Masters"], "zero evidence") {
		t.Errorf("critics' side %q, want Richer's \"zero evidence\" beside his rejection", sideContents(cs[0])["critics of Blake Masters"])
	}
	if !strings.Contains(cs[0].Explanation, `says "zero evidence" of what Blake Masters asserts`) {
		t.Errorf("explanation %q, want Richer's doubt of what Masters asserts", cs[0].Explanation)
	}
}

// TestTurningDownIsNoDenial: "rejected the idea" and "rejected Trump's offer" turn something
// down; "rejected the idea that he would be a drag" and "denied the claims" deny.
func TestTurningDownIsNoDenial(t *testing.T) {
	for content, want := range map[string]bool{
		"the idea":              true,
		"Trump's offer Tuesday": true,
		"Saudi concerns":        true,
		"the idea that the billionaire would be a drag on the ticket": false,
		"the claims":                            false,
		"that its crew tried to tow the vessel": false,
	} {
		s := &stmt{claim: claims.Claim{Content: claims.Content{Text: content}}}
		if got := turnsDown(s); got != want {
			t.Errorf("turnsDown(%q) = %v, want %v", content, got, want)
		}
	}
}

// TestOfficialFiguresDisputed: "The official figures do not reflect the scale of the
// disaster," said the UN's humanitarian coordinator (a field word between the body's
// possessive and the role), disputes the government's account, which a spokesman for the
// junta gives just after ("A spokesman for the junta, Zaw Min Tun, said the government's
// count of 1,700 dead was accurate"); "Junta leader Min Aung Hlaing" is Myanmar's.
func TestOfficialFiguresDisputed(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/quake_a.txt", "testdata/quake_b.txt"})
	want := map[string]string{"Marcoluigi Corsi": "United Nations", "Zaw Min Tun": "Myanmar", "Min Aung Hlaing": "Myanmar"}
	checkSides(t, c, want)
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Myanmar" || cs[0].Sides[1].Side != "United Nations" {
		t.Fatalf("Contested() = %v, want the United Nations against Myanmar", cs)
	}
}

// TestArmyAgainstParamilitary: two sides of one country's war. "Sudan's paramilitary Rapid
// Support Forces" are a side of their own, "RSF adviser Al-Basha Tibiq" is theirs (the
// initials of a side the text names, a hyphenated first name read as the text's tokens), "the
// army" in wire copy filed from Nairobi about Sudan is Sudan's (the first sentence names
// Sudan, the text never Kenya), and "The army's statement is a lie" disputes Sudan's account.
func TestArmyAgainstParamilitary(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/strike_a.txt", "testdata/strike_b.txt"})
	want := map[string]string{"Al-Basha Tibiq": "Rapid Support Forces", "army": "Sudan", "Nabil Abdallah": "Sudan"}
	checkSides(t, c, want)
	cs := c.Contested()
	if len(cs) != 1 || cs[0].Sides[0].Side != "Sudan" || cs[0].Sides[1].Side != "Rapid Support Forces" {
		t.Fatalf("Contested() = %v, want the Rapid Support Forces against Sudan", cs)
	}
}

// TestStatisticsOfficeIsNoGovernmentVoice: "Argentina's national statistics institute INDEC"
// is a side of its own, which may contradict its president; "presidential spokesman Manuel
// Adorni" is the country's.
func TestStatisticsOfficeIsNoGovernmentVoice(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/stats_a.txt"})
	want := map[string]string{"INDEC": "INDEC", "Manuel Adorni": "Argentina", "Javier Ortega": "Argentina"}
	checkSides(t, c, want)
}

// TestCityAndResidents: under a CHARLESTON dateline, "Mayor Amy Goodwin" and "City
// officials" speak for the city, and "Residents in several neighborhoods" are a side of their
// own ("residents"); in campaign coverage a mayor is no city's voice.
func TestCityAndResidents(t *testing.T) {
	c := extractCorpus(t, Options{}, []string{"testdata/water_a.txt"})
	want := map[string]string{"Amy Goodwin": "Charleston", "City officials": "Charleston", "Residents in several neighborhoods": "residents"}
	checkSides(t, c, want)
	for _, text := range []string{"Mayor Amy Goodwin said the budget was balanced.", "Mayor Amy Goodwin said the presidential campaign was dull."} {
		d := doc("a.txt", "", text)
		d.Place = "CHARLESTON"
		c = NewCorpus(Options{})
		c.Add(d, []claims.Claim{claim(t, d, "Mayor Amy Goodwin", "Amy Goodwin", "said", claims.CueAssert, text[strings.Index(text, "the "):len(text)-1])})
		want := "Charleston"
		if strings.Contains(text, "presidential") {
			want = ""
		}
		for _, s := range c.Statements() {
			if s.Side != want {
				t.Errorf("%q: the mayor is on side %q, want %q", text, s.Side, want)
			}
		}
	}
}

// checkSides checks that each actor named in want speaks in c's statements, and only on the
// side want gives it.
func checkSides(t *testing.T, c *Corpus, want map[string]string) {
	t.Helper()
	seen := map[string]bool{}
	for _, s := range c.Statements() {
		if w, ok := want[s.Actor]; ok {
			seen[s.Actor] = true
			if s.Side != w {
				t.Errorf("%s is on side %q, want %q", s.Actor, s.Side, w)
			}
		}
	}
	for a := range want {
		if !seen[a] {
			t.Errorf("no statement of %s", a)
		}
	}
}

// TestDenialAnswersWhatItNames: "members of the Saudi government, which has strongly denied
// any involvement in the 2001 attacks" denies an involvement no one here asserts; it does not
// answer the White House's statement on the legislation that its sentence's subject mentions.
// The relatives of the victims ("family members of the victims, many of whom say") are a
// side, and their "unfounded" answers the White House's warning of retaliation.
func TestDenialAnswersWhatItNames(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/veto_a.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection {
		t.Fatalf("Contested() = %v, want one rejection", cs)
	}
	sides := sideContents(cs[0])
	if len(sides) != 2 || !strings.Contains(sides["United States"], "retaliatory measures") || !strings.Contains(sides["relatives of victims"], "unfounded") {
		t.Errorf("sides %q, want the White House's warning against the relatives' rejection, no Saudi denial", sides)
	}
}

// TestLiarIsASide: a company says a former driver "had fabricated the story" of a manager
// shoving her, and its spokesman "Perhaps she made it up"; she says she has not lied. The
// driver, named (or a pronoun for her) as the one who lied, is a side of her own against the
// company, with what she says in the article.
func TestLiarIsASide(t *testing.T) {
	cs := extractCorpus(t, Options{}, []string{"testdata/liar_depot.txt"}).Contested()
	if len(cs) != 1 || cs[0].Type != ExplicitRejection || cs[0].Sides[0].Side != "Mara Lindqvist" || cs[0].Sides[1].Side != "Tarvex" {
		t.Fatalf("Contested() = %v, want Tarvex rejecting Mara Lindqvist's account", cs)
	}
	got := sideContents(cs[0])
	for side, want := range map[string]string{"Mara Lindqvist": "I have not lied", "Tarvex": "made it up"} {
		if !strings.Contains(got[side], want) {
			t.Errorf("side %s = %q, want %q in it", side, got[side], want)
		}
	}
}

// TestLiarIn: who a content says lied, and what says no one did.
func TestLiarIn(t *testing.T) {
	for text, want := range map[string]string{
		"he believed Fields had fabricated the story":     "Fields had fabricated the story",
		"Perhaps she made the story up":                   "she made the story up",
		"President Obama lied to the American people":     "Obama lied",
		"Brandt has simply been lying about the payments": "Brandt has simply been lying",
		"Lindqvist's story was made up":                   "Lindqvist's story was made up",
		"Fields had not lied":                             "",
		"the story was fabricated":                        "",
		"Brandt was lying on the floor":                   "",
		"Hispanics made up a fifth of the vote":           "",
		"asked whether Fields lied":                       "",
		"the quotes were fabricated by someone":           "",
	} {
		toks := tokenize(text, 0)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = lowerWord(t.key)
		}
		if got := liarIn(toks, words).words; got != want {
			t.Errorf("liarIn(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestFalsityBearsOnWhatItAnswers: a word of falsity that names no account ("the clip ...
// was a hoax") answers only what shares two of its words besides the word of falsity (a
// pigeon on Mario Rossi at his speech), not what shares one name ("Mario Rossi and Olaf Weber
// stressed the urgency ...") nor what calls the clip a hoax too.
func TestFalsityBearsOnWhatItAnswers(t *testing.T) {
	d := doc("a.txt", "", "Germany's government said the clip of a pigeon landing on Mario Rossi during a speech was a hoax. "+
		"The Italian foreign ministry said Mario Rossi and Olaf Weber stressed the urgency of ending the fighting. "+
		"The Italian foreign ministry said a pigeon landed on Mario Rossi during his speech. "+
		"A comparison with Italian footage showed the clip to be a hoax.")
	c := NewCorpus(Options{})
	c.Add(d, []claims.Claim{
		claim(t, d, "Germany's government", "German government", "said", claims.CueAssert, "the clip of a pigeon landing on Mario Rossi during a speech was a hoax"),
		claim(t, d, "The Italian foreign ministry", "Italian foreign ministry", "said", claims.CueAssert, "Mario Rossi and Olaf Weber stressed the urgency of ending the fighting"),
		claim(t, d, "The Italian foreign ministry", "Italian foreign ministry", "said", claims.CueAssert, "a pigeon landed on Mario Rossi during his speech"),
		claim(t, d, "A comparison with Italian footage", "comparison with Italian footage", "showed", claims.CueReport, "the clip to be a hoax"),
	})
	a := c.analyze()
	if a.stmts[3].side != "" {
		t.Errorf("comparison with Italian footage: side %q, want none", a.stmts[3].side)
	}
	if got := a.bearingOn(0, []int{1, 2, 3}); !slices.Equal(got, []int{2}) {
		t.Errorf("bearingOn(hoax, ...) = %v, want [2] (the pigeon on Rossi at his speech)", got)
	}
}

// TestFalseOwnerOf checks the person a content says makes false claims (see falseOwnerOf).
func TestFalseOwnerOf(t *testing.T) {
	for text, want := range map[string]string{
		"Hallberg was looking for attention using categorically false claims": "Hallberg",
		"Mira Hallberg is spreading baseless accusations about the council":   "Mira Hallberg",
		"Hallberg's claims are false":                                         "",
		"he was making false claims":                                          "",
		"Hallberg was looking for attention":                                  "",
		"the council made false claims":                                       "",
	} {
		toks := tokenize(text, 0)
		words := make([]string, len(toks))
		for i, t := range toks {
			words[i] = lowerWord(t.key)
		}
		if got := falseOwnerOf(toks, words); got != want {
			t.Errorf("falseOwnerOf(%q) = %q, want %q", text, got, want)
		}
	}
}

// TestClassedFrom checks that a denial of what a thing constitutes names the class only.
func TestClassedFrom(t *testing.T) {
	for text, want := range map[string]string{
		"that sleep deprivation constitutes abuse":         "abuse",
		"that the payments amounted to bribery":            "to bribery",
		"that large amounts of cash were moved":            "that large amounts of cash were moved",
		"that the mayor ordered the closure of the bridge": "that the mayor ordered the closure of the bridge",
	} {
		toks := tokenize(text, 0)
		k := classedFrom(toks)
		if got := text[toks[k].start:]; got != want {
			t.Errorf("classedFrom(%q) leaves %q, want %q", text, got, want)
		}
	}
}

// TestRejectionsOfNoAccount checks that a word of falsity naming no account is set against no
// side when it says whose claims are false or denies only what a thing constitutes.
func TestRejectionsOfNoAccount(t *testing.T) {
	for name, text := range map[string]string{
		"false claims of a person named":  `The Harbour Party and the Green League traded blows on Monday. "The contract seeking free publicity is not normal for a campaign, but it does not sound odd for the Harbour Party," said Carla Moretti, a spokeswoman for the Green League. Erik Dahl, a spokesman for the Harbour Party, said Hallberg was "looking for free publicity using categorically false claims."`,
		"denied what a thing constitutes": `The Harbour Party and the Green League traded blows on Monday. The Harbour Party said it would use waterboarding against smugglers. "We would bring back waterboarding," said Erik Dahl, a spokesman for the Harbour Party. Carla Moretti, a spokeswoman for the Green League, denied that waterboarding constitutes torture.`,
	} {
		if cs := extractedCorpus(t, text).Contested(); len(cs) != 0 {
			t.Errorf("%s: Contested() = %v, want none", name, cs[0].Explanation)
		}
	}
}

// TestLeaksAreThePress: a word of falsity said of leaks ("leaks have attempted to create a
// false narrative") answers what the press prints from anonymous sources, not the one other
// side of the event; said of "they", it answers that side.
func TestLeaksAreThePress(t *testing.T) {
	const told = "the crater samples from the site outside Asuncion were sent by unsecured courier"
	tests := []struct {
		quote string
		want  bool
	}{
		{"For months they have attempted to create a false narrative that the crater samples from the site outside Asuncion were sent by unsecured courier", true},
		{"For months leaks have attempted to create a false narrative that the crater samples from the site outside Asuncion were sent by unsecured courier", false},
	}
	for _, tt := range tests {
		t.Run(tt.quote, func(t *testing.T) {
			d := doc("a.txt", "2025-05-11", "Paraguay's interior ministry said "+told+".\nA Brazilian official said: \""+tt.quote+".\"")
			c := NewCorpus(Options{})
			c.Add(d, []claims.Claim{
				claim(t, d, "Paraguay's interior ministry", "Paraguay's interior ministry", "said", claims.CueAssert, told),
				claim(t, d, "A Brazilian official", "Brazilian official", "said", claims.CueAssert, tt.quote),
			})
			cs := c.Contested()
			if got := len(cs) == 1 && cs[0].Type == ExplicitRejection; got != tt.want || len(cs) > 1 {
				t.Errorf("%q: Contested() = %v, want a rejection of Paraguay: %v", tt.quote, cs, tt.want)
			}
		})
	}
}
