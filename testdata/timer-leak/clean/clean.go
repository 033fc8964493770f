// Package clean: tickers and timers that are stopped, handed to a caller who stops them, or that end with
// a goroutine that can be told to stop; time.After outside a loop.
package clean

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// Throttle sends items one per tick (the first at once) and stops its ticker on the way out.
func Throttle(items []string, per time.Duration, send func(string)) {
	t := time.NewTicker(per)
	defer t.Stop()
	for i, it := range items {
		if i > 0 {
			<-t.C
		}
		send(it)
	}
}

// NewHeartbeat returns the ticker itself: the caller stops it.
func NewHeartbeat(every time.Duration) *time.Ticker {
	return time.NewTicker(every)
}

// Flusher writes buffered data out periodically.
type Flusher struct{ flushes int64 }

func (f *Flusher) flush() { atomic.AddInt64(&f.flushes, 1) }

// Start: the goroutine has a stop case and stops the ticker when it leaves.
func (f *Flusher) Start(every time.Duration, stop <-chan struct{}) {
	t := time.NewTicker(every)
	go func() {
		defer t.Stop()
		for {
			select {
			case <-t.C:
				f.flush()
			case <-stop:
				return
			}
		}
	}()
}

// Run: the goroutine leaves when the context is done.
func (f *Flusher) Run(ctx context.Context, every time.Duration) {
	go func() {
		t := time.NewTicker(every)
		defer t.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-t.C:
				f.flush()
			}
		}
	}()
}

var errTimeout = errors.New("timed out")

// Wait: time.After outside a loop; one timer per call that is released when it fires.
func Wait(result <-chan int, d time.Duration) (int, error) {
	select {
	case r := <-result:
		return r, nil
	case <-time.After(d):
		return 0, errTimeout
	}
}

// Sample is one measurement.
type Sample struct{ V float64 }

// Batch collects samples until the input closes or stays idle, with one timer reset per sample.
func Batch(in <-chan Sample, idle time.Duration) []Sample {
	t := time.NewTimer(idle)
	defer t.Stop()
	var out []Sample
	for {
		select {
		case s, ok := <-in:
			if !ok {
				return out
			}
			out = append(out, s)
			if !t.Stop() {
				<-t.C
			}
			t.Reset(idle)
		case <-t.C:
			return out
		}
	}
}

// pump flushes on every tick until stop closes, then stops the ticker it was given.
func (f *Flusher) pump(t *time.Ticker, stop <-chan struct{}) {
	defer t.Stop()
	for {
		select {
		case <-t.C:
			f.flush()
		case <-stop:
			return
		}
	}
}

// Pump: `go f.pump(t, stop)`, a named goroutine whose loop has a stop case.
func (f *Flusher) Pump(every time.Duration, stop <-chan struct{}) {
	t := time.NewTicker(every)
	go f.pump(t, stop)
}

// flushN flushes on n ticks, then stops the ticker it was given and returns.
func (f *Flusher) flushN(t *time.Ticker, n int) {
	defer t.Stop()
	for range t.C {
		if n--; n < 0 {
			return
		}
		f.flush()
	}
}

// FlushTimes: `go f.flushN(t, n)` leaves after n ticks.
func (f *Flusher) FlushTimes(every time.Duration, n int) {
	t := time.NewTicker(every)
	go f.flushN(t, n)
}

// KeepAlive pings every d until done is closed: time.After in a loop, but the loop goes round only through the
// timer case (the timer fired and was received); the other case leaves. At most the last timer is left pending.
func KeepAlive(ping func(), d time.Duration, done <-chan struct{}) {
	for {
		select {
		case <-time.After(d):
			ping()
		case <-done:
			return
		}
	}
}

// CountReady checks a few times for a ready signal, a millisecond each: time.After in a loop, but a counted loop
// whose bound (n+1, with n 2 or 5 at the only calls of check) is fixed before it starts. One call makes at most
// nine timers, no more than nine time.After calls written one after another, however fast the loop goes round.
func CountReady(ready <-chan struct{}) int {
	check := func(n int) int {
		got := 0
		for i := 0; i < n+1; i++ {
			select {
			case <-ready:
				got++
			case <-time.After(time.Millisecond):
			}
		}
		return got
	}
	return check(2) + check(5)
}

// CountAcks waits a millisecond for each of acks 1 and 2: a counted loop from a converted literal (uint64(1)) to a
// literal bound, so at most two timers a call: quiet.
func CountAcks(acks <-chan uint64) int {
	n := 0
	for i := uint64(1); i < 3; i++ {
		select {
		case a := <-acks:
			if a == i {
				n++
			}
		case <-time.After(time.Millisecond):
		}
	}
	return n
}

// WaitWorkers waits a millisecond for each of its workers: the bound is a local constant, or a local set once to
// a literal and never changed, so one call makes at most three and four timers: quiet.
func WaitWorkers(ready <-chan struct{}) int {
	const workers = 3
	got := 0
	for i := 0; i < workers; i++ {
		select {
		case <-ready:
			got++
		case <-time.After(time.Millisecond):
		}
	}
	helpers := 4
	for i := 0; i < helpers; i++ {
		select {
		case <-ready:
			got++
		case <-time.After(time.Millisecond):
		}
	}
	return got
}

// Report sends the time every period for as long as its goroutine runs: it never returns, so its ticker is in use
// for the whole life of its caller, and nothing is left behind (quiet), whether the loop ranges over time.Tick(d)
// itself or over a local that holds it.
func Report(every time.Duration, send func(time.Time)) {
	ticks := time.Tick(every)
	for now := range ticks {
		send(now)
	}
}

// Relay is Report with two tickers received in an endless select loop: it never returns once they are made, so both
// are in use for the whole life of its goroutine (quiet).
func Relay(every time.Duration, send func(time.Time), ping func()) {
	ticks := time.Tick(every)
	pings := time.Tick(2 * every)
	for {
		select {
		case now := <-ticks:
			send(now)
		case <-pings:
			ping()
		}
	}
}

// Persist is Report with a ticker of its own, its channel kept in a local and received in an endless loop: never
// stopped, but in use for the whole life of the goroutine, which never returns once it is made (quiet).
func Persist(every time.Duration, save func()) {
	wait := time.NewTicker(every).C
	for {
		<-wait
		save()
	}
}

// Gather is Relay with a ticker of its own, received as `t.C` in an endless select loop (quiet).
func Gather(every time.Duration, sample func(), ping func()) {
	t := time.NewTicker(every)
	pings := time.Tick(2 * every)
	for {
		select {
		case <-t.C:
			sample()
		case <-pings:
			ping()
		}
	}
}
