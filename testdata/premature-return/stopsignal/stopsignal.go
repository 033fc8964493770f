// Package stopsignal: a function stops its reader goroutine by sending on a stop channel before returning early.
// When the stop channel is unbuffered and the goroutine returns as soon as it receives from it, the send completes
// only once the goroutine has stopped: nothing of it is left to strand. A buffered stop channel proves nothing.
package stopsignal

// Transfer writes, and on a write error tells the reader to stop (a rendezvous) before returning: quiet.
func Transfer(read, write func() error) error {
	stop := make(chan struct{})
	result := make(chan error)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := read(); err != nil {
				result <- err
				return
			}
		}
	}()
	if err := write(); err != nil {
		stop <- struct{}{}
		return err
	}
	return <-result
}

// TransferBuffered: the same with a one-slot stop channel, whose send does not wait for the reader: when the
// reader is already failing, Transfer returns and the reader blocks on result.
func TransferBuffered(read, write func() error) error {
	stop := make(chan struct{}, 1)
	result := make(chan error)
	go func() {
		for {
			select {
			case <-stop:
				return
			default:
			}
			if err := read(); err != nil {
				result <- err // want `^goroutine may block forever sending on unbuffered channel result: TransferBuffered can return before receiving from it$`
				return
			}
		}
	}()
	if err := write(); err != nil {
		stop <- struct{}{}
		return err // related `TransferBuffered stops receiving from result here`
	}
	return <-result
}
