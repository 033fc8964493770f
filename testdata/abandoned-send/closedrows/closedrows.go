// Package closedrows: a goroutine streams rows and closes the stream in a defer as it returns; a failed fetch goes on
// errs. The exporter leaves in the rows case either when the stream is closed (`if !ok`), which happens only once the
// goroutine has returned and can strand nothing, or when a write fails, which strands a fetch error about to be sent:
// the finding names the write's return as where the exporter stops receiving from errs.
package closedrows

import (
	"context"
	"errors"
)

// ErrDone is what next returns after the last row.
var ErrDone = errors.New("done")

// Export streams the rows next fetches into write; a failed fetch is returned.
func Export(next func() (int, error), write func(int) error) error {
	rows := make(chan int)
	errs := make(chan error)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() {
		defer close(rows)
		for {
			v, err := next()
			if errors.Is(err, ErrDone) {
				return
			}
			if err != nil {
				errs <- err // want `^goroutine may block forever sending on unbuffered channel errs: Export stops receiving when .case v, ok := <-rows. wins and then returns$`
				return
			}
			select {
			case rows <- v:
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		select {
		case v, ok := <-rows:
			if !ok {
				return nil
			}
			if err := write(v); err != nil {
				return err // related `Export stops receiving from errs here`
			}
		case err := <-errs:
			return err
		}
	}
}
