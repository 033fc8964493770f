// Package buffered: a timeout with a buffer of one for the single, last send.
package buffered

import "time"

// Ping measures one round trip, giving up after d.
func Ping(roundTrip func() time.Duration, d time.Duration) (time.Duration, bool) {
	rtt := make(chan time.Duration, 1)
	go func() {
		rtt <- roundTrip() // the buffer takes it even when nobody is left to receive
	}()
	select {
	case v := <-rtt:
		return v, true
	case <-time.After(d):
		return 0, false
	}
}
