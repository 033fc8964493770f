package flagloop

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func panics(f func()) (did bool) {
	defer func() { did = recover() != nil }()
	f()
	return false
}

func TestProcessorPanicsAfterCloseInsteadOfBlocking(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := newProcessor()
		p.Add(1)
		p.Flush()
		p.Close()
		if !panics(func() { p.Add(2) }) {
			t.Error("Add after Close did not panic")
		}
		if !panics(func() { p.Flush() }) {
			t.Error("Flush after Close did not panic")
		}
	})
}

func TestStrictBlocksAfterABadRequest(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		s := newStrict()
		s.Add(-1)
		go s.Add(1)
	})
}

func TestStepperBlocksAfterAFailedStep(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		s := newStepper([]bool{false, true})
		s.Next()
		go s.Next()
	})
}
