// Package skippedtest: helpers that report the outcome of work on a channel their caller hands them. The test that
// calls Report skips itself before it makes its channel, so that channel is never made and nothing is stranded
// (quiet); the test that calls Announce makes one, starts it and never receives (reported).
package skippedtest

// Report sends the outcome of work on errc.
func Report(errc chan<- error, work func() error) {
	errc <- work()
}

// Announce sends the outcome of work on errc.
func Announce(errc chan<- error, work func() error) {
	errc <- work() // want "^goroutine blocks forever sending on unbuffered channel errc: nothing receives from it$"
}
