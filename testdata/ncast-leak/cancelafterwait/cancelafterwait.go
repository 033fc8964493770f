// Package cancelafterwait: a collector goroutine receives until its context is cancelled, and Sum cancels it only
// right after wg.Wait() for the workers, each of which defers wg.Done(): `case <-ctx.Done()` can win only once every
// worker has returned, so it strands none of them. SumInBackground hands the cancel to its caller instead, who can
// call it while workers still send: reported.
package cancelafterwait

import (
	"context"
	"sync"
)

// Sum runs one worker per item and adds up what they report.
func Sum(items []int, work func(int) int) int {
	results := make(chan int)
	ctx, cancel := context.WithCancel(context.Background())
	total := 0
	collected := make(chan struct{})
	go func() {
		defer close(collected)
		for {
			select {
			case <-ctx.Done():
				return
			case v := <-results:
				total += v
			}
		}
	}()
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			results <- work(it)
		}(it)
	}
	wg.Wait()
	cancel()
	<-collected
	return total
}

// SumInBackground starts the same collector and workers and returns the cancel: stopping early strands the workers
// that have not sent yet.
func SumInBackground(items []int, work func(int) int, report func(int)) (stop func()) {
	results := make(chan int)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		total := 0
		for {
			select {
			case <-ctx.Done(): // related `the goroutine in SumInBackground stops receiving from results here`
				report(total)
				return
			case v := <-results:
				total += v
			}
		}
	}()
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer wg.Done()
			results <- work(it) // want "^goroutines may block forever sending on unbuffered channel results: any number of them send but the goroutine in SumInBackground receives only until `case <-ctx.Done\\(\\)` wins$"
		}(it)
	}
	return cancel
}
