package stance

import (
	"encoding/json"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
)

func TestTokenize(t *testing.T) {
	tests := []struct {
		text string
		want []string // Lower of each token
	}{
		{"The call wasn’t limited.", []string{"the", "call", "was", "n't", "limited"}},
		{"Pakistan's $120 billion, 1,200 or 3.5", []string{"pakistan's", "120", "billion", "1,200", "or", "3.5"}},
		{"can't won't", []string{"can", "n't", "will", "n't"}},
		{"  ", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, tok := range tokenize(tt.text, nil) {
			got = append(got, tok.Lower)
			if tok.Start < 0 || tok.End > len(tt.text) || tok.Start >= tok.End {
				t.Errorf("tokenize(%q): token %q has span [%d,%d)", tt.text, tok.Lower, tok.Start, tok.End)
			}
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("tokenize(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestStem(t *testing.T) {
	same := [][]string{
		{"deny", "denies", "denied"},
		{"call", "calls", "called", "calling"},
		{"phone", "phoned", "phones"},
		{"stop", "stopped", "stopping"},
	}
	for _, group := range same {
		for _, w := range group[1:] {
			if stem(w) != stem(group[0]) {
				t.Errorf("stem(%q) = %q, want %q like stem(%q)", w, stem(w), stem(group[0]), group[0])
			}
		}
	}
	if stem("congress") != "congress" {
		t.Errorf("stem(congress) = %q, want it unchanged", stem("congress"))
	}
}

func feature(t *testing.T, claim, text, name string) float64 {
	t.Helper()
	x, _ := Features(NewClaim(claim), NewText(text), nil)
	for i, n := range FeatureNames {
		if n == name {
			return x[i]
		}
	}
	t.Fatalf("no feature %q", name)
	return 0
}

func TestFeatures(t *testing.T) {
	const claim = "The phone call was limited to congratulations"
	tests := []struct {
		name, text, feature string
		want                float64
		reason              string
	}{
		{"all words", "It was limited to congratulations, the phone call.", "cov", 1, ""},
		{"none", "Rain fell on the plain.", "cov", 0, ""},
		{"rare words weigh more", "The phone call was long.", "cov", 1.0 / 3, "phone and call are everyday words (0.5 each), limited and congratulations rare (1)"},
		{"rare share", "The phone call was long.", "cov_rare", 0, ""},
		{"best sentence", "The call was limited to congratulations. Phone lines were down.", "best1", 2.5 / 3, ""},
		{"bigram", "A phone call came.", "bigram", 1.0 / 3, "phone-call, call-limited, limited-congratulations"},
		{"prefix", "A telephonic chat, limited to congratulations.", "cov_prefix", 2.0 / 3, "no prefix for the five-letter phone"},
		{"refute", "This is a hoax. The call was fake.", "refute_text", 1, "two refuting words over two sentences"},
		{"hedge", "The call was reportedly limited to congratulations.", "hedge_ev", 1, ""},
		{"negation flip", "The call was not limited to congratulations.", "negcw_flip", 1, ""},
		{"no flip", "The call was limited to congratulations.", "negcw_flip", 0, ""},
		{"question", "Was it?", "question", 0, "the claim is no question"},
		{"counter-story", "In fact the call was not limited to congratulations. The call was limited to congratulations.", "counter_ev", 0.5, "one counter-story word over the two evidence sentences"},
		{"counter-story lead", "The call was limited to congratulations.", "counter_lead", 0, ""},
		{"refuting word near a claim word", "That the talks were limited to congratulations is false.", "refute_win", 0.25, "false is within five words of congratulations"},
		{"refuting word far from claim words", "It is false. The talks were long and covered the economy, trade, water, and in the end were limited to congratulations.", "refute_win", 0, "false is in another sentence"},
		{"rare words negated", "It was not limited. It was congratulations.", "negrare_text", 0.5, "limited is negated, congratulations is found but not negated (a negation's scope ends with its sentence)"},
		{"plain claim", "The call was a hoax.", "claim_pol", 0, ""},
		{"stated refutation", "The call is a hoax. The ministers spoke.", "refute_assert", 0.5, ""},
		{"asked refutation", "Was the call a hoax? The ministers spoke.", "refute_asked", 0.5, ""},
		{"asked refutation is not stated", "Was the call a hoax? The ministers spoke.", "refute_assert", 0, ""},
		{"no repeat for a plain claim", "The call was a hoax.", "refute_text_pol", 0, "the claim does not refute"},
		{"a speaker denies the claim", "The ministry denied that the phone call was limited to congratulations.", "deny_cover", 1, "the denial's content holds every claim word"},
		{"a denial of something else", "The ministry denied the report. The call was limited to congratulations.", "deny_cover", 0, ""},
		{"a speaker asserts the claim", "The ministry said the phone call was limited to congratulations.", "assert_cover", 1, ""},
		{"no speaker", "The call was limited to congratulations.", "assert_cover", 0, "the writer's own sentence is no attribution"},
		{"a speaker negates the claim", "The ministry said the phone call was not limited to congratulations.", "assert_neg_cover", 1, ""},
		{"a speaker asserts it plainly", "The ministry said the phone call was limited to congratulations.", "assert_neg_cover", 0, "no negation in the content"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := feature(t, claim, tt.text, tt.feature); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("%s(%q, %q) = %v, want %v %s", tt.feature, claim, tt.text, got, tt.want, tt.reason)
			}
		})
	}
	if got := feature(t, "Did he call?", "He did.", "question"); got != 1 {
		t.Errorf("question(%q) = %v, want 1", "Did he call?", got)
	}
	if got := feature(t, "Banksy arrested in 2014", "Banksy was arrested in 2015.", "num_miss"); got != 1 {
		t.Errorf("num_miss = %v, want 1", got)
	}
	// A debunking claim repeats the text's stance features under the _pol names.
	const debunk = "The congratulations call is a hoax"
	const text = "The call was a hoax. Nobody called."
	if got, want := feature(t, debunk, text, "refute_text_pol"), feature(t, debunk, text, "refute_text"); got != want || got == 0 {
		t.Errorf("refute_text_pol(%q, %q) = %v, want refute_text %v (not 0)", debunk, text, got, want)
	}
	if got := feature(t, debunk, text, "claim_pol"); got != 1 {
		t.Errorf("claim_pol(%q) = %v, want 1", debunk, got)
	}
	// A refuting word that only describes a thing of the story leaves the claim plain.
	const passports = "Lebanon holds the congratulations caller, caught with fake passports"
	if got := feature(t, passports, text, "claim_pol"); got != 0 {
		t.Errorf("claim_pol(%q) = %v, want 0", passports, got)
	}
	if got := feature(t, passports, text, "refute_text_pol"); got != 0 {
		t.Errorf("refute_text_pol(%q, %q) = %v, want 0", passports, text, got)
	}
	// pol_echo: how many of a debunking claim's own refuting words the text repeats.
	const staged = "Eyewitness says the video was staged and fake"
	for _, tt := range []struct {
		text, name string
		want       float64
	}{
		{"The video was staged. Nothing in it is fake.", "pol_echo", 1},
		{"The video was staged, a witness said.", "pol_echo", 0.5},
		{"A prankster filmed the video.", "pol_echo", 0},
		{"The video was staged, a witness said.", "pol_echo_ev", 0.5},
	} {
		if got := feature(t, staged, tt.text, tt.name); math.Abs(got-tt.want) > 1e-9 {
			t.Errorf("%s(%q, %q) = %v, want %v", tt.name, staged, tt.text, got, tt.want)
		}
	}
	if got := feature(t, claim, "The call was staged.", "pol_echo"); got != 0 {
		t.Errorf("pol_echo of a claim without refuting words = %v, want 0", got)
	}
	for headline, want := range map[string]float64{
		"Report: the call was limited to congratulations":        1,
		"GOP Rep: the call was limited to congratulations":       1,
		"BREAKING: the call was limited to congratulations":      0,
		"Breaking News: the call was limited to congratulations": 0,
		"WATCH: the call was limited to congratulations":         0,
	} {
		if got := feature(t, headline, "The call was limited.", "claim_source"); got != want {
			t.Errorf("claim_source(%q) = %v, want %v", headline, got, want)
		}
	}
	const asks = "Was the call limited to congratulations?"
	const confirms = "Officials confirmed the call was limited to congratulations."
	if got := feature(t, asks, confirms, "support_ev_ask"); got != 1 {
		t.Errorf("support_ev_ask(%q, %q) = %v, want 1", asks, confirms, got)
	}
	if got := feature(t, asks, confirms, "certain_hedgeclaim"); got != 1 {
		t.Errorf("certain_hedgeclaim(%q, %q) = %v, want 1", asks, confirms, got)
	}
}

func TestFeatureNames(t *testing.T) {
	seen := map[string]bool{}
	for _, n := range FeatureNames {
		if seen[n] {
			t.Errorf("feature %q named twice", n)
		}
		seen[n] = true
	}
	for _, idx := range [][]int{polIndex, askIndex} {
		for _, i := range idx {
			if i < 0 {
				t.Errorf("a repeated feature is not a base feature: %v", idx)
			}
		}
	}
	if NumFeatures > MaxInputs {
		t.Errorf("%d features, more than MaxInputs %d", NumFeatures, MaxInputs)
	}
}

func TestFeaturesBounded(t *testing.T) {
	texts := []string{"", "\n\n", "a", "No. Not. Never!", strings.Repeat("The call was a hoax, reportedly. ", 50)}
	for _, c := range []string{"", "the", "the phone call was limited to congratulations", "not a hoax?"} {
		for _, text := range texts {
			x, covs := Features(NewClaim(c), NewText(text), nil)
			if len(x) != NumFeatures || len(covs) != len(NewText(text).Sentences) {
				t.Fatalf("Features(%q, %q): %d features, %d coverages", c, text, len(x), len(covs))
			}
			for i, v := range x {
				if math.IsNaN(v) || v < 0 || v > 1.5 {
					t.Errorf("Features(%q, %q)[%s] = %v, want in [0, 1.5]", c, text, FeatureNames[i], v)
				}
			}
		}
	}
}

// accuracy returns the share of the rows of x whose likeliest class under prob is y's.
func accuracy(x [][]float64, y []int, prob func([]float64) []float64) float64 {
	right := 0
	for i, row := range x {
		p := prob(row)
		best := 0
		for c := range p {
			if p[c] > p[best] {
				best = c
			}
		}
		if best == y[i] {
			right++
		}
	}
	return float64(right) / float64(len(x))
}

// flat returns a net over one feature that ignores it: its class scores are bias.
func flat(bias []float64) *Net {
	n := &Net{Classes: make([]string, len(bias)), Mean: make([]float64, 1), Scale: []float64{1}, OBias: bias}
	for range bias {
		n.Out = append(n.Out, []float64{0})
	}
	return n
}

// synthetic returns a small separable three-class problem.
func synthetic(n int) ([][]float64, []int) {
	rng := rand.New(rand.NewPCG(7, 7))
	var x [][]float64
	var y []int
	for i := range n {
		c := i % 3
		row := []float64{rng.Float64(), rng.Float64(), rng.Float64()}
		row[c] += 1.5
		x, y = append(x, row), append(y, c)
	}
	return x, y
}

func TestTrainDeterministic(t *testing.T) {
	x, y := synthetic(300)
	for _, hidden := range []int{0, 4} {
		o := TrainOptions{Hidden: hidden, Epochs: 200, Rate: 0.05, L2: 1e-4, Seed: 3, ClassWeights: []float64{1, 2, 1}}
		a, err := Train(x, y, []string{"a", "b", "c"}, o)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := Train(x, y, []string{"a", "b", "c"}, o)
		ja, _ := json.Marshal(a)
		jb, _ := json.Marshal(b)
		if string(ja) != string(jb) {
			t.Errorf("hidden %d: two trainings on the same data differ", hidden)
		}
		if acc := accuracy(x, y, func(row []float64) []float64 { return a.Prob(row, nil) }); acc < 0.9 {
			t.Errorf("hidden %d: training accuracy %.2f on a separable set, want >= 0.9", hidden, acc)
		}
	}
	if _, err := Train(nil, nil, nil, TrainOptions{}); err == nil {
		t.Error("Train on no examples: no error")
	}
}

func TestTrainWeights(t *testing.T) {
	x, y := synthetic(300)
	o := TrainOptions{Epochs: 100, Rate: 0.05, Seed: 3}
	plain, _ := Train(x, y, []string{"a", "b", "c"}, o)
	ones := make([]float64, len(x))
	for i := range ones {
		ones[i] = 1
	}
	o.Weights = ones
	same, _ := Train(x, y, []string{"a", "b", "c"}, o)
	jp, _ := json.Marshal(plain)
	js, _ := json.Marshal(same)
	if string(jp) != string(js) {
		t.Error("weights of 1 changed the fit")
	}
	// Weigh class c's examples out: the net should give them less probability of c.
	w := make([]float64, len(x))
	for i := range w {
		if y[i] != 2 {
			w[i] = 1
		}
	}
	o.Weights = w
	skew, _ := Train(x, y, []string{"a", "b", "c"}, o)
	var before, after float64
	for i, row := range x {
		if y[i] == 2 {
			before += plain.Prob(row, nil)[2]
			after += skew.Prob(row, nil)[2]
		}
	}
	if after >= before {
		t.Errorf("class c weighed 0: its examples' summed probability of c %.2f, want below %.2f", after, before)
	}
}

func TestDecideFactors(t *testing.T) {
	p := [4]float64{0.4, 0.3, 0.2, 0.1}
	m := &Model{Threshold: 0.5}
	if got := m.Decide(p); got != Agree {
		t.Errorf("Decide(%v) = %s, want agree", p, LabelNames[got])
	}
	m.Factors = []float64{1, 2, 1}
	if got := m.Decide(p); got != Disagree {
		t.Errorf("Decide(%v) with disagree factor 2 = %s, want disagree", p, LabelNames[got])
	}
	m.Threshold = 0.95
	if got := m.Decide(p); got != Unrelated {
		t.Errorf("Decide(%v) with threshold 0.95 = %s, want unrelated", p, LabelNames[got])
	}
}

func TestScore(t *testing.T) {
	gold := []int{Agree, Disagree, Discuss, Unrelated, Unrelated}
	pred := []int{Agree, Discuss, Unrelated, Unrelated, Agree}
	s := Score(gold, pred)
	// Agree right (1), disagree related but wrong (0.25), discuss called unrelated (0),
	// unrelated right (0.25), unrelated called agree (0): 1.5 of 3.5.
	if s.Raw != 1.5 || s.Max != 3.5 {
		t.Errorf("Score raw %v of %v, want 1.5 of 3.5", s.Raw, s.Max)
	}
	if s.F1[Agree] != 2.0/3 || s.F1[Disagree] != 0 {
		t.Errorf("F1 agree %v disagree %v, want 0.667 and 0", s.F1[Agree], s.F1[Disagree])
	}
	if !strings.Contains(s.String(), "FNC-1 score  42.86%") {
		t.Errorf("Scores.String() = %q, want the score 42.86%%", s.String())
	}
}

func TestSplit(t *testing.T) {
	var pairs []Pair
	for i := range 200 {
		h := "headline " + string(rune('a'+i%26)) + string(rune('a'+i/26))
		pairs = append(pairs, Pair{Headline: h, BodyID: h + "-body", Label: Agree})
		pairs = append(pairs, Pair{Headline: h, BodyID: "other-" + string(rune('a'+i%7)), Label: Unrelated})
	}
	sides := Split(pairs)
	side := map[string]Side{}
	dev := 0
	for i, p := range pairs {
		if s, ok := side[p.Headline]; ok && s != sides[i] {
			t.Errorf("headline %q is on both sides", p.Headline)
		}
		side[p.Headline] = sides[i]
		if p.Label != Unrelated {
			if s, ok := side[p.BodyID]; ok && s != sides[i] {
				t.Errorf("body %q is on both sides", p.BodyID)
			}
			side[p.BodyID] = sides[i]
		}
		if sides[i] == SideDev {
			dev++
		}
	}
	if dev < len(pairs)/10 || dev > len(pairs)/3 {
		t.Errorf("Split put %d of %d pairs on dev, want about a fifth", dev, len(pairs))
	}
	// Stories join a headline and the bodies it is related to; inner folds keep them whole.
	stories := Stories([]Pair{
		{Headline: "h1", BodyID: "b1", Label: Agree},
		{Headline: "h2", BodyID: "b1", Label: Discuss},
		{Headline: "h3", BodyID: "b2", Label: Disagree},
		{Headline: "h3", BodyID: "b1", Label: Unrelated},
	})
	if want := []string{"h:h1", "h:h1", "h:h3", "h:h3"}; !reflect.DeepEqual(stories, want) {
		t.Errorf("Stories = %q, want %q", stories, want)
	}
	folds := map[int]bool{}
	for i := range 100 {
		f := Fold("h:story "+string(rune('a'+i%26))+string(rune('a'+i/26)), "inner", 5)
		if f < 0 || f >= 5 {
			t.Fatalf("Fold = %d, want in [0, 5)", f)
		}
		folds[f] = true
	}
	if len(folds) != 5 {
		t.Errorf("100 stories fell in %d of 5 folds", len(folds))
	}
}

func TestReadFNC1(t *testing.T) {
	bodies := "Body ID,articleBody\n1,\"A body\nover two lines\"\n2,Other\n"
	stances := "Headline,Body ID,Stance\nH one,1,agree\n\"H, two\",2,unrelated\n"
	pairs, err := ReadFNC1(strings.NewReader(bodies), strings.NewReader(stances))
	if err != nil {
		t.Fatal(err)
	}
	want := []Pair{{"H one", "1", "A body\nover two lines", Agree}, {"H, two", "2", "Other", Unrelated}}
	if !reflect.DeepEqual(pairs, want) {
		t.Errorf("ReadFNC1 = %+v, want %+v", pairs, want)
	}
	if _, err := ReadFNC1(strings.NewReader(bodies), strings.NewReader("Headline,Body ID,Stance\nH,3,agree\n")); err == nil {
		t.Error("ReadFNC1 with an unknown body: no error")
	}
	if _, err := ReadFNC1(strings.NewReader(bodies), strings.NewReader("Headline,Body ID,Stance\nH,1,maybe\n")); err == nil {
		t.Error("ReadFNC1 with an unknown stance: no error")
	}
	// Files with other columns were read as pairs of the wrong fields and scored.
	for _, tt := range []struct{ bodies, stances, want string }{
		{"a,b\n1,Other\n", stances, `reading bodies: header "a,b", want "Body ID,articleBody"`},
		{bodies, "Headline,Stance,Body ID\nH one,agree,1\n", `reading stances: header "Headline,Stance,Body ID", want "Headline,Body ID,Stance"`},
		{"", stances, "reading bodies: no header"},
	} {
		if _, err := ReadFNC1(strings.NewReader(tt.bodies), strings.NewReader(tt.stances)); err == nil || err.Error() != tt.want {
			t.Errorf("ReadFNC1(%.30q, %.30q): error %v, want %q", tt.bodies, tt.stances, err, tt.want)
		}
	}
	if _, err := ReadFNC1(strings.NewReader("\ufeffbody id,ArticleBody\n1,x\n"), strings.NewReader("Headline,Body ID,Stance\nH,1,agree\n")); err != nil {
		t.Errorf("ReadFNC1 with a byte order mark and other case: %v", err)
	}
}

func TestLoadRejects(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "stance_model.json"))
	if err != nil {
		t.Skip("no model file")
	}
	if _, err := Load(b); err != nil {
		t.Fatalf("Load(stance_model.json) = %v", err)
	}
	var m map[string]any
	json.Unmarshal(b, &m)
	m["features"] = []string{"cov"}
	bad, _ := json.Marshal(m)
	if _, err := Load(bad); err == nil {
		t.Error("Load of a model with other features: no error")
	}
	if _, err := Load([]byte("{")); err == nil {
		t.Error("Load of broken JSON: no error")
	}
	json.Unmarshal(b, &m)
	m["stance_factors"] = []float64{1, -2, 1}
	bad, _ = json.Marshal(m)
	if _, err := Load(bad); err == nil {
		t.Error("Load of a model with a negative factor: no error")
	}
	json.Unmarshal(b, &m)
	m["stance_extra"] = []any{m["related"]}
	bad, _ = json.Marshal(m)
	if _, err := Load(bad); err == nil {
		t.Error("Load of a model with a two-class extra stance net: no error")
	}
	for _, w := range []float64{-0.1, 1} {
		json.Unmarshal(b, &m)
		m["joint"] = w
		bad, _ = json.Marshal(m)
		if _, err := Load(bad); err == nil {
			t.Errorf("Load of a model with joint weight %v: no error", w)
		}
	}
}

