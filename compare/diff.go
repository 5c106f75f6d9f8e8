package compare

import (
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"
)

// WordDiff returns a word-level diff of a against b: each word, run of spaces and
// punctuation mark becomes one symbol, the symbols are diffed with go-diff (without a
// timeout, so the result is deterministic) and mapped back. Adjacent runs of one operation are
// merged. The [Equal] and [Delete] runs joined give a back; the [Equal] and [Insert] runs
// give b.
func WordDiff(a, b string) []DiffOp {
	if a == b {
		if a == "" {
			return nil
		}
		return []DiffOp{{Equal, a}}
	}
	var vocab []string
	ids := map[string]rune{}
	encode := func(s string) []rune {
		var out []rune
		for _, w := range diffWords(s) {
			r, ok := ids[w]
			if !ok {
				r = symbol(len(vocab))
				ids[w] = r
				vocab = append(vocab, w)
			}
			out = append(out, r)
		}
		return out
	}
	ra, rb := encode(a), encode(b)
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffCleanupSemantic(dmp.DiffMainRunes(ra, rb, false))
	var out []DiffOp
	for _, d := range diffs {
		op := Equal
		switch d.Type {
		case diffmatchpatch.DiffDelete:
			op = Delete
		case diffmatchpatch.DiffInsert:
			op = Insert
		}
		text := make([]byte, 0, len(d.Text))
		for _, r := range d.Text {
			text = append(text, vocab[unsymbol(r)]...)
		}
		if len(text) == 0 {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Op == op {
			out[n-1].Text += string(text)
			continue
		}
		out = append(out, DiffOp{op, string(text)})
	}
	return out
}

// symbol maps the i-th distinct word to a valid rune that is not a surrogate.
func symbol(i int) rune {
	r := rune(0x100 + i)
	if r >= 0xD800 {
		r += 0x800
	}
	return r
}

func unsymbol(r rune) int {
	if r >= 0xE000 {
		r -= 0x800
	}
	return int(r - 0x100)
}

// diffWords splits s into words (letters, digits and inner apostrophes), runs of space, and
// single other characters; joined they give s back. Invalid UTF-8 bytes are single words.
func diffWords(s string) []string {
	var out []string
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		j := i + n
		switch {
		case isWordRune(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if (r2 == '\'' || r2 == '’') && j+n2 < len(s) {
					if r3, _ := utf8.DecodeRuneInString(s[j+n2:]); isWordRune(r3) {
						j += n2
						continue
					}
				}
				break
			}
		case unicode.IsSpace(r):
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if !unicode.IsSpace(r2) {
					break
				}
				j += n2
			}
		}
		out = append(out, s[i:j])
		i = j
	}
	return out
}
