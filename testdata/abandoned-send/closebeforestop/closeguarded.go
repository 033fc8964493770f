package closebeforestop

import "sync"

// Batcher's Close stops the loop inside a branch taken once (`if b.open { … }`), waits for it, and closes its
// request channels in the same branch: a Write already waiting is woken by the close and panics, a later one
// panics at once; none blocks forever (quiet).
type Batcher struct {
	mu    sync.Mutex
	open  bool
	stop  chan struct{}
	done  chan struct{}
	lines chan string
	flush chan struct{}
	n     int
}

// NewBatcher starts b's loop.
func NewBatcher() *Batcher {
	b := &Batcher{open: true, stop: make(chan struct{}), done: make(chan struct{}), lines: make(chan string), flush: make(chan struct{})}
	go b.run()
	return b
}

func (b *Batcher) run() {
	for {
		select {
		case <-b.lines:
			b.n++
		case <-b.flush:
			b.n = 0
		case <-b.stop:
			b.done <- struct{}{}
			return
		}
	}
}

// Write hands the batcher a line.
func (b *Batcher) Write(s string) { b.lines <- s }

// Flush empties the batch.
func (b *Batcher) Flush() { b.flush <- struct{}{} }

// Close stops the loop once, waits for it, and closes the request channels.
func (b *Batcher) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.open {
		b.open = false
		close(b.stop)
		<-b.done
		close(b.flush)
		close(b.lines)
	}
}

// Spool is Batcher whose Close only stops the loop: its request channel is closed by Release, which nothing has to
// call; a Write after Close waits forever (reported).
type Spool struct {
	mu    sync.Mutex
	open  bool
	stop  chan struct{}
	done  chan struct{}
	lines chan string
	n     int
}

// NewSpool starts s's loop.
func NewSpool() *Spool {
	s := &Spool{open: true, stop: make(chan struct{}), done: make(chan struct{}), lines: make(chan string)}
	go s.run()
	return s
}

func (s *Spool) run() {
	for {
		select {
		case <-s.lines:
			s.n++
		case <-s.stop: // related `the goroutine running Spool.run stops receiving from Spool.lines here`
			s.done <- struct{}{}
			return
		}
	}
}

// Write hands the spool a line.
func (s *Spool) Write(line string) {
	s.lines <- line // want "^goroutine may block forever sending on unbuffered channel Spool.lines: the goroutine running Spool.run stops receiving when `case <-s.stop` wins$"
}

// Close stops the loop once and waits for it.
func (s *Spool) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.open {
		s.open = false
		close(s.stop)
		<-s.done
	}
}

// Release closes the request channel.
func (s *Spool) Release() { close(s.lines) }
