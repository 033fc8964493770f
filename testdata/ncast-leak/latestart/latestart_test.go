package latestart

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// A failed build returns before any per-target goroutine starts: nothing is left.
func TestCompileFailsCleanly(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := Compile(nil, []int{1, 2, 3}, true); err == nil {
			t.Error("no error for an empty module")
		}
		if out, err := Compile([]byte{9}, []int{1, 2, 3}, true); err != nil || len(out) != 4 {
			t.Errorf("got %v, %v", out, err)
		}
		if out, err := Compile([]byte{9}, []int{1, 2}, false); err != nil || len(out) != 2 {
			t.Errorf("got %v, %v", out, err)
		}
	})
}

// A failed build taken before the targets' results strands every target goroutine.
func TestEagerStrandsTargets(t *testing.T) {
	release := make(chan struct{})
	compileHook = func() { <-release }
	defer func() { compileHook = func() {} }()
	leakcheck.Leaks(t, 3, func() {
		if _, err := Eager(nil, []int{1, 2, 3}); err == nil {
			t.Error("no error for an empty module")
		}
		close(release) // the targets compile now and send, with nobody left to receive
	})
}
