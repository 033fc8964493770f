package service

import (
	"sync"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// block makes Fetch wait until the returned release is called.
func block(t *testing.T) func() {
	release := make(chan struct{})
	Fetch = func() (string, error) { <-release; return "", nil }
	t.Cleanup(func() { Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil } })
	return func() { close(release) }
}

// Every call that times out strands one fetcher: a program that calls one of them once strands one per process,
// a program that calls it per request or per loop iteration strands one each time.
func TestEachTimedOutCallStrandsOneFetcher(t *testing.T) {
	calls := map[string]func(time.Duration) error{
		"Warmup":  func(d time.Duration) error { _, err := Warmup(d); return err },
		"Probe":   Probe,
		"Refresh": Refresh,
		"Check":   Check,
		"Verify":  Verify,
		"Start":   func(d time.Duration) error { return (&Server{Timeout: d}).Start() },
		"Ping":    func(d time.Duration) error { return (&Server{Timeout: d}).Ping() },
		"Open":    func(d time.Duration) error { _, err := NewSession(d).Open(); return err },
		"Resync":  func(d time.Duration) error { return NewSession(d).Resync() },
		"Attach":  func(d time.Duration) error { return NewSession(d).Attach() },
	}
	for name, call := range calls {
		release := block(t)
		leakcheck.Leaks(t, 3, func() {
			for i := 0; i < 3; i++ {
				if call(time.Millisecond) == nil {
					t.Fatalf("%s: expected the timeout", name)
				}
			}
			release()
		})
	}
}

// Once Serve has stopped receiving, the accept goroutine is stranded at its send and Stop waits for it forever.
func TestStopHangsOnAStrandedAcceptor(t *testing.T) {
	release, entered := make(chan struct{}), make(chan struct{})
	var once sync.Once
	a := NewAcceptor(func() (string, error) { once.Do(func() { close(entered) }); <-release; return "conn", nil })
	leakcheck.ExpectBlocked(t, 2, map[string]int{"chan send": 1, leakcheck.WaitGroupWait(): 1}, func() {
		served := make(chan struct{})
		go func() { a.Serve(func(string) {}); close(served) }()
		<-entered // the accept goroutine is in the WaitGroup
		go a.Stop()
		<-served
		close(release)
	})
}
