package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"unicode"

	"claimdiff/claims"
	"claimdiff/claims/htmltext"
	"claimdiff/report"
)

// maxInputSize is the size of the largest input claimdiff reads. A news article is a few
// kilobytes and a saved web page a few megabytes; anything above this is refused with a
// message before it is read, so a stray dump or log file costs no time and no memory.
const maxInputSize = 32 << 20

// articleExt are the extensions read from directories; a file named explicitly is read
// whatever its extension.
var articleExt = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true}

// isHTMLExt reports whether path names an HTML page by its extension.
func isHTMLExt(path string) bool {
	ext := strings.ToLower(filepath.Ext(path))
	return ext == ".html" || ext == ".htm"
}

// eachDocument reads every input named by args in order and calls fn with each document,
// one at a time: nothing of a document is kept once fn returns, so memory does not grow with
// the number of files. An argument is a file (.txt and .md are text, .html and .htm are HTML
// pages read through package htmltext, any other extension is text unless it sniffs as
// HTML), a directory (searched recursively in lexical order for files with those four
// extensions, skipping hidden entries and not following symbolic links to directories), a
// web page's http:// or https:// URL (fetched; see url), or "-" for standard input (HTML when
// it sniffs so).
//
// An input read already (the same file under another path or through a link, a file of a
// directory named before, the same URL, "-" a second time) is skipped with a note on stderr,
// so that no statement counts twice; so is a markdown report of claimdiff's found in a
// directory (see [ownReport]).
//
// An input that cannot be read or is not an article (missing, unreadable, empty, binary,
// invalid UTF-8, larger than maxInputSize, a directory with no articles, a page that cannot
// be fetched) is reported on
// stderr as "claimdiff: PATH: PROBLEM" and skipped; after all other inputs were processed
// eachDocument returns an error counting them (saying that no input could be read when none could). An error from fn
// stops the run at once.
func eachDocument(args []string, stdin io.Reader, stderr io.Writer, fn func(*claims.Document) error) error {
	return eachPage(args, stdin, stderr, func(doc *claims.Document, _ bool) error { return fn(doc) })
}

// eachPage is eachDocument telling fn whether the document was read from an HTML page, whose
// text, lines and offsets are those of the text extracted from it.
func eachPage(args []string, stdin io.Reader, stderr io.Writer, fn func(doc *claims.Document, page bool) error) error {
	if len(args) == 0 {
		return usagef("no input files (give files, directories, URLs or - for standard input)")
	}
	r := &inputReader{stderr: stderr, fn: fn, limit: maxInputSize}
	for _, arg := range args {
		var err error
		if arg == "-" {
			err = r.stdin(stdin)
		} else {
			err = r.arg(arg)
		}
		if err != nil {
			return err
		}
	}
	if r.failed > 0 {
		return &inputsError{failed: r.failed, done: r.done, unread: r.unread}
	}
	return nil
}

// inputsError is eachDocument's error when inputs could not be read: how many failed, how
// many were processed, and the inputs that failed with what was wrong.
type inputsError struct {
	failed, done int
	unread       []report.Unread
}

func (e *inputsError) Error() string {
	if e.done == 0 {
		return fmt.Sprintf("no input could be read (%d %s)", e.failed, plural(e.failed, "input", "inputs"))
	}
	return fmt.Sprintf("%d of %d inputs could not be processed", e.failed, e.failed+e.done)
}

// noneRead reports whether err is eachDocument's error for a run in which no input was read,
// none being given (a usage error) or none readable: there is nothing to judge, and a
// command says so rather than "no contested claims".
func noneRead(err error) bool {
	var ie *inputsError
	var ue usageErr
	return errors.As(err, &ie) && ie.done == 0 || errors.As(err, &ue)
}

// plural returns one when n is 1, else many.
func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// inputReader reads inputs one at a time, reporting those it cannot read.
type inputReader struct {
	stderr       io.Writer
	fn           func(doc *claims.Document, page bool) error
	limit        int64
	client       *http.Client // fetches web pages; webClient when nil
	failed, done int
	unread       []report.Unread   // the inputs that failed, with what was wrong
	seen         map[string]string // the inputs read, by fileID or URL, to the name first read
}

// stopError carries an error from fn out of filepath.WalkDir.
type stopError struct{ err error }

func (e *stopError) Error() string { return e.err.Error() }

func (r *inputReader) fail(path string, err error) {
	r.failed++
	r.unread = append(r.unread, report.Unread{Name: path, Problem: err.Error()})
	fmt.Fprintf(r.stderr, "claimdiff: %s: %v\n", shownName(path), err)
}

