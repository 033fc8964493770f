package localcount

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func id(i int) int { return i }

func TestRaceLeavesTwoWorkers(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { Race(id) })
}

func TestRaceTwoIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { RaceTwo(id) })
}

func TestCheckLeavesOneWorkerWhenBothFail(t *testing.T) {
	fail := func() error { return errors.New("fail") }
	// Four values, one taken, two in the buffer: one worker waits at its second send.
	leakcheck.Leaks(t, 1, func() { _ = Check([2]func() error{fail, fail}) })
}

func TestCheckOnceIsCleanWhenBothFail(t *testing.T) {
	fail := func() error { return errors.New("fail") }
	leakcheck.Clean(t, func() { _ = CheckOnce([2]func() error{fail, fail}) })
}

func TestFirstFailuresLeavesOneReporter(t *testing.T) {
	fail := errors.New("fail")
	leakcheck.Leaks(t, 1, func() { _ = FirstFailures([]error{fail, fail, fail, fail}) })
}

func TestRaceStepLeavesTwoWorkers(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { RaceStep(id) })
}

func TestRaceStepTwoIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { RaceStepTwo(id) })
}
