package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"unicode"

	"claimdiff/claims"
)

// collect runs eachDocument and returns the names of the documents it passed on, stderr and
// the error.
func collect(t *testing.T, stdin string, args ...string) (names []string, stderr string, err error) {
	t.Helper()
	var errOut bytes.Buffer
	err = eachDocument(args, strings.NewReader(stdin), &errOut, func(d *claims.Document) error {
		if d.Body < 0 || d.Body > len(d.Text) {
			t.Errorf("document %s: Body %d outside its text", d.Name, d.Body)
		}
		names = append(names, d.Name)
		return nil
	})
	return names, errOut.String(), err
}

// write creates the file dir/name holding data, and its directory.
func write(t *testing.T, dir, name, data string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestEachDocumentOrder(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"b.txt", "a.md", "sub/c.html", "sub/d.HTM", "a.txt", "notes.pdf", "image.jpg", ".hidden.txt", ".git/x.txt", "sub/deeper/e.txt", "z/readme"} {
		write(t, dir, name, "ISLAMABAD - The minister said it.\n")
	}
	loose := write(t, t.TempDir(), "article.text", "The minister said it.\n")
	names, stderr, err := collect(t, "From stdin, he said.", dir, loose, "-")
	rel := func(names []string) []string {
		var out []string
		for _, n := range names {
			if r, err := filepath.Rel(dir, n); err == nil && !strings.HasPrefix(r, "..") {
				n = filepath.ToSlash(r)
			}
			out = append(out, n)
		}
		return out
	}
	want := []string{"a.md", "a.txt", "b.txt", "sub/c.html", "sub/d.HTM", "sub/deeper/e.txt", loose, "-"}
	if err := os.Symlink(filepath.Join(dir, "sub", "deeper"), filepath.Join(dir, "link")); err != nil {
		t.Fatal(err)
	}
	if names, stderr, err := collect(t, "", filepath.Join(dir, "link")); len(names) != 1 || names[0] != filepath.Join(dir, "link", "e.txt") || err != nil {
		t.Errorf("eachDocument(link to a directory) = %q, %q, %v; want the link followed", names, stderr, err)
	}
	if got := rel(names); fmt.Sprint(got) != fmt.Sprint(want) || stderr != "" || err != nil {
		t.Errorf("eachDocument = %q, stderr %q, err %v; want %q and no errors", got, stderr, err, want)
	}
}

