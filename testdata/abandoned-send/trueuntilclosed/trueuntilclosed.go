// Package trueuntilclosed: a receive loop that stops on a false value (`if r := <-ready; !r { break }`). Count's
// sender puts only `true` on the channel and closes it when done: the loop sees false only once the channel is
// closed, so it takes every value (quiet). Skip's sender also puts false for an empty item and goes on: the loop
// stops there while later items are still to be sent (reported).
package trueuntilclosed

// Count returns how many items are announced on a channel, one true per item.
func Count(items []string) int {
	ready := make(chan bool)
	go func() {
		defer close(ready)
		for range items {
			ready <- true
		}
	}()
	n := 0
	for {
		if r := <-ready; !r {
			break
		}
		n++
	}
	return n
}

// Skip counts the items up to the first empty one.
func Skip(items []string) int {
	ready := make(chan bool)
	go func() {
		defer close(ready)
		for _, it := range items {
			if it == "" {
				ready <- false // related "^the goroutine can also block here sending on ready$"
				continue
			}
			ready <- true // want "^goroutine may block forever sending on unbuffered channel ready: it can send any number of times but Skip receives only once on some paths$"
		}
	}()
	n := 0
	for {
		if r := <-ready; !r {
			break // related "^Skip stops receiving from ready here$"
		}
		n++
	}
	return n
}
