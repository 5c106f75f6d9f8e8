// Package polnear scores attribution extraction against the PolNeAR corpus (news articles
// annotated with Source, Cue and Content spans in BRAT standoff format).
//
// [Load] reads a split (a directory holding text/ and attributions/) into [Article] values
// whose gold [Attribution] spans are byte offsets into the article text, converted from the
// corpus's Unicode code point offsets. [FromClaims] turns an extractor's claims into
// attributions, [Align] pairs gold and predicted attributions one to one, and [Score] and
// [Counts.Report] give precision, recall and F1 for the ATTR-L, ATTR-E, content and quoted
// ATTR-L metrics. [Evaluate] scores a whole split article by article with the attributions
// of an extractor the caller passes in, and collects the attributions that fail ATTR-L with
// their [Reason] and a [CueTally] of the cues. [Baseline] is a naive "X said Y" extractor
// that calibrates the scorer.
//
// The package does not print or read flags: the eval command does.
package polnear
