// Package parkdouble: a test double that never answers writes its wait forever as a receive from a nil channel it
// declares for nothing else, `var block chan struct{}; <-block`: the spelled-out `select {}`, which parks the
// goroutine that called it, as the double means to (quiet, in any function, as orphan-receive spares a channel
// made for nothing else). A goroutine that the function starts and leaves parked on such a channel can never be
// woken once the function has returned (reported).
package parkdouble

import "sync/atomic"

// Stub answers requests, or hangs when Block is set, for testing a caller's timeout.
type Stub struct {
	Block bool
	calls int64
}

// Handle counts the call, then hangs for good if told to: its caller waits forever, on purpose.
func (s *Stub) Handle() int64 {
	if s.Block {
		var block chan struct{}
		<-block
	}
	return atomic.AddInt64(&s.calls, 1)
}

// HandleFunc is the same double as a function value.
func (s *Stub) HandleFunc() func() int64 {
	return func() int64 {
		if s.Block {
			var forever chan bool
			<-forever
		}
		return atomic.AddInt64(&s.calls, 1)
	}
}

// Watch starts a goroutine meant to count a wake-up, and forgets to make the channel that would deliver it.
func (s *Stub) Watch() {
	go func() {
		var wake chan struct{}
		<-wake // want `^receive from nil channel wake blocks forever: wake is declared without make and never assigned$`
		atomic.AddInt64(&s.calls, 1)
	}()
}
