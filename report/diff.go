package report

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdiff/compare"
)

// diffPiece is one run of whole words of a word diff, ready to show: Text has no leading,
// trailing or repeated space, and pieces are shown separated by one space.
type diffPiece struct {
	Op   compare.Op
	Text string
}

// wordPieces turns a word diff into runs of whole words, as a reader should see it. A word
// (a run of non-space characters) that the diff changes only in part ("facts." against
// "facts,") is shown whole, once struck out and once added; consecutive changed words are
// gathered, so a change reads "~~was limited to~~ **discussed**" rather than word by word.
//
// Spaces both statements keep (in equal runs) cut the diff into segments; a segment the diff
// leaves alone is equal, and the words of any other are lined up again as whole words
// ([alignWords]).
func wordPieces(ops []compare.DiffOp) []diffPiece {
	var out []diffPiece
	var eq, del, ins []string
	flush := func() {
		if len(eq) > 0 {
			out = append(out, diffPiece{compare.Equal, strings.Join(eq, " ")})
		}
		if len(del) > 0 {
			out = append(out, diffPiece{compare.Delete, strings.Join(del, " ")})
		}
		if len(ins) > 0 {
			out = append(out, diffPiece{compare.Insert, strings.Join(ins, " ")})
		}
		eq, del, ins = nil, nil, nil
	}
	equal := func(words []string) {
		if len(words) == 0 {
			return
		}
		if len(del) > 0 || len(ins) > 0 {
			flush()
		}
		eq = append(eq, words...)
	}
	changed := func(left, right []string) {
		if len(left) == 0 && len(right) == 0 {
			return
		}
		if len(eq) > 0 {
			flush()
		}
		del = append(del, left...)
		ins = append(ins, right...)
	}
	var left, right strings.Builder
	diff := false
	segment := func() {
		l, r := strings.Fields(left.String()), strings.Fields(right.String())
		left.Reset()
		right.Reset()
		if !diff {
			equal(l)
			return
		}
		diff = false
		alignWords(l, r, equal, changed)
	}
	for _, op := range ops {
		text := sanitize(op.Text)
		switch op.Op {
		case compare.Delete:
			left.WriteString(text)
			diff = true
		case compare.Insert:
			right.WriteString(text)
			diff = true
		default:
			for len(text) > 0 {
				r, n := utf8.DecodeRuneInString(text)
				if unicode.IsSpace(r) {
					segment()
					text = text[n:]
					continue
				}
				end := strings.IndexFunc(text, unicode.IsSpace)
				if end < 0 {
					end = len(text)
				}
				left.WriteString(text[:end])
				right.WriteString(text[:end])
				text = text[end:]
			}
		}
	}
	segment()
	flush()
	return out
}

// maxAlign bounds the work of aligning the words of one changed segment (left words times
// right words); past it the segment is shown as all changed.
const maxAlign = 1 << 16

// alignWords lines up the words of the two sides of a changed segment by their longest common
// subsequence and reports the runs in order: equal for words in both, changed for the words
// between them (left struck out, right added).
func alignWords(l, r []string, equal func([]string), changed func(left, right []string)) {
	p := 0
	for p < len(l) && p < len(r) && l[p] == r[p] {
		p++
	}
	equal(l[:p])
	l, r = l[p:], r[p:]
	q := 0
	for q < len(l) && q < len(r) && l[len(l)-1-q] == r[len(r)-1-q] {
		q++
	}
	tail := l[len(l)-q:]
	l, r = l[:len(l)-q], r[:len(r)-q]
	if len(l) == 0 || len(r) == 0 || len(l)*len(r) > maxAlign {
		changed(l, r)
		equal(tail)
		return
	}
	// lcs[i][j] is the length of the longest common subsequence of l[i:] and r[j:].
	lcs := make([][]int, len(l)+1)
	for i := range lcs {
		lcs[i] = make([]int, len(r)+1)
	}
	for i := len(l) - 1; i >= 0; i-- {
		for j := len(r) - 1; j >= 0; j-- {
			if l[i] == r[j] {
				lcs[i][j] = lcs[i+1][j+1] + 1
			} else {
				lcs[i][j] = max(lcs[i+1][j], lcs[i][j+1])
			}
		}
	}
	i, j, li, rj := 0, 0, 0, 0
	for i < len(l) && j < len(r) {
		switch {
		case l[i] == r[j]:
			changed(l[li:i], r[rj:j])
			k := 0
			for i+k < len(l) && j+k < len(r) && l[i+k] == r[j+k] {
				k++
			}
			equal(l[i : i+k])
			i, j = i+k, j+k
			li, rj = i, j
		case lcs[i+1][j] >= lcs[i][j+1]:
			i++
		default:
			j++
		}
	}
	changed(l[li:], r[rj:])
	equal(tail)
}

// noCommonWords is shown instead of a word diff that keeps no words of both statements: it
// would only strike one out and repeat the other.
const noCommonWords = "(no wording in common)"

// shareWords reports whether a word diff keeps any words of both statements.
func shareWords(pieces []diffPiece) bool {
	for _, p := range pieces {
		if p.Op == compare.Equal {
			return true
		}
	}
	return false
}

// mdDiff renders a word diff as markdown: removed words ~~struck out~~, added words
// **strong**, all of it escaped.
// A diff that keeps no words of both gives [noCommonWords].
func mdDiff(ops []compare.DiffOp) string {
	pieces := wordPieces(ops)
	if len(pieces) > 0 && !shareWords(pieces) {
		return mdCell(noCommonWords)
	}
	var b strings.Builder
	for i, p := range pieces {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch p.Op {
		case compare.Delete:
			b.WriteString("~~" + mdEscape(p.Text, false) + "~~")
		case compare.Insert:
			b.WriteString("**" + mdEscape(p.Text, false) + "**")
		default:
			b.WriteString(mdEscape(p.Text, i == 0))
		}
	}
	return b.String()
}

// ANSI colours for terminal diffs.
const (
	ansiRed   = "\x1b[31m"
	ansiGreen = "\x1b[32m"
	ansiReset = "\x1b[0m"
)

// textDiff renders a word diff for a terminal: [-removed-] and {+added+} as git's word diff
// does, and in red and green too when color is set (each word coloured on its own, so that
// wrapping never splits a colour across table borders).
// A diff that keeps no words of both gives [noCommonWords].
func textDiff(ops []compare.DiffOp, color bool) string {
	pieces := wordPieces(ops)
	if len(pieces) > 0 && !shareWords(pieces) {
		return noCommonWords
	}
	var b strings.Builder
	for i, p := range pieces {
		if i > 0 {
			b.WriteByte(' ')
		}
		switch p.Op {
		case compare.Delete:
			b.WriteString(paint("[-"+p.Text+"-]", ansiRed, color))
		case compare.Insert:
			b.WriteString(paint("{+"+p.Text+"+}", ansiGreen, color))
		default:
			b.WriteString(p.Text)
		}
	}
	return b.String()
}

// paint colours every word of s when color is set.
func paint(s, code string, color bool) string {
	if !color {
		return s
	}
	words := strings.Fields(s)
	for i, w := range words {
		words[i] = code + w + ansiReset
	}
	return strings.Join(words, " ")
}
