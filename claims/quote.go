package claims

// quote is a quotation: the tokens from its opening mark to its closing mark, inclusive.
// A quotation running over several paragraphs, each reopening the mark, is one quote.
type quote struct {
	open, close int // token indices of the marks
	single      bool
}

// findQuotes pairs the quotation marks in toks and returns the quotes in order of their
// opening marks. Double and single marks pair separately, so single quotes nest inside double
// ones. An opening mark left unclosed at the end of its paragraph ends the quote there only
// when the next paragraph reopens it (the convention for quotes over several paragraphs);
// otherwise it is dropped, so an unclosed mark never swallows the rest of the article.
func findQuotes(toks []token) []quote {
	qs, _ := pairQuotes(toks)
	return qs
}

// UnclosedQuotes returns the opening double quotation marks of doc that no mark closes
// before the end of their paragraph (and that the next paragraph does not reopen). Extract
// ends such a quote with its paragraph rather than let it run on; a caller may warn about it.
func UnclosedQuotes(doc *Document) []Span {
	if doc == nil || doc.Body < 0 || doc.Body >= len(doc.Text) {
		return nil
	}
	toks := tokenize(doc.Text, doc.Body, len(doc.Text), nil)
	_, open := pairQuotes(toks)
	out := make([]Span, 0, len(open))
	for _, k := range open {
		out = append(out, toks[k].Span)
	}
	return out
}

// pairQuotes does the work of findQuotes and also returns the token indices of the opening
// double marks it dropped as unclosed.
func pairQuotes(toks []token) ([]quote, []int) {
	var out []quote
	var dropped []int
	dbl, sgl := -1, -1 // open marks in the current paragraph
	dblStart := -1     // first opening mark of a quote continued from earlier paragraphs
	// Paragraphs end at a blank line when the text has any; a single line break is then a
	// wrapped line, not the end of a quote's paragraph.
	para := int32(1)
	for i := range toks {
		if toks[i].nl >= 2 {
			para = 2
			break
		}
	}
	for k := 0; k < len(toks); k++ {
		t := &toks[k]
		if t.kind != tQuote && t.nl < para {
			continue // most tokens: neither a mark nor a paragraph's first
		}
		if t.nl >= para {
			// A new paragraph. An open double quote continues if this paragraph reopens it.
			if dbl >= 0 {
				if t.kind == tQuote && !t.single && t.q != qClose {
					if dblStart < 0 {
						dblStart = dbl
					}
					dbl = k
					continue
				}
				if dblStart >= 0 {
					// The continuation ends at the end of the previous paragraph.
					out = append(out, quote{open: dblStart, close: k - 1})
				} else {
					dropped = append(dropped, dbl)
					if k-1 > dbl+1 && toks[dbl].nl == 0 {
						out = append(out, quote{open: dbl, close: k - 1})
					}
				}
			}
			dbl, sgl, dblStart = -1, -1, -1
		}
		if t.kind != tQuote {
			continue
		}
		leftAttached := k > 0 && toks[k-1].End == t.Start && t.nl == 0
		rightAttached := k+1 < len(toks) && toks[k+1].Start == t.End
		if !t.single {
			switch {
			case t.q == qOpen && dbl >= 0 && leftAttached && !rightAttached:
				// A “ typed for ”: “It's unusual,“ said ...
				out = closeQuote(out, toks, dblStart, dbl, k, para)
				dbl, dblStart = -1, -1
			case t.q == qOpen:
				dbl = k
			case t.q == qClose:
				if dbl >= 0 {
					out = closeQuote(out, toks, dblStart, dbl, k, para)
					dbl, dblStart = -1, -1
				} else if (t.nl > 0 || k == 0) && k+1 < len(toks) && toks[k+1].nl == 0 {
					dbl = k // a ” typed for “ to open a paragraph: ” … they are so not like him,”
				}
			default: // straight "
				if dbl >= 0 && (leftAttached || !rightAttached) {
					out = closeQuote(out, toks, dblStart, dbl, k, para)
					dbl, dblStart = -1, -1
				} else if rightAttached {
					dbl = k
				}
			}
			continue
		}
		switch {
		case t.q == qOpen:
			// ‘08 is an elided year, not a quote.
			if rightAttached && !(k+1 < len(toks) && len(toks[k+1].low) == 2 && isDigitByte(toks[k+1].low[0])) {
				sgl = k
			}
		default: // ’ or '
			if sgl >= 0 && leftAttached && !(rightAttached && toks[k+1].kind == tWord) {
				out = append(out, quote{open: sgl, close: k, single: true})
				sgl = -1
			} else if t.low == "'" && sgl < 0 && rightAttached && !leftAttached && toks[k+1].kind == tWord {
				sgl = k
			}
		}
	}
	if dbl >= 0 && dblStart >= 0 {
		out = append(out, quote{open: dblStart, close: len(toks) - 1})
	} else if dbl >= 0 {
		dropped = append(dropped, dbl)
		if len(toks)-1 > dbl+1 && toks[dbl].nl == 0 {
			out = append(out, quote{open: dbl, close: len(toks) - 1})
		}
	}
	sortQuotes(out)
	return out, dropped
}

// closeQuote appends the double quote that opened at dbl (or, continued from earlier
// paragraphs, at dblStart) and closes at k. A continued quote that a colon introduces and
// whose last paragraph has an attribution of its own after the closing mark is two quotes:
// in Hunt said: “These are difficult choices.¶“Nobody should doubt us,” he told lawmakers.
// the first paragraph is what Hunt said and the second what he told lawmakers, where one
// quote gave the first paragraph to both claims. (After a trailing attribution, “...,” Tesla
// said. “We believe ...¶“...,” the company added., PolNeAR gives the middle paragraph to the
// later cue as often as not, so the quote stays whole there.)
func closeQuote(out []quote, toks []token, dblStart, dbl, k int, para int32) []quote {
	if dblStart >= 0 && attributedAfter(toks, k, para) && dblStart > 0 && toks[dblStart-1].low == ":" {
		return append(out, quote{open: dblStart, close: dbl - 1}, quote{open: dbl, close: k})
	}
	return append(out, quote{open: first(dblStart, dbl), close: k})
}

// attributedAfter reports whether the closing mark at k ends a quote's clause with a comma,
// a question or an exclamation mark and words follow it in its paragraph: “...,” he said.
func attributedAfter(toks []token, k int, para int32) bool {
	if k < 1 || k+1 >= len(toks) || toks[k+1].nl >= para || toks[k+1].kind != tWord {
		return false
	}
	switch toks[k-1].low {
	case ",", "?", "!":
		return true
	}
	return false
}

func first(a, b int) int {
	if a >= 0 {
		return a
	}
	return b
}

func sortQuotes(qs []quote) {
	// Insertion sort: quotes come nearly sorted (closing order).
	for i := 1; i < len(qs); i++ {
		for j := i; j > 0 && qs[j].open < qs[j-1].open; j-- {
			qs[j], qs[j-1] = qs[j-1], qs[j]
		}
	}
}
