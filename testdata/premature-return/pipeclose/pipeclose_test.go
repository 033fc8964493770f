package pipeclose

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error   { return nil }
func fail() error { return errors.New("check failed") }

func TestCheckBeforeCloseIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { CheckBeforeClose(leakcheck.StopT{}, []byte("hi"), ok) }) })
}

// The failing check leaves the reader in the pipe's read (a select inside net.Pipe), not at a channel send.
func TestCheckBeforeCloseLeavesTheReaderReading(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1, "chan send": 0}, func() {
		leakcheck.InOwnGoroutine(func() { CheckBeforeClose(leakcheck.StopT{}, []byte("hi"), fail) })
	})
}

func TestCheckAfterCloseIsCleanWhenTheCheckPasses(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { CheckAfterClose(leakcheck.StopT{}, []byte("hi"), ok) }) })
}

func TestCheckAfterCloseStrandsTheSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { CheckAfterClose(leakcheck.StopT{}, []byte("hi"), fail) }) })
}

func TestCheckBeforeDeferredCloseStrandsTheSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { CheckBeforeDeferredClose(leakcheck.StopT{}, []byte("hi"), fail) })
	})
}
