package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"sort"
	"strconv"
	"strings"

	"claimdiff/claims"
	"claimdiff/compare"
)

// CheckWriter writes how documents stand toward one claim, one document after another,
// streaming.
//
// In [Table] format each document gets a line "NAME: STANCE (confidence C, related R)" and,
// unless it is unrelated, a table Stance | Speaker | Evidence | Line (in that document) of
// the evidence it rests on. In [Markdown] format each gets a heading, the same line with the
// stance in bold and a GFM table Stance | Speaker | Evidence | Where. In [JSONL] format each
// document is one line (see [CheckResult]). In table and markdown formats, Flush ends with a
// count of the documents by stance when there were two or more, or any went unshown.
type CheckWriter struct {
	// OnlyRelated leaves out the documents unrelated to the claim; they are still counted.
	OnlyRelated bool
	// ByStance holds the documents until Flush and writes them refuting first, then
	// supporting, discussing and unrelated, each group by confidence, highest first (ties
	// in the order written).
	ByStance bool

	w      *bufio.Writer
	claim  string
	opts   Options
	docs   int // documents written
	counts map[compare.Stance]int
	held   []compare.StanceResult // with ByStance, the documents to write at Flush
}

// NewCheckWriter returns a writer of stance results toward claim to w in format
// opts.Format. Call Flush at the end.
func NewCheckWriter(w io.Writer, claim string, opts Options) *CheckWriter {
	return &CheckWriter{w: bufio.NewWriter(w), claim: claim, opts: opts, counts: map[compare.Stance]int{}}
}

// CheckResult is the JSON Lines form of a document's stance: the stable contract of
// `claimdiff check --format jsonl`. Doc is set for documents, ID for --pairs lines.
type CheckResult struct {
	ID         string          `json:"id,omitempty"`
	Doc        string          `json:"doc,omitempty"`
	Claim      string          `json:"claim,omitempty"`
	Stance     compare.Stance  `json:"stance"`
	Confidence float64         `json:"confidence"`
	Probs      CheckProbs      `json:"probs"`
	Evidence   []CheckEvidence `json:"evidence"`
}

// CheckProbs are the model's probabilities of the four stances in a [CheckResult], rounded to
// three decimals. Stance is unrelated when 1 - Unrelated is below the related threshold
// (check --min-related), else the likeliest of the others (refutes weighed by a factor tuned
// with the model).
type CheckProbs struct {
	Supports  float64 `json:"supports"`
	Refutes   float64 `json:"refutes"`
	Discusses float64 `json:"discusses"`
	Unrelated float64 `json:"unrelated"`
}

// CheckEvidence is one evidence item in a [CheckResult]: the text, its byte span and line in
// the document, its own stance, and its speaker and cue when it is an attributed statement.
// A sentence or content longer than [compare.MaxEvidenceBytes] is given as an excerpt: Text,
// Start, End and Line are the excerpt's, Whole the span of all of it.
type CheckEvidence struct {
	Text       string         `json:"text"`
	Start      int            `json:"start"`
	End        int            `json:"end"`
	Whole      *CheckSpan     `json:"whole,omitempty"`
	Line       int            `json:"line"`
	Stance     compare.Stance `json:"stance"`
	Confidence float64        `json:"confidence"`
	Speaker    string         `json:"speaker,omitempty"`
	Cue        string         `json:"cue,omitempty"`
	// Statement is the attributed statement the item is, in the claims command's schema
	// (source, cue and content with their byte spans, kind); absent for a sentence and for
	// an account another speaker denies.
	Statement *claims.Claim `json:"statement,omitempty"`
}

