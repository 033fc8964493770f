package prefillchain

import "sync/atomic"

// drained hands the value to a goroutine that receives everything: quiet.
func drained(done chan<- struct{}) {
	r := &relay{}
	r.init()
	for i := 0; i < depth; i++ {
		r.Post("x")
	}
	go r.drain(depth+1, done)
	r.Post("z")
}

func (r *relay) drain(n int, done chan<- struct{}) {
	for i := 0; i < n; i++ {
		<-r.box
	}
	close(done)
}

// bounded's loop bound is a variable: quiet.
func bounded(n int) {
	w := newWorker()
	w.start()
	for i := 0; i < n; i++ {
		w.Submit(job(i))
	}
	w.Submit(0)
}

// urgent submits the extra job only on one branch: quiet (urgent(true) would block; sends in a branch are not
// counted).
func urgent(extra bool) {
	w := newWorker()
	w.start()
	for i := 0; i < inboxSize; i++ {
		w.Submit(job(i))
	}
	if extra {
		w.Submit(9)
	}
}

// Consumer is how another part of a program stops a mailbox: through an interface, never by name.
type Consumer interface {
	Close()
}

func stop(c Consumer) { c.Close() }

// viaInterface hands r to a function that calls Close through an interface, which receives: quiet.
func viaInterface() {
	r := &relay{}
	r.init()
	for i := 0; i < depth; i++ {
		r.Post("x")
	}
	stop(r)
	r.Post("z")
}

// shut sets the state before the last post, so that post sends nothing: quiet.
func (m *mailbox) shut() {
	atomic.StoreUint32(&m.state, uint32(closing))
}

func shutFirst() {
	r := &relay{}
	r.init()
	for i := 0; i < depth; i++ {
		r.Post("x")
	}
	r.shut()
	r.Post("z")
}

// preset starts closed (set in the literal): post never sends: quiet.
func preset() {
	r := &relay{mailbox: mailbox{state: uint32(closed)}}
	r.init()
	for i := 0; i < depth+1; i++ {
		r.Post("x")
	}
}

// early leaves the loop after the first put: quiet.
func early() {
	w := newWorker()
	w.start()
	for i := 0; i < inboxSize+2; i++ {
		w.Submit(job(i))
		if i == 0 {
			break
		}
	}
	w.Submit(1)
}

// helped hands w to a goroutine that calls the exported Drain: quiet.
func helped(done chan<- struct{}) {
	w := newWorker()
	w.start()
	for i := 0; i < inboxSize; i++ {
		w.Submit(job(i))
	}
	go func() {
		for len(w.Drain()) == 0 {
		}
		close(done)
	}()
	w.Submit(5)
}
