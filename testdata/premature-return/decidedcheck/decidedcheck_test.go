package decidedcheck

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func work() error { return nil }

func TestReadyIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Ready(leakcheck.StopT{}, work) }) })
}

func TestReadyTrueIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { ReadyTrue(leakcheck.StopT{}, work) }) })
}

func TestReadyOrNotIsCleanWhenReady(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { ReadyOrNot(leakcheck.StopT{}, work, true) }) })
}

func TestReadyOrNotStrandsTheWorkerWhenNotReady(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { ReadyOrNot(leakcheck.StopT{}, work, false) }) })
}
