package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/urfave/cli/v2"

	"claimdiff/claims"
	"claimdiff/compare"
	"claimdiff/report"
)

var reportCommand = &cli.Command{
	Name:  "report",
	Usage: "write a markdown report: sources, contested claims side by side, timeline, every statement by actor",
	Description: `Writes a GitHub-flavoured markdown report of the articles: their sources, a summary of the
sides and their most quoted actors, each contested event with the sides' statements side by
side, the word diff of aligned statements and every statement verbatim with file:line, a
timeline of each contested event, and an appendix of every statement grouped by actor.

With -o the report is written atomically (a temporary file in the same directory, then a
rename), and an existing file is only replaced with --force, and never an input; "-o -" is
standard output. When an input cannot be read, the report covers the
others, names it under "Incomplete" at its top and in its Sources, and claimdiff exits with
status 1; when none can be read, no report is written.`,
	ArgsUsage: "FILES...",
	Flags: []cli.Flag{
		&cli.StringFlag{Name: "output", Aliases: []string{"o"}, Usage: "write the report to `FILE` instead of standard output (- for standard output)"},
		&cli.BoolFlag{Name: "force", Usage: "replace the file named by -o if it exists"},
		&cli.StringFlag{Name: "title", Value: defaultTitle, Usage: "the report's `TITLE`"},
		sidesFileFlag,
		sideFlag,
	},
	Action: reportAction,
}

// defaultTitle is the title of a report without --title.
const defaultTitle = "Claims report"

func reportAction(c *cli.Context) error {
	if strings.TrimSpace(c.String("title")) == "" {
		return usagef("--title %q: the report needs a title (the default is %q)", c.String("title"), defaultTitle)
	}
	out, force := c.String("output"), c.Bool("force")
	if force && !c.IsSet("output") {
		return usagef("--force goes with -o FILE")
	}
	if out == "-" {
		out = "" // "-o -": standard output
	}
	if out != "" {
		// Say now, not after reading every input, why the report could not be written.
		if err := checkOutput(out, force); err != nil {
			return err
		}
	}
	defs, err := loadSides(c.String("sides"), c.StringSlice("side"))
	if err != nil {
		return err
	}
	// --force replaces an old report, never an article the report is made of.
	var outSt fs.FileInfo
	if out != "" && force {
		outSt, _ = os.Stat(out)
	}
	clobbered := ""
	corpus := compare.NewCorpus(compare.Options{Sides: defs})
	cmd, more := reportCommandLine(c)
	d := report.Data{Title: c.String("title"), Command: cmd, MoreInputs: more, Version: c.App.Version}
	err = eachPage(c.Args().Slice(), c.App.Reader, c.App.ErrWriter, func(doc *claims.Document, page bool) error {
		if outSt != nil && clobbered == "" {
			if st, err := os.Stat(doc.Name); err == nil && os.SameFile(st, outSt) {
				clobbered = doc.Name
			}
		}
		cs := claims.Extract(doc)
		corpus.Add(doc, cs)
		src := report.SourceOf(doc, len(cs))
		src.Page = page
		d.Sources = append(d.Sources, src)
		return nil
	})
	// Inputs that could not be read are named in the report, which covers the others, and
	// the run still fails; with none read there is nothing to report.
	var ie *inputsError
	if err != nil && (!errors.As(err, &ie) || ie.done == 0) {
		return fmt.Errorf("%w; no report written", err)
	}
	if clobbered != "" {
		return fmt.Errorf("-o %s: the same file as the input %s; --force does not replace an article the report reads, give the report another name; no report written", out, shownName(clobbered))
	}
	if ie != nil {
		d.Unread = ie.unread
	}
	fillFromCorpus(&d, corpus)
	if out == "" {
		err = report.Write(c.App.Writer, d)
	} else {
		err = writeAtomic(out, force, func(w io.Writer) error { return report.Write(w, d) })
	}
	if err == nil && ie != nil {
		return fmt.Errorf("%w; the report covers the %s read and names the %s not", ie, plural(ie.done, "one", "others"), plural(ie.failed, "one", "ones"))
	}
	return err
}

// fillFromCorpus puts in d what the corpus finds: every statement with its actor and side,
// the contested events, and for each the comparison of its first two sides.
func fillFromCorpus(d *report.Data, corpus *compare.Corpus) {
	d.Statements = corpus.Statements()
	d.Contested = corpus.Contested()
	for _, con := range d.Contested {
		if len(con.Sides) < 2 {
			continue
		}
		cmp, err := corpus.Compare(compare.CompareOptions{Event: con.Event.Label, Sides: []string{con.Sides[0].Side, con.Sides[1].Side}})
		// Compare picks the event by its label's words; keep it only if it is this one.
		if err == nil && cmp.Event.ID == con.Event.ID {
			d.Comparisons = append(d.Comparisons, cmp)
		}
	}
}

