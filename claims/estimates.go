package claims

// putForms are the forms of "put" that give an estimate: "Police put the crowd at 5,000".
var putForms = wordSetOf([]string{"put", "puts", "putting"})

// estimateMagnitudes may follow the number of an estimate: "at 1.2 million", "at 6.4
// percent".
var estimateMagnitudes = wordSetOf([]string{"million", "billion", "trillion", "thousand", "hundred", "percent", "per", "%"})

// estimateHedges may stand between "at" and its number: "at about 5,000", "at more than 40".
var estimateHedges = wordSetOf([]string{"about", "around", "roughly", "some", "nearly", "almost", "least", "more", "less", "fewer", "than", "over", "under", "up", "to", "just", "approximately"})

// putEstimate reads "SOURCE put(s) OBJECT at NUMBER" as an estimate, the way "estimated
// the crowd at 20,000" is one: "Police put the number of protesters at 5,000",
// "INDEC put the jobless rate at 6.4%". The cue is "put", the content the object and its
// number. Not "put pressure on", "put it at risk" (no number after "at").
func (x *extractor) putEstimate(s rng, k int) bool {
	at := -1
	for p := k + 1; p < s.b && p <= k+10; p++ {
		w := x.word(p)
		if w == "at" {
			at = p
			break
		}
		if !x.isWord(p) && w != "'s" && w != "’s" && w != "-" || x.finiteAt(p) || isCueForm(w) {
			return false
		}
	}
	if at < 0 || at == k+1 {
		return false
	}
	q := at + 1
	for q < s.b && q <= at+3 && estimateHedges.has(x.word(q)) {
		q++
	}
	if q < s.b && (x.word(q) == "$" || x.word(q) == "€" || x.word(q) == "£") {
		q++
	}
	if q >= s.b || !x.isWord(q) || x.word(q)[0] < '0' || x.word(q)[0] > '9' {
		return false
	}
	end := q + 1
	for end+1 < s.b && (x.word(end) == "," || x.word(end) == ".") && x.toks[end].Start == x.toks[end-1].End &&
		x.toks[end+1].Start == x.toks[end].End && x.isWord(end+1) && x.word(end + 1)[0] >= '0' && x.word(end + 1)[0] <= '9' {
		end += 2 // "5,000", "6.4"
	}
	for end < s.b && estimateMagnitudes.has(x.word(end)) {
		end++
	}
	src := x.sourceLeft(s, k)
	if src.empty() {
		return false
	}
	x.add(draft{src: src, cue: rng{k, k + 1}, content: []rng{{k + 1, end}}, class: CueBelieve, inherit: -1})
	return true
}
