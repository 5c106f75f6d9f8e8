package claims

// Document is one article: its text exactly as read, and what its header says of it.
type Document struct {
	Name  string // the path as given, "-" for standard input
	Text  string // the text as read; for HTML, the extracted visible text
	Date  string // "2018-09-01" or "2018-09"; "" when unknown
	Place string // the dateline place ("ISLAMABAD"); "" when none
	Title string // the headline when the input gives one; "" otherwise
	Body  int    // byte offset where the article body starts: after any date line, header and dateline
}
