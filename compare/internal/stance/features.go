package stance

import (
	"cmp"
	"math"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"

	"claimdiff/claims"
)

// FeatureNames names the features [Features] computes, in order. Each is a number in about
// [0, 1] that a reader can check by hand on a claim and a text.
var FeatureNames = append(append(append([]string(nil), baseNames[:]...), suffixed(polNames, "_pol")...), suffixed(askNames, "_ask")...)

// Indexes of the base features in a feature vector, in the order of baseNames.
const (
	fCov = iota
	fCovRare
	fBigram
	fBest1
	fBest2
	fLead
	fCos
	fSentFrac
	fClaimLen
	fTextLen
	fNumMatch
	fNumMiss
	fRareCount
	fBestPos
	fRefuteText
	fHedgeText
	fSupportText
	fNegText
	fRefuteEv
	fHedgeEv
	fSupportEv
	fNegEv
	fRefuteClaim
	fHedgeClaim
	fNegClaim
	fNegMismatch
	fQuestion
	fRefuteLead
	fHedgeLead
	fQuoteFrac
	fRefuteAny
	fRefuteNear
	fPolClaim
	fPolText
	fRefutePlain
	fCovXHedge
	fCovPrefix
	fDenyText
	fDenyEv
	fDenyLead
	fModalText
	fModalEv
	fHedgeBest
	fRefuteBest
	fDenyClaim
	fModalClaim
	fNegcwText
	fNegcwEv
	fNegcwClaim
	fNegcwFlip
	fRefuteEcho
	fRefuteLeadPlain
	fRefuteAnyPlain
	fRefuteBestPlain
	fCounterEv
	fCounterLead
	fRefuteWin
	fNegrareText
	fClaimPol
	fSupportNegclaim
	fCertainHedgeclaim
	fRefuteWinPlain
	fRefuteWinEcho
	fRefuteAssert
	fRefuteAsked
	fHedgeWin
	fSupportWin
	fRefuteWinAssert
	fRefuteNext
	fClaimSource
	fClaimSay
	fClaimQuote
	fDenyCover
	fAssertCover
	fPolEcho
	fPolEchoEv
	fAssertNegCover
	numBase // the number of base features
)

