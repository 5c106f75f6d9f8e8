package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// runCLI runs the whole command line in-process with stdin and returns what it wrote.
func runCLI(t *testing.T, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	app := newApp(&out, &errOut)
	app.Reader = strings.NewReader(stdin)
	err = run(app, append([]string{"claimdiff"}, args...))
	return out.String(), errOut.String(), err
}

// docLines returns the names of the documents in the table output: each starts with a line
// "NAME: N claims".
func docLines(stdout string) []string {
	var names []string
	for _, m := range regexp.MustCompile(`(?m)^(.+): \d+ claims?$`).FindAllStringSubmatch(stdout, -1) {
		names = append(names, m[1])
	}
	return names
}

// TestCLIClaimsFilterLeavesOut: with a filter, the documents in which no statement passes are
// left out of the table and markdown (over a folder of 1,683 FNC-1 bodies, --speaker listed
// 1,659 lines "NAME: 0 claims"), and a last line counts them.
func TestCLIClaimsFilterLeavesOut(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "a.txt", "The embassy denied that the call was brief.\n")
	b := write(t, dir, "b.txt", "The ministry said the call was brief.\n")
	write(t, dir, "c.txt", "Critics said the talks failed.\n")
	for _, tt := range []struct {
		args []string
		docs []string // the documents shown, by their table's first line
		last string   // the output's end
	}{
		{[]string{"claims", "--speaker", "embassy", dir}, []string{a}, "┘\n\nNo statement passes the filters in 2 of the 3 documents read (not shown).\n"},
		{[]string{"claims", "--speaker", "nobody", dir}, nil, "No statement passes the filters (3 documents read).\n"},
		{[]string{"claims", "--grep", "brief", dir}, []string{a, b}, "┘\n\nNo statement passes the filters in 1 of the 3 documents read (not shown).\n"},
		{[]string{"claims", "-f", "markdown", "--speaker", "embassy", dir}, nil, "|\n\nNo statement passes the filters in 2 of the 3 documents read (not shown).\n"},
		{[]string{"claims", "--speaker", "embassy", a}, []string{a}, "┘\n"}, // nothing left out, nothing to say
	} {
		stdout, _, err := runCLI(t, "", tt.args...)
		got := docLines(stdout)
		if err != nil || strings.Join(got, ",") != strings.Join(tt.docs, ",") || !strings.HasSuffix(stdout, tt.last) {
			t.Errorf("claimdiff %q: documents %q, error %v; want %q and the output to end %q:\n%s", tt.args, got, err, tt.docs, tt.last, stdout)
		}
	}
}

