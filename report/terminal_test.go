package report

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestDisplayWidth(t *testing.T) {
	tests := []struct {
		s    string
		want int
	}{
		{"abc", 3},
		{"日本語", 6},
		{"e\u0301te\u0301", 3},
		{"‘quoted’ …", 10},
		{"한국어", 6},
		{"", 0},
	}
	for _, tt := range tests {
		if got := displayWidth(tt.s); got != tt.want {
			t.Errorf("displayWidth(%q) = %d, want %d", tt.s, got, tt.want)
		}
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  []string
	}{
		{"the talks failed", 9, []string{"the talks", "failed"}},
		{"the talks failed", 100, []string{"the talks failed"}},
		{"one\ntwo three", 20, []string{"one", "two three"}},
		{"abcdefghij", 4, []string{"abcd", "efgh", "ij"}},
		{"testdata/articles/call.txt:12", 12, []string{"testdata/", "articles/", "call.txt:12"}},
		// After the last slash, not the underscore later in the line.
		{"../shared/seeds/000_1474bbfd67f08f28.txt:3", 22, []string{"../shared/seeds/", "000_1474bbfd67f08f28.", "txt:3"}},
		{"seeds/000_14.txt", 12, []string{"seeds/", "000_14.txt"}},
		{"abc_defghijk", 8, []string{"abc_", "defghijk"}},
		{"日本語のテキスト", 5, []string{"日本", "語の", "テキ", "スト"}},
		{"e\u0301e\u0301e\u0301e\u0301", 2, []string{"e\u0301e\u0301", "e\u0301e\u0301"}},
		{"a  b   c", 80, []string{"a b c"}},
		{"", 10, []string{""}},
		{"日", 1, []string{"日"}}, // wider than the line: kept whole
	}
	for _, tt := range tests {
		got := wrap(tt.s, tt.width)
		if strings.Join(got, "\x00") != strings.Join(tt.want, "\x00") {
			t.Errorf("wrap(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

func TestSanitize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"a\r\nb\rc", "a\nb\nc"},
		{"tab\there", "tab here"},
		{"esc\x1b[31mred", "esc\uFFFD[31mred"},
		{"c1\u009bx", "c1\uFFFDx"},
		{"ls\u2028ps\u2029", "ls\nps\n"},
	}
	for _, tt := range tests {
		if got := sanitize(tt.in); got != tt.want {
			t.Errorf("sanitize(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestColumnWidths(t *testing.T) {
	tests := []struct {
		name            string
		natural, weight []int
		total           int
		want            []int
	}{
		{"fits", []int{5, 10, 20}, []int{1, 1, 1}, 40, []int{5, 10, 20}},
		{"small columns keep their width", []int{5, 100, 8}, []int{1, 4, 1}, 60, []int{5, 47, 8}},
		{"all too wide", []int{30, 100}, []int{1, 3}, 40, []int{13, 27}},
		{"weight 0 first", []int{2, 100, 100, 13}, []int{0, 1, 1, 0}, 60, []int{2, 22, 23, 13}},
		{"minimum width", []int{30, 30, 30}, []int{1, 1, 1}, 20, []int{minColumn, minColumn, 8}},
		{"narrower than the minimums", []int{30, 30, 30}, []int{1, 1, 1}, 6, []int{2, 2, 2}},
		{"greedy fit leaves room", []int{6, 14, 1}, []int{1, 3, 0}, 20, []int{6, 13, 1}},
	}
	for _, tt := range tests {
		got := columnWidths(tt.natural, tt.weight, tt.total)
		if len(got) != len(tt.want) {
			t.Fatalf("%s: columnWidths = %v, want %v", tt.name, got, tt.want)
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%s: columnWidths(%v, %v, %d) = %v, want %v", tt.name, tt.natural, tt.weight, tt.total, got, tt.want)
				break
			}
		}
	}
}

func TestFitPieces(t *testing.T) {
	tests := []struct {
		name          string
		widths, least []int
		limit         int
		want          []int
	}{
		{"no piece cut", []int{10, 10, 40}, []int{5, 8, 12}, 20, []int{10, 10, 40}},
		{"a file name kept whole", []int{10, 30, 12}, []int{8, 12, 26}, 25, []int{10, 30, 12}},
		{"widened from the roomiest", []int{10, 30, 12}, []int{8, 12, 20}, 25, []int{10, 22, 20}},
		{"donors keep their own pieces", []int{9, 14, 9}, []int{9, 12, 14}, 20, []int{9, 12, 11}},
		{"cut all the same", []int{10, 10, 10}, []int{4, 4, 40}, 20, []int{10, 10, 10}},
	}
	for _, tt := range tests {
		got := fitPieces(tt.widths, tt.least, tt.limit)
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: fitPieces(%v, %v, %d) = %v, want %v", tt.name, tt.widths, tt.least, tt.limit, got, tt.want)
		}
	}
	if got := longestPiece("see ../shared/seeds/000_1474bbfd67f08f28.txt:3 now"); got != 26 {
		t.Errorf("longestPiece = %d, want 26 (the file name after its directory)", got)
	}
}

// checkAligned checks that every line of a rendered table fits width columns and that the
// column borders fall at the same display columns on every line.
func checkAligned(t *testing.T, out string, width int) {
	t.Helper()
	var want []int
	for _, line := range strings.Split(strings.TrimRight(out, "\n"), "\n") {
		if !strings.ContainsAny(line, "│┼┬┴├┤┌┐└┘") {
			continue // a caption line
		}
		if w := displayWidth(line); w > width {
			t.Errorf("line %q is %d columns wide, want at most %d", line, w, width)
		}
		var borders []int
		col := 0
		for _, r := range line {
			if strings.ContainsRune("│┼┬┴├┤┌┐└┘", r) {
				borders = append(borders, col)
			}
			col += displayWidth(string(r))
		}
		if want == nil {
			want = borders // the top border: nothing but borders and rules
			continue
		}
		// Every border of the top line, at the same column; a cell may hold more border
		// characters of its own ("┤" in a quotation).
		at := map[int]bool{}
		for _, b := range borders {
			at[b] = true
		}
		for _, w := range want {
			if !at[w] {
				t.Errorf("line %q has borders at columns %v, want %v among them", line, borders, want)
				break
			}
		}
	}
	if len(want) < 2 {
		t.Errorf("no table in %q", out)
	}
}

func TestClaimsTableWidth(t *testing.T) {
	doc, cs := seedClaims(t)
	for _, width := range []int{40, 60, 80, 100, 200} {
		out := claimsTable(t, doc, cs, width)
		checkAligned(t, out, width)
		// Every word of every statement is in the table, unbroken when the table is wide.
		for _, c := range cs {
			if width < 80 {
				break
			}
			for _, word := range strings.Fields(c.Content.Quote()) {
				if !strings.Contains(out, word) {
					t.Errorf("width %d: word %q of %q missing from\n%s", width, word, c.Content.Quote(), out)
				}
			}
		}
		if !strings.HasPrefix(out, "testdata/seedlike.txt: 5 claims\n") {
			t.Errorf("width %d: table starts %q, want the document name and claim count", width, out[:40])
		}
		if strings.Contains(out, "SOURCE") {
			t.Errorf("width %d: header upper-cased:\n%s", width, out)
		}
	}
}

// FuzzTextTable checks that a table fits its width and keeps its columns aligned whatever
// the text in its cells.
func FuzzTextTable(f *testing.F) {
	f.Add("Qureshi", "‘contrary to the facts’ 日本語のテキスト", 40)
	f.Add("e\u0301te\u0301", "line\nbreak\ttab\x1b[31m", 30)
	f.Add("", "", 20)
	f.Add("👨\u200d👩\u200d👧 🇵🇰", "❤\ufe0f \u200b zero\u200dwidth", 25)
	f.Fuzz(func(t *testing.T, a, b string, width int) {
		if !utf8Valid(a) || !utf8Valid(b) || width < 20 || width > 300 {
			return
		}
		tb := &textTable{header: []string{"Source", "Statement", "#"}, weight: []int{1, 3, 0}}
		tb.append(a, b, "1")
		tb.append(b, a, "2")
		var buf bytes.Buffer
		if err := tb.render(&buf, width); err != nil {
			t.Fatal(err)
		}
		checkAligned(t, buf.String(), width)
	})
}

// TestTableKeepsParagraphs checks that a blank line inside a cell survives, even where every
// other column is blank too.
func TestTableKeepsParagraphs(t *testing.T) {
	tb := &textTable{header: []string{"A", "B"}, weight: []int{1, 1}}
	tb.append("x", "first paragraph\n\nsecond paragraph\n\nthird paragraph")
	var b bytes.Buffer
	if err := tb.render(&b, 40); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(b.String(), "\n")
	var at []int
	for i, l := range lines {
		if strings.Contains(l, "paragraph") {
			at = append(at, i)
		}
	}
	if len(at) != 3 || at[1]-at[0] != 2 || at[2]-at[1] != 2 {
		t.Errorf("paragraphs on lines %v, want three with one blank line between each:\n%s", at, b.String())
	}
}

// TestHeaderWordsWhole checks that a narrow table gives its header words the columns they
// need rather than cutting them ("State" over "ment") to widen a column of long words, at
// every width that can hold them.
func TestHeaderWordsWhole(t *testing.T) {
	tables := []*textTable{
		{header: []string{"Source", "Cue", "Statement", "Line"}, weight: []int{2, 1, 6, 0}},
		{header: []string{"Stance", "Speaker", "Evidence", "Line"}, weight: []int{2, 2, 8, 0}},
	}
	for _, tb := range tables {
		tb.append("diplomatic sources", "according to (report)", "the talks in the capital failed after a long night", "12")
		tb.append("Foreign Office", "categorically rejected (deny)", "an agreement was reached", "1034")
		least := 3*len(tb.header) + 1 // the borders and padding
		for _, h := range tb.header {
			least += len(h)
		}
		for width := least; width <= 60; width++ {
			var b bytes.Buffer
			if err := tb.render(&b, width); err != nil {
				t.Fatal(err)
			}
			for _, h := range tb.header {
				if !strings.Contains(b.String(), "│ "+h+" ") {
					t.Errorf("width %d: header %q cut:\n%s", width, h, b.String())
				}
			}
		}
	}
}

// TestNarrowWidth checks that a width under MinWidth lays tables out as MinWidth does:
// COLUMNS=1 or 20 drew cells a column or two wide, every word cut ("So" over "ur" over "ce").
func TestNarrowWidth(t *testing.T) {
	doc, cs := seedClaims(t)
	want := claimsTable(t, doc, cs, MinWidth)
	for _, width := range []int{1, 20, MinWidth - 1} {
		if got := claimsTable(t, doc, cs, width); got != want {
			t.Errorf("width %d:\n%s\nwant the table at width %d:\n%s", width, got, MinWidth, want)
		}
	}
	if !strings.Contains(want, "│ Statement ") {
		t.Errorf("width %d: header cut:\n%s", MinWidth, want)
	}
}

// TestSoftHyphenInTable: a soft hyphen, which the width library counts as no column but
// terminals draw as one, is left out of a table's cells, so its row keeps the table's width.
func TestSoftHyphenInTable(t *testing.T) {
	tb := &textTable{header: []string{"Source", "Statement"}, weight: []int{1, 3}}
	tb.append("reportedly", "radicalized by followers of firebrand \u00adIslamic preacher")
	var b bytes.Buffer
	if err := tb.render(&b, 40); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); strings.ContainsRune(out, '\u00ad') || !strings.Contains(out, "Islamic") {
		t.Errorf("table keeps the soft hyphen or loses the word:\n%s", out)
	}
}
