// Package starterwaits: a goroutine starts workers that each defer the Done of a concurrency limiter, waits for all
// of them (WaitAllDone, the limiter's WaitGroup.Wait) and only then, deferred, closes done. The receiver's
// `case <-done` can win only once every worker has returned, so it strands none of them; the case that does is the
// error case, which returns on the first error while the other workers still send. The workers, started once per
// id, are the goroutines named, not the starter's own error send before any of them starts.
package starterwaits

import "sync"

// limiter runs at most n workers at a time, in the manner of a goroutine concurrency manager.
type limiter struct {
	wg    sync.WaitGroup
	slots chan struct{}
}

func newLimiter(n int) *limiter { return &limiter{slots: make(chan struct{}, n)} }

// Wait waits for a free slot and takes it.
func (l *limiter) Wait() {
	l.slots <- struct{}{}
	l.wg.Add(1)
}

// Done gives the slot back.
func (l *limiter) Done() {
	<-l.slots
	l.wg.Done()
}

// WaitAllDone waits for every worker.
func (l *limiter) WaitAllDone() { l.wg.Wait() }

func fetchAll(ids []int, fetch func(int) (int, error), results chan<- int, errs chan<- error, done chan<- struct{}) {
	defer close(done)
	if len(ids) == 0 {
		return
	}
	if _, err := fetch(-1); err != nil {
		errs <- err
		return
	}
	l := newLimiter(4)
	for _, id := range ids {
		l.Wait()
		go func(id int) {
			defer l.Done()
			v, err := fetch(id)
			if err != nil {
				errs <- err // want "^goroutines may block forever sending on unbuffered channel errs: any number of them send but FetchAll receives at most once$"
				return
			}
			results <- v // want "^goroutines may block forever sending on unbuffered channel results: any number of them send but FetchAll receives only until `case err := <-errs` wins$"
		}(id)
	}
	l.WaitAllDone()
}

// FetchAll fetches every id, or returns the first error.
func FetchAll(ids []int, fetch func(int) (int, error)) ([]int, error) {
	results, errs, done := make(chan int), make(chan error), make(chan struct{}, 1)
	go fetchAll(ids, fetch, results, errs, done)
	var out []int
	for {
		select {
		case <-done:
			return out, nil
		case err := <-errs: // related `FetchAll stops receiving from results here`
			return nil, err
		case v := <-results:
			out = append(out, v)
		}
	}
}
