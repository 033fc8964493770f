// Package timeout looks up a quote but gives up after a deadline.
package timeout

import "time"

// Quote is a price for a ticker symbol.
type Quote struct {
	Symbol string
	Price  float64
}

// Lookup asks fetch for a quote and gives up after d.
func Lookup(symbol string, d time.Duration, fetch func(string) Quote) (Quote, bool) {
	ch := make(chan Quote)
	go func() {
		ch <- fetch(symbol) // want `blocks? forever sending on`
	}()
	select {
	case q := <-ch:
		return q, true
	case <-time.After(d): // related `stops receiving`
		return Quote{}, false
	}
}
