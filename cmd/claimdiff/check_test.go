package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// checkLine is a line of check's JSON Lines output.
type checkLine struct {
	ID         string             `json:"id"`
	Doc        string             `json:"doc"`
	Stance     string             `json:"stance"`
	Confidence float64            `json:"confidence"`
	Probs      map[string]float64 `json:"probs"`
	Evidence   []struct {
		Text       string         `json:"text"`
		Start      int            `json:"start"`
		End        int            `json:"end"`
		Line       int            `json:"line"`
		Stance     string         `json:"stance"`
		Confidence float64        `json:"confidence"`
		Speaker    string         `json:"speaker"`
		Cue        string         `json:"cue"`
		Statement  *statementJSON `json:"statement"`
	} `json:"evidence"`
}

// statementJSON is the attributed statement a check evidence item carries.
type statementJSON struct {
	Source  *jsonSpan `json:"source"`
	Cue     jsonSpan  `json:"cue"`
	Content jsonSpan  `json:"content"`
}

// jsonSpan is a span of the claims schema: its text and byte offsets.
type jsonSpan struct {
	Text  string `json:"text"`
	Start int    `json:"start"`
	End   int    `json:"end"`
}

func parseCheck(t *testing.T, stdout string) []checkLine {
	t.Helper()
	var out []checkLine
	for _, line := range strings.Split(strings.TrimSpace(stdout), "\n") {
		if line == "" {
			continue
		}
		var l checkLine
		if err := json.Unmarshal([]byte(line), &l); err != nil {
			t.Fatalf("output line %q: %v", line, err)
		}
		out = append(out, l)
	}
	return out
}

const callClaim = "the phone call was limited to congratulations"

func TestCheckJSONL(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "check")
	call, weather := filepath.Join(dir, "call.txt"), filepath.Join(dir, "weather.txt")
	stdout, stderr, err := runCLI(t, "", "check", "--format", "jsonl", callClaim, call, weather)
	if err != nil || stderr != "" {
		t.Fatalf("check: %v, stderr %q", err, stderr)
	}
	got := parseCheck(t, stdout)
	if len(got) != 2 || got[0].Doc != call || got[1].Doc != weather {
		t.Fatalf("check wrote %d lines (%+v), want one for %s then %s", len(got), got, call, weather)
	}
	if got[0].Stance == "unrelated" || len(got[0].Evidence) == 0 {
		t.Errorf("%s: %s with %d evidence, want related with evidence", call, got[0].Stance, len(got[0].Evidence))
	}
	text, err := os.ReadFile(call)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range got[0].Evidence {
		if e.Start < 0 || e.End > len(text) || string(text[e.Start:e.End]) != e.Text {
			t.Errorf("evidence %q: span [%d,%d) does not hold its text", e.Text, e.Start, e.End)
			continue
		}
		if line := 1 + strings.Count(string(text[:e.Start]), "\n"); line != e.Line {
			t.Errorf("evidence %q on line %d, want %d", e.Text, e.Line, line)
		}
		if e.Confidence <= 0 || e.Confidence > 1 {
			t.Errorf("evidence %q confidence %v, want in (0, 1]", e.Text, e.Confidence)
		}
		checkStatement(t, text, e.Text, e.Start, e.End, e.Cue, e.Statement)
	}
	// The Foreign Office's two statements come with their own spans; the Embassy's version,
	// an account the Office rejects, is no statement of the Embassy's.
	var statements, accounts int
	for _, e := range got[0].Evidence {
		switch {
		case e.Statement != nil && e.Speaker == "Foreign Office":
			statements++
		case e.Statement == nil && e.Speaker == "Embassy" && e.Cue == "version":
			accounts++
		}
	}
	if statements != 2 || accounts != 1 {
		t.Errorf("evidence %+v: %d statements of the Foreign Office and %d accounts of the Embassy, want 2 and 1", got[0].Evidence, statements, accounts)
	}
	if got[1].Stance != "unrelated" || len(got[1].Evidence) != 0 {
		t.Errorf("%s: %s with %d evidence, want unrelated with none", weather, got[1].Stance, len(got[1].Evidence))
	}
	// probs: the four stances, summing to one (give or take rounding), the stance's own being
	// the confidence.
	for _, l := range got {
		sum := 0.0
		for _, st := range []string{"supports", "refutes", "discusses", "unrelated"} {
			p, ok := l.Probs[st]
			if !ok || p < 0 || p > 1 {
				t.Errorf("%s: probs %v, no %s in [0, 1]", l.Doc, l.Probs, st)
			}
			sum += p
		}
		if len(l.Probs) != 4 || math.Abs(sum-1) > 0.003 || l.Probs[l.Stance] != l.Confidence {
			t.Errorf("%s: probs %v (sum %v), want four summing to 1 with %s's = confidence %v", l.Doc, l.Probs, sum, l.Stance, l.Confidence)
		}
	}
}

