// Command mainonly: main starts a stage once, with go, and the stage feeds a pool of workers that range over a
// channel nobody closes. main alone starts that stage, once, so the stage and its workers live as long as the
// program (quiet). A batch that main runs in its loop leaves a pool of workers behind for every call (reported).
package main

import (
	"fmt"
	"time"
)

type stage struct {
	in     chan int
	handle func(int)
}

// run hands every value of s.in to one of its workers.
func (s *stage) run(workers int) {
	jobs := make(chan int, workers)
	for i := 0; i < workers; i++ {
		go func() {
			for v := range jobs {
				s.handle(v)
			}
		}()
	}
	for v := range s.in {
		jobs <- v
	}
}

// batch hands vs to two workers of its own and returns without closing their channel.
func batch(vs []int, handle func(int)) {
	jobs := make(chan int)
	for i := 0; i < 2; i++ {
		go func() {
			for v := range jobs { // want "^the goroutine in batch blocks forever in `for range jobs`: nothing closes unbuffered channel jobs, so the loop never ends$"
				handle(v)
			}
		}()
	}
	for _, v := range vs {
		jobs <- v
	}
}

// every is the period of main's loop, and batchEvery how many rounds pass between batches; variables so that
// tests can change them.
var (
	every      = time.Second
	batchEvery = 100
)

// report handles one value.
var report = func(v int) { fmt.Println(v) }

func main() {
	s := &stage{in: make(chan int), handle: report}
	go s.run(4)
	for i := 1; ; i++ {
		s.in <- i
		if i%batchEvery == 0 {
			batch([]int{i}, s.handle)
		}
		time.Sleep(every)
	}
}
