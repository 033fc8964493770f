package leakcheck

import (
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"
)

// ExpectBlocked runs f, then waits (polling, at most Settle) until exactly `goroutines` goroutines started
// since f began are alive and, for every state of `parked`, exactly that many more goroutines are parked in that
// wait state than before f (a goroutine alive before f that moved into the state counts too). Goroutines of
// earlier tests that finish meanwhile are left out of both counts (they are compared by id). Use it when the kind
// of block matters, e.g. "chan send (nil chan)" rather than any send.
func ExpectBlocked(t testing.TB, goroutines int, parked map[string]int, f func()) {
	t.Helper()
	names := make([]string, 0, len(parked))
	for s := range parked {
		names = append(names, s)
	}
	sort.Strings(names)
	before := states()
	f()
	deadline := time.Now().Add(Settle)
	for {
		now := states()
		g := 0
		for id := range now {
			if _, old := before[id]; !old {
				g++
			}
		}
		ok := g == goroutines
		got := make([]string, len(names))
		for i, s := range names {
			n := 0
			for id, st := range now {
				if strings.HasPrefix(st, s) {
					n++
				}
				if was, old := before[id]; old && strings.HasPrefix(was, s) {
					n--
				}
			}
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
