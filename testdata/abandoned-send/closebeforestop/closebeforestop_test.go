package closebeforestop

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// A Reset waiting when Ticker stops is woken by the close of reset (and panics): nothing is left blocked.
func TestTickerStopWakesAWaitingReset(t *testing.T) {
	leakcheck.Clean(t, func() {
		tk := NewTicker()
		tk.Reset()
		panicked := make(chan bool, 1)
		go func() {
			defer func() { panicked <- recover() != nil }()
			time.Sleep(time.Millisecond)
			tk.Reset()
		}()
		tk.Stop()
		<-panicked
	})
}

// A Reset after Pacer stops waits forever.
func TestPacerStrandsALateReset(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		p := NewPacer()
		p.Reset()
		p.Stop()
		time.Sleep(time.Millisecond)
		go p.Reset()
	})
}
