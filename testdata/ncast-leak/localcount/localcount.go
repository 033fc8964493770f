// Package localcount: goroutines started in a loop bounded by a local that is set once to a constant
// (`workers := 3`): the finding counts them, and a buffer that holds all but the one value taken is enough.
package localcount

// Race starts three workers and takes the first answer: two are left sending.
func Race(work func(int) int) int {
	workers := 3
	out := make(chan int)
	for i := 0; i < workers; i++ {
		go func(i int) {
			out <- work(i) // want "^goroutines may block forever sending on unbuffered channel out: 3 of them send but Race receives at most once$"
		}(i)
	}
	return <-out // related `Race receives from out here, at most once`
}

// RaceTwo starts two workers and takes the first answer; the buffer of one holds the other's: quiet.
func RaceTwo(work func(int) int) int {
	workers := 2
	out := make(chan int, 1)
	for i := 0; i < workers; i++ {
		go func(i int) {
			out <- work(i)
		}(i)
	}
	return <-out
}

// Check runs two checks in workers, with room for both reports. A failing worker reports its error and then,
// without a return, reports success too: two workers can send four values, and Check stops at the first error.
func Check(checks [2]func() error) error {
	const workers = 2
	errs := make(chan error, workers)
	for i := 0; i < workers; i++ {
		go func(i int) {
			if err := checks[i](); err != nil {
				errs <- err // related `the goroutine can also block here sending on errs`
			}
			errs <- nil // want "^goroutines may block forever sending on channel errs \\(capacity 2\\): 2 of them send up to 4 values in all but Check receives only once on some paths$"
		}(i)
	}
	for i := 0; i < workers; i++ {
		if err := <-errs; err != nil {
			return err // related `Check stops receiving from errs here`
		}
	}
	return nil
}

// CheckOnce is Check with a return after the error report: one value per worker fits the buffer: quiet.
func CheckOnce(checks [2]func() error) error {
	const workers = 2
	errs := make(chan error, workers)
	for i := 0; i < workers; i++ {
		go func(i int) {
			if err := checks[i](); err != nil {
				errs <- err
				return
			}
			errs <- nil
		}(i)
	}
	for i := 0; i < workers; i++ {
		if err := <-errs; err != nil {
			return err
		}
	}
	return nil
}

// FirstFailures starts a reporter for each of the first two failures only: the counter it checks only grows, so
// however many failures come, two reporters send, and FirstFailures takes one report.
func FirstFailures(failures []error) error {
	out := make(chan error)
	seen := 0
	for _, err := range failures {
		seen++
		if seen < 3 {
			go func(err error) {
				out <- err // want "^goroutines may block forever sending on unbuffered channel out: 2 of them send but FirstFailures receives at most once$"
			}(err)
		}
	}
	return <-out // related `FirstFailures receives from out here, at most once`
}

// RaceStep is Race with the loop counting `i += 1`: the same three workers.
func RaceStep(work func(int) int) int {
	workers := 3
	out := make(chan int)
	for i := 0; i < workers; i += 1 {
		go func(i int) {
			out <- work(i) // want "^goroutines may block forever sending on unbuffered channel out: 3 of them send but RaceStep receives at most once$"
		}(i)
	}
	return <-out // related `RaceStep receives from out here, at most once`
}

// RaceStepTwo is RaceTwo counting `i += 1`: two workers, and the buffer of one holds the other's: quiet.
func RaceStepTwo(work func(int) int) int {
	workers := 2
	out := make(chan int, 1)
	for i := 0; i < workers; i += 1 {
		go func(i int) {
			out <- work(i)
		}(i)
	}
	return <-out
}