// TestCLIBadInput runs "claimdiff claims" over good articles mixed with every kind of bad
// input and checks the messages, the output of the good articles and the error main prints.
func TestCLIBadInput(t *testing.T) {
	input := filepath.Join("..", "..", "testdata", "input")
	dir := t.TempDir()
	empty := write(t, dir, "empty.txt", "")
	binary := write(t, dir, "x.txt", "Some text\x00\x01")
	latin1 := write(t, dir, "latin1.txt", "The caf\xe9 owner said.")
	huge := write(t, dir, "huge.txt", strings.Repeat("a", 50<<20))
	mixed := filepath.Join(dir, "mixed")
	okInDir := write(t, mixed, "ok.md", "# Title\n\nThe minister said it.\n")
	broken := filepath.Join(mixed, "broken.txt")
	if err := os.Symlink("missing.txt", broken); err != nil {
		t.Fatal(err)
	}
	noArticles := filepath.Join(dir, "photos")
	write(t, noArticles, "a.jpg", "x")
	missing := filepath.Join(dir, "nope.txt")
	good := filepath.Join(input, "crlf-bom-nbsp.txt")
	page := filepath.Join(input, "article.html")
	unclosed := filepath.Join(input, "unclosed-quote.txt")

	start := time.Now()
	stdout, stderr, err := runCLI(t, "<!doctype html><p>WASHINGTON (Reuters) - The US said so.</p>",
		"claims", good, empty, binary, latin1, huge, mixed, missing, noArticles, page, unclosed, "-")
	if d := time.Since(start); d > 20*time.Second {
		t.Errorf("claimdiff claims took %v", d)
	}

	wantErr := []string{
		"claimdiff: " + empty + ": empty file",
		"claimdiff: " + binary + ": binary file (contains NUL bytes) at byte 9",
		"claimdiff: " + latin1 + ": invalid UTF-8 at byte 7 (Latin-1 or Windows-1252 text? convert it with iconv -f windows-1252 -t utf-8)",
		"claimdiff: " + huge + ": too large (52428800 bytes; claimdiff reads articles of up to 32 MiB)",
		"claimdiff: " + broken + `: broken symbolic link (target "missing.txt" does not exist)`,
		"claimdiff: " + missing + ": no such file or directory",
		"claimdiff: " + noArticles + ": no articles (.txt, .md, .html or .htm files) in directory",
		"claimdiff: " + unclosed + ":1: warning: unclosed quotation mark; the quote is taken to end with its paragraph",
	}
	if got := strings.Split(strings.TrimSuffix(stderr, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(wantErr, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, strings.Join(wantErr, "\n"))
	}
	wantDocs := []string{good, okInDir, page, unclosed, "standard input"}
	if got := docLines(stdout); strings.Join(got, "\n") != strings.Join(wantDocs, "\n") {
		t.Errorf("documents in the output: %q, want %q\nstdout:\n%s", got, wantDocs, stdout)
	}
	if err == nil || err.Error() != "7 of 12 inputs could not be processed" {
		t.Errorf("error = %v, want %q", err, "7 of 12 inputs could not be processed")
	}
}

// TestCLIOptionsAfterFiles checks that options written after the files are read as options
// (their values with them), and that after "--" everything is a file.
func TestCLIOptionsAfterFiles(t *testing.T) {
	good := filepath.Join("..", "..", "testdata", "input", "crlf-bom-nbsp.txt")
	stdout, stderr, err := runCLI(t, "", "claims", good, "-f", "jsonl")
	if err != nil || stderr != "" || !strings.HasPrefix(stdout, `{"doc":`) {
		t.Errorf("claims FILE -f jsonl: error %v, stderr %q, stdout %.60q; want JSON Lines", err, stderr, stdout)
	}
	out := filepath.Join(t.TempDir(), "r.md")
	if _, stderr, err := runCLI(t, "", "report", good, "-o", out, "--title", "T"); err != nil || stderr != "" {
		t.Errorf("report FILE -o OUT: error %v, stderr %q", err, stderr)
	} else if b, err := os.ReadFile(out); err != nil || !strings.HasPrefix(string(b), "# T\n") {
		t.Errorf("report FILE -o OUT --title T wrote %.40q (%v), want a report titled T", b, err)
	}
	stdout, _, err = runCLI(t, "", "claims", "--format=jsonl", good, "--strict", "--", "-f")
	if err == nil || !strings.Contains(err.Error(), "1 of 2 inputs") || !strings.HasPrefix(stdout, `{"doc":`) {
		t.Errorf("claims --format=jsonl FILE --strict -- -f: error %v, stdout %.60q; want FILE as JSON Lines and -f a missing file", err, stdout)
	}
}

func TestCLINoInput(t *testing.T) {
	stdout, _, err := runCLI(t, "", "claims")
	if err == nil || !strings.Contains(err.Error(), "no input files") || stdout != "" {
		t.Errorf("claimdiff claims (no args) = %q, %v; want a no input files error", stdout, err)
	}
}

// TestCLIAllGood checks that a run where every input is read exits cleanly.
func TestCLIAllGood(t *testing.T) {
	input := filepath.Join("..", "..", "testdata", "input")
	stdout, stderr, err := runCLI(t, "", "claims", filepath.Join(input, "minimal.htm"), filepath.Join(input, "front-matter.md"))
	if err != nil || stderr != "" || len(docLines(stdout)) != 2 {
		t.Errorf("claimdiff claims = %q, %q, %v; want two documents, no errors", stdout, stderr, err)
	}
}

func TestCLIText(t *testing.T) {
	page := filepath.Join("..", "..", "testdata", "input", "minimal.htm")
	stdout, stderr, err := runCLI(t, "date 2018-09 LONDON, Nov 3 — He said it.", "text", page, "-")
	want := "==> " + page + " <==\n" +
		"date:  -\nplace: WASHINGTON\ntitle: -\nbody:  byte 23 of 142\n\n" +
		"WASHINGTON (Reuters) - The United States said on Thursday it would act.\n\n" +
		"Jake Sullivan wrote in a tweet that the talks were “productive”.\n\n" +
		"==> standard input <==\n" + // as head(1) heads it
		"date:  2018-09\nplace: LONDON\ntitle: -\nbody:  byte 31 of 42\n\n" +
		"date 2018-09 LONDON, Nov 3 — He said it.\n"
	if stdout != want || stderr != "" || err != nil {
		t.Errorf("claimdiff text = %q, %q, %v; want\n%s", stdout, stderr, err, want)
	}
	stdout, _, err = runCLI(t, "", "text", "--meta", page)
	if strings.Contains(stdout, "Jake Sullivan") || !strings.Contains(stdout, "place: WASHINGTON") || err != nil {
		t.Errorf("claimdiff text --meta = %q, %v; want the metadata only", stdout, err)
	}
}

// TestCLIClaimsFilter: --speaker, --class and --grep narrow the claims listed, and a class
// that does not exist is an error naming the known ones.
func TestCLIClaimsFilter(t *testing.T) {
	stdin := "The ministry said the call was brief. The embassy denied that the call was brief. Critics accused the embassy of lying."
	tests := []struct {
		args []string
		want []string // the cues of the JSON lines, in order
	}{
		{nil, []string{"said", "denied", "accused"}},
		{[]string{"--speaker", "Embassy"}, []string{"denied"}},
		{[]string{"--speaker", "ministry", "--speaker", "critics"}, []string{"said", "accused"}},
		{[]string{"--class", "deny,accuse"}, []string{"denied", "accused"}},
		{[]string{"--grep", "call", "--grep", "BRIEF"}, []string{"said", "denied"}},
	}
	for _, tt := range tests {
		args := append(append([]string{"claims", "--format", "jsonl"}, tt.args...), "-")
		stdout, stderr, err := runCLI(t, stdin, args...)
		if err != nil {
			t.Fatalf("%v: %v (%s)", tt.args, err, stderr)
		}
		var got []string
		for _, l := range strings.Split(strings.TrimSpace(stdout), "\n") {
			var c struct {
				Cue struct{ Text string } `json:"cue"`
			}
			if l == "" {
				continue
			}
			if err := json.Unmarshal([]byte(l), &c); err != nil {
				t.Fatalf("%v: line %q: %v", tt.args, l, err)
			}
			got = append(got, c.Cue.Text)
		}
		if strings.Join(got, ",") != strings.Join(tt.want, ",") {
			t.Errorf("claims %v: cues %q, want %q", tt.args, got, tt.want)
		}
	}
	if _, _, err := runCLI(t, stdin, "claims", "--class", "shout", "-"); err == nil || !strings.Contains(err.Error(), "known: assert") {
		t.Errorf("claims --class shout: error %v, want one naming the known classes", err)
	}
	for _, args := range [][]string{{"--speaker", " "}, {"--grep", ""}, {"--class", ","}} {
		stdout, _, err := runCLI(t, stdin, append(append([]string{"claims"}, args...), "-")...)
		if err == nil || !strings.Contains(err.Error(), args[0]) || stdout != "" {
			t.Errorf("claims %q: stdout %q, error %v; want an error naming %s (a blank --speaker kept nothing)", args, stdout, err, args[0])
		}
	}
}

// TestCLIUsageErrors: an unknown option, a value that does not parse, an unknown command or
// help topic is an error naming the command and where its options are listed, and nothing is
// written to standard output, where the help text would mix with the command's output. They
// are usage errors (exit status 2), as are values the command refuses and missing inputs,
// which name the command and its help too (claims --format xml read `unknown format "xml"`,
// which could be any command's).
func TestCLIUsageErrors(t *testing.T) {
	good := filepath.Join("..", "..", "testdata", "input", "crlf-bom-nbsp.txt")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"claims", "-f", "jsonl", "--nope", good}, "claims: unknown option --nope (see claimdiff claims --help)"},
		{[]string{"check", "--evidence", "many", "a claim", good}, `check: --evidence "many": want a whole number (see claimdiff check --help)`}, // read "invalid value "many" for flag -evidence: parse error"
		{[]string{"contested", good, "--min-confidence", "high"}, `contested: --min-confidence "high": want a number (see claimdiff contested --help)`},
		{[]string{"claims", "--strict=maybe", good}, `claims: --strict "maybe": want true or false (see claimdiff claims --help)`},
		{[]string{"eval", "polnear", "-x", "dir"}, "eval polnear: unknown option -x (see claimdiff eval polnear --help)"},
		{[]string{"--nope"}, "unknown option --nope (see claimdiff --help)"},
		{[]string{"claim", good}, `unknown command "claim" (claimdiff takes claims, contested, compare, report, eval, text, check; see claimdiff --help)`},
		{[]string{"eval", "polner", "dir"}, `unknown command "polner" (claimdiff eval takes polnear, fnc1, events; see claimdiff eval --help)`},
		{[]string{"help", "nope"}, `help: unknown command "nope" (claimdiff takes claims, contested, compare, report, eval, text, check)`},
		{[]string{"eval", "help", "nope"}, `help: unknown command "nope" (claimdiff eval takes polnear, fnc1, events)`},
		{[]string{"help", "eval", "nope"}, `help: unknown command "nope" (claimdiff eval takes polnear, fnc1, events)`},
		{[]string{"help", "claims", "nope"}, `help: claimdiff claims has no commands; see claimdiff claims --help`},
		{[]string{"claims", "--format", "xml", good}, `claims: unknown format "xml" (want table, markdown or jsonl; see claimdiff claims --help)`},
		{[]string{"claims"}, `claims: no input files (give files, directories, URLs or - for standard input; see claimdiff claims --help)`},
		// contested printed "no contested claims" before it; compare said no event has two sides, with status 1.
		{[]string{"contested"}, `contested: no input files (give files, directories, URLs or - for standard input; see claimdiff contested --help)`},
		{[]string{"compare", "--sides", "A,B"}, `compare: no input files (give files, directories, URLs or - for standard input; see claimdiff compare --help)`},
		{[]string{"check", "--evidence", "0", "a claim", good}, `check: --evidence 0: want 1 or more sentences (see claimdiff check --help)`},
		{[]string{"claims", good, "--grep"}, `claims: option --grep needs a value (see claimdiff claims --help)`},
		{[]string{"claims", good, "-f"}, `claims: option -f needs a value (see claimdiff claims --help)`},
		{[]string{"claims", "-fjsonl", good}, `claims: unknown option -fjsonl (write -f jsonl; see claimdiff claims --help)`}, // read "unknown option --fjsonl"
		{[]string{"report", good, "-or.md"}, `report: unknown option -or.md (write -o r.md; see claimdiff report --help)`},
		{[]string{"check", "--pairs", "p.jsonl", "-f", "table"}, `check: --pairs writes jsonl only, not table (see claimdiff check --help)`},
		{[]string{"check", "a claim"}, `check: give a claim and the articles to check it against: check "CLAIM" FILES... (see claimdiff check --help)`},
		// The claim left out, or given after the files: the first file was taken for the claim.
		{[]string{"check", good, "the call was brief"}, `check: the claim "` + good + `" is the name of a file; give the claim first: check "CLAIM" FILES... (see claimdiff check --help)`},
		{[]string{"eval", "polnear", "a", "b"}, `eval polnear: want one directory (a split holding text/ and attributions/), got 2 arguments (see claimdiff eval polnear --help)`},
		{[]string{"eval", "fnc1", "--split", "half", "dir"}, `eval fnc1: --split "half": want all, dev or train (see claimdiff eval fnc1 --help)`},
		// implicit-stance is reserved, never produced: not offered.
		{[]string{"contested", "--type", "stance", good}, `contested: --type: unknown conflict type "stance" (known: explicit-rejection, implicit-polarity, implicit-restriction, implicit-number, implicit-date, implicit-actor, implicit-doubt; see claimdiff contested --help)`},
		{[]string{"contested", "--side", ":", good}, `contested: --side: empty side name before ":" in ":" (see claimdiff contested --help)`},
		{[]string{"report", "--force", good}, `report: --force goes with -o FILE (see claimdiff report --help)`}, // was ignored: the report went to stdout
	}
	for _, tt := range tests {
		stdout, _, err := runCLI(t, "", tt.args...)
		if err == nil || err.Error() != tt.want || stdout != "" {
			t.Errorf("claimdiff %q: stdout %q, error %v; want no output and %q", tt.args, stdout, err, tt.want)
		}
		if !errors.As(err, new(usageErr)) {
			t.Errorf("claimdiff %q: %v is no usage error (exit status 2)", tt.args, err)
		}
	}
	// Inputs that cannot be read are no usage error: exit status 1.
	if _, _, err := runCLI(t, "", "claims", "nope.txt"); err == nil || errors.As(err, new(usageErr)) {
		t.Errorf("claims nope.txt: %v, want an error of status 1", err)
	}
}

