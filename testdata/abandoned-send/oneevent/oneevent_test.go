package oneevent

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

var errStep = errors.New("step failed")

func ok() error   { return nil }
func fail() error { return errStep }

func TestStepsIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := Steps(3, ok); err != nil {
			t.Fatal(err)
		}
		if err := Steps(3, fail); err != errStep {
			t.Fatal(err)
		}
	})
}

func TestStepsThenSignalIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		StepsThenSignal(3, ok)
		StepsThenSignal(3, fail)
	})
}

func TestStepsWithinLeaksOnTimeout(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		StepsWithin(3, func() error { <-release; return nil }, time.Millisecond)
		close(release)
	})
}

func TestStepsWithinIsCleanWhenFast(t *testing.T) {
	leakcheck.Clean(t, func() { StepsWithin(3, fail, time.Minute) })
}

func TestStepsGoingOnLeaksTheSecondError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { StepsGoingOn(3, fail) })
}
