// Package groupgo: workers started by a group's Go (errgroup.Group, and sync.WaitGroup since Go 1.25) report
// matches; a helper closes allDone once the group's Wait returns, that is once every worker has returned. The case
// <-allDone can only win when no worker is left at its send: what strands the other matches is that AnyMatch takes
// at most one (AnyMatch), or gives up on its timeout (AnyMatchWithin).
package groupgo

import (
	"time"

	"golang.org/x/sync/errgroup"
)

// AnyMatch reports whether any item matches, returning at the first match.
func AnyMatch(items []string, match func(string) bool) bool {
	found := make(chan string)
	var g errgroup.Group
	for _, it := range items {
		it := it
		g.Go(func() error {
			if match(it) {
				found <- it // want `^goroutines may block forever sending on unbuffered channel found: any number of them send but AnyMatch receives at most once$`
			}
			return nil
		})
	}
	allDone := make(chan struct{})
	go func() {
		g.Wait()
		close(allDone)
	}()
	select {
	case <-found: // related `AnyMatch receives from found here, at most once`
		return true
	case <-allDone:
		return false
	}
}

// AnyMatchWithin also gives up after d.
func AnyMatchWithin(items []string, match func(string) bool, d time.Duration) bool {
	found := make(chan string)
	var g errgroup.Group
	for _, it := range items {
		it := it
		g.Go(func() error {
			if match(it) {
				found <- it // want `^goroutines may block forever sending on unbuffered channel found: any number of them send but AnyMatchWithin receives none when .case <-time.After\(d\). wins$`
			}
			return nil
		})
	}
	allDone := make(chan struct{})
	go func() {
		g.Wait()
		close(allDone)
	}()
	select {
	case <-found:
		return true
	case <-allDone:
		return false
	case <-time.After(d): // related `AnyMatchWithin stops receiving from found here`
		return false
	}
}
