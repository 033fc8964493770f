// Command command: a function that main calls once starts a reader in a WaitGroup and returns before its receive
// when connect fails. The stranded reader ends with the process when the return also leaves before the Wait
// (poll: quiet); a deferred Wait runs on that return too, waits for the stranded reader for good, and the program
// hangs there (pollDeferred: reported).
package main

import (
	"log"
	"sync"
	"time"
)

var connect = func() error { return nil }

var next = func() string { time.Sleep(time.Hour); return "" }

// poll starts a reader in a WaitGroup; when connect fails it returns before the receive and before the Wait.
func poll() error {
	var wg sync.WaitGroup
	lines := make(chan string)
	wg.Add(1)
	go func() {
		defer wg.Done()
		lines <- next()
	}()
	if err := connect(); err != nil {
		return err
	}
	log.Println(<-lines)
	wg.Wait()
	return nil
}

// pollDeferred waits in a defer: the early return runs the Wait, which waits for the stranded reader for good.
func pollDeferred() error {
	var wg sync.WaitGroup
	defer wg.Wait()
	lines := make(chan string)
	wg.Add(1)
	go func() {
		defer wg.Done()
		lines <- next() // want `^goroutine may block forever sending on unbuffered channel lines: pollDeferred can return before receiving from it$`
	}()
	if err := connect(); err != nil {
		return err // related `pollDeferred stops receiving from lines here`
	}
	log.Println(<-lines)
	return nil
}

func main() {
	if err := poll(); err != nil {
		log.Fatal(err)
	}
	if err := pollDeferred(); err != nil {
		log.Fatal(err)
	}
}
