// Package go124: the running test's own context (t.Context(), Go 1.24) is cancelled only after the test function
// has returned, so a select case on it cannot win while that function waits in the select: it strands no sender.
package go124

import (
	"context"
	"testing"
	"time"
)

// work stands for a call that takes a while.
var work = func() int { time.Sleep(time.Millisecond); return 1 }

// FirstOrTestEnd is a test helper: the case on t.Context() cannot win while it waits.
func FirstOrTestEnd(t *testing.T) int {
	out := make(chan int)
	go func() { out <- work() }()
	select {
	case v := <-out:
		return v
	case <-t.Context().Done():
		t.Error("test ended")
		return 0
	}
}

// FirstOrDone waits on a context it is given, which its caller may cancel.
func FirstOrDone(ctx context.Context) int {
	out := make(chan int)
	go func() {
		out <- work() // want `sending on unbuffered channel out: FirstOrDone stops receiving when .case <-ctx.Done\(\). wins`
	}()
	select {
	case v := <-out:
		return v
	case <-ctx.Done(): // related `stops receiving from out here`
		return 0
	}
}
