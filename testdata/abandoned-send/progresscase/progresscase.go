// Package progresscase: a goroutine reports progress on one channel and, later, its result on another; the
// receiver's select returns on the progress value. That case strands the result send whenever things go well, so it
// is the give-up named, rather than the timeout beside it, which strands it only when they do not.
package progresscase

import (
	"context"
	"time"
)

// Start runs serve, which calls ready with its address once it listens and returns when it stops.
func Start(serve func(ready func(string)) error) (string, error) {
	addrCh := make(chan string)
	errCh := make(chan error)
	go func() {
		errCh <- serve(func(addr string) { addrCh <- addr }) // want "^goroutine may block forever sending on unbuffered channel errCh: waitStart stops receiving when `case addr := <-addrCh` wins$"
	}()
	return waitStart(addrCh, errCh)
}

func waitStart(addrCh <-chan string, errCh <-chan error) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case addr := <-addrCh:
		return addr, nil
	case err := <-errCh:
		return "", err
	}
}

// Dial reports either its connection or its error, never both: taking one strands nothing, and only the timeout
// strands the goroutine.
func Dial(dial func() (string, error)) (string, error) {
	connCh := make(chan string)
	errCh := make(chan error)
	go func() {
		c, err := dial()
		if err != nil {
			errCh <- err // want "^goroutine may block forever sending on unbuffered channel errCh: waitDial stops receiving when `case <-ctx.Done\\(\\)` wins$"
			return
		}
		connCh <- c // related "the goroutine can also block here sending on connCh"
	}()
	return waitDial(connCh, errCh)
}

func waitDial(connCh <-chan string, errCh <-chan error) (string, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
	defer cancel()
	select {
	case <-ctx.Done():
		return "", ctx.Err()
	case c := <-connCh:
		return c, nil
	case err := <-errCh:
		return "", err
	}
}
