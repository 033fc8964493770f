package leaks

import (
	"sync/atomic"
	"time"
)

// Hub keeps its keys fresh in the background once it is set up.
type Hub struct {
	keys  *int64
	every time.Duration
}

// setup runs its body once per Hub (it returns at once when h.keys is set, and sets it before starting the
// renewer): the endless renewer is one per Hub, not one per call (the message says so).
func (h *Hub) setup() {
	if h.keys != nil {
		return
	}
	h.keys = new(int64)
	t := time.NewTicker(h.every) // want `^ticker is never stopped`
	go func() {
		for range t.C { // want `^goroutine loops over t.C forever: it has no way to exit, so every Hub whose setup runs leaks one$`
			atomic.AddInt64(h.keys, 1)
		}
	}()
}

// Keys sets h up and returns how often its keys were renewed.
func (h *Hub) Keys() int64 {
	h.setup()
	return atomic.LoadInt64(h.keys)
}
