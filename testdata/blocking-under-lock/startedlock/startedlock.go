// Package startedlock: the partner of a send made under a mutex starts a goroutine that takes the mutex, but does not
// take it itself. Only the partner's own goroutine can hold up its receive; the goroutine it starts cannot.
package startedlock

import (
	"context"
	"sync"
)

type result struct {
	v   int
	err error
}

// Job runs a step and reports its outcome under mu, so that a report made when the context ends waits for it.
type Job struct {
	mu   sync.Mutex
	step func() int
	// gate, when set, is waited on before Poll counts itself (the tests use it to order the two goroutines).
	gate  chan struct{}
	hook  func()
	polls int
}

func (j *Job) report(c chan<- result, r result) {
	j.mu.Lock() // related "j.mu is locked here"
	defer j.mu.Unlock()
	if j.hook != nil {
		j.hook()
	}
	// Two channels pass through here: Run's, stranded when its context wins (abandoned-send's, not this rule's), and
	// Poll's, deadlocked on mu.
	c <- r // want "Job.report \\(run by the goroutine running Job.work\\) may block forever sending on unbuffered channel rc while holding j.mu: Job.Poll must lock j.mu before it can receive"
}

func (j *Job) work(c chan<- result) { j.report(c, result{v: j.step()}) }

func (j *Job) watch(ctx context.Context, done <-chan struct{}, c chan<- result) {
	select {
	case <-ctx.Done():
		j.report(c, result{err: ctx.Err()})
	case <-done:
	}
}

// Run waits for the step or the context, whichever reports first. The watcher it starts takes mu to report, but Run
// itself never does: when the context wins, the step's report is stranded, not deadlocked.
func (j *Job) Run(ctx context.Context) (int, error) {
	rc := make(chan result)
	cc := make(chan result)
	done := make(chan struct{})
	defer close(done)
	go j.work(rc)
	go j.watch(ctx, done, cc)
	select {
	case r := <-rc:
		return r.v, r.err
	case r := <-cc:
		return r.v, r.err
	}
}

func (j *Job) count() {
	j.mu.Lock() // related "Job.Poll waits for j.mu here"
	j.polls++
	j.mu.Unlock()
}

// Poll counts itself under mu before it takes the step's outcome: when the step's report holds mu first, each waits
// for the other.
func (j *Job) Poll() int {
	rc := make(chan result)
	go j.work(rc)
	if j.gate != nil {
		<-j.gate
	}
	j.count()
	return (<-rc).v
}
