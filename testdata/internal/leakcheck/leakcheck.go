// Package leakcheck proves at run time what the golint-chan fixtures claim: that a flagged
// goroutine really stays blocked on a channel operation, and that a clean variant leaves nothing
// behind.
//
// It compares the goroutines alive before and after the code under test by goroutine id (ids are
// never reused), so goroutines of earlier tests that finish meanwhile do not skew the count, and it
// tells a goroutine blocked for good from one that is merely still working by its state in
// runtime.Stack ("chan send", "chan receive"). runtime.NumGoroutine is reported alongside.
package leakcheck

import (
	"regexp"
	"runtime"
	"strings"
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

var header = regexp.MustCompile(`(?m)^goroutine (\d+) \[([^\],]+)[^\n]*\n([^\n(]*)`)

// states maps the id of every live goroutine to its wait state ("chan send", "select", "running", …). A goroutine
// of the test framework itself (its top frame in package testing: the parent test waiting in T.Run) is marked
// "testing …", so that its parking in "chan receive" as the test starts is not taken for one of the code's.
func states() map[string]string {
	m := map[string]string{}
	for _, h := range header.FindAllSubmatch(stacks(), -1) {
		st := string(h[2])
		if strings.HasPrefix(string(h[3]), "testing.") {
			st = "testing " + st
		}
		m[string(h[1])] = st
	}
	return m
}

// expect runs f, then waits (polling, at most Settle) until exactly `goroutines` goroutines started
// since f began are alive, `blocked` of them in wait state `state`. It fails the test otherwise.
func expect(t testing.TB, goroutines, blocked int, state string, f func()) {
	t.Helper()
	before, n0 := states(), runtime.NumGoroutine()
	f()
	deadline := time.Now().Add(Settle)
	for {
		g, b := 0, 0
		for id, s := range states() {
			if _, old := before[id]; !old {
				g++
				if s == state {
					b++
				}
			}
		}
		if g == goroutines && b == blocked {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %d new goroutines, %d in [%s] (NumGoroutine %+d); want %d and %d\n%s",
				Settle, g, b, state, runtime.NumGoroutine()-n0, goroutines, blocked, stacks())
			return // Fatalf returns when t is not a real *testing.T
		}
		time.Sleep(time.Millisecond)
	}
}

// Expect runs f, then waits until exactly `goroutines` goroutines that f started are still alive,
// `sends` of them blocked sending on a channel (not in a select). It fails the test otherwise.
func Expect(t testing.TB, goroutines, sends int, f func()) {
	t.Helper()
	expect(t, goroutines, sends, "chan send", f)
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
