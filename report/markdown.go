package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"
)

// mdText escapes untrusted text (a quotation, a title, a file name) so that GitHub-flavoured
// markdown shows it as the same plain text, wherever inline text may go: a table cell, a list
// item, a heading, inside **strong** or ~~strikethrough~~. Markdown and HTML syntax characters
// are backslash-escaped, so "<script>" stays text and "|" never splits a table cell; line
// breaks become <br>, so a multi-paragraph quotation stays in its cell. Leading and trailing
// spaces are dropped, as markdown would drop them.
func mdText(s string) string { return mdEscape(strings.TrimSpace(sanitize(s)), true) }

// mdCell escapes untrusted text for a table cell, whose content is inline only: unlike
// [mdText], line-start characters ("-", "1.") stay as they are.
func mdCell(s string) string { return mdEscape(strings.TrimSpace(sanitize(s)), false) }

// mdEscape escapes sanitized text s for markdown; atStart says that s starts a line of
// markdown, where "-", "+", "=" and "1." need escaping too.
func mdEscape(s string, atStart bool) string {
	b := make([]byte, 0, len(s)+len(s)/8)
	lineStart := atStart
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\n':
			// Spaces before a break would make a hard break of their own; drop them.
			for len(b) > 0 && b[len(b)-1] == ' ' {
				b = b[:len(b)-1]
			}
			b = append(b, "<br>"...)
			for i+1 < len(s) && (s[i+1] == ' ' || s[i+1] == '\n') {
				if s[i+1] == '\n' {
					b = append(b, "<br>"...)
				}
				i++
			}
			lineStart = true
			continue
		case '~':
			// An entity, not "\~": "\~~~" would end a ~~strikethrough~~ with three tildes.
			b = append(b, "&#126;"...)
			lineStart = false
			continue
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '&', '#', '!', '$':
			b = append(b, '\\')
		case '-', '+', '=':
			// "- x" or "+ x" would open a list, "===" or "---" underline a heading.
			if lineStart {
				b = append(b, '\\')
			}
		case '.', ')':
			// "1. x" would open an ordered list.
			if atStart && i > 0 && isDigit(s[i-1]) && digitsFromLineStart(s, i) {
				b = append(b, '\\')
			}
		}
		b = append(b, c)
		lineStart = false
	}
	return string(b)
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// digitsFromLineStart reports whether s[:i] ends with a run of digits that starts the text.
func digitsFromLineStart(s string, i int) bool {
	j := i
	for j > 0 && isDigit(s[j-1]) {
		j--
	}
	return j == 0
}

// mdCode returns s as an inline code span whatever backticks it holds (for commands).
func mdCode(s string) string {
	s = strings.ReplaceAll(sanitize(s), "\n", " ")
	fence := "`"
	for strings.Contains(s, fence) {
		fence += "`"
	}
	pad := ""
	if strings.HasPrefix(s, "`") || strings.HasSuffix(s, "`") {
		pad = " "
	}
	return fence + pad + s + pad + fence
}

// mdTable writes a GFM table. Cells are markdown already (escape text with mdText); a cell
// must hold no line break and no unescaped "|".
func mdTable(w io.Writer, header []string, rows [][]string) error {
	line := func(cells []string) string {
		var b strings.Builder
		b.WriteString("|")
		for i := range header {
			c := ""
			if i < len(cells) {
				c = cells[i]
			}
			b.WriteString(" ")
			b.WriteString(c)
			b.WriteString(" |")
		}
		b.WriteString("\n")
		return b.String()
	}
	var b strings.Builder
	b.WriteString(line(header))
	b.WriteString("|")
	for range header {
		b.WriteString(" --- |")
	}
	b.WriteString("\n")
	for _, r := range rows {
		b.WriteString(line(r))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// mdStrong returns escaped text in **strong**; mdStrike in ~~strikethrough~~. Both return ""
// for blank text, since "****" is not emphasis.
func mdStrong(text string) string { return mdWrap("**", text) }
func mdStrike(text string) string { return mdWrap("~~", text) }

func mdWrap(mark, text string) string {
	e := mdText(text)
	if e == "" {
		return ""
	}
	return fmt.Sprintf("%s%s%s", mark, e, mark)
}

func isLetterOrDigit(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }
