package schemas

import (
	"fmt"
	"reflect"

	"github.com/apache/arrow-go/v18/arrow"
	"github.com/apache/arrow-go/v18/arrow/array"
	"github.com/apache/arrow-go/v18/arrow/memory"
)

// Column is one column of a table, derived from a row struct field.
type Column struct {
	Name     string
	Doc      string
	Type     arrow.DataType
	Nullable bool
	field    int
	kind     colKind
}

type colKind int

const (
	kString colKind = iota
	kInt32
	kFloat32
	kFloat64
	kDate
)

var dateType = reflect.TypeOf(Date(0))

// Columns derives the columns of a row struct from its tags.
func Columns(row any) []Column {
	t := reflect.TypeOf(row)
	cols := make([]Column, 0, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		name := f.Tag.Get("col")
		if name == "" {
			continue
		}
		c := Column{Name: name, Doc: f.Tag.Get("doc"), field: i}
		ft := f.Type
		if ft.Kind() == reflect.Pointer {
			c.Nullable = true
			ft = ft.Elem()
		}
		switch {
		case ft == dateType:
			c.Type, c.kind = arrow.FixedWidthTypes.Date32, kDate
		case ft.Kind() == reflect.String:
			c.Type, c.kind = arrow.BinaryTypes.String, kString
		case ft.Kind() == reflect.Int32:
			c.Type, c.kind = arrow.PrimitiveTypes.Int32, kInt32
		case ft.Kind() == reflect.Float32:
			c.Type, c.kind = arrow.PrimitiveTypes.Float32, kFloat32
		case ft.Kind() == reflect.Float64:
			c.Type, c.kind = arrow.PrimitiveTypes.Float64, kFloat64
		default:
			panic(fmt.Sprintf("schemas: unsupported field type %s for column %s", f.Type, name))
		}
		cols = append(cols, c)
	}
	return cols
}

// Schema returns the Arrow schema of a table, with each column's
// documentation in its field metadata under "doc".
func (t Table) Schema() *arrow.Schema {
	cols := Columns(t.Row)
	fields := make([]arrow.Field, len(cols))
	for i, c := range cols {
		fields[i] = arrow.Field{
			Name:     c.Name,
			Type:     c.Type,
			Nullable: c.Nullable,
			Metadata: arrow.NewMetadata([]string{"doc"}, []string{c.Doc}),
		}
	}
	md := arrow.NewMetadata([]string{"table", "doc"}, []string{t.Name, t.Doc})
	return arrow.NewSchema(fields, &md)
}

// Builder accumulates rows of one table into Arrow arrays.
type Builder struct {
	table Table
	cols  []Column
	rb    *array.RecordBuilder
	strs  []*array.StringBuilder // by column, nil for other types
	n     int
	// size of the last record, reserved for the next one at its first row
	// (one allocation per buffer rather than a doubling series)
	lastRows int
	lastData []int
}

// NewBuilder returns a builder for table t.
func NewBuilder(t Table, mem memory.Allocator) *Builder {
	b := &Builder{table: t, cols: Columns(t.Row), rb: array.NewRecordBuilder(mem, t.Schema())}
	b.strs = make([]*array.StringBuilder, len(b.cols))
	for i := range b.cols {
		b.strs[i], _ = b.rb.Field(i).(*array.StringBuilder)
	}
	return b
}

// Col returns the index of the column called name, for the RowBuilder calls
// below; it panics when the table has no such column (a programming error
// caught by any test writing the table).
func (b *Builder) Col(name string) int { return colIndex(b.table, b.cols, name) }

func colIndex(t Table, cols []Column, name string) int {
	for i, c := range cols {
		if c.Name == name {
			return i
		}
	}
	panic(fmt.Sprintf("schemas: table %s has no column %s", t.Name, name))
}

// RowBuilder takes one row column by column: BeginRow, one call per
// column (in schema order), EndRow. Builder (Arrow) and JSONRow implement it.
type RowBuilder interface {
	Col(name string) int
	BeginRow()
	String(col int, s string)
	StringOrNull(col int, s string)
	Int32(col int, v int32)
	Float32(col int, v float32)
	DateOrNull(col int, d *Date)
	EndRow()
}

// BeginRow starts a row given column by column (RowBuilder);
// every column must then get one value before EndRow. This is Append
// without a row struct: no reflection, no allocation per row.
func (b *Builder) BeginRow() {
	if b.n == 0 && b.lastRows > 0 {
		b.reserve()
	}
}

// EndRow completes a row started with BeginRow.
func (b *Builder) EndRow() { b.n++ }

// String appends s to string column col.
func (b *Builder) String(col int, s string) { b.strs[col].Append(s) }

