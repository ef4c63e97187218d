package schemas

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"unicode/utf8"
)

// AppendJSON appends row as one JSON object, columns in schema order, to dst.
// Nulls are written as null so every line has every key.
func AppendJSON(dst []byte, row any) []byte {
	v := reflect.ValueOf(row)
	cols := columnsCached(v.Type())
	dst = append(dst, '{')
	for i, c := range cols {
		if i > 0 {
			dst = append(dst, ',')
		}
		dst = appendString(dst, c.Name)
		dst = append(dst, ':')
		f := v.Field(c.field)
		if c.Nullable {
			if f.IsNil() {
				dst = append(dst, "null"...)
				continue
			}
			f = f.Elem()
		}
		switch c.kind {
		case kString:
			dst = appendString(dst, f.String())
		case kInt32:
			dst = strconv.AppendInt(dst, f.Int(), 10)
		case kFloat32:
			dst = strconv.AppendFloat(dst, f.Float(), 'g', -1, 32)
		case kFloat64:
			dst = strconv.AppendFloat(dst, f.Float(), 'g', -1, 64)
		case kDate:
			dst = appendString(dst, Date(f.Int()).String())
		}
	}
	return append(dst, '}')
}

// appendString writes s as a JSON string without HTML escaping, so golden
// files stay readable.
func appendString(dst []byte, s string) []byte {
	const hex = "0123456789abcdef"
	dst = append(dst, '"')
	for _, r := range s {
		switch {
		case r == '"' || r == '\\':
			dst = append(dst, '\\', byte(r))
		case r == '\n':
			dst = append(dst, '\\', 'n')
		case r == '\r':
			dst = append(dst, '\\', 'r')
		case r == '\t':
			dst = append(dst, '\\', 't')
		case r < 0x20 || r == 0x2028 || r == 0x2029:
			dst = append(dst, '\\', 'u', hex[r>>12&0xf], hex[r>>8&0xf], hex[r>>4&0xf], hex[r&0xf])
		default:
			dst = utf8.AppendRune(dst, r)
		}
	}
	return append(dst, '"')
}

var colCache = map[reflect.Type][]Column{}

func init() {
	for _, t := range Tables {
		colCache[reflect.TypeOf(t.Row)] = Columns(t.Row)
	}
}

func columnsCached(t reflect.Type) []Column {
	if c, ok := colCache[t]; ok {
		return c
	}
	panic(fmt.Sprintf("schemas: %s is not a table row", t))
}

// DecodeJSON reads one JSON object written by AppendJSON into a row of table t.
func DecodeJSON(t Table, line []byte) (any, error) {
	var m map[string]json.RawMessage
	if err := json.Unmarshal(line, &m); err != nil {
		return nil, err
	}
	rt := reflect.TypeOf(t.Row)
	out := reflect.New(rt).Elem()
	for _, c := range columnsCached(rt) {
		raw, ok := m[c.Name]
		if !ok || string(raw) == "null" {
			continue
		}
		f := out.Field(c.field)
		if err := json.Unmarshal(raw, f.Addr().Interface()); err != nil {
			return nil, fmt.Errorf("column %s: %w", c.Name, err)
		}
	}
	return out.Interface(), nil
}

// JSONRow writes one row at a time column by column, as AppendJSON writes
// a row struct: the same RowBuilder calls as an Arrow Builder take, so a
// row is built one way whatever the format. Columns come in schema order.
type JSONRow struct {
	table Table
	cols  []Column
	line  []byte
	next  int // index of the column expected next
}

// NewJSONRow returns a row writer for table t.
func NewJSONRow(t Table) *JSONRow {
	return &JSONRow{table: t, cols: columnsCached(reflect.TypeOf(t.Row))}
}

// Col returns the index of the column called name (see Builder.Col).
func (j *JSONRow) Col(name string) int { return colIndex(j.table, j.cols, name) }

// BeginRow starts a row.
func (j *JSONRow) BeginRow() { j.line, j.next = append(j.line[:0], '{'), 0 }

// EndRow completes the row; Line then holds it.
func (j *JSONRow) EndRow() {
	if j.next != len(j.cols) {
		panic(fmt.Sprintf("schemas: row of %s ended after %d of %d columns", j.table.Name, j.next, len(j.cols)))
	}
	j.line = append(j.line, '}')
}

// Line is the last row written, without a line end.
func (j *JSONRow) Line() []byte { return j.line }

func (j *JSONRow) key(col int) {
	if col != j.next {
		panic(fmt.Sprintf("schemas: column %s of %s written out of order", j.cols[col].Name, j.table.Name))
	}
	if col > 0 {
		j.line = append(j.line, ',')
	}
	j.line = appendString(j.line, j.cols[col].Name)
	j.line = append(j.line, ':')
	j.next++
}

func (j *JSONRow) String(col int, s string) {
	j.key(col)
	j.line = appendString(j.line, s)
}

func (j *JSONRow) StringOrNull(col int, s string) {
	if s == "" {
		j.key(col)
		j.line = append(j.line, "null"...)
		return
	}
	j.String(col, s)
}

func (j *JSONRow) Int32(col int, v int32) {
	j.key(col)
	j.line = strconv.AppendInt(j.line, int64(v), 10)
}

func (j *JSONRow) Float32(col int, v float32) {
	j.key(col)
	j.line = strconv.AppendFloat(j.line, float64(v), 'g', -1, 32)
}

func (j *JSONRow) DateOrNull(col int, d *Date) {
	j.key(col)
	if d == nil {
		j.line = append(j.line, "null"...)
		return
	}
	j.line = appendString(j.line, d.String())
}
