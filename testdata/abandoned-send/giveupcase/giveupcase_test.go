package giveupcase

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error { return nil }

func TestBothIsCleanWhenBothAnswer(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Both(leakcheck.StopT{}, ok, ok, time.Second) }) })
}

func TestBothStrandsTheSecondWorkerOnItsTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	// The first select takes r; the second times out while the second worker is still busy.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Both(leakcheck.StopT{}, ok, slow, 10*time.Millisecond) })
		close(release)
	})
}

func TestSteppedIsCleanWhenTheWorkerAnswers(t *testing.T) {
	serve := func(step, more chan struct{}) error { close(step); <-more; return nil }
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Stepped(leakcheck.StopT{}, time.Second, serve) }) })
}

func TestSteppedStrandsTheSendWhenTheResultTimesOut(t *testing.T) {
	release := make(chan struct{})
	serve := func(step, more chan struct{}) error { close(step); <-more; <-release; return nil }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Stepped(leakcheck.StopT{}, 10*time.Millisecond, serve) })
		close(release)
	})
}

func TestSteppedStepTimeoutLeavesTheWorkerInsideItsCall(t *testing.T) {
	// The goroutines the test before strands may still be on their way into their waits, which ExpectBlocked counts
	// against: let them settle first (without this the count was off about once in fifteen runs).
	time.Sleep(20 * time.Millisecond)
	release := make(chan struct{})
	// The step never comes in time: the worker waits in its call for `more`, which the test never closes, not at
	// its send.
	serve := func(step, more chan struct{}) error { <-release; close(step); <-more; return nil }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan receive": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Stepped(leakcheck.StopT{}, 10*time.Millisecond, serve) })
		close(release)
	})
}

func TestStartIsCleanWhenTheServerListens(t *testing.T) {
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { Start(leakcheck.StopT{}, context.Background(), time.Second, func() string { return "a" }) })
	})
}

func TestStartStrandsTheSendWhenTheTimerWins(t *testing.T) {
	release := make(chan struct{})
	listen := func() string { <-release; return "a" }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Start(leakcheck.StopT{}, context.Background(), 10*time.Millisecond, listen) })
		close(release)
	})
}
