package report

import (
	"bytes"
	"html"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"claimdiff/claims"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	ghtml "github.com/yuin/goldmark/renderer/html"
)

// gfm is a GitHub-flavoured markdown parser (tables and strikethrough) that passes raw HTML
// through, so that any HTML the escaping let in shows in the output.
var gfm = goldmark.New(
	goldmark.WithExtensions(extension.Table, extension.Strikethrough),
	goldmark.WithRendererOptions(ghtml.WithUnsafe()),
)

func toHTML(t testing.TB, md string) string {
	t.Helper()
	var b bytes.Buffer
	if err := gfm.Convert([]byte(md), &b); err != nil {
		t.Fatalf("goldmark: %v", err)
	}
	return b.String()
}

var (
	tableRE = regexp.MustCompile(`(?s)<table>.*?</table>`)
	rowRE   = regexp.MustCompile(`(?s)<tr>(.*?)</tr>`)
	cellRE  = regexp.MustCompile(`(?s)<t[dh][^>]*>(.*?)</t[dh]>`)
)

// htmlTables returns the cells of every table in the HTML, as HTML.
func htmlTables(h string) [][][]string {
	var out [][][]string
	for _, tb := range tableRE.FindAllString(h, -1) {
		var rows [][]string
		for _, r := range rowRE.FindAllStringSubmatch(tb, -1) {
			var cells []string
			for _, c := range cellRE.FindAllStringSubmatch(r[1], -1) {
				cells = append(cells, c[1])
			}
			rows = append(rows, cells)
		}
		out = append(out, rows)
	}
	return out
}

// cellHTML is the HTML a cell holding text must render to: the text escaped, as plain text,
// with its line breaks as <br>.
func cellHTML(text string) string {
	text = strings.TrimSpace(sanitize(text))
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		if i > 0 {
			l = strings.TrimLeft(l, " ")
		}
		if i < len(lines)-1 {
			l = strings.TrimRight(l, " ")
		}
		lines[i] = html.EscapeString(l)
	}
	h := strings.Join(lines, "<br>")
	return strings.ReplaceAll(h, "&#39;", "'")
}

// normHTML undoes the differences in escaping between goldmark and html.EscapeString.
func normHTML(s string) string {
	return strings.NewReplacer("&#39;", "'", "&quot;", "&#34;").Replace(s)
}

