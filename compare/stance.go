package compare

import (
	_ "embed"
	"fmt"
	"math"
	"regexp"
	"slices"
	"strings"
	"sync"
	"unicode"

	"claimdiff/claims"
	"claimdiff/compare/internal/stance"
)

// Stance is how a text stands toward a claim.
type Stance int

// The stances, after FNC-1's agree, disagree, discuss and unrelated.
const (
	StanceUnrelated Stance = iota // the text does not speak of the claim
	StanceSupports                // the text asserts the claim
	StanceRefutes                 // the text denies or debunks the claim
	StanceDiscusses               // the text reports the claim without taking a side
)

var stanceNames = [...]string{
	StanceUnrelated: "unrelated",
	StanceSupports:  "supports",
	StanceRefutes:   "refutes",
	StanceDiscusses: "discusses",
}

// String returns "unrelated", "supports", "refutes" or "discusses".
func (s Stance) String() string {
	if s < 0 || int(s) >= len(stanceNames) {
		return fmt.Sprintf("Stance(%d)", int(s))
	}
	return stanceNames[s]
}

// ParseStance returns the stance named s, as printed by [Stance.String]. It also takes
// FNC-1's names: "agree", "disagree", "discuss".
func ParseStance(s string) (Stance, error) {
	for i, n := range stanceNames {
		if n == s {
			return Stance(i), nil
		}
	}
	switch s {
	case "agree":
		return StanceSupports, nil
	case "disagree":
		return StanceRefutes, nil
	case "discuss":
		return StanceDiscusses, nil
	}
	return 0, fmt.Errorf("unknown stance %q (want supports, refutes, discusses or unrelated)", s)
}

