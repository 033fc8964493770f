package localcount

import (
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
