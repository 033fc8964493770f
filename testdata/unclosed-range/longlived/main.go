// Command longlived ranges in main over a channel nobody closes: the loop is meant to last as long as the
// process, so unclosed-range stays quiet.
package main

import (
	"fmt"
	"os"
	"sync/atomic"
	"time"
)

var polls int64

// poll reads a sensor.
func poll() int {
	atomic.AddInt64(&polls, 1)
	return int(time.Now().UnixNano() % 100)
}

// every is the polling period; a variable so that tests can speed it up.
var every = time.Second

// report handles one reading.
var report = func(v int) { fmt.Fprintln(os.Stdout, "reading", v) }

func main() {
	readings := make(chan int)
	go func() {
		for {
			readings <- poll()
			time.Sleep(every)
		}
	}()
	for v := range readings {
		report(v)
	}
}