// TestCLIHelp: help, help COMMAND and help eval SUBCOMMAND show the help, on standard output;
// claimdiff's says what its exit statuses mean.
func TestCLIHelp(t *testing.T) {
	for args, want := range map[string]string{
		"help":                "COMMANDS:",
		"":                    "EXIT STATUS:\n   0 when every input was processed; 1 when an input could not be",
		"h":                   "--help, -h",
		"--help":              "--help, -h",
		"help claims":         "claimdiff claims - list every attributed statement",
		"help eval":           "claimdiff eval - score extraction",
		"help eval fnc1":      "claimdiff eval fnc1 - score check's stance model",
		"eval help fnc1":      "claimdiff eval fnc1 - score check's stance model",
		"claims a.txt --help": "claimdiff claims - list every attributed statement",
		"eval fnc1 DIR -h":    "claimdiff eval fnc1 - score check's stance model",
		"compare --help":      "[-these-]",                              // the word diff's marks are explained
		"report --help":       `names it under "Incomplete" at its top`, // it said no report was written
	} {
		stdout, _, err := runCLI(t, "", strings.Fields(args)...)
		if err != nil || !strings.Contains(stdout, want) {
			t.Errorf("claimdiff %s: error %v, output:\n%s\nwant it to hold %q", args, err, stdout, want)
		}
	}
}

