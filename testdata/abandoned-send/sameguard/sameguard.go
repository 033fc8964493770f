// Package sameguard: a goroutine started under a condition (`if withReports { go … }`) over a variable nothing
// changes afterwards, and a receive under the same condition: every path that started the sender receives. So too a
// goroutine that sends only under a condition the receiver waits under (`if mode == Verbose`, a package constant).
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

// Mode says how much a run reports.
type Mode string

// The modes.
const (
	Quiet   Mode = "quiet"
	Verbose Mode = "verbose"
)

// Report's goroutine sends its count only in Verbose mode (a package constant), and Report waits for it only then:
// the send and the receive are under the same condition, on a parameter nothing changes: quiet.
func Report(n int, mode Mode, report func(int)) {
	done := make(chan int)
	go func() {
		if mode == Verbose {
			done <- n
		}
	}()
	if mode == Verbose {
		report(<-done)
	}
}

// ReportAlways's goroutine sends in every mode, and it waits only in Verbose mode.
func ReportAlways(n int, mode Mode, report func(int)) {
	done := make(chan int)
	go func() {
		done <- n // want "^goroutine may block forever sending on unbuffered channel done: it can send once but ReportAlways receives none on some paths$"
	}()
	if mode == Verbose {
		report(<-done)
	}
}
