package claims

import "testing"

// TestLeftoverReadings holds the cases of the fourteenth session's leftovers (claims36 in
// claims/EXTRACTION.md): a body's name before a possessive, labels and words that are no
// speakers, a place that is no person and a participle after a focused subordinate clause.
// Each case failed before its rule.
func TestLeftoverReadings(t *testing.T) {
	tests := []readingCase{
		{
			name: "a body's name with a possessive place stays whole",
			text: "A statement from the International Centre for the Study of Radicalisation at King's College London said the name was correct. Commander Richard Walton of the London Metropolitan Police's Counter Terrorism Command said the inquiry went on. On Monday at Obama's White House Press Secretary Josh Earnest said the talks failed.",
			want: []want{
				{"the International Centre for the Study of Radicalisation at King's College London", "", "said", CueAssert, "the name was correct", Indirect},
				{"Commander Richard Walton of the London Metropolitan Police's Counter Terrorism Command", "", "said", CueAssert, "the inquiry went on", Indirect},
				{"White House Press Secretary Josh Earnest", "", "said", CueAssert, "the talks failed", Indirect},
			},
			nosrc:  []string{"College London", "Counter Terrorism Command"},
			reason: "the source was the name after the possessive (\"College London\"); a time and \"at\" before a possessive link no body's name",
		},
		{
			name: "\"first\" or \"last\" before a verb is an adverb, no speaker",
			text: "Mr Sotloff disappeared in 2013 and last tweeted on August 3 that he was in Libya. A third said the town was split. The last said it was not.",
			want: []want{
				{"Mr Sotloff", "", "tweeted", CueAssert, "he was in Libya", Indirect},
				{"A third", "", "said", CueAssert, "the town was split", Indirect},
				{"The last", "", "said", CueAssert, "it was not", Indirect},
			},
			nosrc:  []string{"last"},
			reason: "\"last\" was read as the subject of \"tweeted\"",
		},
		{
			name: "a heading or a dateline in capitals before a colon is no speaker's label",
			text: "Agence France Presse\nLONDON: \"Jihadi John\", the masked militant apparently responsible for the killing of western hostages, was Thursday named as London man Mohammad Emwazi by the Washington Post and the BBC.\n\nPolice searched a flat in the city.\n\nTEARFUL APOLOGY: Accused breaks down over fatal smash\n\nJAKE TAPPER: Do you think he has campaigned as a racial healer?",
			want: []want{
				{"JAKE TAPPER", "", ":", CueAssert, "Do you think he has campaigned as a racial healer?", Indirect},
			},
			nosrc:  []string{"LONDON", "TEARFUL APOLOGY"},
			reason: "the dateline and the caption's heading were read as speakers' labels",
		},
		{
			name: "one of a group of people in a place is a person, and his \"he\"",
			text: "Police searched the flat on Friday.\n\nOne of Emwazi’s neighbours in Queen’s Park told the Guardian that the family seemed very normal. He added that he had lived in the block for three years.",
			want: []want{
				{"One of Emwazi’s neighbours in Queen’s Park", "One of Emwazi’s neighbours in Queen’s Park", "told", CueAssert, "the family seemed very normal", Indirect},
				{"He", "", "added", CueAssert, "he had lived in the block", Indirect},
			},
			noname: []string{"Park"},
			reason: "the mention was named \"Park\", the place after \"in\", and \"He\" resolved to it",
		},
		{
			name: "a participle after a focused subordinate clause is the main clause's",
			text: "Even before Sanders took the stage Tuesday night to acknowledge his victory, his campaign sent out a text message to supporters saying: \"We won the race today.\"",
			want: []want{
				{"his campaign", "", "sent out a text message to supporters saying", CueAssert, "\"We won the race today.\"", Direct},
			},
			reason: "the quotation went to Sanders, the subject of \"Even before\"'s clause",
		},
	}
	checkReadings(t, tests)
}
