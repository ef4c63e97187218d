package pipeline

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/errgroup"
	"golang.org/x/sync/semaphore"

	"github.com/newsextract/newsextract/extract"
	"github.com/newsextract/newsextract/extract/chain"
	"github.com/newsextract/newsextract/extract/segment"
	"github.com/newsextract/newsextract/schemas"
)

// The window of documents in flight (read, not yet written): each holds
// its input bytes plus docWeight, so many tiny documents are bounded too.
const (
	windowBytes = 16 << 20
	docWeight   = 8 << 10
)

// Version is the version written in manifests.
var Version = "0.1.0-dev"

// Config is everything a run needs; the CLI fills it from flags.
type Config struct {
	Inputs         []string
	Out            string
	Format         string   // parquet | arrow | jsonl
	Workers        int      // <= 0: number of CPUs
	Langs          []string // ISO 639-1 codes to detect among
	ShardIndex     int
	ShardCount     int    // 0 or 1: no sharding
	DCT            string // document creation time to assume (TIMEX3), "" for none
	Limits         Limits
	FollowSymlinks bool
	Force          bool // reprocess documents already in the output
	Dedup          bool // keep only the first of documents with the same id
	RunID          string
	Stdin          io.Reader
	Progress       Progress // nil: none
	RotateDocs     int      // documents per set of part files (0: DefaultRotateDocs)
}

// Progress is told, after each document written, how many documents are
// written and how many input bytes were read from disk, out of total.
type Progress interface {
	Start(totalBytes int64)
	Update(docs, bytesRead int64)
	Finish()
}

// Stats is what a run did, also written to the manifest.
type Stats struct {
	RunID     string           `json:"run_id"`
	Docs      int64            `json:"documents"`
	Bytes     int64            `json:"input_bytes"`
	Rows      map[string]int64 `json:"rows"`
	Skipped   []string         `json:"skipped_files,omitempty"`
	Existing  int64            `json:"already_present"`
	OtherShrd int64            `json:"other_shards"`
	Dups      int64            `json:"duplicates"`
	// SkippedRecords counts WARC records that are not HTML responses.
	SkippedRecords int64              `json:"skipped_records"`
	Stages         map[string]float64 `json:"stage_seconds"`
	Wall           float64            `json:"wall_seconds"`
	PeakRSSMB      float64            `json:"peak_rss_mb"`
	Status         string             `json:"status"`
}

// Engine holds what is built once and shared by workers: rules, models.
type Engine struct {
	cleaner   *Cleaner
	detector  *Detector
	segmenter *segment.Segmenter
	chain     *chain.Chain
}

// NewEngine compiles the rules and loads the language models for cfg.
func NewEngine(cfg Config) (*Engine, error) {
	cl, err := NewCleaner()
	if err != nil {
		return nil, err
	}
	langs := cfg.Langs
	if len(langs) == 0 {
		langs = DefaultLangs
	}
	det, err := NewDetector(langs)
	if err != nil {
		return nil, err
	}
	seg, err := segment.New()
	if err != nil {
		return nil, err
	}
	ch, err := chain.New()
	if err != nil {
		return nil, err
	}
	return &Engine{cleaner: cl, detector: det, segmenter: seg, chain: ch}, nil
}

// DefaultLangs is the default --langs.
var DefaultLangs = []string{"fr", "en", "de", "es", "it", "nl", "pt"}

// stageTimes accumulates nanoseconds per stage across workers.
type stageTimes struct {
	mu sync.Mutex
	ns map[string]int64
}

func (s *stageTimes) add(stage string, d time.Duration) {
	s.mu.Lock()
	s.ns[stage] += int64(d)
	s.mu.Unlock()
}

// NewRunID returns a sortable, unique run id.
func NewRunID() string {
	var b [3]byte
	rand.Read(b[:])
	return time.Now().UTC().Format("20060102T150405Z") + "-" + hex.EncodeToString(b[:])
}

