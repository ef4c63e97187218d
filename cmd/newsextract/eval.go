package main

import (
	"encoding/json"

	"github.com/newsextract/newsextract/eval"
)

func cmdEval(args []string, io IO) error {
	fs := newFlagSet("eval", "eval --gold DIR [--json] [--verbose] OUTDIR", io)
	gold := fs.String("gold", "testdata/gold", "folder of gold annotation files (*.json)")
	asJSON := fs.Bool("json", false, "print the scores as one JSON object")
	verbose := fs.Bool("verbose", false, "list every miss, spurious item and wrong value per document")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("want exactly one OUTDIR (the folder a run wrote)")
	}
	golds, err := eval.LoadGold(*gold)
	if err != nil {
		return err
	}
	run, err := eval.ReadRun(fs.Arg(0))
	if err != nil {
		return err
	}
	rep := eval.Score(run, golds)
	if *asJSON {
		enc := json.NewEncoder(io.Stdout)
		enc.SetIndent("", "  ")
		return enc.Encode(rep)
	}
	rep.Print(io.Stdout, *verbose)
	return nil
}
