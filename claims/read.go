package claims

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Errors [NewDocument] returns for text that is not an article. Test with errors.Is.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// NewDocument checks that data is text and returns it as a document named name, with its
// date, place and title read from its header. It returns [ErrEmpty] for empty or blank data,
// [ErrBinary] for data holding NUL bytes and [ErrInvalidUTF8] (with the byte offset) for data
// that is not UTF-8. The text is kept byte for byte as given.
func NewDocument(name string, data []byte) (*Document, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return nil, fmt.Errorf("%w at byte %d", ErrBinary, i)
	}
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%w at byte %d", ErrInvalidUTF8, firstInvalid(data))
	}
	d := &Document{Name: name, Text: string(data)}
	d.readHeader()
	return d, nil
}

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
