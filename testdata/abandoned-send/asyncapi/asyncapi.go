// Package asyncapi: a function literal run by time.AfterFunc (or context.AfterFunc) is a goroutine like
// `go func(){…}()`; g.Go of errgroup.Group and sync.WaitGroup is in ncast-leak/asyncgroup.
package asyncapi

import "time"

// Later's timer callback sends after the caller stopped waiting.
func Later(d, wait time.Duration) int {
	ch := make(chan int)
	time.AfterFunc(d, func() {
		ch <- 1 // want "goroutine may block forever sending on unbuffered channel ch: Later stops receiving when `case <-time.After\\(wait\\)` wins"
	})
	select {
	case v := <-ch:
		return v
	case <-time.After(wait): // related "Later stops receiving from ch here"
		return 0
	}
}

// Fired's callback closes a channel: nothing to strand: quiet. (context.AfterFunc is followed the same way; the
// fixtures build with Go 1.19, which does not have it.)
func Fired(d time.Duration) <-chan struct{} {
	done := make(chan struct{})
	time.AfterFunc(d, func() { close(done) })
	return done
}

// cache runs the callback it is given on a goroutine of its own.
type cache struct{ delay time.Duration }

func (c *cache) lookup(k string, cb func(v int)) {
	go func() { time.Sleep(c.delay) }()
	go cb(len(k))
}

// Get hands a callback that sends on res, then gives up after wait.
func Get(c *cache, k string, wait time.Duration) int {
	res := make(chan int)
	c.lookup(k, func(v int) {
		time.Sleep(c.delay)
		res <- v // want "goroutine may block forever sending on unbuffered channel res: Get stops receiving when `case <-time.After\\(wait\\)` wins"
	})
	select {
	case v := <-res:
		return v
	case <-time.After(wait): // related "Get stops receiving from res here"
		return -1
	}
}
