package compare

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// token is a word of a text: letters and digits, with inner apostrophes ("N'Djamena") and
// the dots of acronyms ("U.S."). Hyphens and other punctuation separate words.
type token struct {
	text       string // as written, without a trailing possessive
	key        string // text with the dots of an acronym removed: "U.S." -> "US"
	start, end int    // byte span of text in the input
	poss       bool   // followed by 's or ’s
	sentStart  bool   // first word of its sentence (or line)
	punctAfter bool   // a line break or punctuation other than a hyphen or a possessive follows before the next word
}

// tokenize splits s into words. Offsets are relative to s plus base.
func tokenize(s string, base int) []token {
	return appendTokens(make([]token, 0, len(s)/5+1), s, base)
}

// appendTokens appends the words of s to out, as [tokenize] splits them, and returns the
// extended slice: a caller reading many texts in turn may reuse one buffer.
func appendTokens(out []token, s string, base int) []token {
	first := len(out)
	sentStart := true
	i := 0
	for i < len(s) {
		r, n := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(s[i:])
		}
		if !isWordRune(r) {
			if r == '.' || r == '!' || r == '?' || r == '\n' || r == ':' || r == ';' {
				sentStart = true
			}
			if len(out) > first && (r == '\n' || !unicode.IsSpace(r) && r != '-' && r != '\u00a0') {
				out[len(out)-1].punctAfter = true
			}
			i += n
			continue
		}
		j := i
		for j < len(s) {
			if c := s[j]; c < utf8.RuneSelf && asciiWord[c] {
				j++ // most words are ASCII letters
				continue
			}
			r, n := utf8.DecodeRuneInString(s[j:])
			if isWordRune(r) {
				j += n
				continue
			}
			// Inner apostrophe or acronym dot: keep when a word rune follows.
			if (r == '\'' || r == '’' || r == '.') && j+n < len(s) {
				r2, _ := utf8.DecodeRuneInString(s[j+n:])
				if isWordRune(r2) {
					if r == '.' && !(unicode.IsLetter(rune(s[j-1])) && (j-i == 1 || s[j-2] == '.')) {
						break // "end.Next" and "1.5" are two words; "U.S" continues
					}
					if r != '.' && (r2 == 's' || r2 == 'S') && (j+n+1 == len(s) || !isWordByteAt(s, j+n+1)) {
						break // possessive
					}
					j += n
					continue
				}
			}
			// Trailing acronym dot: "U.S." keeps its last dot.
			if r == '.' && j-i >= 3 && s[j-2] == '.' {
				j++
			}
			break
		}
		t := token{text: s[i:j], start: base + i, end: base + j, sentStart: sentStart}
		t.key = t.text
		if strings.Contains(t.text, ".") {
			t.key = strings.ReplaceAll(t.text, ".", "")
		}
		sentStart = false
		// Possessive.
		k := j
		if k < len(s) {
			r, n := utf8.DecodeRuneInString(s[k:])
			if r == '\'' || r == '’' {
				if k+n < len(s) && (s[k+n] == 's' || s[k+n] == 'S') && (k+n+1 == len(s) || !isWordByteAt(s, k+n+1)) {
					t.poss = true
					j = k + n + 1
				} else if strings.HasSuffix(t.text, "s") {
					t.poss = true
					j = k + n
				}
			}
		}
		out = append(out, t)
		i = j
	}
	return out
}

