package compare

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"claimdiff/claims"
)

// Row alignment thresholds.
const (
	maxRejectionRows = 3    // rows a rejection is shown on against statements unlike it
	repeatSim        = 0.3  // ... beyond those, against statements this like it
	alignSim         = 0.15 // statements less similar than this are not lined up
	agreeEq          = 0.8  // share of words equal for two statements to agree
)

// Compare lines up two sides' statements on one event. Each statement of the left side is
// paired with the closest statement of the right side (and a statement that rejects or
// contradicts the other side with the one it answers); each row carries a word diff of the
// two contents and a [Verdict]. Without [CompareOptions.Event] the event with the most
// statements from two sides is chosen; without [CompareOptions.Sides] its two largest sides.
// Compare returns an error when no event or side matches.
func (c *Corpus) Compare(opt CompareOptions) (Comparison, error) {
	a := c.analyze()
	want := make([]string, 0, 2)
	for _, s := range opt.Sides {
		if s = strings.TrimSpace(s); s != "" {
			want = append(want, s)
		}
	}
	if len(want) > 2 {
		return Comparison{}, fmt.Errorf("compare takes two sides, got %d (%s)", len(want), strings.Join(want, ", "))
	}
	e, err := a.pickEvent(opt.Event, want)
	if err != nil {
		return Comparison{}, err
	}
	side := a.sidesIn(e)
	count := map[string]int{}
	for _, s := range side {
		count[s]++
	}
	order := sortedByCount(count)
	names := make([]string, 0, 2)
	for _, w := range want {
		n := matchSide(order, w)
		if n == "" {
			return Comparison{}, fmt.Errorf("event %q has no statements from side %q (sides: %s)", a.label(e), w, strings.Join(order, ", "))
		}
		names = append(names, n)
	}
	for _, s := range order {
		if len(names) == 2 {
			break
		}
		if !contains(names, s) {
			names = append(names, s)
		}
	}
	if len(names) < 2 {
		only := "none of them has a side"
		if len(order) > 0 {
			only = "only " + order[0]
		}
		return Comparison{}, fmt.Errorf("event %q has statements from fewer than two sides (%s)", a.label(e), only)
	}
	cmp := Comparison{Event: a.event(e), Left: names[0], Right: names[1]}
	cmp.Rows = a.rows(e, side, names[0], names[1])
	return cmp, nil
}

// matchSide returns the side of list named w, in any case, or "".
func matchSide(list []string, w string) string {
	for _, s := range list {
		if strings.EqualFold(s, w) {
			return s
		}
	}
	return ""
}

// pickEvent chooses the event to compare: the one whose terms best match the query words,
// else the one with the most statements from two sides (the wanted ones when given).
func (a *analysis) pickEvent(query string, want []string) (int, error) {
	var q []string
	for _, t := range tokenize(query, 0) {
		if lw := lowerWord(t.key); !stopwords[lw] {
			q = append(q, stem(t.key))
		}
	}
	best, bestScore := -1, 0.0
	for e := range a.events {
		side := a.sidesIn(e)
		count := map[string]int{}
		for _, s := range side {
			count[s]++
		}
		order := sortedByCount(count)
		var n int
		switch {
		case len(want) > 0:
			ok := true
			for _, w := range want {
				if matchSide(order, w) == "" {
					ok = false
				}
			}
			if !ok {
				continue
			}
			for _, w := range want {
				n += count[matchSide(order, w)]
			}
			if len(want) == 1 && len(order) > 1 {
				for _, s := range order {
					if !strings.EqualFold(s, want[0]) {
						n += count[s]
						break
					}
				}
			}
		case len(order) >= 2:
			n = count[order[0]] + count[order[1]]
		}
		score := float64(n)
		if len(q) > 0 {
			m := a.matchQuery(e, q)
			if m == 0 {
				continue
			}
			score = m*100 + float64(n)
		} else if len(order) < 2 {
			continue
		}
		if score > bestScore {
			best, bestScore = e, score
		}
	}
	if best < 0 {
		switch {
		case query != "" && len(want) > 0:
			// An event may match the words but lack a side: say which condition fails.
			return 0, fmt.Errorf("no event matching %q has statements from %s%s", query, strings.Join(want, " and "), a.sidesHint())
		case query != "":
			return 0, fmt.Errorf("no event matches %q", query)
		case len(want) > 0:
			return 0, fmt.Errorf("no event has statements from %s%s", strings.Join(want, " and "), a.sidesHint())
		}
		return 0, fmt.Errorf("no event has statements from two sides%s", a.sidesHint())
	}
	return best, nil
}

