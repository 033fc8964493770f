// Package countdown: a collector that counts its goroutines down (`left := len(tasks)` … `left--; if left == 0 {
// break }`), one goroutine started per task, each sending once. RunAll counts from the number of tasks: it takes
// every report, even after an error (quiet). RunButOne counts from one less: the last report is never taken
// (reported).
package countdown

// RunAll runs every task at once and returns the first error.
func RunAll(tasks []func() error) error {
	errc := make(chan error)
	left := len(tasks)
	for _, t := range tasks {
		go func(t func() error) {
			errc <- t()
		}(t)
	}
	var first error
	for err := range errc {
		left--
		if err != nil && first == nil {
			first = err
		}
		if left == 0 {
			break
		}
	}
	return first
}

// RunButOne is RunAll counting one report too few.
func RunButOne(tasks []func() error) error {
	errc := make(chan error)
	left := len(tasks) - 1
	for _, t := range tasks {
		go func(t func() error) {
			errc <- t() // want "^goroutines may block forever sending on unbuffered channel errc: any number of them send but RunButOne receives only once on some paths$"
		}(t)
	}
	var first error
	for err := range errc {
		left--
		if err != nil && first == nil {
			first = err
		}
		if left == 0 {
			break // related "^RunButOne stops receiving from errc here$"
		}
	}
	return first
}
