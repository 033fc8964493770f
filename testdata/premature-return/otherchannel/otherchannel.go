// Package otherchannel: a function returns a channel made here on one path and another channel on others. A
// caller waits on whichever channel it got, so a path that returns another channel is no way to strand a
// receiver of this one; only a path that hands out this channel without closing it is.
package otherchannel

import "sync"

type entry struct{ wait chan struct{} }

// Store hands out one wait channel per key, closed when the key's work is done.
type Store struct {
	mu   sync.Mutex
	m    map[string]entry
	work func()
}

func NewStore(work func()) *Store { return &Store{m: map[string]entry{}, work: work} }

// Wait: a closed channel for a key known to be closed, the key's own channel otherwise: quiet.
func (s *Store) Wait(k string, closed bool) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.m[k]
	if !ok && closed {
		ch := make(chan struct{})
		close(ch)
		return ch
	}
	if e.wait != nil {
		return e.wait
	}
	e.wait = make(chan struct{})
	s.m[k] = e
	go func() {
		defer close(e.wait)
		s.work()
	}()
	return e.wait
}

// WaitForgetful hands out the channel it makes for a closed key before closing it when the key is empty: a
// caller waits on it forever.
func (s *Store) WaitForgetful(k string, closed bool) <-chan struct{} {
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.m[k]
	if !ok && closed {
		ch := make(chan struct{})
		if k == "" {
			return ch // related `Store.WaitForgetful can finish here without sending on ch`
		}
		close(ch)
		return ch
	}
	if e.wait != nil {
		return e.wait
	}
	e.wait = make(chan struct{})
	s.m[k] = e
	go func() {
		defer close(e.wait)
		s.work()
	}()
	return e.wait
}

// Done waits for a key.
func Done(s *Store, k string, closed bool) {
	<-s.Wait(k, closed)
}

// DoneForgetful waits for a key through WaitForgetful.
func DoneForgetful(s *Store, k string, closed bool) {
	<-s.WaitForgetful(k, closed) // want `^DoneForgetful may block forever receiving from unbuffered channel ch returned by Store.WaitForgetful: Store.WaitForgetful can return before sending on or closing it$`
}
