package realcode

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestHandshakeIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { Handshake() })
}

func TestCollectIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if Collect() != 3 {
			t.Error("lost a value")
		}
	})
}

func TestStepsIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Steps(true) })
	leakcheck.Clean(t, func() { _ = Steps(false) })
}

func TestPoolTakesEveryJob(t *testing.T) {
	p := newPool(2)
	leakcheck.Clean(t, func() {
		done := make(chan struct{})
		p.execute(func() { close(done) })
		<-done
	})
}

func TestToldIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _, _ = Told(true) })
	leakcheck.Clean(t, func() { _, _ = Told(false) })
}

func TestTwiceIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Twice(true) })
	leakcheck.Clean(t, func() { _ = Twice(false) })
}
