package waitgroup

import (
	"errors"
	"runtime"
	"strconv"
	"strings"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

type stopT struct{ testing.TB }

func (stopT) Helper()              {}
func (stopT) Fatal(...interface{}) { runtime.Goexit() }

func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

var errBad = errors.New("bad")

func fail() error { return errBad }
func pass() error { return nil }

func TestTwoErrorsInOneSlotBlockTheWait(t *testing.T) {
	// The test body waits forever in wg.Wait; one checker waits forever on its send.
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, waitState(): 1}, func() {
		go OneSlot(stopT{}, fail)
	})
}

func TestTwoSlotsAreClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		inOwnGoroutine(func() { TwoSlots(stopT{}, fail) })
		inOwnGoroutine(func() { OneSlot(stopT{}, pass) })
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
