package p

import "time"

// Get returns the value or 0 after d.
func Get(d time.Duration) int {
	ch := make(chan int)
	go func() { ch <- 1 }()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		return 0
	}
}