// TestCLIDuplicateInputs: a file named twice, under another path, through a link or inside a
// directory named too, and "-" given twice, are read once, each skip noted on stderr, so no
// statement counts twice; skipping is no failure.
func TestCLIDuplicateInputs(t *testing.T) {
	dir := t.TempDir()
	a := write(t, dir, "d/a.txt", "The minister said the talks had failed.\n")
	b := write(t, dir, "b.txt", "The embassy denied that the talks had failed.\n")
	link := filepath.Join(dir, "link.txt")
	if err := os.Symlink(a, link); err != nil {
		t.Skip("no symbolic links here:", err)
	}
	other := dir + string(filepath.Separator) + "d" + string(filepath.Separator) + "." + string(filepath.Separator) + "a.txt"
	stdout, stderr, err := runCLI(t, "The ministry said so.\n", "claims", a, b, other, link, filepath.Join(dir, "d"), b, "-", "-")
	if want := []string{a, b, "standard input"}; strings.Join(docLines(stdout), "\n") != strings.Join(want, "\n") || err != nil {
		t.Errorf("documents %q, error %v; want %q and no error", docLines(stdout), err, want)
	}
	wantErr := "claimdiff: " + other + ": skipped: the same file as " + a + ", read already\n" +
		"claimdiff: " + link + ": skipped: the same file as " + a + ", read already\n" +
		"claimdiff: " + a + ": skipped: read already\n" +
		"claimdiff: " + b + ": skipped: read already\n" +
		"claimdiff: standard input: skipped: read already\n"
	if stderr != wantErr {
		t.Errorf("stderr:\n%s\nwant:\n%s", stderr, wantErr)
	}
}

