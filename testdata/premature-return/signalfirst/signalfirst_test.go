package signalfirst

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var errCheck = errors.New("check failed")

func fail() error { return errCheck }
func pass() error { return nil }

func TestEarlyReturnLeavesTheGoroutineWaitingForTheSignalNotSending(t *testing.T) {
	events := make(chan int)
	// The goroutine stays in its select (waiting for events or done); nothing is parked on a send.
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 0, "select": 1}, func() {
		if _, err := CountUntilDone(events, fail); err != errCheck {
			t.Fatal(err)
		}
	})
}

func TestSignalledCountIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := CountUntilDone(nil, pass); err != nil {
			t.Fatal(err)
		}
		if _, err := CheckAfterSignal(nil, pass); err != nil {
			t.Fatal(err)
		}
	})
}

func TestReturnAfterTheSignalStrandsTheSend(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if _, err := CheckAfterSignal(nil, fail); err != errCheck {
			t.Fatal(err)
		}
	})
}

func TestReleaseWaitIsWhereTheGoroutineParks(t *testing.T) {
	read := func() int { return 1 }
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 0, "chan receive": 1}, func() {
		if _, err := ReadAfterRelease(read, fail); err != errCheck {
			t.Fatal(err)
		}
	})
	leakcheck.Clean(t, func() {
		if _, err := ReadAfterRelease(read, pass); err != nil {
			t.Fatal(err)
		}
	})
}
