package countedrange

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestAllTakesEveryValue(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := All(); len(got) != workers*perWorker {
			t.Fatalf("got %d values", len(got))
		}
	})
}

func TestSomeStrandsTheLastSenders(t *testing.T) {
	// Ten values sent, nine taken: the worker with the last one blocks.
	leakcheck.Leaks(t, 1, func() {
		if got := Some(); len(got) != 9 {
			t.Fatalf("got %d values", len(got))
		}
	})
}
