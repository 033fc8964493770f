// Package server: two types whose Wait or Finish waits on a WaitGroup that nothing calls Done on, so it never
// returns. Server's is the keep-alive of a command that serves until it is killed: cmd/serve's main calls Start and Wait
// once, which is one wait per process, as `select {}` would be (quiet); the name Wait is also written on the
// WaitGroup field (`s.wg.Wait()`), a standard-library struct whose methods are never this package's. Job's
// Finish is called by cmd/batch once per job, in a loop: each call blocks a goroutine for good (reported).
package server

import "sync"

// Server serves in the background until the process ends.
type Server struct {
	wg    sync.WaitGroup
	Ticks chan int
}

// Start starts serving.
func (s *Server) Start() {
	s.wg.Add(1)
	go s.serve()
}

func (s *Server) serve() {
	for i := 0; ; i++ {
		s.Ticks <- i
	}
}

// Wait waits for the server, for good: nothing calls s.wg.Done.
func (s *Server) Wait() {
	s.wg.Wait()
}

// Job is a unit of work that is started and waited for.
type Job struct {
	pending sync.WaitGroup
}

// Start starts the job.
func (j *Job) Start() {
	j.pending.Add(1) // related "j.pending is added to here"
}

// Finish waits for the job, for good: nothing calls j.pending.Done.
func (j *Job) Finish() {
	j.pending.Wait() // want "^Job.Finish blocks forever waiting on WaitGroup j.pending once it has been added to: nothing in the package calls j.pending.Done$"
}
