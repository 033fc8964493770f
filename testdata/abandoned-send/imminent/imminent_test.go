package imminent

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestResultIsTakenOnceTheErrorWas(t *testing.T) {
	do := func() (int, error) { return 1, nil }
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { Call(leakcheck.StopT{}, do, time.Second) }) })
}

func TestErrorTimeoutStrandsTheErrorSend(t *testing.T) {
	release := make(chan struct{})
	do := func() (int, error) { <-release; return 1, nil }
	// The one goroutine left waits at its error send, not at the result send.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() {
		leakcheck.InOwnGoroutine(func() { Call(leakcheck.StopT{}, do, time.Millisecond) })
		close(release)
	})
}