var hostile = []struct {
	name, text string
}{
	{"plain", "The talks failed."},
	{"pipe", "a | b || c"},
	{"escaped pipe", `a \| b \\| c \`},
	{"backticks", "use `rm -rf` and ``x``"},
	{"emphasis", "*really* _truly_ **bold** __x__ ~~gone~~"},
	{"html", `<script>alert("x")</script> <b>bold</b> <!-- c --> &amp; &lt;`},
	{"newlines", "first line\nsecond line\r\nthird\n\nfourth  \nfifth"},
	{"list start", "- not a list"},
	{"plus start", "+ not a list"},
	{"ordered start", "1. not a list"},
	{"ordered paren", "12) not a list"},
	{"heading", "# not a heading"},
	{"heading underline", "==="},
	{"dash underline", "---"},
	{"quote start", "> not a quote"},
	{"link", "[click](javascript:alert(1)) ![img](x.png) <http://x.y>"},
	{"entity", "&copy; &#169; &#x41;"},
	{"code fence", "```go\nfmt.Println()\n```"},
	{"indented", "    four spaces"},
	{"table row", "| a | b |\n|---|---|"},
	{"math", "$x^2$ costs $120 billion"},
	{"curly", "‘contrary to the facts’ “We know”"},
	{"wide", "日本語のテキスト 中文 한국어"},
	{"combining", "e\u0301te\u0301 cafe\u0301"},
	{"control", "bell\a escape\x1b[31mred\x1b[0m tab\there"},
	{"backslash end", `ends with \`},
	{"empty", ""},
	{"spaces", "   "},
	{"nbsp", "a\u00a0b"},
}

func TestMdTextInTable(t *testing.T) {
	for _, tt := range hostile {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			if err := mdTable(&b, []string{"A", "B"}, [][]string{{mdText(tt.text), "end"}}); err != nil {
				t.Fatal(err)
			}
			md := b.String()
			tables := htmlTables(toHTML(t, md))
			if len(tables) != 1 || len(tables[0]) != 2 {
				t.Fatalf("mdTable(%q) = %q: want one table of two rows, got %d tables", tt.text, md, len(tables))
			}
			body := tables[0][1]
			if len(body) != 2 || body[1] != "end" {
				t.Fatalf("mdTable(%q) = %q: row cells %q, want 2 cells ending with \"end\"", tt.text, md, body)
			}
			if got, want := normHTML(body[0]), normHTML(cellHTML(tt.text)); got != want {
				t.Errorf("cell of %q renders as %q, want %q\nmarkdown: %q", tt.text, got, want, md)
			}
		})
	}
}

func TestMdTextInList(t *testing.T) {
	for _, tt := range hostile {
		t.Run(tt.name, func(t *testing.T) {
			md := "- " + mdText(tt.text) + "\n"
			h := toHTML(t, md)
			want := "<ul>\n<li>" + cellHTML(tt.text) + "</li>\n</ul>\n"
			if normHTML(h) != normHTML(want) {
				t.Errorf("list item of %q renders as %q, want %q\nmarkdown: %q", tt.text, h, want, md)
			}
		})
	}
}

func TestMdStrongStrike(t *testing.T) {
	for _, tt := range hostile {
		if strings.TrimSpace(tt.text) == "" {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			md := "x " + mdStrike(tt.text) + " " + mdStrong(tt.text) + " y\n"
			h := toHTML(t, md)
			c := cellHTML(tt.text)
			want := "<p>x <del>" + c + "</del> <strong>" + c + "</strong> y</p>\n"
			if normHTML(h) != normHTML(want) {
				t.Errorf("strike and strong of %q render as %q, want %q\nmarkdown: %q", tt.text, h, want, md)
			}
		})
	}
}

func FuzzMdText(f *testing.F) {
	for _, tt := range hostile {
		f.Add(tt.text)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8Valid(s) {
			return
		}
		var b bytes.Buffer
		if err := mdTable(&b, []string{"A", "B"}, [][]string{{mdText(s), "end"}}); err != nil {
			t.Fatal(err)
		}
		md := b.String()
		tables := htmlTables(toHTML(t, md))
		if len(tables) != 1 || len(tables[0]) != 2 || len(tables[0][1]) != 2 || tables[0][1][1] != "end" {
			t.Fatalf("mdText(%q) breaks the table: %q -> %q", s, md, tables)
		}
		if got, want := normHTML(tables[0][1][0]), normHTML(cellHTML(s)); got != want {
			t.Errorf("cell of %q renders as %q, want %q\nmarkdown: %q", s, got, want, md)
		}
	})
}

func utf8Valid(s string) bool { return strings.ToValidUTF8(s, "") == s }

func TestMdCode(t *testing.T) {
	for _, tt := range hostile {
		if strings.TrimSpace(tt.text) == "" {
			continue
		}
		t.Run(tt.name, func(t *testing.T) {
			md := "run " + mdCode(tt.text) + " now\n"
			text := strings.ReplaceAll(sanitize(tt.text), "\n", " ")
			if strings.HasPrefix(text, " ") && strings.HasSuffix(text, " ") && strings.Trim(text, " ") != "" {
				text = text[1 : len(text)-1] // CommonMark strips one space each side
			}
			want := "<p>run <code>" + html.EscapeString(text) + "</code> now</p>\n"
			if got := toHTML(t, md); normHTML(got) != normHTML(want) {
				t.Errorf("mdCode(%q) = %q renders %q, want %q", tt.text, md, got, want)
			}
		})
	}
}

// TestMdTextLinear checks that escaping a long quotation full of line breaks takes time
// linear in its length.
func TestMdTextLinear(t *testing.T) {
	long := strings.Repeat("a line  \n", 200000) // 1.8 MB
	start := time.Now()
	out := mdText(long)
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("mdText of %d bytes took %v", len(long), d)
	}
	if n := strings.Count(out, "<br>"); n != 199999 {
		t.Errorf("mdText kept %d line breaks, want 199999", n)
	}
}

func TestAnchor(t *testing.T) {
	tests := []struct{ heading, want string }{
		{"1. Pompeo’s telephone call to Imran Khan", "1-pompeos-telephone-call-to-imran-khan"},
		{`8. MSNBC's "Morning Joe"`, "8-msnbcs-morning-joe"},
		{"2. Pakistan-US ties", "2-pakistan-us-ties"},
		{"9. Mexican immigrants to “criminals” and “rapists”", "9-mexican-immigrants-to-criminals-and-rapists"},
		{"1. alert diplomacy Kamikawa failure", "1-alert-diplomacy-kamikawa-failure"},
	}
	for _, tt := range tests {
		if got := anchor(tt.heading); got != tt.want {
			t.Errorf("anchor(%q) = %q, want %q", tt.heading, got, tt.want)
		}
	}
}

// TestGoldenAnchors checks that every link to a heading of a golden report finds it.
func TestGoldenAnchors(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "golden", "report-*.md"))
	if len(files) == 0 {
		t.Fatal("no golden reports")
	}
	link := regexp.MustCompile(`\]\(#([^)]*)\)`)
	unescape := regexp.MustCompile(`\\(.)`)
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		ids := map[string]bool{}
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "#") {
				ids[anchor(unescape.ReplaceAllString(strings.TrimLeft(line, "# "), "$1"))] = true
			}
		}
		for _, m := range link.FindAllStringSubmatch(string(b), -1) {
			if !ids[m[1]] {
				t.Errorf("%s: link to #%s, no such heading", filepath.Base(f), m[1])
			}
		}
	}
}

