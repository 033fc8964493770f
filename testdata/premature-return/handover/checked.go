package handover

import "errors"

// watch starts a goroutine that forwards events on out and then closes it; it fails only before it starts it.
func watch(events []int, out chan<- int) error {
	if events == nil {
		return errors.New("no events")
	}
	go func() {
		defer close(out)
		for _, e := range events {
			out <- e // want "^goroutine may block forever sending on unbuffered channel out: WatchStartFails can return before receiving from it$"
		}
	}()
	return nil
}

// watchAfter starts the goroutine first and then can fail.
func watchAfter(events []int, out chan<- int) error {
	go func() {
		for _, e := range events {
			out <- e // want "^goroutine may block forever sending on unbuffered channel out: WatchAfterFails can return before receiving from it$"
		}
	}()
	if len(events) > 3 {
		return errors.New("too many events")
	}
	return nil
}

// WatchFirst checks watch's error: watch fails only before it starts the goroutine, so that way out strands nothing.
func WatchFirst(events []int) (int, error) {
	out := make(chan int)
	if err := watch(events, out); err != nil {
		return 0, err
	}
	sum := 0
	for v := range out {
		sum += v
	}
	return sum, nil
}

// WatchStartFails has a second check after the hand-over: that way out strands the goroutine.
func WatchStartFails(events []int, start func() error) (int, error) {
	out := make(chan int)
	err := watch(events, out)
	if err != nil {
		return 0, err
	}
	if err := start(); err != nil {
		return 0, err // related "WatchStartFails stops receiving from out here"
	}
	return <-out, nil
}

// WatchAfterFails checks watchAfter's error, which comes after the goroutine started: that way out strands it.
func WatchAfterFails(events []int) (int, error) {
	out := make(chan int)
	if err := watchAfter(events, out); err != nil {
		return 0, err // related "WatchAfterFails stops receiving from out here"
	}
	return <-out, nil
}
