// Package leaks: goroutines (or callers) that range over a locally made channel nobody closes. Once the
// last value is taken, every ranging goroutine waits forever.
package leaks

import (
	"strings"
	"sync/atomic"
)

var done int64

func run(int) { atomic.AddInt64(&done, 1) }

// Process: a worker pool of func literals started in a loop (P5); the jobs channel is never closed.
func Process(batch []int, workers int) {
	jobs := make(chan int) // related `jobs is made here \(unbuffered\) and never closed`
	for i := 0; i < workers; i++ {
		go func() {
			for j := range jobs { // want "the goroutine in Process blocks forever in `for range jobs`: nothing closes"
				run(j)
			}
		}()
	}
	for _, j := range batch {
		jobs <- j
	}
}

// Thumb is a scaled image.
type Thumb struct{ Name string }

func resize(in <-chan string, out chan<- Thumb) {
	for name := range in { // want "the goroutine running resize blocks forever in `for range in`"
		if strings.HasSuffix(name, ".gif") {
			out <- Thumb{Name: name + ".png"}
			continue
		}
		out <- Thumb{Name: name}
	}
}

// Thumbnails: `go worker(in, out)`; the caller takes every result but never closes the input.
func Thumbnails(names []string) []Thumb {
	in := make(chan string, len(names))
	out := make(chan Thumb)
	go resize(in, out)
	for _, n := range names {
		in <- n
	}
	thumbs := make([]Thumb, 0, len(names))
	for range names {
		thumbs = append(thumbs, <-out)
	}
	return thumbs
}

// Index counts words.
type Index struct{ words int64 }

func (ix *Index) consume(lines <-chan string) {
	for l := range lines { // want "the goroutine running Index.consume blocks forever"
		switch {
		case l == "":
		default:
			atomic.AddInt64(&ix.words, int64(len(strings.Fields(l))))
		}
	}
}

// Add: `go s.method(ch)` with `var ch chan T; ch = make(…)`.
func (ix *Index) Add(text string) {
	var lines chan string
	lines = make(chan string, 4)
	go ix.consume(lines)
	for _, l := range strings.Split(text, "\n") {
		lines <- l
	}
}

// Gather: the caller itself ranges over results from producers that send and exit without closing: Gather
// never returns.
func Gather(sources []string) []int {
	results := make(chan int, len(sources))
	for _, s := range sources {
		go func(s string) { results <- len(s) }(s)
	}
	var all []int
	for n := range results { // want `Gather blocks forever in .for range results.`
		all = append(all, n)
	}
	return all
}

// countdown returns a channel its goroutine fills, but forgets to close.
func countdown(n int) <-chan int {
	out := make(chan int) // related `out is made here`
	go func() {
		for i := n; i > 0; i-- {
			out <- i
		}
	}()
	return out
}

// Launch: the caller ranges over a channel returned by a helper of this package.
func Launch(n int) int {
	sum := 0
	for i := range countdown(n) { // want `Launch blocks forever in .for range`
		sum += i
	}
	return sum
}
