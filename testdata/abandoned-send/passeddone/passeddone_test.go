package passeddone

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func keys(ks ...rune) func() rune {
	return func() rune {
		k := ks[0]
		ks = ks[1:]
		return k
	}
}

func TestRunIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if pos := Run(keys('a', 'a', 'd', 'q')); pos != -1 {
			t.Errorf("pos = %d, want -1", pos)
		}
	})
}

// stop ends the rendering while the reader keeps sending: it is left blocked at its send.
func TestRunUntilStrandsTheReader(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		stop := make(chan struct{})
		close(stop)
		RunUntil(func() rune { return 'a' }, stop)
	})
}
