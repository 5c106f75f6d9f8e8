package claims

import (
	"errors"
	"strings"
	"testing"
)

func TestNewDocumentErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
		msg  string // the error message, when it matters
	}{
		{name: "empty", data: "", want: ErrEmpty, msg: "empty file"},
		{name: "blank", data: " \r\n\t\n", want: ErrEmpty, msg: "empty file (5 bytes of white space only)"},
		{name: "bom only", data: "\ufeff\n", want: ErrEmpty},
		{name: "nul", data: "Hello world\x00 more", want: ErrBinary, msg: "binary file (contains NUL bytes) at byte 11"},
		{name: "all nul", data: "\x00\x00\x00", want: ErrBinary},
		{name: "latin1", data: "caf\xe9 au lait", want: ErrInvalidUTF8, msg: "invalid UTF-8 at byte 3 (Latin-1 or Windows-1252 text? convert it with iconv -f windows-1252 -t utf-8)"},
		{name: "truncated rune", data: "quote \xe2\x80", want: ErrInvalidUTF8, msg: "invalid UTF-8 at byte 6"},
		{name: "utf16le", data: "\xff\xfeH\x00i\x00", want: ErrInvalidUTF8, msg: "invalid UTF-8: UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8"},
		{name: "utf16be", data: "\xfe\xff\x00H", want: ErrInvalidUTF8},
		{name: "surrogate", data: "x \xed\xa0\x80 y", want: ErrInvalidUTF8, msg: "invalid UTF-8 at byte 2"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := NewDocument("x.txt", []byte(tt.data))
			if !errors.Is(err, tt.want) || d != nil {
				t.Fatalf("NewDocument(%q) = %v, %v, want nil, %v", tt.data, d, err, tt.want)
			}
			if tt.msg != "" && err.Error() != tt.msg {
				t.Errorf("NewDocument(%q) error %q, want %q", tt.data, err, tt.msg)
			}
		})
	}
}

// TestNewDocumentKeepsBytes checks that text is never normalised: BOM, CRLF, NBSP and curly
// quotes stay, so offsets index the data as read.
func TestNewDocumentKeepsBytes(t *testing.T) {
	data := "\ufeffdate 2018-09-01\r\n\r\nISLAMABAD\u00a0- Qureshi said: \u201cIt is \u2018contrary to the facts\u2019.\u201d\r\n"
	d, err := NewDocument("a.txt", []byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if d.Text != data || d.Name != "a.txt" {
		t.Errorf("NewDocument changed the text: %q, want %q", d.Text, data)
	}
	if d.Date != "2018-09-01" || d.Place != "ISLAMABAD" {
		t.Errorf("NewDocument: date %q, place %q, want 2018-09-01, ISLAMABAD", d.Date, d.Place)
	}
	if !strings.HasPrefix(d.Text[d.Body:], "Qureshi said") {
		t.Errorf("NewDocument: body at %d (%.20q), want it at \"Qureshi said\"", d.Body, d.Text[d.Body:])
	}
}

func FuzzNewDocument(f *testing.F) {
	for _, s := range []string{"", "x", "\x00", "caf\xe9", " date 2022-05 Text", "Title: a\r\n\r\nLONDON, Nov 3 — b"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := NewDocument("f", data)
		if err != nil {
			if d != nil {
				t.Fatalf("NewDocument(%q) returned a document with error %v", data, err)
			}
			if !errors.Is(err, ErrEmpty) && !errors.Is(err, ErrBinary) && !errors.Is(err, ErrInvalidUTF8) {
				t.Fatalf("NewDocument(%q): unexpected error %v", data, err)
			}
			return
		}
		if d.Text != string(data) {
			t.Fatalf("NewDocument(%q) changed the text to %q", data, d.Text)
		}
		if d.Body < 0 || d.Body > len(d.Text) {
			t.Fatalf("NewDocument(%q): Body %d outside the text", data, d.Body)
		}
	})
}

// BenchmarkNewDocument checks and reads the header of a 100 KB article.
func BenchmarkNewDocument(b *testing.B) {
	data := []byte(" date 2025-08-06 ISLAMABAD - " + strings.Repeat("The minister said the talks were \u201cproductive\u201d.\n\n", 2000))
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := NewDocument("bench.txt", data); err != nil {
			b.Fatal(err)
		}
	}
}
