// Package givesuplater: the partner gives up in a select case that takes from a channel only the sending goroutine
// writes. When every such write comes after the send, or on a path that returns before it, the case cannot be ready
// while the send waits, and does not strand it (quiet). A write that can come first does (reported).
package givesuplater

// Attach starts two goroutines: run reports the id start gave on ids and then the outcome on status; wait takes ids
// until status says to stop, and hands the result to report. status is sent only after ids, or on the path that
// returns before it (quiet).
func Attach(start func() (string, error), report func(string)) {
	status := make(chan bool)
	ids := make(chan string)
	run := func() {
		id, err := start()
		if err != nil {
			status <- false
			return
		}
		ids <- id
		status <- true
	}
	wait := func() {
		got := ""
		for {
			select {
			case ok := <-status:
				if !ok {
					got = ""
				}
				report(got)
				return
			case id := <-ids:
				got = id
			}
		}
	}
	go wait()
	go run()
}

// AttachEager is Attach whose run reports the outcome first: wait can take status and return, and the id is never
// taken (reported).
func AttachEager(start func() (string, error), report func(string)) {
	status := make(chan bool)
	ids := make(chan string)
	run := func() {
		id, err := start()
		status <- err == nil
		ids <- id // want `^goroutine may block forever sending on unbuffered channel ids: the goroutine in AttachEager stops receiving when .case ok := <-status. wins$`
	}
	wait := func() {
		got := ""
		for {
			select {
			case ok := <-status:
				if !ok {
					got = ""
				}
				report(got)
				return
			case id := <-ids:
				got = id
			}
		}
	}
	go wait()
	go run()
}

// Split runs f in a goroutine that sends its error on errs or its value on done, and then closes done: done is
// written only on the other branch or after the error is taken (quiet).
func Split(f func() (int, error)) (int, error) {
	done := make(chan int)
	errs := make(chan error)
	go func() {
		v, err := f()
		if err != nil {
			errs <- err
		} else {
			done <- v
		}
		close(done)
	}()
	select {
	case v := <-done:
		return v, nil
	case err := <-errs:
		return 0, err
	}
}

// SplitEarly is Split whose goroutine closes done before it sends the error: the select can take the close and
// return, and the error is never taken (reported).
func SplitEarly(f func() (int, error)) (int, error) {
	done := make(chan int)
	errs := make(chan error)
	go func() {
		v, err := f()
		if err != nil {
			close(done)
			errs <- err // want `^goroutine may block forever sending on unbuffered channel errs: SplitEarly stops receiving when .case v := <-done. wins$`
			return
		}
		done <- v
		close(done)
	}()
	select {
	case v := <-done:
		return v, nil
	case err := <-errs:
		return 0, err
	}
}
