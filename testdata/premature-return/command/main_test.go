package main

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// poll returns before its Wait when connect fails: the reader is stranded, and poll itself returns.
func TestPollReturnsBeforeItsWait(t *testing.T) {
	connect = func() error { return errors.New("refused") }
	release := make(chan struct{})
	next = func() string { <-release; return "line" }
	leakcheck.Leaks(t, 1, func() {
		if poll() == nil {
			t.Fatal("expected connect's error")
		}
		close(release)
	})
}

// pollDeferred's deferred Wait waits for the stranded reader: it never returns.
func TestPollDeferredHangs(t *testing.T) {
	connect = func() error { return errors.New("refused") }
	release := make(chan struct{})
	next = func() string { <-release; return "line" }
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, leakcheck.WaitGroupWait(): 1}, func() {
		go func() { _ = pollDeferred() }()
		time.Sleep(time.Millisecond)
		close(release)
	})
}
