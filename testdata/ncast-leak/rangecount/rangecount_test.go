package rangecount

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func jobs(n int) []func() {
	out := make([]func(), n)
	for i := range out {
		out[i] = func() {}
	}
	return out
}

func TestRunAllIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { RunAll(jobs(4)) })
}

func TestRunHalfStrandsTheRest(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { RunHalf(jobs(4)) })
}
