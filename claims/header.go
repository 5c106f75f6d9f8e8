package claims

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// readHeader fills in d.Date, d.Title, d.Place and d.Body from what the text starts with:
//
//   - a leading byte order mark and blank lines are skipped;
//   - a seed date token "date 2018-09-01" or "date 2018-09", which may be followed on the same
//     line by the article's first sentence;
//   - YAML-like front matter between two "---" lines, or header lines "Key: value" with a key
//     [headerKeys] knows ("Title:", "Date:", "Author:", "Source:", ...);
//   - a markdown title line "# Headline";
//   - a byline on a line of its own ("By Sylvia Westall");
//   - a dateline ("ISLAMABAD - ", "WASHINGTON (Reuters) -", "LONDON, Nov 3 —") at the start of
//     the body gives the place; see [Dateline].
//
// d.Body is set to the first byte of the article proper, after all of these. The text itself
// is never changed.
func (d *Document) readHeader() {
	t := d.Text
	i := 0
	if strings.HasPrefix(t, "\ufeff") {
		i = len("\ufeff")
	}
	i = d.readFrontMatter(t, i)
header:
	for i < len(t) {
		end := lineEnd(t, i)
		line := t[i:end]
		trimmed := strings.TrimLeft(line, " \t\u00a0")
		switch {
		case strings.TrimSpace(trimmed) == "":
			i = nextLine(t, end)
			continue
		case strings.HasPrefix(trimmed, "date "):
			if date, n := seedDate(trimmed[len("date "):]); n > 0 {
				if d.Date == "" {
					d.Date = date
				}
				j := i + (len(line) - len(trimmed)) + len("date ") + n
				j = skipBlank(t, j, end)
				if j < end {
					i = j // the first sentence follows on the same line
					break header
				}
				i = nextLine(t, end)
				continue
			}
		case strings.HasPrefix(trimmed, "# "):
			if d.Title == "" {
				d.Title = strings.TrimSpace(strings.TrimRight(strings.TrimSpace(trimmed[2:]), "#"))
			}
			i = nextLine(t, end)
			continue
		default:
			if d.headerLine(trimmed) || isByline(trimmed) {
				i = nextLine(t, end)
				continue
			}
		}
		i += len(line) - len(trimmed)
		break
	}
	if place, n := Dateline(t[i:]); n > 0 {
		if d.Place == "" {
			d.Place = place
		}
		if date := datelineDate(t[i : i+n]); d.Date == "" && date != "" {
			d.Date = date
		}
		i += n
	} else {
		d.datelineAfterHeadline(i)
	}
	d.Body = i
}

// datelineAfterHeadline reads a dateline that opens the first paragraph after a headline at
// i: "Ukraine says missile hit block\n\nBy Olena Marchuk\n\nKYIV, March 3, 2025 (Reuters) -
// A Russian missile ...", the way wire copy is pasted. The lines before it must be short
// lines of their own (a headline, a subhead, a byline), the place at most three words, and
// the separator a dash: "KATE BOULDUAN: Why not debate?" is a speaker's label. The first
// line becomes the title, the dateline's place and date the document's.
func (d *Document) datelineAfterHeadline(i int) {
	t := d.Text
	j := i
	for lines := 0; lines < 4; lines++ {
		end := lineEnd(t, j)
		if end == j || end-j > 150 || !strings.HasPrefix(strings.TrimLeft(t[min(end+1, len(t)):], " \t\r"), "\n") {
			return // not a short line of its own followed by a blank line
		}
		// the next paragraph
		for j = nextLine(t, end); j < len(t); j = nextLine(t, lineEnd(t, j)) {
			if k := skipBlank(t, j, lineEnd(t, j)); k < lineEnd(t, j) && strings.TrimSpace(t[k:lineEnd(t, j)]) != "" {
				j = k
				break
			}
		}
		if j >= len(t) {
			return
		}
		place, n := Dateline(t[j:])
		if n == 0 {
			continue
		}
		if strings.Count(place, " ") > 2 || strings.HasSuffix(strings.TrimSpace(t[j:j+n]), ":") {
			return
		}
		if d.Title == "" {
			d.Title = strings.TrimSpace(t[i:lineEnd(t, i)])
		}
		if d.Place == "" {
			d.Place = place
		}
		if date := datelineDate(t[j : j+n]); d.Date == "" && date != "" {
			d.Date = date
		}
		d.Dateline = Span{j, j + n}
		return
	}
}

