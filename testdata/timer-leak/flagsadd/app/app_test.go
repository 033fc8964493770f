package app

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
	"golintchan.example/testdata/timer-leak/flagsadd/cli"
)

// The program runs the daemon command once: one watcher loop and one prober loop, for the life of the process.
func TestTheDaemonStartsOneWatcher(t *testing.T) {
	leakcheck.KeepsTicking(t, 2, cli.Watched, func() {
		if err := Run([]string{"daemon"}); err != nil {
			t.Fatal(err)
		}
	})
}
