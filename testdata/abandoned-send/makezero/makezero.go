// Package makezero resolves host names with a deadline, on an explicitly unbuffered channel.
package makezero

import "time"

// Resolver turns a host name into addresses.
type Resolver func(host string) []string

// Resolve asks r for host's addresses and gives up when the timer fires.
func Resolve(r Resolver, host string, d time.Duration) ([]string, bool) {
	addrs := make(chan []string, 0)
	go func() {
		addrs <- r(host) // want `blocks? forever sending on`
	}()
	timer := time.NewTimer(d)
	defer timer.Stop()
	select {
	case a := <-addrs:
		return a, true
	case <-timer.C: // related `stops receiving`
		return nil, false
	}
}
