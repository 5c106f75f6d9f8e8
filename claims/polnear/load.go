package polnear

import (
	"cmp"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"claimdiff/claims"
)

// Article is one annotated article of a split.
type Article struct {
	Name string           // the text file's name without ".txt"
	Doc  *claims.Document // the text, named by its path
	Ann  string           // the annotation file read; "" when the article has none
	Gold []Attribution    // the annotated attributions, by content offset

	// Incomplete counts attribution events left out because they have no content (or only
	// empty spans): they cannot be paired, and are annotation fragments, not statements.
	Incomplete int
}

// Load reads the split in dir: the articles dir/text/NAME.txt and their annotations
// dir/attributions/NAME_ANNOTATOR.ann (or NAME.ann). When an article has several annotation
// files, the first in sorted order is read. An article without one has no gold attributions
// and an empty Ann. Articles come in name order.
//
// An attribution is an Attribution or Attribution-no-source event of the annotation with its
// Source, Cue and Content arguments (Content2 and further contents add pieces); the Discard
// and Discuss spans are not attributions. Offsets, which BRAT gives in code points, are
// converted to byte offsets into the document text.
func Load(dir string) ([]Article, error) {
	textDir, annDir := filepath.Join(dir, "text"), filepath.Join(dir, "attributions")
	texts, err := os.ReadDir(textDir)
	if err != nil {
		return nil, fmt.Errorf("reading split: %w", err)
	}
	anns, err := os.ReadDir(annDir)
	if err != nil {
		return nil, fmt.Errorf("reading split: %w", err)
	}
	bases := map[string]bool{}
	for _, e := range texts {
		if n := e.Name(); !e.IsDir() && strings.HasSuffix(n, ".txt") {
			bases[strings.TrimSuffix(n, ".txt")] = true
		}
	}
	annOf := map[string]string{}
	for _, e := range anns { // ReadDir sorts by name, so the first file found is kept
		n, ok := strings.CutSuffix(e.Name(), ".ann")
		if !ok || e.IsDir() {
			continue
		}
		base := n
		if !bases[n] {
			if i := strings.LastIndexByte(n, '_'); i > 0 {
				base = n[:i]
			}
		}
		if _, seen := annOf[base]; !seen && bases[base] {
			annOf[base] = filepath.Join(annDir, e.Name())
		}
	}
	out := make([]Article, 0, len(bases))
	for _, e := range texts {
		base, ok := strings.CutSuffix(e.Name(), ".txt")
		if !ok || e.IsDir() {
			continue
		}
		a, err := loadArticle(filepath.Join(textDir, e.Name()), annOf[base])
		if err != nil {
			return nil, err
		}
		a.Name = base
		out = append(out, a)
	}
	return out, nil
}

// loadArticle reads one text and its annotation file, if any.
func loadArticle(textPath, annPath string) (Article, error) {
	data, err := os.ReadFile(textPath)
	if err != nil {
		return Article{}, fmt.Errorf("reading article: %w", err)
	}
	doc, err := claims.NewDocument(textPath, data)
	if err != nil {
		return Article{}, fmt.Errorf("reading %s: %w", textPath, err)
	}
	a := Article{Doc: doc, Ann: annPath}
	if annPath == "" {
		return a, nil
	}
	ann, err := os.ReadFile(annPath)
	if err != nil {
		return Article{}, fmt.Errorf("reading annotations: %w", err)
	}
	if err := claims.CheckText(ann); err != nil && !errors.Is(err, claims.ErrEmpty) {
		return Article{}, fmt.Errorf("reading %s: %w", annPath, err) // UTF-16 parsed as no line at all
	}
	a.Gold, a.Incomplete, err = ParseAnn(doc.Text, string(ann))
	if err != nil {
		return Article{}, fmt.Errorf("reading %s: %w", annPath, err)
	}
	return a, nil
}

// textBound is a BRAT text-bound annotation: "T4\tCue 107 114\treports".
type textBound struct {
	typ   string
	spans []claims.Span // byte offsets
	text  string        // the text column (may run over several lines)
}

