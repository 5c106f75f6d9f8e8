package main

import (
	"io"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// newApp builds the command-line application writing to stdout and stderr, so tests can run
// the whole CLI in-process.
func newApp(stdout, stderr io.Writer) *cli.App {
	return &cli.App{
		Name:  "claimdiff",
		Usage: "find who said what in news articles and where their versions conflict",
		Description: "FILES are .txt, .md, .html or .htm files, directories (searched recursively for those\n" +
			"extensions), http:// or https:// URLs of web pages (fetched) or - for standard input.",
		Version:   version,
		Writer:    stdout,
		ErrWriter: stderr,
		Commands: []*cli.Command{
			claimsCommand,
			contestedCommand,
			compareCommand,
			reportCommand,
			evalCommand,
			textCommand,
			checkCommand,
		},
		HideHelpCommand:           false,
		ExitErrHandler:            func(*cli.Context, error) {}, // main decides the exit status
		DisableSliceFlagSeparator: true,                         // --side "Name: alias, alias" keeps its commas
	}
}
