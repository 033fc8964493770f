package leaks

import "time"

// One-shot selects: a ticker or timer received from once, beside another case, and never stopped. Before
// Go 1.23 each call leaves its ticker reachable forever (and a timer until it fires), like a plain <-t.C.

// First waits for a value or the next tick, whichever comes first. The comments mention the ticker: a
// mention is not a use.
func First(a <-chan int, every time.Duration) (int, bool) {
	ticker := time.NewTicker(every) // want `ticker is never stopped: before Go 1.23 \(go.mod says go 1.19\) it is never garbage collected`
	select {
	case v := <-a:
		return v, true
	case <-ticker.C: // the ticker won: nothing came in time
		return 0, false
	}
}

// Poll: `var t = time.NewTicker(d)`, received from once in a goroutine.
func Poll(a <-chan int, every time.Duration, got func(int)) {
	var t = time.NewTicker(every) // want `ticker is never stopped`
	go func() {
		select {
		case v := <-a:
			got(v)
		case now := <-t.C:
			got(now.Nanosecond() * 0)
		}
	}()
}

// Latest: declared first, assigned the ticker later.
func Latest(a <-chan int, every time.Duration) int {
	var t *time.Ticker
	t = time.NewTicker(every) // want `ticker is never stopped`
	latest := -1
	select {
	case latest = <-a:
	case <-t.C:
	}
	return latest
}

// DeadlineEach: a timer made in a two-name `:=`, in a select, once per input.
func DeadlineEach(inputs []<-chan int, d time.Duration) int {
	sum := 0
	for _, a := range inputs {
		timer, fallback := time.NewTimer(d), -1 // want `timer is never stopped: before Go 1.23 \(go.mod says go 1.19\) it stays in memory until it fires`
		select {
		case v := <-a:
			sum += v
		case <-timer.C:
			sum += fallback
		}
	}
	return sum
}

// Shadowed: the Stop is on another variable of the same name, in an inner block.
func Shadowed(a <-chan int, every time.Duration) int {
	t := time.NewTicker(every) // want `ticker is never stopped`
	if every > time.Hour {
		t := time.NewTicker(time.Minute)
		defer t.Stop()
	}
	select {
	case v := <-a:
		return v
	case <-t.C:
		return 0
	}
}

// Either stops its ticker only when the value wins: when the tick wins, it returns with the ticker running.
func Either(a <-chan int, every time.Duration) int {
	t := time.NewTicker(every) // want `ticker is not stopped on every path: before Go 1.23 \(go.mod says go 1.19\) one left running is never garbage collected`
	select {
	case v := <-a:
		t.Stop()
		return v
	case <-t.C:
		return -1 // related `returns here without stopping the ticker`
	}
}

type failure string

func (f failure) Error() string { return string(f) }

// Prepare returns on an error before it defers the Stop.
func Prepare(a <-chan int, every time.Duration, fail bool) (int, error) {
	t := time.NewTicker(every) // want `ticker is not stopped on every path`
	if fail {
		return 0, failure("not ready") // related `returns here without stopping the ticker`
	}
	defer t.Stop()
	select {
	case v := <-a:
		return v, nil
	case <-t.C:
		return -1, nil
	}
}

// RaceEach races a against b for each of n rounds, stopping the round's timer when a wins but not when b wins: the
// timers of the rounds b wins stay until they fire, and pile up with n.
func RaceEach(a, b <-chan int, n int, d time.Duration) int {
	sum := 0
	for i := 0; i < n; i++ {
		timer := time.NewTimer(d) // want `timer is not stopped on every path: before Go 1.23 \(go.mod says go 1.19\) one left pending stays in memory until it fires`
		select {
		case v := <-a:
			timer.Stop()
			sum += v
		case v := <-b:
			sum += v
		case <-timer.C:
		}
	}
	return sum // related `returns here without stopping the timer`
}

// Count stops its ticker when the input closes, but falls off the end of the loop on a negative value.
func Count(a <-chan int, every time.Duration) int {
	t := time.NewTicker(every) // want `ticker is not stopped on every path`
	n := 0
	for n >= 0 {
		select {
		case v, ok := <-a:
			if !ok {
				t.Stop()
				return n
			}
			n += v
		case <-t.C:
		}
	}
	return n // related `returns here without stopping the ticker`
}
