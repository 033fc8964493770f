// Command command starts a background flusher from main. In a command every function serves main, so a
// goroutine that ticks forever lives as long as the process on purpose: timer-leak stays quiet; so does a
// time.Tick in a function main starts once, or a fixed number of times. One that main calls in a loop that goes on
// until something happens, or that tests call again and again, leaks a ticker per call.
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

// settle waits one period; its test calls it in a loop (a test binary is a process too), and each call leaves a
// ticker running (reported).
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

// pace waits one period on a ticker it never stops; its test calls it in a loop, each call leaving one (reported).
func pace() {
	t := time.NewTicker(every) // want `ticker is never stopped: before Go 1.23 \(go.mod says go 1.19\) it is never garbage collected`
	<-t.C
}

// warm waits one period on a ticker it never stops, as pace does; but main alone calls it, in a loop that runs three
// times: three tickers for the life of the process, however long it runs, and no more (quiet).
func warm() {
	t := time.NewTicker(every)
	<-t.C
}

var attempts int64

// connect fails twice, then succeeds.
func connect() bool { return atomic.AddInt64(&attempts, 1) > 2 }

// backoff is warm, called by main until connect succeeds: as many times as that takes, a ticker each (reported).
func backoff() {
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
		warm()
	}
	for !connect() {
		backoff()
	}
	select {}
}
