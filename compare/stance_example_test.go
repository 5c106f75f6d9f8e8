package compare_test

import (
	"fmt"

	"claimdiff/claims"
	"claimdiff/compare"
)

func ExampleStanceOf() {
	claim := "Banksy arrested in London"
	s, _ := compare.StanceOf(claim, "Heavy rain fell across the north of the country on Tuesday.")
	fmt.Println(s)
	s, _ = compare.StanceOf(claim, "Graffiti artist Banksy was arrested in London on Monday, police said.")
	fmt.Println(s == compare.StanceUnrelated)
	// Output:
	// unrelated
	// false
}

func ExampleStanceChecker() {
	doc := &claims.Document{Name: "a.txt", Text: "The ministers spoke on Monday.\n\n" +
		"The call was limited to congratulations, the ministry said.\n"}
	sc := compare.NewStanceChecker("the phone call was limited to congratulations", compare.CheckOptions{})
	r := sc.Check(doc)
	fmt.Println(r.Stance != compare.StanceUnrelated)
	for _, e := range r.Evidence {
		fmt.Printf("%s:%d %s\n", r.Doc, e.Line, e.Text)
	}
	// Output:
	// true
	// a.txt:3 The call was limited to congratulations, the ministry said.
}

func ExampleCheckPairs() {
	text := "A video of a bird pooping on Vladimir Putin during a speech went viral. It is a hoax: " +
		"the clip was edited, and other footage of the speech shows no stain at all."
	cs := []string{"Bird poops on Vladimir Putin during speech", "No, a bird didn't poop on Vladimir Putin"}
	docs := []*claims.Document{{Name: "a", Text: text}, {Name: "b", Text: text}}
	rs, err := compare.CheckPairs(cs, docs, compare.CheckOptions{})
	if err != nil {
		fmt.Println(err)
		return
	}
	for i, r := range rs {
		fmt.Printf("%s: %s\n", cs[i], r.Stance)
	}
	// Output:
	// Bird poops on Vladimir Putin during speech: refutes
	// No, a bird didn't poop on Vladimir Putin: supports
}