// TestEachDocumentBadInput gives each kind of bad input between two good files and checks that
// the good ones are still read, that the bad one is named on stderr with its problem, and that
// the error at the end counts the failures.
func TestEachDocumentBadInput(t *testing.T) {
	good := filepath.Join("..", "..", "testdata", "input", "crlf-bom-nbsp.txt")
	good2 := filepath.Join("..", "..", "testdata", "input", "front-matter.md")
	tests := []struct {
		name   string
		setup  func(t *testing.T, dir string) string // returns the argument
		stdin  string
		msg    string // the message on stderr after "claimdiff: ARG: "; "" for no failure
		reason string
	}{
		{name: "empty file", setup: func(t *testing.T, dir string) string { return write(t, dir, "empty.txt", "") }, msg: "empty file"},
		{name: "blank file", setup: func(t *testing.T, dir string) string { return write(t, dir, "blank.md", "\r\n  \n") }, msg: "empty file (5 bytes of white space only)"},
		{name: "binary", setup: func(t *testing.T, dir string) string { return write(t, dir, "x.txt", "Some text\x00\x01\x02") }, msg: "binary file (contains NUL bytes) at byte 9"},
		{name: "invalid utf8", setup: func(t *testing.T, dir string) string { return write(t, dir, "latin1.txt", "The caf\xe9 owner said.") }, msg: "invalid UTF-8 at byte 7 (Latin-1 or Windows-1252 text? convert it with iconv -f windows-1252 -t utf-8)"},
		{name: "binary html", setup: func(t *testing.T, dir string) string { return write(t, dir, "x.html", "<p>a\x00</p>") }, msg: "binary file (contains NUL bytes) at byte 4"},
		{name: "html without text", setup: func(t *testing.T, dir string) string {
			return write(t, dir, "nav.html", "<html><body><nav>Home</nav><script>x()</script></body></html>")
		}, msg: "HTML page has no visible text"},
		{name: "nonexistent", setup: func(t *testing.T, dir string) string { return filepath.Join(dir, "nope.txt") }, msg: "no such file or directory"},
		{name: "other scheme", setup: func(*testing.T, string) string { return "ftp://example.com/story.txt" },
			msg: "no such file or directory (claimdiff fetches http:// and https:// pages only)"},
		{name: "address without scheme", setup: func(*testing.T, string) string { return "www.example.com/world/story" },
			msg: "no such file or directory (a web page? give its address with https://)"},
		{name: "empty stdin", setup: func(*testing.T, string) string { return "-" }, stdin: "", msg: "empty file"},
		{name: "binary stdin", setup: func(*testing.T, string) string { return "-" }, stdin: "\x00", msg: "binary file (contains NUL bytes) at byte 0"},
		{name: "directory without articles", setup: func(t *testing.T, dir string) string {
			write(t, dir, "d/photo.jpg", "x")
			write(t, dir, "d/.draft.txt", "x")
			return filepath.Join(dir, "d")
		}, msg: "no articles (.txt, .md, .html or .htm files) in directory"},
		{name: "dangling symlink in directory", setup: func(t *testing.T, dir string) string {
			write(t, dir, "d/ok.txt", "The minister said it.")
			if err := os.Symlink("missing.txt", filepath.Join(dir, "d", "gone.txt")); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			return filepath.Join(dir, "d")
		}, msg: `broken symbolic link (target "missing.txt" does not exist)`, reason: "fails to read even as root"},
		{name: "symlink loop in directory", setup: func(t *testing.T, dir string) string {
			write(t, dir, "d/ok.txt", "The minister said it.")
			if err := os.Symlink("loop.txt", filepath.Join(dir, "d", "loop.txt")); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			return filepath.Join(dir, "d")
		}, msg: "too many levels of symbolic links (a link loop?)"},
		{name: "fifo in directory", setup: func(t *testing.T, dir string) string {
			write(t, dir, "d/ok.txt", "The minister said it.")
			if err := syscall.Mkfifo(filepath.Join(dir, "d", "pipe.txt"), 0o644); err != nil {
				t.Skip("no named pipes here:", err)
			}
			return filepath.Join(dir, "d")
		}, msg: "not a regular file (named pipe)", reason: "opening a pipe without writer would block forever"},
		{name: "unreadable file in directory", setup: func(t *testing.T, dir string) string {
			if os.Geteuid() == 0 {
				t.Skip("running as root: chmod 000 does not stop root from reading (the dangling symlink case covers a failing read)")
			}
			write(t, dir, "d/ok.txt", "The minister said it.")
			p := write(t, dir, "d/locked.txt", "secret")
			if err := os.Chmod(p, 0); err != nil {
				t.Fatal(err)
			}
			return filepath.Join(dir, "d")
		}, msg: "permission denied"},
		{name: "unclosed quote", setup: func(t *testing.T, dir string) string {
			return filepath.Join("..", "..", "testdata", "input", "unclosed-quote.txt")
		}, reason: "an unclosed quote is text like any other: it is read, the extractor copes"},
		{name: "large one-line file", setup: func(t *testing.T, dir string) string {
			return write(t, dir, "big.txt", strings.Repeat("word ", 2<<20))
		}, reason: "10 MB without a newline is under the limit and read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			arg := tt.setup(t, dir)
			names, stderr, err := collect(t, tt.stdin, good, arg, good2)
			if len(names) < 2 || names[0] != good || names[len(names)-1] != good2 {
				t.Errorf("documents read: %q; want %s first and %s last", names, good, good2)
			}
			if tt.msg == "" {
				if stderr != "" || err != nil || len(names) != 3 {
					t.Errorf("eachDocument(%s): read %q, stderr %q, err %v; want all three read, no errors (%s)", arg, names, stderr, err, tt.reason)
				}
				return
			}
			if !strings.Contains(stderr, ": "+tt.msg+"\n") || !strings.HasPrefix(stderr, "claimdiff: ") {
				t.Errorf("stderr = %q, want a line \"claimdiff: PATH: %s\"", stderr, tt.msg)
			}
			if !strings.Contains(stderr, "claimdiff: "+shownName(arg)) {
				t.Errorf("stderr = %q does not name %s", stderr, shownName(arg))
			}
			if err == nil || !strings.HasPrefix(err.Error(), "1 of ") {
				t.Errorf("eachDocument error = %v, want one failure counted", err)
			}
		})
	}
}

