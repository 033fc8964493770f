// Package alldone: workers report matches; a helper goroutine closes allDone once every worker has returned
// (wg.Wait, then close). The case <-allDone can only win when no worker is left at its send, so it strands
// nothing: what strands the other matches is that AnyMatch takes at most one.
package alldone

import "sync"

// AnyMatch reports whether any item matches, returning at the first match.
func AnyMatch(items []string, match func(string) bool) bool {
	found := make(chan string)
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it string) {
			defer wg.Done()
			if match(it) {
				found <- it // want `^goroutines may block forever sending on unbuffered channel found: any number of them send but AnyMatch receives at most once$`
			}
		}(it)
	}
	allDone := make(chan struct{})
	go func() {
		wg.Wait()
		close(allDone)
	}()
	select {
	case <-found: // related `AnyMatch receives from found here, at most once`
		return true
	case <-allDone:
		return false
	}
}
