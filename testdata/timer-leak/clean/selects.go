package clean

import "time"

// One-shot selects whose ticker or timer is stopped: deferred, or on every path.

// First stops its ticker on the way out.
func First(a <-chan int, every time.Duration) (int, bool) {
	ticker := time.NewTicker(every)
	defer ticker.Stop()
	select {
	case v := <-a:
		return v, true
	case <-ticker.C:
		return 0, false
	}
}

// Latest stops its ticker in every case.
func Latest(a <-chan int, every time.Duration) int {
	var t *time.Ticker
	t = time.NewTicker(every)
	select {
	case v := <-a:
		t.Stop()
		return v
	case <-t.C:
		t.Stop()
		return -1
	}
}

// Deadline: a two-name `:=` whose timer is stopped after the select.
func Deadline(a <-chan int, d time.Duration) int {
	timer, v := time.NewTimer(d), -1
	select {
	case v = <-a:
	case <-timer.C:
	}
	timer.Stop()
	return v
}

// Poll: `var t = time.NewTicker(d)` stopped by the goroutine that receives from it.
func Poll(a <-chan int, every time.Duration, got func(int)) {
	var t = time.NewTicker(every)
	go func() {
		defer t.Stop()
		select {
		case v := <-a:
			got(v)
		case <-t.C:
			got(-1)
		}
	}()
}

// Await stops its timer when the value wins; when the timer wins it has fired, and is released.
func Await(a <-chan int, d time.Duration) int {
	timer := time.NewTimer(d)
	select {
	case v := <-a:
		timer.Stop()
		return v
	case <-timer.C:
		return -1
	}
}

// Sum stops its ticker on the only way out of its loop.
func Sum(a <-chan int, every time.Duration) int {
	t := time.NewTicker(every)
	n := 0
	for {
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
}

// Refresh stops and drains its timer before every Reset (`if !t.Stop() { <-t.C }`), and defers the last Stop.
func Refresh(a <-chan int, d time.Duration) int {
	t := time.NewTimer(d)
	defer t.Stop()
	n := 0
	for v := range a {
		n += v
		if !t.Stop() {
			<-t.C
		}
		t.Reset(d)
	}
	return n
}
