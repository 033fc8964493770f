package fieldnorecv

// queue works until its die channel is closed, and then reports that it stopped on terminated, which nobody
// receives from. Nothing ever closes die (nor sends on it): that case never wins, so the send after it never runs.
type queue struct {
	work       chan int
	die        chan bool
	terminated chan bool
	done       int
}

func newQueue() *queue {
	q := &queue{work: make(chan int), die: make(chan bool), terminated: make(chan bool)}
	go q.run()
	return q
}

func (q *queue) run() {
	for {
		select {
		case n := <-q.work:
			q.done += n
		case <-q.die:
			q.terminated <- true
			return
		}
	}
}

// Add hands the queue one piece of work.
func (q *queue) Add(n int) { q.work <- n }

// worker is the same with a Stop that closes its stop channel: the send after that case then blocks forever.
type worker struct {
	work    chan int
	stop    chan bool
	stopped chan bool
	done    int
}

func newWorker() *worker {
	w := &worker{work: make(chan int), stop: make(chan bool), stopped: make(chan bool)}
	go w.run()
	return w
}

func (w *worker) run() {
	for {
		select {
		case n := <-w.work:
			w.done += n
		case <-w.stop:
			w.stopped <- true // want "^goroutine blocks forever sending on unbuffered channel worker.stopped: nothing receives from it$"
			return
		}
	}
}

// Add hands the worker one piece of work (after Stop, it waits forever).
func (w *worker) Add(n int) {
	w.work <- n // want "^goroutine may block forever sending on unbuffered channel worker.work: the goroutine running worker.run stops receiving when `case <-w.stop` wins$"
}

// Stop tells the worker to stop.
func (w *worker) Stop() { close(w.stop) }