// shownInputs is how many inputs a report's header names: a glob of FNC-1's 1,683 bodies
// made its first paragraph 33 KB. The Sources table lists every document.
const shownInputs = 10

// reportCommandLine returns the command line that produced a report, for its header: the
// flags that change its content and the inputs, not where it was written; and how many
// inputs past the first shownInputs it leaves out.
func reportCommandLine(c *cli.Context) (string, int) {
	parts := []string{"claimdiff", "report"}
	if c.IsSet("title") {
		parts = append(parts, "--title", shellQuote(c.String("title")))
	}
	if c.IsSet("sides") {
		parts = append(parts, "--sides", shellQuote(c.String("sides")))
	}
	for _, s := range c.StringSlice("side") {
		parts = append(parts, "--side", shellQuote(s))
	}
	args := c.Args().Slice()
	for _, a := range args[:min(len(args), shownInputs)] {
		parts = append(parts, shellQuote(a))
	}
	more := max(len(args)-shownInputs, 0)
	if more > 0 {
		parts = append(parts, "…")
	}
	return strings.Join(parts, " "), more
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && strings.IndexFunc(s, func(r rune) bool {
		return !(r == '/' || r == '.' || r == '-' || r == '_' || r == ':' || r == '=' || r == ',' || r == '+' ||
			'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9')
	}) < 0 {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// refuseExisting returns an error when path exists: -o never replaces a file without --force.
func refuseExisting(path string) error {
	if _, err := os.Lstat(path); err == nil {
		return fmt.Errorf("%s exists; use --force to replace it", path)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return fmt.Errorf("checking %s: %w", path, err)
	}
	return nil
}

// checkOutput returns why a report could not be written at path, if it can tell beforehand: a
// directory is there, a file is there and force is not given, or the directory to write in is
// missing or not a directory.
func checkOutput(path string, force bool) error {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return fmt.Errorf("-o %s: is a directory; give the report's file name", path)
	}
	dir := filepath.Dir(path)
	st, err := os.Stat(dir)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("-o %s: directory %s does not exist", path, dir)
	case err != nil:
		return fmt.Errorf("-o %s: directory %s: %v", path, dir, describe(dir, err))
	case !st.IsDir():
		return fmt.Errorf("-o %s: %s is not a directory", path, dir)
	case !force:
		return refuseExisting(path)
	}
	return nil
}

// writeAtomic writes a file at path through write: into a temporary file in the same
// directory, renamed over path only once complete, so a failed run never leaves half a file.
// Without force it refuses to replace an existing file.
func writeAtomic(path string, force bool, write func(io.Writer) error) (err error) {
	dir := filepath.Dir(path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(path)+".tmp-*")
	if err != nil {
		// The temporary file's name means nothing to the user: name the directory.
		return fmt.Errorf("writing %s: cannot create a file in %s: %v", path, dir, describe(dir, err))
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := write(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	if !force {
		// Link fails if path exists, so a file created meanwhile is never replaced.
		if err := os.Link(tmp.Name(), path); err == nil {
			os.Remove(tmp.Name())
			return nil
		} else if errors.Is(err, fs.ErrExist) {
			return fmt.Errorf("%s exists; use --force to replace it", path)
		}
		if err := refuseExisting(path); err != nil {
			return err
		}
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	return nil
}

// renderOptions returns the rendering options for format: the width of terminal tables from
// COLUMNS, else from the terminal standard output is, else report.DefaultWidth; colour only
// on a terminal and when NO_COLOR is unset or empty (https://no-color.org).
func renderOptions(c *cli.Context, format report.Format) report.Options {
	return optionsFor(format, report.TerminalWidth(c.App.Writer), os.Getenv)
}

// optionsFor is renderOptions for an output terminal term columns wide (0 when it is not a
// terminal) and an environment read by getenv.
func optionsFor(format report.Format, term int, getenv func(string) string) report.Options {
	opts := report.Options{Format: format, Width: term}
	if n, err := strconv.Atoi(getenv("COLUMNS")); err == nil && n > 0 {
		opts.Width = n
	}
	opts.Color = term > 0 && getenv("NO_COLOR") == ""
	return opts
}
