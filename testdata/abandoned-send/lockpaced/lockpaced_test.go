package lockpaced

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func all(int) bool     { return true }
func first(i int) bool { return i == 0 }
func none(int) bool    { return false }

func TestStagesIsCleanWhenEveryStageIsGood(t *testing.T) {
	leakcheck.Clean(t, func() { Stages(t, 5, all) })
}

func TestStagesLeavesTheWorkerAtTheLockNotAtASend(t *testing.T) {
	// The checker gives up at the first stage: the worker waits for the lock, and no send of it is pending.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 0, "semacquire": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Stages(leakcheck.StopT{}, 5, none) })
	})
}

func TestStagesUnpacedStrandsTheWorkerAtASend(t *testing.T) {
	// The checker takes stage 0, gives up at stage 1; stage 2 fills the buffer and stage 3 blocks.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { StagesUnpaced(leakcheck.StopT{}, 5, first) })
	})
}
