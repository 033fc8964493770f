// Package worker: a value of another package whose method has the name of the command's own method, Run.
package worker

import "time"

// Worker works until it fails.
type Worker struct{ Fail func() error }

// New makes a worker.
func New(fail func() error) (*Worker, error) { return &Worker{Fail: fail}, nil }

// Run works until Fail returns an error, polling it.
func (w *Worker) Run() error {
	for {
		if err := w.Fail(); err != nil {
			return err
		}
		time.Sleep(time.Millisecond)
	}
}
