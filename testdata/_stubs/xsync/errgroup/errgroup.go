// Package errgroup stands in for golang.org/x/sync/errgroup: Go runs each function once, in a goroutine of its own,
// and Wait returns the first error once all have returned.
package errgroup

import (
	"context"
	"sync"
)

// Group runs functions and collects the first error.
type Group struct {
	wg     sync.WaitGroup
	once   sync.Once
	err    error
	cancel func()
}

// WithContext returns a group whose context is canceled when a function fails or Wait returns.
func WithContext(ctx context.Context) (*Group, context.Context) {
	ctx, cancel := context.WithCancel(ctx)
	return &Group{cancel: cancel}, ctx
}

// Go runs f once in a goroutine of its own.
func (g *Group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		if err := f(); err != nil {
			g.once.Do(func() {
				g.err = err
				if g.cancel != nil {
					g.cancel()
				}
			})
		}
	}()
}

// Wait waits for every function and returns the first error.
func (g *Group) Wait() error {
	g.wg.Wait()
	if g.cancel != nil {
		g.cancel()
	}
	return g.err
}
