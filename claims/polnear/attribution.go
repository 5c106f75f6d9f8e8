package polnear

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdiff/claims"
)

// Part is one role of an attribution (its source, cue or content): byte spans into the
// document text, in order, and their text.
type Part struct {
	Spans []claims.Span // nil when the part is absent
	Text  string        // the pieces' text joined by a space
}

// Absent reports whether the part has no span.
func (p Part) Absent() bool { return len(p.Spans) == 0 }

// Attribution is one attributed statement as the scorer sees it: who (Source), the words that
// mark it (Cue) and what is attributed (Content). Quoted says whether the content is, or holds,
// a quotation; see [IsQuoted].
type Attribution struct {
	Source, Cue, Content Part
	Quoted               bool
}

// newPart returns the part of text covered by spans, dropping spans that are empty or do not
// lie inside text.
func newPart(text string, spans []claims.Span) Part {
	var p Part
	var b strings.Builder
	for _, s := range spans {
		if !s.In(len(text)) || s.Len() == 0 {
			continue
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(text[s.Start:s.End])
		p.Spans = append(p.Spans, s)
	}
	p.Text = b.String()
	return p
}

// newAttribution builds an attribution over text from the spans of its three parts.
func newAttribution(text string, source, cue, content []claims.Span) Attribution {
	a := Attribution{
		Source:  newPart(text, source),
		Cue:     newPart(text, cue),
		Content: newPart(text, content),
	}
	a.Quoted = IsQuoted(text, a.Content.Spans)
	return a
}

// FromClaims returns the attributions of claims extracted from doc. A claim's source is its
// mention as written (Source.Text, not the resolved name), its cue is Cue.Text and its content
// is the pieces in Content.Spans (Content.Span when Spans is empty). Spans outside the text
// are dropped.
func FromClaims(doc *claims.Document, cs []claims.Claim) []Attribution {
	out := make([]Attribution, 0, len(cs))
	for i := range cs {
		c := &cs[i]
		var src []claims.Span
		if c.Source != nil {
			src = []claims.Span{c.Source.Span}
		}
		content := c.Content.Spans
		if len(content) == 0 {
			content = []claims.Span{c.Content.Span}
		}
		out = append(out, newAttribution(doc.Text, src, []claims.Span{c.Cue.Span}, content))
	}
	return out
}

// IsQuoted reports whether the content covered by spans is, or holds, a quotation: some piece
// holds a double quotation mark (straight " or curly “ ”, « » „, or two straight single quotes
// in a row, U+0027 U+0027, as the New York Times articles of PolNeAR write a double quote), a
// curly opening single quote ‘, or a straight single quote that opens a quotation (at the start
// of a piece or after a space or bracket, and before a letter or digit); or the first non-space
// character before the first piece is such an opening mark, for contents whose span leaves the
// marks out.
// The apostrophe ’ and a straight ' inside a word (don't) are not quotation marks.
func IsQuoted(text string, spans []claims.Span) bool {
	for _, s := range spans {
		if !s.In(len(text)) {
			continue
		}
		piece := text[s.Start:s.End]
		for i, r := range piece {
			switch r {
			case '"', '“', '”', '‘', '«', '»', '„':
				return true
			case '\'':
				if strings.HasPrefix(piece[i:], "''") || opensSingle(piece, i) {
					return true
				}
			}
		}
	}
	if len(spans) == 0 || !spans[0].In(len(text)) {
		return false
	}
	before := strings.TrimRight(text[:spans[0].Start], " \t\r\n\u00a0")
	switch {
	case strings.HasSuffix(before, `"`), strings.HasSuffix(before, "“"),
		strings.HasSuffix(before, "‘"), strings.HasSuffix(before, "«"), strings.HasSuffix(before, "„"):
		return true
	case strings.HasSuffix(before, "''"):
		return true
	case strings.HasSuffix(before, "'"):
		return opensSingle(text, len(before)-1)
	}
	return false
}

// opensSingle reports whether the straight single quote at s[i] opens a quotation: it starts s
// or follows a space, an opening bracket or a double quote, and a letter or digit follows it.
func opensSingle(s string, i int) bool {
	if i > 0 {
		r, _ := utf8.DecodeLastRuneInString(s[:i])
		if !unicode.IsSpace(r) && !strings.ContainsRune("([{\"“", r) {
			return false
		}
	}
	r, _ := utf8.DecodeRuneInString(s[i+1:])
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}
