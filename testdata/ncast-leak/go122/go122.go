// Package go122: goroutines started by a loop where only the one whose index is 0 sends (`if idx == 0`): with a
// variable per iteration (go 1.22), one sender, whatever the number of goroutines. Against a buffer of one it
// fits: quiet. The sibling sends from every even index (`idx%2 == 0`): several senders, one slot: reported.
package go122

import (
	"sync"
	"time"
)

// FirstOnly reports the first item's result, or gives up after d: quiet.
func FirstOnly(items []int, work func(int) int, d time.Duration) (int, bool) {
	first := make(chan int, 1)
	var checked sync.WaitGroup
	for idx, it := range items {
		checked.Add(1)
		go func() {
			if idx == 0 {
				checked.Done()
				first <- work(it)
				return
			}
			checked.Done()
		}()
		checked.Wait()
	}
	select {
	case v := <-first:
		return v, true
	case <-time.After(d):
		return 0, false
	}
}

// EvenOnes sends from every even index into the same one slot and takes one value: the others block.
func EvenOnes(items []int, work func(int) int, d time.Duration) (int, bool) {
	first := make(chan int, 1)
	var checked sync.WaitGroup
	for idx, it := range items {
		checked.Add(1)
		go func() {
			if idx%2 == 0 {
				checked.Done()
				first <- work(it) // want "^goroutines may block forever sending on channel first \\(capacity 1\\): any number of them send but EvenOnes receives none when `case <-time.After\\(d\\)` wins$"
				return
			}
			checked.Done()
		}()
		checked.Wait()
	}
	select {
	case v := <-first:
		return v, true
	case <-time.After(d): // related `EvenOnes stops receiving from first here`
		return 0, false
	}
}
