// Command newsextract turns dumps of news articles into Parquet/Arrow
// tables of documents, sentences, entities and legal claims.
//
// Exit status: 0 success (rejected documents are rows of the errors table),
// 1 a run that could not complete, 2 bad usage.
package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

// Exit codes, a documented contract.
const (
	exitOK    = 0
	exitFail  = 1
	exitUsage = 2
)

// usageError marks errors that are the caller's (bad flags, missing args).
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, a ...any) error { return usageError{fmt.Sprintf(format, a...)} }

const usage = `newsextract turns news article dumps into analysis-ready tables.

Usage:
  newsextract run [flags] INPUT...      extract; INPUT is a file, a folder or - (JSONL on stdin); default seeds/
  newsextract eval --gold DIR OUTDIR    score a run against gold annotations
  newsextract show OUTDIR --doc ID      show a document with its extractions
  newsextract schema                    print every table's columns
  newsextract help COMMAND              help on a command

Exit status: 0 success, 1 the run could not complete, 2 bad usage.
`

// IO is where a command reads and writes: data to Stdout, people to Stderr.
type IO struct {
	Stdin          io.Reader
	Stdout, Stderr io.Writer
}

func main() {
	// Trade a little memory for less garbage collection, under a soft cap
	// that keeps a run's memory bounded; GOGC and GOMEMLIMIT override both.
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(200)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(240 << 20)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	os.Exit(runMain(ctx, os.Args[1:], IO{Stdin: os.Stdin, Stdout: os.Stdout, Stderr: os.Stderr}))
}

func runMain(ctx context.Context, args []string, io IO) int {
	if len(args) == 0 {
		fmt.Fprint(io.Stderr, usage)
		return exitUsage
	}
	var err error
	switch args[0] {
	case "run":
		err = cmdRun(ctx, args[1:], io)
	case "eval":
		err = cmdEval(args[1:], io)
	case "show":
		err = cmdShow(args[1:], io)
	case "schema":
		err = cmdSchema(args[1:], io)
	case "help", "-h", "--help":
		if len(args) > 1 {
			return runMain(ctx, []string{args[1], "--help"}, io)
		}
		fmt.Fprint(io.Stdout, usage)
		return exitOK
	case "version", "--version":
		fmt.Fprintln(io.Stdout, "newsextract", version())
		return exitOK
	default:
		fmt.Fprintf(io.Stderr, "newsextract: unknown command %q\n\n%s", args[0], usage)
		return exitUsage
	}
	var ue usageError
	switch {
	case err == nil:
		return exitOK
	case errors.Is(err, errHelp):
		return exitOK
	case errors.As(err, &ue):
		fmt.Fprintf(io.Stderr, "newsextract %s: %s\n", args[0], err)
		return exitUsage
	default:
		fmt.Fprintf(io.Stderr, "newsextract %s: %s\n", args[0], err)
		return exitFail
	}
}

var errHelp = errors.New("help shown")
