// Package drain: `if !t.Stop() { <-t.C }` empties a timer's channel before Reset. A timer sends one value per
// start; when a select case of the same loop has already received it and gone round without Reset, Stop returns
// false (the timer has fired) and the drain waits for a second value that never comes.
package drain

import "time"

// Debounce fires after d of quiet; every request on poke starts the wait again.
func Debounce(d time.Duration, poke <-chan struct{}, stop <-chan struct{}, fire func()) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fire()
		case <-poke:
			if !t.Stop() {
				<-t.C // want `^<-t\.C blocks forever: the case at line 14 can already have received the timer's one value and gone round without t\.Reset, so t\.Stop\(\) returns false and nothing is left to receive$`
			}
			t.Reset(d)
		case <-stop:
			return
		}
	}
}

// Batcher flushes on its timer; a full batch restarts the timer early.
type Batcher struct {
	timer  *time.Timer
	period time.Duration
	full   chan struct{}
	done   chan struct{}
	Flush  func()
}

// Run loops until done is closed.
func (b *Batcher) Run() {
	b.timer = time.NewTimer(b.period)
	for {
		select {
		case <-b.full:
			if !b.timer.Stop() {
				<-b.timer.C // want `^<-b\.timer\.C blocks forever: the case at line 46 can already have received the timer's one value and gone round without b\.timer\.Reset, so b\.timer\.Stop\(\) returns false and nothing is left to receive$`
			}
			b.timer.Reset(b.period)
		case <-b.timer.C:
			b.Flush()
		case <-b.done:
			b.timer.Stop()
			return
		}
	}
}

// ArmFirst has a local function that resets the timer, but calls it only before the loop: the case that receives
// the timer goes round without a reset.
func ArmFirst(d time.Duration, poke <-chan struct{}, stop <-chan struct{}, fire func()) {
	t := time.NewTimer(time.Hour)
	defer t.Stop()
	arm := func() {
		t.Reset(d)
	}
	arm()
	for {
		select {
		case <-t.C:
			fire()
		case <-poke:
			if !t.Stop() {
				<-t.C // want `^<-t\.C blocks forever: the case at line 66 can already have received the timer's one value and gone round without t\.Reset, so t\.Stop\(\) returns false and nothing is left to receive$`
			}
			t.Reset(d)
		case <-stop:
			return
		}
	}
}
