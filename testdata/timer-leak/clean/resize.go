package clean

import (
	"sync"
	"time"
)

// Inbox delivers messages with a receive deadline. A change of its queue closes the current resized channel and
// puts a new one in its place; nothing ever sends on it. Recv goes round its loop only when such a close wakes it:
// once per change of the queue, so its time.After timers cannot pile up faster than the queue is changed (quiet).
type Inbox struct {
	mu      sync.Mutex
	queue   chan int
	resized chan struct{}
	expire  time.Duration
}

// NewInbox makes an inbox of capacity n.
func NewInbox(n int, expire time.Duration) *Inbox {
	return &Inbox{queue: make(chan int, n), resized: make(chan struct{}), expire: expire}
}

// Recv waits for a message until the deadline.
func (b *Inbox) Recv() (int, bool) {
	for {
		b.mu.Lock()
		q := b.queue
		rq := b.resized
		b.mu.Unlock()
		select {
		case v := <-q:
			return v, true
		case <-rq:
			continue
		case <-time.After(b.expire):
			return 0, false
		}
	}
}

// Put queues a message if there is room.
func (b *Inbox) Put(v int) bool {
	b.mu.Lock()
	q := b.queue
	b.mu.Unlock()
	select {
	case q <- v:
		return true
	default:
		return false
	}
}

// Resize gives the inbox a new queue of capacity n (messages in the old one are dropped) and wakes Recv.
func (b *Inbox) Resize(n int) {
	b.mu.Lock()
	old := b.resized
	b.queue = make(chan int, n)
	b.resized = make(chan struct{})
	b.mu.Unlock()
	close(old)
}
