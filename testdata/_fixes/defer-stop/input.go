package fixes

import "time"

// Poller polls until Stop.
type Poller struct {
	quit chan struct{}
}

// NewPoller returns a running poller.
func NewPoller() *Poller {
	p := &Poller{quit: make(chan struct{})}
	go p.loop()
	return p
}

func (p *Poller) loop() {
	t := time.NewTicker(time.Second)
	defer t.Stop()
	for {
		select {
		case <-t.C:
		case <-p.quit:
			return
		}
	}
}

// Open starts a second poller goroutine.
func (p *Poller) Open() error {
	go p.loop()
	return nil
}

// Name names the poller.
func (p *Poller) Name() string { return "poller" }

// Stop ends the goroutines.
func (p *Poller) Stop() { close(p.quit) }

// Once makes a poller and forgets it.
func Once() {
	p := NewPoller()
	println(p.Name())
}

// Twice opens one and forgets it.
func Twice() error {
	q := &Poller{quit: make(chan struct{})}
	if err := q.Open(); err != nil {
		return err
	}
	return nil
}
