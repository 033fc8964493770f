package leakcheck

import (
	"runtime"
	"testing"
	"time"
)

// Before Go 1.23 an unstopped ticker, or a timer that has not fired yet, blocks no goroutine: the
// runtime's timer heap keeps it (and its channel) reachable, so the leak is memory. These helpers
// measure it as heap objects that survive a garbage collection.

// liveObjects is the number of heap objects still reachable after a full collection.
func liveObjects() int64 {
	runtime.GC()
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return int64(m.HeapObjects)
}

// retainedBy runs f and returns how many more heap objects are reachable afterwards than before.
func retainedBy(f func()) int64 {
	before := liveObjects()
	f()
	// Let every P run its timer bookkeeping, which frees stopped timers lazily.
	time.Sleep(time.Millisecond)
	return liveObjects() - before
}

// Retains asserts that f leaves at least n more heap objects reachable than before it (after garbage
// collection): e.g. n calls that each leave an unstopped ticker behind retain at least n objects.
func Retains(t testing.TB, n int64, f func()) {
	t.Helper()
	if got := retainedBy(f); got < n {
		t.Fatalf("f left %d heap objects reachable after GC; want at least %d", got, n)
	}
}

// Frees asserts that f leaves fewer than n more heap objects reachable than before it (after garbage
// collection): whatever timers it made were stopped or have fired.
func Frees(t testing.TB, n int64, f func()) {
	t.Helper()
	if got := retainedBy(f); got >= n {
		t.Fatalf("f left %d heap objects reachable after GC; want fewer than %d", got, n)
	}
}

// TickWindow is how long KeepsTicking lets the started goroutines settle, then watches them tick:
// use tick periods well below it.
const TickWindow = 50 * time.Millisecond

// KeepsTicking runs start, then checks that `goroutines` more goroutines are alive once TickWindow has
// passed and that ticks (a counter the started goroutines increase) still grows during a further
// TickWindow: the goroutines keep working after their caller is done.
func KeepsTicking(t testing.TB, goroutines int, ticks func() int64, start func()) {
	t.Helper()
	// Goroutines are told apart by id (never reused), so goroutines of earlier tests that end meanwhile do not count.
	before := states()
	start()
	time.Sleep(TickWindow)
	first := ticks()
	time.Sleep(TickWindow)
	g := 0
	for id := range states() {
		if _, ok := before[id]; !ok {
			g++
		}
	}
	if n := ticks() - first; g != goroutines || n == 0 {
		t.Fatalf("after %v: %d new goroutines (want %d), %d ticks in the last %v (want some)\n%s",
			2*TickWindow, g, goroutines, n, TickWindow, stacks())
	}
}

// Background runs f in a goroutine of its own and returns at once: for tests that start a function meant to run for
// the life of the process (a loop over a ticker that never returns) and check that it keeps working. The goroutine
// is left running on purpose; starting it here keeps that deliberate leak out of the package under test.
func Background(f func()) {
	go f()
}
