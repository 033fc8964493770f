// Package ownerforever: a function that makes a job channel, starts workers that range over it, and then feeds it
// from a loop that never ends. The channel is never closed, but its owner never returns: the workers live as long as
// it does, a pool for the life of its goroutine, not goroutines left behind (quiet). The same pool whose feeding loop
// can return leaves its workers ranging forever (reported).
package ownerforever

import (
	"sync/atomic"
	"time"
)

// Served, Pumped and Drained count the jobs the workers of Serve, Pump and ServeUntil handled.
var Served, Pumped, Drained int64

func work(jobs <-chan int, done *int64) {
	for j := range jobs {
		atomic.AddInt64(done, int64(j))
	}
}

// Serve starts its workers, then hands them a job on every tick, for good (quiet).
func Serve(workers int, every time.Duration) {
	jobs := make(chan int, 16)
	for i := 0; i < workers; i++ {
		go work(jobs, &Served)
	}
	for range time.Tick(every) {
		jobs <- 1
	}
}

// Pump is Serve with an endless `for { … }` loop that sleeps between jobs (quiet).
func Pump(workers int, every time.Duration) {
	jobs := make(chan int)
	for i := 0; i < workers; i++ {
		go work(jobs, &Pumped)
	}
	for {
		jobs <- 1
		time.Sleep(every)
	}
}

func drain(jobs <-chan int) {
	for j := range jobs { // want "^the goroutine running drain blocks forever in `for range jobs`: nothing closes channel jobs \\(capacity 16\\), so the loop never ends$"
		atomic.AddInt64(&Drained, int64(j))
	}
}

// ServeUntil is Serve whose loop returns once stop is closed: its workers range forever over a channel nobody will
// feed or close again (reported).
func ServeUntil(workers int, every time.Duration, stop <-chan struct{}) {
	jobs := make(chan int, 16) // related `jobs is made here \(capacity 16\) and never closed`
	for i := 0; i < workers; i++ {
		go drain(jobs)
	}
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			jobs <- 1
		case <-stop:
			return
		}
	}
}