// checkStatement checks the statement an evidence item (text at [start, end), cue) carries:
// its source, cue and content hold their text in the document, its cue is the item's, and
// its content holds the item.
func checkStatement(t *testing.T, doc []byte, text string, start, end int, cue string, st *statementJSON) {
	t.Helper()
	if st == nil {
		return
	}
	spans := []jsonSpan{st.Cue, st.Content}
	if st.Source != nil {
		spans = append(spans, *st.Source)
	}
	for _, sp := range spans {
		if sp.Start < 0 || sp.End > len(doc) || sp.Start > sp.End || string(doc[sp.Start:sp.End]) != sp.Text {
			t.Errorf("evidence %q: statement span %+v does not hold its text", text, sp)
		}
	}
	if st.Cue.Text != cue || start < st.Content.Start || end > st.Content.End {
		t.Errorf("evidence %q [%d,%d) cue %q: statement cue %q, content [%d,%d), want the same cue and the item inside", text, start, end, cue, st.Cue.Text, st.Content.Start, st.Content.End)
	}
}

func TestCheckTableAndMarkdown(t *testing.T) {
	call := filepath.Join("..", "..", "testdata", "check", "call.txt")
	t.Setenv("COLUMNS", "300") // no wrapping inside cells
	// The table names the file above it with the stance the JSON Lines give (a near tie of
	// supports and discusses for this text, which refits move).
	lines, _, err := runCLI(t, "", "check", "--format", "jsonl", callClaim, call)
	if err != nil {
		t.Fatal(err)
	}
	jl := parseCheck(t, lines)
	if len(jl) != 1 || jl[0].Stance == "unrelated" {
		t.Fatalf("check --format jsonl: %+v, want one related article", jl)
	}
	for _, format := range []string{"table", "markdown"} {
		stdout, _, err := runCLI(t, "", "check", "--format", format, callClaim, call)
		if err != nil {
			t.Fatalf("check --format %s: %v", format, err)
		}
		where := []string{call + ":3"} // markdown's Where column; the table names the file above it
		if format == "table" {
			where = []string{call + ": " + jl[0].Stance + " (confidence", "│ Line │", "│ 3    │"}
		}
		for _, want := range append(where, callClaim, "limited to congratulations on the new government") {
			if !strings.Contains(stdout, want) {
				t.Errorf("check --format %s output lacks %q:\n%s", format, want, stdout)
			}
		}
	}
}

