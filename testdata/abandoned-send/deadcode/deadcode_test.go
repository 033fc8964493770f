package deadcode

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// watchOld is never called, here or anywhere: there is nothing to run. Next leaks its sender when the timeout wins
// and the event comes later.
func TestNextLeaksWhenTheEventIsLate(t *testing.T) {
	events := make(chan string, 1)
	leakcheck.Leaks(t, 1, func() {
		if e := Next(events, time.Millisecond); e != "" {
			t.Errorf("Next = %q", e)
		}
		events <- "late"
	})
}

// A recorded event waits forever: nothing receives from the journal's channel.
func TestJournalRecordBlocks(t *testing.T) {
	j := Open()
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan send": 1}, func() { go j.Record("e") })
}

// The worker Serialize starts waits forever at its first result.
func TestSerializeStrandsItsWorker(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { Serialize([]string{"a"}, 1) })
}
