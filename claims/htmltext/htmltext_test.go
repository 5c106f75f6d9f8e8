package htmltext

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"claimdiff/claims"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// TestGolden converts each HTML page of ../../testdata/input and compares the document's
// metadata and text with testdata/NAME.golden.
func TestGolden(t *testing.T) {
	pages, err := filepath.Glob("../../testdata/input/*.htm*")
	if err != nil || len(pages) == 0 {
		t.Fatalf("no HTML pages in ../../testdata/input: %v", err)
	}
	for _, page := range pages {
		name := filepath.Base(page)
		t.Run(name, func(t *testing.T) {
			data, err := os.ReadFile(page)
			if err != nil {
				t.Fatal(err)
			}
			var got string
			doc, err := Document(name, data)
			if err != nil {
				got = fmt.Sprintf("error: %v\n", err)
			} else {
				got = fmt.Sprintf("date: %q\ntitle: %q\nplace: %q\nbody: %d %.40q\n----\n%s",
					doc.Date, doc.Title, doc.Place, doc.Body, doc.Text[doc.Body:], doc.Text)
			}
			golden := filepath.Join("testdata", name+".golden")
			if *update {
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("Document(%s) =\n%s\nwant\n%s", name, got, want)
			}
		})
	}
}

func TestDocumentText(t *testing.T) {
	tests := []struct {
		name, html, want string
	}{
		{"paragraphs", "<p>One</p><p>Two</p>", "One\n\nTwo\n"},
		{"inline space", "<p>a  <b>bold</b>\n\t word</p>", "a bold word\n"},
		{"no space between inline", "<p>in<b>line</b></p>", "inline\n"},
		{"entities", "<p>&ldquo;x&rdquo; &amp; y&#8217;s &lt;z&gt;</p>", "\u201cx\u201d & y\u2019s <z>\n"},
		{"nbsp kept", "<p>a&nbsp;b</p>", "a\u00a0b\n"},
		{"br", "<p>a<br>b<br/><br>c</p>", "a\nb\nc\n"},
		{"dropped", "<nav>menu</nav><p>x</p><script>s()</script><footer>f</footer><aside>a</aside><noscript>n</noscript><template><p>t</p></template>", "x\n"},
		{"hidden", `<p>x</p><p hidden>h</p><p aria-hidden="true">a</p><p style="DISPLAY : none">d</p><p style="visibility:hidden">v</p><p class="a sr-only">s</p>`, "x\n"},
		{"roles", `<div role="navigation">n</div><div role="banner">b</div><p>x</p>`, "x\n"},
		{"article preferred", "<p>outside</p><article><p>inside</p></article>", "inside\n"},
		{"main preferred", "<p>outside</p><main><p>inside</p></main>", "inside\n"},
		{"largest article", "<article><p>short</p></article><article><p>the long one</p></article>", "the long one\n"},
		{"list", "<ul><li>a</li><li>b</li></ul>", "a\n\nb\n"},
		{"table", "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>", "a b\n\nc\n"},
		{"pre", "<pre>a\n  b</pre>", "a\n  b\n"},
		{"unclosed tags", "<p>a<p>b<div>c", "a\n\nb\n\nc\n"},
		{"comment", "<p>a<!-- hidden -->b</p>", "ab\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Document("t.html", []byte(tt.html))
			if err != nil {
				t.Fatalf("Document(%q): %v", tt.html, err)
			}
			if doc.Text != tt.want {
				t.Errorf("Document(%q).Text = %q, want %q", tt.html, doc.Text, tt.want)
			}
		})
	}
}

