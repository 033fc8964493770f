// Package niltest: a collector that leaves its loop when it receives nil (`if r == nil { return }`) on a channel
// whose every send puts `&result{…}`, which is never nil: it leaves only once the channel is closed, after every
// worker has sent (quiet). CollectAny's workers may send a nil result: the collector can leave on the first one,
// and the other workers are stranded (reported).
package niltest

import "sync"

type result struct{ n int }

// Collect runs every job on a worker of its own and adds up their results.
func Collect(jobs []func() int) int {
	res := make(chan *result, 1)
	done := make(chan int)
	go func() {
		sum := 0
		for {
			r := <-res
			if r == nil {
				done <- sum
				return
			}
			sum += r.n
		}
	}()
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func() int) {
			defer wg.Done()
			res <- &result{n: job()}
		}(job)
	}
	wg.Wait()
	close(res)
	return <-done
}

// CollectAny is Collect with jobs that may have no result (nil).
func CollectAny(jobs []func() *result) int {
	res := make(chan *result, 1)
	done := make(chan int)
	go func() {
		sum := 0
		for {
			r := <-res
			if r == nil {
				done <- sum
				return
			}
			sum += r.n
		}
	}()
	var wg sync.WaitGroup
	wg.Add(len(jobs))
	for _, job := range jobs {
		go func(job func() *result) {
			defer wg.Done()
			res <- job() // want "^goroutines may block forever sending on channel res \\(capacity 1\\): any number of them send but the goroutine in CollectAny receives only once on some paths$"
		}(job)
	}
	wg.Wait()
	close(res)
	return <-done
}
