package polnear_test

import (
	"fmt"

	"claimdiff/claims/polnear"
)

func Example() {
	text := "“We will win,” Smith said. Jones said the vote was rigged."
	// BRAT standoff; offsets count code points, so “ is one.
	ann := "T1\tContent 0 14\t“We will win,”\n" +
		"T2\tSource 15 20\tSmith\n" +
		"T3\tCue 21 25\tsaid\n" +
		"T4\tAttribution 21 25\tsaid\n" +
		"E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n" +
		"T5\tSource 27 32\tJones\n" +
		"T6\tCue 33 37\tsaid\n" +
		"T7\tContent 38 57\tthe vote was rigged\n" +
		"T8\tAttribution 33 37\tsaid\n" +
		"E2\tAttribution:T8 Source:T5 Cue:T6 Content:T7\n"
	gold, _, err := polnear.ParseAnn(text, ann)
	if err != nil {
		fmt.Println(err)
		return
	}
	pred := polnear.Baseline(text)
	for _, p := range polnear.Align(gold, pred) {
		fmt.Printf("gold %q ~ pred %q: Dice %.2f, ATTR-L %v, ATTR-E %v\n",
			gold[p.Gold].Content.Text, pred[p.Pred].Content.Text, p.Dice, p.Lenient, p.Exact)
	}
	for _, m := range polnear.Score(gold, pred).Report().Metrics() {
		fmt.Printf("%s: P %.2f R %.2f F1 %.2f\n", m.Name, m.P, m.R, m.F1)
	}
	// Output:
	// gold "“We will win,”" ~ pred "“We will win,”": Dice 1.00, ATTR-L true, ATTR-E true
	// gold "the vote was rigged" ~ pred "the vote was rigged.": Dice 1.00, ATTR-L true, ATTR-E true
	// ATTR-L: P 1.00 R 1.00 F1 1.00
	// ATTR-E: P 1.00 R 1.00 F1 1.00
	// content: P 1.00 R 1.00 F1 1.00
	// ATTR-L quoted: P 1.00 R 1.00 F1 1.00
}
