package clean

import (
	"sync/atomic"
	"time"
)

// beats sends a beat every period, forever: nothing closes the channel, and nothing needs to, since another beat
// always comes. A range over it never waits for good (quiet); it lives as long as the program, like a ticker.
func beats(d time.Duration) <-chan struct{} {
	c := make(chan struct{})
	go func() {
		for {
			c <- struct{}{}
			time.Sleep(d)
		}
	}()
	return c
}

// Pulse counts beats in the background.
func Pulse(d time.Duration, n *int64) {
	go func() {
		for range beats(d) {
			atomic.AddInt64(n, 1)
		}
	}()
}
