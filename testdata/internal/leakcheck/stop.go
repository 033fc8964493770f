package leakcheck

import (
	"runtime"
	"testing"
)

// StopT is a test handle for driving a fixture down its test-failure path: the calls that end a real test's
// goroutine (Fatal, Fatalf, FailNow) end the calling goroutine with runtime.Goexit, as a real *testing.T's do,
// and the calls that only report (Error, Errorf, Log, Logf) do nothing, so the proving test itself does not fail.
type StopT struct{ testing.TB }

func (StopT) Helper()                       {}
func (StopT) Log(...interface{})            {}
func (StopT) Logf(string, ...interface{})   {}
func (StopT) Error(...interface{})          {}
func (StopT) Errorf(string, ...interface{}) {}
func (StopT) Fatal(...interface{})          { runtime.Goexit() }
func (StopT) Fatalf(string, ...interface{}) { runtime.Goexit() }
func (StopT) FailNow()                      { runtime.Goexit() }

// InOwnGoroutine runs f in a goroutine of its own and waits until it ends, by returning or by runtime.Goexit
// (a StopT's Fatal), so that a fixture's test-failure path ends that goroutine and not the proving test's.
func InOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}
