// Command loop: main runs Main.Run again and again, restarting it after each stop, so each stop strands another
// worker goroutine (reported).
package main

import (
	"golintchan.example/testdata/abandoned-send/importedrun/worker"
)

// Main is the command.
type Main struct{ stop chan struct{} }

// Run starts the worker and waits for it to fail or for stop.
func (m *Main) Run(fail func() error) error {
	errC := make(chan error)
	w, err := worker.New(fail)
	if err != nil {
		return err
	}
	go func() {
		errC <- w.Run() // want "^goroutine may block forever sending on unbuffered channel errC: Main.Run stops receiving when `case <-m.stop` wins$"
	}()
	select {
	case <-m.stop: // related `Main.Run stops receiving from errC here`
		return nil
	case err := <-errC:
		return err
	}
}

func main() {
	m := &Main{stop: make(chan struct{})}
	close(m.stop)
	for i := 0; i < 3; i++ {
		_ = m.Run(func() error { return nil })
	}
}
