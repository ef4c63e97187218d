package schemas

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/memory"
)

// Rows appended over several records (the builder reserving the size of
// the last one) come back unchanged, nulls and dates included.
func TestBuilderRecords(t *testing.T) {
	mem := memory.NewCheckedAllocator(memory.DefaultAllocator)
	defer mem.AssertSize(t, 0)
	tab, _ := Lookup("entities")
	b := NewBuilder(tab, mem)
	defer b.Release()
	for batch, n := range []int{3, 50, 1, 20} {
		var want []Entity
		for i := 0; i < n; i++ {
			e := Entity{DocID: fmt.Sprintf("d%d", batch), EntityID: fmt.Sprintf("e%d", i), SentIndex: int32(i), Type: "DATE",
				Text: fmt.Sprintf("le %d mars", i+1), Start: int32(10 * i), End: int32(10*i + 9), Normalized: "2019-03", Confidence: 0.5, Rule: "r"}
			if i%2 == 0 {
				k, d := "date", DateOf(2019, 3, i+1)
				e.Kind, e.DateStart, e.DateEnd = &k, &d, &d
			}
			b.Append(e)
			want = append(want, e)
		}
		rec := b.NewRecord()
		got, err := Rows(tab, rec)
		rec.Release()
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(got, want) {
			t.Fatalf("batch %d: got %+v\nwant %+v", batch, got, want)
		}
	}
}

// JSONRow, given a row column by column, writes what AppendJSON writes for
// the row struct; a column out of order or missing is a panic.
func TestJSONRow(t *testing.T) {
	tab, _ := Lookup("entities")
	k, d := "date", DateOf(2019, 3, 1)
	rows := []Entity{
		{DocID: "d", EntityID: "e0", SentIndex: 2, Type: "DATE", Text: "le 1er \"mars\"\n", Start: 3, End: 14, Normalized: "2019-03-01",
			Kind: &k, DateStart: &d, DateEnd: &d, Confidence: 0.7, Rule: "fr.day"},
		{DocID: "d", EntityID: "e1", Type: "ORG", Text: "Free", Normalized: "Free", Confidence: 0.95, Rule: "orgs.gazetteer"},
	}
	j := NewJSONRow(tab)
	str := func(p *string) string {
		if p == nil {
			return ""
		}
		return *p
	}
	for _, r := range rows {
		j.BeginRow()
		j.String(j.Col("doc_id"), r.DocID)
		j.String(j.Col("entity_id"), r.EntityID)
		j.Int32(j.Col("sent_index"), r.SentIndex)
		j.String(j.Col("type"), r.Type)
		j.String(j.Col("text"), r.Text)
		j.Int32(j.Col("start"), r.Start)
		j.Int32(j.Col("end"), r.End)
		j.String(j.Col("normalized"), r.Normalized)
		j.StringOrNull(j.Col("kind"), str(r.Kind))
		j.DateOrNull(j.Col("date_start"), r.DateStart)
		j.DateOrNull(j.Col("date_end"), r.DateEnd)
		j.StringOrNull(j.Col("granularity"), str(r.Granularity))
		j.StringOrNull(j.Col("mod"), str(r.Mod))
		j.Float32(j.Col("confidence"), r.Confidence)
		j.String(j.Col("rule"), r.Rule)
		j.EndRow()
		if got, want := string(j.Line()), string(AppendJSON(nil, r)); got != want {
			t.Errorf("JSONRow wrote\n%s\nAppendJSON writes\n%s", got, want)
		}
	}
	for name, row := range map[string]func(){
		"out of order": func() { j.BeginRow(); j.String(j.Col("entity_id"), "e0") },
		"missing":      func() { j.BeginRow(); j.String(j.Col("doc_id"), "d"); j.EndRow() },
	} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("%s column: no panic", name)
				}
			}()
			row()
		}()
	}
}
