package clean

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each test takes the path on which the sender sends least; nothing may stay blocked.

func TestResult(t *testing.T) {
	leakcheck.Clean(t, func() { Result(true) })
}

func TestPort(t *testing.T) {
	leakcheck.Clean(t, func() { Port("http") })
}

func TestResultWithin(t *testing.T) {
	leakcheck.Clean(t, func() { ResultWithin(true, 5*time.Millisecond) })
}

func TestServerGet(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := NewServer()
		s.Get("k")
		s.Close()
	})
}

func TestAnnounce(t *testing.T) {
	leakcheck.Clean(t, func() { Announce("long") })
}
