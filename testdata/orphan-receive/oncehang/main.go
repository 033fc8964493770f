// Command oncehang: functions that main runs once. A goroutine they strand ends with the process, but when the
// function itself waits forever the program hangs: that is reported, once per process or not. A wait that nothing
// could ever end (no send, no close of the channel anywhere) is a deliberate park when it runs once per process, as
// `select {}` is, while the program ends elsewhere (awaitSignal's os.Exit): quiet; the same wait in a function main
// calls in a loop blocks the first call for good (settle: reported).
package main

import (
	"errors"
	"log"
	"os"
	"os/signal"
	"time"
)

var listen = func() (int, error) { return 0, errors.New("address in use") }

// waitForPort waits for the listener's port; when the listener fails it never sends, and the program hangs here.
func waitForPort() int {
	port := make(chan int)
	go func() {
		p, err := listen()
		if err != nil {
			return // related `the goroutine in waitForPort can finish here without sending on port`
		}
		port <- p
	}()
	return <-port // want `waitForPort may block forever receiving from unbuffered channel port`
}

// firstReply strands its worker when the timeout wins; main runs it once, and the worker ends with the process.
func firstReply(d time.Duration) (int, error) {
	res := make(chan int)
	go func() {
		p, _ := listen()
		res <- p
	}()
	select {
	case p := <-res:
		return p, nil
	case <-time.After(d):
		return 0, errors.New("timeout")
	}
}

// awaitSignal ends the process on a signal; the channel it returns is never sent on or closed.
func awaitSignal(sig <-chan os.Signal) <-chan struct{} {
	parked := make(chan struct{})
	go func() {
		<-sig
		os.Exit(0)
	}()
	return parked
}

// settle waits the same way, each time main calls it.
func settle(sig <-chan os.Signal) {
	<-awaitSignal(sig) // want `^settle blocks forever receiving from unbuffered channel parked returned by awaitSignal: nothing sends on or closes it$`
}

func main() {
	if _, err := firstReply(time.Second); err != nil {
		log.Fatal(err)
	}
	log.Println(waitForPort())
	sig := make(chan os.Signal, 1)
	signal.Notify(sig, os.Interrupt)
	for i := 0; i < len(os.Args)-1; i++ {
		settle(sig)
	}
	<-awaitSignal(sig)
}
