package polnear

import (
	"regexp"
	"strings"

	"claimdiff/claims"
)

// baselineRE finds "X said" in a sentence: X is a run of capitalised words or a pronoun
// right before "said".
var baselineRE = regexp.MustCompile(`((?:\p{Lu}[\p{L}'’.-]*\s+)*\p{Lu}[\p{L}'’.-]*|\b(?:he|she|they|we|it))\s+(said)\b`)

// Baseline returns the attributions a naive "X said Y" rule finds in text, to calibrate the
// scorer: in each sentence (by [claims.Sentences]), the first "said" preceded by capitalised
// words or a pronoun gives an attribution whose source is those words, whose cue is "said"
// and whose content is the rest of the sentence. It knows nothing of quotes, other verbs or
// content before the cue.
func Baseline(text string) []Attribution {
	var out []Attribution
	for _, s := range claims.Sentences(text) {
		sent := text[s.Start:s.End]
		m := baselineRE.FindStringSubmatchIndex(sent)
		if m == nil {
			continue
		}
		// The content is the rest of the sentence or, when only punctuation follows "said"
		// ("..., he said."), the sentence before the source.
		start, end := s.Start+m[5], s.End
		if len(Tokens(sent[m[5]:])) == 0 {
			start, end = s.Start, s.Start+m[2]
		}
		start, end = trim(text, start, end)
		if start >= end {
			continue
		}
		src := claims.Span{Start: s.Start + m[2], End: s.Start + m[3]}
		cue := claims.Span{Start: s.Start + m[4], End: s.Start + m[5]}
		out = append(out, newAttribution(text, []claims.Span{src}, []claims.Span{cue}, []claims.Span{{Start: start, End: end}}))
	}
	return out
}

// trim returns start and end moved inward past spaces and the punctuation that separates a
// content from its attribution (commas, colons, dashes).
func trim(text string, start, end int) (int, int) {
	const cut = " \t\r\n,:;—–-\u00a0"
	inner := strings.TrimLeft(text[start:end], cut)
	start = end - len(inner)
	return start, start + len(strings.TrimRight(inner, cut))
}