// MarshalText implements encoding.TextMarshaler.
func (s Stance) MarshalText() ([]byte, error) { return []byte(s.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (s *Stance) UnmarshalText(b []byte) error {
	v, err := ParseStance(string(b))
	if err != nil {
		return err
	}
	*s = v
	return nil
}

// fromLabel maps the model's FNC-1 label index to a Stance.
var fromLabel = [stance.NumLabels]Stance{
	stance.Agree:     StanceSupports,
	stance.Disagree:  StanceRefutes,
	stance.Discuss:   StanceDiscusses,
	stance.Unrelated: StanceUnrelated,
}

var (
	//go:embed stance_model.json
	stanceModelJSON []byte
	//go:embed stance_model_trainside.json
	trainSideModelJSON []byte
)

// stanceModel is the model check uses, fitted on all of FNC-1 train; trainSideModel is the
// same model fitted on the claim-disjoint train side only, to score the dev side with (see
// [FNC1TrainSide]). Both are embedded and loaded on first use.
var (
	stanceModel    = sync.OnceValue(func() *stance.Model { return mustLoad("stance_model.json", stanceModelJSON) })
	trainSideModel = sync.OnceValue(func() *stance.Model {
		return mustLoad("stance_model_trainside.json", trainSideModelJSON)
	})
)

// mustLoad loads an embedded model. A model that does not load is a build defect (the tests
// load both), not an input error.
func mustLoad(name string, b []byte) *stance.Model {
	m, err := stance.Load(b)
	if err != nil {
		panic("compare: embedded " + name + ": " + err.Error())
	}
	return m
}

// StanceOf returns how an article's text stands toward claim, as the embedded model judges
// it (fitted on FNC-1 articles) and [StanceChecker] with the default options decides
// ([DefaultMinRelated]), and the model's probability of that stance. To compare a
// claim with many texts, a [StanceChecker] prepares the claim once; to compare a claim with
// another statement, see [StatementStance].
func StanceOf(claim, text string) (Stance, float64) {
	s, p := stanceProbs(stance.NewClaim(claim), stance.NewText(text))
	return s, p[s]
}

// StatementStance returns how a short text (a statement's content, a sentence) stands toward
// claim, by rules on its words, since the model's features mean little on so short a text;
// the conflict finder can call it claim against claim. The rules, in order: unrelated when
// the statement holds less than 30% of the claim's content words (weighted: everyday words
// count half, function words not at all); refutes when exactly one of the two negates the
// claim's words or has a refuting or denial word ("not limited", "denies", "a hoax",
// "contrary to the facts", "apocryphal"; a doubt denied, "no doubt that", is neither, nor in
// the statement a "despite" that concedes rather than sets it against a report) or says
// someone is alive where the other tells of a death, or when the statement restricts
// ("limited to", "merely"; not "the only") and the claim does not and adds words weighing a
// third of it; discusses when the statement hedges (reportedly, allegedly, claimed) or,
// refuting nothing, tells the claim's words as a report's or story's content ("a report went
// viral that ..."), and the claim does not; supports otherwise. The full list is
// stance.Rule's. The confidence grows with the share of
// claim words, from 0.55 to 0.9 (0.5 to 1 for unrelated).
func StatementStance(claim, statement string) (Stance, float64) {
	return ruleStance(stance.NewClaim(claim), stance.NewText(statement))
}

func ruleStance(c *stance.Claim, t *stance.Text) (Stance, float64) {
	l, conf := stance.Rule(c, t)
	return fromLabel[l], conf
}

// stanceProbs returns the stance check gives (see [CheckOptions.MinRelated]) and the
// probability of each stance.
func stanceProbs(c *stance.Claim, t *stance.Text) (Stance, [4]float64) {
	var buf [stance.MaxInputs]float64
	m := stanceModel()
	p, _ := m.Judge(c, t, DefaultMinRelated, buf[:stance.NumFeatures])
	return decideAt(m, p, DefaultMinRelated)
}

// decideAt returns the model m's decision on the probabilities p, indexed by FNC-1 label,
// with minRelated as the threshold on related, and the probabilities indexed by Stance.
func decideAt(m *stance.Model, p [stance.NumLabels]float64, minRelated float64) (Stance, [4]float64) {
	var out [4]float64
	for l, v := range p {
		out[fromLabel[l]] = v
	}
	return fromLabel[m.DecideAt(p, minRelated)], out
}

// DefaultMinRelated is the least probability of being related to a claim at which check
// judges a text related (and then supporting, refuting or discussing it). On the train
// side's folds of FNC-1 (trainstance's cross-validation) 0.3 misses 5.5-5.8% of the related
// pairs and takes 29-33% of the hard unrelated ones (another story's article that shares
// most words with the claim) as related; 0.2 misses 3.2-3.5% and takes 38-45%, 0.5 misses
// 11-12% and takes 18-21%. An article wrongly judged unrelated is one the reader does not
// open; one wrongly judged related shows its thin evidence. See [CheckOptions.MinRelated].
const DefaultMinRelated = 0.3

// FNC1MinRelated returns the threshold on related the embedded model was tuned with, the one
// that maximises the FNC-1 score on FNC-1 train's train side, and which [PredictFNC1] uses.
func FNC1MinRelated() float64 { return stanceModel().Threshold }

// CheckOptions sets how a [StanceChecker] judges documents.
type CheckOptions struct {
	// MaxEvidence is the most sentences covering the claim listed per document (each may bring
	// the refuting sentence after it); 0 means 3.
	MaxEvidence int
	// MinCoverage is the least share of the claim's content words (weighted) a sentence must
	// contain to be evidence; 0 means 0.3.
	MinCoverage float64
	// Claims, when set, returns the attributed statements of a document, so evidence carries
	// its speaker; [claims.Extract] is the usual choice. Nil means no speakers.
	Claims func(*claims.Document) []claims.Claim
	// MinRelated is the least probability that a document is related to the claim for it to
	// be judged supporting, refuting or discussing it rather than unrelated; 0 means
	// [DefaultMinRelated], 0.3. The model's own threshold ([FNC1MinRelated], 0.15 to 0.2) maximises
	// the FNC-1 score, which costs a related pair judged unrelated four times what it costs
	// the reverse and whose unrelated pairs are random articles: a reader is better served by
	// fewer articles about something else judged as if they bore on the claim.
	MinRelated float64
}

// StanceEvidence is one sentence or attributed statement a stance rests on.
type StanceEvidence struct {
	Span       claims.Span // into the document's text
	Text       string      // the document's text at Span
	Line       int         // 1-based line of Span.Start
	Stance     Stance      // how this piece alone stands toward the claim
	Confidence float64     // the confidence in Stance, from [StatementStance]'s rules
	Speaker    string      // who says it, when an attributed statement; "" otherwise
	Cue        string      // the attribution cue ("said", "rejected"), or for an account the word naming it ("version")
	// Statement is the attributed statement whose content this is (its source, cue and
	// content with their spans); nil for a sentence and for an account another speaker
	// denies. It points at the claim the checker was given (or extracted), not a copy.
	Statement *claims.Claim
	// Whole is the span of the whole sentence or content when it is longer than
	// [MaxEvidenceBytes] and Span is an excerpt of it ([stance.Excerpt]: the stretch holding
	// most of the claim's words); zero otherwise. Stance is the whole's.
	Whole   claims.Span
	account bool // Speaker's account as referred to by another speaker's denial
}

// MaxEvidenceBytes is the longest evidence text shown whole: a longer sentence or content (a
// run-on text with no sentence end, a quotation running on) is shown as an excerpt of at most
// this many bytes around the claim's words, with [StanceEvidence.Whole] its full span.
const MaxEvidenceBytes = 600

// StanceResult is how one document stands toward a claim, and why.
type StanceResult struct {
	Doc        string  // the document's name
	Stance     Stance  // the document's stance
	Confidence float64 // the probability of Stance
	// Probs is the probability of each stance, indexed by Stance.
	Probs    [4]float64
	Evidence []StanceEvidence // best evidence first; none when unrelated
}

// StanceChecker judges documents against one claim.
type StanceChecker struct {
	claim   *stance.Claim
	numbers []number // the claim's numbers, for evidence that gives others
	money   currency // the currencies the claim's amounts are in
	opts    CheckOptions
}

// NewStanceChecker prepares claim for checking documents against it.
func NewStanceChecker(claim string, opts CheckOptions) *StanceChecker {
	if opts.MaxEvidence <= 0 {
		opts.MaxEvidence = 3
	}
	if opts.MinCoverage <= 0 {
		opts.MinCoverage = 0.3
	}
	if opts.MinRelated <= 0 {
		opts.MinRelated = DefaultMinRelated
	}
	return &StanceChecker{claim: stance.NewClaim(claim), numbers: textNumbers(claim), money: currencies(claim), opts: opts}
}

// Words returns how many content words of the claim the checker looks for in a text
// (function words such as "the" and "of" are not looked for). With none, every text is
// unrelated to the claim.
func (sc *StanceChecker) Words() int { return sc.claim.Words() }

// Check returns how doc stands toward the checker's claim, with the evidence sentences.
func (sc *StanceChecker) Check(doc *claims.Document) StanceResult {
	t := stance.NewText(doc.Text)
	var buf [stance.MaxInputs]float64
	p, covs := stanceModel().Judge(sc.claim, t, sc.opts.MinRelated, buf[:stance.NumFeatures])
	return sc.result(doc, t, covs, p)
}

// result is doc's stance from the model's probabilities p, with the evidence when related.
func (sc *StanceChecker) result(doc *claims.Document, t *stance.Text, covs []float64, p [stance.NumLabels]float64) StanceResult {
	st, probs := decideAt(stanceModel(), p, sc.opts.MinRelated)
	r := StanceResult{Doc: doc.Name, Stance: st, Confidence: probs[st], Probs: probs}
	if st == StanceUnrelated {
		return r
	}
	r.Evidence = sc.evidence(doc, t, covs, st)
	return r
}

// CheckPairs returns how each document stands toward its own claim, docs[i] toward
// claimTexts[i], in order, with the evidence as [StanceChecker.Check] gives it. Unlike
// checking pair by pair, it judges the related pairs that share a text together: a text
// stands one way toward a story whichever claim about it comes along, so each pair's
// supports, refutes and discusses are mixed with the other pairs' on the same text (at the
// weight the model was tuned with), read with agree and refute swapped between a claim that
// states the story and one that debunks it ("X happened", "X is a hoax"). Whether a pair is
// related is judged alone. Each distinct text and claim is prepared once.
func CheckPairs(claimTexts []string, docs []*claims.Document, opts CheckOptions) ([]StanceResult, error) {
	if len(claimTexts) != len(docs) {
		return nil, fmt.Errorf("checking %d claims against %d documents", len(claimTexts), len(docs))
	}
	checkers := map[string]*StanceChecker{}
	cs := make([]*stance.Claim, len(docs))
	texts := make([]string, len(docs))
	for i, c := range claimTexts {
		sc := checkers[c]
		if sc == nil {
			sc = NewStanceChecker(c, opts)
			checkers[c] = sc
		}
		cs[i], texts[i] = sc.claim, docs[i].Text
	}
	ts, covs, probs := judgeJointly(stanceModel(), cs, texts, opts.MinRelated)
	out := make([]StanceResult, len(docs))
	for i, doc := range docs {
		out[i] = checkers[claimTexts[i]].result(doc, ts[i], covs[i], probs[i])
	}
	return out, nil
}

// judgeJointly returns, for each claim cs[i] against texts[i], the prepared text, the
// sentence coverages and the model's probabilities after [stance.Joint] mixes the related
// pairs on the same text. A pair whose probability of related is below both minRelated
// and the model's threshold is judged without its text's attributions ([stance.Model.Judge]).
func judgeJointly(m *stance.Model, cs []*stance.Claim, texts []string, minRelated float64) ([]*stance.Text, [][]float64, [][stance.NumLabels]float64) {
	prepared := map[string]*stance.Text{}
	ts := make([]*stance.Text, len(cs))
	covs := make([][]float64, len(cs))
	probs := make([][stance.NumLabels]float64, len(cs))
	related := make([]bool, len(cs))
	debunks := make([]bool, len(cs))
	var buf [stance.MaxInputs]float64
	for i, c := range cs {
		t := prepared[texts[i]]
		if t == nil {
			t = stance.NewText(texts[i])
			prepared[texts[i]] = t
		}
		ts[i] = t
		probs[i], covs[i] = m.Judge(c, t, min(minRelated, m.Threshold), buf[:stance.NumFeatures])
		related[i] = m.Decide(probs[i]) != stance.Unrelated
		debunks[i] = c.Debunks()
	}
	return ts, covs, stance.Joint(probs, texts, related, debunks, m.Joint)
}

// evidence lists the sentences that cover the claim best (at most MaxEvidence), each with its
// own stance; a sentence holding attributed statements gives one item per statement that
// bears on the claim, with its speaker.
func (sc *StanceChecker) evidence(doc *claims.Document, t *stance.Text, covs []float64, st Stance) []StanceEvidence {
	ev := &evidenceList{doc: doc, t: t, covs: covs, taken: map[int]bool{}}
	if sc.opts.Claims != nil {
		ev.cs = sc.opts.Claims(doc)
	}
	if sc.covering(ev) == 0 {
		sc.mostCovering(ev)
	}
	// A text judged to refute a claim that states its story, with no refuting item in its
	// evidence yet, gets the refuting sentence in its own voice that holds most of the
	// claim's words: the reason for the judgement.
	if st == StanceRefutes && !sc.claim.Debunks() && !slices.ContainsFunc(ev.out, func(e StanceEvidence) bool { return e.Stance == st }) {
		sc.refutingSentence(ev, st)
	}
	sc.holdersDenied(ev)
	sc.accountsTold(ev)
	settleAccounts(ev.out)
	for i := range ev.out {
		sc.excerpt(doc, &ev.out[i])
	}
	return ev.out
}

// excerpt cuts evidence item e of doc to an excerpt of at most [MaxEvidenceBytes] around the
// claim's words when its text is longer, keeping the whole span in e.Whole; its stance, judged
// on the whole, stays.
func (sc *StanceChecker) excerpt(doc *claims.Document, e *StanceEvidence) {
	if len(e.Text) <= MaxEvidenceBytes {
		return
	}
	a, b := stance.Excerpt(sc.claim, stance.NewText(e.Text), MaxEvidenceBytes)
	e.Whole = e.Span
	e.Span = claims.Span{Start: e.Whole.Start + a, End: e.Whole.Start + b}
	e.Text = doc.Text[e.Span.Start:e.Span.End]
	e.Line = 1 + strings.Count(doc.Text[:e.Span.Start], "\n")
}

// accountsTold gives each account a denial refers to ("the Embassy's version of the phone
// call") the words the document tells it in, when it tells it near the denial: an
// unattributed report ending just before the denial ("reportedly discussed
// ‘Pakistan-based terrorists’ issue with him" before "Pakistan rejected the US State
// Department’s version"), else the statement of the account's holder near it that holds
// most of the claim, the nearest of those ("The Embassy said the ministers had discussed
// border security" after "rejected the Embassy's version"). A statement already in the
// evidence, or given to another account, is not given again; an account told nowhere near
// keeps the denial's words.
func (sc *StanceChecker) accountsTold(ev *evidenceList) {
	given := map[*claims.Claim]bool{}
	for _, e := range ev.out {
		if e.Statement != nil {
			given[e.Statement] = true
		}
	}
	for i := 1; i < len(ev.out); i++ {
		a, d := &ev.out[i], &ev.out[i-1]
		if !a.account || d.Statement == nil {
			continue
		}
		c := sc.accountStatement(ev, d.Statement, a.Speaker, given)
		if c == nil {
			continue
		}
		given[c] = true
		a.Span = contentSpan(ev.doc, c)
		a.Text = ev.doc.Text[a.Span.Start:a.Span.End]
		a.Line = 1 + strings.Count(ev.doc.Text[:a.Span.Start], "\n")
	}
}

// accountStatement returns the statement of the evidence's document that tells the account
// of holder that denial d refers to: the nearest statement with no source ending at most
// denialReach bytes before d's cue, else of holder's statements that deny nothing, at most
// denialReach bytes from d, the one that covers most of the claim, the nearest of those; nil
// when there is none (d itself, the statements in given and those that give a reason,
// [givesReason], do not count).
func (sc *StanceChecker) accountStatement(ev *evidenceList, d *claims.Claim, holder string, given map[*claims.Claim]bool) *claims.Claim {
	var own, report *claims.Claim
	bestCov, bestDist := -1.0, 0
	for i := range ev.cs {
		c := &ev.cs[i]
		if c == d || given[c] || c.Content.Span == d.Content.Span || c.Cue.Class == claims.CueDeny || !c.Content.Span.In(len(ev.doc.Text)) {
			continue
		}
		if c.Source == nil {
			if back := d.Cue.Start - c.Content.End; back >= 0 && back <= denialReach && (report == nil || c.Content.End > report.Content.End) {
				report = c
			}
			continue
		}
		dist := spanGap(c.Content.Span, d.Content.Span)
		if dist > denialReach || holderIn([]string{c.Speaker()}, holder) == "" || givesReason(c.Content.Text) {
			continue
		}
		cov := stance.Coverage(sc.claim, stance.NewText(c.Content.Text))
		if cov > bestCov || cov == bestCov && dist < bestDist {
			own, bestCov, bestDist = c, cov, dist
		}
	}
	if report != nil {
		return report
	}
	return own
}

// givesReason reports whether content opens with "because", past quote marks: an answer
// that gives the speaker's reason or source ("“Because I’ve asked the Border Patrol,
// Greta.”", to how he knew), not the account he is said to hold.
func givesReason(content string) bool {
	w, _, _ := strings.Cut(strings.TrimLeft(content, "\"'“‘ "), " ")
	return strings.EqualFold(w, "because")
}

// spanGap returns how many bytes lie between spans x and y; 0 when they touch or overlap.
func spanGap(x, y claims.Span) int {
	return max(0, x.Start-y.End, y.Start-x.End)
}

// evidenceList is the evidence of a text t (of document doc, its statements cs, and the
// share of the claim each sentence covers, covs) found so far: the items, the spans of the
// sentences they come from (used) and those sentences (taken).
type evidenceList struct {
	doc   *claims.Document
	t     *stance.Text
	covs  []float64
	cs    []claims.Claim
	out   []StanceEvidence
	used  []claims.Span
	taken map[int]bool
}

// covering adds the items of the sentences that cover at least MinCoverage of the claim,
// best first, at most MaxEvidence of them, and returns how many there are.
func (sc *StanceChecker) covering(ev *evidenceList) int {
	t, covs := ev.t, ev.covs
	covering := 0
	for _, si := range stance.EvidenceOrder(covs, len(covs)) {
		if covs[si] < sc.opts.MinCoverage || covering >= sc.opts.MaxEvidence {
			break
		}
		if ev.taken[si] {
			continue
		}
		sent := t.Sentences[si].Span
		items := sc.statementEvidence(ev.doc, sent, ev.cs)
		if len(items) == 0 {
			// The sentence covers the claim well enough to be evidence: at worst it discusses.
			e := sc.piece(ev.doc, sent, nil)
			if e.Stance == StanceUnrelated {
				e.Stance, e.Confidence = StanceDiscusses, 0.5
			}
			items = []StanceEvidence{e}
		}
		ev.out = append(ev.out, items...)
		ev.used = append(ev.used, sent)
		ev.taken[si] = true
		covering++
		sc.refutingNext(ev, si)
	}
	return covering
}

// refutingNext adds the sentence after sentence si when the text refutes in its own voice
// there without naming the claim ("It is a hoax: the clip was edited"): it tells how the
// text takes what it reports, and the model reads it too. It refutes a claim that states the
// story and supports one that debunks it. A speaker's denial there is left to the accounts
// (see [StanceChecker.holdersDenied]), which know what it denies; a speaker whose words
// refute there ("“A lie,” Shekau said.") gives the item, his words (see
// [StanceChecker.refutingPiece]).
func (sc *StanceChecker) refutingNext(ev *evidenceList, si int) {
	t := ev.t
	n := si + 1
	if n >= len(t.Sentences) || ev.taken[n] || !refuting(ev, n) || holdsDenial(ev.cs, t.Sentences[n].Span) {
		return
	}
	e := sc.refutingPiece(ev, t.Sentences[n].Span)
	if e.Stance == StanceUnrelated {
		e.Stance, e.Confidence = refuteStance(sc.claim), 0.6
	}
	ev.out = append(ev.out, e)
	ev.used = append(ev.used, t.Sentences[n].Span)
	ev.taken[n] = true
}

// refuting reports whether sentence si of the evidence's text refutes or denies something in
// its own words ([stance.Text.Refuting]) once the phrases whose refuting word refutes nothing
// are set aside (see [notRefutingRE]).
func refuting(ev *evidenceList, si int) bool {
	if !ev.t.Refuting(si) {
		return false
	}
	sp := ev.t.Sentences[si].Span
	text := ev.doc.Text[sp.Start:sp.End]
	if !notRefutingRE.MatchString(text) {
		return true
	}
	rest := stance.NewText(notRefutingRE.ReplaceAllString(text, " "))
	for i := range rest.Sentences {
		if rest.Refuting(i) {
			return true
		}
	}
	return false
}

// notRefutingRE finds the phrases whose refuting word refutes nothing: a doubt denied ("there
// is little doubt that", "no doubt"), someone or something lying somewhere ("a body lying on
// the floor").
var notRefutingRE = regexp.MustCompile(`(?i)\b(?:(?:no|little|without|beyond|avoidance of)\s+(?:a\s+)?doubt|lying\s+(?:in|on|at|under|beside|next to|near))\b`)

// mostCovering adds, for a related text none of whose sentences holds MinCoverage of the
// claim, the sentence that holds most of it, with that sentence's own stance (often
// unrelated): the judgement then rests on the text as a whole, and the reader should see
// how little of the claim any one sentence holds.
func (sc *StanceChecker) mostCovering(ev *evidenceList) {
	best := -1
	for si := range ev.t.Sentences {
		if ev.covs[si] > 0 && (best < 0 || ev.covs[si] > ev.covs[best]) {
			best = si
		}
	}
	if best < 0 {
		return
	}
	sent := ev.t.Sentences[best].Span
	items := sc.statementEvidence(ev.doc, sent, ev.cs)
	if len(items) == 0 {
		items = []StanceEvidence{sc.piece(ev.doc, sent, nil)}
	}
	ev.out = append(ev.out, items...)
	ev.used = append(ev.used, sent)
	ev.taken[best] = true
}

// refutingSentence adds the refuting sentence, not yet taken, that holds most of the
// claim's words, when its stance is st: its words, or those of the speaker whose statement
// there refutes (see [StanceChecker.refutingPiece]); a speaker's denial is left to the
// accounts.
func (sc *StanceChecker) refutingSentence(ev *evidenceList, st Stance) {
	t, covs := ev.t, ev.covs
	best := -1
	for si := range t.Sentences {
		if !ev.taken[si] && covs[si] > 0 && refuting(ev, si) && !holdsDenial(ev.cs, t.Sentences[si].Span) && (best < 0 || covs[si] > covs[best]) {
			best = si
		}
	}
	if best < 0 {
		return
	}
	e := sc.refutingPiece(ev, t.Sentences[best].Span)
	if e.Stance == StanceUnrelated {
		e.Stance, e.Confidence = st, 0.55
	}
	if e.Stance == st {
		ev.out = append(ev.out, e)
		ev.used = append(ev.used, t.Sentences[best].Span)
	}
}

// holdersDenied adds the other denials of an account already in evidence, which bear on the
// claim too, and the denials of what a speaker in the evidence says: "Ned Price rejected
// Khan’s claims as speculation and lies" stands against Imran Khan's "Washington conspired
// ...".
func (sc *StanceChecker) holdersDenied(ev *evidenceList) {
	doc, cs := ev.doc, ev.cs
	var holders []string
	for _, e := range ev.out {
		if e.account || e.Speaker != "" && (e.Stance == StanceSupports || e.Stance == StanceRefutes) {
			holders = append(holders, e.Speaker)
		}
	}
	for i := range cs {
		c := &cs[i]
		if len(holders) == 0 || len(ev.out) >= 3*sc.opts.MaxEvidence || !c.Content.Span.In(len(doc.Text)) || inSpans(ev.used, c.Cue.Start) {
			continue
		}
		h, _ := accountHolder(c.Content.Text)
		name := holderIn(holders, h)
		if name == "" && c.Cue.Class == claims.CueDeny && pointsBackAny(c.Content.Text) {
			// "Stephen Richer rejected the claim" after Masters' allegation in the evidence.
			if j := claimantBefore(cs, i); j >= 0 {
				if name = holderIn(holders, cs[j].Speaker()); name != "" {
					ev.out = append(ev.out, denialPair(sc.piece(doc, c.Content.Span, c), name, refNoun(c.Content.Text))...)
					continue
				}
			}
		}
		if name == "" || c.Cue.Class != claims.CueDeny && !hasDenial(c.Content.Text) {
			continue
		}
		items := sc.statementItems(doc, c)
		for k := range items {
			if items[k].account {
				items[k].Speaker = name // "Khan" is the "Imran Khan" of the evidence
			}
		}
		ev.out = append(ev.out, items...)
	}
}

// claimantBefore returns the statement of cs that denial cs[i] of "the claim" answers: the
// nearest before it by another speaker, ending at most denialReach bytes before its cue; -1
// when there is none.
func claimantBefore(cs []claims.Claim, i int) int {
	c := &cs[i]
	for j := i - 1; j >= 0; j-- {
		o := &cs[j]
		if c.Cue.Start-o.Content.End > denialReach {
			break
		}
		if o.Source != nil && o.Speaker() != c.Speaker() && o.Cue.Class != claims.CueDeny {
			return j
		}
	}
	return -1
}

// refNoun returns the noun a reference to an account ends its first words with: "claim"
// of "the claim", "allegations" of "the allegations".
func refNoun(ref string) string {
	w := strings.Fields(ref)
	if len(w) > 1 {
		return strings.Trim(w[1], ",.;:\"“”")
	}
	return ref
}

// holderIn returns the name in names that account holder h stands for: the same name, or
// one that ends with it or that it ends with, word for word ("Khan" and "Imran Khan", "US
// State Department" and "State Department"); "" when none does.
func holderIn(names []string, h string) string {
	if h == "" {
		return ""
	}
	for _, n := range names {
		if n == h || strings.HasSuffix(n, " "+h) || strings.HasSuffix(h, " "+n) {
			return n
		}
	}
	return ""
}

// statementEvidence returns an item per attributed statement whose cue lies in sent (see
// [StanceChecker.statementItems]).
func (sc *StanceChecker) statementEvidence(doc *claims.Document, sent claims.Span, cs []claims.Claim) []StanceEvidence {
	var out []StanceEvidence
	for i := range cs {
		c := &cs[i]
		if c.Cue.Start < sent.Start || c.Cue.Start >= sent.End || !c.Content.Span.In(len(doc.Text)) {
			continue
		}
		out = append(out, sc.statementItems(doc, c)...)
	}
	return out
}

// statementItems returns the evidence of one attributed statement: its speaker's stance
// toward the claim. A denial reverses the stance of what it denies; a statement whose cue
// is negated ("would not say whether") discusses it; a denial of another
// side's account ("rejected the State Department’s version") yields one more item, for that
// account, whose holder stands against the denier (see [settleAccounts]).
func (sc *StanceChecker) statementItems(doc *claims.Document, c *claims.Claim) []StanceEvidence {
	e := sc.piece(doc, contentSpan(doc, c), c)
	denial := c.Cue.Class == claims.CueDeny || hasDenial(e.Text)
	if holder, noun := accountHolder(e.Text); denial && holder != "" {
		return denialPair(e, holder, noun)
	}
	if e.Stance == StanceUnrelated {
		return nil // a statement of the sentence about something else
	}
	if c.Cue.Class == claims.CueDeny && !callsUntrue(e.Text) {
		e.Stance = deniedStance(sc.claim, e.Stance)
	}
	if (c.Cue.Class == claims.CueAssert || c.Cue.Class == claims.CueBelieve) && negatedCue(c.Cue.Text) && e.Stance != StanceUnrelated {
		e.Stance = StanceDiscusses
	}
	if c.Cue.Class != claims.CueDeny && doubtedSource(c) && !sc.claim.Hedges() && (e.Stance == StanceSupports || e.Stance == StanceRefutes) {
		e.Stance = StanceDiscusses
	}
	return []StanceEvidence{e}
}

// doubtedSourceRE finds a word that calls a source unconfirmed: "unconfirmed reports",
// "a rash of rumors", "An unverified video", "alleged intelligence reports".
var doubtedSourceRE = regexp.MustCompile(`(?i)^(?:\S+\s+){0,3}(?:unconfirmed|unverified|rumou?rs?|rumou?rmonger|alleged|purported|speculation)\b`)

// doubtedSource reports whether statement c's source is called unconfirmed by one of its
// first four words ("Multiple unconfirmed reports say Nelson was found dead", "according to
// a rash of rumors"): the writer tells what it says without vouching for it, so the item
// discusses, unless the claim hedges too. A doubting word further on is another's ("the
// attorney for the man who recorded the alleged gunfire").
func doubtedSource(c *claims.Claim) bool {
	return c.Source != nil && doubtedSourceRE.MatchString(c.Source.Text)
}

// negatedCueRE finds a negation in a cue: "would not say", "has not officially confirmed",
// "also doesn’t mention", "never said".
var negatedCueRE = regexp.MustCompile(`(?i)\b(?:not|never)\b|n['’]t\b`)

// negatedCue reports whether cue, the words of a statement's cue, are negated: the speaker
// then does not say what the content holds ("would not say whether Godane was among the
// militants killed", "has not officially confirmed that Abdel Bary is the suspect", "is not
// asking customers to stop using Tor"), and the item only discusses it, whatever its words.
func negatedCue(cue string) bool { return negatedCueRE.MatchString(cue) }

// deniedStance is the stance toward claim c of a denial of what stands s toward it: the
// reverse of s, and for a report that only discusses the claim ("denied reports that it
// had agreed to a ceasefire") the stance of a refutation. A content that calls something
// untrue itself ("said the rumours were not true") is no denial of a denial: its own stance
// stands (see [StanceChecker.statementItems]).
func deniedStance(c *stance.Claim, s Stance) Stance {
	if s == StanceDiscusses {
		return refuteStance(c)
	}
	return reverse(s)
}

// denialPair returns denial e and an item for the account it denies, holder's (noun names
// it: "version", "claim"); the stances of both are settled once all evidence is in (see
// [settleAccounts]).
func denialPair(e StanceEvidence, holder, noun string) []StanceEvidence {
	e.Stance, e.Confidence = stanceUnsettled, 0
	a := e
	a.Speaker, a.Cue, a.Statement, a.account = holder, noun, nil, true
	return []StanceEvidence{e, a}
}

// stanceUnsettled marks evidence whose stance follows from others' (see settleAccounts).
const stanceUnsettled Stance = -1

// accountRE finds a reference to someone's account: "the US State Department’s version",
// "Khan’s claims". The holder is the run of capitalised words before the possessive.
var accountRE = regexp.MustCompile(`((?:[A-Z][\p{L}.&-]*\s+)*[A-Z][\p{L}.&-]*)['’]s\s+(?:[a-z]+\s+)?(version|versions|account|accounts|statement|statements|claim|claims|remarks|readout|report|reports|allegation|allegations|assertion|assertions|narrative|description)\b`)

// accountHolder returns who holds the account text refers to and the word for the account
// ("version", "statement"), or "" and "".
func accountHolder(text string) (holder, noun string) {
	m := accountRE.FindStringSubmatch(text)
	if m == nil {
		return "", ""
	}
	return m[1], m[2]
}

// denialRE finds words that call something untrue inside a statement's content.
var denialRE = regexp.MustCompile(`(?i)\b(?:contrary to the facts|untrue|not true|false|baseless|unfounded|fabricated|lies)\b`)

func hasDenial(text string) bool { return denialRE.MatchString(text) }

// callsUntrue reports whether text calls something untrue in so many words, a word of
// [denialRE] as a predicate ("the reports are false", "lies.", "not true, and") rather than
// before the noun it describes ("false identity papers", "a false report").
func callsUntrue(text string) bool {
	for _, m := range denialRE.FindAllStringIndex(text, -1) {
		next, _, _ := strings.Cut(strings.TrimLeft(text[m[1]:], " \"”’'"), " ")
		if next == "" || !unicode.IsLower(rune(next[0])) || predicateFollowers[strings.TrimRight(next, ",.;:!?\"”’'")] {
			return true
		}
	}
	return false
}

// predicateFollowers are the words that may follow a predicate adjective ("false and
// misleading", "untrue in every respect") rather than a noun it would describe.
var predicateFollowers = map[string]bool{
	"and": true, "or": true, "but": true, "nor": true, "in": true, "on": true, "by": true,
	"to": true, "as": true, "from": true, "because": true, "since": true, "according": true,
}

// settleAccounts gives unsettled items their stance. A denied account stands against its
// denier. An account the text reports without a source ("reportedly discussed
// ‘Pakistan-based terrorists’" before "Pakistan rejected the US State Department’s version")
// is the account denied, and takes that report's stance; otherwise, when the denier's own
// statements in the evidence take a side (supports or refutes), the account takes the other;
// a denier with no side of his own takes the side against an account whose stance another
// denial settled. What stays unknown is discusses.
func settleAccounts(ev []StanceEvidence) {
	side := map[string]Stance{} // speaker -> stance of his settled statements
	reported := stanceUnsettled // the stance of an unsourced report in the evidence
	for _, e := range ev {
		if e.Stance == StanceSupports || e.Stance == StanceRefutes {
			if _, ok := side[e.Speaker]; !ok && e.Speaker != "" {
				side[e.Speaker] = e.Stance
			}
			if e.Speaker == "" && e.Cue != "" && reported == stanceUnsettled {
				reported = e.Stance
			}
		}
	}

	for pass := 0; pass < 2; pass++ {
		for i := 0; i+1 < len(ev); i++ {
			d, a := &ev[i], &ev[i+1]
			if d.Stance != stanceUnsettled || !a.account {
				continue
			}
			if _, ok := side[a.Speaker]; !ok && reported != stanceUnsettled {
				d.Stance, a.Stance = reverse(reported), reported
			} else if s, ok := side[d.Speaker]; ok {
				d.Stance, a.Stance = s, reverse(s)
			} else if s, ok := side[a.Speaker]; ok && pass == 1 {
				d.Stance, a.Stance = reverse(s), s
			} else {
				continue
			}
			d.Confidence, a.Confidence = 0.5, 0.5
			if _, ok := side[a.Speaker]; !ok {
				side[a.Speaker] = a.Stance
			}
			i++
		}
	}
	for i := range ev {
		if ev[i].Stance == stanceUnsettled {
			ev[i].Stance, ev[i].Confidence = StanceDiscusses, 0.5
		}
	}
}

// piece judges one span of doc on its own against the claim, by [StatementStance]'s rules:
// the content of statement c, or a sentence when c is nil.
func (sc *StanceChecker) piece(doc *claims.Document, sp claims.Span, c *claims.Claim) StanceEvidence {
	text := doc.Text[sp.Start:sp.End]
	st, conf := ruleStance(sc.claim, stance.NewText(text))
	if st == StanceSupports && otherNumbers(sc.numbers, textNumbers(text)) && !otherCurrency(sc.money, currencies(text)) {
		// "passed 80 of 89 audits" against "failed 33 of 89 FAA audits": the same words,
		// another count (an amount in another currency is no other count: "£300" is "$460").
		st, conf = StanceRefutes, 0.6
	}
	e := StanceEvidence{Span: sp, Text: text, Line: 1 + strings.Count(doc.Text[:sp.Start], "\n"), Stance: st, Confidence: conf}
	if c != nil {
		e.Speaker, e.Cue, e.Statement = c.Speaker(), c.Cue.Text, c
	}
	return e
}

// refuteStance is the stance toward claim c of a sentence that refutes something without
// naming c: refutes when c states its story, supports when c debunks it.
func refuteStance(c *stance.Claim) Stance {
	if c.Debunks() {
		return StanceSupports
	}
	return StanceRefutes
}

// contentSpan returns the span of statement c's content in doc without its "that": "claimed
// that it was limited" is evidence of what was claimed.
func contentSpan(doc *claims.Document, c *claims.Claim) claims.Span {
	sp := c.Content.Span
	if sp.In(len(doc.Text)) && strings.HasPrefix(doc.Text[sp.Start:sp.End], "that ") && sp.End-sp.Start > len("that ") {
		sp.Start += len("that ")
	}
	return sp
}

// refutingPiece judges refuting sentence sp of the evidence's text: the content of the
// statement there whose words refute, with its speaker (see [refutingSpeaker]), or else the
// sentence in the text's own voice.
func (sc *StanceChecker) refutingPiece(ev *evidenceList, sp claims.Span) StanceEvidence {
	if c := refutingSpeaker(ev.cs, sp); c != nil && c.Content.Span.In(len(ev.doc.Text)) {
		return sc.piece(ev.doc, contentSpan(ev.doc, c), c)
	}
	return sc.piece(ev.doc, sp, nil)
}

// refutingSpeaker returns the statement of cs whose cue lies in span sp, when it is the only
// one, has a speaker and its content holds the refuting words: the speaker of a refuting
// sentence ("“A lie,” Shekau said."); nil otherwise, the sentence in the text's own voice.
func refutingSpeaker(cs []claims.Claim, sp claims.Span) *claims.Claim {
	var found *claims.Claim
	for i := range cs {
		if cs[i].Cue.Start >= sp.Start && cs[i].Cue.Start < sp.End {
			if found != nil {
				return nil
			}
			found = &cs[i]
		}
	}
	if found == nil || found.Speaker() == "" {
		return nil
	}
	t := stance.NewText(found.Content.Text)
	for i := range t.Sentences {
		if t.Refuting(i) {
			return found
		}
	}
	return nil
}

// holdsDenial reports whether one of cs with its cue in sp denies or rejects something.
func holdsDenial(cs []claims.Claim, sp claims.Span) bool {
	for i := range cs {
		c := &cs[i]
		if c.Cue.Start >= sp.Start && c.Cue.Start < sp.End && (c.Cue.Class == claims.CueDeny || hasDenial(c.Content.Text)) {
			return true
		}
	}
	return false
}

func inSpans(spans []claims.Span, off int) bool {
	for _, s := range spans {
		if s.Start <= off && off < s.End {
			return true
		}
	}
	return false
}

func reverse(s Stance) Stance {
	switch s {
	case StanceSupports:
		return StanceRefutes
	case StanceRefutes:
		return StanceSupports
	}
	return s
}

// textNumbers returns the numbers of a text with the words next to them (see [numbersOf]).
func textNumbers(text string) []number {
	toks := tokenize(text, 0)
	words := make([]string, len(toks))
	for i, t := range toks {
		words[i] = lowerWord(t.key)
	}
	return numbersOf(toks, words, text, 0)
}

// otherNumbers reports whether a statement gives a number the claim does not where the claim
// gives another next to the same words, as implicit-number conflicts are read: "80 of 89
// audits" against "33 of 89 FAA audits".
func otherNumbers(claim, statement []number) bool {
	for _, x := range claim {
		for _, y := range statement {
			if x.value != y.value && sharesAny(x.near, y.near) && !hasNumber(statement, x.value) && !hasNumber(claim, y.value) && comparable(x, y) && !rounding(x, y) {
				return true
			}
		}
	}
	return false
}

// rounding reports whether numbers x and y lie within roundingSlack of each other, as a
// headline's round figure and an article's exact one do ("a $2,000 tip" for "$2,084", "40
// students" for 43): no other count for a reader.
func rounding(x, y number) bool {
	a, ok1 := x.float()
	b, ok2 := y.float()
	return ok1 && ok2 && math.Abs(a-b) <= roundingSlack*math.Max(math.Abs(a), math.Abs(b))
}

// roundingSlack is how far apart, as a share of the larger, two numbers may be and still be
// one figure rounded.
const roundingSlack = 0.1

// currency is a set of currencies, one bit each.
type currency uint8

// currencyRE finds the signs and names of currencies; currencyBits gives each its bit.
var currencyRE = regexp.MustCompile(`(?i)[$£€¥₹]|\b(?:dollars?|pounds? sterling|euros?|yen|rupees?)\b`)

var currencyBits = map[string]currency{
	"$": 1, "dollar": 1, "dollars": 1,
	"£": 2, "pound sterling": 2, "pounds sterling": 2,
	"€": 4, "euro": 4, "euros": 4,
	"¥": 8, "yen": 8,
	"₹": 16, "rupee": 16, "rupees": 16,
}

// currencies returns the currencies text names or signs.
func currencies(text string) currency {
	var c currency
	for _, m := range currencyRE.FindAllString(text, -1) {
		c |= currencyBits[strings.ToLower(m)]
	}
	return c
}

// otherCurrency reports whether a claim's amounts and a statement's are in different
// currencies, so that their figures cannot be compared.
func otherCurrency(claim, statement currency) bool {
	return claim != 0 && statement != 0 && claim&statement == 0
}
