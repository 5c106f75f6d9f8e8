// Package htmltext turns an HTML news page into a [claims.Document] whose text is the page's
// visible main text.
//
// [Document] parses the page with golang.org/x/net/html (an HTML5 parser, the same algorithm
// browsers use, so broken markup is repaired the way a browser would), picks the article's
// main content (the largest <article>, else <main>, else <body>), drops what a reader does not
// see as the article (script, style, noscript, nav, header, footer, aside, form, template,
// elements that are hidden) and writes the rest as plain text: block elements become
// paragraphs separated by a blank line, <br> a line break, runs of HTML white space one space,
// entities decoded. Non-breaking spaces stay as they are. The date and title come from the
// page's metadata (article:published_time, <meta name="date">, JSON-LD datePublished,
// <time datetime>; og:title, <h1>, <title>), the place from a dateline at the start of the text.
//
// Offsets in claims extracted from such a document index this extracted text, not the HTML
// source. The package does not fetch pages, run scripts, apply CSS beyond inline
// "display:none", or decode charsets other than UTF-8 and Windows-1252 (which covers ISO-8859-1 and
// US-ASCII, as in browsers).
package htmltext
