// Package oncesignal: a goroutine signals from inside a loop under `if i == k`. With i the loop's index and
// k the same in every iteration, that branch runs once, and one receive is enough; a condition true in
// several iterations, an index changed in the body or an inner loop make it a leak.
package oncesignal

import "sync/atomic"

var processed int64

func work(int) { atomic.AddInt64(&processed, 1) }

// Halfway signals once, in the middle of the loop, and once more at the end: clean.
func Halfway(n int) {
	half := make(chan bool)
	done := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			work(i)
			if i == n/2 {
				half <- true
			}
		}
		done <- true
	}()
	<-half
	<-done
}

// HalfwayRange is the same over a slice with range: clean.
func HalfwayRange(items []int) {
	half := make(chan bool)
	done := make(chan bool)
	go func() {
		for i := range items {
			work(items[i])
			if i == len(items)/2 {
				half <- true
			}
		}
		done <- true
	}()
	<-half
	<-done
}

// EveryTenth signals on every tenth item but is waited for once.
func EveryTenth(n int) {
	tick := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			if i%10 == 0 {
				tick <- true // want `it can send any number of times but EveryTenth receives at most once`
			}
		}
	}()
	<-tick
}

// Retry starts over when an item fails, so i == 3 can hold again.
func Retry(n int, failed func(int) bool) {
	again := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			if i == 3 {
				again <- true // want `it can send any number of times but Retry receives at most once`
			}
			if failed(i) {
				i = 0
			}
		}
	}()
	<-again
}

// Nested tests i inside a loop over j: true for every j of one i.
func Nested(n int) {
	hit := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			for j := 0; j < n; j++ {
				work(j)
				if i == 2 {
					hit <- true // want `it can send any number of times but Nested receives at most once`
				}
			}
		}
	}()
	<-hit
}

// HeadStart signals once when i reaches k and goes round at once (`continue`); the iterations after it do more
// work but no signal: one receive is enough. Clean.
func HeadStart(n, k int) {
	ready := make(chan bool)
	done := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			work(i)
			if i > k {
				continue
			}
			if i == k {
				ready <- true
				continue
			}
			work(-i)
		}
		done <- true
	}()
	<-ready
	<-done
}

// HeadStartTwice signals when i reaches k, continues, and signals again after the loop's other iterations pass
// k too (`i >= k`): a second value nobody takes.
func HeadStartTwice(n, k int) {
	ready := make(chan bool)
	go func() {
		for i := 0; i < n; i++ {
			if i >= k {
				ready <- true // want `it can send any number of times but HeadStartTwice receives at most once`
				continue
			}
			work(i)
		}
	}()
	<-ready
}
