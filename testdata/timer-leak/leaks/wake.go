package leaks

import (
	"sync"
	"time"
)

// Inbox is clean's Inbox (testdata/timer-leak/clean) with a wake-up sent, not closed, on every Put: Recv goes round
// once per message that someone else took first, and each round leaves a timer that lives out its whole deadline.
type Inbox struct {
	mu     sync.Mutex
	queue  chan int
	woken  chan struct{}
	expire time.Duration
}

// NewInbox makes an inbox of capacity n.
func NewInbox(n int, expire time.Duration) *Inbox {
	return &Inbox{queue: make(chan int, n), woken: make(chan struct{}, 1), expire: expire}
}

// Recv waits for a message until the deadline.
func (b *Inbox) Recv() (int, bool) {
	for {
		b.mu.Lock()
		wq := b.woken
		b.mu.Unlock()
		select {
		case v := <-b.queue:
			return v, true
		case <-wq:
			continue
		case <-time.After(b.expire): // want `time.After in a loop makes a timer per iteration`
			return 0, false
		}
	}
}

// Wake wakes a waiting Recv, as a Put would.
func (b *Inbox) Wake() {
	select {
	case b.woken <- struct{}{}:
	default:
	}
}
