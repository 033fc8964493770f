package pipeline

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

type access string

func (a access) Service() string        { return string(a) }
func (a access) Latency() time.Duration { return time.Millisecond }

func TestBatchLeaksWhenServicesOverlap(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		in := make(chan Access, 1)
		in <- access("search")
		Batch(in, []string{"search", "ads", "search"}, nil, NewQPS())
	})
}

func TestBatchLeaksWhenTheTickComesFirst(t *testing.T) {
	q := NewQPS()
	in := make(chan Access, 1)
	tick := make(chan time.Time, 1)
	tick <- time.Now()
	leakcheck.Leaks(t, 1, func() {
		Batch(in, []string{"search"}, tick, q)
		for deadline := time.Now().Add(leakcheck.Settle); len(tick) > 0 && time.Now().Before(deadline); {
			time.Sleep(time.Millisecond) // until CalculateQPS has taken the tick and returned
		}
		in <- access("search")
	})
}

func TestBatchDoesNotLeakOnASingleMatch(t *testing.T) {
	q := NewQPS()
	leakcheck.Clean(t, func() {
		in := make(chan Access, 1)
		in <- access("ads")
		Batch(in, []string{"search", "ads"}, nil, q)
	})
	if q.counts["ads"] != 1 {
		t.Fatalf("counts = %v", q.counts)
	}
}
