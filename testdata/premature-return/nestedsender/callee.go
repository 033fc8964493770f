package nestedsender

import "errors"

var errFailed = errors.New("check failed")

// report sends the verdict once, on one branch or the other.
func report(ok bool, verdicts chan error) {
	if ok {
		verdicts <- nil // want `^goroutine may block forever sending on unbuffered channel verdicts: AwaitUnbuffered can return before receiving from it$`
	} else {
		verdicts <- errFailed
	}
}

// Await: the watcher sends one verdict, either itself or through report, which it calls once right before it
// returns. The caller can give up before it receives: the one value fits the buffer of one: quiet.
func Await(events chan bool, check func() error) error {
	verdicts := make(chan error, 1)
	go func() {
		for {
			e, ok := <-events
			if !ok {
				report(true, verdicts)
				return
			}
			if !e {
				verdicts <- errFailed
				return
			}
		}
	}()
	if err := check(); err != nil {
		return err
	}
	return <-verdicts
}

// AwaitUnbuffered is the same with no buffer: when the check fails, the watcher's one verdict has nobody to take
// it (one send, not two: report's sends are on the path that calls it only).
func AwaitUnbuffered(events chan bool, check func() error) error {
	verdicts := make(chan error)
	go func() {
		for {
			e, ok := <-events
			if !ok {
				report(true, verdicts)
				return
			}
			if !e {
				verdicts <- errFailed
				return
			}
		}
	}()
	if err := check(); err != nil {
		return err
	}
	return <-verdicts
}
