package todoctx

import (
	"context"
	"sync"
)

// handler adds up requests until its context is done.
type handler struct {
	mu    sync.Mutex
	total int
}

func (h *handler) serve(ctx context.Context, reqs <-chan int) {
	for {
		select {
		case r := <-reqs:
			h.mu.Lock()
			h.total += r
			h.mu.Unlock()
		case <-ctx.Done(): // related `handler.serve \(run by the goroutine in Ask(Until|Fresh)\) stops receiving from reqs here`
			return
		}
	}
}

// Ask runs a handler with a context that is never done, and asks it from a goroutine: the handler never stops
// receiving, so the asker is not stranded (quiet).
func Ask(v int) {
	reqs := make(chan int)
	h := &handler{}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		h.serve(context.TODO(), reqs)
	}()
	go func() {
		reqs <- v
		wg.Done()
	}()
	wg.Wait()
}

// prepare stands for the asker's own work before it asks (tests replace it).
var prepare = func() {}

// AskUntil runs it with the caller's context, which may be done before the request is taken.
func AskUntil(ctx context.Context, v int) {
	reqs := make(chan int)
	h := &handler{}
	go func() {
		h.serve(ctx, reqs)
	}()
	go func() {
		prepare()
		reqs <- v // want `^goroutine may block forever sending on unbuffered channel reqs: handler.serve \(run by the goroutine in AskUntil\) stops receiving when .case <-ctx.Done\(\). wins$`
	}()
}

// AskFresh runs a fresh handler, `(&handler{}).serve(…)`, with the caller's context: the same as AskUntil.
func AskFresh(ctx context.Context, v int) {
	reqs := make(chan int)
	go func() {
		(&handler{}).serve(ctx, reqs)
	}()
	go func() {
		prepare()
		reqs <- v // want `^goroutine may block forever sending on unbuffered channel reqs: handler.serve \(run by the goroutine in AskFresh\) stops receiving when .case <-ctx.Done\(\). wins$`
	}()
}
