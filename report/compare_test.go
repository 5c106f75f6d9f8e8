package report

import (
	"bufio"
	"bytes"
	"flag"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"claimdiff/claims"
	"claimdiff/compare"
)

var update = flag.Bool("update", false, "rewrite the golden files in ../testdata/golden")

// golden compares got with the golden file name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("..", "testdata", "golden", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("reading golden file (run go test -update): %v", err)
	}
	if got != string(want) {
		t.Errorf("%s differs from the golden file; got:\n%s\nwant:\n%s", name, got, want)
	}
}

// fixture builds, by hand, what package compare would find in seedLike: the State
// Department's account of the call against Pakistan's rejection of it.
func fixture(t *testing.T) (Data, compare.Comparison) {
	doc, cs := seedClaims(t)
	st := func(c claims.Claim, actor, side string) compare.Statement {
		return compare.Statement{Claim: c, Actor: actor, Side: side}
	}
	stmts := []compare.Statement{
		st(cs[0], "Shah Mehmood Qureshi", "Pakistan"),
		st(cs[1], "Shah Mehmood Qureshi", "Pakistan"),
		st(cs[2], "Shah Mehmood Qureshi", "Pakistan"),
		st(cs[3], "State Department", "United States"),
		st(cs[4], "田中太郎", "Japan"),
	}
	ev := compare.Event{ID: 1, Label: "Pompeo call | US statement", Claims: []compare.Statement{stmts[0], stmts[3]}}
	con := compare.Contested{
		Event:       ev,
		Type:        compare.ExplicitRejection,
		Confidence:  0.9,
		Explanation: "Pakistan rejected the United States' account: 'contrary to the facts'",
		Trigger:     "contrary to the facts",
		Sides: []compare.SideClaims{
			{Side: "United States", Actors: []string{"State Department"}, Claims: []claims.Claim{cs[3]}},
			{Side: "Pakistan", Actors: []string{"Shah Mehmood Qureshi"}, Claims: []claims.Claim{cs[0], cs[1]}},
		},
	}
	cmp := compare.Comparison{
		Event: ev, Left: "United States", Right: "Pakistan",
		Rows: []compare.Row{
			{
				Left: &cs[3], Right: &cs[0], LeftActor: "State Department", RightActor: "Shah Mehmood Qureshi",
				Diff:    compare.WordDiff(cs[3].Content.Quote(), cs[0].Content.Quote()),
				Verdict: compare.Conflict, Similarity: 0.2, Reason: "'contrary to the facts'",
			},
			{
				Left: &cs[3], Right: &cs[1], LeftActor: "State Department", RightActor: "Shah Mehmood Qureshi",
				Diff:    compare.WordDiff(cs[3].Content.Quote(), cs[1].Content.Quote()),
				Verdict: compare.Reworded, Similarity: 0.1,
			},
			{Right: &cs[2], RightActor: "Shah Mehmood Qureshi", Verdict: compare.OnlyOneSide},
		},
	}
	d := Data{
		Title:       "Pompeo's call <and> *the* | facts",
		Command:     "claimdiff report --title T testdata/seedlike.txt",
		Version:     "test",
		Sources:     []Source{SourceOf(doc, len(cs)), {Name: "undated.txt", Statements: 0}},
		Statements:  stmts,
		Contested:   []compare.Contested{con},
		Comparisons: []compare.Comparison{cmp},
	}
	return d, cmp
}

