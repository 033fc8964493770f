package suitehook

import (
	"sync/atomic"
	"testing"
	"time"

	"github.com/onsi/ginkgo/v2"
	"golintchan.example/testdata/internal/leakcheck"
)

func ticks() int64 { return atomic.LoadInt64(&Polls) }

// The suite starts one node loop, and one peer loop per spec: 1 + 3.
func TestSuiteStartsOneNodeLoopAndAPeerLoopPerSpec(t *testing.T) {
	Every = time.Millisecond
	leakcheck.KeepsTicking(t, 4, ticks, func() {
		Register(3)
		ginkgo.RunSpecs()
	})
}
