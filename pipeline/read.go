package pipeline

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync/atomic"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/klauspost/compress/gzip"
	"github.com/klauspost/compress/zstd"
	"golang.org/x/text/encoding/charmap"

	"github.com/newsextract/newsextract/schemas"
)

// Limits bound what one input may cost.
type Limits struct {
	MaxDocBytes          int64 // largest article text accepted
	MaxDecompressedBytes int64 // largest expansion of a compressed single-document file (gzip bombs)
	MaxFileBytes         int64 // largest decompressed stream read from one compressed JSONL or WARC file
	MaxLineBytes         int   // longest JSONL line
}

// DefaultLimits are safe for a laptop run over an unknown dump: a news
// article is a few kilobytes, so 8 MB of text is already not an article.
var DefaultLimits = Limits{MaxDocBytes: 8 << 20, MaxDecompressedBytes: 64 << 20, MaxFileBytes: 4 << 30, MaxLineBytes: 64 << 20}

// Input is one file or stream found under the inputs, in reading order.
type Input struct {
	Path   string // path on disk, or "-" for stdin
	Source string // name used in the tables (relative to the input root)
	Format string // txt | jsonl | html | warc
	Codec  string // "" | gz | zst
	Size   int64  // bytes on disk (0 for stdin)
}

// formats maps a file extension to its format.
var formats = map[string]string{
	".txt": "txt", ".text": "txt",
	".jsonl": "jsonl", ".ndjson": "jsonl",
	".html": "html", ".htm": "html",
	".warc": "warc",
}

// classify returns the format and codec of a file name, or "" when it is not an input.
func classify(name string) (format, codec string) {
	lower := strings.ToLower(name)
	switch {
	case strings.HasSuffix(lower, ".gz"):
		codec, lower = "gz", strings.TrimSuffix(lower, ".gz")
	case strings.HasSuffix(lower, ".zst"):
		codec, lower = "zst", strings.TrimSuffix(lower, ".zst")
	}
	return formats[filepath.Ext(lower)], codec
}

// InputError is an input path that could not be listed or opened.
type InputError struct {
	Path, Message string
}

func (e InputError) Error() string { return e.Path + ": " + e.Message }

// Discover lists the inputs named on the command line, folders walked
// recursively in lexical order. Files of other types are returned in skipped.
func Discover(args []string, followSymlinks bool) (inputs []Input, skipped []string, errs []InputError) {
	for _, arg := range args {
		if arg == "-" {
			inputs = append(inputs, Input{Path: "-", Source: "stdin", Format: "jsonl"})
			continue
		}
		st, err := os.Stat(arg)
		if err != nil {
			errs = append(errs, InputError{arg, unwrapPath(err).Error()})
			continue
		}
		if !st.IsDir() {
			f, c := classify(arg)
			if f == "" {
				f = "txt" // a file named explicitly is read as text
			}
			inputs = append(inputs, Input{Path: arg, Source: filepath.ToSlash(filepath.Clean(arg)), Format: f, Codec: c, Size: st.Size()})
			continue
		}
		root := arg
		rootReal, _ := filepath.EvalSymlinks(root)
		seen := map[string]bool{}
		var walk func(dir, rel string)
		walk = func(dir, rel string) {
			real, err := filepath.EvalSymlinks(dir)
			if err == nil {
				if seen[real] {
					errs = append(errs, InputError{dir, "symlink loop, not followed"})
					return
				}
				seen[real] = true
			}
			entries, err := os.ReadDir(dir)
			if err != nil {
				errs = append(errs, InputError{dir, unwrapPath(err).Error()})
				return
			}
			sort.Slice(entries, func(i, j int) bool { return entries[i].Name() < entries[j].Name() })
			for _, e := range entries {
				p := filepath.Join(dir, e.Name())
				r := filepath.ToSlash(filepath.Join(rel, e.Name()))
				if strings.HasPrefix(e.Name(), ".") {
					continue
				}
				typ := e.Type()
				if typ&fs.ModeSymlink != 0 {
					target, err := filepath.EvalSymlinks(p)
					if err != nil {
						errs = append(errs, InputError{p, "broken symlink or symlink loop, not followed"})
						continue
					}
					if !followSymlinks && !within(rootReal, target) {
						skipped = append(skipped, r+" (symlink outside the input root; use --follow-symlinks)")
						continue
					}
					st, err := os.Stat(p)
					if err != nil {
						errs = append(errs, InputError{p, unwrapPath(err).Error()})
						continue
					}
					if st.IsDir() {
						walk(p, r)
						continue
					}
				} else if e.IsDir() {
					walk(p, r)
					continue
				}
				f, c := classify(e.Name())
				if f == "" {
					skipped = append(skipped, r)
					continue
				}
				var size int64
				if info, err := e.Info(); err == nil {
					size = info.Size()
				}
				inputs = append(inputs, Input{Path: p, Source: r, Format: f, Codec: c, Size: size})
			}
		}
		walk(root, "")
	}
	return inputs, skipped, errs
}

