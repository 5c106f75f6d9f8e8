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
func wordPieces(ops []compare.DiffOp) []diffPiece {
	type word struct {
		left, right strings.Builder
		changed     bool
	}
	var words []*word
	var cur *word
	for _, op := range ops {
		text := sanitize(op.Text)
		for len(text) > 0 {
			r, n := utf8.DecodeRuneInString(text)
			if unicode.IsSpace(r) {
				cur = nil
				text = text[n:]
				continue
			}
			end := strings.IndexFunc(text, unicode.IsSpace)
			if end < 0 {
				end = len(text)
			}
			if cur == nil {
				cur = &word{}
				words = append(words, cur)
			}
			chunk := text[:end]
			switch op.Op {
			case compare.Delete:
				cur.left.WriteString(chunk)
				cur.changed = true
			case compare.Insert:
				cur.right.WriteString(chunk)
				cur.changed = true
			default:
				cur.left.WriteString(chunk)
				cur.right.WriteString(chunk)
			}
			text = text[end:]
		}
	}
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
	for _, w := range words {
		if !w.changed {
			if len(del) > 0 || len(ins) > 0 {
				flush()
			}
			eq = append(eq, w.left.String())
			continue
		}
		if len(eq) > 0 {
			flush()
		}
		if s := w.left.String(); s != "" {
			del = append(del, s)
		}
		if s := w.right.String(); s != "" {
			ins = append(ins, s)
		}
	}
	flush()
	return out
}

// mdDiff renders a word diff as markdown: removed words ~~struck out~~, added words
// **strong**, all of it escaped.
func mdDiff(ops []compare.DiffOp) string {
	var b strings.Builder
	for i, p := range wordPieces(ops) {
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
func textDiff(ops []compare.DiffOp, color bool) string {
	var b strings.Builder
	for i, p := range wordPieces(ops) {
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
