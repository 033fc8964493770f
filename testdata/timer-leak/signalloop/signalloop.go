// Package signalloop: a loop paced by a ticker that runs until the process is told to stop (a receive from a
// channel registered for SIGTERM) is the process's main loop: it runs once, and its ticker lives as long as the
// program, so it is not reported, however many places call it. A loop that waits for another signal (SIGUSR1, a
// request for a dump) is an ordinary one: called again, each call keeps a ticker.
package signalloop

import (
	"os"
	"os/signal"
	"syscall"
	"time"
)

var (
	term = make(chan os.Signal, 1)
	usr  = make(chan os.Signal, 1)
)

func init() {
	signal.Notify(term, syscall.SIGTERM, os.Interrupt)
	signal.Notify(usr, syscall.SIGUSR1)
}

// Serve reports on every tick until the process is told to stop.
func Serve(d time.Duration, report func()) {
	ticker := time.NewTicker(d)
	for {
		select {
		case <-term:
			return
		case <-ticker.C:
			report()
		}
	}
}

// Dump reports on every tick and on SIGUSR1, until stop.
func Dump(d time.Duration, report func(), stop <-chan struct{}) {
	ticker := time.NewTicker(d) // want "^ticker is never stopped"
	for {
		select {
		case <-usr:
			report()
		case <-ticker.C:
			report()
		case <-stop:
			return
		}
	}
}

// Main serves, or dumps, each from two places.
func Main(dump bool, stop <-chan struct{}) {
	if dump {
		Dump(time.Second, func() {}, stop)
		Dump(time.Minute, func() {}, stop)
		return
	}
	if len(os.Args) > 1 {
		Serve(time.Second, func() {})
		return
	}
	Serve(time.Minute, func() {})
}
