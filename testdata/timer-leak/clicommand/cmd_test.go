package cmd

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/urfave/cli/v2"
	"golintchan.example/testdata/internal/leakcheck"
)

func ticks() int64 { return atomic.LoadInt64(&polls) }

// Each command's run starts one loop that keeps polling, and the program runs one command: one per process.
func TestEachCommandStartsOneLoop(t *testing.T) {
	every = time.Millisecond
	for _, name := range []string{"watch", "tail"} {
		leakcheck.KeepsTicking(t, 1, ticks, func() {
			root := NewRoot()
			root.SetArgs([]string{name})
			if err := root.Execute(); err != nil {
				t.Fatal(err)
			}
		})
	}
	leakcheck.KeepsTicking(t, 1, ticks, func() {
		if err := NewApp().Run([]string{"tool", "agent"}); err != nil {
			t.Fatal(err)
		}
	})
	leakcheck.KeepsTicking(t, 1, ticks, func() {
		if err := NewDaemonApp().Run([]string{"daemon"}); err != nil {
			t.Fatal(err)
		}
	})
}

// The daemon command, declared at package level, starts one loop when the program runs it.
func TestDaemonCommandStartsOneLoop(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 1, ticks, func() {
		if err := daemonCmd.Execute(); err != nil {
			t.Fatal(err)
		}
	})
}

// Each reload runs the hook, and so starts a loop.
func TestReloadHookStartsALoopPerReload(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 3, ticks, func() {
		for i := 0; i < 3; i++ {
			hooks.OnReload()
		}
	})
}

// An App that Attach is given runs its action, and so starts a loop, each time it runs.
func TestAttachStartsALoopPerRun(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 3, ticks, func() {
		app := &cli.App{Name: "tool"}
		Attach(app)
		for i := 0; i < 3; i++ {
			if err := app.Run([]string{"tool"}); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// The serve command's HTTP handler starts a loop per request: they pile up in one process.
func TestFollowStartsALoopPerRequest(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 3, ticks, func() {
		for i := 0; i < 3; i++ {
			follow()
		}
	})
}

// A test may call watch itself: that exercises it, it is not one more run of the program, so watch stays one per
// process (and quiet).
func TestWatchPolls(t *testing.T) {
	every = time.Millisecond
	leakcheck.KeepsTicking(t, 1, ticks, func() { watch() })
}
