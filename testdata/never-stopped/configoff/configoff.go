// Package configoff: a constructor that starts its cleanup goroutine only when its config enables it. Off, made
// from a config literal that leaves Enabled unset, starts nothing (quiet); On, from a literal that sets it, starts
// the goroutine and never closes it (reported).
package configoff

import "time"

// Config turns the limiter on.
type Config struct {
	Enabled bool
	Every   time.Duration
}

// Limiter forgets old clients in the background while it is enabled.
type Limiter struct {
	clients map[string]int
	done    chan struct{}
}

// New returns nil when cfg does not enable the limiter.
func New(cfg *Config) *Limiter {
	if !cfg.Enabled {
		return nil
	}
	l := &Limiter{clients: map[string]int{}, done: make(chan struct{})}
	go l.cleanup(cfg.Every)
	return l
}

func (l *Limiter) cleanup(every time.Duration) {
	t := time.NewTicker(every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
		case <-l.done:
			return
		}
	}
}

// Close stops the cleanup.
func (l *Limiter) Close() {
	close(l.done)
}

// Off asks for a limiter that is not enabled.
func Off() bool {
	l := New(&Config{Every: time.Second})
	return l == nil
}

// On makes an enabled limiter and drops it.
func On() bool {
	l := New(&Config{Enabled: true, Every: time.Second}) // want `goroutine started by New\(\) never exits: it leaves only when Limiter.Close closes l.done, and On never calls l.Close\(\) nor lets l escape`
	return l.clients != nil
}
