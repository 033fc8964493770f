// Command command starts a background flusher from main. In a command every function serves main, so a
// goroutine that ticks forever lives as long as the process on purpose: timer-leak stays quiet; so does a
// time.Tick in a function main starts once. One that main calls in a loop leaks a ticker per call.
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

var polls int64

// monitor polls for as long as the program runs; main starts it once, so its one time.Tick ticker lives exactly
// as long as the process (quiet).
func monitor() {
	tick := time.Tick(every)
	for {
		<-tick
		atomic.AddInt64(&polls, 1)
	}
}

// settle waits one period; main calls it in a loop, and each call leaves a ticker running (reported).
func settle() {
	<-time.Tick(every) // want `time.Tick outside main leaks its ticker before Go 1.23 \(go.mod says go 1.19\): use time.NewTicker and Stop it`
}

var records int64

// record counts periods until done; its ticker is not stopped when it returns, but main starts it once, so that
// is one ticker for the life of the process (quiet).
func record(done <-chan struct{}) {
	t := time.NewTicker(every)
	for {
		select {
		case <-done:
			return
		case <-t.C:
			atomic.AddInt64(&records, 1)
		}
	}
}

// pace waits one period on a ticker it never stops; main calls it in a loop, each call leaving one (reported).
func pace() {
	t := time.NewTicker(every) // want `ticker is never stopped: before Go 1.23 \(go.mod says go 1.19\) it is never garbage collected`
	<-t.C
}

func main() {
	startFlusher()
	go monitor()
	go record(nil)
	for i := 0; i < 3; i++ {
		settle()
		pace()
	}
	select {}
}
