package countedloop

import "time"

// pool runs n workers that each report on done once they have drained the queue, and a collector that takes
// exactly n reports: every report is taken.
type pool struct {
	work chan int
	done chan bool
	sum  chan int
}

func newPool(n int) *pool {
	p := &pool{work: make(chan int, 8), done: make(chan bool), sum: make(chan int, 1)}
	for i := 0; i < n; i++ {
		go p.worker()
	}
	go func() {
		for i := 0; i < n; i++ {
			<-p.done
		}
		p.sum <- n
	}()
	return p
}

func (p *pool) worker() {
	for range p.work {
	}
	p.done <- true
}

// impatient is the same with a collector that stops waiting after a second: a report after that is stranded.
type impatient struct {
	work chan int
	done chan bool
}

func newImpatient(n int, patience time.Duration) *impatient {
	p := &impatient{work: make(chan int, 8), done: make(chan bool)}
	for i := 0; i < n; i++ {
		go p.worker()
	}
	go func() {
		for i := 0; i < n; i++ {
			select {
			case <-p.done:
			case <-time.After(patience):
				return
			}
		}
	}()
	return p
}

func (p *impatient) worker() {
	for range p.work {
	}
	p.done <- true // want "^goroutine may block forever sending on unbuffered channel impatient.done: the goroutine in newImpatient stops receiving when `case <-time.After\\(patience\\)` wins$"
}

// Close ends the workers.
func (p *pool) Close() { close(p.work) }

// Close ends the workers.
func (p *impatient) Close() { close(p.work) }
