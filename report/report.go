package report

import (
	"bufio"
	"fmt"
	"io"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"claimdiff/claims"
	"claimdiff/compare"
)

// Source is one document a report covers.
type Source struct {
	Name       string // the path as given
	Title      string // "" when the document gives none
	Date       string // "2018-09-01" or "2018-09"; "" when unknown
	Place      string // the dateline place; "" when none
	Statements int    // the number of statements found in it
	// Page is set for an HTML page: its lines, as every file:line gives them, count in the
	// text extracted from it, not in its HTML source.
	Page bool
}

// Unread is an input a report could not read: its name as given and what was wrong with it
// ("no such file or directory", "binary file (contains NUL bytes) at byte 9").
type Unread struct {
	Name    string
	Problem string
}

// SourceOf returns the summary of doc with n statements.
func SourceOf(doc *claims.Document, n int) Source {
	return Source{Name: doc.Name, Title: doc.Title, Date: doc.Date, Place: doc.Place, Statements: n}
}

// Data is everything a report shows. The command gathers it: the sources as it reads them,
// the statements, actors, contested events and comparisons from a [compare.Corpus]. The
// report only lays it out; it never decides what is contested.
type Data struct {
	Title   string // the report's title; "" for "Claims report"
	Command string // the command line that produced the report, shown as given
	// MoreInputs counts the inputs left out of Command's end to keep the header short (a
	// glob of a corpus); the header says how many, and Sources lists every document.
	MoreInputs int
	Version    string // claimdiff's version

	Sources    []Source            // in the order read
	Unread     []Unread            // inputs that could not be read, left out of the report
	Statements []compare.Statement // every statement, in corpus order
	Contested  []compare.Contested // the contested events, in the order to show them
	// Comparisons line up the two main sides of contested events, matched to them by
	// Event.ID; an event without one is shown without word diffs.
	Comparisons []compare.Comparison
}

// Write writes the report of d as a GitHub-flavoured markdown document: title, provenance
// (command, version, date range), summary (contested events, sides and their most quoted
// actors), sources, the contested events (a key to reading them, then for each a
// side-by-side table with one column per side, the conflict, word diffs of aligned
// statements, every statement verbatim with file:line), a
// timeline of each contested event's statements by date, and an appendix of every statement
// grouped by actor. All text from the articles is escaped, so no quotation can break a table
// or inject HTML. The output depends on d only (no clock, no map order).
func Write(w io.Writer, d Data) error {
	bw := bufio.NewWriter(w)
	r := &reportWriter{w: bw, d: &d}
	r.header()
	r.summary()
	r.sources()
	r.contested()
	r.timeline()
	r.appendix()
	return bw.Flush()
}

type reportWriter struct {
	w *bufio.Writer
	d *Data
}

func (r *reportWriter) printf(format string, args ...any) { fmt.Fprintf(r.w, format, args...) }

func (r *reportWriter) table(header []string, rows [][]string) {
	// Writes go to a bufio.Writer, whose error Flush returns.
	_ = mdTable(r.w, header, rows)
}

func (r *reportWriter) header() {
	title := r.d.Title
	if strings.TrimSpace(title) == "" {
		title = "Claims report"
	}
	r.printf("# %s\n\n", mdText(title))
	var prov []string
	if r.d.Command != "" {
		prov = append(prov, "Produced by "+mdCode(r.d.Command))
		if n := r.d.MoreInputs; n > 0 {
			prov[0] += " and " + plural(n, "more input")
		}
	} else {
		prov = append(prov, "Produced by claimdiff")
	}
	if r.d.Version != "" {
		prov[0] += " (claimdiff " + mdText(r.d.Version) + ")"
	}
	first, last := dateRange(r.d.Sources)
	switch {
	case first == "":
		prov = append(prov, "The sources carry no dates.")
	case first == last:
		prov = append(prov, "Sources dated "+mdCell(first)+".")
	default:
		prov = append(prov, "Sources dated "+mdCell(first)+" to "+mdCell(last)+".")
	}
	n, undated := len(r.d.Sources), 0
	for _, s := range r.d.Sources {
		if s.Date == "" {
			undated++
		}
	}
	if undated > 0 && undated < n {
		prov[len(prov)-1] = strings.TrimSuffix(prov[len(prov)-1], ".") + fmt.Sprintf("; %s undated.", grouped(undated))
	}
	r.printf("%s. %s\n", prov[0], prov[1])
	if n := len(r.d.Unread); n > 0 {
		r.printf("\n**Incomplete:** %s could not be read and %s left out (see Sources).\n", plural(n, "input"), isAre(n))
	}
}

