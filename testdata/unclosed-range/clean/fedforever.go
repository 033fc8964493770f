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

// checker polls for the latest release at start and then at every tick, forever (`for ; true; <-tick.C`): a ticker
// always ticks again, so the producer never ends and a range over its channel is not stuck (quiet).
type checker struct{ latest func() string }

func (c *checker) poll(d time.Duration, out chan<- string) {
	tick := time.NewTicker(d)
	for ; true; <-tick.C {
		if v := c.latest(); v != "" {
			out <- v
		}
	}
}

// Announce reports every release the checker finds, for as long as the program runs.
func Announce(d time.Duration, latest func() string, report func(string)) {
	ch := make(chan string, 1)
	go (&checker{latest}).poll(d, ch)
	for v := range ch {
		report(v)
	}
}
