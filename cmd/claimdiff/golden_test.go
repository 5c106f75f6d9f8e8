package main

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// update rewrites the golden files of package main's tests: go test ./cmd/claimdiff -update.
// Every golden test of the package shares it (a flag can be defined once).
var update = flag.Bool("update", false, "rewrite the golden files in ../../testdata/golden")

// goldenDir is absolute, so tests that change directory (t.Chdir) still find it.
var goldenDir, _ = filepath.Abs(filepath.Join("..", "..", "testdata", "golden"))

// golden compares got with the file ../../testdata/golden/NAME, or rewrites the file with
// -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join(goldenDir, name)
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
		t.Fatalf("reading golden file (rewrite it with go test -update): %v", err)
	}
	if got != string(want) {
		g, w := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		i := 0
		for i < len(g) && i < len(w) && g[i] == w[i] {
			i++
		}
		line := func(l []string) string {
			if i < len(l) {
				return l[i]
			}
			return "(end of output)"
		}
		t.Errorf("output differs from %s from line %d (make golden rewrites it if the change is right)\ngot:  %q\nwant: %q", path, i+1, line(g), line(w))
	}
}
