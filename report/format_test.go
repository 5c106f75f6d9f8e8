package report

import "testing"

// TestParseFormat: format names are read in any case, as --format takes them; others are errors.
func TestParseFormat(t *testing.T) {
	for s, want := range map[string]Format{"table": Table, "Markdown": Markdown, "JSONL": JSONL, " jsonl": JSONL} {
		if f, err := ParseFormat(s); f != want || err != nil {
			t.Errorf("ParseFormat(%q) = %v, %v; want %v", s, f, err, want)
		}
	}
	if _, err := ParseFormat("xml"); err == nil {
		t.Errorf(`ParseFormat("xml"): no error`)
	}
}
