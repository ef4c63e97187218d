package pipeline

import (
	"errors"
	"math/rand"
	"sync"
	"sync/atomic"
	"testing"
)

// Documents completed by many goroutines in any order are written once
// each, in Seq order, by one goroutine at a time.
func TestCommitterOrder(t *testing.T) {
	const n = 5000
	var got []int64
	var inWrite atomic.Int32
	c := newCommitter(func(d *Document) error {
		if inWrite.Add(1) != 1 {
			t.Error("write called concurrently")
		}
		got = append(got, d.Seq)
		inWrite.Add(-1)
		return nil
	})
	order := rand.New(rand.NewSource(1)).Perm(n)
	var wg sync.WaitGroup
	work := make(chan int)
	for w := 0; w < 8; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range work {
				if err := c.done(&Document{Seq: int64(i)}); err != nil {
					t.Error(err)
				}
			}
		}()
	}
	for _, i := range order {
		work <- i
	}
	close(work)
	wg.Wait()
	if len(got) != n {
		t.Fatalf("%d documents written, want %d", len(got), n)
	}
	for i, s := range got {
		if s != int64(i) {
			t.Fatalf("document %d written at position %d", s, i)
		}
	}
}

// A failed write stops all writing and is returned from then on.
func TestCommitterError(t *testing.T) {
	boom := errors.New("disk full")
	var written []int64
	c := newCommitter(func(d *Document) error {
		if d.Seq == 1 {
			return boom
		}
		written = append(written, d.Seq)
		return nil
	})
	if err := c.done(&Document{Seq: 2}); err != nil {
		t.Fatalf("out of order: %v", err)
	}
	if err := c.done(&Document{Seq: 0}); err != nil {
		t.Fatalf("first: %v", err)
	}
	if err := c.done(&Document{Seq: 1}); !errors.Is(err, boom) {
		t.Fatalf("failing write: err = %v", err)
	}
	if err := c.done(&Document{Seq: 3}); !errors.Is(err, boom) {
		t.Fatalf("after the failure: err = %v", err)
	}
	if len(written) != 1 || written[0] != 0 {
		t.Fatalf("written %v, want [0]", written)
	}
}
