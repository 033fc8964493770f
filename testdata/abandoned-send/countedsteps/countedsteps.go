// Package countedsteps: two steppers each report two steps on a channel of their own, and the caller counts the
// reports of each and returns once both counts are complete. That return strands nobody: every value of both
// channels has been taken by then. What strands a stepper is a return on an error, before its reports are all in.
package countedsteps

// Exchange returns on the first error: the other stepper is left at its send.
func Exchange(a, b func() error) error {
	as, bs := make(chan error), make(chan error)
	go func() {
		as <- a() // want "^goroutine may block forever sending on unbuffered channel as: Exchange stops receiving when `case err := <-bs` wins and then returns$"
		as <- a() // related "the goroutine can also block here sending on as"
	}()
	go func() {
		bs <- b() // want "^goroutine may block forever sending on unbuffered channel bs: Exchange stops receiving when `case err := <-as` wins and then returns$"
		bs <- b() // related "the goroutine can also block here sending on bs"
	}()
	na, nb := 0, 0
	for {
		select {
		case err := <-as:
			if err != nil {
				return err // related "Exchange stops receiving from bs here"
			}
			na++
			if na == 2 && nb == 2 {
				return nil
			}
		case err := <-bs:
			if err != nil {
				return err // related "Exchange stops receiving from as here"
			}
			nb++
			if na == 2 && nb == 2 {
				return nil
			}
		}
	}
}

// ExchangeAll keeps the first error and waits for every report: quiet.
func ExchangeAll(a, b func() error) error {
	as, bs := make(chan error), make(chan error)
	go func() {
		as <- a()
		as <- a()
	}()
	go func() {
		bs <- b()
		bs <- b()
	}()
	var first error
	na, nb := 0, 0
	for {
		select {
		case err := <-as:
			if err != nil && first == nil {
				first = err
			}
			na++
			if na == 2 && nb == 2 {
				return first
			}
		case err := <-bs:
			if err != nil && first == nil {
				first = err
			}
			nb++
			if na == 2 && nb == 2 {
				return first
			}
		}
	}
}