func TestCheckArgs(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string // in the error
	}{
		{"no files", []string{"check", callClaim}, "check: give a claim and the articles"},
		{"pairs and files", []string{"check", "--pairs", "x.jsonl", "a.txt"}, "no other arguments"},
		{"pairs as table", []string{"check", "--pairs", "x.jsonl", "--format", "table"}, "jsonl only"},
		{"bad format", []string{"check", "--format", "xml", callClaim, "a.txt"}, "unknown format"},
		{"missing pairs file", []string{"check", "--pairs", "no-such.jsonl"}, "no-such.jsonl: no such file or directory"},
		{"pairs file a directory", []string{"check", "--pairs", "."}, ".: is a directory, not a JSON Lines file of pairs"},
		{"empty pairs", []string{"check", "--pairs", "-"}, "standard input: no pairs"},
		{"empty claim", []string{"check", "", "a.txt"}, "the claim is empty"},
		{"blank claim", []string{"check", "  ", "a.txt"}, "the claim is empty"},
		{"claim of function words", []string{"check", "Is it the one?", "a.txt"}, `the claim "Is it the one?" has no words to look for`},
		{"no evidence", []string{"check", "--evidence", "0", callClaim, "a.txt"}, "--evidence 0: want 1 or more"},
		{"negative evidence", []string{"check", "--evidence", "-2", callClaim, "a.txt"}, "--evidence -2: want 1 or more"},
		{"alone without pairs", []string{"check", "--alone", callClaim, "a.txt"}, "goes with --pairs"},
		{"related with pairs", []string{"check", "--pairs", "x.jsonl", "--related"}, "go with FILES"},
		{"by-stance with pairs", []string{"check", "--pairs", "x.jsonl", "--by-stance"}, "go with FILES"},
		{"min-related 0", []string{"check", "--min-related", "0", callClaim, "a.txt"}, "--min-related 0: want a probability"},
		{"min-related above 1", []string{"check", "--min-related", "1.5", callClaim, "a.txt"}, "--min-related 1.5"},
		{"eval min-related negative", []string{"eval", "fnc1", "--min-related", "-0.1", "."}, "--min-related -0.1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, _, err := runCLI(t, "", tt.args...)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("%v: error %v, want one containing %q", tt.args, err, tt.want)
			}
		})
	}
}

// TestCheckMinRelated: a text about something else that shares a word with the claim is
// unrelated by default and related at --min-related 0.15, the FNC-1 threshold.
func TestCheckMinRelated(t *testing.T) {
	in := `{"id":"rain","claim":"Banksy arrested in London, identity revealed","text":"Heavy rain fell across the south of England on Monday. Trains were delayed and several roads were closed in London. Forecasters expect more storms this week, and the Environment Agency issued flood warnings for the Thames valley. Farmers in Kent said their fields were under water."}` + "\n"
	def, _, err := runCLI(t, in, "check", "--pairs", "-")
	if err != nil {
		t.Fatal(err)
	}
	low, _, err := runCLI(t, in, "check", "--pairs", "-", "--min-related", "0.15")
	if err != nil {
		t.Fatal(err)
	}
	d, l := parseCheck(t, def), parseCheck(t, low)
	if len(d) != 1 || len(l) != 1 || d[0].Stance != "unrelated" || l[0].Stance == "unrelated" {
		t.Errorf("default %s--min-related 0.15 %s: want unrelated, then related", def, low)
	}
}

// TestCheckPairsBadLines: malformed lines are named on stderr with their line number, every
// other line is answered in input order, and the run fails at the end.
func TestCheckPairsBadLines(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "check", "pairs.jsonl")
	stdout, stderr, err := runCLI(t, "", "check", "--pairs", path, "--format", "jsonl")
	if err == nil || !strings.Contains(err.Error(), "2 malformed") {
		t.Errorf("check --pairs: error %v, want one counting 2 malformed lines", err)
	}
	for _, want := range []string{path + ":2: ", path + ":5: pair has no \"claim\""} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr %q lacks %q", stderr, want)
		}
	}
	var ids []string
	for _, l := range parseCheck(t, stdout) {
		ids = append(ids, l.ID)
	}
	if strings.Join(ids, " ") != "p1 p3 p5" {
		t.Errorf("answered ids %v, want p1 p3 p5", ids)
	}
	got := parseCheck(t, stdout)
	if got[1].Stance != "unrelated" || got[0].Stance == "unrelated" {
		t.Errorf("stances %s, %s, want p1 related and p3 unrelated", got[0].Stance, got[1].Stance)
	}

	// Standard input works the same.
	in, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	stdout2, _, _ := runCLI(t, string(in), "check", "--pairs", "-")
	if stdout2 != stdout {
		t.Errorf("check --pairs - wrote\n%s\nwant as from the file\n%s", stdout2, stdout)
	}

	// No two pairs share a text, so judging each alone changes nothing; the bad lines are
	// reported the same way.
	stdout3, stderr3, err := runCLI(t, "", "check", "--pairs", path, "--alone")
	if stdout3 != stdout || stderr3 != stderr || err == nil {
		t.Errorf("check --pairs --alone wrote\n%s\n%s(error %v)\nwant as without --alone\n%s\n%s", stdout3, stderr3, err, stdout, stderr)
	}
}