// baseNames are the features computed one by one, each at its index.
var baseNames = [numBase]string{
	// Relatedness: does the text speak of what the claim speaks of?
	fCov:             "cov",         // weighted share of the claim's content words found in the text
	fCovRare:         "cov_rare",    // share of the claim's rarer (not everyday) content words found
	fBigram:          "bigram",      // share of the claim's adjacent content-word pairs found adjacent in the text
	fBest1:           "best1",       // weighted coverage of the claim by the best sentence
	fBest2:           "best2",       // the same for the second-best sentence
	fLead:            "lead",        // coverage by the first three sentences together
	fCos:             "cos",         // cosine of the claim's and the text's weighted word counts
	fSentFrac:        "sent_frac",   // share of sentences covering at least a quarter of the claim
	fClaimLen:        "claim_len",   // log of the number of claim content words, scaled
	fTextLen:         "text_len",    // log of the number of text words, scaled
	fNumMatch:        "num_match",   // share of the claim's numbers found in the text
	fNumMiss:         "num_miss",    // 1 when the claim has numbers, the text has others and none of the claim's
	fRareCount:       "rare_count",  // log of the number of rarer claim words found, scaled
	fBestPos:         "best_pos",    // where the best sentence is, 0 at the start to 1 at the end
	fRefuteText:      "refute_text", // refuting words (hoax, fake, denied, no evidence...) per sentence
	fHedgeText:       "hedge_text",  // hedging words (reportedly, allegedly, claims...) per sentence
	fSupportText:     "support_text",
	fNegText:         "neg_text",   // negations per sentence
	fRefuteEv:        "refute_ev",  // refuting words in the evidence sentences (those covering the claim best)
	fHedgeEv:         "hedge_ev",   // hedging words in the evidence sentences
	fSupportEv:       "support_ev", // vouching words (confirmed, announced...) in the evidence sentences
	fNegEv:           "neg_ev",     // negations in the evidence sentences
	fRefuteClaim:     "refute_claim",
	fHedgeClaim:      "hedge_claim",
	fNegClaim:        "neg_claim",
	fNegMismatch:     "neg_mismatch", // exactly one of the claim and its best sentence is negated
	fQuestion:        "question",     // the claim is a question
	fRefuteLead:      "refute_lead",  // refuting words in the first three sentences
	fHedgeLead:       "hedge_lead",
	fQuoteFrac:       "quote_frac",        // share of sentences with a quotation mark
	fRefuteAny:       "refute_any",        // the text has a refuting word at all
	fRefuteNear:      "refute_near",       // refuting words per sentence among sentences sharing a word with the claim
	fPolClaim:        "pol_claim",         // parity of the claim's refuting words (the FNC-1 baseline's polarity)
	fPolText:         "pol_text",          // parity of the text's refuting words
	fRefutePlain:     "refute_plain",      // refute_ev when the claim has no refuting, denial or negation word, else 0
	fCovXHedge:       "cov_x_hedge",       // cov times hedge_ev
	fCovPrefix:       "cov_prefix",        // like cov, matching words on their first five letters ("telephone", "telephonic")
	fDenyText:        "deny_text",         // denial verbs (denied, rejected, dismissed...) per sentence
	fDenyEv:          "deny_ev",           // denial verbs in the evidence sentences
	fDenyLead:        "deny_lead",         // denial verbs in the first three sentences
	fModalText:       "modal_text",        // modal hedges (may, could, appears...) per sentence
	fModalEv:         "modal_ev",          // modal hedges in the evidence sentences
	fHedgeBest:       "hedge_best",        // hedging words in the best sentence
	fRefuteBest:      "refute_best",       // refuting or denial words in the best sentence
	fDenyClaim:       "deny_claim",        // the claim has a denial verb
	fModalClaim:      "modal_claim",       // the claim has a modal hedge
	fNegcwText:       "negcw_text",        // share of the text's claim words that follow a negation within three words
	fNegcwEv:         "negcw_ev",          // the same in the evidence sentences
	fNegcwClaim:      "negcw_claim",       // the claim negates one of its own content words
	fNegcwFlip:       "negcw_flip",        // the evidence negates claim words and the claim does not, or the reverse
	fRefuteEcho:      "refute_echo",       // refute_ev when the claim has a refuting, denial or negation word, else 0
	fRefuteLeadPlain: "refute_lead_plain", // refute_lead when the claim has no refuting, denial or negation word
	fRefuteAnyPlain:  "refute_any_plain",  // refute_any when the claim has no refuting, denial or negation word
	fRefuteBestPlain: "refute_best_plain", // refute_best when the claim has no refuting, denial or negation word
	// Refutation by counter-story: the text sets another account against the claim's.
	fCounterEv:         "counter_ev",         // counter-story words (in fact, earlier reports, no credible...) in the evidence sentences
	fCounterLead:       "counter_lead",       // counter-story words in the first three sentences
	fRefuteWin:         "refute_win",         // refuting, denial or counter-story words within five words of a rarer claim word
	fNegrareText:       "negrare_text",       // share of the rarer claim words found in the text that it negates somewhere
	fClaimPol:          "claim_pol",          // the claim refutes, denies or negates (a debunking headline)
	fSupportNegclaim:   "support_negclaim",   // vouching words in the lead and evidence when claim_pol, else 0
	fCertainHedgeclaim: "certain_hedgeclaim", // the claim hedges or asks and the evidence vouches without hedging
	fRefuteWinPlain:    "refute_win_plain",   // refute_win when not claim_pol
	fRefuteWinEcho:     "refute_win_echo",    // refute_win when claim_pol
	fRefuteAssert:      "refute_assert",      // refuting words per sentence in statements (no question mark, no hedge or modal word)
	fRefuteAsked:       "refute_asked",       // refuting words in questions or hedged sentences, per sentence
	fHedgeWin:          "hedge_win",          // hedging words within five words of a rarer claim word
	fSupportWin:        "support_win",        // vouching words within five words of a rarer claim word
	fRefuteWinAssert:   "refute_win_assert",  // refute_win in statements only (see refute_assert)
	fRefuteNext:        "refute_next",        // refuting, denial or counter-story words in the sentence after each evidence sentence
	fClaimSource:       "claim_source",       // the claim starts with its source and a colon ("GOP Rep: ...", "Report: ...")
	fClaimSay:          "claim_say",          // the claim has a verb of saying (says, told, claims...)
	fClaimQuote:        "claim_quote",        // the claim quotes
	fDenyCover:         "deny_cover",         // the best coverage of the claim by what the text's speakers deny or reject (claims.Extract)
	fAssertCover:       "assert_cover",       // the best coverage of the claim by what the text's speakers assert or report
	fPolEcho:           "pol_echo",           // share of the claim's own refuting, denial or counter-story words found in the text
	fPolEchoEv:         "pol_echo_ev",        // the same in the evidence sentences and the first three
	fAssertNegCover:    "assert_neg_cover",   // the best coverage of a plain claim by what a speaker asserts with a negation or refuting word ("he is not dead")
}

// Features repeated after the base ones, as NAME_pol when the claim refutes, denies or
// negates (claim_pol) and as NAME_ask when it hedges, asks or is attributed (claim_source,
// claim_say), else 0: a text that debunks agrees with a debunking claim, a text that confirms
// disagrees with it, and a text that debunks what a claim only reports someone saying mostly
// discusses it. A linear model needs the products to weigh a text's refuting words by the
// claim's own stance.
var (
	polNames = []string{"refute_text", "refute_ev", "neg_ev", "refute_lead", "refute_any", "deny_text",
		"deny_ev", "negcw_text", "negcw_ev", "support_text", "support_ev", "hedge_ev", "refute_assert",
		"counter_ev", "refute_win", "refute_next"}
	askNames = []string{"refute_text", "refute_ev", "hedge_ev", "support_ev", "support_text",
		"refute_win", "refute_assert", "refute_lead", "deny_ev", "counter_ev", "negcw_ev", "refute_next",
		"neg_ev", "negcw_text", "deny_text", "refute_any", "counter_lead", "deny_lead", "refute_best"}
	polIndex = indexes(polNames)
	askIndex = indexes(askNames)
)

