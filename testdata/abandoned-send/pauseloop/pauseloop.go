// Package pauseloop: a loop that can be paused. A pause request holds the channel the loop then waits on to resume
// (`case req := <-l.pauses: …; <-req.done`): once the loop has taken the request, it waits for the resume whatever
// else it could do, so the resume, sent by whoever handed the request over, is never stranded by the loop's other
// ways out. A loop that can go round between taking the request and waiting for the resume (a request that only
// peeks) strands it. Either way, a pause sent after the loop has stopped waits forever.
package pauseloop

type pauseRequest struct {
	confirmed chan struct{}
	done      chan struct{}
}

type loop struct {
	pauses chan pauseRequest
}

func newLoop(stop <-chan struct{}) *loop {
	l := &loop{pauses: make(chan pauseRequest)}
	go l.run(stop)
	return l
}

func (l *loop) run(stop <-chan struct{}) {
	for {
		select {
		case req := <-l.pauses:
			req.confirmed <- struct{}{}
			<-req.done
		case <-stop: // related `stops receiving from loop.pauses here`
			return
		}
	}
}

// pause stops the loop until the returned function is called.
func (l *loop) pause() func() {
	done := make(chan struct{})
	confirmed := make(chan struct{})
	l.pauses <- pauseRequest{confirmed: confirmed, done: done} // want "^goroutine may block forever sending on unbuffered channel loop.pauses: the goroutine running loop.run stops receiving when `case <-stop` wins$"
	<-confirmed
	return func() { done <- struct{}{} }
}

type request struct {
	ack    chan struct{}
	resume chan struct{}
	peek   bool
}

type impatient struct {
	pauses chan request
}

func newImpatient(stop <-chan struct{}) *impatient {
	l := &impatient{pauses: make(chan request)}
	go l.run(stop)
	return l
}

// run does not wait for the resume of a request that only peeks: it goes round at once.
func (l *impatient) run(stop <-chan struct{}) {
	for {
		select {
		case req := <-l.pauses:
			req.ack <- struct{}{}
			if req.peek {
				continue
			}
			<-req.resume
		case <-stop: // related `stops receiving from impatient.pauses here`
			return
		}
	}
}

func (l *impatient) hold(peek bool) func() {
	done := make(chan struct{})
	confirmed := make(chan struct{})
	l.pauses <- request{ack: confirmed, resume: done, peek: peek} // want "^goroutine may block forever sending on unbuffered channel impatient.pauses: the goroutine running impatient.run stops receiving when `case <-stop` wins$"
	<-confirmed
	return func() { done <- struct{}{} } // want "^goroutine may block forever sending on unbuffered channel request.resume: the goroutine running impatient.run stops receiving when `case <-stop` wins$"
}
