package leakcheck

import (
	"bytes"
	"runtime"
	"testing"
	"time"
)

// blockedRecvs counts goroutines parked in a plain channel receive (`<-ch`, `for range ch`; not a select).
func blockedRecvs() int {
	return bytes.Count(stacks(), []byte(" [chan receive"))
}

// ExpectRecv runs f, then waits (polling, at most Settle) until exactly `goroutines` more goroutines are
// alive than before f, `recvs` of them blocked receiving from a channel. It fails the test otherwise.
func ExpectRecv(t testing.TB, goroutines, recvs int, f func()) {
	t.Helper()
	g0, r0 := runtime.NumGoroutine(), blockedRecvs()
	f()
	deadline := time.Now().Add(Settle)
	for {
		g, r := runtime.NumGoroutine()-g0, blockedRecvs()-r0
		if g == goroutines && r == recvs {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %d new goroutines, %d blocked receiving; want %d and %d\n%s",
				Settle, g, r, goroutines, recvs, stacks())
			return // Fatalf returns when t is not a real *testing.T
		}
		time.Sleep(time.Millisecond)
	}
}

// LeaksReceiving asserts that f leaves n goroutines blocked forever receiving from a channel.
// To check a function that itself blocks, start it with `go` inside f.
func LeaksReceiving(t testing.TB, n int, f func()) {
	t.Helper()
	ExpectRecv(t, n, n, f)
}
