package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/urfave/cli/v2"

	"claimdiff/report"
)

var articles = filepath.Join("..", "..", "testdata", "articles")

// TestReportGolden runs "claimdiff report" on the example articles in-process.
// It runs from the repository's root, as a user would, so the paths in the report read
// testdata/articles/...
func TestReportGolden(t *testing.T) {
	t.Chdir(filepath.Join("..", ".."))
	articles := filepath.Join("testdata", "articles")
	stdout, stderr, err := runCLI(t, "", "report", "--title", "Example report", articles)
	if err != nil || stderr != "" {
		t.Fatalf("claimdiff report: %v, stderr %q", err, stderr)
	}
	golden(t, "report-articles.md", stdout)
	for _, want := range []string{
		"# Example report\n",
		"Produced by `claimdiff report --title 'Example report' testdata/articles` (claimdiff dev).",
		"\n## Sources\n", "\n## Summary\n", "\n## Contested claims\n", "\n## Appendix: every statement by actor\n",
	} {
		if !strings.Contains(stdout, want) {
			t.Errorf("report lacks %q", want)
		}
	}
	again, _, _ := runCLI(t, "", "report", "--title", "Example report", articles)
	if again != stdout {
		t.Errorf("two runs of claimdiff report differ")
	}
}

// TestCLIGolden runs the commands whose output package report renders on the fixtures, from
// the repository's root, and compares their output with golden files. testdata/report/hostile.txt
// quotes markdown and HTML syntax, wide and combining characters.
func TestCLIGolden(t *testing.T) {
	t.Setenv("COLUMNS", "")
	t.Chdir(filepath.Join("..", ".."))
	hostile := filepath.Join("testdata", "report", "hostile.txt")
	tests := []struct {
		golden string
		args   []string
	}{
		{"claims-hostile.table", []string{"claims", hostile}},
		{"claims-hostile.markdown", []string{"claims", "-f", "markdown", hostile}},
		{"contested-hostile.table", []string{"contested", hostile}},
		{"contested-hostile.markdown", []string{"contested", "-f", "markdown", hostile}},
		{"compare-hostile.table", []string{"compare", hostile}},
		{"compare-hostile.markdown", []string{"compare", "-f", "markdown", hostile}},
		{"report-hostile.md", []string{"report", hostile}},
	}
	for _, tt := range tests {
		t.Run(tt.golden, func(t *testing.T) {
			stdout, stderr, err := runCLI(t, "", tt.args...)
			if err != nil || stderr != "" {
				t.Fatalf("claimdiff %s: %v, stderr %q", strings.Join(tt.args, " "), err, stderr)
			}
			golden(t, tt.golden, stdout)
			if strings.Contains(stdout, "<script>") && !strings.HasSuffix(tt.golden, ".table") && !strings.HasSuffix(tt.golden, ".jsonl") {
				t.Errorf("markdown output holds an unescaped <script>")
			}
			if strings.HasSuffix(tt.golden, ".table") {
				for _, line := range strings.Split(stdout, "\n") {
					if n := utf8.RuneCountInString(line); n > report.DefaultWidth && strings.ContainsRune(line, '│') {
						t.Errorf("table line of %d characters, wider than %d: %q", n, report.DefaultWidth, line)
					}
				}
			}
		})
	}
}

// TestReportOutputFile checks -o: it writes the report, refuses to replace a file without
// --force, replaces it with --force, and leaves no temporary file behind.
func TestReportOutputFile(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "report.md")
	stdout, _, err := runCLI(t, "", "report", "-o", out, articles)
	if err != nil {
		t.Fatalf("claimdiff report -o: %v", err)
	}
	if stdout != "" {
		t.Errorf("claimdiff report -o wrote %q to stdout", stdout)
	}
	first, err := os.ReadFile(out)
	if err != nil || !strings.HasPrefix(string(first), "# Claims report\n") {
		t.Fatalf("report file: %q, %v", first, err)
	}

	if err := os.WriteFile(out, []byte("keep me"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, _, err = runCLI(t, "", "report", "-o", out, articles)
	if err == nil || !strings.Contains(err.Error(), out) || !strings.Contains(err.Error(), "--force") {
		t.Errorf("claimdiff report -o EXISTING: error %v, want one naming %s and --force", err, out)
	}
	if b, _ := os.ReadFile(out); string(b) != "keep me" {
		t.Errorf("existing file replaced without --force: %q", b)
	}

	if _, _, err := runCLI(t, "", "report", "-o", out, "--force", articles); err != nil {
		t.Fatalf("claimdiff report -o --force: %v", err)
	}
	if b, _ := os.ReadFile(out); string(b) != string(first) {
		t.Errorf("--force did not replace the file with the report")
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("files left in the output directory: %v, want only report.md", names)
	}
}

// TestReportForceKeepsInputs: --force replaces an old report, never an article the report
// reads, whether named on the command line or found in a directory (it once overwrote it).
func TestReportForceKeepsInputs(t *testing.T) {
	const article = "The minister said taxes would rise next year.\n"
	tests := []struct {
		name string
		args func(dir, out string) []string
	}{
		{"named", func(dir, out string) []string { return []string{out} }},
		{"named with another", func(dir, out string) []string { return []string{articles, out} }},
		{"in a directory", func(dir, out string) []string { return []string{dir} }},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			out := filepath.Join(dir, "a.txt")
			if err := os.WriteFile(out, []byte(article), 0o644); err != nil {
				t.Fatal(err)
			}
			_, _, err := runCLI(t, "", append([]string{"report", "--force", "-o", out}, tt.args(dir, out)...)...)
			if err == nil || !strings.Contains(err.Error(), "the same file as the input") || !strings.Contains(err.Error(), "no report written") {
				t.Errorf("report --force -o INPUT: error %v, want one saying -o is an input and no report written", err)
			}
			if b, _ := os.ReadFile(out); string(b) != article {
				t.Errorf("the input was replaced: %.40q", b)
			}
		})
	}
}