// TestPredictAveragesExtraNets checks that the stance probabilities are the mean of the
// stance nets': a model whose extra net always says disagree moves half its mass there.
func TestPredictAveragesExtraNets(t *testing.T) {
	m := &Model{Related: flat([]float64{0, 50}), Stance: flat([]float64{50, 0, 0}), Threshold: 0.5}
	x := []float64{0}
	if p := m.Predict(x); p[Agree] < 0.99 {
		t.Fatalf("one net: Predict = %v, want agree near 1", p)
	}
	m.Extra = []*Net{flat([]float64{0, 50, 0})}
	p := m.Predict(x)
	if math.Abs(p[Agree]-0.5) > 0.01 || math.Abs(p[Disagree]-0.5) > 0.01 {
		t.Errorf("two nets: Predict = %v, want agree and disagree near 0.5", p)
	}
}

func TestRule(t *testing.T) {
	const claim = "the call was limited to congratulations"
	tests := []struct {
		claim, text string
		want        int
	}{
		{claim, "the call was not limited to congratulations", Disagree},
		{claim, "it was limited to congratulations and usual pledges", Agree},
		{claim, "the call was reportedly limited to congratulations", Discuss},
		{claim, "the call was limited to congratulations, a claim that is false", Disagree},
		{claim, "Pompeo raised terrorism", Unrelated},
		{"Egypt says the dam violates the 2015 declaration", "Ethiopia denies the dam violates the declaration", Disagree},
		{"the call was not limited to congratulations", "the call was not limited to congratulations", Agree},
		// A restriction in the text leaves out what the claim adds.
		{"Pompeo discussed Pakistan-based terrorists with Imran Khan", "it was limited to congratulations to Imran Khan by Pompeo and usual pledges to improve ties", Disagree},
		{"Pompeo discussed Pakistan-based terrorists with Imran Khan", "Pompeo discussed trade and Pakistan-based terrorists with Imran Khan", Agree},
		{"the talks covered trade and security", "the talks merely covered trade and security", Agree},
	}
	for _, tt := range tests {
		got, conf := Rule(NewClaim(tt.claim), NewText(tt.text))
		if got != tt.want || conf < 0.5 || conf > 1 {
			t.Errorf("Rule(%q, %q) = %s, %.2f, want %s", tt.claim, tt.text, LabelNames[got], conf, LabelNames[tt.want])
		}
	}
}

