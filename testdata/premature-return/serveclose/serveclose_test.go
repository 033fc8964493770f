package serveclose

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error   { return nil }
func fail() error { return errors.New("check failed") }

func TestCloseFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { CloseFirst(leakcheck.StopT{}, ok) }) })
}

// The failing check leaves the goroutine in Accept (waiting on the network), not at its send.
func TestCloseFirstLeavesTheGoroutineInAccept(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"IO wait": 1, "chan send": 0}, func() {
		leakcheck.InOwnGoroutine(func() { CloseFirst(leakcheck.StopT{}, fail) })
	})
}

func TestPacketsCloseCheckedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { PacketsCloseChecked(leakcheck.StopT{}, ok) }) })
}

func TestPacketsCloseCheckedLeavesTheGoroutineReading(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"IO wait": 1, "chan send": 0}, func() {
		leakcheck.InOwnGoroutine(func() { PacketsCloseChecked(leakcheck.StopT{}, fail) })
	})
}

func TestCloseDeferredIsCleanWhenTheCheckPasses(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { CloseDeferred(leakcheck.StopT{}, ok) }) })
}

func TestCloseDeferredStrandsTheLoopsSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { CloseDeferred(leakcheck.StopT{}, fail) }) })
}
