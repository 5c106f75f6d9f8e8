package compare_test

import (
	"fmt"
	"strings"

	"claimdiff/claims"
	"claimdiff/compare"
)

func ExampleWordDiff() {
	for _, op := range compare.WordDiff("5 militants were killed in the strike", "12 people were killed in the strike") {
		fmt.Printf("%s %q\n", op.Op, op.Text)
	}
	// Output:
	// delete "5 militants"
	// insert "12 people"
	// equal " were killed in the strike"
}

func ExampleParseSides() {
	defs, err := compare.ParseSides("sides.txt", strings.NewReader(`
# who speaks for whom
United States: State Department, Pompeo, Ned Price
Imran Khan: Khan, PTI
`))
	fmt.Println(defs, err)
	_, err = compare.ParseSides("sides.txt", strings.NewReader("Pakistan Foreign Office\n"))
	fmt.Println(err)
	// Output:
	// [{United States [State Department Pompeo Ned Price]} {Imran Khan [Khan PTI]}] <nil>
	// sides.txt:1: missing ":" after the side's name (want "Name: alias, alias")
}

// at builds a claim of doc from the first occurrences of its source, cue and content.
func at(doc *claims.Document, source, cue string, class claims.CueClass, content string) claims.Claim {
	span := func(s string) claims.Span {
		i := strings.Index(doc.Text, s)
		return claims.Span{Start: i, End: i + len(s)}
	}
	c := claims.Claim{Doc: doc.Name, Line: 1}
	c.Source = &claims.Source{Span: span(source), Text: source, Name: source}
	c.Cue = claims.Cue{Span: span(cue), Text: cue, Class: class}
	c.Content = claims.Content{Span: span(content), Text: content, Spans: []claims.Span{span(content)}}
	return c
}

// A corpus takes documents with their claims (usually from claims.Extract) and finds the
// events on which sides collide.
func ExampleCorpus_Contested() {
	claim := &claims.Document{Name: "claim.txt", Text: "Former president Mahinda Perera said China had bribed officials to win the port contract."}
	denial := &claims.Document{Name: "denial.txt", Text: "China's foreign ministry rejected Perera's claims about the port contract as baseless."}
	c := compare.NewCorpus(compare.Options{})
	c.Add(claim, []claims.Claim{at(claim, "Mahinda Perera", "said", claims.CueAssert, "China had bribed officials to win the port contract")})
	c.Add(denial, []claims.Claim{at(denial, "China's foreign ministry", "rejected", claims.CueDeny, "Perera's claims about the port contract as baseless")})
	for _, k := range c.Contested() {
		fmt.Println(k.Type, k.Confidence)
		fmt.Println(k.Explanation)
		for _, s := range k.Sides {
			fmt.Printf("%s: %q\n", s.Side, s.Claims[0].Content.Text)
		}
	}
	// Output:
	// explicit-rejection 0.9
	// China's foreign ministry (China) rejects Mahinda Perera's account ("Perera's claims") as "baseless"
	// Mahinda Perera: "China had bribed officials to win the port contract"
	// China: "Perera's claims about the port contract as baseless"
}
