package htmltext_test

import (
	"fmt"

	"claimdiff/claims/htmltext"
)

func ExampleDocument() {
	page := []byte(`<html><head>
<meta property="article:published_time" content="2018-08-24T21:15:00+05:00">
</head><body>
<nav>Home | World</nav>
<article>
  <h1>Pakistan rejects US account</h1>
  <p>ISLAMABAD - Qureshi said the statement was &ldquo;contrary to the facts&rdquo;.</p>
  <p>The <em>State Department</em> declined comment.</p>
</article>
</body></html>`)
	doc, err := htmltext.Document("page.html", page)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("date %s, place %s, title %q\n", doc.Date, doc.Place, doc.Title)
	fmt.Printf("body starts at byte %d: %.20q\n", doc.Body, doc.Text[doc.Body:])
	fmt.Print(doc.Text)
	// Output:
	// date 2018-08-24, place ISLAMABAD, title "Pakistan rejects US account"
	// body starts at byte 41: "Qureshi said the sta"
	// Pakistan rejects US account
	//
	// ISLAMABAD - Qureshi said the statement was “contrary to the facts”.
	//
	// The State Department declined comment.
}