func suffixed(names []string, suffix string) []string {
	out := make([]string, len(names))
	for i, n := range names {
		out[i] = n + suffix
	}
	return out
}

// indexes returns the index of each name in baseNames.
func indexes(names []string) []int {
	out := make([]int, len(names))
	for i, n := range names {
		out[i] = -1
		for j, b := range baseNames {
			if b == n {
				out[i] = j
			}
		}
	}
	return out
}

// NumFeatures is len(FeatureNames).
var NumFeatures = len(FeatureNames)

// maxClaimWords bounds the content words of a claim that take part in matching; a claim is a
// sentence or two.
const maxClaimWords = 64

// Claim is a claim prepared for matching.
type Claim struct {
	Text    string
	Tokens  []Token
	index   map[string]int // content stem -> index < maxClaimWords
	stems   []string       // the content stems by index
	prefix  map[string]int // first five bytes of a content stem -> index
	weight  []float64      // weight of each content stem
	rare    []bool
	number  []bool
	bigrams map[[2]int]bool
	total   float64 // sum of weight
	norm    float64
	lex     [numLists]int
	neg     bool
	pol     []int // indexes of the content stems that are refuting, denial or counter-story words
	// says is the word-list hits that are the claim's own stance, not asides (see
	// [stanceHits]): says[listNegation] > 0 for "X is not dead", 0 for "caught with fake
	// passports".
	says [numLists]int
}

// Words returns how many content words the claim has (function words weigh nothing and are
// not counted); a claim with none covers nothing of any text.
func (c *Claim) Words() int { return len(c.stems) }

// NewClaim prepares a claim.
func NewClaim(text string) *Claim {
	c := &Claim{Text: text, index: map[string]int{}, prefix: map[string]int{}, bigrams: map[[2]int]bool{}}
	c.Tokens = tokenize(text, nil)
	prev := -1
	for _, t := range c.Tokens {
		w := weightOf(t)
		if w == 0 {
			continue
		}
		j, ok := c.index[t.Stem]
		if !ok {
			if len(c.weight) == maxClaimWords {
				continue
			}
			j = len(c.weight)
			c.index[t.Stem] = j
			if p := prefix5(t.Stem); p != "" {
				if _, dup := c.prefix[p]; !dup {
					c.prefix[p] = j
				}
			}
			c.weight = append(c.weight, w)
			c.stems = append(c.stems, t.Stem)
			c.rare = append(c.rare, w == 1)
			c.number = append(c.number, t.Number)
			c.total += w
			c.norm += w * w
		}
		if prev >= 0 && prev != j {
			c.bigrams[[2]int{prev, j}] = true
		}
		prev = j
	}
	c.norm = math.Sqrt(c.norm)
	marks := make([]uint8, len(c.Tokens))
	c.lex = countLists(c.Tokens, marks)
	c.neg = c.lex[listNegation] > 0
	c.says = stanceHits(text, c.Tokens, marks)
	for i, t := range c.Tokens {
		if j, ok := c.index[t.Stem]; ok && marks[i]&winRefute != 0 && !slices.Contains(c.pol, j) {
			c.pol = append(c.pol, j)
		}
	}
	return c
}

// prefix5 returns the first five bytes of a stem of at least six, else "".
func prefix5(stem string) string {
	if len(stem) < 6 {
		return ""
	}
	return stem[:5]
}

func weightOf(t Token) float64 { return t.Weight }

// countLists counts the word-list entries in toks; when starts is not nil it also records,
// for each token that starts an entry, the lists it starts an entry of (bit l for list l).
func countLists(toks []Token, starts []uint8) [numLists]int {
	var n [numLists]int
	for i, t := range toks {
		if t.starts == 0 {
			continue
		}
		for l := range numLists {
			if t.starts&(1<<l) == 0 {
				continue
			}
			ps := lexicon[l][t.Lower]
			for _, p := range ps {
				if matchPhrase(toks[i:], p) {
					n[l]++
					if starts != nil {
						starts[i] |= 1 << l
					}
					break
				}
			}
		}
	}
	return n
}

func matchPhrase(toks []Token, p phrase) bool {
	if len(toks) < len(p) {
		return false
	}
	for k, w := range p {
		if toks[k].Lower != w {
			return false
		}
	}
	return true
}

// Sentence is one sentence of a [Text].
type Sentence struct {
	claims.Span
	T0, T1 int // its tokens are Text.Tokens[T0:T1]
	lex    [numLists]int
	quote  bool
	asked  bool // the sentence is a question or hedges (reportedly, may...)
}

// Text is a text prepared for stance features: its words, sentences and word-list hits. One
// Text can be matched against many claims.
type Text struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	counts    map[string]int // content stem -> count
	norm      float64        // norm of the weighted count vector
	lex       [numLists]int
	numbers   int
	marks     []uint8 // bit l: the token starts an entry of word list l
	attrOnce  sync.Once
	attrRead  bool      // attributions has extracted them
	denied    [][]Token // contents of the text's denials and rejections, as found by claims.Extract
	asserted  [][]Token // contents of its assertions and reports
}

