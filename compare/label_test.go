package compare

import (
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"claimdiff/claims"
)

// contentStmt is a statement whose content is text, in pieces split at "|" (the words
// between two pieces, such as "he said", are in the content's text but in no piece).
func contentStmt(text string) *stmt {
	pieces := strings.Split(text, "|")
	full := strings.Join(pieces, ", he said, ")
	var spans []claims.Span
	at := 0
	for _, p := range pieces {
		spans = append(spans, claims.Span{Start: at, End: at + len(p)})
		at += len(p) + len(", he said, ")
	}
	ct := claims.Content{Span: claims.Span{Start: 0, End: len(full)}, Text: full, Spans: spans}
	return &stmt{claim: claims.Claim{Content: ct}}
}

// unitsOf builds label units from "stem=weight" words; "imran khan=3" is a name.
func unitsOf(spec ...string) []labelUnit {
	var out []labelUnit
	for _, s := range spec {
		name, w, _ := strings.Cut(s, "=")
		x := 0.0
		for _, r := range w {
			x = x*10 + float64(r-'0')
		}
		out = append(out, labelUnit{stems: strings.Fields(name), text: name, w: x})
	}
	return out
}

func TestPhraseLabel(t *testing.T) {
	tests := []struct {
		name     string
		contents []string
		units    []string
		want     string
		reason   string
	}{
		{
			name:     "window",
			contents: []string{"the minister said the call lasted forty minutes and was friendly"},
			units:    []string{"call=9", "forty=8", "minut=8", "friend=1"},
			want:     "call lasted forty minutes",
			reason:   "the words around the terms cost more than the weak term they would add",
		},
		{
			name:     "clause",
			contents: []string{"the call was short; it lasted forty minutes"},
			units:    []string{"call=9", "minut=8", "forty=8"},
			want:     "forty minutes",
			reason:   "no phrase crosses the semicolon",
		},
		{
			name:     "name whole",
			contents: []string{"Pompeo’s telephone call to Imran Khan was contrary to the facts"},
			units:    []string{"imran khan=9", "pompeo=8", "telephon=7", "fact=1"},
			want:     "Pompeo’s telephone call to Imran Khan",
		},
		{
			name:     "number and its unit",
			contents: []string{"the level of water in the Gaza Strip grew up to three meters on Sunday"},
			units:    []string{"gaza strip=9", "grew=8", "three=7"},
			want:     "Gaza Strip grew up to three meters",
			reason:   "a number does not end a phrase before what it counts or measures",
		},
		{
			name:     "month abbreviation",
			contents: []string{"Bush was responsible for the attacks of Sept. 11, 2001, the film says"},
			units:    []string{"attack=9", "sept=8", "bush=2"},
			want:     "attacks of Sept. 11",
			reason:   "a month's abbreviation and its day are one word: the label does not end at its dot",
		},
		{
			name:     "hyphen",
			contents: []string{"it followed a deterioration in Pakistan-US ties"},
			units:    []string{"ties=9", "us=8", "pakistan=8"},
			want:     "Pakistan-US ties",
			reason:   "a phrase does not start inside a hyphenated word",
		},
		{
			name:     "adjective",
			contents: []string{"Rubio claimed Cruz is in favor of legalizing illegal immigrants in the country"},
			units:    []string{"cruz=9", "legaliz=8", "illegal=8"},
			want:     "Cruz is in favor of legalizing illegal immigrants",
			reason:   "a phrase does not end on an adjective before its noun (\"legalizing illegal\")",
		},
		{
			name:     "clause end",
			contents: []string{"Trump tweeted a chart of racist and wildly inaccurate crime statistics"},
			units:    []string{"racist=9", "crim=8", "chart=1"},
			want:     "racist and wildly inaccurate crime statistics",
			reason:   "a phrase one word short of its clause's end scores as much as the whole and loses its noun (\"crime\" of \"crime statistics\"): the whole wins the tie",
		},
		{
			name:     "of",
			contents: []string{"the filling violated the declaration of principles signed in 2015"},
			units:    []string{"violat=9", "declar=9"},
			want:     "filling violated the declaration of principles",
			reason:   "a phrase does not end before \"of\": \"declaration\" needs \"of principles\"; nor starts with \"violated\"",
		},
		{
			name:     "noun after",
			contents: []string{"the border represents ISIS's best chance to strike"},
			units:    []string{"border=9", "isis=9", "best=5"},
			want:     "border represents ISIS's best chance",
			reason:   "a phrase does not end before the lower-case word that goes on with it",
		},
		{
			name:     "verb after",
			contents: []string{"news of Gill Rosenberg's capture surfaced on Sunday"},
			units:    []string{"gill rosenberg=9", "captur=9"},
			want:     "Gill Rosenberg's capture",
			reason:   "a word in -ed after it is the verb of the clause: the phrase may end before it",
		},
		{
			name:     "relative clause",
			contents: []string{"MI5 agents who accused the imam of spying"},
			units:    []string{"mi5=9", "agent=9", "accus=6"},
			want:     "MI5 agents",
			reason:   "a phrase does not run into a clause opened by who, that, which or whether",
		},
		{
			name:     "participle start",
			contents: []string{"12 people were killed in the strike on the Jenin camp"},
			units:    []string{"kill=9", "strik=9", "jenin=9", "camp=8"},
			want:     "strike on the Jenin camp",
			reason:   "a phrase does not start with a lower-case word in -ed",
		},
		{
			name:     "closing quote",
			contents: []string{`he spoke on MSNBC's "Morning Joe" on Tuesday`},
			units:    []string{"msnbc=9", "morn joe=9"},
			want:     `MSNBC's "Morning Joe"`,
			reason:   "the quote the phrase opens closes in it",
		},
		{
			name:     "pieces",
			contents: []string{"the port contract was signed|in secret and the port opened"},
			units:    []string{"port=9", "contract=9", "secret=9"},
			want:     "port contract",
			reason:   "\"contract was signed, he said, in secret\" crosses two pieces of the content",
		},
		{
			name:     "earlier statement on a tie",
			contents: []string{"the dam reservoir was filled", "the dam reservoir is full"},
			units:    []string{"dam=9", "reservoir=9"},
			want:     "dam reservoir",
		},
		{
			name:     "dangling verb",
			contents: []string{"the crew tied a rope to their boat and tried"},
			units:    []string{"rope=9", "boat=9", "tried=8"},
			want:     "rope to their boat",
			reason:   "a phrase does not end on a verb left without its object after \"and\"",
		},
		{
			name:     "verb after an auxiliary",
			contents: []string{"the king will authorize airstrikes, the officials said"},
			units:    []string{"king=9", "authoriz=9"},
			want:     "king will authorize airstrikes",
			reason:   "a phrase does not end on a verb after an auxiliary while another phrase holds two units",
		},
		{
			name:     "verb only",
			contents: []string{"the budget was balanced"},
			units:    []string{"budget=9", "balanc=8"},
			want:     "budget was balanced",
			reason:   "a phrase ending on a verb is taken when no other phrase holds two units",
		},
		{
			name:     "verb first",
			contents: []string{"the figures do not reflect the scale of the disaster"},
			units:    []string{"reflect=9", "scal=9", "disaster=8"},
			want:     "scale of the disaster",
			reason:   "a phrase does not start on a verb after an auxiliary, \"to\" or \"not\"",
		},
		{
			name:     "relative that",
			contents: []string{"the quake that struck the coast", "the quake's toll on the coast"},
			units:    []string{"coast=9", "struck=9", "toll=8"},
			want:     "toll on the coast",
			reason:   "after a noun and \"that\", a lower-case word is the verb of a relative clause",
		},
		{
			name:     "past tense end",
			contents: []string{"the aircraft killed a hostage"},
			units:    []string{"aircraft=9", "kill=9"},
			want:     "aircraft killed a hostage",
			reason:   "a phrase does not end on a verb in -ed after its subject",
		},
		{
			name:     "name then determiner",
			contents: []string{"the commission declared President Ana Costa the winner of the election"},
			units:    []string{"ana costa=9", "winner=9", "elect=9"},
			want:     "winner of the election",
			reason:   "a name and the determiner after it open two phrases",
		},
		{
			name:     "name and verb",
			contents: []string{"the company will close plants in Norway and cut jobs"},
			units:    []string{"norway=9", "cut=9", "jobs=9"},
			want:     "cut jobs",
			reason:   "\"Norway and cut\" joins a name to a verb",
		},
		{
			name:     "dangling compound",
			contents: []string{"a patrol hit by two rocket-propelled grenades near the base"},
			units:    []string{"hit=9", "rocket=9", "propell=8"},
			want:     "hit by two rocket-propelled grenades",
			reason:   "\"two rocket-propelled\" would leave the compound without its noun",
		},
		{
			name:     "names joined",
			contents: []string{"the war, Norland into Sudria", "a refugee crisis in Norland"},
			units:    []string{"norland=9", "sudria=9", "crisi=5"},
			want:     "crisis in Norland",
			reason:   "a phrase that only joins two names by a preposition names no event",
		},
		{
			name:     "second part of a place",
			contents: []string{"an airstrike outside Varna, Norland killed the aid worker", "the Sudrian airstrike on the aid worker"},
			units:    []string{"norland=9", "airstrik=8", "worker=7", "aid=6"},
			want:     "airstrike on the aid worker",
			reason:   "a phrase that starts on the place after a town and a comma starts inside a name",
		},
		{
			name:     "irregular past end",
			contents: []string{"the toll of the night's unrest rose to eleven"},
			units:    []string{"unrest=9", "rose=9"},
			want:     "unrest rose to eleven",
			reason:   "a phrase does not end on an irregular past tense after its subject",
		},
		{
			name:     "place only",
			contents: []string{"in the Varna strip", "the dams on the border with the Varna Strip"},
			units:    []string{"varna=9", "strip=9", "dam=3"},
			want:     "dams on the border with the Varna Strip",
			reason:   "a name written in lower case elsewhere and a border name a place, not an event",
		},
		{
			name:     "speaker's words",
			contents: []string{"he put both hands on my shoulders", "the manager's hands left bruises on her shoulder"},
			units:    []string{"shoulder=9", "hand=9"},
			want:     "hands left bruises on her shoulder",
			reason:   "a phrase with a word of the first person tells what the speaker saw",
		},
		{
			name:     "participle before its noun",
			contents: []string{"the sprinter tested positive for the banned steroid nandrolone"},
			units:    []string{"bann=9", "steroid=8", "nandrolon=7"},
			want:     "banned steroid nandrolone",
			reason:   "a word in -ed between a determiner and a noun modifies the noun and may start a label",
		},
		{
			name:     "object of a preposition",
			contents: []string{"thousands of ballots in Dunmore County had been swapped by faulty scanners"},
			units:    []string{"dunmor county=9", "swapp=8", "ballot=5"},
			want:     "ballots in Dunmore County",
			reason:   "a clause starting on a preposition's object (\"Dunmore County had been swapped\") is a fallback only",
		},
		{
			name:     "owner and name",
			contents: []string{"the network's Jake Tapper, Dana Bash and Wolf Blitzer", "his campaign had misread a CNN tweet about Carson"},
			units:    []string{"jake tapper=9", "network=8", "campaign=6", "misread=6", "cnn=5"},
			want:     "campaign had misread a CNN tweet",
			reason:   "a phrase whose only common word is a possessive before a name (\"network's Jake Tapper\") names a person, not what happened: a fallback only",
		},
		{
			name:     "fallback",
			contents: []string{"the call was short.", "It lasted forty minutes, he said."},
			units:    []string{"call=9", "minut=8"},
			want:     "",
			reason:   "no phrase holds two of the terms",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &analysis{}
			var idx []int
			for i, c := range tt.contents {
				a.stmts = append(a.stmts, contentStmt(c))
				idx = append(idx, i)
			}
			if got, _ := a.phraseLabel(idx, unitsOf(tt.units...)); got != tt.want {
				t.Errorf("phraseLabel(%q) = %q, want %q (%s)", tt.contents, got, tt.want, tt.reason)
			}
		})
	}
}