// matchQuery scores event e against query stems: the idf of the query terms its statements
// hold.
func (a *analysis) matchQuery(e int, q []string) float64 {
	score := 0.0
	for _, t := range q {
		found := false
		for _, i := range a.events[e] {
			for _, w := range a.stmts[i].terms {
				if w.term == t {
					found = true
					break
				}
			}
			if found {
				break
			}
		}
		if found {
			score += a.idf[t]
		}
	}
	return score
}

// rows aligns the statements of the left and right sides of event e.
func (a *analysis) rows(e int, side map[int]string, left, right string) []Row {
	var ls, rs []int
	for _, i := range a.events[e] {
		switch side[i] {
		case left:
			ls = append(ls, i)
		case right:
			rs = append(rs, i)
		}
	}
	ls, rs = a.withoutReasons(a.outermost(ls)), a.withoutReasons(a.outermost(rs))
	pairs := a.rowPairs(e, ls, rs, side)
	usedL, usedR := map[int]bool{}, map[int]bool{}
	var chosen []rowPair
	for _, p := range pairs {
		if usedL[p.l] || usedR[p.r] {
			continue
		}
		usedL[p.l], usedR[p.r] = true, true
		chosen = append(chosen, p)
	}
	// Statements left over that clash with one already shown are lined up with it again:
	// each way the named speaker tells what a rejection answers ("denied Hunter's claim"),
	// but a rejection of a side's account ("dismissed China's claim that the boat had
	// entered Chinese waters") only against a statement that says much the same, not against
	// every statement of that side it was shown beside in the contested list.
	for _, p := range pairs {
		if p.clash && (!usedL[p.l] || !usedR[p.r]) && a.repeatable(e, p.l, p.r) {
			usedL[p.l], usedR[p.r] = true, true
			chosen = append(chosen, p)
		}
	}
	// A statement left over that a denial already shown denies is lined up with it again,
	// when they share words of what is denied ([analysis.deniedAlike]).
	for _, p := range pairs {
		if p.alike && (!usedL[p.l] || !usedR[p.r]) {
			usedL[p.l], usedR[p.r] = true, true
			chosen = append(chosen, p)
		}
	}
	var b rowBuilder
	for _, p := range chosen {
		b.addPair(a, p)
	}
	for _, i := range ls {
		if !usedL[i] {
			s := a.stmts[i]
			b.add(Row{Left: &s.claim, LeftActor: s.actor, Verdict: OnlyOneSide}, i, i)
		}
	}
	for _, i := range rs {
		if !usedR[i] {
			s := a.stmts[i]
			b.add(Row{Right: &s.claim, RightActor: s.actor, Verdict: OnlyOneSide}, i, i)
		}
	}
	return b.sorted(a.shown)
}

// withoutReasons returns the statements of ids but those that give the reason of a rejection
// among them: "rejected Egypt's claim that ..., calling it baseless" says why the ministry
// rejects the claim, which the rejection's row already shows ("rejects ... as "baseless""), and
// "it baseless" is no account of its own to line up against Egypt's.
func (a *analysis) withoutReasons(ids []int) []int {
	out := make([]int, 0, len(ids))
	for _, i := range ids {
		if !slices.ContainsFunc(ids, func(j int) bool { return a.reasonOf(i, j) }) {
			out = append(out, i)
		}
	}
	return out
}

// reasonOf reports whether statement i gives the reason of rejection j: i rejects too, by
// the same speaker later in the same sentence, and its content opens with a pronoun that
// points back to what j rejects ("calling it baseless", "calling them lies", "saying (that)
// it was false"; not "adding that America will not let lies ..."). A pronoun that opens a content without a word of falsity may be the speaker
// ("rejected the ruling, saying it would appeal") and is kept.
func (a *analysis) reasonOf(i, j int) bool {
	s, r := a.stmts[i], a.stmts[j]
	if i == j || !s.f.rejects() || !r.f.rejects() || s.actor == "" || s.actor != r.actor || !a.sameSentence(i, j) {
		return false
	}
	if r.claim.Content.End > s.claim.Cue.Start {
		return false
	}
	// "adding that America will not let ...": "that" opens a clause; "saying that it was
	// false" points back with the word after it.
	text := s.claim.Content.Text
	if rest, ok := strings.CutPrefix(text, "that "); ok {
		text = rest
	}
	return backReference(text)
}

// rowPair is a pair of statements of the left (l) and right (r) sides, their similarity,
// their conflict (k, when they clash), the denial of one by the other, and the diff of
// their contents.
type rowPair struct {
	l, r   int
	sim    float64
	k      conflict
	clash  bool
	denial string // lined up with a statement it denies or negates: why (see [analysis.deniesLinedUp], [negatesLinedUp])
	alike  bool   // with a denial, the two share words of what is denied ([analysis.deniedAlike])
	diff   []DiffOp
}

