package claims

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tkind is the kind of a token.
type tkind uint8

const (
	tWord  tkind = iota // letters, digits and word-internal apostrophes and hyphens
	tPunct              // any other single character that is not space
	tQuote              // a quotation mark; see token.q
)

// qkind says how a quotation mark may be read.
type qkind uint8

const (
	qNone   qkind = iota
	qOpen         // “ ‘ «: can only open
	qClose        // ” »: can only close
	qEither       // " and ' and ’ used as quotes: opens or closes by context
)

// token is a word, punctuation mark or quotation mark with its byte span.
type token struct {
	Span
	kind   tkind
	q      qkind
	single bool   // for quotes: a single mark (‘ ’ ')
	upper  bool   // word starts with an upper-case letter
	nl     int32  // newlines in the space before the token (an int32 beside the flags: 40 bytes a token, not 48)
	low    string // lower-case form of a word; the mark itself otherwise
}

// tokenize splits text[from:to] into tokens. Apostrophes and hyphens between letters stay
// inside words ("Pakistan’s", "multi-polar"); a trailing possessive ’s is its own token so
// that "Khan’s claim" reads as Khan + ’s + claim.
func tokenize(text string, from, to int, buf []token) []token {
	toks := buf[:0]
	var nl int32
	var lw lowered
	var ahead doubleMark // for closedAhead
	text = text[:to]     // so that text[i] needs no bounds check below
	for i := from; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			switch {
			case isWordByte(c): // first: most bytes that open a token open a word
				j, wc := wordEnd(text, i, to)
				toks = appendWord(toks, text, i, j, wc, nl, &lw)
				nl = 0
				i = j
				continue
			case c == ' ':
				i++
				continue
			case c == '\n':
				nl++
				i++
				continue
			case c == '\t' || c == '\r' || c == '\f' || c == '\v':
				i++
				continue
			case c == '"':
				toks = append(toks, token{Span: Span{i, i + 1}, kind: tQuote, q: qEither, low: "\"", nl: nl})
			case c == '\'' && i+1 < to && text[i+1] == '\'':
				// Two single marks stand for a double one: ''Like this,'' he said.
				toks = append(toks, token{Span: Span{i, i + 2}, kind: tQuote, q: qEither, low: "\"", nl: nl})
				nl = 0
				i += 2
				continue
			case c == '\'':
				toks = append(toks, token{Span: Span{i, i + 1}, kind: tQuote, q: qEither, single: true, low: "'", nl: nl})
			default:
				toks = append(toks, token{Span: Span{i, i + 1}, kind: tPunct, low: text[i : i+1], nl: nl})
			}
			nl = 0
			i++
			continue
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\u00a0' || r == '\ufeff' || r == '\u2028' || r == '\u2029' || unicode.IsSpace(r):
			i += n
			continue
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r):
			j, wc := wordEnd(text, i, to)
			toks = appendWord(toks, text, i, j, wc, nl, &lw)
			nl = 0
			i = j
			continue
		case r == '“' && closingOpener(text, i, n, to):
			// “...the headline.“[HuffPost.]: an opening mark typed for a closing one, right
			// after the sentence's punctuation and before a space or the line's end.
			toks = append(toks, token{Span: Span{i, i + n}, kind: tQuote, q: qClose, low: text[i : i+n], nl: nl})
		case r == '“' || r == '«' || r == '„':
			toks = append(toks, token{Span: Span{i, i + n}, kind: tQuote, q: qOpen, low: text[i : i+n], nl: nl})
		case r == '”' || r == '»':
			toks = append(toks, token{Span: Span{i, i + n}, kind: tQuote, q: qClose, low: text[i : i+n], nl: nl})
		case r == '″' && i > from && text[i-1] != ' ' && text[i-1] != '\n' && (i+n == len(text) || !isWordByte(text[i+n])) && !closedAhead(text, i+n, to, &ahead):
			// A double prime closing a quote after a number: “at least 10″ fighters. Web
			// editors turn a straight " after a digit into ″ (inches), so the mark that closes
			// “Found Dead at Age 34″ comes out so. With no quote open it closes nothing. Not
			// when a closing mark follows in the paragraph: the prime is then a measure's
			// inches inside the quote, “He is 6′2″ tall,” the coach said.
			toks = append(toks, token{Span: Span{i, i + n}, kind: tQuote, q: qClose, low: "”", nl: nl})
		case r == '″' && (i == from || text[i-1] == ' ' || text[i-1] == '\n') && i+n < len(text) && isWordByte(text[i+n]):
			// A double prime typed for an opening mark: ″record shattering snowfall”.
			toks = append(toks, token{Span: Span{i, i + n}, kind: tQuote, q: qOpen, low: "“", nl: nl})
		case r == '‘':
			toks = append(toks, token{Span: Span{i, i + n}, kind: tQuote, q: qOpen, single: true, low: text[i : i+n], nl: nl})
		case r == '’':
			toks = append(toks, token{Span: Span{i, i + n}, kind: tQuote, q: qEither, single: true, low: text[i : i+n], nl: nl})
		default:
			toks = append(toks, token{Span: Span{i, i + n}, kind: tPunct, low: text[i : i+n], nl: nl})
		}
		nl = 0
		i += n
	}
	return lw.settle(toks)
}

