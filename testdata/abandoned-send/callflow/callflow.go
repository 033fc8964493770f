// Package callflow: channels that reach their consumer through a call expression or a parameter: a helper's
// channel received directly in a select case, a discarded result, nested pipeline stages, and a consumer that
// takes the channel as a parameter.
package callflow

import (
	"context"
	"errors"
	"time"
)

type client struct{ delay time.Duration }

// call answers on a fresh unbuffered channel.
func (c *client) call(req int) <-chan int {
	ch := make(chan int)
	go func() {
		time.Sleep(c.delay)
		ch <- req * 2 // want "goroutine may block forever sending on unbuffered channel ch returned by client.call: client.Do stops receiving when `case <-ctx.Done\\(\\)` wins"
	}()
	return ch
}

// Do gives up when ctx is done: the classic timeout leak, written the most common way.
func (c *client) Do(ctx context.Context, req int) (int, error) {
	select {
	case res := <-c.call(req):
		return res, nil
	case <-ctx.Done(): // related "client.Do stops receiving from ch here"
		return 0, ctx.Err()
	}
}

// spawn runs f and reports its error on an unbuffered channel.
func spawn(f func() error) <-chan error {
	errc := make(chan error)
	go func() {
		errc <- f() // want "goroutine blocks forever sending on unbuffered channel errc returned by spawn: Fire discards it"
	}()
	return errc
}

// Fire drops the error channel on the floor.
func Fire(f func() error) {
	spawn(f) // related "Fire discards the channel returned by spawn here"
}

// launch is spawn with a buffer-less done signal instead of an error.
func launch(f func()) chan struct{} {
	done := make(chan struct{})
	go func() {
		f()
		done <- struct{}{} // want "goroutine blocks forever sending on unbuffered channel done returned by launch: FireBlank discards it"
	}()
	return done
}

// FireBlank drops it explicitly.
func FireBlank(f func()) {
	_ = launch(f) // related "FireBlank discards the channel returned by launch here"
}

// Wait receives the error later: quiet.
func Wait(f func() error) error {
	errc := spawn(f)
	time.Sleep(time.Millisecond)
	return <-errc
}

func read(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

func double(in <-chan int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for v := range in {
			out <- 2 * v // want "goroutine may block forever sending on unbuffered channel out returned by double: it can send any number of times but First receives only once on some paths"
		}
	}()
	return out
}

// First returns at the first value over the limit; the stages behind it are stranded.
func First(n, limit int) error {
	for v := range double(read(n)) {
		if v > limit {
			return errors.New("over the limit") // related "First stops receiving from out here"
		}
	}
	return nil
}

// Sum drains the pipeline to its close: quiet.
func Sum(n int) int {
	s := 0
	for v := range double(read(n)) {
		s += v
	}
	return s
}

func produce(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i // want "goroutine may block forever sending on unbuffered channel out returned by produce: collect stops receiving when `case <-deadline` wins"
		}
	}()
	return out
}

// collect takes values until in is closed or the deadline passes.
func collect(in <-chan int, deadline <-chan time.Time) []int {
	var got []int
	for {
		select {
		case v, ok := <-in:
			if !ok {
				return got
			}
			got = append(got, v)
		case <-deadline: // related "collect stops receiving from out here"
			return got
		}
	}
}

// Report hands the producer's channel to collect, which gives up at the deadline.
func Report(n int, d time.Duration) int {
	return len(collect(produce(n), time.After(d)))
}

// drain takes everything: quiet.
func drain(in <-chan int) int {
	k := 0
	for range in {
		k++
	}
	return k
}

func Count(n int) int { return drain(produce2(n)) }

func produce2(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i
		}
	}()
	return out
}

// ticker selects on ctx while sending: the producer can always leave: quiet.
func ticker(ctx context.Context) <-chan int {
	out := make(chan int)
	go func() {
		for i := 0; ; i++ {
			select {
			case out <- i:
			case <-ctx.Done():
				return
			}
		}
	}()
	return out
}

func FirstTick(ctx context.Context) int {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	return <-ticker(ctx)
}

// closer's goroutine only closes: nothing to strand, even when discarded.
func closer() <-chan struct{} {
	done := make(chan struct{})
	go func() { close(done) }()
	return done
}

func Ignore() { closer() }

const batch = 4

// fill sends batch+2 values: more than the buffer of batch holds.
func fill(ctx context.Context, ch chan int) {
	for i := 0; i < batch+2; i++ {
		ch <- i // want "goroutine may block forever sending on channel ready \\(capacity 4\\): it can send 6 times but Restore receives only once when `case <-ctx.Done\\(\\)` wins"
	}
}

// Restore hands the channel to fill, run synchronously by its goroutine, and leaves on the first value once
// ctx is done.
func Restore(ctx context.Context) int {
	ready := make(chan int, batch)
	go func() {
		defer close(ready)
		fill(ctx, ready)
	}()
	for v := range ready {
		select {
		case <-ctx.Done(): // related "Restore stops receiving from ready here"
			return v
		}
	}
	return -1
}

// fillSome sends exactly batch values: the buffer takes them all: quiet.
func fillSome(ch chan int) {
	for i := 0; i < batch; i++ {
		ch <- i
	}
}

func RestoreSome(ctx context.Context) int {
	ready := make(chan int, batch)
	go func() {
		defer close(ready)
		fillSome(ready)
	}()
	for v := range ready {
		select {
		case <-ctx.Done():
			return v
		}
	}
	return -1
}

// loop is the interface the scraper is held as; scrapeLoop is the only type the package gives it.
type loop interface{ run(errc chan<- error) }

type scrapeLoop struct{ fail bool }

func (s *scrapeLoop) run(errc chan<- error) {
	for i := 0; i < 3; i++ {
		s.report(errc)
	}
}

// report sends one call down from the goroutine's loop.
func (s *scrapeLoop) report(errc chan<- error) {
	if s.fail {
		errc <- errors.New("scrape failed") // want "goroutine may block forever sending on unbuffered channel errc: Scrape stops receiving when `case <-time.After\\(d\\)` wins"
	}
}

// Scrape starts the loop through an interface-typed local and takes the first error, or gives up after d.
func Scrape(d time.Duration, fail bool) error {
	errc := make(chan error)
	var l loop = &scrapeLoop{fail: fail}
	go l.run(errc)
	select {
	case err := <-errc:
		return err
	case <-time.After(d): // related "Scrape stops receiving from errc here"
		return nil
	}
}

func fetchAll(n int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 0; i < n; i++ {
			out <- i // want "goroutine may block forever sending on unbuffered channel out returned by fetchAll: Latest stops receiving when `case <-time.After\\(d\\)` wins"
		}
	}()
	return out
}

// Latest declares the variable first and assigns the helper's channel later.
func Latest(n int, d time.Duration) int {
	var results <-chan int
	results = fetchAll(n)
	last := -1
	for {
		select {
		case v, ok := <-results:
			if !ok {
				return last
			}
			last = v
		case <-time.After(d): // related "Latest stops receiving from out here"
			return last
		}
	}
}

type resolver struct{}

func (r *resolver) expand(roots []int) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for _, x := range roots {
			out <- x // want "goroutine may block forever sending on unbuffered channel out returned by resolver.expand: it can send any number of times but resolver.Take receives only once on some paths"
		}
	}()
	return out
}

// Take calls the stage through a method value and breaks out after max values.
func (r *resolver) Take(roots []int, max int) []int {
	var got []int
	next := r.expand
	for x := range next(roots) {
		got = append(got, x)
		if len(got) == max {
			break
		}
	}
	return got
}
