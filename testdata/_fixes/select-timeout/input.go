package fixes

import "time"

func fetch() int { return 42 }

// Get gives up after timeout; the goroutine's only send is its last operation.
func Get(timeout time.Duration) (int, bool) {
	ch := make(chan int)
	go func() {
		ch <- fetch()
	}()
	select {
	case v := <-ch:
		return v, true
	case <-time.After(timeout):
		return 0, false
	}
}