func render(t *testing.T, f func(*bytes.Buffer) error) string {
	t.Helper()
	var b bytes.Buffer
	if err := f(&b); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestContestedGolden(t *testing.T) {
	d, _ := fixture(t)
	for _, f := range []Format{Table, Markdown, JSONL} {
		t.Run(f.String(), func(t *testing.T) {
			out := render(t, func(b *bytes.Buffer) error { return Contested(b, d.Contested, Options{Format: f, Width: 80}) })
			golden(t, "report-contested."+f.String(), out)
			if f == Table {
				checkAligned(t, out, 80)
			}
			if f == Markdown {
				checkMarkdown(t, out, d.Contested[0].Sides[1].Claims[1].Content.Quote())
			}
		})
	}
}

func TestComparisonGolden(t *testing.T) {
	_, cmp := fixture(t)
	for _, f := range []Format{Table, Markdown, JSONL} {
		t.Run(f.String(), func(t *testing.T) {
			out := render(t, func(b *bytes.Buffer) error { return Comparison(b, cmp, Options{Format: f, Width: 72}) })
			golden(t, "report-comparison."+f.String(), out)
			if f == Table {
				checkAligned(t, out, 72)
				if strings.Contains(out, "\x1b") {
					t.Errorf("colour without Options.Color:\n%s", out)
				}
			}
			if f == Markdown {
				checkMarkdown(t, out)
				if !strings.Contains(toHTML(t, out), "<del>") {
					t.Errorf("no struck-out words in the word diff:\n%s", out)
				}
			}
		})
	}
	t.Run("color", func(t *testing.T) {
		out := render(t, func(b *bytes.Buffer) error { return Comparison(b, cmp, Options{Width: 72, Color: true}) })
		checkAligned(t, out, 72)
		if !strings.Contains(out, ansiRed) || !strings.Contains(out, ansiGreen) {
			t.Errorf("Options.Color set but no red and green in:\n%s", out)
		}
	})
}

func TestReportGolden(t *testing.T) {
	d, _ := fixture(t)
	out := render(t, func(b *bytes.Buffer) error { return Write(b, d) })
	golden(t, "report-fixture.md", out)
	if !strings.Contains(out, "- **reworded**: **State Department** (`testdata/seedlike.txt:6`) against **Shah Mehmood Qureshi (He)** (`testdata/seedlike.txt:4`)<br>“the US statement was ‘about Pakistan-based terrorists’” against “We will safeguard our interests \\| with respect and \\<script\\>honour\\</script\\>”") {
		t.Errorf("report does not show both statements of a pair that shares no word")
	}
	checkMarkdown(t, out, "We will safeguard our interests | with respect and <script>honour</script>")
	if n := strings.Count(out, "Word by word, each pair"); n != 1 {
		t.Errorf("the key to the word-by-word pairs is given %d times, want once", n)
	}
	if h := toHTML(t, out); !strings.Contains(h, "the US statement was <del>‘about Pakistan-based terrorists’</del> <strong>‘contrary to the facts’</strong>") {
		t.Errorf("report lacks the word diff of the aligned statements:\n%s", h)
	}
	for _, want := range []string{
		"# Pompeo's call \\<and\\> \\*the\\* \\| facts", // escaped title
		"Sources dated 2018-09-01; 1 undated.",
		"## Sources", "## Summary", "## Contested claims", "## Timeline", "## Appendix: every statement by actor",
		"#### Word by word, United States to Pakistan\n\n- **",
		"a row is not a pair. " + wordByWordKey + "\n\n### 1. ",
		"**Pakistan**, 3 statements: Shah Mehmood Qureshi (3)",
		"| declared (assert) | the café meeting was “très réussi” and e\u0301te\u0301 was fine | testdata/seedlike.txt:8 |",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// externalLink matches a link that is not to a heading of the report.
var externalLink = regexp.MustCompile(`<a href="[^#]`)

// checkMarkdown parses md as GFM and checks that it holds no HTML element other than <br>
// (the escaping let none in), that every table's rows have as many cells as its header, and
// that each statement in verbatim appears as escaped text.
func checkMarkdown(t *testing.T, md string, verbatim ...string) {
	t.Helper()
	h := toHTML(t, md)
	for _, bad := range []string{"<script", "<b>", "<em>", "<code>`", "<img", "raw HTML"} {
		if strings.Contains(h, bad) {
			t.Errorf("markdown renders %q:\n%s", bad, h)
		}
	}
	if m := externalLink.FindString(h); m != "" {
		t.Errorf("markdown renders a link out of the report: %q", m)
	}
	tables := htmlTables(h)
	if len(tables) == 0 {
		t.Errorf("no table in markdown:\n%s", md)
	}
	for _, tb := range tables {
		for _, row := range tb[1:] {
			if len(row) != len(tb[0]) {
				t.Errorf("table row %q has %d cells, header %d", row, len(row), len(tb[0]))
			}
		}
	}
	for _, v := range verbatim {
		if !strings.Contains(normHTML(h), normHTML(cellHTML(v))) {
			t.Errorf("statement %q not rendered verbatim in\n%s", v, h)
		}
	}
}

func TestWordPieces(t *testing.T) {
	tests := []struct {
		a, b string
		want string // pieces as op:text joined by " / "
	}{
		{"it was limited to congratulations", "it discussed terrorists", "equal:it / delete:was limited to congratulations / insert:discussed terrorists"},
		{"the facts.", "the facts,", "equal:the / delete:facts. / insert:facts,"},
		{"same words", "same words", "equal:same words"},
		{"a b c", "a x c", "equal:a / delete:b / insert:x / equal:c"},
		{"", "new words", "insert:new words"},
		{"the US statement was ‘about Pakistan-based terrorists’", "the US statement was ‘contrary to the facts’",
			"equal:the US statement was / delete:‘about Pakistan-based terrorists’ / insert:‘contrary to the facts’"},
		{"foo bar baz", "foobar baz", "delete:foo bar / insert:foobar / equal:baz"},
		{"he said it was false", "he said it was entirely false.", "equal:he said it was / delete:false / insert:entirely false."},
		{"the unilateral filling of the dam violated the 2015 declaration", "Egypt's claim that the filling of the dam reservoir violated the declaration",
			"insert:Egypt's claim that / equal:the / delete:unilateral / equal:filling of the dam / insert:reservoir / equal:violated the / delete:2015 / equal:declaration"},
	}
	for _, tt := range tests {
		var parts []string
		for _, p := range wordPieces(compare.WordDiff(tt.a, tt.b)) {
			parts = append(parts, p.Op.String()+":"+p.Text)
		}
		if got := strings.Join(parts, " / "); got != tt.want {
			t.Errorf("wordPieces(WordDiff(%q, %q)) = %q, want %q", tt.a, tt.b, got, tt.want)
		}
	}
}

// checkMdDiff checks that the word diff of a against b renders as the pieces' text, escaped,
// in <del> and <strong>: no other element, no mark left over.
func checkMdDiff(t *testing.T, a, b string) {
	t.Helper()
	ops := compare.WordDiff(a, b)
	md := "- " + mdDiff(ops) + "\n"
	pieces := wordPieces(ops)
	// The pieces give both statements back, word for word.
	var left, right []string
	for _, p := range pieces {
		if p.Op != compare.Insert {
			left = append(left, strings.Fields(p.Text)...)
		}
		if p.Op != compare.Delete {
			right = append(right, strings.Fields(p.Text)...)
		}
	}
	if strings.Join(left, " ") != strings.Join(strings.Fields(sanitize(a)), " ") || strings.Join(right, " ") != strings.Join(strings.Fields(sanitize(b)), " ") {
		t.Errorf("wordPieces(WordDiff(%q, %q)) = %q: does not give the statements back", a, b, pieces)
	}
	if len(pieces) > 0 && !shareWords(pieces) {
		pieces = []diffPiece{{compare.Equal, noCommonWords}}
	}
	var want []string
	for _, p := range pieces {
		h := html.EscapeString(p.Text)
		switch p.Op {
		case compare.Delete:
			h = "<del>" + h + "</del>"
		case compare.Insert:
			h = "<strong>" + h + "</strong>"
		}
		want = append(want, h)
	}
	wantHTML := "<ul>\n<li>" + strings.Join(want, " ") + "</li>\n</ul>\n"
	if got := toHTML(t, md); normHTML(got) != normHTML(wantHTML) {
		t.Errorf("mdDiff(%q -> %q) = %q renders %q, want %q", a, b, md, got, wantHTML)
	}
}

func TestMdDiffHostile(t *testing.T) {
	for _, a := range hostile {
		for _, b := range []string{"plain words here", "*x* | <b>y</b> ~~z~~", "1. item\nnext", a.text + " more"} {
			checkMdDiff(t, a.text, b)
		}
	}
}

func FuzzMdDiff(f *testing.F) {
	f.Add("it was limited to congratulations", "it discussed terrorists")
	f.Add("*x* | <b>y</b>", "~~z~~ `code` 1. item")
	f.Fuzz(func(t *testing.T, a, b string) {
		if !utf8Valid(a) || !utf8Valid(b) {
			return
		}
		checkMdDiff(t, a, b)
	})
}

// TestGoldenMarkdownValid parses every markdown golden file, those of the whole CLI on the
// fixtures included, as GFM and checks that no HTML got in and that the tables hold
// together.
func TestGoldenMarkdownValid(t *testing.T) {
	var files []string
	for _, pat := range []string{"*.md", "*.markdown"} {
		m, _ := filepath.Glob(filepath.Join("..", "testdata", "golden", pat))
		files = append(files, m...)
	}
	if len(files) < 5 {
		t.Fatalf("only %d markdown golden files", len(files))
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			checkMarkdown(t, string(b))
		})
	}
}

// TestUnattributedStatement: a statement without a source shows its hedge where a speaker
// would stand, in a compare cell and in markdown, instead of a bare "-".
func TestUnattributedStatement(t *testing.T) {
	c := &claims.Claim{Doc: "a.txt", Line: 3, Cue: claims.Cue{Text: "reportedly", Class: claims.CueClaim},
		Content: claims.Content{Span: claims.Span{Start: 0, End: 30}, Text: "discussed the terrorists issue", Spans: []claims.Span{{Start: 0, End: 30}}}}
	if got := statementCell(c, ""); !strings.HasPrefix(got, "unattributed (reportedly): discussed the terrorists issue") {
		t.Errorf("statementCell = %q", got)
	}
	if got := mdSpeaker(c); got != "unattributed (reportedly)" {
		t.Errorf("mdSpeaker = %q", got)
	}
	// In the report's list of statements the cue follows in brackets: it is named once.
	if got, want := mdStatement(c), "unattributed (reportedly (claim), `a.txt:3`): “discussed the terrorists issue”"; got != want {
		t.Errorf("mdStatement = %q, want %q", got, want)
	}
	c.Source = &claims.Source{Text: "Pakistan", Name: "Pakistan"}
	if got := statementCell(c, ""); !strings.HasPrefix(got, "Pakistan: ") {
		t.Errorf("statementCell with a source = %q", got)
	}
}

// TestSummaryManySides: beyond the largest sides, the summary names the others on one line
// with their statement counts, so a large corpus keeps a short summary and loses no side.
func TestSummaryManySides(t *testing.T) {
	var ss []compare.Statement
	for i := range mostSides + 3 {
		side := fmt.Sprintf("Side%02d", i)
		for range mostSides + 3 - i {
			ss = append(ss, compare.Statement{Actor: "actor of " + side, Side: side})
		}
	}
	out := summaryOf(ss)
	if n := strings.Count(out, ", 1 statement") + strings.Count(out, " statements: "); n != mostSides {
		t.Errorf("%d sides listed with their actors, want %d:\n%s", n, mostSides, out)
	}
	if !strings.Contains(out, "  - 3 more sides: **Side15** (3), **Side16** (2), **Side17** (1)\n") {
		t.Errorf("summary lacks the line of the other sides:\n%s", out)
	}
}

// TestSummaryItemSides: the summary names an item's two sides "A against B", and three or
// more "between A, B and C" (it wrote "A against B against C", as if B stood against C).
func TestSummaryItemSides(t *testing.T) {
	item := func(sides ...string) compare.Contested {
		c := compare.Contested{Type: compare.ExplicitRejection, Event: compare.Event{Label: "fundraising"}}
		for _, sd := range sides {
			c.Sides = append(c.Sides, compare.SideClaims{Side: sd})
		}
		return c
	}
	var b bytes.Buffer
	w := &reportWriter{w: bufio.NewWriter(&b), d: &Data{Contested: []compare.Contested{item("Sanders", "DNC"), item("Sanders", "DNC", "Clinton")}}}
	w.summary()
	w.w.Flush()
	for _, want := range []string{
		"(#1-fundraising): Sanders against DNC (explicit-rejection)\n",
		"(#2-fundraising): between Sanders, DNC and Clinton (explicit-rejection)\n",
	} {
		if !strings.Contains(b.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, b.String())
		}
	}
}

