package ownerclose

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func untilDone(ctx context.Context) { <-ctx.Done() }

// In time, nothing is left behind either way.
func TestWatchdogInTime(t *testing.T) {
	leakcheck.Clean(t, func() {
		RunWithWatchdog(untilDone, time.Millisecond, time.Second, func() { t.Error("timeout") })
		RunWithWatchdogOpen(untilDone, time.Millisecond, time.Second, func() { t.Error("timeout") })
		RunWithWatchdogWaiting(untilDone, time.Millisecond, time.Second, func() { t.Error("timeout") })
	})
}

// Too late, without the close: the cancelling goroutine waits for good.
func TestWatchdogOpenStrandsTheSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { RunWithWatchdogOpen(untilDone, 30*time.Millisecond, time.Millisecond, func() {}) })
}

// Too late, with the close: the cancelling goroutine's send panics (in a child process, which it crashes) instead
// of waiting for good.
func TestWatchdogClosedPanicsTheSender(t *testing.T) {
	if os.Getenv("OWNERCLOSE_CHILD") == "1" {
		RunWithWatchdog(untilDone, 30*time.Millisecond, time.Millisecond, func() {})
		time.Sleep(time.Second)
		return
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWatchdogClosedPanicsTheSender$")
	cmd.Env = append(os.Environ(), "OWNERCLOSE_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "send on closed channel") {
		t.Fatalf("child: err %v, output:\n%s", err, out)
	}
}

// Too late, waiting for the sender: the sender waits for good, and so does the function, which never gets to close.
func TestWatchdogWaitingStrandsBoth(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, leakcheck.WaitGroupWait(): 1}, func() {
		go RunWithWatchdogWaiting(untilDone, 30*time.Millisecond, time.Millisecond, func() {})
		time.Sleep(100 * time.Millisecond)
	})
}
