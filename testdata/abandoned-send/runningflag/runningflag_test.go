package runningflag

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestTriggersBeforeAndAfterStopAreTakenOrSkipped(t *testing.T) {
	leakcheck.Clean(t, func() {
		tm := New(time.Hour)
		tm.Start(func() {})
		tm.Trigger()
		tm.TriggerAfter(time.Millisecond)
		time.Sleep(5 * time.Millisecond)
		tm.TriggerAfter(0)
		tm.Stop()
		tm.Trigger()
		tm.TriggerAfter(0)
	})
}

func TestTriggerAnywayAfterStopBlocks(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		tm := New(time.Hour)
		tm.Start(func() {})
		tm.Stop()
		tm.TriggerAnywayAfter(0)
	})
}