// attributions finds what the text's speakers deny and assert, on first use only: the rules
// of short statements ([Rule]) do not need them.
func (t *Text) attributions() (denied, asserted [][]Token) {
	t.attrOnce.Do(func() {
		t.attrRead = true
		for _, c := range claims.Extract(&claims.Document{Text: t.Text}) {
			var toks []Token
			for _, sp := range c.Content.Spans {
				i := sort.Search(len(t.Tokens), func(i int) bool { return t.Tokens[i].Start >= sp.Start })
				for ; i < len(t.Tokens) && t.Tokens[i].End <= sp.End; i++ {
					toks = append(toks, t.Tokens[i])
				}
			}
			switch c.Cue.Class {
			case claims.CueDeny:
				t.denied = append(t.denied, toks)
			case claims.CueAssert, claims.CueReport:
				t.asserted = append(t.asserted, toks)
			}
		}
	})
	return t.denied, t.asserted
}

// NewText prepares a text.
func NewText(text string) *Text {
	t := &Text{Text: text, counts: make(map[string]int, len(text)/16)}
	spans := claims.Sentences(text)
	t.Sentences = make([]Sentence, 0, len(spans))
	t.Tokens = make([]Token, 0, len(text)/6)
	for _, sp := range spans {
		t0 := len(t.Tokens)
		t.Tokens = tokenize(text[sp.Start:sp.End], t.Tokens)
		for i := t0; i < len(t.Tokens); i++ {
			t.Tokens[i].Start += sp.Start
			t.Tokens[i].End += sp.Start
		}
		s := Sentence{Span: sp, T0: t0, T1: len(t.Tokens)}
		for range len(t.Tokens) - len(t.marks) {
			t.marks = append(t.marks, 0)
		}
		s.lex = countLists(t.Tokens[t0:], t.marks[t0:])
		s.quote = hasDoubleQuote(text[sp.Start:sp.End])
		s.asked = strings.Contains(text[sp.Start:sp.End], "?") || s.lex[listHedge]+s.lex[listModal] > 0
		for l := range numLists {
			t.lex[l] += s.lex[l]
		}
		t.Sentences = append(t.Sentences, s)
	}
	var order []string // content stems in order of first use, so sums are deterministic
	for _, tok := range t.Tokens {
		if tok.Number {
			t.numbers++
		}
		if weightOf(tok) > 0 {
			if t.counts[tok.Stem] == 0 {
				order = append(order, tok.Stem)
			}
			t.counts[tok.Stem]++
		}
	}
	for _, st := range order {
		w, n := 1.0, float64(t.counts[st])
		if common[st] {
			w = 0.5
		}
		t.norm += (w * n) * (w * n)
	}
	t.norm = math.Sqrt(t.norm)
	return t
}

// hasDoubleQuote reports whether s holds a double quotation mark, straight or curly: as
// strings.ContainsAny(s, "\"“”"), in three byte scans rather than a lookup per rune.
func hasDoubleQuote(s string) bool {
	return strings.IndexByte(s, '"') >= 0 || strings.Contains(s, "“") || strings.Contains(s, "”")
}

// coverage returns the weighted share of the claim's content words that toks hold, each
// counted once.
func coverage(c *Claim, toks []Token) float64 {
	if c.total == 0 {
		return 0
	}
	var seen uint64
	var sum float64
	for _, tok := range toks {
		j, ok := c.index[tok.Stem]
		if !ok || seen&(1<<j) != 0 {
			continue
		}
		seen |= 1 << j
		sum += c.weight[j]
	}
	return sum / c.total
}

// Features computes the stance features of a claim against a text into dst (of length
// [NumFeatures], allocated when nil) and returns it, with the sentence coverages it used.
func Features(c *Claim, t *Text, dst []float64) ([]float64, []float64) {
	if dst == nil {
		dst = make([]float64, NumFeatures)
	}
	clear(dst)
	x := wordFeatures(c, t, dst)
	x.speakers(dst)
	return dst, x.covs
}

// wordFeatures computes into dst (cleared, of length [NumFeatures]) the features of a claim
// against a text but those that read the text's attributions, which it leaves at 0.
func wordFeatures(c *Claim, t *Text, dst []float64) *featureContext {
	x := newFeatureContext(c, t)
	x.relatedness(dst)
	x.wordLists(dst)
	x.negations(dst)
	x.otherAccounts(dst)
	x.repeats(dst)
	return &x
}

