package pauseloop

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The loop waits for the resume once it has taken the pause, even when it is told to stop meanwhile.
func TestLoopWaitsForTheResume(t *testing.T) {
	leakcheck.Clean(t, func() {
		stop := make(chan struct{})
		l := newLoop(stop)
		resume := l.pause()
		close(stop)
		time.Sleep(10 * time.Millisecond) // the loop still waits for the resume
		resume()
		time.Sleep(10 * time.Millisecond) // then it takes the stop and returns
	})
}

// A request that only peeks is not waited for: its resume waits forever.
func TestPeekStrandsTheResume(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	l := newImpatient(stop)
	resume := l.hold(true)
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() { go resume() })
}

// A request that does not peek is waited for.
func TestHoldWaitsForTheResume(t *testing.T) {
	stop := make(chan struct{})
	l := newImpatient(stop)
	leakcheck.Clean(t, func() {
		resume := l.hold(false)
		resume()
		close(stop)
		time.Sleep(10 * time.Millisecond)
	})
}

// A pause after the loop has stopped waits forever.
func TestPauseAfterStopBlocks(t *testing.T) {
	stop := make(chan struct{})
	l := newLoop(stop)
	close(stop)
	time.Sleep(10 * time.Millisecond)
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() { go l.pause() })
}
