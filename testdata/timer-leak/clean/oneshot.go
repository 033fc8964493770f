package clean

import "time"

// One-shot timers made once per call, outside loops: a timer that is not stopped stays in memory until it fires,
// and then it is freed. A call leaves at most one pending, for as long as its duration, as a `time.After` in a
// one-shot select does: bounded per call, not reported. (Made once per iteration of a loop, they pile up:
// testdata/timer-leak/leaks AwaitEach, DeadlineEach, RaceEach.)

// AwaitOnce waits for a result with a deadline and does not stop the timer when the result wins.
func AwaitOnce(result <-chan int, d time.Duration) (int, bool) {
	deadline := time.NewTimer(d)
	select {
	case r := <-result:
		return r, true
	case <-deadline.C:
		return 0, false
	}
}

// RaceOnce stops its timer when a wins, but not when b wins.
func RaceOnce(a, b <-chan int, d time.Duration) int {
	timer := time.NewTimer(d)
	select {
	case v := <-a:
		timer.Stop()
		return v
	case v := <-b:
		return v
	case <-timer.C:
		return -1
	}
}
