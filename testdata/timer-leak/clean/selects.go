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
