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

func TestPumpIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := NewPump()
		if got := p.Double(4); got != 8 {
			t.Errorf("Double(4) = %d, want 8", got)
		}
		p.Close()
	})
}

type failing struct{}

func (failing) Next() (int, error) { return 0, errors.New("gone") }

func TestPollerLeaksWhenNextFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go NewPoller(failing{}).Get() })
}
