package main

import (
	"errors"
	"fmt"
	"io"
	"regexp"
	"runtime/debug"
	"slices"
	"strings"

	"github.com/urfave/cli/v2"
)

// version is set at build time with -ldflags "-X main.version=..."; left at "dev", the
// version the go command recorded in the binary is shown instead (see [buildVersion]).
var version = "dev"

// buildVersion returns the version to show: set when it was given at build time (neither
// "dev" nor empty), else the main module's version the go command recorded
// ("v0.0.0-20261207131855-91de08b3b6e1", with "+dirty" for uncommitted changes), else the
// commit it was built from ("91de08b3b6e1", "-dirty" likewise), else "dev".
func buildVersion(set string, info *debug.BuildInfo, ok bool) string {
	if set != "dev" && set != "" {
		return set
	}
	if !ok {
		return "dev"
	}
	if v := info.Main.Version; v != "" && v != "(devel)" {
		return v
	}
	var rev, dirty string
	for _, s := range info.Settings {
		switch {
		case s.Key == "vcs.revision":
			rev = s.Value[:min(12, len(s.Value))]
		case s.Key == "vcs.modified" && s.Value == "true":
			dirty = "-dirty"
		}
	}
	if rev == "" {
		return "dev"
	}
	return rev + dirty
}

// newApp builds the command-line application writing to stdout and stderr, so tests can run
// the whole CLI in-process.
func newApp(stdout, stderr io.Writer) *cli.App {
	clearHelpNames(commands)
	info, ok := debug.ReadBuildInfo()
	return &cli.App{
		Name:  "claimdiff",
		Usage: "find who said what in news articles and where their versions conflict",
		Description: "FILES are .txt, .md, .html or .htm files, directories (searched recursively for those " +
			"extensions), http:// or https:// URLs of web pages (fetched) or - for standard input.",
		Version:                   buildVersion(version, info, ok),
		Writer:                    stdout,
		ErrWriter:                 stderr,
		Commands:                  commands,
		Flags:                     []cli.Flag{cli.HelpFlag}, // urfave/cli adds it only along with its own help command
		Action:                    listCommands("claimdiff", commands),
		OnUsageError:              usageError("claimdiff"),
		CustomAppHelpTemplate:     cli.AppHelpTemplate + exitStatusHelp,
		HideHelpCommand:           false,
		ExitErrHandler:            func(*cli.Context, error) {}, // main decides the exit status
		DisableSliceFlagSeparator: true,                         // --side "Name: alias, alias" keeps its commas
	}
}

// clearHelpNames clears the names cmds and their commands are shown under in help ("claimdiff
// eval fnc1"), which an app sets up from its own name by prefixing it to them: a second app
// in the same process (a test) would show "claimdiff claimdiff eval fnc1".
func clearHelpNames(cmds []*cli.Command) {
	for _, cmd := range cmds {
		cmd.HelpName = ""
		clearHelpNames(cmd.Subcommands)
	}
}

// exitStatusHelp ends claimdiff's help: what its exit statuses mean (main).
const exitStatusHelp = `
EXIT STATUS:
   0 when every input was processed; 1 when an input could not be processed (the others are still written) or, with --strict, a warning was given; 2 when claimdiff was called wrongly (an unknown command or option, a value an option does not take, no input given).
`

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
	commands = append(commands, helpCommand("claimdiff", commands))
	evalCommand.Subcommands = append(evalCommand.Subcommands, helpCommand("claimdiff eval", evalCommand.Subcommands))
	quietUsageErrors(commands, "claimdiff")
	nameInUsageErrors(commands, "claimdiff")
	evalCommand.Action = listCommands("claimdiff eval", evalCommand.Subcommands)
}

// usageErr is an error in how claimdiff was called (an unknown command, help topic or option,
// an option's value that does not parse or arguments missing): main exits with status 2 for
// it, and 1 for inputs that could not be processed.
type usageErr struct{ error }

func (e usageErr) Unwrap() error { return e.error }

// usagef formats a usage error.
func usagef(format string, args ...any) error { return usageErr{fmt.Errorf(format, args...)} }

// commandNames lists the names of cmds but help, for messages: "claims, contested, ...".
func commandNames(cmds []*cli.Command) string {
	var names []string
	for _, cmd := range cmds {
		if isCommand(cmd) {
			names = append(names, cmd.Name)
		}
	}
	return strings.Join(names, ", ")
}

