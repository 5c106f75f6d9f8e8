package compare

import "strings"

// bracketsIn returns where text writes " (", in order: the places where an acronym in
// brackets may follow a body's name.
func bracketsIn(text string) []int {
	var out []int
	for at := 0; ; {
		k := strings.Index(text[at:], " (")
		if k < 0 {
			return out
		}
		out = append(out, at+k)
		at += k + 1
	}
}

// bracketedAcronym returns the first acronym that text gives in brackets right after name o
// ("Citizens Coalition for Change (CCC)"), up to a closing bracket in its next eight bytes;
// brackets are bracketsIn(text). The name's writings are taken left to right, each after the
// bracket of the one before, as a search for o+" (" from there finds them.
func bracketedAcronym(text string, brackets []int, o string) (string, bool) {
	at := 0
	for _, p := range brackets {
		if s := p - len(o); s < at || text[s:p] != o {
			continue
		}
		at = p + 2
		end := strings.IndexByte(text[at:min(len(text), at+8)], ')')
		if end < 0 {
			continue
		}
		if acr := text[at : at+end]; acronym(acr) && acr != o {
			return acr, true
		}
	}
	return "", false
}

// capitalsAt tells whether a text writes a word of capitals A to Z after a space, as
// wordAt(text, " "+w) does: a short text is searched, a long one indexed once (capitalWords)
// instead of walked once a word.
type capitalsAt struct {
	text  string
	words map[string]bool // capitalWords(text), for a long text on first use
}

// has reports whether the text writes w, of capitals A to Z, after a space and with no letter
// or digit right after it.
func (c *capitalsAt) has(w string) bool {
	if len(c.text) < indexedText {
		return wordAt(c.text, " "+w)
	}
	if c.words == nil {
		c.words = capitalWords(c.text)
	}
	return c.words[w]
}

// capitalWords returns the words of text written in capitals A to Z alone, right after a
// space and with no letter or digit right after them: the words w of capitals for which
// wordAt(text, " "+w) holds, since such a w must run to the end of the capitals there.
func capitalWords(text string) map[string]bool {
	out := map[string]bool{}
	for i := 0; i < len(text); i++ {
		if text[i] != ' ' {
			continue
		}
		j := i + 1
		for j < len(text) && 'A' <= text[j] && text[j] <= 'Z' {
			j++
		}
		if j > i+1 && (j == len(text) || !isWordByteAt(text, j)) {
			out[text[i+1:j]] = true
		}
		i = j - 1
	}
	return out
}
