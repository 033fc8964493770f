// Package todoctx: a worker that leaves when its context is done, where every caller gives it a context that is
// never done (context.TODO(), context.Background()): that case never wins, so it strands no sender.
package todoctx

import "context"

// Store hands head changes to its subscribers.
type Store struct {
	subscribe chan func(int)
	heads     chan int
}

func NewStore() *Store {
	s := &Store{subscribe: make(chan func(int)), heads: make(chan int)}
	s.startWorker(context.TODO())
	return s
}

func (s *Store) startWorker(ctx context.Context) {
	go func() {
		var subs []func(int)
		for {
			select {
			case f := <-s.subscribe:
				subs = append(subs, f)
			case h := <-s.heads:
				for _, f := range subs {
					f(h)
				}
			case <-ctx.Done():
				return
			}
		}
	}()
}

// Subscribe: the worker's context is never done, so it never stops receiving: quiet.
func (s *Store) Subscribe(f func(int)) { s.subscribe <- f }

// Head passes a new head to the subscribers.
func (s *Store) Head(h int) { s.heads <- h }

// Feed is the same worker, given the caller's context, which the caller may cancel.
type Feed struct {
	subscribe chan func(int)
	heads     chan int
}

func NewFeed(ctx context.Context) *Feed {
	f := &Feed{subscribe: make(chan func(int)), heads: make(chan int)}
	f.startWorker(ctx)
	return f
}

func (f *Feed) startWorker(ctx context.Context) {
	go func() {
		var subs []func(int)
		for {
			select {
			case fn := <-f.subscribe:
				subs = append(subs, fn)
			case h := <-f.heads:
				for _, fn := range subs {
					fn(h)
				}
			case <-ctx.Done(): // related `the goroutine in Feed.startWorker stops receiving from Feed.(subscribe|heads) here`
				return
			}
		}
	}()
}

// Subscribe after the caller's context is canceled waits for a worker that has left.
func (f *Feed) Subscribe(fn func(int)) { f.subscribe <- fn } // want `^goroutine may block forever sending on unbuffered channel Feed.subscribe: the goroutine in Feed.startWorker stops receiving when .case <-ctx.Done\(\). wins$`

// Head passes a new head to the subscribers.
func (f *Feed) Head(h int) { f.heads <- h } // want `^goroutine may block forever sending on unbuffered channel Feed.heads: the goroutine in Feed.startWorker stops receiving when .case <-ctx.Done\(\). wins$`

// Collect gathers results until its context is done; every caller gives it one that never is: quiet.
func collect(ctx context.Context, n int) []int {
	results := make(chan int)
	for i := 0; i < n; i++ {
		go func(i int) { results <- i * i }(i)
	}
	var out []int
	for len(out) < n {
		select {
		case r := <-results:
			out = append(out, r)
		case <-ctx.Done():
			return out
		}
	}
	return out
}

// Squares collects n squares.
func Squares(n int) []int { return collect(context.Background(), n) }