// TestCheckPairsLineErrors: each line that cannot be a pair is named with its line number and
// why, in words a pipeline's author reads (not Go's types), and the others are answered: a
// byte order mark on the first line is no error, a line without "id" or "text" is one (a
// misnamed key would otherwise judge an empty text), as is a line that is not UTF-8 or a
// claim with no word to look for; an id given twice is answered twice, with a warning.
func TestCheckPairsLineErrors(t *testing.T) {
	in := "\ufeff" + `{"id":"a","claim":"Banksy arrested in London","text":"Graffiti artist Banksy was arrested in London on Monday, police said."}` + "\n" +
		`[1, 2]` + "\n" +
		`{"id": 7, "claim": "Banksy arrested", "text": "Banksy was arrested."}` + "\n" +
		`{"claim": "Banksy arrested", "text": "Banksy was arrested."}` + "\n" +
		`{"id": "b", "claim": "Banksy arrested", "body": "Banksy was arrested."}` + "\n" +
		`{"id": "c", "claim": "Banksy arrested", "text": "Banksy was arr` + "\xe9" + `sted."}` + "\n" +
		`{"id": "d", "claim": "Is it the one?", "text": "Banksy was arrested."}` + "\n" +
		`null` + "\n" +
		`{"id":"a","claim":"Banksy arrested in London","text":"Police denied that Banksy was arrested."}` + "\r\n"
	stdout, stderr, err := runCLI(t, in, "check", "--pairs", "-")
	if err == nil || !strings.Contains(err.Error(), "7 malformed pair lines") {
		t.Errorf("error %v, want one counting 7 malformed lines", err)
	}
	for _, want := range []string{
		`standard input:2: reading pair: want a JSON object {"id", "claim", "text"}, got an array`,
		`standard input:3: pair's "id" is a number, want a string`,
		`standard input:4: pair has no "id"`,
		`standard input:5: pair has no "text"`,
		`standard input:6: invalid UTF-8 at byte 63 of the line`,
		`standard input:7: pair's claim "Is it the one?" has no words to look for`,
		`standard input:8: reading pair: want a JSON object {"id", "claim", "text"}, got null`,
		`standard input:9: warning: id "a" is on line 1 too`,
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	if strings.Contains(stderr, ":1:") || strings.Contains(stderr, "Go ") || strings.Contains(stderr, "main.") {
		t.Errorf("stderr names line 1 or Go's types:\n%s", stderr)
	}
	var ids []string
	for _, l := range parseCheck(t, stdout) {
		ids = append(ids, l.ID)
	}
	if strings.Join(ids, " ") != "a a" {
		t.Errorf("answered ids %v, want a a", ids)
	}
}

// TestCheckPairsAloneAnswersAsRead: with --alone, a pipeline that writes a pair and waits for
// its answer gets it before writing the next: the answer is flushed once no more input is
// waiting, not held in a buffer until the input ends.
func TestCheckPairsAloneAnswersAsRead(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	var errOut bytes.Buffer
	app := newApp(outW, &errOut)
	app.Reader = inR
	done := make(chan error, 1)
	go func() {
		err := run(app, []string{"claimdiff", "check", "--pairs", "-", "--alone"})
		outW.Close()
		done <- err
	}()
	answers := bufio.NewReader(outR)
	for _, id := range []string{"a", "b"} {
		if _, err := fmt.Fprintf(inW, `{"id":%q,"claim":"Banksy arrested","text":"Banksy was arrested, police said."}`+"\n", id); err != nil {
			t.Fatal(err)
		}
		got := make(chan string, 1)
		go func() {
			line, _ := answers.ReadString('\n')
			got <- line
		}()
		select {
		case line := <-got:
			if !strings.HasPrefix(line, `{"id":"`+id+`"`) {
				t.Fatalf("answer %q, want one for %s", line, id)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("no answer to pair %s while the input stays open", id)
		}
	}
	inW.Close()
	if err := <-done; err != nil {
		t.Errorf("check --pairs - --alone: %v (stderr %s)", err, errOut.String())
	}
}

// TestCheckSeeds is the acceptance test on the seed articles, when present.
func TestCheckSeeds(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "seeds")
	paths, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
	if len(paths) != 3 {
		t.Skip("no seed articles in ../shared/seeds")
	}
	stdout, _, err := runCLI(t, "", append([]string{"check", "--format", "jsonl", callClaim}, paths...)...)
	if err != nil {
		t.Fatal(err)
	}
	// --related shows the one article related and counts all three.
	table, _, err := runCLI(t, "", append([]string{"check", "--related", callClaim}, paths...)...)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(table, "001_") || strings.Contains(table, "002_") || !strings.Contains(table, "000_1474bbfd67f08f28.txt: discusses") ||
		!strings.HasSuffix(table, "\n3 articles: 0 supporting, 0 refuting, 1 discussing, 2 unrelated (not shown)\n") {
		t.Errorf("check --related on the seeds:\n%s\nwant 000 alone, then the count", table)
	}
	// --by-stance lists the discussing article first, then the unrelated ones by confidence.
	sorted, _, err := runCLI(t, "", append([]string{"check", "--by-stance", callClaim}, paths...)...)
	if err != nil {
		t.Fatal(err)
	}
	if i0, i1, i2 := strings.Index(sorted, "000_"), strings.Index(sorted, "001_"), strings.Index(sorted, "002_"); !(i0 >= 0 && i0 < i2 && i2 < i1) {
		t.Errorf("check --by-stance on the seeds:\n%s\nwant 000 (discusses), 002 (unrelated 0.995), 001 (unrelated 0.975)", sorted)
	}
	for _, l := range parseCheck(t, stdout) {
		base := filepath.Base(l.Doc)
		if base != "000_1474bbfd67f08f28.txt" {
			if l.Stance != "unrelated" {
				t.Errorf("%s: %s, want unrelated", base, l.Stance)
			}
			continue
		}
		if l.Stance != "discusses" {
			t.Errorf("%s: %s, want discusses", base, l.Stance)
		}
		var us, usWords, pk, qureshi bool
		for _, e := range l.Evidence {
			us = us || strings.Contains(e.Speaker, "State Department") && e.Stance == "refutes"
			// The State Department's version in the article's words, not the denial's.
			usWords = usWords || strings.Contains(e.Speaker, "State Department") && strings.Contains(e.Text, "Pakistan-based terrorists")
			pk = pk || e.Speaker == "Pakistan" && e.Stance == "supports"
			// The foreign minister's "contrary to the facts" backs Pakistan's account.
			qureshi = qureshi || strings.Contains(e.Speaker, "Qureshi") && e.Stance == "supports"
			if strings.Contains(e.Text, "contrary to the facts") && e.Speaker == "" {
				t.Errorf("%s: %q as evidence without its speaker", base, e.Text)
			}
		}
		if !us || !usWords || !pk || !qureshi {
			t.Errorf("%s: US State Department refuting %v (its version's words %v), Pakistan supporting %v, Qureshi supporting %v, want all; evidence %+v", base, us, usWords, pk, qureshi, l.Evidence)
		}
	}
}

func TestEvalFNC1(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "check", "fnc1")
	stdout, stderr, err := runCLI(t, "", "eval", "fnc1", dir)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "not held out") {
		t.Errorf("eval fnc1 of a train set with the shipped model: no note that it is in-sample; stderr %q", stderr)
	}
	for _, want := range []string{"split all, model shipped\n", "pairs          5\n", "FNC-1 score", "macro-F1", "F1 refutes", "confusion",
		"90% intervals over 1000 resamples of the 2 stories:\n", "F1 refutes     "} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval fnc1 output lacks %q:\n%s", want, stdout)
		}
	}
	// The tiny set's pairs all lie on one side of the split; --model picks the model whatever
	// the split.
	for _, args := range [][]string{{"--model", "train-side"}, {"--split", "train"}} {
		stdout, stderr, err := runCLI(t, "", append(append([]string{"eval", "fnc1"}, args...), dir)...)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(stdout, "model train-side\n") || stderr != "" {
			t.Errorf("eval fnc1 %v: not scored with the train-side model, or a note:\n%s%s", args, stdout, stderr)
		}
	}
	if stdout, _, err := runCLI(t, "", "eval", "fnc1", "--bootstrap", "0", dir); err != nil || strings.Contains(stdout, "intervals") {
		t.Errorf("eval fnc1 --bootstrap 0: err %v, intervals printed anyway:\n%s", err, stdout)
	}
	for _, args := range [][]string{{"eval", "fnc1", "--split", "test", dir}, {"eval", "fnc1", "--model", "best", dir}, {"eval", "fnc1", t.TempDir()}, {"eval", "fnc1"}, {"eval", "fnc1", "--bootstrap", "-1", dir}} {
		if _, _, err := runCLI(t, "", args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestCheckPairsJoint: pairs on one text are judged together, so their answers differ from
// those of --alone, which equal check's on each pair.
func TestCheckPairsJoint(t *testing.T) {
	path := filepath.Join("..", "..", "testdata", "check", "joint.jsonl")
	joint, _, err := runCLI(t, "", "check", "--pairs", path)
	if err != nil {
		t.Fatal(err)
	}
	alone, _, err := runCLI(t, "", "check", "--pairs", path, "--alone")
	if err != nil {
		t.Fatal(err)
	}
	j, a := parseCheck(t, joint), parseCheck(t, alone)
	if len(j) != 3 || len(a) != 3 {
		t.Fatalf("%d and %d answers, want 3 each", len(j), len(a))
	}
	differ := false
	for i := range j {
		if j[i].ID != a[i].ID || j[i].ID != fmt.Sprint(i+1) {
			t.Errorf("answer %d: ids %q and %q, want %d", i, j[i].ID, a[i].ID, i+1)
		}
		differ = differ || j[i].Stance != a[i].Stance || j[i].Confidence != a[i].Confidence
	}
	if !differ {
		t.Errorf("joint and alone answers are the same:\n%s", joint)
	}
	in, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var p struct{ Claim, Text string }
	if err := json.Unmarshal(in[:bytes.IndexByte(in, '\n')], &p); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "1")
	if err := os.WriteFile(file, []byte(p.Text), 0o644); err != nil {
		t.Fatal(err)
	}
	one, _, err := runCLI(t, "", "check", "--format", "jsonl", p.Claim, file)
	if err != nil {
		t.Fatal(err)
	}
	if c := parseCheck(t, one); len(c) != 1 || c[0].Stance != a[0].Stance || c[0].Confidence != a[0].Confidence {
		t.Errorf("check on pair 1's text: %+v, want as --alone: %+v", c, a[0])
	}
}

func TestEvalEvents(t *testing.T) {
	dir := filepath.Join("..", "..", "testdata", "check", "fnc1")
	stdout, stderr, err := runCLI(t, "", "eval", "events", dir)
	if err != nil || stderr != "" {
		t.Fatalf("eval events: %v %s", err, stderr)
	}
	for _, want := range []string{"split all: event grouping\n", "bodies                3 (", "pairs from one story", "bodies linked", "contested items"} {
		if !strings.Contains(stdout, want) {
			t.Errorf("eval events output lacks %q:\n%s", want, stdout)
		}
	}
	for _, args := range [][]string{{"eval", "events", "--split", "test", dir}, {"eval", "events", t.TempDir()}, {"eval", "events"}} {
		if _, _, err := runCLI(t, "", args...); err == nil {
			t.Errorf("%v: no error", args)
		}
	}
}

// TestCheckPairsBinary: a binary or UTF-16 file given to --pairs is refused as one, not parsed
// line by line into an error for each line that quotes its bytes (UTF-16 was called binary).
func TestCheckPairsBinary(t *testing.T) {
	utf16 := "\xff\xfe" + strings.Join(strings.Split(`{"id":"1","claim":"taxes rise","text":"He said taxes rise."}`, ""), "\x00") + "\x00\n\x00"
	tests := []struct{ name, data, want string }{
		{"zip", "PK\x03\x04\x00\x00junk\n{\"id\": \x00\x01}\n\x7fELF\n", "binary file (contains NUL bytes) at byte 4"},
		{"UTF-16", utf16, "invalid UTF-8: UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := write(t, t.TempDir(), "pairs.jsonl", tt.data)
			stdout, stderr, err := runCLI(t, "", "check", "--pairs", path)
			want := path + ": " + tt.want + ", not a JSON Lines file of pairs"
			if err == nil || err.Error() != want {
				t.Errorf("check --pairs on a %s file: error %v, want %q", tt.name, err, want)
			}
			if stdout != "" || stderr != "" {
				t.Errorf("check --pairs on a %s file wrote %q and %q, want only the error", tt.name, stdout, stderr)
			}
		})
	}
}

