package quithandshake

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func failingAfter(n int) func() error {
	return func() error {
		if n == 0 {
			return errors.New("stats failed")
		}
		n--
		return nil
	}
}

// Close is answered whether the loop is still collecting or ended on a stats error.
func TestMeterAlwaysAnswersClose(t *testing.T) {
	leakcheck.Clean(t, func() {
		m := NewMeter(failingAfter(2), time.Millisecond)
		time.Sleep(20 * time.Millisecond) // the stats error ends the loop
		if err := m.Close(); err == nil {
			t.Error("no stats error")
		}
		m = NewMeter(failingAfter(1000), time.Millisecond)
		if err := m.Close(); err != nil {
			t.Error(err)
		}
	})
}

// After a stats error ended the loop, Close waits forever.
func TestGaugeStrandsCloseAfterAnError(t *testing.T) {
	g := NewGauge(failingAfter(2), time.Millisecond)
	time.Sleep(20 * time.Millisecond)
	leakcheck.Leaks(t, 1, func() { go g.Close() })
}
