package main

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/urfave/cli/v2"

	"claimdiff/compare"
)

var evalFNC1Command = &cli.Command{
	Name:  "fnc1",
	Usage: "score check's stance model on FNC-1 data (DIR/*bodies.csv, DIR/*stances.csv)",
	Description: "Prints the official FNC-1 score as a percentage of its maximum (0.25 per right\n" +
		"related/unrelated call, 0.75 more per right agree/disagree/discuss on a related pair),\n" +
		"accuracy, macro-F1, F1 per stance and the confusion matrix. FNC-1's agree, disagree and\n" +
		"discuss are check's supports, refutes and discusses. With --split dev, only the\n" +
		"claim-disjoint dev side of FNC-1 train (see README, claimdiff check).\n\n" +
		"Two models are built in. check's own (--model shipped) is fitted on all of FNC-1 train, so\n" +
		"only other data (FNC-1's test sets) scores it honestly; --model train-side is fitted on the\n" +
		"train side only, the dev side held out. By default (auto) --split dev and train use\n" +
		"train-side, --split all uses shipped.\n\n" +
		"Then it prints how far each measure moves when other stories are drawn: 90% intervals\n" +
		"over --bootstrap resamples of the scored stories (headlines and bodies joined by related\n" +
		"pairs), drawn with replacement.",
	ArgsUsage: "DIR",
	Flags: append(fnc1DataFlags(),
		&cli.IntFlag{Name: "bootstrap", Value: 1000, Usage: "print 90% intervals of the measures over `N` resamples of whole stories (0: none)"},
		minRelatedFlag(0),
		&cli.StringFlag{Name: "model", Value: "auto", Usage: "`MODEL` to score: shipped (check's, fitted on all of FNC-1 train), train-side (dev held out) or auto"},
	),
	Action: evalFNC1Action,
}

func evalFNC1Action(c *cli.Context) error {
	split, err := fnc1Args(c)
	if err != nil {
		return err
	}
	var model compare.FNC1Model
	switch c.String("model") {
	case "auto":
		if split != "all" {
			model = compare.FNC1TrainSide
		}
	case "shipped":
	case "train-side":
		model = compare.FNC1TrainSide
	default:
		return usagef("unknown model %q (want shipped, train-side or auto)", c.String("model"))
	}
	if c.Int("bootstrap") < 0 {
		return usagef("--bootstrap %d: want a number of resamples, or 0 for none", c.Int("bootstrap"))
	}
	minRelated, err := minRelated(c)
	if err != nil {
		return err
	}
	pairs, stances, err := loadFNC1(c.Args().First(), c.String("set"), split)
	if err != nil {
		return err
	}
	gold := make([]compare.Stance, len(pairs))
	for i, p := range pairs {
		gold[i] = p.Stance
	}
	pred := compare.PredictFNC1(pairs, model, minRelated)
	s, err := compare.ScoreFNC1(gold, pred)
	if err != nil {
		return err
	}
	if model == compare.FNC1Shipped && strings.HasPrefix(filepath.Base(stances), "train") {
		fmt.Fprintf(c.App.ErrWriter, "claimdiff: note: the shipped model was fitted on FNC-1 train, so these scores are not held out; --split dev scores a model that held dev out\n")
	}
	fmt.Fprintf(c.App.Writer, "FNC-1 %s, split %s, model %s\n%s", filepath.Base(stances), split, model, s)
	if n := c.Int("bootstrap"); n > 0 && len(pairs) > 0 {
		iv, err := compare.BootstrapFNC1(pairs, pred, n)
		if err != nil {
			return err
		}
		fmt.Fprint(c.App.Writer, iv)
	}
	return nil
}

// fnc1DataFlags are the flags of eval fnc1 and eval events that choose the FNC-1 pairs.
func fnc1DataFlags() []cli.Flag {
	return []cli.Flag{
		&cli.StringFlag{Name: "split", Value: "all", Usage: "score `SIDE`: all, dev or train (the claim-disjoint split of train)"},
		&cli.StringFlag{Name: "set", Usage: "the data set in DIR, named by its files' `PREFIX` (train, competition_test); needed when DIR holds several"},
	}
}

// fnc1Args checks the arguments of eval fnc1 and eval events (one directory) and returns
// their --split.
func fnc1Args(c *cli.Context) (string, error) {
	if c.NArg() != 1 {
		return "", usagef("want one directory, got %d arguments", c.NArg())
	}
	split := c.String("split")
	if split != "all" && split != "dev" && split != "train" {
		return "", usagef("--split %q: want all, dev or train", split)
	}
	return split, nil
}

// loadFNC1 reads the pairs of the FNC-1 data set named by prefix in dir (see fnc1Files),
// those of one side of the claim-disjoint split unless split is "all", and returns them with
// the stances file's path.
func loadFNC1(dir, prefix, split string) ([]compare.FNC1Pair, string, error) {
	bodies, stances, err := fnc1Files(dir, prefix)
	if err != nil {
		return nil, "", err
	}
	bf, err := os.Open(bodies)
	if err != nil {
		return nil, "", fmt.Errorf("reading FNC-1 bodies: %w", err)
	}
	defer bf.Close()
	sf, err := os.Open(stances)
	if err != nil {
		return nil, "", fmt.Errorf("reading FNC-1 stances: %w", err)
	}
	defer sf.Close()
	pairs, err := compare.ReadFNC1(bf, sf)
	if err != nil {
		return nil, "", fmt.Errorf("reading %s: %w", dir, err)
	}
	if split != "all" {
		dev := compare.FNC1Dev(pairs)
		kept := pairs[:0]
		for i, p := range pairs {
			if dev[i] == (split == "dev") {
				kept = append(kept, p)
			}
		}
		pairs = kept
	}
	return pairs, stances, nil
}

// fnc1Files finds the bodies and stances files of the data set named by prefix in dir, or of
// its only data set when prefix is empty.
func fnc1Files(dir, prefix string) (bodies, stances string, err error) {
	if prefix != "" {
		prefix = strings.TrimSuffix(prefix, "_") + "_"
		return filepath.Join(dir, prefix+"bodies.csv"), filepath.Join(dir, prefix+"stances.csv"), nil
	}
	matches, err := filepath.Glob(filepath.Join(dir, "*stances.csv"))
	if err != nil {
		return "", "", err
	}
	var sets []string
	for _, m := range matches {
		p := strings.TrimSuffix(filepath.Base(m), "stances.csv")
		if _, err := os.Stat(filepath.Join(dir, p+"bodies.csv")); err == nil {
			sets = append(sets, p)
		}
	}
	sort.Strings(sets)
	switch len(sets) {
	case 0:
		// A missing directory or a file named for its directory is not "no data".
		if st, err := os.Stat(dir); err != nil {
			return "", "", fmt.Errorf("%s: %v", dir, describe(dir, err))
		} else if !st.IsDir() {
			return "", "", fmt.Errorf("%s: not a directory (want the directory holding PREFIX_bodies.csv and PREFIX_stances.csv)", dir)
		}
		return "", "", fmt.Errorf("reading %s: no FNC-1 data (PREFIX_bodies.csv and PREFIX_stances.csv)", dir)
	case 1:
		return filepath.Join(dir, sets[0]+"bodies.csv"), filepath.Join(dir, sets[0]+"stances.csv"), nil
	}
	for i := range sets {
		sets[i] = strings.TrimSuffix(sets[i], "_")
	}
	return "", "", fmt.Errorf("%s holds several FNC-1 sets (%s): choose one with --set", dir, strings.Join(sets, ", "))
}