// TestReportNoPartial checks that a failed run leaves no report: no input that could be read,
// a directory that does not exist.
func TestReportNoPartial(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name, out string
		args      []string
		wantErr   string
	}{
		{"missing input", filepath.Join(dir, "a.md"), []string{filepath.Join(dir, "nope.txt")}, "no report written"},
		{"no such directory", filepath.Join(dir, "sub", "a.md"), []string{articles}, "sub"},
		{"no input", filepath.Join(dir, "b.md"), nil, "no input"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, "", append([]string{"report", "-o", tt.out}, tt.args...)...)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("claimdiff report: error %v, want one containing %q", err, tt.wantErr)
			}
			if _, serr := os.Stat(tt.out); serr == nil {
				t.Errorf("%s written by a failed run", tt.out)
			}
			entries, _ := os.ReadDir(dir)
			for _, e := range entries {
				if strings.Contains(e.Name(), ".tmp-") {
					t.Errorf("temporary file %s left behind", e.Name())
				}
			}
		})
	}
}

// TestWriteAtomicFailure checks that an error while writing leaves neither the file nor a
// temporary one.
func TestWriteAtomicFailure(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "r.md")
	err := writeAtomic(out, false, func(w io.Writer) error {
		io.WriteString(w, "half a rep")
		return errors.New("disk on fire")
	})
	if err == nil || !strings.Contains(err.Error(), "disk on fire") || !strings.Contains(err.Error(), out) {
		t.Errorf("writeAtomic: error %v, want the write's error and the file name", err)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("files left after a failed write: %v", entries)
	}
}

func TestRenderOptions(t *testing.T) {
	tests := []struct {
		columns string
		want    int
	}{
		{"", 0},
		{"132", 132},
		{"wide", 0},
		{"-5", 0},
	}
	for _, tt := range tests {
		t.Setenv("COLUMNS", tt.columns)
		t.Setenv("NO_COLOR", "")
		app := newApp(&strings.Builder{}, &strings.Builder{})
		o := renderOptions(cli.NewContext(app, nil, nil), 0)
		if o.Width != tt.want || o.Color {
			t.Errorf("COLUMNS=%q: renderOptions = %+v, want width %d and no colour (not a terminal)", tt.columns, o, tt.want)
		}
	}
}

func TestOptionsFor(t *testing.T) {
	tests := []struct {
		name      string
		term      int
		env       map[string]string
		width     int
		wantColor bool
	}{
		{"pipe", 0, nil, 0, false},
		{"terminal", 120, nil, 120, true},
		{"terminal NO_COLOR", 120, map[string]string{"NO_COLOR": "1"}, 120, false},
		{"terminal empty NO_COLOR", 120, map[string]string{"NO_COLOR": ""}, 120, true},
		{"COLUMNS over terminal", 120, map[string]string{"COLUMNS": "90"}, 90, true},
		{"COLUMNS in a pipe", 0, map[string]string{"COLUMNS": "100"}, 100, false},
		{"bad COLUMNS", 0, map[string]string{"COLUMNS": "0"}, 0, false},
	}
	for _, tt := range tests {
		o := optionsFor(report.Table, tt.term, func(k string) string { return tt.env[k] })
		if o.Width != tt.width || o.Color != tt.wantColor {
			t.Errorf("%s: optionsFor(%d, %v) = %+v, want width %d, colour %v", tt.name, tt.term, tt.env, o, tt.width, tt.wantColor)
		}
	}
}

