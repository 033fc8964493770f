package leakcheck

import (
	"bytes"
	"fmt"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
)

// parkedIn counts goroutines whose wait state starts with state: the text in brackets of a goroutine's
// stack header, such as "chan receive (nil chan)", "chan send" or "select".
func parkedIn(state string) int {
	return bytes.Count(stacks(), []byte(" ["+state))
}

// ExpectBlocked runs f, then waits (polling, at most Settle) until exactly `goroutines` more goroutines are
// alive than before f and, for every state of `parked`, exactly that many more are parked in that wait
// state. Use it when the kind of block matters, e.g. "chan send (nil chan)" rather than any send.
func ExpectBlocked(t testing.TB, goroutines int, parked map[string]int, f func()) {
	t.Helper()
	states := make([]string, 0, len(parked))
	for s := range parked {
		states = append(states, s)
	}
	sort.Strings(states)
	before := make([]int, len(states))
	g0 := runtime.NumGoroutine()
	for i, s := range states {
		before[i] = parkedIn(s)
	}
	f()
	deadline := time.Now().Add(Settle)
	for {
		g := runtime.NumGoroutine() - g0
		ok := g == goroutines
		got := make([]string, len(states))
		for i, s := range states {
			n := parkedIn(s) - before[i]
			ok = ok && n == parked[s]
			got[i] = fmt.Sprintf("%q: %d (want %d)", s, n, parked[s])
		}
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %v: %d new goroutines (want %d); parked %s\n%s",
				Settle, g, goroutines, strings.Join(got, ", "), stacks())
			return // Fatalf returns when t is not a real *testing.T
		}
		time.Sleep(time.Millisecond)
	}
}
