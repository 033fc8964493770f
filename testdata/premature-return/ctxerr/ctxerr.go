// Package ctxerr: a helper that checks its context before it hands a request to a channel its caller waits on. With
// context.Background(), which is never done, `if err := ctx.Err(); err != nil { return err }` never returns, so the
// request is always sent (quiet); with a context its caller can cancel, the helper may return first and the waiting
// goroutine is stranded (reported).
package ctxerr

import "context"

type request struct{ n int }

func apply(ctx context.Context, reqs chan request, items []int) error {
	for _, n := range items {
		if err := ctx.Err(); err != nil {
			return err
		}
		reqs <- request{n: n}
	}
	return nil
}

// ApplyOne hands one item over to a goroutine that waits for it.
func ApplyOne(n int) int {
	reqs := make(chan request, 1)
	got := make(chan int, 1)
	go func() {
		r := <-reqs
		got <- r.n
	}()
	_ = apply(context.Background(), reqs, []int{n})
	return <-got
}

// ApplyOneWithin is ApplyOne under the caller's context.
func ApplyOneWithin(ctx context.Context, n int) error {
	reqs := make(chan request, 1)
	go func() {
		r := <-reqs // want "^the goroutine in ApplyOneWithin may block forever receiving from channel reqs \\(capacity 1\\): apply can return before sending on or closing it$"
		_ = r
	}()
	return apply(ctx, reqs, []int{n})
}
