package main

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every Main.Run that stop ends strands its worker: three runs, three goroutines.
func TestEveryStoppedRunStrandsAWorker(t *testing.T) {
	fail := make(chan struct{})
	m := &Main{stop: make(chan struct{})}
	close(m.stop)
	leakcheck.Leaks(t, 3, func() {
		for i := 0; i < 3; i++ {
			_ = m.Run(func() error {
				select {
				case <-fail:
					return errors.New("failed")
				default:
					return nil
				}
			})
		}
		close(fail)
		time.Sleep(5 * time.Millisecond)
	})
}
