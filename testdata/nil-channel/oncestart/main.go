// Command oncestart: a server whose shutdown watcher waits on a signal field that nothing ever makes, so it is nil
// and the watcher blocks forever. main starts the server once, so one watcher is parked for the life of the process
// and ends with it, as the leak rules judge a goroutine that code running once per process strands (quiet). A relay
// started for every job strands one watcher per job (reported).
package main

import (
	"sync/atomic"
	"time"
)

// Server serves until it is signalled, which never happens: signal is never given a channel.
type Server struct {
	signal  chan struct{}
	stopped int64
}

// Start runs the server's watcher.
func (s *Server) Start() {
	go func() {
		<-s.signal
		atomic.StoreInt64(&s.stopped, 1)
	}()
}

// Relay forwards one job; its watcher waits on a wake field nothing makes either.
type Relay struct {
	wake chan struct{}
	done int64
}

// Run runs the relay's watcher: once per job.
func (r *Relay) Run() {
	go func() {
		<-r.wake // want "^receive from r.wake blocks forever: field Relay.wake is never given a channel anywhere in the package, so it is nil$"
		atomic.StoreInt64(&r.done, 1)
	}()
}

// relayAll starts a relay per job.
func relayAll(jobs []int) {
	for range jobs {
		(&Relay{}).Run()
	}
}

func main() {
	s := &Server{}
	s.Start()
	relayAll([]int{1, 2, 3})
	time.Sleep(time.Millisecond)
}
