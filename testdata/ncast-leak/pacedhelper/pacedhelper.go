// Package pacedhelper: a loop hands a channel to a helper that starts two workers, each sending once, from one case
// or another of a select, one call a round, and takes both values (or returns) before the next round. With two
// slots a return strands no worker: the two call sites are one call per round, two senders, not four (quiet). With
// one slot, a return right after the start strands one (reported); a second call in the same round starts four
// workers against two slots (reported).
package pacedhelper

import "time"

// Converger runs work whenever it is kicked or its timer fires, two workers at a time.
type Converger struct {
	kick chan struct{}
	stop chan struct{}
	work func()
}

// Run calls converge from either case, then waits for both workers before the next round: quiet.
func (c *Converger) Run(d time.Duration) {
	done := make(chan struct{}, 2)
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-c.kick:
			c.converge(done)
		case <-t.C:
			c.converge(done)
		}
		select {
		case <-c.stop:
			return
		case <-done:
		}
		select {
		case <-c.stop:
			return
		case <-done:
		}
		t.Reset(d)
	}
}

// RunNarrow is Run with one slot: stopped right after a start, one worker is stranded.
func (c *Converger) RunNarrow(d time.Duration) {
	done := make(chan struct{}, 1)
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-c.stop:
			return
		case <-c.kick:
			c.convergeNarrow(done)
		case <-t.C:
			c.convergeNarrow(done)
		}
		select {
		case <-c.stop: // related `Converger.RunNarrow stops receiving from done here`
			return
		case <-done:
		}
		select {
		case <-c.stop:
			return
		case <-done:
		}
		t.Reset(d)
	}
}

// RunTwice converges again after every kick in the same round: four workers against two slots.
func (c *Converger) RunTwice() {
	done := make(chan struct{}, 2)
	for {
		select {
		case <-c.stop:
			return
		case <-c.kick:
			c.convergeTwice(done)
		}
		c.convergeTwice(done)
		for i := 0; i < 4; i++ {
			select {
			case <-c.stop: // related `Converger.RunTwice stops receiving from done here`
				return
			case <-done:
			}
		}
	}
}

// converge starts the two workers.
func (c *Converger) converge(done chan struct{}) {
	go func() {
		c.work()
		done <- struct{}{}
	}()
	go func() {
		c.work()
		done <- struct{}{}
	}()
}

// convergeNarrow starts the two workers of RunNarrow.
func (c *Converger) convergeNarrow(done chan struct{}) {
	go func() {
		c.work()
		done <- struct{}{} // want `^goroutines may block forever sending on channel done \(capacity 1\): 2 of them send but Converger.RunNarrow receives only until .case <-c.stop. wins$`
	}()
	go func() {
		c.work()
		done <- struct{}{}
	}()
}

// convergeTwice starts the two workers of RunTwice.
func (c *Converger) convergeTwice(done chan struct{}) {
	go func() {
		c.work()
		done <- struct{}{} // want `^goroutines may block forever sending on channel done \(capacity 2\): 4 of them send but Converger.RunTwice receives only until .case <-c.stop. wins$`
	}()
	go func() {
		c.work()
		done <- struct{}{}
	}()
}
