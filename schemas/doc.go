// Package schemas declares every output table once: a Go row struct whose
// field tags give the column name and its documentation. The Arrow schema,
// the Parquet/Arrow/JSONL writers, the readers used by eval and the output of
// `newsextract schema` are all derived from these declarations.
//
// To add a column: add a field with `col` and `doc` tags to the row struct.
// Supported Go types: string, *string (nullable), int32, float32, float64,
// Date and *Date (date32).
package schemas