func TestDocumentMeta(t *testing.T) {
	tests := []struct {
		name, html         string
		date, title, place string
	}{
		{"published_time", `<meta property="article:published_time" content="2020-01-02T03:04:05Z"><p>x</p>`, "2020-01-02", "", ""},
		{"meta date", `<meta name="date" content="November 23, 2026"><p>x</p>`, "2026-11-23", "", ""},
		{"itemprop", `<meta itemprop="datePublished" content="2019-05"><p>x</p>`, "2019-05", "", ""},
		{"json-ld graph", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","datePublished":"2021-03-04","headline":"H"}]}</script><p>x</p>`, "2021-03-04", "H", ""},
		{"bad json-ld", `<script type="application/ld+json">{not json</script><p>x</p>`, "", "", ""},
		{"time in article", `<time datetime="2000-01-01">old</time><article><time datetime="2018-09-01T10:00">Sept 1</time><p>x</p></article>`, "2018-09-01", "", ""},
		{"time pubdate", `<time pubdate datetime="2017-07-07">a</time><p>x</p>`, "2017-07-07", "", ""},
		{"unparsable date", `<meta name="date" content="yesterday"><p>x</p>`, "", "", ""},
		{"title tag", `<title> A  title </title><p>x</p>`, "", "A title", ""},
		{"og over title", `<title>T | Site</title><meta property="og:title" content="T"><p>x</p>`, "", "T", ""},
		{"h1 in article", `<title>T | Site</title><article><h1>Head line</h1><p>LAHORE - x</p></article>`, "", "Head line", "LAHORE"},
		{"dateline", `<p>WASHINGTON (Reuters) - x</p>`, "", "", "WASHINGTON"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Document("t.html", []byte(tt.html))
			if err != nil {
				t.Fatalf("Document(%q): %v", tt.html, err)
			}
			if doc.Date != tt.date || doc.Title != tt.title || doc.Place != tt.place {
				t.Errorf("Document(%q): date, title, place = %q, %q, %q, want %q, %q, %q", tt.html, doc.Date, doc.Title, doc.Place, tt.date, tt.title, tt.place)
			}
		})
	}
}

func TestDocumentErrors(t *testing.T) {
	tests := []struct {
		name, html string
		want       error
	}{
		{"empty", "", claims.ErrEmpty},
		{"nul", "<p>a\x00</p>", claims.ErrBinary},
		{"latin1", "<p>caf\xe9</p>", claims.ErrInvalidUTF8},
		{"declared utf-8", "<meta charset=utf-8><p>caf\xe9</p>", claims.ErrInvalidUTF8},
		{"declared other", "<meta charset=\"koi8-r\"><p>\xf0\xd2\xc9</p>", claims.ErrInvalidUTF8},
		{"no text", "<html><head><title>T</title></head><body><script>x()</script></body></html>", ErrNoText},
		{"only hidden", `<p hidden>x</p>`, ErrNoText},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := Document("t.html", []byte(tt.html))
			if !errors.Is(err, tt.want) || doc != nil {
				t.Errorf("Document(%q) = %v, %v, want %v", tt.html, doc, err, tt.want)
			}
		})
	}
}

func TestDocumentWindows1252(t *testing.T) {
	tests := []struct{ page, want string }{
		{"<meta charset=\"windows-1252\"><p>\x93Caf\xe9\x94 \x96 na\xefve\x85</p>", "\u201cCaf\u00e9\u201d \u2013 na\u00efve\u2026\n"},
		{"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\xa3 5 \x80</p>", "\u00a3 5 \u20ac\n"},
		{"<meta charset=latin1><p>already UTF-8: caf\u00e9</p>", "already UTF-8: caf\u00e9\n"},
	}
	for _, tt := range tests {
		doc, err := Document("w.html", []byte(tt.page))
		if err != nil {
			t.Errorf("Document(%q): %v", tt.page, err)
			continue
		}
		if doc.Text != tt.want {
			t.Errorf("Document(%q).Text = %q, want %q", tt.page, doc.Text, tt.want)
		}
	}
}