// featureContext is what the groups of features share: the claim, the text, where the
// claim's words are in the text's sentences, and the word lists' counts in the evidence
// sentences (those covering the claim best) and the lead (the first three sentences).
type featureContext struct {
	c *Claim
	t *Text

	covs          []float64     // each sentence's weighted coverage of the claim
	seens         []uint64      // the claim words each sentence holds, a bit each
	all, lead     uint64        // the claim words the text holds, and its lead
	pref          uint64        // the claim words whose first five letters begin another word of the text
	bigrams       int           // the claim's adjacent word pairs found adjacent in the text
	best1, best2  float64       // the best and second-best sentence coverages
	bestAt        int           // the best sentence
	covered       int           // sentences covering at least a quarter of the claim
	evset         []int         // the evidence sentences
	ev, leadLex   [numLists]int // the word lists' counts in the evidence sentences and the lead
	claimNeg      bool          // the claim says its story is false: a refuting, denial or negation word that is no aside (stanceHits)
	claimPol      bool          // claimNeg (every negation of a claim word is a negation word)
	claimNegWords int           // the claim's content words that follow a negation in the claim
}

// newFeatureContext scans the sentences of t for the words of c.
func newFeatureContext(c *Claim, t *Text) featureContext {
	x := featureContext{c: c, t: t, covs: make([]float64, len(t.Sentences)), seens: make([]uint64, len(t.Sentences))}
	bigramHit := map[[2]int]bool{}
	for si, s := range t.Sentences {
		var seen uint64
		var sum float64
		prev := -1
		for _, tok := range t.Tokens[s.T0:s.T1] {
			j, ok := c.index[tok.Stem]
			if !ok {
				if p := prefix5(tok.Stem); p != "" {
					if k, ok := c.prefix[p]; ok {
						x.pref |= 1 << k
					}
				}
				if weightOf(tok) > 0 {
					prev = -1
				}
				continue
			}
			if prev >= 0 && c.bigrams[[2]int{prev, j}] {
				bigramHit[[2]int{prev, j}] = true
			}
			prev = j
			if seen&(1<<j) != 0 {
				continue
			}
			seen |= 1 << j
			sum += c.weight[j]
		}
		cov := 0.0
		if c.total > 0 {
			cov = sum / c.total
		}
		x.covs[si] = cov
		x.all |= seen
		x.seens[si] = seen
		if si < 3 {
			x.lead |= seen
			for l := range numLists {
				x.leadLex[l] += s.lex[l]
			}
		}
		if cov > x.best1 {
			x.best1, x.best2, x.bestAt = cov, x.best1, si
		} else if cov > x.best2 {
			x.best2 = cov
		}
		if cov >= 0.25 {
			x.covered++
		}
	}
	x.bigrams = len(bigramHit)
	x.evset = evidenceOrder(x.covs, 3)
	for _, si := range x.evset {
		for l := range numLists {
			x.ev[l] += t.Sentences[si].lex[l]
		}
	}
	x.claimNeg = c.says[listRefute]+c.says[listDeny]+c.says[listNegation] > 0
	_, x.claimNegWords = negatedClaimWords(c, c.Tokens)
	x.claimPol = x.claimNeg
	return x
}

// per is n per d, at most 1, and 0 when d is 0.
func per(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return math.Min(float64(n)/float64(d), 1)
}

// relatedness sets the features that say whether the text speaks of what the claim speaks
// of, cov to best_pos and cov_prefix.
func (x *featureContext) relatedness(f []float64) {
	c, t := x.c, x.t
	nsent := len(t.Sentences)
	var cov, rare, rareTotal, numHit, numTotal float64
	var leadSum, prefSum, dot float64
	for j, w := range c.weight {
		if (x.all|x.pref)&(1<<j) != 0 {
			prefSum += w
		}
		if x.all&(1<<j) != 0 {
			cov += w
			if c.rare[j] {
				rare++
			}
			if c.number[j] {
				numHit++
			}
		}
		if x.lead&(1<<j) != 0 {
			leadSum += w
		}
		if c.rare[j] {
			rareTotal++
		}
		if c.number[j] {
			numTotal++
		}
	}
	for j, st := range c.stems {
		if n := t.counts[st]; n > 0 {
			dot += c.weight[j] * c.weight[j] * float64(n)
		}
	}
	if c.total > 0 {
		cov /= c.total
		leadSum /= c.total
		f[fCovPrefix] = prefSum / c.total
	}
	f[fCov] = cov
	if rareTotal > 0 {
		f[fCovRare] = rare / rareTotal
	} else {
		f[fCovRare] = cov
	}
	if len(c.bigrams) > 0 {
		f[fBigram] = float64(x.bigrams) / float64(len(c.bigrams))
	} else {
		f[fBigram] = cov
	}
	f[fBest1], f[fBest2], f[fLead] = x.best1, x.best2, leadSum
	if c.norm > 0 && t.norm > 0 {
		f[fCos] = dot / (c.norm * t.norm)
	}
	if nsent > 0 {
		f[fSentFrac] = float64(x.covered) / float64(nsent)
	}
	f[fClaimLen] = math.Log1p(float64(len(c.weight))) / 3
	f[fTextLen] = math.Log1p(float64(len(t.Tokens))) / 8
	if numTotal > 0 {
		f[fNumMatch] = numHit / numTotal
		if numHit == 0 && t.numbers > 0 {
			f[fNumMiss] = 1
		}
	}
	f[fRareCount] = math.Log1p(rare) / 2
	if nsent > 1 {
		f[fBestPos] = float64(x.bestAt) / float64(nsent-1)
	}
}

