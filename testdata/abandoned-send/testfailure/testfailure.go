// Package testfailure: a test helper waits for a worker's value at most d. When the timeout case ends the test's
// goroutine (t.Fatal, require.Fail, Ginkgo Fail), returns after t.Error, or records a failure (assert.Fail) and leaves, the worker is stranded: reported, the
// call (or the return) named as where the helper stops receiving, and tagged test-failure-path. When the timeout
// case ends the process (panic, log.Fatal), nobody is left: quiet.
package testfailure

import (
	"log"
	"testing"
	"time"

	"golintchan.example/testdata/internal/assert"
	. "golintchan.example/testdata/internal/ginkgo"
	"golintchan.example/testdata/internal/require"
)

// WaitFatal gives up with t.Fatal.
func WaitFatal(t testing.TB, d time.Duration, slow func() int) int {
	ch := make(chan int)
	go func() {
		ch <- slow() // want "^goroutine may block forever sending on unbuffered channel ch: WaitFatal stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		t.Fatal("timed out") // related `WaitFatal stops receiving from ch here`
	}
	return 0
}

// WaitRequireFail gives up with require.Fail.
func WaitRequireFail(t testing.TB, d time.Duration, slow func() int) int {
	ch := make(chan int)
	go func() {
		ch <- slow() // want "^goroutine may block forever sending on unbuffered channel ch: WaitRequireFail stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		require.Fail(t, "timed out") // related `WaitRequireFail stops receiving from ch here`
	}
	return 0
}

// WaitErrorReturn gives up with t.Error and return.
func WaitErrorReturn(t testing.TB, d time.Duration, slow func() int) int {
	ch := make(chan int)
	go func() {
		ch <- slow() // want "^goroutine may block forever sending on unbuffered channel ch: WaitErrorReturn stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		t.Error("timed out")
		return 0 // related `WaitErrorReturn stops receiving from ch here`
	}
}

// WaitAssertFail records the failure with assert.Fail in the timeout case and leaves the select, then returns.
func WaitAssertFail(t testing.TB, d time.Duration, slow func() int) int {
	ch := make(chan int)
	go func() {
		ch <- slow() // want "^goroutine may block forever sending on unbuffered channel ch: WaitAssertFail stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	v := 0
	select {
	case v = <-ch:
	case <-time.After(d): // related `WaitAssertFail stops receiving from ch here`
		assert.Fail(t, "timed out")
	}
	return v
}

// WaitGinkgoFail gives up with Ginkgo's Fail.
func WaitGinkgoFail(d time.Duration, slow func() int) int {
	ch := make(chan int)
	go func() {
		ch <- slow() // want "^goroutine may block forever sending on unbuffered channel ch: WaitGinkgoFail stops receiving when `case <-time.After\\(d\\)` wins$"
	}()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		Fail("timed out") // related `WaitGinkgoFail stops receiving from ch here`
	}
	return 0
}

// WaitPanic ends the process on timeout: quiet.
func WaitPanic(d time.Duration, slow func() int) int {
	ch := make(chan int)
	go func() {
		ch <- slow()
	}()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		panic("timed out")
	}
}

// WaitLogFatal ends the process on timeout: quiet.
func WaitLogFatal(d time.Duration, slow func() int) int {
	ch := make(chan int)
	go func() {
		ch <- slow()
	}()
	select {
	case v := <-ch:
		return v
	case <-time.After(d):
		log.Fatal("timed out")
	}
	return 0
}
