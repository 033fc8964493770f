package imminent

import (
	"errors"
	"runtime"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

type stopT struct{ testing.TB }

func (stopT) Helper()                       {}
func (stopT) Errorf(string, ...interface{}) {}
func (stopT) Fatal(...interface{})          { runtime.Goexit() }
func (stopT) FailNow()                      { runtime.Goexit() }

func inOwnGoroutine(f func()) {
	done := make(chan struct{})
	go func() {
		defer close(done)
		f()
	}()
	<-done
}

func ready() bool { return true }

func TestFailingCheckStrandsTheResultSend(t *testing.T) {
	do := func() (int, error) { return 0, errors.New("failed") }
	leakcheck.Leaks(t, 1, func() { inOwnGoroutine(func() { CallChecked(stopT{}, ready, do, time.Second) }) })
}

func TestPassingCheckIsClean(t *testing.T) {
	do := func() (int, error) { return 1, nil }
	leakcheck.Clean(t, func() { inOwnGoroutine(func() { CallChecked(stopT{}, ready, do, time.Second) }) })
}
