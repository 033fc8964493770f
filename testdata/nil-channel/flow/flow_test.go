package flow

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each flagged operation parks its goroutine on a nil channel: the stack says "(nil chan)".

const (
	nilRecv = "chan receive (nil chan)"
	nilSend = "chan send (nil chan)"
)

func TestSetNilBlocksItsCaller(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { go SetNil() })
}

func TestRetireBlocksItsCaller(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilSend: 1}, func() { go Retire(2) })
}

func TestWaitLeaksItsRangerOnBothBranches(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{nilRecv: 2}, func() {
		Wait(true)
		Wait(false)
	})
}

func TestForgetLeaksItsConsumer(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, Forget)
}

func TestShadowBlocksOnBothBranches(t *testing.T) {
	leakcheck.ExpectBlocked(t, 2, map[string]int{nilRecv: 2}, func() {
		go Shadow(true)
		go Shadow(false)
	})
}

func TestShadowInLoopLeaksItsCollector(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { ShadowInLoop([]int{1, 2}) })
}

func TestWatchLeaksWhenNotWatching(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { (&Model{}).Watch(false) })
}

func TestWatchIsCleanWhenWatching(t *testing.T) {
	leakcheck.Clean(t, func() {
		m := &Model{}
		updates := m.Watch(true)
		updates <- Event{Key: "a"}
		close(updates)
	})
}

func TestFollowLeaksTwoCallsDownInAnUnknownMode(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { Follow("batch", make(chan int)) })
}

func TestFollowIsCleanInAKnownMode(t *testing.T) {
	leakcheck.Clean(t, func() {
		out := make(chan int, 1)
		feed := Follow("sync", out)
		feed <- Event{Key: "ab"}
		if n := <-out; n != 2 {
			t.Errorf("Follow forwarded %d", n)
		}
		close(feed)
	})
}

func TestChainLeaksItsFirstStage(t *testing.T) {
	// The first stage ranges over nil; the second waits for the first, which never closes its output.
	leakcheck.ExpectBlocked(t, 2, map[string]int{nilRecv: 1, "chan receive": 2}, func() { Chain(2) })
}

func TestOnlyOnReturnBlocksWhenNotAsync(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { go OnlyOnReturn(false) })
	leakcheck.Clean(t, func() { OnlyOnReturn(true) })
}

func TestUnstartedLeaksItsWorker(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, Unstarted)
}

func TestDetachLeaksItsReporter(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilSend: 1}, (&Sched{}).Detach)
}

func TestListenLeaksWhenNotListening(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{nilRecv: 1}, func() { Listen(false) })
	leakcheck.Clean(t, func() { close(Listen(true)) })
}
