package compare

import (
	"strings"
	"testing"

	"claimdiff/claims"
)

// numberConflict reports whether a corpus of two one-sentence articles, Nicaragua's interior
// ministry saying a and the US space agency saying b, gives one number conflict, and fails
// the test when it gives more than one item.
func numberConflict(t *testing.T, a, b string) bool {
	t.Helper()
	da := doc("a.txt", "2024-09-08", "Nicaragua's interior ministry said "+a+".")
	db := doc("b.txt", "2024-09-08", "The US space agency said "+b+".")
	c := NewCorpus(Options{})
	c.Add(da, []claims.Claim{claim(t, da, "Nicaragua's interior ministry", "Nicaragua's interior ministry", "said", claims.CueAssert, a)})
	c.Add(db, []claims.Claim{claim(t, db, "The US space agency", "US space agency", "said", claims.CueAssert, b)})
	cs := c.Contested()
	if len(cs) > 1 {
		t.Errorf("%q / %q: Contested() = %v, want at most one item", a, b, cs)
	}
	return len(cs) == 1 && cs[0].Type == ImplicitNumber
}

// TestNumberBounds sets a bounded or approximate number against another: they collide only
// when no quantity satisfies both.
func TestNumberBounds(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
		reason     string
	}{
		{"lower bound met", "more than 200 schoolgirls were abducted from the school", "219 schoolgirls were abducted from the school", false, "219 is more than 200"},
		{"in excess of", "his net worth is in excess of $10 billion", "his net worth is $11 billion", false, "$11 billion is in excess of $10 billion"},
		{"lower bound missed", "more than 2 million people joined the protests nationwide", "1.12 million people joined the protests nationwide", true, "1.12 million is not more than 2 million"},
		{"at least, missed", "at least 400 people died of cholera in the outbreak", "165 people died of cholera in the outbreak", true, ""},
		{"about against at least", "about 300 people were killed in the earthquake", "at least 500 people were killed in the earthquake", true,
			"about 300 allows a tenth either way (270 to 330), far from 500: the two tolls cannot both hold"},
		{"about, close", "about 300 people were killed in the earthquake", "320 people were killed in the earthquake", false, "320 is about 300"},
		{"roughly", "the impact came roughly 12 hours before the asteroid passed", "the impact came 13 hours before the asteroid passed", false, "13 is roughly 12"},
		{"nearly, met", "nearly 300 people were killed in the earthquake", "280 people were killed in the earthquake", false, ""},
		{"nearly, missed", "nearly 300 people were killed in the earthquake", "310 people were killed in the earthquake", true, "nearly 300 is less than 300"},
		{"up to, met", "up to 40 miners were trapped in the flooded shaft", "35 miners were trapped in the flooded shaft", false, ""},
		{"up to, missed", "up to 40 miners were trapped in the flooded shaft", "52 miners were trapped in the flooded shaft", true, ""},
		{"two lower bounds", "at least 5 people were killed in the strike", "at least 12 people were killed in the strike", false,
			"12 satisfies both: the lower count is not contradicted"},
		{"lower against upper", "fewer than 20 miners were trapped in the flooded shaft", "more than 30 miners were trapped in the flooded shaft", true, ""},
		{"or more", "12 or more miners were trapped in the flooded shaft", "15 miners were trapped in the flooded shaft", false, ""},
		{"range", "the watch will sell for between $4,000 and $5,000 in gold", "the watch will sell for $4,500 in gold", false, ""},
		{"range missed", "the watch will sell for between $4,000 and $5,000 in gold", "the watch will sell for $9,999 in gold", true, ""},
		{"magnitude", "2 million people joined the protests nationwide", "2,000,000 people joined the protests nationwide", false, "one number written two ways"},
		{"magnitude run on", "the buyer paid $1.5million for the painting at the auction", "the buyer paid $1.5 million for the painting at the auction", false,
			"\"1.5million\" is 1.5 million, not 1"},
		{"magnitude run on, missed", "the buyer paid $2bn for the painting at the auction", "the buyer paid $1.5 million for the painting at the auction", true, ""},
		{"hundred", "three hundred soldiers were killed in the attack", "300 soldiers were killed in the attack", false, "\"three hundred\" is no count of 3"},
		{"digits and hundred", "3 hundred soldiers were killed in the attack", "120 soldiers were killed in the attack", true, "3 hundred is 300"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := numberConflict(t, tt.a, tt.b); got != tt.want {
				t.Errorf("%q / %q: number conflict %v, want %v (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
		})
	}
}

// TestNumberPeriods sets numbers of one quantity in different periods against each other:
// they collide only when nothing says they are of different times.
func TestNumberPeriods(t *testing.T) {
	tests := []struct {
		name, a, b string
		want       bool
		reason     string
	}{
		{"years", "42% of eligible voters took part in the 2008 primary", "17% of eligible voters took part in the 2016 primary", false, ""},
		{"one year", "42% of eligible voters took part in the 2016 primary", "17% of eligible voters took part in the 2016 primary", true, ""},
		{"one names a year", "42% of eligible voters took part in the 2016 primary", "17% of eligible voters took part in the primary", true,
			"a number with no period may be of any, the other's too"},
		{"last year, this year", "the company sold 40 million phones last year", "the company sold 49 million phones this year", false, ""},
		{"last year, its year", "the company sold 40 million phones last year", "the company sold 49 million phones in 2023", true,
			"written in 2024, last year is 2023"},
		{"quarters", "the company sold 4 million phones in the first quarter", "the company sold 6 million phones in the second quarter", false, ""},
		{"first months", "2,053 civilians were killed in the first half of the year", "4,000 civilians were killed in the first seven months of 2024", false, ""},
		{"part of the year", "2,053 civilians were killed in the first half of 2024", "4,000 civilians were killed in 2024", false, "half a year against all of it"},
		{"months", "the company sold 4 million phones in March", "the company sold 6 million phones in April", false, ""},
		{"month and its day", "the company sold 4 million phones in March", "the company sold 6 million phones on March 5", true, ""},
		{"days of the week", "5 people were killed in the strike on Monday", "12 people were killed in the strike on Tuesday", false, ""},
		{"since", "165 people have died of cholera since August", "400 people have died of cholera since July", true,
			"since starts a running count of one outbreak: the two tolls cover nearly the same days"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := numberConflict(t, tt.a, tt.b); got != tt.want {
				t.Errorf("%q / %q: number conflict %v, want %v (%s)", tt.a, tt.b, got, tt.want, tt.reason)
			}
		})
	}
}

