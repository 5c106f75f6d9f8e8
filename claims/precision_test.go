package claims

import (
	"strings"
	"testing"
)

// TestPrecisionReading holds the cases of the precision readings from the thirteenth session
// on (claims/EXTRACTION.md), kept apart from TestExtract's table so that rounds working in
// parallel do not edit the same lines. Each case failed before its rule.
func TestPrecisionReading(t *testing.T) {
	tests := []readingCase{
		{
			name: "the object of a verb of perception or of making speaks the bare infinitive",
			text: "They heard him say the plan was dead. Witnesses heard the officer say that he would shoot. Comcast reps hear a customer say “I’m a lawyer.”",
			want: []want{
				{"him", "", "say", CueAssert, "the plan was dead", Indirect},
				{"the officer", "", "say", CueAssert, "he would shoot", Indirect},
				{"a customer", "", "say", CueAssert, "“I’m a lawyer.”", Direct},
			},
			nosrc:  []string{"They", "Witnesses heard the officer", "Comcast reps hear a customer"},
			reason: "the sources were \"They\" and the whole clause \"Witnesses heard the officer\"; the one heard is the speaker",
		},
		{
			name:   "a gerund, a negation or a relative before the verb of perception leaves the reading alone",
			text:   "But hearing him say it in a British accent gives it a certain tone. Friends of Mr. Clinton's who have seen him on the trail recently say that he has matured.",
			want:   []want{{"Friends of Mr. Clinton's who have seen him on the trail", "", "recently say", CueAssert, "he has matured", Indirect}},
			nosrc:  []string{"him", "him on the trail"},
			reason: "no claim is heard when the hearing is a gerund; \"who have seen him\" is the relative clause of the subject",
		},
		{
			name:   "a modal before the verb of perception or of making says no speech happened",
			text:   "The judge will make him admit that he lied. Nobody could hear her deny it. He'll hear them say the plan works. They heard him say that the plan was dead.",
			want:   []want{{"him", "", "say", CueAssert, "that the plan was dead", Indirect}},
			nosrc:  []string{"her", "them"},
			none:   []string{"he lied", "the plan works"},
			reason: "review32: \"will make him admit\" is an obligation to come, not an admission (the rule's own comment asks that the speech happened)",
		},
		{
			name: "a quotation reported after its content is the one quoted's",
			text: "Eight soldiers were killed in fighting on Friday, Reuters quoted the defence ministry as saying. “He wanted out,” the friend was quoted as saying. The talks had failed, the minister was quoted by the state news agency as saying.",
			want: []want{
				{"the defence ministry", "", "saying", CueAssert, "Eight soldiers were killed in fighting on Friday", Indirect},
				{"the friend", "", "was quoted as saying", CueAssert, "“He wanted out,”", Direct},
				{"the minister", "", "saying", CueAssert, "The talks had failed", Indirect},
			},
			none:   []string{"as saying"},
			reason: "the content was \"the defence ministry as saying\", and the passives gave no claim",
		},
		{
			name:   "a quotation with nothing quoted in its sentence is no claim",
			text:   "Reuters quoted the ministry as saying. The Post quoted an official as saying that the deal was off.",
			want:   []want{{"The Post", "", "quoted", CueAssert, "an official as saying that the deal was off", Indirect}},
			none:   []string{"the ministry as saying"},
			reason: "the one quoted was the content; a content after \"as saying\" keeps PolNeAR's reading (the medium quoted, 4 of 4 on train)",
		},
		{
			name: "a past cue after \"and\" in the content of a present cue goes on with the content's subject",
			text: "The video was posted on Sunday.\n\nCNN reports that forensic audio expert Paul Ginsberg analyzed the recording and said he detected at least 10 gunshots. Johnson says Brown stopped, turned with his hands up and said, “I don’t have a gun, stop shooting!”\n\nComcast says it investigated the story and found no evidence.",
			want: []want{
				{"CNN", "", "reports", CueReport, "Paul Ginsberg analyzed the recording and said he detected at least 10 gunshots", Indirect},
				{"Johnson", "", "says", CueAssert, "Brown stopped, turned with his hands up and said, “I don’t have a gun", Mixed},
				{"Comcast", "", "says", CueAssert, "it investigated the story and found no evidence", Indirect},
			},
			nocue:  []string{"said", "found"},
			reason: "\"said\" and \"found\" were not known as past tenses, so Ginsberg's and Brown's words went to CNN and Johnson as claims of their own",
		},
		{
			name: "a relative clause on the subject of a that-clause does not end the content at its closing comma",
			text: "The video was posted on Sunday.\n\nThe UK Times reported that an international forensic science company, which has worked for police forces across Britain, said there is no question Foley was beheaded. Republicans also denounced the deal, which would slash the tax rate, according to company leaders.",
			want: []want{
				{"The UK Times", "", "reported", CueReport, "company, which has worked for police forces across Britain, said there is no question Foley was beheaded", Indirect},
				{"company leaders", "", "according to", CueReport, "which would slash the tax rate", Indirect},
			},
			nosrc:  []string{"an international forensic science company, which has worked for police forces across Britain"},
			reason: "the content ended at \"Britain\" and the company's claim, told inside the paper's, stood on its own",
		},
		{
			name: "an opening \"According to\" with no comma ends its source where the clause's subject opens with an article",
			text: "The video was posted on Sunday.\n\nAccording to three media outlets an undisclosed number of militants attended a hospital in Mosul, 250 miles north of Baghdad. According to the cleric the practice is highly anti-Islamic. According to early results of the exit polls conducted for the AP by Edison Research, Clinton led.",
			want: []want{
				{"three media outlets", "", "According to", CueReport, "an undisclosed number of militants attended a hospital in Mosul", Indirect},
				{"the cleric", "", "According to", CueReport, "the practice is highly anti-Islamic", Indirect},
				{"early results of the exit polls conducted for the AP by Edison Research", "", "According to", CueReport, "Clinton led", Indirect},
			},
			nosrc:  []string{"three media outlets an undisclosed number of militants attended a hospital in Mosul"},
			reason: "the source ran to the comma (\"three media outlets an undisclosed number ... Mosul\") and the content was \"250 miles north of Baghdad\"; without a comma there was no claim",
		},
		{
			name:   "a past verb with a plain object after a relative clause's comma is the main clause resuming",
			text:   "Obama, who welcomed world leaders to the White House for a working dinner, held private meetings earlier in the day.",
			want:   []want{{"who", "", "welcomed", CueAssert, "world leaders to the White House for a working dinner", Indirect}},
			none:   []string{"held private meetings"},
			reason: "the relative clause's content ran on into the main clause's predicate",
		},
		{
			name:   "a content cut before an aside does not end on a conjunction",
			text:   "The boy is 12.\n\nHe said he was a keen fan of comics and, believing that he had developed a power, had decided to test it. The crash site was cordoned off and according to photos, soldiers searched the crater.",
			want:   []want{{"He", "", "said", CueAssert, "he was a keen fan of comics", Indirect}},
			none:   []string{"comics and", "cordoned off and"},
			reason: "the cut at the participle's comma left \"and\" at the content's end",
		},
		{
			name: "a verb coordinated with the cue in its own form joins the cue",
			text: "Former spokesman Robert Gibbs derided and insulted “the professional left” in press conferences. No local authority has officially confirmed or denied the same. Cruz's campaign was tweeting and emailing a video of Trump. Filming television shows and writing a book kept him busy.",
			want: []want{
				{"Former spokesman Robert Gibbs", "", "derided and insulted", CueAccuse, "“the professional left” in press conferences", Mixed},
				{"No local authority", "", "has officially confirmed or denied", CueAssert, "the same", Indirect},
				{"Cruz's campaign", "", "was tweeting and emailing", CueAssert, "a video of Trump", Indirect},
			},
			nocue:  []string{"shows and writing"},
			reason: "the content opened with the conjunction and the second verb (\"and insulted “the professional left”\"); PolNeAR marks both verbs as the cue",
		},
		{
			name: "\"today\" after the speaker's name dates the cue, not the speaker",
			text: "Tayyip Erdogan today said the mission had been a mistake. Scotland Yard today refused to confirm the reports. The party today agrees only on its opposition.",
			want: []want{
				{"Tayyip Erdogan", "Tayyip Erdogan", "said", CueAssert, "the mission had been a mistake", Indirect},
				{"Scotland Yard", "", "refused", CueDeny, "to confirm the reports", Indirect},
				{"The party today", "", "agrees", CueAssert, "only on its opposition", Indirect},
			},
			reason: "the sources were \"Tayyip Erdogan today\" and \"Scotland Yard today\"; after a common noun \"today\" is the present day's, as PolNeAR marks it",
		},
		{
			name: "\"and had\" after a past perfect in the content goes on with the content's subject",
			text: "The report came out on Monday.\n\nJones said the minister had left and had denied everything. Officials said that the company had filed for bankruptcy and had fired its staff. The source said that he had noticed more visitors and said that bodyguards had been added.",
			want: []want{
				{"Jones", "", "said", CueAssert, "the minister had left and had denied everything", Indirect},
				{"Officials", "", "said", CueAssert, "the company had filed for bankruptcy and had fired its staff", Indirect},
				{"The source", "", "said", CueAssert, "he had noticed more visitors", Indirect},
				{"The source", "", "said", CueAssert, "bodyguards had been added", Indirect},
			},
			nocue:  []string{"had denied", "had fired"},
			reason: "the repeated auxiliary agrees with the content's past perfect, not with the cue's simple past: the minister denied, not Jones",
		},
		{
			name: "a tweet's signature is no signature when the sentence goes on after its date with a verb",
			text: "The committee met on Tuesday — John Smith (@jsmith) March 3, 2016 was listed as a witness.\n\nMy phone pulled my hair out! — Quinn Nelson (@SnazzyQ) October 6, 2014 islam know what this means",
			want: []want{
				{"Quinn Nelson (@SnazzyQ)", "", "—", CueAssert, "My phone pulled my hair out!", Indirect},
			},
			nosrc:  []string{"John Smith (@jsmith)"},
			reason: "the dash, name, handle and date were read as a signature though the date is the subject's and \"was listed\" its verb",
		},
		{
			name: "\"the following\", \"this\" or \"as follows\" and a colon announce the content after the colon",
			text: "The vote is on Monday.\n\nThe senator said the following:\n\nWe will not back down from this fight, and we will win it.\n\nThe mayor said the following: the city will close the park. David Axelrod tweeted this: \"She did it again and I'll say it again.\"",
			want: []want{
				{"The senator", "", "said", CueAssert, "We will not back down from this fight, and we will win it", Indirect},
				{"The mayor", "", "said", CueAssert, "the city will close the park", Indirect},
				{"David Axelrod", "", "tweeted", CueAssert, "\"She did it again and I'll say it again.\"", Direct},
			},
			none:   []string{"the following", "this:"},
			reason: "the content was \"the following\" (or \"this:\" and the quote): the words announce what was said, which follows the colon",
		},
		{
			name: "an auxiliary after a subject pronoun in a relative claim's content is no main clause resuming",
			text: "The story broke on Monday.\n\nA husband who thought he had lost a recording he had kept for years has found it. Doctors who told him to retrieve it so they could reattach it were praised. The man who vowed to police that he would turn himself in has kept his word.",
			want: []want{
				{"who", "", "thought", CueBelieve, "he had lost a recording he had kept for years", Indirect},
				{"who", "", "told", CueAssert, "him to retrieve it so they could reattach it", Indirect},
				{"who", "", "vowed", CueAssert, "that he would turn himself in", Indirect},
			},
			none:   []string{"has found", "were praised", "has kept"},
			reason: "the content ended at the pronoun (\"... so they\", \"... he\"), its auxiliary taken for the main clause's verb",
		},
		{
			name: "a participle after a determiner and an adverb, or a wh-clause, is no main clause resuming after a relative claim's object",
			text: "The phone went on sale in May.\n\nTesters who compared an old model to a newly purchased model only noticed a small difference. Last month came an article that discussed how many of the originally planned features were dropped.",
			want: []want{
				{"who", "", "compared", CueAssert, "an old model to a newly purchased model", Indirect},
				{"that", "", "discussed", CueAssert, "how many of the originally planned features were dropped", Indirect},
			},
			none:   []string{"only noticed"},
			reason: "the contents ended at \"a\" and \"the\": \"newly purchased\" and \"originally planned\" were read as the main clause's verb, and the wh-clause's \"were\" too",
		},
		{
			name: "a passive's agent ends before \"and\" and a clause of its own",
			text: "The report came out on Monday.\n\nIt states that a wellness check was requested by a family member and police went over. The plan was criticized by the mayor and officials said it would fail. The deal was backed by the board and the union.",
			want: []want{
				{"a family member", "", "was requested", CueAssert, "a wellness check", Indirect},
				{"the mayor", "", "was criticized", CueAccuse, "The plan", Indirect},
				{"officials", "", "said", CueAssert, "it would fail", Indirect},
			},
			nosrc:  []string{"a family member and police went", "the mayor and officials"},
			reason: "the agent ran over \"and\" into the next clause's subject (and its verb)",
		},
		{
			name: "an inverted source's appositive ends before a past cue of its own",
			text: "The girls were taken in April.\n\n\"We don't know how true it is,\" said Bana Lawan, chairman of Chibok Local Government Area, told The Associated Press. \"Trump will lose,\" said a New Hampshire Republican, who, like all respondents, responded anonymously.",
			want: []want{
				{"Bana Lawan, chairman of Chibok Local Government Area", "", "said", CueAssert, "\"We don't know how true it is,\"", Direct},
				{"a New Hampshire Republican, who, like all respondents, responded anonymously", "", "said", CueAssert, "\"Trump will lose,\"", Direct},
			},
			nosrc:  []string{"Bana Lawan, chairman of Chibok Local Government Area, told The Associated Press"},
			reason: "the source ran over the second cue (\"..., told The Associated Press\"); a relative clause's verb stays in the source",
		},
		{
			name: "a naming participle between commas has no speaker after it",
			text: "The rock was seen on Friday.\n\nThe newly discovered asteroid, called 2014 RC, was expected to pass safely above the Earth on Sunday, NASA said, at a distance of about 25,000 miles.",
			want: []want{
				{"NASA", "", "said", CueAssert, "The newly discovered asteroid, called 2014 RC, was expected to pass safely above the Earth on Sunday", Indirect},
			},
			nocue:  []string{"called"},
			reason: "\"called\" was read as an inverted cue with the source \"2014 RC, was expected ..., NASA said\", which took NASA's claim",
		},
	}
	checkReadings(t, tests)
}

