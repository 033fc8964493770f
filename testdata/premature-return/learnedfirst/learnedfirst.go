// Package learnedfirst: a goroutine reports on ready whether it could start (an error, then return; or nil, then
// wait on step). The function returns early when ready brings an error: the goroutine has already returned then,
// so that exit strands no one. Only an exit after a nil from ready does.
package learnedfirst

// Serve returns early when the goroutine could not start (harmless) or when connect fails (the goroutine waits on
// step forever).
func Serve(setup, connect func() error) error {
	ready := make(chan error, 1)
	step := make(chan bool, 1)
	go func() {
		if err := setup(); err != nil {
			ready <- err
			return
		}
		ready <- nil
		<-step // want `^the goroutine in Serve may block forever receiving from channel step \(capacity 1\): Serve can return before sending on or closing it$`
	}()
	if err := <-ready; err != nil {
		return err
	}
	if err := connect(); err != nil {
		return err // related `Serve can finish here without sending on step`
	}
	step <- true
	return nil
}

// ServeChecked returns early only when ready brings an error: quiet.
func ServeChecked(setup func() error) error {
	ready := make(chan error, 1)
	step := make(chan bool, 1)
	go func() {
		if err := setup(); err != nil {
			ready <- err
			return
		}
		ready <- nil
		<-step
	}()
	e := <-ready
	if e != nil {
		return e
	}
	step <- true
	return nil
}
