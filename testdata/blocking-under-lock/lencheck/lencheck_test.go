package lencheck

import (
	"sync"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestPoolHandsEveryJobOut(t *testing.T) {
	leakcheck.Clean(t, func() {
		p := NewPool(4)
		var wg sync.WaitGroup
		got := make(chan int, 2)
		for i := 0; i < 2; i++ {
			wg.Add(1)
			p.Ready(func(j int) { got <- j; wg.Done() })
		}
		for i := 0; i < 3; i++ { // the third waits in the queue: no idle worker is left
			if !p.Submit(i) {
				t.Errorf("Submit(%d) refused", i)
			}
		}
		wg.Wait()
		p.Close()
	})
}

// With an idle worker and no job, Lazy's dispatcher waits for a job while holding mu, and Submit waits for mu.
func TestLazyDeadlocksWithAnIdleWorker(t *testing.T) {
	var p *Lazy
	leakcheck.ExpectRecv(t, 1, 1, func() {
		p = NewLazy(4)
		p.Ready(func(int) {})
	})
	leakcheck.ExpectBlocked(t, 1, map[string]int{leakcheck.MutexWait(): 1}, func() { go p.Submit(1) })
}
