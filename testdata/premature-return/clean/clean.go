// Package clean: early returns that leave no goroutine behind. golint-chan must stay quiet on all of them.
package clean

import (
	"context"
	"errors"
	"log"
	"strings"
	"sync/atomic"

	"golintchan.example/testdata/internal/drain"
)

var errInvalid = errors.New("invalid")

func upload(key string) error { return nil }

// SaveBuffered: a buffer of 1 for the goroutine's only send, which is its last operation.
func SaveBuffered(key string) error {
	errc := make(chan error, 1)
	go func() {
		errc <- upload(key)
	}()
	if key == "" {
		return errInvalid
	}
	return <-errc
}

// SaveDraining: the early path receives the value before returning.
func SaveDraining(key string) error {
	errc := make(chan error)
	go func() {
		errc <- upload(key)
	}()
	if key == "" {
		<-errc
		return errInvalid
	}
	return <-errc
}

// SaveCancellable: the sender selects on ctx.Done(), and the deferred cancel releases it.
func SaveCancellable(ctx context.Context, key string) error {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	errc := make(chan error)
	go func() {
		select {
		case errc <- upload(key):
		case <-ctx.Done():
		}
	}()
	if key == "" {
		return errInvalid
	}
	return <-errc
}

// SaveHandedOff: the early path hands the channel to another package, which drains it until it is closed.
func SaveHandedOff(key string) error {
	errc := make(chan error)
	go func() {
		defer close(errc)
		errc <- upload(key)
	}()
	if key == "" {
		drain.Discard(errc)
		return errInvalid
	}
	return <-errc
}

// MustSave: the early path panics. An unrecovered panic ends the process, so nothing is left waiting.
func MustSave(key string) {
	errc := make(chan error)
	go func() {
		errc <- upload(key)
	}()
	if key == "" {
		panic("empty key")
	}
	if err := <-errc; err != nil {
		panic(err)
	}
}

// SaveOrDie: the early path calls log.Fatal, which exits the process.
func SaveOrDie(key string) {
	errc := make(chan error)
	go func() {
		errc <- upload(key)
	}()
	if key == "" {
		log.Fatal("empty key")
	}
	if err := <-errc; err != nil {
		log.Print(err)
	}
}

var cleanups int64

// ProcessDeferClose: the waiting goroutine is released by `defer close(done)` on every path.
func ProcessDeferClose(items []string) error {
	done := make(chan struct{})
	defer close(done)
	go func() {
		<-done
		atomic.AddInt64(&cleanups, 1)
	}()
	if len(items) == 0 {
		return errInvalid
	}
	return nil
}

// Upper: the early return comes before the goroutine is started.
func Upper(s string) (string, error) {
	if s == "" {
		return "", errInvalid
	}
	out := make(chan string)
	go func() {
		out <- strings.ToUpper(s)
	}()
	return <-out, nil
}

// ReloadBothPaths: the early path sends the value too before returning.
func ReloadBothPaths(addr string) bool {
	cfgs := make(chan string)
	go func() {
		_ = <-cfgs
	}()
	if addr == "" {
		cfgs <- "default"
		return false
	}
	cfgs <- addr
	return true
}
