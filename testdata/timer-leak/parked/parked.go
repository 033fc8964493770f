// Package parked: a scheduler starts its periodic jobs and then parks forever (`select {}`), so it never returns:
// the job loops live exactly as long as the call that started them, which is the rest of the process. A starter
// that returns leaves its loop behind on every call.
package parked

import (
	"sync/atomic"
	"time"
)

// Every is how often the jobs run.
var Every = time.Hour

// Worker runs periodic jobs.
type Worker struct{ runs int64 }

// Runs is how many times a job ran.
func (w *Worker) Runs() int64 { return atomic.LoadInt64(&w.runs) }

// Scheduled starts the periodic jobs and never returns.
func (w *Worker) Scheduled() {
	go func() {
		for range time.Tick(Every) {
			atomic.AddInt64(&w.runs, 1)
		}
	}()
	// block forever
	select {}
}

// Poll starts the same job and returns: every call leaves one loop behind.
func (w *Worker) Poll() {
	go func() { // related "the goroutine starts here"
		for range time.Tick(Every) { // want "^goroutine loops over time.Tick\\(Every\\) forever: it has no way to exit, so every call of Worker.Poll leaks one$"
			atomic.AddInt64(&w.runs, 1)
		}
	}()
}

// ScheduleAll parks one scheduler per worker, each for good.
func ScheduleAll(ws []*Worker) {
	for _, w := range ws {
		go w.Scheduled()
	}
}

// PollAll polls every worker: one loop left behind per worker.
func PollAll(ws []*Worker) {
	for _, w := range ws {
		w.Poll()
	}
}
