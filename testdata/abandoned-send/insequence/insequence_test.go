package insequence

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Taking every line leaves nothing behind.
func TestAllTakesEveryLine(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := All("a"); len(got) != 3 {
			t.Errorf("got %v", got)
		}
	})
}

// Taking the first line strands the goroutine at its second send.
func TestFirstStrandsTheSecondSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if got := First("a"); got != "name: a" {
			t.Errorf("got %q", got)
		}
	})
}
