// Package intests: timers and tickers written in a package's tests are not reported for what they keep in memory
// before Go 1.23 (as staticcheck's SA1015 leaves time.Tick in tests alone): a test binary runs each test once and
// exits, so what its timers keep is bounded by its run. The same code in the package's own files, which a
// long-running program calls again and again, is reported. A goroutine that loops over a ticker forever is a
// leaked goroutine wherever it is written, and is reported in tests too.
package intests

import "time"

// Count counts events until they stop or none comes for d: every event makes a new timer, and each stays in memory
// until it fires, so a busy stream piles them up.
func Count(events <-chan int, d time.Duration) int {
	n := 0
	for {
		select {
		case _, ok := <-events:
			if !ok {
				return n
			}
			n++
		case <-time.After(d): // want `^time.After in a loop makes a timer per iteration that lives until it fires before Go 1.23 \(go.mod says go 1.19\): reuse a time.Timer$`
			return n
		}
	}
}

// Beat returns a ticker's channel and never stops the ticker: one is left running per call.
func Beat(d time.Duration) <-chan time.Time {
	return time.Tick(d) // want `^time.Tick outside main leaks its ticker before Go 1.23 \(go.mod says go 1.19\): use time.NewTicker and Stop it$`
}
