package htmltext

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"claimdiff/claims"
)

// ErrNoText is returned for a page that holds no visible text.
var ErrNoText = errors.New("HTML page has no visible text")

// Document parses the HTML page data and returns a document named name whose Text is the
// page's visible main text (see the package comment), with Date, Title, Place and Body filled
// in from the page's metadata and the start of the text. A page that is not UTF-8 but
// declares Windows-1252 or ISO-8859-1 (<meta charset="windows-1252">) is decoded from it;
// other encodings are not. It returns the errors of [claims.CheckText] for data that is
// empty, binary or not UTF-8 (with byte offsets into data), and [ErrNoText] when the page
// shows no text.
func Document(name string, data []byte) (*claims.Document, error) {
	return DocumentCharset(name, data, "")
}

// DocumentCharset is [Document] for a page whose transport names its charset: the charset
// parameter of an HTTP Content-Type header, "" when there is none. As in browsers, the
// transport's charset comes before the one the page declares.
func DocumentCharset(name string, data []byte, charset string) (*claims.Document, error) {
	cs := strings.ToLower(strings.Trim(charset, `"' `))
	if cs == "" {
		cs = declaredCharset(data)
	}
	if !utf8.Valid(data) && isLatin(cs) && bytes.IndexByte(data, 0) < 0 {
		data = fromWindows1252(data)
	}
	if err := claims.CheckText(data); err != nil {
		return nil, err
	}
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("parsing HTML: %w", err)
	}
	main, text := mainContent(root)
	if strings.TrimSpace(text) == "" {
		return nil, ErrNoText
	}
	doc, err := claims.NewDocument(name, []byte(text))
	if err != nil {
		return nil, fmt.Errorf("extracted text: %w", err)
	}
	m := readMeta(root, main)
	if m.date != "" {
		doc.Date = m.date
	}
	if m.title != "" {
		doc.Title = m.title
	}
	// A headline repeated at the top of the text is not body: start after it.
	if doc.Body == 0 && doc.Title != "" && strings.HasPrefix(text, doc.Title+"\n") {
		b := len(doc.Title)
		for b < len(text) && text[b] == '\n' {
			b++
		}
		place, n := claims.Dateline(text[b:])
		if n > 0 && doc.Place == "" {
			doc.Place = place
		}
		doc.Body = b + n
	}
	return doc, nil
}

// Text returns the visible main text of the HTML page data, as [Document] makes it.
func Text(data []byte) (string, error) {
	root, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return "", fmt.Errorf("parsing HTML: %w", err)
	}
	_, text := mainContent(root)
	return text, nil
}

// Sniff reports whether data looks like an HTML page: after an optional byte order mark and
// white space it starts with a doctype, a comment or a common HTML tag (<html>, <head>,
// <body>, <article>, <p>, <div>, ...), matched without regard to case.
func Sniff(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	data = bytes.TrimLeft(data, " \t\r\n\f")
	if len(data) > 64 {
		data = data[:64]
	}
	low := bytes.ToLower(data)
	if bytes.HasPrefix(low, []byte("<!doctype html")) || bytes.HasPrefix(low, []byte("<!--")) {
		return true
	}
	for _, tag := range []string{"html", "head", "body", "meta", "title", "article", "main", "section",
		"div", "p", "h1", "h2", "table", "script", "style", "a", "b", "br", "font", "iframe", "link"} {
		if len(low) > len(tag)+1 && low[0] == '<' && string(low[1:1+len(tag)]) == tag {
			if c := low[1+len(tag)]; c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '/' {
				return true
			}
		}
	}
	return false
}

// dropped are the elements whose content is not the article's visible text.
var dropped = map[atom.Atom]bool{
	atom.Head: true, atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Nav: true,
	atom.Header: true, atom.Footer: true, atom.Aside: true, atom.Form: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true, atom.Embed: true,
	atom.Canvas: true, atom.Video: true, atom.Audio: true, atom.Button: true, atom.Select: true,
	atom.Textarea: true, atom.Input: true, atom.Title: true, atom.Dialog: true,
}

// droppedRoles are the ARIA roles of navigation, banners and asides.
var droppedRoles = map[string]bool{
	"navigation": true, "banner": true, "contentinfo": true, "complementary": true,
	"search": true, "dialog": true, "alert": true, "menu": true, "menubar": true,
}

// hiddenClasses are class names that the common CSS frameworks hide from view.
var hiddenClasses = map[string]bool{
	"hidden": true, "sr-only": true, "visually-hidden": true, "screen-reader-text": true,
	"visuallyhidden": true, "d-none": true,
}