// TestReadAllLimit checks that an input of unknown size (a pipe) is cut off at the limit;
// files are refused by their size before reading (the 50 MB case is in TestCLIBadInput).
func TestReadAllLimit(t *testing.T) {
	r := &inputReader{limit: 1 << 10}
	if _, err := r.readAll(strings.NewReader(strings.Repeat("a", 1<<10+1)), -1); err == nil || !strings.Contains(err.Error(), "too large (more than") {
		t.Errorf("readAll(limit+1 bytes of unknown size) error = %v, want too large", err)
	}
	if data, err := r.readAll(strings.NewReader(strings.Repeat("a", 1<<10)), -1); err != nil || len(data) != 1<<10 {
		t.Errorf("readAll(limit bytes) = %d bytes, %v; want all of them", len(data), err)
	}
}

func TestEachDocumentStopsOnError(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "a.txt", "a")
	write(t, dir, "b.txt", "b")
	stop := errors.New("disk full")
	n := 0
	err := eachDocument([]string{dir, dir}, nil, &bytes.Buffer{}, func(*claims.Document) error {
		n++
		return stop
	})
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("eachDocument with a failing fn: %d calls, err %v; want 1 call and %v", n, err, stop)
	}
	if err := eachDocument(nil, nil, &bytes.Buffer{}, nil); err == nil {
		t.Error("eachDocument(no args) = nil, want an error")
	}
}

// TestEachDocumentStreams checks that memory does not grow with the number of files: the
// live heap (after a collection) while reading 1000 files is within 256 KiB of that while
// reading 100.
func TestEachDocumentStreams(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 1100 files")
	}
	article := strings.Repeat("ISLAMABAD - The minister said the talks were “productive”, officials said. ", 40)
	peak := func(n int) uint64 {
		dir := t.TempDir()
		for i := range n {
			write(t, dir, fmt.Sprintf("d%02d/a%05d.txt", i%10, i), article)
		}
		var max uint64
		var ms runtime.MemStats
		i := 0
		err := eachDocument([]string{dir}, nil, &bytes.Buffer{}, func(d *claims.Document) error {
			i++
			if i%25 == 0 {
				runtime.GC()
				runtime.ReadMemStats(&ms)
				max = maxOf(max, ms.HeapAlloc)
			}
			return nil
		})
		if err != nil || i != n {
			t.Fatalf("eachDocument over %d files: %d read, %v", n, i, err)
		}
		return max
	}
	small, large := peak(100), peak(1000)
	t.Logf("live heap: %d bytes over 100 files, %d bytes over 1000 files", small, large)
	if large > small+256<<10 {
		t.Errorf("live heap grew from %d bytes (100 files) to %d bytes (1000 files)", small, large)
	}
}

func maxOf(a, b uint64) uint64 {
	if a > b {
		return a
	}
	return b
}

// TestControlCharsInNames: a file name holding control characters (an escape sequence, a
// line break) is written quoted in messages and text's header, not sent to the terminal raw,
// where it could recolour the screen or fake a message line.
func TestControlCharsInNames(t *testing.T) {
	dir := t.TempDir()
	bad := write(t, dir, "a\x1b[31m.txt", "x\x00")
	good := write(t, dir, "b\nclaimdiff: all fine.txt", "The minister said the talks had failed.\n")
	_, stderr, _ := runCLI(t, "", "claims", bad, good, good)
	want := "claimdiff: " + strconv.Quote(bad) + ": binary file (contains NUL bytes) at byte 1\n" +
		"claimdiff: " + strconv.Quote(good) + ": skipped: read already\n"
	if stderr != want {
		t.Errorf("stderr:\n%q\nwant:\n%q", stderr, want)
	}
	stdout, _, _ := runCLI(t, "", "text", "--meta", good)
	if want := "==> " + strconv.Quote(good) + " <==\n"; !strings.HasPrefix(stdout, want) {
		t.Errorf("text --meta: %q, want it to start %q", stdout, want)
	}
}

