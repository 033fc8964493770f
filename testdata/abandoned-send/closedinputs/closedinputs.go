// Package closedinputs: a worker serves its inputs until its owner closes them (`case v, ok := <-w.in: if !ok {
// return }`), and can be paused through a field the owner sends on. Leaving when an input is found closed is the
// worker's shutdown: an owner that pauses it before it closes the inputs shows in its own order that the pause is
// taken (quiet). A worker that also leaves on a bad value (`if !ok || v < 0`) gives up on its own, whatever its
// owner does: a value or a pause sent after that one is stranded (reported once, at the first such send).
package closedinputs

type worker struct {
	in    chan int
	pause chan chan struct{}
	sum   int
}

func newWorker() *worker { return &worker{in: make(chan int), pause: make(chan chan struct{})} }

func (w *worker) run() {
	for {
		select {
		case v, ok := <-w.in:
			if !ok {
				return
			}
			w.sum += v
		case ch := <-w.pause:
			<-ch
		}
	}
}

// PauseThenClose pauses the worker, resumes it, and closes its input.
func PauseThenClose(values []int) {
	w := newWorker()
	go w.run()
	for _, v := range values {
		w.in <- v
	}
	ch := make(chan struct{})
	w.pause <- ch
	close(ch)
	close(w.in)
}

type picky struct {
	in    chan int
	pause chan chan struct{}
}

func (p *picky) run() {
	for {
		select {
		case v, ok := <-p.in:
			if !ok || v < 0 {
				return
			}
		case ch := <-p.pause:
			<-ch
		}
	}
}

// PausePicky sends its values, then pauses: after a bad value the worker has left.
func PausePicky(values []int) {
	p := &picky{in: make(chan int), pause: make(chan chan struct{})}
	go p.run()
	for _, v := range values {
		p.in <- v // want "^goroutine may block forever sending on unbuffered channel picky.in: the goroutine running picky.run, its only receiver, can return first$"
	}
	ch := make(chan struct{})
	p.pause <- ch // related "the goroutine can also block here sending on picky.pause"
	close(ch)
	close(p.in)
}
