package main

import (
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

var compareFixtures = filepath.Join("..", "..", "testdata", "compare")

// contestedItems parses the JSON Lines of "claimdiff contested --format jsonl".
func contestedItems(t *testing.T, out string) []map[string]any {
	t.Helper()
	var items []map[string]any
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		if line == "" {
			continue
		}
		var m map[string]any
		if err := json.Unmarshal([]byte(line), &m); err != nil {
			t.Fatalf("line %q is not JSON: %v", line, err)
		}
		items = append(items, m)
	}
	return items
}

func sideNames(item map[string]any) string {
	var names []string
	for _, s := range item["sides"].([]any) {
		names = append(names, s.(map[string]any)["side"].(string))
	}
	return strings.Join(names, " vs ")
}

func TestContestedCLI(t *testing.T) {
	out, stderr, err := runCLI(t, "", "contested", "--format", "jsonl", compareFixtures)
	if err != nil {
		t.Fatalf("contested: %v\n%s", err, stderr)
	}
	items := contestedItems(t, out)
	got := map[string]string{}
	for _, it := range items {
		got[sideNames(it)] = it["type"].(string)
		for _, key := range []string{"event", "type", "confidence", "explanation", "sides"} {
			if _, ok := it[key]; !ok {
				t.Errorf("item lacks %q: %v", key, it)
			}
		}
	}
	// An implicit conflict's sides come in the order of the analysis (by date, then by the
	// texts; both strike articles are of one day), not of the inputs.
	want := map[string]string{
		"Palestine vs Israel":     "implicit-number",
		"Egypt vs Ethiopia":       "explicit-rejection",
		"Mahinda Perera vs China": "explicit-rejection",
	}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("contested %s = %q, want %q (all: %v)", k, got[k], v, got)
		}
	}
	if len(items) != len(want) {
		t.Errorf("%d items, want %d: %v", len(items), len(want), got)
	}

	// Table and markdown name the events and sides too.
	for _, f := range []string{"table", "markdown"} {
		out, _, err := runCLI(t, "", "contested", "-f", f, compareFixtures)
		if err != nil || !strings.Contains(out, "Mahinda Perera") || !strings.Contains(out, "explicit-rejection") {
			t.Errorf("contested -f %s: %v\n%s", f, err, out)
		}
	}
}

// TestContestedSelect: --type, --min-confidence and --involving narrow the list; a bad type
// or confidence is an error that names the flag.
func TestContestedSelect(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"--type", "implicit-number"}, []string{"Palestine vs Israel"}},
		{[]string{"--involving", "ETHIOPIA"}, []string{"Egypt vs Ethiopia"}},
		{[]string{"--min-confidence", "0.8", "--type", "explicit-rejection,implicit-number"}, []string{"Egypt vs Ethiopia", "Mahinda Perera vs China"}},
	}
	for _, tt := range tests {
		args := append(append([]string{"contested", "--format", "jsonl"}, tt.args...), compareFixtures)
		out, stderr, err := runCLI(t, "", args...)
		if err != nil {
			t.Fatalf("%v: %v\n%s", tt.args, err, stderr)
		}
		var got []string
		for _, it := range contestedItems(t, out) {
			got = append(got, sideNames(it))
		}
		sort.Strings(got)
		if strings.Join(got, "; ") != strings.Join(tt.want, "; ") {
			t.Errorf("contested %v = %v, want %v", tt.args, got, tt.want)
		}
	}
	// A side no item has says so on stderr, naming the sides there are.
	_, stderr, err := runCLI(t, "", "contested", "--involving", "Atlantis", compareFixtures)
	if err != nil || !strings.Contains(stderr, "--involving Atlantis: no contested item has this side; the items' sides are") || !strings.Contains(stderr, "Ethiopia") {
		t.Errorf("contested --involving Atlantis: %v, stderr %q; want a note naming the items' sides", err, stderr)
	}
	// Filters that leave nothing say on stderr what they left out, so "no contested claims"
	// does not read as none found.
	stdout, stderr, err := runCLI(t, "", "contested", "--type", "implicit-date", "--min-confidence", "0.5", compareFixtures)
	if want := "claimdiff: --type, --min-confidence: none of the "; err != nil || stdout != "no contested claims\n" ||
		!strings.HasPrefix(stderr, want) || !strings.Contains(stderr, "contested items passes (their types: explicit-rejection") {
		t.Errorf("contested --type implicit-date: %v, stdout %q, stderr %q; want a note starting %q", err, stdout, stderr, want)
	}
	if _, stderr, _ := runCLI(t, "", "contested", "--type", "implicit-number", compareFixtures); stderr != "" {
		t.Errorf("contested --type implicit-number: stderr %q, want none (an item passes)", stderr)
	}
	if _, stderr, _ := runCLI(t, "", "contested", "--min-confidence", "0.99", "../../testdata/articles"); !strings.HasPrefix(stderr, "claimdiff: --min-confidence: the one contested item does not pass (its type: explicit-rejection; confidence ") {
		t.Errorf("contested --min-confidence 0.99 on one item: stderr %q, want it to say the one item does not pass", stderr)
	}
	for _, bad := range [][]string{{"--type", "implicit-numbers"}, {"--min-confidence", "2"}, {"--min-confidence", "NaN"}} {
		_, _, err := runCLI(t, "", append(append([]string{"contested"}, bad...), compareFixtures)...)
		if err == nil || !strings.Contains(err.Error(), bad[0]) {
			t.Errorf("contested %v: error %v, want one naming %s", bad, err, bad[0])
		}
	}
}

