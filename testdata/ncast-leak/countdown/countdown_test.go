package countdown

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func tasks(n int) []func() error {
	ts := make([]func() error, n)
	for i := range ts {
		i := i
		ts[i] = func() error {
			if i == 1 {
				return errors.New("task 1 failed")
			}
			return nil
		}
	}
	return ts
}

// Every report is taken: no goroutine is left.
func TestRunAllTakesEveryReport(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := RunAll(tasks(4)); err == nil {
			t.Error("no error")
		}
	})
}

// One report is never taken.
func TestRunButOneStrandsOne(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = RunButOne(tasks(4)) })
}
