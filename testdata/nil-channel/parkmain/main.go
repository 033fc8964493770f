// Command parkmain starts its workers and then parks for good on a nil channel, on purpose, as `select {}` would:
// the program runs until it is killed. A nil channel that something else also uses is a forgotten make.
package main

import (
	"sync/atomic"
	"time"
)

var served int64

func serve() {
	for {
		atomic.AddInt64(&served, 1)
		time.Sleep(time.Millisecond)
	}
}

// main parks on exit, which nothing else uses: a wait forever written on purpose, quiet.
func main() {
	go serve()
	var exit chan bool
	<-exit
}

// until means to return once stop is closed, but exit was never made: the goroutine that would tell it blocks
// forever sending on it, and so does the receive.
func until(stop <-chan struct{}) {
	var exit chan bool
	go func() {
		<-stop
		exit <- true // want `^send on nil channel exit blocks forever: exit is declared without make and never assigned$`
	}()
	<-exit // want `^receive from nil channel exit blocks forever: exit is declared without make and never assigned$`
}
