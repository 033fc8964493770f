package twosignals

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error   { return nil }
func fail() error { return errors.New("step failed") }

func TestStepsIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Steps(ok, ok) })
}

// The first step failing leaves Steps at <-started (one receiver blocked, no goroutine at <-finished).
func TestStepsBlocksAtTheFirstReceive(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go Steps(fail, ok) })
}

func TestStepsEachBlocksAtTheSecondWhenTheSecondStepFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go StepsEach(ok, fail) })
}
