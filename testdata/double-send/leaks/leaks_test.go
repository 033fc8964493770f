package leaks

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each test takes the path with the extra send: the goroutine stays blocked on it.

func TestCallLeaksOnError(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Call(errors.New("boom")) })
}

func TestCallIsCleanWithoutError(t *testing.T) {
	leakcheck.Clean(t, func() { Call(nil) })
}

func TestParseLeaksOnBadNumber(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _, _ = Parse("x") })
}

func TestParseIsCleanOnNegative(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = Parse("-1") })
}

func TestGetLeaksWhenVerbose(t *testing.T) {
	f := &Fetcher{verbose: true}
	leakcheck.Leaks(t, 1, func() { f.Get("u") })
}

func TestStepsLeaksWhenVerbose(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Steps(true) })
}

func TestStepsIsCleanWhenQuiet(t *testing.T) {
	leakcheck.Clean(t, func() { Steps(false) })
}

func TestBuildLeaksOnFailureWithoutCancel(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = Build(true, nil) })
}

func TestBuildIsCleanOnSuccess(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Build(false, nil) })
}

func TestBuildOnceLeaksOnlyWhenCancelled(t *testing.T) {
	leakcheck.Clean(t, func() { _ = BuildOnce(true, nil) })
	cancel := make(chan struct{})
	close(cancel)
	leakcheck.Leaks(t, 1, func() { _ = BuildOnce(true, cancel) })
}