func isWordRune(r rune) bool {
	if uint32(r) < utf8.RuneSelf {
		return asciiWord[r]
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

// asciiWord tells the ASCII bytes that are word runes ([isWordRune]): letters and digits.
var asciiWord = func() (is [utf8.RuneSelf]bool) {
	for c := range is {
		is[c] = unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
	}
	return is
}()

func isWordByteAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return isWordRune(r)
}

// capitalized reports whether w starts with an upper-case letter.
func capitalized(w string) bool {
	r, _ := utf8.DecodeRuneInString(w)
	return unicode.IsUpper(r)
}

// allCaps reports whether w has letters and all are upper case.
func allCaps(w string) bool {
	letters := false
	for _, r := range w {
		if unicode.IsLetter(r) {
			letters = true
			if !unicode.IsUpper(r) {
				return false
			}
		}
	}
	return letters
}

// stem reduces a word to a crude stem: lower case, common English suffixes removed, so that
// "telephoned", "telephone" and "telephonic" meet.
func stem(w string) string {
	w = strings.ToLower(w)
	if strings.Contains(w, ".") {
		w = strings.ReplaceAll(w, ".", "")
	}
	if len(w) <= 3 {
		return w
	}
	for _, s := range suffixesByLast[w[len(w)-1]] {
		if strings.HasSuffix(w, s.from) && len(w)-len(s.from)+len(s.to) >= 4 {
			return w[:len(w)-len(s.from)] + s.to
		}
	}
	return w
}

// suffix is a suffix stem removes (from), and what it puts in its place (to).
type suffix struct{ from, to string }

var suffixes = []suffix{
	{"ational", "ate"}, {"ations", ""}, {"ation", ""}, {"itions", ""}, {"ition", ""},
	{"ically", ""}, {"ings", ""}, {"ing", ""}, {"ions", ""}, {"ion", ""},
	{"ies", "y"}, {"ied", "y"}, {"ness", ""}, {"ments", ""}, {"ment", ""},
	{"ists", ""}, {"ist", ""}, {"ism", ""}, {"ical", ""}, {"ic", ""},
	{"ed", ""}, {"es", ""}, {"ly", ""}, {"s", ""}, {"e", ""},
}

// suffixesByLast holds the suffixes by their last byte, each list in the order of
// suffixes: stem tries only those a word can end with.
var suffixesByLast = func() (by [256][]suffix) {
	for _, s := range suffixes {
		c := s.from[len(s.from)-1]
		by[c] = append(by[c], s)
	}
	return by
}()

// stopwords are words that say nothing of an event: function words, reporting verbs and
// the commonest news words.
var stopwords = setOf(strings.Fields(`
a about above after again against all almost also although always am among an and another any
are aren't around as at be became because been before being below between both but by can
cannot could did didn't do does doesn't doing don't down during each either else even ever
every few for from further had has hasn't have haven't having he he'd he'll he's her here hers
herself him himself his how however i i'd i'll i'm i've if in into is isn't it it's its itself
just let's may me might more most much must my myself neither no nor not now of off on once
one only or other others otherwise our ours ourselves out over own per perhaps quite rather
same shall she should so some such than that the their theirs them themselves then there
these they this those though through thus to too under until up upon us very was wasn't we
were weren't what when where whether which while who whom whose why will with within without
would yet you your yours yourself yourselves
said say says saying told tell tells telling added adding stated statement statements noted
according asked replied stressed explained claimed claims claim believe believes believed
think thinks thought reported reports report reportedly announced declared insisted argued
get gets got make makes made take takes took give gives gave go goes went come came let lets
put want wants wanted need needs
mr mrs ms dr also new last next year years day days week weeks month months time times today
yesterday monday tuesday wednesday thursday friday saturday sunday
`))

func setOf(ws []string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// unionOf returns the words of all the sets.
func unionOf(sets ...map[string]bool) map[string]bool {
	m := map[string]bool{}
	for _, set := range sets {
		for w := range set {
			m[w] = true
		}
	}
	return m
}

// monthNames maps month names and abbreviations to their number.
var monthNames = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// lowerWord returns w in lower case with typographic apostrophes made straight. An ASCII
// word is lowered without a search for the apostrophe it cannot hold, and returned as it is
// when it has no capital.
func lowerWord(w string) string {
	upper := false
	for i := 0; i < len(w); i++ {
		switch c := w[i]; {
		case c >= utf8.RuneSelf:
			return strings.ToLower(strings.ReplaceAll(w, "’", "'"))
		case 'A' <= c && c <= 'Z':
			upper = true
		}
	}
	if !upper {
		return w
	}
	return strings.ToLower(w)
}

// lowered returns m[strings.ToLower(w)] without allocating the lower-case copy of an ASCII
// word: the word is lowered into a buffer on the stack, and a map index of a converted byte
// slice copies nothing.
func lowered[V any](m map[string]V, w string) V {
	var buf [64]byte
	if b, ok := appendLowerASCII(buf[:0], w, false); ok {
		return m[string(b)]
	}
	return m[strings.ToLower(w)]
}

// loweredWord returns m[lowerWord(w)], without allocating for a word of ASCII letters and
// typographic apostrophes.
func loweredWord[V any](m map[string]V, w string) V {
	var buf [64]byte
	if b, ok := appendLowerASCII(buf[:0], w, true); ok {
		return m[string(b)]
	}
	return m[lowerWord(w)]
}

// appendLowerASCII appends w in lower case to buf, with each typographic apostrophe made
// straight if straight is set; false when w holds another rune that is not ASCII.
func appendLowerASCII(buf []byte, w string, straight bool) ([]byte, bool) {
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
		case c >= utf8.RuneSelf:
			if !straight || !strings.HasPrefix(w[i:], "’") {
				return buf, false
			}
			c = '\''
			i += len("’") - 1
		}
		buf = append(buf, c)
	}
	return buf, true
}