// wordLists sets the features that count the word lists' words (refuting, hedging,
// vouching, negation, denial, modal) in the whole text, the evidence sentences, the lead,
// the best sentence and the claim. It needs cov (relatedness).
func (x *featureContext) wordLists(f []float64) {
	c, t := x.c, x.t
	nsent, nev := len(t.Sentences), len(x.evset)
	f[fRefuteText] = per(t.lex[listRefute], nsent)
	f[fHedgeText] = per(t.lex[listHedge], nsent)
	f[fSupportText] = per(t.lex[listSupport], nsent)
	f[fNegText] = per(t.lex[listNegation], nsent)
	f[fRefuteEv] = per(x.ev[listRefute], nev)
	f[fHedgeEv] = per(x.ev[listHedge], nev)
	f[fSupportEv] = per(x.ev[listSupport], nev)
	f[fNegEv] = per(x.ev[listNegation], nev)
	f[fRefuteClaim] = math.Min(float64(c.lex[listRefute]), 2) / 2
	f[fHedgeClaim] = math.Min(float64(c.lex[listHedge]), 2) / 2
	f[fNegClaim] = math.Min(float64(c.lex[listNegation]), 2) / 2
	if nsent > 0 && x.best1 > 0 {
		bestNeg := t.Sentences[x.bestAt].lex[listNegation] > 0
		if bestNeg != c.neg {
			f[fNegMismatch] = 1
		}
	}
	if strings.Contains(c.Text, "?") {
		f[fQuestion] = 1
	}
	quotes, near, nearSents := 0, 0, 0
	for si, s := range t.Sentences {
		if s.quote {
			quotes++
		}
		if x.covs[si] > 0 {
			nearSents++
			near += s.lex[listRefute]
		}
	}
	f[fRefuteLead] = per(x.leadLex[listRefute], 1)
	f[fHedgeLead] = per(x.leadLex[listHedge], 1)
	f[fQuoteFrac] = per(quotes, nsent)
	if t.lex[listRefute] > 0 {
		f[fRefuteAny] = 1
	}
	f[fRefuteNear] = per(near, nearSents)
	f[fPolClaim] = float64(c.lex[listRefute] % 2)
	f[fPolText] = float64(t.lex[listRefute] % 2)
	if !x.claimNeg {
		f[fRefutePlain] = f[fRefuteEv]
	}
	f[fCovXHedge] = f[fCov] * f[fHedgeEv]
	f[fDenyText] = per(t.lex[listDeny], nsent)
	f[fDenyEv] = per(x.ev[listDeny], nev)
	f[fDenyLead] = per(x.leadLex[listDeny], 1)
	f[fModalText] = per(t.lex[listModal], nsent)
	f[fModalEv] = per(x.ev[listModal], nev)
	if nsent > 0 && x.best1 > 0 {
		b := t.Sentences[x.bestAt].lex
		f[fHedgeBest] = per(b[listHedge], 1)
		f[fRefuteBest] = per(b[listRefute]+b[listDeny], 1)
	}
	f[fDenyClaim] = per(c.lex[listDeny], 1)
	f[fModalClaim] = per(c.lex[listModal], 1)
	var asserted, asked int
	for _, s := range t.Sentences {
		if s.asked {
			asked += s.lex[listRefute] + s.lex[listDeny]
		} else {
			asserted += s.lex[listRefute] + s.lex[listDeny]
		}
	}
	f[fRefuteAssert] = per(asserted, nsent)
	f[fRefuteAsked] = per(asked, nsent)
}

// negations sets the features on negated claim words (negcw_*) and the refuting words
// split by whether the claim itself refutes, denies or negates (refute_echo, *_plain). It
// needs wordLists.
func (x *featureContext) negations(f []float64) {
	var hits, neg, evHits, evNeg int
	for si, s := range x.t.Sentences {
		h, n := negatedClaimWords(x.c, x.t.Tokens[s.T0:s.T1])
		hits += h
		neg += n
		if contains(x.evset, si) {
			evHits += h
			evNeg += n
		}
	}
	f[fNegcwText] = per(neg, hits)
	f[fNegcwEv] = per(evNeg, evHits)
	if x.claimNegWords > 0 {
		f[fNegcwClaim] = 1
	}
	if (evNeg > 0) != (x.claimNegWords > 0) && evHits > 0 {
		f[fNegcwFlip] = 1
	}
	if x.claimNeg {
		f[fRefuteEcho] = f[fRefuteEv]
	} else {
		f[fRefuteLeadPlain], f[fRefuteAnyPlain], f[fRefuteBestPlain] = f[fRefuteLead], f[fRefuteAny], f[fRefuteBest]
	}
	if x.claimPol {
		f[fClaimPol] = 1
	}
}

