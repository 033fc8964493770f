package finalclose

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFetchIsCleanWithoutTimeout(t *testing.T) {
	leakcheck.Clean(t, func() {
		_, _ = Fetch(func() (int, error) { return 1, nil }, time.Minute)
		_, _ = Fetch(func() (int, error) { return 0, errors.New("no") }, time.Minute)
	})
}

func TestFetchLeaksWhenTheTimeoutWins(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		release := make(chan struct{})
		_, _ = Fetch(func() (int, error) { <-release; return 1, nil }, time.Millisecond)
		close(release)
	})
}