// TestSummaryHundredsOfSides: past the sides named on the last line, the summary only counts
// the others and says how many statements each has, so the line stays short.
func TestSummaryHundredsOfSides(t *testing.T) {
	var ss []compare.Statement
	n := mostSides + moreSides + 200
	for i := range n {
		side := fmt.Sprintf("Side%03d", i)
		for range max(1, 4-i/(mostSides+moreSides)) { // the last 200 sides: 4, 3, 2, 1 statements
			ss = append(ss, compare.Statement{Actor: "actor of " + side, Side: side})
		}
	}
	out := summaryOf(ss)
	var last string
	for line := range strings.Lines(out) {
		last = line
	}
	if want := fmt.Sprintf("  - %d more sides: ", n-mostSides); !strings.HasPrefix(last, want) {
		t.Errorf("last line %q, want it to start %q", last, want)
	}
	if got := strings.Count(last, "**"); got != 2*moreSides {
		t.Errorf("last line names %d sides, want %d:\n%s", got/2, moreSides, last)
	}
	if !strings.HasSuffix(last, ", and 200 more with 1 to 3 statements each\n") {
		t.Errorf("last line %q, want it to count the 200 sides not named", last)
	}
	if len(last) > 1000 {
		t.Errorf("last line is %d bytes long", len(last))
	}
}

