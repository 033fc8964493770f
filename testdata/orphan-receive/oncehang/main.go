// Command oncehang: functions that main runs once. A goroutine they strand ends with the process, but when the
// function itself waits forever the program hangs: that is reported, once per process or not.
package main

import (
	"errors"
	"log"
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

func main() {
	if _, err := firstReply(time.Second); err != nil {
		log.Fatal(err)
	}
	log.Println(waitForPort())
}
