package main

import (
	"fmt"
	"io"
	"strings"

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
		Version:                   version,
		Writer:                    stdout,
		ErrWriter:                 stderr,
		Commands:                  commands,
		Action:                    listCommands("claimdiff", commands),
		OnUsageError:              usageError("claimdiff"),
		HideHelpCommand:           false,
		ExitErrHandler:            func(*cli.Context, error) {}, // main decides the exit status
		DisableSliceFlagSeparator: true,                         // --side "Name: alias, alias" keeps its commas
	}
}

// commands are claimdiff's commands, in the order help lists them.
var commands = []*cli.Command{
	claimsCommand,
	contestedCommand,
	compareCommand,
	reportCommand,
	evalCommand,
	textCommand,
	checkCommand,
}

func init() {
	quietUsageErrors(commands, "claimdiff")
	evalCommand.Action = listCommands("claimdiff eval", evalCommand.Subcommands)
}

// quietUsageErrors makes a usage error of each command and subcommand (an unknown option, a
// value that does not parse) an error naming the command and where its options are listed,
// instead of urfave/cli's help text, which it writes to standard output among the command's
// output (a JSON Lines file would start with it).
func quietUsageErrors(cmds []*cli.Command, parent string) {
	for _, cmd := range cmds {
		name := parent + " " + cmd.Name
		cmd.OnUsageError = usageError(name)
		quietUsageErrors(cmd.Subcommands, name)
	}
}

// usageError returns the usage error handler of the command called name ("claimdiff claims").
func usageError(name string) cli.OnUsageErrorFunc {
	prefix := ""
	if cmd, ok := strings.CutPrefix(name, "claimdiff "); ok {
		prefix = cmd + ": "
	}
	return func(_ *cli.Context, err error, _ bool) error {
		msg := err.Error()
		if flag, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
			msg = "unknown option -" + flag
			if len(flag) > 1 {
				msg = "unknown option --" + flag
			}
		}
		return fmt.Errorf("%s%s (see %s --help)", prefix, msg, name)
	}
}

// listCommands returns the action of the command called name ("claimdiff", "claimdiff eval")
// when none of its commands cmds is named: it shows the help, or says that the first argument
// is no command, instead of urfave/cli's "No help topic".
func listCommands(name string, cmds []*cli.Command) cli.ActionFunc {
	return func(c *cli.Context) error {
		if c.NArg() == 0 {
			if name == "claimdiff" {
				return cli.ShowAppHelp(c)
			}
			return cli.ShowSubcommandHelp(c)
		}
		names := make([]string, len(cmds))
		for i, cmd := range cmds {
			names[i] = cmd.Name
		}
		return fmt.Errorf("unknown command %q (%s takes %s; see %s --help)", c.Args().First(), name, strings.Join(names, ", "), name)
	}
}
