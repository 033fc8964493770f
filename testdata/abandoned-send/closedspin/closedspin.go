// Package closedspin: a checker goroutine reads numbered items and reports problems on a channel with room for one,
// which its caller reads once. Check's loop leaves when the stream is closed; Verify's reports a stream closed too
// early and goes round, and a closed channel no longer makes its receive wait: the loop then reports without end, so
// it can send any number of times (not one iteration's worth), and blocks at its second report.
package closedspin

import "errors"

var (
	errEarly = errors.New("stream closed early")
	errOrder = errors.New("item out of order")
)

// Check reads items until the stream is closed and reports the first problem, or nil.
func Check(items <-chan int, start func()) error {
	errc := make(chan error, 1)
	go func() {
		for i := 0; ; i++ {
			v, ok := <-items
			if !ok {
				break
			}
			if v != i {
				errc <- errOrder
				return
			}
		}
		errc <- nil
	}()
	start()
	return <-errc
}

// Verify expects count items; a stream closed before them is reported, and the loop goes on.
func Verify(items <-chan int, count int, start func()) error {
	errc := make(chan error, 1)
	go func() {
		for i := 0; ; i++ {
			v, ok := <-items
			if !ok {
				if i == count {
					break
				}
				errc <- errEarly // related `the goroutine can also block here sending on errc`
			}
			if v != i {
				errc <- errOrder // related `the goroutine can also block here sending on errc`
			}
		}
		errc <- nil // want "^goroutine may block forever sending on channel errc \\(capacity 1\\): it can send any number of times but Verify receives at most once$"
	}()
	start()
	return <-errc // related `Verify receives from errc here, at most once`
}