// datelineDate returns the date a dateline gives with its year ("WASHINGTON, June 10, 2025 -"
// gives "2025-06-10"), or "": without a year ("LONDON, Nov 3 -") the date is not known.
func datelineDate(dl string) string {
	if k := strings.IndexByte(dl, '('); k >= 0 {
		dl = dl[:k]
	}
	dl = strings.TrimRight(dl, " -–—:\u00a0")
	for k := strings.IndexByte(dl, ','); k >= 0; {
		dl = strings.TrimSpace(dl[k+1:])
		if date, ok := ParseDate(dl); ok {
			return date
		}
		k = strings.IndexByte(dl, ',')
	}
	return ""
}

// isByline reports whether line is a byline alone: "By Sylvia Westall", "By John Smith and
// Jane Doe" (capitalised words after "By", no sentence).
func isByline(line string) bool {
	line = strings.TrimSpace(line)
	rest, ok := strings.CutPrefix(line, "By ")
	if !ok || len(rest) > 60 || strings.ContainsAny(rest, ".!?:;\"“”") {
		return false
	}
	ws := strings.Fields(rest)
	if len(ws) == 0 || len(ws) > 6 {
		return false
	}
	for _, w := range ws {
		if w != "and" && (w[0] < 'A' || w[0] > 'Z') {
			return false
		}
	}
	return true
}

// readFrontMatter reads "---" delimited front matter starting at i and returns the offset
// after it, or i when there is none.
func (d *Document) readFrontMatter(t string, i int) int {
	end := lineEnd(t, i)
	if strings.TrimRight(t[i:end], " \t\r") != "---" {
		return i
	}
	saved := *d
	for j, n := nextLine(t, end), 0; j < len(t) && n < 100; n++ {
		e := lineEnd(t, j)
		line := strings.TrimRight(t[j:e], " \t\r")
		if line == "---" || line == "..." {
			return nextLine(t, e)
		}
		if line != "" && !strings.HasPrefix(line, "#") {
			d.headerLine(line) // unknown keys are fine in front matter
		}
		j = nextLine(t, e)
	}
	*d = saved // no closing line: not front matter
	return i
}

// headerKeys maps the lower-cased keys of header lines to the field they fill ("" for keys
// that are recognised as header but not kept).
var headerKeys = map[string]string{
	"title": "title", "headline": "title", "subject": "title",
	"date": "date", "published": "date", "publication date": "date", "pubdate": "date",
	"date published": "date", "published at": "date", "published on": "date",
	"place": "place", "dateline": "place", "location": "place",
	"author": "", "authors": "", "by": "", "byline": "", "source": "", "publisher": "",
	"url": "", "link": "", "section": "", "category": "", "tags": "", "keywords": "",
	"language": "", "lang": "", "description": "", "summary": "", "subtitle": "", "id": "",
	"updated": "", "modified": "", "from": "", "to": "",
}

// headerLine reads line as "Key: value" and reports whether key is a known header key.
func (d *Document) headerLine(line string) bool {
	k, v, ok := strings.Cut(line, ":")
	if !ok || len(k) > 20 {
		return false
	}
	field, known := headerKeys[strings.ToLower(strings.TrimSpace(k))]
	if !known || strings.TrimSpace(k) != k {
		return false
	}
	v = strings.TrimSpace(v)
	v = strings.Trim(v, `"'`)
	switch field {
	case "title":
		if d.Title == "" {
			d.Title = v
		}
	case "date":
		if date, ok := ParseDate(v); ok && d.Date == "" {
			d.Date = date
		}
	case "place":
		if d.Place == "" {
			d.Place = v
		}
	}
	return true
}

// seedDate reads "2018-09-01" or "2018-09" at the start of s, followed by a space or the
// end of the line, and returns it with its length, or 0 when s does not start with one.
func seedDate(s string) (string, int) {
	n := 0
	for n < len(s) && (s[n] >= '0' && s[n] <= '9' || s[n] == '-') {
		n++
	}
	if n < len(s) && !isSpaceByte(s[n]) {
		return "", 0
	}
	date, ok := isoDate(s[:n])
	if !ok || len(date) != n {
		return "", 0
	}
	return date, n
}

func lineEnd(t string, i int) int {
	if j := strings.IndexByte(t[i:], '\n'); j >= 0 {
		return i + j
	}
	return len(t)
}

func nextLine(t string, end int) int {
	if end < len(t) {
		return end + 1
	}
	return end
}

// skipBlank skips spaces and tabs from i up to end.
func skipBlank(t string, i, end int) int {
	for i < end && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r') {
		i++
	}
	return i
}

