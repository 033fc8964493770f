// Package testfake: code outside tests does not call a method its package declares only in a test file. Watch ranges
// over the events of a feed it makes with another package's constructor, which its Stop closes; the package's test
// declares a fake with an Events method of its own, which Watch's call is not.
package testfake

import "golintchan.example/testdata/orphan-receive/testfake/feed"

// Watch makes a feed and counts its events until it is stopped, reporting the total on done.
func Watch(done chan<- int) *feed.Feed {
	f := feed.New()
	go func() {
		n := 0
		for range f.Events() {
			n++
		}
		done <- n
	}()
	return f
}
