package compare

import (
	"encoding/json"
	"fmt"

	"claimdiff/claims"
)

// Actor is one speaker under its canonical name: the longest form of the name found in the
// corpus without its titles ("Shah Mehmood Qureshi" for "Qureshi", "He" resolved to Qureshi,
// and "Foreign Minister Shah Mehmood Qureshi").
type Actor struct {
	Name  string   // canonical name
	Side  string   // the side the actor speaks for; "" when none is known
	Names []string // the speaker names seen for the actor, sorted
}

// SideDef defines a side by name and the aliases that put an actor or a mention on it, as a
// line of a --sides file does: "United States: State Department, Pompeo, Ned Price". An
// alias matches a speaker's name or the words before it ("US State Department Spokesperson")
// as a whole-word, case-insensitive phrase.
type SideDef struct {
	Name    string
	Aliases []string
}

// Statement is a claim with the actor it is attributed to and the actor's side.
type Statement struct {
	Claim claims.Claim
	Actor string // canonical actor name; "" for a claim without a source
	Side  string // "" when no side is known
}

// Event is a group of statements that speak of one event, within and across documents.
type Event struct {
	ID int // 1-based, in order of the event's first statement in the corpus
	// Label names the event for a heading: the phrase of one statement's content, taken
	// verbatim, that says most of the salient terms ("Pompeo’s telephone call to Imran
	// Khan"); when no phrase holds two of them, the account an explicit rejection names
	// ("attacks from Jeb Bush"), else up to four of the terms.
	Label  string
	Terms  []string    // the salient (stemmed) terms, most salient first
	Claims []Statement // in corpus order: by document as added, then by offset
}

// Sides returns the sides of the event's statements, largest first (ties by name), without "".
func (e *Event) Sides() []string {
	n := map[string]int{}
	for _, s := range e.Claims {
		if s.Side != "" {
			n[s.Side]++
		}
	}
	return sortedByCount(n)
}

// ConflictType says how two sides' statements collide.
type ConflictType int

// The conflict types. Explicit conflicts come from a statement that rejects, denies or
// disputes another side's account; implicit ones from contents that cannot both hold.
const (
	ExplicitRejection   ConflictType = iota // "rejected the US State Department's version", "contrary to the facts", "lies"
	ImplicitPolarity                        // one side says it happened, the other that it did not
	ImplicitRestriction                     // "was limited to congratulations" against "discussed terrorists"
	ImplicitNumber                          // different numbers for the same quantity
	ImplicitDate                            // different dates for the same event
	ImplicitActor                           // different actors for the same act
	ImplicitStance                          // reserved: the stance model alone; not produced (it only backs or overrules the rules above)
	ImplicitDoubt                           // one side calls unlikely or doubts what the other asserts: "it seems unlikely that it was a meteorite" against "we are convinced that this was a meteorite"
)

var conflictTypeNames = [...]string{
	ExplicitRejection:   "explicit-rejection",
	ImplicitPolarity:    "implicit-polarity",
	ImplicitRestriction: "implicit-restriction",
	ImplicitNumber:      "implicit-number",
	ImplicitDate:        "implicit-date",
	ImplicitActor:       "implicit-actor",
	ImplicitStance:      "implicit-stance",
	ImplicitDoubt:       "implicit-doubt",
}

// String returns the type's name as used in JSON: "explicit-rejection", "implicit-polarity",
// "implicit-restriction", "implicit-number", "implicit-date", "implicit-actor",
// "implicit-stance" or "implicit-doubt".
func (t ConflictType) String() string {
	if t < 0 || int(t) >= len(conflictTypeNames) {
		return fmt.Sprintf("ConflictType(%d)", int(t))
	}
	return conflictTypeNames[t]
}

// Explicit reports whether the conflict is stated by one side rather than inferred.
func (t ConflictType) Explicit() bool { return t == ExplicitRejection }