// summaryOf returns the report summary of statements ss.
func summaryOf(ss []compare.Statement) string {
	var b bytes.Buffer
	w := &reportWriter{w: bufio.NewWriter(&b), d: &Data{Statements: ss}}
	w.summary()
	w.w.Flush()
	return b.String()
}

// TestActorSides: an appendix heading names the side of the actor's statements, or, when
// articles put them on several, each side with its count, most first.
func TestActorSides(t *testing.T) {
	for _, tt := range []struct {
		actor string
		n     map[string]int
		want  string
	}{
		{"Philip Hammond", nil, ""},
		{"Philip Hammond", map[string]int{"United Kingdom": 3}, "United Kingdom"},
		{"Pakistan", map[string]int{"Pakistan": 5}, ""},
		{"Philip Hammond", map[string]int{"United States": 3, "United Kingdom": 12}, "United Kingdom 12, United States 3"},
		{"Ann Lee", map[string]int{"B": 2, "A": 2}, "A 2, B 2"},
	} {
		if got := actorSides(tt.actor, tt.n); got != tt.want {
			t.Errorf("actorSides(%q, %v) = %q, want %q", tt.actor, tt.n, got, tt.want)
		}
	}
}

// TestAppendixOrder: actors with as many statements are in alphabetical order whatever
// their case, so a reader finds "circles" between "Both sides" and "Dawn", not after
// "Washington".
func TestAppendixOrder(t *testing.T) {
	var ss []compare.Statement
	for _, a := range []string{"Washington", "circles", "Dawn", "Both sides", "Washington"} {
		ss = append(ss, compare.Statement{Actor: a, Claim: claims.Claim{Doc: "a.txt", Line: 1}})
	}
	var b bytes.Buffer
	w := &reportWriter{w: bufio.NewWriter(&b), d: &Data{Statements: ss}}
	w.appendix()
	w.w.Flush()
	var heads []string
	for line := range strings.Lines(b.String()) {
		if h, ok := strings.CutPrefix(line, "### "); ok {
			heads = append(heads, strings.TrimSpace(h))
		}
	}
	if got, want := strings.Join(heads, "; "), "Washington; Both sides; circles; Dawn"; got != want {
		t.Errorf("appendix headings %q, want %q", got, want)
	}
}