// ParseDate reads a publication date as written in headers and HTML metadata and returns it
// as "2006-01-02", or "2006-01" when the day is not given. It accepts ISO 8601 dates and
// timestamps ("2018-09-01", "2018-09-01T10:00:00+05:00", "2018/09/01"), RFC 822 and RFC 1123
// dates ("Mon, 02 Jan 2006 15:04:05 -0700"), and dates with a month name in either order
// ("November 23, 2026", "Nov. 23, 2026 10:15 AM EST", "23rd November 2026", "November 2026").
// The date is kept as written: a time zone never moves it to another day. It reports false
// when s holds no such date or an impossible one (2026-02-30).
func ParseDate(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if date, ok := isoDate(s); ok {
		return date, true
	}
	year, month, day := 0, 0, 0
	for _, f := range strings.FieldsFunc(s, func(r rune) bool {
		return r == ' ' || r == ',' || r == '\t' || r == '\u00a0'
	}) {
		if f[0] >= '0' && f[0] <= '9' && strings.Contains(f, ":") {
			break // a time of day: the date is before it
		}
		f = strings.TrimRight(f, ".")
		if date, ok := isoDate(f); ok {
			return date, true
		}
		if m := monthNumber(f); m > 0 {
			if month != 0 {
				return "", false
			}
			month = m
			continue
		}
		num := strings.TrimRight(strings.ToLower(f), "stndrh")
		if num == "" || num[0] < '0' || num[0] > '9' {
			continue // a weekday, "Published", a time zone
		}
		n, err := strconv.Atoi(num)
		if err != nil {
			continue // "10am"
		}
		switch {
		case len(num) == 4 && year == 0:
			year = n
		case len(num) <= 2 && day == 0 && n >= 1 && n <= 31:
			day = n
		default:
			return "", false
		}
	}
	if year < 1000 || month == 0 { // "0010" is no year: validDate's bound, with no day too
		return "", false
	}
	if day == 0 {
		return strconv.Itoa(year) + "-" + twoDigits(month), true
	}
	return validDate(year, month, day)
}