func within(root, p string) bool {
	rel, err := filepath.Rel(root, p)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, "../")
}

func unwrapPath(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// errLimit is returned by a limitedReader that went past its limit.
type errLimit struct {
	what  string
	limit int64
}

func (e errLimit) Error() string {
	return fmt.Sprintf("%s expands past %s limit", e.what, humanBytes(e.limit))
}

type limitedReader struct {
	r     io.Reader
	left  int64
	limit int64
	what  string
}

func (l *limitedReader) Read(p []byte) (int, error) {
	if l.left <= 0 {
		var one [1]byte
		if n, _ := l.r.Read(one[:]); n > 0 {
			return 0, errLimit{l.what, l.limit}
		}
		return 0, io.EOF
	}
	if int64(len(p)) > l.left {
		p = p[:l.left]
	}
	n, err := l.r.Read(p)
	l.left -= int64(n)
	return n, err
}

func humanBytes(n int64) string {
	switch {
	case n >= 1<<30 && n%(1<<30) == 0:
		return fmt.Sprintf("%d GB", n>>30)
	case n >= 1<<20:
		return fmt.Sprintf("%d MB", n>>20)
	case n >= 1<<10:
		return fmt.Sprintf("%d KB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// countingReader counts the bytes read from disk, for progress.
type countingReader struct {
	io.ReadCloser
	n *atomic.Int64
}

func (c countingReader) Read(p []byte) (int, error) {
	n, err := c.ReadCloser.Read(p)
	c.n.Add(int64(n))
	return n, err
}

// open returns the decompressed content of an input; read counts the
// bytes taken from disk.
func open(in Input, lim Limits, stdin io.Reader, read *atomic.Int64) (io.ReadCloser, error) {
	var f io.ReadCloser
	if in.Path == "-" {
		f = io.NopCloser(stdin)
	} else {
		file, err := os.Open(in.Path)
		if err != nil {
			return nil, unwrapPath(err)
		}
		f = file
	}
	if read != nil {
		f = countingReader{f, read}
	}
	switch in.Codec {
	case "gz":
		gz, err := gzip.NewReader(f)
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("gzip: %v", err)
		}
		return readCloser{&limitedReader{r: gz, left: lim.MaxFileBytes, limit: lim.MaxFileBytes, what: "gzip"}, f}, nil
	case "zst":
		zr, err := zstd.NewReader(f, zstd.WithDecoderConcurrency(1), zstd.WithDecoderMaxMemory(uint64(lim.MaxFileBytes)))
		if err != nil {
			f.Close()
			return nil, fmt.Errorf("zstd: %v", err)
		}
		return readCloser{&limitedReader{r: zr, left: lim.MaxFileBytes, limit: lim.MaxFileBytes, what: "zstd"}, closerFunc(func() error { zr.Close(); return f.Close() })}, nil
	}
	return f, nil
}

type readCloser struct {
	io.Reader
	io.Closer
}

type closerFunc func() error

func (c closerFunc) Close() error { return c() }

// readAll reads r up to max bytes; past it, it returns an errLimit.
func readAll(r io.Reader, max int64, what string) ([]byte, error) {
	b, err := io.ReadAll(&limitedReader{r: r, left: max, limit: max, what: what})
	if err != nil {
		var el errLimit
		if errors.As(err, &el) {
			return nil, err
		}
		return b, describeReadError(err)
	}
	return b, nil
}

func describeReadError(err error) error {
	switch {
	case errors.Is(err, io.ErrUnexpectedEOF):
		return errors.New("truncated file (unexpected end of data)")
	case errors.Is(err, gzip.ErrChecksum):
		return errors.New("gzip: checksum mismatch (corrupt file)")
	}
	var el errLimit
	if errors.As(err, &el) {
		return el
	}
	return err
}

// decodeText turns the bytes of a text file into UTF-8: BOMs are honoured
// (UTF-8, UTF-16), text that is not valid UTF-8 but has no valid multi-byte
// sequence is read as Windows-1252 (the common legacy encoding of French
// sites), and binary content is refused.
func decodeText(b []byte) (string, string, error) {
	switch {
	case bytes.HasPrefix(b, []byte{0xEF, 0xBB, 0xBF}):
		b = b[3:]
	case bytes.HasPrefix(b, []byte{0xFF, 0xFE}), bytes.HasPrefix(b, []byte{0xFE, 0xFF}):
		return decodeUTF16(b), "", nil
	}
	if looksBinary(b) {
		return "", "", errors.New("binary content (not text): skipped")
	}
	if utf8.Valid(b) {
		return string(b), "", nil
	}
	if !hasUTF8Multibyte(b) {
		s, err := charmap.Windows1252.NewDecoder().Bytes(b)
		if err == nil {
			return string(s), "", nil
		}
	}
	// mostly UTF-8 with stray bytes: keep the text, say so
	n := 0
	var sb strings.Builder
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size == 1 {
			n++
			sb.WriteRune('\uFFFD')
		} else {
			sb.Write(b[:size])
		}
		b = b[size:]
	}
	return sb.String(), fmt.Sprintf("invalid UTF-8: %d byte(s) replaced by U+FFFD", n), nil
}

func decodeUTF16(b []byte) string {
	big := b[0] == 0xFE
	b = b[2:]
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if big {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// looksBinary reports NUL bytes or a high share of control bytes in the first 8 KB.
func looksBinary(b []byte) bool {
	head := b
	if len(head) > 8192 {
		head = head[:8192]
	}
	ctrl := 0
	for _, c := range head {
		if c == 0 {
			return true
		}
		if c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' {
			ctrl++
		}
	}
	return len(head) > 0 && ctrl*10 > len(head)
}

func hasUTF8Multibyte(b []byte) bool {
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if size > 1 && r != utf8.RuneError {
			return true
		}
		b = b[size:]
	}
	return false
}

// emitFunc receives each document or error read, in input order.
type emitFunc func(*Document) error

// readInput reads one input and emits its documents. Problems with the whole
// input become one failed document (an errors row); problems with one JSONL
// line become an errors row for that line, and reading goes on.
func readInput(ctx context.Context, in Input, lim Limits, stdin io.Reader, emit emitFunc, skipped *int64, read *atomic.Int64) error {
	rc, err := open(in, lim, stdin, read)
	if err != nil {
		d := &Document{Source: in.Source}
		d.fail("read", err.Error())
		return emit(d)
	}
	defer rc.Close()
	switch in.Format {
	case "jsonl":
		return readJSONL(ctx, in, rc, lim, emit)
	case "html":
		return readHTMLFile(in, rc, lim, emit)
	case "warc":
		return readWARC(ctx, in, rc, lim, emit, skipped)
	}
	d := &Document{Source: in.Source}
	b, err := readAll(rc, lim.MaxDocBytes, "document")
	if err != nil {
		var el errLimit
		if !errors.As(err, &el) {
			d.fail("read", err.Error())
			return emit(d)
		}
		// too large: read on without keeping it, to tell a bomb from a big file
		rest := lim.MaxDecompressedBytes - lim.MaxDocBytes
		_, err := io.Copy(io.Discard, &limitedReader{r: rc, left: rest, limit: rest, what: "x"})
		switch {
		case in.Codec != "" && errors.As(err, &el):
			d.fail("read", fmt.Sprintf("%s: expands past %s limit (--max-decompressed-bytes)", codecName(in.Codec), humanBytes(lim.MaxDecompressedBytes)))
		case err != nil && !errors.As(err, &el):
			d.fail("read", describeReadError(err).Error())
		default:
			d.fail("read", fmt.Sprintf("document larger than the %s limit (--max-doc-bytes)", humanBytes(lim.MaxDocBytes)))
		}
		return emit(d)
	}
	text, warn, err := decodeText(b)
	if err != nil {
		d.fail("decode", err.Error())
		return emit(d)
	}
	if warn != "" {
		d.Errors = append(d.Errors, schemas.Error{Source: d.Source, Stage: "decode", Message: warn})
	}
	d.Raw = text
	return emit(d)
}

func codecName(c string) string {
	if c == "gz" {
		return "gzip"
	}
	return c
}

// lineReader reads lines of at most max bytes; a longer line is reported
// and skipped without holding it in memory.
type lineReader struct {
	r   *bufio.Reader
	max int
	buf []byte
}

func (l *lineReader) next() (line []byte, tooLong bool, err error) {
	l.buf = l.buf[:0]
	for {
		chunk, err := l.r.ReadSlice('\n')
		if len(l.buf)+len(chunk) > l.max {
			tooLong = true
		} else {
			l.buf = append(l.buf, chunk...)
		}
		if err == bufio.ErrBufferFull {
			continue
		}
		if err != nil && len(l.buf) == 0 && !tooLong {
			return nil, false, err
		}
		if tooLong {
			l.buf = l.buf[:0]
		}
		return bytes.TrimRight(l.buf, "\r\n"), tooLong, nil
	}
}
