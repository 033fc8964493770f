package leaks

import "time"

// RetryEveryOrWake is RetryEvery (testdata/timer-leak/clean) with a wake-up that cuts the wait short: a round that
// wake ends leaves its timer pending until it fires.
func RetryEveryOrWake(try func() bool, d time.Duration, wake <-chan struct{}) {
	for !try() {
		t := time.NewTimer(d) // want `timer is never stopped: before Go 1.23 \(go.mod says go 1.19\) it stays in memory until it fires`
		select {
		case <-t.C:
		case <-wake:
		}
	}
}
