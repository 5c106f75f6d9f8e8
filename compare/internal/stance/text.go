package stance

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"
)

var (
	//go:embed lexicon.txt
	lexiconText string
	//go:embed stopwords.txt
	stopwordsText string
	//go:embed common.txt
	commonText string
)

// A list names one of the word lists of lexicon.txt.
type list int

const (
	listRefute list = iota
	listHedge
	listSupport
	listNegation
	listDeny
	listModal
	listCounter
	numLists
)

var listNames = [numLists]string{"refute", "hedge", "support", "negation", "deny", "modal", "counter"}

// phrase is a lexicon entry: its words in order.
type phrase []string

var (
	stopwords = wordSet(stopwordsText)
	common    = wordSet(commonText)
	// lexicon[l] maps the first word of each entry of list l to the entries starting with it.
	lexicon = parseLexicon(lexiconText)
)

func wordSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

func parseLexicon(text string) [numLists]map[string][]phrase {
	var out [numLists]map[string][]phrase
	for i := range out {
		out[i] = map[string][]phrase{}
	}
	cur := list(-1)
	for _, line := range strings.Split(text, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if strings.HasPrefix(line, "[") {
			cur = -1
			name := strings.Trim(line, "[]")
			for i, n := range listNames {
				if n == name {
					cur = list(i)
				}
			}
			continue
		}
		if cur < 0 {
			continue
		}
		var p phrase
		for _, w := range strings.Fields(line) {
			p = append(p, splitWord(w)...)
		}
		if len(p) > 0 {
			out[cur][p[0]] = append(out[cur][p[0]], p)
		}
	}
	return out
}

// splitWord splits a lexicon word the way the tokenizer does ("isn't" -> "is", "n't").
func splitWord(w string) []string {
	w = lower(w)
	if strings.HasSuffix(w, "n't") && len(w) > 3 {
		return []string{notBase(w[:len(w)-3]), "n't"}
	}
	return []string{w}
}

// notBase returns the word before "n't": "ca" (can't) is "can", "wo" (won't) is "will".
func notBase(w string) string {
	switch w {
	case "ca":
		return "can"
	case "wo":
		return "will"
	}
	return w
}

// Token is one word of a text.
type Token struct {
	Start, End int     // byte offsets into the text
	Lower      string  // the word lowercased, apostrophes straight; "n't" split off
	Stem       string  // Lower with common English suffixes removed
	Number     bool    // the word is a number (digits, maybe with separators)
	Weight     float64 // in overlap features: 0 for stopwords, 0.5 for everyday words, else 1
	starts     uint8   // bit l: the word is the first of some entry of word list l
}

// wordInfo is what the word lists say of a lowercased word, looked up once per token.
type wordInfo struct {
	stop, common bool
	starts       uint8
}

var words = func() map[string]wordInfo {
	m := map[string]wordInfo{}
	for w := range stopwords {
		i := m[w]
		i.stop = true
		m[w] = i
	}
	for w := range common {
		i := m[w]
		i.common = true
		m[w] = i
	}
	for l := range numLists {
		for w := range lexicon[l] {
			i := m[w]
			i.starts |= 1 << l
			m[w] = i
		}
	}
	return m
}()

// tokenize appends the words of text to dst. A word is a run of letters and digits, with
// inner apostrophes, periods and commas between digits ("3.5", "1,200") kept; "n't" is split
// off as its own word so negation is one token.
func tokenize(text string, dst []Token) []Token {
	i := 0
	for i < len(text) {
		r, n := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[i:])
		}
		if !isWordRune(r) {
			i += n
			continue
		}
		start := i
		i += n
		for i < len(text) {
			r, n = rune(text[i]), 1
			if r >= utf8.RuneSelf {
				r, n = utf8.DecodeRuneInString(text[i:])
			}
			if isWordRune(r) {
				i += n
				continue
			}
			// An apostrophe or digit separator inside a word.
			if (r == '\'' || r == '’' || r == '.' || r == ',') && i+n < len(text) {
				next, _ := utf8.DecodeRuneInString(text[i+n:])
				prev, _ := utf8.DecodeLastRuneInString(text[:i])
				if r == '\'' || r == '’' {
					if unicode.IsLetter(next) && unicode.IsLetter(prev) {
						i += n
						continue
					}
				} else if unicode.IsDigit(next) && unicode.IsDigit(prev) {
					i += n
					continue
				}
			}
			break
		}
		dst = appendWord(dst, text, start, i)
	}
	return dst
}

