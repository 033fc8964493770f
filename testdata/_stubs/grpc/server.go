// Package grpc is a stand-in for google.golang.org/grpc with the contract golint-chan relies on (see
// ../README.md): Serve accepts until the listener fails, and returns nil when Stop or GracefulStop was called,
// a non-nil error otherwise.
package grpc

import (
	"net"
	"sync"
)

// Server serves connections from listeners handed to Serve.
type Server struct {
	mu      sync.Mutex
	lis     []net.Listener
	stopped bool
}

// NewServer makes a server.
func NewServer() *Server { return &Server{} }

// Serve accepts connections on lis (and closes each at once) until lis fails. It returns nil once Stop or
// GracefulStop has been called, the listener's error otherwise.
func (s *Server) Serve(lis net.Listener) error {
	s.mu.Lock()
	if s.stopped {
		s.mu.Unlock()
		lis.Close()
		return nil
	}
	s.lis = append(s.lis, lis)
	s.mu.Unlock()
	for {
		c, err := lis.Accept()
		if err != nil {
			s.mu.Lock()
			defer s.mu.Unlock()
			if s.stopped {
				return nil
			}
			return err
		}
		c.Close()
	}
}

// Stop closes every listener: Serve returns nil.
func (s *Server) Stop() {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.stopped = true
	for _, l := range s.lis {
		l.Close()
	}
}

// GracefulStop is Stop (the stand-in has no connections in flight).
func (s *Server) GracefulStop() { s.Stop() }
