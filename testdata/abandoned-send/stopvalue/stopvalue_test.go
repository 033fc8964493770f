package stopvalue

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCounterIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		c := NewCounter()
		c.Add(2)
		c.Add(3)
		if got := c.Stop(); got != 5 {
			t.Errorf("Stop = %d, want 5", got)
		}
	})
}

func TestGaugeAddAfterStopLeaks(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		g := NewGauge()
		g.Add(2)
		g.Stop()
		go g.Add(1)
	})
}
