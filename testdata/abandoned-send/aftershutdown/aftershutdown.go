// Package aftershutdown: a value's serving loop that can stop receiving (its Close, its owner's context, a package
// function that stops it), and a function that sends it requests in its callers' goroutines. The send blocks forever
// only if a caller sends after (or while) the loop is stopped, which the callers decide: tagged after-shutdown, and
// reported only with `after-shutdown: true` in the configuration (src/after-shutdown.test.ts). A sender that the
// package's own goroutines run, or the function that starts the loop and sends to it, is reported as always.
package aftershutdown

import "context"

// Registry keeps names; its loop stops when Close closes quit, and nothing else closes or sends on quit.
type Registry struct {
	add   chan string
	quit  chan struct{}
	names []string
}

// NewRegistry starts the loop.
func NewRegistry() *Registry {
	r := &Registry{add: make(chan string), quit: make(chan struct{})}
	go r.loop()
	return r
}

func (r *Registry) loop() {
	for {
		select {
		case n := <-r.add:
			r.names = append(r.names, n)
		case <-r.quit: // related `the goroutine running Registry.loop stops receiving from Registry.add here`
			return
		}
	}
}

// Add hands the loop a name: after Close it waits forever (tagged after-shutdown).
func (r *Registry) Add(name string) {
	r.add <- name // want `^goroutine may block forever sending on unbuffered channel Registry.add: the goroutine running Registry.loop stops receiving when .case <-r.quit. wins$`
}

// Close stops the loop.
func (r *Registry) Close() { close(r.quit) }

// Mailbox is Registry whose loop stops when its owner's context is done: a Post after that waits forever, which
// only Post's callers decide (tagged after-shutdown).
type Mailbox struct {
	post chan string
	got  []string
}

// NewMailbox starts the loop until ctx is done.
func NewMailbox(ctx context.Context) *Mailbox {
	m := &Mailbox{post: make(chan string)}
	go m.loop(ctx)
	return m
}

func (m *Mailbox) loop(ctx context.Context) {
	for {
		select {
		case s := <-m.post:
			m.got = append(m.got, s)
		case <-ctx.Done(): // related `the goroutine running Mailbox.loop stops receiving from Mailbox.post here`
			return
		}
	}
}

// Post hands the loop a message: once ctx is done it waits forever.
func (m *Mailbox) Post(s string) {
	m.post <- s // want `^goroutine may block forever sending on unbuffered channel Mailbox.post: the goroutine running Mailbox.loop stops receiving when .case <-ctx.Done\(\). wins$`
}

// Ledger is Registry whose quit channel is closed by a package function, not by a method of Ledger: a Record after
// Shutdown waits forever, which only Record's callers decide (tagged after-shutdown).
type Ledger struct {
	entry chan int
	quit  chan struct{}
	sum   int
}

// NewLedger starts the loop.
func NewLedger() *Ledger {
	l := &Ledger{entry: make(chan int), quit: make(chan struct{})}
	go l.loop()
	return l
}

func (l *Ledger) loop() {
	for {
		select {
		case n := <-l.entry:
			l.sum += n
		case <-l.quit: // related `the goroutine running Ledger.loop stops receiving from Ledger.entry here`
			return
		}
	}
}

// Record hands the loop an entry: after Shutdown it waits forever.
func (l *Ledger) Record(n int) {
	l.entry <- n // want `^goroutine may block forever sending on unbuffered channel Ledger.entry: the goroutine running Ledger.loop stops receiving when .case <-l.quit. wins$`
}

// Shutdown stops a ledger's loop.
func Shutdown(l *Ledger) { close(l.quit) }

// Outbox is Registry whose exported Put the package itself also runs in goroutines of its own (Broadcast): when one
// of those comes after Close is the package's doing, not only its callers' (reported as always, not tagged).
type Outbox struct {
	put  chan string
	quit chan struct{}
	sent []string
}

// NewOutbox starts the loop.
func NewOutbox() *Outbox {
	o := &Outbox{put: make(chan string), quit: make(chan struct{})}
	go o.loop()
	return o
}

func (o *Outbox) loop() {
	for {
		select {
		case s := <-o.put:
			o.sent = append(o.sent, s)
		case <-o.quit: // related `the goroutine running Outbox.loop stops receiving from Outbox.put here`
			return
		}
	}
}

// Put hands the loop a message: after Close it waits forever.
func (o *Outbox) Put(s string) {
	o.put <- s // want `^goroutine may block forever sending on unbuffered channel Outbox.put: the goroutine running Outbox.loop stops receiving when .case <-o.quit. wins$`
}

// Close stops the loop.
func (o *Outbox) Close() { close(o.quit) }

// Broadcast puts s into every outbox, each in a goroutine of its own.
func Broadcast(boxes []*Outbox, s string) {
	for _, o := range boxes {
		go o.Put(s)
	}
}

// Queue runs its loop in a goroutine that Start starts, until the context given to Start is done; Push sends through
// an unexported method. A Push after that waits forever, which only Push's callers decide (tagged after-shutdown).
type Queue struct {
	in    chan int
	items []int
}

// Start runs the loop until ctx is done.
func (q *Queue) Start(ctx context.Context) {
	q.in = make(chan int)
	go func() {
		for {
			select {
			case n := <-q.in:
				q.items = append(q.items, n)
			case <-ctx.Done(): // related `the goroutine in Queue.Start stops receiving from Queue.in here`
				return
			}
		}
	}()
}

// Push hands the loop an item.
func (q *Queue) Push(n int) { q.push(n) }

func (q *Queue) push(n int) {
	q.in <- n // want `^goroutine may block forever sending on unbuffered channel Queue.in: the goroutine in Queue.Start stops receiving when .case <-ctx.Done\(\). wins$`
}

// Feeder is Queue whose Run starts the loop with its own context and then sends to it: Run shows both the stop and
// the sends, and a cancel while it still sends strands it (reported as always, not tagged).
type Feeder struct {
	in  chan int
	sum int
}

// Run starts the loop and feeds it items until they run out.
func (f *Feeder) Run(ctx context.Context, items []int) {
	f.in = make(chan int)
	go f.loop(ctx)
	for _, n := range items {
		f.in <- n // want `^goroutine may block forever sending on unbuffered channel Feeder.in: the goroutine running Feeder.loop stops receiving when .case <-ctx.Done\(\). wins$`
	}
}

func (f *Feeder) loop(ctx context.Context) {
	for {
		select {
		case n := <-f.in:
			f.sum += n
		case <-ctx.Done(): // related `the goroutine running Feeder.loop stops receiving from Feeder.in here`
			return
		}
	}
}