// doubleMark is the next double quotation mark or paragraph end that [closedAhead] found
// after a double prime: where it stands and whether it is a closing mark.
type doubleMark struct {
	at     int
	closes bool
}

// closedAhead reports whether the first double quotation mark after byte i, before the
// paragraph ends (a newline) or to, is a closing one, double primes passed over. ahead keeps
// the last mark found, which holds for every double prime before it, so that a run of primes
// costs one scan.
func closedAhead(text string, i, to int, ahead *doubleMark) bool {
	if i < ahead.at {
		return ahead.closes
	}
	*ahead = doubleMark{to, false}
	if k := strings.IndexAny(text[i:to], "\n“”«»„"); k >= 0 {
		r, _ := utf8.DecodeRuneInString(text[i+k:])
		*ahead = doubleMark{i + k, r == '”' || r == '»'}
	}
	return ahead.closes
}

func isWordByte(c byte) bool { return wordBytes[c] != 0 }

// wordBytes says which bytes are ASCII word characters: letters, digits and '_' (wordByte),
// and which of them capitals (wordByte|upperByte). A table, because tokenize asks it of nearly
// every byte of a text, and the four range tests mispredicted often enough to cost a tenth of
// tokenizing.
var wordBytes = func() (t [256]uint8) {
	for c := range t {
		switch {
		case 'A' <= c && c <= 'Z':
			t[c] = wordByte | upperByte
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '_':
			t[c] = wordByte
		}
	}
	return t
}()

// The bits of wordBytes.
const (
	wordByte  = 1 << iota // an ASCII word character
	upperByte             // an ASCII capital
)

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return isWordByte(byte(r))
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// wordEnd returns the end of the word starting at i: word characters, joined by single
// apostrophes, hyphens or periods inside numbers and acronyms when a word character follows.
// A final "’s" or "'s" is left out so the possessive becomes its own token.
func wordEnd(text string, i, to int) (int, int) {
	j := i
	var seen uint8 // the wordBytes bits of the word's ASCII word characters
	other := false // a character outside ASCII
	text = text[:to]
	for j < to {
		// Most of a text is ASCII: its bytes need no decoding, and a tight loop (with no
		// bounds check, text ending at to) passes them.
		for j < len(text) {
			b := wordBytes[text[j]]
			if b == 0 {
				break
			}
			seen |= b
			j++
		}
		if j == to {
			break
		}
		c := text[j]
		if c == ' ' {
			break // most words end at a space: none of the joins below
		}
		r, n := rune(c), 1
		if c >= utf8.RuneSelf {
			r, n = utf8.DecodeRuneInString(text[j:])
			if isWordRune(r) {
				j += n
				other = true
				continue
			}
		}
		if r == ',' && j > i && isDigitByte(text[j-1]) && thousands(text, j+1, to) {
			j++ // "1,500", "$72,800": a thousands separator
			continue
		}
		if r == '.' && j > i && domainAt(text, j+1, to) {
			j++ // "AL.com", "Politico.com": a web address is one word, no sentence's end
			continue
		}
		if r == '.' && partyState(text, i, j, to) {
			j++ // "R-N.Y.": a party's initial and a state's is one word, as "R-Calif." is
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' && j > i && isDigitByte(text[j-1]) {
			if j+n < to {
				r2, _ := utf8.DecodeRuneInString(text[j+n:])
				if isWordRune(r2) {
					if (r == '\'' || r == '’') && isPossessiveAt(text, j+n, to) {
						break
					}
					j += n
					other = other || n > 1 // "’" inside the word
					continue
				}
			}
		}
		break
	}
	switch {
	case other:
		return j, caseOther
	case seen&upperByte != 0:
		return j, caseASCII
	}
	return j, caseLower
}

// partyState reports whether the period at text[j], in the word that starts at i, follows a
// hyphen and a capital and comes before a capital and a period: the first of "R-N.Y.".
func partyState(text string, i, j, to int) bool {
	return j-2 >= i && text[j-2] == '-' && isUpperByte(text[j-1]) && j+2 < to && isUpperByte(text[j+1]) && text[j+2] == '.'
}

