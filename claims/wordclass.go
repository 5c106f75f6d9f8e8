package claims

import "strings"

// wordClass says which of the most asked word lists hold a token's word. The scans that end
// a content walk the words after every cue, and a content without a sentence end is walked
// once for each of its cues: asking the lists' maps there cost more than the rest of the
// scan. So each token's lists are looked up once, in one map, when first asked (see
// extractor.is), and kept.
type wordClass uint16

const (
	cFunction      wordClass = 1 << iota // functionWordsSet
	cPreposition                         // prepositionsSet
	cNPGlue                              // npGlueSet
	cSubordinator                        // subordinatorsSet
	cSkipBeforeCue                       // skipBeforeCueSet
	cWeekday                             // weekdaysSet
	cTitle                               // titleWordsSet
	cOrg                                 // orgWordsSet
	cTimeNoun                            // timeNounSet
	cMonth                               // monthsSet
	cMedium                              // mediumWordsSet
	cNameGiving                          // nameGivingSet
	cObjectPronoun                       // objectPronounsSet
	cTimeNounForm                        // timeNounFormsSet

	cKnown // the token's classes have been looked up
)

// classLists are the lists behind the classes.
var classLists = []struct {
	set *wordSet
	c   wordClass
}{
	{functionWordsSet, cFunction},
	{prepositionsSet, cPreposition},
	{npGlueSet, cNPGlue},
	{subordinatorsSet, cSubordinator},
	{skipBeforeCueSet, cSkipBeforeCue},
	{weekdaysSet, cWeekday},
	{titleWordsSet, cTitle},
	{orgWordsSet, cOrg},
	{timeNounSet, cTimeNoun},
	{monthsSet, cMonth},
	{mediumWordsSet, cMedium},
	{nameGivingSet, cNameGiving},
	{objectPronounsSet, cObjectPronoun},
	{timeNounFormsSet, cTimeNounForm},
}

// timeNounFormsSet are the words w with timeNounSet.has(strings.TrimSuffix(w, "s")): the time
// nouns and their plurals in -s ("day", "days"), as the rules that read "two days ago" ask.
var timeNounFormsSet = func() *wordSet {
	var words []string
	for _, w := range timeNounSet.words() {
		if !strings.HasSuffix(w, "s") {
			words = append(words, w)
		}
		words = append(words, w+"s")
	}
	return wordSetOf(words)
}()

// classWords and classBits are the words of classLists as classOf asks them: the words in a
// wordSet, and their classes by the words' slots (a Go map's ask cost several times as much).
var classWords, classBits = func() (*wordSet, []wordClass) {
	classes := make(map[string]wordClass)
	for _, l := range classLists {
		for _, w := range l.set.words() {
			classes[w] |= l.c
		}
	}
	words := make([]string, 0, len(classes))
	for w := range classes {
		words = append(words, w)
	}
	s := wordSetOf(words)
	bits := make([]wordClass, len(s.slots))
	for w, c := range classes {
		bits[s.slotOf(w)] = c
	}
	return s, bits
}()

// is reports whether token k's word is in one of the lists of c: as c's lists answer for
// x.word(k), "" outside the text, which no list holds. It runs millions of times a corpus:
// a token's known classes answer at once, and the rest (a token not looked up yet, the first
// ask, before x.classes is made, a token outside the text) is left to lookUpClasses. (Still
// over the inliner's budget, 91 against 80.)
func (x *extractor) is(k int, c wordClass) bool {
	if uint(k) < uint(len(x.classes)) {
		if got := x.classes[k]; got != 0 {
			return got&c != 0
		}
	}
	return x.lookUpClasses(k)&c != 0
}

// lookUpClasses returns the classes of token k's word, none outside the text, and keeps them
// for is; it makes x.classes when first asked.
func (x *extractor) lookUpClasses(k int) wordClass {
	if uint(k) >= uint(len(x.toks)) {
		return 0
	}
	if x.classes == nil {
		x.classes = make([]wordClass, len(x.toks))
	}
	got := classOf(x.toks[k].low) | cKnown
	x.classes[k] = got
	return got
}

// classOf returns the classes of word w. The filter first: nearly two words in three are in no
// list, and the filter turns away more than half of those without hashing them.
func classOf(w string) wordClass {
	if _, _, _, ok := filterKey(w); ok && !classFilter.mayHold(w) {
		return 0
	}
	if i := classWords.slotOf(w); i >= 0 { // or a word the filter cannot key: a mark, a number, "director-general"
		return classBits[i]
	}
	return 0
}

// classFilter screens words for classWords; the few words it cannot key are left out.
var classFilter = func() *wordFilter {
	f := new(wordFilter)
	for _, w := range classWords.words() {
		if i, j, b, ok := filterKey(w); ok {
			f[i][j] |= b
		}
	}
	return f
}()
