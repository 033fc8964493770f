// Package clean: ranges over channels that are closed (directly, deferred, by another goroutine), loops
// with another way out, and channels handed to code that owns their closing.
package clean

import (
	"errors"
	"sync"
	"sync/atomic"
)

var done int64

func run(int) { atomic.AddInt64(&done, 1) }

// Process: the worker pool of P5 with the missing close.
func Process(batch []int, workers int) {
	jobs := make(chan int)
	for i := 0; i < workers; i++ {
		go func() {
			for j := range jobs {
				run(j)
			}
		}()
	}
	for _, j := range batch {
		jobs <- j
	}
	close(jobs)
}

func squares(n int, out chan<- int) {
	defer close(out)
	for i := 1; i <= n; i++ {
		out <- i * i
	}
}

// SumSquares: the producer `go squares(n, out)` closes with a deferred close.
func SumSquares(n int) int {
	out := make(chan int)
	go squares(n, out)
	sum := 0
	for v := range out {
		sum += v
	}
	return sum
}

// Gather: the results are closed by a third goroutine once every producer is done.
func Gather(sources []string) []int {
	results := make(chan int)
	var wg sync.WaitGroup
	for _, s := range sources {
		wg.Add(1)
		go func(s string) {
			defer wg.Done()
			results <- len(s)
		}(s)
	}
	go func() {
		wg.Wait()
		close(results)
	}()
	var all []int
	for n := range results {
		all = append(all, n)
	}
	return all
}

var errBad = errors.New("bad record")

// Parse: the loop leaves with `return` on an error and with `break` on the end marker the producer
// always sends last.
func Parse(records []string) (int, error) {
	in := make(chan string, len(records)+1)
	go func() {
		for _, r := range records {
			in <- r
		}
		in <- "EOF"
	}()
	n := 0
	for r := range in {
		if r == "EOF" {
			break
		}
		if r == "" {
			return n, errBad
		}
		n++
	}
	return n, nil
}

// Pool keeps its job channel in a field; Close closes it.
type Pool struct {
	jobs chan int
	wg   sync.WaitGroup
}

// NewPool: the channel escapes into a struct field.
func NewPool(workers int) *Pool {
	jobs := make(chan int)
	p := &Pool{jobs: jobs}
	for i := 0; i < workers; i++ {
		p.wg.Add(1)
		go func() {
			defer p.wg.Done()
			for j := range jobs {
				run(j)
			}
		}()
	}
	return p
}

// Submit queues a job.
func (p *Pool) Submit(j int) { p.jobs <- j }

// Close ends the workers.
func (p *Pool) Close() {
	close(p.jobs)
	p.wg.Wait()
}

// StartLogger: the channel is returned to callers outside this package, who close it when done.
func StartLogger(write func(string)) chan<- string {
	lines := make(chan string, 8)
	go func() {
		for l := range lines {
			write(l)
		}
	}()
	return lines
}

// Pipe: the channel goes to a callback, whose contract is to close it when it has nothing more to send.
func Pipe(fill func(chan<- string)) int {
	ch := make(chan string)
	go fill(ch)
	n := 0
	for range ch {
		n++
	}
	return n
}