// rowPairs returns the pairs of statements ls and rs of event e that clash or reword each
// other, in the order they are lined up (see [analysis.rowScore]).
func (a *analysis) rowPairs(e int, ls, rs []int, side map[int]string) []rowPair {
	var pairs []rowPair
	for _, l := range ls {
		for _, r := range rs {
			p := rowPair{l: l, r: r, sim: a.sim(l, r)}
			p.k, p.clash = a.pairConflict(e, l, r, side)
			// A demand ("demanded an inquiry into the port contract") rewords no account
			// of what happened, however many words they share.
			if !p.clash && (p.sim < alignSim || directive(a.stmts[l]) != directive(a.stmts[r])) {
				continue
			}
			p.diff = WordDiff(diffText(a.stmts[l]), diffText(a.stmts[r]))
			if !p.clash {
				p.denial = a.deniesLinedUp(e, l, r, side)
				if p.denial == "" {
					p.denial = negatesLinedUp(a.stmts[l], a.stmts[r], side[l], side[r])
				}
			}
			// Two statements that only share their sentence's words ("calling it
			// baseless" beside the claim it rejects), or no content word ("the page was
			// not official" beside "the U.S. killed the group's leader"), are no rewording
			// of each other; a denial beside what it denies is a conflict though the diff finds no word
			// in common ("denied that a woman detained in Lebanon is his wife" beside
			// "holding a woman believed to be his wife").
			p.alike = p.denial != "" && a.deniedAlike(l, r)
			if p.clash || p.alike || equalShare(p.diff) > 0 && sharesContent(a.stmts[l], a.stmts[r]) {
				pairs = append(pairs, p)
			}
		}
	}
	sort.SliceStable(pairs, func(i, j int) bool {
		si, sj := a.rowScore(pairs[i]), a.rowScore(pairs[j])
		if si != sj {
			return si > sj
		}
		if pairs[i].l != pairs[j].l {
			return pairs[i].l < pairs[j].l
		}
		return pairs[i].r < pairs[j].r
	})
	return pairs
}

// diffText returns the content of statement s a row's diff compares: a rejection's account
// named before what it says, "Hunter's claim that" of "Hunter's claim that terror suspects
// had been caught near the border", is left out, as every row of it would show it added.
func diffText(s *stmt) string {
	q := s.claim.Content.Quote()
	if !s.f.rejects() || s.f.ref == "" {
		return q
	}
	if rest, ok := strings.CutPrefix(q, s.f.ref+" that "); ok {
		return rest
	}
	return q
}

// rowScore orders the pairs: a statement that rejects another is lined up first with the
// account it answers in another sentence, then with the one its own sentence reports
// ("rejected Egypt's claim that ..."), then statements by similarity.
func (a *analysis) rowScore(p rowPair) float64 {
	if p.clash {
		if a.sameSentence(p.l, p.r) {
			return 1 + p.k.conf + p.sim
		}
		return 3 + p.k.conf + p.sim + a.answersCharge(p.l, p.r)
	}
	return p.sim
}

// rowBuilder gathers an event's rows with the corpus positions of their statements, the
// first and the last, to sort them by.
type rowBuilder struct {
	rows        []Row
	keys, keys2 []int
}

// add adds row, whose statements are first and last in the corpus order.
func (b *rowBuilder) add(row Row, first, last int) {
	b.rows = append(b.rows, row)
	b.keys = append(b.keys, first)
	b.keys2 = append(b.keys2, last)
}

// addPair adds the row of pair p: a conflict, an agreement or a rewording.
func (b *rowBuilder) addPair(a *analysis, p rowPair) {
	l, r := a.stmts[p.l], a.stmts[p.r]
	row := Row{Left: &l.claim, Right: &r.claim, LeftActor: l.actor, RightActor: r.actor, Similarity: p.sim, Diff: p.diff}
	switch {
	case p.clash:
		row.Verdict, row.Reason = Conflict, p.k.explanation
	case p.denial != "":
		row.Verdict, row.Reason = Conflict, p.denial
	case equalShare(row.Diff) >= agreeEq:
		row.Verdict = Agree
	default:
		row.Verdict = Reworded
	}
	first, last := p.l, p.r
	if a.shown[last] < a.shown[first] {
		first, last = last, first
	}
	b.add(row, first, last)
}