// CheckSpan is a half-open byte range into the document.
type CheckSpan struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// NewCheckResult returns the JSON Lines form of r.
func NewCheckResult(r compare.StanceResult) CheckResult {
	out := CheckResult{Doc: r.Doc, Stance: r.Stance, Confidence: round3(r.Confidence), Evidence: []CheckEvidence{},
		Probs: CheckProbs{
			Supports: round3(r.Probs[compare.StanceSupports]), Refutes: round3(r.Probs[compare.StanceRefutes]),
			Discusses: round3(r.Probs[compare.StanceDiscusses]), Unrelated: round3(r.Probs[compare.StanceUnrelated]),
		}}
	for _, e := range r.Evidence {
		ce := CheckEvidence{
			Text: e.Text, Start: e.Span.Start, End: e.Span.End, Line: e.Line,
			Stance: e.Stance, Confidence: round3(e.Confidence), Speaker: e.Speaker, Cue: e.Cue,
			Statement: e.Statement,
		}
		if e.Whole != (claims.Span{}) {
			ce.Whole = &CheckSpan{Start: e.Whole.Start, End: e.Whole.End}
		}
		out.Evidence = append(out.Evidence, ce)
	}
	return out
}

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// Write writes the stance of one document.
func (cw *CheckWriter) Write(r compare.StanceResult) error {
	cw.counts[r.Stance]++
	if cw.OnlyRelated && r.Stance == compare.StanceUnrelated {
		return nil
	}
	if cw.ByStance {
		cw.held = append(cw.held, r)
		return nil
	}
	return cw.write(r)
}

// stanceRank orders stances for ByStance: what a fact-checker reads first.
var stanceRank = map[compare.Stance]int{compare.StanceRefutes: 0, compare.StanceSupports: 1, compare.StanceDiscusses: 2, compare.StanceUnrelated: 3}

func (cw *CheckWriter) write(r compare.StanceResult) error {
	cw.docs++
	switch cw.opts.Format {
	case JSONL:
		res := NewCheckResult(r)
		res.Claim = cw.claim
		return WriteCheckResult(cw.w, res)
	case Markdown:
		return cw.markdown(r)
	default:
		return cw.table(r)
	}
}

// WriteCheckResult writes r as one JSON line.
func WriteCheckResult(w io.Writer, r CheckResult) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// stanceLine returns "supports (confidence 0.73, related 0.98)": the stance's probability,
// and for a related judgement the probability that the article bears on the claim at all,
// so that a stance resting on an article barely related shows as such. An article judged
// unrelated though it more likely bears on the claim than not (a related threshold above
// 0.5, check --min-related) shows that probability too: "unrelated (confidence 0.38,
// related 0.62)".
func stanceLine(r compare.StanceResult) string {
	if r.Stance == compare.StanceUnrelated && r.Confidence >= 0.5 {
		return fmt.Sprintf("%s (confidence %.2f)", r.Stance, r.Confidence)
	}
	return fmt.Sprintf("%s (confidence %.2f, related %.2f)", r.Stance, r.Confidence, 1-r.Probs[compare.StanceUnrelated])
}

func evidenceWhere(doc string, e compare.StanceEvidence) string {
	return docLabel(doc) + ":" + strconv.Itoa(e.Line)
}

// evidenceText is the text of evidence item e as shown in a table: an excerpt of a longer
// sentence with an ellipsis where it is cut ("… the dam would not hold and …").
func evidenceText(e compare.StanceEvidence) string {
	if e.Whole == (claims.Span{}) {
		return e.Text
	}
	s := e.Text
	if e.Span.Start > e.Whole.Start {
		s = "… " + s
	}
	if e.Span.End < e.Whole.End {
		s += " …"
	}
	return s
}

func evidenceSpeaker(e compare.StanceEvidence) string {
	s := e.Speaker
	if s == "" {
		return "-"
	}
	if e.Cue != "" {
		s += " (" + e.Cue + ")"
	}
	return s
}

func (cw *CheckWriter) table(r compare.StanceResult) error {
	if cw.docs == 1 {
		cw.claimHeading()
	} else {
		fmt.Fprintln(cw.w)
	}
	fmt.Fprintf(cw.w, "%s: %s\n", sanitize(docLabel(r.Doc)), stanceLine(r))
	if len(r.Evidence) == 0 {
		return nil
	}
	t := &textTable{header: []string{"Stance", "Speaker", "Evidence", "Line"}, weight: []int{2, 2, 8, 0}}
	for _, e := range r.Evidence {
		t.append(fmt.Sprintf("%s %.2f", e.Stance, e.Confidence), evidenceSpeaker(e), evidenceText(e), strconv.Itoa(e.Line))
	}
	return t.render(cw.w, cw.opts.width())
}

