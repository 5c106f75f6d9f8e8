package claims

import (
	"strings"
)

// readHeader fills in d.Date and d.Body from a leading "date YYYY-MM-DD" or "date YYYY-MM".
func (d *Document) readHeader() {
	t := d.Text
	i := 0
	for i < len(t) && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r' || t[i] == '\n' || strings.HasPrefix(t[i:], "\ufeff")) {
		if t[i] == 0xEF {
			i += 3
		} else {
			i++
		}
	}
	if !strings.HasPrefix(t[i:], "date ") {
		return
	}
	j := i + len("date ")
	k := j
	for k < len(t) && (t[k] >= '0' && t[k] <= '9' || t[k] == '-') {
		k++
	}
	v := t[j:k]
	if len(v) == 10 && v[4] == '-' && v[7] == '-' || len(v) == 7 && v[4] == '-' {
		d.Date = v
		for k < len(t) && (t[k] == ' ' || t[k] == '\r' || t[k] == '\n') {
			k++
		}
		d.Body = k
	}
}