// ParseError is a line of an annotation file that cannot be read.
type ParseError struct {
	Line int // 1-based
	Msg  string
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %s", e.Line, e.Msg) }

// ParseAnn reads the BRAT standoff annotation ann of text and returns its attributions, by
// content offset, and the number of attribution events left out for having no content. See
// [Load] for what an attribution is. Offsets in ann are code points into text.
func ParseAnn(text, ann string) ([]Attribution, int, error) {
	tbs, events, err := parseStandoff(text, ann)
	if err != nil {
		return nil, 0, err
	}
	var out []Attribution
	incomplete := 0
	for _, ev := range events {
		var trigger bool
		var source, cue, content []claims.Span
		for _, arg := range ev.args {
			tb, ok := tbs[arg[1]]
			if !ok {
				return nil, 0, &ParseError{ev.line, fmt.Sprintf("argument %s:%s names no annotation", arg[0], arg[1])}
			}
			switch strings.TrimRight(arg[0], "0123456789") {
			case "Attribution", "Attribution-no-source":
				trigger = true
			case "Source":
				source = append(source, tb.spans...)
			case "Cue":
				cue = append(cue, tb.spans...)
			case "Content":
				content = append(content, tb.spans...)
			}
		}
		if !trigger {
			continue
		}
		for _, s := range [][]claims.Span{source, cue, content} {
			slices.SortFunc(s, func(a, b claims.Span) int { return cmp.Compare(a.Start, b.Start) })
		}
		a := newAttribution(text, source, cue, content)
		if a.Content.Absent() { // no content, or only empty spans
			incomplete++
			continue
		}
		out = append(out, a)
	}
	slices.SortStableFunc(out, func(a, b Attribution) int {
		return cmp.Compare(a.Content.Spans[0].Start, b.Content.Spans[0].Start)
	})
	return out, incomplete, nil
}

// event is a BRAT event annotation: "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1".
type event struct {
	line int         // 1-based line in the file
	args [][2]string // role, id of a text-bound annotation
}

// parseStandoff reads the text-bound annotations, by id, and the events of ann, converting
// offsets from code points to bytes of text.
func parseStandoff(text, ann string) (map[string]*textBound, []event, error) {
	conv := newOffsets(text)
	tbs := map[string]*textBound{}
	var events []event
	var last *textBound // the text-bound annotation whose text a continuation line extends
	for i, line := range strings.Split(ann, "\n") {
		line = strings.TrimSuffix(line, "\r")
		id, rest, hasTab := strings.Cut(line, "\t")
		switch {
		case hasTab && isID(id, 'T'):
			head, txt, _ := strings.Cut(rest, "\t")
			typ, spans, ok := strings.Cut(head, " ")
			if !ok {
				return nil, nil, &ParseError{i + 1, fmt.Sprintf("%s has no offsets", id)}
			}
			tb := &textBound{typ: typ, text: txt}
			for _, sp := range strings.Split(spans, ";") {
				s, e, ok := strings.Cut(strings.TrimSpace(sp), " ")
				start, err1 := strconv.Atoi(s)
				end, err2 := strconv.Atoi(e)
				if !ok || err1 != nil || err2 != nil || start < 0 || start > end || end > conv.runes() {
					return nil, nil, &ParseError{i + 1, fmt.Sprintf("%s has bad offsets %q for a text of %d code points", id, sp, conv.runes())}
				}
				tb.spans = append(tb.spans, claims.Span{Start: conv.byteAt(start), End: conv.byteAt(end)})
			}
			tbs[id], last = tb, tb
		case hasTab && isID(id, 'E'):
			ev := event{line: i + 1}
			for _, arg := range strings.Fields(rest) {
				role, ref, ok := strings.Cut(arg, ":")
				if !ok {
					return nil, nil, &ParseError{i + 1, fmt.Sprintf("%s has a bad argument %q", id, arg)}
				}
				ev.args = append(ev.args, [2]string{role, ref})
			}
			events, last = append(events, ev), nil
		case hasTab && len(id) > 0 && strings.ContainsRune("#ARNM*", rune(id[0])):
			last = nil // notes, attributes, relations, normalisations, equivalences
		case last != nil:
			last.text += "\n" + line // the text column of a span holding a line break
		case strings.TrimSpace(line) != "":
			// Not BRAT standoff (a CSV, another tool's format): its attributions would be
			// none, and the article scored as if it had none.
			return nil, nil, &ParseError{i + 1, fmt.Sprintf("not a BRAT annotation line: %.40q", line)}
		}
	}
	return tbs, events, nil
}

// isID reports whether s is a BRAT identifier with the given prefix, like "T12".
func isID(s string, prefix byte) bool {
	if len(s) < 2 || s[0] != prefix {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// offsets converts code point offsets into a text to byte offsets.
type offsets struct {
	ascii bool  // the text is ASCII: offsets are equal
	n     int   // bytes in the text
	at    []int // at[i] is the byte offset of code point i; at[runes] == n
}

func newOffsets(text string) offsets {
	o := offsets{n: len(text), ascii: true}
	for i := 0; i < len(text); i++ {
		if text[i] >= utf8.RuneSelf {
			o.ascii = false
			break
		}
	}
	if o.ascii {
		return o
	}
	o.at = make([]int, 0, len(text)+1)
	for i := range text { // ranging over a string visits each code point's first byte
		o.at = append(o.at, i)
	}
	o.at = append(o.at, len(text))
	return o
}

func (o offsets) runes() int {
	if o.ascii {
		return o.n
	}
	return len(o.at) - 1
}

// byteAt returns the byte offset of code point i, which must be in [0, runes()].
func (o offsets) byteAt(i int) int {
	if o.ascii {
		return i
	}
	return o.at[i]
}