// TestTimelineUndated: an event none of whose statements is dated gets no column of dashes
// under "Date" but a line saying its statements are in the order of the articles; a dated
// event keeps its Date column.
func TestTimelineUndated(t *testing.T) {
	cl := claims.Claim{Doc: "a.txt", Line: 2, Source: &claims.Source{Text: "Ana", Name: "Ana"},
		Cue: claims.Cue{Text: "said", Class: claims.CueAssert}, Content: claims.Content{Text: "the talks failed"}}
	event := func(date string) compare.Contested {
		c := cl
		c.Date = date
		return compare.Contested{Event: compare.Event{ID: 1, Label: "talks", Claims: []compare.Statement{{Claim: c, Side: "A"}}},
			Sides: []compare.SideClaims{{Side: "A", Claims: []claims.Claim{c}}}}
	}
	for _, tt := range []struct {
		date       string
		want, lack string
	}{
		{"", "No statement of this event is dated; they are in the order of the articles.\n\n| Side | Speaker | Statement | Where |", "| Date |"},
		{"2024-03-12", "| Date | Side | Speaker | Statement | Where |", "is dated"},
	} {
		var b bytes.Buffer
		w := &reportWriter{w: bufio.NewWriter(&b), d: &Data{Contested: []compare.Contested{event(tt.date)}}}
		w.timeline()
		w.w.Flush()
		if out := b.String(); !strings.Contains(out, tt.want) || strings.Contains(out, tt.lack) {
			t.Errorf("date %q: timeline lacks %q or holds %q:\n%s", tt.date, tt.want, tt.lack, out)
		}
	}
}

