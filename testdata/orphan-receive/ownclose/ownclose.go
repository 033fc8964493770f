// Package ownclose: a function that waits on a channel whose only close is its own `defer close`. The deferred
// close runs when the function returns, after the receive, and a channel handed on only as `<-chan` cannot be sent
// on or closed by anyone else: the receive waits forever.
package ownclose

import "time"

func watch(stop <-chan struct{}, ticks chan<- int) {
	for i := 0; ; i++ {
		select {
		case <-stop:
			return
		case ticks <- i:
		}
	}
}

// Follow starts a watcher and then waits for the watcher's stop signal, which only its own return will give.
func Follow() int {
	stop := make(chan struct{})
	defer close(stop)
	ticks := make(chan int, 1)
	go watch(stop, ticks)
	n := <-ticks
	<-stop // want `^Follow blocks forever receiving from stop: its only close is Follow's own deferred close\(stop\), which runs after this receive, and nothing can send on it \(it goes only to receives and <-chan parameters\)$`
	return n
}

// WaitFunc gives the channel of a poll, derived from done.
type WaitFunc func(done <-chan struct{}) <-chan struct{}

// Poll calls wait with done and reads what it gives until it is closed or check is satisfied.
func Poll(wait WaitFunc, check func() bool, done <-chan struct{}) {
	c := wait(done)
	for range c {
		if check() {
			return
		}
	}
}

func ticker(every time.Duration) WaitFunc {
	return func(done <-chan struct{}) <-chan struct{} {
		ch := make(chan struct{})
		go func() {
			defer close(ch)
			t := time.NewTicker(every)
			defer t.Stop()
			for {
				select {
				case <-t.C:
					select {
					case ch <- struct{}{}:
					default:
					}
				case <-done:
					return
				}
			}
		}()
		return ch
	}
}

// PollOnce keeps the done channel the callback was given and waits on it after the poll.
func PollOnce() {
	stop := make(chan struct{})
	defer close(stop)
	wait := ticker(time.Millisecond)
	var seen <-chan struct{}
	Poll(func(done <-chan struct{}) <-chan struct{} {
		seen = done
		return wait(done)
	}, func() bool { return true }, stop)
	<-seen // want `^PollOnce blocks forever receiving from seen: it can only hold nil or stop, whose only close is PollOnce's own deferred close\(stop\), which runs after this receive, and nothing can send on it \(it goes only to receives and <-chan parameters\)$`
}
