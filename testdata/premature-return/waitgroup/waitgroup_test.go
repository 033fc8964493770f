package waitgroup

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errBad = errors.New("bad")

func fail() error { return errBad }
func pass() error { return nil }

func TestTwoErrorsInOneSlotBlockTheWait(t *testing.T) {
	// The test body waits forever in wg.Wait; one checker waits forever on its send.
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, waitState(): 1}, func() {
		go OneSlot(leakcheck.StopT{}, fail)
	})
}

func TestTwoSlotsAreClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { TwoSlots(leakcheck.StopT{}, fail) })
		leakcheck.InOwnGoroutine(func() { OneSlot(leakcheck.StopT{}, pass) })
	})
}

// waitState is how runtime.Stack names a goroutine waiting in sync.WaitGroup.Wait: "semacquire" before Go 1.20.
func waitState() string {
	v := strings.TrimPrefix(runtime.Version(), "go1.")
	if minor, err := strconv.Atoi(strings.SplitN(v, ".", 2)[0]); err == nil && minor < 20 {
		return "semacquire"
	}
	return "sync.WaitGroup.Wait"
}

// A failed cleanup, a failed verify and the other worker's error: three values for two slots; Stages waits forever
// in wg.Wait and the worker whose send found both slots taken waits on it.
func TestStagesOverflowsOnASecondError(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, waitState(): 1}, func() {
		go func() { _ = Stages(pass, fail, fail, fail) }()
	})
}

// One error per worker fits.
func TestStagesWithOneErrorEachIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { _ = Stages(fail, pass, pass, fail) })
		leakcheck.InOwnGoroutine(func() { _ = Stages(pass, fail, pass, fail) })
	})
}
