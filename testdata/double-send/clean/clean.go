// Package clean: goroutines whose every send is received or has room. golint-chan must stay quiet.
package clean

import (
	"context"
	"strconv"
)

// Msg is a reply.
type Msg struct {
	OK  bool
	Err error
}

// reply returns after sending the error: one send on every path.
func reply(ch chan<- Msg, err error) {
	if err != nil {
		ch <- Msg{Err: err}
		return
	}
	ch <- Msg{OK: true}
}

// Call receives once from a goroutine that sends once.
func Call(err error) Msg {
	ch := make(chan Msg)
	go reply(ch, err)
	return <-ch
}

// Classify: if/else and a switch whose cases all return; one send per path.
func Classify(s string) string {
	out := make(chan string)
	go func() {
		n, err := strconv.Atoi(s)
		if err != nil {
			out <- "word"
		} else {
			switch {
			case n < 0:
				out <- "negative"
				return
			case n == 0:
				out <- "zero"
				return
			}
			out <- "positive"
		}
	}()
	return <-out
}

// Progress: two sends, two receives.
func Progress(url string) (string, string) {
	events := make(chan string)
	go func() {
		events <- "started " + url
		events <- "done " + url
	}()
	first := <-events
	second := <-events
	return first, second
}

// Buffered: the second send fits in the buffer.
func Buffered(err error) Msg {
	ch := make(chan Msg, 1)
	go func() {
		if err != nil {
			ch <- Msg{Err: err}
		}
		ch <- Msg{OK: true}
	}()
	return <-ch
}

// Cancellable: the sends select on ctx.Done(), and the deferred cancel releases the second one.
func Cancellable(ctx context.Context, err error) Msg {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan Msg)
	go func() {
		if err != nil {
			select {
			case ch <- Msg{Err: err}:
			case <-ctx.Done():
				return
			}
		}
		select {
		case ch <- Msg{OK: true}:
		case <-ctx.Done():
		}
	}()
	return <-ch
}

// Stream: the goroutine closes the channel and the owner ranges over every value.
func Stream(verbose bool) []string {
	ch := make(chan string)
	go func() {
		defer close(ch)
		if verbose {
			ch <- "detail"
		}
		ch <- "summary"
	}()
	var out []string
	for s := range ch {
		out = append(out, s)
	}
	return out
}
