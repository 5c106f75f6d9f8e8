package claims

// Document is one article: its text exactly as read, and what its header says of it.
type Document struct {
	Name  string // the path as given, "-" for standard input
	Text  string // the text as read; for HTML, the extracted visible text
	Date  string // "2018-09-01" or "2018-09"; "" when unknown
	Place string // the dateline place ("ISLAMABAD"); "" when none
	Title string // the headline when the input gives one; "" otherwise
	Body  int    // byte offset where the article body starts: after any date line, header and dateline

	// Dateline is the dateline that opens the first paragraph after a headline line
	// ("Ukraine says ...\n\nKYIV, March 3, 2025 (Reuters) - A Russian missile ..."): the
	// headline stays in the body, so Body cannot skip it, and the extractor skips this span
	// instead. Zero when there is none (a dateline that opens the text is before Body).
	Dateline Span
}