func TestShellQuote(t *testing.T) {
	tests := []struct{ in, want string }{
		{"testdata/articles", "testdata/articles"},
		{"My report", "'My report'"},
		{"it's", `'it'\''s'`},
		{"", "''"},
	}
	for _, tt := range tests {
		if got := shellQuote(tt.in); got != tt.want {
			t.Errorf("shellQuote(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestReportOutputChecks: -o says before reading any input why it cannot write the report
// (a directory where the file would be, a directory to write in that is missing or a file),
// and "-o -" writes to standard output, not to a file named "-".
func TestReportOutputChecks(t *testing.T) {
	dir := t.TempDir()
	file := write(t, dir, "notes.txt", "mine")
	missing := filepath.Join(dir, "nope.txt")
	tests := []struct {
		args    []string
		wantErr string
	}{
		{[]string{"-o", filepath.Join(dir, "sub", "r.md"), missing}, "-o " + filepath.Join(dir, "sub", "r.md") + ": directory " + filepath.Join(dir, "sub") + " does not exist"},
		{[]string{"-o", dir, "--force", missing}, "-o " + dir + ": is a directory; give the report's file name"},
		{[]string{"-o", filepath.Join(file, "r.md"), missing}, "-o " + filepath.Join(file, "r.md") + ": " + file + " is not a directory"},
	}
	for _, tt := range tests {
		_, stderr, err := runCLI(t, "", append([]string{"report"}, tt.args...)...)
		if err == nil || err.Error() != tt.wantErr || stderr != "" {
			t.Errorf("claimdiff report %q: error %v, stderr %q; want %q before any input is read", tt.args, err, stderr, tt.wantErr)
		}
	}
	abs, err := filepath.Abs(articles)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(dir)
	stdout, _, err := runCLI(t, "", "report", "-o", "-", abs)
	if err != nil || !strings.HasPrefix(stdout, "# Claims report\n") {
		t.Errorf("claimdiff report -o -: %v, stdout %.40q; want the report on standard output", err, stdout)
	}
	if _, err := os.Lstat("-"); err == nil {
		t.Errorf(`claimdiff report -o - wrote a file named "-"`)
	}
}

// TestReportPageLines: a report with an HTML page among its inputs, by its extension or
// sniffed on standard input, says that the page's lines count in its extracted text; one of
// text files alone does not.
func TestReportPageLines(t *testing.T) {
	input := filepath.Join("..", "..", "testdata", "input")
	page, text := filepath.Join(input, "article.html"), filepath.Join(input, "crlf-bom-nbsp.txt")
	const note = "Lines in HTML pages count in the text claimdiff extracts"
	for _, tt := range []struct {
		stdin string
		args  []string
		want  bool
	}{
		{"", []string{"report", page, text}, true},
		{"<!doctype html><p>WASHINGTON - The US said the talks failed.</p>", []string{"report", text, "-"}, true},
		{"", []string{"report", text}, false},
	} {
		stdout, _, err := runCLI(t, tt.stdin, tt.args...)
		if got := strings.Contains(stdout, note); got != tt.want || err != nil {
			t.Errorf("claimdiff %q: note %v, error %v; want note %v", tt.args, got, err, tt.want)
		}
	}
}

// TestReportNamesUnread checks that inputs that cannot be read beside others that can are
// named in the report, which covers the others, and that the run still fails.
func TestReportNamesUnread(t *testing.T) {
	dir := t.TempDir()
	out, nope := filepath.Join(dir, "r.md"), filepath.Join(dir, "nope.txt")
	_, _, err := runCLI(t, "", "report", "-o", out, articles, nope)
	if err == nil || !strings.Contains(err.Error(), "1 of") || !strings.Contains(err.Error(), "names the one not") {
		t.Errorf("claimdiff report with a missing input: error %v, want one counting it and saying the report names it", err)
	}
	b, rerr := os.ReadFile(out)
	if rerr != nil {
		t.Fatalf("no report of the inputs read: %v", rerr)
	}
	md := string(b)
	for _, want := range []string{"**Incomplete:** 1 input could not be read", "Not read, so left out:", "`" + nope + "`: no such file or directory", "call-dispute.txt"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q", want)
		}
	}
}

// TestReportManyInputs: the header names the first ten inputs and counts the others, which
// Sources lists (a glob of FNC-1's 1,683 bodies made its first paragraph 33 KB).
func TestReportManyInputs(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i := range 12 {
		f := filepath.Join(dir, fmt.Sprintf("a%02d.txt", i))
		if err := os.WriteFile(f, []byte("The mayor said the bridge would reopen in May.\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	stdout, _, err := runCLI(t, "", append([]string{"report"}, files...)...)
	if err != nil {
		t.Fatal(err)
	}
	header, _, _ := strings.Cut(strings.SplitN(stdout, "\n", 4)[2], "(claimdiff")
	want := "Produced by `claimdiff report " + strings.Join(files[:10], " ") + " …` and 2 more inputs "
	if header != want {
		t.Errorf("header %q, want %q", header, want)
	}
	if !strings.Contains(stdout, "a11.txt | - | - | - | 1 |") {
		t.Errorf("Sources does not list the last input:\n%s", stdout)
	}
	if !ownReport([]byte(stdout)) {
		t.Errorf("the report is not recognised as claimdiff's own")
	}
}