// TestPeriodsOf reads the periods of texts.
func TestPeriodsOf(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"higher than in the primary of 2012 and the joint primary of 2008, when 42% voted", []string{"y:2012", "y:2008"}},
		{"the first 12 primaries of 2016 -- the highest turnout since at least 1980", []string{"y:2016"}},
		{"2,053 civilians were killed in the first half of the year", []string{"s:h1"}},
		{"4,000 people were killed in the first seven months of 2014", []string{"s:first 7 month", "y:2014"}},
		{"sales rose in Q3 and in the third quarter of last year", []string{"s:q3", "r:last year"}},
		{"killed on Saturday, September 5, after the march in May", []string{"p:wsaturday", "p:d09-05", "p:m05"}},
		{"400 people have died since July", nil},
		{"13 hours from the close approach of asteroid 2014 RC", nil},
		{"the protest in March and in the past 24 hours", []string{"p:m03", "r:last 24 hour"}},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, 0)
		words := make([]string, len(toks))
		for i, tk := range toks {
			words[i] = lowerWord(tk.key)
		}
		if got := periodsOf(toks, words); strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("periodsOf(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

// TestNumberNear reads the words next to a number within its clause, and not the words
// before a list of numbers: they do not say which number is of which thing.
func TestNumberNear(t *testing.T) {
	tests := []struct {
		text string
		want []string // value: near words, per number
	}{
		{"the strike killed 12 people", []string{"12: peopl death"}},
		{"the larger watch will go for $9,999, with the smaller version retailing for $7,999", []string{"9,999: ", "7,999: retail"}},
		{"the standard and sport watches retailing for $500 and $350, respectively", []string{"500: 350", "350: "}},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range textNumbers(tt.text) {
			got = append(got, n.value+": "+strings.Join(n.near, " "))
		}
		if strings.Join(got, "|") != strings.Join(tt.want, "|") {
			t.Errorf("textNumbers(%q) = %q, want %q", tt.text, got, tt.want)
		}
	}
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"the strike killed 5 militants", "the strike killed 12 people", true},
		{"the standard and sport watches are retailing for $500 and $350, respectively", "the gold watch is retailing for $9,999", false},
	} {
		if got := numberConflict(t, tt.a, tt.b); got != tt.want {
			t.Errorf("%q / %q: number conflict %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestNumberBoundsRead reads the bounds the words around a number set.
func TestNumberBoundsRead(t *testing.T) {
	tests := []struct {
		text string
		want []bound
	}{
		{"more than 17% of eligible voters", []bound{atLeast}},
		{"no more than 17 voters", []bound{atMost}},
		{"his net worth is in excess of $10 billion", []bound{atLeast}},
		{"roughly 12 hours before", []bound{about}},
		{"nearly 300 people and 12 or more cars", []bound{nearly, atLeast}},
		{"between $4,000 and $5,000 for the Edition", []bound{ranged, ranged}},
		{"5 militants and 12 civilians", []bound{exact, exact}},
	}
	for _, tt := range tests {
		var got []bound
		for _, n := range textNumbers(tt.text) {
			got = append(got, n.bound)
		}
		if len(got) != len(tt.want) || !equalBounds(got, tt.want) {
			t.Errorf("textNumbers(%q) bounds = %v, want %v", tt.text, got, tt.want)
		}
	}
}

func equalBounds(a, b []bound) bool {
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// TestNumberFixtures runs the numbers_* fixtures through the extractor: pairs of articles
// whose sides give numbers that collide or do not.
func TestNumberFixtures(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  string // the number conflict's explanation holds this; "" for none
	}{
		{"quake: about 300 against at least 500", []string{"numbers_quake_a.txt", "numbers_quake_b.txt"}, "gives 300"},
		{"hostages: more than 200 against 219", []string{"numbers_hostages_a.txt", "numbers_hostages_b.txt"}, ""},
		{"grain exports of 2023 against 2022, the headline's 40 read as the body's", []string{"numbers_grain_a.txt", "numbers_grain_b.txt"}, ""},
		{"harvests of the first half against the first seven months", []string{"numbers_harvest_a.txt", "numbers_harvest_b.txt"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var paths []string
			for _, f := range tt.files {
				paths = append(paths, "testdata/"+f)
			}
			cs := extractCorpus(t, Options{}, paths).Contested()
			var got []string
			for _, c := range cs {
				if c.Type == ImplicitNumber || strings.Contains(c.Explanation, " gives ") {
					got = append(got, c.Explanation)
				}
			}
			switch {
			case tt.want == "" && len(got) > 0:
				t.Errorf("Contested() number conflicts = %q, want none", got)
			case tt.want != "" && (len(got) != 1 || !strings.Contains(got[0], tt.want)):
				t.Errorf("Contested() number conflicts = %q, want one with %q", got, tt.want)
			}
		})
	}
}