func TestContestedSides(t *testing.T) {
	dir := t.TempDir()
	good := write(t, dir, "sides.txt", "# who is who\nPeace Camp: Mahinda Perera, Perera\n")
	out, _, err := runCLI(t, "", "contested", "-f", "jsonl", "--sides", good, compareFixtures)
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, it := range contestedItems(t, out) {
		if strings.Contains(sideNames(it), "Peace Camp") {
			found = true
		}
	}
	if !found {
		t.Errorf("--sides did not put Perera on the Peace Camp side:\n%s", out)
	}
	// --side keeps its commas: the aliases are not split into flags of their own.
	out, _, err = runCLI(t, "", "contested", "-f", "jsonl", "--side", "Peace Camp: Sri Lankan opposition, Perera", "--side", "Beijing: China's foreign ministry", compareFixtures)
	if err != nil || !strings.Contains(out, `"side":"Peace Camp"`) || !strings.Contains(out, `"side":"Beijing"`) {
		t.Errorf("--side did not define a side: %v\n%s", err, out)
	}

	bad := write(t, dir, "bad.txt", "United States: State Department\n\nPakistan Foreign Office\n")
	_, _, err = runCLI(t, "", "contested", "--sides", bad, compareFixtures)
	if err == nil || !strings.Contains(err.Error(), bad+":3:") {
		t.Errorf("malformed sides file: error %v, want one naming %s:3", err, bad)
	}
	_, _, err = runCLI(t, "", "contested", "--side", "no colon", compareFixtures)
	if err == nil || !strings.Contains(err.Error(), "no colon") {
		t.Errorf("malformed --side: error %v", err)
	}
	_, _, err = runCLI(t, "", "contested", "--sides", filepath.Join(dir, "missing.txt"), compareFixtures)
	if err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("missing sides file: error %v", err)
	}
}

func TestContestedBadInput(t *testing.T) {
	dir := t.TempDir()
	empty := write(t, dir, "empty.txt", "")
	out, stderr, err := runCLI(t, "", "contested", "-f", "jsonl", filepath.Join(compareFixtures, "port_ownside.txt"), filepath.Join(dir, "nope.txt"), empty)
	if err == nil {
		t.Errorf("contested with a missing file: no error")
	}
	if !strings.Contains(stderr, "nope.txt") {
		t.Errorf("stderr %q does not name the missing file", stderr)
	}
	if !strings.Contains(out, "Mahinda Perera") {
		t.Errorf("the readable article was not judged:\n%s", out)
	}
	if _, _, err := runCLI(t, "", "contested"); err == nil {
		t.Errorf("contested without files: no error")
	}
	if _, _, err := runCLI(t, "", "contested", "-f", "html", compareFixtures); err == nil {
		t.Errorf("contested -f html: no error")
	}
}

