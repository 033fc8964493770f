// Package stickyerror: a writer goroutine that reports a write error on a one-slot channel to a caller that asks for
// it at most once. Relay keeps its first error (`if err == nil { err = write(f); if err != nil { writeErr <- err } }`,
// err declared outside the loop) and then only drains: it sends once, into the free slot (quiet). Leaky declares the
// error afresh for every frame: a second failed write finds the slot taken and waits forever (reported).
package stickyerror

// Relay writes frames in a goroutine of its own and returns the first write error when wantErr is set.
func Relay(frames [][]byte, write func([]byte) error, wantErr bool) error {
	writeErr := make(chan error, 1)
	out := make(chan []byte)
	done := make(chan struct{})
	defer close(done)
	go func() {
		var err error
		for {
			select {
			case f := <-out:
				if err == nil {
					err = write(f)
					if err != nil {
						writeErr <- err
					}
				}
			case <-done:
				return
			}
		}
	}()
	for _, f := range frames {
		out <- f
	}
	if !wantErr {
		return nil
	}
	select {
	case err := <-writeErr:
		return err
	default:
		return nil
	}
}

// Leaky is Relay reporting every failed write.
func Leaky(frames [][]byte, write func([]byte) error, wantErr bool) error {
	writeErr := make(chan error, 1)
	out := make(chan []byte)
	done := make(chan struct{})
	defer close(done)
	go func() {
		for {
			select {
			case f := <-out:
				if err := write(f); err != nil {
					writeErr <- err // want `^goroutine may block forever sending on channel writeErr \(capacity 1\)`
				}
			case <-done:
				return
			}
		}
	}()
	for _, f := range frames {
		out <- f
	}
	if !wantErr {
		return nil
	}
	select {
	case err := <-writeErr:
		return err
	default:
		return nil
	}
}
