package namedchan

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestCheckTakesTheFailureOrSeesTheEnd(t *testing.T) {
	leakcheck.Clean(t, func() {
		n := 0
		if msg := Check(func() (bool, error) { n++; return n == 3, nil }); msg != "" {
			t.Fatal(msg)
		}
		if msg := Check(func() (bool, error) { return false, errors.New("bad") }); msg != "bad" {
			t.Fatal(msg)
		}
	})
}

func TestWithinStrandsTheSlowWorker(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		if Within(func() { <-release }, time.Millisecond) {
			t.Fatal("the worker cannot have finished")
		}
		close(release)
	})
}

func TestCheckWithinStrandsTheLateFailure(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		step := func() (bool, error) { <-release; return false, errors.New("late") }
		if msg := CheckWithin(step, time.Millisecond); msg != "timeout" {
			t.Fatal(msg)
		}
		close(release)
	})
}