func (cw *CheckWriter) markdown(r compare.StanceResult) error {
	if cw.docs == 1 {
		cw.claimHeading()
	} else {
		fmt.Fprintln(cw.w)
	}
	line := stanceLine(r)
	stance, rest, _ := strings.Cut(line, " ")
	fmt.Fprintf(cw.w, "## %s\n\n**%s** %s.\n", mdText(docLabel(r.Doc)), stance, mdText(rest))
	if len(r.Evidence) == 0 {
		return nil
	}
	fmt.Fprintln(cw.w)
	rows := make([][]string, len(r.Evidence))
	for i, e := range r.Evidence {
		rows[i] = []string{
			mdCell(fmt.Sprintf("%s %.2f", e.Stance, e.Confidence)), mdCell(evidenceSpeaker(e)),
			mdCell(evidenceText(e)), mdCell(evidenceWhere(r.Doc, e)),
		}
	}
	return mdTable(cw.w, []string{"Stance", "Speaker", "Evidence", "Where"}, rows)
}

// claimHeading writes the claim above the first document, or above the count when no
// document is shown: "Claim: ..." wrapped to the table's width, as contested and compare
// wrap their titles, or a markdown heading "# Claim: ...". Nothing without a claim.
func (cw *CheckWriter) claimHeading() {
	switch {
	case cw.claim == "":
	case cw.opts.Format == Markdown:
		fmt.Fprintf(cw.w, "# Claim: %s\n\n", mdText(cw.claim))
	default:
		for _, l := range wrap(sanitize("Claim: "+cw.claim), cw.opts.width()) {
			fmt.Fprintln(cw.w, l)
		}
		fmt.Fprintln(cw.w)
	}
}

// Flush writes the documents held for ByStance, then the count of documents by stance
// (table and markdown formats) and any buffered output.
func (cw *CheckWriter) Flush() error {
	if cw.ByStance {
		held := cw.held
		cw.held = nil
		sort.SliceStable(held, func(i, j int) bool {
			if a, b := stanceRank[held[i].Stance], stanceRank[held[j].Stance]; a != b {
				return a < b
			}
			return held[i].Confidence > held[j].Confidence
		})
		for _, r := range held {
			if err := cw.write(r); err != nil {
				return err
			}
		}
	}
	if line := cw.summary(); line != "" && cw.opts.Format != JSONL {
		if cw.docs > 0 {
			fmt.Fprintln(cw.w)
		} else {
			cw.claimHeading() // every article left out (--related): the count still names its claim
		}
		if cw.opts.Format == Markdown {
			fmt.Fprintf(cw.w, "**Summary:** %s\n", mdText(line))
		} else {
			fmt.Fprintln(cw.w, line)
		}
	}
	return cw.w.Flush()
}

// summary returns "1,683 articles: 14 supporting, 1 refuting, 20 discussing, 1,648 unrelated
// (not shown)", or "" after a single document shown.
func (cw *CheckWriter) summary() string {
	total := 0
	for _, n := range cw.counts {
		total += n
	}
	if total < 2 && cw.docs == total {
		return ""
	}
	noun := "articles"
	if total == 1 {
		noun = "article"
	}
	line := fmt.Sprintf("%s %s: %s supporting, %s refuting, %s discussing, %s unrelated", grouped(total), noun,
		grouped(cw.counts[compare.StanceSupports]), grouped(cw.counts[compare.StanceRefutes]),
		grouped(cw.counts[compare.StanceDiscusses]), grouped(cw.counts[compare.StanceUnrelated]))
	if cw.OnlyRelated && cw.counts[compare.StanceUnrelated] > 0 {
		line += " (not shown)"
	}
	return line
}