func TestCompareCLI(t *testing.T) {
	out, stderr, err := runCLI(t, "", "compare", "-f", "jsonl", "--event", "Jenin strike", "--sides", "Palestine, Israel", compareFixtures)
	if err != nil {
		t.Fatalf("compare: %v\n%s", err, stderr)
	}
	var cmp struct {
		Left, Right string
		Rows        []struct {
			Verdict string
			Diff    []struct{ Op, Text string }
		}
	}
	if err := json.Unmarshal([]byte(out), &cmp); err != nil {
		t.Fatalf("compare output is not one JSON object: %v\n%s", err, out)
	}
	if cmp.Left != "Palestine" || cmp.Right != "Israel" || len(cmp.Rows) == 0 || cmp.Rows[0].Verdict != "conflict" {
		t.Errorf("compare = %+v, want Palestine vs Israel starting with a conflict", cmp)
	}
	out, _, err = runCLI(t, "", "compare", compareFixtures)
	if err != nil || !strings.Contains(out, "conflict") {
		t.Errorf("compare without options: %v\n%s", err, out)
	}
	for _, args := range [][]string{
		{"--sides", "Palestine"},
		{"--sides", "Japan,Israel"},
		{"--event", "zebra crossing"},
		{"--sides", ",Israel"},       // was the event's two largest sides
		{"--sides", " , "},           // was the event's two largest sides
		{"--sides", "Israel,israel"}, // was Israel against itself
	} {
		if _, _, err := runCLI(t, "", append(append([]string{"compare"}, args...), compareFixtures)...); err == nil {
			t.Errorf("compare %v: no error", args)
		}
	}
}

// TestNoInputRead: when no input can be read, contested and compare say so and fail, instead
// of "no contested claims" on standard output or blaming the sides.
func TestNoInputRead(t *testing.T) {
	dir := t.TempDir()
	empty := write(t, dir, "empty.txt", "")
	missing := filepath.Join(dir, "nope.txt")
	for _, cmd := range []string{"contested", "compare", "claims"} {
		for _, f := range []string{"table", "jsonl"} {
			out, stderr, err := runCLI(t, "", cmd, "-f", f, missing, empty)
			if err == nil || !strings.Contains(err.Error(), "no input could be read (2 inputs)") {
				t.Errorf("%s -f %s: error %v, want \"no input could be read (2 inputs)\"", cmd, f, err)
			}
			if out != "" {
				t.Errorf("%s -f %s: wrote %q, want nothing", cmd, f, out)
			}
			if !strings.Contains(stderr, missing) || !strings.Contains(stderr, empty) {
				t.Errorf("%s -f %s: stderr %q does not name each input", cmd, f, stderr)
			}
		}
	}
}

// TestContestedInvolvingBlank: a blank --involving names no side: a usage error, not a note
// that no item has the side "".
func TestContestedInvolvingBlank(t *testing.T) {
	for _, v := range []string{"", "  "} {
		out, _, err := runCLI(t, "", "contested", "--involving", v, compareFixtures)
		if err == nil || !errors.As(err, new(usageErr)) || !strings.Contains(err.Error(), "--involving") {
			t.Errorf("contested --involving %q: error %v, want a usage error naming --involving", v, err)
		}
		if out != "" {
			t.Errorf("contested --involving %q wrote %q", v, out)
		}
	}
}