// TestAppendixUndated: when no statement is dated (FNC-1's bodies, the sources of a report
// that says "The sources carry no dates."), the appendix's tables have no column of dashes
// under "Date"; one dated statement brings the column back to every table, dashes and all.
func TestAppendixUndated(t *testing.T) {
	statement := func(actor, date string) compare.Statement {
		return compare.Statement{Actor: actor, Claim: claims.Claim{Doc: "a.txt", Line: 2, Date: date,
			Source: &claims.Source{Text: actor, Name: actor}, Cue: claims.Cue{Text: "said", Class: claims.CueAssert},
			Content: claims.Content{Text: "the talks failed", Span: claims.Span{End: 16}, Spans: []claims.Span{{End: 16}}}}}
	}
	for _, tt := range []struct {
		dates      []string
		want, lack string
	}{
		{[]string{"", ""}, "### Ana\n\n| Cue | Statement | Where |\n| --- | --- | --- |\n| said (assert) | the talks failed | a.txt:2 |", "| Date |"},
		{[]string{"", "2024-03-12"}, "### Ana\n\n| Date | Cue | Statement | Where |\n| --- | --- | --- | --- |\n| - | said (assert) |", "\n| Cue |"},
	} {
		var b bytes.Buffer
		w := &reportWriter{w: bufio.NewWriter(&b), d: &Data{Statements: []compare.Statement{
			statement("Ana", tt.dates[0]), statement("Ben", tt.dates[1])}}}
		w.appendix()
		w.w.Flush()
		if out := b.String(); !strings.Contains(out, tt.want) || strings.Contains(out, tt.lack) {
			t.Errorf("dates %q: appendix lacks %q or holds %q:\n%s", tt.dates, tt.want, tt.lack, out)
		}
	}
}

