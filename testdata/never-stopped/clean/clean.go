// Package clean: started workers that are stopped, handed to code that can stop them, or that leave
// on their own.
package clean

import (
	"context"
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
	go p.loop()
}

func (p *Poller) loop() {
	t := time.NewTicker(p.every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			atomic.AddInt64(&p.polls, 1)
		case <-p.quit:
			return
		}
	}
}

// Stop ends the polling goroutine.
func (p *Poller) Stop() { close(p.quit) }

// Shutdown stops the poller and reports how often it polled.
func (p *Poller) Shutdown() int64 {
	p.Stop()
	return atomic.LoadInt64(&p.polls)
}

// Deferred stops the poller on the way out.
func Deferred(every time.Duration) {
	p := NewPoller(every)
	p.Start()
	defer p.Stop()
	time.Sleep(2 * every)
}

// Indirect stops it through a method that calls Stop.
func Indirect(every time.Duration) int64 {
	p := NewPoller(every)
	p.Start()
	time.Sleep(2 * every)
	return p.Shutdown()
}

// Started returns the running poller: the caller stops it.
func Started(every time.Duration) *Poller {
	p := NewPoller(every)
	p.Start()
	return p
}

// Later hands the stop function to the caller as a method value.
func Later(every time.Duration) (stop func()) {
	p := NewPoller(every)
	p.Start()
	return p.Stop
}

var running []*Poller

// Register keeps the poller in a list that StopAll stops.
func Register(every time.Duration) {
	p := NewPoller(every)
	p.Start()
	running = append(running, p)
}

// StopAll stops every registered poller.
func StopAll() {
	for _, p := range running {
		p.Stop()
	}
	running = nil
}

var published []*Poller

// Publish makes the poller reachable by StopPublished: the method stores its receiver.
func (p *Poller) Publish() { published = append(published, p) }

// StopPublished stops every published poller.
func StopPublished() {
	for _, p := range published {
		p.Stop()
	}
	published = nil
}

// Published: the poller leaves the function through a method that stores its receiver.
func Published(every time.Duration) {
	p := NewPoller(every)
	p.Start()
	p.Publish()
}

var cleanups []func()

// newManagedPoller registers the poller's Stop to run at cleanup time, like a test helper that calls
// t.Cleanup: the value it returns is not the caller's alone.
func newManagedPoller(every time.Duration) (*Poller, int) {
	p := NewPoller(every)
	cleanups = append(cleanups, func() { p.Stop() })
	return p, len(cleanups)
}

// RunCleanups runs the registered cleanups.
func RunCleanups() {
	for _, c := range cleanups {
		c()
	}
	cleanups = nil
}

// Managed starts a poller whose stop the helper that made it has registered.
func Managed(every time.Duration) int {
	p, n := newManagedPoller(every)
	p.Start()
	return n
}

// Closed stops the goroutine by closing the channel itself.
func Closed(every time.Duration) {
	p := NewPoller(every)
	p.Start()
	close(p.quit)
}

// Drainer copies its input until the input is closed, or until Stop.
type Drainer struct {
	in   chan int
	quit chan struct{}
	sum  int64
}

// Run starts the copying goroutine; it also leaves when in is closed.
func (d *Drainer) Run() {
	go func() {
		for {
			select {
			case v, ok := <-d.in:
				if !ok {
					return
				}
				atomic.AddInt64(&d.sum, int64(v))
			case <-d.quit:
				return
			}
		}
	}()
}

// Stop ends the goroutine early.
func (d *Drainer) Stop() { close(d.quit) }

// Sum closes the input, which ends the goroutine without Stop.
func Sum(xs []int) {
	d := &Drainer{in: make(chan int), quit: make(chan struct{})}
	d.Run()
	for _, x := range xs {
		d.in <- x
	}
	close(d.in)
}

// Watcher leaves when its context is done or when Stop is called.
type Watcher struct {
	ctx  context.Context
	quit chan struct{}
}

// Watch starts the goroutine.
func (w *Watcher) Watch() {
	go func() {
		select {
		case <-w.ctx.Done():
		case <-w.quit:
		}
	}()
}

// Stop ends the goroutine early.
func (w *Watcher) Stop() { close(w.quit) }

// Until runs a watcher that ends with the context (the loop-free goroutine is not an event loop either).
func Until(ctx context.Context) {
	w := &Watcher{ctx: ctx, quit: make(chan struct{})}
	w.Watch()
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
	go b.run(every)
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

// Ingest closes the batcher when it is done.
func Ingest(items []string) {
	b := NewBatcher(every)
	defer b.Close()
	for _, it := range items {
		b.Add(it)
	}
}

var batchers = map[string]*Batcher{}

// NewNamedBatcher registers the batcher it starts, so CloseAll can stop it: its callers need not.
func NewNamedBatcher(name string) *Batcher {
	b := &Batcher{items: make(chan string), done: make(chan struct{})}
	go b.run(every)
	batchers[name] = b
	return b
}

// CloseAll closes every registered batcher.
func CloseAll() {
	for name, b := range batchers {
		b.Close()
		delete(batchers, name)
	}
}

// IngestNamed uses a registered batcher and leaves closing it to CloseAll.
func IngestNamed(name string, items []string) {
	b := NewNamedBatcher(name)
	for _, it := range items {
		b.Add(it)
	}
}
