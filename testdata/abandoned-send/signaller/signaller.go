// Package signaller: a loop that leaves when a stop signal its value owns (held in a field, handed out by a method
// of another package) is triggered. That signal is the value's own shutdown: its methods can send after it, code
// that drives the value itself shows in its own order when it triggers it.
package signaller

import "golintchan.example/testdata/abandoned-send/signaller/stop"

type reader struct {
	acks  chan int
	sig   *stop.Signal
	total int
}

func newReader() *reader {
	r := &reader{acks: make(chan int), sig: stop.New()}
	go r.loop()
	return r
}

func (r *reader) loop() {
	for {
		select {
		case v := <-r.acks:
			r.total += v
		case <-r.sig.Chan(): // related "the goroutine running reader.loop stops receiving from reader.acks here"
			return
		}
	}
}

// Ack can be called after Close: the loop is gone and the send blocks forever.
func (r *reader) Ack(v int) {
	r.acks <- v // want "^goroutine may block forever sending on unbuffered channel reader.acks: the goroutine running reader.loop stops receiving when `case <-r.sig.Chan\\(\\)` wins$"
}

func (r *reader) Close() { r.sig.Trigger() }