// sorted returns the rows in the corpus order of their statements (shown holds by statement
// its place in it, [analysis.shown]).
func (b *rowBuilder) sorted(shown []int) []Row {
	ix := make([]int, len(b.rows))
	for i := range ix {
		ix[i] = i
	}
	sort.SliceStable(ix, func(i, j int) bool {
		x, y := ix[i], ix[j]
		if shown[b.keys[x]] != shown[b.keys[y]] {
			return shown[b.keys[x]] < shown[b.keys[y]]
		}
		return shown[b.keys2[x]] < shown[b.keys2[y]]
	})
	out := make([]Row, len(b.rows))
	for i, k := range ix {
		out[i] = b.rows[k]
	}
	return out
}

// repeatable reports whether a conflict between statements l and r of event e may be shown
// on a row of its own although one of them is shown on another row already. A rejection
// that says what it rejects ("dismissed China's claim that the Philippine boat had entered
// Chinese waters", "denied Hunter's claim that ISIS fighters were caught crossing the
// border") is shown again against each way the person it names tells it ([tellsRejected]),
// and otherwise only against statements that say much the same (repeatSim); one that only
// names an account ("dismissed Manila's account") against each statement of that account
// it answers; other conflicts always.
func (a *analysis) repeatable(e, l, r int) bool {
	for _, p := range [2][2]int{{l, r}, {r, l}} {
		s, o := a.stmts[p[0]], a.stmts[p[1]]
		if !s.f.rejects() || !restates(s) {
			continue
		}
		if s.f.targetP != "" && o.src.person != "" && a.namedActor(e, p[0]) == o.actor && tellsRejected(s, o) {
			return true // each way the person it names tells it
		}
		return a.sim(l, r) >= repeatSim
	}
	return true
}

// restates reports whether a rejection's content says what it rejects: three content words
// or more besides the words of the account it names and of falsity ("China's claim that
// the Philippine boat had entered Chinese waters", not "Manila's account as groundless
// accusations").
func restates(s *stmt) bool {
	skip := map[string]bool{}
	for _, w := range tokenize(s.f.ref+" "+s.f.falsity, 0) {
		skip[stem(w.key)] = true
	}
	n := 0
	for _, t := range s.f.content {
		if !skip[t] && !accountWords[t] {
			n++
		}
	}
	return n >= 3
}

// tellsRejected reports whether statement o of the person rejection s names may be a way of
// telling what s rejects. When s says after the account's name what it says or what about,
// o shares a content word with that ("ISIS fighters were caught at the border" of "denied
// Hunter's claim that terror suspects had been caught near the border"; not "the photos were
// old" of "contradicted Doocy's statement that he was a pilot"); when it names one account
// and nothing more ("said Cruz's description was false"), none of his statements beyond the
// closest few it is shown against. A rejection of all his accounts ("bothered by Williams'
// false claims"), of "these claims" just after he made them ([Corpus.claimants]), or calling
// him a liar answers each of his statements, and any rejection each statement of a body's
// (a speaker not named in full: "Bloomberg", "CCC").
func tellsRejected(s, o *stmt) bool {
	return tellsAfter(s, o, afterAccount(s))
}

// tellsAfter is tellsRejected given after, the words s says after the account's name
// ([afterAccount]), so a caller that needs them too finds them once.
func tellsAfter(s, o *stmt, after []afterWord) bool {
	if s.claimant || s.liarSet || !strings.Contains(o.src.person, " ") {
		return true
	}
	if len(after) == 0 {
		return pluralAccount(s.f.ref)
	}
	return sharesTopic(o, after)
}

// sharesTopic reports whether statement o shares enough of after, the words a rejection
// says after the account's name, to be a way of telling it: a name of it ("Machado"), two
// of its words, or one when it names no one ("caught" of "terror suspects had been caught
// near the border"). Of what it says of someone named, one common word is another matter
// ("a Clinton victory would bring her husband's sex scandal back" of "tweets accusing
// Alicia Machado of having a criminal record and a sex tape").
func sharesTopic(o *stmt, after []afterWord) bool {
	n, named := 0, false
	for _, w := range after {
		named = named || w.name
		if has(o.f.content, w.stem) {
			if w.name {
				return true
			}
			n++
		}
	}
	return n >= 2 || n == 1 && !named
}

// afterWord is a content word a rejection says after the account it names ([afterAccount]):
// its stem, and whether it is written as a name.
type afterWord struct {
	stem string
	name bool
}

