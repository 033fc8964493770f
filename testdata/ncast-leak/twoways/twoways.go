// Package twoways: two goroutines copy between a connection and a pipe, each reporting the first error it meets on
// the channel of the side that failed (one value in all, then it returns), into buffers of one. When the case of one
// channel wins, the goroutine that sent there is done with the other channel too: at most one is left to send on
// it, and its buffer holds that. Only a way out that takes neither value strands a second sender.
package twoways

// Copy also leaves on quit: both goroutines may then report on the same channel, and the second one blocks.
func Copy(quit <-chan struct{}, read, write func() error) error {
	connErr := make(chan error, 1)
	pipeErr := make(chan error, 1)
	go func() {
		for {
			if err := read(); err != nil {
				connErr <- err // want `^goroutines may block forever sending on channel connErr \(capacity 1\): 2 of them send but Copy receives none when .case <-quit. wins$`
				return
			}
			if err := write(); err != nil {
				pipeErr <- err // want `^goroutines may block forever sending on channel pipeErr \(capacity 1\): 2 of them send but Copy receives none when .case <-quit. wins$`
				return
			}
		}
	}()
	go func() {
		for {
			if err := write(); err != nil {
				pipeErr <- err
				return
			}
			if err := read(); err != nil {
				connErr <- err
				return
			}
		}
	}()
	select {
	case err := <-connErr:
		return err
	case err := <-pipeErr:
		return err
	case <-quit: // related `Copy stops receiving from (connErr|pipeErr) here`
		return nil
	}
}

// CopyUntilError waits for the first error only: whichever case wins, the other goroutine's one report fits: quiet.
func CopyUntilError(read, write func() error) error {
	connErr := make(chan error, 1)
	pipeErr := make(chan error, 1)
	go func() {
		for {
			if err := read(); err != nil {
				connErr <- err
				return
			}
			if err := write(); err != nil {
				pipeErr <- err
				return
			}
		}
	}()
	go func() {
		for {
			if err := write(); err != nil {
				pipeErr <- err
				return
			}
			if err := read(); err != nil {
				connErr <- err
				return
			}
		}
	}()
	select {
	case err := <-connErr:
		return err
	case err := <-pipeErr:
		return err
	}
}
