package mainline

import (
	"context"
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error { return nil }

func TestFetchIsCleanWhenTheGoroutineAnswers(t *testing.T) {
	fail := func() error { return errors.New("read") }
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { Fetch(leakcheck.StopT{}, time.Second, ok, ok) })
		leakcheck.InOwnGoroutine(func() { Fetch(leakcheck.StopT{}, time.Second, ok, fail) })
	})
}

func TestFetchStrandsTheLastSendOnTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return nil }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Fetch(leakcheck.StopT{}, 10*time.Millisecond, ok, slow) })
		close(release)
	})
}

func TestEchoIsCleanWhenReadingEnds(t *testing.T) {
	closed := make(chan struct{})
	read := func() error { <-closed; return errors.New("closed") }
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { Echo(leakcheck.StopT{}, time.Second, ok, read, func() { close(closed) }) })
	})
}

func TestEchoStrandsTheLoopSendOnTimeout(t *testing.T) {
	release := make(chan struct{})
	slow := func() error { <-release; return errors.New("closed late") }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Echo(leakcheck.StopT{}, 10*time.Millisecond, ok, slow, func() {}) })
		close(release)
	})
}

func TestStreamIsCleanWhenNextFails(t *testing.T) {
	leakcheck.Clean(t, func() {
		Stream(context.Background(), func() (int, error) { return 0, errors.New("gone") })
	})
}

// Values keep coming: one fills the buffer after the one received, and the next send blocks for good.
func TestStreamStrandsTheLoopSend(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		Stream(context.Background(), func() (int, error) { return 1, nil })
	})
}