// TestLabelUnitsVerdicts: the words of a verdict ("misinformation", "not true") judge an
// account and are no label unit.
func TestLabelUnitsVerdicts(t *testing.T) {
	terms := []string{stem("misinformation"), stem("ballots"), stem("true"), stem("flipped")}
	score := map[string]float64{terms[0]: 9, terms[1]: 8, terms[2]: 7, terms[3]: 6}
	var got []string
	for _, u := range labelUnits(NewCorpus(Options{}), terms, score, 4) {
		got = append(got, u.stems...)
	}
	if want := []string{stem("ballots"), stem("flipped")}; !slices.Equal(got, want) {
		t.Errorf("labelUnits(%q) = %q, want %q", terms, got, want)
	}
}

func TestAccountLabel(t *testing.T) {
	tests := []struct {
		name, content, want string
	}{
		{"account noun", "the attacks from Ana Costa and other rivals that he was no reformer", "attacks from Ana Costa"},
		{"possessive account", "the embassy's version of the telephone call as baseless", "embassy's version of the telephone call"},
		{"clause", "Costa had fabricated the story", ""},
		{"too short", "the claim as false", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &analysis{}
			a.stmts = append(a.stmts, contentStmt("his younger brother's deep faith"), contentStmt(tt.content))
			a.stmts[1].f.deny = true
			if got := a.accountLabel([]int{0, 1}, unitsOf("younger=9", "brother=8")); got != tt.want {
				t.Errorf("accountLabel(%q) = %q, want %q", tt.content, got, tt.want)
			}
		})
	}
}

