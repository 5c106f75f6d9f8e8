package claims_test

import (
	"fmt"

	"claimdiff/claims"
)

func Example() {
	text := "date 2018-09-01\n" +
		"ISLAMABAD - Foreign Minister Shah Mehmood Qureshi said the US statement was ‘contrary to the facts’.\n\n" +
		"He made it clear that Pakistan would not be apologetic, saying “We will safeguard our interests”.\n\n" +
		"The talks reportedly covered trade."
	doc, err := claims.NewDocument("article.txt", []byte(text))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Date, doc.Place)
	for _, c := range claims.Extract(doc) {
		speaker := "(no source)"
		if c.Source != nil {
			speaker = c.Source.Text + " = " + c.Source.Name
		}
		fmt.Printf("%s | %s (%s) | %s | %s\n", speaker, c.Cue.Text, c.Cue.Class, c.Content.Quote(), c.Kind)
	}
	// Output:
	// 2018-09-01 ISLAMABAD
	// Foreign Minister Shah Mehmood Qureshi = Shah Mehmood Qureshi | said (deny) | the US statement was ‘contrary to the facts’ | mixed
	// He = Shah Mehmood Qureshi | made it clear (assert) | Pakistan would not be apologetic | indirect
	// He = Shah Mehmood Qureshi | saying (assert) | “We will safeguard our interests” | direct
	// (no source) | reportedly (claim) | The talks … covered trade | indirect
}

func ExampleSentences() {
	text := "Gen. Bajwa met U.S. officials. “Talks went well,” he said. Next"
	for _, s := range claims.Sentences(text) {
		fmt.Printf("%q\n", text[s.Start:s.End])
	}
	// Output:
	// "Gen. Bajwa met U.S. officials."
	// "“Talks went well,” he said."
	// "Next"
}
