// Package stop hands out a stop signal, as shutdown helpers of larger code bases do.
package stop

import "sync"

// Signal is closed once, by Trigger.
type Signal struct {
	once sync.Once
	ch   chan struct{}
}

func New() *Signal { return &Signal{ch: make(chan struct{})} }

// Chan is closed when the signal is triggered.
func (s *Signal) Chan() <-chan struct{} { return s.ch }

// Trigger closes the channel; later calls do nothing.
func (s *Signal) Trigger() { s.once.Do(func() { close(s.ch) }) }