// afterAccount returns the stems of the content words of the clause or topic that follows
// the account rejection s names, to the end of its clause, but for the words of accounts and
// of falsity: "terror", "suspect", "caught", "near", "border" of "Hunter's claim that terror
// suspects had been caught near the border", "muslim" of "Trump's remarks about Muslims but
// will meet with him", "machado", "sex", "tape" of "Trump's tweets accusing Machado of a sex
// tape are lies"; none of "Cruz's description was false" or "criticism from Giles,
// Millis and Doley", which say nothing of what the account says, nor when the content does
// not name the account.
func afterAccount(s *stmt) []afterWord {
	if s.f.ref == "" {
		return nil
	}
	text := s.claim.Content.Text
	at := strings.Index(text, s.f.ref)
	if at < 0 {
		return nil
	}
	toks := tokenize(text[at+len(s.f.ref):], 0)
	// The topic word right after the name: not "Hunter's claim, which ... about".
	if len(toks) == 0 || toks[0].start > 1 {
		return nil
	}
	topic := strings.ToLower(toks[0].key)
	said := sayingParticiple(topic)
	if !accountTopics[topic] && !said {
		return nil
	}
	var out []afterWord
	for _, w := range toks[1:] {
		low := strings.ToLower(w.key)
		if accountEnds[low] || said && beForms[low] {
			break // "tweets accusing her of lying are lies": the clause's own verb
		}
		if t := stem(w.key); has(s.f.content, t) && !accountWords[t] && !strings.EqualFold(w.key, s.f.falsity) {
			out = append(out, afterWord{t, low != w.key && !w.sentStart})
		}
		if w.punctAfter {
			break
		}
	}
	return out
}

// accountTopics introduce what an account says or what about: "claim that", "remarks
// about"; not "on" or "over", which as often tell when ("Hunter's claim on Wednesday
// morning").
var accountTopics = setOf([]string{"that", "about", "of", "regarding", "concerning"})

// sayingParticiple reports whether w, right after an account's name, is a participle saying
// what the account says: "Trump's tweets accusing Machado of ...", "his remarks blaming the
// dam"; not one telling when ("his remarks during the debate", "following the debate").
func sayingParticiple(w string) bool {
	return len(w) > 5 && strings.HasSuffix(w, "ing") && !timeParticiples[w]
}

// timeParticiples end in -ing but tell when, not what.
var timeParticiples = setOf([]string{"during", "following", "preceding", "pending", "morning", "evening", "spring"})

// beForms end the clause of a participle after an account's name: "tweets accusing her of
// lying are lies".
var beForms = setOf([]string{"is", "are", "was", "were", "be", "been"})

// accountEnds end what a rejection says of the account it names: what follows calls it
// false ("Khan's claim that ... as lies") or says something else ("Trump's remarks about
// Muslims but will meet with him").
var accountEnds = setOf([]string{"as", "but"})

// pluralAccount reports whether ref names accounts in the plural: "Williams' false claims",
// "his remarks"; not "Cruz's description".
func pluralAccount(ref string) bool {
	f := strings.Fields(strings.ToLower(ref))
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ".,;:\"'“”‘’")
	return strings.HasSuffix(w, "s") && accountWords[w] && accountWords[strings.TrimSuffix(w, "s")]
}

// answersCharge returns 0.5 when one of statements i and j rejects charges ("rejected the
// accusations", "denied the allegations") and the other makes one ("accused officers of
// firing live ammunition"): the rejection is lined up with the charge it answers before the
// same side's other statements. 0 otherwise.
func (a *analysis) answersCharge(i, j int) float64 {
	for _, p := range [2][2]int{{i, j}, {j, i}} {
		s, o := a.stmts[p[0]], a.stmts[p[1]]
		if s.f.rejects() && o.claim.Cue.Class == claims.CueAccuse && chargeWords(s.claim.Content.Text) {
			return 0.5
		}
	}
	return 0
}

// chargeWords reports whether text speaks of charges: "the accusations", "allegations".
func chargeWords(text string) bool {
	for _, w := range strings.Fields(strings.ToLower(text)) {
		w = strings.Trim(w, ".,;:\"'“”‘’")
		if strings.HasPrefix(w, "accusation") || strings.HasPrefix(w, "allegation") || w == "charge" || w == "charges" {
			return true
		}
	}
	return false
}

// deniesLinedUp returns why one of statements l and r, lined up for what they share,
// denies the other: it denies or calls false what is said (a cue of denial or a word of
// falsity: "refuted the rumor that Islamic State terrorists had crossed the border") and the
// other says it without negation ("the Islamic State agents have crossed the border"), no
// demand, nor where its account came from ([tellsSource]), nor, of the person whose account
// the denial names, something other than what it denies ([analysis.saysOther]). "" when
// neither does, or both deny, or the denial turns something down ("rejected the offer"):
// their contents are then a rewording or an agreement.
func (a *analysis) deniesLinedUp(e, l, r int, side map[int]string) string {
	for _, p := range [2][2]int{{l, r}, {r, l}} {
		s, o := a.stmts[p[0]], a.stmts[p[1]]
		if s.f.rejects() && !o.f.rejects() && o.f.neg == "" && s.claim.Source != nil && !turnsDown(s) && !directive(o) && !tellsSource(o) && !a.saysOther(e, p[0], p[1]) {
			return a.rejectionExplanation(s, side[p[0]], side[p[1]])
		}
	}
	return ""
}

