// Package cmd holds a program's commands, built with cobra: the program executes its command tree once, and cobra
// runs the handler of the one command the process was started with. A worker that a handler (or a function only a
// handler calls) starts and never stops is one per process: it lives as long as the program, as main's own would,
// and is not reported. The same worker started by an HTTP handler is one per request, and is.
package cmd

import (
	"net/http"
	"sync/atomic"
	"time"

	"github.com/spf13/cobra"
)

// Sweeper sweeps on every tick until Stop is called.
type Sweeper struct {
	every  time.Duration
	quit   chan struct{}
	sweeps int64
}

// NewSweeper returns a sweeper that is not running yet.
func NewSweeper(every time.Duration) *Sweeper {
	return &Sweeper{every: every, quit: make(chan struct{})}
}

// Start sweeps in the background until Stop.
func (s *Sweeper) Start() {
	go s.loop() // related "the goroutine starts here"
}

func (s *Sweeper) loop() {
	t := time.NewTicker(s.every)
	defer t.Stop()
	for {
		select {
		case <-t.C:
			atomic.AddInt64(&s.sweeps, 1)
		case <-s.quit:
			return
		}
	}
}

// Stop ends the sweeping goroutine.
func (s *Sweeper) Stop() { close(s.quit) }

// Sweeps is how often the sweeper has swept.
func (s *Sweeper) Sweeps() int64 { return atomic.LoadInt64(&s.sweeps) }

// clean starts a sweeper for the clean command and leaves it running until the process exits: only the command's
// handler calls it, once per process.
func clean(every time.Duration) int64 {
	s := NewSweeper(every)
	s.Start()
	time.Sleep(3 * every)
	return s.Sweeps()
}

// status starts a sweeper for every request and leaves it running.
func status(every time.Duration) int64 {
	s := NewSweeper(every)
	s.Start() // want `goroutine started by s.Start\(\) never exits: it leaves only when Sweeper.Stop closes s.quit, and status never calls s.Stop\(\)`
	time.Sleep(3 * every)
	return s.Sweeps()
}

// AddClean adds the clean command to root.
func AddClean(root *cobra.Command, every time.Duration) {
	root.AddCommand(&cobra.Command{
		Use: "clean",
		Run: func(cmd *cobra.Command, args []string) {
			clean(every)
		},
	})
}

// Serve answers status requests.
func Serve(mux *http.ServeMux, every time.Duration) {
	mux.HandleFunc("/status", func(w http.ResponseWriter, r *http.Request) {
		status(every)
	})
}
