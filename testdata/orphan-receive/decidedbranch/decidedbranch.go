// Package decidedbranch: a helper that waits on the channel it is given without a limit only when its argument asks
// for that (`if timeout <= 0 { <-done }`, `if block { <-done }`). A call that passes a constant ruling that branch
// out (a positive duration, `false`) never waits there, so a channel nothing signals is not waited on for good
// (quiet); the same helper called with a constant that takes the branch waits forever (reported).
package decidedbranch

import "time"

// WaitFor waits for done, at most timeout; a timeout of zero or less waits for as long as it takes.
func WaitFor(done <-chan struct{}, timeout time.Duration) bool {
	if timeout <= 0 {
		<-done
		return true
	}
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// Bounded gives up after 20 ms when nothing signals: the branch that waits for good cannot run (quiet).
func Bounded() bool {
	done := make(chan struct{})
	return WaitFor(done, 20*time.Millisecond)
}

// WaitOn is WaitFor for Unbounded.
func WaitOn(done <-chan struct{}, timeout time.Duration) bool {
	if timeout <= 0 {
		<-done // want `^WaitOn blocks forever receiving from unbuffered channel done: nothing sends on or closes it$`
		return true
	}
	select {
	case <-done:
		return true
	case <-time.After(timeout):
		return false
	}
}

// Unbounded passes 0: it waits on a channel nothing sends on or closes (reported).
func Unbounded() bool {
	done := make(chan struct{})
	return WaitOn(done, 0)
}

// Drain takes done's value only when block is set, and otherwise polls it.
func Drain(done <-chan struct{}, block bool) bool {
	if !block {
		select {
		case <-done:
			return true
		default:
			return false
		}
	}
	<-done
	return true
}

// Poll passes false: the poll's default case leaves at once (quiet).
func Poll() bool {
	done := make(chan struct{})
	return Drain(done, false)
}
