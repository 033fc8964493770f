// Package skipped: code after a call that ends the goroutine (a test's SkipNow, Fatal, FailNow) never runs, so the
// goroutine it would start is never started and nothing is reported for it.
package skipped

// Drain starts a goroutine that ranges over a channel nobody closes: it waits forever once the values are taken.
func Drain(values []string) {
	log := make(chan string, len(values)) // related `log is made here \(capacity unknown\) and never closed`
	go func() {
		for s := range log { // want `the goroutine in Drain blocks forever in .for range log.: nothing closes channel log, so the loop never ends`
			_ = s
		}
	}()
	for _, v := range values {
		log <- v
	}
}

// DrainSkipped is Drain behind a skip that always happens: tb.SkipNow() ends the goroutine that runs it (as a
// test's t.SkipNow() does), so the ranging goroutine is never started.
func DrainSkipped(tb interface{ SkipNow() }, values []string) {
	tb.SkipNow()
	log := make(chan string, len(values))
	go func() {
		for s := range log {
			_ = s
		}
	}()
	for _, v := range values {
		log <- v
	}
}
