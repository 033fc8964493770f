package ctxcancel

import (
	"context"
	"time"
)

// Each function below waits on a context whose cancel function runs, or whose parent can be done: quiet.

// DeferredCancel: the cancel function runs when the function returns.
func DeferredCancel() {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan struct{})
	go func() {
		<-ctx.Done()
		close(done)
	}()
	cancel()
	<-done
}

// cancelInDefer keeps the cancel function in a field that a deferred function literal calls.
type job struct {
	cancel context.CancelFunc
	done   chan struct{}
}

func (j *job) run(ctx context.Context) {
	ctx, j.cancel = context.WithCancel(ctx)
	go func() {
		<-ctx.Done()
		close(j.done)
	}()
}

// RunJob cancels through the field, from a deferred literal.
func RunJob() {
	j := &job{done: make(chan struct{})}
	j.run(context.Background())
	defer func() { j.cancel() }()
}

// timed contexts end on their own: a parent made by WithTimeout is done after the timeout.
type timed struct {
	cancel context.CancelFunc
}

func (t *timed) start(ctx context.Context) {
	ctx, t.cancel = context.WithCancel(ctx)
	go func() { <-ctx.Done() }()
}

// Timed waits on a child of a timeout context: done after a millisecond.
func Timed() {
	ctx, stop := context.WithTimeout(context.Background(), time.Millisecond)
	defer stop()
	t := &timed{}
	t.start(ctx)
}

// watch is like watcher, but Observe is exported: its context comes from callers outside the package.
type watch struct {
	cancel context.CancelFunc
}

// Observe waits on a child of the caller's context: the caller can cancel it.
func (w *watch) Observe(ctx context.Context) {
	ctx, w.cancel = context.WithCancel(ctx)
	go func() { <-ctx.Done() }()
}

// conn is returned to a caller that keeps it and releases it.
type conn struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func (c *conn) wait() { <-c.ctx.Done() }

func (c *conn) release() { c.cancel() }

func dial(ctx context.Context) *conn {
	ctx, cancel := context.WithCancel(ctx)
	c := &conn{ctx: ctx, cancel: cancel}
	go c.wait()
	return c
}

// Dial keeps the conn and releases it.
func Dial() {
	c := dial(context.Background())
	c.release()
}

// stream keeps its cancel function in a value on which close is called.
type stream struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func (s *stream) close() { s.cancel() }

// Stream closes the stream it waits on.
func Stream() {
	ctx, cancel := context.WithCancel(context.Background())
	s := &stream{ctx: ctx, cancel: cancel}
	done := make(chan struct{})
	go func() {
		<-s.ctx.Done()
		close(done)
	}()
	s.close()
	<-done
}

// Poll waits on the context or a timer: the other case fires.
func Poll() {
	ctx, cancel := context.WithCancel(context.Background())
	s := &stream{ctx: ctx, cancel: cancel}
	go func() {
		select {
		case <-s.ctx.Done():
		case <-time.After(time.Millisecond):
		}
	}()
}
