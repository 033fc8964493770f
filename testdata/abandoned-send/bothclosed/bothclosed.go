// Package bothclosed: a merger takes values from two feeds until both are closed. Each feed closes its channel
// after its last send, and the merger's loop runs while either is still open (`for fast || slow`), each flag set
// false only where its channel was found closed: the loop ends only after both feeds are done, and strands neither
// (quiet). A loop that ends as soon as either feed is closed (`for fast && slow`) strands the other.
package bothclosed

// Merger collects what its two feeds send.
type Merger struct {
	fastCh chan int
	slowCh chan int
	out    []int
	done   chan struct{}
}

func feed(items []int, ch chan int) {
	defer close(ch)
	for _, it := range items {
		ch <- it
	}
}

// NewMerger starts the feeds and the merger.
func NewMerger(fast, slow []int) *Merger {
	m := &Merger{fastCh: make(chan int), slowCh: make(chan int), done: make(chan struct{})}
	go feed(fast, m.fastCh)
	go feed(slow, m.slowCh)
	go m.run()
	return m
}

func (m *Merger) run() {
	defer close(m.done)
	fast, slow := true, true
	for fast || slow {
		select {
		case v, ok := <-m.fastCh:
			if !ok {
				fast = false
				continue
			}
			m.out = append(m.out, v)
		case v, ok := <-m.slowCh:
			if !ok {
				slow = false
				continue
			}
			m.out = append(m.out, v)
		}
	}
}

// Wait returns what was merged.
func (m *Merger) Wait() []int { <-m.done; return m.out }

// Racer takes values until either feed is closed.
type Racer struct {
	fastCh chan int
	slowCh chan int
	out    []int
	done   chan struct{}
}

// NewRacer starts the feeds and the racer.
func NewRacer(fast, slow []int) *Racer {
	r := &Racer{fastCh: make(chan int), slowCh: make(chan int), done: make(chan struct{})}
	go race(fast, r.fastCh)
	go race(slow, r.slowCh)
	go r.run()
	return r
}

func (r *Racer) run() {
	defer close(r.done)
	fast, slow := true, true
	for fast && slow {
		select {
		case v, ok := <-r.fastCh:
			if !ok {
				fast = false
				continue
			}
			r.out = append(r.out, v)
		case v, ok := <-r.slowCh:
			if !ok {
				slow = false
				continue
			}
			r.out = append(r.out, v)
		}
	}
}

func race(items []int, ch chan int) {
	defer close(ch)
	for _, it := range items {
		ch <- it // want `^goroutine may block forever sending on unbuffered channel Racer.(fastCh|slowCh): the goroutine running Racer.run, its only receiver, can return first$`
	}
}

// Wait returns what was taken.
func (r *Racer) Wait() []int { <-r.done; return r.out }
