package leakcheck

import "testing"

// ExpectRecv runs f, then waits (polling, at most Settle) until exactly `goroutines` goroutines that f
// started are still alive, `recvs` of them blocked receiving from a channel (`<-ch`, `for range ch`;
// not a select). It fails the test otherwise.
func ExpectRecv(t testing.TB, goroutines, recvs int, f func()) {
	t.Helper()
	expect(t, goroutines, recvs, "chan receive", f)
}

// LeaksReceiving asserts that f leaves n goroutines blocked forever receiving from a channel.
// To check a function that itself blocks, start it with `go` inside f.
func LeaksReceiving(t testing.TB, n int, f func()) {
	t.Helper()
	ExpectRecv(t, n, n, f)
}
