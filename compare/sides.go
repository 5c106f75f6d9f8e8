package compare

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

// SidesError reports a malformed line of a sides file.
type SidesError struct {
	File string // the file's name as given; "" for a --side flag
	Line int    // 1-based line number; 0 for a --side flag
	Msg  string
}

// Error returns "FILE:LINE: MSG", or "side: MSG" for a flag.
func (e *SidesError) Error() string {
	if e.File == "" {
		return "side: " + e.Msg
	}
	return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
}

// ParseSides reads side definitions in the --sides file format, one side a line:
//
//	# comment
//	United States: State Department, Pompeo, Ned Price
//	Imran Khan: Khan, PTI
//
// The name comes before the colon and the aliases after it, separated by commas; the name is
// an alias too, and a side may have no other aliases ("Imran Khan:"). Blank lines and lines
// starting with # are skipped. A malformed line stops the parse with a [*SidesError] naming
// the file and line. A name given twice gathers the aliases of both lines.
func ParseSides(name string, r io.Reader) ([]SideDef, error) {
	var out []SideDef
	index := map[string]int{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1024*1024)
	line := 0
	for sc.Scan() {
		line++
		s := strings.TrimSpace(strings.TrimPrefix(sc.Text(), "\ufeff"))
		if s == "" || strings.HasPrefix(s, "#") {
			continue
		}
		d, msg := parseSideLine(s)
		if msg != "" {
			return nil, &SidesError{File: name, Line: line, Msg: msg}
		}
		if i, ok := index[strings.ToLower(d.Name)]; ok {
			out[i].Aliases = append(out[i].Aliases, d.Aliases...)
			continue
		}
		index[strings.ToLower(d.Name)] = len(out)
		out = append(out, d)
	}
	if err := sc.Err(); errors.Is(err, bufio.ErrTooLong) {
		// Not the scanner's "token too long": say which line, and what the file should hold.
		return nil, &SidesError{File: name, Line: line + 1, Msg: "line longer than 1 MB (a sides file holds one line \"Side: alias, alias\" per side)"}
	} else if err != nil {
		return nil, fmt.Errorf("reading %s: %w", name, err)
	}
	return out, nil
}

// ParseSide reads one side definition as given to the --side flag: "Name: alias, alias".
func ParseSide(s string) (SideDef, error) {
	d, msg := parseSideLine(strings.TrimSpace(s))
	if msg != "" {
		return SideDef{}, &SidesError{Msg: fmt.Sprintf("%s in %q", msg, s)}
	}
	return d, nil
}

func parseSideLine(s string) (SideDef, string) {
	name, rest, ok := strings.Cut(s, ":")
	if !ok {
		return SideDef{}, `missing ":" after the side's name (want "Name: alias, alias")`
	}
	name = strings.TrimSpace(name)
	if name == "" {
		return SideDef{}, `empty side name before ":"`
	}
	d := SideDef{Name: name}
	rest = strings.TrimSpace(rest)
	if rest == "" {
		return d, ""
	}
	for i, a := range strings.Split(rest, ",") {
		a = strings.TrimSpace(a)
		if a == "" {
			return SideDef{}, fmt.Sprintf("empty alias %d of side %q", i+1, name)
		}
		if strings.ContainsAny(a, ":") {
			return SideDef{}, fmt.Sprintf("alias %q of side %q holds a second \":\"", a, name)
		}
		if len(tokenize(a, 0)) == 0 {
			return SideDef{}, fmt.Sprintf("alias %q of side %q has no words", a, name)
		}
		d.Aliases = append(d.Aliases, a)
	}
	return d, ""
}
