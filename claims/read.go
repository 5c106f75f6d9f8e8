package claims

import (
	"bytes"
	"errors"
	"fmt"
	"unicode/utf8"
)

// Errors [NewDocument] and [CheckText] return for data that is not an article's text. Test
// with errors.Is: the returned errors wrap them and add the byte offset of the problem.
var (
	ErrEmpty       = errors.New("empty file")
	ErrBinary      = errors.New("binary file (contains NUL bytes)")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
)

// CheckText reports whether data can be read as an article's text: it returns an error
// wrapping [ErrEmpty] when data is empty or only white space, [ErrBinary] when it holds a NUL
// byte, and [ErrInvalidUTF8] when it is not valid UTF-8 (or is UTF-16, which it says); the
// last two say at which byte.
func CheckText(data []byte) error {
	if bytes.HasPrefix(data, []byte{0xFF, 0xFE}) || bytes.HasPrefix(data, []byte{0xFE, 0xFF}) {
		return fmt.Errorf("%w: UTF-16 text (it starts with a UTF-16 byte order mark); convert it to UTF-8", ErrInvalidUTF8)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w at byte %d", ErrBinary, i)
	}
	if i := FirstInvalidUTF8(data); i >= 0 {
		if i+1 == len(data) || data[i+1] < utf8.RuneSelf {
			// A lone high byte, as "caf\xe9 au lait": one byte a letter, an 8-bit code page.
			return fmt.Errorf("%w at byte %d (Latin-1 or Windows-1252 text? convert it with iconv -f windows-1252 -t utf-8)", ErrInvalidUTF8, i)
		}
		return fmt.Errorf("%w at byte %d", ErrInvalidUTF8, i)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\ufeff")))) == 0 {
		if len(data) == 0 {
			return ErrEmpty
		}
		return fmt.Errorf("%w (%d bytes of white space only)", ErrEmpty, len(data))
	}
	return nil
}

// NewDocument checks data with [CheckText] and returns it as a document named name, with
// its date, title, place and body offset read from its header (see [Dateline] and
// [ParseDate]); a header that gives no date leaves the date the name holds, if any (see
// [NameDate]). The text is kept byte for byte as given: a byte order mark, CRLF line ends,
// non-breaking spaces and curly quotes all stay, so offsets index the data exactly as read.
func NewDocument(name string, data []byte) (*Document, error) {
	if err := CheckText(data); err != nil {
		return nil, err
	}
	d := &Document{Name: name, Text: string(data)}
	d.readHeader()
	if d.Date == "" {
		d.Date = NameDate(name)
	}
	return d, nil
}

// FirstInvalidUTF8 returns the offset of the first byte of b that is not valid UTF-8, or -1,
// so that an error can say where a file or a line stops being text.
func FirstInvalidUTF8(b []byte) int {
	if utf8.Valid(b) {
		return -1
	}
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n == 1 {
			return i
		}
		i += n
	}
	return -1
}
