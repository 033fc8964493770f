package oncestart

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// A slow dial strands one goroutine per Reconnect, and at most one for every Setup of the process.
func TestSlowDial(t *testing.T) {
	release := make(chan struct{})
	Dial = func() error { <-release; return nil }
	Wait = time.Millisecond
	defer func() { Dial = func() error { return nil }; Wait = time.Second }()
	strands := 2 // the Reconnects'
	if setupErr == nil {
		strands++ // the one Setup of the test binary, unless an earlier run (-count) had it
	}
	leakcheck.Leaks(t, strands, func() {
		for i := 0; i < 5; i++ {
			if Setup() != errTimeout {
				t.Fatal("expected Setup to time out")
			}
		}
		for i := 0; i < 2; i++ {
			if Reconnect() != errTimeout {
				t.Fatal("expected Reconnect to time out")
			}
		}
		close(release) // every dial returns now, with nobody left to receive
	})
}
