package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"claimdiff/claims"
	"claimdiff/compare"
)

// Contested writes contested events in opts.Format: for each, its label, conflict type,
// confidence and explanation, then its statements side by side (Side | Speaker | Statement |
// Where) as a terminal table wrapped to opts.Width or a GFM table. [JSONL] writes one
// [compare.Contested] a line as its MarshalJSON does. The `claimdiff contested` command calls
// it.
func Contested(w io.Writer, cs []compare.Contested, opts Options) error {
	bw := bufio.NewWriter(w)
	var err error
	switch opts.Format {
	case JSONL:
		err = writeJSONL(bw, cs)
	case Markdown:
		err = contestedMarkdown(bw, cs)
	default:
		err = contestedTable(bw, cs, opts)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

func writeJSONL[T any](w io.Writer, items []T) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, it := range items {
		if err := enc.Encode(it); err != nil {
			return err
		}
	}
	return nil
}

// conflictLine returns "explicit-rejection, confidence 0.90: EXPLANATION (trigger: T)".
func conflictLine(c *compare.Contested) string {
	s := fmt.Sprintf("%s, confidence %.2f", c.Type, c.Confidence)
	if c.Explanation != "" {
		s += ": " + c.Explanation
	}
	if c.Trigger != "" {
		s += " (trigger: " + c.Trigger + ")"
	}
	return s
}

func contestedTable(w io.Writer, cs []compare.Contested, opts Options) error {
	width := opts.width()
	if len(cs) == 0 {
		_, err := fmt.Fprintln(w, "no contested claims")
		return err
	}
	var docs []string
	for i := range cs {
		for _, s := range cs[i].Sides {
			for j := range s.Claims {
				docs = append(docs, s.Claims[j].Doc)
			}
		}
	}
	dir := filesIn(w, docs, width)
	for i := range cs {
		c := &cs[i]
		if i > 0 {
			fmt.Fprintln(w)
		}
		for _, l := range wrap(sanitize(fmt.Sprintf("%d. %s", i+1, c.Event.Label)), width) {
			fmt.Fprintln(w, l)
		}
		for _, l := range wrap(sanitize(conflictLine(c)), width-3) {
			fmt.Fprintln(w, "   "+l)
		}
		t := &textTable{header: []string{"Side", "Speaker", "Statement"}, weight: []int{2, 2, 8}}
		for _, s := range c.Sides {
			for j := range s.Claims {
				side := ""
				if j == 0 {
					side = s.Side
				}
				cl := &s.Claims[j]
				t.append(side, speakerOrHedge(cl), cl.Content.Quote()+"\n("+strings.TrimPrefix(where(cl), dir)+")")
			}
		}
		if err := t.render(w, width); err != nil {
			return err
		}
	}
	return nil
}

func contestedMarkdown(w io.Writer, cs []compare.Contested) error {
	if len(cs) == 0 {
		_, err := fmt.Fprintln(w, "No contested claims.")
		return err
	}
	for i := range cs {
		c := &cs[i]
		if i > 0 {
			fmt.Fprintln(w)
		}
		fmt.Fprintf(w, "## %d. %s\n\n%s\n\n", i+1, mdCell(c.Event.Label), mdConflict(c))
		var rows [][]string
		for _, s := range c.Sides {
			for j := range s.Claims {
				cl := &s.Claims[j]
				rows = append(rows, []string{mdCell(s.Side), mdCell(speakerOrHedge(cl)), mdCell(cl.Content.Quote()), mdCell(where(cl))})
			}
		}
		if err := mdTable(w, []string{"Side", "Speaker", "Statement", "Where"}, rows); err != nil {
			return err
		}
	}
	return nil
}

// mdConflict returns the conflict of c as a markdown paragraph.
func mdConflict(c *compare.Contested) string {
	s := fmt.Sprintf("**Conflict:** %s, confidence %.2f", mdText(c.Type.String()), c.Confidence)
	if c.Explanation != "" {
		s += ": " + mdCell(c.Explanation)
	}
	if c.Trigger != "" {
		s += " (trigger: " + mdCell(c.Trigger) + ")"
	}
	return s
}

// Comparison writes one event seen from two sides in opts.Format: a table with a row per
// aligned pair of statements (# | left side | right side | Verdict), then for each row its
// verdict, reason and word diff (removed words ~~struck out~~ and added words **strong** in
// markdown; [-removed-] and {+added+}, coloured when opts.Color is set, on a terminal).
// [JSONL] writes the comparison as one line, as its MarshalJSON does. The `claimdiff compare`
// command calls it.
func Comparison(w io.Writer, c compare.Comparison, opts Options) error {
	bw := bufio.NewWriter(w)
	var err error
	switch opts.Format {
	case JSONL:
		err = writeJSONL(bw, []compare.Comparison{c})
	case Markdown:
		fmt.Fprintf(bw, "## %s: %s vs %s\n\n", mdCell(c.Event.Label), mdCell(c.Left), mdCell(c.Right)) // as the table's title
		err = comparisonMarkdown(bw, &c)
	default:
		err = comparisonTable(bw, &c, opts)
	}
	if err != nil {
		return err
	}
	return bw.Flush()
}

// statementCell returns "Speaker: statement (file:line)" for a claim, "unattributed
// (reportedly): statement (file:line)" for one without a source, or "-" for none; the file
// without dir, the directory [filesIn] printed.
func statementCell(c *claims.Claim, dir string) string {
	if c == nil {
		return "-"
	}
	return speakerOrHedge(c) + ": " + c.Content.Quote() + "\n(" + strings.TrimPrefix(where(c), dir) + ")"
}

// filesIn returns the directory all docs lie in ("../shared/seeds/", ending in a slash), and
// writes a line that names it, "Files in ../shared/seeds/:", so that tables can give file
// names without it; "" and no line when they share none.
func filesIn(w io.Writer, docs []string, width int) string {
	dir := commonDir(docs)
	if dir != "" {
		for _, l := range wrap(sanitize("Files in "+dir+":"), width) {
			fmt.Fprintln(w, l)
		}
	}
	return dir
}

// commonDir returns the longest directory prefix, ending in "/", that every name in docs
// has, or "". A name's own last slash is not its directory's: of a page's URL
// "https://news.example/world/story/" the directory is "https://news.example/world/".
func commonDir(docs []string) string {
	if len(docs) == 0 {
		return ""
	}
	first := strings.TrimRight(docs[0], "/")
	dir := first[:strings.LastIndexByte(first, '/')+1]
	for _, d := range docs[1:] {
		for !strings.HasPrefix(d, dir) {
			dir = dir[:strings.LastIndexByte(dir[:len(dir)-1], '/')+1]
		}
		if dir == "" {
			break
		}
	}
	return dir
}

// speakerOrHedge returns the claim's speaker, or for a claim without a source the hedge
// that stands for one: "unattributed (reportedly)".
func speakerOrHedge(c *claims.Claim) string {
	if c.Source == nil {
		return "unattributed (" + c.Cue.Text + ")"
	}
	return withDenial(speaker(c), c)
}

// withDenial adds a denial's cue to the speaker's name, so that a row that shows only the
// speaker and the content does not read as the speaker asserting what he denies:
// "Israeli military (denied)" beside "an Israeli air strike was responsible",
// "Shah Mehmood Qureshi (He, rejected)". A denial told with a plain verb of saying ("said
// the statement was ‘contrary to the facts’") denies in its content, and other cues add
// nothing.
func withDenial(name string, c *claims.Claim) string {
	cue, ok := denialCue(c)
	if !ok {
		return name
	}
	if strings.HasSuffix(name, ")") {
		return name[:len(name)-1] + ", " + cue + ")"
	}
	return name + " (" + cue + ")"
}

// denialCue returns the cue of a denial or an accusation whose cue is itself the denial or
// the charge, lower-cased: "her client (denied)", "Kenyan prosecutors (charged)", whose
// contents ("former energy minister Daniel Ochieng with accepting $2 million in bribes") read
// wrong without it.
func denialCue(c *claims.Claim) (string, bool) {
	if c.Source == nil || c.Cue.Class != claims.CueDeny && c.Cue.Class != claims.CueAccuse {
		return "", false
	}
	words := strings.Fields(strings.ToLower(c.Cue.Text))
	for _, w := range words {
		if !sayingWords[w] {
			return strings.Join(words, " "), true
		}
	}
	return "", false
}

// sayingWords are the words of plain cues of saying, with their auxiliaries.
var sayingWords = map[string]bool{"said": true, "says": true, "say": true, "saying": true, "told": true,
	"tells": true, "tell": true, "telling": true, "added": true, "adds": true, "adding": true, "stated": true,
	"states": true, "wrote": true, "writes": true, "noted": true, "explained": true, "has": true, "had": true,
	"have": true, "also": true, "was": true, "is": true, "in": true, "a": true, "statement": true}

func comparisonTable(w io.Writer, c *compare.Comparison, opts Options) error {
	width := opts.width()
	for _, l := range wrap(sanitize(fmt.Sprintf("%s: %s vs %s", c.Event.Label, c.Left, c.Right)), width) {
		fmt.Fprintln(w, l)
	}
	if len(c.Rows) == 0 {
		_, err := fmt.Fprintln(w, "no statements to compare")
		return err
	}
	var docs []string
	for i := range c.Rows {
		for _, cl := range []*claims.Claim{c.Rows[i].Left, c.Rows[i].Right} {
			if cl != nil {
				docs = append(docs, cl.Doc)
			}
		}
	}
	dir := filesIn(w, docs, width)
	t := &textTable{header: []string{"#", c.Left, c.Right, "Verdict"}, weight: []int{0, 1, 1, 0}}
	for i := range c.Rows {
		r := &c.Rows[i]
		t.append(strconv.Itoa(i+1), statementCell(r.Left, dir), statementCell(r.Right, dir), r.Verdict.String())
	}
	if err := t.render(w, width); err != nil {
		return err
	}
	blank := true
	for i := range c.Rows {
		r := &c.Rows[i]
		if r.Diff == nil && r.Reason == "" {
			continue
		}
		if blank {
			fmt.Fprintln(w)
			blank = false
		}
		head := fmt.Sprintf("Row %d, %s", i+1, r.Verdict)
		if r.Reason != "" {
			head += ": " + r.Reason
		}
		for _, l := range wrap(sanitize(head), width) {
			fmt.Fprintln(w, l)
		}
		if r.Diff != nil {
			for _, l := range wrap(textDiff(r.Diff, opts.Color), width-3) {
				fmt.Fprintln(w, "   "+l)
			}
		}
	}
	return nil
}

func comparisonMarkdown(w io.Writer, c *compare.Comparison) error {
	if len(c.Rows) == 0 {
		_, err := fmt.Fprintln(w, "No statements to compare.")
		return err
	}
	cell := func(cl *claims.Claim) string {
		if cl == nil {
			return "-"
		}
		return mdSpeakerCue(cl) + ": " + mdCell(cl.Content.Quote()) + " (" + mdCell(where(cl)) + ")"
	}
	rows := make([][]string, len(c.Rows))
	for i := range c.Rows {
		r := &c.Rows[i]
		rows[i] = []string{strconv.Itoa(i + 1), cell(r.Left), cell(r.Right), mdCell(r.Verdict.String())}
	}
	if err := mdTable(w, []string{"#", mdText(c.Left), mdText(c.Right), "Verdict"}, rows); err != nil {
		return err
	}
	var items []string
	for i := range c.Rows {
		r := &c.Rows[i]
		if r.Diff == nil && r.Reason == "" {
			continue
		}
		item := fmt.Sprintf("- Row %d, **%s**", i+1, mdText(r.Verdict.String()))
		if r.Reason != "" {
			item += ": " + mdCell(r.Reason)
		}
		if r.Diff != nil {
			item += "<br>" + mdDiff(r.Diff)
		}
		items = append(items, item)
	}
	if len(items) > 0 {
		fmt.Fprintf(w, "\nWord diffs, left to right:\n\n%s\n", strings.Join(items, "\n"))
	}
	return nil
}

// mdSpeaker returns the claim's speaker in bold, or "unattributed (reportedly)" with its cue
// for a claim without a source.
func mdSpeaker(c *claims.Claim) string {
	if c.Source == nil {
		return mdEscape("unattributed ("+c.Cue.Text+")", false)
	}
	return mdStrong(speaker(c))
}

// mdSpeakerCue is mdSpeaker with a denial's cue after the name (see [withDenial]), for
// cells that show no cue of their own.
func mdSpeakerCue(c *claims.Claim) string {
	if cue, ok := denialCue(c); ok {
		return mdSpeaker(c) + " " + mdEscape("("+cue+")", false)
	}
	return mdSpeaker(c)
}
