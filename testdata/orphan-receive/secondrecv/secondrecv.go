// Package secondrecv: a goroutine signals twice on a one-slot channel (once half-way, once at the end) but on an
// error sends once and returns. The receiver waits twice; its first receive always gets a value, so the second one
// is where it blocks, and the one the finding names.
package secondrecv

// Exchange runs both halves of a protocol in a goroutine and waits for each.
func Exchange(first, second func() error) {
	done := make(chan error, 1)
	go func() {
		if err := first(); err != nil {
			done <- err
			return // related `the goroutine in Exchange can finish here having sent on done only once`
		}
		done <- nil
		if err := second(); err != nil {
			done <- err
			return
		}
		close(done)
	}()
	<-done
	<-done // want `^Exchange may block forever receiving from channel done \(capacity 1\): it can receive twice but the goroutine in Exchange sends only once on some paths$`
}

// ExchangeOnce waits for one value only: every path of the goroutine sends at least one: quiet.
func ExchangeOnce(first, second func() error) {
	done := make(chan error, 1)
	go func() {
		if err := first(); err != nil {
			done <- err
			return
		}
		if err := second(); err != nil {
			done <- err
			return
		}
		close(done)
	}()
	<-done
}
