package claims

import (
	"encoding/json"
	"fmt"
	"strings"
)

// Span is a half-open byte range [Start, End) into a document's text, like
// go/token.Position.Offset. Line and column are computed only for display.
type Span struct {
	Start, End int
}

// Len returns the number of bytes the span covers.
func (s Span) Len() int { return s.End - s.Start }

// In reports whether s lies inside a text of n bytes and is well formed.
func (s Span) In(n int) bool { return 0 <= s.Start && s.Start <= s.End && s.End <= n }

// CueClass says what kind of speech act a cue reports.
type CueClass int

// The cue classes. The zero value is [CueAssert], the plain "said".
const (
	CueAssert  CueClass = iota // said, stated, told, added, wrote
	CueDeny                    // denied, rejected, dismissed, refuted, "contrary to the facts"
	CueAccuse                  // accused, blamed, charged, criticised
	CueClaim                   // claimed, alleged, reportedly, it is believed: hedged or disputed
	CueReport                  // reported, according to, the report said: relayed by a medium
	CueBelieve                 // believes, thinks, wants, intends, hopes, expects
)

var cueClassNames = [...]string{
	CueAssert:  "assert",
	CueDeny:    "deny",
	CueAccuse:  "accuse",
	CueClaim:   "claim",
	CueReport:  "report",
	CueBelieve: "believe",
}

// String returns the class name used in JSON and in the lexicon files: "assert", "deny",
// "accuse", "claim", "report" or "believe".
func (c CueClass) String() string {
	if c < 0 || int(c) >= len(cueClassNames) {
		return fmt.Sprintf("CueClass(%d)", int(c))
	}
	return cueClassNames[c]
}

// ParseCueClass returns the class named s, as printed by [CueClass.String].
func ParseCueClass(s string) (CueClass, error) {
	for i, n := range cueClassNames {
		if n == s {
			return CueClass(i), nil
		}
	}
	return 0, fmt.Errorf("unknown cue class %q", s)
}

