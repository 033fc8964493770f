package tickerok

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

const (
	calls = 200
	slack = calls / 10
)

func closed() chan struct{} {
	c := make(chan struct{})
	close(c)
	return c
}

func TestPollFreesItsTicker(t *testing.T) {
	leakcheck.Frees(t, slack, func() {
		for i := 0; i < calls; i++ {
			Poll(func() {}, time.Hour, closed())
		}
	})
}

func TestPollUntilRetainsATickerPerDeadline(t *testing.T) {
	leakcheck.Retains(t, calls, func() {
		for i := 0; i < calls; i++ {
			deadline := make(chan time.Time, 1)
			deadline <- time.Now()
			PollUntil(func() {}, time.Hour, make(chan struct{}), deadline)
		}
	})
}
