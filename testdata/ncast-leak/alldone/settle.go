package alldone

import (
	"sync"
	"time"
)

// Settle is how long Collect lets the collector catch up before it stops it.
var Settle = time.Millisecond

// Collect runs work for each item in a worker of its own and a collector that takes their results until shutdown is
// closed. It closes shutdown only after wg.Wait() (and a pause): every worker has sent by then, so the case
// <-shutdown strands none of them.
func Collect(items []int, work func(int) int) []int {
	results := make(chan int, 1)
	shutdown := make(chan struct{})
	collected := make(chan []int)
	go func() {
		var got []int
		for {
			select {
			case r := <-results:
				got = append(got, r)
			case <-shutdown:
				collected <- got
				return
			}
		}
	}()
	var wg sync.WaitGroup
	for _, it := range items {
		wg.Add(1)
		go func(it int) {
			defer func() { wg.Done() }()
			results <- work(it)
		}(it)
	}
	wg.Wait()
	time.Sleep(Settle)
	close(shutdown)
	return <-collected
}

// CollectUnwaited waits for its warm-up, not for its workers: shutdown can be closed while they are at their sends.
func CollectUnwaited(items []int, work func(int) int, warmUp func()) []int {
	results := make(chan int)
	shutdown := make(chan struct{})
	collected := make(chan []int)
	go func() {
		var got []int
		for {
			select {
			case r := <-results:
				got = append(got, r)
			case <-shutdown: // related `the goroutine in CollectUnwaited stops receiving from results here`
				collected <- got
				return
			}
		}
	}()
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		warmUp()
	}()
	for _, it := range items {
		go func(it int) {
			results <- work(it) // want `^goroutines may block forever sending on unbuffered channel results: any number of them send but the goroutine in CollectUnwaited receives only until .case <-shutdown. wins$`
		}(it)
	}
	wg.Wait()
	time.Sleep(Settle)
	close(shutdown)
	return <-collected
}
