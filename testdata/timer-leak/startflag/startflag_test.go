package startflag

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Sets built with false start nothing: the package's one loop is all there is.
func TestSetsWithoutTickStartNothing(t *testing.T) {
	leakcheck.Clean(t, func() {
		newSet(false)
		newSet(false)
	})
}

func TestSetWithoutTickAgain(t *testing.T) {
	leakcheck.Clean(t, func() { newSet(false) })
}

// Every gauge built with true leaves its loop ticking.
func TestGaugesTick(t *testing.T) {
	Every = time.Millisecond
	defer func() { Every = time.Second }()
	var a, b *Set
	leakcheck.KeepsTicking(t, 2, func() int64 { return a.Ticks() + b.Ticks() }, func() {
		a = newGauge(true)
		b = newGauge(true)
	})
}
