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
