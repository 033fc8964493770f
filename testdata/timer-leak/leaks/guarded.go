package leaks

import "time"

// SizeBatcher flushes when its period has passed or when the batch is full; the full flush forgets the pending
// timer (`flush = nil` outside its case) without it having fired, so every full batch leaves one behind.
func SizeBatcher(in <-chan int, size int, period time.Duration, out func([]int)) {
	var batch []int
	var flush <-chan time.Time
	for {
		if flush == nil {
			flush = time.After(period) // want `time.After in a loop makes a timer per iteration that lives until it fires before Go 1.23 \(go.mod says go 1.19\): reuse a time.Timer`
		}
		select {
		case v, ok := <-in:
			if !ok {
				return
			}
			batch = append(batch, v)
			if len(batch) == size {
				flush = nil
				out(batch)
				batch = nil
			}
		case <-flush:
			flush = nil
			out(batch)
			batch = nil
		}
	}
}

// Committer's stop case sets its flag from a call, which may keep it running: the loop can go round with the
// timer pending, and each such round leaves one behind.
func Committer(stop <-chan bool, period time.Duration, commit func()) {
	running := true
	for running {
		select {
		case more := <-stop:
			running = more
		case <-time.After(period): // want `time.After in a loop makes a timer per iteration`
		}
		commit()
	}
}

// hooks grows: Register appends to it, so the loop over it has no fixed bound.
var hooks = []string{"start"}

func Register(h string) { hooks = append(hooks, h) }

// AwaitHooks waits at most d for each registered hook: one timer per hook, however many were registered.
func AwaitHooks(done <-chan string, d time.Duration) int {
	n := 0
	for i := 0; i < len(hooks); i++ {
		select {
		case <-done:
			n++
		case <-time.After(d): // want `time.After in a loop makes a timer per iteration`
		}
	}
	return n
}
