package stance

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"
)

// FingerprintPairs returns the indexes of the pairs whose features fingerprint a model's
// training data: the first pair of each body and the first of each headline, in the order
// given. Every body's text is read once and every claim once, so a change to what the
// extractor finds shows at a small fraction of the cost of all the pairs; some features
// read a body's attributions only where they touch the claim's words, which the first pair
// of a body alone missed once (a content boundary moved in pairs that were no body's first).
func FingerprintPairs(pairs []Pair) []int {
	bodies, heads := make(map[string]bool), make(map[string]bool)
	var out []int
	for i, p := range pairs {
		if !bodies[p.BodyID] || !heads[p.Headline] {
			bodies[p.BodyID], heads[p.Headline] = true, true
			out = append(out, i)
		}
	}
	return out
}

// Fingerprint returns the SHA-256, in hex, of feature vectors, each value written with six
// significant digits so that the fingerprint does not hang on the last bits of a float.
//
// The features read the extractor's attributions as well as the words, so a change to the
// extractor or to the features can change what a fitted model would see. Training records
// the fingerprint of its [FingerprintPairs] in the model (Model.DataSHA256); a test compares
// it with the features computed now and says when the models should be fitted again.
func Fingerprint(x [][]float64) string {
	h := sha256.New()
	var buf []byte
	for _, row := range x {
		buf = buf[:0]
		for i, v := range row {
			if i > 0 {
				buf = append(buf, '\t')
			}
			buf = strconv.AppendFloat(buf, v, 'g', 6, 64)
		}
		buf = append(buf, '\n')
		h.Write(buf)
	}
	return hex.EncodeToString(h.Sum(nil))
}