// TestControlCharsInPairsName: check --pairs writes a pairs file's name quoted, as the inputs'
// names are, when it holds control characters: in the message of a malformed line and in the
// error that counts them.
func TestControlCharsInPairsName(t *testing.T) {
	path := write(t, t.TempDir(), "p\nclaimdiff: all fine\x1b[31m.jsonl", "{\"id\": \"p1\"\n")
	_, stderr, err := runCLI(t, "", "check", "--pairs", path)
	if want := "claimdiff: " + strconv.Quote(path) + ":1: "; !strings.HasPrefix(stderr, want) {
		t.Errorf("stderr %q, want it to start %q", stderr, want)
	}
	if want := "1 malformed pair line in " + strconv.Quote(path); err == nil || err.Error() != want {
		t.Errorf("error %v, want %q", err, want)
	}
}

// TestErrorLine: the message main writes for an error escapes its control characters, so
// that a name in it (a sides file's, a report's) can neither recolour the terminal nor start
// a line that reads as a message of its own.
func TestErrorLine(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "s\x1b[31m\nclaimdiff: all fine.txt")
	_, _, err := runCLI(t, "", "contested", "--sides", missing, filepath.Join("..", "..", "testdata", "input", "crlf-bom-nbsp.txt"))
	if err == nil {
		t.Fatal("contested --sides MISSING: no error")
	}
	got := errorLine(err)
	if want := `s\x1b[31m\nclaimdiff: all fine.txt`; strings.ContainsFunc(got, unicode.IsControl) || !strings.Contains(got, want) {
		t.Errorf("errorLine(%q) = %q, want control characters escaped (%q)", err, got, want)
	}
	if got := errorLine(errors.New("plain: message")); got != "plain: message" {
		t.Errorf("errorLine(plain) = %q, want it unchanged", got)
	}
}

// TestOwnReportSkipped: a report written into the folder it reports on is not read back as
// an article on the next run (its quotations would count twice), but is when named.
func TestOwnReportSkipped(t *testing.T) {
	dir := t.TempDir()
	article := "The Foreign Ministry said the talks had failed.\n"
	if err := os.WriteFile(filepath.Join(dir, "a.txt"), []byte(article), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "report.md")
	if _, stderr, err := runCLI(t, "", "report", "-o", out, dir); err != nil {
		t.Fatalf("report: %v (%s)", err, stderr)
	}
	stdout, stderr, err := runCLI(t, "", "claims", "--format", "jsonl", dir)
	if err != nil || strings.Count(stdout, "\n") != 1 || !strings.Contains(stderr, out+": skipped: a claimdiff report") {
		t.Errorf("claims DIR: err %v, stdout %q, stderr %q; want the article's one claim and the report skipped", err, stdout, stderr)
	}
	if _, stderr, err := runCLI(t, "", "claims", "--format", "jsonl", out); err != nil || strings.Contains(stderr, "skipped") {
		t.Errorf("claims REPORT named: err %v, stderr %q; want it read", err, stderr)
	}
	for data, want := range map[string]bool{
		"# Claims report\n\nProduced by `claimdiff report x` (claimdiff dev).\n": true,
		"# T\r\n\r\nProduced by claimdiff (claimdiff v1).\r\n":                   true,
		"# Notes\n\nProduced by the desk; claimdiff report pending.\n":           false,
		"Produced by `claimdiff report x`\n":                                     false,
	} {
		if got := ownReport([]byte(data)); got != want {
			t.Errorf("ownReport(%q) = %v, want %v", data, got, want)
		}
	}
}

// TestStandardInputErrors: an error or a warning about standard input names it as the
// tables and reports do, "standard input", not "-".
func TestStandardInputErrors(t *testing.T) {
	for _, tt := range []struct {
		stdin string
		args  []string
		want  string
	}{
		{"", []string{"claims", "-"}, "claimdiff: standard input: empty file\n"},
		{"x\x00", []string{"text", "-"}, "claimdiff: standard input: binary file (contains NUL bytes) at byte 1\n"},
		{"The mayor said “it rained.\n", []string{"claims", "-"}, "claimdiff: standard input:1: warning: unclosed quotation mark"},
		{"The mayor said it rained.\n", []string{"claims", "-", "-"}, "claimdiff: standard input: skipped: read already\n"},
	} {
		_, stderr, _ := runCLI(t, tt.stdin, tt.args...)
		if !strings.HasPrefix(stderr, tt.want) {
			t.Errorf("claimdiff %s: stderr %q, want it to start %q", strings.Join(tt.args, " "), stderr, tt.want)
		}
	}
}
