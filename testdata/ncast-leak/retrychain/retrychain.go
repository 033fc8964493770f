// Package retrychain: a wait that checks a condition and, until it holds, schedules itself again with
// time.AfterFunc. Each run either sends or schedules the next run, so the chain sends once however many runs it
// takes: quiet. A run that sends and schedules the next run anyway sends again on every run after it.
package retrychain

import "time"

// poll checks a condition each time it is called.
type poll func() bool

// waitFor sends on done once ready holds, checking again every millisecond until then.
func waitFor(ready poll, done chan<- bool) {
	if ready() {
		done <- true
		return
	}
	time.AfterFunc(time.Millisecond, func() {
		waitFor(ready, done)
	})
}

// Await waits for the chain's one send.
func Await(ready poll) {
	done := make(chan bool)
	go func() {
		waitFor(ready, done)
	}()
	<-done
}

// waitForEach sends each time ready holds, and schedules the next check whatever happened.
func waitForEach(ready poll, done chan<- bool) {
	if ready() {
		done <- true // want `^goroutines may block forever sending on unbuffered channel done: 2 of them send but AwaitFirst receives at most once$`
	}
	time.AfterFunc(time.Millisecond, func() {
		waitForEach(ready, done)
	})
}

// AwaitFirst takes the first send; the run after it sends again, and no one receives.
func AwaitFirst(ready poll) {
	done := make(chan bool)
	go func() {
		waitForEach(ready, done)
	}()
	<-done
}
