// Package leaks: types whose Start method runs a goroutine that leaves only when Stop closes a channel,
// used by callers that never call Stop.
package leaks

import (
	"errors"
	"sync/atomic"
	"time"
)

// Poller polls on every tick until Stop is called.
type Poller struct {
	every time.Duration
	quit  chan struct{}
	polls int64
}

// NewPoller returns a poller that is not running yet.
func NewPoller(every time.Duration) *Poller {
	return &Poller{every: every, quit: make(chan struct{})}
}

// Start polls in the background until Stop.
func (p *Poller) Start() {
	go p.loop() // related "the goroutine starts here"
}

func (p *Poller) loop() {
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			atomic.AddInt64(&p.polls, 1)
		case <-p.quit: // related "its only way out"
			return
		}
	}
}

// Stop ends the polling goroutine.
func (p *Poller) Stop() {
	close(p.quit) // related "Count never calls it"
}

// Polls is how often the poller has polled.
func (p *Poller) Polls() int64 { return atomic.LoadInt64(&p.polls) }

// Count starts a poller, reads it, and returns without stopping it.
func Count(every time.Duration) int64 {
	p := NewPoller(every)
	p.Start() // want `goroutine started by p.Start\(\) never exits: it leaves only when Poller.Stop closes p.quit, and Count never calls p.Stop\(\)`
	time.Sleep(3 * every)
	return p.Polls()
}

// newFastPoller is a constructor that calls a constructor.
func newFastPoller() *Poller { return NewPoller(time.Millisecond) }

// Peek starts a fast poller and forgets it.
func Peek() int64 {
	p := newFastPoller()
	p.Start() // want `goroutine started by p.Start\(\) never exits: it leaves only when Poller.Stop closes p.quit, and Peek never calls p.Stop\(\)`
	return p.Polls()
}

// Relay copies messages to out until Close is called.
type Relay struct {
	in   chan string
	done chan struct{}
	out  func(string)
}

// Run starts the copying goroutine.
func (r *Relay) Run() {
	go func() {
		for {
			select {
			case s := <-r.in:
				r.out(s)
			case <-r.done: // related "its only way out"
				return
			}
		}
	}()
}

// Close stops the copying goroutine.
func (r *Relay) Close() { close(r.done) } // related "Forward never calls it"

// Forward sends every message through a relay that it never closes.
func Forward(msgs []string, out func(string)) {
	r := &Relay{in: make(chan string), done: make(chan struct{}), out: out}
	r.Run() // want `goroutine started by r.Run\(\) never exits: it leaves only when Relay.Close closes r.done, and Forward never calls r.Close\(\)`
	for _, m := range msgs {
		r.in <- m
	}
}

// Cache reloads itself in the background when it has a reload period.
type Cache struct {
	reload time.Duration
	stop   chan struct{}
	loads  int64
}

// NewCache returns a cache that is not open yet.
func NewCache(reload time.Duration) *Cache {
	return &Cache{reload: reload, stop: make(chan struct{})}
}

// Open starts the reloader when the cache has a reload period.
func (c *Cache) Open() error {
	if c.stop == nil {
		return errors.New("cache: not made by NewCache")
	}
	if c.reload > 0 {
		go c.reloader()
	}
	return nil
}

func (c *Cache) reloader() {
	t := time.NewTicker(c.reload)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			atomic.AddInt64(&c.loads, 1)
		case <-c.stop:
			return
		}
	}
}

// Close stops the reloader.
func (c *Cache) Close() { close(c.stop) }

// Warm opens a cache to warm it up, checks the error, and forgets to close it.
func Warm(reload time.Duration) (int64, error) {
	c := NewCache(reload)
	if err := c.Open(); err != nil { // want `goroutine that c.Open\(\) starts when c.reload > 0 never exits: it leaves only when Cache.Close closes c.stop, and Warm never calls c.Close\(\)`
		return 0, err
	}
	time.Sleep(3 * reload)
	return atomic.LoadInt64(&c.loads), nil
}

// Batcher collects items and flushes them on every tick; NewBatcher starts it.
type Batcher struct {
	items   chan string
	done    chan struct{}
	flushed int64
}

// NewBatcher returns a running batcher; Close stops it.
func NewBatcher(every time.Duration) *Batcher {
	b := &Batcher{items: make(chan string), done: make(chan struct{})}
	go b.run(every) // related "the goroutine starts here"
	return b
}

func (b *Batcher) run(every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	var pending []string
	for {
		select {
		case it := <-b.items:
			pending = append(pending, it)
		case <-t.C:
			atomic.AddInt64(&b.flushed, int64(len(pending)))
			pending = pending[:0]
		case <-b.done:
			return
		}
	}
}

// Add queues an item.
func (b *Batcher) Add(it string) { b.items <- it }

// Close stops the batcher.
func (b *Batcher) Close() { close(b.done) }

// Ingest adds every item to a new batcher and returns without closing it.
func Ingest(items []string) {
	b := NewBatcher(time.Millisecond) // want `goroutine started by NewBatcher\(\) never exits: it leaves only when Batcher.Close closes b.done, and Ingest never calls b.Close\(\)`
	for _, it := range items {
		b.Add(it)
	}
}
