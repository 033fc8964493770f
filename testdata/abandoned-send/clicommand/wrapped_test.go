package cmd

import (
	"testing"
	"time"

	"github.com/spf13/cobra"
	"golintchan.example/testdata/internal/leakcheck"
)

// The exec command's runner strands its waiter when the timeout wins: one per run of the program.
func TestExecStrandsOneWaiterPerRun(t *testing.T) {
	for _, name := range []string{"first", "second"} {
		t.Run(name, func(t *testing.T) {
			leakcheck.Leaks(t, 1, func() {
				root := &cobra.Command{Use: "tool"}
				AddWrapped(root, 10*time.Millisecond)
				root.SetArgs([]string{"exec", "sleep", "2"})
				if root.Execute() != nil {
					t.Fatal("exec: the kill failed")
				}
			})
		})
	}
}

// The retrying wrapper runs the fetch command's handler three times: three stranded fetchers in one run.
func TestFetchStrandsAFetcherPerAttempt(t *testing.T) {
	release := block(t)
	leakcheck.Leaks(t, 3, func() {
		root := &cobra.Command{Use: "tool"}
		AddWrapped(root, time.Millisecond)
		root.SetArgs([]string{"fetch"})
		if root.Execute() == nil {
			t.Fatal("fetch: expected the timeouts")
		}
		release()
	})
}