// helpCommand returns the help command of the command called name ("claimdiff", "claimdiff
// eval") whose commands are cmds. It replaces urfave/cli's, which answers a name that is no
// command with "No help topic for 'x'" and exit status 3: here that is a usage error naming
// the commands. "help eval fnc1" shows fnc1's help.
func helpCommand(name string, cmds []*cli.Command) *cli.Command {
	return &cli.Command{
		Name:      "help",
		Aliases:   []string{"h"},
		Usage:     "show the commands, or a command's options",
		ArgsUsage: "[COMMAND]",
		Action: func(c *cli.Context) error {
			path := strings.Fields(name)[1:]
			level, parent := cmds, name
			for _, topic := range c.Args().Slice() {
				i := slices.IndexFunc(level, func(cmd *cli.Command) bool { return isCommand(cmd) && cmd.HasName(topic) })
				if i < 0 {
					names := commandNames(level)
					if names == "" {
						return usagef("help: %s has no commands; see %s --help", parent, parent)
					}
					return usagef("help: unknown command %q (%s takes %s)", topic, parent, names)
				}
				path = append(path, level[i].Name)
				level, parent = level[i].Subcommands, parent+" "+level[i].Name
			}
			if len(path) == 0 {
				return cli.ShowAppHelp(c)
			}
			return c.App.RunContext(c.Context, append(append([]string{c.App.Name}, path...), "--help"))
		},
	}
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
	return func(c *cli.Context, err error, _ bool) error {
		msg := err.Error()
		if flag, ok := strings.CutPrefix(msg, "flag provided but not defined: -"); ok {
			msg = "unknown option " + optionName(flag)
		} else if flag, ok := strings.CutPrefix(msg, "flag needs an argument: -"); ok {
			msg = "option " + optionName(flag) + " needs a value"
		} else if m := badValue.FindStringSubmatch(msg); m != nil {
			msg = optionName(m[2]) + " " + m[1] + ": want " + valueKind(c, m[2])
		}
		return usagef("%s%s (see %s --help)", prefix, msg, name)
	}
}

// badValue matches the flag package's error for an option's value that does not parse:
// `invalid value "many" for flag -evidence: parse error`, `invalid boolean value "maybe" for
// -strict: parse error`.
var badValue = regexp.MustCompile(`^invalid (?:boolean )?value (".*") for (?:flag )?-(\S+): parse error$`)

// valueKind says what the option flag of the command run in c takes: "a number", "a whole
// number", "true or false".
func valueKind(c *cli.Context, flag string) string {
	var f cli.Flag
	if c != nil && c.Command != nil {
		f = flagNamed(c.Command, flag)
	}
	switch f.(type) {
	case *cli.BoolFlag:
		return "true or false"
	case *cli.IntFlag:
		return "a whole number"
	}
	return "a number" // a *cli.Float64Flag: other options take any text
}

// nameInUsageErrors makes each usage error that the action of a command of cmds (and of their
// commands) returns, a value it refuses or an argument missing, name the command and where its
// options are listed, as urfave/cli's usage errors do (quietUsageErrors): "claims: unknown
// format "xml" (want table, markdown or jsonl; see claimdiff claims --help)", not an error
// that could be any command's.
func nameInUsageErrors(cmds []*cli.Command, parent string) {
	for _, cmd := range cmds {
		name := parent + " " + cmd.Name
		nameInUsageErrors(cmd.Subcommands, name)
		if cmd.Action == nil || !isCommand(cmd) || slices.ContainsFunc(cmd.Subcommands, isCommand) {
			continue
		}
		action, path := cmd.Action, strings.TrimPrefix(name, "claimdiff ")
		cmd.Action = func(c *cli.Context) error {
			err := action(c)
			var u usageErr
			if !errors.As(err, &u) {
				return err
			}
			return usagef("%s: %s", path, seeHelp(u.Error(), name))
		}
	}
}

// seeHelp adds to the message msg of a usage error where the options of the command called
// name are listed: "msg (see claimdiff claims --help)", inside a note that ends msg
// ("unknown format "xml" (want table, markdown or jsonl; see claimdiff claims --help)").
func seeHelp(msg, name string) string {
	if note, ok := strings.CutSuffix(msg, ")"); ok && strings.Contains(note, " (") {
		return note + "; see " + name + " --help)"
	}
	return msg + " (see " + name + " --help)"
}

// optionName writes the option flag as it is given: "-f", "--format" (the flag package
// writes every name with one dash).
func optionName(flag string) string {
	if len(flag) > 1 {
		return "--" + flag
	}
	return "-" + flag
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
		return usagef("unknown command %q (%s takes %s; see %s --help)", c.Args().First(), name, commandNames(cmds), name)
	}
}

// run runs app on the command line args, options written after a command's files first moved
// before them (interspersed).
func run(app *cli.App, args []string) error {
	if err := optionTwice(app.Commands, args); err != nil {
		return err
	}
	if err := valueJoined(app.Commands, args); err != nil {
		return err
	}
	return app.Run(interspersed(app.Commands, args))
}

// commandOf returns the command args name (after the program's name, through its
// subcommands: "eval fnc1"), its path and the index of the first argument after it; a nil
// command when args name none.
func commandOf(cmds []*cli.Command, args []string) (cmd *cli.Command, path string, next int) {
	next = 1
	for level := cmds; next < len(args); next++ {
		k := slices.IndexFunc(level, func(c *cli.Command) bool { return c.HasName(args[next]) })
		if k < 0 {
			break
		}
		cmd, level = level[k], level[k].Subcommands
		path = strings.TrimPrefix(path+" "+cmd.Name, " ")
	}
	return cmd, path, next
}

