package main

import (
	"errors"
	"fmt"
	"mime"
	"net/http"
	"net/url"
	"strings"
	"time"

	"claimdiff/claims/htmltext"
)

// fetchTimeout bounds the fetching of one web page, from connecting to its last byte.
const fetchTimeout = 30 * time.Second

// webClient fetches the web pages named on the command line. It follows up to ten
// redirects, as net/http does.
var webClient = &http.Client{Timeout: fetchTimeout}

// userAgent names claimdiff to the sites it fetches from.
const userAgent = "claimdiff (command-line tool for fact-checkers; one page per URL given)"

// isURL reports whether arg names a web page: it starts with http:// or https://.
func isURL(arg string) bool {
	l := strings.ToLower(arg)
	return strings.HasPrefix(l, "http://") || strings.HasPrefix(l, "https://")
}

// url fetches the web page at u and passes it on as a document named u: an HTML page when the
// server says so (text/html, application/xhtml+xml) or, for other text or no content type,
// when it sniffs as HTML; text otherwise. Other content types (a PDF, an image) are refused,
// as are answers other than 200 OK and pages larger than r.limit.
func (r *inputReader) url(u string) error {
	if r.again(u, "url "+u) {
		return nil
	}
	req, err := http.NewRequest(http.MethodGet, u, nil)
	if err != nil {
		r.fail(u, fmt.Errorf("not a valid URL: %w", unwrapURL(err)))
		return nil
	}
	req.Header.Set("User-Agent", userAgent)
	req.Header.Set("Accept", "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.1")
	client := r.client
	if client == nil {
		client = webClient
	}
	resp, err := client.Do(req)
	if err != nil {
		r.fail(u, fetchError(err, client.Timeout))
		return nil
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		r.fail(u, fmt.Errorf("the server answered HTTP %s", resp.Status))
		return nil
	}
	if resp.ContentLength > r.limit {
		r.fail(u, tooLarge(resp.ContentLength, r.limit))
		return nil
	}
	media, params, _ := mime.ParseMediaType(resp.Header.Get("Content-Type"))
	html := media == "text/html" || media == "application/xhtml+xml"
	if !html && media != "" && !strings.HasPrefix(media, "text/") {
		r.fail(u, fmt.Errorf("not an article: the server sent %s, not a web page or text", media))
		return nil
	}
	data, err := r.readAll(resp.Body, resp.ContentLength)
	if err != nil {
		r.fail(u, fetchError(err, client.Timeout))
		return nil
	}
	if !html {
		html = htmltext.Sniff(data)
	}
	if !html {
		return r.handle(u, data, false)
	}
	doc, err := htmltext.DocumentCharset(u, data, params["charset"])
	return r.pass(u, doc, true, err)
}

// fetchError says why a page could not be fetched, without repeating its URL.
func fetchError(err error, timeout time.Duration) error {
	var te interface{ Timeout() bool }
	if errors.As(err, &te) && te.Timeout() {
		return fmt.Errorf("no complete answer within %v", timeout)
	}
	return fmt.Errorf("fetching: %w", unwrapURL(err))
}

// unwrapURL drops the operation and URL of a *url.Error, since messages name the URL already.
func unwrapURL(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) {
		return ue.Err
	}
	return err
}