// readingCase is a text read by hand and what its claims must and must not be.
type readingCase struct {
	name   string
	text   string
	want   []want
	none   []string // fragments no claim's content may hold
	nosrc  []string // source mentions no claim may have
	nocue  []string // cues no claim may have
	noname []string // speaker names no claim may have
	reason string   // what was wrong before
}

// checkReadings extracts each case's text and checks its wanted claims and what no claim may
// have.
func checkReadings(t *testing.T, tests []readingCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := &Document{Name: "t.txt", Text: tt.text}
			cs := Extract(doc)
			checkSpans(t, doc, cs)
			for _, w := range tt.want {
				checkWant(t, tt.text, cs, w)
			}
			for _, c := range cs {
				for _, frag := range tt.none {
					if strings.Contains(c.Content.Text, frag) {
						t.Errorf("Extract(%q): content %q holds %q", tt.text, c.Content.Text, frag)
					}
				}
				for _, src := range tt.nosrc {
					if c.Source != nil && c.Source.Text == src {
						t.Errorf("Extract(%q) has a claim with source %q; got:\n%s", tt.text, src, dump(cs))
					}
				}
				for _, cue := range tt.nocue {
					if c.Cue.Text == cue {
						t.Errorf("Extract(%q) has a claim with cue %q; got:\n%s", tt.text, cue, dump(cs))
					}
				}
				for _, n := range tt.noname {
					if c.Speaker() == n {
						t.Errorf("Extract(%q) has a claim with speaker %q; got:\n%s", tt.text, n, dump(cs))
					}
				}
			}
		})
	}
}
