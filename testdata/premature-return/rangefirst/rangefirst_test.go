package rangefirst

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok(int) error  { return nil }
func bad(int) error { return errors.New("bad") }

func TestCountIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Count(leakcheck.StopT{}, []int{1, 2}, ok) }) })
}

func TestCountFailingCheckLeavesTheCounterInItsRange(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan receive": 1, "chan send": 0}, func() {
		leakcheck.InOwnGoroutine(func() { Count(leakcheck.StopT{}, []int{1, 2}, bad) })
	})
}

func TestCountCheckedStrandsTheReport(t *testing.T) {
	fail := func() error { return errors.New("fail") }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { CountChecked(leakcheck.StopT{}, []int{1, 2}, fail) })
	})
}
