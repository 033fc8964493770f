// Package perrequest: a dispatcher loop answers each registration on the registration's own one-slot channel.
// Every registration is a new value with a new channel, and the loop sends on it once: the buffer always has room,
// even though nothing in the package receives from the field. A reply channel that belongs to the dispatcher
// itself, sent on once per request, fills after the first.
package perrequest

type registration struct {
	id    int
	reply chan error
}

type dispatcher struct {
	regs    chan *registration
	quit    chan struct{}
	acks    chan int
	clients map[int]*registration
}

func newDispatcher() *dispatcher {
	d := &dispatcher{regs: make(chan *registration), quit: make(chan struct{}), acks: make(chan int, 1), clients: map[int]*registration{}}
	go d.loop()
	return d
}

func (d *dispatcher) loop() {
	for {
		select {
		case r := <-d.regs:
			d.clients[r.id] = r
			r.reply <- nil
			d.acks <- r.id // want `^goroutine blocks forever sending on channel dispatcher.acks \(capacity 1\): nothing receives from it$`
		case <-d.quit: // related `dispatcher.loop stops receiving from dispatcher.regs here`
			return
		}
	}
}

// Register hands a new registration to the loop; the caller may or may not read its reply.
func (d *dispatcher) Register(id int) *registration {
	r := &registration{id: id, reply: make(chan error, 1)}
	d.regs <- r // want "^goroutine may block forever sending on unbuffered channel dispatcher.regs: the goroutine running dispatcher.loop stops receiving when `case <-d.quit` wins$"
	return r
}

// Stop ends the loop.
func (d *dispatcher) Stop() { close(d.quit) }
