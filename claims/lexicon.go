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

// wordSet is a set of words made once and asked millions of times a corpus: its words in a
// table by a hash of their bytes, with at least four slots a word, so that a word outside the
// set (most asks) mostly meets an empty slot at once. A Go map of strings spent about 120
// instructions an ask (its hash, or below nine words its comparisons); this spends a fraction.
type wordSet struct {
	slots []string // "" is an empty slot
	// shift is 32 less the bits of an index into slots. Taken &31 where it shifts, so that
	// the shift needs no test for 32 and more: 32 is a set of one slot, whose mask is 0.
	shift uint32
}

// wordSetOf makes the set of words; none may be "".
func wordSetOf(words []string) *wordSet {
	bits := uint32(0)
	for 1<<bits < 4*len(words) {
		bits++
	}
	s := &wordSet{slots: make([]string, 1<<bits), shift: 32 - bits}
	for _, w := range words {
		if w == "" {
			panic("claims: an empty word in a word set") // a build defect, not input
		}
		if !s.has(w) {
			s.slots[s.slot(w)] = w
		}
	}
	return s
}

// slot returns the first empty slot on w's probe, for wordSetOf.
func (s *wordSet) slot(w string) int {
	mask := uint32(len(s.slots) - 1)
	i := wordHash(w) >> (s.shift & 31) & mask
	for s.slots[i] != "" {
		i = (i + 1) & mask
	}
	return int(i)
}

// has reports whether w is in the set; never for "".
func (s *wordSet) has(w string) bool {
	mask := uint32(len(s.slots) - 1)
	for i := wordHash(w) >> (s.shift & 31) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case w:
			return w != ""
		case "":
			return false
		}
	}
}

// slotOf returns the slot of w in the set, -1 when w is not in it: an index for a table of
// values beside the set's slots (see classBits). Like has, which it would slow as a call.
func (s *wordSet) slotOf(w string) int {
	mask := uint32(len(s.slots) - 1)
	for i := wordHash(w) >> (s.shift & 31) & mask; ; i = (i + 1) & mask {
		switch s.slots[i] {
		case w:
			if w == "" {
				return -1
			}
			return int(i)
		case "":
			return -1
		}
	}
}

// wordHash hashes w's length and its first, middle and last bytes, in a few steps whatever
// its length, and spreads them to the high bits (Fibonacci hashing), which index a wordSet's
// slots. Words that share all four (a few in a set) just take the next slots. "" hashes to 0.
func wordHash(w string) uint32 {
	n := len(w)
	if n == 0 {
		return 0
	}
	h := uint32(n) | uint32(w[0])<<8 | uint32(w[n>>1])<<16 | uint32(w[n-1])<<24
	return h * 2654435769
}

// words returns the words of the set, in the order of its slots.
func (s *wordSet) words() []string {
	var out []string
	for _, w := range s.slots {
		if w != "" {
			out = append(out, w)
		}
	}
	return out
}