// TestEventLabels checks the labels of every event of small corpora and, when ../shared is
// there, of the seeds and PolNeAR train: a phrase of one statement's content, short, not
// opening or closing on a stopword, quotes balanced; else the salient terms.
func TestEventLabels(t *testing.T) {
	sets := map[string][]string{
		"fixtures": {"../testdata/compare/*.txt", "../testdata/articles/*"},
		"seeds":    {"../../shared/seeds/*.txt"},
		"polnear":  {"../../shared/polnear/train/text/*.txt"},
	}
	// Labels some event of the set has.
	wants := map[string][]string{
		"fixtures": {"call lasted forty minutes", "port contract", "strike on the Jenin camp"},
		"seeds":    {"Pompeo’s telephone call to Imran Khan", "Pakistan-US ties"},
	}
	for _, name := range []string{"fixtures", "seeds", "polnear"} {
		t.Run(name, func(t *testing.T) {
			var paths []string
			for _, g := range sets[name] {
				p, _ := filepath.Glob(g)
				paths = append(paths, p...)
			}
			if len(paths) == 0 {
				t.Skipf("no texts in %s", sets[name])
			}
			c := extractCorpus(t, Options{}, paths)
			phrases, events := 0, 0
			have := map[string]bool{}
			for _, e := range c.Events() {
				have[e.Label] = true
				if len(e.Claims) < 2 {
					continue
				}
				events++
				if e.Label == "" {
					t.Errorf("event %d has no label", e.ID)
					continue
				}
				toks := tokenize(e.Label, 0)
				if !inPiece(e) || len(toks) < 2 {
					// The terms, each a word or a name of the statements.
					continue
				}
				phrases++
				if len(toks) > phraseTokens {
					t.Errorf("event %d label %q has %d words, want at most %d", e.ID, e.Label, len(toks), phraseTokens)
				}
				first, last := toks[0], toks[len(toks)-1]
				if !phraseEdge(first) || !phraseEdge(last) {
					t.Errorf("event %d label %q starts or ends with a stopword", e.ID, e.Label)
				}
				if strings.ContainsAny(e.Label, "\n;:—") {
					t.Errorf("event %d label %q crosses a clause", e.ID, e.Label)
				}
				if !quotesBalanced(e.Label, toks) {
					t.Errorf("event %d label %q has unbalanced quotes", e.ID, e.Label)
				}
				if !utf8.ValidString(e.Label) {
					t.Errorf("event %d label %q is not UTF-8", e.ID, e.Label)
				}
			}
			for _, w := range wants[name] {
				if !have[w] {
					t.Errorf("no event labelled %q", w)
				}
			}
			// Most events read as a phrase; the rest fall back to their terms.
			if events > 0 && phrases*10 < events*9 {
				t.Errorf("%d of %d events have a phrase label, want 90%%", phrases, events)
			}
		})
	}
}

