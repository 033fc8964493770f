// Command command starts a background flusher from main. In a command every function serves main, so a
// goroutine that ticks forever lives as long as the process on purpose: timer-leak stays quiet.
package main

import (
	"sync/atomic"
	"time"
)

var flushes int64

// every is the flush period; a variable so that tests can speed it up.
var every = time.Second

func startFlusher() {
	t := time.NewTicker(every)
	go func() {
		defer t.Stop()
		for range t.C {
			atomic.AddInt64(&flushes, 1)
		}
	}()
}

func main() {
	startFlusher()
	select {}
}
