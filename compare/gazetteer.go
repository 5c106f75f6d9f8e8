package compare

import (
	_ "embed"
	"maps"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

//go:embed gazetteer/countries.txt
var countriesTxt string

//go:embed gazetteer/cities.txt
var citiesTxt string

// datelineCities finds the large cities of gazetteer/cities.txt, read only in datelines.
var datelineCities = sync.OnceValue(func() *gazetteer {
	defs, err := ParseSides("gazetteer/cities.txt", strings.NewReader(citiesTxt))
	if err != nil {
		panic(err) // the embedded file is tested; a broken one is a build error
	}
	return buildGazetteer(defs, false)
})

// govSide is the pseudo-side of the gazetteer's "@government" line: institutions every
// country has, standing for the country an article is about.
const govSide = "@government"

// nonState are the gazetteer's sides from its line "# International bodies" on: the
// international bodies and armed groups, which are no country an article is about, so the
// institutions every country has ("a ministry spokesman") never stand for them.
var nonState = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	_, rest, ok := strings.Cut(countriesTxt, "\n# International bodies")
	if !ok {
		panic("gazetteer/countries.txt: no international bodies") // tested
	}
	for _, line := range strings.Split(rest, "\n") {
		if name, _, ok := strings.Cut(line, ":"); ok && !strings.HasPrefix(line, "#") {
			out[strings.TrimSpace(name)] = true
		}
	}
	return out
})

// countries are the built-in gazetteer's sides before its line "# International bodies", but
// for the "@government" line: the countries.
var countries = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, d := range builtin() {
		if d.Name != govSide && !nonState()[d.Name] {
			out[d.Name] = true
		}
	}
	return out
})

// acronymAliases are the built-in gazetteer's one-word aliases in capitals ("NASA", "CIA"),
// which British papers write as names when they are long ("Nasa").
var acronymAliases = sync.OnceValue(func() map[string]bool {
	out := map[string]bool{}
	for _, d := range builtin() {
		for _, a := range d.Aliases {
			if !strings.Contains(a, " ") && allCaps(a) {
				out[a] = true
			}
		}
	}
	return out
})

// mediaWords end the names of newspapers and broadcasters named after places.
var mediaWords = setOf(strings.Fields("Post Times Herald Tribune Journal Review Gazette Chronicle Examiner Observer Telegraph Standard Express Mail Daily Today Dawn Inquirer Courier Independent Beacon Mirror"))

// alias is one entry of a gazetteer: the words of a phrase standing for a side.
type alias struct {
	side  string
	words []string // the alias's words as written (acronym dots removed)
	poss  []bool   // which of them carry a possessive: "China's foreign ministry"
	lower bool     // written in lower case: matches in any case
	user  bool     // from the user's side definitions: wins over the built-in gazetteer
}

// gazetteer finds side names in text.
type gazetteer struct {
	byFirst map[string][]alias // by lower-cased first word
	// firsts marks the keys of byFirst by [firstBit]: most words of a text open no alias,
	// and most of them are told so without a look in the map.
	firsts wordMarks
	maxLen int
}

// wordMarks marks lower-cased words by [firstBit]: a word whose bit is not set is none of
// them.
type wordMarks [firstBits / 64]uint64

// marksOf returns the marks of the lower-cased words of set.
func marksOf(set map[string]bool) *wordMarks {
	m := &wordMarks{}
	for w := range set {
		m.mark(w)
	}
	return m
}

// mark marks the lower-cased word w.
func (m *wordMarks) mark(w string) {
	b := firstBit(w)
	m[b/64] |= 1 << (b % 64)
}

// has reports whether the bit of the word w is set. Its case does not matter: the bit takes
// five low bits of a byte, the same for an ASCII letter in either case.
func (m *wordMarks) has(w string) bool {
	b := firstBit(w)
	return m[b/64]&(1<<(b%64)) != 0
}

// mayHold reports whether w in lower case may be one of the words marked; false tells it is
// none, without lowering it into a string nor a look in a map.
func (m *wordMarks) mayHold(w string) bool {
	return m.has(w) || !isASCII(w)
}