// isAre returns "is" for one, else "are".
func isAre(n int) string {
	if n == 1 {
		return "is"
	}
	return "are"
}

// dateRange returns the earliest and latest dates of the sources; "" when none is dated.
// "2018-09" sorts before "2018-09-01", so a month-only date counts as its month's start.
func dateRange(ss []Source) (first, last string) {
	for _, s := range ss {
		if s.Date == "" {
			continue
		}
		if first == "" || s.Date < first {
			first = s.Date
		}
		if s.Date > last {
			last = s.Date
		}
	}
	return first, last
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

func (r *reportWriter) sources() {
	r.printf("\n## Sources\n\n")
	if len(r.d.Sources) == 0 {
		r.printf("No documents.\n")
		return
	}
	rows := make([][]string, len(r.d.Sources))
	total := 0
	for i, s := range r.d.Sources {
		rows[i] = []string{mdCell(docLabel(s.Name)), mdCell(orDash(s.Title)), mdCell(orDash(s.Date)), mdCell(orDash(s.Place)), strconv.Itoa(s.Statements)}
		total += s.Statements
	}
	r.table([]string{"Document", "Title", "Date", "Place", "Statements"}, rows)
	r.printf("\n%s, %s.\n", plural(len(r.d.Sources), "document"), plural(total, "statement"))
	if len(r.d.Unread) > 0 {
		r.printf("\nNot read, so left out:\n\n")
		for _, u := range r.d.Unread {
			r.printf("- %s: %s\n", mdCode(docLabel(u.Name)), mdText(u.Problem))
		}
	}
	for _, s := range r.d.Sources {
		if s.Page {
			r.printf("\nLines in HTML pages count in the text claimdiff extracts from them, as `claimdiff text PAGE` shows it, not in the HTML source.\n")
			break
		}
	}
}

// actorCount is an actor and how many statements they made.
type actorCount struct {
	name string
	n    int
}

// sideActors returns, for each side, its actors by number of statements (most first, ties
// by name), and the sides ordered by their number of statements.
func sideActors(ss []compare.Statement) (sides []string, actors map[string][]actorCount) {
	count := map[string]map[string]int{}
	total := map[string]int{}
	for _, s := range ss {
		if s.Side == "" || s.Actor == "" {
			continue
		}
		if count[s.Side] == nil {
			count[s.Side] = map[string]int{}
		}
		count[s.Side][s.Actor]++
		total[s.Side]++
	}
	sides = byCount(total)
	actors = map[string][]actorCount{}
	for _, side := range sides {
		for _, a := range byCount(count[side]) {
			actors[side] = append(actors[side], actorCount{a, count[side][a]})
		}
	}
	return sides, actors
}

// byCount returns the keys of n, largest count first, ties by name in any case ("circles"
// between "Both sides" and "Dawn").
func byCount(n map[string]int) []string {
	out := make([]string, 0, len(n))
	for k := range n {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool {
		if n[out[i]] != n[out[j]] {
			return n[out[i]] > n[out[j]]
		}
		return lessFold(out[i], out[j])
	})
	return out
}

// lessFold reports whether a sorts before b in alphabetical order whatever the case, names
// differing only in case by their bytes.
func lessFold(a, b string) bool {
	if c := strings.Compare(strings.ToLower(a), strings.ToLower(b)); c != 0 {
		return c < 0
	}
	return a < b
}

// mostQuoted is how many of a side's actors the summary names.
const mostQuoted = 3

func (r *reportWriter) summary() {
	r.printf("\n## Summary\n\n")
	r.printf("- %s, %s.\n", plural(len(r.d.Statements), "statement"), plural(len(r.d.Contested), "contested event"))
	for i := range r.d.Contested {
		c := &r.d.Contested[i]
		var names []string
		for _, s := range c.Sides {
			names = append(names, mdText(s.Side))
		}
		who := strings.Join(names, " against ")
		if n := len(names); n > 2 {
			// "A against B against C" would say who answers whom, which the item's conflicts do.
			who = "between " + strings.Join(names[:n-1], ", ") + " and " + names[n-1]
		}
		r.printf("  - [%s](#%s): %s (%s)\n", mdCell(eventTitle(i, c)), anchor(eventTitle(i, c)), who, mdText(c.Type.String()))
	}
	sides, actors := sideActors(r.d.Statements)
	if len(sides) == 0 {
		r.printf("- No statement could be put on a side.\n")
		return
	}
	r.printf("- Sides and their most quoted actors:\n")
	r.sideLines(sides, actors)
}

// sideLines writes the summary's lines of sides, the largest first: the mostSides largest
// with their most quoted actors, then one line naming the next moreSides with their
// statement counts and counting the rest.
func (r *reportWriter) sideLines(sides []string, actors map[string][]actorCount) {
	var rest []string
	restMin, restMax, unlisted := 0, 0, 0
	for k, side := range sides {
		n := 0
		for _, a := range actors[side] {
			n += a.n
		}
		switch {
		case k >= mostSides+moreSides:
			restMin, unlisted = n, unlisted+1 // the sides come largest first
			restMax = max(restMax, n)
		case k >= mostSides:
			rest = append(rest, fmt.Sprintf("**%s** (%s)", mdText(side), grouped(n)))
		default:
			r.printf("  - **%s**, %s: %s\n", mdText(side), plural(n, "statement"), mostQuotedOf(actors[side]))
		}
	}
	switch {
	case unlisted > 0 && restMin == restMax:
		rest = append(rest, fmt.Sprintf("and %s more with %s each", grouped(unlisted), plural(restMin, "statement")))
	case unlisted > 0:
		rest = append(rest, fmt.Sprintf("and %s more with %s to %s statements each", grouped(unlisted), grouped(restMin), grouped(restMax)))
	}
	if len(rest) > 0 {
		r.printf("  - %s: %s\n", plural(len(sides)-mostSides, "more side"), strings.Join(rest, ", "))
	}
}

// mostQuotedOf lists the mostQuoted first of a side's actors with their statement counts,
// and how many others there are: "Imran Khan (3), Shah Mahmood Qureshi (2), 1 other".
func mostQuotedOf(actors []actorCount) string {
	var parts []string
	for _, a := range actors[:min(len(actors), mostQuoted)] {
		parts = append(parts, fmt.Sprintf("%s (%s)", mdText(a.name), grouped(a.n)))
	}
	if more := len(actors) - mostQuoted; more > 0 {
		parts = append(parts, plural(more, "other"))
	}
	return strings.Join(parts, ", ")
}

// actorSides names the sides of actor a's statements for its heading in the appendix, n
// counting the statements of each: "United Kingdom", or with several, most first and each
// counted, "United Kingdom 12, United States 3" (an actor judged differently in different
// articles). "" when a has no side or is its own only side.
func actorSides(a string, n map[string]int) string {
	order := byCount(n)
	if len(order) == 1 {
		if order[0] == a {
			return ""
		}
		return mdText(order[0])
	}
	parts := make([]string, len(order))
	for i, sd := range order {
		parts[i] = fmt.Sprintf("%s %s", mdText(sd), grouped(n[sd]))
	}
	return strings.Join(parts, ", ")
}

// mostSides is how many sides the summary lists with their actors; the others share one
// line with their statement counts.
const mostSides = 15

// moreSides is how many sides after those the summary names on that line with their
// statement counts; the rest are only counted, so that a corpus of hundreds of sides keeps
// its summary short.
const moreSides = 25

// eventTitle is the heading of a contested event: "1. Pompeo’s telephone call to Imran Khan".
func eventTitle(i int, c *compare.Contested) string {
	return fmt.Sprintf("%d. %s", i+1, c.Event.Label)
}

// anchor returns the id GitHub gives a heading of text: lower case, spaces to hyphens, other
// punctuation dropped.
func anchor(text string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(strings.TrimSpace(text)) {
		switch {
		case r == ' ' || r == '-':
			b.WriteRune('-')
		case r == '_' || 'a' <= r && r <= 'z' || '0' <= r && r <= '9' || r > 0x7f && isLetterOrDigit(r):
			b.WriteRune(r)
		}
	}
	return b.String()
}

func (r *reportWriter) comparison(id int) *compare.Comparison {
	for i := range r.d.Comparisons {
		if r.d.Comparisons[i].Event.ID == id {
			return &r.d.Comparisons[i]
		}
	}
	return nil
}

// conflictMeaning says what each conflict type means, for a reader without the README.
var conflictMeaning = map[compare.ConflictType]string{
	compare.ExplicitRejection:   "one side rejects, denies or calls false the other's account",
	compare.ImplicitPolarity:    "nearly the same words, one side negating what the other affirms",
	compare.ImplicitRestriction: "one side limits what happened to less than the other says",
	compare.ImplicitNumber:      "different numbers for the same thing",
	compare.ImplicitDate:        "different dates for the same event",
	compare.ImplicitActor:       "different actors for the same act",
	compare.ImplicitStance:      "the stance model judges the statements opposed",
	compare.ImplicitDoubt:       "one side doubts what the other firmly asserts",
}

// contestedKey writes how to read the contested events: what their conflict types mean, each
// once in order of first use, what the confidence is, that a table's rows are no pairs and,
// when there are word-by-word pairs, how to read those.
func (r *reportWriter) contestedKey() {
	var parts []string
	seen := map[compare.ConflictType]bool{}
	for i := range r.d.Contested {
		if ct := r.d.Contested[i].Type; !seen[ct] {
			seen[ct] = true
			parts = append(parts, fmt.Sprintf("**%s**, %s", mdText(ct.String()), conflictMeaning[ct]))
		}
	}
	r.printf("\nConflict types: %s. The confidence, from 0 to 1, is how sure claimdiff is that the statements collide; stated rejections score highest.\n",
		strings.Join(parts, "; "))
	r.printf("\nEach event's table gives each side's statements in its column, in the order of the articles: a row is not a pair.")
	if len(r.d.Comparisons) > 0 {
		r.printf(" %s", wordByWordKey)
	}
	r.printf("\n")
}

// wordByWordKey says how to read the word-by-word pairs of the contested events (a pair has a
// statement on each side, so its verdict is never only-one-side).
const wordByWordKey = "Word by word, each pair puts a statement of the left side against one of the right: words struck out are only in the left one, words in bold only in the right one. Its verdict: **agree**, the same thing in nearly the same words; **reworded**, the same thing in other words; **conflict**, the two cannot both hold."

func (r *reportWriter) contested() {
	r.printf("\n## Contested claims\n")
	if len(r.d.Contested) == 0 {
		r.printf("\nNo contested claims were found.\n")
		return
	}
	r.contestedKey()
	for i := range r.d.Contested {
		c := &r.d.Contested[i]
		r.printf("\n### %s\n\n%s\n\n", mdCell(eventTitle(i, c)), mdConflict(c))
		// Side by side: one column per side, the i-th statement of each side on row i.
		header := make([]string, len(c.Sides))
		rows := 0
		for j, s := range c.Sides {
			header[j] = mdText(s.Side)
			rows = max(rows, len(s.Claims))
		}
		cells := make([][]string, rows)
		for k := range cells {
			cells[k] = make([]string, len(c.Sides))
			for j, s := range c.Sides {
				cells[k][j] = "-"
				if k < len(s.Claims) {
					cl := &s.Claims[k]
					cells[k][j] = mdSpeakerCue(cl) + ": " + mdCell(cl.Content.Quote())
				}
			}
		}
		r.table(header, cells)
		if cmp := r.comparison(c.Event.ID); cmp != nil {
			r.wordByWord(cmp)
		}
		r.printf("\n#### Statements\n")
		for _, s := range c.Sides {
			r.printf("\n%s:\n\n", mdStrong(s.Side))
			for k := range s.Claims {
				r.printf("- %s\n", mdStatement(&s.Claims[k]))
			}
		}
	}
}

// wordByWord writes the aligned pairs of a comparison with their verdicts and word diffs,
// words only on the left struck out and words only on the right in bold. Statements without
// a partner are in the side-by-side table and the list of statements already.
func (r *reportWriter) wordByWord(cmp *compare.Comparison) {
	var items []string
	for i := range cmp.Rows {
		row := &cmp.Rows[i]
		if row.Left == nil || row.Right == nil {
			continue
		}
		item := fmt.Sprintf("- **%s**: %s (%s) against %s (%s)", mdText(row.Verdict.String()),
			mdSpeakerCue(row.Left), mdCode(where(row.Left)), mdSpeakerCue(row.Right), mdCode(where(row.Right)))
		if row.Reason != "" {
			item += "; " + mdCell(row.Reason)
		}
		if pieces := wordPieces(row.Diff); len(pieces) > 0 && !shareWords(pieces) {
			// Nothing to diff: the two statements as they stand.
			item += "<br>" + mdQuote(row.Left) + " against " + mdQuote(row.Right)
		} else if d := mdDiff(row.Diff); d != "" {
			item += "<br>" + d
		}
		items = append(items, item)
	}
	if len(items) == 0 {
		return
	}
	r.printf("\n#### Word by word, %s to %s\n\n%s\n", mdCell(cmp.Left), mdCell(cmp.Right), strings.Join(items, "\n"))
}

// mdStatement returns a claim as a list item's text: speaker, cue, date, provenance and the
// statement verbatim. A claim without a source is "unattributed", its hedge named once, as
// the cue that follows.
func mdStatement(c *claims.Claim) string {
	meta := []string{mdText(cue(c))}
	if c.Date != "" {
		meta = append(meta, mdText(c.Date))
	}
	meta = append(meta, mdCode(where(c)))
	who := "unattributed"
	if c.Source != nil {
		who = mdSpeaker(c)
	}
	return fmt.Sprintf("%s (%s): %s", who, strings.Join(meta, ", "), mdQuote(c))
}

// mdQuote renders a statement's content as a markdown cell in quotation marks, unless it
// opens with one of its own.
func mdQuote(c *claims.Claim) string {
	q := mdCell(c.Content.Quote())
	if r, _ := utf8.DecodeRuneInString(c.Content.Quote()); !strings.ContainsRune("\"'“‘«„", r) {
		q = "“" + q + "”"
	}
	return q
}

func (r *reportWriter) timeline() {
	if len(r.d.Contested) == 0 {
		return
	}
	r.printf("\n## Timeline\n")
	for i := range r.d.Contested {
		c := &r.d.Contested[i]
		// The event's statements, each on the side the item puts it ("reportedly discussed"
		// is the account the other side rejects), then the item's statements from events
		// merged into it.
		type key struct {
			doc        string
			cue, about claims.Span
		}
		side := map[key]string{}
		for _, s := range c.Sides {
			for _, cl := range s.Claims {
				side[key{cl.Doc, cl.Cue.Span, cl.Content.Span}] = s.Side
			}
		}
		ss := append([]compare.Statement(nil), c.Event.Claims...)
		for k := range ss {
			kk := key{ss[k].Claim.Doc, ss[k].Claim.Cue.Span, ss[k].Claim.Content.Span}
			if sd, ok := side[kk]; ok {
				ss[k].Side = sd
				delete(side, kk)
			}
		}
		for _, s := range c.Sides {
			for _, cl := range s.Claims {
				if _, ok := side[key{cl.Doc, cl.Cue.Span, cl.Content.Span}]; ok {
					ss = append(ss, compare.Statement{Claim: cl, Side: s.Side})
				}
			}
		}
		// A statement inside the content of another of its side ("discussed" inside
		// "reportedly discussed") is shown once, in the outer one, as the item's sides show
		// it; one that another side's statement reports ("triggered by Khan's claim that
		// ...") stays.
		outer := ss[:0:0]
		for k := range ss {
			if !slices.ContainsFunc(ss, func(o compare.Statement) bool {
				return o.Side == ss[k].Side && compare.Inside(&ss[k].Claim, &o.Claim)
			}) {
				outer = append(outer, ss[k])
			}
		}
		ss = outer
		// By date, undated last; then in corpus order (stable).
		sort.SliceStable(ss, func(a, b int) bool {
			da, db := ss[a].Claim.Date, ss[b].Claim.Date
			if (da == "") != (db == "") {
				return db == ""
			}
			return da < db
		})
		r.printf("\n### %s\n\n", mdCell(eventTitle(i, c)))
		r.timelineTable(ss)
	}
}

// timelineTable writes an event's statements, sorted by date, as a table. When none is
// dated a line says so and the table has no column of dashes for the dates.
func (r *reportWriter) timelineTable(ss []compare.Statement) {
	dated := len(ss) > 0 && ss[0].Claim.Date != "" // the dated sort first
	rows := make([][]string, len(ss))
	for k := range ss {
		s := &ss[k]
		rows[k] = []string{mdCell(orDash(s.Side)), mdSpeakerCue(&s.Claim), mdCell(s.Claim.Content.Quote()), mdCell(where(&s.Claim))}
		if dated {
			rows[k] = append([]string{mdCell(orDash(s.Claim.Date))}, rows[k]...)
		}
	}
	header := []string{"Side", "Speaker", "Statement", "Where"}
	if dated {
		header = append([]string{"Date"}, header...)
	} else {
		r.printf("No statement of this event is dated; they are in the order of the articles.\n\n")
	}
	r.table(header, rows)
}

func (r *reportWriter) appendix() {
	r.printf("\n## Appendix: every statement by actor\n")
	if len(r.d.Statements) == 0 {
		r.printf("\nNo statements were found.\n")
		return
	}
	by := map[string][]*compare.Statement{}
	sides := map[string]map[string]int{} // actor -> side -> statements
	count := map[string]int{}
	for i := range r.d.Statements {
		s := &r.d.Statements[i]
		a := s.Actor
		if a == "" {
			a = s.Claim.Speaker()
		}
		by[a] = append(by[a], s)
		count[a]++
		if s.Side != "" {
			if sides[a] == nil {
				sides[a] = map[string]int{}
			}
			sides[a][s.Side]++
		}
	}
	// Actors by number of statements, the statements without a source last.
	actors := byCount(count)
	if _, ok := by[""]; ok {
		for i, a := range actors {
			if a == "" {
				actors = append(append(actors[:i:i], actors[i+1:]...), "")
				break
			}
		}
	}
	// Without a date in any statement, a column of dashes would only take room.
	dated := slices.ContainsFunc(r.d.Statements, func(s compare.Statement) bool { return s.Claim.Date != "" })
	header := []string{"Cue", "Statement", "Where"}
	if dated {
		header = append([]string{"Date"}, header...)
	}
	for _, a := range actors {
		head := mdText(a)
		if a == "" {
			head = "Without a source"
		}
		if sd := actorSides(a, sides[a]); sd != "" {
			head += " (" + sd + ")"
		}
		r.printf("\n### %s\n\n", head)
		rows := make([][]string, len(by[a]))
		for k, s := range by[a] {
			rows[k] = []string{mdCell(cue(&s.Claim)), mdCell(s.Claim.Content.Quote()), mdCell(where(&s.Claim))}
			if dated {
				rows[k] = append([]string{mdCell(orDash(s.Claim.Date))}, rows[k]...)
			}
		}
		r.table(header, rows)
	}
}
