// Package inspected: nothing receives from the channel, but the code reads its length, which is how it
// says that the sends are not expected to happen. golint-chan cannot see why (here: the source is empty),
// so it stays quiet; without the length check the same code is reported.
package inspected

type queue struct {
	items chan int
	done  chan struct{}
}

func (q *queue) fill(next func() (int, bool)) {
	defer close(q.done)
	for {
		v, ok := next()
		if !ok {
			return
		}
		q.items <- v
	}
}

// QueuesNothing checks that an exhausted source queues nothing: clean.
func QueuesNothing(next func() (int, bool)) bool {
	q := queue{items: make(chan int), done: make(chan struct{})}
	go q.fill(next)
	<-q.done
	return len(q.items) == 0
}

type sink struct{ out chan int }

func (s *sink) fill(next func() (int, bool)) {
	for {
		v, ok := next()
		if !ok {
			return
		}
		s.out <- v // want `goroutine blocks forever sending on unbuffered channel s.out: nothing receives from it`
	}
}

// Drop starts a filler whose values nobody reads: the first value blocks it forever.
func Drop(next func() (int, bool)) {
	s := sink{out: make(chan int)}
	go s.fill(next)
}
