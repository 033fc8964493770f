// Package clean: several senders on one channel, each of which is received or has room. golint-chan must
// stay quiet on all of them.
package clean

import (
	"context"
	"sync"

	"golintchan.example/testdata/internal/drain"
)

func query(replica, q string) string { return replica + ":" + q }

// FirstBuffered: room for every answer, `make(chan T, len(xs))`; the losers finish too.
func FirstBuffered(replicas []string, q string) string {
	ch := make(chan string, len(replicas))
	for _, r := range replicas {
		go func(r string) {
			ch <- query(r, q)
		}(r)
	}
	return <-ch
}

// All: one receive per sender, in a `for range xs` loop.
func All(replicas []string, q string) []string {
	ch := make(chan string)
	for _, r := range replicas {
		go func(r string) {
			ch <- query(r, q)
		}(r)
	}
	var out []string
	for range replicas {
		out = append(out, <-ch)
	}
	return out
}

func square(x int, out chan<- int) {
	out <- x * x
}

// SumSquares: `go namedFunc(ch)` n times, then n receives in a counted loop.
func SumSquares(n int) int {
	out := make(chan int)
	for i := 0; i < n; i++ {
		go square(i, out)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-out
	}
	return sum
}

// FirstCancelled: the losers select on ctx.Done(), and the deferred cancel releases them.
func FirstCancelled(ctx context.Context, replicas []string, q string) string {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan string)
	for _, r := range replicas {
		go func(r string) {
			select {
			case ch <- query(r, q):
			case <-ctx.Done():
			}
		}(r)
	}
	return <-ch
}

// Gather: a WaitGroup closes the channel after the last sender, and the owner ranges until then.
func Gather(replicas []string, q string) []string {
	ch := make(chan string)
	var wg sync.WaitGroup
	for _, r := range replicas {
		wg.Add(1)
		go func(r string) {
			defer wg.Done()
			ch <- query(r, q)
		}(r)
	}
	go func() {
		wg.Wait()
		close(ch)
	}()
	var out []string
	for v := range ch {
		out = append(out, v)
	}
	return out
}

// FirstThenDrain: the first answer wins and the channel goes to another package, which takes the rest.
func FirstThenDrain(replicas []string, q string) string {
	ch := make(chan string)
	var wg sync.WaitGroup
	for _, r := range replicas {
		wg.Add(1)
		go func(r string) {
			defer wg.Done()
			ch <- query(r, q)
		}(r)
	}
	first := <-ch
	drain.Discard(ch)
	go func() {
		wg.Wait()
		close(ch)
	}()
	return first
}

// Pair: two separate senders, two receives.
func Pair(a, b func() int) (int, int) {
	ch := make(chan int, 0)
	go func() { ch <- a() }()
	go func() { ch <- b() }()
	x, y := <-ch, <-ch
	return x, y
}

// BothZones: a goroutine per element of a two-element slice literal, and two receives: every sender is
// received.
func BothZones(q string) [2]string {
	ch := make(chan string)
	for _, zone := range []string{"east", "west"} {
		go func(zone string) {
			ch <- query(zone, q)
		}(zone)
	}
	return [2]string{<-ch, <-ch}
}