// TestCheckPairsStdinUTF16: UTF-16 on standard input is refused as such, not line by line as
// Latin-1 and NUL bytes; a pair line still gets its answer.
func TestCheckPairsStdinUTF16(t *testing.T) {
	utf16 := "\xff\xfe" + strings.Join(strings.Split(`{"id":"1","claim":"taxes rise","text":"He said taxes rise."}`, ""), "\x00") + "\x00\n\x00"
	stdout, stderr, err := runCLI(t, utf16, "check", "--pairs", "-")
	want := "standard input: invalid UTF-8: UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8, not a JSON Lines file of pairs"
	if err == nil || err.Error() != want || stdout != "" || stderr != "" {
		t.Errorf("check --pairs - on UTF-16: error %v, stdout %q, stderr %q; want only the error %q", err, stdout, stderr, want)
	}
	stdout, _, err = runCLI(t, `{"id":"1","claim":"taxes rise","text":"He said taxes rise."}`, "check", "--pairs", "-", "--alone")
	if err != nil || !strings.HasPrefix(stdout, `{"id":"1",`) {
		t.Errorf("check --pairs - --alone: %q, %v", stdout, err)
	}
}

// FuzzParsePair: no input line panics parsePair, and a line it accepts is UTF-8 and gives a
// pair with an id and a claim that has a word to look for.
func FuzzParsePair(f *testing.F) {
	for _, s := range []string{
		`{"id":"a","claim":"Banksy arrested","text":"Banksy was arrested."}`,
		`{"id":7,"claim":"x","text":""}`, `[1,2]`, `null`, `"s"`, `{"id":"a"} {"id":"b"}`,
		`{"id":"a","claim":"the of","text":"t"}`, "{\"id\":\"a\",\"claim\":\"b\",\"text\":\"caf\xe9\"}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, line []byte) {
		p, err := parsePair(line)
		if err != nil {
			return
		}
		if !utf8.Valid(line) || p.ID == "" || strings.TrimSpace(p.Claim) == "" {
			t.Errorf("parsePair(%q) = %+v, nil; want an error", line, p)
		}
	})
}
