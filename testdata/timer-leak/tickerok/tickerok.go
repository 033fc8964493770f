// Package tickerok: loops that check whether their ticker's channel was closed (`case _, ok := <-t.C: if !ok {
// return }`). The time package never closes it, so that return never runs: a loop whose other way out stops the
// ticker leaves nothing behind; one with a second way out that does not is reported at that way out.
package tickerok

import "time"

// Poll calls f every period until quit is closed, then stops its ticker.
func Poll(f func(), period time.Duration, quit <-chan struct{}) {
	ticker := time.NewTicker(period)
	for {
		select {
		case _, ok := <-ticker.C:
			if !ok {
				return
			}
			f()
		case <-quit:
			ticker.Stop()
			return
		}
	}
}

// PollUntil is Poll with a deadline as well, which returns with the ticker running.
func PollUntil(f func(), period time.Duration, quit <-chan struct{}, deadline <-chan time.Time) {
	ticker := time.NewTicker(period) // want `ticker is not stopped on every path: before Go 1.23 \(go.mod says go 1.19\) one left running is never garbage collected`
	for {
		select {
		case _, ok := <-ticker.C:
			if !ok {
				return
			}
			f()
		case <-quit:
			ticker.Stop()
			return
		case <-deadline:
			return // related `returns here without stopping the ticker`
		}
	}
}
