package onceconjunct

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func feed(rs ...report) <-chan report {
	c := make(chan report, len(rs))
	for _, r := range rs {
		c <- r
	}
	return c
}

func TestFirstSendsOnce(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got := First(feed(report{"a", false}, report{"b", true}, report{"c", true}), 3); got.host != "b" {
			t.Errorf("got %q", got.host)
		}
		if got := First(feed(report{"a", false}), 1); got.host != "fallback" {
			t.Errorf("got %q", got.host)
		}
	})
}

// A good report is taken; the fallback after it is stranded.
func TestFirstOrFallbackStrandsTheFallback(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		FirstOrFallback(feed(report{"a", true}), 1)
	})
}
