package claims

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// want is one expected claim: the source mention and name ("" for none), the cue, its class,
// a fragment the content must hold, and the kind.
type want struct {
	src, name, cue string
	class          CueClass
	content        string
	kind           Kind
}

func findClaim(cs []Claim, w want) *Claim {
	for i := range cs {
		c := &cs[i]
		// The content as written, pieces joined as Quote joins them but with its opening "that".
		if c.Cue.Text != w.cue || !strings.Contains(strings.Join(c.Content.Pieces(), " … "), w.content) {
			continue
		}
		if w.src == "" && c.Source != nil || w.src != "" && (c.Source == nil || c.Source.Text != w.src) {
			continue
		}
		return c
	}
	return nil
}

// checkWant fails t unless cs, the claims of text, hold w: its source, cue and content, its
// cue's class, its kind and, when w gives one, its speaker's name.
func checkWant(t *testing.T, text string, cs []Claim, w want) {
	t.Helper()
	c := findClaim(cs, w)
	if c == nil {
		t.Errorf("Extract(%q) has no claim %+v; got:\n%s", text, w, dump(cs))
		return
	}
	if c.Cue.Class != w.class {
		t.Errorf("claim with cue %q: class = %v, want %v", w.cue, c.Cue.Class, w.class)
	}
	if c.Kind != w.kind {
		t.Errorf("claim with cue %q: kind = %v, want %v", w.cue, c.Kind, w.kind)
	}
	if w.name != "" && c.Speaker() != w.name {
		t.Errorf("claim with cue %q: speaker = %q, want %q", w.cue, c.Speaker(), w.name)
	}
}

func TestExtract(t *testing.T) {
	tests := []struct {
		name    string
		text    string
		want    []want
		none    []string // fragments no claim's content may hold
		nocue   []string // cues no claim may have
		reason  string   // why the case matters, when it is not obvious
		noClaim bool     // no claim at all may be found
	}{
		{
			name: "a passive participle clause that opens the sentence is no part of the source",
			text: "Reached for comment by The Huffington Post on Wednesday, an AutoNation spokesman denied any involvement. Interviewed on Fox News, the senator said the bill was dead.",
			want: []want{
				{"an AutoNation spokesman", "AutoNation spokesman", "denied", CueDeny, "any involvement", Indirect},
				{"the senator", "senator", "said", CueAssert, "the bill was dead", Indirect},
			},
			reason: "the source ran from the sentence's start, named \"Wednesday\" and \"Interviewed on Fox News\" by the comma before the appositive",
		},
		{
			name: "a subject after a noun with no \"that\" between opens the source, not the noun phrase before it",
			text: "Justice Garland is exactly the kind of liberal jurist many Republicans fear will tilt the court. Officials said the probe the law enforcement agency said it was conducting was broad.",
			want: []want{
				{"many Republicans", "", "fear", CueBelieve, "will tilt the court", Indirect},
			},
			none:   []string{"jurist many"},
			reason: "PolNeAR marks the clause's own subject as the source: \"many Republicans\", not \"exactly the kind of liberal jurist many Republicans\"",
		},
		{
			name: "a noun phrase with a name opening the sentence joins the one after \"and\" in one source",
			text: "The Clinton campaign and some cybersecurity experts have alleged that Russia was behind the hack. The Vancouver police and the B.C. RCMP have confirmed the arrest.",
			want: []want{
				{"The Clinton campaign and some cybersecurity experts", "", "have alleged", CueClaim, "that Russia was behind the hack", Indirect},
				{"The Vancouver police and the B.C. RCMP", "", "have confirmed", CueAssert, "the arrest", Indirect},
			},
			reason: "PolNeAR train keeps both noun phrases of such a subject in the source 133 times to 17; the capitalised name stopped openedMention",
		},
		{
			name: "modifiers paired by \"or\" stay in the mention with the negation before them",
			text: "No state or federal law enforcement agency confirmed Hunter's account when we inquired. Local or state officials said the road was closed.",
			want: []want{
				{"No state or federal law enforcement agency", "", "confirmed", CueAssert, "Hunter's account", Indirect},
				{"Local or state officials", "", "said", CueAssert, "the road was closed", Indirect},
			},
			reason: "the source was \"federal law enforcement agency\": an agency that confirmed the account, the opposite of what the text says",
		},
		{
			name: "a bare weekday after the speaker's noun is no part of the source",
			text: "U.S. officials Tuesday expressed fears that militants could carry out an attack. Navarro County officials Tuesday emphatically rejected a report that the town was quarantined. A video posted online Tuesday purportedly shows the attack.",
			want: []want{
				{"U.S. officials", "U.S. officials", "expressed fears", CueAssert, "militants could carry out an attack", Indirect},
				{"Navarro County officials", "Navarro County officials", "emphatically rejected", CueDeny, "a report that the town was quarantined", Indirect},
				{"A video posted online Tuesday", "", "purportedly shows", CueReport, "the attack", Indirect},
			},
			reason: "the source was \"U.S. officials Tuesday\", named \"Tuesday\"; a participle keeps its time as PolNeAR marks it",
		},
		{
			name: "a list of names after an opening phrase is the whole source",
			text: "In July, Cameroon, Nigeria, Chad and Niger agreed to form a regional force. On Monday, France, Britain and Germany said the deal was dead.",
			want: []want{
				{"Cameroon, Nigeria, Chad and Niger", "", "agreed", CueAssert, "to form a regional force", Indirect},
				{"France, Britain and Germany", "", "said", CueAssert, "the deal was dead", Indirect},
			},
			reason: "the list lost its first members (\"Chad and Niger\", \"Britain and Germany\") when a phrase with its comma opened the sentence",
		},
		{
			name:   "an opening relative clause closes at a comma inside a quote's closing mark",
			text:   "One of his friends, whom the magazine describes as “the son of an oligarch,” peppers the profile with references.",
			want:   []want{{"the magazine", "", "describes", CueAssert, "as “the son of an oligarch,”", Mixed}},
			none:   []string{"peppers"},
			reason: "the comma inside the closing mark was skipped as quoted, so the content ran on into the main clause",
		},
		{
			name:   "a door that slams into someone and an impression of \"it\" are no claims",
			text:   "Johnson says the officer tried to open his door but the door slammed into Brown. It may feel like winter is squeezing all the sunlight out of your day.",
			want:   []want{{"Johnson", "", "says", CueAssert, "the door slammed into Brown", Indirect}},
			nocue:  []string{"slammed", "may feel"},
			reason: "\"slammed\" was read as an attack in words and \"It may feel like\" as someone's view",
		},
		{
			name: "a span of time ending in \"later\" before the subject is no part of the source",
			text: "A second later Johnson said he heard the first shot go off. Two days later the mayor said the road was closed.",
			want: []want{
				{"Johnson", "Johnson", "said", CueAssert, "he heard the first shot go off", Indirect},
				{"the mayor", "mayor", "said", CueAssert, "the road was closed", Indirect},
			},
			reason: "the sources were \"A second later Johnson\" and \"Two days later the mayor\" (named so); \"ago\" was already read",
		},
		{
			name: "an opening participle speaks for a described name after it, not for a trailing source",
			text: "Calling it a “fascinating event,” Nicaragua’s first lady, Rosario Murillo, said the country would work with the U.S., The Daily Telegraph said.",
			want: []want{
				{"Nicaragua’s first lady, Rosario Murillo", "Rosario Murillo", "Calling", CueAssert, "it a “fascinating event,”", Mixed},
			},
			reason: "the subject \"DESCRIPTION, NAME,\" was not read, and the calling went to the Daily Telegraph of the trailing attribution",
		},
		{
			name: "a possessive right before a cue noun is its source alone",
			text: "Sanders rallied young people with his calls to end the rigged economy. The tone of his echoed the dark themes of 1968.",
			want: []want{
				{"his", "", "calls", CueAssert, "to end the rigged economy", Indirect},
			},
			reason: "the source was \"rallied young people with his\"; a past verb after the possessive keeps its subject",
		},
		{
			name: "a noun phrase and its appositive before a comma are the subject of the verb after it",
			text: "The latest reports claim that J.J. Abrams, the director of the film, wants an early release date. O'Rourke alleges that Salva, a former partner at PWC, called up the office.",
			want: []want{
				{"The latest reports", "", "claim", CueClaim, "that J.J. Abrams, the director of the film, wants an early release date", Indirect},
				{"O'Rourke", "", "alleges", CueClaim, "that Salva, a former partner at PWC, called up the office", Indirect},
			},
			nocue:  []string{"called up"},
			reason: "the content ended at the appositive's comma, read as closing a relative clause: \"that J.J. Abrams, the director of the film\"",
		},
		{
			name: "a trailing \"told\" with its addressee ends the content before it",
			text: "A man who lives near the scene says he recorded the shots, his lawyer told CNN. Investigators found the remains of 28 people inside the graves, the attorney general told reporters Sunday.",
			want: []want{
				{"his lawyer", "", "told", CueAssert, "A man who lives near the scene says he recorded the shots", Indirect},
				{"the attorney general", "", "told", CueAssert, "Investigators found the remains of 28 people inside the graves", Indirect},
			},
			none:   []string{"the shots, his lawyer"},
			reason: "\", SOURCE said.\" ended the content before it, \", SOURCE told CNN.\" did not: the man's content ran on to \"his lawyer told CNN\" and the lawyer's claim was lost",
		},
		{
			name: "a content ends at the bracket that closes the parenthesis its cue speaks in",
			text: "This hoax comes in a couple of flavours (some claim that a photon belt is responsible for the blackout) and is so widespread that NASA had to debunk it.",
			want: []want{
				{"some", "", "claim", CueClaim, "that a photon belt is responsible for the blackout", Indirect},
			},
			none:   []string{"widespread"},
			reason: "the content ran past the bracket into the writer's \"and is so widespread that ...\"",
		},
		{
			name: "a content that opens a parenthesis ends on its closing bracket",
			text: "Obama proposed raising taxes on investment income (which Clinton also supports). Politico found a strong appetite for change among members such as Sen. Tim Kaine (D-Va.).",
			want: []want{
				{"Obama", "", "proposed", CueAssert, "raising taxes on investment income (which Clinton also supports)", Indirect},
				{"Politico", "", "found", CueReport, "such as Sen. Tim Kaine (D-Va.)", Indirect},
			},
			reason: "the content stopped before the bracket, leaving it open: \"(which Clinton also supports\", \"(D-Va\"",
		},
		{
			name: "an infinitive opening its sentence or set off by a comma is an aside, no tell cue",
			text: "Smith said in an interview, to tell the truth, that the deal was dead. To tell you the truth, the plan failed. Aides were trying to tell the country that the war was over.",
			want: []want{
				{"Smith", "", "said", CueAssert, "that the deal was dead", Indirect},
				{"Aides", "", "were trying to tell", CueAssert, "that the war was over", Indirect},
			},
			reason: "\"tell\" after any \"to\" was a cue, so \"to tell the truth\" ended the search for Smith's clause after his cue and lost his claim; \"to tell the truth\" is an adverbial aside, not speech",
		},
		{
			name: "an adverb of aspect after the auxiliary keeps the subject in a hedge's content",
			text: "Seth Rogen is also reportedly in talks to play Steve Wozniak. The rats have also reportedly eaten holes into shoe boxes.",
			want: []want{
				{"", "", "reportedly", CueClaim, "Seth Rogen is also … in talks to play Steve Wozniak", Indirect},
				{"", "", "reportedly", CueClaim, "The rats have also … eaten holes into shoe boxes", Indirect},
			},
			reason: "\"is also\" was no run of auxiliaries, so the content lost its subject: \"in talks to play Steve Wozniak\"",
		},
		{
			name: "a that-clause's opening phrase ends at its comma, and the clause goes on to its own subject",
			text: "Stacey McVey said that at the annual conference, all the agents agreed to pitch in. He noted that in September 2013, Godane had publicly claimed the attack.",
			want: []want{
				{"Stacey McVey", "", "said", CueAssert, "that at the annual conference, all the agents agreed to pitch in", Indirect},
				{"He", "", "noted", CueAssert, "that in September 2013, Godane had publicly claimed the attack", Indirect},
			},
			nocue:  []string{"agreed", "had publicly claimed"},
			reason: "\"all the agents agreed\" made a claim of its own and cut McVey's content to \"that at the annual conference\"; it is the reported clause's own predicate, nested in McVey's claim",
		},
		{
			name: "a clause with its verb before a colon is what was said, not a description of the speaking before a quote",
			text: "A third said the country was plagued by two types of people:\n\n\"A people looking for a fatwa for everything, and a cleric who wants to interfere,\" the user wrote.",
			want: []want{
				{"A third", "", "said", CueAssert, "the country was plagued by two types of people", Indirect},
				{"the user", "", "wrote", CueAssert, "A people looking for a fatwa", Direct},
			},
			reason: "\"Cruz called them on it:\" and a quote as the next paragraph gives the quote to Cruz; a clause with a finite verb before the colon is the content itself",
		},
		{
			name: "appear as showing up is no hedge: online, on-screen, following, and another verb",
			text: "Unauthorized photos of the car appeared online this week. Bill Gates appeared on-screen at the show. The images appeared following days of false alarms. Mr Somers appears and gives a statement in English. The video appeared authentic.",
			want: []want{
				{"", "", "appeared", CueClaim, "The video … authentic", Indirect},
			},
			none:   []string{"online this week", "on-screen at the show", "following days", "gives a statement"},
			reason: "the seem rule left out prepositions and places (\"appeared on Fox News\") but not these; an adjective after it is still a hedge, as PolNeAR marks it",
		},
		{
			name:   "a credit line of additional reporting with a colon is no claim",
			text:   "Sources said Britain was exploring the possibility.\n\nAdditional reporting: MARIE WOOLF\n\nThe Sunday Times",
			want:   []want{{"Sources", "", "said", CueAssert, "Britain was exploring the possibility", Indirect}},
			nocue:  []string{"reporting"},
			reason: "\"Additional reporting by ...\" gave no claim already; with a colon \"Additional\" was read as the source of a participle",
		},
		{
			name:   "a verb of judging or naming right after an indefinite appositive is a passive participle, no claim",
			text:   "He argued that to build a snowman was to create an image of a human being, an action considered sinful under the law. Garland, a Clinton appointee considered a liberal, ranks high. ISIS, a body of militants labeled a terrorist group by the United States, holds Mosul.",
			want:   []want{{"He", "", "argued", CueAssert, "that to build a snowman was to create an image of a human being", Indirect}},
			nocue:  []string{"considered", "labeled"},
			reason: "\"an action\" was read as the subject of \"considered\" and \"sinful under the law\" as what it believes",
		},
		{
			name: "a cue word that modifies a noun stays in the mention: think tank",
			text: "According to a Seoul-based think tank, Kim has been given power. A Washington think tank said the plan would fail.",
			want: []want{
				{"a Seoul-based think tank", "", "According to", CueReport, "Kim has been given power", Indirect},
				{"A Washington think tank", "", "said", CueAssert, "the plan would fail", Indirect},
			},
			reason: "\"think\" ended the mention as a cue form does, leaving \"a Seoul-based\" and \"tank\"",
		},
		{
			name: "a content that is one stranded preposition is no claim, and no cut of the claim around it",
			text: "Ribble casts Trump as a liberal who would unravel the policies he and fellow Republicans have pushed for.",
			want: []want{
				{"Ribble", "", "casts", CueAssert, "Trump as a liberal who would unravel the policies he and fellow Republicans have pushed for", Indirect},
			},
			nocue:  []string{"have pushed"},
			reason: "\"have pushed\" took the stranded \"for\" as its content, and its source cut Ribble's content to \"the policies he\"",
		},
		{
			name:   "called with its agent right after it is a meeting convened or a person phoned, no words",
			text:   "The meeting, which was reportedly called by the party chief, ended early. He was called by the president on Monday. The plan was called a disaster by critics.",
			nocue:  []string{"was reportedly called", "was called"},
			reason: "naming puts the name between the verb and \"by\" (\"was called a disaster by critics\"); right before \"by\" the verb convenes or phones",
		},
		{
			name: "tell in the present after its subject reports; after a modal, a negation or \"and\" it does not",
			text: "U.S. officials tell the Associated Press that the group had threatened to kill him. Sources tell CNN the deal is done. I could tell you the real story. Kasich says he would sit Putin down and tell him to stop. She didn't tell anyone that she was ill.",
			want: []want{
				{"U.S. officials", "", "tell", CueAssert, "that the group had threatened to kill him", Indirect},
				{"Sources", "", "tell", CueAssert, "the deal is done", Indirect},
				{"Kasich", "", "says", CueAssert, "he would sit Putin down and tell him to stop", Indirect},
			},
			nocue:  []string{"could tell", "didn't tell", "had threatened"},
			reason: "\"tell\" was in no word list, so \"officials tell the AP that X had threatened ...\" gave the threat alone as the group's claim; as a bare verb it is an infinitive or an imperative",
		},
		{
			name: "a relative clause set off by commas inside a content is an aside, the content runs to the main clause's predicate",
			text: "The paper reported that Trump, who said he was tired, would leave early. Voice of America reported Tukur, who calls himself the group's secretary-general, also said the girls would be freed. The development calls into question the narrative released by the police, which had suggested that John Doe, 42, of Texas, had been arrested.",
			want: []want{
				{"The paper", "", "reported", CueReport, "that Trump, who said he was tired, would leave early", Indirect},
				{"who", "Trump", "said", CueAssert, "he was tired", Indirect},
				{"Voice of America", "", "reported", CueReport, "Tukur, who calls himself the group's secretary-general, also said the girls would be freed", Indirect},
				{"which", "police", "had suggested", CueAssert, "that John Doe, 42, of Texas, had been arrested", Indirect},
			},
			reason: "\"who said\" made a claim of its own and cut the paper's content to \"that Trump\"; the relative closes at its first comma, and a comma inside its own that-clause before the clause has a verb (\"John Doe, 42, of Texas, had been\") is the clause's, not the relative's close",
		},
		{
			name: "a month or a year between a subject and its cue is no part of the source",
			text: "The rebel leader in August announced that his group wanted a truce. The army chief on Oct. 17 said that the talks had failed. The firm in 2009 agreed to pay a fine. A Gallup poll in June showed that most voters were unhappy.",
			want: []want{
				{"The rebel leader", "", "announced", CueAssert, "that his group wanted a truce", Indirect},
				{"The army chief", "", "said", CueAssert, "that the talks had failed", Indirect},
				{"The firm", "", "agreed", CueAssert, "to pay a fine", Indirect},
				{"A Gallup poll in June", "", "showed", CueReport, "that most voters were unhappy", Indirect},
			},
			reason: "the date is an adverbial of the verb (skipBack skips it as it does \"on Monday\"); after a poll or record it modifies the noun, as PolNeAR marks it",
		},
		{
			name: "a time written before a determiner with no comma opens an adverbial, not the source",
			text: "Last week the ministry said the border was closed. In a statement on Monday the governor said the budget was balanced. On May 18, the day the deal was announced, the club was paid $500, according to court records.",
			want: []want{
				{"the ministry", "", "said", CueAssert, "the border was closed", Indirect},
				{"the governor", "", "said", CueAssert, "the budget was balanced", Indirect},
				{"court records", "", "according to", CueReport, "the day the deal was announced, the club was paid $500", Indirect},
			},
			reason: "a time with its own determiner is followed by a relative clause (\"the day the deal was announced\"), which stays whole",
		},
		{
			name: "a caption's parenthesis that points at a picture is no part of the source",
			text: "Officer Dan Walsh (right, holding a medal) has claimed that the van hit him first. Jane Roe (left) says she was at home.",
			want: []want{
				{"Officer Dan Walsh", "", "has claimed", CueClaim, "that the van hit him first", Indirect},
				{"Jane Roe", "", "says", CueAssert, "she was at home", Indirect},
			},
		},
		{
			name: "a question that opens with who names no speaker",
			text: "Who says the town is unhappy? ‘Who wouldn’t want to live here?’ she asked. Officials say the town is happy.",
			want: []want{
				{"Officials", "", "say", CueAssert, "the town is happy", Indirect},
			},
			nocue: []string{"says", "wouldn’t want"},
		},
		{
			name: "according to X reports: the noun reports belongs to the source",
			text: "The singer died on Tuesday, according to British media reports. According to US reports, the band split up.",
			want: []want{
				{"British media reports", "", "according to", CueReport, "The singer died on Tuesday", Indirect},
				{"US reports", "", "According to", CueReport, "the band split up", Indirect},
			},
		},
		{
			name: "a relative clause inside a trailing attribution's content is no appositive of a speaker",
			text: "The race, which began in May, will be close, said John Smith, a strategist. The teens, from the small town of Dolac, are 13 and 14 years old, said Ana Perez, a counsellor. As the campaign moves to Ohio, which she hoped to carry easily, the contest will be close, said Mary Jones.",
			want: []want{
				{"John Smith, a strategist", "", "said", CueAssert, "The race, which began in May, will be close", Indirect},
				{"Ana Perez, a counsellor", "", "said", CueAssert, "The teens, from the small town of Dolac, are 13 and 14 years old", Indirect},
				{"Mary Jones", "", "said", CueAssert, "the contest will be close", Indirect},
			},
			reason: "a comma then a finite verb (\", will be close,\") or a clause (\", the contest will be close,\") ends the writer's sentence: what comes before it is no mention with an appositive, and \"said NAME\" is inverted",
		},
		{
			name: "That’s according to X: the verb joins the cue and the pronoun is the content",
			text: "The campaign raised more money in March than ever before. That’s according to a new filing with the commission.",
			want: []want{
				{"a new filing with the commission", "", "’s according to", CueReport, "That", Indirect},
			},
		},
		{
			name: "according to between a complementizer or a subordinator and its clause reports the clause after it",
			text: "The agency reported that, according to a tally of its records, most of the meetings were with donors. He left the country after, according to him, the network cut his report.",
			want: []want{
				{"a tally of its records", "", "according to", CueReport, "most of the meetings were with donors", Indirect},
				{"him", "", "according to", CueReport, "the network cut his report", Indirect},
			},
			none:   []string{"The agency reported that", "He left the country after"},
			reason: "the phrase interrupts the clause that the complementizer or subordinator opens, so the content follows it",
		},
		{
			name:   "said or say compared by than is no cue",
			text:   "Closing the plant is easier said than done. The unions have a larger say than they do in the city.",
			nocue:  []string{"said", "say"},
			reason: "\"easier said than done\" and the noun \"say\" compared by \"than\" report nothing",
		},
		{
			name: "a participle after a noun with a preposition after it is a reduced relative, no cue",
			text: "Names suggested for the role included three actors. Four judges listed on the website are imams. The man balked at the price quoted for the surgery. Officials reported on Monday the dam had burst.",
			want: []want{
				{"The man", "", "balked at", CueAssert, "the price", Indirect},
				{"Officials", "", "reported", CueReport, "the dam had burst", Indirect},
			},
			nocue:  []string{"suggested for", "listed", "quoted for"},
			reason: "the noun phrase is the subject of the verb after the phrase, or an object; a time after the preposition leaves the cue alone",
		},
		{
			name: "an adverb that opens the sentence is no name before an appositive",
			text: "Separately, the Daily Star, the paper of the party, recently reported that the leader was ill. Separately, farmer John Doe, said the dam had burst.",
			want: []want{
				{"the Daily Star, the paper of the party", "", "recently reported", CueReport, "the leader was ill", Indirect},
				{"farmer John Doe", "", "said", CueAssert, "the dam had burst", Indirect},
			},
		},
		{
			name: "a preposition's phrase that opens the sentence is no name before an appositive",
			text: "In March, the mayor, a Democrat, said the plan would fail. In a 2012 message to Clinton, Smith, head of the Center for Progress, recounted a talk.",
			want: []want{
				{"the mayor, a Democrat", "", "said", CueAssert, "the plan would fail", Indirect},
				{"Smith, head of the Center for Progress", "", "recounted", CueAssert, "a talk", Indirect},
			},
		},
		{
			name: "an infinitive, a gerund after by, or including after a mid-sentence attribution goes on with its content",
			text: "It is his job, he said, to talk to Congress. The outlets hurt the cause, she said, by creating a bubble. The emails were on many topics, the paper said, including speeches. The deal is bad, he said, to reporters.",
			want: []want{
				{"he", "", "said", CueAssert, "It is his job … to talk to Congress", Indirect},
				{"she", "", "said", CueAssert, "The outlets hurt the cause … by creating a bubble", Indirect},
				{"the paper", "", "said", CueAssert, "The emails were on many topics … including speeches", Indirect},
				{"he", "", "said", CueAssert, "The deal is bad", Indirect},
			},
		},
		{
			name: "ever stands between a source and its cue",
			text: "Would you have ever imagined that the videos were made at home? Nobody ever said he plans to open a shop.",
			want: []want{
				{"you", "", "have ever imagined", CueBelieve, "the videos were made at home", Indirect},
				{"Nobody", "", "ever said", CueAssert, "he plans to open a shop", Indirect},
			},
		},
		{
			name: "a passive order with its agent takes the infinitive after the agent into the content",
			text: "The farm has been ordered by the agency to destroy its flock.",
			want: []want{
				{"the agency", "", "has been ordered", CueAssert, "The farm … to destroy its flock", Indirect},
			},
		},
		{
			name: "a party and state tag with two initials is one word of the speaker's appositive",
			text: "Rep. Chris Collins, R-N.Y., noted that the vote was close. Sen. Kelly Ayotte, R-N.H., a member of the committee who wants to cut the budget, said the plan was late.",
			want: []want{
				{"Rep. Chris Collins, R-N.Y.", "Chris Collins", "noted", CueAssert, "that the vote was close", Indirect},
				{"who", "Kelly Ayotte", "wants", CueBelieve, "to cut the budget", Indirect},
			},
		},
		{
			name:   "Sheikh inside a name is part of it, so the title before it names that person",
			text:   "Police chief Mohamed Hassan said the road was closed. Somali President Hassan Sheikh Mohamud urged calm on Monday. The Somali president said the operation was over.",
			want:   []want{{"The Somali president", "Mohamud", "said", CueAssert, "the operation was over", Indirect}},
			reason: "the name stopped at Sheikh, and Hassan alone then matched another Hassan",
		},
		{
			name: "who after a preposition stands for the people or the named person in the phrase",
			text: "The manager received a call Thursday morning from a man who said the order was fake. The report was confirmed by a senior official, who said the talks had failed. It drew an opening question from CBS moderator Jon Dale, who said the debate was over. One of his friends, who said he was shy, left early.",
			want: []want{
				{"who", "man", "said", CueAssert, "the order was fake", Indirect},
				{"who", "senior official", "said", CueAssert, "the talks had failed", Indirect},
				{"who", "Jon Dale", "said", CueAssert, "the debate was over", Indirect},
				{"who", "One of his friends", "said", CueAssert, "he was shy", Indirect},
			},
			reason: "a count before the preposition keeps the phrase whole: one of his friends",
		},
		{
			name: "a news medium is a body no he or she stands for",
			text: "Omar Bary grew up in London, USA Today reported. “I still try,” he rapped in 2012. Anna Sun said manners matter. “They do,” she said.",
			want: []want{
				{"he", "Omar Bary", "rapped", CueAssert, "“I still try,”", Direct},
				{"she", "Anna Sun", "said", CueAssert, "“They do,”", Direct},
			},
		},
		{
			name: "a description with a place or a party in capitals is a description too",
			text: "Sen. Bernie Sanders held a rally. The Vermont senator said the system was rigged. Paul Ryan met donors in Madison. The Wisconsin Republican said the budget would pass. New Jersey Gov. Chris Christie spoke first. Kim Davis met Jeb Bush. The New Jersey governor said the debate was fair. President Omar Diallo met Francois Hollande. The French president said the talks went well.",
			want: []want{
				{"The Vermont senator", "Bernie Sanders", "said", CueAssert, "the system was rigged", Indirect},
				{"The Wisconsin Republican", "Paul Ryan", "said", CueAssert, "the budget would pass", Indirect},
				{"The New Jersey governor", "Chris Christie", "said", CueAssert, "the debate was fair", Indirect},
				{"The French president", "French president", "said", CueAssert, "the talks went well", Indirect},
			},
			reason: "a titled person is the description's only when its place is written by the name; else the one person just named",
		},
		{
			name: "a description of a public figure stands for the one person the text just named",
			text: "Donald Hale has traded his rallies for a town hall. Hale is taking questions in Salem. The billionaire businessman said the economy was weak. Maria Ortiz met Tom Baker in Reno. The candidate said the deal was done.",
			want: []want{
				{"The billionaire businessman", "Donald Hale", "said", CueAssert, "the economy was weak", Indirect},
				{"The candidate", "candidate", "said", CueAssert, "the deal was done", Indirect},
			},
			reason: "news writers vary a name with a description; with two persons named, either may be meant",
		},
		{
			name: "a description takes no person given another office, nor one without a given name",
			text: "He said his office was searching for Iguala Mayor Jose Luis Abarca. The governor said the police were part of the gang. Officials flew in from Mexico. The congressman said the border was open.",
			want: []want{
				{"The governor", "governor", "said", CueAssert, "the police were part of the gang", Indirect},
				{"The congressman", "congressman", "said", CueAssert, "the border was open", Indirect},
			},
		},
		{
			name: "an office with of before the name is the person's title, and a title before a comma and the name too",
			text: "Secretary of State Mike Pompeo met Imran Khan in Islamabad. The secretary said the talks were productive. The company's chief executive, Tim Cook, spoke at the event. The executive said sales would rise.",
			want: []want{
				{"The secretary", "Mike Pompeo", "said", CueAssert, "the talks were productive", Indirect},
				{"The executive", "Tim Cook", "said", CueAssert, "sales would rise", Indirect},
			},
		},
		{
			name: "a content that opens with an adverbial goes on past its comma to the clause's subject and verb",
			text: "The tourist asserted that during his holiday in Fiji, a beetle crawled into his ear.",
			want: []want{{"The tourist", "", "asserted", CueClaim, "during his holiday in Fiji, a beetle crawled into his ear", Indirect}},
		},
		{
			name: "a preposition before a nominal cue is no speaker: the claim has none",
			text: "The mayor stayed in office despite calls for his resignation.",
			want: []want{{"", "", "calls for", CueAssert, "his resignation", Indirect}},
		},
		{
			name: "a lone article before a nominal cue is no speaker",
			text: "The claim that the bridge was unsafe surprised the engineers.",
			want: []want{{"", "", "claim", CueClaim, "the bridge was unsafe", Indirect}},
		},
		{
			name: "a pronoun goes on standing for the full name it was first resolved to",
			text: "But now, anchor Brian Williams has leapt in — he explained that meteorologist Mike Seidel was not on air with Lester Holt, and he called for an apology.",
			want: []want{
				{"he", "Brian Williams", "explained", CueAssert, "Mike Seidel was not on air", Indirect},
				{"he", "Brian Williams", "called for", CueAssert, "an apology", Indirect},
			},
			reason: "the name a pronoun took from the text is a person later pronouns may stand for, not a name inside what he said",
		},
		{
			name: "a given name alone as the subject stands for the full name written with it before",
			text: "Senator Maria Ruiz said the plan was sound. I told Megan Ortiz that the vote was close. Megan was not convinced. “It is a gamble,” she said.",
			want: []want{{"she", "Megan Ortiz", "said", CueAssert, "It is a gamble", Direct}},
		},
		{
			name:   "a surname alone as the subject stands for the full name written before",
			text:   "Gov. Dan Ferris met donors on Monday. Senator Mark Ruiz said the plan was sound. Ferris is more careful. In his speech, he said the plan would wait.",
			want:   []want{{"he", "Dan Ferris", "said", CueAssert, "the plan would wait", Indirect}},
			reason: "the pronoun took the last speaker of its gender, or none, though the sentence before is about Ferris",
		},
		{
			name:   "a surname alone as the subject stands for the full name written pages before",
			text:   "Gov. Dan Ferris met donors on Monday. " + strings.Repeat("The roads were quiet and the shops were closed all week. ", 20) + "Senator Mark Ruiz said the plan was sound. Ferris flew to Boston, where he said the plan would wait.",
			want:   []want{{"he", "Dan Ferris", "said", CueAssert, "the plan would wait", Indirect}},
			reason: "the full name is further back than a surname's nearest full name is looked for",
		},
		{
			name:   "the company stands for the business named before as a subject or a possessor, though it has not spoken",
			text:   "When Zentrix unveiled its new tablet on Monday, the company said it would ship in May.",
			want:   []want{{"the company", "Zentrix", "said", CueAssert, "it would ship in May", Indirect}},
			reason: "a description of a business took only a business that had spoken before",
		},
		{
			name:   "a medium's name is no second person beside the one a description stands for",
			text:   "Laura Whitfield opened Tuesday's edition of NBC Nightly News with the storm. The anchor said the roads were closed.",
			want:   []want{{"The anchor", "Laura Whitfield", "said", CueAssert, "the roads were closed", Indirect}},
			reason: "NBC Nightly News counted as a second person, and an anchor was no public figure's description",
		},
		{
			name:   "they stands for no news medium",
			text:   "Police said the road was open. The Westport Herald reported that the driver had not slept. They said he had warned his boss.",
			want:   []want{{"They", "They", "said", CueAssert, "he had warned his boss", Indirect}},
			reason: "a medium is no group of people that acts: they are people it tells of",
		},
		{
			name:   "a surname two people of either gender share takes the gender of a pronoun after it",
			text:   "Senator Ann Marlow and her husband, former governor Paul Marlow, toured the plant. Marlow said on Monday that she would vote for the bill.",
			want:   []want{{"Marlow", "Ann Marlow", "said", CueAssert, "she would vote for the bill", Indirect}},
			reason: "the surname took the nearest full name ending in it",
		},
		{
			name:   "an al- surname capitalised at a sentence's start stands for the full name written in lower case",
			text:   "The leader of the group is Abu Karim al-Masri. Al-Masri said in a video that the fighting would go on.",
			want:   []want{{"Al-Masri", "Abu Karim al-Masri", "said", CueAssert, "the fighting would go on", Indirect}},
			reason: "a name's last word was capitalised only",
		},
		{
			name: "a given name the list lacks stands for its full name too, unless two full names share it",
			text: "The post was written by Taylor Ann Brooks. Senator Maria Ruiz said the plan was sound. Taylor was not convinced. “It is a gamble,” she said.",
			want: []want{{"she", "Taylor Ann Brooks", "said", CueAssert, "It is a gamble", Direct}},
		},
		{
			name: "a pronoun stands for the person the previous sentence is about, named after the last speaker",
			text: "Senator Mark Ruiz said the plan was sound. The economist Tom Baker studied the numbers last week. He said they did not add up.",
			want: []want{
				{"Senator Mark Ruiz", "Mark Ruiz", "said", CueAssert, "the plan was sound", Indirect},
				{"He", "Tom Baker", "said", CueAssert, "they did not add up", Indirect},
			},
		},
		{
			name: "an impersonal passive takes a clause without that, and its contraction too",
			text: "It is thought the gunman acted alone. It’s believed Vickers fired the shots. It's titled “A Message to America.”",
			want: []want{
				{"", "", "It is thought", CueClaim, "the gunman acted alone", Indirect},
				{"", "", "It’s believed", CueClaim, "Vickers fired the shots", Indirect},
			},
			nocue:  []string{"’s believed", "'s titled", "It's titled"},
			reason: "a hedge of no one, as \"it is believed that\"; on FNC-1's bodies 32 such claims found or mended, none on PolNeAR train",
		},
		{
			name: "an impersonal passive after the content's comma hedges the clause before it, and \"it is claimed\" is one",
			text: "MI5 agents illegally interrogated British Muslims, it was claimed yesterday. The minister resigned, it has been reported. It has now been claimed Emwazi was radicalised on the trip. The gunman acted alone, it is understood, and police are not looking for anyone else.",
			want: []want{
				{"", "", "it was claimed", CueClaim, "MI5 agents illegally interrogated British Muslims", Indirect},
				{"", "", "it has been reported", CueClaim, "The minister resigned", Indirect},
				{"", "", "It has now been claimed", CueClaim, "Emwazi was radicalised on the trip", Indirect},
			},
			nocue:  []string{"it is understood"},
			reason: "the trailing form gave no claim at all, and \"claimed\" was no impersonal passive (\"said\", \"reported\", \"alleged\" were); a clause that goes on after the passive is left alone",
		},
		{
			name: "a trailing source tells the main clause after an opening subordinate clause",
			text: "As Pakistan awaits the visit, Islamabad believes it will be a big challenge, diplomatic sources said. Although Weiner admitted that he erred, he claimed he had done nothing illegal, aides said.",
			want: []want{
				{"diplomatic sources", "diplomatic sources", "said", CueAssert, "As Pakistan awaits the visit, Islamabad believes it will be a big challenge", Indirect},
				{"Weiner", "Weiner", "admitted", CueAssert, "he erred", Indirect},
			},
			nocue:  []string{"believes"},
			reason: "a claim in the opening clause still keeps the trailing source from reaching back over it; on PolNeAR train +2 matches, no prediction more",
		},
		{
			name: "a passive with its agent takes what the agent calls the subject, and the agent no time",
			text: "Emwazi was described by the Washington Post as a computer science graduate. A man named Ali was identified by The Independent in May 2010 as having been questioned.",
			want: []want{
				{"the Washington Post", "Washington Post", "was described", CueAssert, "as a computer science graduate", Indirect},
				{"The Independent", "Independent", "was identified", CueAssert, "as having been questioned", Indirect},
			},
			reason: "on PolNeAR train +1 match, no prediction more; 6 claims of FNC-1's bodies, all right",
		},
		{
			name:   "a claim inside a quotation ends at its closing mark",
			text:   "'You took them alive, we want them returned alive,' read a huge banner across the road.",
			want:   []want{{"we", "", "want", CueBelieve, "them returned alive", Indirect}},
			none:   []string{"banner"},
			reason: "words after the closing mark are the writer's; on FNC-1's bodies 22 contents were cut so, none on PolNeAR train",
		},
		{
			name:  "for sure after known is an adverb, no grounds",
			text:  "It could be days before the identities of the dead are known for sure.",
			nocue: []string{"are known for", "known"},
		},
		{
			name: "reminded and warned with an addressee take the object of the particle after it as the content",
			text: "The governor reminded voters of the flood relief she secured. Okoro warned the board against selling the land. The new mural reminds me of Rivera. The nurses told investigators they were unaware of the leak.",
			want: []want{
				{"The governor", "", "reminded", CueAssert, "the flood relief she secured", Indirect},
				{"Okoro", "Okoro", "warned", CueAssert, "selling the land", Indirect},
				{"The nurses", "", "told", CueAssert, "they were unaware of the leak", Indirect},
			},
			nocue:  []string{"reminds"},
			reason: "on PolNeAR train +12 matches, +12 predictions; a pronoun after remind makes a likeness",
		},
		{
			name: "told, urges and warned with an addressee and a to-infinitive take both as the content",
			text: "The inspectors have told tenants not to drink the tap water. Haddad urges farmers to sell their surplus. The coach warned Ortiz to stay off the ice. The mayor told the story to reporters.",
			want: []want{
				{"The inspectors", "", "have told", CueAssert, "tenants not to drink the tap water", Indirect},
				{"Haddad", "Haddad", "urges", CueAssert, "farmers to sell their surplus", Indirect},
				{"The coach", "", "warned", CueAssert, "Ortiz to stay off the ice", Indirect},
			},
			nocue:  []string{"told"},
			reason: "on PolNeAR train +7 matches, +8 predictions",
		},
		{
			name: "vouched for, alluded to, balked at, brushed off, ticked off and opened up about are phrasal cues",
			text: "Her former coach vouched for her character. The mayor alluded to the budget gap. The board balked at the new contract. Nguyen brushed off the criticism. The senator ticked off a list of grievances. The actor opened up about his years in foster care. The bishop has spoken out against the death penalty.",
			want: []want{
				{"Her former coach", "", "vouched for", CueAssert, "her character", Indirect},
				{"The mayor", "", "alluded to", CueAssert, "the budget gap", Indirect},
				{"The board", "", "balked at", CueAssert, "the new contract", Indirect},
				{"Nguyen", "Nguyen", "brushed off", CueAssert, "the criticism", Indirect},
				{"The senator", "", "ticked off", CueAssert, "a list of grievances", Indirect},
				{"The actor", "", "opened up about", CueAssert, "his years in foster care", Indirect},
				{"The bishop", "", "has spoken out against", CueAssert, "the death penalty", Indirect},
			},
			reason: "on PolNeAR train +25 matches, +26 predictions",
		},
		{
			name: "lashed out at, took issue with, shrugged off, hinted at and ripped into are phrasal cues",
			text: "The mayor lashed out at the transit board. Ms. Ruiz took issue with the audit. The union shrugged off the ruling. Okafor hinted at a second run. The governor ripped into the legislature.",
			want: []want{
				{"The mayor", "", "lashed out at", CueAssert, "the transit board", Indirect},
				{"Ms. Ruiz", "Ruiz", "took issue with", CueAssert, "the audit", Indirect},
				{"The union", "", "shrugged off", CueAssert, "the ruling", Indirect},
				{"Okafor", "Okafor", "hinted at", CueAssert, "a second run", Indirect},
				{"The governor", "", "ripped into", CueAssert, "the legislature", Indirect},
			},
			reason: "on PolNeAR train +17 matches, +18 predictions",
		},
		{
			name: "warned, boasted and complained take the object of their particle as the content",
			text: "The engineers warned of a failure in the cooling system. Delgado has boasted of his record on jobs. Tenants complain about the noise from the depot.",
			want: []want{
				{"The engineers", "", "warned of", CueAssert, "a failure in the cooling system", Indirect},
				{"Delgado", "Delgado", "has boasted of", CueAssert, "his record on jobs", Indirect},
				{"Tenants", "", "complain about", CueAssert, "the noise from the depot", Indirect},
			},
			reason: "on PolNeAR train +9 matches, +7 predictions",
		},
		{
			name: "a quote inside an infinitive after a tell verb's object keeps the infinitive",
			text: "His aide had warned him not to get too nasty in his attacks, to act \"presidential,\" but he ignored the advice.",
			want: []want{{"His aide", "", "had warned", CueAssert, "him not to get too nasty in his attacks, to act \"presidential,\"", Mixed}},
		},
		{
			name:   "a question after an addressee and an adverbial is what was asked",
			text:   "Vargas, an activist, asked the former secretary of state during a Facebook chat if she would commit to his “#wordsmatter” pledge regarding the issue.",
			want:   []want{{"Vargas, an activist", "", "asked", CueAssert, "if she would commit to his “#wordsmatter” pledge regarding the issue", Mixed}},
			reason: "the question opens at \"if\", not at the quote inside it",
		},
		{
			name:   "the grounds after a passive's agent are content, not source",
			text:   "Trump has been criticized by some of his rivals for failing to spend enough time in the state.",
			want:   []want{{"some of his rivals", "", "has been criticized", CueAccuse, "Trump … for failing to spend enough time in the state", Indirect}},
			reason: "PolNeAR marks the subject and the grounds as the content of a passive of accusing",
		},
		{
			name:   "a nominal cue that is the sentence's subject ends its content before the main verb",
			text:   "Donald Trump's accusation that Clinton is playing the card and would be a failed candidate if she were a man touched off a debate. Biden rejected Trump's claim that the man was a migrant who had crossed illegally.",
			want:   []want{{"Donald Trump's", "", "accusation", CueAccuse, "that Clinton is playing the card and would be a failed candidate if she were a man", Indirect}, {"Trump's", "", "claim", CueClaim, "that the man was a migrant who had crossed illegally", Indirect}},
			none:   []string{"touched off"},
			reason: "the main verb after the noun's clause is the writer's, not part of what was claimed",
		},
		{
			name:   "a copula between a noun of belief and its that-clause joins the cue",
			text:   "Their fear is that the plan will fail.",
			want:   []want{{"Their", "", "fear is", CueBelieve, "that the plan will fail", Indirect}},
			reason: "PolNeAR marks \"fear is\" as the cue, as it marks \"claim is\", \"view is\"",
		},
		{
			name:   "a gerund after a possessive is the subject of the verb after it",
			text:   "The paper's reporting indicated that some of the donors were unaware of the facts.",
			want:   []want{{"The paper's reporting", "", "indicated", CueAssert, "that some of the donors were unaware of the facts", Indirect}},
			nocue:  []string{"'s reporting"},
			reason: "\"'s\" before a gerund that a verb follows is a possessive, not \"is\"",
		},
		{
			name: "a dash that closes an aside inside the content goes on with it",
			text: "He says the plan to close the plant -- a step the company has since delayed -- and its cuts to pensions hurt the town.\n\nOfficials expect the firm to cut 200 jobs -- the first of many -- as the company shifts work to a plant in Mexico.",
			want: []want{{"He", "", "says", CueAssert, "-- and its cuts to pensions hurt the town", Indirect}, {"Officials", "", "expect", CueBelieve, "the firm to cut 200 jobs", Indirect}},
			none: []string{"as the company shifts"},
		},
		{
			name: "a sentence adverb before the subject is no part of the source",
			text: "The poll is old, and perhaps young voters prefer the plan of the mayor. He has doubts, but ultimately Prager thinks their logic is flawed. Recently hacked documents show the deal was signed.",
			want: []want{{"young voters", "", "prefer", CueBelieve, "the plan of the mayor", Indirect}, {"Prager", "", "thinks", CueBelieve, "their logic is flawed", Indirect}, {"Recently hacked documents", "", "show", CueReport, "the deal was signed", Indirect}},
		},
		{
			name:   "a noun phrase content ends before a closing as well or too",
			text:   "The new rules could favor him as well. Ms. Ruiz thinks so, too. The rail systems need work, and the bridges do as well, the mayor said.",
			want:   []want{{"The new rules", "", "could favor", CueBelieve, "him", Indirect}, {"Ms. Ruiz", "", "thinks", CueBelieve, "so", Indirect}, {"the mayor", "", "said", CueAssert, "the bridges do as well", Indirect}},
			none:   []string{"him as well", "so, too"},
			reason: "PolNeAR leaves the writer's \"as well\" and \"too\" out of a noun phrase, and keeps them in a clause",
		},
		{
			name:   "a stance verb's object keeps its own phrase after in or on",
			text:   "The senator has long supported a ban on imports of ivory. The union endorsed Garcia in March.",
			want:   []want{{"The senator", "", "has long supported", CueBelieve, "a ban on imports of ivory", Indirect}, {"The union", "", "endorsed", CueAssert, "Garcia", Indirect}},
			none:   []string{"Garcia in March"},
			reason: "after a noun \"in\" or \"on\" heads the object's phrase, which PolNeAR keeps; after a name, or before a date, it is the writer's adverbial",
		},
		{
			name:   "a time after an infinitive is the infinitive's",
			text:   "The campaign challenged Garcia to debate him in Dayton on May 4.",
			want:   []want{{"The campaign", "", "challenged", CueAccuse, "Garcia to debate him in Dayton on May 4", Indirect}},
			reason: "the debate is on May 4, not the challenge: the time stays in the content",
		},
		{
			name:   "a relative pronoun before an adverbial aside is the source",
			text:   "The board rejected the plan, as did its chair, who, on a call Friday, criticized the audit for its delays.",
			want:   []want{{"who", "", "criticized", CueAccuse, "the audit for its delays", Indirect}},
			reason: "PolNeAR marks \"who\" as the source with or without an aside between commas before the cue",
		},
		{
			name: "a list of noun phrases that opens the sentence is one source",
			text: "Farmers, truckers and local officials say the new toll will hurt trade.",
			want: []want{{"Farmers, truckers and local officials", "", "say", CueAssert, "the new toll will hurt trade", Indirect}},
		},
		{
			name: "such as and a party in brackets stay in a stance verb's object",
			text: "They endorse sending aid to countries such as Sudan. The governor endorsed Rep. Dana Wells (R-Ohio) for the seat.",
			want: []want{{"They", "", "endorse", CueAssert, "sending aid to countries such as Sudan", Indirect}, {"The governor", "", "endorsed", CueAssert, "Rep. Dana Wells (R-Ohio)", Indirect}},
		},
		{
			name: "a book's title in quotes stays in a trailing source's appositive",
			text: "''We will appeal,'' said Maria Lopez, a co-author of ''The Long Road Home: Farming in Hard Times.''",
			want: []want{{"Maria Lopez, a co-author of ''The Long Road Home: Farming in Hard Times", "Maria Lopez", "said", CueAssert, "We will appeal", Direct}},
		},
		{
			name:   "an opening mark left unclosed inside a paragraph quotes to the paragraph's end",
			text:   "“The plan is unlike any we have seen,” said Moreno. “Its costs have defied every estimate.\n\nThe council meets on Friday.",
			want:   []want{{"Moreno", "Moreno", "said", CueAssert, "Its costs have defied every estimate.", Direct}},
			none:   []string{"The council meets"},
			reason: "on PolNeAR train 4 such quotes are attributed (a split quote's second half, a quote after \"said,\" or a label's colon), none lost",
		},
		{
			name: "an unclosed mark that opens its paragraph is still dropped",
			text: "“We never saw the papers, said Lopez, who runs the clinic.\n\nThe council meets on Friday.",
			none: []string{"The council meets"},
		},
		{
			name:   "only between an auxiliary and its cue limits the verb",
			text:   "Pressed on the plan, the senator would only say that it was worrisome. The only hope the council has now is a new vote.",
			want:   []want{{"the senator", "", "would only say", CueAssert, "it was worrisome", Indirect}},
			nocue:  []string{"hope", "only hope"},
			reason: "\"The only hope\", \"the government's only hope\": after a determiner or a possessive, only qualifies the noun",
		},
		{
			name:   "an infinitive content ends before a clause of time whose subject is a person's pronoun",
			text:   "The mayor sought to calm the crowd as he walked through the square.",
			want:   []want{{"The mayor", "", "sought", CueBelieve, "to calm the crowd", Indirect}},
			none:   []string{"as he walked"},
			reason: "on PolNeAR train such a clause of time ends the content (the writer's occasion) 9 times to 6 where it goes on, mostly after a gerund",
		},
		{
			name: "a clause of time after a gerund may be the gerund's and stays",
			text: "The governor accused her rival of pushing to close the plant while she was in office.",
			want: []want{{"The governor", "", "accused", CueAccuse, "her rival of pushing to close the plant while she was in office", Indirect}},
		},
		{
			name: "a list of gerunds after a verb of stance stays whole",
			text: "The council supported raising the fee, cutting the budget and hiring more teachers.",
			want: []want{{"The council", "", "supported", CueBelieve, "raising the fee, cutting the budget and hiring more teachers", Indirect}},
		},
		{
			name: "a recall of a count of goods is no memory",
			text: "Tesla recalls 12,000 vehicles over a seat belt warning. She recalled that the meeting was tense.",
			want: []want{{"She", "", "recalled", CueAssert, "the meeting was tense", Indirect}},
			none: []string{"vehicles"},
		},
		{
			name: "a name after the cue may open with a date written with a slash",
			text: "\"The reasons do not hold weight,\" said 9/11 widow Mary Lane.",
			want: []want{{"9/11 widow Mary Lane", "Mary Lane", "said", CueAssert, "\"The reasons do not hold weight,\"", Direct}},
		},
		{
			name: "a relative pronoun stands for the object of a perfect, not the verb and its object",
			text: "The effort has also included members of the Saudi government, which has strongly denied any involvement in the attacks.",
			want: []want{{"which", "members of the Saudi government", "has strongly denied", CueDeny, "any involvement in the attacks", Indirect}},
		},
		{
			name: "a quantifier of whom stands for the noun phrase before it, after an adverb and its preposition",
			text: "The veto has not gone over well with relatives of the victims, many of whom say the bill is fair.",
			want: []want{{"many of whom", "relatives of the victims", "say", CueAssert, "the bill is fair", Indirect}},
		},
		{
			name:  "a claim judged by an adjective after a determiner is a noun, not a verb of the adjective",
			text:  "But NASA denies both the tweet and the bogus claim that a planetary alignment will let you float. The dubious claim that cats can talk spread.",
			want:  []want{{"NASA", "NASA", "denies", CueDeny, "both the tweet and the bogus claim that a planetary alignment will let you float", Indirect}},
			nocue: []string{"claim"},
		},
		{
			name: "a pronoun agrees in gender with the speaker it stands for",
			text: "Donald Trump said the report was false. Michelle Fields filed a complaint. \"I did not want to,\" she said. Hillary Clinton said the vote was close. Bill Clinton said the crowd was large. Mrs. Clinton said she would win.",
			want: []want{
				{"she", "Michelle Fields", "said", CueAssert, "\"I did not want to,\"", Direct},
				{"Mrs. Clinton", "Hillary Clinton", "said", CueAssert, "she would win", Indirect},
			},
		},
		{
			name: "a surname takes the full name written further back than personBefore reaches",
			text: "Senator Lena Marlow toured the plant on Monday. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. The workers walked past the old machines and the empty halls of the factory. Marlow said the plant would stay open. \"We will keep it,\" she said.",
			want: []want{
				{"Marlow", "Lena Marlow", "said", CueAssert, "the plant would stay open", Indirect},
				{"she", "Lena Marlow", "said", CueAssert, "\"We will keep it,\"", Direct},
			},
			reason: "on PolNeAR train 550 surnames alone (\"Trump\", \"Sanders\") had their full name more than 200 tokens back",
		},
		{
			name: "a noun for people or a word of the language before a full name is none of it",
			text: "Comedian Dara Quill joined the tour on Friday. Quill said the jokes were old. Fans came to see the show. (See Tomas Reyes's photos below.) Reyes said the crowd was small.",
			want: []want{
				{"Quill", "Dara Quill", "said", CueAssert, "the jokes were old", Indirect},
				{"Reyes", "Tomas Reyes", "said", CueAssert, "the crowd was small", Indirect},
			},
		},
		{
			name: "a description takes the person the text gives its title, before the name or in an appositive",
			text: "Sen. Ruth Alder visited the base on Monday. Alder toured the hangars with the crew. \"We owe them more,\" the senator said. Omar Pell, the former mayor, opened the school. \"It took ten years,\" the former mayor said.",
			want: []want{
				{"the senator", "Ruth Alder", "said", CueAssert, "\"We owe them more,\"", Direct},
				{"the former mayor", "Omar Pell", "said", CueAssert, "\"It took ten years,\"", Direct},
			},
		},
		{
			name: "a title tells the gender, the first of a mention's; a name particle is no first name",
			text: "Gene Sperling said rates would rise. Lael Brainard said they would not. \"She is smart,\" said Mr. Sperling, who worked with Ms. Brainard. Mayor Bill de Blasio said the city was safe. De Blasio said crime fell.",
			want: []want{
				{"Mr. Sperling, who worked with Ms. Brainard", "Gene Sperling", "said", CueAssert, "\"She is smart,\"", Direct},
				{"De Blasio", "Bill de Blasio", "said", CueAssert, "crime fell", Indirect},
			},
		},
		{
			name:  "a label before a colon is no clause, and an adverb before a verb is no source",
			text:  "The plan will somehow let you float for three seconds at a time:\n\n“These rumors are false and the image is doctored.”",
			nocue: []string{"seconds at a time:"},
		},
		{
			name:  "a participle with its adverb after a determiner is an adjective of the noun after it",
			text:  "But that headline, which mirrors a widely denounced tweet by Ann Coulter, is misleading. A widely reported claim that he quit spread.",
			nocue: []string{"denounced", "claim"},
		},
		{
			name: "a noun for a person's trade before a given name is no part of the name",
			text: "Comedian Sarah Silverman said the speech was moving. Co-moderator Andrea Mitchell asked about the debt.",
			want: []want{
				{"Comedian Sarah Silverman", "Sarah Silverman", "said", CueAssert, "the speech was moving", Indirect},
				{"Co-moderator Andrea Mitchell", "Andrea Mitchell", "asked about", CueAssert, "the debt", Indirect},
			},
		},
		{
			name: "a noun for people before a speaker's full name is no part of the name",
			text: "Comedian Karen Diaz said the show would go on.",
			want: []want{{"Comedian Karen Diaz", "Karen Diaz", "said", CueAssert, "the show would go on", Indirect}},
		},
		{
			name: "a pronoun takes a full name named after the described speaker before it",
			text: "\"Too much hate,\" said the woman, who did not give her name. Karen Diaz, the organist at the church, plays on Sundays. She said the town was quiet.",
			want: []want{
				{"the woman, who did not give her name", "woman", "said", CueAssert, "\"Too much hate,\"", Direct},
				{"She", "Karen Diaz", "said", CueAssert, "the town was quiet", Indirect},
			},
		},
		{
			name: "a sentence's first word before a given name is no part of the name",
			text: "Rival Hillary Clinton had mocked the complaint. Clinton said the debate went well.",
			want: []want{{"Clinton", "Hillary Clinton", "said", CueAssert, "the debate went well", Indirect}},
		},
		{
			name: "an agency's administrator and a county's sheriff are titles",
			text: "FAA Administrator Michael Whitaker said the cap would stay. County Sheriff Ana Ruiz said the road was closed.",
			want: []want{{"FAA Administrator Michael Whitaker", "Michael Whitaker", "said", CueAssert, "the cap would stay", Indirect}, {"County Sheriff Ana Ruiz", "Ana Ruiz", "said", CueAssert, "the road was closed", Indirect}},
		},
		{
			name: "an indefinite speaker who calls something by a word is no naming, when a determiner follows",
			text: "A spokeswoman called the report \"misleading.\" A super PAC called Future45 ran ads.",
			want: []want{{"A spokeswoman", "spokeswoman", "called", CueDeny, "the report \"misleading.\"", Mixed}},
			none: []string{"Future45"},
		},
		{
			name: "those told may be senators, employees, a committee or a rally, before a clause without that",
			text: "The administrator told senators the agency had found serious problems. The chief executive told employees the plant would close.",
			want: []want{{"The administrator", "", "told", CueAssert, "the agency had found serious problems", Indirect}, {"The chief executive", "", "told", CueAssert, "the plant would close", Indirect}},
			none: []string{"senators the agency"},
		},
		{
			name: "a plural addressee ends before a name that opens the clause told",
			text: "Kremlin spokesman Dmitry Peskov told reporters Moscow remained open to negotiations. The host told viewers Tuesday the show would end. The senator told CNN host Jake Tapper the bill was dead.",
			want: []want{
				{"Kremlin spokesman Dmitry Peskov", "Dmitry Peskov", "told", CueAssert, "Moscow remained open to negotiations", Indirect},
				{"The host", "", "told", CueAssert, "the show would end", Indirect},
				{"The senator", "", "told", CueAssert, "the bill was dead", Indirect},
			},
			reason: "'reporters Moscow' was read as one addressee, like 'host Jake Tapper', and the claim was lost",
		},
		{
			name:   "a claim in the that-clause of a noun of content is the noun's, not one of its own",
			text:   "The notion that voters want a third party is spreading. There was news that the union would endorse the mayor. The governor is betting that voters want lower taxes. The senator said the vote was close.",
			want:   []want{{"The senator", "", "said", CueAssert, "the vote was close", Indirect}},
			none:   []string{"a third party", "the mayor", "lower taxes"},
			reason: "PolNeAR marks the holder of \"the notion that ...\" or \"news that ...\", when anyone, not the verb inside the clause",
		},
		{
			name:   "a cue's -s form after a word that qualifies plurals is a plural noun",
			text:   "The governor has broken many promises he made to voters. Initial estimates put the cost at $2 billion. Those pledges add up to more than $8 million. The governor said the cost was lower.",
			want:   []want{{"The governor", "", "said", CueAssert, "the cost was lower", Indirect}, {"Initial estimates", "", "put", CueBelieve, "the cost at $2 billion", Indirect}},
			none:   []string{"he made to voters", "put the cost", "add up"},
			reason: "no verb in -s follows \"many\", \"those\" or \"initial\": the word is the noun (the estimates put the cost at a figure)",
		},
		{
			name:   "a verb form of a cue after a preposition is a noun",
			text:   "The mayor held three rallies a day in hopes voters would turn out. The council voted in favor of the budget. The mayor said turnout was high.",
			want:   []want{{"The mayor", "", "said", CueAssert, "turnout was high", Indirect}},
			none:   []string{"voters would turn out", "the budget"},
			reason: "\"in hopes\", \"in favor\": the preposition makes the word a noun, no verb of hoping or favoring",
		},
		{
			name:   "a claim in a clause of condition or an indirect question is not made",
			text:   "Some delegates still question whether the governor truly opposes the deal. That matters only if you believe them and not him. If we thought they were secure, we would leave. The senator said the pipeline was dead.",
			want:   []want{{"The senator", "", "said", CueAssert, "the pipeline was dead", Indirect}},
			none:   []string{"the deal", "them and not him", "they were secure"},
			reason: "PolNeAR does not annotate what is only supposed (\"if voters believe her\") or asked about (\"whether she opposes it\")",
		},
		{
			name:   "a verb of wish after \"and\" in a reported clause is its pronoun's, inside the claim",
			text:   "The mayor said she was tired of the delays and wanted a contractor who could finish by June. The union praised the plan and wanted more jobs.",
			want:   []want{{"The mayor", "", "said", CueAssert, "she was tired of the delays and wanted a contractor", Indirect}, {"The union", "", "wanted", CueBelieve, "more jobs", Indirect}},
			reason: "PolNeAR annotates \"she was tired ... and wanted ...\" as the mayor's one content; the speaker is not the one who wants",
		},
		{
			name:   "the sentence that opens an editor's note is the publication's, no attribution",
			text:   "The senator said the bill would pass.\n\nEditor’s note: The governor is a habitual liar who has repeatedly vowed to close the border to all refugees.",
			want:   []want{{"The senator", "", "said", CueAssert, "the bill would pass", Indirect}},
			none:   []string{"to close the border"},
			reason: "PolNeAR marks the line an outlet appends to its articles (\"Editor's note: ...\") Discard",
		},
		{
			name: "an embedded post is its author's whole, not the article's claims",
			text: "Critics piled on within hours.\n\n<tweet id=\"1\" author=\"@deskwatch\" datetime=\"2016-06-28\">No surprise here! The mayor reportedly wants a boxer at the gala https://t.co/x — Desk Watch (@deskwatch) June 28, 2016</tweet>.\n\nThe mayor's office said the guest list was not final.",
			want: []want{
				{"Desk Watch (@deskwatch)", "Desk Watch", "—", CueAssert, "No surprise here! The mayor reportedly wants a boxer at the gala https://t.co/x", Indirect},
				{"The mayor's office", "", "said", CueAssert, "the guest list was not final", Indirect},
			},
			nocue:  []string{"reportedly"},
			reason: "PolNeAR texts mark an embedded tweet as <tweet ...>...</tweet>; a verb inside the post is the poster's wording, not an attribution of the article: the post is its signer's (tweetSignatures)",
		},
		{
			name:   "a connective that opens the sentence with its comma is the writer's, not the content's",
			text:   "Turnout fell. Still, most voters back the plan, the survey found. In contrast, he said, the council must act.",
			want:   []want{{"the survey", "", "found", CueReport, "most voters back the plan", Indirect}, {"he", "", "said", CueAssert, "the council must act", Indirect}},
			none:   []string{"Still", "contrast"},
			reason: "PolNeAR leaves \"Still,\" and \"In contrast,\" that link the writer's sentences out of the content",
		},
		{
			name:   "a be-form and an adjective of stance with its preposition are a cue",
			text:   "Union leaders have been deeply critical of the trade deal. The mayor is proud of the new bridge. The senator was critical to the vote.",
			want:   []want{{"Union leaders", "", "have been deeply critical of", CueBelieve, "the trade deal", Indirect}, {"The mayor", "", "is proud of", CueBelieve, "the new bridge", Indirect}},
			none:   []string{"the vote"},
			reason: "PolNeAR marks \"is critical of\", \"are worried about\" as cues of what the subject thinks; \"critical to\" is no stance",
		},
		{
			name:   "being known for something is a reputation without its holders",
			text:   "The senator is best known for her work on veterans' care. A chef known for his soups opened a diner.",
			want:   []want{{"", "", "is best known for", CueClaim, "The senator … her work on veterans' care", Indirect}},
			none:   []string{"his soups"},
			reason: "PolNeAR marks \"X is known for Y\" as it marks \"X is accused of Y\": no source, X and Y the content",
		},
		{
			name: "a be-form and an adjective of belief before a that-clause are a cue",
			text: "The mayor's aides remain confident that the levy will pass. Organizers were adamant that the march would go ahead.",
			want: []want{{"The mayor's aides", "", "remain confident", CueBelieve, "the levy will pass", Indirect}, {"Organizers", "", "were adamant", CueBelieve, "the march would go ahead", Indirect}},
		},
		{
			name: "ease, confidence and division are stances too",
			text: "The board members were uncomfortable with the merger. Local farmers are sharply divided over the new tariff.",
			want: []want{{"The board members", "", "were uncomfortable with", CueBelieve, "the merger", Indirect}, {"Local farmers", "", "are sharply divided over", CueBelieve, "the new tariff", Indirect}},
		},
		{
			name:   "a negated or modal passive hedge takes its negation and auxiliary into the cue",
			text:   "Ortiz is not expected to attend the rally. The mayor had been expected to resign.",
			want:   []want{{"", "", "is not expected", CueClaim, "Ortiz … to attend the rally", Indirect}, {"", "", "had been expected", CueClaim, "The mayor … to resign", Indirect}},
			reason: "\"is not expected to\" and \"had been expected to\" hedge as \"is expected to\" does; the subject stays in the content",
		},
		{
			name:   "a passive of accusing without its agent has no source, and the subject with the grounds is the content",
			text:   "The senator has been criticized for missing votes, which he defended. Ortiz is accused of fraud. A guard was charged with assault.",
			want:   []want{{"", "", "has been criticized", CueAccuse, "The senator … for missing votes", Indirect}, {"", "", "is accused of", CueAccuse, "Ortiz … fraud", Indirect}, {"", "", "was charged", CueAccuse, "A guard … with assault", Indirect}},
			none:   []string{"votes, which"},
			reason: "PolNeAR marks \"was criticized for\" and \"is accused of\" with the one accused and the grounds as the content; a relative clause after a comma is the writer's",
		},
		{
			name: "a time between a passive of accusing and its grounds is neither",
			text: "The former minister was charged on Monday with laundering $150 million. The mayor was accused on Tuesday of taking bribes.",
			want: []want{{"", "", "was charged", CueAccuse, "The former minister … with laundering $150 million", Indirect}, {"", "", "was accused on Tuesday of", CueAccuse, "The mayor … taking bribes", Indirect}},
		},
		{
			name:   "a poll named after a clause and before the writer's comma gives the clause its finding",
			text:   "The governor fell to 10 percent in the latest CNN/ORC poll released Wednesday, a collapse driven by a series of blunders. While he is running third in most polls, a strong showing could help him.",
			want:   []want{{"the latest CNN/ORC poll", "", "in", CueReport, "The governor fell to 10 percent", Indirect}},
			none:   []string{"running third"},
			reason: "PolNeAR marks a definite poll that closes the main clause as the source of the clause, an aside after it or not; a subordinate clause's polls are no source",
		},
		{
			name:   "criticism drawn or faced is the critics' claim about the subject",
			text:   "The proposal has drawn harsh criticism from fellow Republicans. Cruz faced criticism for unreported loans. Despite facing criticism for the move, the company closed the plant.",
			want:   []want{{"fellow Republicans", "", "has drawn harsh criticism", CueAccuse, "The proposal", Indirect}, {"", "", "faced criticism", CueAccuse, "Cruz … for unreported loans", Indirect}},
			none:   []string{"the move"},
			reason: "PolNeAR takes the verb with the noun for the cue, the critics after \"from\" for the source and the subject with the grounds for the content, as for \"was criticized for\"",
		},
		{
			name: "a passive announcement without its agent has no source, and the subject is the content",
			text: "On Thursday, the dissolution of the club was announced. Aides cheered as she was announced the winner.",
			want: []want{{"", "", "was announced", CueAssert, "the dissolution of the club", Indirect}, {"", "", "was announced", CueAssert, "she … the winner", Indirect}},
		},
		{
			name:   "a request put to the subject of \"was asked to\" is the content with its subject",
			text:   "The senator was asked to name a single achievement. Clinton has been asked to release the transcripts.",
			want:   []want{{"", "", "was asked", CueAssert, "The senator … to name a single achievement", Indirect}, {"", "", "has been asked", CueAssert, "Clinton … to release the transcripts", Indirect}},
			reason: "\"asked to comment\" in the active is the asker's request; in the passive PolNeAR marks no source when no asker is named",
		},
		{
			name:   "to cast someone as something presents them so; to cast ballots says nothing",
			text:   "Ortiz cast his rival as a friend of the banks. Nearly 4,000 voters cast ballots on Tuesday, and the mayor cast doubt on the count.",
			want:   []want{{"Ortiz", "", "cast", CueAssert, "his rival as a friend of the banks", Indirect}},
			none:   []string{"ballots on Tuesday", "doubt on the count"},
			reason: "\"cast\" is a cue only with an object and \"as\" after it, as PolNeAR marks it",
		},
		{
			name:   "a word of degree before an adverbial cue names no one",
			text:   "The clause his rivals most strongly opposed was dropped, and the governor said he would sign it. An older test more accurately predicted their scores.",
			want:   []want{{"the governor", "", "said", CueAssert, "he would sign it", Indirect}},
			none:   []string{"was dropped", "their scores"},
			reason: "\"most\" and \"more\" grade the adverb of the cue; the words before them are its object or subject, not a speaker",
		},
		{
			name:   "an inverted speaker's age and its appositive belong to the source",
			text:   "“We will win,” said Ann Lee, 32, of Dayton, a nurse at the county hospital. “It was fine,” said Bo Kim, 31, as he left.",
			want:   []want{{"Ann Lee, 32, of Dayton, a nurse at the county hospital", "", "said", CueAssert, "“We will win,”", Direct}, {"Bo Kim, 31", "", "said", CueAssert, "“It was fine,”", Direct}},
			reason: "after an age the place and the description still tell who speaks; an adverbial after it (\"as he left\") does not",
		},
		{
			name:   "an inverted speaker's long name with a title and a body runs to its end",
			text:   "\"Our findings add to the evidence,\" said lead author Dr. Wei Zhang of the University of Toronto.",
			want:   []want{{"lead author Dr. Wei Zhang of the University of Toronto", "Wei Zhang", "said", CueAssert, "\"Our findings add to the evidence,\"", Direct}},
			reason: "wire copy: the mention was cut after ten tokens, at \"of the University\"; PolNeAR train has \"Chairman Ed Rendell\" and \"Judgment and Decision Making\" cut the same way",
		},
		{
			name:   "a participle after a cleft or a conjoined clause has that clause's subject",
			text:   "It was at the rally that Swanson gave his speech, pointing to a report that the plant would close. It is a long shot, but Ortiz was in Fresno on Friday, long before the vote, stressing the county's weight.",
			want:   []want{{"Swanson", "", "pointing to", CueAssert, "a report that the plant would close", Indirect}, {"Ortiz", "", "stressing", CueAssert, "the county's weight", Indirect}},
			reason: "the \"it\" of a cleft or of the first clause speaks no words; the participle goes with the clause right before it",
		},
		{
			name:   "a participle after the main clause is not the speaker's of a subordinate clause before it",
			text:   "When Ortiz suggested that the county would sue, Lee fired back: “It will lose,” citing the size of the fund.",
			want:   []want{{"Lee", "", "citing", CueAssert, "the size of the fund", Indirect}},
			reason: "the when-clause's speaker is not the main clause's subject, which the participle goes with",
		},
		{
			name:   "a name that names the thing in a speaker's appositive leaves the speaker first",
			text:   "Gio Vian, the editor of the city's oldest newspaper, La Stampa, said the vote was fair.",
			want:   []want{{"Gio Vian, the editor of the city's oldest newspaper, La Stampa", "", "said", CueAssert, "the vote was fair", Indirect}},
			reason: "\"La Stampa\" is the newspaper's name; the speaker is the name the appositive follows",
		},
		{
			name:   "a relative clause's content ends before an adverb and the main clause's verb",
			text:   "Ruiz, who said he would probably back the plan, ultimately did not vote. Pence, who has said he likes the bill, later voted against it.",
			want:   []want{{"who", "Ruiz", "said", CueAssert, "he would probably back the plan", Indirect}, {"who", "Pence", "has said", CueAssert, "he likes the bill", Indirect}},
			none:   []string{"ultimately", "later voted"},
			reason: "after the comma that closes the relative clause the main clause goes on, an adverb first",
		},
		{
			name:   "a speaker's relative clause ends at its comma before the main clause's verb and object",
			text:   "Lee, who has called the plan “toxic,” portrayed the mayor as a passing threat.",
			want:   []want{{"who", "Lee", "has called", CueAssert, "the plan “toxic,”", Mixed}},
			none:   []string{"portrayed"},
			reason: "after \"NAME, who ...,\" a past verb with an object is the main clause's",
		},
		{
			name:   "a relative clause's content ends before a clause of its own",
			text:   "Among voters who want a change of course, most are planning to back Ruiz.",
			want:   []want{{"who", "voters", "want", CueBelieve, "a change of course", Indirect}},
			none:   []string{"most are planning"},
			reason: "a subject with its verb after the comma opens the main clause",
		},
		{
			name:   "a participle after a relative clause goes with the main clause's speaker",
			text:   "“We need answers,” said a party official who backs the mayor, asking for anonymity to speak freely.",
			want:   []want{{"a party official", "", "asking for", CueAssert, "anonymity to speak freely", Indirect}},
			reason: "the relative clause describes the speaker; it does not ask for anything",
		},
		{
			name:   "a list of speakers goes on after a relative clause",
			text:   "Ana Ruiz, who claimed that the county was broke, and Bo Lee spoke first. Ed Kim, who said that the two men, and Lee in particular, must do more, left.",
			want:   []want{{"who", "Ana Ruiz", "claimed", CueClaim, "that the county was broke", Indirect}, {"who", "Ed Kim", "said", CueAssert, "that the two men, and Lee in particular", Indirect}},
			none:   []string{"and Bo Lee"},
			reason: "\", and NAME\" after a relative clause's content adds a speaker; an aside before the content's verb stays",
		},
		{
			name:   "a speaker's age before the cue belongs to the source",
			text:   "Khizr Khan, 66, said the remarks hurt. Ed Bamberg, who is 28, said he would vote.",
			want:   []want{{"Khizr Khan, 66", "", "said", CueAssert, "the remarks hurt", Indirect}, {"Ed Bamberg", "", "said", CueAssert, "he would vote", Indirect}},
			reason: "\", 66,\" is no aside of the writer's like \", for his part,\": PolNeAR keeps the age in the mention (an aside \"who is 28\" stays out)",
		},
		{
			name:   "an appositive at the end of a trailing according-to belongs to the source",
			text:   "Such deals are rare, according to Jon Weaver, a Republican strategist. For Trump, according to the county office, the count is not final.",
			want:   []want{{"Jon Weaver, a Republican strategist", "", "according to", CueReport, "Such deals are rare", Indirect}, {"the county office", "", "according to", CueReport, "the count is not final", Indirect}},
			reason: "the appositive describes the source; a clause after the comma does not",
		},
		{
			name:   "an appositive with a possessive or a title is no aside of the writer's",
			text:   "Ana Hicks, his campaign spokeswoman, added that it was fine. Amy Pope, deputy security adviser, said the plan worked. Sanders, to his credit, refuses to attack her.",
			want:   []want{{"Ana Hicks, his campaign spokeswoman", "", "added", CueAssert, "that it was fine", Indirect}, {"Amy Pope, deputy security adviser", "", "said", CueAssert, "the plan worked", Indirect}, {"Sanders", "", "refuses", CueDeny, "to attack her", Indirect}},
			reason: "\"his campaign spokeswoman\" and \"deputy security adviser\" say who speaks, as \"the city manager\" does; \"to his credit\" does not",
		},
		{
			name:   "an inverted speaker's appositive with \"then\" or \"managing\" and a title belongs to the source",
			text:   "“It was not done,” said Tom Cunningham, then ambassador to Peru. “Yes,” said Ken Sena, managing director at Evercore. “Fine,” he said, then left the room.",
			want:   []want{{"Tom Cunningham, then ambassador to Peru", "", "said", CueAssert, "“It was not done,”", Direct}, {"Ken Sena, managing director at Evercore", "", "said", CueAssert, "“Yes,”", Direct}, {"he", "", "said", CueAssert, "“Fine,”", Direct}},
			reason: "\"then\" and \"managing\" open no adverbial or participle here: a title follows",
		},
		{
			name:   "an opening in-poll keeps the poll's modifiers in the source",
			text:   "In a new Fox News poll released Thursday, Trump led the field with 35 percent.",
			want:   []want{{"a new Fox News poll released Thursday", "", "In", CueReport, "Trump led the field with 35 percent", Indirect}},
			reason: "PolNeAR's source runs to the comma: \"released Thursday\" says which poll",
		},
		{
			name:   "an abbreviation's period or one inside a word does not end an inverted speaker's appositive",
			text:   "“No,” said Tom Verdery Jr., a senior official. “Yes,” said Ana Ruiz, a broker in Tampa, Fla., who sells golf courses. “Sure,” said Craig Ross, editor of TheIowaRepublican.com.",
			want:   []want{{"Tom Verdery Jr., a senior official", "", "said", CueAssert, "“No,”", Direct}, {"Ana Ruiz, a broker in Tampa, Fla., who sells golf courses", "", "said", CueAssert, "“Yes,”", Direct}, {"Craig Ross, editor of TheIowaRepublican.com", "", "said", CueAssert, "“Sure,”", Direct}},
			reason: "a period before a comma or inside a word ends no sentence",
		},
		{
			name:   "a speaker whose appositive ends in a place keeps it before a participle aside",
			text:   "Sandra Inman, a supporter from Jackson, Miss., attending the convention, said she could not back him.",
			want:   []want{{"Sandra Inman, a supporter from Jackson, Miss.", "", "said", CueAssert, "she could not back him", Indirect}},
			reason: "the place ends the appositive, not the mention; the aside after it stays out",
		},
		{
			name:   "a description that opens the sentence before a named speaker and an appositive belongs to the source",
			text:   "Trump's Indiana chairman, Rex Early, a former party chairman, said the race was close. On Monday, Ana Ruiz, a former mayor, said it was over.",
			want:   []want{{"Trump's Indiana chairman, Rex Early, a former party chairman", "", "said", CueAssert, "the race was close", Indirect}, {"Ana Ruiz, a former mayor", "", "said", CueAssert, "it was over", Indirect}},
			reason: "the opening description names the same speaker; an opening adverbial does not",
		},
		{
			name:   "a relative or prepositional aside between dashes stays out of the source",
			text:   "Mrs. Ruiz -- whose husband signed the law -- has derided the plan. Mr. Lee - who previously said he would cut taxes - said at a rally that he would win. Jason Sims — a teacher from Mount Pleasant — said it was fine.",
			want:   []want{{"Mrs. Ruiz", "", "has derided", CueAccuse, "the plan", Indirect}, {"who", "", "previously said", CueAssert, "he would cut taxes", Indirect}, {"Mr. Lee", "", "said", CueAssert, "that he would win", Indirect}, {"Jason Sims — a teacher from Mount Pleasant", "", "said", CueAssert, "it was fine", Indirect}},
			none:   []string{"said at a rally"},
			reason: "PolNeAR leaves a relative clause or an adverbial between dashes out of the source; an appositive stays",
		},
		{
			name:   "a general noun heading a relative clause without \"that\" stays out of its source",
			text:   "It is something many Republicans want to avoid. Those are the ones State now says are secret.",
			want:   []want{{"many Republicans", "", "want", CueBelieve, "to avoid", Indirect}, {"State", "", "now says", CueAssert, "are secret", Indirect}},
			reason: "\"something\" and \"the ones\" are what the clause is about, not who speaks",
		},
		{
			name:   "a past participle aside after an inverted speaker stays out of the source",
			text:   "“It's a movement,” said the younger Mr. Lee, surrounded by his three siblings.",
			want:   []want{{"the younger Mr. Lee", "", "said", CueAssert, "“It's a movement,”", Direct}},
			reason: "\"surrounded by ...\" tells how he stood, as \"speaking to reporters\" tells how he spoke",
		},
		{
			name:   "a longer parenthesis right before the cue belongs to the source",
			text:   "Kasich (who has 25 delegates to date) said he would stay in the race. Sen. Ann Lee (D-Md.) of the committee said it was fine.",
			want:   []want{{"Kasich (who has 25 delegates to date)", "", "said", CueAssert, "he would stay in the race", Indirect}},
			reason: "PolNeAR counts an aside in parentheses between the name and the cue into the source, as it does a party label",
		},
		{
			name: "indirect with that",
			text: "Foreign Minister Shah Mehmood Qureshi said that the statement was wrong.",
			want: []want{{"Foreign Minister Shah Mehmood Qureshi", "Shah Mehmood Qureshi", "said", CueAssert, "the statement was wrong", Indirect}},
		},
		{
			name: "indirect without that, pronoun resolved",
			text: "Foreign Minister Shah Mehmood Qureshi spoke first. Qureshi said the talks failed.\n\nHe said the US was trying to assert itself.",
			want: []want{
				{"Qureshi", "Shah Mehmood Qureshi", "said", CueAssert, "the talks failed", Indirect},
				{"He", "Shah Mehmood Qureshi", "said", CueAssert, "the US was trying to assert itself", Indirect},
			},
		},
		{
			name:   "a quote that opens another cue's content, then a trailing attribution",
			text:   "The planners, on the other hand, know that “a strong navy takes years to build,” the editor said.",
			want:   []want{{"the editor", "", "said", CueAssert, "know that “a strong navy takes years to build,”", Mixed}},
			none:   []string{"the editor said"},
			reason: "the comma inside the quote closes it before the trailing attribution, as a comma outside would: the sentence is what the editor said",
		},
		{
			name: "a quote after a dash that follows another claim has its own trailing attribution",
			text: "The governor suggested that the plan was unserious - “We need to see the details first,” she said.",
			want: []want{
				{"she", "", "said", CueAssert, "“We need to see the details first,”", Direct},
				{"The governor", "", "suggested", CueAssert, "the plan was unserious", Indirect},
			},
			reason: "the suggestion ends at the dash; the quote after it is what she said, not part of the suggestion",
		},
		{
			name:   "a quote in another cue's content, then an inverted attribution with an appositive",
			text:   "Surveys show that “voters are uneasy about the plan,” said Ms. Ortiz, an editor at the weekly.",
			want:   []want{{"Ms. Ortiz, an editor at the weekly", "", "said", CueAssert, "Surveys show that “voters are uneasy about the plan,”", Mixed}},
			reason: "the appositive after the name belongs to the source; the sentence before it is what she said",
		},
		{
			name: "two trailing attributions in one sentence each take their own quote",
			text: "“His mood is always gloomy,” she said, but despite the bitter tone, “I think he will come around,” said Ms. Kunin.",
			want: []want{
				{"she", "", "said", CueAssert, "“His mood is always gloomy,”", Direct},
				{"Ms. Kunin", "", "said", CueAssert, "“I think he will come around,”", Direct},
			},
			none: []string{"she said, but despite"},
		},
		{
			name: "a claim after a dash ends the content of the claim before it",
			text: "While some aides say the senator would do better with a lighter schedule - a common complaint - others say he has never looked stronger.",
			want: []want{
				{"some aides", "", "say", CueAssert, "the senator would do better with a lighter schedule", Indirect},
				{"others", "", "say", CueAssert, "he has never looked stronger", Indirect},
			},
			none:   []string{"others say"},
			reason: "the dash closes the aides' claim as a comma would; what follows is another speaker's claim, not one nested in it",
		},
		{
			name: "a claim after a quote closed on a comma ends the content of the claim before it",
			text: "Even as the mayor insisted that “the budget is balanced,” two council members said the city was short of money.",
			want: []want{
				{"the mayor", "", "insisted", CueAssert, "the budget is balanced,”", Mixed},
				{"two council members", "", "said", CueAssert, "the city was short of money", Indirect},
			},
			none:   []string{"council members said"},
			reason: "the comma inside the closing mark ends the mayor's claim as a comma outside it would",
		},
		{
			name: "a contrast with another speaker's claim ends the content before while",
			text: "Most older voters preferred the governor while younger voters backed his rival.",
			want: []want{
				{"Most older voters", "", "preferred", CueBelieve, "the governor", Indirect},
				{"younger voters", "", "backed", CueBelieve, "his rival", Indirect},
			},
			none:   []string{"while"},
			reason: "what follows while has its own speaker and cue; it is not part of the older voters' preference",
		},
		{
			name: "a verb in a series after a comma shares the subject even when the earlier content runs on",
			text: "In the speech he mocked the mayor’s “grand vision” for the city, praised the police chief and thanked the volunteers.",
			want: []want{
				{"he", "", "mocked", CueAccuse, "the mayor’s “grand vision” for the city", Mixed},
				{"he", "", "praised", CueAssert, "the police chief", Indirect},
			},
			none:   []string{"praised the police"},
			reason: "the second verb of the series is his own claim; the first claim's content ends at the comma",
		},
		{
			name: "a claim in brackets ends the content of the claim before it",
			text: "Critics say the program costs far too much (the agency has argued it saves money over time).",
			want: []want{
				{"Critics", "", "say", CueAssert, "the program costs far too much", Indirect},
				{"the agency", "", "has argued", CueAssert, "it saves money over time", Indirect},
			},
			none:   []string{"the agency has argued"},
			reason: "the bracketed claim is an aside with its own speaker, not part of what the critics say",
		},
		{
			name: "a time clause with its own speaker ends the content before after",
			text: "A city councilor is calling for the festival to be canceled after the organizers admitted that the permits had lapsed.",
			want: []want{
				{"the organizers", "", "admitted", CueAssert, "the permits had lapsed", Indirect},
			},
			none:   []string{"after the organizers"},
			reason: "the organizers' admission is a claim of its own, not part of the councilor's call",
		},
		{
			name: "a time clause right after a time word stays in the content",
			text: "The paper reported the email came hours after the senator proposed a new tax.",
			want: []want{
				{"The paper", "", "reported", CueReport, "the email came hours after the senator proposed a new tax", Indirect},
			},
			reason: "\"hours after\" times the reported event; the clause is part of what the paper reported",
		},
		{
			name: "a time of day ends a sentence before a pronoun",
			text: "Mr. Ruiz says he will await the results after the polls close at 8 p.m. He says “it is odd that so many voters are undecided.”",
			want: []want{
				{"Mr. Ruiz", "", "says", CueAssert, "he will await the results after the polls close at 8 p.m", Indirect},
				{"He", "", "says", CueAssert, "“it is odd that so many voters are undecided.”", Direct},
			},
			none: []string{"p.m. He says"},
		},
		{
			name: "a clause with its own subject after a quote's inner comma and “and” is the writer's",
			text: "The senator has called the mergers “unpatriotic,” and her office has pushed to make them less profitable.",
			want: []want{{"The senator", "", "has called", CueAssert, "the mergers “unpatriotic,”", Mixed}},
			none: []string{"her office has pushed"},
		},
		{
			name: "a trailing attribution after a quote with full stops inside takes the sentence from its start",
			text: "The last two nominees “were stiff. They were not fun. There was no joy” next to the president, Mr. Lang said.",
			want: []want{{"Mr. Lang", "", "said", CueAssert, "The last two nominees “were stiff. They were not fun. There was no joy” next to the president", Mixed}},
		},
		{
			name:   "a long predicate before a colon introduces the quote after it",
			text:   "One early backer, Ms. Lane, gave the idea a try in an interview on Monday: “You can easily argue the plan is unfair.”",
			want:   []want{{"One early backer, Ms. Lane", "", "gave the idea a try in an interview on Monday:", CueAssert, "“You can easily argue the plan is unfair.”", Direct}},
			reason: "the verb lies nine words before the colon",
		},
		{
			name: "a verb in a quoted headline before a byline and colon introduces nothing",
			text: "More reading. “Last chance for free zoo memberships,” by the Daily's Nina Levy: “You have a few more weeks to snag free memberships to the zoos.”",
			none: []string{"a few more weeks"},
		},
		{
			name: "a colon after a wh-clause's verb: the main verb introduces the quote",
			text: "The governor has since apologized for what happened: “I should have used two accounts, and I take full responsibility.”",
			want: []want{{"The governor", "", "has since apologized for what happened:", CueAssert, "“I should have used two accounts", Direct}},
		},
		{
			name: "an adverb set off by commas after the cue, then the content",
			text: "“Our jobs are leaving the state,” Mr. Diaz said. “That is the big problem.” He said, twice, that he would go back to work on Wednesday.",
			want: []want{
				{"He", "", "said", CueAssert, "he would go back to work on Wednesday", Indirect},
				{"Mr. Diaz", "", "said", CueAssert, "“That is the big problem.”", Direct},
			},
			reason: "the second quote of the split quote is Mr. Diaz's, not the content of the next sentence's cue",
		},
		{
			name: "a connective set off by commas after the cue, then that",
			text: "Kaine now says, however, that he is a strong advocate for abortion rights. She added, though, that the plan was fine.",
			want: []want{
				{"Kaine", "", "now says", CueAssert, "that he is a strong advocate for abortion rights", Indirect},
				{"She", "", "added", CueAssert, "that the plan was fine", Indirect},
			},
			reason: "\"however\" and \"though\" are the writer's connectives, as \"twice\" is an adverb: the clause after \"that\" is the content (recall30)",
		},
		{
			name: "an aside between dashes right after that opens no content",
			text: "Kaine says that – in his professional life – he is a strong advocate for abortion rights. The surveys indicate that — at least for now — Republicans are unifying.",
			want: []want{
				{"Kaine", "", "says", CueAssert, "he is a strong advocate for abortion rights", Indirect},
				{"The surveys", "", "indicate", CueAssert, "Republicans are unifying", Indirect},
			},
			none:   []string{"in his professional life", "at least for now"},
			reason: "the content had been the aside, cut at its closing dash (recall30)",
		},
		{
			name: "an aside between double hyphens right after that opens no content either",
			text: "Kaine says that -- in his professional life -- he is a strong advocate for abortion rights.",
			want: []want{
				{"Kaine", "", "says", CueAssert, "he is a strong advocate for abortion rights", Indirect},
			},
			none:   []string{"in his professional life"},
			reason: "\"--\" is a dash wherever else an aside is read (dashAt); the rule above took only — and a spaced hyphen (review30)",
		},
		{
			name: "a weekday or again between a phrasal cue's verb and its particle",
			text: "Donald Trump called Wednesday for Justice Ginsburg to resign. Trump called again for President Obama to resign.",
			want: []want{
				{"Donald Trump", "", "called Wednesday for", CueAssert, "Justice Ginsburg to resign", Indirect},
				{"Trump", "", "called again for", CueAssert, "President Obama to resign", Indirect},
			},
			reason: "the time stands where an adverb in -ly may (\"talked glowingly about\"), and PolNeAR's cue holds it (recall30)",
		},
		{
			name: "a name that ends the sentence after a relative clause and said speaks",
			text: "Cruz lacks support from his colleagues, whom he has alienated, said Larry Sabato, a professor. The plan failed, which hurt him, said Ann Roe. The women, who met him, said Trump, a billionaire, is unfit. David Mallie, who manages the band, confirmed Jackson’s death to Fox News.",
			want: []want{
				{"David Mallie, who manages the band", "", "confirmed", CueAssert, "Jackson’s death to Fox News", Indirect},
				{"Larry Sabato, a professor", "", "said", CueAssert, "Cruz lacks support from his colleagues, whom he has alienated", Indirect},
				{"Ann Roe", "", "said", CueAssert, "The plan failed, which hurt him", Indirect},
				{"The women, who met him", "", "said", CueAssert, "Trump, a billionaire, is unfit", Indirect},
			},
			reason: "the relative clause made the sentence's opening a subject, and the name the content; a verb after the name's appositive still makes it the subject of a clause (recall30)",
		},
		{
			name: "a double hyphen after a trailing source's time opens the writer's aside",
			text: "The deficit will end this year, the budget office reported on Tuesday -- a development that raises questions.",
			want: []want{
				{"the budget office", "", "reported", CueReport, "The deficit will end this year", Indirect},
			},
			none:   []string{"raises questions"},
			reason: "\"--\" is a dash as \"—\" is; the addressee walk after the cue had run past it to the writer's relative \"that\" (recall30)",
		},
		{
			name: "an aside between dashes after the cue's adverbial, then that",
			text: "Donald Trump proclaimed in July - falsely - that refugees cannot come. The office reported on Tuesday -- in a long report -- that the deficit will end.",
			want: []want{
				{"Donald Trump", "", "proclaimed", CueAssert, "that refugees cannot come", Indirect},
				{"The office", "", "reported", CueReport, "that the deficit will end", Indirect},
			},
		},
		{
			name: "an aside between spaced hyphens right after the cue, then that",
			text: "Mr. Obama argued emphatically - rebuking Mr. Trump eight times by name - that the nominee had played on fears. Trump later said -- again falsely -- that Obama wanted to admit refugees.",
			want: []want{
				{"Mr. Obama", "", "argued emphatically", CueAssert, "that the nominee had played on fears", Indirect},
				{"Trump", "", "later said", CueAssert, "that Obama wanted to admit refugees", Indirect},
			},
			none:   []string{"rebuking Mr. Trump eight times by name", "again falsely"},
			reason: "right after the cue only — and – opened an aside, so the aside became the content; the three dash walkers are now one (pastAside) and all read a spaced hyphen and \"--\" as a dash",
		},
		{
			name: "a cue inside an aside between dashes takes no clause after the closing dash",
			text: "She complained on Friday — excerpts of which the campaign emailed — that Sanders had ignored her call. Supporters would argue — and Sanders believes — that his pitch fits the mood. It is possible - likely, we would say - that the layout will change.",
			want: []want{
				{"She", "", "complained", CueAssert, "that Sanders had ignored her call", Indirect},
				{"Supporters", "", "would argue", CueAssert, "that his pitch fits the mood", Indirect},
				{"Sanders", "", "believes", CueBelieve, "that his pitch fits the mood", Indirect},
				{"we", "", "would say", CueAssert, "that the layout will change", Indirect},
			},
			nocue:  []string{"emailed"},
			reason: "the clause after the closing dash is the cue's before the aside when the aside's cue is a relative clause's verb; a coordinated or parenthetical cue in the aside speaks for it (recall30)",
		},
		{
			name: "records with a participle and its agent before a trailing show",
			text: "Pate has not donated to any candidate except Rubio, election records compiled by the Center for Responsive Politics show. Ann Roe concluded by making it clear that she would run.",
			want: []want{
				{"election records compiled by the Center for Responsive Politics", "", "show", CueReport, "Pate has not donated to any candidate except Rubio", Indirect},
			},
			nocue:  []string{"making it clear"},
			reason: "the agent's noun phrase took \"show\" for a noun (\"the Center ... show\"), so the source was not found; an agent must still open before the cue (recall30)",
		},
		{
			name: "curly quote with trailing attribution, split quote",
			text: "“We know it will be a big challenge,” one official said. “It will be a slow process.”",
			want: []want{{"one official", "", "said", CueAssert, "It will be a slow process", Direct}},
		},
		{
			name: "straight quotes, inverted attribution",
			text: `"The call was cordial," said Ned Price.`,
			want: []want{{"Ned Price", "Ned Price", "said", CueAssert, `"The call was cordial,"`, Direct}},
		},
		{
			name: "single quotes inside reported speech are mixed, deny phrase",
			text: "Qureshi said the US statement was ‘contrary to the facts’.",
			want: []want{{"Qureshi", "", "said", CueDeny, "‘contrary to the facts’", Mixed}},
		},
		{
			name: "adding that shares the speaker",
			text: "Price rejected Khan’s claims as speculation and lies, adding that America will not let “lies get in the way” of its ties.",
			want: []want{
				{"Price", "Price", "rejected", CueDeny, "Khan’s claims as speculation and lies", Indirect},
				{"Price", "Price", "adding", CueDeny, "America will not let", Mixed},
			},
		},
		{
			name: "told Y that",
			text: "Senior officials at the foreign ministry told The Nation that Pakistan was prepared.",
			want: []want{{"Senior officials at the foreign ministry", "", "told", CueAssert, "Pakistan was prepared", Indirect}},
			none: []string{"The Nation that"},
		},
		{
			name: "according to, before and after",
			text: "According to the embassy, the call lasted forty minutes. The talks ended, according to a media report.",
			want: []want{
				{"the embassy", "", "According to", CueReport, "the call lasted forty minutes", Indirect},
				{"a media report", "", "according to", CueReport, "The talks ended", Indirect},
			},
		},
		{
			name: "said in a statement issued on X",
			text: "In a statement issued on X, the Foreign Office said that both sides discussed trade.",
			want: []want{{"the Foreign Office", "Foreign Office", "said", CueAssert, "both sides discussed trade", Indirect}},
		},
		{
			name: "a second verb in the present after a comma shares the opening subject, as in a headline",
			text: "Shipyard rejects safety report, says dock meets rules\n\nThe union attacks the plan, says it will cost jobs.\n\nThe strike is over, says a senior union official.",
			want: []want{
				{"Shipyard", "", "says", CueAssert, "dock meets rules", Indirect},
				{"The union", "", "says", CueAssert, "it will cost jobs", Indirect},
				{"a senior union official", "", "says", CueAssert, "The strike is over", Indirect},
			},
			none: []string{"Shipyard rejects safety report"},
		},
		{
			name: "after \"told\" and its addressee, a clause that ends in a quote is the content, not the quote alone",
			text: "The finance minister told reporters he was following the markets “with great concern”.",
			want: []want{{"The finance minister", "", "told", CueAssert, "he was following the markets", Mixed}},
		},
		{
			name: "\"his spokesman\" speaks for the pronoun's referent, not as an earlier spokesman",
			text: "Police spokesman Tom Ward said the roads were closed. The mayor ordered an inquiry, his spokesman said.",
			want: []want{
				{"Police spokesman Tom Ward", "Tom Ward", "said", CueAssert, "the roads were closed", Indirect},
				{"his spokesman", "his spokesman", "said", CueAssert, "The mayor ordered an inquiry", Indirect},
			},
		},
		{
			name: "a noun of claim before a trailing cue sums up the clause; its source is the mention after it",
			text: "The rebels said the army was blocking the convoys, a charge the army denied. Exports fell sharply, an assertion the ministry rejected.",
			want: []want{
				{"the army", "", "denied", CueDeny, "the army was blocking the convoys", Indirect},
				{"the ministry", "", "rejected", CueDeny, "Exports fell sharply", Indirect},
			},
		},
		{
			name: "a pronoun that denies a charge stands for the subject charged",
			text: "Regulators said the fleet was grounded. Tesla faces a lawsuit over a 2019 crash, a charge it denies. Nigeria's former oil minister was charged with laundering $150 million, charges he denies. Prosecutors say Sule took bribes, allegations he has denied. Police accused the company of polluting the river, a charge it denies.",
			want: []want{
				{"it", "Tesla", "denies", CueDeny, "Tesla faces a lawsuit over a 2019 crash", Indirect},
				{"he", "Nigeria's former oil minister", "denies", CueDeny, "laundering $150 million", Indirect},
				{"Prosecutors", "", "say", CueAssert, "Sule took bribes", Indirect},
				{"he", "Sule", "has denied", CueDeny, "Sule took bribes", Indirect},
				{"it", "company", "denies", CueDeny, "Police accused the company of polluting the river", Indirect},
			},
			none:   []string{"charges he", "allegations he"},
			reason: "the pronoun is the charged subject's (or the accused's), not the nearest earlier speaker's (Regulators); plural charges with no article sum up the clause as \"a charge\" does",
		},
		{
			name: "a closing adverbial of where the words were put out, with a participle after it, is no part of the content",
			text: "The spokesman told reporters the border would stay closed, in comments carried by state television. The minister said the talks had failed in a statement posted on its website.",
			want: []want{
				{"The spokesman", "", "told", CueAssert, "the border would stay closed", Indirect},
				{"The minister", "", "said", CueAssert, "the talks had failed", Indirect},
			},
			none: []string{"comments carried", "posted on its website"},
		},
		{
			name: "in a headline, a verb of a series in the present is no source for the cue form after it",
			text: "Shipyard posts record profit, raises forecast\n\nThe shipyard said orders were strong.\n\nLatvia blocks trade deal, diplomats say\n\nMayor leads race, polls show\n\nThe deal was blocked.",
			want: []want{
				{"The shipyard", "", "said", CueAssert, "orders were strong", Indirect},
				{"diplomats", "", "say", CueAssert, "Latvia blocks trade deal", Indirect},
				{"polls", "", "show", CueReport, "Mayor leads race", Indirect},
			},
			none: []string{"posts record profit"},
		},
		{
			name: "\"was quoted by AGENCY as saying\": the speaker is the passive's subject, not the agency",
			text: "The deputy minister was quoted by the state news agency as saying that the talks had failed.",
			want: []want{{"The deputy minister", "", "saying", CueAssert, "the talks had failed", Indirect}},
			none: []string{"The deputy minister"},
		},
		{
			name: "\"with\" and a description before a participle of speech: the description speaks",
			text: "The talks stalled, with one diplomat saying a deal was unlikely. Oil rose, with the ministry saying supply was tight. Prices fell, with many traders warning that demand was weak.",
			want: []want{
				{"one diplomat", "", "saying", CueAssert, "a deal was unlikely", Indirect},
				{"the ministry", "", "saying", CueAssert, "supply was tight", Indirect},
				{"many traders", "", "warning", CueAssert, "demand was weak", Indirect},
			},
		},
		{
			name: "a trailing source of two noun phrases joined by \"and\" after the comma is one source",
			text: "At least 25 insurgents were killed in clashes, a military source and residents said on Monday. Ten people died in the attack, a witness and police said. The bridge was closed, police and residents said.",
			want: []want{
				{"a military source and residents", "", "said", CueAssert, "At least 25 insurgents were killed in clashes", Indirect},
				{"a witness and police", "", "said", CueAssert, "Ten people died in the attack", Indirect},
				{"police and residents", "", "said", CueAssert, "The bridge was closed", Indirect},
			},
			reason: "a singular noun before \"and\" stopped the mention, leaving \"residents\" or \"police\" alone, and then no claim at all",
		},
		{
			name: "a plural noun of records that may be a verb is a trailing source after the comma",
			text: "Armed drones were spotted flying over Syrian airspace, reports suggest. He paid no taxes, estimates show. The talks failed, reports said.",
			want: []want{
				{"reports", "", "suggest", CueAssert, "Armed drones were spotted flying over Syrian airspace", Indirect},
				{"estimates", "", "show", CueReport, "He paid no taxes", Indirect},
				{"reports", "", "said", CueAssert, "The talks failed", Indirect},
			},
			reason: "\"reports\" alone was read as a verb (\"he reports\"), no mention, and the claim was dropped",
		},
		{
			name: "a semicolon after a trailing cue ends its clause",
			text: "The storm killed 12 people, police said; the governor said more help was coming.",
			want: []want{
				{"police", "", "said", CueAssert, "The storm killed 12 people", Indirect},
				{"the governor", "", "said", CueAssert, "more help was coming", Indirect},
			},
		},
		{
			name: "after a cue's time and a comma, \"a move that\" opens the writer's relative clause, not the content",
			text: "Dock workers will walk out on Monday, the union said on Friday, in a move that could halt exports.",
			want: []want{{"the union", "", "said", CueAssert, "Dock workers will walk out on Monday", Indirect}},
			none: []string{"could halt exports"},
		},
		{
			name: "after a comma, a medium with modifiers and a participle ends the content",
			text: "The bishop called for a truce, in a Christmas message delivered to pilgrims in the square.",
			want: []want{{"The bishop", "", "called for", CueAssert, "a truce", Indirect}},
			none: []string{"Christmas message"},
		},
		{
			name: "a cue form after a preposition and its article is a noun, not the end of the way to \"that\"",
			text: "The finance chief said on a call with analysts that orders were picking up.",
			want: []want{{"The finance chief", "", "said", CueAssert, "orders were picking up", Indirect}},
		},
		{
			name: "\"Chief Executive\" is a title before the name, as \"Chief Financial Officer\" is",
			text: "Chief Executive Maria Lopez said sales had doubled.",
			want: []want{{"Chief Executive Maria Lopez", "Maria Lopez", "said", CueAssert, "sales had doubled", Indirect}},
		},
		{
			name: "a company's legal or trade suffix makes it a body, which \"it\" and not \"he\" stands for",
			text: "Castor Pharmaceuticals said its trial had succeeded. The drug would be filed for approval this year, it said.",
			want: []want{{"it", "Castor Pharmaceuticals", "said", CueAssert, "The drug would be filed for approval this year", Indirect}},
		},
		{
			name: "a determiner and one capitalised word before \"of\" make no person's name to cut at \"of\": one body's name",
			text: "The City of Brookfield announced that it would replace its water pipes.",
			want: []want{{"The City of Brookfield", "City of Brookfield", "announced", CueAssert, "it would replace its water pipes", Indirect}},
		},
		{
			name: "\"for\" between capitalised words joins one body's name",
			text: "The Danube Observatory for Human Rights reported that 40 people had been detained. The Bureau for National Statistics said prices rose.",
			want: []want{
				{"The Danube Observatory for Human Rights", "Danube Observatory for Human Rights", "reported", CueReport, "40 people had been detained", Indirect},
				{"The Bureau for National Statistics", "Bureau for National Statistics", "said", CueAssert, "prices rose", Indirect},
			},
		},
		{
			name: "a single noun after a verb of denial is what is denied",
			text: "The militia denied responsibility, calling the report a fabrication. The bank denied wrongdoing.",
			want: []want{
				{"The militia", "", "denied", CueDeny, "responsibility", Indirect},
				{"The bank", "", "denied", CueDeny, "wrongdoing", Indirect},
			},
		},
		{
			name: "\"trade blame\": blame is the object noun, no cue with the verb before it as source",
			text: "Fire hits border post; rebels, army trade blame\n\nThe two sides traded blame for the fire.",
			none: []string{"Fire hits border post", "the fire"},
		},
		{
			name: "\"a charge he denies\": the denial's content is the clause before, and the accusation stays a claim",
			text: "The tax office has accused the singer of hiding income, a charge she denies.",
			want: []want{
				{"The tax office", "", "has accused", CueAccuse, "the singer of hiding income", Indirect},
				{"she", "", "denies", CueDeny, "The tax office has accused the singer of hiding income", Indirect},
			},
		},
		{
			name: "a record \"from\" a body speaks for the body",
			text: "According to a statement from the Hollow Creek Chamber of Commerce, the new tax would hurt shops.",
			want: []want{{"a statement from the Hollow Creek Chamber of Commerce", "Hollow Creek Chamber of Commerce", "According to", CueReport, "the new tax would hurt shops", Indirect}},
		},
		{
			name:   "data from a body speak for the body, not for data from a trial met before",
			text:   "The drug worked in 90% of cases, according to interim data from a late-stage trial. According to data from the Centers for Disease Control and Prevention, the virus kills 10,000 people a year.",
			reason: "wire copy: the second 'data' took the first's speaker as a description of the same role",
			want: []want{
				{"interim data from a late-stage trial", "interim data from a late-stage trial", "according to", CueReport, "The drug worked in 90% of cases", Indirect},
				{"data from the Centers for Disease Control and Prevention", "Centers for Disease Control and Prevention", "According to", CueReport, "the virus kills 10,000 people a year", Indirect},
			},
		},
		{
			name: "\"warned\" without an addressee, before a clause that ends in a quote: the clause is the content",
			text: "The weather service warned the flood was “life-threatening”.",
			want: []want{{"The weather service", "", "warned", CueAssert, "the flood was", Mixed}},
		},
		{
			name: "a wire slug before the headline is no part of the source or the content",
			text: "UPDATE 3-Brightline says trains will run again on Monday\n\nThe company said the line had been repaired.",
			want: []want{{"Brightline", "", "says", CueAssert, "trains will run again on Monday", Indirect}},
			none: []string{"UPDATE"},
		},
		{
			name: "a wire slug joined by a hyphen to the headline's first word",
			text: "EXCLUSIVE-Harbor Bank plans to close branches, sources say\n\nThe bank declined to comment.",
			want: []want{{"sources", "", "say", CueAssert, "Harbor Bank plans to close branches", Indirect}},
			none: []string{"EXCLUSIVE"},
		},
		{
			name: "a topic before a headline's colon is no speaker",
			text: "Border war: Ruritania says it repelled an attack near the river\n\nThe army said the attack had failed.",
			want: []want{{"Ruritania", "", "says", CueAssert, "it repelled an attack near the river", Indirect}},
			none: []string{"Ruritania says"},
		},
		{
			name: "an omission coordinated after a claim is the writer's remark, no claim",
			text: "The navy said its ships had fired on military targets but did not mention the fishing boat. The governor did not mention the strike.",
			want: []want{
				{"The navy", "", "said", CueAssert, "its ships had fired on military targets", Indirect},
				{"The governor", "", "did not mention", CueAssert, "the strike", Indirect},
			},
			none: []string{"the fishing boat"},
		},
		{
			name: "a headline signed after a dash by its source",
			text: "Exclusive: Harbor Bank plans to close 40 branches - sources\n\nThe bank declined to comment.",
			want: []want{{"sources", "", "-", CueAssert, "Harbor Bank plans to close 40 branches", Indirect}},
			none: []string{"Exclusive"},
		},
		{
			name: "titles joined by \"and\" after a name and a comma are the person's, no list of names",
			text: "“It was a strong year,” said Ruth Keller, Chairman and Chief Executive Officer.",
			want: []want{{"Ruth Keller, Chairman and Chief Executive Officer", "Ruth Keller", "said", CueAssert, "It was a strong year", Direct}},
		},
		{
			name: "\"state television\", \"state media\" are addressees of \"told\"",
			text: "The president told state television the army would not retreat. The minister told state media the talks were possible.",
			want: []want{
				{"The president", "", "told", CueAssert, "the army would not retreat", Indirect},
				{"The minister", "", "told", CueAssert, "the talks were possible", Indirect},
			},
		},
		{
			name: "a per cent sign that ends the content and a currency sign that opens it are their numbers'",
			text: "The statistics office said prices rose 3.4%. The company said $5 billion had been spent.",
			want: []want{
				{"The statistics office", "", "said", CueAssert, "prices rose 3.4%", Indirect},
				{"The company", "", "said", CueAssert, "$5 billion had been spent", Indirect},
			},
		},
		{
			name: "\"citing\" in an aside between the subject and its verb is the subject's, up to the aside's comma",
			text: "The state news agency, citing a source in the navy, said two ships had been damaged. Interfax, citing police, said two people were hurt.",
			want: []want{
				{"The state news agency", "", "citing", CueAssert, "a source in the navy", Indirect},
				{"The state news agency", "", "said", CueAssert, "two ships had been damaged", Indirect},
				{"Interfax", "", "citing", CueAssert, "police", Indirect},
				{"Interfax", "", "said", CueAssert, "two people were hurt", Indirect},
			},
			none: []string{"navy, said"},
		},
		{
			name: "a participle after \"in a statement\" describes the statement, before the that-clause",
			text: "The port authority said in a statement posted on its website that the strike had ended. The ministry said in a statement carried by the state news agency that prices would be frozen.",
			want: []want{
				{"The port authority", "", "said", CueAssert, "the strike had ended", Indirect},
				{"The ministry", "", "said", CueAssert, "prices would be frozen", Indirect},
			},
		},
		{
			name: "nominal cue nested in a trailing attribution",
			text: "The visit followed a decline triggered by former prime minister Imran Khan’s claim that Washington conspired to topple his government, the report said.",
			want: []want{
				{"former prime minister Imran Khan’s", "Imran Khan", "claim", CueClaim, "Washington conspired to topple his government", Indirect},
				{"the report", "", "said", CueAssert, "The visit followed a decline", Indirect},
			},
		},
		{
			name: "rejection with its object and a coordinated claim",
			text: "Pakistan immediately rejected the US State Department’s version of the conversation and claimed that it was limited to congratulations.",
			want: []want{
				{"Pakistan", "Pakistan", "immediately rejected", CueDeny, "the US State Department’s version of the conversation", Indirect},
				{"Pakistan", "Pakistan", "claimed", CueClaim, "it was limited to congratulations", Indirect},
			},
			none: []string{"conversation and claimed"},
		},
		{
			name: "hedges without a source",
			text: "Pompeo telephoned Khan and reportedly discussed terrorism. It is believed that a visit is planned. The talks are believed to have focused on security.",
			want: []want{
				{"", "", "reportedly", CueClaim, "discussed terrorism", Indirect},
				{"", "", "It is believed", CueClaim, "a visit is planned", Indirect},
				{"", "", "are believed", CueClaim, "to have focused on security", Indirect},
			},
		},
		{
			name: "a passive hedge whose subject is a relative or carries one",
			text: "The county picks delegates who are expected to back the mayor. The bridge, which has been closed since May, is expected to reopen in the fall.",
			want: []want{
				{"", "", "are expected", CueClaim, "who … to back the mayor", Indirect},
				{"", "", "is expected", CueClaim, "The bridge, which has been closed since May … to reopen in the fall", Indirect},
			},
			reason: "PolNeAR takes the relative, or the subject with its relative clause, for the content's first piece",
		},
		{
			name: "a passive hedge with an adverb before the participle; a relative's content ends at its comma",
			text: "The council is widely expected to approve the budget. The vote, which is widely expected to come in May, will be close.",
			want: []want{
				{"", "", "is widely expected", CueClaim, "The council … to approve the budget", Indirect},
				{"", "", "is widely expected", CueClaim, "which … to come in May", Indirect},
			},
			none: []string{"will be close"},
		},
		{
			name: "a passive of view with as is a hedge without a source",
			text: "For now, the mayor is seen as the favorite. The decision was widely viewed as a snub to the union.",
			want: []want{
				{"", "", "is seen", CueClaim, "the mayor … as the favorite", Indirect},
				{"", "", "was widely viewed", CueClaim, "The decision … as a snub to the union", Indirect},
			},
		},
		{
			name: "a passive of view with its agent before as; also before expected",
			text: "The new schedule was seen by some as a snub to the drivers. Other towns are also expected to raise fares.",
			want: []want{
				{"some", "", "was seen", CueClaim, "The new schedule … as a snub to the drivers", Indirect},
				{"", "", "are also expected", CueClaim, "Other towns … to raise fares", Indirect},
			},
			reason: "PolNeAR takes the agent of the view for the source",
		},
		{
			name: "multi-paragraph quote reopening the mark",
			text: "“The council asked for cuts.\n\n“Every department shared the burden.\n\n“No one was spared,” Fischer told the council.",
			want: []want{{"Fischer", "Fischer", "told", CueAssert, "Every department shared the burden", Direct}},
		},
		{
			name: "unclosed quote does not swallow the article",
			text: "\"This quote never ends.\n\nThe mayor said the budget was balanced.",
			want: []want{{"The mayor", "", "said", CueAssert, "the budget was balanced", Indirect}},
			none: []string{"This quote never ends"},
		},
		{
			name: "appositive source",
			text: "Ortiz, 52, a former trade negotiator, told reporters that the embassy would publish a transcript.",
			want: []want{{"Ortiz, 52, a former trade negotiator", "", "told", CueAssert, "the embassy would publish a transcript", Indirect}},
		},
		{
			name:   "chain of appositives keeps the first name",
			text:   "Cory James, 22, of Flint, Mich., said he had not given up hope.",
			want:   []want{{"Cory James, 22, of Flint, Mich.", "Cory James", "said", CueAssert, "he had not given up hope", Indirect}},
			reason: "the last comma-separated segment before the cue is a place, not the speaker",
		},
		{
			name: "relative clause with a cue inside the appositive",
			text: `Clinton, who called Sanders shortly after the winner was declared, told her supporters, "I still love New Hampshire."`,
			want: []want{{"Clinton", "Clinton", "told", CueAssert, "I still love New Hampshire", Direct}},
		},
		{
			name: "addressee without that",
			text: "Republican Christine Todd Whitman told The Star-Ledger of Newark last week she would rather vote for Clinton.",
			want: []want{{"Republican Christine Todd Whitman", "Christine Todd Whitman", "told", CueAssert, "she would rather vote for Clinton", Indirect}},
		},
		{
			name: "inverted attribution with a parenthesis",
			text: "“It should be at the very top of the list,” said Sen. Chris Murphy (D-Conn.).",
			want: []want{{"Sen. Chris Murphy (D-Conn.)", "Chris Murphy", "said", CueAssert, "at the very top of the list", Direct}},
		},
		{
			name: "two single marks as a double quote",
			text: "''We wanted to control the real estate,'' Michael C. Cernech, the city manager, said of the course.",
			want: []want{{"Michael C. Cernech, the city manager", "Michael C. Cernech", "said", CueAssert, "We wanted to control the real estate", Direct}},
		},
		{
			name: "attribution after a quote that ends its sentence",
			text: "“Who do they think they are?” Trump said of Apple in February.",
			want: []want{{"Trump", "Trump", "said", CueAssert, "Who do they think they are?", Direct}},
		},
		{
			name: "coordinated speech verb takes the subject",
			text: "Wilson praised Rubio's positions on defense and said the senator can bring change.",
			want: []want{{"Wilson", "Wilson", "said", CueAssert, "the senator can bring change", Indirect}},
		},
		{
			name: "participle of the main clause, not of a nested claim",
			text: "Ethiopia's foreign ministry rejected Egypt's claim that the dam violated the treaty, calling it baseless.",
			want: []want{
				{"Egypt's", "Egypt", "claim", CueClaim, "the dam violated the treaty", Indirect},
				{"Ethiopia's foreign ministry", "", "calling", CueDeny, "it baseless", Indirect},
			},
		},
		{
			name: "speaker label",
			text: "PENCE: Gennifer Flowers will not be attending the debate tomorrow night.",
			want: []want{{"PENCE", "", ":", CueAssert, "Gennifer Flowers will not be attending", Indirect}},
		},
		{
			name: "the subject before a time or place adverbial",
			text: "Sanders during a Sunday rally thanked its members “for their support.” Clinton, during a town hall meeting in Columbus, Ohio, said she was “going to put a lot of coal miners out of business.” The State Department less than two weeks ago said for the first time that the server held secrets.",
			want: []want{
				{"Sanders", "Sanders", "thanked", CueAssert, "its members “for their support.”", Mixed},
				{"Clinton", "Clinton", "said", CueAssert, "she was “going to put", Mixed},
				{"The State Department", "State Department", "said for the first time", CueAssert, "the server held secrets", Indirect},
			},
		},
		{
			name: "a relative clause ending in a verb belongs to the mention",
			text: "Democrats in Iowa who watched the Saturday debate said they were unfazed. A worker who asked not to be named said the plant would close.",
			want: []want{
				{"Democrats in Iowa who watched the Saturday debate", "", "said", CueAssert, "they were unfazed", Indirect},
				{"A worker who asked not to be named", "", "said", CueAssert, "the plant would close", Indirect},
			},
			none: []string{"to be named said"},
		},
		{
			name: "naming participles name things; a speaker who calls someone something is a claim",
			text: "The campaign paid a firm called Cambridge Analytica, which builds profiles of voters. A new group called Black Votes Matter is raising money. Mook released a memo titled “The Facts on Where the Race Stands.” The rally was called off. Trump later called Haley “very weak on immigration.”",
			want: []want{{"Trump", "Trump", "later called", CueAssert, "Haley “very weak on immigration.”", Mixed}},
			none: []string{"Cambridge Analytica", "Black Votes Matter", "The Facts", "off"},
		},
		{
			name: "a naming participle after a noun phrase that an indefinite article opens, whatever its head",
			text: "A newly formed super PAC called Voters First ran its first ads in Ohio. A book by the humorist Ann Lee titled “Trump for Beginners” sold well. A spokesman for Clinton called the report “a fishing expedition.”",
			want: []want{{"A spokesman for Clinton", "", "called", CueAssert, "the report “a fishing expedition.”", Mixed}},
			none: []string{"Voters First", "Trump for Beginners"},
		},
		{
			name: "a naming participle after an indefinite noun whose name takes \"the\", after an adverb, and a person named; a speaker calling someone something stays a claim",
			text: "The charity is sponsoring a competition called the Open Door Prize. The two men planned a mall and spa called Lumen Tower. The state banned the procedure sometimes called partial-birth abortion. Voters have favored candidates not named Smith. We met a resident named Caroline. Another lawmaker called Trump a fraud.",
			want: []want{{"Another lawmaker", "", "called", CueAssert, "Trump a fraud", Indirect}},
			none: []string{"Open Door Prize", "Lumen Tower", "partial-birth", "Smith", "Caroline"},
		},
		{
			name: "a name's 's before a past participle is a possessive, a pronoun's is a contraction",
			text: "Talks stalled after the leadership's repeated refusal to meet. He's repeated his claim that the vote was rigged.",
			want: []want{{"He", "", "'s repeated", CueAssert, "his claim that the vote was rigged", Indirect}},
			none: []string{"refusal to meet"},
		},
		{
			name: "seeking an office is running for it, no position",
			text: "The senator, who is seeking reelection, spoke first. Two of the Republicans seeking the White House met donors. The city is seeking funds from the state.",
			want: []want{{"The city", "", "is seeking", CueAssert, "funds from the state", Indirect}},
			none: []string{"reelection", "White House"},
		},
		{
			name: "calling a name with nothing or a time after it is a telephone call",
			text: "A year later, the governor called Maria Lopez. The mayor, who called Sanders shortly after the vote, was pleased. The mayor called Gov. Ann Reyes “a reckless spender.”",
			want: []want{{"The mayor", "", "called", CueAssert, "Gov. Ann Reyes “a reckless spender.”", Mixed}},
			none: []string{"Maria Lopez", "Sanders shortly"},
		},
		{
			name: "as we know it is an idiom, no claim",
			text: "Cable news as we know it is safe for now. It decides whether there is a party, as we now know it, on the ballot. We know it will pass.",
			want: []want{{"We", "", "know", CueBelieve, "it will pass", Indirect}},
			none: []string{"is safe for now", "on the ballot"},
		},
		{
			name: "a cue verb with down or away is another verb, of no speech",
			text: "The mayor was backing down from the plan. The speaker was shouted down by protesters. The mayor backed the plan in March.",
			want: []want{{"The mayor", "", "backed", CueBelieve, "the plan", Indirect}},
			none: []string{"from the plan", "by protesters"},
		},
		{
			name: "the terms of an interview end a content that is a noun phrase",
			text: "A senior aide confirmed the meeting on the condition of anonymity because talks were private.",
			want: []want{{"A senior aide", "", "confirmed", CueAssert, "the meeting", Indirect}},
			none: []string{"condition of anonymity"},
		},
		{
			name: "maintain holds a claim with a clause, but keeps a thing with a noun phrase",
			text: "The governor still maintains a wide lead in the polls. His aides have long maintained that the audit was fair.",
			want: []want{{"His aides", "", "have long maintained", CueAssert, "the audit was fair", Indirect}},
			none: []string{"a wide lead"},
		},
		{
			name:    "maintain keeps a thing after any possessive, \"your\" too (nounDeterminerWords)",
			text:    "You have maintained your lead in the polls.",
			noClaim: true,
		},
		{
			name: "a hedge of allegation doubts an event and relays no statement; reportedly relays one",
			text: "The aide who allegedly grabbed a reporter was charged on Monday. The senator reportedly plans to run again.",
			want: []want{{"", "", "reportedly", CueClaim, "plans to run again", Indirect}},
			none: []string{"grabbed a reporter"},
		},
		{
			name:   "a clause of manner after how tells the way someone acts, not what they said",
			text:   "The real test is how the governor responds to the attacks. Voters watched how she described her record. The governor said the attacks were unfair.",
			want:   []want{{"The governor", "", "said", CueAssert, "the attacks were unfair", Indirect}},
			none:   []string{"to the attacks", "her record"},
			reason: "an embedded question of manner reports no statement",
		},
		{
			name: "a relative pronoun stands for the noun before it, an object too; a relative clause ends its content",
			text: "Mr. Wiley walked them through a slide show that predicted victory for Mr. Trump. Mr. Scott, who has called the comments racially toxic, portrayed the nominee as an affliction.",
			want: []want{
				{"that", "slide show", "predicted", CueAssert, "victory for Mr. Trump", Indirect},
				{"who", "Scott", "has called", CueAssert, "the comments racially toxic", Indirect},
			},
			none: []string{"toxic, portrayed"},
		},
		{
			name: "a clause or an adverbial is no source",
			text: "Sanders hopes to close the gap in pledged delegates, which stood at 263 before Tuesday. On Monday she released a statement saying “The partnership is over.” Ryan spoke for an hour, slamming his proposed ban on Muslims. According to HuffPo: “Kaine has had a mixed record.”",
			want: []want{
				{"she", "", "released a statement saying", CueAssert, "The partnership is over", Direct},
				{"Ryan", "", "slamming", CueAccuse, "his proposed ban on Muslims", Indirect}, // the clause's subject, not the -ing phrase
			},
			none: []string{"delegates, which stood", "mixed record"},
		},
		{
			name: "cue words used as nouns, and contents that say nothing",
			text: "Fox News found itself playing host to the candidates. Jim Kessler, a founder of the center-left think tank Third Way, was there. The campaign did not return calls and emails seeking comment. Then, last week, Eric Trump called. Rubio found that voters cared little.",
			want: []want{{"Rubio", "Rubio", "found", CueReport, "voters cared little", Indirect}},
			none: []string{"playing host", "Third Way", "emails seeking comment", "last week"},
		},
		{
			name: "records and polls that show, and show as a noun",
			text: "Federal Election Commission records show Eksili has donated $38,000 since 2010. The aircraft was insured for $35 million in 2011, records show. He also hosts a Sunday talk show, writes a weekly column and will show up on Monday. Hundreds more showed up to hear Stein.",
			want: []want{
				{"Federal Election Commission records", "", "show", CueReport, "Eksili has donated $38,000 since 2010", Indirect},
				{"records", "", "show", CueReport, "The aircraft was insured for $35 million in 2011", Indirect},
			},
			none: []string{"a weekly column", "up on Monday", "up to hear"},
		},
		{
			name: "a relative clause with a cue or a time of its own before the cue",
			text: "A husband who thought he had lost a recording of his wife's voice for more than 10 years said the message was wonderful. Hawkins and others who want to ban abortion said the ruling will make the choice stark. Georgy Myakinkin, 31, who works at the airport said he had finished his shift. Many executives who run news organizations say the model is broken. Al From, who helped found the DLC, spoke.",
			want: []want{
				{"A husband who thought he had lost a recording of his wife's voice for more than 10 years", "", "said", CueAssert, "the message was wonderful", Indirect},
				{"Hawkins and others who want to ban abortion", "", "said", CueAssert, "the ruling will make the choice stark", Indirect},
				{"Georgy Myakinkin, 31, who works at the airport", "Georgy Myakinkin", "said", CueAssert, "he had finished his shift", Indirect},
				{"Many executives who run news organizations", "", "say", CueAssert, "the model is broken", Indirect},
			},
			none: []string{"the DLC"},
		},
		{
			name: "a cue after a name and \"and\" shares the clause's speaker",
			text: "A source confirmed the story to Reuters and added that the talks would resume. Rubio met his supporters in Miami and said it was great to be home.",
			want: []want{
				{"A source", "", "added", CueAssert, "the talks would resume", Indirect},
				{"Rubio", "Rubio", "said", CueAssert, "it was great to be home", Indirect},
			},
		},
		{
			name: "a caption's keyword is no speaker's label, a name is",
			text: "Mohammed Islam made millions, friends said.\n\nLavish: Mohammed has also taken to social media to show off his lifestyle.\n\nIslam: I never made $72 million trading stocks.",
			want: []want{{"Islam", "Mohammed Islam", ":", CueAssert, "I never made $72 million trading stocks.", Indirect}},
			none: []string{"social media"},
		},
		{
			name: "an office held names its holder",
			text: "The former CEO of Hewlett-Packard said it was not the way to win.",
			want: []want{{"The former CEO of Hewlett-Packard", "CEO of Hewlett-Packard", "said", CueAssert, "it was not the way to win", Indirect}},
		},
		{
			name: "names with \"of\": a body's own, a person's place of work",
			text: "The Gaza Ministry of Interior said families were evacuated. David French of the National Retail Federation said the rule would cost jobs. Wages rose, according to the Bureau of Labor Statistics.",
			want: []want{
				{"The Gaza Ministry of Interior", "Gaza Ministry of Interior", "said", CueAssert, "families were evacuated", Indirect},
				{"David French of the National Retail Federation", "David French", "said", CueAssert, "the rule would cost jobs", Indirect},
				{"the Bureau of Labor Statistics", "Bureau of Labor Statistics", "according to", CueReport, "Wages rose", Indirect},
			},
		},
		{
			name: "a body's name keeps its country's initials and ends before the place it is in; people in a place are a description",
			text: "The U.S. Chamber of Commerce said the rule would cost jobs. The American Chamber of Commerce in China said members were worried. Officials in Beijing said the sale violated the agreement. The U.S. Department of Justice said it would appeal.",
			want: []want{
				{"The U.S. Chamber of Commerce", "U.S. Chamber of Commerce", "said", CueAssert, "the rule would cost jobs", Indirect},
				{"The American Chamber of Commerce in China", "American Chamber of Commerce", "said", CueAssert, "members were worried", Indirect},
				{"Officials in Beijing", "Officials in Beijing", "said", CueAssert, "the sale violated the agreement", Indirect},
				{"The U.S. Department of Justice", "U.S. Department of Justice", "said", CueAssert, "it would appeal", Indirect},
			},
			reason: "the names were \"Chamber of Commerce\", \"China\" and \"Beijing\", the last two as persons",
		},
		{
			name: "a description in lower case before a body's name is no part of the name; a person's is",
			text: "U.S. chipmaker Arbor Semiconductor Inc said it would buy NovaChip. The opposition Labour Party said the cuts would hurt families. One senior Democrat said the bill would pass. The Podesta Group's CEO said the firm had done nothing wrong.",
			want: []want{
				{"U.S. chipmaker Arbor Semiconductor Inc", "Arbor Semiconductor Inc", "said", CueAssert, "it would buy NovaChip", Indirect},
				{"The opposition Labour Party", "Labour Party", "said", CueAssert, "the cuts would hurt families", Indirect},
				{"One senior Democrat", "One senior Democrat", "said", CueAssert, "the bill would pass", Indirect},
				{"The Podesta Group's CEO", "Podesta Group's CEO", "said", CueAssert, "the firm had done nothing wrong", Indirect},
			},
		},
		{
			name: "an appositive with a title after an according-to source, section labels, found out",
			text: "According to Nail al-Jubeir, information director at the Saudi Embassy in Washington, the blurring isn’t real.\n\nCAUSE FOR PAUSE: Teenage pregnancy rates in the region are rising fast.\n\nOne civil servant found out recently.",
			want: []want{{"Nail al-Jubeir, information director at the Saudi Embassy in Washington", "Nail al-Jubeir", "According to", CueReport, "the blurring isn’t real", Indirect}},
			none: []string{"Teenage pregnancy", "recently"},
		},
		{
			name: "forecasts, and a second verb of the forecaster",
			text: "Mr. Putin forecast that the slumping economy would soon rebound and praised efforts by Secretary of State John Kerry. The figures are reflected in long-term forecasts like the latest one.",
			want: []want{
				{"Mr. Putin", "Putin", "forecast", CueAssert, "the slumping economy would soon rebound", Indirect},
				{"Mr. Putin", "Putin", "praised", CueAssert, "efforts by Secretary of State John Kerry", Indirect},
			},
			none: []string{"the latest one"},
		},
		{
			name: "a hyphenated adjective in an appositive is no verb",
			text: "Bob Friedman, a talk show host and operations manager at the oldest black-owned radio station in Alabama, said that he noticed the shift.",
			want: []want{{"Bob Friedman, a talk show host and operations manager at the oldest black-owned radio station in Alabama", "Bob Friedman", "said", CueAssert, "he noticed the shift", Indirect}},
		},
		{
			name: "addressees with a head noun or a host's name, an appositive missing its closing comma",
			text: "Hillary Clinton told a Planned Parenthood gathering in Washington she will protect reproductive rights. Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton told host Chris Cuomo she believed that Clinton would release the transcript. Only days before the convention in Cleveland, Ohio, a new national poll shows Trump with his largest lead.",
			want: []want{
				{"Hillary Clinton", "Hillary Clinton", "told", CueAssert, "she will protect reproductive rights", Indirect},
				{"Sen. Kristen Gillibrand (D-NY), a supporter of Hillary Clinton", "Kristen Gillibrand", "told", CueAssert, "she believed that Clinton would release the transcript", Indirect},
				{"a new national poll", "", "shows", CueReport, "Trump with his largest lead", Indirect},
			},
			none: []string{"Chris Cuomo", "gathering"},
		},
		{
			name: "a gallery's label is no speaker, an archbishop's office names him",
			text: "A source said the rats came in through the vents.\n\nPHOTOS: Kim Kardashian Shows Off A Purse Painted For Her Birthday\n\nThe Archbishop of Camerino said it was up to the sister.",
			want: []want{{"The Archbishop of Camerino", "Archbishop of Camerino", "said", CueAssert, "it was up to the sister", Indirect}},
			none: []string{"Kim Kardashian"},
		},
		{
			name: "reports and claims as nouns, an alleged delivery, a source opening with a preposition",
			text: "There were conflicting reports about the identity of the woman. Some people make wild claims that haven't been evidenced. Following this week's alleged delivery to the group, there is room for doubt. From Bloomberg: Trump has struggled to win over rich donors this year and last.",
			none: []string{"identity of the woman", "haven't been evidenced", "delivery to the group", "struggled to win"},
		},
		{
			name: "a role and the name after its comma, so far, a label that opens with a preposition",
			text: "The White House spokesman, Josh Earnest, said the program was under review. Mr Somers’ father, Michael, called his son a good friend of Yemen. Trump has so far attacked all the companies on his list. An adviser to Nicaragua's Institute of Earth Studies (Ineter), Wilfried Strauch, said he was convinced it was a meteorite.\n\nIn response to the Ebola scare in Kansas City: Via KCTV 5 the hospital is under quarantine today.",
			want: []want{
				{"The White House spokesman, Josh Earnest", "Josh Earnest", "said", CueAssert, "the program was under review", Indirect},
				{"Mr Somers’ father, Michael", "Michael", "called", CueAssert, "his son a good friend of Yemen", Indirect},
				{"An adviser to Nicaragua's Institute of Earth Studies (Ineter), Wilfried Strauch", "Wilfried Strauch", "said", CueAssert, "he was convinced it was a meteorite", Indirect},
				{"Trump", "Trump", "attacked", CueAccuse, "all the companies on his list", Indirect},
			},
			none: []string{"Via KCTV"},
		},
		{
			name: "continued as a cue only when the speaker goes on speaking",
			text: "“Honestly,” he continued, “we may be on the brink of electing him.” The delegate lead for Hillary Clinton continues to grow. Trump continued his attacks against the judge.",
			want: []want{{"he", "", "continued", CueAssert, "“Honestly,” … “we may be on the brink of electing him.”", Direct}},
			none: []string{"to grow", "his attacks"},
		},
		{
			name: "answered as a cue only when the speaker's words are quoted next to it",
			text: "The moderator asked which team would win. “Green Bay,” the mayor answered. “I never bet against them,” Ortiz answers. The senator answered questions for an hour.",
			want: []want{
				{"the mayor", "", "answered", CueAssert, "“Green Bay,”", Direct},
				{"Ortiz", "Ortiz", "answers", CueAssert, "“I never bet against them,”", Direct},
			},
			none: []string{"questions for an hour"},
		},
		{
			name: "a cue's plain object before a colon, then the quote: the quote is the content",
			text: "The panel was hostile all night. Senator Ruiz finally called them on it:\n\n“The questions tonight show why nobody trusts the press.”\n\nThe club describes itself in the following way:\n\n“We serve every family in the county.”",
			want: []want{
				{"Senator Ruiz", "Ruiz", "finally called", CueAssert, "“The questions tonight show why nobody trusts the press.”", Direct},
				{"The club", "", "describes", CueAssert, "“We serve every family in the county.”", Direct},
			},
			none: []string{"them on it", "in the following way"},
		},
		{
			name: "a relative after what a speaker published speaks for the publisher",
			text: "The race tightened. Senator Dana Ruiz has released a Web video that accuses Ortiz of “lying” about the bill. Her campaign also issued a statement Monday that said the senator “will not back down.”",
			want: []want{
				{"Senator Dana Ruiz", "Dana Ruiz", "accuses", CueAccuse, "Ortiz of “lying” about the bill", Mixed},
				{"Her campaign", "", "said", CueAssert, "the senator “will not back down.”", Mixed},
			},
			reason: "PolNeAR gives such a claim to the publisher, with the cue \"released a Web video that accuses\"; a video that shows something is evidence, and stays the source (next case)",
		},
		{
			name: "a participle after what a speaker published speaks for the publisher",
			text: "The race tightened. Shortly after the call ended, the Ruiz campaign sent out a press release saying Ortiz owes “the state an explanation.”\n\nOrtiz posted a message on Twitter calling the release “a desperate stunt.” His campaign also sent out a text message to supporters saying: “We are winning this race!”",
			want: []want{
				{"the Ruiz campaign", "", "sent out a press release saying", CueAssert, "Ortiz owes “the state an explanation.”", Mixed},
				{"Ortiz", "Ortiz", "posted a message on Twitter calling", CueAssert, "the release “a desperate stunt.”", Mixed},
				{"His campaign", "", "also sent out a text message to supporters saying", CueAssert, "“We are winning this race!”", Direct},
			},
		},
		{
			name: "an indirect content that ends in a colon goes on in the quote paragraph after it",
			text: "The county has picked every winner since 1956. Ortiz, a retired teacher, said that given the choices on both sides:\n\n“There is only one candidate for me, and everybody here knows it.”\n\nRuiz said the race was close.\n\n“Nobody in this town agrees on anything.”",
			want: []want{
				{"Ortiz, a retired teacher", "Ortiz", "said", CueAssert, "given the choices on both sides … “There is only one candidate for me, and everybody here knows it.”", Mixed},
				{"Ruiz", "Ruiz", "said", CueAssert, "the race was close", Indirect},
			},
			none: []string{"Nobody in this town"},
		},
		{
			name: "a mixed content ends at a quote closing on a comma when a named subject's clause follows",
			text: "The results came in late. For someone who conceded that she is “not a natural campaigner,” Governor Ortiz had a good night on Tuesday, winning three states.",
			want: []want{{"who", "", "conceded", CueAssert, "she is “not a natural campaigner,”", Mixed}},
			none: []string{"had a good night"},
		},
		{
			name: "a participle after a hedge speaks for the hedge's subject",
			text: "The rally ran late. Senator Ortiz seemed to enjoy the moment, telling the crowd, “Some people get a little carried away.” The governor appeared to mock the plan by saying, “It will never pass.”",
			want: []want{
				{"Senator Ortiz", "Ortiz", "telling", CueAssert, "“Some people get a little carried away.”", Direct},
				{"The governor", "", "saying", CueAssert, "“It will never pass.”", Direct},
			},
		},
		{
			name: "a hedge's subject speaks for a participle only right after the hedge's content",
			text: "The two leaders appeared to settle their differences, but the senator has been vocal in rejecting the governor's plan.",
			// The senator, the subject of "has been vocal in", rejects the plan; the leaders
			// of the hedge do not.
			want: []want{{"", "", "appeared", CueClaim, "The two leaders … to settle their differences", Indirect}, {"the senator", "", "rejecting", CueDeny, "the governor's plan", Indirect}},
		},
		{
			name: "a publisher in a clause describing what it published is the clause's subject",
			text: "Her remarks came in response to a letter the Sanders campaign sent the committee on Monday alleging that the arrangement was improper.",
			want: []want{{"the Sanders campaign", "", "sent the committee on Monday alleging", CueClaim, "that the arrangement was improper", Indirect}},
		},
		{
			name: "a participle after a clause opened by a preposition and which speaks for that clause's subject",
			text: "The mayor spoke an hour after Ms. Ruiz, who leads in the polls, held a news conference in which she continued her attack on the mayor, mocking his “Clean Streets” slogan.",
			want: []want{{"she", "", "mocking", CueAccuse, "his “Clean Streets” slogan", Mixed}},
		},
		{
			name: "a quote paragraph signed with a dash and a name on the next line",
			text: "Here are the claims we checked.\n\n\"Almost all new income is going to the top 1 percent.\"\n\n- Dana Ruiz.\n\nThe senator relies on an old figure.",
			want: []want{{"Dana Ruiz", "Dana Ruiz", "-", CueAssert, "\"Almost all new income is going to the top 1 percent.\"", Direct}},
		},
		{
			name: "a participle in an absolute phrase has its own subject",
			text: "The feud went on. After the meeting, both men issued a statement expressing optimism – Ruiz saying he was “very encouraged” and Ortiz calling it a “great meeting.” The mayor left early, with Ms. Lee saying the talks were “a waste of time.”",
			want: []want{
				{"Ruiz", "Ruiz", "saying", CueAssert, "he was “very encouraged”", Mixed},
				{"Ortiz", "Ortiz", "calling", CueAssert, "it a “great meeting.”", Mixed},
				{"Ms. Lee", "Lee", "saying", CueAssert, "the talks were “a waste of time.”", Mixed},
			},
		},
		{
			name: "a participle right after a trailing cue and its comma speaks for that cue's speaker",
			text: "The debate went on. Ms. Lee weighed in as well, telling reporters on Monday, “They are both qualified,” she said, adding, “But Ruiz is the stronger one.” The mayor cannot say that “from his perspective,” Ortiz added, saying it should be “up to the voters.”",
			want: []want{
				{"she", "", "adding", CueAssert, "“But Ruiz is the stronger one.”", Direct},
				{"Ortiz", "Ortiz", "saying", CueAssert, "it should be “up to the voters.”", Mixed},
			},
		},
		{
			name: "a relative after a trailing source's appositive, with a quote of its own, is not the source's",
			text: "The group is busy.\n\n\"We think early money sets the terms of the debate,\" said Dana Ruiz, the group's chief strategist, who added that they plan to act \"like folks running for sheriff.\"",
			want: []want{{"Dana Ruiz, the group's chief strategist", "Dana Ruiz", "said", CueAssert, "\"We think early money sets the terms of the debate,\"", Direct}},
		},
		{
			name: "a trailing source followed by a relative that quotes on its own",
			text: "The deal angered agents.\n\n\"He was handled so lightly there is not a whole lot you can do,\" said a former official who oversaw the cases and described the affair as \"a lesser set of circumstances.\"",
			want: []want{
				{"a former official", "", "said", CueAssert, "\"He was handled so lightly there is not a whole lot you can do,\"", Direct},
				{"a former official", "", "described", CueAssert, "the affair as \"a lesser set of circumstances.\"", Mixed},
			},
		},
		{
			name: "a time between a subject and its verb does not hide the subject of a participle",
			text: "The race tightened. The Ruiz campaign on Monday also doubled down on its attacks on the mayor's record, saying he is experienced “on paper” but suggesting that might not be enough.",
			want: []want{
				{"The Ruiz campaign", "", "saying", CueAssert, "he is experienced “on paper”", Mixed},
				{"The Ruiz campaign", "", "suggesting", CueAssert, "that might not be enough", Indirect},
			},
		},
		{
			name: "participles after upon and after goes on to find their subject",
			text: "The race tightened. Ms. Lee, herself a supporter of the mayor, drew boos upon saying, “He heard the people.” The lawsuit goes on to fault the mayor's use of a private server, saying the records were “compromised.”",
			want: []want{
				{"Ms. Lee", "Lee", "saying", CueAssert, "“He heard the people.”", Direct},
				{"The lawsuit", "", "saying", CueAssert, "the records were “compromised.”", Mixed},
			},
		},
		{
			name: "a naming verb's content ends at its quoted name when the writer's words follow",
			text: "The feud grew. In another tweet, Ortiz called Ruiz the “ultimate hypocrite,” linking to a story about a fundraiser. Lee called the mayor a “clown” on his radio show. Her campaign called the report a “rush to judgment,” because delegates can still change their minds.",
			want: []want{
				{"Ortiz", "Ortiz", "called", CueAssert, "Ruiz the “ultimate hypocrite,”", Mixed},
				{"Lee", "Lee", "called", CueAssert, "the mayor a “clown”", Mixed},
				{"Her campaign", "", "called", CueAssert, "because delegates can still change their minds", Mixed},
			},
			none: []string{"linking to a story", "on his radio show"},
		},
		{
			name: "as X put it, with a quoted title closing the appositive",
			text: "The court matters. As Dana Ruiz, a professor at Yale and author of ''The Unwritten Rules,'' put it, ''Senators should take the deal while they can.''",
			want: []want{{"Dana Ruiz, a professor at Yale and author of ''The Unwritten Rules,''", "Dana Ruiz", "put it", CueAssert, "''Senators should take the deal while they can.''", Direct}},
		},
		{
			name: "an opening quote mark typed to close a quote",
			text: "Polls closed early.\n\nMedia shares blame - Ruiz: “Pollsters are taking a lot of heat. But critics share the blame.“[Post.]\n\nThe race goes on.",
			want: []want{{"Ruiz", "Ruiz", ":", CueAssert, "“Pollsters are taking a lot of heat. But critics share the blame.“", Direct}},
		},
		{
			name: "a plural noun after a determiner before a colon is no verb",
			text: "The rally ended late. She then addressed the supporters again: “Here is what I regret.” The letter continues: “We will not stop.”",
			want: []want{
				{"She", "", "then addressed the supporters again:", CueAssert, "“Here is what I regret.”", Direct},
				{"The letter", "", "continues", CueAssert, "“We will not stop.”", Direct},
			},
		},
		{
			name: "has since before a cue, and a wh-clause before a colon",
			text: "The probe went on.\n\nMs. Ruiz has since apologized for what happened:\n\n\"Yes, I should have used two email addresses. Not doing so was a mistake.\"\n\nOrtiz has since said the matter is closed.",
			want: []want{
				{"Ms. Ruiz", "Ruiz", "has since apologized for what happened:", CueAssert, "\"Yes, I should have used two email addresses. Not doing so was a mistake.\"", Direct},
				{"Ortiz", "Ortiz", "has since said", CueAssert, "the matter is closed", Indirect},
			},
		},
		{
			name: "from the report and a colon before a quote",
			text: "Polls vary.\n\nWhat the study does mean - Not all panels are equal. From the report: “In general, samples with more careful weighting produced more accurate results.”",
			want: []want{{"the report", "", ":", CueAssert, "“In general, samples with more careful weighting produced more accurate results.”", Direct}},
		},
		{
			name: "an unnamed source, a detective's abbreviation, added to, a section in capitals before a quote",
			text: "Last week, an unnamed Apple insider was quoted as saying that the company would be lucky to ship it by February. “The apartment was clean,” said Det. James Patterson, of the Manhattan Police Department. The detentions added to the mystery that surrounds him.\n\nOSTEITIS PUBIS IN PREGNANCY: “I was in a bit of a dark place”",
			want: []want{
				{"an unnamed Apple insider", "", "saying", CueAssert, "the company would be lucky to ship it by February", Indirect},
				{"Det. James Patterson", "James Patterson", "said", CueAssert, "“The apartment was clean,”", Direct},
			},
			none: []string{"the mystery", "a dark place"},
		},
		{
			name: "reports that say or show are a source, not a cue",
			text: "Multiple unconfirmed reports say Nelson was found dead in his condo. The reports show the PAC changed its advertising plans.",
			want: []want{
				{"Multiple unconfirmed reports", "", "say", CueAssert, "Nelson was found dead in his condo", Indirect},
				{"The reports", "", "show", CueReport, "the PAC changed its advertising plans", Indirect},
			},
		},
		{
			name: "a newspaper is no she, a photo credit is no speaker",
			text: "The Telegraph reported that the student had posted a letter online. “I am sorry,” she wrote.\n\nGetty Tasty: Kim Jong-Un is a fan of delicacies such as dog meat soup.",
			want: []want{{"she", "she", "wrote", CueAssert, "“I am sorry,”", Direct}},
			none: []string{"dog meat soup"},
		},
		{
			name: "reports qualified as conflicting or unconfirmed are nouns",
			text: "There are conflicting reports whether the woman was freed. A patient is in hospital with signs of Ebola, according to unconfirmed reports from the city.",
			want: []want{{"unconfirmed reports from the city", "", "according to", CueReport, "A patient is in hospital with signs of Ebola", Indirect}},
			none: []string{"whether the woman"},
		},
		{
			name: "a fact-check's labels and a heading in capitals are no speakers, perhaps is no source",
			text: "Claim: Kanye West has been banned from all future award shows.\n\nIS EXPLAINED: How it fits into Syria and Iraq and the war there\n\nThe site is run by pranksters, which perhaps explains why the fake article went viral.",
			none: []string{"Kanye West has been banned", "How it fits", "the fake article"},
		},
		{
			name: "alleged and reported as adjectives after a preposition, reports heard",
			text: "The hostage had been freed by alleged al-Qaeda militants last week. Now we're hearing reports that the video may be a prank.",
			none: []string{"al-Qaeda militants", "the video may be a prank"},
		},
		{
			name: "a keyword in capitals is no speaker unless named elsewhere, reports after a preposition",
			text: "Mike Pence spoke first.\n\nREVENGE: 'Any son of a bitch takes a shot at me, I will get him.'\n\nPENCE: 'We will win this state in November and the next one.'\n\nThe rumor mill went crazy this week with reports that the marshal had overthrown the leader.",
			want: []want{{"PENCE", "Mike Pence", ":", CueAssert, "'We will win this state in November and the next one.'", Direct}},
			none: []string{"son of a bitch", "the marshal had overthrown"},
		},
		{
			name: "an adverbial cut short before a passive participle is no source",
			text: "In an email described as a “joint policy initiative,” Mayor Bill de Blasio and Commissioner Bill Bratton said arrests would stop.",
			want: []want{{"Mayor Bill de Blasio and Commissioner Bill Bratton", "", "said", CueAssert, "arrests would stop", Indirect}},
			none: []string{"joint policy initiative"},
		},
		{
			name: "WHO in capitals is the World Health Organization, not a relative pronoun",
			text: "The WHO said the virus was not found in Mosul. A WHO spokesperson, Christy Feig, said no cases were confirmed.",
			want: []want{
				{"The WHO", "WHO", "said", CueAssert, "the virus was not found in Mosul", Indirect},
				{"A WHO spokesperson, Christy Feig", "Christy Feig", "said", CueAssert, "no cases were confirmed", Indirect},
			},
		},
		{
			name: "a family's spokesperson is not the White House's",
			text: "A spokesperson for the White House National Security Council said the hostage had been killed. The family spokesperson said she had devoted her life to helping others.",
			want: []want{{"The family spokesperson", "family spokesperson", "said", CueAssert, "she had devoted her life to helping others", Indirect}},
		},
		{
			name: "a relative pronoun after a clause stands for the clause's object, without its time; a published piece speaks for its publisher",
			text: "Militants released a video on Thursday that showed Mr Somers pleading for help.\n\nThe Washington Post recently ran a piece that noted the plan would benefit affluent households.",
			want: []want{
				{"that", "video", "showed", CueReport, "Mr Somers pleading for help", Indirect},
				{"The Washington Post", "Washington Post", "noted", CueAssert, "the plan would benefit affluent households", Indirect},
			},
		},
		{
			name: "names with a lower-case particle",
			text: "Jordanian government spokesman Mohammed al-Momani said the pilot was killed a month ago. Mayor Bill de Blasio said the program would end.",
			want: []want{
				{"Jordanian government spokesman Mohammed al-Momani", "Mohammed al-Momani", "said", CueAssert, "the pilot was killed a month ago", Indirect},
				{"Mayor Bill de Blasio", "Bill de Blasio", "said", CueAssert, "the program would end", Indirect},
			},
		},
		{
			name: "a plural cue word before a past verb is a noun",
			text: "The footage was shared after false reports came out that it showed a teacher.",
			none: []string{"came out"},
		},
		{
			name: "according to after a conjunction, a quoted name, and a description with a name",
			text: "It is hard to believe, but according to the website “Injustice Stories,” the flight was delayed for hours. A woman named Lana told the website that she was shocked. She said the crew did nothing.",
			want: []want{
				{"the website “Injustice Stories,”", "Injustice Stories", "according to", CueReport, "the flight was delayed for hours", Indirect},
				{"A woman named Lana", "Lana", "told", CueAssert, "she was shocked", Indirect},
				{"She", "Lana", "said", CueAssert, "the crew did nothing", Indirect},
			},
			none:   []string{"hard to believe"},
			reason: "a pronoun takes no website for its speaker, and a clause before \"but according to\" is the writer's",
		},
		{
			name:   "a time of day before a quote ends the sentence, and the quote's pronoun is the subject before it",
			text:   "Mayor Linda Harper conceded defeat on Wednesday night.\n\nBell, a 41-year-old city councilman, declared victory shortly after 10 p.m. \"Tonight Springfield chose a new direction,\" he said.",
			reason: "wire copy: the quote was read into the sentence before, 'Bell ... declared victory ... \"Tonight ...\"', and its 'he' went to Harper",
			want: []want{
				{"he", "Bell", "said", CueAssert, "\"Tonight Springfield chose a new direction,\"", Direct},
			},
			none: []string{"Bell, a 41"},
		},
		{
			name: "a pronoun with no speaker before it takes the name that opens a paragraph, not a company's",
			text: "Stan Beaton kept the message for years.\n\nEngineers at Virgin Media restored it.\n\n“They made me happy,” he said.",
			want: []want{{"he", "Stan Beaton", "said", CueAssert, "“They made me happy,”", Direct}},
		},
		{
			name: "a surname takes the full name, not a book title's adjective before it",
			text: "He published \"Trumped! The Inside Story of the Real Donald Trump.\" Trump denied the accusations.",
			want: []want{{"Trump", "Donald Trump", "denied", CueDeny, "the accusations", Indirect}},
		},
		{
			name: "a list of places after the speaker's noun belongs to the mention, an opening adverbial's does not",
			text: "Most Republican voters in Alabama, Georgia and Virginia said they felt betrayed. In Paris, France and Germany said the talks failed.",
			want: []want{
				{"Most Republican voters in Alabama, Georgia and Virginia", "Most Republican voters in Alabama, Georgia and Virginia", "said", CueAssert, "they felt betrayed", Indirect},
				{"France and Germany", "France and Germany", "said", CueAssert, "the talks failed", Indirect},
			},
		},
		{
			name: "a time with ago before the subject is no part of it",
			text: "Just a few days ago North Korea admitted Kim was suffering from discomfort.",
			want: []want{{"North Korea", "North Korea", "admitted", CueAssert, "Kim was suffering from discomfort", Indirect}},
		},
		{
			name: "a content without a subject takes the noun phrase before its source",
			text: "Hunter said ten fighters were caught at the border, a claim DHS said was false.",
			want: []want{
				{"Hunter", "Hunter", "said", CueAssert, "ten fighters were caught at the border", Indirect},
				{"DHS", "DHS", "said", CueDeny, "a claim … was false", Indirect},
			},
		},
		{
			name: "a heading in capitals run into the sentence is no part of the speaker, an acronym is",
			text: "RUSSIANS SPARED FULL BAN FROM OLYMPICS The International Olympic Committee said it would not ban the whole team. The US FBI Director James Comey said the probe was over.",
			want: []want{
				{"The International Olympic Committee", "International Olympic Committee", "said", CueAssert, "it would not ban the whole team", Indirect},
				{"The US FBI Director James Comey", "James Comey", "said", CueAssert, "the probe was over", Indirect},
			},
		},
		{
			name: "he stands for a person, not for a thing that speaks",
			text: "Inspector Stewart Taylor said the case highlighted the risks of selling animals online. He said buyers often acted on impulse.",
			want: []want{{"He", "Stewart Taylor", "said", CueAssert, "buyers often acted on impulse", Indirect}},
		},
		{
			name: "a dateline with a colon, lives claimed, a name after a possessive description",
			text: "Jaipur: A man who was caught trying to rob a shop in the old city is in a critical condition in hospital after a crowd of local people beat him with sticks and stones on Monday night.\n\nViolence claimed more than 1,400 lives in the region. His brother, Mike Haines, said he had worked for the United Nations. Staff at Toll Barn Veterinary Centre treated the fish.\n\nHe said the operation went well.",
			want: []want{
				{"His brother, Mike Haines", "Mike Haines", "said", CueAssert, "he had worked for the United Nations", Indirect},
				{"He", "Mike Haines", "said", CueAssert, "the operation went well", Indirect},
			},
			none: []string{"A man who was caught", "1,400 lives"},
		},
		{
			name: "a sentence's first word is no part of the name after it",
			text: "Neither Hillary Clinton nor anyone else commented.\n\n“We will win,” she said.",
			want: []want{{"she", "Hillary Clinton", "said", CueAssert, "“We will win,”", Direct}},
		},
		{
			name: "a pronoun with no speaker before it takes no place or body for its name",
			text: "The rally in San Francisco drew a crowd to the United States Capitol. He said the crowd was large.",
			want: []want{{"He", "He", "said", CueAssert, "the crowd was large", Indirect}},
		},
		{
			name: "a claim in a relative clause ends where the main clause resumes",
			text: "Three women who accused former President Bill Clinton of rape said Sunday night that they were harassed. Jane Smith, who called Trump a “sociopath,” said he does not believe the effort will work. The senator, who called the notion of man-made global warming a hoax, could be the next chairman.",
			want: []want{
				{"who", "Three women", "accused", CueAccuse, "former President Bill Clinton of rape", Indirect},
				{"Three women who accused former President Bill Clinton of rape", "Three women", "said", CueAssert, "they were harassed", Indirect},
				{"who", "Jane Smith", "called", CueAssert, "Trump a “sociopath,”", Mixed},
				{"Jane Smith", "Jane Smith", "said", CueAssert, "he does not believe the effort will work", Indirect},
				{"who", "senator", "called", CueAssert, "the notion of man-made global warming a hoax", Indirect},
			},
			none: []string{"rape said", "said he does", "Trump a “sociopath,” said", "could be the next chairman"},
		},
		{
			name: "a possessed cue word is a noun: its possessor is the source",
			text: "Analysts noted inconsistencies with North Korea's claim that it had tested a hydrogen weapon. The win would be a boost to the Obama administration's hopes that Burma will become a democracy. He's said the same thing at every stop. The loss complicates Trump’s hopes to win the nomination outright.",
			want: []want{
				{"North Korea's", "North Korea", "claim", CueClaim, "it had tested a hydrogen weapon", Indirect},
				{"the Obama administration's", "Obama administration", "hopes", CueBelieve, "Burma will become a democracy", Indirect},
				{"He", "", "'s said", CueAssert, "the same thing at every stop", Indirect},
			},
			none: []string{"to win the nomination"},
		},
		{
			name: "nominal cues of warning, suggestion, argument, assurance and complaint",
			text: "The ferry operator stood by his warning that the bridge would close in May. Residents mocked the mayor's suggestion that the parade be moved indoors. Her argument that the levy was unfair persuaded nobody. Voters ignored their assurances that taxes would not rise. The board rejected the union’s complaints that shifts were too long.",
			want: []want{
				{"his", "", "warning", CueAssert, "the bridge would close in May", Indirect},
				{"the mayor's", "mayor", "suggestion", CueAssert, "the parade be moved indoors", Indirect},
				{"Her", "", "argument", CueAssert, "the levy was unfair", Indirect},
				{"their", "", "assurances", CueAssert, "taxes would not rise", Indirect},
				{"the union’s", "union", "complaints", CueAccuse, "shifts were too long", Indirect},
			},
			reason: "the possessor, 's and all, is the source as PolNeAR marks it; the name drops the 's",
		},
		{
			name: "a short present verb with its object before a coordinated cue",
			text: "The bakery chain owns a mill in Ohio and says it has doubled its output.",
			want: []want{
				{"The bakery chain", "", "says", CueAssert, "it has doubled its output", Indirect},
			},
			reason: "a four-letter verb in the present (\"owns\", \"runs\") ends the subject as a longer one does",
		},
		{
			name: "a demonstrative object before a coordinated cue is no clause",
			text: "The farmer paid a fine of $9,000. He brought that down to $4,000 in two years, but said he could not pay the rest.",
			want: []want{
				{"He", "", "said", CueAssert, "he could not pay the rest", Indirect},
			},
			reason: "\"that\" after a verb and before a particle or preposition is the verb's object, so the walk back to the subject of \"but said\" goes past it",
		},
		{
			name: "complaints that no one is named for",
			text: "Despite complaints that the levy is unfair, the council has kept it. By May the ferry was drawing complaints that it ran late. Another complaint is that the pier is too short. The clerk filed complaints that reached the board.",
			want: []want{
				{"", "", "complaints", CueAccuse, "that the levy is unfair", Indirect},
				{"", "", "complaints", CueAccuse, "that it ran late", Indirect},
				{"", "", "complaint is", CueAccuse, "that the pier is too short", Indirect},
			},
			none:   []string{"reached the board"},
			reason: "PolNeAR marks a complaint with no possessor and a that-clause with no source; after an opening preposition the clause ends at its comma",
		},
		{
			name: "verbs whose object is the content: ordered, discussed, prefer, considers, requested",
			text: "A county judge ordered the release of the inspection reports. The two governors discussed the flooding along the river. Most farmers prefer a smaller levy on fuel. The coach considers the new stadium a mistake. The union requested a second audit of the pension fund.",
			want: []want{
				{"A county judge", "", "ordered", CueAssert, "the release of the inspection reports", Indirect},
				{"The two governors", "", "discussed", CueAssert, "the flooding along the river", Indirect},
				{"Most farmers", "", "prefer", CueBelieve, "a smaller levy on fuel", Indirect},
				{"The coach", "", "considers", CueBelieve, "the new stadium a mistake", Indirect},
				{"The union", "", "requested", CueAssert, "a second audit of the pension fund", Indirect},
			},
		},
		{
			name: "verbs of stance whose object is the position taken: endorsed, supported, opposed, wanted",
			text: "The retired governor endorsed Senator Hale. The teachers' union supported the school levy. Two council members opposed the new parking plan. The farmers wanted a bigger share of the water.",
			want: []want{
				{"The retired governor", "", "endorsed", CueAssert, "Senator Hale", Indirect},
				{"The teachers' union", "", "supported", CueBelieve, "the school levy", Indirect},
				{"Two council members", "", "opposed", CueDeny, "the new parking plan", Indirect},
				{"The farmers", "", "wanted", CueBelieve, "a bigger share of the water", Indirect},
			},
		},
		{
			name: "a participle of stance after a noun takes the noun phrase as its source",
			text: "The mayor met with pastors supporting Senator Hale. The ads came from a group backing the school levy. Union members opposing the plan said they would strike.",
			want: []want{
				{"pastors", "", "supporting", CueBelieve, "Senator Hale", Indirect},
				{"a group", "", "backing", CueBelieve, "the school levy", Indirect},
				{"Union members opposing the plan", "", "said", CueAssert, "they would strike", Indirect},
			},
			reason: "a reduced relative in the subject of a cue stays in the cue's source and gives no claim of its own",
		},
		{
			name: "plans to after a name or a pronoun is a verb of intention; after a modifier a noun",
			text: "Governor Hale plans to veto the budget. The city council has its own plans to widen the road. Later he plans to visit the dam.",
			want: []want{
				{"Governor Hale", "Hale", "plans", CueBelieve, "to veto the budget", Indirect},
				{"he", "Hale", "plans", CueBelieve, "to visit the dam", Indirect},
			},
			none: []string{"to widen the road"},
		},
		{
			name: "call with a pronoun object labels; otherwise it is the noun",
			text: "Critics call it a tax on the poor. The council held a conference call with the mayor on Monday.",
			want: []want{{"Critics", "", "call", CueAssert, "it a tax on the poor", Indirect}},
			none: []string{"with the mayor"},
		},
		{
			name: "feel is a verb of view, but feel free invites",
			text: "Many farmers feel the levy is unfair. Readers should feel free to write to the editor.",
			want: []want{{"Many farmers", "", "feel", CueBelieve, "the levy is unfair", Indirect}},
			none: []string{"to write to the editor"},
		},
		{
			name: "decided takes its infinitive as the content",
			text: "The governor decided to veto the budget.",
			want: []want{{"The governor", "", "decided", CueBelieve, "to veto the budget", Indirect}},
		},
		{
			name: "would like with an infinitive is a wish",
			text: "All five candidates would like to shrink the education department.",
			want: []want{{"All five candidates", "", "would like", CueAssert, "to shrink the education department", Indirect}},
		},
		{
			name: "the object of a relative's cue ends where the main clause's verb comes",
			text: "Voters who opposed the levy are mostly farmers. The senator, who had endorsed Hale and is running again, spoke first.",
			want: []want{
				{"who", "", "opposed", CueDeny, "the levy", Indirect},
				{"who", "", "had endorsed", CueAssert, "Hale", Indirect},
			},
			none: []string{"are mostly farmers", "is running again"},
		},
		{
			name: "a verb of stance takes its object without the writer's adverbial after it",
			text: "The council members opposed it because it cost too much. The former governor endorsed Senator Hale at a rally in Dayton.",
			want: []want{
				{"The council members", "", "opposed", CueDeny, "it", Indirect},
				{"The former governor", "", "endorsed", CueAssert, "Senator Hale", Indirect},
			},
			none: []string{"because it cost too much", "at a rally in Dayton"},
		},
		{
			name: "backed and supports take the position as their object; backed away is a retreat",
			text: "The union backed Senator Hale in the primary. The mayor supports a new bridge. Later the governor backed away from the plan.",
			want: []want{
				{"The union", "", "backed", CueBelieve, "Senator Hale", Indirect},
				{"The mayor", "", "supports", CueBelieve, "a new bridge", Indirect},
			},
			none: []string{"from the plan"},
		},
		{
			name: "a non-restrictive which is the source of its clause's cue",
			text: "The farmers' union, which endorsed Senator Hale last spring, is the largest in the state.",
			want: []want{{"which", "", "endorsed", CueAssert, "Senator Hale", Indirect}},
		},
		{
			name: "all of whom is the source of its clause's cue",
			text: "The two senators, both of whom opposed the trade deal, spoke at noon.",
			want: []want{{"both of whom", "", "opposed", CueDeny, "the trade deal", Indirect}},
		},
		{
			name: "a verb of stance negated in the perfect takes no stand",
			text: "The teachers' union has not endorsed a candidate. The farmers didn't endorse the levy.",
			none: []string{"a candidate", "the levy"},
		},
		{
			name: "view with as is a verb of view; a view that is the noun",
			text: "Many voters view the mayor as a reformer. The two share a dogmatic view that taxes are too high.",
			want: []want{{"Many voters", "", "view", CueBelieve, "the mayor as a reformer", Indirect}},
			none: []string{"taxes are too high"},
		},
		{
			name: "thought after its subject is a verb of belief, not the noun or thought about",
			text: "Most economists thought the plan would fail. The essay draws on conservative thought from the fifties. He thought about the offer for a week.",
			want: []want{{"Most economists", "", "thought", CueBelieve, "the plan would fail", Indirect}},
			none: []string{"from the fifties", "the offer"},
		},
		{
			name: "more verbs of speech: refuses, invoked, ruled, indicate, challenged, listed, encouraged, welcomed; questioning, repeating",
			text: "The landlord refuses any blame for the leak. The defense invoked the statute of limitations. The court ruled that the fence could stay. The figures indicate that the harvest was poor. The mayor challenged the county's count of the ballots. The report listed three causes of the fire. The teacher encouraged the pupils to read aloud. The fishermen welcomed the new quota. She wrote to the board, questioning the cost of the bridge. He closed the meeting, repeating that the pool would reopen in June.",
			want: []want{
				{"The landlord", "", "refuses", CueDeny, "any blame for the leak", Indirect},
				{"The defense", "", "invoked", CueAssert, "the statute of limitations", Indirect},
				{"The court", "", "ruled", CueAssert, "the fence could stay", Indirect},
				{"The figures", "", "indicate", CueAssert, "the harvest was poor", Indirect},
				{"The mayor", "", "challenged", CueAccuse, "the county's count of the ballots", Indirect},
				{"The report", "", "listed", CueAssert, "three causes of the fire", Indirect},
				{"The teacher", "", "encouraged", CueAssert, "the pupils to read aloud", Indirect},
				{"The fishermen", "", "welcomed", CueAssert, "the new quota", Indirect},
				{"She", "", "questioning", CueAccuse, "the cost of the bridge", Indirect},
				{"He", "", "repeating", CueAssert, "the pool would reopen in June", Indirect},
			},
		},
		{
			name: "verbs of speech, third round: offered, named, repeated, identified, reveal, sued; believing, refusing",
			text: "The council offered a plan to rebuild the pier. The governor named a retired judge to lead the inquiry. The mayor repeated his claim that the budget was balanced. The audit identified two accounts as the source of the losses. The letters reveal that the deal was struck in March. The tenants sued the landlord over the broken heating. She left early, believing the vote was lost. He stayed home, refusing the offer of a car.",
			want: []want{
				{"The council", "", "offered", CueAssert, "a plan to rebuild the pier", Indirect},
				{"The governor", "", "named", CueAssert, "a retired judge to lead the inquiry", Indirect},
				{"The mayor", "", "repeated", CueAssert, "his claim that the budget was balanced", Indirect},
				{"The audit", "", "identified", CueAssert, "two accounts as the source of the losses", Indirect},
				{"The letters", "", "reveal", CueReport, "the deal was struck in March", Indirect},
				{"The tenants", "", "sued", CueAccuse, "the landlord over the broken heating", Indirect},
				{"She", "", "believing", CueBelieve, "the vote was lost", Indirect},
				{"He", "", "refusing", CueDeny, "the offer of a car", Indirect},
			},
			reason: "PolNeAR marks \"repeated his claim that\" as one attribution of the verb's subject, not the possessed noun's",
		},
		{
			name: "verbs of speech, fourth round: downplayed, reaffirmed, conclude, proposes, credited, displayed; implying, chiding",
			text: "The minister downplayed the risk of a strike. The bank reaffirmed its forecast for the year. The inspectors conclude that the wall was unsafe. The report proposes a new tax on sugar. The coach credited the fans for the win. The poster displayed a map of the new route. She spoke of the delays, implying the contractor was at fault. He wrote to the council, chiding the members for their silence.",
			want: []want{
				{"The minister", "", "downplayed", CueAssert, "the risk of a strike", Indirect},
				{"The bank", "", "reaffirmed", CueAssert, "its forecast for the year", Indirect},
				{"The inspectors", "", "conclude", CueReport, "the wall was unsafe", Indirect},
				{"The report", "", "proposes", CueAssert, "a new tax on sugar", Indirect},
				{"The coach", "", "credited", CueAssert, "the fans for the win", Indirect},
				{"The poster", "", "displayed", CueAssert, "a map of the new route", Indirect},
				{"She", "", "implying", CueAssert, "the contractor was at fault", Indirect},
				{"He", "", "chiding", CueAccuse, "the members for their silence", Indirect},
			},
		},
		{
			name: "verbs of speech, fifth round: learned, considered, threatened, ask, doubt, recognized, mentions; seeking",
			text: "She wrote to the board, seeking a delay of the vote. The inspectors learned that the pipes were rusted. The mayor considered the plan a waste of money. The union threatened that it would strike. We ask that the council reopen the library. I doubt the bridge will be finished this year. The coach recognized that the team had played badly. The report mentions that two wells were dry.",
			want: []want{
				{"She", "", "seeking", CueAssert, "a delay of the vote", Indirect},
				{"The inspectors", "", "learned", CueReport, "the pipes were rusted", Indirect},
				{"The mayor", "", "considered", CueBelieve, "the plan a waste of money", Indirect},
				{"The union", "", "threatened", CueAssert, "it would strike", Indirect},
				{"We", "", "ask", CueAssert, "the council reopen the library", Indirect},
				{"I", "", "doubt", CueBelieve, "the bridge will be finished this year", Indirect},
				{"The coach", "", "recognized", CueAssert, "the team had played badly", Indirect},
				{"The report", "", "mentions", CueAssert, "two wells were dry", Indirect},
			},
		},
		{
			name: "verbs of speech and thought, fifth round: pushed for, compared, note, worry, nominated, consider, favor, recognize(s), guess",
			text: "The mayor pushed for a new tax on sugar. The senator compared the bill to a blank check. Critics note that the dam was never inspected. Farmers worry that the river will flood. The party nominated a banker for the seat. Many voters consider the tax unfair. Most doctors favor a ban on the drug. The agency recognizes that the rules are unclear. We recognize that the plan has costs. I guess the deal is off.",
			want: []want{
				{"The mayor", "", "pushed for", CueAssert, "a new tax on sugar", Indirect},
				{"The senator", "", "compared", CueAssert, "the bill to a blank check", Indirect},
				{"Critics", "", "note", CueAssert, "the dam was never inspected", Indirect},
				{"Farmers", "", "worry", CueBelieve, "the river will flood", Indirect},
				{"The party", "", "nominated", CueAssert, "a banker for the seat", Indirect},
				{"Many voters", "", "consider", CueBelieve, "the tax unfair", Indirect},
				{"Most doctors", "", "favor", CueBelieve, "a ban on the drug", Indirect},
				{"The agency", "", "recognizes", CueAssert, "the rules are unclear", Indirect},
				{"We", "", "recognize", CueAssert, "the plan has costs", Indirect},
				{"I", "", "guess", CueBelieve, "the deal is off", Indirect},
			},
		},
		{
			name: "verbs whose object is the content, fifth round: blame, appointed, pressed, express",
			text: "Residents blame the factory for the smell. The governor appointed a former judge to the board. Reporters pressed the mayor on the missing funds. Several senators express doubts about the treaty. The coach took the blame for the defeat in the final.",
			want: []want{
				{"Residents", "", "blame", CueAccuse, "the factory for the smell", Indirect},
				{"The governor", "", "appointed", CueAssert, "a former judge to the board", Indirect},
				{"Reporters", "", "pressed", CueAssert, "the mayor on the missing funds", Indirect},
				{"Several senators", "", "express doubts about", CueAssert, "the treaty", Indirect},
			},
			none: []string{"the defeat in the final"},
		},
		{
			name: "mention and seek, fifth round: a negated mention is a cue",
			text: "The report did not mention the missing funds. The ministers mention that the budget is tight. The tenants seek a refund of the deposit.",
			want: []want{
				{"The report", "", "did not mention", CueAssert, "the missing funds", Indirect},
				{"The ministers", "", "mention", CueAssert, "the budget is tight", Indirect},
				{"The tenants", "", "seek", CueAssert, "a refund of the deposit", Indirect},
			},
		},
		{
			name: "an active asked with an addressee, then what it asks about or for",
			text: "The radio host asked the senator about the remarks he had made the night before. The county asked the appeals court for a quick ruling.",
			want: []want{
				{"The radio host", "", "asked", CueAssert, "about the remarks he had made the night before", Indirect},
				{"The county", "", "asked", CueAssert, "for a quick ruling", Indirect},
			},
		},
		{
			name: "declare and pledge in the present",
			text: "The rebels declare that the truce is over. The donors pledge that the school will be rebuilt.",
			want: []want{
				{"The rebels", "", "declare", CueAssert, "the truce is over", Indirect},
				{"The donors", "", "pledge", CueAssert, "the school will be rebuilt", Indirect},
			},
		},
		{
			name: "an opening adverbial is not the source; times then an adverbial before that",
			text: "Saturday at the Massachusetts Democratic state’s party convention Sen. Elizabeth Warren (D-MA) said Trump was a “proven failure” in business. Cruz said Thursday during taping of a MSNBC town hall in Buffalo, New York, that states can pass such laws. A spokesman for Democratic presidential candidate Hillary Clinton called the report ridiculous.",
			want: []want{
				{"Sen. Elizabeth Warren (D-MA)", "Elizabeth Warren", "said", CueAssert, "Trump was a “proven failure” in business", Mixed},
				{"Cruz", "Cruz", "said", CueAssert, "states can pass such laws", Indirect},
				{"A spokesman for Democratic presidential candidate Hillary Clinton", "", "called", CueAssert, "the report ridiculous", Indirect},
			},
			none: []string{"during taping"},
		},
		{
			name: "people with one surname and other first names are other people; a dash ends an adverbial",
			text: "Hillary Clinton thinks the government requires too many tests, former President Bill Clinton said this week at an event in Wyoming — an apparent reversal of her support for the law that ushered in annual testing.",
			want: []want{{"former President Bill Clinton", "Bill Clinton", "said", CueAssert, "Hillary Clinton thinks the government requires too many tests", Indirect}},
			none: []string{"ushered"},
		},
		{
			name: "an appositive with a relative clause before said; a quote said before adding another",
			text: "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the Khan family deserved better.\n\n\"If she gets to pick her judges, nothing you can do folks,\" Trump said before adding: \"Though the Second Amendment people, maybe there is.\"",
			want: []want{
				{"Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump", "John Kasich", "said", CueAssert, "the Khan family deserved better", Indirect},
				{"who", "John Kasich", "has refused", CueDeny, "to endorse Mr. Trump", Indirect}, // the name the appositive describes
				{"Trump", "Trump", "said", CueAssert, "If she gets to pick her judges", Direct},
				{"Trump", "Trump", "adding", CueAssert, "Though the Second Amendment people", Direct},
			},
		},
		{
			name: "a clause with a finite verb before the comma is a content, not an appositive",
			text: "In nearby Decatur, the big Nucor steel plant is hanging on, but it is under intense pressure from Asian imports, said the company's chief executive, John J. Ferriola.\n\nSalah Abu-Laban and his wife had been traveling together, wrote film director Osman Abu Laban on Facebook.",
			want: []want{
				{"the company's chief executive, John J. Ferriola", "John J. Ferriola", "said", CueAssert, "the big Nucor steel plant is hanging on", Indirect},
				{"film director Osman Abu Laban", "", "wrote", CueAssert, "Salah Abu-Laban and his wife had been traveling together", Indirect},
			},
		},
		{
			name: "a name and its verb before a coordinated or participle cue: the name is the source",
			text: "Earlier Wednesday, Schilling appeared on a show on WEEI radio in Boston and defended himself against accusations of racism. President Obama released a statement Thursday night condemning “a horrific terrorist attack.” People briefed on the situation say the deal is off. A teary-eyed Bush says he is proud of the campaign.",
			want: []want{
				{"Schilling", "Schilling", "defended", CueAssert, "himself against accusations of racism", Indirect},
				{"President Obama", "Obama", "released a statement Thursday night condemning", CueAccuse, "“a horrific terrorist attack.”", Direct},
				{"People briefed on the situation", "", "say", CueAssert, "the deal is off", Indirect},
				{"A teary-eyed Bush", "Bush", "says", CueAssert, "he is proud of the campaign", Indirect},
			},
		},
		{
			name: "a participial aside between the subject and said",
			text: "The senator, speaking to reporters after the vote, said the bill would pass. The company, citing new data, denied the report. The report, released Tuesday by the group, found that emissions had risen.",
			want: []want{
				{"The senator", "senator", "said", CueAssert, "the bill would pass", Indirect},
				{"The company", "company", "denied", CueDeny, "the report", Indirect},
				{"The report, released Tuesday by the group", "report", "found", CueReport, "emissions had risen", Indirect},
			},
		},
		{
			name: "a person's role is not a body named after it",
			text: "The mayor's office said the roads would reopen on Friday. “We will rebuild,” said the mayor, who toured the damage on Sunday.",
			want: []want{
				{"The mayor's office", "mayor's office", "said", CueAssert, "the roads would reopen", Indirect},
				{"the mayor, who toured the damage on Sunday", "mayor", "said", CueAssert, "“We will rebuild,”", Direct},
			},
		},
		{
			name: "negated auxiliaries and an expletive subject",
			text: "Chuck Schumer, the Democratic leader, wouldn’t say Tuesday how the party would vote, saying only that “it has been an important issue.” There’s still time for Cruz, even after repeatedly dismissing them as part of the “Washington cartel.”",
			want: []want{{"Chuck Schumer, the Democratic leader", "Chuck Schumer", "saying only", CueAssert, "it has been an important issue", Mixed}},
			none: []string{"Washington cartel"},
		},
		{
			name: "a description before the name of a trailing attribution",
			text: "“She is also a mother for three young boys,” another friend, Mariam Emara told CNN. “I was sitting in a house with a bad earpiece,” Trump told NBC’s “Today” on Monday.",
			want: []want{
				{"another friend, Mariam Emara", "Mariam Emara", "told", CueAssert, "“She is also a mother for three young boys,”", Direct},
				{"Trump", "Trump", "told", CueAssert, "“I was sitting in a house with a bad earpiece,”", Direct},
			},
			none: []string{"Today"},
		},
		{
			name: "a writer's clause after a quoted fragment ends the content",
			text: "Jeb Bush says he’s “excited where we stand” as he faces a critical test. Angelo said it would be “remarkable” because it would be a first.",
			want: []want{
				{"Jeb Bush", "Jeb Bush", "says", CueAssert, "he’s “excited where we stand”", Mixed},
				{"Angelo", "Angelo", "said", CueAssert, "“remarkable” because it would be a first", Mixed},
			},
			none: []string{"as he faces"},
		},
		{
			name: "a headline's speaker with a place or an addressee",
			text: "Clinton to Planned Parenthood: Trump will reverse Roe v. Wade.\n\nThe speech was short.",
			want: []want{{"Clinton to Planned Parenthood", "", ":", CueAssert, "Trump will reverse Roe v. Wade", Indirect}},
		},
		{
			name: "a cue whose object is the content in a title-case headline",
			text: "Donald Trump Slams Jeb Bush Over Iraq War Answer\n\nThe speech was short.",
			want: []want{{"Donald Trump", "Donald Trump", "Slams", CueAccuse, "Jeb Bush Over Iraq War Answer", Indirect}},
		},
		{
			name: "an attribution in the middle of its content",
			text: "Other major cleavages, according to the poll, include ideology and education. If anything, Ash argued in his email, the incident is an illustration of why the rules matter.",
			want: []want{
				{"the poll", "poll", "according to", CueReport, "include ideology and education", Indirect},
				{"Ash", "Ash", "argued", CueAssert, "the incident is an illustration", Indirect},
			},
		},
		{
			name: "a cue in a series of verbs shares the subject",
			text: "He later suggested her tone was aggressive, called her “third-rate” and boycotted one of the debates.",
			want: []want{{"He", "", "called", CueAssert, "her “third-rate”", Mixed}},
			none: []string{"boycotted"},
		},
		{
			name: "a long adverbial between the cue and its quote",
			text: "Clinton said on Twitter on Monday, in reference to her first child, a girl born Sept. 26, 2014, “Next summer, Charlotte is going to be a big sister!”",
			want: []want{{"Clinton", "Clinton", "said", CueAssert, "“Next summer, Charlotte is going to be a big sister!”", Direct}},
		},
		{
			name: "a trailing attribution followed by another clause",
			text: "“We think those messages will resonate,” he said at a Sunday news conference, and then predicted: “Our support is growing.”\n\n“I am not there right now,” Ryan said last week on CNN, though he said, “I hope to.”",
			want: []want{
				{"he", "", "said", CueAssert, "“We think those messages will resonate,”", Direct},
				{"he", "", "predicted", CueAssert, "“Our support is growing.”", Direct},
				{"Ryan", "Ryan", "said", CueAssert, "“I am not there right now,”", Direct},
			},
		},
		{
			name: "asides and relative clauses between the source and the cue",
			text: "Sen. Kelly Ayotte’s campaign, for example, said she would “support the nominee” soon. Mr. Daniloff, who lives in Cambridge, Mass., said the plan failed.",
			want: []want{
				{"Sen. Kelly Ayotte’s campaign", "", "said", CueAssert, "she would “support the nominee” soon", Mixed},
				{"Mr. Daniloff, who lives in Cambridge, Mass.", "Daniloff", "said", CueAssert, "the plan failed", Indirect},
			},
		},
		{
			name: "a quote with its own trailing attribution does not join the quote before",
			text: "Then he predicted: “Our support is growing.” “I am not there right now,” Ryan said.",
			want: []want{
				{"he", "", "predicted", CueAssert, "“Our support is growing.”", Direct},
				{"Ryan", "Ryan", "said", CueAssert, "“I am not there right now,”", Direct},
			},
			none: []string{"growing.” “I am"},
		},
		{
			name: "what a speaker called a quoted name",
			text: "A third would be what Sroka called a “let a thousand flowers bloom” approach.",
			want: []want{{"Sroka", "Sroka", "called", CueAssert, "a “let a thousand flowers bloom”", Mixed}},
		},
		{
			name: "participles after irregular verbs and counted subjects",
			text: "Then he cut into Bush, calling him a “stiff.” About 200 protesters congregated in three clusters, holding signs and chanting “Dump Trump.”",
			want: []want{
				{"he", "", "calling", CueAssert, "him a “stiff.”", Mixed},
				{"About 200 protesters", "", "chanting", CueAssert, "“Dump Trump.”", Direct},
			},
		},
		{
			name: "a participle naming the thing before it is no attribution",
			text: "Shoppers pay a premium for items labeled “Made in the U.S.A.” One message read “anybodybuttrump.us,” a website linked to a group called the “We The People Foundation.”",
			none: []string{"Made in the U.S.A.", "We The People Foundation"},
		},
		{
			name: "a record before that and a verb of finding is the source",
			text: "The bridge stayed open despite a 2014 study that found it was unsafe. The mayor met voters who said the tolls were too high.",
			want: []want{
				{"a 2014 study", "", "found", CueReport, "it was unsafe", Indirect},
				{"who", "", "said", CueAssert, "the tolls were too high", Indirect},
			},
		},
		{
			name: "showing after a record: the record is the source",
			text: "The mayor spoke in the wake of a new poll showing his support down to 30 percent. She kept campaigning, with recent surveys showing a tightening of the race. He was showing his age.",
			want: []want{
				{"a new poll", "", "showing", CueReport, "his support down to 30 percent", Indirect},
				{"recent surveys", "", "showing", CueReport, "a tightening of the race", Indirect},
			},
			none: []string{"his age"},
		},
		{
			name: "shows after a kind of show, or before and, is the noun",
			text: "She has appeared on cable news shows for years. Other shows did better in the ratings. The crew kept filming television shows and meeting fans. The figures shows that the levy works.",
			want: []want{{"The figures", "", "shows", CueReport, "the levy works", Indirect}},
			none: []string{"for years", "did better", "and meeting fans"},
		},
		{
			name: "a plural of records that is also a cue word is a noun before show",
			text: "State reports show that the clinic spent $2 million on staff. Most of the money came in June, new budget estimates show.",
			want: []want{
				{"State reports", "", "show", CueReport, "the clinic spent $2 million on staff", Indirect},
				{"new budget estimates", "", "show", CueReport, "Most of the money came in June", Indirect},
			},
		},
		{
			name: "a mention holds its author after by",
			text: "A review by the county auditor shows most of the money went to roads. A study by Harvard economists found that wages rose. The mayor, shaken by the vote, said he would stay.",
			want: []want{
				{"A review by the county auditor", "", "shows", CueReport, "most of the money went to roads", Indirect},
				{"A study by Harvard economists", "", "found", CueReport, "wages rose", Indirect},
				{"The mayor, shaken by the vote", "", "said", CueAssert, "he would stay", Indirect},
			},
		},
		{
			name: "according to after an opening adverbial: the adverbial and the clause after the source",
			text: "But the next morning, according to the clerk, Mayor Diaz signed the order.",
			want: []want{{"the clerk", "", "according to", CueReport, "the next morning … Mayor Diaz signed the order", Indirect}},
		},
		{
			name: "according to after a colon opens its clause",
			text: "The slide has not gone unnoticed: according to recent polls, the mayor holds only 14 percent of the vote.",
			want: []want{{"recent polls", "", "according to", CueReport, "the mayor holds only 14 percent of the vote", Indirect}},
			none: []string{"The slide has not gone unnoticed"},
		},
		{
			name: "according to after a relative, a with-phrase or inside a parenthesis: the report is for that part",
			text: "The mayor says the levy is working, which raised $4 million last year, according to the city budget office. The mill is a steady earner, with $30 million in profit in 2015, according to a local analyst. Tolls pay for the bridge (the actual share is closer to 40 percent, according to the state auditor).",
			want: []want{
				{"the city budget office", "", "according to", CueReport, "which raised $4 million last year", Indirect},
				{"a local analyst", "", "according to", CueReport, "30 million in profit in 2015", Indirect},
				{"the state auditor", "", "according to", CueReport, "the actual share is closer to 40 percent", Indirect},
			},
			none:   []string{"The mill is a steady earner"},
			reason: "PolNeAR marks the relative, the phrase after \"with\", or the parenthesis, not the whole sentence, as what the report says",
		},
		{
			name: "according to after a relative that ends a clause of the writer's: the report is for the sentence",
			text: "The owner was not upset by the remarks of the mayor, who has known him for years, according to a person familiar with the owner's views.",
			want: []want{
				{"a person familiar with the owner's views", "", "according to", CueReport, "The owner was not upset by the remarks of the mayor, who has known him for years", Indirect},
			},
			reason: "only after a clause that already holds a cue (\"The mayor says ...\") is the relative the report's part; a word after a possessive at the phrase's end is its head noun, not a verb",
		},
		{
			name: "a relative clause with commas before the cue, an agent after according to",
			text: "Mr. Slinker, whose latest start-up, Paradata, uses big data, said the plan was “a good one.” “There was probable cause,” according to a court document filed by state attorney Dave Aronberg.",
			want: []want{
				{"Mr. Slinker, whose latest start-up, Paradata, uses big data", "Slinker", "said", CueAssert, "the plan was “a good one.”", Mixed},
				{"a court document filed by state attorney Dave Aronberg", "", "according to", CueReport, "“There was probable cause,”", Direct},
			},
		},
		{
			name: "a headline whose verb is a cue is no speaker label",
			text: "Donald Trump Praises Breitbart’s Washington Political Editor Matthew Boyle: ‘Very Good Reporter.’\n\nThe speech was short.",
			want: []want{{"Donald Trump", "Donald Trump", "Praises", CueAssert, "Matthew Boyle: ‘Very Good Reporter.’", Mixed}},
		},
		{
			name: "a finding reported in a poll",
			text: "In a CNN national poll, Hillary Clinton held a 24-point lead among black voters. Trump is ahead in the polls. Clinton stays well ahead of Sanders in the latest poll.",
			want: []want{
				{"a CNN national poll", "", "In", CueReport, "Hillary Clinton held a 24-point lead", Indirect},
				{"the latest poll", "", "in", CueReport, "Clinton stays well ahead of Sanders", Indirect},
			},
			none: []string{"Trump is ahead"},
		},
		{
			name: "a view given with to: the people whose view it is are the source",
			text: "To many farmers, the new levy is a betrayal. But to Ms. Ortiz, who has run the market for years, the change came too late. To be sure, the levy passed. To the surprise of many, the mayor resigned. To some extent, the council agreed with him.",
			want: []want{
				{"many farmers", "", "To", CueBelieve, "the new levy is a betrayal", Indirect},
				{"Ms. Ortiz, who has run the market for years", "", "to", CueBelieve, "the change came too late", Indirect},
			},
			none:   []string{"the levy passed", "the mayor resigned", "the council agreed"},
			reason: "PolNeAR marks the preposition as the cue; not an infinitive or an adverbial (\"To be sure\", \"To the surprise of\")",
		},
		{
			name: "a view given with in and its holder: in his view, in the eyes of",
			text: "In Ms. Ortiz's view, the levy will fail. The only fair step, in her opinion, would be a vote. Both candidates, who in the eyes of most voters have little experience, debated. The mill closed because, in the words of one worker, nobody wanted the cloth.",
			want: []want{
				{"Ms. Ortiz", "", "view", CueBelieve, "the levy will fail", Indirect},
				{"her", "", "opinion", CueBelieve, "The only fair step … would be a vote", Indirect},
				{"one worker", "", "in the words of", CueBelieve, "nobody wanted the cloth", Indirect},
			},
			none:   []string{"The mill closed"},
			reason: "PolNeAR takes the holder for the source and the noun after it for the cue (but \"in the words of\" whole); the clause around the phrase is the content",
		},
		{
			name: "an as-clause after its content",
			text: "The race is “a dead heat right now,” as Cruz said on Glenn Beck’s radio program on Monday. The system is rigged, as Sanders has noted many times. The crowd cheered, as he called for greater ethics in business.",
			want: []want{
				{"Cruz", "Cruz", "said", CueAssert, "The race is “a dead heat right now,”", Mixed},
				{"Sanders", "Sanders", "has noted", CueAssert, "The system is rigged", Indirect},
				{"he", "", "called for", CueAssert, "greater ethics in business", Indirect},
			},
		},
		{
			name: "a relative clause or participle of the writer's ends the content",
			text: "Kasich said it would be Trump, who has a significant delegate lead. She demanded her ouster, believing she was tipping the scales. He said the plan, which was drafted in May, is dead.",
			want: []want{
				{"Kasich", "Kasich", "said", CueAssert, "it would be Trump", Indirect},
				{"She", "", "demanded", CueAssert, "her ouster", Indirect},
				{"He", "", "said", CueAssert, "which was drafted in May, is dead", Indirect},
				{"She", "", "believing", CueBelieve, "she was tipping the scales", Indirect}, // a claim of its own
			},
			none: []string{"delegate lead", "ouster, believing"},
		},
		{
			name:   "after a clause, a participle phrase without a clause of its own stays in the content",
			text:   "The campaign says it raised $21 million in January, bringing its total to $95 million. Leaders say the fight will go on, meaning that nobody will win. He promised to vote for the bill, leaving his party in doubt.",
			reason: "PolNeAR's content holds the participle that goes on with the clause's subject; one that holds a clause, or follows an infinitive, is the writer's",
			want: []want{
				{"The campaign", "", "says", CueAssert, "it raised $21 million in January, bringing its total to $95 million", Indirect},
				{"Leaders", "", "say", CueAssert, "the fight will go on", Indirect},
				{"He", "", "promised", CueAssert, "to vote for the bill", Indirect},
			},
			none: []string{"on, meaning", "bill, leaving"},
		},
		{
			name: "a subordinate clause that opens the sentence ends the content at its comma",
			text: "Even as the senator vowed to stay in the race, his donors drifted away. While the governor claimed the plan would save money, most economists were unconvinced.",
			want: []want{
				{"the senator", "", "vowed", CueAssert, "to stay in the race", Indirect},
				{"the governor", "", "claimed", CueClaim, "the plan would save money", Indirect},
			},
			none: []string{"donors", "unconvinced"},
		},
		{
			name: "an adverb between a phrasal cue's verb and particle",
			text: "She spoke warmly of her late mentor. The coaches talked glowingly about the team’s record.",
			want: []want{
				{"She", "", "spoke warmly of", CueAssert, "her late mentor", Indirect},
				{"The coaches", "", "talked glowingly about", CueAssert, "the team’s record", Indirect},
			},
		},
		{
			name: "an adverb between a cue and its particle goes with the cue",
			text: "The mayor complained bitterly about the new tax.",
			want: []want{{"The mayor", "", "complained bitterly about", CueAssert, "the new tax", Indirect}},
		},
		{
			name: "a dash and an indefinite noun phrase to the sentence end are the writer's",
			text: "The center noted that ad spending had reached nearly $2 million — a high sum, but still below the record set in 2011.",
			want: []want{{"The center", "", "noted", CueAssert, "ad spending had reached nearly $2 million", Indirect}},
			none: []string{"high sum"},
		},
		{
			name: "a relative clause's noun phrase content ends at the main clause's verb",
			text: "Voters who preferred legal status outnumbered those backing deportation. Delegates who rejected the senator and handed his rival a win were mostly older.",
			want: []want{
				{"who", "", "preferred", CueBelieve, "legal status", Indirect},
				{"who", "", "rejected", CueDeny, "the senator", Indirect},
			},
			none: []string{"outnumbered", "handed"},
		},
		{
			name: "a but-predicate goes on in a clause content and ends a noun phrase",
			text: "The party leader said the process was fair, but required a real effort from the candidates. She praised the speech, but also used it to press her own case.",
			want: []want{
				{"The party leader", "", "said", CueAssert, "but required a real effort from the candidates", Indirect},
				{"She", "", "praised", CueAssert, "the speech", Indirect},
			},
			none: []string{"press her own case"},
		},
		{
			name: "a concessive aside of an adjective goes on in the content; a concessive clause with a claim of its own ends it",
			text: "He also says the scandal, while embarrassing, was handled well. She said the plan was sound, while her rival claimed it was doubtful.",
			want: []want{
				{"He", "", "also says", CueAssert, "was handled well", Indirect},
				{"She", "", "said", CueAssert, "the plan was sound", Indirect},
			},
			none:   []string{"sound, while"},
			reason: "a contrast with no cue of its own stays in the reported clause (TestExactSpans)",
		},
		{
			name: "a medium closing the content is the cue's",
			text: "The senator said the deal was a mistake in an interview with CNN on Sunday. She called for a new inquiry in a statement following the vote. He says fans can see them on TV.",
			want: []want{
				{"The senator", "", "said", CueAssert, "the deal was a mistake", Indirect},
				{"She", "", "called for", CueAssert, "a new inquiry", Indirect},
				{"He", "", "says", CueAssert, "fans can see them on TV", Indirect},
			},
			none: []string{"interview", "statement"},
		},
		{
			name: "a case name's v. and a title after a prefix do not end the sentence",
			text: "She said the court would overturn Roe v. Wade within a year. He argued that the gap between Clinton and then-Sen. Barack Obama was narrow.",
			want: []want{
				{"She", "", "said", CueAssert, "Roe v. Wade within a year", Indirect},
				{"He", "", "argued", CueAssert, "then-Sen. Barack Obama was narrow", Indirect},
			},
		},
		{
			name: "a quote that ends the sentence before with a period is no trailing content of a clause with its own",
			text: "In fact, Smith was the founder of “Citizens for Growth.” Smith also pleaded to witness tampering.\n\n“Our jobs are being taken,” Mr. Trump said. “The economy is my wheelhouse.” He said, twice, that he would go back to work.",
			want: []want{{"Mr. Trump", "", "said", CueAssert, "my wheelhouse", Direct}},
			none: []string{"Citizens for Growth"},
		},
		{
			name: "a quote sentence right after an indirect content goes on with it",
			text: "She said she and the governor had made progress on the budget. “I really believe he has done an incredible job against great odds.”",
			want: []want{{"She", "", "said", CueAssert, "incredible job", Mixed}},
		},
		{
			name: "an adverbial opening the sentence is no trailing content",
			text: "In an interview with “Face the Nation,” the senator pointed to Iran as the main threat. During a town hall in Ohio, the governor pleaded with voters to stay home.",
			want: []want{{"the senator", "", "pointed to", CueAssert, "Iran as the main threat", Indirect}},
			none: []string{"interview", "town hall"},
		},
		{
			name: "a where-clause of the writer's ends the content",
			text: "The campaign announced it would seek a recount in the Ohio primary, where she trailed by a few hundred votes.",
			want: []want{{"The campaign", "", "announced", CueAssert, "it would seek a recount in the Ohio primary", Indirect}},
			none: []string{"trailed"},
		},
		{
			name: "a participle that works as a preposition stays in the content",
			text: "The ministry said 12 people were killed in the strike, including two children.",
			want: []want{{"The ministry", "", "said", CueAssert, "including two children", Indirect}},
		},
		{
			name: "an appositive, a participle cue or a while-clause after the content",
			text: "Boehner rejected Republican suggestions, an offer the leadership rebuffed. The two lawmakers argue that “there is precedent for prosecution,” citing a Marine’s case. Gore insisted it was “premature” to back her while adding that he admired her.",
			want: []want{
				{"Boehner", "Boehner", "rejected", CueDeny, "Republican suggestions", Indirect},
				{"The two lawmakers", "", "argue", CueAssert, "“there is precedent for prosecution,”", Direct},
				{"Gore", "Gore", "insisted", CueAssert, "it was “premature” to back her", Mixed},
			},
			none: []string{"an offer the leadership", "precedent for prosecution,” citing", "premature” to back her while"},
		},
		{
			name: "a definite description of a name that ends the sentence is the writer's",
			text: "The mayor said the money came from Dana Holt, the founder of the Riverside Trust. The council argued that while Holt may not have the votes, the affection of her donors runs deep. Aides said they would win Ohio, the state that decides the race.",
			want: []want{
				{"The mayor", "", "said", CueAssert, "the money came from Dana Holt", Indirect},
				{"The council", "", "argued", CueAssert, "that while Holt may not have the votes, the affection of her donors runs deep", Indirect},
				{"Aides", "", "said", CueAssert, "they would win Ohio", Indirect},
			},
			none:   []string{"the founder of", "the state that decides"},
			reason: "PolNeAR leaves such a description out of the content; not a list (\"Israel, the Iranian deal and the court\"), a clause, or the comma that closes a subordinate clause",
		},
		{
			name: "a subordinate clause between the cue and its quote",
			text: "Clinton initially said in the spring, when the story broke, “I did not email any classified material.” Cruz said as the heckler yelled: “You lie!”",
			want: []want{
				{"Clinton", "Clinton", "initially said", CueAssert, "“I did not email any classified material.”", Direct},
				{"the heckler", "", "yelled", CueAssert, "“You lie!”", Direct},
			},
		},
		{
			name: "a headline with a verb before its colon is no speaker label",
			text: "Carly Fiorina Endorses Ted Cruz: I Am ‘Horrified’ By Donald Trump\n\nThe speech was short.",
			want: []want{{"Carly Fiorina", "Carly Fiorina", "Endorses", CueAssert, "Ted Cruz: I Am ‘Horrified’", Mixed}},
			reason: "the headline's verb is the cue, and its content runs on past the colon as PolNeAR marks it; " +
				"no speaker label makes the words before the colon a source",
		},
		{
			name: "a dash before a phrase is no signature",
			text: "The mayor spoke at noon.\n\n“Nothing to see here” — the end of the matter, as the crowd knew.",
			none: []string{"Nothing to see here"},
		},
		{
			name: "no claim in plain narration",
			text: "The State Department issued visas. Pakistan and the United States held talks in Washington.",
			none: []string{"visas", "talks"},
		},
		{
			name: "opening adverbial and party designation before the subject of a participle",
			text: "In a statement released Thursday, Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying: “Trayvon Martin’s killer should be in prison.”",
			want: []want{{"Rep. Hakeem Jeffries (D-N.Y.)", "Hakeem Jeffries", "saying", CueAssert, "should be in prison", Direct}},
		},
		{
			name: "opening adverbial before a name and its appositive",
			text: "In an email, Axelrod, a former newspaperman, defended his role as a nuisance to all candidates.",
			want: []want{{"Axelrod, a former newspaperman", "Axelrod", "defended", CueAssert, "his role as a nuisance", Indirect}},
		},
		{
			name: "infinitive cue with a quote",
			text: "The debate was so subdued that Mr. Trump was prompted to say, “So far, I cannot believe how civil it has been.” Others were not ready to say whether they agreed.",
			want: []want{{"Mr. Trump", "Trump", "was prompted to say", CueAssert, "how civil it has been", Direct}},
			none: []string{"whether they agreed"},
		},
		{
			name: "a title with its comma inside the quote in an appositive",
			text: "Kerry Washington, star of television’s “Scandal,” thanked Obama for “taking these steps to make us safer.”",
			want: []want{{"Kerry Washington, star of television’s “Scandal,”", "Kerry Washington", "thanked", CueAssert, "taking these steps", Mixed}},
		},
		{
			name: "the subject of a subordinate clause",
			text: "Mr. Sanders hit back on Sunday after the Democratic front-runner had said on Saturday evening that he was “becoming the best recruiter.”",
			want: []want{{"the Democratic front-runner", "", "had said", CueAssert, "becoming the best recruiter", Mixed}},
		},
		{
			name: "speaker in an opening as-clause",
			text: "Or, as Tom Ridge, a former secretary of homeland security, put it: “The barbarians are no longer at the gate.” As Michael Dell said last week in Tel Aviv, “Israel is the center of the digital future.” The economy, as Smith noted, is weak.",
			want: []want{
				{"Tom Ridge, a former secretary of homeland security", "Tom Ridge", "put it", CueAssert, "The barbarians are no longer", Direct},
				{"Michael Dell", "Michael Dell", "said", CueAssert, "center of the digital future", Direct},
				{"Smith", "Smith", "noted", CueAssert, "is weak", Indirect},
			},
		},
		{
			name: "participles whose subject follows a dateline or holds a prepositional phrase",
			text: "Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Trump, saying that “bombastic comments” do more harm. One operative inside Trump Tower tried to downplay the comments, saying they were “not a big deal.” Bolton distanced himself from the movement by saying he would be willing to serve.",
			want: []want{
				{"Democrat Hillary Clinton", "Hillary Clinton", "saying", CueAssert, "bombastic comments", Mixed},
				{"One operative inside Trump Tower", "operative inside Trump Tower", "saying", CueAssert, "not a big deal", Mixed},
				{"Bolton", "Bolton", "saying", CueAssert, "he would be willing to serve", Indirect},
			},
		},
		{
			name: "a party designation right before the comma, an adverbial before the quote, a participle after an adverb",
			text: "Sen. Jack Reed (D-R.I.), said after a lunch on Tuesday that he had not read the plan. The Smithsonian Institution said Thursday on Twitter, “We have never expressed interest in the firearm.” Yet she did not limit her attacks to policy, also calling on attendees to oppose “bigotry.”",
			want: []want{
				{"Sen. Jack Reed (D-R.I.)", "Jack Reed", "said", CueAssert, "he had not read the plan", Indirect},
				{"The Smithsonian Institution", "", "said", CueAssert, "We have never expressed interest", Direct},
				{"she", "", "also calling on", CueAssert, "attendees to oppose", Mixed},
			},
		},
		{
			name: "a relative clause, a parenthetical cue, a participle with its own subject",
			text: "The emails went to the State Department, which she said represented all her “work-related” emails. Even at best, they write, the industry has “produced nothing of value.” Both used harsh language, with Cruz recently promising to “carpet bomb them into oblivion.”",
			want: []want{
				{"she", "", "said", CueAssert, "represented all her", Mixed},
				{"they", "", "write", CueAssert, "produced nothing of value", Mixed},
				{"Cruz", "Cruz", "recently promising", CueAssert, "carpet bomb them", Mixed},
			},
		},
		{
			name: "a closing mark typed for the opening one at a paragraph start",
			text: "The senator spoke at length.\n\n” … they are so not like him,” she said in December.",
			want: []want{{"she", "", "said", CueAssert, "they are so not like him", Direct}},
		},
		{
			name: "participles after a coordinated predicate and after an appositive with a possessive",
			text: "The Florida senator sought to calm his supporters, and took a heckler in stride, saying the person would “not get beat up” at his rally. Bush, Florida’s former governor, also attacked Donald Trump, calling him a “loser.”",
			want: []want{
				{"The Florida senator", "", "saying", CueAssert, "would “not get beat up”", Mixed},
				{"Bush, Florida’s former governor", "Bush", "calling", CueAssert, "him a “loser.”", Mixed},
			},
		},
		{
			name: "a quote wrapped over two lines in a text with blank-line paragraphs",
			text: "The debate went on.\n\n“Supporters of other candidates,” Blackwell added, “have focused largely on paid advertising that has a limited\neffect on identifying supporters.”\n\nCruz spoke next.",
			want: []want{{"Blackwell", "Blackwell", "added", CueAssert, "effect on identifying supporters", Direct}},
		},
		{
			name: "a name and a colon after a dash or \"from\"",
			text: "Pollsters agree - Carl Bialik: “Keep on contacting voters as late as possible.” What that means - More from Jones: “The partisanship of the state is a starting point.”",
			want: []want{
				{"Carl Bialik", "Carl Bialik", ":", CueAssert, "Keep on contacting voters", Direct},
				{"Jones", "Jones", ":", CueAssert, "The partisanship of the state", Direct},
			},
		},
		{
			name: "relative pronouns as sources, coordinated cues after an opening adverbial",
			text: "They passed out water bottles that said, “The party welcomes you.” Eight years ago, he supported Barack Obama over Clinton and said, “Hillary Clinton has never done nothing for us.” Asked about her chances, 21 percent said “not too likely” and 14 percent said “not at all likely.”",
			want: []want{
				{"that", "water bottles", "said", CueAssert, "The party welcomes you", Direct},
				{"he", "", "said", CueAssert, "has never done nothing for us", Direct},
				{"14 percent", "14 percent", "said", CueAssert, "not at all likely", Direct},
			},
		},
		{
			name: "an as-clause after a comma, a verb in the present before a colon, \"referred to\"",
			text: "But at the time, as the prosecutor Marc Trevidic put it, “there was not much to complain about.” The letter proceeds: “Please explain the legal difference.” Mr. Trump referred to Obama as “the most valuable player” of the group.",
			want: []want{
				{"the prosecutor Marc Trevidic", "Marc Trevidic", "put it", CueAssert, "not much to complain about", Direct},
				{"The letter", "", "proceeds:", CueAssert, "Please explain the legal difference", Direct},
				{"Mr. Trump", "Trump", "referred to", CueAssert, "the most valuable player", Mixed},
			},
		},
		{
			name: "a subject after several opening adverbials, after \"why\", a content opening with \"if\"",
			text: "Moreover, as part of the exchange with Clinton, Gowdy referenced a report that “less than one percent of emails” were captured. That is why critics say he had proposed to “dismantle” the law. She said, if elected, she would ask Mr. Biden to lead the initiative.",
			want: []want{
				{"Gowdy", "Gowdy", "referenced", CueAssert, "less than one percent", Mixed},
				{"critics", "", "say", CueAssert, "he had proposed to", Mixed},
				{"She", "", "said", CueAssert, "if elected, she would ask", Indirect},
			},
		},
		{
			name: "participles after a quote's comma, after \"And then\", after \"before\", after an appositive clause",
			text: "Donald Trump delivered a defense of “New York values,” saying the city embodied the “bravery of America.” And then Trump went on the attack, saying, “Is Obama going to mention the words?” Trump said it twice before adding: “Though the people, maybe there is.” Clinton, who was speaking to the mayors, did not mention Trump, but told city leaders that the country needs “experienced leadership.”",
			want: []want{
				{"Donald Trump", "Donald Trump", "saying", CueAssert, "the city embodied", Mixed},
				{"Trump", "Donald Trump", "saying", CueAssert, "Is Obama going to mention", Direct},
				{"Trump", "Donald Trump", "adding", CueAssert, "Though the people", Direct},
				{"Clinton", "Clinton", "told", CueAssert, "the country needs", Mixed},
			},
		},
		{
			name: "a description with a relative clause, a short aside between commas",
			text: "One Club for Growth ad, which is currently airing, argues that “only Ted Cruz can beat Donald Trump.” Bernie Sanders said the system was broken and he, once again, pledged a “political revolution.”",
			want: []want{
				{"One Club for Growth ad, which is currently airing", "One Club for Growth ad", "argues", CueAssert, "only Ted Cruz can beat", Direct},
				{"Bernie Sanders", "Bernie Sanders", "said", CueAssert, "the system was broken", Indirect},
				{"he", "Bernie Sanders", "pledged", CueAssert, "political revolution", Mixed},
			},
			none: []string{"once again"},
		},
		{
			name: "a that-clause carrying a quote far from its verb, a verb in the present after an appositive, a name before \"of\" and a place",
			text: "He anticipated that one of the biggest challenges for a President Trump would be “dealing with the wide variety of problems that Obama is going to leave.” Senator Ben Cardin of Maryland, a Democrat on the finance committee, advocates a “progressive consumption tax” modeled after one in Europe.",
			want: []want{
				{"He", "", "anticipated", CueAssert, "would be “dealing with", Mixed},
				{"Senator Ben Cardin of Maryland, a Democrat on the finance committee", "Ben Cardin", "advocates", CueAssert, "progressive consumption tax", Mixed},
			},
		},
		{
			name: "a trailing attribution with a quoted title before a participle",
			text: "“I think he does not have a chance,” Graham said on MSNBC's \"Morning Joe,\" adding, “His problem is he is an insider in an outsider year.”",
			want: []want{
				{"Graham", "Graham", "said", CueAssert, "does not have a chance", Direct},
				{"Graham", "Graham", "adding", CueAssert, "His problem is he is an insider", Direct},
			},
		},
		{
			name: "a subject with a participial appositive",
			text: "Bernie Sanders, celebrating a victory in Vermont, is pledging to “win many hundreds of delegates” on Super Tuesday.",
			want: []want{{"Bernie Sanders", "Bernie Sanders", "is pledging", CueAssert, "win many hundreds of delegates", Mixed}},
		},
		{
			name: "a quote ending the paragraph before is not the next attribution's",
			text: "“It’s been seven years,” McCain said, asked about the plan. “Why should I be surprised?”\n\nThe administration said it was doing its best to follow the rules.",
			want: []want{
				{"McCain", "McCain", "said", CueAssert, "Why should I be surprised", Direct},
				{"The administration", "", "said", CueAssert, "it was doing its best", Indirect},
			},
		},
		{
			name: "a clause opening with \"this\" after the cue, an aside between dashes after it",
			text: "Others say this is just a rough patch. His campaign chairman Paul Manafort said — on Twitter, as it happens — that Trump raised about $4 million that day. The mayor said this week that taxes would rise.",
			want: []want{
				{"Others", "", "say", CueAssert, "this is just a rough patch", Indirect},
				{"His campaign chairman Paul Manafort", "Paul Manafort", "said", CueAssert, "Trump raised about $4 million", Indirect},
				{"The mayor", "", "said", CueAssert, "taxes would rise", Indirect},
			},
			none: []string{"on Twitter"},
		},
		{
			name: "a subject modified by a participle clause that ends in a name",
			text: "But Republican activists clamoring to block Donald Trump from the GOP nomination say they’re suddenly in the midst of a Dump-Trump bump. House Republicans supporting the bill said they will have the votes.",
			want: []want{
				{"Republican activists clamoring to block Donald Trump from the GOP nomination", "", "say", CueAssert, "they’re suddenly in the midst", Indirect},
				{"House Republicans supporting the bill", "", "said", CueAssert, "they will have the votes", Indirect},
			},
		},
		{
			name:   "a subject modified by a negated participle, and an infinitive's adverb",
			text:   "Scientists not involved in the work cautioned that the study could not prove cause. Officials not authorized to speak publicly said the talks had failed.",
			reason: "wire copy: the source was cut to \"involved in the work\" at \"not\"; \"publicly\" went to the cue though it is the infinitive's, as PolNeAR's \"a Crossroads official who wasn't authorized to speak publicly\" keeps it",
			want: []want{
				{"Scientists not involved in the work", "", "cautioned", CueAssert, "that the study could not prove cause", Indirect},
				{"Officials not authorized to speak publicly", "", "said", CueAssert, "the talks had failed", Indirect},
			},
		},
		{
			name: "a subject with a relative clause that ends in a prepositional phrase",
			text: "An official who spoke on condition of anonymity to discuss the talks said the deal was close. Officials who spoke to reporters said the vote would be delayed. It is the first step in choosing delegates who are expected to support candidates at the convention.",
			want: []want{
				{"An official who spoke on condition of anonymity to discuss the talks", "", "said", CueAssert, "the deal was close", Indirect},
				{"Officials who spoke to reporters", "", "said", CueAssert, "the vote would be delayed", Indirect},
				// "expected" is the relative clause's own verb, a hedge with no source.
				{"", "", "are expected", CueClaim, "who … to support candidates at the convention", Indirect},
			},
		},
		{
			name: "time and medium adverbials between the subject and the cue",
			text: "Chairman Trey Gowdy (R-S.C.) earlier in the day touted progress the panel has made. Sanders in the past criticized the president for accepting contributions. The employee first said he did not recall making deletions, but in a later interview said he had deleted an archive.",
			want: []want{
				{"Chairman Trey Gowdy (R-S.C.)", "Trey Gowdy", "touted", CueAssert, "progress the panel has made", Indirect},
				{"Sanders", "Sanders", "criticized", CueAccuse, "the president for accepting", Indirect},
				{"The employee", "", "said", CueAssert, "he had deleted an archive", Indirect},
			},
		},
		{
			name: "relative times: after the cue before a quote, opening the sentence, as a whole content",
			text: "While Trump affirmed that he likes Cruz, he also stated a day earlier, “If Cruz catches on, we will fight.” A few minutes later they reversed themselves and said they will register voters. He proposed two months ago.",
			want: []want{
				{"he", "", "also stated", CueAssert, "If Cruz catches on", Direct},
				{"they", "", "said", CueAssert, "they will register voters", Indirect},
			},
			none: []string{"a day earlier", "two months ago"},
		},
		{
			name: "a noun-phrase content ends before a coordinated verb; a content ends at a dash that opens the writer's clause",
			text: "Mrs. Clinton and Ms. Warren echoed similar liberal themes and took the stage together. The government denied his party the victory and jailed him. The EPA proposed a mandate for all biofuels, including biodiesel and advanced cellulosic fuels. Democrats insist the political tide is turning their way — and the Senate is holding negotiations. Sexton said the angry — and at times violent — rhetoric has become a staple. He warned that it \"risks higher inflation\" - except that, once again, inflation has fallen.",
			want: []want{
				{"Mrs. Clinton and Ms. Warren", "", "echoed", CueAssert, "similar liberal themes", Indirect},
				{"The government", "", "denied", CueDeny, "his party the victory", Indirect},
				{"The EPA", "", "proposed", CueAssert, "advanced cellulosic fuels", Indirect},
				{"Democrats", "", "insist", CueAssert, "the political tide is turning their way", Indirect},
				{"Sexton", "Sexton", "said", CueAssert, "at times violent — rhetoric has become a staple", Indirect},
				{"He", "", "warned", CueAssert, "risks higher inflation", Mixed},
			},
			none: []string{"took the stage", "jailed him", "the Senate is holding", "except that"},
		},
		{
			name: "a participle clause opening the sentence; an object cue is not inverted",
			text: "After saying he was nervous to ask a question, the man ended up in the middle of the room. While declining to go into specifics, Tamargo insisted she provided Trump with the crown jewels. Several leading Republican candidates, including Donald J. Trump and Senators Ted Cruz and Marco Rubio, criticized the trade.",
			want: []want{
				{"the man", "", "saying", CueAssert, "he was nervous to ask a question", Indirect},
				{"Tamargo", "Tamargo", "declining", CueAssert, "to go into specifics", Indirect},
				{"Tamargo", "Tamargo", "insisted", CueAssert, "she provided Trump", Indirect},
			},
			none: []string{"Several leading"},
		},
		{
			name: "apostrophes that are no quotation marks: plural possessives, elided years",
			text: "The race is close, Sanders’ campaign manager said. The Clintons’ foundation said it would stop taking foreign money. The American Legion wrote to Sanders’ Senate office that it did not have permission. Rep. Hank Johnson said in ‘08 that white voters backed Obama.",
			want: []want{
				{"Sanders’ campaign manager", "", "said", CueAssert, "The race is close", Indirect},
				{"The Clintons’ foundation", "", "said", CueAssert, "it would stop taking foreign money", Indirect},
				{"The American Legion", "", "wrote", CueAssert, "it did not have permission", Indirect},
				{"Rep. Hank Johnson", "Hank Johnson", "said", CueAssert, "white voters backed Obama", Indirect},
			},
		},
		{
			name: "according to: the whole source with its modifiers, an appositive of it, a title in it",
			text: "According to early results of the exit polls conducted for the Associated Press and television networks by Edison Research, majorities of Democratic voters want a continuation of Obama’s policies. According to documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000, the first lady had referred to Ms. Lewinsky as a loony toon. Clinton leads by 19 points, according to a New York Times/CBS News survey released on Thursday. The plan would cost about $1.38 trillion a year, according to the \"Medicare for all\" document he released. Trump gave his blessing, according to court documents reported previously by The Post, becoming a 93 percent owner of the new enterprise. Some Americans would see their taxes go up, according to an analysis by Lily Batchelder, a former Democratic tax aide now teaching at New York University.",
			want: []want{
				{"early results of the exit polls conducted for the Associated Press and television networks by Edison Research", "", "According to", CueReport, "majorities of Democratic voters", Indirect},
				{"documents from Diane D. Blair, a close friend of Mrs. Clinton's who died in 2000", "", "According to", CueReport, "the first lady had referred", Indirect},
				{"a New York Times/CBS News survey released on Thursday", "", "according to", CueReport, "Clinton leads by 19 points", Indirect},
				{"the \"Medicare for all\" document he released", "", "according to", CueReport, "The plan would cost", Indirect},
				{"court documents reported previously by The Post", "court documents reported previously by The Post", "according to", CueReport, "becoming a 93 percent owner", Indirect},
				{"an analysis by Lily Batchelder", "", "according to", CueReport, "their taxes go up", Indirect},
			},
			none: []string{"a former Democratic tax aide"},
		},
		{
			name: "numbers with thousands separators, a coordinated cue after a present tense, a show's title after a tell verb",
			text: "The State Department has deemed about 1,500 of those pages purely personal and says it does not plan to process them. Wealth-X keeps its own finances a secret but says its business has tripled. She told “Good Morning America” on Monday the tone of the interview was cordial. ''We will win,'' Mrs. Clinton told a crowd of 1,300 here on Tuesday after she took the stage to ''Eye of the Tiger.''",
			want: []want{
				{"The State Department", "", "says", CueAssert, "it does not plan to process them", Indirect},
				{"Wealth-X", "Wealth-X", "says", CueAssert, "its business has tripled", Indirect},
				{"She", "", "told", CueAssert, "the tone of the interview was cordial", Indirect},
				{"Mrs. Clinton", "Clinton", "told", CueAssert, "We will win", Direct},
			},
			none: []string{"Good Morning", "Eye of the Tiger"},
		},
		{
			name: "an adverb opening an aside is no subject; a long parenthesis after a name; a show's name before a clause",
			text: "Clinton, clearly frustrated, responded by pointing a finger in the woman’s face, saying the Sanders campaign was conflating donations. Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer) says he was unfocused. Kirsch told the AP the group never worked with Manafort. Mr. Comey described, in fairly blistering terms, a set of email practices that left her systems open. As China builds islands, it is his job, he said, to talk to Congress, the public and allies about the threat.",
			want: []want{
				{"Clinton", "Clinton", "saying", CueAssert, "the Sanders campaign was conflating donations", Indirect},
				{"Sen. Chris Murphy (a Connecticut Democrat so boyish he has been mistaken for a junior staffer)", "Chris Murphy", "says", CueAssert, "he was unfocused", Indirect},
				{"Kirsch", "Kirsch", "told", CueAssert, "the group never worked with Manafort", Indirect},
				{"Mr. Comey", "Comey", "described", CueAssert, "a set of email practices", Indirect},
				{"he", "", "said", CueAssert, "it is his job", Indirect},
			},
		},
		{
			name: "a nominal cue after a possessive and an adjective; a plural noun cue and its verb",
			text: "He stood by his recent claim that African Americans killed 81 percent of white homicide victims. Trump kept up his false claim that the election was rigged. He said similar classification disputes are common across government. He would deport refugees, who he speculates are mostly men.",
			want: []want{
				{"his", "", "claim", CueClaim, "African Americans killed", Indirect},
				{"his", "Trump", "claim", CueClaim, "the election was rigged", Indirect},
				{"He", "", "said", CueAssert, "similar classification disputes are common", Indirect},
				{"he", "", "speculates", CueClaim, "mostly men", Indirect},
			},
		},
		{
			name: "sources with a passive participle and its agent, with an including- or place-appositive, with a think tank, after a time and an aside",
			text: "A redacted copy of the memo seen by Reuters said investigators were unable to determine which files had been taken. Several candidates, including Trump, said the United States should refuse more refugees. Matt Bennett, a founder of the center-left think tank Third Way, said Mrs. Clinton had avoided tacking too far left. Rachel Berg, a philanthropist from Monsey, New York, said Thursday's speeches have led her to count Trump out. Wednesday, however, the director of the agency, James B. Comey, said the messages were private.",
			want: []want{
				{"A redacted copy of the memo seen by Reuters", "", "said", CueAssert, "investigators were unable", Indirect},
				{"Several candidates, including Trump", "", "said", CueAssert, "the United States should refuse", Indirect},
				{"Matt Bennett, a founder of the center-left think tank Third Way", "Matt Bennett", "said", CueAssert, "Mrs. Clinton had avoided", Indirect},
				{"Rachel Berg, a philanthropist from Monsey, New York", "Rachel Berg", "said", CueAssert, "Thursday's speeches have led her", Indirect},
				{"the director of the agency, James B. Comey", "James B. Comey", "said", CueAssert, "the messages were private", Indirect},
			},
		},
		{
			name: "adverbials after the cue: a telephone interview, a show's name",
			text: "Konstantin Grishchenko said in a telephone interview that Mr. Manafort had grown disillusioned. Sanders said on ABC's \"This Week\" that he would \"take a look\" at such legislation.",
			want: []want{
				{"Konstantin Grishchenko", "Konstantin Grishchenko", "said", CueAssert, "Mr. Manafort had grown disillusioned", Indirect},
				{"Sanders", "Sanders", "said", CueAssert, "he would", Mixed},
			},
			none: []string{"This Week"},
		},
		{
			name: "a content that opens with a quantity, not an adverbial",
			text: "The health ministry put the death toll at 42, while the United Nations said at least 60 people had died. Investigators found over 2,200 emails containing classified information.",
			want: []want{
				{"the United Nations", "United Nations", "said", CueAssert, "at least 60 people had died", Indirect},
				{"Investigators", "", "found", CueReport, "over 2,200 emails", Indirect},
			},
		},
		{
			name: "\"without evidence\" before the content; a non-speech cue is not inverted onto its object",
			text: "Trump, who has repeatedly attacked the media, claimed without evidence that millions of people voted illegally. The group, known as ISIS, claimed responsibility for the bombing in a statement posted online.",
			want: []want{{"Trump", "Trump", "claimed", CueClaim, "millions of people voted illegally", Indirect}},
			none: []string{"without evidence", "The group, known as ISIS"},
		},
		{
			name:   "a question put to the speaker: asked by whom, about what, when asked",
			text:   "Asked by a reporter on Monday whether he would run again, the mayor smiled. “We will see,” she said when asked about the budget. Smith was asked by host Jane Doe if the deal was dead. When asked why, Lee said nothing: “No comment.”",
			reason: "the asker after \"by\" is the source, the speaker is none; the question runs from its wh-word or \"about\" to the comma or clause end",
			want: []want{
				{"a reporter", "", "Asked", CueAssert, "whether he would run again", Indirect},
				{"", "", "asked about", CueAssert, "the budget", Indirect},
				{"host Jane Doe", "", "was asked", CueAssert, "if the deal was dead", Indirect},
				{"she", "", "said", CueAssert, "We will see", Direct},
			},
			none: []string{"the mayor smiled", "Monday whether"},
		},
		{
			name:   "a report relaying a split quote takes both halves; a relayed claim is the outermost",
			text:   "“We will not back down,” the governor said, according to the Herald. “Not now, not ever.”\n\nSome 40 percent of voters said they do not think the plan will work, according to a new poll.",
			reason: "the report's content is the whole attribution it relays, the quote after it included, and \"40 percent said\", not the \"think\" nested in it; the governor's \"said\" is part of what the Herald relays",
			want: []want{
				{"the Herald", "", "according to", CueReport, "Not now, not ever", Mixed},
				{"a new poll", "", "according to", CueReport, "Some 40 percent of voters said", Indirect},
			},
		},
		{
			name:   "a poll share saying, a participle after a \"that\" clause",
			text:   "Smith trails in the state, with 22 percent saying they would never back him, Jones at 20 percent and Lee at 18 percent. The senator came close to an admission that the troops had fought there, saying the mission was over.",
			reason: "\"with 22 percent saying\" has its own speaker and ends at its comma; the participle after the comma belongs to the main clause, not to the clause after \"that\"",
			want: []want{
				{"22 percent", "", "saying", CueAssert, "they would never back him", Indirect},
				{"The senator", "", "saying", CueAssert, "the mission was over", Indirect},
			},
			none: []string{"Jones at 20 percent"},
		},
		{
			name:   "a writer's clause after \", and he\"; a relative clause after a quote's addressee",
			text:   "Rubio said the real extremist is Clinton, and he railed against the moderators for an hour. “We need real change,” Sanders told a crowd at a bar that spilled out onto the street. “And we need it now.”",
			reason: "\", and he railed\" goes on with the writer's story, not Rubio's words; after \"“...,” X told a crowd\", \"that\" opens a relative clause, and the quote after the sentence is Sanders' too",
			want: []want{
				{"Rubio", "", "said", CueAssert, "the real extremist is Clinton", Indirect},
				{"Sanders", "", "told", CueAssert, "And we need it now", Direct},
			},
			none: []string{"railed"},
		},
		{
			name:   "poll shares as speakers: a percent sign, an approximate quantity, a share in an appositive",
			text:   "On troops, 47% say the United States should send more. In each state, about half of voters say they prefer an outsider. A third of independents, 33%, say they feel that way.",
			reason: "\"47%\" is a number and its sign, \"about\" opens a quantity, not a prepositional phrase, and a share between commas speaks with the group before it",
			want: []want{
				{"47%", "", "say", CueAssert, "the United States should send more", Indirect},
				{"about half of voters", "", "say", CueAssert, "they prefer an outsider", Indirect},
				{"A third of independents, 33%", "", "say", CueAssert, "they feel that way", Indirect},
			},
		},
		{
			name: "a coordinated question",
			text: "Sanders shook hands and asked workers if they planned to attend the caucuses.",
			want: []want{{"Sanders", "Sanders", "asked", CueAssert, "if they planned to attend", Indirect}},
		},
		{
			name: "cue words used as nouns or adjectives after a determiner or \"of\", but a gerund after \"of\"",
			text: "Anti-Trump delegates seized on glimmers of hope. The alleged shooter, Robert Lewis Dear, is likely to appear in court. His proposed ban would affect Khan. Attorney General Loretta Lynch took the official last step Wednesday of announcing that the department would not prosecute Clinton.",
			want: []want{{"Attorney General Loretta Lynch", "Loretta Lynch", "announcing", CueAssert, "the department would not prosecute", Indirect}},
			none: []string{"Anti-Trump", "shooter", "ban would"},
		},
		{
			name: "a quote ending in a full stop takes no attribution from the next sentence",
			text: "“He’s a new dad,” he said. “A dad for the second time now.” Others paid tribute on social media.",
			want: []want{{"he", "", "said", CueAssert, "A dad for the second time", Direct}},
			none: []string{"tribute"},
		},
		{
			name:   "an opening adverbial without its comma is no part of the source",
			text:   "In response Smith said the deal was bad. The deal is not good although in return Islamabad has offered the lowest tariff. He won despite the fact that in 2019 Jones said the deal was bad.\n\nOn Monday Morales said the deal was bad. In March the ministry said the talks had failed.",
			reason: "\"in response\", \"in return\", \"on Monday\", \"in March\" and \"in 2019\" are adverbials; the \"that\" after \"the fact\" is a conjunction, not a relative pronoun; and the day is no first name of the speaker",
			want: []want{
				{"Smith", "Smith", "said", CueAssert, "the deal was bad", Indirect},
				{"Islamabad", "Islamabad", "has offered", CueAssert, "the lowest tariff", Indirect},
				{"Jones", "Jones", "said", CueAssert, "the deal was bad", Indirect},
				{"Morales", "Morales", "said", CueAssert, "the deal was bad", Indirect},
				{"the ministry", "ministry", "said", CueAssert, "the talks had failed", Indirect},
			},
		},
		{
			name:   "an appositive title in lower case whose closing comma is missing",
			text:   "On Monday, ESPN’s John Wildhack, executive vice president of programming and production released a statement refuting the report that the network scheduled a panel.\n\nBrian Murphy, the chairman of the county party said Trump hurt his cause.\n\nDuring a stop in Onawa, Iowa, the Republican candidate repeated his promise to repeal the rules.",
			reason: "a title after the name's comma (\"executive vice president of programming and production\", \"the chairman of ...\") runs to the cue; the fields of the title joined by \"and\" stay in it; a place before a comma is no name with a title",
			want: []want{
				{"ESPN’s John Wildhack, executive vice president of programming and production", "John Wildhack", "released a statement refuting", CueDeny, "the report that the network scheduled a panel", Indirect},
				{"Brian Murphy, the chairman of the county party", "Brian Murphy", "said", CueAssert, "Trump hurt his cause", Indirect},
				{"the Republican candidate", "", "repeated", CueAssert, "his promise to repeal the rules", Indirect},
			},
		},
		{
			name:   "a bare description of a news medium or an agency names the body before it",
			text:   "CNN was quick to push back after Ted Cruz blamed the network for its reporting.\n\nIn a statement, the network said that Cruz's description was false.\n\nThe NRA praised the New York Daily News once. According to the newspaper, gun laws are porous.\n\nIn a letter, the FBI confirmed the inquiry. The agency declined to detail its scope.",
			reason: "\"the network\", \"the newspaper\" and \"the agency\" stand for the nearest body of their kind named before: a known acronym or a name ending in a word of the kind; \"NRA\" is no newspaper",
			want: []want{
				{"the network", "CNN", "said", CueDeny, "Cruz's description was false", Indirect},
				{"the newspaper", "New York Daily News", "According to", CueReport, "gun laws are porous", Indirect},
				{"The agency", "FBI", "declined", CueAssert, "to detail its scope", Indirect},
			},
		},
		{
			name:   "a description of a business names the business named before it",
			text:   "Tesla is recalling 2 million vehicles, the NHTSA said. Tesla said it did not agree with the agency's analysis. \"Our data shows that Autopilot makes driving safer,\" the company said.\n\nAl-Shabaab fighters attacked a base, Hamas said. The terrorist group said it had no role.",
			reason: "\"the company\" stands for a business named a few sentences before: a one-word speaker no person (\"Tesla\", not \"Clinton\" of \"Mr. Clinton\"), or a body with a business word in its name; \"the NHTSA\" is an agency, and a terrorist group is no business",
			want: []want{
				{"the NHTSA", "NHTSA", "said", CueAssert, "Tesla is recalling 2 million vehicles", Indirect},
				{"Tesla", "", "said", CueAssert, "it did not agree with the agency's analysis", Indirect},
				{"the company", "Tesla", "said", CueAssert, "\"Our data shows that Autopilot makes driving safer,\"", Direct},
				{"Hamas", "", "said", CueAssert, "Al-Shabaab fighters attacked a base", Indirect},
				{"The terrorist group", "terrorist group", "said", CueAssert, "it had no role", Indirect},
			},
		},
		{
			name:   "a one-word name short for a business named in full before is the business",
			text:   "Fourteen counties sued Halvern Pharmaceuticals Inc on Wednesday. Halvern said it would defend itself against the claims, which it called \"baseless.\" His son, Eric Trump, spoke for the Trump Foundation. Trump said the gifts were real.",
			reason: "wire copy: \"Halvern\" was a person not known to be one, so \"it\" found no body; but \"Trump\", written as a person's name, is no \"Trump Foundation\"",
			want: []want{
				{"Halvern", "Halvern Pharmaceuticals Inc", "said", CueDeny, "it would defend itself", Mixed},
				{"it", "Halvern Pharmaceuticals Inc", "called", CueDeny, "\"baseless.\"", Direct},
				{"Trump", "Eric Trump", "said", CueAssert, "the gifts were real", Indirect},
			},
		},
		{
			name:   "a relative pronoun after a dash stands for the name before the dash",
			text:   "Secretary of State Mike Pompeo spoke on Monday. Already there has been bad blood after Pompeo – who is expected in Islamabad on September 5 - telephoned Prime Minister Imran Khan and reportedly discussed the issue with him.",
			reason: "\"who\" only heads the aside set off by dashes; the verbs after the aside are the name's, so the mention of the coordinated cue is the name itself",
			want: []want{
				{"Pompeo", "Mike Pompeo", "discussed", CueAssert, "the issue with him", Indirect},
			},
		},
		{
			name:   "a report that cites its sources in an aside",
			text:   "Bloomberg reported on Wednesday, citing three people familiar with the matter, that Apple had handed over encryption keys to a state-owned partner.",
			reason: "the cue is the verb of reporting before the aside and the content starts at \"that\"; \"citing\" with the sources and the report run together is no claim",
			want: []want{
				{"Bloomberg", "", "reported", CueReport, "that Apple had handed over encryption keys to a state-owned partner", Indirect},
			},
		},
		{
			name:   "a surname stands for the person of that name met last, a middle initial inside the name",
			text:   "Former President George W. Bush spoke at the dinner. His brother Jeb Bush arrived later. Mr. Bush said the campaign was going well.\n\nJeb Bush spoke in Miami on Monday. His brother, former President George W. Bush, joined him. Mr. Bush said the crowd was large. Bush added that he was tired.",
			reason: "two people share the surname: \"Mr. Bush\" is the one named last before it, and \"George W. Bush\" is one full name, not \"W\" and \"Bush\"",
			want: []want{
				{"Mr. Bush", "Jeb Bush", "said", CueAssert, "the campaign was going well", Indirect},
				{"Mr. Bush", "George W. Bush", "said", CueAssert, "the crowd was large", Indirect},
				{"Bush", "George W. Bush", "added", CueAssert, "that he was tired", Indirect},
			},
		},
		{
			name:   "a description of a business with a nationality names the business named before it",
			text:   "Volkswagen said it would cut 5,000 jobs. The German carmaker said profit fell. Barclays said costs rose. Analysts were surprised. The British bank said it would hire.",
			reason: "a nationality before \"company\", \"carmaker\" or \"bank\" is no name: the description stands for the business named a few sentences before, as \"the company\" does",
			want: []want{
				{"The German carmaker", "Volkswagen", "said", CueAssert, "profit fell", Indirect},
				{"The British bank", "Barclays", "said", CueAssert, "it would hire", Indirect},
			},
		},
		{
			name:   "a description of a business does not stand for a person's surname",
			text:   "Mr. Clinton spoke to reporters. Clinton said taxes were too high. The company said it would appeal.",
			reason: "\"Clinton\" is written as a person's surname (\"Mr. Clinton\"), so \"the company\" is not Clinton",
			want: []want{
				{"Clinton", "", "said", CueAssert, "taxes were too high", Indirect},
				{"The company", "company", "said", CueAssert, "it would appeal", Indirect},
			},
		},
		{
			name:   "a description of a business does not stand for the surname of a full name that opens a sentence",
			text:   "Jeb Bush said the deal was good. The firm said it would appeal.",
			reason: "the given name at the sentence's start was taken for a capitalised opening word (\"When Apple unveiled\"), so \"Bush\" read as a business",
			want: []want{
				{"Jeb Bush", "", "said", CueAssert, "the deal was good", Indirect},
				{"The firm", "firm", "said", CueAssert, "it would appeal", Indirect},
			},
		},
		{
			name:   "an object content ends before a time or medium of the writer's",
			text:   "Christie defended his endorsement this week on his regular radio show. Clinton claimed victory in a tweet. Harman urged Obama last year not to close the prison. Aides said the average donation on Monday was $27.",
			reason: "a noun phrase object with no verb ends where a time or a medium follows that leads to another adverbial or the end; after \"last year not to\" the content goes on, and a clause (\"was $27\") keeps its adverbials",
			want: []want{
				{"Christie", "", "defended", CueAssert, "his endorsement", Indirect},
				{"Clinton", "", "claimed", CueClaim, "victory", Indirect},
				{"Harman", "", "urged", CueAssert, "not to close the prison", Indirect},
				{"Aides", "", "said", CueAssert, "the average donation on Monday was $27", Indirect},
			},
			none: []string{"this week", "radio show", "tweet"},
		},
		{
			name:   "a telephone call reports no words, naming does",
			text:   "She called Sanders to congratulate him. Trump called into the program on Fox News. He called her a liar. Critics are calling into question his record.",
			reason: "\"call\" with a person and \"to\", or with \"into\" (but \"into question\"), reaches someone; with an object and a complement it names",
			want: []want{
				{"He", "", "called", CueAssert, "her a liar", Indirect},
				{"Critics", "", "are calling", CueAssert, "into question his record", Indirect},
			},
			none: []string{"congratulate", "the program"},
		},
		{
			name: "a call to people named by a noun reaches them: a time, a participle, \"to\" and a verb or \"and\" and a verb follows",
			text: "The governor called half a dozen board directors, asking each for a vote. Obama called both candidates Tuesday night. Lee never called a donor to ask for money. Smith called a local delegate, Ann Ray, and we waited. A spokesman called the report “a fishing expedition.”",
			want: []want{{"A spokesman", "", "called", CueAssert, "the report “a fishing expedition.”", Mixed}},
			none: []string{"board directors", "both candidates", "a donor", "Ann Ray"},
		},
		{
			name:   "adding things is no claim, adding words is",
			text:   "The economy added 255,000 jobs in July. Social media added another link to the misinformation chain. He added that the jobs report was strong. “To all the volunteers: Forward!” she added.",
			reason: "\"add\" with a quantity, or with a noun phrase and \"to\" a place, puts something somewhere; with a clause or a quote it reports words",
			want: []want{
				{"He", "", "added", CueAssert, "the jobs report was strong", Indirect},
				{"she", "", "added", CueAssert, "To all the volunteers", Direct},
			},
			none: []string{"255,000", "misinformation chain"},
		},
		{
			name:   "a quantifier floated off the mention",
			text:   "Donald Trump and Bernie Sanders have both argued that trade rules are skewed. The candidates all say they are no longer accepting speeches. Both said the race was close.",
			reason: "\"both\", \"all\" or \"each\" after a mention (or its auxiliary) leaves the mention the speaker; at the start of a sentence it is the speaker itself",
			want: []want{
				{"Donald Trump and Bernie Sanders", "", "have both argued", CueAssert, "trade rules are skewed", Indirect},
				{"The candidates", "", "say", CueAssert, "they are no longer accepting", Indirect},
				{"Both", "", "said", CueAssert, "the race was close", Indirect},
			},
		},
		{
			name:   "a pronoun after an addressee opens the content",
			text:   "Kirsch told the AP her group never worked with Manafort. Jones told her the vote was rigged.",
			reason: "\"told the AP her group ...\": \"her\" opens the clause, it does not go on with the addressee; a pronoun right after the cue is the addressee",
			want: []want{
				{"Kirsch", "", "told", CueAssert, "her group never worked with Manafort", Indirect},
				{"Jones", "", "told", CueAssert, "the vote was rigged", Indirect},
			},
		},
		{
			name:   "a coordinated cue after a mention, its appositive and a verb",
			text:   "Gary Emineth, a former state party chairman, became a delegate and said he is leaning toward Trump.",
			reason: "the predicate before \"and said\" has the mention before the appositive as its subject",
			want: []want{
				{"Gary Emineth, a former state party chairman", "Gary Emineth", "said", CueAssert, "he is leaning toward Trump", Indirect},
			},
		},
		{
			name:   "finding a way is no finding",
			text:   "Sanders found ways to press his agenda. A new influx of refugees finds its way to the city. The poll found Clinton leading by seven points.",
			reason: "\"found ways to\", \"finds its way\" tell what someone did; \"the poll found\" with a clause or a result reports it",
			want: []want{
				{"The poll", "", "found", CueReport, "Clinton leading by seven points", Indirect},
			},
			none: []string{"press his agenda", "to the city"},
		},
		{
			name:   "the complementizer that opens the content",
			text:   "Sanders said Tuesday that the primary was rigged. That is false, Clinton said.",
			reason: "PolNeAR counts the \"that\" after the cue in the content; a \"that\" of the content's own stays",
			want: []want{
				{"Sanders", "", "said", CueAssert, "that the primary was rigged", Indirect},
				{"Clinton", "", "said", CueDeny, "That is false", Indirect},
			},
			none: []string{"Tuesday that"},
		},
		{
			name:   "auxiliaries, negations and adverbs before the cue are the cue's",
			text:   "Clinton has also said that the plan failed. He’s not predicting a win. The senator did not say whether he would run. Trump, however, publicly criticized the deal. The company has reportedly taken heat. O’Neal has reportedly said that he will go on.",
			reason: "PolNeAR cues are the verb group (\"has also said\"); an aside (\"however\") is not in it, a cue adverb leaves the auxiliary to the content, and a cue does not reach over another (claims stay in offset order)",
			want: []want{
				{"O’Neal", "", "said", CueAssert, "that he will go on", Indirect},
				{"Clinton", "", "has also said", CueAssert, "that the plan failed", Indirect},
				{"He", "", "’s not predicting", CueAssert, "a win", Indirect},
				{"The senator", "", "did not say", CueAssert, "whether he would run", Indirect},
				{"Trump", "", "publicly criticized", CueAccuse, "the deal", Indirect},
				{"", "", "reportedly", CueClaim, "taken heat", Indirect},
			},
		},
		{
			name:   "a particle or preposition between the cue and its content is the cue's",
			text:   "Christie called for a ban on assault weapons. He pointed out that the plan failed. She joked about moving to New Zealand. The budget office said about half of the increase came from taxes.",
			reason: "PolNeAR cues hold the particle (\"called for\", \"pointed out\"); \"about\" before a quantity is the content's",
			want: []want{
				{"Christie", "", "called for", CueAssert, "a ban on assault weapons", Indirect},
				{"He", "", "pointed out", CueAssert, "that the plan failed", Indirect},
				{"She", "", "joked about", CueAssert, "moving to New Zealand", Indirect},
				{"The budget office", "", "said", CueAssert, "about half of the increase", Indirect},
			},
		},
		{
			name:   "a relative pronoun before the source opens the content",
			text:   "Trump wants a wall, which he said Mexico would pay for. It was a deal in which he says he lost money. He attacked Rubio, whom he dubbed “the little senator.”",
			reason: "PolNeAR gives \"which he said X\" the content \"which\" … \"X\"; after a preposition the pronoun opens an adverbial",
			want: []want{
				{"he", "", "said", CueAssert, "which … Mexico would pay for", Indirect},
				{"he", "", "says", CueAssert, "he lost money", Indirect},
				{"he", "", "dubbed", CueAccuse, "whom … “the little senator.”", Direct},
			},
			none: []string{"which he says"},
		},
		{
			name:   "a relative pronoun as the object of a cue with an as-phrase",
			text:   "The hacker reached the server, which he described as “like an open door.” Fox was an answer to what its founders blasted as a biased press. In 2009, under what Mr. Hale called “the old model,” the club grew.",
			reason: "PolNeAR gives \"which he described as X\" the content \"which\" … \"as X\"; \"what\" after a preposition is that preposition's object, and still the content's",
			want: []want{
				{"he", "", "described", CueAssert, "which … as “like an open door.”", Mixed},
				{"its founders", "", "blasted", CueAccuse, "what … as a biased press", Indirect},
				{"Mr. Hale", "", "called", CueAssert, "what … “the old model,”", Direct},
			},
		},
		{
			name:   "a relative pronoun is the content of a cue whose object it is",
			text:   "Reporters raised the allegations, which the governor denies, at the briefing. The board passed the plan, which his deputy defended. Asked whom she supported, the mayor smiled. He read the facts to which the clerk admitted.",
			reason: "PolNeAR gives \"which X denies\" the content \"which\" when nothing follows the cue; after a preposition or a cue (an indirect question) the pronoun is no object of the cue",
			want: []want{
				{"the governor", "", "denies", CueDeny, "which", Indirect},
				{"his deputy", "", "defended", CueAssert, "which", Indirect},
			},
			none: []string{"whom"},
		},
		{
			name:   "a relative pronoun is the content of a cue followed by another predicate of its clause",
			text:   "He revived a rumor which she has denied and which her aide later retracted. He ran on a bill which he once backed - and has since abandoned.",
			reason: "PolNeAR gives \"which she has denied and which ...\" the content \"which\": what follows \"and\" is the clause's next predicate, not the cue's object",
			want: []want{
				{"she", "", "has denied", CueDeny, "which", Indirect},
				{"he", "", "once backed", CueBelieve, "which", Indirect},
			},
			none: []string{"and which her aide", "and has since"},
		},
		{
			name:   "a relative pronoun is the content of a cue followed only by a phrase of time or place",
			text:   "Voters weighed the levy, which the mayor proposed under a new rule. It is a point he often mentions on the trail.",
			reason: "PolNeAR gives \"which the mayor proposed under a new rule.\" the content \"which\": the phrase says where or when, it is no object",
			want: []want{
				{"the mayor", "", "proposed", CueAssert, "which", Indirect},
				{"he", "", "often mentions", CueAssert, "a point", Indirect},
			},
			none: []string{"under a new rule", "on the trail"},
		},
		{
			name:   "a relative pronoun is the content of a cue followed only by a time",
			text:   "The ad stirred the movement — which the governor denounced Thursday — and its rivals.",
			reason: "the time after the cue is no object: PolNeAR gives \"which the governor denounced Thursday\" the content \"which\"",
			want: []want{
				{"the governor", "", "denounced", CueAccuse, "which", Indirect},
			},
		},
		{
			name:   "a relative clause set off by a comma ends at the next comma, with its as-phrase",
			text:   "The job, which friends described as dreary, contributed to his decline.",
			reason: "the main clause resumes after the second comma; it is the writer's, not the friends'",
			want: []want{
				{"friends", "", "described", CueAssert, "which … as dreary", Indirect},
			},
			none: []string{"decline"},
		},
		{
			name:   "the noun phrase before a relative clause without a pronoun is the content of its cue",
			text:   "The senator stood by everything she said. It is the brash style he prefers. In the end he conceded. Voters will believe anything he says.",
			reason: "PolNeAR gives \"the style he prefers.\" the content \"the style\" when nothing follows the cue; a noun phrase after a preposition or at the sentence's start tells when, and the object of another cue holds the clause in its own content",
			want: []want{
				{"she", "", "said", CueAssert, "everything", Indirect},
				{"he", "", "prefers", CueBelieve, "the brash style", Indirect},
			},
			none: []string{"the end"},
		},
		{
			name:   "a relative which after a comma is the source",
			text:   "The senator won a ruling from the elections board, which concluded that he met the rules. She cited the audit, which said the funds were missing.",
			reason: "PolNeAR gives \", which said X\" the source \"which\", as it gives \", who said X\" the source \"who\"",
			want: []want{
				{"which", "", "concluded", CueAssert, "he met the rules", Indirect},
				{"which", "", "said", CueAssert, "the funds were missing", Indirect},
			},
		},
		{
			name:   "a capitalised participle opening the sentence is the subject's cue",
			text:   "Noting that the plan had failed, Trump reminded voters of his own. Citing “obligations at home,” his spokeswoman told reporters that the mayor will skip it.",
			reason: "the participle clause is a claim of the main clause's subject, not the content of the verb after it",
			want: []want{
				{"Trump", "", "Noting", CueAssert, "the plan had failed", Indirect},
				{"his spokeswoman", "", "Citing", CueAssert, "“obligations at home,”", Direct},
			},
			none: []string{"Noting that"},
		},
		{
			name:   "a participle clause opening the sentence after a few words",
			text:   "In addition to stating that the tax was unfair, Clinton has vowed to repeal it. In declaring the remarks “not Christian,” the pope again showed his knack. But while denouncing the deal to voters, she has not offered a plan.",
			reason: "the opening may hold a preposition of several words or a conjunction before it, and its quote may hold the comma",
			want: []want{
				{"Clinton", "", "stating", CueAssert, "the tax was unfair", Indirect},
				{"the pope", "", "declaring", CueAssert, "the remarks “not Christian,”", Mixed},
				{"she", "", "denouncing", CueAccuse, "the deal to voters", Indirect},
			},
			none: []string{"In declaring"},
		},
		{
			name:   "a relative that before the source when the content lacks its subject",
			text:   "The deal ends a strike that executives said could hurt earnings. Cruz praised Pence for cutting taxes, moves that he said improved the economy. He argued that he said nothing wrong.",
			reason: "PolNeAR gives \"a strike that executives said could hurt earnings\" the content \"that\" … \"could hurt earnings\", also inside another claim's content; a \"that\" before a clause with its own subject is no relative",
			want: []want{
				{"executives", "", "said", CueAssert, "that … could hurt earnings", Indirect},
				{"he", "", "said", CueAssert, "that … improved the economy", Indirect},
				{"He", "", "argued", CueAssert, "he said nothing wrong", Indirect},
			},
			none: []string{"nothing wrong …"},
		},
		{
			name:   "a predicate after a comma and and is the main clause's, not a that-clause's",
			text:   "The governor backed off his forecast that the state would recover within a year, and blamed the drop in oil prices.",
			reason: "the subject of the that-clause inside the first predicate's object is not the speaker",
			want: []want{
				{"The governor", "", "blamed", CueAccuse, "the drop in oil prices", Indirect},
			},
		},
		{
			name:   "an appositive between hyphens written as dashes",
			text:   "Deborah Reynolds - his business partner - told the paper that his views turned extreme.",
			reason: "some papers write a dash as a hyphen between spaces; the appositive between two belongs to the source",
			want: []want{
				{"Deborah Reynolds - his business partner", "", "told", CueAssert, "his views turned extreme", Indirect},
			},
		},
		{
			name:   "a show's title in quotes in an opening adverbial is no content",
			text:   "On ABC’s “This Week,” Rubio questioned the mogul’s honesty. Later on “Meet the Press,” the senator said he would stay in the race.",
			reason: "a short quote in title case after a word names a show; the claim is the one after the cue",
			want: []want{
				{"Rubio", "", "questioned", CueClaim, "the mogul’s honesty", Indirect},
				{"the senator", "", "said", CueAssert, "he would stay in the race", Indirect},
			},
			none: []string{"This Week", "Meet the Press"},
		},
		{
			name: "decided takes a to-infinitive as its content",
			text: "The securities analyst decided to fight back.",
			want: []want{
				{"The securities analyst", "", "decided", CueBelieve, "to fight back", Indirect},
			},
		},
		{
			name: "wanted is a cue as want is",
			text: "The senator wanted to force the bank to stop worrying about jobs.",
			want: []want{
				{"The senator", "", "wanted", CueBelieve, "to force the bank to stop worrying about jobs", Indirect},
			},
		},
		{
			name:   "a trailing attribution followed by and and another claim",
			text:   "The jet was insured for $35 million in 2011, records show, and aviation experts say it is now worth half that.",
			reason: "the clause after \", and\" has its own source and cue; it does not go on with the first content",
			want: []want{
				{"records", "", "show", CueReport, "The jet was insured for $35 million in 2011", Indirect},
				{"aviation experts", "", "say", CueAssert, "it is now worth half that", Indirect},
			},
		},
		{
			name:   "a subordinate clause ends at a quote that holds its comma",
			text:   "Although the mayor admitted that the two had “been friends for years,” he claimed they never met. While the writer concedes the plan’s “broad appeal,” he sees it as a trap.",
			reason: "the comma inside the closing quote ends the opening subordinate clause, and the main clause's cue does not take that clause as its content",
			want: []want{
				{"the mayor", "", "admitted", CueAssert, "the two had “been friends for years,”", Mixed},
				{"he", "", "claimed", CueClaim, "they never met", Indirect},
				{"he", "", "sees", CueBelieve, "it as a trap", Indirect},
			},
			none: []string{"he claimed they never met", "he sees it", "Although"},
		},
		{
			name:   "a claim in a subordinate clause ends where the main clause takes over after the comma",
			text:   "The senator chairs the committee, and while he said he would hold a hearing, it is unlikely to win his vote. While many analysts expect the mayor to be reelected, given his long tenure, the race is open. While the governor said the state would cut taxes, raise fees and build roads, critics doubted it.",
			reason: "after \"and while\" or an opening \"While\", the words past the comma are the writer's main clause, or an aside before it; a list goes on in the content",
			want: []want{
				{"he", "", "said", CueAssert, "he would hold a hearing", Indirect},
				{"many analysts", "", "expect", CueBelieve, "the mayor to be reelected", Indirect},
				{"the governor", "", "said", CueAssert, "the state would cut taxes, raise fees and build roads", Indirect},
			},
			none: []string{"it is unlikely", "given his long tenure"},
		},
		{
			name:   "a noun phrase content ends before a subordinate clause with a claim of its own",
			text:   "The firm has charged the campaign $3 million since he announced his bid. He defended his plan by citing a new poll. The director decided not to charge her even though he found evidence.",
			reason: "the subordinate clause is the writer's, and the claim in it is its own, not part of the object",
			want: []want{
				{"he", "", "announced", CueAssert, "his bid", Indirect},
				{"He", "", "defended", CueAssert, "his plan", Indirect},
				{"He", "", "citing", CueAssert, "a new poll", Indirect},
				{"The director", "", "decided", CueBelieve, "not to charge her", Indirect},
			},
			none: []string{"since he announced", "by citing", "even"},
		},
		{
			name:   "a quote in the relative clause describing an inverted source",
			text:   "“It was shameful,” said Lena Fell, 34, a plaintiff in the suit who waited in an “extremely long line snaking in and out” of a church for hours.",
			reason: "the quote after the source's relative clause is the writer's description, not more content",
			want: []want{
				{"Lena Fell, 34, a plaintiff in the suit", "", "said", CueAssert, "“It was shameful,”", Direct},
			},
		},
		{
			name: "an appearance or a column is a medium, an adverbial after the object",
			text: "Trump explained his reasoning in an appearance on CBS. The senator defended the bill in an editorial.",
			want: []want{
				{"Trump", "", "explained", CueAssert, "his reasoning", Indirect},
				{"The senator", "", "defended", CueAssert, "the bill", Indirect},
			},
			none: []string{"in an appearance", "in an editorial"},
		},
		{
			name:   "a relative who with say inside another claim's content",
			text:   "The report offered fresh ammunition to Republicans who say the law is a money pit.",
			reason: "PolNeAR annotates the speech of the relative clause inside the object",
			want: []want{
				{"who", "", "say", CueAssert, "the law is a money pit", Indirect},
			},
		},
		{
			name:   "an opening as-clause with a passive cue and its agent",
			text:   "As reported by the Daily Herald, investigators found thousands of emails on the server. As first noted by Politico, the plan failed.",
			reason: "the agent of the passive is the source and the main clause the content",
			want: []want{
				{"the Daily Herald", "", "reported", CueReport, "investigators found thousands of emails on the server", Indirect},
				{"Politico", "", "first noted", CueAssert, "the plan failed", Indirect},
			},
		},
		{
			name:   "a participle aside whose quote holds the comma, then the main verb",
			text:   "Mr. Manafort, citing “the unique magic of Trump,” said the candidate could win the state.",
			reason: "the quote ends the participle's content, and the verb after it is the speaker's, not an inverted \"said the candidate\"",
			want: []want{
				{"Mr. Manafort", "", "citing", CueAssert, "“the unique magic of Trump,”", Direct},
				{"Mr. Manafort", "", "said", CueAssert, "the candidate could win the state", Indirect},
			},
		},
		{
			name: "a one-word answer after say is a content",
			text: "Asked whether the plan could work, most of the voters said no. The board met, and every director said yes.",
			want: []want{
				{"most of the voters", "", "said", CueAssert, "no", Indirect},
				{"every director", "", "said", CueAssert, "yes", Indirect},
			},
		},
		{
			name: "a passive when-clause between the mention and the cue",
			text: "The senator’s office, when contacted by reporters, said he could not recall the dinner.",
			want: []want{
				{"The senator’s office", "", "said", CueAssert, "he could not recall the dinner", Indirect},
			},
		},
		{
			name: "a where-clause that ends the sentence is the writer's",
			text: "The senator said the trip was a worthwhile break from campaigning in Ohio, where he trails the governor by ten points.",
			want: []want{
				{"The senator", "", "said", CueAssert, "the trip was a worthwhile break from campaigning in Ohio", Indirect},
			},
			none: []string{"where he trails"},
		},
		{
			name:   "a party designation after the mention is the source's",
			text:   "Sen. Bernie Sanders (I-Vt.) defended his call to raise the minimum wage. “We won,” said Harry M. Reid (D-Nev.).",
			reason: "PolNeAR sources hold the parenthesis; the resolved name does not",
			want: []want{
				{"Sen. Bernie Sanders (I-Vt.)", "Bernie Sanders", "defended", CueAssert, "his call to raise the minimum wage", Indirect},
				{"Harry M. Reid (D-Nev.)", "Harry M. Reid", "said", CueAssert, "We won", Direct},
			},
		},
		{
			name: "told an addressee, then a clause opening with a contracted pronoun",
			text: "Pate also told Breitbart News he’d support Hillary Clinton in a general election. The mayor told reporters they're ready.",
			want: []want{
				{"Pate", "", "also told", CueAssert, "he’d support Hillary Clinton in a general election", Indirect},
				{"The mayor", "", "told", CueAssert, "they're ready", Indirect},
			},
		},
		{
			name:   "here between the source and the cue",
			text:   "Her campaign workers here said they have been working the state since the spring.",
			reason: "PolNeAR leaves \"here\" out of both the source and the cue",
			want:   []want{{"Her campaign workers", "", "said", CueAssert, "they have been working the state", Indirect}},
		},
		{
			name: "the subject opens the sentence, asides between commas before the cue",
			text: "Yet some voters who have listened to his speeches over the decades, on television or at small campaign events, said he had less magnetism. " +
				"The Obama administration, in an effort to improve the lot of workers, has said it would make more employees eligible for overtime pay. " +
				"But numerous veterans interviewed at Trump rallies this week, including Mr. Jebens, said they had no problem with his comments.",
			want: []want{
				{"some voters who have listened to his speeches over the decades, on television or at small campaign events", "", "said", CueAssert, "he had less magnetism", Indirect},
				{"The Obama administration", "", "has said", CueAssert, "it would make more employees eligible", Indirect},
				{"numerous veterans interviewed at Trump rallies this week, including Mr. Jebens", "", "said", CueAssert, "they had no problem with his comments", Indirect},
			},
		},
		{
			name:   "no opening subject when the speaker follows the cue or an aside is an attribution",
			text:   "Some accusations about the meetings, made in private, are difficult to prove, said Grant Green, a former official. The group, Cruz said, was wrong.",
			reason: "the opening segment is the content of an inverted attribution, not a subject",
			want:   []want{{"Grant Green, a former official", "", "said", CueAssert, "Some accusations about the meetings", Indirect}},
			none:   []string{"Grant Green, a former official,"},
		},
		{
			name:   "a noun in -ly before the cue is no adverb",
			text:   "The assembly publicly criticized the ruling party for its silence. The state assembly said the law was void.",
			reason: "the source search skips -ly adverbs; \"assembly\" read as one left \"The\" as the source",
			want: []want{
				{"The assembly", "", "publicly criticized", CueAccuse, "the ruling party", Indirect},
				{"The state assembly", "", "said", CueAssert, "the law was void", Indirect},
			},
		},
		{
			name: "a coordinated cue after an aged name and an auxiliary",
			text: "Jessie Elkins, 70, had served in Vietnam and said he was convinced that the war would come.",
			want: []want{{"Jessie Elkins, 70", "", "said", CueAssert, "he was convinced that the war would come", Indirect}},
		},
		{
			name:   "a noun phrase content ends at a comma before the writer's relative",
			text:   "The senator also attacked the governor, with whom he clashed at Saturday's debate.",
			reason: "PolNeAR ends an object content at a comma before a relative, participle, appositive or new predicate that runs to its end (43 to 7 on train)",
			want:   []want{{"The senator", "", "also attacked", CueAccuse, "the governor", Indirect}},
			none:   []string{"with whom"},
		},
		{
			name:   "a content ends at a comma before and with a new subject and its auxiliary",
			text:   "The council urged residents to stay indoors, and the streets were soon empty by nightfall.",
			reason: "the clause after the comma reports what happened next in the writer's voice",
			want:   []want{{"The council", "", "urged", CueAssert, "residents to stay indoors", Indirect}},
			none:   []string{"soon empty"},
		},
		{
			name:   "an object content ends before the adverbial of the occasion",
			text:   "The senator repeated his position at a town hall in Dover on the same day.",
			reason: "the town hall says where the words were spoken, which PolNeAR leaves out of the content",
			want:   []want{{"The senator", "", "repeated", CueAssert, "his position", Indirect}},
			none:   []string{"town hall"},
		},
		{
			name: "an object content keeps the occasion of a gerund inside it",
			text: "The reporter accused the manager of grabbing her at a press conference in Miami.",
			want: []want{{"The reporter", "", "accused", CueAccuse, "the manager of grabbing her at a press conference in Miami", Indirect}},
		},
		{
			name:   "a gerund that a list goes on with after a comma is no participle of the writer's",
			text:   "The researchers wrote that the association held even after adjusting for income, smoking and education. The board rejected her bid, believing she was unfit.",
			reason: "wire copy: the content ended at \"income\", read as \"her ouster, believing she was ...\"; an -ing word right before \"and\" or \"or\" is an item of a list",
			want: []want{
				{"The researchers", "", "wrote", CueAssert, "that the association held even after adjusting for income, smoking and education", Indirect},
				{"The board", "", "rejected", CueDeny, "her bid", Indirect},
			},
			none: []string{"believing"},
		},
		{
			name:   "a noun phrase content ends before and with a second predicate of the source",
			text:   "The chairman has firmly pushed back on those charges and has worked behind closed doors to stop the change.",
			reason: "a noun phrase takes no auxiliary: the second predicate is the writer's report of what the source did",
			want:   []want{{"The chairman", "", "has firmly pushed back on", CueAssert, "those charges", Indirect}},
			none:   []string{"closed doors"},
		},
		{
			name:   "found after a passive in the content is the content subject's, no cue of the speaker's",
			text:   "A police spokesman said officers were called to Mare Street shortly after 2 a.m. and found three men with gunshot wounds.",
			reason: "wire copy: the officers found the men; the spokesman reports it, he found nothing",
			want:   []want{{"A police spokesman", "", "said", CueAssert, "officers were called to Mare Street shortly after 2 a.m. and found three men with gunshot wounds", Indirect}},
			nocue:  []string{"found"},
		},
		{
			name: "an infinitive content ends before and with a new clause",
			text: "The governor threatened to veto the budget, and there were no objections from the floor.",
			want: []want{{"The governor", "", "threatened", CueAssert, "to veto the budget", Indirect}},
			none: []string{"objections"},
		},
		{
			name:   "a noun phrase content ends before a dash and the writer's gloss",
			text:   "Party leaders predicted a comfortable win in the runoff - a result that would end a long feud.",
			reason: "the words after the dash describe the object in the writer's voice",
			want:   []want{{"Party leaders", "", "predicted", CueAssert, "a comfortable win in the runoff", Indirect}},
			none:   []string{"long feud"},
		},
		{
			name:   "a clause content ends before a dash and the writer's appositive",
			text:   "A spokesman said that the figure came from the campaign's own count - a fact the agency later confirmed.",
			reason: "the words after the dash judge the content in the writer's voice",
			want:   []want{{"A spokesman", "", "said", CueAssert, "the figure came from the campaign's own count", Indirect}},
			none:   []string{"later confirmed"},
		},
		{
			name: "a clause content keeps what a dash and including add",
			text: "The aides said two rivals will quit the race soon - including the governor.",
			want: []want{{"The aides", "", "said", CueAssert, "two rivals will quit the race soon - including the governor", Indirect}},
		},
		{
			name: "a noun phrase content keeps an aside between two dashes",
			text: "The mayor praised the new plan - and its quiet author - at the meeting.",
			want: []want{{"The mayor", "", "praised", CueAssert, "the new plan - and its quiet author", Indirect}},
		},
		{
			name: "a noun phrase content ends at a comma before another predicate of the source",
			text: "The board of elections on Monday rejected both objections, ruled the candidate eligible.",
			want: []want{{"The board of elections", "", "rejected", CueDeny, "both objections", Indirect}},
			none: []string{"ruled the candidate"},
		},
		{
			name:   "a noun phrase content keeps an aside that a second comma closes",
			text:   "The mayor also lauded the chief, whose term ends next June, for his reforms.",
			reason: "after the aside the noun phrase's clause goes on",
			want:   []want{{"The mayor", "", "also lauded", CueAssert, "the chief, whose term ends next June, for his reforms", Indirect}},
		},
		{
			name: "a noun phrase content keeps a list after its comma",
			text: "He dismissed criticism from Giles, Millis and Harold Doley.",
			want: []want{{"He", "", "dismissed", CueDeny, "criticism from Giles, Millis and Harold Doley", Indirect}},
		},
		{
			name:   "see is a cue of view only with as in its object or a that-clause",
			text:   "Mr. Obama sees Mr. Netanyahu as captured by a hard-line philosophy. Black voters see that he could win. You can see the scope of the problem. Workers would see a 50 percent increase in their pay.",
			reason: "PolNeAR annotates a view (\"sees X as Y\"), not seeing or foreseeing (36 right, 11 wrong on train)",
			want: []want{
				{"Mr. Obama", "", "sees", CueBelieve, "Mr. Netanyahu as captured", Indirect},
				{"Black voters", "", "see", CueBelieve, "he could win", Indirect},
			},
			none: []string{"the scope of the problem", "a 50 percent increase"},
		},
		{
			name:   "a verb of appearance is a hedge whose subject is part of the content",
			text:   "The governor seemed to suggest that the plan had failed. The mayor appeared irritated, waving off reporters. It seems that the deal is dead. She appears to back the tax.",
			reason: "PolNeAR annotates \"X seems to Y\" with no source and X in the content (128 right, 107 wrong on train)",
			want: []want{
				{"", "", "seemed", CueClaim, "The governor … to suggest that the plan had failed", Indirect},
				{"", "", "appeared", CueClaim, "The mayor … irritated", Indirect},
				{"", "", "seems", CueClaim, "the deal is dead", Indirect},
				{"", "", "appears", CueClaim, "She … to back the tax", Indirect},
			},
			none: []string{"waving off", "It … "},
		},
		{
			name:   "a verb of appearance after who or which: the relative is the content's subject",
			text:   "The council voted on the levy, which appeared to split the town. The pupils, who seemed to be tired, left early.",
			reason: "PolNeAR takes the relative for the first piece; \"that\" is left out, as in \"a system that seems rigged\"",
			want: []want{
				{"", "", "appeared", CueClaim, "which … to split the town", Indirect},
				{"", "", "seemed", CueClaim, "who … to be tired", Indirect},
			},
		},
		{
			name: "a verb of appearance that shows up, describes or sits in another's content is no hedge",
			text: "The senator appeared on Fox News on Sunday. Voters are trapped in a system that seems rigged. Pollsters said that the race seemed to tighten. He tried to appear more serious.",
			want: []want{{"Pollsters", "", "said", CueAssert, "the race seemed to tighten", Indirect}},
			none: []string{"on Fox News", "rigged", "more serious"},
		},
		{
			name:   "a name after a heading's dash speaks the quote after its colon, not the heading's verb",
			text:   "Media shares blame in poll hype - HuffPollster: “Pollsters are taking a lot of heat from the public and the media.”",
			reason: "a digest's heading, a dash, the name of the quoted writer",
			want:   []want{{"HuffPollster", "", ":", CueAssert, "Pollsters are taking a lot of heat", Direct}},
		},
		{
			name: "show is a cue after a plural of evidence with its modifier",
			text: "Campaign records from the last cycle show he gave to both parties. Polls in New Hampshire show voters split evenly. He laughed about the polls on the show.",
			want: []want{
				{"Campaign records from the last cycle", "", "show", CueReport, "he gave to both parties", Indirect},
				{"Polls in New Hampshire", "", "show", CueReport, "voters split evenly", Indirect},
			},
			none: []string{"on the show"},
		},
		{
			name: "a poll with \"out\" or \"there\" and a time after it is the source of show",
			text: "A State University poll out this week shows Smith with a small lead. Jones campaigned in Iowa. Polls there show Jones is trailing Brown.",
			want: []want{
				{"A State University poll out this week", "", "shows", CueReport, "Smith with a small lead", Indirect},
				{"Polls there", "", "show", CueReport, "Jones is trailing Brown", Indirect},
			},
		},
		{
			name: "a capitalised name after a poll leaves shows a verb; warning before signs is no cue",
			text: "A national poll released by The Daily Post and City News shows the mayor keeping his lead, but there are some warning signs for him. Other news shows did better.",
			want: []want{{"A national poll released by The Daily Post and City News", "", "shows", CueReport, "the mayor keeping his lead", Indirect}},
			none: []string{"signs for him", "did better"},
		},
		{
			name: "a claim in a relative clause of an opening subordinate clause is nested in a trailing said's content",
			text: "Even as the race moves to Ohio, a state that she hoped to win, the race will be tight, said Dan Brown, an analyst.",
			want: []want{{"Dan Brown, an analyst", "", "said", CueAssert, "Even as the race moves to Ohio, a state that she hoped to win, the race will be tight", Indirect}},
		},
		{
			name:   "saw, viewed and regarded are cues of view like see, with as in the object or a that-clause",
			text:   "The board saw the mayor as the right driver for the merger. Some voters viewed the senator as a spoiler. Her aides regard the race as lost. Early voters saw that the governor could win. She saw the truck from her porch.",
			reason: "past and synonymous forms of the view verbs (12 right, 7 wrong on train; view and views as nouns dropped)",
			want: []want{
				{"The board", "", "saw", CueBelieve, "the mayor as the right driver", Indirect},
				{"Some voters", "", "viewed", CueBelieve, "the senator as a spoiler", Indirect},
				{"Her aides", "", "regard", CueBelieve, "the race as lost", Indirect},
				{"Early voters", "", "saw", CueBelieve, "the governor could win", Indirect},
			},
			none: []string{"the truck from her porch"},
		},
		{
			name:   "expect, fear and decided are cues of belief and intention, hoping a participle of one",
			text:   "Many analysts expect the central bank to raise rates in March. Farmers fear the new tariffs will close their markets. The governor toured the coast on Friday, hoping to win back rural voters. The council decided that the vote would wait until June. The ruling sparked widespread fear and anger among tenants. They left for fear of reprisals.",
			reason: "PolNeAR annotates these verbs of expectation, fear, hope and decision (expect 11 right of 21, hoping 18 of 29, fear 14 of 20, decided with a clause 8 of 22 on train; decided to, 7 of 22 more, is left out); fear as a noun is none",
			want: []want{
				{"Many analysts", "", "expect", CueBelieve, "the central bank to raise rates", Indirect},
				{"Farmers", "", "fear", CueBelieve, "the new tariffs will close", Indirect},
				{"The governor", "", "hoping", CueBelieve, "to win back rural voters", Indirect},
				{"The council", "", "decided", CueBelieve, "the vote would wait", Indirect},
			},
			none: []string{"and anger among tenants", "of reprisals"},
		},
		{
			name:   "pointed to and talked about are phrasal cues whose object is the content, point and talk as nouns none",
			text:   "The mayor pointed to the drop in crime in the eastern districts. Ms. Ortiz talked about her years as a union organizer. The senator talks about tax relief at every stop. There has been loose talk about a recount. Turnout fell 12 percentage points to a record low.",
			reason: "PolNeAR annotates what a speaker points to or talks about (pointed to and its forms 30 right of 58 on train, talk about 30 of 62)",
			want: []want{
				{"The mayor", "", "pointed to", CueAssert, "the drop in crime", Indirect},
				{"Ms. Ortiz", "", "talked about", CueAssert, "her years as a union organizer", Indirect},
				{"The senator", "", "talks about", CueAssert, "tax relief", Indirect},
			},
			none: []string{"a recount", "a record low"},
		},
		{
			name:   "spoke about, spoke of and railed against are phrasal cues whose object is the content",
			text:   "The bishop spoke about the duty to welcome refugees. Mr. Dunn often speaks of his childhood in the mining towns. The candidate railed against the trade deal at a rally in Toledo. The spokesman would not speak to reporters.",
			reason: "PolNeAR annotates what a speaker speaks about or rails against (22 right of 30 on train)",
			want: []want{
				{"The bishop", "", "spoke about", CueAssert, "the duty to welcome refugees", Indirect},
				{"Mr. Dunn", "", "often speaks of", CueAssert, "his childhood in the mining towns", Indirect},
				{"The candidate", "", "railed against", CueAssert, "the trade deal", Indirect},
			},
			none: []string{"reporters"},
		},
		{
			name:   "respond to is a phrasal cue whose object is the content",
			text:   "A spokesman for the governor did not respond to a request for comment. The committee will respond to the audit next week.",
			reason: "PolNeAR annotates what a source does not respond to (17 right of 36 on train); responded stays a cue alone",
			want: []want{
				{"A spokesman for the governor", "", "did not respond to", CueAssert, "a request for comment", Indirect},
				{"The committee", "", "will respond to", CueAssert, "the audit", Indirect},
			},
		},
		{
			name:   "a request or message for comment not returned is what the speaker did not return, as one not responded to",
			text:   "The Sanders campaign did not return a request for comment on the plan. A spokeswoman for the mayor did not return a message for comment. The campaign did not return calls and emails seeking comment. Her lawyer could not immediately be reached for comment. He returned to Ohio on Monday.",
			reason: "PolNeAR marks 'did not return' with 'a request for comment' or 'a message for comment' (2 of 2 on train), not calls returned, nor 'could not be reached for comment' (0 of 3)",
			want: []want{
				{"The Sanders campaign", "", "did not return", CueAssert, "a request for comment on the plan", Indirect},
				{"A spokeswoman for the mayor", "", "did not return", CueAssert, "a message for comment", Indirect},
			},
			none: []string{"calls and emails", "be reached", "Ohio"},
		},
		{
			name:   "but not, but only and but that go on in the content; but and a new clause end it",
			text:   "The mayor said the bridge would reopen in May, but that the toll would double. Ms. Ortiz said she backs the levy, but not for schools. The senator said the bill was flawed, but he voted for it anyway.",
			reason: "after a comma, 'but that' with a subject, 'but not', 'but only' and 'but no' continue the gold content (16 of 16 changed on train); 'but' and a new clause ends it",
			want: []want{
				{"The mayor", "", "said", CueAssert, "reopen in May, but that the toll would double", Indirect},
				{"Ms. Ortiz", "", "said", CueAssert, "the levy, but not for schools", Indirect},
				{"The senator", "", "said", CueAssert, "the bill was flawed", Indirect},
			},
			none: []string{"he voted for it"},
		},
		{
			name:   "a quote split by its attribution with an occasion or an aside joins its halves",
			text:   "“We will win,” he said to applause, “because we are right.” “They will lose,” she said, smiling, “because they are wrong.”",
			reason: "PolNeAR's content of a split quote holds both halves, whatever short adverbial or aside follows the cue",
			want: []want{
				{"he", "", "said", CueAssert, "“We will win,” … “because we are right.”", Direct},
				{"she", "", "said", CueAssert, "“They will lose,” … “because they are wrong.”", Direct},
			},
		},
		{
			name:   "a trailing according-to reports its whole sentence, without the writer's opening link",
			text:   "Clinton performed well among voters who believe that Wall Street helps the economy, according to exit polls. But the publisher declined to renew the offer, according to an executive. Even so, in February he raised $5 million, according to his filings.",
			reason: "PolNeAR's content of the report is the sentence, not the claim in its relative clause, and leaves out an opening \"But\" or \"Even so,\"",
			want: []want{
				{"exit polls", "", "according to", CueReport, "Clinton performed well among voters who believe", Indirect},
				{"an executive", "", "according to", CueReport, "the publisher declined to renew the offer", Indirect},
				{"his filings", "", "according to", CueReport, "in February he raised $5 million", Indirect},
			},
			none: []string{"But the", "Even so"},
		},
		{
			name:   "a relative clause that holds a cue of its own is no part of the source",
			text:   "Barkley, who said he typically votes Democratic, said he likes Kasich. Dorothy Poynter, who grew up with Ali, said she was proud.",
			reason: "PolNeAR's source stops at the name before \"who said ...\", and keeps a describing clause",
			want: []want{
				{"Barkley", "", "said", CueAssert, "he likes Kasich", Indirect},
				{"Dorothy Poynter, who grew up with Ali", "", "said", CueAssert, "she was proud", Indirect},
			},
		},
		{
			name:   "after the cue, a relative clause that opens a claim of its own is no part of the source",
			text:   "“We will win,” said Tom Pike, who noted that the market was down. “We will lose,” said Ana Ruiz, who supports the mayor.",
			reason: "PolNeAR's source after the cue stops at the name before \"who noted that ...\", and keeps a clause of stance",
			want: []want{
				{"Tom Pike", "", "said", CueAssert, "“We will win,”", Direct},
				{"who", "", "noted", CueAssert, "that the market was down", Indirect},
				{"Ana Ruiz, who supports the mayor", "", "said", CueAssert, "“We will lose,”", Direct},
			},
		},
		{
			name:   "the content takes its clause's subject, the past it goes on with, and the quote's other half",
			text:   "The Club for Growth is reportedly spending $1.5 million on ads. The leader says he spoke to the mayor and asked him to resign. “We have every reason to talk,” he said of the two men, “because they need one another.” “It is a fine plan,” the mayor told reporters on Monday.\n“It will bring jobs to the city.”",
			reason: "PolNeAR's content holds the subject and auxiliary around a hedge, a past predicate after a present cue, both halves of a quote split by \"he said of ...,\", and a quote that is the next paragraph",
			want: []want{
				{"", "", "reportedly", CueClaim, "The Club for Growth is … spending $1.5 million", Indirect},
				{"The leader", "", "says", CueAssert, "he spoke to the mayor and asked him to resign", Indirect},
				{"he", "", "said", CueAssert, "“We have every reason to talk,” … “because they need one another.”", Direct},
				{"the mayor", "", "told", CueAssert, "“It is a fine plan,” … “It will bring jobs to the city.”", Direct},
			},
		},
		{
			name:   "a speech noun with its preposition and an ordinal occasion go with the cue",
			text:   "The pollster sounded a cautious note about the jobs report. The ministry acknowledged for the first time Friday that the files were lost. The mayor offered his early assessment of the budget.",
			reason: "PolNeAR's cue takes \"a cautious note about\" and \"for the first time Friday\"; after a possessive the noun is the content's",
			want: []want{
				{"The pollster", "", "sounded a cautious note about", CueAssert, "the jobs report", Indirect},
				{"The ministry", "", "acknowledged for the first time Friday", CueAssert, "the files were lost", Indirect},
				{"The mayor", "", "offered", CueAssert, "his early assessment of the budget", Indirect},
			},
		},
		{
			name:   "a clause between the addressee and a quote opens the content",
			text:   "Trump told The Washington Post he was “not quite there yet” on the deal. The speaker told a news conference they are “planting the seeds” for a deal. He told them Clinton “has a number of super PACs.”",
			reason: "PolNeAR's content starts at the clause's subject, not at the quote inside the clause",
			want: []want{
				{"Trump", "", "told", CueAssert, "he was “not quite there yet”", Mixed},
				{"The speaker", "", "told", CueAssert, "they are “planting the seeds”", Mixed},
				{"He", "", "told", CueAssert, "Clinton “has a number", Mixed},
			},
		},
		{
			name:   "whose with its noun, today and nearly stay in their parts, a poll share's comparison is the writer's",
			text:   "The carpenters' union, whose political arm has endorsed Mrs. Ruiz, met on Monday. USA TODAY reported that the group funded the trips. Organizers claimed nearly 400 delegates took part. Sixty percent of voters said they approve of the mayor, compared with 30 percent last year.",
			reason: "PolNeAR's source takes \"whose\" and a \"today\" before the cue, its content a \"nearly\" after the cue, and it leaves out the writer's comparison after a share of those polled",
			want: []want{
				{"whose political arm", "", "has endorsed", CueAssert, "Mrs. Ruiz", Indirect},
				{"USA TODAY", "", "reported", CueReport, "that the group funded the trips", Indirect},
				{"Organizers", "", "claimed", CueClaim, "nearly 400 delegates took part", Indirect},
				{"Sixty percent of voters", "", "said", CueAssert, "they approve of the mayor", Indirect},
			},
			none: []string{"compared with"},
		},
		{
			name:   "the predicate framing an infinitive cue, a gesture and a plea go with the cue",
			text:   "At the forum, Mr. Ortiz was prompted to say: “The vote was fair.” The governor used the speech to try to refute the critics. “We are like old friends,” he said with a grin. The former aide pleaded guilty to lying to investigators.",
			reason: "PolNeAR's cue runs from the source to the infinitive, and takes \"with a grin\" as it takes a manner adverb and \"guilty\" after \"pleaded\"",
			want: []want{
				{"Mr. Ortiz", "", "was prompted to say", CueAssert, "The vote was fair.", Direct},
				{"The governor", "", "used the speech to try to refute", CueDeny, "the critics", Indirect},
				{"he", "", "said with a grin", CueAssert, "We are like old friends", Direct},
				{"The former aide", "", "pleaded guilty", CueAssert, "to lying to investigators", Indirect},
			},
		},
		{
			name:   "a record in the progressive shows its content: polling is showing, estimates are showing",
			text:   "Recent polling is showing the mayor has a large lead. The county's early estimates are showing that turnout fell. The drivers are showing signs of fatigue.",
			reason: "as \"polls showing\" and \"polls show\" are cues, so is the progressive after a record; after a noun of people \"showing\" is no report",
			want: []want{
				{"Recent polling", "", "is showing", CueReport, "the mayor has a large lead", Indirect},
				{"The county's early estimates", "", "are showing", CueReport, "that turnout fell", Indirect},
			},
			none: []string{"signs of fatigue"},
		},
		{
			name:   "a subject pronoun after a verb of telling opens its clause, it is no addressee",
			text:   "The exporters have warned they could cut shipments. The union warned the board it would strike.",
			reason: "\"warned they could\": a subject pronoun cannot be told, so the content opens with it; a noun phrase after the verb stays the addressee",
			want: []want{
				{"The exporters", "", "have warned", CueAssert, "they could cut shipments", Indirect},
				{"The union", "", "warned", CueAssert, "it would strike", Indirect},
			},
		},
		{
			name:   "make with a noun of speech is a cue: made the point that, made a plea for, made statements about",
			text:   "The mayor also made the point that the budget was balanced. The senator made a plea for the party to unite. The candidate has made conflicting statements about taxes. The paper made the same allegations against the union. The governor made similar comments. The grant helped the city make the case for a new bridge.",
			reason: "PolNeAR's cue runs from the verb to the noun and its preposition; a noun with no content after it (\"made similar comments\") and a bare \"make\" after an object are none",
			want: []want{
				{"The mayor", "", "also made the point", CueAssert, "that the budget was balanced", Indirect},
				{"The senator", "", "made a plea for", CueAssert, "the party to unite", Indirect},
				{"The candidate", "", "has made conflicting statements about", CueAssert, "taxes", Indirect},
				{"The paper", "", "made the same allegations against", CueAccuse, "the union", Indirect},
			},
			nocue: []string{"made similar comments", "make the case for", "made"},
		},
		{
			name:   "a said inside an according-to content stays in it, whole, with the according-to source",
			text:   "According to the ministry, the minister said the talks failed.",
			reason: "PolNeAR marks the according-to claim with the reported speech in its content (\"According to the school's post, al Ashry said ...\") and no second claim for the inner said",
			want:   []want{{"the ministry", "", "According to", CueReport, "the minister said the talks failed", Indirect}},
			nocue:  []string{"said"},
		},
		{
			name:   "a ruling is the court's: ruled, the court's ruling that, in a ruling that, issued a ruling that",
			text:   "The judge ruled that the search was unlawful. In a ruling that the stop was lawful, the appeals court sent the case back. The panel issued a ruling that the map was void. The tenants welcomed the board's ruling that the rent was too high. It was a ruling that paved the way for the merger.",
			reason: "a nominal cue issued by its source: the subject after the comma or before the verb of issuing; a verb right after \"that\" makes a relative clause",
			want: []want{
				{"The judge", "", "ruled", CueAssert, "that the search was unlawful", Indirect},
				{"the appeals court", "", "ruling", CueAssert, "that the stop was lawful", Indirect},
				{"The panel", "", "ruling", CueAssert, "that the map was void", Indirect},
				{"The tenants", "", "welcomed", CueAssert, "the board's ruling that the rent was too high", Indirect},
			},
			none: []string{"paved the way", "the stop was lawful, the appeals"},
		},
		{
			name:   "a plea of not guilty denies the charges: the plea is the cue, the charges the content",
			text:   "Smith pleaded not guilty to fraud charges on Tuesday. The driver has pleaded not guilty. The clerk pleaded guilty to theft.",
			reason: "as PolNeAR's cue takes \"guilty\" after \"pleaded\" with the charge for the content, and \"not guilty\" for the content when no charge follows",
			want: []want{
				{"Smith", "", "pleaded not guilty", CueDeny, "to fraud charges", Indirect},
				{"The driver", "", "has pleaded", CueDeny, "not guilty", Indirect},
				{"The clerk", "", "pleaded guilty", CueAssert, "to theft", Indirect},
			},
		},
		{
			name:   "in a statement or on Twitter right after the cue is part of the cue",
			text:   "The agency said in a statement that the plant was safe. “We will rebuild,” the mayor said in a statement. The union said in a statement Sunday that talks had stalled. The senator wrote on Twitter that the vote was rigged.",
			reason: "PolNeAR's cue takes 'in a statement' 46 times and leaves it out 20 times on train ('on Twitter' 9 and 5); with a time after it, the cue stays the verb",
			want: []want{
				{"The agency", "", "said in a statement", CueAssert, "the plant was safe", Indirect},
				{"the mayor", "", "said in a statement", CueAssert, "We will rebuild", Direct},
				{"The union", "", "said", CueAssert, "talks had stalled", Indirect},
				{"The senator", "", "wrote on Twitter", CueAssert, "the vote was rigged", Indirect},
			},
		},
		{
			name:   "that and a comma before an aside open the content",
			text:   "The study found that, on average, rents rose faster than wages.",
			reason: "PolNeAR's content opens with the 'that' before an aside's comma (10 exact matches gained on train, none lost)",
			want:   []want{{"The study", "", "found", CueReport, "that, on average, rents rose", Indirect}},
		},
		{
			name:   "a slash joins the names of a joint poll",
			text:   "A new CBS/Gallup poll found that most voters distrust both parties.",
			reason: "'CNN/ORC', 'Reuters/Ipsos': the mention runs over the slash (11 exact matches gained on train)",
			want:   []want{{"A new CBS/Gallup poll", "", "found", CueReport, "most voters distrust both parties", Indirect}},
		},
		{
			name:   "after according to and its source, a relative, a title or a part is no more content",
			text:   "Turnout rose sharply, according to Jane Roe, director of the county survey center. Fees doubled, according to the county, where 40 delegates are at stake. Costs fell, according to the report, one of three released this week.",
			reason: "the writer's words after 'CONTENT, according to SOURCE,' (2 exact matches gained on train, none lost)",
			want: []want{
				{"Jane Roe", "", "according to", CueReport, "Turnout rose sharply", Indirect},
				{"the county", "", "according to", CueReport, "Fees doubled", Indirect},
				{"the report", "", "according to", CueReport, "Costs fell", Indirect},
			},
			none: []string{"director of", "where 40", "one of three"},
		},
		{
			name:   "then and now before a cue are part of the cue",
			text:   "The senator then said that the vote was rigged. Her aide now says the count was fair. He smiled and then insisted that he had won.",
			reason: "PolNeAR's cue takes 'then', 'now', 'again' and 'further' (29 to 5 on train), but not after 'and' (3 to 1)",
			want: []want{
				{"The senator", "", "then said", CueAssert, "the vote was rigged", Indirect},
				{"Her aide", "", "now says", CueAssert, "the count was fair", Indirect},
				{"He", "", "insisted", CueAssert, "he had won", Indirect},
			},
		},
		{
			name:   "a participle aside after the mention is not part of the source",
			text:   "Mr. Dunn, speaking at a rally in Dayton, said the plant would stay open. Several governors, including Ms. Hale, said the plan was too costly.",
			reason: "PolNeAR's source leaves out the writer's participle aside (28 to 4 on train); 'including' lists members of the source",
			want: []want{
				{"Mr. Dunn", "", "said", CueAssert, "the plant would stay open", Indirect},
				{"Several governors, including Ms. Hale", "", "said", CueAssert, "the plan was too costly", Indirect},
			},
		},
		{
			name:   "an attitude shown is part of the cue",
			text:   "The governor expressed concern about the cost of the plan. The mayor voiced support for the levy. The chairman has shown little inclination to compromise. The union expressed confidence that the strike would end.",
			reason: "PolNeAR's cue takes the noun of 'expressed concern about', 'voiced support for' (30 to 2 on train)",
			want: []want{
				{"The governor", "", "expressed concern about", CueAssert, "the cost of the plan", Indirect},
				{"The mayor", "", "voiced support for", CueAssert, "the levy", Indirect},
				{"The chairman", "", "has shown little inclination", CueReport, "to compromise", Indirect},
				{"The union", "", "expressed confidence", CueAssert, "that the strike would end", Indirect},
			},
		},
		{
			name:   "a weekday that ends the sentence after the cue is part of the cue",
			text:   "“We will not back down,” the mayor said Tuesday. The council said Monday that it would vote.",
			reason: "PolNeAR's cue takes a sentence-final weekday 22 times on train and leaves it out 11 times; before 'that' it is split evenly",
			want: []want{
				{"the mayor", "", "said Tuesday", CueAssert, "We will not back down", Direct},
				{"The council", "", "said", CueAssert, "it would vote", Indirect},
			},
		},
		{
			name:   "present forms of cue verbs, as headlines and reports use them",
			text:   "Absent Governor derides debate\n\nThe panel recommends that the city raise its fees. The council chided the mayor for the delay.",
			reason: "the past forms are cues already ('derided', 'recommended'); 13 of 18 claims added on train are right",
			want: []want{
				{"Absent Governor", "", "derides", CueAccuse, "debate", Indirect},
				{"The panel", "", "recommends", CueAssert, "the city raise its fees", Indirect},
				{"The council", "", "chided", CueAccuse, "the mayor for the delay", Indirect},
			},
		},
		{
			name:   "a title-case headline's content ends where its next clause begins",
			text:   "Senators Call For Action While Governors Tweet Prayers\n\nMayor Says Hackers Broke Into Servers, Calls Audit ‘Troubling.’\n\nThe council met on Monday.",
			reason: "headlines drop the comma and 'that' that mark a clause in prose; PolNeAR's content stops before 'While', 'After', 'Amid' and a second verb",
			want: []want{
				{"Senators", "", "Call For", CueAssert, "Action", Indirect},
				{"Mayor", "", "Says", CueAssert, "Hackers Broke Into Servers", Indirect},
			},
			none: []string{"While Governors", "Calls Audit"},
		},
		{
			name:   "a dash in a title-case headline ends the content before a clause of the writer's",
			text:   "Senator Jones Just Revealed Who She Would Pick For Judge – It Might Surprise You\n\nThe council met on Monday.",
			reason: "the clause after the dash is the headline writer's teaser, not what was revealed",
			want: []want{
				{"Senator Jones", "", "Just Revealed", CueAssert, "Who She Would Pick For Judge", Indirect},
			},
			none: []string{"Surprise"},
		},
		{
			name:   "a headline's label with a verb in the present before its colon",
			text:   "Jane Roe heckles council members: 'You are wasting our time.'\n\nThe council met on Monday.",
			reason: "PolNeAR's source is the name and its cue the predicate with the colon (2 headlines on train gained, 1 lost)",
			want: []want{
				{"Jane Roe", "", "heckles council members:", CueAssert, "You are wasting our time.", Direct},
			},
		},
		{
			name:   "a tell verb's addressee after a possessive",
			text:   "The governor told his aides he would soften his tone. The mayor told their audience they would win.",
			reason: "as after 'the': 'told the aides he would'; the content is the clause after the addressee",
			want: []want{
				{"The governor", "", "told", CueAssert, "he would soften his tone", Indirect},
				{"The mayor", "", "told", CueAssert, "they would win", Indirect},
			},
			none: []string{"aides he", "audience they"},
		},
		{
			name:   "title case leaves prepositions and articles in lower case",
			text:   "Governor Lee Calls for Inquiry after Audit Reveals Gaps in the Budget\n\nThe council met on Monday.",
			reason: "a headline with 'for', 'after', 'in', 'the' low is still in title case, where a capitalised 'Calls' is a verb",
			want: []want{
				{"Governor Lee", "", "Calls for", CueAssert, "Inquiry", Indirect},
			},
			none: []string{"after Audit"},
		},
		{
			name:   "in a title-case headline the auxiliaries and adverbs before the cue are the cue's",
			text:   "Governor Lee Just Revealed Who He Backs For Mayor\n\nMayor Brown May Not Have Said That The Plan Failed\n\nThe governor spoke on Monday.",
			reason: "as in lower case ('just said', 'may not have said'); PolNeAR's cue takes them (9 headlines on train)",
			want: []want{
				{"Governor Lee", "", "Just Revealed", CueAssert, "Who He Backs For Mayor", Indirect},
				{"Mayor Brown", "", "May Not Have Said", CueAssert, "The Plan Failed", Indirect},
			},
		},
		{
			name:   "the opening of a sentence that a lower-case quote after 'he said,' goes on with is content",
			text:   "A longer recession, he said, “could be a good time to borrow.” Asked about the vote, she said, “It was fair.”",
			reason: "PolNeAR's content holds the opening words and the quote (18 exact matches gained on train, 7 lost); a quote in capitals is a sentence of its own",
			want: []want{
				{"he", "", "said", CueAssert, "A longer recession … “could be a good time to borrow.”", Mixed},
				{"she", "", "said", CueAssert, "“It was fair.”", Direct},
			},
			none: []string{"Asked about the vote, she"},
		},
		{
			name:   "two plural nouns joined by and make one mention",
			text:   "Local reporters and editors say the paper will close. He thanked Reuters and added that the deal was done.",
			reason: "'RNC members and officials', 'attorneys and legal experts' (11 exact matches gained on train, 2 lost); a verb after 'and' still ends the mention",
			want: []want{
				{"Local reporters and editors", "", "say", CueAssert, "the paper will close", Indirect},
				{"He", "", "added", CueAssert, "the deal was done", Indirect},
			},
		},
		{
			name:   "a quantity put as one number out of another is one mention",
			text:   "About two out of three members said they would strike. Nine out of 10 doctors said the drug was safe.",
			reason: "PolNeAR's source is the whole quantity with its noun, not the noun after \"out of\"",
			want: []want{
				{"About two out of three members", "", "said", CueAssert, "they would strike", Indirect},
				{"Nine out of 10 doctors", "", "said", CueAssert, "the drug was safe", Indirect},
			},
		},
		{
			name:   "the words that bound a quantity belong to the mention",
			text:   "At least half of the members said they would strike. About four in 10 voters said the economy was poor. Only 12 percent said they were undecided.",
			reason: "'At least half of voters', 'More than 50 experts' (train ATTR-E 16 gained, 3 lost)",
			want: []want{
				{"At least half of the members", "", "said", CueAssert, "they would strike", Indirect},
				{"About four in 10 voters", "", "said", CueAssert, "the economy was poor", Indirect},
				{"Only 12 percent", "", "said", CueAssert, "they were undecided", Indirect},
			},
		},
		{
			name:   "a list of names that opens the sentence is one mention",
			text:   "Ann Cole, Bob Dunn and Carl Eck said they would attend. In Ohio, Dunn and Eck said they would not.",
			reason: "'Carson, Fiorina and Huckabee say ...' (3 sources corrected on train, none lost); an opening adverbial is no name",
			want: []want{
				{"Ann Cole, Bob Dunn and Carl Eck", "", "said", CueAssert, "they would attend", Indirect},
				{"Dunn and Eck", "", "said", CueAssert, "they would not", Indirect},
			},
		},
		{
			name:   "a name with two appositives is the mention, not its title",
			text:   "Ruth Hale, director of the Ohio Builders Fund, a trade group based in Dayton, said the rules were too strict. Ann Cole, an actor in Dallas, who runs a small theater, said the rent was too high.",
			reason: "'Gustav Ando, research director for IHS Life Sciences, a business information company, said', 'Willie Minor, an actor in Dallas, who runs a theater company, recalled' (11 sources corrected on train, none lost)",
			want: []want{
				{"Ruth Hale, director of the Ohio Builders Fund, a trade group based in Dayton", "", "said", CueAssert, "the rules were too strict", Indirect},
				{"Ann Cole, an actor in Dallas, who runs a small theater", "", "said", CueAssert, "the rent was too high", Indirect},
			},
		},
		{
			name:   "a writer's aside of several words between the mention and the cue is no appositive",
			text:   "Critics of the plan, on the other hand, argued that it was too costly.",
			reason: "'Supporters of abortion rights, on the other hand, argued' (2 sources corrected on train, none lost)",
			want:   []want{{"Critics of the plan", "", "argued", CueAssert, "it was too costly", Indirect}},
		},
		{
			name:   "a contracted auxiliary after a pronoun opens the cue, not the mention",
			text:   "The mayor could win the county easily, they’ve suggested. But she’ll likely insist that the race is close.",
			reason: "'they’ve suggested', 'she’ll likely want': PolNeAR's source is the pronoun (on train 48 times to 2)",
			want: []want{
				{"they", "", "’ve suggested", CueAssert, "The mayor could win the county easily", Indirect},
				{"she", "", "’ll likely insist", CueAssert, "the race is close", Indirect},
			},
		},
		{
			name:   "a concessive or frequency adverb between the mention and the cue",
			text:   "The governor has nevertheless called the plan a mistake. The senator seldom speaks of his brother.",
			reason: "'Clinton has nevertheless called', 'Mr. Trump seldom speaks of': the adverb is no mention",
			want: []want{
				{"The governor", "", "has nevertheless called", CueAssert, "the plan a mistake", Indirect},
				{"The senator", "", "seldom speaks of", CueAssert, "his brother", Indirect},
			},
		},
		{
			name:   "a cue inside a relative clause has the relative pronoun as source",
			text:   "The mayor, who has often stumbled while talking about the budget, made no comment.",
			reason: "'Trump, who has often struggled while talking about the issue, made no comment': PolNeAR's source is who",
			want:   []want{{"who", "", "talking about", CueAssert, "the budget", Indirect}},
		},
		{
			name:   "a pronoun or a paired modifier coordinated into the mention",
			text:   "After the vote he and his lawyer have said the deal was fair. Many current and former aides argued that the plan would fail.",
			reason: "'he and Brafman had basically said', 'current and former officials ... have said': the mention holds both",
			want: []want{
				{"he and his lawyer", "", "have said", CueAssert, "the deal was fair", Indirect},
				{"Many current and former aides", "", "argued", CueAssert, "the plan would fail", Indirect},
			},
		},
		{
			name:   "a participle after a subordinate clause with a named subject is that subject's",
			text:   "The rally went on for an hour, when the students interrupted the mayor, shouting that the tax was unfair.",
			reason: "'The first incident came during a speech, when Sanders protesters interrupted her speech, shouting ...': the protesters shout; a pronoun there ('after they came out, saying') still defers to the main clause",
			want:   []want{{"the students", "", "shouting", CueAssert, "the tax was unfair", Indirect}},
		},
		{
			name:   "a participle after a clause coordinated with its own subject is that subject's",
			text:   "Residents say the new fees are too high, and the tenants union has sued the city, saying the fees break the law.",
			reason: "'Protest groups say ..., and the ACLU of Ohio has already sued the city over the rules, saying ...': the union says it",
			want:   []want{{"the tenants union", "", "saying", CueAssert, "the fees break the law", Indirect}},
		},
		{
			name:   "a publisher in the progressive speaks for what it puts out",
			text:   "The governor is releasing a new radio ad that urges voters in the state to “reject the tax.”",
			reason: "'Sanders is releasing a new 30-second ad that urges voters ...': the publisher is the source, as with 'released a video that said'",
			want:   []want{{"The governor", "", "urges", CueAssert, "voters in the state to “reject the tax.”", Mixed}},
		},
		{
			name:   "a publisher of two coordinated objects speaks for them",
			text:   "A union group launched a short film and ad campaign that attacked the mayor's record on jobs.",
			reason: "'A pro-Newt Gingrich PAC launched a mini-documentary and ad campaign that attacked ...': the objects are joined by 'and'",
			want:   []want{{"A union group", "", "attacked", CueAccuse, "the mayor's record on jobs", Indirect}},
		},
		{
			name:   "a passive report's agent is the source and its subject the content",
			text:   "The mayor's resignation was first reported by the Daily Herald on Monday. Her remarks were quickly criticized by the governor.",
			reason: "'The meeting was first reported by Politico': PolNeAR's source is the agent, the content the subject",
			want: []want{
				{"the Daily Herald", "", "was first reported", CueReport, "The mayor's resignation", Indirect},
				{"the governor", "", "were quickly criticized", CueAccuse, "Her remarks", Indirect},
			},
		},
		{
			name:   "a passive's agent may be a group counted by its size or kind, and a time may stand before it",
			text:   "The levy was rejected by 61 percent of the voters. The plan was sharply criticized by local economists. The mayor was endorsed Friday by the Daily Herald. Taxes will be backed by higher fees.",
			reason: "'This proposal was rejected by 64 percent of the electorate', 'was supported Friday by Sen. Feinstein': PolNeAR's source is the agent",
			want: []want{
				{"61 percent of the voters", "", "was rejected", CueDeny, "The levy", Indirect},
				{"local economists", "", "was sharply criticized", CueAccuse, "The plan", Indirect},
				{"the Daily Herald", "", "was endorsed", CueAssert, "The mayor", Indirect},
			},
			none: []string{"Taxes"},
		},
		{
			name:   "a participle cue after \"has been\" or \"would be\" is a progressive with the subject before",
			text:   "The governor has been warning that the fund is running out of cash. Many lawmakers would be urging him to resign.",
			reason: "'Puerto Rico has been warning that it is running out of cash', 'many Democrats would be asking him to step aside'",
			want: []want{
				{"The governor", "", "has been warning", CueAssert, "the fund is running out of cash", Indirect},
				{"Many lawmakers", "", "would be urging", CueAssert, "him to resign", Indirect},
			},
		},
		{
			name:   "a subject the other rules cannot take apart runs from the sentence's start to the cue",
			text:   "A study by two economists at the state university concluded that the tax would raise $2 billion. Nearly nine out of 10 say they expect prices to rise. Those over 60 say they feel that way. The council denounced what he called a reckless plan. Many of you have noted the change in tone. While 80 percent of voters liked the mayor, 43 said the same for her rival.",
			reason: "'A study by Vanderbilt University and the Pennsylvania State University Graduate School of Education found that ...', 'Nearly nine out of 10 say ...', 'Many of you have noted', 'While 86 percent ..., 43 said the same for Sanders': PolNeAR's source is the whole mention",
			want: []want{
				{"A study by two economists at the state university", "", "concluded", CueAssert, "the tax would raise $2 billion", Indirect},
				{"Nearly nine out of 10", "", "say", CueAssert, "they expect prices to rise", Indirect},
				{"Those over 60", "", "say", CueAssert, "they feel that way", Indirect},
				{"Many of you", "", "have noted", CueAssert, "the change in tone", Indirect},
				{"43", "", "said", CueAssert, "the same for her rival", Indirect},
			},
		},
		{
			name:   "a lone gerund is no speaker",
			text:   "But ignoring is what the candidates have done, refusing to answer the questionnaire. Audit files show that two accounts ran searches of the data, searching lists of voters most likely to back her.",
			reason: "'But ignoring is what ... hopefuls have done, by refusing to answer': 'ignoring' is no source; nor 'searching' of 'searching lists'",
			want:   []want{{"Audit files", "", "show", CueReport, "two accounts ran searches of the data", Indirect}},
			none:   []string{"to answer the questionnaire", "Audit files show that"},
		},
		{
			name:   "an adverb or a negated auxiliary is no mention",
			text:   "The plan is essentially a call for more spending. The mayor has repeatedly made other public promises to cut taxes.",
			reason: "'Clinton's candidacy is essentially a call for more of the same', 'Trump has repeatedly made other public promises': no speaker 'essentially' or 'repeatedly made other public'",
			none:   []string{"more spending", "to cut taxes"},
		},
		{
			name:   "an aspect verb before a participle cue belongs to the cue",
			text:   "The senator kept asking her why the office had waited. The mayor has lately started asking residents to conserve water.",
			reason: "'Sen. Ron Johnson kept asking her why ...', 'Mr. Trump has lately started asking his supporters to ...': the subject is before the aspect verb, which the cue holds",
			want: []want{
				{"The senator", "", "kept asking", CueAssert, "why the office had waited", Indirect},
				{"The mayor", "", "has lately started asking", CueAssert, "residents to conserve water", Indirect},
			},
		},
		{
			name:   "a cue after continued to or tried to is the subject's, with or without a quote",
			text:   "The manager continued to insist that he never touched the reporter. The governor has tried to explain her support for the deal.",
			reason: "'Lewandowski continued to assert that he never made contact with Fields', 'Clinton has tried to explain her support for the deal': unlike 'declined to say whether', words are reported",
			want: []want{
				{"The manager", "", "continued to insist", CueAssert, "he never touched the reporter", Indirect},
				{"The governor", "", "has tried to explain", CueAssert, "her support for the deal", Indirect},
			},
		},
		{
			name:   "a cue verb's base form after went on to, continued to or tried to",
			text:   "The senator went on to criticize the board for its silence. The mayor continued to question whether the audit was fair.",
			reason: "'Trump went on to criticize the Democratic National Convention', 'Trump continued to question whether ...': the lexicon lists 'criticized', 'questioned'",
			want: []want{
				{"The senator", "", "went on to criticize", CueAccuse, "the board for its silence", Indirect},
				{"The mayor", "", "continued to question", CueClaim, "whether the audit was fair", Indirect},
			},
		},
		{
			name:   "a cue after a platform taken to speak from is the subject's",
			text:   "The senator took to Twitter to deny the report. The mayor appeared on “Fox News Sunday” to defend her budget. The governor used his keynote speech to call for a new tax.",
			reason: "'Lanny Davis appeared on “Fox & Friends” to defend her', 'Ramos used his acceptance speech to call for the resignation of ...': PolNeAR marks the speech the platform was taken for, 12 of the 17 train claims the rule added",
			want: []want{
				{"The senator", "", "took to Twitter to deny", CueDeny, "the report", Indirect},
				{"The mayor", "", "appeared on “Fox News Sunday” to defend", CueAssert, "her budget", Indirect},
				{"The governor", "", "used his keynote speech to call for", CueAssert, "a new tax", Indirect},
			},
		},
		{
			name:   "no platform: an oath taken, a sight, a purpose of another infinitive",
			text:   "The cadets took the oath to defend the constitution. The president visited the court to view the casket. The senator went on to criticize the board for its failure to mention the audit.",
			reason: "'took the stage to acknowledge' is a platform, 'the oath' none; 'visited the court to view' is no speech; 'its failure to mention' is the failure's purpose, not 'went on''s",
			want:   []want{{"The senator", "", "went on to criticize", CueAccuse, "the board for its failure to mention the audit", Indirect}},
			none:   []string{"the constitution", "the casket"},
		},
		{
			name:   "a cue after was quick to is the subject's",
			text:   "The coach was quick to point out that the team had won twice.",
			reason: "'Advisers to Mr. Rubio are quick to point out that he has placed second': PolNeAR's cue reads 'are quick to point out'",
			want:   []want{{"The coach", "", "was quick to point out", CueAssert, "the team had won twice", Indirect}},
		},
		{
			name:   "the subject before a present-tense continues to",
			text:   "He continues to insist that the plant will stay open. Voters continue to express doubts about the plan.",
			reason: "'He continues to insist that he will fight on', 'voters ... continue to express negative feelings': the verb before the infinitive is not past",
			want: []want{
				{"He", "", "continues to insist", CueAssert, "the plant will stay open", Indirect},
				{"Voters", "", "continue to express", CueAssert, "doubts about the plan", Indirect},
			},
		},
		{
			name:   "a cue after more likely to is the subject's",
			text:   "Older voters were slightly more likely to say that the mayor should resign.",
			reason: "'Caucus-goers were slightly more likely to say they preferred Clinton': PolNeAR's cue reads 'were slightly more likely to say'",
			want:   []want{{"Older voters", "", "were slightly more likely to say", CueAssert, "the mayor should resign", Indirect}},
		},
		{
			// a sentence whose own subject and cue make a
			// claim keeps it when a trailing "according to" relays the whole sentence: both the
			// government's denial and the ombudsman's report of it are claims.
			name: "a sentence whose own subject and cue make a claim keeps it when a trailing \"according to\" relays the whole sentence",
			text: "Peru's government on Sunday denied that police used firearms against demonstrators, according to the country's ombudsman. The toll rose to 11, according to the ombudsman.",
			want: []want{
				{"Peru's government", "", "denied", CueDeny, "police used firearms against demonstrators", Indirect},
				{"the country's ombudsman", "", "according to", CueReport, "Peru's government on Sunday denied that police used firearms against demonstrators", Indirect},
				{"the ombudsman", "", "according to", CueReport, "The toll rose to 11", Indirect},
			},
		},
		{
			// a place after "off" belongs to the mention, as one after "near"
			// does: "Several survivors of the shipwreck off Greece told investigators ...".
			name: "a place after \"off\" belongs to the mention, as one after \"near\" does",
			text: "Several survivors of the shipwreck off Greece told investigators that the boat was towed.",
			want: []want{
				{"Several survivors of the shipwreck off Greece", "", "told", CueAssert, "the boat was towed", Indirect},
			},
		},
		{
			// "drawn criticism from fans for its prices" has the fans
			// for its source and the grounds in its content, not a source that runs on into them.
			name: "\"drawn criticism from fans for its prices\" has the fans for its source and the grounds in its content, not a source that runs on into them",
			text: "The game sold well, but it has also drawn criticism from fans for its reliance on paid items.",
			want: []want{
				{"fans", "", "has also drawn criticism", CueAccuse, "for its reliance on paid items", Indirect},
			},
		},
		{
			// "Their research into the menu and data from the
			// app shows" has the whole opening phrase for its source.
			name: "\"Their research into the menu and data from the app shows\" has the whole opening phrase for its source",
			text: "Their research into the menu and data from the app shows that salads are not light.",
			want: []want{
				{"Their research into the menu and data from the app", "", "shows", CueReport, "salads are not light", Indirect},
			},
		},
		{
			// "the “Young General,” as he is known, was ..." goes on past
			// the aside on the name.
			name: "\"the “Young General,” as he is known, was ...\" goes on past the aside on the name",
			text: "The agency said the “Young General,” as he is known, was in a poor condition.",
			want: []want{
				{"The agency", "", "said", CueAssert, "was in a poor condition", Mixed},
			},
		},
		{
			// a description with a relative clause whose closing
			// comma is missing ("Ann Lee, the lawyer for the woman who filmed the alleged fight outside
			// said") leaves the name with its description as the source, not the relative's object.
			name: "a description with a relative clause whose closing comma is missing",
			text: "Ann Lee, the lawyer for the woman who filmed the alleged fight outside said that the video was real.",
			want: []want{
				{"Ann Lee, the lawyer for the woman who filmed the alleged fight outside", "Ann Lee", "said", CueAssert, "the video was real", Indirect},
			},
		},
		{
			// "Bolton distanced himself by saying ..." is a clause
			// with its verb before "by", not a participle clause opening the sentence ("By saying ...,
			// Bolton ..."); the subject says it.
			name: "\"Bolton distanced himself by saying ...\" is a clause with its verb before \"by\", not a participle clause opening the sentence",
			text: "Bolton distanced himself by saying the plan was wrong.",
			want: []want{
				{"Bolton", "", "saying", CueAssert, "the plan was wrong", Indirect},
			},
		},
		{
			// "was magnanimous in declaring ..." gives the subject of the
			// predicate as the participle's source.
			name: "\"was magnanimous in declaring ...\" gives the subject of the predicate as the participle's source",
			text: "The mayor has been very vocal in rejecting the new budget plan.",
			want: []want{
				{"The mayor", "", "rejecting", CueDeny, "the new budget plan", Indirect},
			},
		},
		{
			// "in" with a participle after a predicate that judges how right the
			// subject was ("The blog has been accurate in predicting ...") is no statement of the
			// subject's.
			name:    "\"in\" with a participle after a predicate that judges how right the subject was",
			text:    "The blog has been accurate in predicting recent phone launches.",
			noClaim: true,
		},
		{
			// a name with an age and a home after "of" or "from" whose closing
			// comma is missing ("Ann Lee, 26, of Leeds said") is the source, not the place.
			name: "a name with an age and a home after \"of\" or \"from\" whose closing comma is missing",
			text: "Ann Lee, 26, of Leeds said she had not planned the stay.",
			want: []want{
				{"Ann Lee, 26, of Leeds", "Ann Lee", "said", CueAssert, "she had not planned the stay", Indirect},
			},
		},
		{
			// a participle phrase that opens the sentence before the
			// subject ("Speaking to the Herald, a city spokesperson said") is no part of the source.
			name: "a participle phrase that opens the sentence before the subject",
			text: "Speaking to the Herald, a city spokesperson said the bridge was safe.",
			want: []want{
				{"a city spokesperson", "", "said", CueAssert, "the bridge was safe", Indirect},
			},
		},
		{
			// "claim" or "claims" right after a determiner is the noun ("The
			// claims are false", "this claim that you can fly is silly"), no verb whose subject comes
			// before it; its maker after "made by" (past an aside) or "from" is the noun's source.
			name:    "\"claim\" or \"claims\" right after a determiner is the noun",
			text:    "The claims are false. So the physics of the claim is silly. So this claim that you can fly is silly.",
			noClaim: true,
		},
		{
			name: "\"claim\" or \"claims\" right after a determiner is the noun; its maker after \"made by\" or \"from\" is its source",
			text: "The mayor was answering a claim made by Rep. Ann Lee, R-Utah, that the bridge was unsafe. The paper ran a claim from a city councilman that the dam had cracked.",
			want: []want{
				{"Rep. Ann Lee", "", "claim", CueClaim, "the bridge was unsafe", Indirect},
				{"a city councilman", "", "claim", CueClaim, "the dam had cracked", Indirect},
			},
		},
		{
			// a participle of a cue after a number and before its noun
			// ("killed nine alleged militants") is an adjective, no claim.
			name:    "a participle of a cue after a number and before its noun",
			text:    "The strike killed nine alleged militants near the border. Police are treating these two reported incidents as linked.",
			noClaim: true,
		},
		{
			// an opening as-clause whose cue takes its own that-clause or noun
			// phrase ("As no one could predict the success of the show, ...") has that for its content,
			// not the clause after the comma; a verb of telling's addressee leaves the clause after it.
			name: "an opening as-clause whose cue takes its own that-clause or noun phrase",
			text: "As the mayor announces that he is ready for the fight, he is set to sign the orders. As Ann Lee told the Herald, the bridge is safe.",
			want: []want{
				{"the mayor", "", "announces", CueAssert, "that he is ready for the fight", Indirect},
				{"Ann Lee", "", "told", CueAssert, "the bridge is safe", Indirect},
			},
		},
		{
			// a participle in -ed with "as" and no object after a comma or a
			// noun ("the driver, identified only as Rob, ...", "in which Lee gave a man identified as
			// “Tom” ...") modifies the noun; an object relative keeps its claim ("whom he identified
			// as a son").
			name:    "a participle in -ed with \"as\" and no object after a comma or a noun",
			text:    "The agents surprised the driver, identified only as Rob, with a tip. It was a test in which Ann Lee gave a man identified as “Tom” ten dollars.",
			noClaim: true,
		},
		{
			name: "a participle in -ed with \"as\" and no object after a comma or a noun, but an object relative keeps its claim (\"whom they identified as\")",
			text: "Police held a boy whom they identified as a son of the leader.",
			want: []want{
				{"they", "", "identified", CueAssert, "as a son of the leader", Indirect},
			},
		},
		{
			// a verb in the present in -s after a name and before its
			// object ends the subject of a coordinated cue ("Lee delivers a statement condemning the war
			// and says ...").
			name: "a verb in the present in -s after a name and before its object ends the subject of a coordinated cue",
			text: "Ann Lee delivers a long statement condemning the war and says that the government is to blame.",
			want: []want{
				{"Ann Lee", "", "says", CueAssert, "that the government is to blame", Indirect},
			},
		},
		{
			// a relative clause opened by "whose" with a verb of its own before
			// the cue belongs to the subject before it ("A firm whose app recorded the shots said ...").
			name: "a relative clause opened by \"whose\" with a verb of its own before the cue belongs to the subject before it",
			text: "A firm whose chat app recorded the shots said the file was made at noon.",
			want: []want{
				{"A firm whose chat app recorded the shots", "", "said", CueAssert, "the file was made at noon", Indirect},
			},
		},
		{
			// "It" before a passive cue and its agent stands for the that-clause
			// after the agent, which is the content ("It has been suggested by several blogs that ...").
			name: "\"It\" before a passive cue and its agent stands for the that-clause after the agent, which is the content",
			text: "It has been suggested by a number of blogs that the firm will launch a new phone in May.",
			want: []want{
				{"a number of blogs", "", "has been suggested", CueAssert, "that the firm will launch a new phone in May", Indirect},
			},
		},
		{
			// "found" right before "guilty", "dead", "alive" and the like is a
			// passive with no finder ("Anyone found guilty of it can be fined").
			name:    "\"found\" right before \"guilty\", \"dead\", \"alive\" and the like is a passive with no finder",
			text:    "Anyone found guilty of doing so can be fined. A miner found alive after a week was taken to hospital.",
			noClaim: true,
		},
		{
			// "named", "called" or "dubbed" after a common noun with an
			// article and before a name or a number gives the noun its name ("an asteroid named 2014 RC",
			// "the homeless man named Tom", "a site called Daily Buzz"); no one speaks.
			name:    "\"named\", \"called\" or \"dubbed\" after a common noun with an article and before a name or a number gives the noun its name",
			text:    "A 20-metre wide asteroid named 2014 RC passed by Earth. Gifts came in for the homeless man named Tom. The hoax ran on a site called Daily Buzz.",
			noClaim: true,
		},
		{
			name: "\"named\", \"called\" or \"dubbed\" after a common noun with an article and before a name or a number names nothing when a person noun with \"the\" calls someone something: a claim of the speaker's",
			text: "The spokesman called Lee a liar.",
			want: []want{
				{"The spokesman", "", "called", CueAssert, "Lee a liar", Indirect},
			},
		},
		{
			// "commented on" takes the object of "on" for its content, as PolNeAR
			// marks it ("has not commented on the reason"), not a that-clause or a relative
			// further on ("commented on the announcement that ...").
			name: "\"commented on\" takes the object of \"on\" as the content",
			text: "The agency has not commented on the report that the dam had cracked.",
			want: []want{
				{"The agency", "", "has not commented on", CueAssert, "the report that the dam had cracked", Indirect},
			},
		},
		{
			// a verb of writing or reporting with "for" and only the paper or the
			// bench after it names whom the writer works for ("Ann Lee, reporting for the
			// Herald"), no claim; "wrote for the Herald that ..." stays one.
			name:    "\"writing for\" or \"reporting for\" a paper names whom the writer works for",
			text:    "Ann Lee, reporting for the Herald from Leeds, was at the hearing. Judge Ruiz, writing for the majority, set the rule aside. Born in Ohio, he wrote for a variety of papers.",
			noClaim: true,
		},
		{
			name:  "\"writing for\" a paper before a colon that ends the paragraph names whom the writer works for",
			text:  "According to Kelly, writing for the Herald:\n\nThe fund has grown.",
			nocue: []string{"writing for"},
		},
		{
			name: "\"wrote for\" a paper with a that-clause is a claim",
			text: "The senator wrote for the Herald that the bridge was unsafe.",
			want: []want{
				{"The senator", "", "wrote for", CueAssert, "the Herald that the bridge was unsafe", Indirect},
			},
		},
		{
			// a participle cue between a determined number and its noun ("her
			// five proposed bills") is an adjective, no claim; "the two suggested both are ..."
			// stays one.
			name:    "a participle cue between a determined number and its noun is an adjective",
			text:    "Neither were her five proposed bills.",
			noClaim: true,
		},
		{
			// a photo credit and a caption's keyword set apart by a run of spaces
			// ("CEN   Savage: ...") name no speaker; the caption's own claims stay.
			name: "a photo credit and a caption's keyword before a colon name no speaker",
			text: "The crowd gathered at noon.\nCEN   Tragic: Doctors said the woman had been living on the street.",
			want: []want{
				{"Doctors", "", "said", CueAssert, "the woman had been living on the street", Indirect},
			},
			nocue: []string{":"},
		},
		{
			// "reportedly" right after its clause's subject, with no auxiliary
			// between, has the subject for its content's first piece, as with one ("The Club
			// for Growth is reportedly spending ..."): PolNeAR marks "Cuccinelli reportedly
			// reacted to the decision" so.
			name: "\"reportedly\" right after its clause's subject has the subject in its content",
			text: "Anna Lee reportedly has a rat problem at her office. He reportedly had to return to his desk.",
			want: []want{
				{"", "", "reportedly", CueClaim, "Anna Lee … has a rat problem at her office", Indirect},
				{"", "", "reportedly", CueClaim, "He … had to return to his desk", Indirect},
			},
		},
		{
			// but not when a cue ends the verb group after it ("Feig reportedly
			// went on to acknowledge that ...": Feig's claim, reported) or the subject follows a
			// cue ("The report said Ansar reportedly has ...": the report's content).
			name: "\"reportedly\" leaves the subject to a cue in its verb group or before its subject",
			text: "Feig reportedly went on to acknowledge that the virus had spread. The report said Ansar reportedly has missiles.",
			want: []want{
				{"Feig", "", "went on to acknowledge", CueAssert, "that the virus had spread", Indirect},
				{"The report", "", "said", CueAssert, "Ansar reportedly has missiles", Indirect},
			},
		},
		{
			// the "far" of an opening "So far" or "Thus far" is an adverb of
			// time, no part of the subject after it.
			name: "the \"far\" of an opening \"So far\" is no part of the subject",
			text: "So far the agency has said nothing about it. Thus far Ann Lee has echoed the message.",
			want: []want{
				{"the agency", "", "has said", CueAssert, "nothing about it", Indirect},
				{"Ann Lee", "", "has echoed", CueAssert, "the message", Indirect},
			},
		},
		{
			// a bare "boast" with a noun phrase for its object owns things
			// ("The island boasts a villa", "which boasts as many as 30 models"), no claim;
			// "boasted that" and "boasted his team had won" stay claims.
			name:    "a bare \"boast\" with a noun phrase for its object owns things",
			text:    "The island boasts a villa, a hunting lodge and a landing strip. The phone comes in many colours, which boasts as many as 30 models. The county boasted only one paid staffer.",
			noClaim: true,
		},
		{
			name:    "a bare \"boast\" owns things after any possessive, \"my\" too (nounDeterminerWords)",
			text:    "The old farm still boasts my favourite barn and a mill.",
			noClaim: true,
		},
		{
			name: "a bare \"boast\" before a that-clause or a clause with its verb is a claim",
			text: "The mayor boasted that the bridge was finished. Ms. Ruiz boasted her team had won.",
			want: []want{
				{"The mayor", "", "boasted", CueAssert, "that the bridge was finished", Indirect},
				{"Ms. Ruiz", "Ruiz", "boasted", CueAssert, "her team had won", Indirect},
			},
		},
		{
			name: "a subject pronoun opening a relative clause's content is no main clause resuming",
			text: "She took a call from a man who said they wanted one pizza delivered to the hotel.",
			want: []want{
				{"who", "", "said", CueAssert, "they wanted one pizza delivered to the hotel", Indirect},
			},
		},
		{
			name: "a name right after a time with no comma ends the opening adverbial",
			text: "In a long post on Wednesday Ann Lee admitted her mistake. Last month the group denied the reports. The Sunday Times reported that he left. He did not at any time Thursday mention the gift.",
			want: []want{
				{"Ann Lee", "", "admitted", CueAssert, "her mistake", Indirect},
				{"The Sunday Times", "", "reported", CueReport, "that he left", Indirect},
				{"He", "", "mention", CueAssert, "the gift", Indirect},
			},
		},
		{
			name: "a cue word that is also a noun ends a noun phrase before its verb",
			text: "The yield on the 10-year Treasury note fell to 1.4 percent. The battle of the city lists can grow bitter. The man Lin claims was followed by a camera.",
			want: []want{
				{"The man Lin", "", "claims", CueClaim, "was followed by a camera", Indirect},
			},
			none: []string{"fell to 1.4 percent", "can grow bitter"},
		},
		{
			// a passive with "by" of a verb that tells a deed ("was appointed by", "were
			// found by", "is maintained by") names no one who speaks
			name:    "a passive with \"by\" of a verb that tells a deed is no claim",
			text:    "Al-Hassi was appointed by the outgoing parliament. The fungi were found by a gardener. The list is maintained by a private company.",
			noClaim: true,
		},
		{
			name: "a month and a day after a trailing cue are its time, no content",
			text: "The county has dropped most of the cases, the prosecutor said July 8. The mayor said May 5 people died.",
			want: []want{
				{"the prosecutor", "", "said", CueAssert, "The county has dropped most of the cases", Indirect},
				{"The mayor", "", "said", CueAssert, "May 5 people died", Indirect},
			},
		},
		{
			name: "a verb and its object after an appositive's comma go on with the subject, no trailing source",
			text: "Records show the Harbor Fund, a group spending millions on ads, made a large change in its spending plans.",
			want: []want{
				{"Records", "", "show", CueReport, "the Harbor Fund, a group spending millions on ads, made a large change in its spending plans", Indirect},
			},
		},
		{
			name: "a present tense before its object after \"but\" or \"and\" ends a noun phrase object",
			text: "The senator backs tougher rules but embraces the new law.",
			want: []want{
				{"The senator", "", "backs", CueBelieve, "tougher rules", Indirect},
			},
			none: []string{"embraces"},
		},
		{
			name: "\"despite\" after a noun phrase or an infinitive is the writer's",
			text: "The two leaders pledged to work together despite their differences. Analysts said Smith, despite his wealth, is trusted by workers.",
			want: []want{
				{"The two leaders", "", "pledged", CueAssert, "to work together", Indirect},
				{"Analysts", "", "said", CueAssert, "Smith, despite his wealth, is trusted by workers", Indirect},
			},
			none: []string{"their differences"},
		},
		{
			name: "an event after a one-word object that names someone is the writer's",
			text: "The governor criticized Smith during a rally.",
			want: []want{
				{"The governor", "", "criticized", CueAccuse, "Smith", Indirect},
			},
			none: []string{"rally"},
		},
		{
			name: "a name's party tag in a list does not end a stance verb's object",
			text: "She has endorsed Sen. Jane Roe, D-Ohio, and Mayor Tom Lee.",
			want: []want{
				{"She", "", "has endorsed", CueAssert, "Sen. Jane Roe, D-Ohio, and Mayor Tom Lee", Indirect},
			},
		},
		{
			name: "a verb that says nothing stays the predicate a later verb shares its subject with",
			text: "Bush thought for a moment and said that the war was not over.",
			want: []want{
				{"Bush", "", "said", CueAssert, "the war was not over", Indirect},
			},
		},
		{
			name: "a comma in the main clause's content closes no subordinate opening",
			text: "When told the mayor had quit, Roe said that in the current climate, \"I think it is an advantage.\"",
			want: []want{
				{"Roe", "", "said", CueAssert, "in the current climate, \"I think it is an advantage.\"", Mixed},
			},
		},
		{
			name: "a time after an opening preposition is no part of the source",
			text: "At the time rescue teams said that they had saved seven people.",
			want: []want{
				{"rescue teams", "", "said", CueAssert, "that they had saved seven people", Indirect},
			},
		},
		{
			name: "a quote inside an opening subordinate clause is no content of the speaker after it",
			text: "While the firm has yet to name a date beyond “early 2015,” sources say the company plans a March debut.",
			want: []want{
				{"sources", "", "say", CueAssert, "the company plans a March debut", Indirect},
			},
			none: []string{"the firm has yet"},
		},
		{
			name: "a quote after a preposition is no quote a verb after it attributes",
			text: "Roe summed up the plan as “weak,” denounced its author.",
			want: []want{
				{"Roe", "", "summed up", CueAssert, "the plan as “weak,” denounced its author", Mixed},
			},
			nocue: []string{"denounced"},
		},
		{
			name: "a cue whose colon ends its paragraph takes the next paragraph, quoted or not",
			text: "Perry did not spare the mayor. In a speech last July, he said:\n\nLet no one be mistaken – the plan is a disaster, and it must be discarded.\n\nOne activist tweeted:\n\n<tweet tweet-author=\"@roe\" tweet-date=\"February 16, 2016\">PREACH! She should resign https://t.co/x<tweet/>.",
			want: []want{
				{"he", "", "said", CueAssert, "Let no one be mistaken – the plan is a disaster, and it must be discarded.", Indirect},
				{"One activist", "", "tweeted", CueAssert, "PREACH! She should resign https://t.co/x", Indirect},
			},
			reason: "PolNeAR marks the paragraph after \"he said:\" as the content, as it does a quoted one",
		},
		{
			name: "no block quotation after a lead-in, a list of deeds or a passage that names its own speakers",
			text: "The newspaper wrote:\n\nIn emails seen by the paper, Roe said the agent knew everything.\n\nShe has learned from them:\n\nShe chose a strong deputy who needs no job.\n\nThe network says:\n\nJane Doe, a reporter on the Hill, tweets:",
			want: []want{
				{"Roe", "", "said", CueAssert, "the agent knew everything", Indirect},
			},
			nocue:  []string{"wrote", "learned", "says"},
			reason: "a passage of reporting is read for its own claims; \"learned from them:\" announces deeds; a paragraph ending in a colon leads in to the next",
		},
		{
			name: "a tweet copied into the text is its signer's: dash, name, handle and date",
			text: "Rivals piled on.\n\nWhy isn't the mayor wearing the hat? #RINO — Ben Jacobs (@Bencjacobs) September 1, 2016\n\nIS releases video of the attack http://t.co/x\n\n— SITE Intel Group (@siteintelgroup) September 13, 2014\n\nThe plan — backed by Ann Roe (@annroe) — passed.\n\nSources tell Boorstin that the deal is done. https://t.co/x — Jane Roe (@janeroe) March 4, 2015",
			want: []want{
				{"Ben Jacobs (@Bencjacobs)", "Ben Jacobs", "—", CueAssert, "Why isn't the mayor wearing the hat? #RINO", Indirect},
				{"SITE Intel Group (@siteintelgroup)", "", "—", CueAssert, "IS releases video of the attack http://t.co/x", Indirect},
				{"Jane Roe (@janeroe)", "", "—", CueAssert, "Sources tell Boorstin that the deal is done. https://t.co/x", Indirect},
			},
			none:   []string{"The plan", "Rivals"},
			reason: "the date after the handle tells a signature from a dash aside with a handle in it; the signature may open a line of its own under the tweet; a claim inside the tweet ends before the signature (else each held the other's cue and both were dropped as nested)",
		},
		{
			name: "a person's noun after a cue that follows an aside's comma is the speaker",
			text: "The mayor warned the governor, Jane Roe, during their talks not to cut the budget, said an aide who was briefed.",
			want: []want{
				{"an aide who was briefed", "", "said", CueAssert, "The mayor warned the governor, Jane Roe, during their talks not to cut the budget", Indirect},
			},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Name: "t.txt", Text: tt.text}
			cs := Extract(doc)
			checkSpans(t, doc, cs)
			if tt.noClaim && len(cs) != 0 {
				t.Errorf("Extract(%q): want no claim; got:\n%s", tt.text, dump(cs))
			}
			for _, w := range tt.want {
				checkWant(t, tt.text, cs, w)
			}
			for _, frag := range tt.none {
				for _, c := range cs {
					if strings.Contains(c.Content.Text, frag) {
						t.Errorf("Extract(%q): content %q holds %q", tt.text, c.Content.Text, frag)
					}
				}
			}
			for _, cue := range tt.nocue {
				for _, c := range cs {
					if c.Cue.Text == cue {
						t.Errorf("Extract(%q) has a claim with cue %q; got:\n%s", tt.text, cue, dump(cs))
					}
				}
			}
		})
	}
}

func dump(cs []Claim) string {
	var b strings.Builder
	for _, c := range cs {
		src := "-"
		if c.Source != nil {
			src = c.Source.Text + " => " + c.Source.Name
		}
		b.WriteString("  " + src + " | " + c.Cue.Text + "/" + c.Cue.Class.String() + " | " + c.Kind.String() + " | " + c.Content.Quote() + "\n")
	}
	return b.String()
}

// checkSpans asserts the span invariants: every part's text is the document text at its
// span, pieces lie inside the content span in order, and claims come in offset order.
func checkSpans(t *testing.T, doc *Document, cs []Claim) {
	t.Helper()
	n := len(doc.Text)
	prev := -1
	for i, c := range cs {
		if !c.Cue.In(n) || doc.Text[c.Cue.Start:c.Cue.End] != c.Cue.Text || c.Cue.Len() == 0 {
			t.Fatalf("claim %d: cue span %v does not hold %q", i, c.Cue.Span, c.Cue.Text)
		}
		if c.Source != nil && (!c.Source.In(n) || doc.Text[c.Source.Start:c.Source.End] != c.Source.Text || c.Source.Len() == 0) {
			t.Fatalf("claim %d: source span %v does not hold %q", i, c.Source.Span, c.Source.Text)
		}
		if !c.Content.In(n) || doc.Text[c.Content.Start:c.Content.End] != c.Content.Text || len(c.Content.Spans) == 0 {
			t.Fatalf("claim %d: content span %v does not hold %q", i, c.Content.Span, c.Content.Text)
		}
		last := c.Content.Start
		for _, s := range c.Content.Spans {
			if s.Start < last || s.End > c.Content.End || s.Len() <= 0 {
				t.Fatalf("claim %d: piece %v out of order or outside %v", i, s, c.Content.Span)
			}
			last = s.End
		}
		if utf8.ValidString(doc.Text) && !(utf8.ValidString(c.Content.Text) && utf8.ValidString(c.Cue.Text)) {
			t.Fatalf("claim %d: content is not valid UTF-8", i)
		}
		if c.Cue.Start < prev {
			t.Fatalf("claim %d: out of offset order", i)
		}
		prev = c.Cue.Start
		if c.Sentence < 1 || c.Line < 1 {
			t.Fatalf("claim %d: sentence %d line %d", i, c.Sentence, c.Line)
		}
	}
}

func TestExtractKeepsOffsetsWithCRLFAndBOM(t *testing.T) {
	text := "\ufeffdate 2024-01-02\r\nThe mayor said\u00a0that the budget was balanced.\r\n“We did it,” she said.\r\n"
	doc, err := NewDocument("crlf.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cs := Extract(doc)
	checkSpans(t, doc, cs)
	if len(cs) != 2 {
		t.Fatalf("Extract = %d claims, want 2:\n%s", len(cs), dump(cs))
	}
	if cs[1].Line != 3 {
		t.Errorf("second claim line = %d, want 3", cs[1].Line)
	}
}

func TestExtractSkipsDatelineAfterHeadline(t *testing.T) {
	text := "Ukraine says missile hit block\n\nKYIV, March 3, 2025 (Reuters) - A Russian missile struck a block in Dnipro, officials said.\n\nThe air force said the missile could not be intercepted.\n"
	doc, err := NewDocument("kyiv.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cs := Extract(doc)
	checkSpans(t, doc, cs)
	if len(cs) != 3 {
		t.Fatalf("Extract = %d claims, want 3 (headline, officials, air force):\n%s", len(cs), dump(cs))
	}
	if got, want := cs[1].Content.Text, "A Russian missile struck a block in Dnipro"; got != want {
		t.Errorf("content after the dateline = %q, want %q", got, want)
	}
	if cs[0].Content.Text != "missile hit block" || cs[2].Line != 5 {
		t.Errorf("headline claim %q, air force's line %d: want \"missile hit block\" and 5", cs[0].Content.Text, cs[2].Line)
	}
}

// seedsDir is the real example articles, present on the team's machines only.
const seedsDir = "../../shared/seeds"

func TestExtractSeeds(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(seedsDir, "*.txt"))
	if len(files) == 0 {
		t.Skip("no seeds at " + seedsDir)
	}
	all := map[string][]Claim{}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := NewDocument(f, data)
		if err != nil {
			t.Fatal(err)
		}
		cs := Extract(doc)
		checkSpans(t, doc, cs)
		all[filepath.Base(f)] = cs
	}
	tests := []struct {
		file string
		w    want
	}{
		{"000_1474bbfd67f08f28.txt", want{"Foreign Minister Shah Mehmood Qureshi", "Shah Mehmood Qureshi", "said", CueDeny, "‘contrary to the facts’", Mixed}},
		{"000_1474bbfd67f08f28.txt", want{"He", "Shah Mehmood Qureshi", "made it clear", CueAssert, "foreign policy front would not be apologetic", Indirect}},
		{"000_1474bbfd67f08f28.txt", want{"He", "Shah Mehmood Qureshi", "saying", CueAssert, "We will safeguard our interests", Direct}},
		{"000_1474bbfd67f08f28.txt", want{"He", "Shah Mehmood Qureshi", "adding", CueAssert, "the world is no more unipolar", Direct}},
		{"000_1474bbfd67f08f28.txt", want{"He", "Shah Mehmood Qureshi", "added", CueAssert, "Pakistan wanted good relations with the US", Indirect}},
		{"000_1474bbfd67f08f28.txt", want{"He", "One official", "said", CueAssert, "the US was trying to assert itself", Indirect}},
		{"000_1474bbfd67f08f28.txt", want{"the official", "One official", "said", CueAssert, "We are ready to give and take", Indirect}},
		{"000_1474bbfd67f08f28.txt", want{"Pakistan and the US", "Pakistan and the US", "agreed", CueAssert, "to jointly achieve common targets", Indirect}},
		{"000_1474bbfd67f08f28.txt", want{"Pakistan", "Pakistan", "immediately rejected", CueDeny, "the US State Department’s version of the telephonic conversation", Indirect}},
		{"000_1474bbfd67f08f28.txt", want{"Pakistan", "Pakistan", "claimed", CueClaim, "it was limited to congratulations", Indirect}},
		{"000_1474bbfd67f08f28.txt", want{"One official", "", "said", CueAssert, "We know it will be a big challenge", Direct}},
		{"000_1474bbfd67f08f28.txt", want{"Washington", "Washington", "said", CueAssert, "‘decisive actions’", Mixed}},
		{"000_1474bbfd67f08f28.txt", want{"he", "", "said", CueAssert, "We are a sovereign nation", Direct}},
		{"000_1474bbfd67f08f28.txt", want{"", "", "reportedly", CueClaim, "‘Pakistan-based terrorists’", Mixed}},
		{"001_2a64d9e593fc7fc4.txt", want{"the Foreign Office", "Foreign Office", "said", CueAssert, "range of bilateral matters", Mixed}},
		{"002_46a9107189a8233f.txt", want{"Sullivan", "", "said", CueAssert, "the urgent need for a reduction in violence", Mixed}},
		{"002_46a9107189a8233f.txt", want{"former prime minister Imran Khan’s", "Imran Khan", "claim", CueClaim, "Washington conspired with opposition leaders", Indirect}},
		{"002_46a9107189a8233f.txt", want{"US State Department Spokesperson Ned Price", "Ned Price", "rejected", CueDeny, "Khan’s claims as speculation and lies", Indirect}},
		{"002_46a9107189a8233f.txt", want{"he", "Ned Price", "said", CueDeny, "propaganda, misinformation", Direct}},
	}
	for _, tt := range tests {
		c := findClaim(all[tt.file], tt.w)
		if c == nil {
			t.Errorf("%s: no claim %+v; got:\n%s", tt.file, tt.w, dump(all[tt.file]))
			continue
		}
		if tt.w.name != "" && c.Speaker() != tt.w.name {
			t.Errorf("%s: claim with cue %q: speaker = %q, want %q", tt.file, tt.w.cue, c.Speaker(), tt.w.name)
		}
		if c.Cue.Class != tt.w.class || c.Kind != tt.w.kind {
			t.Errorf("%s: claim with cue %q: class %v kind %v, want %v %v", tt.file, tt.w.cue, c.Cue.Class, c.Kind, tt.w.class, tt.w.kind)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"He said that “we know,” she added. ‘x’ \"y",
		"date 2020-01\n“A,” he said. “B”\n\n“C\n\n“D,” said X.",
		"According to , said ’s claim that",
		"PENCE: a b c\r\n\ufeff\u00a0“",
		"It is believed that. Reportedly",
		"He said in",               // "in" as the last token: inView reads past it
		"Critics said they are so", // a be-form and adverbs as the last tokens: stanceAdjective read past them
		"They are",
		"Trump said the deal failed, and",        // ", and" as the last tokens: narrativeClause read past them
		"He said on Sunday While ,",              // a comma as the last token: adverbialThenQuote read past it
		"He said the plan was “dead,” and",       // "and" after a quote as the last token: writersAfterQuote read past it
		"May Even says said polls ; It “ on One", // a cue that starts before the one of the claim before it
		"The A to Z Kid said the plan failed.",
		", a government spokeswoman and wife of the president said the deal failed.",
		"unlike which said unlike which said",      // "unlike" alone before a relative pronoun: relativePhrase left no words
		"He told reporters",                        // an addressee as the last token: addressee read past it
		"Voters who preferred the plan reportedly", // an adverb as the last token: mainVerbAfterObject read past it
		"thought found",                            // a cue noun as the first token: thoughtNoun read before it
	} {
		f.Add(s)
	}
	f.Add("Missile hits block\n\nKYIV, March 3 (Reuters) - A missile struck, officials said.")
	f.Fuzz(func(t *testing.T, text string) {
		doc := &Document{Name: "fuzz", Text: text}
		checkSpans(t, doc, Extract(doc))
		doc.readHeader() // a header, a title and a dateline after it, skipped
		checkSpans(t, doc, Extract(doc))
	})
}

func TestUnclosedQuotes(t *testing.T) {
	tests := []struct {
		text string
		want []string // the text from each unclosed mark to the end of its line
	}{
		{"“Closed,” he said.\n\n“Never closed, he said.\n\nNext.", []string{"“Never closed, he said."}},
		{"“First paragraph.\n\n“Second paragraph,” she said.", nil}, // reopened: one quote
		{"He said \"yes.\nNext line, ‘no’ too,” she said.", []string{"\"yes."}},
		{"No quotes at all.", nil},
	}
	for _, tt := range tests {
		doc := &Document{Name: "t", Text: tt.text}
		var got []string
		for _, s := range UnclosedQuotes(doc) {
			end := strings.IndexByte(tt.text[s.Start:], '\n')
			if end < 0 {
				end = len(tt.text) - s.Start
			}
			got = append(got, tt.text[s.Start:s.Start+end])
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("UnclosedQuotes(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestExtractQuotePieces checks which quotes make up a claim's content: split quotes around a
// trailing attribution, quotes continued in the next paragraphs, and a quoted title after the
// addressee that is not the content.
func TestExtractQuotePieces(t *testing.T) {
	tests := []struct {
		name, text string
		src, cue   string
		pieces     []string // the content's pieces in order, each a fragment of its piece
		none       []string // fragments no piece may hold
		reason     string   // why the case matters, when it is not obvious
	}{
		{
			name:   "a double prime after a number closes the quote",
			text:   "Rep. Duncan Hunter said that officials have caught “at least 10″ fighters as they tried to enter, a claim that was disputed.\n\n“I know that,” Hunter said.",
			src:    "Rep. Duncan Hunter",
			cue:    "said",
			pieces: []string{"officials have caught “at least 10″ fighters as they tried to enter"},
			none:   []string{"I know that"},
			reason: "web editors turn a straight \" after a digit into ″ (inches); read as no quote mark, the quote ran into the next paragraph",
		},
		{
			name:   "a double prime typed for an opening mark",
			text:   "The storm came early. ″We will have record shattering snowfall in the north,” the forecaster said.",
			src:    "the forecaster",
			cue:    "said",
			pieces: []string{"We will have record shattering snowfall in the north"},
			none:   []string{"The storm came early"},
		},
		{
			name:   "a double prime of a height inside a quote closes nothing",
			text:   "“He is 6′2″ tall and weighs 200 pounds,” the coach said. “He is fast.”",
			src:    "the coach",
			cue:    "said",
			pieces: []string{"He is 6′2″ tall and weighs 200 pounds", "He is fast"},
			reason: "the quote's own closing mark follows in the paragraph, so the prime is the inches of a measure; read as the closing mark, the coach's quote was lost",
		},
		{
			name:   "split around a trailing attribution in one sentence",
			text:   "“If you are in the Senate and nobody would come to your aid,” the investor said, “that is even worse.”",
			src:    "the investor",
			cue:    "said",
			pieces: []string{"If you are in the Senate", "that is even worse"},
		},
		{
			name:   "a web address in the attribution is no sentence's end",
			text:   "“These rumors are false,” the agency said in a statement to AL.com, “microgravity exists only off Earth.”",
			src:    "the agency",
			cue:    "said",
			pieces: []string{"These rumors are false", "microgravity exists only off Earth"},
		},
		{
			name:   "a quote after “adding that ...” goes on with the added words, not the first cue's",
			text:   "“We will have some delegates there,” the organizer said, adding that she had not met the campaign yet. “We are going to sit down this weekend and see.”",
			src:    "the organizer",
			cue:    "adding",
			pieces: []string{"she had not met the campaign", "sit down this weekend"},
		},
		{
			name:   "the same split quote after “adding that ...”: the first cue keeps its half only",
			text:   "“We will have some delegates there,” the organizer said, adding that she had not met the campaign yet. “We are going to sit down this weekend and see.”",
			src:    "the organizer",
			cue:    "said",
			pieces: []string{"some delegates there"},
		},
		{
			name:   "a split quote around “referring to ...” stays whole: the participle says nothing more",
			text:   "“The timing was right for them,” the analyst said, referring to the two resorts. “I assume they saw the market returning.”",
			src:    "the analyst",
			cue:    "said",
			pieces: []string{"timing was right", "saw the market returning"},
		},
		{
			name:   "a paragraph in between ends a run of quote paragraphs",
			text:   "Title\n\n“He can have the briefings,” Reid said. “But I hope they are fake.”\n\nPosted by the mayor.\n\n“Great speech, and she never quits.”\n\nThe show went on.",
			src:    "Reid",
			cue:    "said",
			pieces: []string{"He can have the briefings", "they are fake"},
		},
		{
			name:   "a split quote goes on after a short lead-in of the writer's in the next sentence",
			text:   "“It is an enormous moment,” said Sam Ortiz, a strategist. Unless more rivals quit the race, “it is very hard to see how he is stopped.”",
			src:    "Sam Ortiz, a strategist",
			cue:    "said",
			pieces: []string{"an enormous moment", "very hard to see"},
		},
		{
			name:   "quoted title after the addressee",
			text:   "“I wish him well, he fought really hard,” Mr. Trump told the hosts of “Morning Joe.”",
			src:    "Mr. Trump",
			cue:    "told",
			pieces: []string{"I wish him well"},
		},
		{
			name:   "quote paragraphs continue the speaker of the paragraph before",
			text:   "Title\n\n“But to divide and conquer is just sad,” Barkley said.\n\n“Then you have these losers who love that.”\n\n“And it has become sad.”\n\nThe show went on.",
			src:    "Barkley",
			cue:    "said",
			pieces: []string{"divide and conquer", "these losers", "it has become sad"},
		},
		{
			name:   "a quote a colon opens ends with its paragraph when the next paragraph is attributed on its own",
			text:   "Hunt said: “These are difficult choices. We made them to protect the economy.\n\n“Nobody should doubt our commitment,” he told lawmakers.",
			src:    "Hunt",
			cue:    "said",
			pieces: []string{"These are difficult choices. We made them to protect the economy."},
			none:   []string{"Nobody should doubt"},
			reason: "wire copy reopens the mark for the same speaker; one quote over both paragraphs gave the first to both claims (PolNeAR: 'Obama said: \"There's no magic ...' then '\"Calling a threat ...,\" Obama said.')",
		},
		{
			name:   "the attributed paragraph after a quote a colon opens is the later cue's alone",
			text:   "Hunt said: “These are difficult choices. We made them to protect the economy.\n\n“Nobody should doubt our commitment,” he told lawmakers.",
			src:    "he",
			cue:    "told",
			pieces: []string{"“Nobody should doubt our commitment,”"},
			none:   []string{"difficult choices"},
		},
		{
			name:   "a quote continued after a trailing attribution stays whole with the next paragraph's cue",
			text:   "“We are committed to safety,” Tesla said. “We believe drivers are safer.\n\n“The figures do not account for miles driven,” the company added.",
			src:    "the company",
			cue:    "added",
			pieces: []string{"We believe drivers are safer.\n\n“The figures do not account"},
			reason: "PolNeAR gives the middle paragraph to the later cue two times in three ('Sanders continued', 'she said'), so only a quote a colon opens is cut",
		},
		{
			name:   "the charge a denial sums up is the content of the claim before it, not its telling",
			text:   "Prosecutors say Sule took bribes, allegations he denies.",
			src:    "he",
			cue:    "denies",
			pieces: []string{"Sule took bribes"},
			none:   []string{"Prosecutors", "allegations"},
		},
		{
			name:   "an accusation ends before the charge that sums it up",
			text:   "The planemaker was accused of hiding a flaw in its software, a charge it has long denied.",
			src:    "it",
			cue:    "has long denied",
			pieces: []string{"The planemaker was accused of hiding a flaw in its software"},
			none:   []string{"a charge"},
		},
		{
			name:   "participle after an opening adverbial",
			text:   "Hours later, Trump returned the compliment to Adelson, telling Reuters, “Sheldon and I have been friends for a long time. He is an amazing man.”",
			src:    "Trump",
			cue:    "telling",
			pieces: []string{"Sheldon and I have been friends for a long time. He is an amazing man."},
		},
		{
			name:   "an as-clause inside its content",
			text:   "The economy, as Smith noted, is weak.",
			src:    "Smith",
			cue:    "noted",
			pieces: []string{"The economy", "is weak"},
		},
		{
			name:   "a parenthetical attribution after a short opening",
			text:   "In the long run, many economists say, this effect could ripple through the health care system.",
			src:    "many economists",
			cue:    "say",
			pieces: []string{"In the long run", "this effect could ripple"},
		},
		{
			name:   "according to with a relative clause in the middle of its content",
			text:   "Notably absent, according to members who spoke with reporters afterward, was any mention of Benghazi.",
			src:    "members who spoke with reporters afterward",
			cue:    "according to",
			pieces: []string{"Notably absent", "was any mention of Benghazi"},
		},
		{
			name:   "quote signed with a dash and a name",
			text:   "What readers said.\n\n“He is ignorant of our culture and lives.” ― Pamela Padilla\n“Trump scares me.”― Krystal Correa, 34, Ohio",
			src:    "Krystal Correa",
			cue:    "―",
			pieces: []string{"“Trump scares me.”"},
		},
		{
			name:   "progressive cue",
			text:   "Hillary Clinton is telling customers at a popular breakfast spot that “I need you tomorrow.”",
			src:    "Hillary Clinton",
			cue:    "is telling",
			pieces: []string{"“I need you tomorrow.”"},
		},
		{
			name:   "progressive verb the lexicon lacks",
			text:   "Former Arkansas Gov. Mike Huckabee is labeling Obama’s actions “a blatant, belligerent abuse of power.”",
			src:    "Former Arkansas Gov. Mike Huckabee",
			cue:    "is labeling",
			pieces: []string{"Obama’s actions “a blatant, belligerent abuse of power.”"},
		},
		{
			name:   "progressive cue with adverbs between the auxiliary and the verb",
			text:   "Party officials are now openly questioning whether the governor can win the state.",
			src:    "Party officials",
			cue:    "are now openly questioning",
			pieces: []string{"whether the governor can win the state"},
		},
		{
			name:   "quantifier floated after the auxiliary is in the cue",
			text:   "Gov. Jay Inslee and Mayor Ed Murray have all criticized the plan as too costly.",
			src:    "Gov. Jay Inslee and Mayor Ed Murray",
			cue:    "have all criticized",
			pieces: []string{"the plan as too costly"},
		},
		{
			name:   "examples after a plural noun belong to the source",
			text:   "Economists like Jane Smith argue that the tariff will raise prices.",
			src:    "Economists like Jane Smith",
			cue:    "argue",
			pieces: []string{"that the tariff will raise prices"},
		},
		{
			name:   "a verb taking like is no plural noun of the source",
			text:   "It looks like someone told the mayor that the vote failed.",
			src:    "someone",
			cue:    "told",
			pieces: []string{"that the vote failed"},
		},
		{
			name:   "emphatic reflexive after the source is in it",
			text:   "The governor herself conceded that the budget would not balance.",
			src:    "The governor herself",
			cue:    "conceded",
			pieces: []string{"that the budget would not balance"},
		},
		{
			name:   "the time that dates a poll is in the source",
			text:   "A statewide poll conducted last week found that most voters favor the measure.",
			src:    "A statewide poll conducted last week",
			cue:    "found",
			pieces: []string{"that most voters favor the measure"},
		},
		{
			name:   "a weekday after on dates a filed record, with the part of the day",
			text:   "The complaint filed on Monday said the theater had lost bookings worth $80,000.",
			src:    "The complaint filed on Monday",
			cue:    "said",
			pieces: []string{"the theater had lost bookings worth $80,000"},
		},
		{
			name:   "a weekday and night after a participle of filing",
			text:   "Disclosures filed on Sunday night revealed that donors were paying for the ads.",
			src:    "Disclosures filed on Sunday night",
			cue:    "revealed",
			pieces: []string{"that donors were paying for the ads"},
		},
		{
			name:   "manner adverb right after the cue is in it",
			text:   "“We will not give up,” the senator said firmly.",
			src:    "the senator",
			cue:    "said firmly",
			pieces: []string{"“We will not give up,”"},
		},
		{
			name:   "adverb between the cue and that is in the cue",
			text:   "The company has argued repeatedly that the fine is unfair.",
			src:    "The company",
			cue:    "has argued repeatedly",
			pieces: []string{"that the fine is unfair"},
		},
		{
			name:   "back or out after the cue with the content elsewhere is its particle",
			text:   "“That is simply false,” the mayor shot back.",
			src:    "the mayor",
			cue:    "shot back",
			pieces: []string{"“That is simply false,”"},
		},
		{
			name:   "two particles after the cue are both in it",
			text:   "The council has pushed back against claims that the budget is short.",
			src:    "The council",
			cue:    "has pushed back against",
			pieces: []string{"claims that the budget is short"},
		},
		{
			name:   "adverbial aside after the source is not in it",
			text:   "The company, through a spokesman, denied that it had broken the law.",
			src:    "The company",
			cue:    "denied",
			pieces: []string{"that it had broken the law"},
		},
		{
			name:   "a verb framing the gerund cue with by is in the cue",
			text:   "A union official responded by saying the strike would continue.",
			src:    "A union official",
			cue:    "responded by saying",
			pieces: []string{"the strike would continue"},
		},
		{
			name:   "the medium right after the cue is in it like a statement",
			text:   "“We expect a close vote,” a party spokesman said in an email.",
			src:    "a party spokesman",
			cue:    "said in an email",
			pieces: []string{"“We expect a close vote,”"},
		},
		{
			name:   "two descriptions joined by and at the sentence opening are one source",
			text:   "The developer and longtime donor argued that the tax was unfair.",
			src:    "The developer and longtime donor",
			cue:    "argued",
			pieces: []string{"that the tax was unfair"},
		},
		{
			name:   "a weekday with a part of the day between source and cue is in neither",
			text:   "The party chairman on Thursday evening urged delegates to unite behind the nominee.",
			src:    "The party chairman",
			cue:    "urged",
			pieces: []string{"delegates to unite behind the nominee"},
		},
		{
			name:   "a named medium between source and cue is in neither",
			text:   "The former governor in a Medium post said the plan would fail.",
			src:    "The former governor",
			cue:    "said",
			pieces: []string{"the plan would fail"},
		},
		{
			name:   "in particular between source and cue is in neither",
			text:   "Small retailers in particular fear that the rule will raise costs.",
			src:    "Small retailers",
			cue:    "fear",
			pieces: []string{"that the rule will raise costs"},
		},
		{
			name:   "a relative clause after a source that follows the cue is in it",
			text:   "The deal was nearly done, according to an aide who attended the talks.",
			src:    "an aide who attended the talks",
			cue:    "according to",
			pieces: []string{"The deal was nearly done"},
		},
		{
			name:   "an aside after the auxiliary is in the cue",
			text:   "The board has, however, denied that it ignored the warnings.",
			src:    "The board",
			cue:    "has, however, denied",
			pieces: []string{"that it ignored the warnings"},
		},
		{
			name:   "neither-nor pair is the whole source",
			text:   "Neither the mayor nor his aides acknowledged the delay in the report.",
			src:    "Neither the mayor nor his aides",
			cue:    "acknowledged",
			pieces: []string{"the delay in the report"},
		},
		{
			name:   "for with a duration is an adverbial, not a particle of the cue",
			text:   "The union has said for months that it will not accept the offer.",
			src:    "The union",
			cue:    "has said",
			pieces: []string{"that it will not accept the offer"},
		},
		{
			name:   "a month and year after a short object are the speaking's time",
			text:   "The governor announced his candidacy in June 2015.",
			src:    "The governor",
			cue:    "announced",
			pieces: []string{"his candidacy"},
			none:   []string{"June"},
		},
		{
			name:   "a month after a noun's own phrase stays in the object",
			text:   "The mayor criticized the sale of the land at an auction in June.",
			src:    "The mayor",
			cue:    "criticized",
			pieces: []string{"the sale of the land at an auction in June"},
		},
		{
			name:   "late before a weekday after a short object goes with the time",
			text:   "Police reported no injuries late Monday.",
			src:    "Police",
			cue:    "reported",
			pieces: []string{"no injuries"},
			none:   []string{"late"},
		},
		{
			name:   "a verb's form after a determiner is the object's noun, the time after it the speaking's",
			text:   "The senator criticized those claims on Thursday.",
			src:    "The senator",
			cue:    "criticized",
			pieces: []string{"those claims"},
			none:   []string{"Thursday"},
		},
		{
			name:   "a verb of answering with a time before a comma and a gerund is in the cue",
			text:   "The campaign responded Friday, saying the report was false.",
			src:    "The campaign",
			cue:    "responded Friday, saying",
			pieces: []string{"the report was false"},
		},
		{
			name:   "a verb of answering with an object before a comma and a gerund is not in the cue",
			text:   "The mayor responded to the letter, saying it was late.",
			src:    "The mayor",
			cue:    "saying",
			pieces: []string{"it was late"},
		},
		{
			name:   "an adverb of order before by is in the framed gerund cue",
			text:   "The mayor responded first by saying the plan was wrong.",
			src:    "The mayor",
			cue:    "responded first by saying",
			pieces: []string{"the plan was wrong"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Name: "t.txt", Text: tt.text}
			cs := Extract(doc)
			checkSpans(t, doc, cs)
			var c *Claim
			for i := range cs {
				if cs[i].Cue.Text == tt.cue && cs[i].Source != nil && cs[i].Source.Text == tt.src {
					c = &cs[i]
				}
			}
			if c == nil {
				t.Fatalf("no claim by %q with cue %q; got:\n%s", tt.src, tt.cue, dump(cs))
			}
			if len(c.Content.Spans) != len(tt.pieces) {
				t.Fatalf("content has %d pieces, want %d: %q", len(c.Content.Spans), len(tt.pieces), c.Content.Quote())
			}
			for i, sp := range c.Content.Spans {
				if got := tt.text[sp.Start:sp.End]; !strings.Contains(got, tt.pieces[i]) {
					t.Errorf("piece %d = %q, want it to hold %q", i, got, tt.pieces[i])
				}
				for _, n := range tt.none {
					if got := tt.text[sp.Start:sp.End]; strings.Contains(got, n) {
						t.Errorf("piece %d = %q, want it without %q", i, got, n)
					}
				}
			}
		})
	}
}

// TestLongRunIsCut checks that a run of text with no sentence end is read in pieces of at
// most maxSentence tokens, cut after a comma when one is near, so that extraction stays
// linear (BenchmarkExtractNoSentenceEnd measures it), and that claims are still found in it.
func TestLongRunIsCut(t *testing.T) {
	text := strings.Repeat("he said the plan was good and ", 500) + strings.Repeat("they said it was bad, ", 200)
	x := &extractor{text: text, toks: tokenize(text, 0, len(text), nil)}
	x.splitSentences(0)
	if len(x.sents) < len(x.toks)/maxSentence {
		t.Fatalf("%d tokens in %d sentences, want pieces of at most %d", len(x.toks), len(x.sents), maxSentence)
	}
	for _, s := range x.sents {
		if s.b-s.a > maxSentence {
			t.Fatalf("sentence of %d tokens, want at most %d", s.b-s.a, maxSentence)
		}
		if s.a > 0 && x.toks[s.a].Start > len(text)-200*len("they said it was bad, ") && x.toks[s.a-1].low != "," {
			t.Errorf("piece starting at %d does not follow a comma", x.toks[s.a].Start)
		}
	}
	doc := &Document{Name: "t.txt", Text: text}
	cs := Extract(doc)
	checkSpans(t, doc, cs)
	if len(cs) < 600 {
		t.Errorf("%d claims, want most of the 700 cues found", len(cs))
	}
}

// TestParentheticalInsideContent checks that a parenthetical attribution inside another
// claim's content ("..., a relationship, he stressed, the US values") leaves one claim whose
// content skips it, not two claims with the same words.
func TestParentheticalInsideContent(t *testing.T) {
	text := "At a briefing, spokesman Ned Price rejected the claims as lies, adding that America will not let lies get in the way of its ties with Pakistan, a relationship, he stressed, the US values."
	doc := &Document{Name: "t.txt", Text: text}
	cs := Extract(doc)
	checkSpans(t, doc, cs)
	var holding []Claim
	for _, c := range cs {
		if strings.Contains(c.Content.Text, "the US values") {
			holding = append(holding, c)
		}
	}
	if len(holding) != 1 {
		t.Fatalf("%d claims hold the statement, want 1:\n%s", len(holding), dump(cs))
	}
	c := holding[0]
	if c.Cue.Text != "adding" || c.Source == nil || c.Source.Name != "Ned Price" {
		t.Errorf("claim is %q by %v, want adding by Ned Price", c.Cue.Text, c.Source)
	}
	var pieces []string
	for _, sp := range c.Content.Spans {
		pieces = append(pieces, text[sp.Start:sp.End])
	}
	want := []string{"that America will not let lies get in the way of its ties with Pakistan, a relationship", "the US values"}
	if !slices.Equal(pieces, want) {
		t.Errorf("pieces %q, want %q", pieces, want)
	}
}

// TestClausalMention checks which source spans are pieces of a clause, so that no later
// pronoun resolves to them.
func TestClausalMention(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"Schilling appeared on a show on WEEI radio", true},
		{"weeks ago to John McConnell and Matthew Scully", true},
		{"in a letter to Senate colleagues", true},
		{"Elizabeth Arnold, who said she planned to demonstrate", false},
		{"the embattled senator", false},
		{"Foreign Minister Shah Mehmood Qureshi", false},
		{"a spokesman for the campaign", false},
	}
	for _, tt := range tests {
		x := &extractor{text: tt.text}
		x.toks = tokenize(tt.text, 0, len(tt.text), nil)
		x.used = make([]bool, len(x.toks))
		if got := x.clausalMention(rng{0, len(x.toks)}); got != tt.want {
			t.Errorf("clausalMention(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestAskedQuestionIsNoContent: a question put to the speakers that opens the sentence is
// the asker's, not the content of their answer's cue.
func TestAskedQuestionIsNoContent(t *testing.T) {
	text := "Asked whether Clinton “has the integrity to serve effectively as president,” 75 percent of Democrats said yes, but 55 percent of all voters say she does not. Asked Tuesday about Sullivan, Feinstein said “I don't know anything about Jake Sullivan and the emails,” she said."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Cue.Text == "said" && strings.Contains(c.Content.Text, "integrity") {
			t.Errorf("the question is the content of %q: %q", c.Cue.Text, c.Content.Text)
		}
	}
	if findClaim(cs, want{"she", "", "said", CueAssert, "I don't know anything", Direct}) == nil && findClaim(cs, want{"Feinstein", "", "said", CueAssert, "I don't know anything", Mixed}) == nil {
		t.Errorf("the quote before “she said” is not hers; got:\n%s", dump(cs))
	}
}

// TestIndirectQuestionIsAskedAbout: a claim inside an indirect question ("asked who they
// thought was ...", "pressed him on why he had said ...") is what the question asks about,
// not a claim the article reports; PolNeAR marks the question's cue, when anything.
func TestIndirectQuestionIsAskedAbout(t *testing.T) {
	text := "Pollsters asked who they thought was the strongest candidate. It remains a mystery why he had said the plan was dead. The mayor said the plan would pass."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Cue.Text == "thought" || c.Cue.Text == "had said" {
			t.Errorf("a claim inside the question: %q %q", c.Cue.Text, c.Content.Text)
		}
	}
	if findClaim(cs, want{"The mayor", "", "said", CueAssert, "the plan would pass", Indirect}) == nil {
		t.Errorf("no claim of the mayor's; got:\n%s", dump(cs))
	}
}

// TestPronounAndClitic: "That’s according to X" after a statement: a content of only a
// pronoun and a clitic verb says nothing.
func TestPronounAndClitic(t *testing.T) {
	text := "The river rose four feet overnight. That’s according to the county sheriff. It's what the mayor said."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if strings.TrimSpace(strings.Trim(c.Content.Text, ".")) == "That’s" {
			t.Errorf("a pronoun and a clitic are the content of %q; got:\n%s", c.Cue.Text, dump(cs))
		}
	}
}

// TestTimeIsNoSource: a span of time as a cue's subject speaks no words; a newspaper named
// "The Times" does.
func TestTimeIsNoSource(t *testing.T) {
	text := "The last two weeks have signaled the end of a long truce between the mayor and the unions. For eight years, critics had highlighted the cost of the stadium. The Times reported that the stadium would close."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Source != nil && (c.Source.Text == "The last two weeks" || c.Source.Text == "eight years") {
			t.Errorf("a time is the source of %q; got:\n%s", c.Cue.Text, dump(cs))
		}
	}
	if findClaim(cs, want{"The Times", "", "reported", CueReport, "the stadium would close", Indirect}) == nil {
		t.Errorf("no claim by The Times; got:\n%s", dump(cs))
	}
}

// TestRestrictiveRelativeEnds: a claim in a relative clause with no comma before "who" ends
// where the main clause resumes with its verb.
func TestRestrictiveRelativeEnds(t *testing.T) {
	text := "The teacher who wants to unseat Mayor Bell is raising record sums. Parents who say the new schedule is too long were split on the levy."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if strings.Contains(c.Content.Text, "raising") || strings.Contains(c.Content.Text, "were split") {
			t.Errorf("the content of %q runs into the main clause: %q", c.Cue.Text, c.Content.Text)
		}
	}
	if findClaim(cs, want{"who", "", "wants", CueBelieve, "to unseat Mayor Bell", Indirect}) == nil {
		t.Errorf("no claim for wants; got:\n%s", dump(cs))
	}
}

// TestYouKnowFiller: "you know" set off by commas inside a sentence is a filler; at the start
// of a sentence it may claim.
func TestYouKnowFiller(t *testing.T) {
	text := "The council has, you know, a habit of delaying votes. We grew cautious and, you know, we stopped asking. You know the river floods every spring."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	n := 0
	for _, c := range cs {
		if c.Cue.Text == "know" {
			n++
			if !strings.Contains(c.Content.Text, "river floods") {
				t.Errorf("a filler is a claim: %q", c.Content.Text)
			}
		}
	}
	if n != 1 {
		t.Errorf("%d claims with know, want 1; got:\n%s", n, dump(cs))
	}
}

// TestWritesWork: writing a work is authorship, not a claim, unless the content reports
// what the work says.
func TestWritesWork(t *testing.T) {
	text := "The coach wrote a children's book about his first season. The mayor wrote a letter to the governor asking for more buses. Ms. Diaz wrote that the buses were late."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if strings.Contains(c.Content.Text, "children's book") {
			t.Errorf("authorship is a claim: %q %q", c.Cue.Text, c.Content.Text)
		}
	}
	for _, w := range []want{
		{"The mayor", "", "wrote", CueAssert, "asking for more buses", Indirect},
		{"Ms. Diaz", "", "wrote", CueAssert, "the buses were late", Indirect},
	} {
		if findClaim(cs, w) == nil {
			t.Errorf("no claim %+v; got:\n%s", w, dump(cs))
		}
	}
}

func TestNestedClaimIsPartOfTheOuter(t *testing.T) {
	text := "The mayor's aide told reporters that the mayor believes the budget is balanced. Ms. Lane said her neighbors want the park reopened by May. The senator said the tax plan, which he called a giveaway, would fail. The agency rejected the company's claim that the tests were safe."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, w := range []want{
		{"The mayor's aide", "", "told", CueAssert, "the mayor believes the budget is balanced", Indirect},
		{"Ms. Lane", "", "said", CueAssert, "her neighbors want the park reopened", Indirect},
		{"he", "", "called", CueAssert, "a giveaway", Indirect},
		{"the company's", "", "claim", CueClaim, "the tests were safe", Indirect},
	} {
		if findClaim(cs, w) == nil {
			t.Errorf("no claim %+v; got:\n%s", w, dump(cs))
		}
	}
	for _, c := range cs {
		if c.Cue.Text == "believes" || c.Cue.Text == "want" {
			t.Errorf("the %q nested in another claim's content is a claim of its own; got:\n%s", c.Cue.Text, dump(cs))
		}
	}
}

// TestWordClasses checks that x.is answers as the lists' sets do, for words in and out of
// the text.
func TestWordClasses(t *testing.T) {
	text := "On Monday the spokesman said in a statement that, although late, Ms. Rivera of the ministry would not run."
	x := &extractor{text: text, toks: tokenize(text, 0, len(text), nil)}
	for _, l := range classLists {
		if l.set.has("") {
			t.Errorf("a list of class %b holds the empty word", l.c)
		}
		for k := -1; k <= len(x.toks); k++ {
			if got, want := x.is(k, l.c), l.set.has(x.word(k)); got != want {
				t.Errorf("is(%d %q, %b) = %v, want %v", k, x.word(k), l.c, got, want)
			}
		}
	}
}

// TestPutEstimate: "put OBJECT at NUMBER" gives an estimate, as "estimated ... at" does;
// "put pressure on" and "put it at risk" give none.
func TestPutEstimate(t *testing.T) {
	text := "Police put the number of protesters at 5,000, while organisers put the crowd at about 50,000. The statistics institute puts the jobless rate at 6.4%. The senator put pressure on the governor. The storm put the harvest at risk."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, w := range []want{
		{"Police", "", "put", CueBelieve, "the number of protesters at 5,000", Indirect},
		{"organisers", "", "put", CueBelieve, "the crowd at about 50,000", Indirect},
		{"The statistics institute", "", "puts", CueBelieve, "the jobless rate at 6.4%", Indirect},
	} {
		if findClaim(cs, w) == nil {
			t.Errorf("no claim %+v; got:\n%s", w, dump(cs))
		}
	}
	if len(cs) != 3 {
		t.Errorf("%d claims, want 3 (no pressure, no risk); got:\n%s", len(cs), dump(cs))
	}
}

// TestNameWithParticleAndRelativeAfterObject: "Corriere dello Sport" is one name, as "Bill de
// Blasio" is; the "who" after "had spoken with the club's chief executive," is the chief
// executive, not the verb's phrase.
func TestNameWithParticleAndRelativeAfterObject(t *testing.T) {
	text := "Italian sports daily Corriere dello Sport said it stood by its report. Fonseca said he had spoken with the club's chief executive, who had assured him he would stay."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, w := range []struct{ cue, name string }{{"said", "Corriere dello Sport"}, {"had assured", "club's chief executive"}} {
		found := false
		for _, c := range cs {
			if c.Cue.Text == w.cue && c.Speaker() == w.name {
				found = true
			}
		}
		if !found {
			t.Errorf("no claim with cue %q by %q; got:\n%s", w.cue, w.name, dump(cs))
		}
	}
}

// TestCueFormAfterPastVerbIsItsObject: "retracted claims Tiger Woods had been suspended"
// has "claims" for the verb's object, not a cue whose source ends in "retracted".
func TestCueFormAfterPastVerbIsItsObject(t *testing.T) {
	text := "Journeyman golfer Dan Olsen retracted claims Tiger Woods had been suspended. Olsen says he was wrong."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Cue.Text == "claims" {
			t.Errorf("a claim with the cue %q; got:\n%s", c.Cue.Text, dump(cs))
		}
	}
	if findClaim(cs, want{"Olsen", "", "says", CueAssert, "he was wrong", Indirect}) == nil {
		t.Errorf("no claim of Olsen's; got:\n%s", dump(cs))
	}
}

// TestRecordWithParticipleSpeaks: "its review of 41 deaths reported after vaccination in
// Florida found that ..." is the review's finding, not one of "vaccination in Florida".
func TestRecordWithParticipleSpeaks(t *testing.T) {
	text := "The agency said that its review of 41 deaths reported after vaccination in Florida found that none was caused by the vaccine. Its review of 12 cases recorded in Ohio found that two were linked."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Source != nil && strings.HasPrefix(c.Source.Text, "vaccination") {
			t.Errorf("a claim of %q; got:\n%s", c.Source.Text, dump(cs))
		}
	}
	if findClaim(cs, want{"The agency", "", "said", CueAssert, "its review of 41 deaths reported after vaccination in Florida found that none was caused by the vaccine", Indirect}) == nil {
		t.Errorf("no whole claim of the agency's; got:\n%s", dump(cs))
	}
	if findClaim(cs, want{"Its review of 12 cases recorded in Ohio", "", "found", CueReport, "two were linked", Indirect}) == nil {
		t.Errorf("no finding of the review; got:\n%s", dump(cs))
	}
}

// TestPluralAfterBaseVerbIsObject: "will have to perform recalls if ..." has "recalls" for the
// object of "perform", no cue.
func TestPluralAfterBaseVerbIsObject(t *testing.T) {
	text := "Each shop will have to perform recalls if the meat is bad. The firm could issue warnings soon."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Cue.Text == "recalls" || c.Cue.Text == "warnings" {
			t.Errorf("a claim with the cue %q; got:\n%s", c.Cue.Text, dump(cs))
		}
	}
}

// TestParticipleAfterCountedPreposition: "the length of two proposed tunnels" holds an
// adjective, not a cue whose source is "the length of two".
func TestParticipleAfterCountedPreposition(t *testing.T) {
	text := "That is the length of two proposed tunnels that would carry water south."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Cue.Text == "proposed" {
			t.Errorf("a claim with the cue %q; got:\n%s", c.Cue.Text, dump(cs))
		}
	}
}

// TestAbsoluteWithClause: "With the list only estimated at 30, some speculate that ..." is a
// claim of the main clause's, not of the list.
func TestAbsoluteWithClause(t *testing.T) {
	text := "With the guest list only estimated at 30 people, some speculate that the dinner was costly."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	if findClaim(cs, want{"some", "", "speculate", CueClaim, "the dinner was costly", Indirect}) == nil {
		t.Errorf("no speculation; got:\n%s", dump(cs))
	}
	for _, c := range cs {
		if strings.Contains(c.Cue.Text, "estimated") {
			t.Errorf("a claim with the cue %q; got:\n%s", c.Cue.Text, dump(cs))
		}
	}
}

// checkOneSpeaker checks that each text of cases holds one claim, whose speaker is named as
// the text's value.
func checkOneSpeaker(t *testing.T, cases map[string]string) {
	t.Helper()
	for text, want := range cases {
		cs := Extract(&Document{Name: "t.txt", Text: text})
		if len(cs) != 1 || cs[0].Source == nil || cs[0].Source.Name != want {
			t.Errorf("%q: want one claim by %q; got:\n%s", text, want, dump(cs))
		}
	}
}

// TestLinkBeforeName: a link word between capitalised determiners and the name ("The A to Z
// Kid") is no link inside a body's name, and the mention does not make Extract panic.
func TestLinkBeforeName(t *testing.T) {
	checkOneSpeaker(t, map[string]string{
		"The A to Z Kid said the plan failed.":    "Z Kid",
		"An A to Z Trucker said the plan failed.": "Z Trucker",
	})
}

// TestAppositiveOpeningText: a text that opens with an appositive's comma has no name before
// it, and the mention does not make Extract panic.
func TestAppositiveOpeningText(t *testing.T) {
	checkOneSpeaker(t, map[string]string{
		", a government spokeswoman and wife of the president said the deal failed.": "wife of the president",
	})
}

// TestTextEndsAfterAnd: a text that stops at ", and" after a claim still has it, and does not
// make Extract panic looking for the clause after "and".
func TestTextEndsAfterAnd(t *testing.T) {
	checkOneSpeaker(t, map[string]string{
		"Trump said the deal failed, and": "Trump",
	})
}

// TestNameWithoutTimeAfter: the time that closes a mention is no part of its name ("a
// congressional report on Wednesday" names a congressional report).
func TestNameWithoutTimeAfter(t *testing.T) {
	checkOneSpeaker(t, map[string]string{
		"Officials hid the hack, according to a congressional report on Wednesday.": "congressional report",
		"The hack was hidden, according to a TV report late last month.":            "TV report",
		"Scotland Yard today said the man was arrested.":                            "Scotland Yard",
	})
}

// TestLinkedBodyName: capitalised words joined by "of", "on", "for" or "to" are one body's
// name ("The Mail on Sunday", not "Sunday"), but a person's name before "of" and a place or a
// body ends there, after an initial or a courtesy title too ("Mr. Hale of Lumen"), and before
// "in" and a place ("Ruth Obi in Lagos"); a description with "and" before a full name names
// the person ("Real estate mogul and television star Donald Pratt"), two names a group; an
// acronym before a given name is no part of the name ("NDP MP Charlie Tate").
func TestLinkedBodyName(t *testing.T) {
	checkOneSpeaker(t, map[string]string{
		"According to The Mail on Sunday, the bridge was closed.":                        "Mail on Sunday",
		"The Department of Coastal Affairs said the bridge was closed.":                  "Department of Coastal Affairs",
		"Voice of Lakeland said the bridge was closed.":                                  "Voice of Lakeland",
		"Tom Hale runs Lumen. Mr. Hale of Lumen said the bridge was closed.":             "Tom Hale",
		"Mayor Tom B. Hale of Riverton said the bridge was closed.":                      "Tom B. Hale",
		"Others on the Hill said the bridge was closed.":                                 "Others on the Hill",
		"Ann Hale runs Lumen. Hale of the Lumen Society said the bridge was closed.":     "Ann Hale",
		"The BBC's Ruth Obi in Lagos says the bridge was closed.":                        "Ruth Obi",
		"Real estate mogul and television star Donald Pratt said the bridge was closed.": "Donald Pratt",
		"NDP MP Charlie Tate said the bridge was closed.":                                "Charlie Tate",
		"Ron Tate and Michael Levine said the bridge was closed.":                        "Ron Tate and Michael Levine",
	})
}

// TestPronounAfterIndefiniteDescription: a "he" just after "An Islamic State fighter denied
// ..." stands for the fighter, not for a name further back; "the State Department" is no "a
// State Department official" met before.
func TestPronounAfterIndefiniteDescription(t *testing.T) {
	text := "President Ann Marsh has vowed to defeat the group. A State Department official said the talks failed. An Islamic State fighter denied that the leader had been caught. “Our leaders say it was false news,” he said. The State Department said it would respond."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, w := range []struct{ src, name string }{{"he", "Islamic State fighter"}, {"The State Department", "State Department"}} {
		found := false
		for _, c := range cs {
			if c.Source != nil && c.Source.Text == w.src && c.Speaker() == w.name {
				found = true
			}
		}
		if !found {
			t.Errorf("no claim of %q named %q; got:\n%s", w.src, w.name, dump(cs))
		}
	}
}

// TestPronounAfterCleft: "It was two weeks ago that screenwriter Tom Varga was gushing ...
// Karl Ostrow ... He said": the cleft's subject, not the last name before the pronoun.
func TestPronounAfterCleft(t *testing.T) {
	text := "It was two weeks ago that screenwriter Tom Varga was gushing over the actor as his ideal choice to play the inventor Karl Ostrow in a new film. He said he could not be more excited."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	if c := findClaim(cs, want{"He", "Tom Varga", "said", CueAssert, "he could not be more excited", Indirect}); c == nil || c.Speaker() != "Tom Varga" {
		t.Errorf("want the claim of \"He\" by Tom Varga; got:\n%s", dump(cs))
	}
}

// TestNameBeforeCutAppositive: a source cut after a name's comma ("Tim Cook, the CEO of
// Apple further confirmed") names the person before the comma, and "the CEO" after it is him
// too.
func TestNameBeforeCutAppositive(t *testing.T) {
	text := "We know the watch is safe. Dan Pryce, the CEO of Lumo further confirmed it as waterproof. Asked by a blog, the CEO said that he wears the watch."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, cue := range []string{"further confirmed", "said"} {
		found := false
		for _, c := range cs {
			if c.Cue.Text == cue && c.Speaker() == "Dan Pryce" {
				found = true
			}
		}
		if !found {
			t.Errorf("no claim with cue %q by Dan Pryce; got:\n%s", cue, dump(cs))
		}
	}
}

// TestSpeakerNamesFifthRound: the names of the second names round of the fifth session, one
// case a rule: a sentence-opening plural or collective noun for people before a preposition
// is the head ("Shoppers in Carlisle", "Police in Riverton"); "witness" is one person; a
// description opening a sentence ("One witness") gives way to a full name after it; a noun
// for one who does something before a name is no part of it; a name with an unknown given
// name after "host and attorney" is one person; a name's own given name tells its gender
// before a title in its appositive ("a friend of Ms Rosenberg"); a description after "and"
// in a name's appositive is that person's; a subject with an appositive of a person names
// its pronoun; and an indefinite description as the subject of a pronoun's sentence is whom
// the pronoun stands for.
func TestSpeakerNamesFifthRound(t *testing.T) {
	checkSpeakerNames(t, map[string][]string{
		"Shoppers in Carlisle said they were frightened.":                                                                                                                  {"Shoppers in Carlisle"},
		"Police in Riverton said the road was closed.":                                                                                                                     {"Police in Riverton"},
		"The bridge fell. “It was loud,” said a male witness. “It shook the town,” he said.":                                                                               {"male witness", "male witness"},
		"One witness said the man was shouting. Stunned Mary Fowler, 25, went home, where she said the car was burned.":                                                    {"One witness", "Mary Fowler"},
		"Screenwriter Aaron Pratt said the film was done.":                                                                                                                 {"Aaron Pratt"},
		"Presenter Alan said the show would go on.":                                                                                                                        {"Alan"},
		"CNN host and attorney Van Jordens said the shooting was wrong.":                                                                                                   {"Van Jordens"},
		"Tom Reed said the rumours were false. Oliver Brimo, a friend of Ms Rosenberg, posted: “Gill is safe.” He added: “It is not true.”":                                {"Tom Reed", "Oliver Brimo", "Oliver Brimo"},
		"Ana Ruiz, a government spokeswoman and wife of the president, Daniel Ortega, said a meteorite fell. Later she said experts were coming.":                          {"Ana Ruiz", "Ana Ruiz"},
		"Dan Olsen said the player was banned. Ty Votaw, executive vice president of the tour, shot down the report Monday. “There is no truth to it,” he told the paper.": {"Dan Olsen", "Ty Votaw"},
		"Dan Olsen said the player was banned. One reporter posted a photo of the crowd. “The reason is fear,” he wrote.":                                                  {"Dan Olsen", "One reporter"},
	})
}

// TestAnotherDescribed: "Another" after "one Twitter user wrote" is another Twitter user, not a
// speaker called "Another".
func TestAnotherDescribed(t *testing.T) {
	text := "Critics were many. “It is wrong,” one Twitter user wrote.\n\nAnother posted a photo. “The ban is silly,” he wrote."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, c := range cs {
		if c.Source != nil && c.Source.Text == "he" && c.Source.Name != "Twitter user" {
			t.Errorf("he: named %q, want %q", c.Source.Name, "Twitter user")
		}
	}
	if len(cs) != 2 {
		t.Errorf("want 2 claims; got:\n%s", dump(cs))
	}
}

// TestParticipleAfterAuthoredRecord: a participle after a record with its author ("a report
// by the Herald, a local paper, claiming ...") is the record's, not the subject's who
// mentions it; and the subject's content keeps the record.
func TestParticipleAfterAuthoredRecord(t *testing.T) {
	text := "In the email, the mayor mentioned a recent report by the Herald, a local paper, claiming the bridge was unsafe."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	if findClaim(cs, want{"a recent report by the Herald", "", "claiming", CueClaim, "the bridge was unsafe", Indirect}) == nil {
		t.Errorf("no claim of the report's; got:\n%s", dump(cs))
	}
	if findClaim(cs, want{"the mayor", "", "mentioned", CueAssert, "a recent report by the Herald", Indirect}) == nil {
		t.Errorf("no whole mention of the mayor's; got:\n%s", dump(cs))
	}
}

// TestPronounSubjectBeforeParticiple: a participle after a clause that opens with a subject
// pronoun ("She offers calm instead of anger, urging ...") is the pronoun's, and the pronoun
// is the whole subject ("He then it" is none: "He then it is claimed tried to win him
// over, asking ...").
func TestPronounSubjectBeforeParticiple(t *testing.T) {
	text := "She offers calm instead of anger, urging voters to see the big picture. He then it is claimed tried to win him over, asking: “Why not join us?”"
	cs := Extract(&Document{Name: "t.txt", Text: text})
	if findClaim(cs, want{"She", "", "urging", CueAssert, "voters to see the big picture", Indirect}) == nil {
		t.Errorf("no claim of hers; got:\n%s", dump(cs))
	}
	for _, c := range cs {
		if c.Source != nil && c.Source.Text != "She" && c.Source.Text != "He" {
			t.Errorf("source %q, want a pronoun; got:\n%s", c.Source.Text, dump(cs))
		}
	}
}

// TestSpeakerNamesSixthRound: the names of the sixth session's names round, one case a rule:
// a surname alone shared by a woman and a man named in full stands for the one named in its
// paragraph, else for the one the text names first; a courtesy title tells the gender of a
// surname a relative pronoun stands for; a pronoun after another person's given name tells
// nothing of the surname's; "A third" after described people makes "the user" a third of
// them; a heading in capitals is no person a pronoun stands for; "it" stands for the body
// named as the subject of its sentence or the one before, not for the last speaker.
func TestSpeakerNamesSixthRound(t *testing.T) {
	checkSpeakerNames(t, map[string][]string{
		"Hillary Clinton campaigned in Iowa on Monday.\n\nHer husband, Bill Clinton, stayed in New York, aides said.\n\nVoters asked about jobs. “We will build them,” Clinton said.":                                             {"aides", "Voters", "Hillary Clinton"},
		"Hillary Clinton campaigned in Iowa on Monday.\n\nBill Clinton spoke with voters outside the school. A woman asked for a photo and Clinton said, “Sure, as long as we obey the law.”":                                     {"woman", "Bill Clinton"},
		"Bill Clinton hosted a party at the house.\n\nHillary Clinton greeted the guests at the door.\n\nLater, Mrs. Clinton, who said the night was long, left early.":                                                           {"Hillary Clinton"},
		"Hillary Clinton campaigned in Iowa on Monday.\n\nHer husband, Bill Clinton, stayed in New York, aides said.\n\nIn the debate, Clinton claimed that a plan by Donald Trump makes him a recruiter for the enemy.":          {"aides", "Hillary Clinton"},
		"Critics were many. “It is wrong,” one Twitter user wrote.\n\nAnother posted a photo. “The ban is silly,” he wrote.\n\nA third said the town was split in two:\n\n“People want a ruling for everything,” the user wrote.": {"one Twitter user", "Twitter user", "third", "third Twitter user"},
		"Jane Roe, 41, revealed that she was ill.\n\nSICK KIDS: Teen writes a book on illness\n\nShe decided to rest at home, she said.":                                                                                          {"Jane Roe", "Jane Roe"},
		"The Daily Ledger said the watch would sell well.\n\nAcme has emphasized that it is selling the watch as a timepiece. When it first presented the watch, it stressed that the device tells time.":                         {"Daily Ledger", "Acme", "Acme", "Acme"},
	})
}

// TestSpeakerNamesSixthRoundB: the names of the sixth session's second names round, one case
// a rule: a name run into a body's name joined by "of" before it is cut at the body's end
// ("Voice of America Kabiru Tanko"); an "it" with a thing's verb after a thing's description
// as the subject is the thing, and one with a verb of showing is no body; "Father Keane" is
// "John Keane"; a relative pronoun after "according to the report" is the report's; a noun
// for people of one gender before a name is no part of it ("Waitress"); a pronoun after "a
// worker named Antonio Ruiz" (or "said Ana Lopez") of its gender is that person's; a name is
// not the possessive name it opens ("iGen.fr" is not "iGen.fr's sources"); "the congressman"
// is the one the text titles "Rep."; an office joined by "of" before a name, opening the
// sentence or not, is no part of it ("Secretary of State Mary Fox"); a pronoun with no speaker
// before takes a name after a title whose given name the list lacks ("Dr. Taher Elbadri").
func TestSpeakerNamesSixthRoundB(t *testing.T) {
	checkSpeakerNames(t, map[string][]string{
		"Reporters spoke with one of the judges, Dr. Taher Elbadri. He said the court was fair.":                                                                                                {"Taher Elbadri"},
		"Secretary of State Mary Fox told reporters that the talks were over.\n\nLater, Minister of Defence Tamar Levy said the army was ready.":                                                {"Mary Fox", "Tamar Levy"},
		"Rep. Dana Cole of Utah said the border was open. Cole spoke to reporters. The congressman said agents told him so.":                                                                    {"Dana Cole", "Dana Cole"},
		"According to iGen.fr, the watch will cost more. According to iGen.fr's sources, the gold model will cost ten times as much. iGen.fr also suggests that the watch will be hard to fix.": {"iGen.fr", "iGen.fr's sources", "iGen.fr"},
		"Lee Darrow said the plant was busy. Outside the gate, a worker named Antonio Ruiz has good things to say about his job. “The pay is fair,” he said.":                                   {"Lee Darrow", "Antonio Ruiz"},
		"The old priest, identified as Father John Keane, wept. He said the vision was real. Father Keane says he will go on preaching.":                                                        {"John Keane", "John Keane"},
		"Shops will add rooms, according to a report from The Daily Ledger. Staff will greet buyers, according to the report, which calls this a new option.":                                   {"Daily Ledger", "Daily Ledger", "Daily Ledger"},
		"Waitress Tao Wen Lung said the woman was kind.":                                                                                          {"Tao Wen Lung"},
		"A spokesman confirmed to Voice of America Kabiru Tanko that the talks had failed. Tanko said the plan was dead.":                         {"spokesman", "Kabiru Tanko"},
		"The Daily Ledger said the claim was false. The article recounted the words of the mayor. It cited a remark about dogs.":                  {"Daily Ledger", "article", "article"},
		"Acme said the phone was safe. Acme has not called the phone waterproof. If the boss swims with it, it could indicate that it is sealed.": {"Acme", "Acme", "it"},
	})
}

// TestSpeakerNamesSixthRoundC: the names of the sixth session's third names round, one case a
// rule: a capitalised title or "Father" after "the" is a description ("the Congressman"), and
// "When" opening a sentence is no given name before a name; a capitalised function word after
// a given name is a surname ("Dan Rather"); a given name alone stands for the one full name it
// opens ("Dylan"); a possessive name after "said" is no speaker; a description of a person by
// title in the text's first sentence is the full name that opens the next; a surname subject
// takes the gender a pronoun told of its full name; a description's name after "known as"
// is the speaker's; a sentence's first word before a given name in gender.txt is no part of
// the name ("Vet Faye Bethell").
func TestSpeakerNamesSixthRoundC(t *testing.T) {
	checkSpeakerNames(t, map[string][]string{
		"Rep. Dana Cole said the border was open. When Van Ness pressed him, the Congressman replied: “I asked.”":                                                   {"Dana Cole", "Van Ness", "Dana Cole"},
		"A cleric, Father John Keane, was dead for an hour. The Father also claims that he met God.":                                                                {"John Keane"},
		"He has the support of his colleague Dan Rather, who defended him. “He is honest,” Rather said.":                                                            {"Dan Rather", "Dan Rather"},
		"Local man Dylan Roe was bitten by a spider. Doctors took it out. The bite is healing. “It was a shock,” Dylan said.":                                       {"Dylan Roe"},
		"Mary Jones said the rally was big. Critics said Ivanka Trump's statement was wrong. “It is fine,” she said.":                                               {"Mary Jones", "Critics", "Mary Jones"},
		"Police are holding the son of a rebel leader, the country's interior minister says.\n\nOmar Haddad told a TV station that the boy was well.":               {"Omar Haddad", "Omar Haddad"},
		"Chris Rowe said the plan was good. “It works,” she said. Ann Lee said the plan was late. Rowe has been on the road for weeks. “It still works,” she said.": {"Chris Rowe", "Chris Rowe", "Ann Lee", "Chris Rowe"},
		"In her blog, the author, known only as Lena, wrote that she was ready. She also claims to be a feminist.":                                                  {"Lena", "Lena"},
		"Vet Faye Rowan treated the fish. “It was fine,” Miss Rowan said.":                                                                                          {"Faye Rowan"},
	})
}

// TestOpeningRelativeEnds: a claim inside a relative clause set off by commas or dashes, whose
// content opens with the relative pronoun, ends where the clause closes and the main clause's
// predicate resumes ("The rules, which officials said will start soon, will not apply ...").
func TestOpeningRelativeEnds(t *testing.T) {
	text := "The new rules, which officials said will go into effect in May, will not apply to all people. The rock — which experts say may have broken up on impact — smashed through the woods."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	for _, w := range []want{
		{"officials", "", "said", CueAssert, "which … will go into effect in May", Indirect},
		{"experts", "", "say", CueAssert, "which … may have broken up on impact", Indirect},
	} {
		if c := findClaim(cs, w); c == nil || strings.Contains(c.Content.Text, "apply") || strings.Contains(c.Content.Text, "smashed") {
			t.Errorf("no claim of the %s's ending with the relative clause; got:\n%s", w.src, dump(cs))
		}
	}
}

// TestAddedThingIsNoClaim: "add" with a thing for its object ("The band added new songs to
// the list") says nothing; with a clause or a colon and a quote it does.
func TestAddedThingIsNoClaim(t *testing.T) {
	text := "The band added two new songs to the list. The mayor added that the bridge was safe."
	cs := Extract(&Document{Name: "t.txt", Text: text})
	if len(cs) != 1 || findClaim(cs, want{"The mayor", "", "added", CueAssert, "the bridge was safe", Indirect}) == nil {
		t.Errorf("want only the mayor's claim; got:\n%s", dump(cs))
	}
}

// TestRelativePhraseNames: what a relative pronoun stands for is the noun phrase that ends
// right before it, not the clause around it: after a verb before an article, after a verb's
// preposition, past a preposition opening the words, past "those of"; an appositive after a
// name that ends the words after a preposition describes that name, and one after a name and
// an age describes the name.
func TestRelativePhraseNames(t *testing.T) {
	checkSpeakerNames(t, map[string][]string{
		"A local paper quotes a senior police source who said the road was closed.":                              {"senior police source"},
		"The firm has been engaged in a feud with Acme, a rival maker, which said the claim was false.":          {"Acme"},
		"The figures would appear to agree with those of the Lakeside Water Board, which said the lake was low.": {"Lakeside Water Board"},
		"Unlike the Harbor Trust and the River Guild, which said the dock was safe, the mayor kept quiet.":       {"Harbor Trust and the River Guild"},
		"The city was relying on the advice of Mark Dole, a retired judge who said the law was clear.":           {"Mark Dole"},
		"“It is late,” said Ann Roe, 32, a former nurse for the clinic in Dover who said she had quit.":          {"Ann Roe", "Ann Roe"},
	})
}

// TestBodyShortNames: a body's seat before its name is no part of it ("the Lakeside-based
// ..."); "the X" whose X heads a body's name written before is that body; a class noun after
// a body's name ("monitoring group", "newspaper") is no part of it, but "the Sunni militant
// group" and "a fake ... site" stay descriptions.
func TestBodyShortNames(t *testing.T) {
	checkSpeakerNames(t, map[string][]string{
		"The Lakeside-based Harbor Watch for Clean Water said the bay was dirty.":                                       {"Harbor Watch for Clean Water"},
		"The Institute of Coastal Studies published a map. The Institute said the coast was eroding.":                   {"Institute of Coastal Studies"},
		"The Harbor Watch for Clean Water monitoring group said the fish had died. The Daily Herald newspaper said so.": {"Harbor Watch for Clean Water", "Daily Herald"},
		"The Sunni militant group said it had won. A fake Herald site said the mayor had quit.":                         {"Sunni militant group", "fake Herald site"},
	})
}

// checkSpeakerNames checks the resolved names of the speakers Extract finds in each text, in
// order.
func checkSpeakerNames(t *testing.T, cases map[string][]string) {
	t.Helper()
	for text, want := range cases {
		cs := Extract(&Document{Name: "t.txt", Text: text})
		var got []string
		for _, c := range cs {
			if c.Source != nil {
				got = append(got, c.Source.Name)
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%q: want speakers %q; got:\n%s", text, want, dump(cs))
		}
	}
}

// TestSpeakerNamesSeventhRound: the names of the seventh session's names round, one case a
// rule: a generational suffix ends a name and a surname alone is the person it ends ("Dana
// Cole Jr."); a description after a name's comma tells a person though capitalised words
// or a prepositional phrase follow ("Cole, a Navy veteran of two wars", "Ali Musa, an aide to
// the president"), and a definite description with capitalised words before its head is that
// person's ("the Navy veteran"); such a description of an agency is the agency named before
// ("the Geneva-based United Nations health agency" after the WHO); a name opening a sentence
// before an appositive of a person ("Rowe, formerly a resident of Leeds, did post") is the
// subject a pronoun after may stand for; "it" after "and" is the thing the clause before
// published ("released new audio ..., and it confirms"); a relative pronoun after a short
// aside in brackets is the name before it ("Rep. Dana Cole (R-UT) who claimed"); a pronoun
// of a gender after a subject that is a name's possessive and a noun of that gender is that
// person ("Lee’s husband, who asked not to be named, also backs ... he says"); a body's
// spokesman is not the body ("the Nigerian government spokesman"); a description of a public
// figure after two persons named is the one the sentence before is about ("Mark Cole spoke
// with Ann Ruiz. The Utah senator said"); "who" after a place that ends a person's
// appositive is the person ("Alan Reed, a doctor from Englewood, New Jersey, who said").
func TestSpeakerNamesSeventhRound(t *testing.T) {
	checkSpeakerNames(t, map[string][]string{
		"Rep. Dana Cole Jr., who met the king, told reporters the plan was good. Cole said the army was ready.":                                                                                                          {"Dana Cole Jr.", "Dana Cole Jr."},
		"Ali Musa, an aide to Nigerian President Ola Ade, said the talks had failed. Ade said the army was ready. The aide said the talks went well.":                                                                    {"Ali Musa", "Ola Ade", "Ali Musa"},
		"No cases were found, the World Health Organization (WHO) said on Tuesday. The Geneva-based United Nations health agency said it had checked.":                                                                   {"World Health Organization", "WHO"},
		"Ann Rowe said she had joined the unit. A spokeswoman said the army was not tracking Rowe.\nRowe, formerly a resident of Leeds, did post a note on Nov. 20 that she would rest. “Do not message me,” she wrote.": {"Ann Rowe", "spokeswoman", "Ann Rowe"},
		"The network has released new audio in the case, and it reportedly confirms that the officer fired ten times.":                                                                                                   {"new audio"},
		"The show hosted Rep. Dana Cole (R-UT) who claimed that the men were armed.":                                                                                                                                     {"Dana Cole"},
		"Kim Lee said the show was staged. Lee’s husband, who asked not to be named, was there too. “She told me so,” he says.":                                                                                          {"Kim Lee", "Lee’s husband"},
		"The Nigerian government said the talks were over. The Nigerian government spokesman said the girls were safe. The Nigerian government also said a truce held.":                                                  {"Nigerian government", "Nigerian government spokesman", "Nigerian government"},
		"Mark Cole said the vote was close. Cole spoke with Ann Ruiz on Monday. The Utah senator said the talks went well.":                                                                                              {"Mark Cole", "Mark Cole"},
		"“It is a concern,” said Alan Reed, a doctor from Englewood, New Jersey, who said he knew the family.":                                                                                                           {"Alan Reed", "Alan Reed"},
		"Dana Cole, a Navy veteran of two wars, said the plan was good. The Navy veteran said the war was over.":                                                                                                         {"Dana Cole", "Dana Cole"},
		"The ceremony featured John Lewis, a congressman from Georgia, as well as stars like Ann Roe, Will Smith, Patti Gray and Stevie Wonder, who joked that the museum was huge.":                                     {"Patti Gray and Stevie Wonder"},
	})
}

// TestTellEndsAddressee checks that a later "tell" that is a cue ends the search for the
// content after an earlier one's addressee, as every other cue does: "tell" is in no word
// list ([extractor.tellCue]), so the first "tell" took the second's clause for its own.
func TestTellEndsAddressee(t *testing.T) {
	text := "Sources tell a different story, and officials tell us that the race is close."
	doc, err := NewDocument("tell.txt", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	cs := Extract(doc)
	second, found := strings.LastIndex(text, "tell"), false
	for _, c := range cs {
		if !strings.Contains(c.Content.Text, "the race is close") {
			continue
		}
		if c.Cue.Start != second {
			t.Errorf("Extract(%q) gives the clause to the cue at %d; got:\n%s", text, c.Cue.Start, dump(cs))
		}
		found = true
	}
	if !found {
		t.Errorf("Extract(%q) has no claim of the second tell; got:\n%s", text, dump(cs))
	}
}

// TestOpenParenBefore checks the one-pass matching of brackets against the walk back it
// replaced (which made extraction quadratic on a text with no line breaks): the innermost
// "(" before a token in its paragraph that no ")" between them closes.
func TestOpenParenBefore(t *testing.T) {
	text := "a ( b ( c ) d ) e ) f ( g ( h\ni ) j ( k ) ( l m ) n ( o"
	x := &extractor{text: text, toks: tokenize(text, 0, len(text), nil)}
	walk := func(k int) int {
		depth := 0
		for p := k - 1; p >= 0 && p >= x.paragraphStart(k); p-- {
			switch x.word(p) {
			case ")":
				depth++
			case "(":
				if depth == 0 {
					return p
				}
				depth--
			}
		}
		return -1
	}
	opened := 0
	for k := range x.toks {
		got, want := x.openParenBefore(k), walk(k)
		if got != want {
			t.Errorf("openParenBefore(%d %q) = %d, want %d", k, x.word(k), got, want)
		}
		if got >= 0 {
			opened++
		}
	}
	if opened == 0 {
		t.Error("no token inside a parenthesis")
	}
	if got := x.openParenBefore(len(x.toks)); got != -1 {
		t.Errorf("openParenBefore past the end = %d, want -1", got)
	}
}
