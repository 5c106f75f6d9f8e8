package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// evalFixture is a tiny BRAT split: article a has four attributions, b has no annotation file.
var evalFixture = filepath.Join("..", "..", "claims", "polnear", "testdata", "split")

func runEval(t *testing.T, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(newApp(&out, &errOut), append([]string{"claimdiff"}, args...))
	return out.String(), errOut.String(), err
}

func TestEvalPolnear(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want []string // lines the output must hold, in order
	}{
		{
			name: "table",
			args: []string{"eval", "polnear", "--baseline", evalFixture},
			want: []string{
				evalFixture + ": 2 articles, 4 gold attributions (2 quoted), 2 predicted (1 quoted)",
				"         metric      P     R    F1  pred ok  gold ok",
				"         ATTR-L   50.0  25.0  33.3      1/2      1/4",
				"         ATTR-E    0.0   0.0   0.0      0/2      0/4",
				"        content   50.0  25.0  33.3      1/2      1/4",
				"  ATTR-L quoted  100.0  50.0  66.7      1/1      1/2",
			},
		},
		{
			name: "per article and errors",
			args: []string{"eval", "polnear", "--baseline", "--per-doc", "--errors", "1", evalFixture},
			want: []string{
				"a        4     1     1          100.0  25.0  40.0",
				"b        0     1     0          0.0    0.0   0.0",
				"false negatives (gold not matched under ATTR-L):",
				"FN " + filepath.Join(evalFixture, "text", "a.txt") + ":1: not found",
				`  gold: source "Café owners’ union" | cue "said" | content "the tax was “a disaster for everyone.”"`,
				"false positives (predictions not matched under ATTR-L):",
				"FP " + filepath.Join(evalFixture, "text", "b.txt") + ":1: no gold partner",
				`  pred: source "Nobody" | cue "said" | content "anything here."`,
			},
		},
		{
			name: "errors by reason",
			args: []string{"eval", "polnear", "--baseline", "--errors", "9", "--why", "partner", evalFixture},
			want: []string{
				"false positives (predictions not matched under ATTR-L):",
				"FP " + filepath.Join(evalFixture, "text", "b.txt") + ":1: no gold partner",
				"misses by reason: 3 not found",
				"false alarms by reason: 1 no gold partner",
			},
		},
		{
			name: "cues",
			args: []string{"eval", "polnear", "--baseline", "--cues", "2", evalFixture},
			want: []string{
				"gold cues most often missed (missed/gold): denied 1/1, it is believed 1/1",
				"predicted cues most often wrong (wrong/predicted): said 1/2",
			},
		},
		{
			name: "quoted only",
			args: []string{"eval", "polnear", "--baseline", "--quoted", "--cues", "9", "--errors", "9", evalFixture},
			want: []string{
				"FN " + filepath.Join(evalFixture, "text", "a.txt") + ":1: not found",
				"misses by reason: 1 not found",
				"false alarms by reason: ",
				"gold cues most often missed (missed/gold): said 1/2",
				"predicted cues most often wrong (wrong/predicted): ",
			},
		},
		{
			name: "one article",
			args: []string{"eval", "polnear", "--baseline", "--doc", "a", evalFixture},
			want: []string{evalFixture + ": 1 articles, 4 gold attributions (2 quoted), 1 predicted (1 quoted)"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out, _, err := runEval(t, tt.args...)
			if err != nil {
				t.Fatalf("claimdiff %s: %v", strings.Join(tt.args, " "), err)
			}
			lines := strings.Split(out, "\n")
			i := 0
			for _, w := range tt.want {
				for i < len(lines) && lines[i] != w {
					i++
				}
				if i == len(lines) {
					t.Fatalf("claimdiff %s: output lacks %q (in order); got\n%s", strings.Join(tt.args, " "), w, out)
				}
			}
		})
	}
}

