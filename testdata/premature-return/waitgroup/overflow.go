package waitgroup

import "sync"

// Stages runs two workers that report errors into a two-slot channel read only after wg.Wait. The first worker sends
// at most once on its paths that return after a send, and twice on the one that goes on after a failed cleanup (`if
// err := cleanup(); err != nil { errs <- err }` with no return); the second sends once. Its first send can never find
// both slots taken (the other worker sends once); its second can, once the other worker's error is in: that is the
// send named.
func Stages(setup, cleanup, verify, other func() error) error {
	errs := make(chan error, 2)
	var wg sync.WaitGroup
	wg.Add(2)
	go func() {
		defer wg.Done()
		if err := setup(); err != nil {
			errs <- err
			return
		}
		if err := cleanup(); err != nil {
			errs <- err
		}
		if err := verify(); err != nil {
			errs <- err // want "^goroutine may block forever sending on channel errs \\(capacity 2\\): Stages waits in `wg.Wait\\(\\)` for every sender to finish before it receives, and the buffer cannot hold all their values$"
			return
		}
	}()
	go func() {
		defer wg.Done()
		if err := other(); err != nil {
			errs <- err
		}
	}()
	wg.Wait()
	close(errs)
	for err := range errs {
		return err
	}
	return nil
}