// TestCLIFormatCase: --format takes its names in any case ("JSONL").
func TestCLIFormatCase(t *testing.T) {
	stdout, _, err := runCLI(t, "The minister said the talks had failed.", "claims", "--format", "JSONL", "-")
	if err != nil || !strings.HasPrefix(stdout, `{"doc":"-"`) {
		t.Errorf("claims --format JSONL: %q, %v; want JSON Lines", stdout, err)
	}
	if _, _, err := runEval(t, "eval", "polnear", "--baseline", "-f", "JSONL", evalFixture); err != nil {
		t.Errorf("eval polnear -f JSONL: %v", err)
	}
}

// TestInterspersed checks which arguments interspersed moves: options and their values before
// the arguments, switches alone, "-" and everything after "--" left as arguments.
func TestInterspersed(t *testing.T) {
	tests := []struct{ in, want string }{
		{"claims a.txt -f jsonl", "claims -f jsonl a.txt"},
		{"claims - --strict b.txt --format=jsonl", "claims --strict --format=jsonl - b.txt"},
		{"report dir -o r.md --force --title T", "report -o r.md --force --title T dir"},
		{"check CLAIM a.txt --evidence 2 --related", "check --evidence 2 --related CLAIM a.txt"},
		{"eval fnc1 DIR --split dev", "eval fnc1 --split dev DIR"},
		{"claims a.txt -- -f b.txt", "claims -- a.txt -f b.txt"},
		{"claims a.txt --nope x", "claims --nope a.txt x"}, // unknown: no value taken, urfave refuses it
		{"eval DIR --split dev", "eval DIR --split dev"},   // no command named: as written
		{"claims a.txt b.txt --grep", "claims --grep"},     // its value missing: urfave says so, rather than take a.txt
		{"claims a.txt --help -f jsonl", "claims --help"},  // the command's help, not a.txt's as a help topic
		{"eval polnear DIR -h", "eval polnear -h"},
		{"claims -- a.txt --help", "claims -- a.txt --help"},
		{"help claims -x", "help claims -x"},
		{"nope a -f jsonl", "nope a -f jsonl"},
	}
	for _, tt := range tests {
		got := strings.Join(interspersed(newApp(io.Discard, io.Discard).Commands, append([]string{"claimdiff"}, strings.Fields(tt.in)...))[1:], " ")
		if got != tt.want {
			t.Errorf("interspersed(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCLIOptionTwice: an option of one value given twice with different values or names is a
// usage error naming both (the last value silently won: "report -o a.md ... -o b.md" wrote
// b.md; "-f jsonl --format jsonl" read "Cannot use two forms of the same flag: f format");
// the same option written the same way twice, a switch twice and repeatable options are fine.
func TestCLIOptionTwice(t *testing.T) {
	good := filepath.Join("..", "..", "testdata", "input", "crlf-bom-nbsp.txt")
	out := filepath.Join(t.TempDir(), "b.md")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"claims", "-f", "jsonl", good, "-f", "markdown"}, `claims: option --format given twice: -f jsonl and -f markdown (see claimdiff claims --help)`},
		{[]string{"claims", "-f", "jsonl", good, "--format", "jsonl"}, `claims: option --format given twice: -f jsonl and --format jsonl (see claimdiff claims --help)`},
		{[]string{"report", "-o", "a.md", good, "--output=" + out}, `report: option --output given twice: -o a.md and --output=` + out + ` (see claimdiff report --help)`},
		{[]string{"eval", "fnc1", "--split", "dev", "--split=train", "dir"}, `eval fnc1: option --split given twice: --split dev and --split=train (see claimdiff eval fnc1 --help)`},
	} {
		stdout, _, err := runCLI(t, "", tt.args...)
		if err == nil || err.Error() != tt.want || stdout != "" || !errors.As(err, new(usageErr)) {
			t.Errorf("claimdiff %q: stdout %q, error %v; want no output and the usage error %q", tt.args, stdout, err, tt.want)
		}
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("report with -o twice wrote %s", out)
	}
	for _, args := range [][]string{
		{"claims", "-f", "jsonl", good, "-f", "jsonl"},
		{"claims", "--strict", "--strict", "--grep", "talks", "--grep", "Washington", good},
		{"claims", "--", good, "-f"},        // after -- a file, not an option
		{"claims", "--grep", "-fine", good}, // a value, not -f ine
	} {
		if _, _, err := runCLI(t, "", args...); err != nil && errors.As(err, new(usageErr)) {
			t.Errorf("claimdiff %q: %v", args, err)
		}
	}
}

// TestCLIBlankValues: a blank --event or --title is a usage error, as a blank --grep is (compare
// --event "" showed the largest event as if none were given, report --title "" wrote the
// default title under a command line reading --title ”).
func TestCLIBlankValues(t *testing.T) {
	good := filepath.Join("..", "..", "testdata", "compare")
	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"compare", "--event", " ", good}, `compare: --event " ": no words to match an event by (see claimdiff compare --help)`},
		{[]string{"report", "--title", "", good}, `report: --title "": the report needs a title (the default is "Claims report"; see claimdiff report --help)`},
	} {
		stdout, _, err := runCLI(t, "", tt.args...)
		if err == nil || err.Error() != tt.want || stdout != "" || !errors.As(err, new(usageErr)) {
			t.Errorf("claimdiff %q: stdout %q, error %v; want no output and the usage error %q", tt.args, stdout, err, tt.want)
		}
	}
}

