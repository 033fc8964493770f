// Package ctxcancel: goroutines that wait on ctx.Done() of a context made by context.WithCancel. Such a context is
// done only when its cancel function runs or its parent is done; from context.Background() or context.TODO() the
// parent never is, so a cancel function that can never run leaves the wait blocked forever.
package ctxcancel

import (
	"context"
	"time"
)

// watcher keeps its cancel function in a field that nothing reads.
type watcher struct {
	cancel context.CancelFunc
	events int
}

func (w *watcher) start(ctx context.Context) {
	ctx, w.cancel = context.WithCancel(ctx)
	go w.wait(ctx)
}

func (w *watcher) wait(ctx context.Context) {
	<-ctx.Done() // want `^watcher\.wait blocks forever receiving from ctx\.Done\(\): the context is made by context\.WithCancel \(line 18\) from ctx, which is never done \(it comes from context\.Background\(\), line 30\), and its cancel function is stored in w\.cancel, a field nothing in the package reads$`
	w.events++
}

// Watch starts a watcher that nothing can stop.
func Watch() {
	w := &watcher{}
	w.start(context.Background())
}

// lease holds its context and the cancel function that Release calls.
type lease struct {
	ctx    context.Context
	cancel context.CancelFunc
}

func (l *lease) await() {
	<-l.ctx.Done() // want `^lease\.await blocks forever receiving from l\.ctx\.Done\(\): the context is made by context\.WithCancel \(line 53\) from ctx, which is never done \(it comes from context\.TODO\(\), line 62\), and its cancel function is kept only in the lease \(field cancel\) that pool\.acquire returns, and its only caller discards it$`
}

// Release ends the lease's goroutine.
func (l *lease) Release() { l.release() }

func (l *lease) release() { l.cancel() }

func (l *lease) touch() time.Time { return time.Now() }

type pool struct{ leases int }

func (p *pool) acquire(ctx context.Context) *lease {
	ctx, cancel := context.WithCancel(ctx)
	l := &lease{ctx: ctx, cancel: cancel}
	go l.await()
	p.leases++
	return l
}

// Touch acquires a lease and throws it away: nobody can Release it.
func (p *pool) Touch() {
	p.acquire(context.TODO())
}

// session keeps its cancel function in a struct value that never leaves Serve.
type session struct {
	ctx    context.Context
	cancel context.CancelFunc
	seen   time.Time
}

func (s *session) close() { s.cancel() }

func (s *session) note() { s.seen = time.Now() }

// Serve waits for the session in a goroutine but never closes it.
func Serve() {
	ctx, cancel := context.WithCancel(context.Background())
	s := &session{ctx: ctx, cancel: cancel}
	go func() {
		select {
		case <-s.ctx.Done(): // want `^the goroutine in Serve blocks forever receiving from s\.ctx\.Done\(\): the context is made by context\.WithCancel \(line 78\) from context\.Background\(\), which is never done, and its cancel function is kept only in the session made by Serve \(field cancel\), on which no method that uses it is ever called$`
		}
	}()
	s.note()
}
