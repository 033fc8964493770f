package commands

import (
	"context"
	"flag"
	"testing"
	"time"

	"github.com/google/subcommands"
	msubcommands "github.com/maruel/subcommands"

	"golintchan.example/testdata/internal/leakcheck"
)

func init() {
	subcommands.Register(&Get{}, "")
	subcommands.Register(&Forward{}, "")
}

// block makes Fetch wait until the returned release is called.
func block(t *testing.T) func() {
	release := make(chan struct{})
	Fetch = func() (string, error) { <-release; return "", nil }
	t.Cleanup(func() { Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil } })
	return func() { close(release) }
}

// run runs the program's command line once, as main would.
func run(ctx context.Context, args ...string) subcommands.ExitStatus {
	if err := flag.CommandLine.Parse(args); err != nil {
		panic(err)
	}
	return subcommands.Execute(ctx)
}

// The get command strands one fetcher on a timeout, and the program runs one command: one per process.
func TestGetStrandsOneFetcherPerRun(t *testing.T) {
	Timeout = time.Millisecond
	release := block(t)
	leakcheck.Leaks(t, 1, func() {
		if run(context.Background(), "get") != subcommands.ExitFailure {
			t.Fatal("expected the timeout")
		}
		release()
	})
}

// The forward command strands one fetcher when its context is canceled: one per process.
func TestForwardStrandsOneFetcherPerRun(t *testing.T) {
	release := block(t)
	leakcheck.Leaks(t, 1, func() {
		ctx, cancel := context.WithCancel(context.Background())
		cancel()
		run(ctx, "forward")
		release()
	})
}

// Probe's Execute strands a fetcher on every call.
func TestProbeStrandsAFetcherPerCall(t *testing.T) {
	Timeout = time.Millisecond
	release := block(t)
	leakcheck.Leaks(t, 3, func() {
		for i := 0; i < 3; i++ {
			(&Probe{}).Execute(context.Background(), nil)
		}
		release()
	})
}

// The ls command of the maruel/subcommands application strands one fetcher on a timeout: one per process.
func TestLSStrandsOneFetcherPerRun(t *testing.T) {
	Timeout = time.Millisecond
	release := block(t)
	app := &msubcommands.DefaultApplication{Name: "tool", Commands: []*msubcommands.Command{CmdLS}}
	leakcheck.Leaks(t, 1, func() {
		if msubcommands.Run(app, []string{"ls"}) != 1 {
			t.Fatal("expected the timeout")
		}
		release()
	})
}

// The pager's Run is an ordinary method: each call strands a fetcher.
func TestPagerStrandsAFetcherPerCall(t *testing.T) {
	Timeout = time.Millisecond
	release := block(t)
	leakcheck.Leaks(t, 2, func() {
		p := &pager{}
		p.Run(nil)
		p.Run(nil)
		release()
	})
}
