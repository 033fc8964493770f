package clean

import (
	"context"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

var replicas = []string{"a", "b", "c", "d"}

// Every test starts several senders; all of them must finish.

func TestFirstBuffered(t *testing.T) {
	leakcheck.Clean(t, func() { FirstBuffered(replicas, "q") })
}

func TestAll(t *testing.T) {
	leakcheck.Clean(t, func() { All(replicas, "q") })
}

func TestSumSquares(t *testing.T) {
	leakcheck.Clean(t, func() { SumSquares(5) })
}

func TestFirstCancelled(t *testing.T) {
	leakcheck.Clean(t, func() { FirstCancelled(context.Background(), replicas, "q") })
}

func TestGather(t *testing.T) {
	leakcheck.Clean(t, func() { Gather(replicas, "q") })
}

func TestFirstThenDrain(t *testing.T) {
	leakcheck.Clean(t, func() { FirstThenDrain(replicas, "q") })
}

func TestPair(t *testing.T) {
	one := func() int { return 1 }
	leakcheck.Clean(t, func() { Pair(one, one) })
}

func TestBothZones(t *testing.T) {
	leakcheck.Clean(t, func() { BothZones("q") })
}
