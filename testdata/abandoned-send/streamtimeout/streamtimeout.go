// Package streamtimeout: a decoder goroutine forwards every frame of a stream; the test takes frames until the
// last one, and gives up at a timeout. Whether another frame follows the one the test stops at is the stream's
// data, which the tool cannot see; what strands the decoder whatever the data is the timeout case, so that is the
// give-up the message names (tagged test-failure-path, since it ends the test). A decoder that the test tells to
// stop (a guarded send) is quiet.
package streamtimeout

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/require"
)

// Frames takes frames until a zero one, or fails the test at the timeout.
func Frames(t testing.TB, next func() (int, bool), d time.Duration) {
	frames := make(chan int)
	go func() {
		for {
			v, ok := next()
			if !ok {
				return
			}
			frames <- v // want "^goroutine may block forever sending on unbuffered channel frames: Frames stops receiving when `case <-timeout` wins$"
		}
	}()
	timeout := time.After(d)
	for {
		select {
		case <-timeout:
			t.Fatal("timeout") // related `Frames stops receiving from frames here`
		case v := <-frames:
			if v == 0 {
				return
			}
		}
	}
}

// FramesUntilStopped tells the decoder to stop when it leaves: quiet.
func FramesUntilStopped(t testing.TB, next func() (int, bool), d time.Duration) {
	frames := make(chan int)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			v, ok := next()
			if !ok {
				return
			}
			select {
			case frames <- v:
			case <-stop:
				return
			}
		}
	}()
	timeout := time.After(d)
	for {
		select {
		case <-timeout:
			t.Fatal("timeout")
		case v := <-frames:
			if v == 0 {
				return
			}
		}
	}
}

// FramesReport checks what it got when the timeout wins and then fails the test: a check that may fail there
// (`require.NoError`) does not make the case a mere check, since the case ends the test anyway: the case is the
// give-up, at its last statement.
func FramesReport(t testing.TB, next func() (int, bool), d time.Duration) {
	frames := make(chan int)
	go func() {
		for {
			v, ok := next()
			if !ok {
				return
			}
			frames <- v // want "^goroutine may block forever sending on unbuffered channel frames: FramesReport stops receiving when `case <-timeout` wins$"
		}
	}()
	var err error
	timeout := time.After(d)
	for {
		select {
		case <-timeout:
			require.NoError(t, err, "before the timeout")
			t.FailNow() // related `FramesReport stops receiving from frames here`
		case v := <-frames:
			if v == 0 {
				return
			}
		}
	}
}
