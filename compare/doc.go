// Package compare judges relations between attributed statements: who is on which side,
// which statements speak of one event, where the sides' versions collide, and how an article
// stands toward a claim (check).
//
// The pipeline runs on the claims that package claims extracts. A [Corpus] takes documents one
// at a time with their claims ([Corpus.Add]) and keeps only what it needs of each text:
//
//   - actors: every resolved speaker gets one canonical name, so "Qureshi", "Shah Mehmood
//     Qureshi" and "Foreign Minister Shah Mehmood Qureshi" are one [Actor];
//   - sides: actors are put on a side (a country, in common English short form) through an
//     embedded gazetteer of countries, demonyms, capitals and institutions
//     (gazetteer/countries.txt), the speaker's title or affiliation in the article, and the
//     user's own [SideDef]s ([ParseSides] reads the --sides file format); an actor marked as
//     a former leader or an opposition figure, who does not speak for his country's
//     government, is a side of his own;
//   - events: statements about one event are grouped ([Event]) by rare shared stemmed terms,
//     named entities, dates and explicit references to another side's account, and a doubt
//     joins the other side's assertion of what it doubts; candidates are blocked through an
//     inverted index of rare terms, never by comparing all pairs;
//   - conflicts: [Corpus.Contested] lists the events on which two sides' statements collide,
//     explicitly (a rejection or denial pointing at another side's statement) or implicitly
//     (opposite polarity, a restriction, different numbers, dates or actors, one side
//     doubting what the other asserts), each with its
//     [ConflictType], trigger words and a confidence; the stance judgement of statement
//     against statement ([StatementStance]) backs or overrules the implicit rules;
//   - comparison: [Corpus.Compare] lines up two sides' statements on one event, row by row,
//     with a word-level diff ([WordDiff]) and a [Verdict] per row;
//   - stance (claimdiff check): [StanceOf] and [StanceChecker] judge how a text stands toward
//     a claim (supports, refutes, discusses, unrelated) with a small model trained on FNC-1;
//     [CheckPairs] judges a batch of claim-text pairs, those on one text together.
//
// Everything is deterministic: results are sorted by document and offset, never by map
// order, and the word diff runs without a timeout. Nor do they depend on the order the
// documents are added in: the corpus reads them in an order of their contents (date, then a
// hash of the text), and shows what it finds in the order they were added in.
//
// The package does not find statements (package claims) nor render them (package report). It
// imports package claims and github.com/sergi/go-diff only, and no go-diff type appears in its
// API. It never prints, reads flags or files of its own, and never panics on input.
package compare