// skip reports whether element n and its content are not part of the visible text.
func skip(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if dropped[n.DataAtom] {
		return !(n.DataAtom == atom.Dialog && hasAttr(n, "open"))
	}
	if n.DataAtom == 0 && (n.Data == "svg" || n.Data == "math") {
		return true
	}
	if hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true") {
		return true
	}
	if droppedRoles[strings.ToLower(attr(n, "role"))] {
		return true
	}
	if style := attr(n, "style"); style != "" {
		s := strings.ToLower(strings.Join(strings.Fields(style), ""))
		if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
			return true
		}
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if hiddenClasses[strings.ToLower(c)] {
			return true
		}
	}
	return false
}

// block are the elements that make a paragraph of their own.
var block = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Caption: true, atom.Section: true, atom.Article: true, atom.Main: true,
	atom.Figure: true, atom.Figcaption: true, atom.Address: true, atom.Hr: true, atom.Body: true,
	atom.Details: true, atom.Summary: true, atom.Fieldset: true, atom.Legend: true,
	atom.Center: true, atom.Dialog: true, atom.Hgroup: true,
}

// mainContent returns the element holding the article and its visible text: the <article>
// (or role="article") with the most visible text, else <main> (or role="main"), else
// <body>, else the root.
func mainContent(root *html.Node) (*html.Node, string) {
	var articles, mains []*html.Node
	var body *html.Node
	var find func(*html.Node)
	find = func(n *html.Node) {
		if skip(n) {
			return
		}
		if n.Type == html.ElementNode {
			role := strings.ToLower(attr(n, "role"))
			switch {
			case n.DataAtom == atom.Article || role == "article":
				articles = append(articles, n)
			case n.DataAtom == atom.Main || role == "main":
				mains = append(mains, n)
			case n.DataAtom == atom.Body && body == nil:
				body = n
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			find(c)
		}
	}
	find(root)
	if best, text := largest(articles); best != nil {
		return best, text
	}
	if best, text := largest(mains); best != nil {
		return best, text
	}
	if body != nil {
		return body, render(body)
	}
	return root, render(root)
}

// largest returns the node of ns with the most visible text, the first of equals, and its
// text; nil when none has text.
func largest(ns []*html.Node) (*html.Node, string) {
	var best *html.Node
	var text string
	most := 0
	for _, n := range ns {
		t := render(n)
		if l := len(strings.TrimSpace(t)); l > most {
			best, most, text = n, l, t
		}
	}
	return best, text
}

// render returns the visible text of n.
func render(n *html.Node) string {
	var w textWriter
	w.walk(n)
	if w.b.Len() > 0 {
		w.b.WriteByte('\n')
	}
	return w.b.String()
}

// textWriter writes visible text, collapsing white space and separating blocks.
type textWriter struct {
	b     strings.Builder
	space bool // a space is due before the next text
	brk   int  // a break is due before the next text: 1 line, 2 paragraph
	pre   int  // depth of <pre> elements
}

func (w *textWriter) walk(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
		if skip(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			w.lineBreak(1)
			return
		case atom.Td, atom.Th:
			w.space = true
		case atom.Pre:
			w.pre++
			defer func() { w.pre-- }()
		}
	case html.DocumentNode:
	default:
		return
	}
	isBlock := n.Type == html.ElementNode && block[n.DataAtom]
	if isBlock {
		w.lineBreak(2)
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c)
	}
	if isBlock {
		w.lineBreak(2)
	} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.space = true
	}
}

// lineBreak asks for a line break (1) or a paragraph break (2) before the next text.
func (w *textWriter) lineBreak(k int) {
	if w.brk < k {
		w.brk = k
	}
	w.space = false
}

func (w *textWriter) text(s string) {
	if w.pre > 0 {
		if s == "" {
			return
		}
		w.flush()
		w.b.WriteString(s)
		return
	}
	for s != "" {
		i := strings.IndexFunc(s, func(r rune) bool { return !isSpace(r) })
		if i < 0 {
			w.space = w.space || w.brk == 0
			return
		}
		if i > 0 && w.brk == 0 {
			w.space = true
		}
		s = s[i:]
		j := strings.IndexFunc(s, isSpace)
		if j < 0 {
			j = len(s)
		}
		w.flush()
		w.b.WriteString(s[:j])
		s = s[j:]
	}
}

// flush writes the break or space that is due, if any text came before.
func (w *textWriter) flush() {
	if w.b.Len() > 0 {
		switch {
		case w.brk == 2:
			w.b.WriteString("\n\n")
		case w.brk == 1:
			w.b.WriteByte('\n')
		case w.space:
			w.b.WriteByte(' ')
		}
	}
	w.brk, w.space = 0, false
}

