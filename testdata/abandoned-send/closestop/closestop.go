// Package closestop: the receiver closes a stop channel that the sender watches.
package closestop

// FirstEven generates numbers with next until it finds an even one; the generator stops when
// FirstEven returns.
func FirstEven(next func() int) int {
	nums := make(chan int)
	stop := make(chan struct{})
	defer close(stop)
	go func() {
		for {
			select {
			case nums <- next():
			case <-stop:
				return
			}
		}
	}()
	for n := range nums {
		if n%2 == 0 {
			return n
		}
	}
	return -1
}
