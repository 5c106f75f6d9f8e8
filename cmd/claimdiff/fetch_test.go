package main

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"claimdiff/claims"
)

// newSite serves a few pages as a news site and a broken one would.
func newSite(t *testing.T) *httptest.Server {
	t.Helper()
	mux := http.NewServeMux()
	page := func(ctype, body string) http.HandlerFunc {
		return func(w http.ResponseWriter, r *http.Request) {
			if r.Header.Get("User-Agent") != userAgent {
				http.Error(w, "no user agent", http.StatusForbidden)
				return
			}
			if ctype != "" {
				w.Header().Set("Content-Type", ctype)
			} else {
				w.Header()["Content-Type"] = nil // no sniffing by the server
			}
			w.Write([]byte(body))
		}
	}
	mux.Handle("/story.html", page("text/html; charset=utf-8", `<html><head><title>Call</title></head><body><article><p>Pakistan rejected the account, the Foreign Office said.</p></article></body></html>`))
	mux.Handle("/story.txt", page("text/plain; charset=utf-8", "The minister said the talks had failed."))
	mux.Handle("/untyped", page("", "<!doctype html><p>The mayor said the bridge was safe.</p>"))
	mux.Handle("/latin", page("text/html; charset=ISO-8859-1", "<p>The caf\xe9 owner said it was closed.</p>"))
	mux.Handle("/report.pdf", page("application/pdf", "%PDF-1.7"))
	mux.Handle("/moved", http.RedirectHandler("/story.txt", http.StatusMovedPermanently))
	mux.HandleFunc("/big", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Header().Set("Content-Length", "2097152")
		w.Write(bytes.Repeat([]byte("a"), 2<<20))
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain")
		w.Write([]byte("The minister said"))
		w.(http.Flusher).Flush()
		select {
		case <-time.After(2 * time.Second):
		case <-r.Context().Done():
		}
	})
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// TestFetchPages: web pages are read as files are, by what the server says they are, and
// every page that cannot be had gets a message naming its URL; the others are still read.
func TestFetchPages(t *testing.T) {
	srv := newSite(t)
	var stderr bytes.Buffer
	texts := map[string]string{}
	r := &inputReader{stderr: &stderr, limit: 1 << 20, client: &http.Client{Timeout: 300 * time.Millisecond},
		fn: func(d *claims.Document, _ bool) error { texts[d.Name] = d.Text; return nil }}
	paths := []string{"/story.html", "/story.txt", "/untyped", "/latin", "/moved", "/report.pdf", "/missing", "/big", "/slow"}
	for _, p := range paths {
		if err := r.arg(srv.URL + p); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
	}
	wantText := map[string]string{
		"/story.html": "Pakistan rejected the account, the Foreign Office said.\n",
		"/story.txt":  "The minister said the talks had failed.",
		"/untyped":    "The mayor said the bridge was safe.\n",
		"/latin":      "The café owner said it was closed.\n",
		"/moved":      "The minister said the talks had failed.",
	}
	for p, want := range wantText {
		if got, ok := texts[srv.URL+p]; !ok || got != want {
			t.Errorf("%s: text %q (read: %v), want %q", p, got, ok, want)
		}
	}
	wantErr := map[string]string{
		"/report.pdf": "not an article: the server sent application/pdf, not a web page or text",
		"/missing":    "the server answered HTTP 404 Not Found",
		"/big":        "too large (2097152 bytes; claimdiff reads articles of up to 1 MiB)",
		"/slow":       "no complete answer within 300ms",
	}
	for p, msg := range wantErr {
		if line := "claimdiff: " + srv.URL + p + ": " + msg + "\n"; !strings.Contains(stderr.String(), line) {
			t.Errorf("stderr lacks %q; it is:\n%s", line, stderr.String())
		}
	}
	if r.done != len(wantText) || r.failed != len(wantErr) {
		t.Errorf("done %d, failed %d; want %d and %d", r.done, r.failed, len(wantText), len(wantErr))
	}
}

// TestFetchThroughCLI: a URL is a document like a file, named by its URL, and one that cannot
// be fetched fails the run after the others were processed.
func TestFetchThroughCLI(t *testing.T) {
	srv := newSite(t)
	stdout, stderr, err := runCLI(t, "", "claims", "--format", "jsonl", srv.URL+"/story.html", "http://127.0.0.1:1/nothing", srv.URL+"/story.txt")
	if err == nil || !strings.Contains(err.Error(), "1 of 3 inputs could not be processed") {
		t.Errorf("error %v, want one of three inputs failed", err)
	}
	if !strings.Contains(stderr, "claimdiff: http://127.0.0.1:1/nothing: fetching: ") {
		t.Errorf("stderr %q, want a message on the unreachable URL", stderr)
	}
	for _, want := range []string{`"doc":"` + srv.URL + `/story.html"`, `"cue":{"text":"said"`, `"doc":"` + srv.URL + `/story.txt"`} {
		if !strings.Contains(stdout, want) {
			t.Errorf("stdout lacks %s:\n%s", want, stdout)
		}
	}
}

func TestIsURL(t *testing.T) {
	for in, want := range map[string]bool{
		"https://example.com/a": true, "HTTP://example.com": true, "http:/x": false,
		"ftp://example.com": false, "articles/http.txt": false, "-": false,
	} {
		if got := isURL(in); got != want {
			t.Errorf("isURL(%q) = %v, want %v", in, got, want)
		}
	}
}