// isASCII reports whether w holds ASCII bytes only, whose lower case has w's length.
func isASCII(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// firstBits is the number of bits in a gazetteer's firsts.
const firstBits = 16 * 32 * 32

// firstBit returns the bit of a gazetteer's firsts that marks the lower-cased word w: by its
// length and its first two bytes (five bits of each).
func firstBit(w string) uint {
	var b0, b1 byte
	if len(w) > 0 {
		b0 = w[0]
	}
	if len(w) > 1 {
		b1 = w[1]
	}
	return uint(len(w)&15)<<10 | uint(b0&31)<<5 | uint(b1&31)
}

// setFirst puts the aliases as under the lower-cased first word k.
func (g *gazetteer) setFirst(k string, as []alias) {
	g.byFirst[k] = as
	g.firsts.mark(k)
}

// opening returns the aliases whose first word is w in any case: as lowered(g.byFirst, w),
// without lowering w when firsts tells it opens none.
func (g *gazetteer) opening(w string) []alias {
	if !g.firsts.has(w) && isASCII(w) {
		return nil
	}
	var buf [64]byte
	l, ok := appendLowerASCII(buf[:0], w, false)
	if !ok {
		return g.byFirst[strings.ToLower(w)]
	}
	return g.byFirst[string(l)]
}

var builtin = sync.OnceValue(func() []SideDef {
	defs, err := ParseSides("gazetteer/countries.txt", strings.NewReader(countriesTxt))
	if err != nil {
		panic(err) // the embedded file is tested; a broken one is a build error
	}
	return defs
})

// newUserGazetteer builds a gazetteer of the user's sides alone.
func newUserGazetteer(user []SideDef) *gazetteer {
	return buildGazetteer(user, false)
}

// newGazetteer builds the gazetteer of the built-in sides extended and overridden by user.
func newGazetteer(user []SideDef) *gazetteer {
	return buildGazetteer(user, true)
}

func buildGazetteer(user []SideDef, withBuiltin bool) *gazetteer {
	g := &gazetteer{byFirst: map[string][]alias{}}
	add := func(d SideDef, isUser bool) {
		for _, a := range append([]string{d.Name}, d.Aliases...) {
			if d.Name == govSide && a == govSide {
				continue
			}
			if al, ok := newAlias(d.Name, a, isUser); ok {
				k := strings.ToLower(al.words[0])
				g.setFirst(k, append(g.byFirst[k], al))
				g.maxLen = max(g.maxLen, len(al.words))
			}
		}
	}
	for _, d := range user {
		add(d, true)
	}
	if withBuiltin {
		for _, d := range builtin() {
			add(d, false)
		}
	}
	return g
}

// withAliases returns g extended by sides named by their own names (see [orgsOf]), some with
// other names too: aliases maps a short name to its side ("Exxon" to "Exxon Mobil"). Their
// aliases come after g's, so that g's of the same length win. g itself is unchanged.
func (g *gazetteer) withAliases(names []string, aliases map[string]string) *gazetteer {
	if len(names) == 0 && len(aliases) == 0 {
		return g
	}
	// A clone copies the map's table whole, far faster than entry by entry.
	ext := &gazetteer{byFirst: maps.Clone(g.byFirst), firsts: g.firsts, maxLen: g.maxLen}
	type entry struct{ side, text string }
	entries := make([]entry, 0, len(names)+len(aliases))
	for _, name := range names {
		entries = append(entries, entry{name, name})
	}
	for _, text := range slices.Sorted(maps.Keys(aliases)) {
		entries = append(entries, entry{aliases[text], text})
	}
	for _, en := range entries {
		al, ok := newAlias(en.side, en.text, false)
		if !ok {
			continue
		}
		k := strings.ToLower(al.words[0])
		// A new slice: g's stays as it was.
		ext.setFirst(k, append(append([]alias(nil), ext.byFirst[k]...), al))
		ext.maxLen = max(ext.maxLen, len(al.words))
	}
	return ext
}

// newAlias reads the alias text of side; false when it holds no word.
func newAlias(side, text string, user bool) (alias, bool) {
	toks := tokenize(text, 0)
	if len(toks) == 0 {
		return alias{}, false
	}
	al := alias{side: side, lower: strings.ToLower(text) == text, user: user}
	for _, t := range toks {
		al.words = append(al.words, t.key)
		al.poss = append(al.poss, t.poss)
	}
	return al, true
}

// match returns the side of the longest alias starting at toks[i] and its length in words,
// or "", 0. User aliases win over built-in ones of the same length.
func (g *gazetteer) match(toks []token, i int) (string, int) {
	cands := g.opening(toks[i].key)
	best, bestN, bestUser := "", 0, false
	for _, a := range cands {
		n := len(a.words)
		if i+n > len(toks) || n < bestN || n == bestN && (bestUser || !a.user) {
			continue
		}
		if !a.matches(toks[i : i+n]) {
			continue
		}
		// "the Washington Post", "the Tehran Times": a medium named after a place does not
		// speak for the place's country.
		if i+n < len(toks) && !toks[i+n-1].poss && !toks[i+n-1].punctAfter && (mediaWords[toks[i+n].key] || privateBodyAt(toks, i+n)) {
			continue
		}
		// "New Mexico", "New Jersey": a US state, not the country nor the island.
		if i > 0 && n == 1 && usStates2[toks[i-1].key+" "+toks[i].key] {
			continue
		}
		// "King's College London", "Imperial College London": a place ending a school's name.
		if i > 0 && !toks[i-1].punctAfter && !toks[i-1].poss && schoolHeads[toks[i-1].key] {
			continue
		}
		// "the University of Ottawa": a school named for its place is no voice of it.
		if i > 1 && toks[i-1].key == "of" && !toks[i-2].punctAfter && schoolHeads[toks[i-2].key] {
			continue
		}
		best, bestN, bestUser = a.side, n, a.user
	}
	return best, bestN
}

func (a alias) matches(toks []token) bool {
	multi := len(a.words) > 1
	for j, w := range a.words {
		t := toks[j]
		if j < len(a.words)-1 && (t.poss && !a.poss[j] || t.punctAfter && !t.poss) {
			return false // a phrase does not run across punctuation, nor "'s" unless it has one
		}
		switch {
		case t.key == w:
		case a.lower || multi:
			if !strings.EqualFold(t.key, w) {
				return false
			}
		case allCaps(t.key) && strings.EqualFold(t.key, w):
		case len(w) >= 4 && allCaps(w) && t.key[1:] == strings.ToLower(w[1:]) && t.key[0] == w[0]:
			// "Nasa", "Nato": British papers write longer acronyms as names.
		default:
			return false
		}
	}
	return true
}

// mention is a side named in a text.
type mention struct {
	side string
	i, n int // token index and length
}

// find returns the side mentions of toks, left to right, longest first.
func (g *gazetteer) find(toks []token) []mention {
	var out []mention
	for i := 0; i < len(toks); {
		if s, n := g.match(toks, i); n > 0 {
			out = append(out, mention{s, i, n})
			i += n
			continue
		}
		i++
	}
	return out
}

// privateBodyAt reports whether toks from k on name a private body, so that a side's name
// right before it is part of that body's name: "the U.S. Chamber of Commerce", "American
// Airlines", "the American Civil Liberties Union" are no voices of the United States. The
// name is up to five capitalised words (with "of", "for", "and" between) ending in
// privateHeads.
func privateBodyAt(toks []token, k int) bool {
	for j := k; j < len(toks) && j < k+5; j++ {
		t := toks[j]
		w := strings.ToLower(t.key)
		if privateHeads[w] && capitalized(t.key) {
			return true
		}
		if !capitalized(t.key) && w != "of" && w != "for" && w != "and" || t.punctAfter || t.poss {
			return false
		}
	}
	return false
}

// privateHeads end the names of private bodies: business lobbies, unions, charities,
// churches, companies, political action committees and veterans' legions ("America Rising
// PAC", "the American Legion"). (Not "institute": "the Nicaraguan Institute of Territorial
// Studies" is a government's.)
var privateHeads = setOf(strings.Fields(`chamber chambers association airlines airways society
foundation federation league church club corp corporation inc company steel motors
conference coalition union pac legion`))

// schoolHeads end the names of schools and hospitals that a city's name may follow: "King's
// College London", "University College Dublin".
var schoolHeads = setOf(strings.Fields(`College University School Institute Hospital Museum Academy`))