// TestDocumentCharset: the charset of an HTTP header decodes a page that declares none, and
// comes before the page's own; a page in UTF-8 stays as it is.
func TestDocumentCharset(t *testing.T) {
	tests := []struct{ page, charset, want string }{
		{"<p>\x93Caf\xe9\x94</p>", "ISO-8859-1", "\u201cCaf\u00e9\u201d\n"},
		{"<meta charset=\"utf-8\"><p>\x93Caf\xe9\x94</p>", "windows-1252", "\u201cCaf\u00e9\u201d\n"},
		{"<p>caf\u00e9</p>", "iso-8859-1", "caf\u00e9\n"},
	}
	for _, tt := range tests {
		doc, err := DocumentCharset("w.html", []byte(tt.page), tt.charset)
		if err != nil || doc.Text != tt.want {
			t.Errorf("DocumentCharset(%q, %q) = %v, want text %q", tt.page, tt.charset, err, tt.want)
			if err == nil {
				t.Errorf("  text %q", doc.Text)
			}
		}
	}
	// No charset named: bytes that are not UTF-8 are an error naming their offset.
	if _, err := DocumentCharset("w.html", []byte("<p>\x93Caf\xe9\x94</p>"), ""); err == nil || !strings.Contains(err.Error(), "invalid UTF-8 at byte 3") {
		t.Errorf("DocumentCharset without a charset: %v, want invalid UTF-8 at byte 3", err)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"\ufeff\n  <html lang=en>", true},
		{"<p>Hello", true},
		{"<!-- saved page -->", true},
		{"<DIV class=x>", true},
		{"<article>", true},
		{"date 2018-09 text", false},
		{"<pre-formatted> notes", false},
		{"<b", false},
		{"ISLAMABAD - <b>", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := Sniff([]byte(tt.in)); got != tt.want {
			t.Errorf("Sniff(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func FuzzDocument(f *testing.F) {
	for _, s := range []string{"<p>a</p>", "<article><h1>T</h1><p>LONDON, Nov 3 — x</p></article>", "<pre>\n</pre>", "<table><td>a<td>b", "<p hidden>x"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Document("f.html", data)
		if err != nil {
			return
		}
		if doc.Body < 0 || doc.Body > len(doc.Text) {
			t.Fatalf("Document(%q): Body %d outside text of %d bytes", data, doc.Body, len(doc.Text))
		}
		if strings.TrimSpace(doc.Text) == "" {
			t.Fatalf("Document(%q) returned blank text", data)
		}
	})
}

func TestTitleSiteHeading(t *testing.T) {
	page := `<meta property="og:title" content="Talks end"><body><header><h1>The Daily Example</h1></header><p>x</p></body>`
	doc, err := Document("t.html", []byte(page))
	if err != nil {
		t.Fatalf("Document(%q): %v", page, err)
	}
	if doc.Title != "Talks end" {
		t.Errorf("Document(%q) title = %q, want og:title %q over the site's <h1>", page, doc.Title, "Talks end")
	}
}

// BenchmarkDocument converts a news page padded to about 100 KB of paragraphs.
func BenchmarkDocument(b *testing.B) {
	page, err := os.ReadFile("../../testdata/input/article.html")
	if err != nil {
		b.Fatal(err)
	}
	para := "<p>“There was no mention of terrorists,” he told reporters&nbsp;in <b>Islamabad</b>.</p>\n"
	page = []byte(strings.Replace(string(page), "</article>", strings.Repeat(para, 1000)+"</article>", 1))
	b.SetBytes(int64(len(page)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Document("bench.html", page); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDocumentTooDeep checks that a page nested deeper than the parser allows (512 open
// elements) is an error, not a panic or a stack overflow.
func TestDocumentTooDeep(t *testing.T) {
	page := strings.Repeat("<div>", 100000) + "x"
	doc, err := Document("deep.html", []byte(page))
	if err == nil || doc != nil || !strings.HasPrefix(err.Error(), "parsing HTML: ") {
		t.Errorf("Document(100000 nested divs) = %v, %v; want a parsing HTML error", doc, err)
	}
}
