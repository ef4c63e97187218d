package pipeline

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkProcess measures the per-document stages (clean, detect,
// segment, every extractor) on the sample articles, without I/O.
func BenchmarkProcess(b *testing.B) {
	eng := testEngine(b)
	files, _ := filepath.Glob("../testdata/inputs/*.txt")
	var raws []string
	size := 0
	for _, f := range files {
		x, _ := os.ReadFile(f)
		raws = append(raws, string(x))
		size += len(x)
	}
	times := &stageTimes{ns: map[string]int64{}}
	b.SetBytes(int64(size))
	for i := 0; i < b.N; i++ {
		for _, r := range raws {
			d := &Document{Raw: r}
			eng.Process(d, Config{}, times, func(string) string { return "" })
		}
	}
}
