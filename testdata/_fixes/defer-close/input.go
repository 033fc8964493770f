package fixes

import "errors"

func validate() error { return errors.New("invalid") }
func work()           {}

// Run skips close(done) when validate fails; the goroutine waits forever.
func Run() error {
	done := make(chan struct{})
	go func() {
		<-done
		work()
	}()
	if err := validate(); err != nil {
		return err
	}
	close(done)
	return nil
}
