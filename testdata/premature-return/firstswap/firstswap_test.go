package firstswap

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func failing(n int) []func() error {
	ts := make([]func() error, n)
	for i := range ts {
		ts[i] = func() error { return errors.New("broken") }
	}
	return ts
}

func TestRunAllTakesTheFirstFailure(t *testing.T) {
	leakcheck.Clean(t, func() {
		if RunAll(failing(5)) == nil {
			t.Error("no error")
		}
		if RunAllCounted(failing(5)) == nil {
			t.Error("no error")
		}
	})
}

// Two failures: the second sender blocks on the full buffer, and the Wait blocks with it.
func TestRunAllEagerHangs(t *testing.T) {
	leakcheck.Expect(t, 2, 1, func() {
		go RunAllEager(failing(2))
	})
}
