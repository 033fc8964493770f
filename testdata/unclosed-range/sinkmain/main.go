// Command sinkmain gets the channel it feeds from a helper that makes it, starts the goroutine that ranges over it
// and returns it. Only main keeps it, so the range lasts as long as the process, like a range written in main
// itself: quiet. The same helper's channel kept by any other function and never closed is reported.
package main

import (
	"fmt"
	"os"
	"sync/atomic"
)

var total int64

// sink returns a channel whose values a goroutine adds up for the rest of the program.
func sink() chan<- int {
	ch := make(chan int)
	go func() {
		for v := range ch { // want "^the goroutine in sink blocks forever in `for range ch`: nothing closes unbuffered channel ch returned by sink, so the loop never ends$"
			atomic.AddInt64(&total, int64(v))
		}
	}()
	return ch
}

// Feed is a library-style caller: it sends and forgets the channel, and the ranging goroutine leaks on every call.
func Feed(vals []int) {
	ch := sink()
	for _, v := range vals {
		ch <- v
	}
}

func main() {
	ch := sink()
	for i := 0; i < 10; i++ {
		ch <- i
	}
	fmt.Fprintln(os.Stdout, "sent")
}
