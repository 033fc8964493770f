package nilerror

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Component.Run never fails: the signal always comes and RunComponent returns.
func TestRunComponentReturns(t *testing.T) {
	leakcheck.Clean(t, func() { RunComponent(t) })
}

// A failing Worker ends the goroutine at the check (runtime.Goexit): RunWorker waits for good.
func TestRunWorkerWaitsForGood(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go RunWorker(leakcheck.StopT{}, &Worker{fail: true})
	})
}
