// Package startflag: a constructor starts its ticker loop only when asked (`if tick { go … }`). The package's own
// value asks, once, as the package is set up; tests that build more values with `false` start nothing, so the one
// loop is the process's (quiet). A constructor whose tests ask for the loop again and again starts one per call
// (reported).
package startflag

import (
	"sync/atomic"
	"time"
)

// Every is how often the loops tick.
var Every = time.Second

// Set counts what it is told, ticking when asked to.
type Set struct{ ticks int64 }

// Ticks says how often the set's loop ticked.
func (s *Set) Ticks() int64 { return atomic.LoadInt64(&s.ticks) }

func newSet(tick bool) *Set {
	s := &Set{}
	if tick {
		t := time.NewTicker(Every)
		go func() {
			for range t.C {
				atomic.AddInt64(&s.ticks, 1)
			}
		}()
	}
	return s
}

// Global is the package's set, the one that ticks.
var Global = newSet(true)

func newGauge(tick bool) *Set {
	s := &Set{}
	if tick {
		t := time.NewTicker(Every)
		go func() { // related `the goroutine starts here`
			for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every call of newGauge leaks one$`
				atomic.AddInt64(&s.ticks, 1)
			}
		}()
	}
	return s
}
