// Package claims finds attributed statements (who said what) in news articles.
//
// A [Document] holds an article's text exactly as read, with its date and dateline place.
// [Extract] returns the document's [Claim]s in offset order: direct quotes, reported speech
// ("X said that ...", "according to X", "X rejected ..."), mixed quotes and hedged statements
// without a source ("reportedly", "it is believed"). Each claim carries the source mention and
// the speaker it resolves to, the cue and its [CueClass], the content, and half-open byte
// [Span]s into the document text for all three, so every claim can be traced back to the
// exact words of the article.
//
// The package knows text only: it does not decide which claims conflict (package compare) nor
// how they are shown (package report). It imports nothing outside the standard library, never
// prints, and never panics on input: any string is a valid text to extract from. Its word lists
// (cue verbs by class, titles, pronouns) are plain data files embedded from lexicon/.
package claims
