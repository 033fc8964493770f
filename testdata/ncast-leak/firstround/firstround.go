// Package firstround: an acceptor loops twice but reports only in its first round (`if i > 0 { …; return }` before
// the send): each acceptor sends one value at most, not one per round. Two acceptors and two receives: quiet. Two
// acceptors and one receive: the second is stranded.
package firstround

// acceptor hands on the first value next gives and turns away the second.
func acceptor(next func() (int, bool), accepted chan<- int, rejected func(int)) {
	for i := 0; i <= 1; i++ {
		v, ok := next()
		if !ok {
			return
		}
		if i > 0 {
			rejected(v)
			return
		}
		accepted <- v
	}
}

// Both starts two acceptors and takes a value from each.
func Both(next func() (int, bool)) int {
	accepted := make(chan int)
	go acceptor(next, accepted, func(int) {})
	go acceptor(next, accepted, func(int) {})
	return <-accepted + <-accepted
}

// acceptorOnce is the same acceptor, on a channel of its own.
func acceptorOnce(next func() (int, bool), accepted chan<- int, rejected func(int)) {
	for i := 0; i <= 1; i++ {
		v, ok := next()
		if !ok {
			return
		}
		if i > 0 {
			rejected(v)
			return
		}
		accepted <- v // want "^goroutines may block forever sending on unbuffered channel accepted: 2 of them send but First receives at most once$"
	}
}

// First starts two acceptors and takes one value.
func First(next func() (int, bool)) int {
	accepted := make(chan int)
	go acceptorOnce(next, accepted, func(int) {})
	go acceptorOnce(next, accepted, func(int) {})
	return <-accepted
}
