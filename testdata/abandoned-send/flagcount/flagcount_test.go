package flagcount

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var fail = func() error { return errors.New("failed") }

// Two failing steps: First takes the first error and leaves; the worker is stranded at the second.
func TestFirstStrandsTheSecondError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if First([]func() error{fail, fail}) == nil {
			t.Fatal("no error")
		}
	})
}

func TestAllTakesEveryError(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := All([]func() error{fail, fail, fail}); len(got) != 3 {
			t.Fatalf("All = %v", got)
		}
	})
}
