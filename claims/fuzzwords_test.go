package claims

import (
	"strings"
	"sync"
	"testing"
	"unicode"
)

// fuzzVocabulary is the words FuzzExtractWords builds texts from: every entry of the embedded
// word lists (cues, denial phrases, titles, pronouns, function words ...), each also
// capitalised, with names, numbers and the punctuation the rules look at.
var fuzzVocabulary = sync.OnceValue(func() []string {
	vocab := []string{",", ".", ";", ":", "?", "!", "“", "”", "\"", "‘", "’", "'s", "(", ")", "—", "-", "\n", "\n\n",
		"Ann", "Lee", "Smith", "Trump", "Clinton", "Reuters", "NASA", "Iraq", "Jr.", "Monday", "May", "2014", "30", "Washington",
		// the names walks' words: contracted pronouns, al- surnames, Korean names, watchdogs
		"We're", "she’ll", "al-", "al-Adnani", "Adnani", "Choe", "Kwan-il", "Watch", "Rights", "T."}
	entries, err := lexiconFS.ReadDir("lexicon")
	if err != nil {
		panic(err)
	}
	for _, e := range entries {
		for _, line := range lexicon(e.Name()) {
			w := line
			if f := strings.Fields(line); e.Name() != "deny-phrases.txt" && len(f) > 0 {
				w = f[0] // "said assert verb": the form
			}
			vocab = append(vocab, w)
			if r := []rune(w); len(r) > 0 && unicode.IsLower(r[0]) {
				r[0] = unicode.ToUpper(r[0])
				vocab = append(vocab, string(r))
			}
		}
	}
	return vocab
})

// wordsText builds a text from data, two bytes a word of fuzzVocabulary, at most 300 words.
func wordsText(data []byte) string {
	vocab := fuzzVocabulary()
	var b strings.Builder
	for i := 0; i+1 < len(data) && i < 600; i += 2 {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(vocab[(int(data[i])<<8|int(data[i+1]))%len(vocab)])
	}
	return b.String()
}

// FuzzExtractWords feeds the extractor texts made of the words its rules look for, in any
// order: random bytes rarely spell a cue, so FuzzExtract seldom reaches the rules' walks near
// a text's ends ("He told reporters" with no full stop read past the last token; found by
// random word texts, not by FuzzExtract).
func FuzzExtractWords(f *testing.F) {
	for _, s := range []string{"\x00\x01\x02\x03", "said that he", "\xff\xfe\x10\x20\x30\x40\x50\x60"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc := &Document{Name: "fuzz", Text: wordsText(data)}
		checkSpans(t, doc, Extract(doc))
	})
}
