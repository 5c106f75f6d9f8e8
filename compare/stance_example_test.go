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
