// Package branches: senders started by the receiver's straight-line code, one at a time. Two go statements on the
// two branches of an if/else start one sender, not two; a loop that may take values is taken to take none, so a
// sender started after it is checked against what is still pending. Quiet where the one sender that can be pending
// fits the one-slot buffer; reported where a second sender is started before the first value was surely taken.
package branches

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/require"
)

// OneOfTwo starts its sender on one branch or the other: one send, one slot: quiet.
func OneOfTwo(t testing.TB, useA bool, a, b func() error, d time.Duration) {
	errs := make(chan error, 1)
	if useA {
		go func() { errs <- a() }()
	} else {
		go func() { errs <- b() }()
	}
	select {
	case <-errs:
	case <-time.After(d):
		t.Fatal("timeout")
	}
}

// BothOfTwo starts the first sender under the if and the second one after it, so both can run: when the
// timeout wins, two sends wait for one slot.
func BothOfTwo(t testing.TB, useA bool, a, b func() error, d time.Duration) {
	errs := make(chan error, 1)
	if useA {
		go func() { errs <- a() }() // want "^goroutines may block forever sending on channel errs \\(capacity 1\\): 2 of them send but BothOfTwo receives none when `case <-time.After\\(d\\)` wins$"
	}
	go func() { errs <- b() }()
	select {
	case <-errs:
	case <-time.After(d):
		t.Fatal("timeout") // related `BothOfTwo stops receiving from errs here`
	}
}

// AfterPoll: the first sender's value is taken by a select whose only other case fails the test, after a loop that
// may or may not take it; the second sender starts only then: quiet.
func AfterPoll(t testing.TB, work func() error, progress <-chan int, d time.Duration) {
	errs := make(chan error, 1)
	go func() { errs <- work() }()
	for i := 0; i < 3; i++ {
		select {
		case <-errs:
			t.Fatal("finished early")
		case <-progress:
		case <-time.After(d):
			t.Fatal("timeout")
		}
	}
	select {
	case <-errs:
	default:
		t.Fatal("not finished")
	}
	go func() { errs <- work() }()
	select {
	case <-errs:
	case <-time.After(d):
		t.Fatal("timeout")
	}
}

// BeforePoll starts the second sender before the poll that takes the first value: when the loop's timeout wins,
// two sends wait for one slot.
func BeforePoll(t testing.TB, work func() error, progress <-chan int, d time.Duration) {
	errs := make(chan error, 1)
	go func() { errs <- work() }() // want "^goroutines may block forever sending on channel errs \\(capacity 1\\): 2 of them send but BeforePoll receives none when `case <-time.After\\(d\\)` wins$"
	go func() { errs <- work() }()
	for i := 0; i < 3; i++ {
		select {
		case <-errs:
			t.Fatal("finished early")
		case <-progress:
		case <-time.After(d):
			t.Fatal("timeout") // related `BeforePoll stops receiving from errs here`
		}
	}
	select {
	case <-errs:
	default:
		t.Fatal("not finished")
	}
	select {
	case <-errs:
	case <-time.After(d):
		t.Fatal("timeout")
	}
}

// CheckedInLoop starts both senders, then takes their values in a loop whose check ends the test on the first
// error: the loop may take only one value, and the second sender is left on the unbuffered channel. A loop that
// waits for a condition (`for { …; break }`) before the senders start is not a way out.
func CheckedInLoop(t testing.TB, ready func() bool, work func() error, d time.Duration) {
	for {
		if ready() {
			break
		}
	}
	errs := make(chan error)
	go func() { errs <- work() }() // want "^goroutines may block forever sending on unbuffered channel errs: 2 of them send but CheckedInLoop receives only once on some paths$"
	go func() { errs <- work() }()
	for i := 0; i < 2; i++ {
		select {
		case err := <-errs:
			require.NoError(t, err) // related `CheckedInLoop stops receiving from errs here`
		case <-time.After(d):
			t.Log("timeout")
		}
	}
}
