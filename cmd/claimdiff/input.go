package main

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"claimdiff/claims"
)

// articleExt are the extensions read from directories.
var articleExt = map[string]bool{".txt": true, ".md": true, ".html": true, ".htm": true}

// inputError records that one input could not be read; the run goes on with the others.
type inputError struct {
	path string
	err  error
}

func (e *inputError) Error() string { return fmt.Sprintf("%s: %v", e.path, e.err) }

// eachDocument reads every input named by args in order (files, directories searched
// recursively, "-" for stdin) and calls fn with each document, one at a time, so memory does
// not grow with the number of files. Inputs that cannot be read are reported on stderr and
// skipped; eachDocument then returns an error counting them after all others were processed.
func eachDocument(args []string, stdin io.Reader, stderr io.Writer, fn func(*claims.Document) error) error {
	if len(args) == 0 {
		return fmt.Errorf("no input files (give files, directories or - for standard input)")
	}
	failed := 0
	report := func(path string, err error) {
		failed++
		fmt.Fprintf(stderr, "claimdiff: %s: %v\n", path, err)
	}
	handle := func(path string, data []byte) error {
		doc, err := claims.NewDocument(path, data)
		if err != nil {
			report(path, err)
			return nil
		}
		return fn(doc)
	}
	for _, arg := range args {
		if arg == "-" {
			data, err := io.ReadAll(stdin)
			if err != nil {
				report("-", err)
				continue
			}
			if err := handle("-", data); err != nil {
				return err
			}
			continue
		}
		paths, err := expand(arg, report)
		if err != nil {
			report(arg, err)
			continue
		}
		for _, p := range paths {
			data, err := os.ReadFile(p)
			if err != nil {
				report(p, unwrapPath(err))
				continue
			}
			if err := handle(p, data); err != nil {
				return err
			}
		}
	}
	if failed > 0 {
		return fmt.Errorf("%d input(s) could not be processed", failed)
	}
	return nil
}

// expand returns arg itself when it is a file, or the article files under it in lexical
// order when it is a directory. Unreadable entries inside a directory are reported and skipped.
func expand(arg string, report func(string, error)) ([]string, error) {
	st, err := os.Stat(arg)
	if err != nil {
		return nil, unwrapPath(err)
	}
	if !st.IsDir() {
		return []string{arg}, nil
	}
	var paths []string
	err = filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			report(p, unwrapPath(err))
			if d != nil && d.IsDir() {
				return fs.SkipDir
			}
			return nil
		}
		if !d.IsDir() && articleExt[strings.ToLower(filepath.Ext(p))] {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	return paths, err
}

// unwrapPath drops the path from a *fs.PathError, since messages name the path already.
func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}
