package claims

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Sentences splits text into sentences and returns their spans, trimmed of surrounding
// space, in order. A line break always ends a sentence (news text puts paragraphs on lines);
// inside a line a sentence ends at '.', '!' or '?' (after any closing quotes and brackets)
// followed by space and a capital, digit or opening quote, unless the period closes a known
// abbreviation ("Mr.", "Gen.", "U.S.") or an initial ("William J. Burns").
func Sentences(text string) []Span {
	var out []Span
	start := -1
	emit := func(end int) {
		if start < 0 {
			return
		}
		e := end
		for e > start && isSpaceByte(text[e-1]) {
			e--
		}
		if e > start {
			out = append(out, Span{start, e})
		}
		start = -1
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c == '\n' {
			emit(i)
			i++
			continue
		}
		if start < 0 {
			if isSpaceByte(c) {
				i++
				continue
			}
			r, n := utf8.DecodeRuneInString(text[i:])
			if isSpaceRune(r) {
				i += n
				continue
			}
			start = i
		}
		if c != '.' && c != '!' && c != '?' {
			// Inside a sentence only these marks and a line break matter: go straight to the
			// next one (no byte of a multi-byte character is one of them).
			i = nextSentenceMark(text, i)
			continue
		}
		// Sentence punctuation: take any run of it and closing quotes and brackets.
		j := i + 1
		for j < len(text) {
			if text[j] == '.' || text[j] == '!' || text[j] == '?' || text[j] == '"' || text[j] == '\'' || text[j] == ')' || text[j] == ']' {
				j++
				continue
			}
			if strings.HasPrefix(text[j:], "”") || strings.HasPrefix(text[j:], "’") {
				j += len("”")
				continue
			}
			break
		}
		if c == '.' && j == i+1 && isAbbrev(text, start, i) && !(dottedAcronym(text, start, i) && opensWithFunctionWord(text[j:])) && !(timeOfDay(text, start, i) && opensWithQuote(text[j:])) {
			// But "... from entering the U.S. While Clinton has ...": an acronym ends the
			// sentence; and "declared victory shortly after 10 p.m. “Tonight ...”": a time of
			// day before a quote.
			i = j
			continue
		}
		// Need space then a sentence opener.
		k := j
		sawSpace := false
		for k < len(text) {
			if isSpaceByte(text[k]) && text[k] != '\n' {
				k++
				sawSpace = true
				continue
			}
			r, n := utf8.DecodeRuneInString(text[k:])
			if r == '\u00a0' {
				k += n
				sawSpace = true
				continue
			}
			break
		}
		if k >= len(text) || text[k] == '\n' {
			emit(j)
			i = j
			continue
		}
		if sawSpace && opensSentence(text[k:]) || !sawSpace && c == '.' && j == i+1 && jammed(text, start, i) {
			emit(j)
			i = k
			continue
		}
		i = j
	}
	emit(len(text))
	return out
}

// nextSentenceMark returns the index of the first ".", "!", "?" or line break at or after i,
// len(text) when there is none. Eight bytes at a time (markIn), then a table of the four
// bytes for the last few and for the eight that hold one: a byte at a time cost seven
// instructions a byte of every text.
func nextSentenceMark(text string, i int) int {
	for i+8 <= len(text) && !markIn(binary.LittleEndian.Uint64([]byte(text[i:i+8]))) {
		i += 8
	}
	for i < len(text) && !sentenceMarks[text[i]] {
		i++
	}
	return i
}

// markIn reports whether one of the eight bytes of v is ".", "!", "?" or a line break: a
// byte equal to c is a zero byte of v^(c times 0x01...), which the subtraction below finds
// (the classic test for a zero byte, exact as to whether there is one).
func markIn(v uint64) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	hasZero := func(x uint64) uint64 { return (x - ones) &^ x & highs }
	return hasZero(v^('.'*ones))|hasZero(v^('!'*ones))|hasZero(v^('?'*ones))|hasZero(v^('\n'*ones)) != 0
}

// sentenceMarks holds the bytes nextSentenceMark stops at.
var sentenceMarks = [256]bool{'.': true, '!': true, '?': true, '\n': true}