// negatesLinedUp returns why one of statements x and y (of sides sx and sy), lined up for
// what they share, negates what the other says: the word its negation governs is the
// other's, said without negation ("Islamic State militants are not entering the U.S."
// beside "ten fighters were apprehended while attempting to enter the U.S."). "" when
// neither or both negate, or one denies (see [analysis.deniesLinedUp]).
func negatesLinedUp(x, y *stmt, sx, sy string) string {
	if x.f.neg == "" {
		x, y, sx, sy = y, x, sy, sx
	}
	if x.f.neg == "" || y.f.neg != "" || x.f.rejects() || y.f.rejects() {
		return ""
	}
	w, phrase := governed(x)
	if w == "" || !affirms(y, w) {
		return ""
	}
	return fmt.Sprintf("%s says %q where %s affirms it", described(sx), phrase, described(sy))
}

// governed returns the stem of the word the negation of statement x governs: its negWord,
// but for "neither ... nor" joining who does it, the first word after the "nor" that
// names no one ("helped" of "neither the nominee nor her campaign helped a former Miss
// Universe get citizenship"); "neither helped nor hindered" negates its negWord, "helped".
// It returns the negation as a row quotes it too: "neither … nor her campaign helped".
func governed(x *stmt) (string, string) {
	if x.f.neg != "neither" {
		return x.f.negWord, negatedPhrase(x, x.f.neg)
	}
	toks := tokenize(x.claim.Content.Text, 0)
	n := slices.IndexFunc(toks, func(t token) bool { return strings.EqualFold(t.key, "neither") })
	at := slices.IndexFunc(toks, func(t token) bool { return strings.EqualFold(t.key, "nor") })
	if n < 0 || at < n+2 || !stopwords[lowerWord(toks[n+1].key)] && !capitalized(toks[n+1].key) {
		return x.f.negWord, negatedPhrase(x, x.f.neg)
	}
	for k, t := range toks[at+1:] {
		w := lowerWord(t.key)
		if !stopwords[w] && !capitalized(t.key) && !isTitle(t) && !agentWords[w] && len(w) > 2 {
			return stem(t.key), "neither … " + x.claim.Content.Text[toks[at].start:toks[at+1+k].end]
		}
	}
	return "", ""
}

// affirms reports whether statement y says the word of stem st, not as what something was
// ("an ex-wife", "the former minister" are no "wife" or "minister" for "is not the wife"),
// nor as who speaks ([speaksAs]: "U.S. officials have confirmed" says no "official" for "the
// page was not official", "the page was official" does), nor after a word of lacking in its
// clause ("the lack of capabilities to confirm cases" does not confirm them).
func affirms(y *stmt, st string) bool {
	text := y.claim.Content.Text
	toks := tokenize(text, 0)
	lacking := false
	for i, t := range toks {
		if stem(t.key) == st && !lacking && !speaksAs(toks, i) && (i == 0 || !formerWords[strings.ToLower(toks[i-1].key)]) {
			return true // the word of lacking itself is said: "lacks water" says "lack"
		}
		lacking = lacking || lackWords[strings.ToLower(t.key)]
		if t.punctAfter && i+1 < len(toks) && strings.ContainsAny(text[t.end:toks[i+1].start], ",;:.!?") {
			lacking = false // the clause ends: "unable to come, they confirmed"
		}
	}
	return false
}

// speaksAs reports whether toks[i] is a title naming who does something ("U.S. officials
// have confirmed"), not one said of something after a form of "be" ("the page was
// official", "she is the minister").
func speaksAs(toks []token, i int) bool {
	if !isTitle(toks[i]) {
		return false
	}
	j := i - 1
	if j >= 0 && loweredWord(determiners, toks[j].key) {
		j--
	}
	return j < 0 || !beForms[strings.ToLower(toks[j].key)]
}

// formerWords make of the word after them what something was.
var formerWords = setOf([]string{"ex", "former", "onetime", "erstwhile"})

// lackWords say that what follows them in their clause is wanting: "the lack of diagnostic
// capabilities to confirm cases", "unable to enter".
var lackWords = setOf([]string{"lack", "lacks", "lacked", "lacking", "unable", "inability", "failed", "fails", "failure", "absence"})

