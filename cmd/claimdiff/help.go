package main

import (
	"bytes"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/urfave/cli/v2"
)

// helpWidth is the width help texts are wrapped to: an 80-column terminal.
const helpWidth = 80

func init() {
	cli.HelpPrinter = printHelp
	refillDescriptions(commands)
	quietSwitches(commands)
}

// quietSwitches drops the "(default: false)" urfave/cli writes after every switch of cmds
// and their commands in help: a switch is off unless given.
func quietSwitches(cmds []*cli.Command) {
	for _, cmd := range cmds {
		for _, f := range cmd.Flags {
			if b, ok := f.(*cli.BoolFlag); ok {
				b.DisableDefaultText = true
			}
		}
		quietSwitches(cmd.Subcommands)
	}
}

// refillDescriptions joins the lines of each paragraph of the descriptions of cmds and their
// commands into one line, for printHelp to wrap to the screen: the sources wrap them at
// about 90 columns, which an 80-column screen would break into a long line and a short one.
func refillDescriptions(cmds []*cli.Command) {
	for _, cmd := range cmds {
		cmd.Description = refill(cmd.Description)
		refillDescriptions(cmd.Subcommands)
	}
}

// refill joins each line of s to the line before it unless either is blank or it is indented
// (an example).
func refill(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for i, line := range lines {
		if i > 0 && line != "" && line[0] != ' ' && out[len(out)-1] != "" && out[len(out)-1][0] != ' ' {
			out[len(out)-1] += " " + line
			continue
		}
		out = append(out, line)
	}
	return strings.Join(out, "\n")
}

// printHelp writes a help text as urfave/cli does, its long lines wrapped to helpWidth
// columns (urfave/cli wraps none: a description or an option's meaning ran to 140 columns).
func printHelp(w io.Writer, templ string, data any) {
	var b bytes.Buffer
	cli.HelpPrinterCustom(&b, templ, data, nil)
	for _, line := range strings.SplitAfter(b.String(), "\n") {
		io.WriteString(w, wrapHelpLine(line, helpWidth))
	}
}

// wrapHelpLine wraps a line of help text (with its "\n", if any) to width columns at spaces.
// A line whose text follows a column of names ("   --format FORMAT, -f FORMAT  output ...")
// continues under that text, when it leaves room for it, else under the names indented;
// other lines continue under their own indentation. A word too long for any line runs past
// width.
func wrapHelpLine(line string, width int) string {
	text, nl := strings.CutSuffix(line, "\n")
	if utf8.RuneCountInString(text) <= width {
		return line
	}
	indent := len(text) - len(strings.TrimLeft(text, " "))
	head, body := text[:indent], text[indent:]
	if i := strings.Index(body, "  "); i > 0 {
		j := i + len(body[i:]) - len(strings.TrimLeft(body[i:], " "))
		head, body = text[:indent+j], body[j:]
	}
	hang := utf8.RuneCountInString(head)
	if hang > width-30 {
		hang = indent + 4
	}
	var out strings.Builder
	out.WriteString(head)
	col := utf8.RuneCountInString(head)
	for k, word := range strings.Fields(body) {
		n := utf8.RuneCountInString(word)
		switch {
		case k == 0 && (col+n <= width || col <= hang):
			// The first word, on the line's own start: a break would give it no more room.
		case col+1+n <= width:
			out.WriteByte(' ')
			col++
		default:
			out.WriteString("\n" + strings.Repeat(" ", hang))
			col = hang
		}
		out.WriteString(word)
		col += n
	}
	if nl {
		out.WriteByte('\n')
	}
	return out.String()
}
