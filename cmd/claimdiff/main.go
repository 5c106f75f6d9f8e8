// Command claimdiff extracts attributed statements from news articles, lines up the versions
// different sides give of one event, and shows where they conflict.
//
// Usage:
//
//	claimdiff claims [--format table|markdown|jsonl] [--strict] [--quiet] [--speaker TEXT]... [--class CLASSES] [--grep TEXT]... FILES...
//	claimdiff contested [--format F] [--sides FILE] [--side SIDE]... [--type TYPES] [--min-confidence P] [--involving SIDE]... FILES...
//	claimdiff compare [--format F] [--sides "LEFT,RIGHT"] [--event TERMS] [--side-file FILE] [--side SIDE]... FILES...
//	claimdiff report [-o FILE] [--force] [--title T] [--sides FILE] [--side SIDE]... FILES...
//	claimdiff check [--format F] [--evidence N] [--min-related P] [--related] [--by-stance] "CLAIM" FILES...
//	claimdiff check --pairs PAIRS.jsonl [--alone] [--min-related P]
//	claimdiff text [--meta] FILES...
//	claimdiff eval polnear [--format table|jsonl] [--errors N] [--cues N] [--quoted] [--why TEXT] [--per-doc] [--baseline] [--doc TEXT] DIR
//	claimdiff eval fnc1 [--split all|dev|train] [--set PREFIX] [--model auto|shipped|train-side] [--min-related P] [--bootstrap N] DIR
//	claimdiff eval events [--split all|dev|train] [--set PREFIX] DIR
//
// FILES are .txt, .md, .html or .htm files, directories (searched recursively for those
// extensions), http:// or https:// URLs of web pages (fetched) or "-" for standard input.
// SIDE is "Name: alias, alias"; --sides FILE (in contested and report, --side-file FILE too)
// reads such lines from a file. Options may come before or after the files; after "--" every
// argument is a file. Run "claimdiff help COMMAND" for a command's flags. claimdiff exits
// with status 0 when every input was processed, 1 when an input could not be processed (or,
// with --strict, a warning was given) and 2 when it was called wrongly (an unknown command or
// option, a value it refuses, no files).
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
		fmt.Fprintf(os.Stderr, "claimdiff: %s\n", errorLine(err))
		if errors.As(err, new(usageErr)) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}
