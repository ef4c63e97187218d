package pipeline

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"

	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet"
	"github.com/apache/arrow-go/v18/parquet/compress"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"

	"github.com/newsextract/newsextract/schemas"
)

// Output formats.
const (
	FormatParquet = "parquet"
	FormatArrow   = "arrow"
	FormatJSONL   = "jsonl"
)

// RowGroupRows is the number of rows per Parquet row group (and Arrow
// record batch): large enough for readers to skip by statistics, small
// enough to bound memory. Text-heavy tables also flush on flushBytes.
const (
	RowGroupRows = 65536
	flushBytes   = 8 << 20
)

// dictionaryColumns are dictionary-encoded in Parquet: few distinct
// values, often filtered on.
var dictionaryColumns = []string{"lang", "published_source", "type", "kind", "granularity", "mod", "rule", "modality", "stage", "normalized", "agent", "target", "court", "attributed_to", "source"}

// tableWriter writes one table to one part file, atomically: rows go to a
// hidden temporary file that is renamed when Close succeeds.
type tableWriter struct {
	table   schemas.Table
	format  string
	final   string
	tmp     string
	f       *os.File
	bw      *bufio.Writer
	pq      *pqarrow.FileWriter
	ipcw    *ipc.FileWriter
	b       *schemas.Builder // Arrow-backed formats
	j       *schemas.JSONRow // JSONL
	pending int              // bytes of text buffered
	rows    int64
	line    []byte
	done    bool // closed or aborted
}

func newTableWriter(dir string, t schemas.Table, format, part string) (*tableWriter, error) {
	tdir := filepath.Join(dir, t.Name)
	if err := os.MkdirAll(tdir, 0o755); err != nil {
		return nil, err
	}
	ext := map[string]string{FormatParquet: ".parquet", FormatArrow: ".arrow", FormatJSONL: ".jsonl"}[format]
	w := &tableWriter{table: t, format: format, final: filepath.Join(tdir, part+ext)}
	w.tmp = filepath.Join(tdir, "."+part+ext+".tmp")
	f, err := os.Create(w.tmp)
	if err != nil {
		return nil, err
	}
	w.f = f
	switch format {
	case FormatParquet:
		opts := []parquet.WriterProperty{
			parquet.WithCompression(compress.Codecs.Zstd),
			// zstd's fastest level: the writer is one goroutine for every
			// worker, and the files are a tenth of the input already
			parquet.WithCompressionLevel(1),
			// dictionaries for the low-cardinality columns readers filter
			// on; building them for free text costs the writer and saves little
			parquet.WithDictionaryDefault(false),
			parquet.WithStats(true),
			// min/max of long texts help no reader to skip a row group
			parquet.WithStatsFor("text", false),
			parquet.WithStatsFor("sentence", false),
			parquet.WithMaxRowGroupLength(RowGroupRows),
			parquet.WithCreatedBy("newsextract"),
		}
		for _, col := range dictionaryColumns {
			opts = append(opts, parquet.WithDictionaryFor(col, true))
		}
		props := parquet.NewWriterProperties(opts...)
		w.pq, err = pqarrow.NewFileWriter(t.Schema(), f, props, pqarrow.NewArrowWriterProperties(pqarrow.WithStoreSchema()))
	case FormatArrow:
		w.ipcw, err = ipc.NewFileWriter(f, ipc.WithSchema(t.Schema()), ipc.WithZstd())
	case FormatJSONL:
		w.bw = bufio.NewWriterSize(f, 1<<16)
	default:
		err = fmt.Errorf("unknown format %q", format)
	}
	if err != nil {
		f.Close()
		os.Remove(w.tmp)
		return nil, err
	}
	if format == FormatJSONL {
		w.j = schemas.NewJSONRow(t)
	} else {
		w.b = schemas.NewBuilder(t, memory.DefaultAllocator)
	}
	return w, nil
}

// Append adds a row struct; textBytes is the size of its large string
// columns, used to flush before memory grows.
func (w *tableWriter) Append(row any, textBytes int) error {
	if w.j != nil {
		w.line = schemas.AppendJSON(w.line[:0], row)
		return w.writeLine(w.line)
	}
	w.b.Append(row)
	return w.added(textBytes)
}

// Row starts a row given column by column, the way for tables with many
// rows: no row struct, no reflection. EndRow completes it.
func (w *tableWriter) Row() schemas.RowBuilder {
	rb := w.rowBuilder()
	rb.BeginRow()
	return rb
}

func (w *tableWriter) rowBuilder() schemas.RowBuilder {
	if w.j != nil {
		return w.j
	}
	return w.b
}

// EndRow completes a row started with Row; textBytes as for Append.
func (w *tableWriter) EndRow(textBytes int) error {
	if w.j != nil {
		w.j.EndRow()
		return w.writeLine(w.j.Line())
	}
	w.b.EndRow()
	return w.added(textBytes)
}

func (w *tableWriter) writeLine(line []byte) error {
	w.rows++
	w.bw.Write(line)
	return w.bw.WriteByte('\n') // a write error sticks: this returns it
}

// added counts a row given to the Arrow builder and writes a row group
// when the builder holds enough.
func (w *tableWriter) added(textBytes int) error {
	w.rows++
	w.pending += textBytes
	if w.b.Len() >= RowGroupRows || w.pending >= flushBytes {
		return w.flush()
	}
	return nil
}

func (w *tableWriter) flush() error {
	if w.b == nil || w.b.Len() == 0 {
		return nil
	}
	rec := w.b.NewRecord()
	defer rec.Release()
	w.pending = 0
	if w.pq != nil {
		return w.pq.Write(rec)
	}
	return w.ipcw.Write(rec)
}

// Close finishes the file and renames it to its final name.
func (w *tableWriter) Close() error {
	if w.done {
		return nil
	}
	w.done = true
	err := w.flush()
	if w.b != nil {
		w.b.Release()
	}
	var cerr error
	switch {
	case w.pq != nil:
		cerr = w.pq.Close() // closes f
	case w.ipcw != nil:
		cerr = w.ipcw.Close()
		if e := w.f.Close(); cerr == nil {
			cerr = e
		}
	default:
		cerr = w.bw.Flush()
		if e := w.f.Close(); cerr == nil {
			cerr = e
		}
	}
	if err == nil {
		err = cerr
	}
	if err == nil {
		err = syncFile(w.tmp)
	}
	if err != nil {
		os.Remove(w.tmp)
		return fmt.Errorf("write %s: %w", w.table.Name, err)
	}
	return os.Rename(w.tmp, w.final)
}

// Abort removes the temporary file: nothing half-written is left behind.
func (w *tableWriter) Abort() {
	if w.done {
		return
	}
	w.done = true
	switch {
	case w.pq != nil:
		w.pq.Close()
	case w.ipcw != nil:
		w.ipcw.Close()
		w.f.Close()
	default:
		w.f.Close()
	}
	if w.b != nil {
		w.b.Release()
	}
	os.Remove(w.tmp)
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return err
	}
	defer f.Close()
	return f.Sync()
}
