package twoarms

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Closing done (or quit) while next is busy strands the worker at its next send.
func TestEitherSignalStrandsTheWorker(t *testing.T) {
	for _, byQuit := range []bool{false, true} {
		release := make(chan struct{})
		next := func() (int, error) { <-release; return 1, nil }
		c := &Client{quit: make(chan struct{})}
		done := make(chan struct{})
		leakcheck.Leaks(t, 1, func() {
			go func() {
				time.Sleep(5 * time.Millisecond)
				if byQuit {
					close(c.quit)
				} else {
					close(done)
				}
			}()
			if err := c.Monitor(done, next); err != nil {
				t.Fatal(err)
			}
			close(release) // the worker's update comes only now, with nobody left to receive it
		})
	}
}
