package prefill

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestKickBlocksForever(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	leakcheck.Leaks(t, 1, func() { go kick(stop) })
}

func TestFillBlocksForever(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go fill() })
}

func TestAnnounceBlocksForever(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go announce() })
}

func TestCleanOnesFinish(t *testing.T) {
	stop := make(chan struct{})
	defer close(stop)
	leakcheck.Clean(t, func() {
		started(stop)
		branch(false)
		roomy()
		drained()
		feed()
		resized()
	})
}
