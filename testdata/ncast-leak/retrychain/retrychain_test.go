package retrychain

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// readyAfter holds from its n-th check on.
func readyAfter(n int) poll {
	checks := 0
	return func() bool {
		checks++
		return checks >= n
	}
}

func TestAwaitIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Await(readyAfter(3)) })
}

func TestAwaitFirstStrandsTheNextRun(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { AwaitFirst(readyAfter(1)) })
}
