package pacedhelper

import (
	"sync"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// kickAndStop kicks the converger once, stops it while the workers of that round still work, then lets them finish.
func kickAndStop(workers int, run func(c *Converger)) {
	release := make(chan struct{})
	var started sync.WaitGroup
	started.Add(workers)
	c := &Converger{kick: make(chan struct{}), stop: make(chan struct{}), work: func() { started.Done(); <-release }}
	finished := make(chan struct{})
	go func() {
		run(c)
		close(finished)
	}()
	c.kick <- struct{}{}
	started.Wait()
	close(c.stop)
	<-finished
	close(release)
}

func TestRunStrandsNoWorker(t *testing.T) {
	leakcheck.Clean(t, func() { kickAndStop(2, func(c *Converger) { c.Run(time.Hour) }) })
}

func TestRunNarrowStrandsOne(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { kickAndStop(2, func(c *Converger) { c.RunNarrow(time.Hour) }) })
}

func TestRunTwiceStrandsTwo(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { kickAndStop(4, func(c *Converger) { c.RunTwice() }) })
}
