package main

import (
	"context"
	"os"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain lets the script tests run "newsextract" as a command.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"newsextract": func() {
			os.Exit(runMain(context.Background(), os.Args[1:], IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
		},
	})
}

// TestScripts runs testdata/script/*.txtar: each holds commands, inputs
// and the output a user should see.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{Dir: "testdata/script"})
}

func TestParseShard(t *testing.T) {
	for _, c := range []struct {
		flag   string
		shards int
		env    string
		i, n   int
		ok     bool
	}{
		{"", 0, "", 0, 1, true},
		{"2/3", 0, "", 2, 3, true},
		{"3/3", 0, "", 0, 0, false},
		{"x", 0, "", 0, 0, false},
		{"", 4, "1", 1, 4, true},
		{"", 4, "", 0, 0, false},
		{"", 4, "4", 0, 0, false},
	} {
		i, n, err := parseShard(c.flag, c.shards, c.env)
		if (err == nil) != c.ok || c.ok && (i != c.i || n != c.n) {
			t.Errorf("parseShard(%q, %d, %q) = %d, %d, %v", c.flag, c.shards, c.env, i, n, err)
		}
	}
}
