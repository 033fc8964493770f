// Command once: main runs Main.Run once, and Main.Run strands its worker's goroutine when the stop signal wins,
// right before the process exits (quiet). `w.Run()` on the worker that package worker made is that package's
// method, not another call of Main.Run: it does not make Main.Run look run twice.
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
		errC <- w.Run()
	}()
	select {
	case <-m.stop:
		return nil
	case err := <-errC:
		return err
	}
}

func main() {
	m := &Main{stop: make(chan struct{})}
	close(m.stop)
	_ = m.Run(func() error { return nil })
}
