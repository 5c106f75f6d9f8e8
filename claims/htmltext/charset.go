package htmltext

import (
	"bytes"
	"unicode/utf8"
)

// win1252 maps the bytes 0x80 to 0x9F of Windows-1252 to runes; the other bytes above 0x7F
// are the Latin-1 code points of the same value. Undefined bytes map to U+FFFD.
var win1252 = [32]rune{
	'€', '\ufffd', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\ufffd', 'Ž', '\ufffd',
	'\ufffd', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\ufffd', 'ž', 'Ÿ',
}

// declaredCharset returns the lower-cased charset a page declares in its first 1024 bytes
// (<meta charset="..."> or <meta http-equiv="Content-Type" content="...; charset=...">), or "".
func declaredCharset(data []byte) string {
	head := bytes.ToLower(data[:min(len(data), 1024)])
	i := bytes.Index(head, []byte("charset="))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(head[i+len("charset="):], `"' `)
	n := 0
	for n < len(rest) && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] >= '0' && rest[n] <= '9' || rest[n] == '-' || rest[n] == '_') {
		n++
	}
	return string(rest[:n])
}

// isLatin reports whether charset names Windows-1252 or one of the labels the WHATWG
// Encoding Standard maps to it (ISO-8859-1, Latin-1, US-ASCII among them).
func isLatin(charset string) bool {
	switch charset {
	case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "iso_8859-1", "latin1",
		"l1", "iso-ir-100", "ibm819", "cp819", "csisolatin1", "us-ascii", "ascii", "ansi_x3.4-1968":
		return true
	}
	return false
}

// fromWindows1252 decodes data from Windows-1252 to UTF-8.
func fromWindows1252(data []byte) []byte {
	out := make([]byte, 0, len(data)+len(data)/8)
	for _, b := range data {
		switch {
		case b < 0x80:
			out = append(out, b)
		case b < 0xA0:
			out = utf8.AppendRune(out, win1252[b-0x80])
		default:
			out = utf8.AppendRune(out, rune(b))
		}
	}
	return out
}
