// Package nilerror: a goroutine that runs a component and checks its error with require.NoError before it signals.
// Component.Run returns nil on every path, so the check never fails and the signal always comes (quiet). Worker.Run
// can return an error: the check then ends the goroutine without the signal (reported).
package nilerror

import (
	"context"
	"errors"
	"testing"

	"golintchan.example/testdata/internal/require"
)

// Component serves until its context is done.
type Component struct{ served int }

// Run serves until ctx is done; it never fails.
func (c *Component) Run(ctx context.Context) error {
	for {
		select {
		case <-ctx.Done():
			return nil
		default:
			c.served++
			if c.served > 1000 {
				return nil
			}
		}
	}
}

// Worker is Component with a Run that can fail.
type Worker struct{ fail bool }

// Run fails when w is set to.
func (w *Worker) Run(ctx context.Context) error {
	if w.fail {
		return errors.New("worker failed")
	}
	<-ctx.Done()
	return nil
}

// RunComponent runs c until it is cancelled.
func RunComponent(t testing.TB) {
	c := &Component{}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() {
		err := c.Run(ctx)
		require.NoError(t, err)
		done <- struct{}{}
	}()
	cancel()
	<-done
}

// RunWorker runs w until it is cancelled.
func RunWorker(t testing.TB, w *Worker) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() {
		err := w.Run(ctx)
		require.NoError(t, err) // related `the goroutine in RunWorker can finish here without sending on done`
		done <- struct{}{}
	}()
	cancel()
	<-done // want `^RunWorker may block forever receiving from unbuffered channel done: the goroutine in RunWorker can finish without sending on or closing it$`
}