// deniedAlike reports whether statements i and j share two words or more besides names:
// the words of a name ("Abu Bakr al-Baghdadi", capitalised inside a sentence, and its
// particles of two letters, "al") tell who is spoken of, not what is denied of him ("a
// woman detained in Lebanon is a wife of Abu Bakr al-Baghdadi" and "they are holding a
// woman believed to be al-Baghdadi's wife" share "woman" and "wife"; not "she was married
// to Abu Bakr al-Baghdadi six years ago").
func (a *analysis) deniedAlike(i, j int) bool {
	if a.shared(i, j, nil) < 2 {
		return false
	}
	names := map[string]bool{}
	for _, k := range [2]int{i, j} {
		for _, w := range tokenize(a.stmts[k].claim.Content.Text, 0) {
			if r, _ := utf8.DecodeRuneInString(w.key); unicode.IsUpper(r) && !w.sentStart {
				names[stem(w.key)] = true
			}
		}
	}
	return a.shared(i, j, func(t string) bool { return len(t) > 2 && !names[t] && !strings.HasPrefix(t, "=") }) >= 2
}

// sameSentence reports whether statements i and j come from one sentence of one document.
func (a *analysis) sameSentence(i, j int) bool {
	x, y := a.stmts[i].claim, a.stmts[j].claim
	return x.Doc == y.Doc && x.Sentence == y.Sentence
}

// pairConflict judges two statements of event e: one rejects the other's side, or their
// contents cannot both hold.
func (a *analysis) pairConflict(e, l, r int, side map[int]string) (conflict, bool) {
	for _, p := range [2][2]int{{l, r}, {r, l}} {
		s := a.stmts[p[0]]
		if !s.f.rejects() || s.claim.Source == nil {
			continue
		}
		// The side whose account it names, or, naming none ("a claim DHS said was false"),
		// the other side of the pair: explicit then wants a word of falsity and one story.
		if t := a.targetSide(e, p[0], side); t == side[p[1]] && t != side[p[0]] || t == "" && side[p[1]] != side[p[0]] {
			present := map[string]bool{side[l]: true, side[r]: true}
			// Only the statements the rejection answers: not the other side's demand
			// for an inquiry, nor what it says beyond the closest few, nor where its
			// account came from, nor its taking the account back.
			if k, ok := a.explicit(e, p[0], side, present); ok && !tellsSource(a.stmts[p[1]]) && !retracts(a.stmts[p[1]]) && (slices.Contains(k.stmts[1:], p[1]) && !a.saysOther(e, p[0], p[1]) || a.answersToo(e, p[0], p[1], k)) {
				return k, true
			}
		}
	}
	return a.implicit(l, r, side)
}

// saysOther reports whether statement j of the person rejection i of event e names says
// something other than what i rejects, though among the closest statements i is shown
// against: i says after the account's name what it rejects, and j shares no content word
// with it ("the photos were old" beside "contradicted Doocy's statement that he was a
// pilot"). See [tellsRejected].
func (a *analysis) saysOther(e, i, j int) bool {
	s, o := a.stmts[i], a.stmts[j]
	if s.f.targetP == "" || a.namedActor(e, i) != o.actor {
		return false
	}
	after := afterAccount(s)
	return len(after) > 0 && !tellsAfter(s, o, after)
}

// tellsSource reports whether statement o tells where its speaker's account came from rather
// than what it says, which no rejection of the account denies: a word of provenance among
// its first words ("he learned the information from the Border Patrol", "I've asked the
// border patrol", "his sources are players on the tour"; "information" only when the words
// after it say where it came from, not "the information about the fighters was accurate"),
// and no account its source gave reported after it ("Border Patrol sources told him that ten
// fighters were caught").
func tellsSource(o *stmt) bool {
	toks := tokenize(o.claim.Content.Text, 0)
	for i, w := range toks {
		if i == sourceWindow {
			return false
		}
		low := strings.ToLower(w.key)
		if sourceWords[low] && (low != "information" || fromAfter(toks[i+1:])) {
			return !slices.ContainsFunc(toks[i+1:], func(t token) bool { return relayWords[strings.ToLower(t.key)] })
		}
	}
	return false
}