// shownName returns the name of an input as messages write it: "standard input" for "-", as
// the tables and reports name it; quoted, in Go syntax, when it holds a control character (an
// escape sequence would reach the terminal, a line break would start a line that reads as a
// message of its own); else as it is.
func shownName(name string) string {
	if name == "-" {
		return "standard input"
	}
	if strings.ContainsFunc(name, unicode.IsControl) {
		return strconv.Quote(name)
	}
	return name
}

// errorLine returns the message main writes for err: its control characters escaped as in
// Go syntax ("\n", "\x1b"), as shownName quotes an input's name, so that a name in it (a
// sides file's, a report's) can neither recolour the terminal nor start a line of its own.
func errorLine(err error) string {
	msg := err.Error()
	if !strings.ContainsFunc(msg, unicode.IsControl) {
		return msg
	}
	var b strings.Builder
	for _, r := range msg {
		if unicode.IsControl(r) {
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// again reports whether the input identified by id was read already, saying so on stderr;
// else it records that path reads it.
func (r *inputReader) again(path, id string) bool {
	first, ok := r.seen[id]
	switch {
	case ok && path == first:
		fmt.Fprintf(r.stderr, "claimdiff: %s: skipped: read already\n", shownName(path))
	case ok:
		fmt.Fprintf(r.stderr, "claimdiff: %s: skipped: the same file as %s, read already\n", shownName(path), shownName(first))
	default:
		if r.seen == nil {
			r.seen = map[string]string{}
		}
		r.seen[id] = path
	}
	return ok
}

func (r *inputReader) stdin(stdin io.Reader) error {
	if stdin == nil {
		r.fail("-", errors.New("no standard input"))
		return nil
	}
	if r.again("-", "stdin") {
		return nil
	}
	data, err := r.readAll(stdin, -1)
	if err != nil {
		r.fail("-", err)
		return nil
	}
	return r.handle("-", data, htmltext.Sniff(data))
}

func (r *inputReader) arg(path string) error {
	if isURL(path) {
		return r.url(path)
	}
	st, err := os.Stat(path)
	if err != nil {
		r.fail(path, describe(path, err))
		return nil
	}
	if st.IsDir() {
		return r.dir(path)
	}
	return r.file(path, true)
}

// dir reads the articles under root.
func (r *inputReader) dir(root string) error {
	found, failed := 0, r.failed
	walkRoot := root
	if st, err := os.Lstat(root); err == nil && st.Mode()&fs.ModeSymlink != 0 {
		// A link named on the command line is followed: "dir/" makes WalkDir open it.
		walkRoot = root + string(filepath.Separator)
	}
	err := filepath.WalkDir(walkRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			r.fail(p, describe(p, err))
			return nil
		}
		if p != walkRoot && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if d.IsDir() || !articleExt[strings.ToLower(filepath.Ext(p))] {
			return nil
		}
		switch t := d.Type(); {
		case t&fs.ModeSymlink != 0:
			st, err := os.Stat(p)
			if err != nil {
				found++
				r.fail(p, describe(p, err))
				return nil
			}
			if st.IsDir() {
				return nil // symbolic links to directories are not followed
			}
			if !st.Mode().IsRegular() {
				found++
				r.fail(p, fmt.Errorf("symbolic link to a %s, not a regular file", fileKind(st.Mode().Type())))
				return nil
			}
		case t != 0:
			found++
			r.fail(p, fmt.Errorf("not a regular file (%s)", fileKind(t)))
			return nil
		}
		found++
		return r.file(p, false)
	})
	var stop *stopError
	if errors.As(err, &stop) {
		return stop.err
	}
	if err != nil {
		r.fail(root, err)
		return nil
	}
	if found == 0 && r.failed == failed {
		r.fail(root, errors.New("no articles (.txt, .md, .html or .htm files) in directory"))
	}
	return nil
}

// file reads the file path; explicit says whether it was named on the command line.
func (r *inputReader) file(path string, explicit bool) error {
	f, err := os.Open(path)
	if err != nil {
		r.fail(path, describe(path, err))
		return nil
	}
	defer f.Close()
	size := int64(-1)
	st, err := f.Stat()
	if err == nil && r.again(path, fileID(path, st)) {
		return nil
	}
	if err == nil && st.Mode().IsRegular() {
		size = st.Size()
		if size > r.limit {
			r.fail(path, tooLarge(size, r.limit))
			return nil
		}
	} else if err == nil && !explicit {
		r.fail(path, fmt.Errorf("not a regular file (%s)", fileKind(st.Mode().Type())))
		return nil
	}
	data, err := r.readAll(f, size)
	if err != nil {
		r.fail(path, err)
		return nil
	}
	html := isHTMLExt(path)
	ext := strings.ToLower(filepath.Ext(path))
	if !html && ext != ".txt" && ext != ".md" {
		html = htmltext.Sniff(data)
	}
	if !explicit && ext == ".md" && ownReport(data) {
		// A report written into the folder it reports on would be read as an article on the
		// next run, its quotations counted twice against their own sources.
		fmt.Fprintf(r.stderr, "claimdiff: %s: skipped: a claimdiff report, not an article (name the file to read it)\n", shownName(path))
		return nil
	}
	return r.handle(path, data, html)
}

// ownReport reports whether data is a markdown report claimdiff wrote: a heading line, a
// blank line, then the provenance line that `claimdiff report` writes ("Produced by
// `claimdiff report ...`" or "Produced by claimdiff").
func ownReport(data []byte) bool {
	title, rest, ok := bytes.Cut(data, []byte("\n"))
	if !ok || !bytes.HasPrefix(title, []byte("# ")) {
		return false
	}
	rest = bytes.TrimLeft(rest, "\r\n")
	return bytes.HasPrefix(rest, []byte("Produced by `claimdiff report")) || bytes.HasPrefix(rest, []byte("Produced by claimdiff"))
}

// readAll reads src, whose size is known or -1, refusing more than r.limit bytes.
func (r *inputReader) readAll(src io.Reader, size int64) ([]byte, error) {
	var buf bytes.Buffer
	if size >= 0 {
		buf.Grow(int(size) + bytes.MinRead)
	}
	n, err := buf.ReadFrom(io.LimitReader(src, r.limit+1))
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fmt.Errorf("reading: %w", err)
	}
	if n > r.limit {
		return nil, tooLarge(-1, r.limit)
	}
	return buf.Bytes(), nil
}

