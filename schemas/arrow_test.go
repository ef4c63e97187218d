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
