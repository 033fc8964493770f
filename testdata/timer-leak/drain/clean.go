package drain

import "time"

// Each loop below drains only a value that was not taken: quiet.

// Rearm resets the timer in the case that receives it, so a later Stop finds it running again.
func Rearm(d time.Duration, poke <-chan struct{}, stop <-chan struct{}, fire func()) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fire()
			t.Reset(d)
		case <-poke:
			if !t.Stop() {
				<-t.C
			}
			t.Reset(d)
		case <-stop:
			return
		}
	}
}

// Once returns when the timer fires: the drain never runs after it.
func Once(d time.Duration, poke <-chan struct{}, fire func()) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			fire()
			return
		case <-poke:
			if !t.Stop() {
				<-t.C
			}
			t.Reset(d)
		}
	}
}

// Flagged remembers that the value was taken and drains only when it was not.
func Flagged(d time.Duration, poke <-chan struct{}, stop <-chan struct{}, fire func()) {
	t := time.NewTimer(d)
	defer t.Stop()
	fired := false
	for {
		select {
		case <-t.C:
			fired = true
			fire()
		case <-poke:
			if !fired {
				if !t.Stop() {
					<-t.C
				}
			}
			fired = false
			t.Reset(d)
		case <-stop:
			return
		}
	}
}

// Restart drains a timer whose value nothing else receives.
func Restart(d time.Duration, poke <-chan struct{}, stop <-chan struct{}) {
	t := time.NewTimer(d)
	defer t.Stop()
	for {
		select {
		case <-poke:
			if !t.Stop() {
				<-t.C
			}
			t.Reset(d)
		case <-stop:
			return
		}
	}
}

// RearmLater resets the timer through a local function it calls in the case that receives it: the same as Rearm.
func RearmLater(d time.Duration, poke <-chan struct{}, stop <-chan struct{}, fire func()) {
	t := time.NewTimer(d)
	defer t.Stop()
	rearm := func() {
		t.Reset(d)
	}
	for {
		select {
		case <-t.C:
			fire()
			rearm()
		case <-poke:
			if !t.Stop() {
				<-t.C
			}
			t.Reset(d)
		case <-stop:
			return
		}
	}
}