// jammed reports whether the period at dot joins two sentences with no space between them,
// as text copied without its line breaks often does: "according to the Hollywood
// Reporter.Christian Bale ...". A word of two lower-case letters or more ends before it and a
// capitalised word of three letters or more follows.
func jammed(text string, from, dot int) bool {
	if dot-2 < from || dot+2 >= len(text) {
		return false
	}
	a, b := text[dot-2], text[dot-1]
	if !('a' <= a && a <= 'z' && 'a' <= b && b <= 'z' && 'A' <= text[dot+1] && text[dot+1] <= 'Z') {
		return false
	}
	// The word after: two lower-case letters or more, not part of an address ("iGen.Fr",
	// "Paul.Bond@THR.com").
	k := dot + 2
	for k < len(text) && 'a' <= text[k] && text[k] <= 'z' {
		k++
	}
	return k-dot-2 >= 2 && (k == len(text) || text[k] != '.' && text[k] != '@' && text[k] != '/')
}

func isSpaceByte(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

func isSpaceRune(r rune) bool { return unicode.IsSpace(r) || r == '\ufeff' }

// opensSentence reports whether s starts like a sentence: a capital, a digit, an opening
// quote or bracket, or a name that writes its capital second ("iPhone", "iGen.fr", "eBay").
func opensSentence(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	switch r {
	case '"', '\'', '“', '″', '‘', '(', '[', '—', '–':
		return true
	}
	if unicode.IsLower(r) {
		r2, _ := utf8.DecodeRuneInString(s[n:])
		return unicode.IsUpper(r2)
	}
	return unicode.IsUpper(r) || unicode.IsDigit(r)
}

// isAbbrev reports whether the period at text[dot] ends an abbreviation or an initial rather
// than a sentence. The word before it starts after the last space at or after from.
func isAbbrev(text string, from, dot int) bool {
	w := dot
	for w > from && !isSpaceByte(text[w-1]) && text[w-1] != '(' && text[w-1] != '"' {
		w--
	}
	word := text[w:dot]
	if word == "" {
		return false
	}
	// Initials and dotted acronyms: "J", "U.S", "D.C".
	if len(word) == 1 && word[0] >= 'A' && word[0] <= 'Z' {
		return true
	}
	if strings.Contains(word, ".") && len(word) <= 8 {
		letters := true
		for _, p := range strings.Split(word, ".") {
			if len(p) != 1 {
				letters = false
				break
			}
		}
		if letters {
			return true
		}
	}
	if i := strings.LastIndexByte(word, '-'); i >= 0 && i+1 < len(word) && abbreviations.has(strings.ToLower(word[i+1:])) {
		return true // "then-Sen. Barack Obama", "ex-Gov. Perry": a title after a prefix
	}
	return abbreviations.has(strings.ToLower(word))
}

var abbreviations = wordSetOf(lexicon("abbreviations.txt"))

// dottedAcronym reports whether the period at text[dot], an abbreviation's, ends a dotted
// acronym of two or more letters, "U.S." or "D.C.", or a time of day, "7 p.m.", which may
// also end a sentence (unlike "Mr." or an initial).
func dottedAcronym(text string, from, dot int) bool {
	w := dot
	for w > from && !isSpaceByte(text[w-1]) && text[w-1] != '(' && text[w-1] != '"' {
		w--
	}
	word := text[w:dot]
	if word == "a.m" || word == "p.m" {
		return true // "after the polls close at 7 p.m. He says ..."
	}
	return strings.Contains(word, ".") && len(strings.ReplaceAll(word, ".", "")) >= 2 && strings.ToUpper(word) == word
}

// timeOfDay reports whether the period at text[dot] ends "a.m." or "p.m.".
func timeOfDay(text string, from, dot int) bool {
	return dot-3 >= from && (text[dot-3:dot] == "a.m" || text[dot-3:dot] == "p.m") && (dot-4 < from || isSpaceByte(text[dot-4]))
}

// opensWithQuote reports whether s, after spaces, starts with an opening quotation mark
// and a capital: “Tonight, "We.
func opensWithQuote(s string) bool {
	s = strings.TrimLeft(s, " \t")
	switch {
	case strings.HasPrefix(s, "“"):
		s = s[len("“"):]
	case strings.HasPrefix(s, "\""):
		s = s[1:]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// opensWithFunctionWord reports whether s, after spaces, starts with a capitalised word that
// only opens a sentence ("The", "He", "While"), never continues a name.
func opensWithFunctionWord(s string) bool {
	s = strings.TrimLeft(s, " \t")
	e := 0
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z') {
		e++
	}
	if e == 0 || e == len(s) || s[e] != ' ' && s[e] != ',' {
		return false
	}
	return sentenceOpeners.has(s[:e])
}

var sentenceOpeners = wordSetOf([]string{"The", "He", "She", "It", "They", "We", "I", "But", "While", "This", "That", "These", "Those", "His", "Her", "Their", "Its", "There", "When", "If", "After", "Before", "Although", "Though", "Still", "Yet", "However", "Meanwhile", "Instead", "And", "So"})