// domainAt reports whether text[i:to] opens with a top-level domain of a web address and no
// word character after it: "com" of "AL.com,", "org" of "Change.org".
func domainAt(text string, i, to int) bool {
	e := i + 3
	if e > to {
		return false
	}
	switch text[i:e] { // a switch of three-byte strings compares them in place, no call
	case "com", "org", "net", "gov", "edu":
		return e == to || !isWordByte(text[e])
	}
	return false
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

func isUpperByte(c byte) bool { return 'A' <= c && c <= 'Z' }

// thousands reports whether text[i:to] opens with exactly three digits: the group after a
// thousands separator.
func thousands(text string, i, to int) bool {
	if i+3 > to {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigitByte(text[k]) {
			return false
		}
	}
	return i+3 == to || !isDigitByte(text[i+3])
}

// isPossessiveAt reports whether text[i:] is "s" followed by a non-word character.
func isPossessiveAt(text string, i, to int) bool {
	if i >= to || text[i] != 's' {
		return false
	}
	if i+1 >= to {
		return true
	}
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return !isWordRune(r)
}

// appendWord appends the word text[i:j], of case c (as wordEnd tells it), to toks. An ASCII
// word written with capitals is lowered into lw, which gives it its lower-case form when the
// text is tokenized.
func appendWord(toks []token, text string, i, j, c int, nl int32, lw *lowered) []token {
	w := text[i:j]
	// A possessive "’s" or "'s" right after a word is a token of its own.
	if n := len(toks); n > 0 && (w == "s" || w == "S") && toks[n-1].kind == tQuote && toks[n-1].single &&
		toks[n-1].End == i && n > 1 && toks[n-2].kind == tWord && toks[n-2].End == toks[n-1].Start {
		q := toks[n-1]
		toks[n-1] = token{Span: Span{q.Start, j}, kind: tWord, low: "'s"}
		return toks
	}
	// The case tells most of the first letter's: a lower-case word opens with none, an ASCII
	// word with a capital if its first byte is one; only the rest need decoding.
	t := token{Span: Span{i, j}, kind: tWord, low: w, nl: nl}
	switch c {
	case caseASCII:
		t.upper = isUpperByte(w[0])
		if w == "WHO" {
			t.low = whoAcronym // the World Health Organization, not the relative pronoun
		} else {
			lw.add(len(toks), w) // "The", "Trump": most capitalised words are ASCII
		}
	case caseOther:
		r, _ := utf8.DecodeRuneInString(w)
		t.upper = unicode.IsUpper(r)
		t.low = lowerSlow(w)
	}
	return append(toks, t)
}

// whoAcronym is the lower-case form of "WHO": a body's name that no word list holds, so that
// the rules for the relative pronoun "who" never read it.
const whoAcronym = "w.h.o"

// The cases of a word, as wordEnd tells them.
const (
	caseLower = iota // lower case already: its own lower-case form
	caseASCII        // ASCII with a capital
	caseOther        // a byte outside ASCII: lowerSlow lowers it
)

// upperBytes is 1 for the ASCII capitals, 0 for every other byte.
var upperBytes = func() (t [256]byte) {
	for c := 'A'; c <= 'Z'; c++ {
		t[c] = 1
	}
	return t
}()

// lowered gathers the lower-case forms of a text's ASCII words written with capitals, one
// after the other, and the tokens they belong to: settle makes them one string, one
// allocation a text instead of one a word.
type lowered struct {
	buf  []byte  // the words in lower case
	toks []int32 // the tokens whose words are in buf, in order
}

// add puts word w of token k in lower case after the others.
func (l *lowered) add(k int, w string) {
	l.toks = append(l.toks, int32(k))
	n := len(l.buf)
	l.buf = append(l.buf, w...)
	for i := n; i < len(l.buf); i++ {
		l.buf[i] |= upperBytes[l.buf[i]] << 5 // 'A' | 0x20 is 'a'
	}
}

// settle gives each token that add was told of its word's lower-case form, and returns toks.
func (l *lowered) settle(toks []token) []token {
	all := string(l.buf)
	for _, k := range l.toks {
		t := &toks[k]
		n := t.End - t.Start
		t.low, all = all[:n], all[n:]
	}
	return toks
}

func lowerSlow(w string) string {
	b := make([]byte, 0, len(w))
	for _, r := range w {
		if r == '’' {
			b = append(b, '\'')
			continue
		}
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	return string(b)
}

// closingOpener reports whether the “ at text[i:i+n] closes a quote: it follows ".", ",", "!"
// or "?" directly, and a space, a line break, "[" or the end of the text follows it.
func closingOpener(text string, i, n, to int) bool {
	if i == 0 {
		return false
	}
	switch text[i-1] {
	case '.', ',', '!', '?':
	default:
		return false
	}
	if i+n >= to {
		return true
	}
	c := text[i+n]
	return c == ' ' || c == '\n' || c == '\r' || c == '['
}