// NameDate returns the date a file name or web address holds, as "2006-01-02", or "" when it
// holds none: the last year, month and day joined by one separator ("-", "_", "/" or "."),
// with no digit right before or after, as in "breitbart_2016-09-30_story.txt",
// "2025_06_10 call.txt" or "https://example.com/2025/06/10/story". Of a file's path only the
// file's own name counts: a folder named for a day ("downloads/2026-12-07/story.txt") more
// often tells when the file was saved than when the article appeared. Only years 1900 to 2099
// count, so that an article's number is not read as a date; impossible dates (2026-02-30) are
// none.
func NameDate(name string) string {
	if !strings.Contains(name, "://") {
		name = name[strings.LastIndexAny(name, `/\`)+1:]
	}
	for i := len(name) - 10; i >= 0; i-- {
		s := name[i : i+10]
		sep := s[4]
		if sep != '-' && sep != '_' && sep != '/' && sep != '.' || s[7] != sep ||
			!(s[:2] == "19" || s[:2] == "20") || !allDigits(s[:4]) || !allDigits(s[5:7]) || !allDigits(s[8:]) ||
			i > 0 && isDigitByte(name[i-1]) || i+10 < len(name) && isDigitByte(name[i+10]) {
			continue
		}
		year, _ := strconv.Atoi(s[:4])
		month, _ := strconv.Atoi(s[5:7])
		day, _ := strconv.Atoi(s[8:])
		if date, ok := validDate(year, month, day); ok {
			return date
		}
	}
	return ""
}

// isoDate reads an ISO 8601 date ("2018-09-01", "2018-09", "2018/09/01", "2018.09.01"),
// possibly followed by a time ("T10:00:00Z", " 10:00"), and returns it as "2018-09-01" or
// "2018-09".
func isoDate(s string) (string, bool) {
	if len(s) < 7 || !allDigits(s[:4]) {
		return "", false
	}
	sep := s[4]
	if sep != '-' && sep != '/' && sep != '.' || !allDigits(s[5:7]) {
		return "", false
	}
	year, _ := strconv.Atoi(s[:4])
	month, _ := strconv.Atoi(s[5:7])
	if month < 1 || month > 12 {
		return "", false
	}
	if len(s) == 7 {
		return s[:4] + "-" + s[5:7], true
	}
	if s[7] != sep || len(s) < 10 || !allDigits(s[8:10]) {
		return "", false
	}
	if len(s) > 10 && s[10] != 'T' && s[10] != ' ' && s[10] != 't' {
		return "", false
	}
	day, _ := strconv.Atoi(s[8:10])
	return validDate(year, month, day)
}

func validDate(year, month, day int) (string, bool) {
	t := time.Date(year, time.Month(month), day, 12, 0, 0, 0, time.UTC)
	if t.Day() != day || int(t.Month()) != month || year < 1000 {
		return "", false
	}
	return t.Format("2006-01-02"), true
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// monthNumber returns 1 to 12 for a month name or its abbreviation ("Nov", "Sept"), 0 otherwise.
// The extractor asks it of many words: most open with a letter no month's name opens with,
// and are turned away before they are lower-cased.
func monthNumber(s string) int {
	if s == "" {
		return 0
	}
	if c := s[0]; c < utf8.RuneSelf {
		switch c | 0x20 { // an ASCII letter in lower case
		case 'j', 'f', 'm', 'a', 's', 'o', 'n', 'd':
		default:
			return 0
		}
	}
	switch strings.ToLower(s) {
	case "january", "jan":
		return 1
	case "february", "feb":
		return 2
	case "march", "mar":
		return 3
	case "april", "apr":
		return 4
	case "may":
		return 5
	case "june", "jun":
		return 6
	case "july", "jul":
		return 7
	case "august", "aug":
		return 8
	case "september", "sep", "sept":
		return 9
	case "october", "oct":
		return 10
	case "november", "nov":
		return 11
	case "december", "dec":
		return 12
	}
	return 0
}

// Dateline reads the dateline text starts with, such as "ISLAMABAD - ",
// "WASHINGTON (Reuters) - ", "LONDON, Nov 3 — " or "ISLAMABAD: ", and returns the place as
// written ("ISLAMABAD", "WASHINGTON", "LONDON"; the upper-case words after a byline in
// "By Isaac Abrak ABUJA, Nov 1 (Reuters) -") and the number of bytes the dateline takes,
// separator and following space included. The place is upper-case words
// ("NEW YORK", "ST. LOUIS", "RAWALPINDI/ISLAMABAD"); a title-case place ("Washington") counts
// only when a news agency in brackets follows it. Dateline returns "", 0 when text does not
// start with a dateline.
func Dateline(text string) (place string, n int) {
	if n := agencyOnly(text); n > 0 {
		return "", n // "(Reuters) - ": the place was cut off
	}
	i := 0
	words, caps := 0, true
	placeStart := 0 // after a byline: "By Isaac Abrak ABUJA, Nov 1 (Reuters) -"
	for words < 6 {
		w, isCaps := placeWord(text[i:])
		if w == 0 {
			break
		}
		switch {
		case !isCaps:
			placeStart = 0
		case !caps && placeStart == 0:
			placeStart = i
		}
		caps = caps && isCaps
		words++
		i += w
		if strings.HasPrefix(text[i:], " ") {
			if w2, _ := placeWord(text[i+1:]); w2 > 0 && words < 6 {
				i++
				continue
			}
		}
		break
	}
	if words == 0 {
		return "", 0
	}
	placeEnd := i
	agency := false
	if notPlace[text[placeStart:placeEnd]] {
		return "", 0
	}
	// Up to two details of up to three words after commas: "KARACHI, Pakistan, Nov. 3 (Reuters) -".
	for k := 0; k < 3 && strings.HasPrefix(text[i:], ", "); k++ {
		j, spaces := i+2, 0
		for j < len(text) && j-i < 32 && (isLetterOrDigitByte(text[j]) || text[j] == ' ' || text[j] == '.') {
			if text[j] == ' ' {
				spaces++
			}
			j++
		}
		if j == i+2 || spaces > 3 {
			break
		}
		i = j
	}
	if j := skipSpaces(text, i); strings.HasPrefix(text[j:], "(") || strings.HasPrefix(text[j:], "/") {
		// "(Reuters)", or a press-release wire between slashes: "/PRNewswire/"
		closer := byte(')')
		if text[j] == '/' {
			closer = '/'
		}
		k := strings.IndexByte(text[j+1:], closer) + 1 // 0 when there is none
		if k > 1 && k < 40 && !strings.ContainsAny(text[j+1:j+k], "\n(") {
			agency = true
			i = j + k + 1
		}
	}
	if !caps && !agency {
		return "", 0
	}
	j := skipSpaces(text, i)
	spaced := j > i
	var sepLen int
	for _, sep := range []string{"--", "-", "–", "—", ":"} {
		if strings.HasPrefix(text[j:], sep) {
			sepLen = len(sep)
			break
		}
	}
	if sepLen == 0 {
		return "", 0
	}
	sep := text[j : j+sepLen]
	j += sepLen
	k := skipSpaces(text, j)
	switch {
	case k == j && sep != "—" && sep != "–":
		return "", 0 // "U.S.-Pakistan ties", "NOTE:x"
	case !spaced && (sep == "-" || sep == "--") && k == j:
		return "", 0
	case sep == ":" && spaced:
		// "ISLAMABAD : The ..." is fine
	}
	if k >= len(text) || text[k] == '\n' || text[k] == '\r' {
		return "", 0 // a heading line such as "WORLD NEWS:" is not a dateline
	}
	if sep == ":" && isHeadline(text, k) {
		return "", 0 // "BUSTED: Emails Reveal ...", a headline with a label
	}
	return text[placeStart:placeEnd], k
}

// agencyOnly returns the length of a dateline that is only a news agency in brackets and a
// dash ("(Reuters) - ", "(AP) — "), as copies that lost the place start, or 0.
func agencyOnly(text string) int {
	if !strings.HasPrefix(text, "(") {
		return 0
	}
	k := strings.IndexByte(text, ')')
	if k < 2 || k > 30 {
		return 0
	}
	for _, r := range text[1:k] {
		if !unicode.IsLetter(r) && r != ' ' && r != '.' && r != '-' || unicode.IsLower(r) && k < 4 {
			return 0
		}
	}
	if !unicode.IsUpper(rune(text[1])) {
		return 0
	}
	j := skipSpaces(text, k+1)
	for _, sep := range []string{"--", "-", "–", "—"} {
		if strings.HasPrefix(text[j:], sep) {
			e := skipSpaces(text, j+len(sep))
			if e > j+len(sep) && e < len(text) {
				return e
			}
		}
	}
	return 0
}

// isHeadline reports whether the line of text holding offset k is a short line of its own
// (under 150 bytes, followed by a blank line): a headline rather than the
// start of a paragraph.
func isHeadline(text string, k int) bool {
	end := lineEnd(text, k)
	if end > 150 {
		return false
	}
	if end == len(text) {
		return false
	}
	rest := strings.TrimLeft(text[end+1:], " \t\r")
	return strings.HasPrefix(rest, "\n")
}

// notPlace are upper-case words that start a text like a dateline but are labels.
var notPlace = map[string]bool{
	"BREAKING": true, "BREAKING NEWS": true, "UPDATE": true, "UPDATED": true, "NOTE": true,
	"EXCLUSIVE": true, "ANALYSIS": true, "OPINION": true, "WATCH": true, "LIVE": true,
	"CORRECTION": true, "WARNING": true, "PHOTO": true, "VIDEO": true, "EDITORIAL": true, "COMMENT": true,
	"FILE PHOTO": true, "READ": true, "ALSO READ": true, "ADVERTISEMENT": true, "LOOK": true,
	"SEE": true, "LISTEN": true, "PHOTOS": true, "PICTURED": true,
	// News agencies credit a story; they are no place.
	"AP": true, "AFP": true, "REUTERS": true, "APP": true, "PTI": true, "ANI": true, "IANS": true,
	"UPI": true, "XINHUA": true, "TASS": true, "DPA": true, "EFE": true, "INP": true, "NNI": true,
}

// placeWord returns the length of the word of a place name s starts with, and whether it is
// upper case; 0 when s does not start with one.
func placeWord(s string) (int, bool) {
	n, letters := 0, 0
	upper, lower := 0, 0
	for n < len(s) {
		r, size := utf8.DecodeRuneInString(s[n:])
		switch {
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLower(r):
			lower++
			letters++
		case r == '.' || r == '\'' || r == '’' || r == '/' || r == '-' && n > 0:
			if r == '-' && (n+1 >= len(s) || s[n+1] == ' ') {
				return finishWord(n, letters, upper, lower)
			}
		default:
			return finishWord(n, letters, upper, lower)
		}
		n += size
	}
	return finishWord(n, letters, upper, lower)
}

func finishWord(n, letters, upper, lower int) (int, bool) {
	if letters == 0 || upper == 0 {
		return 0, false
	}
	if lower == 0 {
		return n, letters >= 2 || n >= 2
	}
	// A title-case word: one capital, then lower case ("Washington").
	if upper == 1 && lower >= 1 {
		return n, false
	}
	return 0, false
}

func skipSpaces(t string, i int) int {
	for i < len(t) {
		if t[i] == ' ' || t[i] == '\t' {
			i++
		} else if strings.HasPrefix(t[i:], "\u00a0") {
			i += len("\u00a0")
		} else {
			break
		}
	}
	return i
}

func isLetterOrDigitByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}
