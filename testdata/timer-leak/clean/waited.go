package clean

import (
	"context"
	"time"
)

// Pace waits d before each send: `<-time.After(d)` is received at once, so each timer has fired before the next
// is made.
func Pace(items []int, d time.Duration, send func(int)) {
	for _, it := range items {
		<-time.After(d)
		send(it)
	}
}

// Script runs its steps after their delays, making the next step's timer only in the case that received the
// previous one: one timer is pending at a time.
func Script(delays []time.Duration, quit <-chan struct{}, run func(int)) {
	if len(delays) == 0 {
		return
	}
	next := time.After(delays[0])
	for i := 0; i < len(delays); {
		select {
		case <-next:
			run(i)
			i++
			if i < len(delays) {
				next = time.After(delays[i])
			}
		case <-quit:
			return
		}
	}
}

// SumOfThree waits at most d for each of three channels, one after another: three timers a call, as three
// `time.After` calls written one after another would make.
func SumOfThree(a, b, c <-chan int, d time.Duration) int {
	chans := []<-chan int{a, b, c}
	sum := 0
	for _, ch := range chans {
		select {
		case v := <-ch:
			sum += v
		case <-time.After(d):
		}
	}
	return sum
}

// UntilInterrupt writes on every tick until interrupted, then waits at most d for the other side: that time.After
// is on the path that leaves the loop, so one call makes at most one.
func UntilInterrupt(ticks <-chan time.Time, interrupt, done <-chan struct{}, d time.Duration, write func()) {
	for {
		select {
		case <-ticks:
			write()
		case <-interrupt:
			select {
			case <-done:
			case <-time.After(d):
			}
			return
		}
	}
}

// waitEach waits at most d for each of the channels it is given; both calls below give it a literal of two, so one
// call makes at most two timers.
func waitEach(chans []<-chan int, d time.Duration) int {
	got := 0
	for _, ch := range chans {
		select {
		case <-ch:
			got++
		case <-time.After(d):
		}
	}
	return got
}

// BothOf waits for a and b, at most d each.
func BothOf(a, b <-chan int, d time.Duration) int {
	return waitEach([]<-chan int{a, b}, d)
}

// EitherOf waits for a and b through a local set once to a literal of two.
func EitherOf(a, b <-chan int, d time.Duration) int {
	pair := []<-chan int{a, b}
	return waitEach(pair, d)
}

// AwaitSettled takes events until a quiet period d passes, and gives up on the third: the events case counts its
// rounds in seen, which nothing else writes, and leaves the loop right after the count passes two, so a call
// makes at most three timers, as three `time.After` calls written one after another would.
func AwaitSettled(events <-chan int, d time.Duration) (int, bool) {
	var seen int
	for {
		select {
		case <-time.After(d):
			return seen, true
		case <-events:
			seen++
			if seen > 2 {
				return seen, false
			}
		}
	}
}

// PollUntilDone runs work every d until ctx is done. The case on ctx.Done() goes round, but the loop checks the
// context first thing and leaves: it goes round once at most without the timer having fired.
func PollUntilDone(ctx context.Context, d time.Duration, work func()) {
	for {
		if ctx.Err() != nil {
			return
		}
		select {
		case <-time.After(d):
			work()
		case <-ctx.Done():
		}
	}
}
