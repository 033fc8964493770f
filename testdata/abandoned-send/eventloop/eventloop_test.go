package eventloop

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRunStoppedWhileAJobFailsLeavesNothing(t *testing.T) {
	started := make(chan struct{})
	release := make(chan struct{})
	work := func(int) error {
		close(started)
		<-release
		return errors.New("failed after the loop stopped")
	}
	leakcheck.Clean(t, func() {
		stop := make(chan struct{})
		go func() { <-started; close(stop) }()
		if err := Run([]int{1, 2}, work, stop); err != nil {
			t.Fatalf("got %v, want the stop to win", err)
		}
		close(release) // the failing job's error lands in the buffer
	})
}

func TestRunReturnsTheFirstError(t *testing.T) {
	leakcheck.Clean(t, func() {
		err := Run([]int{1, 2, 3}, func(j int) error {
			if j == 2 {
				return errors.New("two")
			}
			return nil
		}, make(chan struct{}))
		if err == nil || err.Error() != "two" {
			t.Fatalf("got %v", err)
		}
	})
}
