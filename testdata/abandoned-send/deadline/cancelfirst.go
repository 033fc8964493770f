package deadline

import (
	"context"
	"testing"
	"time"
)

// RunStops cancels the context the worker's call is given before it waits: the call returns once the context is done,
// and the result is sent before the timer, a watchdog of a second, can win (quiet).
func RunStops(t testing.TB, run func(context.Context) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- run(ctx)
	}()
	cancel()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second):
		t.Fatal("run did not stop")
		return nil
	}
}

// job runs until the context it was made with is done.
type job struct{ ctx context.Context }

func newJob(ctx context.Context) *job { return &job{ctx: ctx} }

// Start waits for the job's context.
func (j *job) Start() { <-j.ctx.Done() }

// JobStops does the same for a method of a value made with the context (quiet).
func JobStops(t testing.TB) {
	ctx, cancel := context.WithCancel(context.Background())
	j := newJob(ctx)
	done := make(chan bool)
	go func() {
		j.Start()
		done <- true
	}()
	cancel()
	select {
	case <-done:
	case <-time.After(time.Second):
		t.Fatal("job did not stop")
	}
}

// RunStopsQuickly cancels first too, but gives the call only 100ms to wind down: a timer that short may be what the
// call's own shutdown takes (reported).
func RunStopsQuickly(t testing.TB, run func(context.Context) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- run(ctx) // want "^goroutine may block forever sending on unbuffered channel done: RunStopsQuickly stops receiving when `case <-time.After\\(100 \\* time.Millisecond\\)` wins$"
	}()
	cancel()
	select {
	case err := <-done:
		return err
	case <-time.After(100 * time.Millisecond):
		t.Fatal("run did not stop") // related `RunStopsQuickly stops receiving from done here`
		return nil
	}
}

// RunHoldsOn cancels first but expects the call to hold on for a second (the timer's case is the expected path, the
// value's the failure): the call does not return at once, and once the timer wins nobody takes its result (reported).
func RunHoldsOn(t testing.TB, run func(context.Context) error) {
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() {
		done <- run(ctx) // want "^goroutine may block forever sending on unbuffered channel done: RunHoldsOn stops receiving when `case <-time.After\\(time.Second\\)` wins$"
	}()
	cancel()
	select {
	case <-time.After(time.Second): // related `RunHoldsOn stops receiving from done here`
	case <-done:
		t.Error("run returned before its grace period")
	}
}

// RunCancelledLater cancels only as it returns (deferred): the worker runs on while the timer can win (reported).
func RunCancelledLater(t testing.TB, run func(context.Context) error) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error)
	go func() {
		done <- run(ctx) // want "^goroutine may block forever sending on unbuffered channel done: RunCancelledLater stops receiving when `case <-time.After\\(100 \\* time.Millisecond\\)` wins$"
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(100 * time.Millisecond):
		t.Fatal("run did not stop") // related `RunCancelledLater stops receiving from done here`
		return nil
	}
}

// server carries the context it serves under.
type server struct{ ctx context.Context }

// serve waits until the server's context is done.
func serve(s *server) error {
	<-s.ctx.Done()
	return s.ctx.Err()
}

// ServeStops hands the context to the call inside a struct literal, and cancels it before it waits (quiet).
func ServeStops(t testing.TB) error {
	ctx, cancel := context.WithCancel(context.Background())
	srv := &server{ctx: ctx}
	done := make(chan error)
	go func() {
		done <- serve(srv)
	}()
	cancel()
	select {
	case err := <-done:
		return err
	case <-time.After(time.Second):
		t.Fatal("serve did not stop")
		return nil
	}
}

// ServeCancelledLater cancels the server's context only as it returns (reported).
func ServeCancelledLater(t testing.TB) error {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	srv := &server{ctx: ctx}
	done := make(chan error)
	go func() {
		done <- serve(srv) // want "^goroutine may block forever sending on unbuffered channel done: ServeCancelledLater stops receiving when `case <-time.After\\(100 \\* time.Millisecond\\)` wins$"
	}()
	select {
	case err := <-done:
		return err
	case <-time.After(100 * time.Millisecond):
		t.Fatal("serve did not stop") // related `ServeCancelledLater stops receiving from done here`
		return nil
	}
}
