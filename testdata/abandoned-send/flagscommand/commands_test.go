package commands

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// block makes Fetch wait until the returned release is called.
func block(t *testing.T) func() {
	release := make(chan struct{})
	Fetch = func() (string, error) { <-release; return "", nil }
	t.Cleanup(func() { Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil } })
	return func() { close(release) }
}

// The get command strands one fetcher on a timeout, and the program runs one command: one per process.
func TestGetStrandsOneFetcherPerRun(t *testing.T) {
	Timeout = time.Millisecond
	release := block(t)
	leakcheck.Leaks(t, 1, func() {
		if Run([]string{"get"}) == nil {
			t.Fatal("expected the timeout")
		}
		release()
	})
}

// The serve command's probe strands a fetcher per request.
func TestProbeStrandsAFetcherPerRequest(t *testing.T) {
	Timeout = time.Millisecond
	release := block(t)
	leakcheck.Leaks(t, 3, func() {
		for i := 0; i < 3; i++ {
			_ = (&ServeCommand{}).probe()
		}
		release()
	})
}

// The wait command itself waits forever when the listener fails: the program hangs.
func TestWaitHangsWhenTheListenerFails(t *testing.T) {
	Fetch = func() (string, error) { return "", errors.New("no listener") }
	defer func() { Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil } }()
	leakcheck.LeaksReceiving(t, 1, func() {
		go func() { _ = Run([]string{"wait"}) }()
	})
}
