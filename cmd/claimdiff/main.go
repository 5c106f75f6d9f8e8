// Command claimdiff extracts attributed statements from news articles, lines up the versions
// different sides give of one event, and shows where they conflict.
//
// Usage:
//
//	claimdiff claims [--format table|markdown|jsonl] FILES...
//	claimdiff contested [--format table|markdown|jsonl] [--sides FILE] [--side S]... FILES...
//	claimdiff compare [--format F] [--sides "LEFT,RIGHT"] [--event TERMS] [--side-file FILE] FILES...
//	claimdiff report [-o FILE] [--force] [--title T] [--sides FILE] FILES...
//	claimdiff eval polnear DIR
//	claimdiff check [--format table|markdown|jsonl] [--evidence N] [--min-related P] "CLAIM" FILES...
//	claimdiff check --pairs PAIRS.jsonl [--alone] [--min-related P]
//	claimdiff eval fnc1 [--split all|dev|train] [--set PREFIX] [--model auto|shipped|train-side] [--bootstrap N] DIR
//	claimdiff eval events [--split all|dev|train] [--set PREFIX] DIR
//	claimdiff text [--meta] FILES...
//
// FILES are .txt, .md, .html or .htm files, directories (searched recursively for those
// extensions), http:// or https:// URLs of web pages (fetched) or "-" for standard input.
// Options may come before or after the files; after "--" every argument is a file. Run
// "claimdiff help COMMAND" for a command's flags. claimdiff exits with status 1 when an input
// could not be processed and 2 when it was called wrongly (an unknown command or option, a
// value it refuses, no files).
package main

import (
	"errors"
	"fmt"
	"os"
)

// main exits with status 1 when an input could not be processed and 2 when claimdiff was
// called wrongly (usageErr).
func main() {
	if err := run(newApp(os.Stdout, os.Stderr), os.Args); err != nil {
		fmt.Fprintf(os.Stderr, "claimdiff: %v\n", err)
		if errors.As(err, new(usageErr)) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
