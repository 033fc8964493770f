// Package lastact: a receiving goroutine that either sends its reply or its error, each as its last act, and closes
// both channels as it returns (defer close). The caller's case on the other channel can win only once the goroutine
// has sent, or closed both: it strands nothing. What strands the goroutine is the caller's early return after its
// request failed, before it receives anything (reported there once, at its first send, the other related).
package lastact

import (
	"errors"
	"time"
)

// Conn answers requests on replies.
type Conn struct {
	replies chan string
	timeout time.Duration
	send    func(string) error
}

func (c *Conn) await(res chan<- string, errs chan<- error, quit <-chan struct{}) {
	t := time.NewTimer(c.timeout)
	defer t.Stop()
	defer close(res)
	defer close(errs)
	for {
		select {
		case r := <-c.replies:
			if r != "" {
				res <- r // want "^goroutine may block forever sending on unbuffered channel res: Conn.Roundtrip can return before receiving from it$"
				return
			}
		case <-t.C:
			errs <- errors.New("timeout") // related "the goroutine can also block here sending on errs"
			return
		case <-quit:
			return
		}
	}
}

// Roundtrip sends msg and waits for its reply.
func (c *Conn) Roundtrip(msg string) (string, error) {
	res := make(chan string)
	errs := make(chan error)
	quit := make(chan struct{})
	defer close(quit)
	go c.await(res, errs, quit)
	if err := c.send(msg); err != nil {
		return "", err // related `Conn.Roundtrip stops receiving from res here`
	}
	select {
	case r := <-res:
		return r, nil
	case err := <-errs:
		return "", err
	}
}
