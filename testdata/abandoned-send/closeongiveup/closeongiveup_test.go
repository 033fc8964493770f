package closeongiveup

import (
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// When the timeout wins, Wait's late send panics on the closed channel (seen in a child process, which it kills).
func TestWaitLateSendPanics(t *testing.T) {
	if os.Getenv("CLOSEONGIVEUP_CHILD") == "1" {
		release := make(chan struct{})
		if Wait(time.Millisecond, func() { <-release }) {
			os.Exit(3)
		}
		close(release)
		time.Sleep(time.Second) // the sender panics meanwhile
		os.Exit(0)
	}
	cmd := exec.Command(os.Args[0], "-test.run=^TestWaitLateSendPanics$")
	cmd.Env = append(os.Environ(), "CLOSEONGIVEUP_CHILD=1")
	out, err := cmd.CombinedOutput()
	if err == nil || !strings.Contains(string(out), "send on closed channel") {
		t.Fatalf("want the late send to panic on the closed channel; the child said (%v):\n%s", err, out)
	}
}

func TestWaitIsCleanWhenWorkIsQuick(t *testing.T) {
	leakcheck.Clean(t, func() {
		if !Wait(time.Second, func() {}) {
			t.Error("quick work timed out")
		}
	})
}

// When the timeout wins, Settle's late send waits forever.
func TestSettleStrandsTheLateSend(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		if Settle(time.Millisecond, func() { <-release }) {
			t.Fatal("expected the timeout to win")
		}
		close(release)
	})
}

// When the timeout wins, Check's t.Fatal ends its goroutine before the close: the late send waits forever.
func TestCheckStrandsTheLateSend(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { Check(leakcheck.StopT{}, time.Millisecond, func() { <-release }) })
		close(release)
	})
}
