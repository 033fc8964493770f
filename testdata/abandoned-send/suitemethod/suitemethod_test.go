package suitemethod

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

type serverSuite struct {
	st *server
}

func (s *serverSuite) SetUpTest()    { s.st = newServer() }
func (s *serverSuite) TearDownTest() { s.st.Close() }

// TestKick runs between SetUpTest and TearDownTest: quiet.
func (s *serverSuite) TestKick() {
	s.st.kick <- true
}

// Poke can be called at any time, after TearDownTest too.
func (s *serverSuite) Poke() {
	s.st.kick <- true // want `^goroutine may block forever sending on unbuffered channel server.kick: the goroutine running server.loop stops receiving when .case <-s.closeC. wins$`
}

// The suite's order: set up, the test, tear down: nothing is left.
func TestSuiteIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := &serverSuite{}
		s.SetUpTest()
		s.TestKick()
		s.TearDownTest()
	})
}

// A poke after the tear-down is stranded.
func TestPokeAfterTearDownLeaks(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		s := &serverSuite{}
		s.SetUpTest()
		s.TearDownTest()
		go s.Poke()
	})
}
