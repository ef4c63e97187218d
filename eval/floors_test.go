package eval_test

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"sort"
	"testing"

	"github.com/newsextract/newsextract/eval"
	"github.com/newsextract/newsextract/pipeline"
)

var updateFloors = flag.Bool("update-floors", false, "raise testdata/gold/floors.json to the current scores")

const floorsPath = "../testdata/gold/floors.json"

// scoreDir runs the pipeline on docs and scores it against gold.
func scoreDir(t *testing.T, docs, gold string) *eval.Report {
	t.Helper()
	eng, err := pipeline.NewEngine(pipeline.Config{})
	if err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	if _, err := pipeline.Run(context.Background(), pipeline.Config{Inputs: []string{docs}, Out: out, RunID: "floors"}, eng); err != nil {
		t.Fatal(err)
	}
	golds, err := eval.LoadGold(gold)
	if err != nil {
		t.Fatal(err)
	}
	run, err := eval.ReadRun(out)
	if err != nil {
		t.Fatal(err)
	}
	return eval.Score(run, golds)
}

// TestFloors fails when a score on the seeds drops below its recorded
// floor. `make floors` raises the floors after an improvement; it never
// lowers one.
func TestFloors(t *testing.T) {
	rep := scoreDir(t, "../seeds", "../testdata/gold")
	got := rep.Metrics()
	floors := map[string]float64{}
	if b, err := os.ReadFile(floorsPath); err == nil {
		if err := json.Unmarshal(b, &floors); err != nil {
			t.Fatalf("%s: %v", floorsPath, err)
		}
	} else if !*updateFloors {
		t.Fatalf("%v (run `make floors`)", err)
	}
	if *updateFloors {
		for k, v := range got {
			if v > floors[k] {
				floors[k] = float64(int(v*1000)) / 1000 // truncated, so noise-free reruns pass
			}
		}
		b, _ := json.MarshalIndent(floors, "", "  ")
		if err := os.WriteFile(floorsPath, append(b, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	keys := make([]string, 0, len(floors))
	for k := range floors {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if got[k] < floors[k] {
			t.Errorf("%s = %.3f, below its floor %.3f", k, got[k], floors[k])
		}
	}
}

// TestDevSet scores the development set in ../shared/dev when it is there
// and reports it; its floors are the issue targets, checked loosely so the
// suite names a regression without blocking on unseen-text variance.
func TestDevSet(t *testing.T) {
	if _, err := os.Stat("../../shared/dev/gold"); err != nil {
		t.Skip("../shared/dev not present")
	}
	rep := scoreDir(t, "../../shared/dev/docs", "../../shared/dev/gold")
	for k, v := range rep.Metrics() {
		t.Logf("dev %s = %.3f", k, v)
	}
	if rep.Dates.F1 < 0.9 {
		t.Errorf("dev dates F1 = %.3f, want >= 0.9", rep.Dates.F1)
	}
}
