// Command errgroupmain starts its server from an errgroup in main: the group runs each function once, so the
// server's start runs once per process, and the listener it strands when the context ends first ends with the
// process (quiet). A check run for every tick of a loop strands one per tick (reported).
package main

import (
	"context"
	"errors"
	"log"
	"time"

	"golang.org/x/sync/errgroup"
)

var listen = func() error { time.Sleep(time.Hour); return nil }

// start serves until ctx is done.
func start(ctx context.Context) error {
	errCh := make(chan error)
	go func() { errCh <- listen() }()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case err := <-errCh:
		return err
	}
}

// check asks the listener's health, at most d.
func check(d time.Duration) error {
	errCh := make(chan error)
	go func() { errCh <- listen() }() // want `^goroutine may block forever sending on unbuffered channel errCh: check stops receiving when .case <-time.After\(d\). wins$`
	select {
	case err := <-errCh:
		return err
	case <-time.After(d): // related `check stops receiving from errCh here`
		return errors.New("timeout")
	}
}

func main() {
	g, ctx := errgroup.WithContext(context.Background())
	g.Go(func() error {
		return start(ctx)
	})
	g.Go(func() error {
		for range time.Tick(time.Minute) {
			if err := check(time.Second); err != nil {
				log.Print(err)
			}
		}
		return nil
	})
	if err := g.Wait(); err != nil {
		log.Fatal(err)
	}
}
