// Package signalfirst: a goroutine counts events until the function signals it (`close(done)`), and only then
// sends its count. The function's ways out before the signal cannot strand that send: the goroutine is still
// waiting for the signal (the send on out is not reported for them). A way out between the signal and the
// receive can: reported, that return named.
package signalfirst

// CountUntilDone closes done right before taking the count: its early return comes before the signal: quiet.
func CountUntilDone(events <-chan int, check func() error) (int, error) {
	out := make(chan int)
	done := make(chan struct{})
	go func() {
		n := 0
		for {
			select {
			case <-events:
				n++
			case <-done:
				out <- n
				return
			}
		}
	}()
	if err := check(); err != nil {
		return 0, err
	}
	close(done)
	return <-out, nil
}

// CheckAfterSignal can return between the signal and the receive: the goroutine is then at its send.
func CheckAfterSignal(events <-chan int, check func() error) (int, error) {
	out := make(chan int)
	done := make(chan struct{})
	go func() {
		n := 0
		for {
			select {
			case <-events:
				n++
			case <-done:
				out <- n // want "^goroutine may block forever sending on unbuffered channel out: CheckAfterSignal can return before receiving from it$"
				return
			}
		}
	}()
	close(done)
	if err := check(); err != nil {
		return 0, err // related `CheckAfterSignal stops receiving from out here`
	}
	return <-out, nil
}

// ReadAfterRelease: the goroutine waits for release as a statement of its own before it reads and sends; the
// early return comes before the release: the send on out is quiet (the wait on release is the finding).
func ReadAfterRelease(read func() int, check func() error) (int, error) {
	out := make(chan int)
	release := make(chan struct{})
	go func() {
		<-release // want "^the goroutine in ReadAfterRelease may block forever receiving from unbuffered channel release: ReadAfterRelease can return before sending on or closing it$"
		out <- read()
	}()
	if err := check(); err != nil {
		return 0, err // related `ReadAfterRelease can finish here without sending on release`
	}
	close(release)
	return <-out, nil
}
