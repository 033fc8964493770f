package closedinputs

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPauseThenCloseIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { PauseThenClose([]int{1, 2, 3}) })
}

func TestPausePickyStrandsThePause(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		go PausePicky([]int{1, -1})
		time.Sleep(20 * time.Millisecond)
	})
}
