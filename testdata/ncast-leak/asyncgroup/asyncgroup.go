// Package asyncgroup: function literals run by g.Go (errgroup.Group, sync.WaitGroup since Go 1.25) are goroutines
// like `go func(){…}()`.
package asyncgroup

import (
	"context"
	"sync"
)

// group has errgroup.Group's Go: it runs f on a goroutine of its own.
type group struct{ wg sync.WaitGroup }

func (g *group) Go(f func() error) {
	g.wg.Add(1)
	go func() {
		defer g.wg.Done()
		_ = f()
	}()
}

// First takes the first answer; the other fetchers are stranded.
func First(ctx context.Context, urls []string, fetch func(string) int) int {
	var g group
	res := make(chan int)
	for _, u := range urls {
		u := u
		g.Go(func() error {
			res <- fetch(u) // want "goroutines may block forever sending on unbuffered channel res: any number of them send but First receives none when `case <-ctx.Done\\(\\)` wins"
			return nil
		})
	}
	select {
	case v := <-res:
		return v
	case <-ctx.Done(): // related "First stops receiving from res here"
		return 0
	}
}

// FirstBuffered has room for every answer: quiet.
func FirstBuffered(ctx context.Context, urls []string, fetch func(string) int) int {
	var g group
	res := make(chan int, len(urls))
	for _, u := range urls {
		u := u
		g.Go(func() error {
			res <- fetch(u)
			return nil
		})
	}
	select {
	case v := <-res:
		return v
	case <-ctx.Done():
		return 0
	}
}

// Two starts a named closure twice: two goroutines, one receive at most.
func Two(fetch func() int, wait <-chan struct{}) int {
	out := make(chan int)
	send := func() {
		out <- fetch() // want "goroutines may block forever sending on unbuffered channel out: 2 of them send but Two receives none when `case <-wait` wins"
	}
	go send()
	go send()
	select {
	case v := <-out:
		return v
	case <-wait: // related "Two stops receiving from out here"
		return 0
	}
}

// TwoBuffered has room for both: quiet.
func TwoBuffered(fetch func() int, wait <-chan struct{}) int {
	out := make(chan int, 2)
	send := func() { out <- fetch() }
	go send()
	go send()
	select {
	case v := <-out:
		return v
	case <-wait:
		return 0
	}
}
