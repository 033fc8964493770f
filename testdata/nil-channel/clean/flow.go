package clean

import "sync/atomic"

// Channel variables that are set to nil, or nil on some paths, but never nil where they are used without a
// check, or used only under the condition that made them.

// Remake sets the channel to nil and makes it again before using it.
func Remake() int {
	a := make(chan int, 1)
	a = nil
	a = make(chan int, 1)
	a <- 1
	return <-a
}

// UseThenForget sets the channel to nil only after its last use.
func UseThenForget() int {
	a := make(chan int, 1)
	a <- 2
	v := <-a
	a = nil
	_ = a
	return v
}

// Rounds makes a channel at the start of every iteration and forgets it at the end.
func Rounds(n int) int {
	var ch chan int
	total := 0
	for i := 0; i < n; i++ {
		ch = make(chan int, 1)
		ch <- i
		total += <-ch
		ch = nil
	}
	return total
}

// ShadowThenAssign: the inner := declares another ch, but the outer one is made before it is used.
func ShadowThenAssign() int {
	var ch chan int
	{
		ch := make(chan int, 1)
		ch <- 1
		<-ch
	}
	ch = make(chan int, 1)
	ch <- 2
	return <-ch
}

// MergeClosed switches the case of a closed channel off by setting it to nil (the select-case idiom).
func MergeClosed(xs, ys []int) int {
	a, b := make(chan int, len(xs)), make(chan int, len(ys))
	for _, x := range xs {
		a <- x
	}
	for _, y := range ys {
		b <- y
	}
	close(a)
	close(b)
	sum := 0
	for open := 2; open > 0; {
		select {
		case v, ok := <-a:
			if !ok {
				a = nil
				open--
				continue
			}
			sum += v
		case v, ok := <-b:
			if !ok {
				b = nil
				open--
				continue
			}
			sum += v
		}
	}
	return sum
}

// Async waits for its goroutine only when it started one: the receive is under the same condition as the make.
func Async(async bool) int {
	var done chan int
	if async {
		done = make(chan int, 1)
		go func() { done <- 1 }()
	}
	n := 0
	if async {
		n = <-done
	}
	return n
}

// Model applies configuration changes.
type Model struct{ applied int64 }

func (m *Model) apply(updates <-chan Event) {
	for range updates {
		atomic.AddInt64(&m.applied, 1)
	}
}

// WatchIf starts the method only under the condition that made the channel.
func (m *Model) WatchIf(watch bool) chan<- Event {
	var updates chan Event
	if watch {
		updates = make(chan Event)
	}
	if watch {
		go m.apply(updates)
	}
	return updates
}

// WatchChecked checks the channel for nil before starting the method.
func (m *Model) WatchChecked(watch bool) chan<- Event {
	var updates chan Event
	if watch {
		updates = make(chan Event)
	}
	if updates != nil {
		go m.apply(updates)
	}
	return updates
}

// applyOrSkip returns at once when it is given no channel.
func (m *Model) applyOrSkip(updates <-chan Event) {
	if updates == nil {
		return
	}
	for range updates {
		atomic.AddInt64(&m.applied, 1)
	}
}

// WatchAnyway starts a method that checks for nil itself.
func (m *Model) WatchAnyway(watch bool) chan<- Event {
	var updates chan Event
	if watch {
		updates = make(chan Event)
	}
	go m.applyOrSkip(updates)
	return updates
}

// WatchOrFail makes the channel on every path that reaches the go statement.
func (m *Model) WatchOrFail(watch bool) (chan<- Event, error) {
	var updates chan Event
	if !watch {
		return nil, errNotWatching
	}
	updates = make(chan Event)
	go m.apply(updates)
	return updates, nil
}

var errNotWatching = errorString("not watching")

type errorString string

func (e errorString) Error() string { return string(e) }

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

// ChainFrom links n stages to a source channel that is made before the loop.
func ChainFrom(xs []int, n int) <-chan int {
	var prev chan int
	prev = make(chan int, len(xs))
	for _, x := range xs {
		prev <- x
	}
	close(prev)
	for i := 0; i < n; i++ {
		next := make(chan int)
		go stage(prev, next)
		prev = next
	}
	return prev
}

// WatchOrNothing returns early, under the condition that skipped the make, before it starts the method.
func (m *Model) WatchOrNothing(watch bool) chan<- Event {
	var updates chan Event
	if watch {
		updates = make(chan Event)
	}
	if !watch {
		return nil
	}
	go m.apply(updates)
	return updates
}

// applyIf returns at once when it is off: the caller turns it off exactly when the channel stays nil.
func (m *Model) applyIf(updates <-chan Event, on bool) {
	if !on {
		return
	}
	for range updates {
		atomic.AddInt64(&m.applied, 1)
	}
}

// WatchFlagged passes the condition along with the channel.
func (m *Model) WatchFlagged(watch bool) chan<- Event {
	var updates chan Event
	if watch {
		updates = make(chan Event)
	}
	go m.applyIf(updates, watch)
	return updates
}

// WatchMode makes the channel in every case of a switch with a default.
func (m *Model) WatchMode(mode string) chan<- Event {
	var updates chan Event
	switch mode {
	case "sync":
		updates = make(chan Event)
	default:
		updates = make(chan Event, 1)
	}
	go m.apply(updates)
	return updates
}

// ListenChecked hands the channel to a goroutine literal that checks it for nil.
func ListenChecked(listen bool) chan<- Event {
	var events chan Event
	if listen {
		events = make(chan Event, 1)
	}
	go func(in <-chan Event) {
		if in == nil {
			return
		}
		for range in {
		}
	}(events)
	return events
}
