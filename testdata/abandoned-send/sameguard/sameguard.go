// Package sameguard: a goroutine started under a condition (`if withReports { go … }`) over a variable nothing
// changes afterwards, and a receive under the same condition: every path that started the sender receives.
package sameguard

// Produce reports its count through a goroutine only when asked to, and then always waits for it: quiet.
func Produce(n int, withReports bool, report func(int)) {
	var done chan int
	if withReports {
		done = make(chan int)
		go func() { done <- n }()
	}
	if withReports {
		report(<-done)
	}
}

// ProduceVerbose waits for the report only when verbose: with reports on and verbose off, the goroutine is stranded.
func ProduceVerbose(n int, withReports, verbose bool, report func(int)) {
	var done chan int
	if withReports {
		done = make(chan int)
		go func() { done <- n }() // want "^goroutine may block forever sending on unbuffered channel done: it can send once but ProduceVerbose receives none on some paths$"
	}
	if verbose {
		report(<-done)
	}
}

// ProduceReset changes its mind after starting the goroutine: the second check is another condition.
func ProduceReset(n int, withReports bool, report func(int)) {
	var done chan int
	if withReports {
		done = make(chan int)
		go func() { done <- n }() // want "^goroutine may block forever sending on unbuffered channel done: it can send once but ProduceReset receives none on some paths$"
	}
	withReports = n > 0
	if withReports {
		report(<-done)
	}
}