func TestRestricts(t *testing.T) {
	for text, want := range map[string]bool{
		"it was limited to congratulations":     true,
		"it was not limited to congratulations": false,
		"they only talked":                      true,
		"not only trade but security":           false,
		"merely a greeting":                     true,
		"a limited edition":                     false,
		// "only" after a determiner names one thing, it restricts nothing reported.
		"Glide is the only messaging application": false,
		"Kim Yo-jong is his only full sister":     false,
		"they discussed only trade":               true,
		// "only" before an infinitive tells what came of the clause, or what it was for;
		// before a noun phrase it restricts.
		"rushed to hospital with stomach pains only to discover she was pregnant": false,
		"shot by a sniper, only to be saved by his Kevlar helmet":                 false,
		"the second actor to circle the project, only to ultimately exit":         false,
		"officials that once reported only to Jong-il":                            true,
		"the offer was open only to registered voters":                            true,
		"it was sent only to consumers":                                           true,
		"he spoke only to them":                                                   true,
		"they gave it only to the GOP":                                            true,
		"the rule applies only to 2015":                                           true,
		// A body of people after "only to" is a noun unless its object follows.
		"the theft was reported only to police":               true,
		"the theft was reported only to police and the press": true,
		"troops were sent, only to police the border":         false,
		// "only as" and a name tells how someone is named.
		"a Comcast representative, identified only as Kelly, warned a customer": false,
		"the customer, known in the story only as “Conal”, paid":                false,
		"the drone was used only as a decoy":                                    true,
	} {
		tx := NewText(text)
		if got := restricts(tx.Text, tx.Tokens); got != want {
			t.Errorf("restricts(%q) = %v, want %v", text, got, want)
		}
	}
}

