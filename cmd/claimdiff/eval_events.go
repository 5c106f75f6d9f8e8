package main

import (
	"fmt"
	"path/filepath"

	"github.com/urfave/cli/v2"

	"claimdiff/compare"
)

var evalEventsCommand = &cli.Command{
	Name:  "events",
	Usage: "score how statements are grouped into events, on FNC-1 bodies and their stories",
	Description: "Reads the bodies of FNC-1 data (DIR/*bodies.csv, DIR/*stances.csv) as one corpus, one\n" +
		"document a body, and groups their statements into events as contested and compare do.\n" +
		"FNC-1 joins headlines and the bodies related to them into stories, so statements that\n" +
		"one event draws from two bodies should come from one story. Prints the share of such\n" +
		"statement pairs that do (a floor on precision: two stories may be one event), the share\n" +
		"of bodies that share an event with another body of their story (a measure of recall),\n" +
		"and how many contested items draw on two or more stories. Bodies related to no headline\n" +
		"are left out. With --split dev or train, one side of the claim-disjoint split of FNC-1\n" +
		"train (see eval fnc1).",
	ArgsUsage: "DIR",
	Flags:     fnc1DataFlags(),
	Action:    evalEventsAction,
}

func evalEventsAction(c *cli.Context) error {
	split, err := fnc1Args(c)
	if err != nil {
		return err
	}
	pairs, stances, err := loadFNC1(c.Args().First(), c.String("set"), split)
	if err != nil {
		return err
	}
	s := compare.EvalFNC1Events(pairs)
	fmt.Fprintf(c.App.Writer, "FNC-1 %s, split %s: event grouping\n%s", filepath.Base(stances), split, s)
	return nil
}