// TestSidesFileNotText: a sides file that is binary, not UTF-8 or a directory is refused
// with a message naming the file and what it is, not a parse error quoting junk.
func TestSidesFileNotText(t *testing.T) {
	dir := t.TempDir()
	bin := write(t, dir, "sides.bin", "\x7fELF\x02\x01\x00\x00junk: a, b\x00\x00, c\n")
	latin := write(t, dir, "latin.txt", "C\xf4te d'Ivoire: Abidjan\n")
	for _, tt := range []struct{ path, want string }{
		{bin, "sides file " + bin + ": binary file (contains NUL bytes) at byte 6, not a sides file"},
		{latin, "sides file " + latin + ": invalid UTF-8 at byte 1 (Latin-1"},
		{dir, "sides file " + dir + ": is a directory, not a sides file"},
		{filepath.Join(dir, "missing.txt"), "sides file " + filepath.Join(dir, "missing.txt") + ": no such file or directory"},
	} {
		_, _, err := runCLI(t, "", "contested", "--sides", tt.path, compareFixtures)
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("--sides %s: error %v, want one holding %q", tt.path, err, tt.want)
		}
		if err != nil && strings.Contains(err.Error(), "junk") {
			t.Errorf("--sides %s: error %v quotes the file's bytes", tt.path, err)
		}
	}
}

// TestSideFileEverywhere: the sides file is --side-file FILE in every command that reads one
// (contested and report had only --sides FILE, compare only --side-file, its --sides naming
// the two sides to compare), and compare --sides FILE says which option reads a file.
func TestSideFileEverywhere(t *testing.T) {
	sides := write(t, t.TempDir(), "sides.txt", "Peace Camp: Mahinda Perera, Perera\n")
	for _, cmd := range []string{"contested", "report"} {
		out, _, err := runCLI(t, "", cmd, "--side-file", sides, compareFixtures)
		if err != nil || !strings.Contains(out, "Peace Camp") {
			t.Errorf("%s --side-file: error %v, output without the side Peace Camp:\n%.300s", cmd, err, out)
		}
	}
	_, _, err := runCLI(t, "", "compare", "--sides", sides, compareFixtures)
	want := `compare: --sides "` + sides + `": want two sides separated by a comma, "LEFT,RIGHT"; a sides file is read with --side-file (see claimdiff compare --help)`
	if err == nil || err.Error() != want {
		t.Errorf("compare --sides FILE: error %v, want %q", err, want)
	}
}

// TestCompareEventHint: an --event that matches no event names the contested events, whose
// words would (it said only `no event matches "zebra crossing"`).
func TestCompareEventHint(t *testing.T) {
	_, _, err := runCLI(t, "", "compare", "--event", "zebra crossing", compareFixtures)
	want := `no event matches "zebra crossing"; the contested events are "Grand Ethiopian Renaissance Dam reservoir violated the declaration of principles", "port contract", "strike on the Jenin camp" (claimdiff contested lists them)`
	if err == nil || err.Error() != want {
		t.Errorf("compare --event \"zebra crossing\": %v, want %q", err, want)
	}
}

// TestCompareMessages: when an event matches --event's words but lacks one of --sides, the
// message says so (it said the words matched no event), and an event whose statements have
// no side says that (it gave an empty list, "()").
func TestCompareMessages(t *testing.T) {
	tests := []struct {
		args []string
		want string
	}{
		{[]string{"--event", "Jenin strike", "--sides", "Palestine,Egypt"},
			`no event matching "Jenin strike" has statements from Palestine and Egypt; the sides with most statements are Egypt (4), China (3), Ethiopia (3), Mahinda Perera (3), Palestine (3), Israel (2), Japan (1), South Korea (1); the contested events are`},
		{[]string{"--event", "Jenin strike", "--sides", "Palestine,Israel"}, ""},
	}
	for _, tt := range tests {
		_, _, err := runCLI(t, "", append(append([]string{"compare"}, tt.args...), compareFixtures)...)
		if tt.want == "" && err != nil || tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)) {
			t.Errorf("compare %q: error %v, want one starting %q", tt.args, err, tt.want)
		}
	}
	for text, sides := range map[string]string{
		"The mayor said the bridge would reopen in May.\n":                "none of them has a side",
		"Egypt's foreign ministry said the bridge would reopen in May.\n": "only Egypt",
	} {
		doc := filepath.Join(t.TempDir(), "a.txt")
		if err := os.WriteFile(doc, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, err := runCLI(t, "", "compare", "--event", "bridge", doc)
		if want := `event "bridge would reopen" has statements from fewer than two sides (` + sides + `); no event is contested`; err == nil || err.Error() != want {
			t.Errorf("compare --event bridge on %q: error %v, want %q", text, err, want)
		}
	}
}