// otherAccounts sets the features on another account set against the claim's: counter-story
// words, refuting words near the claim's words, the sentence after the evidence, and the
// claim's own attribution and debunking words (what the text's speakers deny or assert is
// [featureContext.speakers]'). It needs wordLists.
func (x *featureContext) otherAccounts(f []float64) {
	c, t := x.c, x.t
	nsent, nev := len(t.Sentences), len(x.evset)
	f[fCounterEv] = per(x.ev[listCounter], nev)
	f[fCounterLead] = per(x.leadLex[listCounter], 1)
	win, negRare := counterStory(c, t)
	f[fRefuteWin] = math.Min(float64(win[0]), 4) / 4
	f[fHedgeWin] = math.Min(float64(win[1]), 4) / 4
	f[fSupportWin] = math.Min(float64(win[2]), 4) / 4
	f[fRefuteWinAssert] = math.Min(float64(win[3]), 4) / 4
	f[fNegrareText] = negRare
	next := 0
	for _, si := range x.evset {
		if n := si + 1; n < nsent && !contains(x.evset, n) {
			l := t.Sentences[n].lex
			next += l[listRefute] + l[listDeny] + l[listCounter]
		}
	}
	f[fRefuteNext] = per(next, nev)
	f[fClaimSource], f[fClaimSay], f[fClaimQuote] = attributed(c)
	if len(c.pol) > 0 {
		inEv := x.lead
		for _, si := range x.evset {
			inEv |= x.seens[si]
		}
		for _, j := range c.pol {
			if x.all&(1<<j) != 0 {
				f[fPolEcho]++
			}
			if inEv&(1<<j) != 0 {
				f[fPolEchoEv]++
			}
		}
		f[fPolEcho] /= float64(len(c.pol))
		f[fPolEchoEv] /= float64(len(c.pol))
	}
	if x.claimPol {
		f[fSupportNegclaim] = per(x.ev[listSupport]+x.leadLex[listSupport], 2)
		f[fRefuteWinEcho] = f[fRefuteWin]
	} else {
		f[fRefuteWinPlain] = f[fRefuteWin]
	}
	if (c.lex[listHedge] > 0 || c.lex[listModal] > 0 || f[fQuestion] == 1) && x.ev[listSupport] > 0 && x.ev[listHedge] == 0 {
		f[fCertainHedgeclaim] = 1
	}
}

// speakers sets the features on what the text's speakers deny and assert, which need the
// extractor's attributions ([Text.attributions]), the costliest part of the features: the
// related stage of a model does not read them (see [Model.Judge]).
func (x *featureContext) speakers(f []float64) {
	c := x.c
	deniedBy, assertedBy := x.t.attributions()
	for _, toks := range deniedBy {
		f[fDenyCover] = max(f[fDenyCover], coverage(c, toks))
	}
	for _, toks := range assertedBy {
		if !x.claimNeg && negates(toks) {
			f[fAssertNegCover] = max(f[fAssertNegCover], coverage(c, toks))
		}
		f[fAssertCover] = max(f[fAssertCover], coverage(c, toks))
	}
}

// speakerFeatures are the features [featureContext.speakers] sets; no repeated feature
// (see polNames, askNames) copies them.
var speakerFeatures = [...]int{fDenyCover, fAssertCover, fAssertNegCover}

// repeats sets the features repeated after the base ones (see polNames): NAME_pol when the
// claim refutes, denies or negates, NAME_ask when it hedges, asks or is attributed. It
// needs every base feature.
func (x *featureContext) repeats(f []float64) {
	c := x.c
	if x.claimPol {
		for k, b := range polIndex {
			f[numBase+k] = f[b]
		}
	}
	if c.lex[listHedge] > 0 || c.lex[listModal] > 0 || f[fQuestion] == 1 || f[fClaimSource] == 1 || f[fClaimSay] == 1 {
		for k, b := range askIndex {
			f[numBase+len(polIndex)+k] = f[b]
		}
	}
}

// sayWords are verbs of saying that attribute a claim to someone.
var sayWords = map[string]bool{"says": true, "said": true, "say": true, "tells": true, "told": true,
	"claims": true, "claimed": true, "claim": true, "reports": true, "reported": true, "insists": true,
	"insisted": true, "suggests": true, "warns": true, "according": true, "admits": true}

// newsLabels are the labels a headline starts with that name no source ("BREAKING: ...").
var newsLabels = map[string]bool{"breaking": true, "breaking news": true, "update": true, "updated": true,
	"see it": true, "video": true, "videos": true, "watch": true, "pictured": true, "photos": true,
	"photo": true, "pics": true, "exclusive": true, "just in": true, "horror": true, "shock": true,
	"shocking": true, "confirmed": true, "news": true, "live": true, "graphic": true, "warning": true,
	"must see": true, "wow": true, "omg": true, "revealed": true}

// attributed tells whether the claim starts with a source and a colon ("Report: ..."), has
// a verb of saying, and quotes, each as 0 or 1. A text that debunks an attributed claim
// often only discusses it: that the source said so stays true.
func attributed(c *Claim) (source, say, quote float64) {
	if i := strings.IndexByte(c.Text, ':'); i >= 2 && i <= 40 && i+1 < len(c.Text) && c.Text[i+1] == ' ' &&
		!newsLabels[strings.ToLower(strings.TrimSpace(c.Text[:i]))] {
		source = 1
	}
	for _, t := range c.Tokens {
		if sayWords[t.Lower] {
			say = 1
			break
		}
	}
	if strings.ContainsAny(c.Text, "\"“”‘") || strings.Contains(c.Text, " '") || strings.HasPrefix(c.Text, "'") {
		quote = 1
	}
	return source, say, quote
}

