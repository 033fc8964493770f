// Package ownerclose: a function starts a goroutine that cancels the work after a while and then tells a watchdog
// goroutine, which gives up after a timeout. When the function that made the channel closes it as it returns
// (`defer close(sync)`), a send left waiting by a watchdog that gave up panics once the work is done: it does not
// block forever (quiet for this rule). Without that close the sender waits for good (reported), and so it does
// when the function waits for the sender before it returns: the close never comes (reported).
package ownerclose

import (
	"context"
	"sync"
	"time"
)

// RunWithWatchdog runs the work until a timer goroutine cancels it; a watchdog reports a cancel that comes too late.
func RunWithWatchdog(run func(ctx context.Context), after, timeout time.Duration, onTimeout func()) {
	sync := make(chan bool)
	defer close(sync)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(after)
		cancel()
		sync <- true
	}()
	go func() {
		select {
		case <-time.After(timeout):
			onTimeout()
		case <-sync:
		}
	}()
	run(ctx)
}

// RunWithWatchdogOpen is RunWithWatchdog without the close.
func RunWithWatchdogOpen(run func(ctx context.Context), after, timeout time.Duration, onTimeout func()) {
	sync := make(chan bool)
	ctx, cancel := context.WithCancel(context.Background())
	go func() {
		time.Sleep(after)
		cancel()
		sync <- true // want `^goroutine may block forever sending on unbuffered channel sync: the goroutine in RunWithWatchdogOpen stops receiving when .case <-time.After\(timeout\). wins$`
	}()
	go func() {
		select {
		case <-time.After(timeout): // related `the goroutine in RunWithWatchdogOpen stops receiving from sync here`
			onTimeout()
		case <-sync:
		}
	}()
	run(ctx)
}

// RunWithWatchdogWaiting closes the channel as it returns, but first waits for the goroutine that sends on it.
func RunWithWatchdogWaiting(run func(ctx context.Context), after, timeout time.Duration, onTimeout func()) {
	sync1 := make(chan bool)
	defer close(sync1)
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		time.Sleep(after)
		cancel()
		sync1 <- true // want `^goroutine may block forever sending on unbuffered channel sync1: the goroutine in RunWithWatchdogWaiting stops receiving when .case <-time.After\(timeout\). wins$`
	}()
	go func() {
		select {
		case <-time.After(timeout): // related `the goroutine in RunWithWatchdogWaiting stops receiving from sync1 here`
			onTimeout()
		case <-sync1:
		}
	}()
	run(ctx)
	wg.Wait()
}