func appendWord(dst []Token, text string, start, end int) []Token {
	w := lower(text[start:end])
	if strings.HasSuffix(w, "n't") && len(w) > 3 {
		cut := end - (len(text[start:end]) - strings.LastIndexAny(text[start:end], "'’") + 1)
		base := notBase(w[:len(w)-3])
		dst = append(dst, newToken(start, cut, base, stem(base), false))
		return append(dst, newToken(cut, end, "n't", "n't", false))
	}
	// Possessive 's is dropped from the stem: "Pakistan's" matches "Pakistan".
	st := strings.TrimSuffix(w, "'s")
	return append(dst, newToken(start, end, w, stem(st), isNumber(w)))
}

func newToken(start, end int, lower, stem string, number bool) Token {
	t := Token{Start: start, End: end, Lower: lower, Stem: stem, Number: number}
	info := words[lower]
	t.starts = info.starts
	switch {
	case number:
		t.Weight = 1
	case info.stop || len(lower) < 2:
		t.Weight = 0
	case info.common:
		t.Weight = 0.5
	default:
		t.Weight = 1
		if stem != lower && common[stem] {
			t.Weight = 0.5
		}
	}
	return t
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func isNumber(w string) bool {
	digits := 0
	for i := 0; i < len(w); i++ {
		c := w[i]
		switch {
		case c >= '0' && c <= '9':
			digits++
		case c == '.' || c == ',':
		default:
			return false
		}
	}
	return digits > 0
}

// lower lowercases w and straightens curly apostrophes, without allocating for the common
// all-lowercase ASCII word.
func lower(w string) string {
	ascii, upper := true, false
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= utf8.RuneSelf {
			ascii = false
			break
		}
		if 'A' <= c && c <= 'Z' {
			upper = true
		}
	}
	if ascii && !upper {
		return w
	}
	if ascii {
		b := []byte(w)
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				b[i] = c + 'a' - 'A'
			}
		}
		return string(b)
	}
	return strings.ReplaceAll(strings.ToLower(w), "’", "'")
}

// stem removes common English inflectional suffixes: a light Porter step 1, enough for
// "denied"/"denies"/"deny", "calls"/"called"/"call" and "phoned"/"phone" to meet.
func stem(w string) string {
	s := stripSuffix(w)
	if n := len(s); n >= 4 && s[n-1] == 'e' {
		return s[:n-1]
	}
	return s
}

func stripSuffix(w string) string {
	n := len(w)
	if n <= 3 {
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "ied") && n > 4:
		return w[:n-3] + "y"
	case strings.HasSuffix(w, "sses"):
		return w[:n-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "ing") && n > 5:
		return undouble(w[:n-3])
	case strings.HasSuffix(w, "ed") && n > 4:
		return undouble(w[:n-2])
	case strings.HasSuffix(w, "es") && n > 4 && strings.ContainsRune("sxz", rune(w[n-3])):
		return w[:n-2]
	case strings.HasSuffix(w, "ly") && n > 5:
		return w[:n-2]
	case strings.HasSuffix(w, "s"):
		return w[:n-1]
	}
	return w
}

// undouble strips a doubled final consonant left by a suffix ("stopp" -> "stop").
func undouble(w string) string {
	n := len(w)
	if n >= 3 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiouls", rune(w[n-1])) {
		return w[:n-1]
	}
	return w
}
