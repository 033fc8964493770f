// Package remade: a flush loop remakes its ticker whenever a new configuration arrives, stopping the old one first,
// and returns when the configuration's context ends, leaving the last ticker running. That is one ticker per run of
// the loop: started once per process (by init) it is the process's one ticker (quiet, before Go 1.23 too); started
// once per call of an exported function, each call leaves one behind.
package remade

import (
	"context"
	"sync/atomic"
	"time"
)

// Config says how often to flush, until its context ends.
type Config struct {
	Every time.Duration
	Ctx   context.Context
}

var (
	configs = make(chan Config)
	flushes int64
)

// Configure hands the process's flush loop a new configuration.
func Configure(c Config) { configs <- c }

func init() {
	go flushLoop(configs)
}

// flushLoop runs for the life of the process when init starts it.
func flushLoop(in <-chan Config) {
	ticker := &time.Ticker{} // no channel until the first configuration
	ctx := context.Background()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
			atomic.AddInt64(&flushes, 1)
		case c := <-in:
			if ticker.C != nil {
				ticker.Stop()
			}
			ticker = time.NewTicker(c.Every)
			ctx = c.Ctx
		}
	}
}

// Flusher is a flush loop of its own, one per call of Start.
type Flusher struct{ n int64 }

// Start runs a flush loop on in until a configuration's context ends.
func (f *Flusher) Start(in <-chan Config) { go f.loop(in) }

func (f *Flusher) loop(in <-chan Config) {
	ticker := &time.Ticker{}
	ctx := context.Background()
	for {
		select {
		case <-ctx.Done():
			return // related "returns here without stopping the ticker"
		case <-ticker.C:
			atomic.AddInt64(&f.n, 1)
		case c := <-in:
			if ticker.C != nil {
				ticker.Stop()
			}
			ticker = time.NewTicker(c.Every) // want "^ticker is not stopped on every path: before Go 1.23 \\(go.mod says go 1.19\\) one left running is never garbage collected$"
			ctx = c.Ctx
		}
	}
}
