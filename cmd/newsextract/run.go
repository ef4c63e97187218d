package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"strconv"
	"strings"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/newsextract/newsextract/extract/dates"
	"github.com/newsextract/newsextract/pipeline"
)

func version() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	return pipeline.Version
}

// newFlagSet returns a flag set that reports errors as usage errors and
// prints its help on -h.
func newFlagSet(name, synopsis string, io IO) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Stderr)
	fs.Usage = func() {
		fmt.Fprintf(io.Stderr, "Usage: newsextract %s\n\nFlags:\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

func parseFlags(fs *flag.FlagSet, args []string) error {
	// flags may follow the positional arguments: newsextract run seeds/ -o out/
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return errHelp
			}
			return usageError{err.Error()}
		}
		if fs.NArg() == 0 {
			break
		}
		pos = append(pos, fs.Arg(0))
		args = fs.Args()[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
}

func cmdRun(ctx context.Context, args []string, io IO) error {
	fs := newFlagSet("run", "run [flags] INPUT...", io)
	cfg := pipeline.Config{Limits: pipeline.DefaultLimits}
	var langs, shard string
	var shards int
	var noProgress bool
	var cpuProfile string
	fs.StringVar(&cfg.Out, "out", "out", "output dataset folder")
	fs.StringVar(&cfg.Out, "o", "out", "output dataset folder (shorthand)")
	fs.StringVar(&cfg.Format, "format", "parquet", "output format: parquet | arrow | jsonl")
	fs.IntVar(&cfg.Workers, "workers", 0, "parallel workers (default: number of CPUs)")
	fs.IntVar(&cfg.Workers, "j", 0, "parallel workers (shorthand)")
	fs.StringVar(&langs, "langs", strings.Join(pipeline.DefaultLangs, ","), "languages to detect among (ISO 639-1)")
	fs.StringVar(&shard, "shard", "", "process only shard I of N (I/N, 0-based); I also read from JOB_COMPLETION_INDEX with --shards")
	fs.IntVar(&shards, "shards", 0, "number of shards when the index comes from JOB_COMPLETION_INDEX")
	fs.StringVar(&cfg.DCT, "dct", "", "document creation time to assume when a document has none (2019-02-01)")
	fs.BoolVar(&noProgress, "no-progress", false, "no progress bar")
	fs.StringVar(&cpuProfile, "cpuprofile", "", "write a CPU profile to this file (for go tool pprof)")
	fs.BoolVar(&cfg.Force, "force", false, "reprocess documents already present in the output")
	fs.BoolVar(&cfg.Dedup, "dedup", false, "keep only the first of documents with the same text")
	fs.BoolVar(&cfg.FollowSymlinks, "follow-symlinks", false, "follow symlinks that leave the input folder")
	fs.Int64Var(&cfg.Limits.MaxDocBytes, "max-doc-bytes", pipeline.DefaultLimits.MaxDocBytes, "largest article accepted, in bytes after decompression")
	fs.Int64Var(&cfg.Limits.MaxDecompressedBytes, "max-decompressed-bytes", pipeline.DefaultLimits.MaxDecompressedBytes, "largest expansion of a compressed single-article file (gzip bombs)")
	fs.Int64Var(&cfg.Limits.MaxFileBytes, "max-file-bytes", pipeline.DefaultLimits.MaxFileBytes, "largest decompressed stream read from one compressed JSONL or WARC file")
	fs.IntVar(&cfg.Limits.MaxLineBytes, "max-line-bytes", pipeline.DefaultLimits.MaxLineBytes, "longest JSONL line accepted")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg.Inputs = fs.Args()
	if len(cfg.Inputs) == 0 {
		cfg.Inputs = []string{"seeds"}
	}
	switch cfg.Format {
	case pipeline.FormatParquet, pipeline.FormatArrow, pipeline.FormatJSONL:
	default:
		return usagef("--format must be parquet, arrow or jsonl, not %q", cfg.Format)
	}
	cfg.Langs = strings.Split(langs, ",")
	if cfg.DCT != "" {
		v := dates.FromISO(cfg.DCT)
		if v == "" {
			return usagef("--dct %q is not a date (want 2019-02-01, 2019-02 or 2019-02-01T08:32)", cfg.DCT)
		}
		cfg.DCT = v
	}
	var err error
	if cfg.ShardIndex, cfg.ShardCount, err = parseShard(shard, shards, os.Getenv("JOB_COMPLETION_INDEX")); err != nil {
		return err
	}
	cfg.Stdin = io.Stdin
	eng, err := pipeline.NewEngine(cfg)
	if err != nil {
		return usageError{err.Error()}
	}
	tty := false
	if f, ok := io.Stderr.(*os.File); ok {
		tty = term.IsTerminal(int(f.Fd()))
	}
	if tty && !noProgress {
		cfg.Progress = newBar(io)
	}
	if cpuProfile != "" {
		f, err := os.Create(cpuProfile)
		if err != nil {
			return err
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return err
		}
		defer pprof.StopCPUProfile()
	}
	stats, err := pipeline.Run(ctx, cfg, eng)
	if stats != nil {
		fmt.Fprintf(io.Stderr, "newsextract: %d documents (%.1f MB) in %.1fs, %.0f docs/s, %.2f MB/s, peak %.0f MB; %d errors, %d already present, %d duplicates -> %s\n",
			stats.Docs, float64(stats.Bytes)/1e6, stats.Wall, float64(stats.Docs)/stats.Wall, float64(stats.Bytes)/1e6/stats.Wall, stats.PeakRSSMB,
			stats.Rows["errors"], stats.Existing, stats.Dups, cfg.Out)
	}
	return err
}

// parseShard reads --shard I/N, or JOB_COMPLETION_INDEX with --shards N.
func parseShard(flagVal string, shards int, envIndex string) (int, int, error) {
	if flagVal != "" {
		a, b, ok := strings.Cut(flagVal, "/")
		i, err1 := strconv.Atoi(a)
		n, err2 := strconv.Atoi(b)
		if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
			return 0, 0, usagef("--shard wants I/N with 0 <= I < N, got %q", flagVal)
		}
		return i, n, nil
	}
	if shards > 0 {
		if envIndex == "" {
			return 0, 0, usagef("--shards needs --shard I/N or JOB_COMPLETION_INDEX")
		}
		i, err := strconv.Atoi(envIndex)
		if err != nil || i < 0 || i >= shards {
			return 0, 0, usagef("JOB_COMPLETION_INDEX=%q is not in 0..%d", envIndex, shards-1)
		}
		return i, shards, nil
	}
	return 0, 1, nil
}

// bar draws input bytes read (with rate and ETA) and documents written.
type bar struct {
	io IO
	b  *progressbar.ProgressBar
}

func newBar(io IO) *bar { return &bar{io: io} }

func (b *bar) Start(total int64) {
	if total <= 0 {
		total = -1
	}
	b.b = progressbar.NewOptions64(total,
		progressbar.OptionSetWriter(b.io.Stderr),
		progressbar.OptionSetDescription("reading"),
		progressbar.OptionShowBytes(true),
		progressbar.OptionSetPredictTime(true),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionShowElapsedTimeOnFinish(),
		progressbar.OptionClearOnFinish(),
	)
}

func (b *bar) Update(docs, bytesRead int64) {
	b.b.Describe(fmt.Sprintf("%d documents", docs))
	b.b.Set64(bytesRead)
}

func (b *bar) Finish() { b.b.Finish() }