// Run executes the pipeline over cfg.Inputs and writes the dataset.
func Run(ctx context.Context, cfg Config, eng *Engine) (*Stats, error) {
	start := time.Now()
	if cfg.Format == "" {
		cfg.Format = FormatParquet
	}
	if cfg.Workers <= 0 {
		cfg.Workers = runtime.NumCPU()
	}
	if cfg.Limits == (Limits{}) {
		cfg.Limits = DefaultLimits
	}
	if cfg.RunID == "" {
		cfg.RunID = NewRunID()
	}
	if cfg.Stdin == nil {
		cfg.Stdin = os.Stdin
	}
	if cfg.ShardCount <= 0 {
		cfg.ShardCount = 1
	}
	inputs, skipped, discoverErrs := Discover(cfg.Inputs, cfg.FollowSymlinks)
	if err := os.MkdirAll(cfg.Out, 0o755); err != nil {
		return nil, err
	}
	if err := removeUncommitted(cfg); err != nil {
		return nil, err
	}
	var existing map[string]bool
	if !cfg.Force {
		var err error
		if existing, err = existingDocIDs(cfg.Out); err != nil {
			return nil, err
		}
	}
	sink, err := newSink(cfg)
	if err != nil {
		return nil, err
	}
	stats := &Stats{RunID: cfg.RunID, Skipped: skipped, Rows: map[string]int64{}}
	times := &stageTimes{ns: map[string]int64{}}

	for _, e := range discoverErrs {
		sink.writeErrors([]schemas.Error{{Source: e.Path, Stage: "read", Message: e.Message}})
	}

	var bytesRead atomic.Int64
	if cfg.Progress != nil {
		var total int64
		for _, in := range inputs {
			total += in.Size
		}
		cfg.Progress.Start(total)
	}
	// documents between the reader and their write are bounded: enough to
	// keep every worker busy while another writes a row group, never more
	// than windowBytes of input (and at most 2048 documents) whatever the dump
	inflight := semaphore.NewWeighted(windowBytes)
	jobs := make(chan *Document, cfg.Workers)
	g, gctx := errgroup.WithContext(ctx)

	// read
	g.Go(func() error {
		defer close(jobs)
		var seq int64
		var waited time.Duration
		emit := func(d *Document) error {
			t0 := time.Now()
			defer func() { waited += time.Since(t0) }()
			d.weight = min(int64(len(d.Raw)+len(d.HTML)+len(d.jsonLine))+docWeight, windowBytes)
			if err := inflight.Acquire(gctx, d.weight); err != nil {
				return err
			}
			d.Seq = seq
			seq++
			select {
			case jobs <- d:
				return nil
			case <-gctx.Done():
				return gctx.Err()
			}
		}
		for _, in := range inputs {
			t0, w0 := time.Now(), waited
			err := readInput(gctx, in, cfg.Limits, cfg.Stdin, emit, &stats.SkippedRecords, &bytesRead)
			times.add("read", time.Since(t0)-(waited-w0)) // reading, not waiting for workers
			if err != nil {
				return err
			}
		}
		return nil
	})
	// process, then write in input order: the worker that completes the
	// next document due writes it and every later one already done, so
	// -j1 is one goroutine doing everything and -jN scales by N
	seenIDs := map[string]bool{}
	commit := newCommitter(func(d *Document) error {
		t0 := time.Now()
		defer func() {
			times.add("write", time.Since(t0))
			inflight.Release(d.weight)
			if cfg.Progress != nil { // skipped documents move the bar too
				cfg.Progress.Update(stats.Docs, bytesRead.Load())
			}
		}()
		switch {
		case d.Failed && cfg.ShardCount > 1 && ShardOf(d.Source, cfg.ShardCount) != cfg.ShardIndex:
			return nil // another shard reports this input's errors
		case d.Failed:
		case d.skip == "existing":
			stats.Existing++
			return nil
		case d.skip == "shard":
			stats.OtherShrd++
			return nil
		case seenIDs[d.ID]:
			stats.Dups++
			if cfg.Dedup {
				return nil
			}
		}
		if !d.Failed {
			seenIDs[d.ID] = true
			stats.Docs++
			stats.Bytes += int64(len(d.Raw))
		}
		return sink.write(d)
	})
	for w := 0; w < cfg.Workers; w++ {
		g.Go(func() error {
			for d := range jobs {
				eng.Process(d, cfg, times, func(id string) string {
					switch {
					case existing[id]:
						return "existing"
					case cfg.ShardCount > 1 && ShardOf(id, cfg.ShardCount) != cfg.ShardIndex:
						return "shard"
					}
					return ""
				})
				if err := commit.done(d); err != nil {
					return err
				}
				if err := gctx.Err(); err != nil {
					return err
				}
			}
			return nil
		})
	}
	runErr := g.Wait()
	interrupted := runErr != nil && errors.Is(runErr, context.Canceled)
	if runErr != nil && !interrupted {
		sink.abort()
		return nil, runErr
	}
	// finish the files: what was written is complete and stays
	if err := sink.close(); err != nil {
		return nil, err
	}
	if cfg.Progress != nil {
		cfg.Progress.Finish()
	}
	stats.Rows = sink.rowCounts()
	stats.Stages = map[string]float64{}
	for k, v := range times.ns {
		stats.Stages[k] = float64(v) / 1e9
	}
	stats.Wall = time.Since(start).Seconds()
	stats.PeakRSSMB = peakRSSMB()
	stats.Status = "complete"
	if interrupted {
		stats.Status = "interrupted"
	}
	if err := writeManifest(cfg, inputs, sink.parts, stats, start); err != nil {
		return stats, err
	}
	if interrupted {
		return stats, fmt.Errorf("interrupted: %d documents written; run the same command again to complete the dataset", stats.Docs)
	}
	return stats, nil
}

