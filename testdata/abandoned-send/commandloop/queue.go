package main

// notifier queues notifications in a loop of a helper function, which it hands its own quit channel: the helper's
// `case <-quit` is the notifier's shutdown, which the program makes as it ends, and its `if !ok { break }` leaves
// only once the input is closed (quiet, like server).
type notifier struct {
	in   chan string
	out  chan string
	quit chan struct{}
}

func newNotifier() *notifier {
	return &notifier{in: make(chan string), out: make(chan string, 16), quit: make(chan struct{})}
}

// relay forwards what comes in until in is closed or quit is.
func relay(in <-chan string, out chan<- string, quit <-chan struct{}) {
loop:
	for {
		select {
		case s, ok := <-in:
			if !ok {
				break loop
			}
			out <- s
		case <-quit:
			break loop
		}
	}
	close(out)
}

func (n *notifier) run() { relay(n.in, n.out, n.quit) }

// Notify hands s to the loop.
func (n *notifier) Notify(s string) { n.in <- s }
