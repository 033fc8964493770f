// Package twoarms: a loop that takes a worker's updates until one of two stop signals, the client's quit or the
// caller's done. Either strands the worker at its next send, so the message names both cases; a case that takes
// the worker's other channel (its error) is not such a way out: the worker that sent it is done.
package twoarms

// Client stops every monitor when quit is closed.
type Client struct {
	quit chan struct{}
	last int
}

// Monitor records the updates next produces until quit or done is closed, or next fails.
func (c *Client) Monitor(done <-chan struct{}, next func() (int, error)) error {
	updates := make(chan int)
	errs := make(chan error)
	go func() {
		for {
			v, err := next()
			if err != nil {
				errs <- err // want "^goroutine may block forever sending on unbuffered channel errs: Client.Monitor stops receiving when `case <-c.quit` or `case <-done` wins$"
				return
			}
			updates <- v // related "the goroutine can also block here sending on updates"
		}
	}()
	for {
		select {
		case <-c.quit: // related `Client.Monitor stops receiving from errs here`
			return nil
		case <-done: // related `Client.Monitor can also stop receiving from errs here`
			return nil
		case v := <-updates:
			c.last = v
		case err := <-errs:
			return err
		}
	}
}