// MarshalText implements encoding.TextMarshaler.
func (c CueClass) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (c *CueClass) UnmarshalText(b []byte) error {
	v, err := ParseCueClass(string(b))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// Kind says how a claim's content is given.
type Kind int

// The kinds of claim.
const (
	Indirect Kind = iota // reported speech: He said that the talks failed.
	Direct               // a quotation: "The talks failed," he said.
	Mixed                // reported speech around a quoted fragment: He said the talks were "a failure".
)

var kindNames = [...]string{Indirect: "indirect", Direct: "direct", Mixed: "mixed"}

// String returns "indirect", "direct" or "mixed".
func (k Kind) String() string {
	if k < 0 || int(k) >= len(kindNames) {
		return fmt.Sprintf("Kind(%d)", int(k))
	}
	return kindNames[k]
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	for i, n := range kindNames {
		if n == string(b) {
			*k = Kind(i)
			return nil
		}
	}
	return fmt.Errorf("unknown claim kind %q", b)
}

// Source is who a claim is attributed to: the mention as written ("He") and the speaker it
// resolves to ("Shah Mehmood Qureshi").
type Source struct {
	Span
	Text string // the mention, Text == doc.Text[Start:End]
	Name string // the resolved speaker; the mention itself when nothing resolves it
}

// Cue is the words that mark the attribution ("said", "according to", "rejected").
type Cue struct {
	Span
	Text  string // Text == doc.Text[Start:End]
	Class CueClass
}

// Content is what is attributed. It may be discontinuous: a quote split by its attribution
// ("We know ...," he said. "...") has one span a piece. Span covers all pieces and
// Text == doc.Text[Span.Start:Span.End]; [Content.Pieces] gives the pieces' text.
type Content struct {
	Span
	Text  string
	Spans []Span // the pieces in order; len(Spans) >= 1 and they lie inside Span
}

// Pieces returns the text of each piece of the content. It needs no document: the pieces lie
// inside Span, whose text the content carries.
func (c Content) Pieces() []string {
	out := make([]string, 0, len(c.Spans))
	for _, s := range c.Spans {
		a, b := s.Start-c.Start, s.End-c.Start
		if 0 <= a && a <= b && b <= len(c.Text) {
			out = append(out, c.Text[a:b])
		}
	}
	return out
}

// Quote returns the content as a reader should see it: the pieces joined by " … ", without
// the "that" that opens a reported clause ("said that the call was short" reads "the call
// was short"; the span keeps it, as PolNeAR's annotators do).
func (c Content) Quote() string {
	p := c.Pieces()
	if len(p) > 0 {
		if rest, ok := strings.CutPrefix(p[0], "that "); ok && strings.TrimSpace(rest) != "" {
			p[0] = strings.TrimLeft(rest, " ")
		}
	}
	if len(p) == 1 {
		return p[0]
	}
	out := ""
	for i, s := range p {
		if i > 0 {
			out += " … "
		}
		out += s
	}
	return out
}

// Claim is one attributed statement.
type Claim struct {
	Doc      string  // the document's name, the path as given
	Date     string  // the document's date, "2018-09-01" or "2018-09"; "" when unknown
	Sentence int     // 1-based index of the sentence holding the cue
	Line     int     // 1-based line of the cue, for display
	Source   *Source // nil when the statement has no source ("reportedly", "it is believed")
	Cue      Cue
	Content  Content
	Kind     Kind
}

// Speaker returns the resolved name of the claim's source, or "" when it has none.
func (c *Claim) Speaker() string {
	if c.Source == nil {
		return ""
	}
	return c.Source.Name
}

// The JSON Lines contract; see README.md. Field order and names are stable.
type jsonSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

type jsonSource struct {
	jsonSpan
	Name string `json:"name"`
}

type jsonCue struct {
	jsonSpan
	Class CueClass `json:"class"`
}

type jsonContent struct {
	jsonSpan
	Spans [][2]int `json:"spans,omitempty"`
}

type jsonClaim struct {
	Doc      string      `json:"doc"`
	Sentence int         `json:"sentence"`
	Line     int         `json:"line"`
	Date     string      `json:"date,omitempty"`
	Source   *jsonSource `json:"source"`
	Cue      jsonCue     `json:"cue"`
	Content  jsonContent `json:"content"`
	Kind     Kind        `json:"kind"`
}

// MarshalJSON writes the claim in the documented JSON Lines schema.
func (c Claim) MarshalJSON() ([]byte, error) {
	j := jsonClaim{
		Doc:      c.Doc,
		Sentence: c.Sentence,
		Line:     c.Line,
		Date:     c.Date,
		Cue:      jsonCue{jsonSpan{c.Cue.Text, c.Cue.Start, c.Cue.End}, c.Cue.Class},
		Content:  jsonContent{jsonSpan: jsonSpan{c.Content.Text, c.Content.Start, c.Content.End}},
		Kind:     c.Kind,
	}
	if c.Source != nil {
		j.Source = &jsonSource{jsonSpan{c.Source.Text, c.Source.Start, c.Source.End}, c.Source.Name}
	}
	if len(c.Content.Spans) > 1 {
		for _, s := range c.Content.Spans {
			j.Content.Spans = append(j.Content.Spans, [2]int{s.Start, s.End})
		}
	}
	return json.Marshal(j)
}

// UnmarshalJSON reads a claim written by [Claim.MarshalJSON].
func (c *Claim) UnmarshalJSON(b []byte) error {
	var j jsonClaim
	if err := json.Unmarshal(b, &j); err != nil {
		return err
	}
	*c = Claim{
		Doc:      j.Doc,
		Date:     j.Date,
		Sentence: j.Sentence,
		Line:     j.Line,
		Cue:      Cue{Span{j.Cue.Start, j.Cue.End}, j.Cue.Text, j.Cue.Class},
		Content:  Content{Span: Span{j.Content.Start, j.Content.End}, Text: j.Content.Text},
		Kind:     j.Kind,
	}
	if j.Source != nil {
		c.Source = &Source{Span{j.Source.Start, j.Source.End}, j.Source.Text, j.Source.Name}
	}
	if len(j.Content.Spans) == 0 {
		c.Content.Spans = []Span{c.Content.Span}
	}
	for _, s := range j.Content.Spans {
		c.Content.Spans = append(c.Content.Spans, Span{s[0], s[1]})
	}
	return nil
}
