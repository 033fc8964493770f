package tickerok

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestSamplerStopIsTaken(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := NewSampler(time.Millisecond)
		s.StopAfter(5 * time.Millisecond)
		time.Sleep(20 * time.Millisecond)
	})
}

// A failed probe ends the loop: the stop sent after it is stranded.
func TestProberStopAfterAFailureIsStranded(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		p := NewProber(time.Millisecond, func() error { return errors.New("down") })
		p.StopAfter(10 * time.Millisecond)
		time.Sleep(30 * time.Millisecond)
	})
}
