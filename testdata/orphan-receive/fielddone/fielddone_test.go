package fielddone

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestStopLeaksAfterAFailedJob(t *testing.T) {
	failed := make(chan struct{})
	w := start(func() error { close(failed); return errors.New("boom") })
	<-failed
	leakcheck.LeaksReceiving(t, 1, func() { go w.Stop() })
}

func TestDeferredStopIsClean(t *testing.T) {
	failed := make(chan struct{})
	d := startDeferred(func() error { close(failed); return errors.New("boom") })
	<-failed
	leakcheck.Clean(t, func() { d.Stop() })
}

func TestStopWithoutFailureIsClean(t *testing.T) {
	w := start(func() error { return nil })
	leakcheck.Clean(t, func() { w.Stop() })
}

func TestGateLeaks(t *testing.T) {
	g := newGate()
	leakcheck.LeaksReceiving(t, 1, func() { go g.Wait() })
}

func TestOpenedIsClean(t *testing.T) {
	o := newOpened()
	leakcheck.Clean(t, func() {
		go o.Open()
		o.Wait()
	})
}

func TestGroupWaitIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		g := newGroup()
		// Both are started before either ends (as a group is used): the count reaches zero once, after the last.
		release := make(chan struct{})
		g.Start(func() { <-release })
		g.Start(func() { <-release })
		close(release)
		g.Wait()
	})
}

func TestWatchIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if err := watch(); err != nil {
			t.Error(err)
		}
	})
}