// optionTwice returns a usage error when an option of the command args name that takes one
// value is given twice, under two names or with two values ("report -o a.md DIR -o b.md"):
// urfave/cli would take the last value silently, or refuse two names with "Cannot use two
// forms of the same flag: f format". Repeatable options, switches and the same option written
// the same way twice are left alone; so is everything after "--" or a help option.
func optionTwice(cmds []*cli.Command, args []string) error {
	cmd, path, i := commandOf(cmds, args)
	if cmd == nil {
		return nil
	}
	given := map[cli.Flag]string{} // the option as written, with its value: "-f jsonl"
	for ; i < len(args) && args[i] != "--" && !isHelp(args[i]); i++ {
		a := args[i]
		if len(a) < 2 || a[0] != '-' {
			continue
		}
		opt, value, inline := strings.Cut(a, "=")
		f := flagNamed(cmd, strings.TrimLeft(opt, "-"))
		if f == nil || !takesValue(cmd, opt) {
			continue
		}
		if !inline {
			if i+1 == len(args) {
				break
			}
			i++
			value = args[i]
		}
		if _, ok := f.(*cli.StringSliceFlag); ok {
			continue
		}
		written := opt + " " + value
		if inline {
			written = a
		}
		if before, ok := given[f]; ok {
			if before == written {
				continue
			}
			return usagef("%s: option %s given twice: %s and %s (see claimdiff %s --help)", path, optionName(f.Names()[0]), before, written, path)
		}
		given[f] = written
	}
	return nil
}

// valueJoined returns a usage error for an option of one letter written with its value
// joined to it, "-fjsonl", as getopt reads it: the flag package reads an option "fjsonl",
// which urfave/cli would refuse as "unknown option --fjsonl". Options that are the command's
// ("-strict"), the values of options ("--grep -fine") and everything after "--" are left
// alone.
func valueJoined(cmds []*cli.Command, args []string) error {
	cmd, path, i := commandOf(cmds, args)
	if cmd == nil {
		return nil
	}
	for ; i < len(args) && args[i] != "--"; i++ {
		a := args[i]
		if takesValue(cmd, a) {
			i++ // its value, "--grep -fine" included
			continue
		}
		if len(a) < 3 || a[0] != '-' || a[1] == '-' || strings.Contains(a, "=") || flagNamed(cmd, a[1:]) != nil {
			continue
		}
		if takesValue(cmd, a[:2]) {
			return usagef("%s: unknown option %s (write %s %s; see claimdiff %s --help)", path, a, a[:2], a[2:], path)
		}
	}
	return nil
}

// flagNamed returns the option of cmd called name ("f", "format"), or nil.
func flagNamed(cmd *cli.Command, name string) cli.Flag {
	for _, f := range cmd.Flags {
		if slices.Contains(f.Names(), name) {
			return f
		}
	}
	return nil
}

// interspersed returns args with the options that follow a command's arguments moved before
// them, so that "claimdiff report ../shared/seeds -o r.md" writes r.md: urfave/cli v2 stops
// reading options at a command's first argument and would take "-o" and "r.md" for files.
// An option's value goes with it unless the option is a switch or is written "--opt=value";
// "-" (standard input) is an argument, and everything after "--" is one, "--" then going
// before all the arguments. The arguments are left out after a help option, which then shows
// the command's help (urfave/cli would read the first argument as a help topic), and after an
// option whose value is missing, which urfave/cli then reports (it would take the first
// argument for the value). args naming no command, or a command that has commands of its own
// but none named, are returned as they are.
func interspersed(cmds []*cli.Command, args []string) []string {
	if len(args) < 2 {
		return args
	}
	cmd, _, i := commandOf(cmds, args)
	if cmd == nil || cmd.Name == "help" || slices.ContainsFunc(cmd.Subcommands, isCommand) {
		return args
	}
	out := slices.Clone(args[:i])
	var files []string
	for ; i < len(args); i++ {
		a := args[i]
		if a == "--" {
			out = append(out, a)
			files = append(files, args[i+1:]...)
			break
		}
		if len(a) < 2 || a[0] != '-' {
			files = append(files, a)
			continue
		}
		out = append(out, a)
		if isHelp(a) {
			return out // the command's help, whatever the arguments
		}
		if takesValue(cmd, a) {
			if i+1 == len(args) {
				return out // the value is missing: urfave/cli says so
			}
			i++
			out = append(out, args[i])
		}
	}
	return append(out, files...)
}

// isHelp reports whether opt is the help option, "--help" or "-h".
func isHelp(opt string) bool {
	return slices.Contains(cli.HelpFlag.Names(), strings.TrimLeft(opt, "-"))
}

// isCommand reports whether c is a command of claimdiff's, not a help command (helpCommand's,
// or the one urfave/cli gives every command once it has run).
func isCommand(c *cli.Command) bool { return c.Name != "help" }

// takesValue reports whether the option opt ("-o", "--format") of cmd takes the argument after
// it as its value: it is one of cmd's options, no switch, and not written "--opt=value".
func takesValue(cmd *cli.Command, opt string) bool {
	name := strings.TrimLeft(opt, "-")
	if strings.Contains(name, "=") {
		return false
	}
	f := flagNamed(cmd, name)
	_, isSwitch := f.(*cli.BoolFlag)
	return f != nil && !isSwitch
}
