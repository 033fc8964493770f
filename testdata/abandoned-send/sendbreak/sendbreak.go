// Package sendbreak: a worker streams items and reports one result on a one-slot channel, while its caller waits
// for that result or for cancellation. An error inside the loop is sent and then `break`s, so the send after the
// loop is a second one: that send is where the worker blocks once the caller has gone.
package sendbreak

import "context"

// Stream reports the first write error and then, after the loop, the result of the final write too.
func Stream(ctx context.Context, items []string, write func(string) error) error {
	done := make(chan error, 1)
	go func() {
		for _, it := range items {
			if err := write(it); err != nil {
				done <- err
				break
			}
		}
		done <- write("end") // want `^goroutine may block forever sending on channel done \(capacity 1\): Stream stops receiving when .case <-ctx.Done\(\). wins$`
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done(): // related `Stream stops receiving from done here`
		return ctx.Err()
	}
}

// StreamOnce returns after the error send instead of breaking: every path sends once, and the buffer holds it:
// quiet.
func StreamOnce(ctx context.Context, items []string, write func(string) error) error {
	done := make(chan error, 1)
	go func() {
		for _, it := range items {
			if err := write(it); err != nil {
				done <- err
				return
			}
		}
		done <- write("end")
	}()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		return ctx.Err()
	}
}