// TestCoverage: Coverage is the feature "cov", computed without the rest.
func TestCoverage(t *testing.T) {
	for _, tc := range [][2]string{
		{"Banksy arrested in London, identity revealed", "Graffiti artist Banksy was arrested in London on Monday."},
		{"Banksy arrested in London, identity revealed", "Heavy rain fell across London on Monday."},
		{"Banksy arrested in London, identity revealed", "Nothing here."},
		{"the of and", "The cat sat."},
	} {
		c, tx := NewClaim(tc[0]), NewText(tc[1])
		if got, want := Coverage(c, tx), feature(t, tc[0], tc[1], "cov"); math.Abs(got-want) > 1e-12 {
			t.Errorf("Coverage(%q, %q) = %v, want cov %v", tc[0], tc[1], got, want)
		}
	}
}

func TestFingerprint(t *testing.T) {
	ps := []Pair{{Headline: "a", BodyID: "1"}, {Headline: "b", BodyID: "2"}, {Headline: "c", BodyID: "1"}, {Headline: "a", BodyID: "2"}}
	if got := FingerprintPairs(ps); !slices.Equal(got, []int{0, 1, 2}) {
		t.Errorf("FingerprintPairs = %v, want [0 1 2]: the first pair of bodies 1 and 2 and of headline c", got)
	}
	x := [][]float64{{0.5, 1}, {2, 0}}
	a, b := Fingerprint(x), Fingerprint([][]float64{{0.5, 1}, {2, 0}})
	if a != b || len(a) != 64 {
		t.Errorf("Fingerprint gave %q then %q for the same rows, want the same 64 hex digits", a, b)
	}
	if Fingerprint([][]float64{{0.5, 1}, {2, 1e-3}}) == a {
		t.Error("a changed value left the fingerprint unchanged")
	}
	if Fingerprint([][]float64{{0.5, 1 + 1e-12}, {2, 0}}) != a {
		t.Error("a change in the 13th digit changed the fingerprint; want six significant digits")
	}
	if Fingerprint([][]float64{{0.5}, {1, 2, 0}}) == a {
		t.Error("the same values in other rows gave the same fingerprint")
	}
}

