// Package clean: channel variables declared with `var ch chan T` that are given a value before use, or
// that are nil only to switch a select case off.
package clean

import (
	"errors"
	"time"
)

// Event is a configuration change.
type Event struct {
	Key, Value string
}

// Forward is the select-case-disabling idiom: at any time one of the two cases is switched off by a nil
// channel. `send` is nil until an event is held, then reading stops (`recv` is nil) until it is delivered.
func Forward(in <-chan Event, out chan<- Event) {
	recv := in
	var send chan<- Event
	var next Event
	for {
		select {
		case e, ok := <-recv:
			if !ok {
				return
			}
			next = e
			recv, send = nil, out
		case send <- next:
			recv, send = in, nil
		}
	}
}

// Collect waits for one result, with an optional timeout: the timeout channel stays nil (its case never
// fires) when d is zero.
func Collect(results <-chan int, d time.Duration) (int, error) {
	var timeout <-chan time.Time
	if d > 0 {
		timeout = time.After(d)
	}
	select {
	case r := <-results:
		return r, nil
	case <-timeout:
		return 0, errors.New("timed out")
	}
}

// Sum: the variable is declared first and made in both branches of an if.
func Sum(xs []int, buffered bool) int {
	var parts chan int
	if buffered {
		parts = make(chan int, len(xs))
	} else {
		parts = make(chan int)
	}
	for _, x := range xs {
		go func(x int) { parts <- x * x }(x)
	}
	total := 0
	for range xs {
		total += <-parts
	}
	return total
}

func open(ch *chan string, lines []string) {
	*ch = make(chan string, len(lines))
	for _, l := range lines {
		*ch <- l
	}
	close(*ch)
}

// Lines: the variable is made through a pointer, `open(&ch, …)`.
func Lines(lines []string) int {
	var ch chan string
	open(&ch, lines)
	n := 0
	for range ch {
		n++
	}
	return n
}

// Bus hands out subscriptions.
type Bus struct{ subs []chan Event }

// Subscribe returns a fresh, buffered subscription.
func (b *Bus) Subscribe() chan Event {
	ch := make(chan Event, 1)
	b.subs = append(b.subs, ch)
	return ch
}

func dial(addr string) (chan Event, error) {
	if addr == "" {
		return nil, errors.New("no address")
	}
	ch := make(chan Event, 1)
	ch <- Event{Key: "hello", Value: addr}
	return ch, nil
}

// First: the variable gets the result of a function, `ch = b.Subscribe()`, or of `ch, err := dial(…)`
// (a `:=` that redeclares ch).
func First(b *Bus, addr string) (Event, error) {
	var ch chan Event
	if addr == "" {
		ch = b.Subscribe()
		ch <- Event{Key: "local"}
		return <-ch, nil
	}
	ch, err := dial(addr)
	if err != nil {
		return Event{}, err
	}
	return <-ch, nil
}

// Handoff: the variable is assigned by a receive (`ch = <-ready`).
func Handoff(ready <-chan chan int) int {
	var ch chan int
	ch = <-ready
	return <-ch
}

// Poll: a single case plus default never blocks, even on a channel that stays nil (here, until a
// later version of the code makes it).
func Poll() bool {
	var stop chan struct{}
	select {
	case <-stop:
		return true
	default:
		return false
	}
}

// countJobs returns at once when it is given no channel.
func countJobs(jobs <-chan int) int {
	if jobs == nil {
		return 0
	}
	n := 0
	for range jobs {
		n++
	}
	return n
}

// NoJobs passes a channel that stays nil to a callee that checks for nil.
func NoJobs() int {
	var jobs chan int
	return countJobs(jobs)
}

// waitOrGiveUp waits in a select with a timeout: a nil done only switches that case off.
func waitOrGiveUp(done <-chan struct{}, d time.Duration) bool {
	select {
	case <-done:
		return true
	case <-time.After(d):
		return false
	}
}

// NeverDone passes a nil channel to waitOrGiveUp, which gives up after d.
func NeverDone(d time.Duration) bool {
	var done chan struct{}
	return waitOrGiveUp(done, d)
}
