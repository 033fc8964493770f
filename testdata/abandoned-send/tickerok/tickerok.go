// Package tickerok: a sampler whose loop leaves on its quit channel, or, it seems, when its ticker's channel is
// closed (`case _, ok := <-t.C: if !ok { return }`). The time package never closes that channel, so the quit case
// is the only way out and Stop's send is always taken; a loop that also leaves on an error strands it.
package tickerok

import "time"

type Sampler struct {
	quit    chan bool
	samples int
}

func NewSampler(period time.Duration) *Sampler {
	s := &Sampler{quit: make(chan bool)}
	go s.loop(period)
	return s
}

func (s *Sampler) loop(period time.Duration) {
	ticker := time.NewTicker(period)
	defer ticker.Stop()
	for {
		select {
		case _, ok := <-ticker.C:
			if !ok {
				return
			}
			s.samples++
		case <-s.quit:
			return
		}
	}
}

// StopAfter ends the loop after d.
func (s *Sampler) StopAfter(d time.Duration) {
	go func() {
		time.Sleep(d)
		s.quit <- true
	}()
}

type Prober struct {
	quit  chan bool
	probe func() error
}

func NewProber(period time.Duration, probe func() error) *Prober {
	p := &Prober{quit: make(chan bool), probe: probe}
	go p.loop(period)
	return p
}

func (p *Prober) loop(period time.Duration) {
	ticker := time.NewTicker(period)
	defer ticker.Stop()
	for {
		select {
		case _, ok := <-ticker.C:
			if !ok {
				return
			}
			if err := p.probe(); err != nil {
				return // related "^the goroutine running Prober.loop stops receiving from Prober.quit here$"
			}
		case <-p.quit:
			return
		}
	}
}

// StopAfter ends the loop after d; once a probe has failed, nothing receives.
func (p *Prober) StopAfter(d time.Duration) {
	go func() {
		time.Sleep(d)
		p.quit <- true // want "^goroutine may block forever sending on unbuffered channel Prober.quit: the goroutine running Prober.loop stops receiving when `case _, ok := <-ticker.C` wins and then returns$"
	}()
}