// TestJudge checks that Model.Judge gives Features and Predict's probabilities, and that
// a related stage skipping the speakers' features lets it leave an unrelated pair's text
// unextracted without changing the probability of related.
func TestJudge(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("..", "..", "stance_model.json"))
	if err != nil {
		t.Skip("no model file")
	}
	m, err := Load(b)
	if err != nil {
		t.Fatal(err)
	}
	m.RelatedSkips = SpeakerFeatureNames()
	c := NewClaim("The minister resigned over the bribery scandal")
	const text = `The ministry denied on Monday that the minister resigned over the bribery scandal. ` +
		`"He has not resigned and he will not resign," a spokesman said. The minister resigned over the scandal, the newspaper reported.`
	full, _ := Features(c, NewText(text), nil)
	if full[fDenyCover] == 0 || full[fAssertCover] == 0 {
		t.Fatalf("deny_cover %v, assert_cover %v: want both above 0 (the test needs a text whose speakers deny and assert the claim)", full[fDenyCover], full[fAssertCover])
	}
	want := m.Predict(full)
	dst := make([]float64, NumFeatures)
	tx := NewText(text)
	if got, _ := m.Judge(c, tx, 0, dst); got != want || !tx.attrRead {
		t.Errorf("Judge at minRelated 0 = %v (attributions read %v), want Predict's %v, read", got, tx.attrRead, want)
	}
	tx = NewText(text)
	got, _ := m.Judge(c, tx, 1.1, dst)
	if tx.attrRead || dst[fDenyCover] != 0 || dst[fAssertCover] != 0 {
		t.Errorf("Judge below minRelated read the attributions (%v) or set deny_cover %v, assert_cover %v", tx.attrRead, dst[fDenyCover], dst[fAssertCover])
	}
	if got[Unrelated] != want[Unrelated] {
		t.Errorf("Judge below minRelated: unrelated %v, want Predict's %v", got[Unrelated], want[Unrelated])
	}
	// Predict's related stage does not read the skipped features...
	x := slices.Clone(full)
	x[fDenyCover], x[fAssertCover], x[fAssertNegCover] = 0, 0, 0
	if p := m.Predict(x); p[Unrelated] != want[Unrelated] {
		t.Errorf("Predict without the speakers' features: unrelated %v, want %v", p[Unrelated], want[Unrelated])
	}
	// ... and without skips Judge always extracts.
	m.RelatedSkips = nil
	tx = NewText(text)
	if got, _ := m.Judge(c, tx, 1.1, dst); got != m.Predict(full) || !tx.attrRead {
		t.Errorf("Judge of a model reading every feature = %v (attributions read %v), want Predict's %v, read", got, tx.attrRead, m.Predict(full))
	}
}

