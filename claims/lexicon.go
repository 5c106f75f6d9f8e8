package claims

import (
	"embed"
	"strings"
)

//go:embed lexicon/*.txt
var lexiconFS embed.FS

// lexicon returns the non-blank, non-comment lines of the embedded word list name.
func lexicon(name string) []string {
	b, err := lexiconFS.ReadFile("lexicon/" + name)
	if err != nil {
		panic("claims: missing embedded lexicon " + name) // a build defect, not input
	}
	var out []string
	for _, line := range strings.Split(string(b), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		out = append(out, line)
	}
	return out
}

func setOf(words []string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}
