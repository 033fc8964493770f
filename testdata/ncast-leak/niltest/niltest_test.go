package niltest

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every worker's result is taken: Collect leaves nothing behind.
func TestCollectLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		one := func() int { return 1 }
		if got := Collect([]func() int{one, one, one, one}); got != 4 {
			t.Fatal(got)
		}
	})
}

// A nil result first: the collector leaves (and waits to hand over its sum), one more result fills the buffer and
// the last worker is stranded, with CollectAny itself waiting in wg.Wait for it.
func TestCollectAnyStrandsWorkers(t *testing.T) {
	leakcheck.Expect(t, 3, 2, func() {
		first := make(chan struct{})
		jobs := []func() *result{
			func() *result { close(first); return nil },
			func() *result { <-first; time.Sleep(5 * time.Millisecond); return &result{1} },
			func() *result { <-first; time.Sleep(5 * time.Millisecond); return &result{1} },
		}
		go CollectAny(jobs)
		time.Sleep(20 * time.Millisecond)
	})
}

// Results and errors mixed: CollectErrs takes them all and leaves nothing behind.
func TestCollectErrsLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		ok := func() (int, error) { return 1, nil }
		bad := func() (int, error) { return 0, errors.New("bad") }
		if n, err := CollectErrs([]func() (int, error){ok, bad, ok, bad, ok}); n != 3 || err == nil {
			t.Fatal(n, err)
		}
	})
}

// A negative result first: the collector leaves, one error fills the buffer, the next is stranded, and CollectUntil
// waits in wg.Wait for it.
func TestCollectUntilStrandsErrors(t *testing.T) {
	leakcheck.Expect(t, 2, 1, func() {
		first := make(chan struct{})
		neg := func() (int, error) { close(first); return -1, nil }
		bad := func() (int, error) { <-first; time.Sleep(5 * time.Millisecond); return 0, errors.New("bad") }
		go func() { _, _ = CollectUntil([]func() (int, error){neg, bad, bad}) }()
		time.Sleep(30 * time.Millisecond)
	})
}
