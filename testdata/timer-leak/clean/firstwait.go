package clean

import "time"

// RetryEvery calls try until it succeeds, waiting d between attempts on a timer it receives from at once: each timer
// has fired before the loop goes round, so none is left pending.
func RetryEvery(try func() bool, d time.Duration) {
	for !try() {
		t := time.NewTimer(d)
		<-t.C
	}
}

// SleepUntilEach waits until each of the given moments, a timer per moment, in a select with no other case.
func SleepUntilEach(moments []time.Time, at func(time.Time)) {
	for _, m := range moments {
		timer := time.NewTimer(time.Until(m))
		select {
		case now := <-timer.C:
			at(now)
		}
	}
}