// TestHelpFits80: every command's help fits an 80-column terminal, an option's description
// wrapped under its own column (the longest lines ran to 140 columns, and contested's
// descriptions started at column 64, after "--side "Name: alias, alias" [ --side ... ]"), and
// no option shows urfave/cli's placeholder "value", nor a switch "(default: false)".
func TestHelpFits80(t *testing.T) {
	for _, args := range []string{"", "claims", "contested", "compare", "report", "check", "text", "eval", "eval polnear", "eval fnc1", "eval events"} {
		stdout, _, err := runCLI(t, "", append(strings.Fields(args), "--help")...)
		if err != nil {
			t.Fatalf("%s --help: %v", args, err)
		}
		options := false
		for _, line := range strings.Split(stdout, "\n") {
			if n := utf8.RuneCountInString(line); n > 80 {
				t.Errorf("%s --help: line of %d columns: %q", args, n, line)
			}
			options = options || strings.HasSuffix(line, "OPTIONS:")
			if options && regexp.MustCompile(`^   -.* value[, ]`).MatchString(line) {
				t.Errorf("%s --help: option without a placeholder: %q", args, line)
			}
		}
		if strings.Contains(stdout, "(default: false)") {
			t.Errorf("%s --help: a switch says it is off by default:\n%s", args, stdout)
		}
		if args == "contested" && !strings.Contains(stdout, "--min-confidence P") {
			t.Errorf("contested --help:\n%s", stdout)
		}
	}
	stdout, _, _ := runCLI(t, "", "contested", "--help")
	// The continuation of an option's description starts where the description does.
	lines := strings.Split(stdout, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "   --type TYPES") {
			col := strings.Index(line, "list only")
			if i+1 == len(lines) || strings.TrimSpace(lines[i+1][:col]) != "" || lines[i+1][col] == ' ' {
				t.Errorf("--type's description not continued at column %d:\n%s", col, stdout)
			}
		}
	}
}