// indexedText is the length in bytes from which [textWords] indexes where a text's words
// start: for a news article a walk costs less than the index.
const indexedText = 100_000

// textWords finds where a text writes a word or a phrase: per speaker, a long text would be
// walked once a name.
type textWords struct {
	text string
	// starts indexes a long text's word starts by their first three bytes, in order; built
	// on first use.
	starts map[uint32][]int
	// phrases memoizes phraseAt by phrase.
	phrases map[string][]int
}

func newTextWords(text string) *textWords {
	return &textWords{text: text}
}

// wordStarts returns where w is in the text with no letter or digit right before it, in
// order: of the occurrences that a walk from the start finds, each after the end of the
// one before, those that start a word.
func (x *textWords) wordStarts(w string) []int {
	if len(x.text) < indexedText || len(w) < 3 || !allWordRunes(w) {
		return x.walkWordStarts(w)
	}
	if x.starts == nil {
		x.indexStarts()
	}
	var out []int
	for _, k := range x.starts[prefixKey(w)] {
		if strings.HasPrefix(x.text[k:], w) {
			out = append(out, k)
		}
	}
	return out
}

// walkWordStarts is [textWords.wordStarts] by a walk over the text. The index gives the same
// for a word of letters and digits only, whose occurrences cannot overlap where one starts
// a word.
func (x *textWords) walkWordStarts(w string) []int {
	var out []int
	text := x.text
	for at := 0; w != ""; {
		k := strings.Index(text[at:], w)
		if k < 0 {
			break
		}
		k += at
		at = k + len(w)
		if k == 0 || !isWordBefore(text, k) {
			out = append(out, k)
		}
	}
	return out
}

// indexStarts indexes where the text's words start (a letter or digit after none) by
// their first three bytes.
func (x *textWords) indexStarts() {
	x.starts = make(map[uint32][]int, len(x.text)/16)
	prevWord := false
	for k, r := range x.text {
		isWord := isWordRune(r)
		if isWord && !prevWord && k+3 <= len(x.text) {
			key := prefixKey(x.text[k:])
			x.starts[key] = append(x.starts[key], k)
		}
		prevWord = isWord
	}
}

// prefixKey packs the first three bytes of s, which has at least three.
func prefixKey(s string) uint32 {
	return uint32(s[0])<<16 | uint32(s[1])<<8 | uint32(s[2])
}

// allWordRunes reports whether w is letters and digits only.
func allWordRunes(w string) bool {
	for _, r := range w {
		if !isWordRune(r) {
			return false
		}
	}
	return true
}

// phraseAt reports whether the text has the phrase p (which no occurrence of itself
// overlaps, as "shares of ") followed by w with no letter or digit right after, as
// wordAt(text, p+w) would find it: the phrase is looked for once a text.
func (x *textWords) phraseAt(p, w string) bool {
	at, ok := x.phrases[p]
	if !ok {
		for k := 0; ; {
			j := strings.Index(x.text[k:], p)
			if j < 0 {
				break
			}
			at = append(at, k+j)
			k += j + len(p)
		}
		if x.phrases == nil {
			x.phrases = map[string][]int{}
		}
		x.phrases[p] = at
	}
	s := p + w
	end := 0 // where the occurrence wordAt last looked at ends
	for _, k := range at {
		if k < end || !strings.HasPrefix(x.text[k+len(p):], w) {
			continue
		}
		end = k + len(s)
		if end == len(x.text) || !isWordByteAt(x.text, end) {
			return true
		}
	}
	return false
}
