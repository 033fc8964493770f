package fieldloop

import "context"

// listener serves connect requests until its context ends. A request that finds a connection hands it over, or
// leaves when the context ends while it waits for a taker: that return comes only after a request was taken. The
// way out that strands a request is the loop's own `case <-ctx.Done()`, which wins while nothing was taken.
type listener struct {
	requests  chan struct{}
	available chan int
}

func newListener() *listener { return &listener{requests: make(chan struct{}), available: make(chan int)} }

func (l *listener) serve(ctx context.Context, accept func() (int, error)) {
	for {
		select {
		case <-l.requests:
			c, err := accept()
			if err == nil {
				select {
				case l.available <- c:
				case <-ctx.Done():
					return
				}
			}
		case <-ctx.Done(): // related `stops receiving from listener.requests here`
			return
		}
	}
}

// Start starts the loop and asks it for a first connection.
func (l *listener) Start(ctx context.Context, accept func() (int, error)) {
	go l.serve(ctx, accept)
	l.requests <- struct{}{} // want "^goroutine may block forever sending on unbuffered channel listener.requests: the goroutine running listener.serve stops receiving when `case <-ctx.Done\\(\\)` wins$"
}