// TestSpeakerFeaturesNotRepeated checks that no repeated feature copies one of the speakers'
// features, which Judge sets after the repeats.
func TestSpeakerFeaturesNotRepeated(t *testing.T) {
	for _, f := range speakerFeatures {
		if slices.Contains(polIndex, f) || slices.Contains(askIndex, f) {
			t.Errorf("feature %s is repeated", FeatureNames[f])
		}
	}
	m := &Model{RelatedSkips: []string{"no_such_feature"}}
	if m.skipsSpeakers() {
		t.Error("skipsSpeakers with an unknown name: true")
	}
}

// TestIsWordRune checks the ASCII fast path against the Unicode tables.
func TestIsWordRune(t *testing.T) {
	for r := rune(0); r < 0x3000; r++ {
		if got, want := isWordRune(r), unicode.IsLetter(r) || unicode.IsDigit(r); got != want {
			t.Errorf("isWordRune(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestExcerpt: the excerpt of a long text holds the claim's words, at most the limit, at word
// edges; a short text is whole; a text without the claim's words gives its start; one word
// longer than the limit is cut at a rune's start.
func TestExcerpt(t *testing.T) {
	c := NewClaim("the dam would not hold")
	long := strings.Repeat("rain fell and ", 40) + "the dam would not hold, " + strings.Repeat("cattle moved and ", 40)
	tests := []struct {
		name, text string
		limit      int
		want       string
	}{
		{"short", "the dam would not hold", 100, "the dam would not hold"},
		{"around the words", long, 60, "rain fell and the dam would not hold, cattle moved and"},
		{"no claim words", strings.Repeat("rain fell and ", 10), 20, "rain fell and rain"},
		{"one long word", "dam" + strings.Repeat("é", 40), 10, "dam" + "ééé"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := Excerpt(c, NewText(tt.text), tt.limit)
			if got := tt.text[a:b]; got != tt.want || b-a > tt.limit {
				t.Errorf("Excerpt(%q, %d) = %q, want %q", tt.text, tt.limit, got, tt.want)
			}
		})
	}
}