// TestReportSummaryFirst: the summary (what is contested, by whom) comes right after the
// title, before the list of sources, which over a folder of articles is a table of a
// thousand rows the reader would have to scroll past.
func TestReportSummaryFirst(t *testing.T) {
	var b strings.Builder
	if err := Write(&b, Data{Title: "T"}); err != nil {
		t.Fatal(err)
	}
	out := b.String()
	if s, src := strings.Index(out, "\n## Summary\n"), strings.Index(out, "\n## Sources\n"); s < 0 || src < 0 || s > src {
		t.Errorf("## Summary at %d, ## Sources at %d; want the summary first:\n%s", s, src, out)
	}
}

// TestStandardInputNamed: a document read from standard input, named "-", is called
// "standard input" where a reader sees it (a table's first line, a markdown heading, the
// sources, file:line), not "-", which reads as "none" beside the dashes of empty cells.
func TestStandardInputNamed(t *testing.T) {
	doc := newDoc(t, "-", "The minister said the talks failed.\n")
	cs := []claims.Claim{claimOf(t, doc, "The minister", "minister", "said", claims.CueAssert, "the talks failed")}
	if out := claimsTable(t, doc, cs, 80); !strings.HasPrefix(out, "standard input: 1 claim\n") {
		t.Errorf("table starts %q", out[:min(len(out), 40)])
	}
	var b bytes.Buffer
	w := NewClaimsWriter(&b, Options{Format: Markdown})
	if err := w.Write(doc, cs); err != nil {
		t.Fatal(err)
	}
	w.Flush()
	if out := b.String(); !strings.HasPrefix(out, "## standard input\n") || !strings.Contains(out, "| standard input:1 |") {
		t.Errorf("markdown names standard input otherwise:\n%s", out)
	}
	b.Reset()
	if err := Write(&b, Data{Sources: []Source{SourceOf(doc, 1)}}); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "| standard input | - | - | - | 1 |") {
		t.Errorf("sources name standard input otherwise:\n%s", out)
	}
}

// TestSourcesPageLines: a report with HTML pages among its sources says that their lines
// count in the extracted text, so a reader does not look for "page.html:3" in the HTML
// source; a report of text files says nothing of it.
func TestSourcesPageLines(t *testing.T) {
	note := "Lines in HTML pages count in the text claimdiff extracts from them, as `claimdiff text PAGE` shows it, not in the HTML source."
	for _, page := range []bool{true, false} {
		var b bytes.Buffer
		if err := Write(&b, Data{Sources: []Source{{Name: "a.txt", Statements: 1}, {Name: "page.html", Statements: 2, Page: page}}}); err != nil {
			t.Fatal(err)
		}
		if got := strings.Contains(b.String(), "\n"+note+"\n"); got != page {
			t.Errorf("page %v: note given %v:\n%s", page, got, b.String())
		}
	}
}

// TestCountsGrouped: counts a reader sees group their thousands, "14,307 statements" as the
// README writes them, not "14307 statements".
func TestCountsGrouped(t *testing.T) {
	for _, tt := range []struct{ got, want string }{
		{plural(14307, "statement"), "14,307 statements"},
		{plural(1, "claim"), "1 claim"},
		{plural(999, "claim"), "999 claims"},
		{plural(1234567, "claim"), "1,234,567 claims"},
		{leftOutLine(1659, 1683), "No statement passes the filters in 1,659 of the 1,683 documents read (not shown)."},
		// The report's summary and appendix headings wrote "Donald J. Trump (1160)" under "1,312 statements".
		{mostQuotedOf([]actorCount{{name: "Donald J. Trump", n: 1160}}), "Donald J. Trump (1,160)"},
		{actorSides("police spokesman", map[string]int{"India": 1200, "China": 2}), "India 1,200, China 2"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestCueNamesItsClassOnce(t *testing.T) {
	for _, tt := range []struct {
		text  string
		class claims.CueClass
		want  string
	}{
		{"said", claims.CueAssert, "said (assert)"},
		{"claim", claims.CueClaim, "claim"},
		{"Claim", claims.CueClaim, "claim"},
		{"", claims.CueDeny, "deny"},
	} {
		if got := cue(&claims.Claim{Cue: claims.Cue{Text: tt.text, Class: tt.class}}); got != tt.want {
			t.Errorf("cue(%q, %v) = %q, want %q", tt.text, tt.class, got, tt.want)
		}
	}
}
