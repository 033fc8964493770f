package rangefirst

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func failing(ch chan<- int) error { ch <- 1; return errors.New("broken") }

func working(ch chan<- int) error { ch <- 1; ch <- 2; return nil }

func TestCollectIsCleanWhenProduceWorks(t *testing.T) {
	leakcheck.Clean(t, func() {
		if got, err := Collect(working); err != nil || len(got) != 2 {
			t.Errorf("got %v, %v", got, err)
		}
	})
}

// A failed produce leaves the gatherer in its range: blocked receiving, never at its send.
func TestCollectLeavesTheGathererInItsRange(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan receive": 1}, func() { _, _ = Collect(failing) })
}

// Closing on the way out sends the gatherer on to its report, which nothing takes.
func TestCollectClosingStrandsTheReport(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() { _, _ = CollectClosing(failing) })
}
