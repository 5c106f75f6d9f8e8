package compare

import (
	"strings"
	"testing"
)

func TestWordDiff(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       []DiffOp
	}{
		{"equal", "the call was short", "the call was short", []DiffOp{{Equal, "the call was short"}}},
		{"empty", "", "", nil},
		{"insert all", "", "new words", []DiffOp{{Insert, "new words"}}},
		{"one word", "the call covered terrorists", "the call covered congratulations",
			[]DiffOp{{Equal, "the call covered "}, {Delete, "terrorists"}, {Insert, "congratulations"}}},
		{"words not letters", "they discussed trade", "they dismissed trade",
			[]DiffOp{{Equal, "they "}, {Delete, "discussed"}, {Insert, "dismissed"}, {Equal, " trade"}}},
		{"number", "killed 12 people", "killed 30 people",
			[]DiffOp{{Equal, "killed "}, {Delete, "12"}, {Insert, "30"}, {Equal, " people"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := WordDiff(tt.a, tt.b)
			if !equalOps(got, tt.want) {
				t.Errorf("WordDiff(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
			}
		})
	}
}

func TestWordDiffManyWords(t *testing.T) {
	// More distinct words than the Basic Multilingual Plane has below the surrogates.
	var a, b strings.Builder
	for i := range 60000 {
		a.WriteString("w")
		a.WriteString(strings.Repeat("x", i%7))
		a.WriteString(string(rune('a'+i%26)) + string(rune('a'+i/26%26)) + string(rune('a'+i/676%26)) + " ")
	}
	b.WriteString(a.String())
	b.WriteString("tail")
	checkRoundTrip(t, a.String(), b.String())
}

func equalOps(a, b []DiffOp) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func checkRoundTrip(t *testing.T, a, b string) {
	t.Helper()
	ops := WordDiff(a, b)
	var left, right strings.Builder
	for i, op := range ops {
		if op.Text == "" {
			t.Fatalf("WordDiff(%q, %q): empty run %d", a, b, i)
		}
		if i > 0 && ops[i-1].Op == op.Op {
			t.Fatalf("WordDiff(%q, %q): runs %d and %d not merged", a, b, i-1, i)
		}
		if op.Op != Insert {
			left.WriteString(op.Text)
		}
		if op.Op != Delete {
			right.WriteString(op.Text)
		}
	}
	if left.String() != a || right.String() != b {
		t.Fatalf("WordDiff(%q, %q) does not round trip: left %q, right %q", a, b, left.String(), right.String())
	}
}

func FuzzWordDiff(f *testing.F) {
	f.Add("the call was limited to congratulations", "the call covered Pakistan-based terrorists")
	f.Add("“We know,” he said.", "We know, he said")
	f.Add("a\xffb", "a b\u00a0c")
	f.Add("", "x")
	f.Fuzz(func(t *testing.T, a, b string) {
		checkRoundTrip(t, a, b)
		if d := WordDiff(a, b); len(d) > 0 && a == b && (len(d) != 1 || d[0].Op != Equal) {
			t.Fatalf("WordDiff(%q, %q) = %v, want one equal run", a, b, d)
		}
	})
}