// quotesBalanced reports whether the quote marks between the words of label close what
// they open, apostrophes of possessives aside.
func quotesBalanced(label string, toks []token) bool {
	var q quoteState
	for k := 1; k < len(toks); k++ {
		gap := label[toks[k-1].end:toks[k].start]
		if possessiveWord(label, toks[k-1]) {
			gap = skipPossessive(gap)
		}
		if !q.read(gap) {
			return false
		}
	}
	return q.read(label[toks[len(toks)-1].end:]) && q.closed()
}

// inPiece reports whether the label of e is a substring of a piece of one of its
// statements' content.
func inPiece(e Event) bool {
	for _, s := range e.Claims {
		for _, p := range s.Claim.Content.Pieces() {
			if strings.Contains(p, e.Label) {
				return true
			}
		}
	}
	return false
}

// TestEventLabelFallback: an event whose salient terms never stand in one clause is
// labelled by its terms, in the order of the statement that holds most of them.
func TestEventLabelFallback(t *testing.T) {
	c := NewCorpus(Options{})
	a := doc("a.txt", "2024-03-01", "The ministry said sabotage, at the reservoir. The army said the reservoir; sabotage.")
	c.Add(a, []claims.Claim{
		claim(t, a, "The ministry", "ministry", "said", claims.CueAssert, "sabotage, at the reservoir"),
		claim(t, a, "The army", "army", "said", claims.CueAssert, "the reservoir; sabotage"),
	})
	evs := c.Events()
	if len(evs) != 1 {
		t.Fatalf("Events() = %d events, want 1", len(evs))
	}
	if got, want := evs[0].Label, "sabotage reservoir"; got != want {
		t.Errorf("Events()[0].Label = %q, want %q", got, want)
	}
}

// TestVerdictOnly: a rejection that is only a verdict ("Nice try, not true") names no event,
// one that says what it rejects does.
func TestVerdictOnly(t *testing.T) {
	for content, want := range map[string]bool{
		"Nice try, not true": true,
		"completely false":   true,
		"a lie":              true,
		"nice try":           false,
		"the report was false because the factory passed every audit": false,
	} {
		if got := verdictOnly(content); got != want {
			t.Errorf("verdictOnly(%q) = %v, want %v", content, got, want)
		}
	}
}

// TestFirstAlternatives: small-letter words joined by slashes read as the first; names,
// numbers and function words stay whole.
func TestFirstAlternatives(t *testing.T) {
	for label, want := range map[string]string{
		"Gazette report/column/rant":     "Gazette report",
		"Harbor Daily/Lake College poll": "Harbor Daily/Lake College poll",
		"open 24/7":                      "open 24/7",
		"taxes and/or fees":              "taxes and/or fees",
	} {
		if got := firstAlternatives(label); got != want {
			t.Errorf("firstAlternatives(%q) = %q, want %q", label, got, want)
		}
	}
}
