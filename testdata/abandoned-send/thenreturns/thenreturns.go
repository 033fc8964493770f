// Package thenreturns: a prompt runs in a goroutine while its caller polls on a ticker for a cancellation. The tick
// case only loops round unless the poll finds the cancellation; then the caller returns and the prompt's answer has
// nowhere to go. The give-up is that return, not the tick case winning.
package thenreturns

import (
	"sync/atomic"
	"time"
)

// Ask waits for the answer, checking every tick whether it was cancelled.
func Ask(cancelled *atomic.Bool, prompt func() int) int {
	result := make(chan int)
	go func() {
		result <- prompt() // want "^goroutine may block forever sending on unbuffered channel result: Ask stops receiving when `case <-tick.C` wins and then returns$"
	}()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case r := <-result:
			return r
		case <-tick.C:
			if cancelled.Load() {
				return -1 // related "Ask stops receiving from result here"
			}
		}
	}
}

// AskBuffered is the same with room for the answer: the prompt's send never waits.
func AskBuffered(cancelled *atomic.Bool, prompt func() int) int {
	result := make(chan int, 1)
	go func() {
		result <- prompt()
	}()
	tick := time.NewTicker(time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case r := <-result:
			return r
		case <-tick.C:
			if cancelled.Load() {
				return -1
			}
		}
	}
}

// AskOnce waits one tick: past the select it returns anyway, so the tick case winning is the give-up, whether or
// not the poll finds the cancellation.
func AskOnce(cancelled *atomic.Bool, prompt func() int) int {
	result := make(chan int)
	go func() {
		result <- prompt() // want "^goroutine may block forever sending on unbuffered channel result: AskOnce stops receiving when `case <-time.After\\(time.Millisecond\\)` wins$"
	}()
	select {
	case r := <-result:
		return r
	case <-time.After(time.Millisecond): // related "AskOnce stops receiving from result here"
		if cancelled.Load() {
			return -1
		}
	}
	return 0
}