// handle makes a document of data and passes it to fn.
func (r *inputReader) handle(path string, data []byte, html bool) error {
	var doc *claims.Document
	var err error
	if html {
		doc, err = htmltext.Document(path, data)
	} else {
		doc, err = claims.NewDocument(path, data)
	}
	return r.pass(path, doc, html, err)
}

// pass passes the document doc made of input path, an HTML page or not, to fn, or reports
// err.
func (r *inputReader) pass(path string, doc *claims.Document, page bool, err error) error {
	if err != nil {
		r.fail(path, err)
		return nil
	}
	r.done++
	if err := r.fn(doc, page); err != nil {
		return &stopError{err}
	}
	return nil
}

func tooLarge(size, limit int64) error {
	if size < 0 {
		return fmt.Errorf("too large (more than %d MiB; claimdiff reads articles of up to %d MiB)", limit>>20, limit>>20)
	}
	return fmt.Errorf("too large (%d bytes; claimdiff reads articles of up to %d MiB)", size, limit>>20)
}

// describe says why path could not be opened or found, in words a user reads.
func describe(path string, err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		if st, lerr := os.Lstat(path); lerr == nil && st.Mode()&fs.ModeSymlink != 0 {
			target, _ := os.Readlink(path)
			return fmt.Errorf("broken symbolic link (target %q does not exist)", target)
		}
		return errors.New("no such file or directory" + addressHint(path))
	case errors.Is(err, syscall.ELOOP):
		return errors.New("too many levels of symbolic links (a link loop?)")
	case errors.Is(err, fs.ErrPermission):
		return errors.New("permission denied")
	}
	return unwrapPath(err)
}

// addressHint says what to do with a missing path that looks like a web address: one of a
// scheme claimdiff does not fetch ("ftp://...") or one without a scheme ("www.example.com/x").
// "" for other paths.
func addressHint(path string) string {
	switch {
	case strings.Contains(path, "://"):
		return " (claimdiff fetches http:// and https:// pages only)"
	case strings.HasPrefix(strings.ToLower(path), "www."):
		return " (a web page? give its address with https://)"
	}
	return ""
}

// fileKind names the type of a file that is not a regular file.
func fileKind(m fs.FileMode) string {
	switch {
	case m&fs.ModeNamedPipe != 0:
		return "named pipe"
	case m&fs.ModeSocket != 0:
		return "socket"
	case m&fs.ModeDevice != 0:
		return "device"
	case m&fs.ModeSymlink != 0:
		return "symbolic link"
	case m.IsDir():
		return "directory"
	}
	return "irregular file"
}

// unwrapPath drops the path from a *fs.PathError, since messages name the path already.
func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