// winRefute is the bit set of the word lists that refute: refuting, denial and counter-story
// words.
const winRefute = 1<<listRefute | 1<<listDeny | 1<<listCounter

// counterStory returns how many words of t lie within five words of a rarer claim word in the
// same sentence: refuting, denial or counter-story words, hedging words, vouching words, and
// refuting, denial or counter-story words in sentences that neither ask nor hedge; and the
// share of the rarer claim words found in t that t negates somewhere (within three content
// words after a negation).
func counterStory(c *Claim, t *Text) (win [4]int, negRare float64) {
	const window = 5
	var found, negated uint64
	for _, s := range t.Sentences {
		toks := t.Tokens[s.T0:s.T1]
		marks := t.marks[s.T0:s.T1]
		scope := 0
		for i, tok := range toks {
			if marks[i]&(1<<listNegation) != 0 && isNegation(tok.Lower) {
				scope = 3
				continue
			}
			if tok.Weight == 0 {
				continue
			}
			if j, ok := c.index[tok.Stem]; ok && c.rare[j] {
				found |= 1 << j
				if scope > 0 {
					negated |= 1 << j
				}
			}
			if scope > 0 {
				scope--
			}
		}
		for i, m := range marks {
			if m&(winRefute|1<<listHedge|1<<listSupport) == 0 {
				continue
			}
			near := false
			for k := max(0, i-window); k < min(len(toks), i+window+1); k++ {
				if j, ok := c.index[toks[k].Stem]; ok && c.rare[j] {
					near = true
					break
				}
			}
			if !near {
				continue
			}
			if m&winRefute != 0 {
				win[0]++
				if !s.asked {
					win[3]++
				}
			}
			if m&(1<<listHedge) != 0 {
				win[1]++
			}
			if m&(1<<listSupport) != 0 {
				win[2]++
			}
		}
	}
	if n := bits.OnesCount64(found); n > 0 {
		negRare = float64(bits.OnesCount64(negated)) / float64(n)
	}
	return win, negRare
}

// evidenceOrder returns the indexes of up to k sentences with the highest coverage, at least
// half the best and above zero, best first (ties: earlier first). One stable sort: a text of
// thousands of covering sentences is ordered in n log n, not by a selection per pick.
func evidenceOrder(covs []float64, k int) []int {
	best := 0.0
	for _, c := range covs {
		best = math.Max(best, c)
	}
	if best == 0 || k <= 0 {
		return nil
	}
	var out []int
	for i, c := range covs {
		if c >= best/2 {
			out = append(out, i)
		}
	}
	slices.SortStableFunc(out, func(a, b int) int { return cmp.Compare(covs[b], covs[a]) })
	return out[:min(k, len(out))]
}

// Refuting reports whether sentence si of t plainly refutes or denies something: it has
// refuting or denial words (a hoax, not true, denied) and is neither a question nor hedged.
func (t *Text) Refuting(si int) bool {
	s := &t.Sentences[si]
	return s.lex[listRefute]+s.lex[listDeny] > 0 && !s.asked
}

// EvidenceOrder returns the indexes of up to k sentences that cover the claim best: at least
// half as well as the best one and above zero, best first, ties in text order.
func EvidenceOrder(covs []float64, k int) []int { return evidenceOrder(covs, k) }

func contains(s []int, x int) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

// negatedClaimWords returns how many of toks are claim content words and how many of those
// lie in the scope of a negation: among the three content words after it ("will not be
// starring as Steve Jobs" negates starring, Steve and Jobs).
func negatedClaimWords(c *Claim, toks []Token) (hits, negated int) {
	scope := 0
	for _, tok := range toks {
		if isNegation(tok.Lower) {
			scope = 3
			continue
		}
		if tok.Weight == 0 {
			continue
		}
		if _, ok := c.index[tok.Stem]; ok {
			hits++
			if scope > 0 {
				negated++
			}
		}
		if scope > 0 {
			scope--
		}
	}
	return hits, negated
}

func isNegation(w string) bool {
	_, ok := lexicon[listNegation][w]
	return ok
}

// negates reports whether the tokens hold a negation or a refuting word.
func negates(toks []Token) bool {
	n := countLists(toks, nil)
	return n[listNegation]+n[listRefute] > 0
}

// Coverage returns the weighted share of the claim's content words found anywhere in the
// text: the feature "cov", cheaply, for ranking many texts against a claim.
func Coverage(c *Claim, t *Text) float64 {
	if c.total == 0 {
		return 0
	}
	sum := 0.0
	for j, s := range c.stems {
		if t.counts[s] > 0 {
			sum += c.weight[j]
		}
	}
	return sum / c.total
}