// retracts reports whether statement o takes its speaker's account back, which agrees with
// a rejection of it rather than clashing: its cue or content retracts or apologises ("I
// want to make a full retraction", "is walking back everything he said", "backtracked"),
// or calls the account only an opinion ("was only my opinion and not based on facts").
// Not of an apologist, nor of a walk back to a place ("walked back to the village").
//
// Not after a negation, a refusal or a demand ("refused to apologise", "demanded that she
// retract it", "should apologise"): that takes nothing back.
func retracts(o *stmt) bool {
	toks := tokenize(o.claim.Cue.Text+" "+o.claim.Content.Text, 0)
	for i, t := range toks {
		w := strings.ToLower(t.key)
		if negWords[w] || strings.HasSuffix(w, "n't") || strings.HasPrefix(w, "refus") || directiveCues[w] || w == "should" || w == "must" {
			return false
		}
		next, then := lowerAt(toks, i+1), lowerAt(toks, i+2)
		switch {
		case strings.HasPrefix(w, "retract"), strings.HasPrefix(w, "apolog") && !strings.HasPrefix(w, "apologist"), strings.HasPrefix(w, "backtrack"):
			return true
		case walkForms[w] && next == "back" && !wayBack[then]:
			return true
		case onlyWords[w] && next == "my" && then == "opinion":
			return true
		}
	}
	return false
}

// lowerAt returns the word toks[i] in lower case, or "" past the end of toks.
func lowerAt(toks []token, i int) string {
	if i >= len(toks) {
		return ""
	}
	return strings.ToLower(toks[i].key)
}

// walkForms and onlyWords make up the phrases of taking an account back ([retracts]):
// "walking back", "only my opinion"; wayBack, after "walking back", makes it a walk to a
// place ("walking back to the village", "walked back home").
var (
	walkForms = setOf([]string{"walk", "walks", "walked", "walking"})
	onlyWords = setOf([]string{"only", "just", "merely"})
	wayBack   = setOf([]string{"to", "into", "toward", "towards", "home", "through", "across", "inside", "onto", "up", "down"})
)

// fromAfter reports whether toks, the words after "information", say where it came from:
// "from the Border Patrol", "regarding the capture ... comes directly from", "came for a
// high level source"; not "about the fighters was accurate", which tells what it says.
func fromAfter(toks []token) bool {
	return slices.ContainsFunc(toks, func(t token) bool { return originWords[strings.ToLower(t.key)] })
}

// originWords say where information came from ([fromAfter]).
var originWords = setOf([]string{"from", "came", "comes", "source", "sources"})

// sourceWindow is how many first words of a statement may name where its account came from
// ([tellsSource]).
const sourceWindow = 6

// sourceWords name where an account came from; relayWords report what a source said.
var (
	sourceWords = setOf([]string{"information", "source", "sources", "asked"})
	relayWords  = setOf([]string{"tell", "told", "tells", "telling", "say", "said", "says", "saying"})
)

// answersToo reports whether rejection k of statement i also answers statement j of the side
// it rejects, beyond the closest few it is shown against in the contested list: j is no
// demand, and i names j's speaker's account and j may tell it ("denied Hunter's claim that
// terror suspects were caught near the border" answers each of Hunter's ways of saying it;
// see [tellsRejected]) or i says much the same as j, in j's story when it names no account.
func (a *analysis) answersToo(e, i, j int, k conflict) bool {
	s, o := a.stmts[i], a.stmts[j]
	if directive(o) {
		return false
	}
	if s.f.targetP != "" && o.actor != "" && a.namedActor(e, i) == o.actor && tellsRejected(s, o) {
		return true
	}
	return a.sim(i, j) >= answerSim && (k.conf != confExplicitBare || a.sameStory(s.doc, o.doc))
}

// sharesContent reports whether statements x and y share a content word: two whose diff
// keeps only "the" ("the page was not official" beside "the U.S. killed the group's
// leader") reword nothing of each other.
func sharesContent(x, y *stmt) bool {
	return slices.ContainsFunc(x.f.content, func(t string) bool { return has(y.f.content, t) })
}

// equalShare returns the share of the words of a diff that are equal on both sides.
func equalShare(d []DiffOp) float64 {
	eq, all := 0, 0
	for _, op := range d {
		n := len(strings.Fields(op.Text))
		all += n
		if op.Op == Equal {
			eq += 2 * n
			all += n
		}
	}
	if all == 0 {
		return 1
	}
	return float64(eq) / float64(all)
}

// sidesHint names the corpus's sides with most statements for an error message: "; the
// sides with most statements are Apple (4), Consumer Reports (3)", or "" when none has one.
func (a *analysis) sidesHint() string {
	n := map[string]int{}
	for _, s := range a.stmts {
		if s.side != "" {
			n[s.side]++
		}
	}
	order := sortedByCount(n)
	if len(order) == 0 {
		return "; no statement has a side (--side defines sides)"
	}
	parts := make([]string, 0, 8)
	for _, s := range order[:min(len(order), 8)] {
		parts = append(parts, fmt.Sprintf("%s (%d)", s, n[s]))
	}
	return "; the sides with most statements are " + strings.Join(parts, ", ")
}
