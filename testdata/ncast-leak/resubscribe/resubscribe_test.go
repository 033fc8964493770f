package resubscribe

import (
	"errors"
	"sync/atomic"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// stream fails once, on its first read, then yields events for ever.
type stream struct{ reads int64 }

func (s *stream) Next() (int, error) {
	if atomic.AddInt64(&s.reads, 1) == 1 {
		return 0, errors.New("stream broke")
	}
	return 1, nil
}

// watch runs a watcher whose one stream fails once, stops it after a few events, and waits for it to return.
func watch(run func(w *Watcher, stop <-chan struct{})) {
	s := &stream{}
	w := &Watcher{subscribe: func() (Source, error) { return s, nil }}
	stop := make(chan struct{})
	finished := make(chan struct{})
	go func() {
		run(w, stop)
		close(finished)
	}()
	for atomic.LoadInt64(&w.seen) < 3 {
		time.Sleep(time.Millisecond)
	}
	close(stop)
	<-finished
}

// The failed subscription goes on beside its successor: the stop strands both.
func TestRunOverlappingStrandsTwo(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { watch(func(w *Watcher, stop <-chan struct{}) { w.RunOverlapping(stop) }) })
}
