package pacedloop

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestProbeIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		Probe(5, func(int) bool { return true })
		Probe(5, func(i int) bool { return i < 2 })
	})
}

func TestProbeOddLeaksTheUnansweredRounds(t *testing.T) {
	// Four rounds, two answers taken, one answer in the buffer: one checker is stranded.
	leakcheck.Leaks(t, 1, func() { ProbeOdd(4, func(int) bool { return true }) })
}
