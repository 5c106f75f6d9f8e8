package report

import (
	"io"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/olekukonko/tablewriter"
	"github.com/olekukonko/tablewriter/pkg/twwidth"
	"github.com/olekukonko/tablewriter/tw"
)

// narrow measures East Asian ambiguous characters (…, ’, box drawing) as one column, as
// modern terminals draw them, whatever the locale says: the same text gives the same table
// everywhere.
var narrow = twwidth.Options{EastAsianWidth: false}

// displayWidth returns the number of terminal columns s takes: wide (CJK) characters take
// two, combining marks none.
func displayWidth(s string) int { return twwidth.WidthWithOptions(s, narrow) }

// sanitize makes untrusted text safe and plain for a terminal: line breaks become "\n", tabs
// become spaces, and other control characters (which could move the cursor or recolour the
// terminal) become U+FFFD.
func sanitize(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 && r != '\n' || 0x7f <= r && r < 0xa0 || r == '\u2028' || r == '\u2029' {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				n = 2
			}
			b.WriteByte('\n')
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
		case r == '\t':
			b.WriteByte(' ')
		case r < 0x20 && r != '\n' || 0x7f <= r && r < 0xa0:
			b.WriteRune(utf8.RuneError)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// wrap breaks s into lines of at most width columns, at spaces when it can and inside words
// longer than a line otherwise, never between a character and the combining marks after it.
// Line breaks in s are kept; runs of spaces become one.
func wrap(s string, width int) []string {
	if width < 1 {
		width = 1
	}
	var lines []string
	for _, para := range strings.Split(s, "\n") {
		line, lineW := "", 0
		for _, word := range strings.Fields(para) {
			ww := displayWidth(word)
			switch {
			case line == "":
			case lineW+1+ww <= width:
				line += " " + word
				lineW += 1 + ww
				continue
			default:
				lines = append(lines, line)
			}
			line, lineW = word, ww
			for lineW > width {
				head, rest := cut(line, width)
				if rest == "" {
					break // one character wider than the line
				}
				lines = append(lines, head)
				line, lineW = rest, displayWidth(rest)
			}
		}
		lines = append(lines, line)
	}
	return lines
}

// cut splits s after at most width columns, keeping at least one character in the head,
// combining marks with the character they follow and ANSI colour sequences whole. It breaks
// after a "/", "-", "_", ":" or "." when one falls in the second half of the line, so paths
// break between their parts, after the last "/" there when there is one.
func cut(s string, width int) (head, rest string) {
	w, soft := 0, -1
	for i := 0; i < len(s); {
		if s[i] == 0x1b {
			if j := strings.IndexByte(s[i:], 'm'); j >= 0 {
				i += j + 1
				continue
			}
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		rw := displayWidth(string(r))
		if rw > 0 && w+rw > width && i > 0 {
			if soft > 0 {
				return s[:soft], s[soft:]
			}
			return s[:i], s[i:]
		}
		w += rw
		i += n
		if r == '/' && 2*w >= width || strings.ContainsRune("-_:.", r) && 2*w >= width && (soft < 0 || s[soft-1] != '/') {
			soft = i
		}
	}
	return s, ""
}

// columnWidths shares out total columns of text (borders and padding taken off already)
// among columns whose widest cells take natural columns. Columns of weight 0 (numbers,
// verdicts) get what they need first, up to a quarter of the total; then columns that need
// less than their share get what they need, and the rest share what is left in proportion to
// weight, with at least minColumn each.
func columnWidths(natural, weight []int, total int) []int {
	n := len(natural)
	out := make([]int, n)
	sum := 0
	for _, w := range natural {
		sum += w
	}
	if sum <= total {
		copy(out, natural)
		return out
	}
	left := total
	for i := range n {
		if weight[i] == 0 {
			out[i] = max(min(natural[i], total/4), 1)
			left -= out[i]
		}
	}
	open := make([]bool, n)
	for i := range open {
		open[i] = weight[i] > 0
	}
	for {
		wsum := 0
		for i := range n {
			if open[i] {
				wsum += weight[i]
			}
		}
		if wsum == 0 {
			break
		}
		fixed := false
		for i := range n {
			if open[i] && natural[i] <= left*weight[i]/wsum {
				out[i], open[i] = natural[i], false
				left -= natural[i]
				fixed = true
			}
		}
		if fixed {
			continue
		}
		// Every open column gets minColumn, and what is left above that by weight.
		k := 0
		for i := range n {
			if open[i] {
				k++
			}
		}
		extra, last, given := max(left-k*minColumn, 0), -1, 0
		for i := range n {
			if open[i] {
				out[i] = minColumn + extra*weight[i]/wsum
				given += out[i]
				last = i
			}
		}
		if last >= 0 && given < left {
			out[last] += left - given
		}
		break
	}
	// The minimum widths may overshoot a narrow table: take from the widest columns.
	sum = 0
	for _, w := range out {
		sum += w
	}
	for sum > total {
		widest := 0
		for i := range out {
			if out[i] > out[widest] {
				widest = i
			}
		}
		if out[widest] <= 1 {
			break
		}
		out[widest]--
		sum--
	}
	return out
}

// longestPiece returns the display width of the longest piece of s that [wrap] would rather
// not cut: a word, or a part of a path between slashes ("002_46a9107189a8233f.txt:9").
func longestPiece(s string) int {
	most := 0
	for _, word := range strings.Fields(s) {
		for _, part := range strings.SplitAfter(word, "/") {
			most = max(most, displayWidth(part))
		}
	}
	return most
}

// fitPieces widens the columns narrower than their longest piece (least) so that no word or
// file name is cut in two, taking the columns from those with the most room to spare above
// their own longest piece. A column whose longest piece is wider than limit stays as it is:
// it would be cut all the same.
func fitPieces(widths, least []int, limit int) []int {
	out := slices.Clone(widths)
	for i := range out {
		if least[i] > limit {
			continue // it would be cut all the same
		}
		widen(out, i, least[i], func(j int) int { return out[j] - max(min(least[j], limit), minColumn) })
	}
	return out
}

// widen widens column i of widths to want, a unit at a time, from the column with the most
// room to spare (room(j), what it has above what it needs), until none has any.
func widen(widths []int, i, want int, room func(j int) int) {
	for widths[i] < want {
		donor, spare := -1, 0
		for j := range widths {
			if s := room(j); j != i && s > spare {
				donor, spare = j, s
			}
		}
		if donor < 0 {
			return
		}
		widths[donor]--
		widths[i]++
	}
}

// fitHeaders widens the columns narrower than the longest word of their header, so a narrow
// table reads "Statement" rather than "Stateme" over "nt", taking the columns from those with
// the most room to spare above their own header word. Cells pay for it: a cell's word can be
// cut where a header's cannot without losing what the column holds.
func fitHeaders(widths []int, header []string) []int {
	out := slices.Clone(widths)
	least := make([]int, len(header))
	for i, h := range header {
		least[i] = longestPiece(h)
	}
	for i := range out {
		widen(out, i, least[i], func(j int) int { return out[j] - least[j] })
	}
	return out
}

// textTable is a terminal table: it wraps every cell to the width of its column so the whole
// table fits opts.Width, then draws it with tablewriter.
type textTable struct {
	header []string
	weight []int
	rows   [][]string
}

// append adds a row of untrusted text. Soft hyphens are left out: the width library counts
// them as no column where terminals draw one, which pushed a row's border past the table's.
func (t *textTable) append(cells ...string) {
	for i := range cells {
		cells[i] = strings.ReplaceAll(sanitize(cells[i]), "\u00ad", "")
	}
	t.rows = append(t.rows, cells)
}

// render writes the table to w, wrapped to width columns.
func (t *textTable) render(w io.Writer, width int) error {
	n := len(t.header)
	natural := make([]int, n)
	for _, row := range append([][]string{t.header}, t.rows...) {
		for i, c := range row {
			for _, line := range strings.Split(c, "\n") {
				natural[i] = max(natural[i], displayWidth(strings.Join(strings.Fields(line), " ")))
			}
		}
	}
	// "│ a │ b │": one border per column plus one, and a space each side of every cell.
	total := width - (3*n + 1)
	widths := columnWidths(natural, t.weight, total)
	least := make([]int, n)
	for _, row := range t.rows {
		for i, c := range row {
			least[i] = max(least[i], longestPiece(c))
		}
	}
	widths = fitPieces(widths, least, total/3)
	widths = fitHeaders(widths, t.header)
	tb := tablewriter.NewTable(w,
		tablewriter.WithEastAsian(tw.Off),
		tablewriter.WithHeaderAutoFormat(tw.Off),
		tablewriter.WithHeaderAlignment(tw.AlignLeft),
		tablewriter.WithRowAlignment(tw.AlignLeft),
		tablewriter.WithHeaderAutoWrap(tw.WrapNone),
		tablewriter.WithRowAutoWrap(tw.WrapNone),
		tablewriter.WithTrimSpace(tw.Off),
	)
	hdr := make([]any, n)
	for i, h := range t.header {
		hdr[i] = strings.Join(wrap(h, widths[i]), "\n")
	}
	tb.Header(hdr...)
	for _, row := range t.rows {
		cells := make([]string, n)
		for i := range n {
			if i < len(row) {
				lines := wrap(row[i], widths[i])
				for j := 1; j < len(lines); j++ {
					if lines[j] == "" {
						// tablewriter drops a line blank in every column; a no-break space
						// keeps the paragraph break of a multi-paragraph quotation.
						lines[j] = "\u00a0"
					}
				}
				cells[i] = strings.Join(lines, "\n")
			}
		}
		if err := tb.Append(cells); err != nil {
			return err
		}
	}
	return tb.Render()
}