// Process runs the per-document stages: clean, detect, segment, extract.
// skip, given a document id, names why the document is not wanted here
// ("existing", "shard") or returns "".
func (e *Engine) Process(d *Document, cfg Config, times *stageTimes, skip func(id string) string) {
	defer func() {
		if r := recover(); r != nil {
			d.fail("extract", fmt.Sprintf("internal error: %v (please report with this document)", r))
		}
	}()
	t0 := time.Now()
	if d.jsonLine != nil {
		lim := cfg.Limits
		if lim == (Limits{}) {
			lim = DefaultLimits
		}
		d.parseJSONL(lim)
		t1 := time.Now()
		times.add("read", t1.Sub(t0))
		t0 = t1
	}
	if d.Failed {
		return
	}
	e.clean(d, cfg)
	t1 := time.Now()
	times.add("clean", t1.Sub(t0))
	if d.Failed {
		return
	}
	if d.skip = skip(d.ID); d.skip != "" {
		return
	}
	d.Lang, d.LangConfidence = e.detector.Detect(d.Text)
	t2 := time.Now()
	times.add("detect", t2.Sub(t1))
	d.Doc = extract.Doc{Text: d.Text, Lang: d.Lang, Published: d.Published, PublishedSource: d.PubSource}
	slab := tokenSlabs.Get().(*[]extract.Token)
	d.Doc.Sentences, *slab = e.segmenter.SplitInto(d.Text, d.Lang, *slab)
	t3 := time.Now()
	times.add("segment", t3.Sub(t2))
	e.extract(d, cfg, times)
	// the rows need offsets, not tokens: the tokens go back to the pool
	// (no extractor keeps them) while the document waits to be written
	for i := range d.Doc.Sentences {
		d.Doc.Sentences[i].Tokens = nil
	}
	if cap(*slab) <= maxPooledTokens {
		tokenSlabs.Put(slab)
	}
}

// tokenSlabs holds the token arrays of documents done with them, so the
// next document reuses one instead of allocating (and the collector
// scanning) a fresh one.
var tokenSlabs = sync.Pool{New: func() any { return new([]extract.Token) }}

// maxPooledTokens: the array of an unusually long document is not kept.
const maxPooledTokens = 1 << 16

// committer hands finished documents to write in input order (by Seq).
// Whichever goroutine completes the next document due becomes the writer
// until no further document is ready; the others go on processing. write
// is never called concurrently.
type committer struct {
	mu      sync.Mutex
	pending map[int64]*Document
	next    int64
	busy    bool
	err     error
	write   func(*Document) error
}

func newCommitter(write func(*Document) error) *committer {
	return &committer{pending: map[int64]*Document{}, write: write}
}

// done records d as processed and writes whatever is due. It returns the
// error of a failed write (then and on every later call).
func (c *committer) done(d *Document) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.err != nil {
		return c.err
	}
	c.pending[d.Seq] = d
	if c.busy {
		return nil // the goroutine writing will find it
	}
	c.busy = true
	for {
		d, ok := c.pending[c.next]
		if !ok {
			c.busy = false
			return nil
		}
		delete(c.pending, c.next)
		c.next++
		c.mu.Unlock()
		err := c.write(d)
		c.mu.Lock()
		if err != nil {
			c.err = err
			return err
		}
	}
}
