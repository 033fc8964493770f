package fieldnorecv

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestNotifyLeaks(t *testing.T) {
	n := newNotifier()
	leakcheck.Leaks(t, 1, func() { go n.Notify("x") })
}

func TestFillLeaksPastTheBuffer(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { startBatcher() })
}

func TestListenedIsClean(t *testing.T) {
	l := newListened()
	leakcheck.Clean(t, func() {
		l.Notify("x")
		if l.Next() != "x" {
			t.Error("lost the event")
		}
	})
}

func TestPublicIsReceivedElsewhere(t *testing.T) {
	p := NewPublic()
	leakcheck.Clean(t, func() {
		go p.Notify("x")
		<-p.Events
	})
}

func TestGetterIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		if sum() != 3 {
			t.Error("wrong sum")
		}
	})
}

func TestAliasedIsClean(t *testing.T) {
	a, next := newAliased()
	leakcheck.Clean(t, func() {
		go a.put(1)
		if next() != 1 {
			t.Error("lost the value")
		}
	})
}

// The queue's loop keeps working: it never reaches the send on terminated.
func TestQueueNeverReachesItsDeadCase(t *testing.T) {
	q := newQueue()
	q.Add(1)
	q.Add(2)
	leakcheck.Clean(t, func() {})
}

// A stopped worker blocks forever sending on stopped.
func TestStoppedWorkerLeaks(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		w := newWorker()
		w.Add(1)
		w.Stop()
	})
}

// Work added after Stop waits forever (beside the worker stuck at stopped).
func TestAddAfterStopLeaks(t *testing.T) {
	leakcheck.Leaks(t, 2, func() {
		w := newWorker()
		w.Stop()
		time.Sleep(10 * time.Millisecond) // the worker takes stop, and waits at stopped for good
		go w.Add(1)
	})
}

// Nothing closes the pool's done channel: its loop takes every submission.
func TestPoolTakesEverySubmission(t *testing.T) {
	p := newPool()
	leakcheck.Clean(t, func() {
		for i := 0; i < 3; i++ {
			p.Submit(i)
		}
	})
}

// After Stop, a submission waits forever.
func TestStoppableStrandsASubmissionAfterStop(t *testing.T) {
	s := newStoppable()
	s.Submit(1)
	s.Stop()
	leakcheck.Leaks(t, 1, func() { go s.Submit(2) })
}
