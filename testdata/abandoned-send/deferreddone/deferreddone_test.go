package deferreddone

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// oneThenFail streams one value, then fails.
type oneThenFail struct{}

func (oneThenFail) Stream(out chan<- int) error {
	out <- 1
	return errors.New("stream broke")
}

// out fails on the value: Forward returns, and the worker's error after the stream has no receiver.
func TestForwardStrandsTheStreamError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		err := Forward(oneThenFail{}, 1, func(int) error { return errors.New("out failed") })
		if err == nil {
			t.Fatal("Forward succeeded")
		}
	})
}

// failsAtOnce streams nothing and fails.
type failsAtOnce struct{}

func (failsAtOnce) Stream(chan<- int) error { return errors.New("no stream") }

// Forward returns on the worker's error; the worker's deferred send of done has no receiver.
func TestForwardStrandsTheDeferredDone(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if err := Forward(failsAtOnce{}, 1, func(int) error { return nil }); err == nil {
			t.Fatal("Forward succeeded")
		}
	})
}

// done comes only once the worker has returned: every path of GetAll takes what the worker sends.
func TestGetAllLeavesNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		for _, n := range []int{-1, 0, 2, 3, 5} {
			got, err := GetAll(n)
			if (err != nil) != (n < 0 || n > limit) || (n >= 0 && len(got) != n) {
				t.Fatalf("GetAll(%d) = %v, %v", n, got, err)
			}
		}
	})
}

// A failing setup leaves collate waiting in its range over results: a receive, not its deferred send.
func TestRenderLeavesTheCollatorInItsRange(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		if err := Render(nil, func() error { return errors.New("no setup") }); err == nil {
			t.Fatal("Render succeeded")
		}
	})
}

func TestRenderJoins(t *testing.T) {
	leakcheck.Clean(t, func() {
		jobs := []func() error{func() error { return nil }, func() error { return errors.New("job failed") }}
		if err := Render(jobs, func() error { return nil }); err == nil {
			t.Fatal("Render lost the job's error")
		}
	})
}
