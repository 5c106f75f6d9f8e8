package report

import (
	"io"

	"golang.org/x/term"
)

// DefaultWidth is the width of terminal tables when [Options.Width] is zero: the width of a
// terminal when the output is not one.
const DefaultWidth = 80

// MinWidth is the narrowest a terminal table is laid out: a smaller [Options.Width] (COLUMNS=20)
// is taken as MinWidth, and the lines run past the screen, rather than give every cell a column
// or two and cut every word.
const MinWidth = 40

// minColumn is the narrowest a table column gets, however little room there is.
const minColumn = 6

// Options says how to render. The command fills it from its flags, the environment (COLUMNS)
// and the terminal ([TerminalWidth]); the library never reads them itself.
type Options struct {
	// Format is the output format of [NewClaimsWriter], [Contested] and [Comparison].
	Format Format
	// Width is the number of columns a terminal table may take, borders included;
	// 0 means [DefaultWidth], and less than [MinWidth] is taken as MinWidth. Tables narrower
	// than Width are not stretched.
	Width int
	// Color paints word diffs in terminal tables red and green. The command sets it only
	// when the output is a terminal and NO_COLOR is unset; markdown and JSON Lines never
	// carry colour.
	Color bool
}

// width returns the columns a terminal table is laid out to: Width, DefaultWidth for 0, at
// least MinWidth.
func (o Options) width() int {
	if o.Width <= 0 {
		return DefaultWidth
	}
	return max(o.Width, MinWidth)
}

// TerminalWidth returns the width in columns of the terminal w writes to, or 0 when w is not
// a terminal (a file, a pipe, a buffer).
func TerminalWidth(w io.Writer) int {
	f, ok := w.(interface{ Fd() uintptr })
	if !ok {
		return 0
	}
	fd := int(f.Fd())
	if !term.IsTerminal(fd) {
		return 0
	}
	width, _, err := term.GetSize(fd)
	if err != nil || width <= 0 {
		return 0
	}
	return width
}
