// Package stance holds the machinery behind compare's stance of a text toward a claim:
// tokenising and light stemming, the explainable features (word overlap, best sentences,
// refuting, denial, hedging and negation word lists, numbers, what the text's speakers deny
// or assert), small softmax networks and gradient-boosted trees, both trained
// deterministically, the two-stage model (related or not, then agree, disagree or discuss),
// the joint step that reads a batch's pairs on one text together, and FNC-1's data,
// claim-disjoint split and score.
//
// Its word lists (lexicon.txt, stopwords.txt, common.txt) are written by hand and embedded;
// nothing in the package is counted on a corpus except the weights and tree thresholds that
// compare/internal/cmd/trainstance fits. It never prints or reads files.
package stance
