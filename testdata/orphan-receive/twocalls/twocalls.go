// Package twocalls: a helper starts a goroutine that sends once on the channel it is handed. Called twice with the
// same channel it starts two senders, so two receives both get a value; called once, the second receive waits for
// a value nobody sends.
package twocalls

// drain runs read in a goroutine and sends its result on ch once, whatever happens.
func drain(read func() error, ch chan<- error) {
	go func() {
		var err error
		for {
			if err = read(); err != nil {
				break
			}
		}
		ch <- err
	}()
}

// Both drains two sources into one channel and takes both results: quiet.
func Both(out, errOut func() error) error {
	errs := make(chan error, 2)
	drain(out, errs)
	drain(errOut, errs)
	first := <-errs
	second := <-errs
	if first != nil {
		return first
	}
	return second
}

// OnlyOne starts a single drain but still waits for two results.
func OnlyOne(out func() error) error {
	errs := make(chan error, 2)
	drain(out, errs)
	first := <-errs
	second := <-errs // want `^OnlyOne may block forever receiving from channel errs \(capacity 2\): it can receive twice but the goroutine in drain sends only once on some paths$`
	if first != nil {
		return first
	}
	return second
}