// StringOrNull appends s, or null for "", to nullable string column col.
func (b *Builder) StringOrNull(col int, s string) {
	if s == "" {
		b.strs[col].AppendNull()
		return
	}
	b.strs[col].Append(s)
}

// Int32 appends v to int32 column col.
func (b *Builder) Int32(col int, v int32) { b.rb.Field(col).(*array.Int32Builder).Append(v) }

// Float32 appends v to float32 column col.
func (b *Builder) Float32(col int, v float32) { b.rb.Field(col).(*array.Float32Builder).Append(v) }

// DateOrNull appends the day, or null for nil, to nullable date32 column col.
func (b *Builder) DateOrNull(col int, d *Date) {
	db := b.rb.Field(col).(*array.Date32Builder)
	if d == nil {
		db.AppendNull()
		return
	}
	db.Append(arrow.Date32(*d))
}

// Len is the number of rows appended since the last NewRecord.
func (b *Builder) Len() int { return b.n }

// Append adds one row; row must be a value of the table's row struct.
func (b *Builder) Append(row any) {
	if b.n == 0 && b.lastRows > 0 {
		b.reserve()
	}
	v := reflect.ValueOf(row)
	for i, c := range b.cols {
		f := v.Field(c.field)
		fb := b.rb.Field(i)
		if c.Nullable {
			if f.IsNil() {
				fb.AppendNull()
				continue
			}
			f = f.Elem()
		}
		switch c.kind {
		case kString:
			fb.(*array.StringBuilder).Append(f.String())
		case kInt32:
			fb.(*array.Int32Builder).Append(int32(f.Int()))
		case kFloat32:
			fb.(*array.Float32Builder).Append(float32(f.Float()))
		case kFloat64:
			fb.(*array.Float64Builder).Append(f.Float())
		case kDate:
			fb.(*array.Date32Builder).Append(arrow.Date32(f.Int()))
		}
	}
	b.n++
}

// NewRecord returns the rows appended so far as a record and resets the builder.
func (b *Builder) NewRecord() arrow.RecordBatch {
	b.lastRows, b.n = b.n, 0
	b.lastData = b.lastData[:0]
	for i := range b.cols {
		n := 0
		if sb, ok := b.rb.Field(i).(*array.StringBuilder); ok {
			n = sb.DataLen()
		}
		b.lastData = append(b.lastData, n)
	}
	return b.rb.NewRecordBatch()
}

func (b *Builder) reserve() {
	for i := range b.cols {
		fb := b.rb.Field(i)
		fb.Reserve(b.lastRows)
		if sb, ok := fb.(*array.StringBuilder); ok {
			sb.ReserveData(b.lastData[i])
		}
	}
}

// Release frees the builder's memory.
func (b *Builder) Release() { b.rb.Release() }

// Rows converts a record of table t back to row structs (a slice of the row type).
func Rows(t Table, rec arrow.RecordBatch) (any, error) {
	cols := Columns(t.Row)
	rt := reflect.TypeOf(t.Row)
	out := reflect.MakeSlice(reflect.SliceOf(rt), int(rec.NumRows()), int(rec.NumRows()))
	sch := rec.Schema()
	for _, c := range cols {
		idx := sch.FieldIndices(c.Name)
		if len(idx) == 0 {
			return nil, fmt.Errorf("table %s: column %s missing", t.Name, c.Name)
		}
		arr := rec.Column(idx[0])
		for r := 0; r < int(rec.NumRows()); r++ {
			if arr.IsNull(r) {
				continue
			}
			f := out.Index(r).Field(c.field)
			var val reflect.Value
			switch a := arr.(type) {
			case *array.String:
				val = reflect.ValueOf(a.Value(r))
			case *array.LargeString:
				val = reflect.ValueOf(a.Value(r))
			case *array.Int32:
				val = reflect.ValueOf(a.Value(r))
			case *array.Int64:
				val = reflect.ValueOf(int32(a.Value(r)))
			case *array.Float32:
				val = reflect.ValueOf(a.Value(r))
			case *array.Float64:
				val = reflect.ValueOf(a.Value(r))
			case *array.Date32:
				val = reflect.ValueOf(Date(a.Value(r)))
			case *array.Dictionary:
				dict, ok := a.Dictionary().(*array.String)
				if !ok {
					return nil, fmt.Errorf("table %s: column %s: unsupported dictionary", t.Name, c.Name)
				}
				val = reflect.ValueOf(dict.Value(a.GetValueIndex(r)))
			default:
				return nil, fmt.Errorf("table %s: column %s: unsupported type %s", t.Name, c.Name, arr.DataType())
			}
			if c.Nullable {
				p := reflect.New(f.Type().Elem())
				p.Elem().Set(val.Convert(f.Type().Elem()))
				f.Set(p)
			} else {
				f.Set(val.Convert(f.Type()))
			}
		}
	}
	return out.Interface(), nil
}