// isSpace reports whether r is HTML white space (which excludes the non-breaking space).
func isSpace(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f'
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func hasAttr(n *html.Node, key string) bool {
	for _, a := range n.Attr {
		if a.Key == key {
			return true
		}
	}
	return false
}

// meta is what a page's metadata says of the article.
type meta struct {
	date, title string
}

// dateMetaNames are the <meta name|property|itemprop> keys of the publication date, most
// trusted first.
var dateMetaNames = []string{
	"article:published_time", "datepublished", "og:published_time", "published_time",
	"pubdate", "publishdate", "publish-date", "publish_date", "date", "dc.date.issued",
	"dc.date", "dcterms.date", "dcterms.created", "dcterms.issued", "article.published",
	"sailthru.date", "parsely-pub-date", "citation_publication_date", "originalpublicationdate",
}

// readMeta reads the date and title of the page root whose article is main.
func readMeta(root, main *html.Node) meta {
	metas := map[string]string{}
	var titleTag, firstTime, pubTime, h1 string
	var ld []any
	var walk func(n *html.Node, inMain bool)
	walk = func(n *html.Node, inMain bool) {
		inMain = inMain || n == main
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(attr(n, "property") + attr(n, "name") + attr(n, "itemprop"))
				val := attr(n, "content")
				if val == "" {
					val = attr(n, "datetime")
				}
				if _, seen := metas[key]; key != "" && !seen && val != "" {
					metas[key] = val
				}
			case atom.Title:
				if titleTag == "" {
					titleTag = oneLine(textOf(n))
				}
			case atom.Time:
				dt := attr(n, "datetime")
				if dt == "" {
					break
				}
				if pubTime == "" && (hasAttr(n, "pubdate") || strings.EqualFold(attr(n, "itemprop"), "datePublished")) {
					pubTime = dt
				}
				if firstTime == "" && inMain {
					firstTime = dt
				}
			case atom.H1:
				if h1 == "" && inMain && !skipHidden(n) {
					h1 = oneLine(textOf(n))
				}
			case atom.Script:
				if strings.EqualFold(attr(n, "type"), "application/ld+json") {
					var v any
					if json.Unmarshal([]byte(textOf(n)), &v) == nil {
						ld = append(ld, v)
					}
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inMain)
		}
	}
	walk(root, false)
	var m meta
	candidates := []string{}
	for _, k := range dateMetaNames[:2] {
		candidates = append(candidates, metas[k])
	}
	candidates = append(candidates, ldField(ld, "datePublished"), pubTime)
	for _, k := range dateMetaNames[2:] {
		candidates = append(candidates, metas[k])
	}
	candidates = append(candidates, firstTime, ldField(ld, "dateCreated"))
	for _, c := range candidates {
		if d, ok := claims.ParseDate(c); ok {
			m.date = d
			break
		}
	}
	titles := []string{oneLine(metas["og:title"]), oneLine(ldField(ld, "headline")), oneLine(metas["twitter:title"]), h1, titleTag}
	if main.Type == html.ElementNode && main.DataAtom != atom.Body {
		// The article's own <h1> is its headline; a page's first <h1> may be the site's name.
		titles = append([]string{h1}, titles...)
	}
	for _, t := range titles {
		if t != "" {
			m.title = t
			break
		}
	}
	return m
}

// skipHidden reports whether n or one of its ancestors is hidden (not merely dropped as
// page furniture: a headline inside <header> is still the headline).
func skipHidden(n *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n.Type == html.ElementNode && (hasAttr(n, "hidden") || strings.EqualFold(attr(n, "aria-hidden"), "true")) {
			return true
		}
	}
	return false
}

// ldField returns the first string value of key found in the JSON-LD values, searched
// depth first.
func ldField(vs []any, key string) string {
	var find func(v any) string
	find = func(v any) string {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v[key].(string); ok && s != "" {
				return s
			}
			for _, k := range []string{"@graph", "mainEntity", "mainEntityOfPage"} {
				if s := find(v[k]); s != "" {
					return s
				}
			}
		case []any:
			for _, e := range v {
				if s := find(e); s != "" {
					return s
				}
			}
		}
		return ""
	}
	for _, v := range vs {
		if s := find(v); s != "" {
			return s
		}
	}
	return ""
}

// textOf returns all the text under n, visible or not.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}

// oneLine collapses HTML white space in s to single spaces and trims it.
func oneLine(s string) string {
	return strings.Join(strings.FieldsFunc(s, isSpace), " ")
}
