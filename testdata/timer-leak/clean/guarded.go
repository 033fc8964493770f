package clean

import "time"

// Batcher flushes a batch when it is full or when its period has passed since the first item. The flush timer is
// made only while none is pending (`if flush == nil`) and forgotten only in the case that received it: one timer
// at a time, however many items come.
func Batcher(in <-chan int, period time.Duration, out func([]int)) {
	var batch []int
	var flush <-chan time.Time
	for {
		if flush == nil && len(batch) > 0 {
			flush = time.After(period)
		}
		select {
		case v, ok := <-in:
			if !ok {
				out(batch)
				return
			}
			batch = append(batch, v)
		case <-flush:
			flush = nil
			out(batch)
			batch = nil
		}
	}
}

// Poller polls again after a back-off when a poll found nothing. Its wait channel is one of two stand-ins (ready,
// parked) or a back-off timer, and a new timer is made only while it holds the ready stand-in, which it holds
// again only after the timer fired: one timer at a time.
func Poller(poll func() bool, wake <-chan struct{}, quit <-chan struct{}, backoff time.Duration) {
	ready := make(chan time.Time)
	close(ready)
	parked := make(chan time.Time)
	wait := (<-chan time.Time)(ready)
	unpark := func() {
		if wait == parked {
			wait = ready
		}
	}
	for {
		if wait == ready {
			if poll() {
				wait = parked
			} else {
				wait = time.After(backoff)
			}
		}
		select {
		case <-wait:
			wait = ready
		case <-wake:
			unpark()
		case <-quit:
			return
		}
	}
}

// Committer commits on every period until told to stop; the stop case ends the loop by clearing its flag, so the
// loop goes round again only after a timer fired.
func Committer(stop <-chan struct{}, period time.Duration, commit func()) {
	running := true
	for running {
		select {
		case <-stop:
			running = false
		case <-time.After(period):
		}
		commit()
	}
}

// stages is fixed: nothing in the package reassigns or appends to it.
var stages = []string{"fetch", "parse", "store"}

// AwaitStages waits at most d for each stage to report: `len(stages)` of a package-level literal nothing changes
// bounds the loop at three timers a call, as three `time.After` calls written out would make.
func AwaitStages(done <-chan string, d time.Duration) int {
	n := 0
	for i := 0; i < len(stages); i++ {
		select {
		case <-done:
			n++
		case <-time.After(d):
		}
	}
	return n
}
