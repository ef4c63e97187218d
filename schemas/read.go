package schemas

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/ipc"
	"github.com/apache/arrow-go/v18/arrow/memory"
	"github.com/apache/arrow-go/v18/parquet/file"
	"github.com/apache/arrow-go/v18/parquet/pqarrow"
)

// PartFiles lists the finished part files of a table folder in name order.
func PartFiles(outDir, table string) ([]string, error) {
	dir := filepath.Join(outDir, table)
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, e := range entries {
		n := e.Name()
		if strings.HasPrefix(n, ".") || e.IsDir() {
			continue
		}
		if strings.HasSuffix(n, ".parquet") || strings.HasSuffix(n, ".arrow") || strings.HasSuffix(n, ".jsonl") {
			out = append(out, filepath.Join(dir, n))
		}
	}
	sort.Strings(out)
	return out, nil
}

// ReadRows reads every part of a table in outDir into a slice of its row
// type (for example []Document).
func ReadRows(outDir string, t Table) (any, error) {
	files, err := PartFiles(outDir, t.Name)
	if err != nil {
		return nil, err
	}
	all := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(t.Row)), 0, 0)
	for _, f := range files {
		rows, err := ReadFile(f, t)
		if err != nil {
			return nil, err
		}
		all = reflect.AppendSlice(all, reflect.ValueOf(rows))
	}
	return all.Interface(), nil
}

// ReadFile reads one part file of table t.
func ReadFile(path string, t Table) (any, error) {
	all := reflect.MakeSlice(reflect.SliceOf(reflect.TypeOf(t.Row)), 0, 0)
	if strings.HasSuffix(path, ".jsonl") {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<30)
		for n := 1; sc.Scan(); n++ {
			row, err := DecodeJSON(t, sc.Bytes())
			if err != nil {
				return nil, fmt.Errorf("%s:%d: %v", path, n, err)
			}
			all = reflect.Append(all, reflect.ValueOf(row))
		}
		return all.Interface(), sc.Err()
	}
	err := eachRecord(path, func(rec arrow.RecordBatch) error {
		rows, err := Rows(t, rec)
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		all = reflect.AppendSlice(all, reflect.ValueOf(rows))
		return nil
	})
	return all.Interface(), err
}

// eachRecord calls fn for each record batch of a Parquet or Arrow IPC file.
func eachRecord(path string, fn func(arrow.RecordBatch) error) error {
	return eachRecordCols(path, "", fn)
}

// eachRecordCols is eachRecord reading only column only from Parquet files
// when only is not empty.
func eachRecordCols(path, only string, fn func(arrow.RecordBatch) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	if strings.HasSuffix(path, ".arrow") {
		r, err := ipc.NewFileReader(f, ipc.WithAllocator(memory.DefaultAllocator))
		if err != nil {
			return fmt.Errorf("%s: %v", path, err)
		}
		defer r.Close()
		for i := 0; i < r.NumRecords(); i++ {
			rec, err := r.RecordBatch(i)
			if err != nil {
				return err
			}
			if err := fn(rec); err != nil {
				return err
			}
		}
		return nil
	}
	pf, err := file.NewParquetReader(f)
	if err != nil {
		return fmt.Errorf("%s: %v", path, err)
	}
	defer pf.Close()
	fr, err := pqarrow.NewFileReader(pf, pqarrow.ArrowReadProperties{BatchSize: 1 << 15}, memory.DefaultAllocator)
	if err != nil {
		return err
	}
	var cols []int
	if only != "" {
		i := pf.MetaData().Schema.ColumnIndexByName(only)
		if i < 0 {
			return fmt.Errorf("%s: no column %s", path, only)
		}
		cols = []int{i}
	}
	rr, err := fr.GetRecordReader(context.Background(), cols, nil)
	if err != nil {
		return err
	}
	defer rr.Release()
	for rr.Next() {
		if err := fn(rr.RecordBatch()); err != nil {
			return err
		}
	}
	return rr.Err()
}

// ReadColumn reads one string column of a part file.
func ReadColumn(path, col string) ([]string, error) {
	var out []string
	if strings.HasSuffix(path, ".jsonl") {
		t, _ := Lookup(filepath.Base(filepath.Dir(path)))
		if t.Row == nil {
			t = Tables[0]
		}
		rows, err := ReadFile(path, t)
		if err != nil {
			return nil, err
		}
		v := reflect.ValueOf(rows)
		for i := 0; i < v.Len(); i++ {
			for _, c := range Columns(t.Row) {
				if c.Name == col {
					out = append(out, v.Index(i).Field(c.field).String())
				}
			}
		}
		return out, nil
	}
	err := eachRecordCols(path, col, func(rec arrow.RecordBatch) error {
		idx := rec.Schema().FieldIndices(col)
		if len(idx) == 0 {
			return fmt.Errorf("%s: no column %s", path, col)
		}
		a, ok := rec.Column(idx[0]).(*array.String)
		if !ok {
			return fmt.Errorf("%s: column %s is not a string", path, col)
		}
		for i := 0; i < a.Len(); i++ {
			out = append(out, a.Value(i))
		}
		return nil
	})
	return out, err
}