// TestBuildVersion checks --version's fallbacks: the version given at build time, then the
// module version the go command recorded, then the commit, then "dev".
func TestBuildVersion(t *testing.T) {
	rev := []debug.BuildSetting{{Key: "vcs.revision", Value: "91de08b3b6e1a2b3c4d5"}}
	dirty := append(slices.Clone(rev), debug.BuildSetting{Key: "vcs.modified", Value: "true"})
	for _, c := range []struct {
		set  string
		info *debug.BuildInfo
		ok   bool
		want string
	}{
		{"v1.2.0", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-x"}}, true, "v1.2.0"},
		{"dev", nil, false, "dev"},
		{"dev", &debug.BuildInfo{Main: debug.Module{Version: "v0.0.0-20261207131855-91de08b3b6e1"}}, true, "v0.0.0-20261207131855-91de08b3b6e1"},
		{"dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}, Settings: rev}, true, "91de08b3b6e1"},
		{"dev", &debug.BuildInfo{Settings: dirty}, true, "91de08b3b6e1-dirty"},
		{"dev", &debug.BuildInfo{Main: debug.Module{Version: "(devel)"}}, true, "dev"},
		{"", &debug.BuildInfo{Settings: rev}, true, "91de08b3b6e1"}, // -X main.version= with nothing after it
		{"", nil, false, "dev"},
	} {
		if got := buildVersion(c.set, c.info, c.ok); got != c.want {
			t.Errorf("buildVersion(%q, %+v) = %q, want %q", c.set, c.info, got, c.want)
		}
	}
}
