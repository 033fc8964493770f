// Package condsend parses a configuration value in the background, with a deadline; the worker
// sends from an if and from a switch.
package condsend

import (
	"errors"
	"strconv"
	"time"
)

type result struct {
	port int
	err  error
}

// ParsePort parses s (calling slow first) and gives up after d.
func ParsePort(s string, slow func(), d time.Duration) (int, error) {
	results := make(chan result)
	go func() {
		slow()
		n, err := strconv.Atoi(s)
		if err != nil {
			results <- result{err: err} // want `blocks? forever sending on`
			return
		}
		switch {
		case n <= 0 || n > 65535:
			// The rule reports only the first send on a channel per goroutine; these two leak as well
			// (condsend_test.go proves every branch), so they are known false negatives.
			results <- result{err: errors.New("port out of range")} // related `can also block here`
		default:
			results <- result{port: n} // related `can also block here`
		}
	}()
	select {
	case r := <-results:
		return r.port, r.err
	case <-time.After(d): // related `stops receiving`
		return 0, errors.New("timed out parsing port")
	}
}