func TestEvalPolnearJSON(t *testing.T) {
	out, stderr, err := runEval(t, "eval", "polnear", "--baseline", "-f", "jsonl", "--errors", "5", evalFixture)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(stderr, "b.txt: no annotation file") {
		t.Errorf("stderr = %q, want a warning about b.txt", stderr)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	var summary struct {
		Articles int
		Metrics  []struct {
			Metric string
			F1     float64
		}
	}
	if err := json.Unmarshal([]byte(lines[0]), &summary); err != nil {
		t.Fatalf("first line %q: %v", lines[0], err)
	}
	if summary.Articles != 2 || len(summary.Metrics) != 4 || summary.Metrics[0].Metric != "ATTR-L" || summary.Metrics[0].F1 != 0.3333 {
		t.Errorf("summary = %+v, want 2 articles and ATTR-L F1 0.3333 first of 4 metrics", summary)
	}
	kinds := map[string]int{}
	for _, l := range lines[1:] {
		var e struct{ Kind, Doc, Reason string }
		if err := json.Unmarshal([]byte(l), &e); err != nil {
			t.Fatalf("line %q: %v", l, err)
		}
		kinds[e.Kind]++
	}
	if kinds["fn"] != 3 || kinds["fp"] != 1 {
		t.Errorf("error lines by kind = %v, want 3 fn and 1 fp", kinds)
	}
}

// TestEvalPolnearJSONCues: with -f jsonl, --cues N writes the cues most often missed and
// wrong as lines of their own, as the table prints them (it was accepted and ignored).
func TestEvalPolnearJSONCues(t *testing.T) {
	out, _, err := runEval(t, "eval", "polnear", "--baseline", "-f", "jsonl", "--cues", "2", evalFixture)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	want := []string{
		`{"kind":"gold_cue","cue":"denied","missed":1,"gold":1}`,
		`{"kind":"gold_cue","cue":"it is believed","missed":1,"gold":1}`,
		`{"kind":"pred_cue","cue":"said","wrong":1,"predicted":2}`,
	}
	if got := strings.Join(lines[1:], "\n"); got != strings.Join(want, "\n") {
		t.Errorf("lines after the summary:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestEvalPolnearBadUse: a misused eval command says what is wrong and, where it can, what to
// name instead.
func TestEvalPolnearBadUse(t *testing.T) {
	corpus := t.TempDir()
	for _, d := range []string{"dev/text", "train/text", "notes"} {
		if err := os.MkdirAll(filepath.Join(corpus, d), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	fnc1Stances := filepath.Join("..", "..", "testdata", "check", "fnc1", "train_stances.csv")
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"eval", "polnear"}, "eval polnear: want one directory"},
		{[]string{"eval", "polnear", "a", "b"}, "eval polnear: want one directory"},
		{[]string{"eval", "polnear", "-f", "xml", evalFixture}, `unknown format "xml"`},
		{[]string{"eval", "polnear", filepath.Join(evalFixture, "nothing")}, filepath.Join(evalFixture, "nothing") + ": no such file or directory"},
		// A split's text/ named for the split, an empty directory, a file: the message says what a split holds.
		{[]string{"eval", "polnear", filepath.Join(evalFixture, "text")}, filepath.Join(evalFixture, "text") + ": not a PolNeAR split: no text/ directory in it (want a directory holding text/NAME.txt and attributions/NAME_ANNOTATOR.ann; name the split's directory, not its text/)"},
		{[]string{"eval", "polnear", t.TempDir()}, ": not a PolNeAR split: no text/ directory in it"},
		{[]string{"eval", "polnear", filepath.Join(evalFixture, "text", "a.txt")}, "a.txt: not a directory (want a PolNeAR split"},
		{[]string{"eval", "polnear", "--doc", "zzz", evalFixture}, "has a name containing it"},
		// The corpus's directory, holding the splits: they are named.
		{[]string{"eval", "polnear", corpus}, corpus + ": not a PolNeAR split: no text/ directory in it (want a directory holding text/NAME.txt and attributions/NAME_ANNOTATOR.ann; its splits are dev, train: name one, " + filepath.Join(corpus, "dev") + ")"},
		// FNC-1's directory missing or a file of it named: not "no FNC-1 data".
		{[]string{"eval", "fnc1", filepath.Join(corpus, "nothing")}, filepath.Join(corpus, "nothing") + ": no such file or directory"},
		{[]string{"eval", "events", fnc1Stances}, fnc1Stances + ": not a directory (want the directory holding PREFIX_bodies.csv and PREFIX_stances.csv)"},
	}
	for _, tt := range tests {
		_, _, err := runEval(t, tt.args...)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("claimdiff %s: error %v, want one containing %q", strings.Join(tt.args, " "), err, tt.want)
		}
	}
}

// TestEvalPolnearDev runs the extractor over PolNeAR's dev split when the corpus is present:
// the command succeeds, prints the four metrics, and every claim's spans cover its text.
func TestEvalPolnearDev(t *testing.T) {
	dir := filepath.Join("..", "..", "..", "shared", "polnear", "dev")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("no PolNeAR corpus at %s", dir)
	}
	out, stderr, err := runEval(t, "eval", "polnear", "-f", "jsonl", dir)
	if err != nil {
		t.Fatal(err)
	}
	if stderr != "" {
		t.Errorf("stderr = %q, want nothing", stderr)
	}
	var summary struct {
		Articles int
		Metrics  []struct {
			Metric string
			Gold   int
		}
	}
	if err := json.Unmarshal([]byte(out), &summary); err != nil {
		t.Fatalf("output %q: %v", out, err)
	}
	if summary.Articles < 50 || len(summary.Metrics) != 4 || summary.Metrics[0].Gold < 1000 {
		t.Errorf("summary = %+v, want the dev split's articles and gold attributions", summary)
	}
}

// TestEvalPolnearArgs: flags that only narrow --errors or --cues are errors without them
// (they were ignored), and a --doc that names no article says so.
func TestEvalPolnearArgs(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--why", "cue"}, "eval polnear: --why goes with --errors N (see claimdiff eval polnear --help)"},
		{[]string{"--quoted"}, "eval polnear: --quoted goes with --errors N or --cues N (see claimdiff eval polnear --help)"},
		{[]string{"--doc", "no-such-article"}, `eval polnear: --doc "no-such-article": no article of ` + evalFixture + " has a name containing it (see claimdiff eval polnear --help)"},
	}
	for _, tt := range tests {
		args := append(append([]string{"eval", "polnear", "--baseline"}, tt.args...), evalFixture)
		if _, _, err := runCLI(t, "", args...); err == nil || err.Error() != tt.want {
			t.Errorf("claimdiff %q: error %v, want %q", args, err, tt.want)
		}
	}
}
