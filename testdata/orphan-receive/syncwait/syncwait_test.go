package syncwait

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Go 1.19 parks WaitGroup.Wait as "semacquire" and Cond.Wait as "sync.Cond.Wait".

func TestDrainBlocksForever(t *testing.T) {
	tk := &tasks{}
	tk.Begin()
	leakcheck.ExpectBlocked(t, 1, map[string]int{"semacquire": 1}, func() { go tk.Drain() })
}

func TestWaitAsyncBlocksForever(t *testing.T) {
	o := newOuter()
	leakcheck.ExpectBlocked(t, 1, map[string]int{"semacquire": 1}, func() { o.WaitAsync() })
}

func TestWaitBatchBlocksForever(t *testing.T) {
	b := &batch[string]{}
	b.Push("x")
	leakcheck.ExpectBlocked(t, 1, map[string]int{"semacquire": 1}, func() { go waitBatch(b) })
}

func TestRemoveWaitsAgainAfterEveryBroadcast(t *testing.T) {
	w := newWatcher()
	leakcheck.ExpectBlocked(t, 1, map[string]int{"sync.Cond.Wait": 1}, func() {
		go w.Remove()
		for i := 0; i < 3; i++ {
			w.Notify()
		}
	})
}

func TestAwaitReadyWaitsAgainAfterEverySignal(t *testing.T) {
	wake := make(chan struct{})
	// The waiter and the goroutine that signals on every wake stay; the waiter parks in Cond.Wait again.
	leakcheck.ExpectBlocked(t, 2, map[string]int{"sync.Cond.Wait": 1}, func() {
		go awaitReady(false, wake)
		wake <- struct{}{}
		wake <- struct{}{}
	})
	close(wake)
}

func TestCleanOnesFinish(t *testing.T) {
	leakcheck.Clean(t, func() {
		var j jobs
		j.Go(func() {})
		j.Wait()
		var v valued
		v.Start()()
		v.Wait()
		(&lent{}).Run()
		(&negative{}).Run()
		(&counted{}).Run(0)
		(&sharedB{}).Run()
		(&split{}).Run(func() {})
		q := newQueue()
		go q.Put(1)
		q.Get()
		flagged(func(f func()) { go f() })
		waitGate(&gate{open: make(chan struct{})}, true)
		vv := newValve()
		go vv.open()
		vv.In()
	})
}