// TestTimelineOuterOnly: a statement inside the content of another of its side (what Pompeo
// "discussed", inside what he "reportedly discussed") is shown once in the timeline, by the
// outer one, as the item's sides show it; a statement another side's reports ("triggered by
// Khan's claim that ...") keeps its row.
func TestTimelineOuterOnly(t *testing.T) {
	statement := func(name, side string, cue, content claims.Span) compare.Statement {
		return compare.Statement{Side: side, Claim: claims.Claim{Doc: "a.txt", Line: 1,
			Source: &claims.Source{Text: name, Name: name}, Cue: claims.Cue{Span: cue, Text: "said", Class: claims.CueAssert},
			Content: claims.Content{Span: content, Text: "words", Spans: []claims.Span{content}}}}
	}
	outer := statement("Ana", "A", claims.Span{Start: 0, End: 4}, claims.Span{Start: 5, End: 60})
	inner := statement("Ben", "A", claims.Span{Start: 10, End: 14}, claims.Span{Start: 15, End: 50})
	report := statement("Cal", "", claims.Span{Start: 100, End: 104}, claims.Span{Start: 105, End: 200})
	reported := statement("Dan", "B", claims.Span{Start: 120, End: 124}, claims.Span{Start: 125, End: 180})
	item := compare.Contested{Event: compare.Event{ID: 1, Label: "talks", Claims: []compare.Statement{outer, inner, report, reported}},
		Sides: []compare.SideClaims{{Side: "A", Claims: []claims.Claim{outer.Claim}}, {Side: "B", Claims: []claims.Claim{reported.Claim}}}}
	var b bytes.Buffer
	w := &reportWriter{w: bufio.NewWriter(&b), d: &Data{Contested: []compare.Contested{item}}}
	w.timeline()
	w.w.Flush()
	out := b.String()
	for _, want := range []string{"| A | **Ana** |", "| - | **Cal** |", "| B | **Dan** |"} {
		if !strings.Contains(out, want) {
			t.Errorf("timeline lacks the row %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "Ben") {
		t.Errorf("timeline shows Ben's statement, inside Ana's of the same side:\n%s", out)
	}
}

// TestConflictTypesExplained: the contested section of a report says what the conflict types
// it shows mean, each once and only those shown, so a reader without the README can read
// "implicit-number"; every type has a meaning.
func TestConflictTypesExplained(t *testing.T) {
	item := func(ct compare.ConflictType) compare.Contested {
		return compare.Contested{Type: ct, Confidence: 0.9, Event: compare.Event{Label: "talks"},
			Sides: []compare.SideClaims{{Side: "A"}, {Side: "B"}}}
	}
	var b bytes.Buffer
	w := &reportWriter{w: bufio.NewWriter(&b), d: &Data{Contested: []compare.Contested{
		item(compare.ImplicitNumber), item(compare.ExplicitRejection), item(compare.ImplicitNumber)}}}
	w.contested()
	w.w.Flush()
	out := b.String()
	want := "## Contested claims\n\nConflict types: **implicit-number**, " + conflictMeaning[compare.ImplicitNumber] +
		"; **explicit-rejection**, " + conflictMeaning[compare.ExplicitRejection] + ". "
	if !strings.Contains(out, want) || strings.Contains(out, "implicit-date") {
		t.Errorf("contested section does not explain its types as %q:\n%s", want, out)
	}
	for ct := compare.ConflictType(0); !strings.HasPrefix(ct.String(), "ConflictType("); ct++ {
		if conflictMeaning[ct] == "" {
			t.Errorf("conflict type %s has no meaning", ct)
		}
	}
}
