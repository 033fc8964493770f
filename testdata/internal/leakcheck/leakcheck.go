// Package leakcheck proves at run time what the golint-chan fixtures claim: that a flagged
// goroutine really stays blocked on a channel send, and that a clean variant leaves nothing behind.
//
// It counts goroutines with runtime.NumGoroutine and, to tell a goroutine that is blocked for good
// from one that is merely still working, also counts goroutines parked in a channel send (from
// runtime.Stack). Tests in a package run one at a time, so counts are taken as differences.
package leakcheck

import (
	"bytes"
	"runtime"
	"testing"
	"time"
)

// Settle is how long Expect waits for goroutines to reach their final state.
const Settle = 150 * time.Millisecond

// stacks returns the stacks of every goroutine.
func stacks() []byte {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			return buf[:n]
		}
		buf = make([]byte, 2*len(buf))
	}
}

// blockedSends counts goroutines parked in a plain channel send (not a select).
func blockedSends() int {
	return bytes.Count(stacks(), []byte(" [chan send"))
}

// Expect runs f, then waits (polling, at most Settle) until exactly `goroutines` more goroutines are
// alive than before f, `sends` of them blocked sending on a channel. It fails the test otherwise.
func Expect(t testing.TB, goroutines, sends int, f func()) {
	t.Helper()
	g0, s0 := runtime.NumGoroutine(), blockedSends()
	f()
	deadline := time.Now().Add(Settle)
	for {
		g, s := runtime.NumGoroutine()-g0, blockedSends()-s0
		if g == goroutines && s == sends {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %d new goroutines, %d blocked sending; want %d and %d\n%s",
				Settle, g, s, goroutines, sends, stacks())
			return // Fatalf returns when t is not a real *testing.T
		}
		time.Sleep(time.Millisecond)
	}
}

// Leaks asserts that f leaves n goroutines blocked forever sending on a channel.
func Leaks(t testing.TB, n int, f func()) {
	t.Helper()
	Expect(t, n, n, f)
}

// Clean asserts that every goroutine f starts finishes.
func Clean(t testing.TB, f func()) {
	t.Helper()
	Expect(t, 0, 0, f)
}