// MarshalText implements encoding.TextMarshaler.
func (t ConflictType) MarshalText() ([]byte, error) { return []byte(t.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (t *ConflictType) UnmarshalText(b []byte) error {
	for i, n := range conflictTypeNames {
		if n == string(b) {
			*t = ConflictType(i)
			return nil
		}
	}
	return fmt.Errorf("unknown conflict type %q", b)
}

// SideClaims is one side of a contested event: its statements in corpus order.
type SideClaims struct {
	Side   string
	Actors []string       // the distinct canonical actors of Claims, in order of first statement (then those of a merged item's)
	Claims []claims.Claim // the side's statements on the event that take part in the conflict
}

// Contested is an event on which two (or more) sides' versions collide.
type Contested struct {
	Event       Event
	Type        ConflictType
	Confidence  float64 // in (0, 1]; explicit rejections score highest
	Explanation string  // one readable sentence: "Pakistan rejected the United States' account: 'contrary to the facts'"
	Trigger     string  // the words that triggered the conflict: "rejected", "limited to" / "discussed", "120" / "150"
	Sides       []SideClaims
}

type jsonSideClaims struct {
	Side   string         `json:"side"`
	Actors []string       `json:"actors,omitempty"`
	Claims []claims.Claim `json:"claims"`
}

type jsonContested struct {
	Event       string           `json:"event"`
	EventID     int              `json:"event_id"`
	Type        ConflictType     `json:"type"`
	Confidence  float64          `json:"confidence"`
	Explanation string           `json:"explanation"`
	Trigger     string           `json:"trigger,omitempty"`
	Sides       []jsonSideClaims `json:"sides"`
}

// MarshalJSON writes the contested item in the JSON Lines contract of `claimdiff contested
// --format jsonl`: {"event": label, "event_id": n, "type", "confidence", "explanation",
// "trigger", "sides": [{"side", "actors", "claims": [claims as [claims.Claim.MarshalJSON]
// writes them]}]}. The event's other statements are not written.
func (c Contested) MarshalJSON() ([]byte, error) {
	j := jsonContested{
		Event:       c.Event.Label,
		EventID:     c.Event.ID,
		Type:        c.Type,
		Confidence:  round3(c.Confidence),
		Explanation: c.Explanation,
		Trigger:     c.Trigger,
		Sides:       make([]jsonSideClaims, len(c.Sides)),
	}
	for i, s := range c.Sides {
		j.Sides[i] = jsonSideClaims(s)
		if j.Sides[i].Claims == nil {
			j.Sides[i].Claims = []claims.Claim{}
		}
	}
	return json.Marshal(j)
}

// Op is the kind of a word-diff operation.
type Op int

// The diff operations, read from the left statement to the right one.
const (
	Equal  Op = iota // words in both statements
	Delete           // words only in the left statement
	Insert           // words only in the right statement
)

var opNames = [...]string{Equal: "equal", Delete: "delete", Insert: "insert"}

// String returns "equal", "delete" or "insert".
func (o Op) String() string {
	if o < 0 || int(o) >= len(opNames) {
		return fmt.Sprintf("Op(%d)", int(o))
	}
	return opNames[o]
}

// MarshalText implements encoding.TextMarshaler.
func (o Op) MarshalText() ([]byte, error) { return []byte(o.String()), nil }

// DiffOp is one run of a word-level diff. Text keeps the words with the spaces and
// punctuation between them exactly as written, so the Equal and Delete runs joined give the
// left text back and the Equal and Insert runs joined give the right text.
type DiffOp struct {
	Op   Op     `json:"op"`
	Text string `json:"text"`
}

// Verdict is the judgement on one row of a comparison.
type Verdict int

// The verdicts.
const (
	OnlyOneSide Verdict = iota // one side said it and the other said nothing close
	Agree                      // the two statements say the same thing in nearly the same words
	Reworded                   // the same thing in different words
	Conflict                   // the two statements cannot both hold
)

var verdictNames = [...]string{OnlyOneSide: "only-one-side", Agree: "agree", Reworded: "reworded", Conflict: "conflict"}

// String returns "only-one-side", "agree", "reworded" or "conflict".
func (v Verdict) String() string {
	if v < 0 || int(v) >= len(verdictNames) {
		return fmt.Sprintf("Verdict(%d)", int(v))
	}
	return verdictNames[v]
}

// MarshalText implements encoding.TextMarshaler.
func (v Verdict) MarshalText() ([]byte, error) { return []byte(v.String()), nil }

// Row aligns a statement of the left side with the closest statement of the right side. One
// of Left and Right is nil when the verdict is [OnlyOneSide].
type Row struct {
	Left, Right           *claims.Claim
	LeftActor, RightActor string   // canonical actors of Left and Right; "" when nil
	Diff                  []DiffOp // word diff of Left's content against Right's; nil when one is nil
	Verdict               Verdict
	Similarity            float64 // weighted term overlap of the two contents, in [0, 1]
	Reason                string  // why the verdict, for conflicts: "'limited to' against 'discussed'"
}

// Comparison is one event seen from two sides, row by row.
type Comparison struct {
	Event       Event
	Left, Right string // the two sides' names
	Rows        []Row
}

type jsonRow struct {
	Left       *claims.Claim `json:"left"`
	Right      *claims.Claim `json:"right"`
	LeftActor  string        `json:"left_actor,omitempty"`
	RightActor string        `json:"right_actor,omitempty"`
	Diff       []DiffOp      `json:"diff,omitempty"`
	Verdict    Verdict       `json:"verdict"`
	Similarity float64       `json:"similarity"`
	Reason     string        `json:"reason,omitempty"`
}

type jsonComparison struct {
	Event   string    `json:"event"`
	EventID int       `json:"event_id"`
	Left    string    `json:"left"`
	Right   string    `json:"right"`
	Rows    []jsonRow `json:"rows"`
}

// MarshalJSON writes the comparison as one JSON object: {"event", "event_id", "left",
// "right", "rows": [{"left": claim or null, "right": claim or null, "left_actor",
// "right_actor", "diff": [{"op", "text"}], "verdict", "similarity", "reason"}]}.
func (c Comparison) MarshalJSON() ([]byte, error) {
	j := jsonComparison{Event: c.Event.Label, EventID: c.Event.ID, Left: c.Left, Right: c.Right, Rows: make([]jsonRow, len(c.Rows))}
	for i, r := range c.Rows {
		j.Rows[i] = jsonRow{r.Left, r.Right, r.LeftActor, r.RightActor, r.Diff, r.Verdict, round3(r.Similarity), r.Reason}
	}
	return json.Marshal(j)
}

func round3(x float64) float64 {
	return float64(int64(x*1000+0.5)) / 1000
}
