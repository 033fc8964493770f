package clean

import (
	"runtime"
	"sync"
	"testing"
)

// suite runs a writer until its stop function is called. setup does not close stop: it stores a function that
// does, and run calls that function, so the writer leaves once run is done. Who calls a stored function is not
// something the callers of setup show: nothing is reported for the field.
type suite struct {
	stop   chan struct{}
	doStop func()
	writes int
}

func (s *suite) setup(t *testing.T) {
	var once sync.Once
	s.stop = make(chan struct{})
	s.doStop = func() {
		once.Do(func() {
			close(s.stop)
		})
	}
}

func (s *suite) run(t *testing.T) {
	s.setup(t)
	done := make(chan struct{})
	go func() {
		defer close(done)
		for {
			select {
			case <-s.stop:
				return
			default:
				s.writes++
			}
		}
	}()
	s.doStop()
	<-done
}

func TestSuiteStopsItsWriter(t *testing.T) {
	before := runtime.NumGoroutine()
	for i := 0; i < 3; i++ {
		q := new(suite)
		q.run(t)
	}
	if after := runtime.NumGoroutine(); after > before {
		t.Errorf("%d goroutines left", after-before)
	}
}
