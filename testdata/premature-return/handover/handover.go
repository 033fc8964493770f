// Package handover: the channel is made early and handed later to a function whose goroutines send on it (`go
// runAll(checks, out)`, which starts one per check). A return between the make and that hand-over strands nothing:
// no sender exists yet. A return after it, before the results are read, strands every sender.
package handover

import (
	"errors"
	"sync"
)

type result struct{ n int }

func runAll(checks []func() int, out chan<- result) {
	var wg sync.WaitGroup
	for _, c := range checks {
		wg.Add(1)
		go func(c func() int) {
			defer wg.Done()
			out <- result{c()} // want "^goroutine may block forever sending on unbuffered channel out: CheckLate can return before receiving from it$"
		}(c)
	}
	wg.Wait()
	close(out)
}

var errBad = errors.New("bad")

// CheckFirst gives up before it hands the channel over: quiet.
func CheckFirst(checks []func() int, bad bool) ([]result, error) {
	out := make(chan result)
	if bad {
		return nil, errBad
	}
	go runAll(checks, out)
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	return rs, nil
}

// CheckLate gives up after the senders started.
func CheckLate(checks []func() int, bad bool) ([]result, error) {
	out := make(chan result)
	go runAll(checks, out)
	if bad {
		return nil, errBad // related "CheckLate stops receiving from out here"
	}
	var rs []result
	for r := range out {
		rs = append(rs, r)
	}
	return rs, nil
}
