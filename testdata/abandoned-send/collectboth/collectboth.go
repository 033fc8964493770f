// Package collectboth: a loop that collects the one result of each of two goroutines and leaves only once it holds
// both (`if err1 != nil && err2 != nil { break loop }`, each variable given only by its channel's receive): by then
// both sends were taken. Leaving once either holds one strands the other sender.
package collectboth

// BothFail waits until both dials have failed.
func BothFail(dial1, dial2 func() error) (error, error) {
	errCh1 := make(chan error)
	errCh2 := make(chan error)
	go func() { errCh1 <- dial1() }()
	go func() { errCh2 <- dial2() }()
	var err1 error
	var err2 error
loop:
	for {
		select {
		case err1 = <-errCh1:
			if err1 != nil && err2 != nil {
				break loop
			}
		case err2 = <-errCh2:
			if err1 != nil && err2 != nil {
				break loop
			}
		}
	}
	return err1, err2
}

// FirstFailure leaves as soon as either dial has failed: the other dial's send is never taken.
func FirstFailure(dial1, dial2 func() error) error {
	errCh1 := make(chan error)
	errCh2 := make(chan error)
	go func() { errCh1 <- dial1() }() // want "^goroutine may block forever sending on unbuffered channel errCh1: FirstFailure stops receiving when `case err2 = <-errCh2` wins and then returns$"
	go func() { errCh2 <- dial2() }() // want "^goroutine may block forever sending on unbuffered channel errCh2: FirstFailure stops receiving when `case err1 = <-errCh1` wins and then returns$"
	var err1 error
	var err2 error
	for {
		select {
		case err1 = <-errCh1:
			if err1 != nil || err2 != nil {
				return err1
			}
		case err2 = <-errCh2:
			if err1 != nil || err2 != nil {
				return err2
			}
		}
	}
}
