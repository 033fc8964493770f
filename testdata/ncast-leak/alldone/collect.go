package alldone

import "sync"

type pair struct {
	name string
	n    int
}

// Sizes measures each item in a worker of its own: a collector goroutine starts them, waits for all of them
// (wg.Wait) and only then sends on done, so the case <-done wins only once every size has been taken.
func Sizes(items []string, size func(string) int) map[string]int {
	sizes := make(chan pair)
	done := make(chan bool)
	go func() {
		var wg sync.WaitGroup
		for _, it := range items {
			wg.Add(1)
			go func(it string) {
				defer wg.Done()
				sizes <- pair{it, size(it)}
			}(it)
		}
		wg.Wait()
		done <- true
	}()
	out := map[string]int{}
	for {
		select {
		case p := <-sizes:
			out[p.name] = p.n
		case <-done:
			return out
		}
	}
}

// SizesEarly sends on done as soon as it has started the workers: the case <-done can win while they are still
// measuring, and each of them is then left at its send.
func SizesEarly(items []string, size func(string) int) map[string]int {
	sizes := make(chan pair)
	done := make(chan bool)
	go func() {
		for _, it := range items {
			go func(it string) {
				sizes <- pair{it, size(it)} // want `goroutines may block forever sending on unbuffered channel sizes: any number of them send but SizesEarly receives only until .case <-done. wins`
			}(it)
		}
		done <- true
	}()
	out := map[string]int{}
	for {
		select {
		case p := <-sizes:
			out[p.name] = p.n
		case <-done: // related `SizesEarly stops receiving from sizes here`
			return out
		}
	}
}
