// Package errorcheck: a goroutine reports each step's error on one channel; when opening fails it sends that error
// and returns, one value instead of three. A receiver that stops on a non-nil error (require.NoError, an assertion of
// another library that fails the test, `if err != nil { t.Fatal(err) }`) never waits for the steps that did not run
// (quiet); one that only records the failure and goes on (testify's assert) waits for good (reported). A check that
// stops the receiver at a failed step's error strands the goroutine at its next send (abandoned-send, reported where
// the check is known to stop, by the rule abandoned-send; another library's assertion, whose source is not read, is
// taken to go on).
package errorcheck

import (
	"testing"

	"golintchan.example/testdata/internal/assert"
	"golintchan.example/testdata/internal/expect"
	"golintchan.example/testdata/internal/require"
)

// CheckRequire stops at the first error: require.NoError ends the test's goroutine.
func CheckRequire(t testing.TB, open, step func() error) {
	errs := make(chan error)
	go func() {
		if err := open(); err != nil {
			errs <- err
			return
		}
		errs <- step()
		errs <- step()
		errs <- step()
	}()
	require.NoError(t, <-errs)
	require.NoError(t, <-errs)
	require.NoError(t, <-errs)
}

// CheckThat stops at the first error through an assertion of another module that fails the test.
func CheckThat(t testing.TB, open, step func() error) {
	errs := make(chan error)
	go func() {
		if err := open(); err != nil {
			errs <- err
			return
		}
		errs <- step()
		errs <- step()
		errs <- step()
	}()
	expect.That(t, <-errs, expect.ShouldBeNil)
	expect.That(t, <-errs, expect.ShouldBeNil)
	expect.That(t, <-errs, expect.ShouldBeNil)
}

// CheckErr receives each error into a variable and stops on it before the next receive.
func CheckErr(t testing.TB, open, step func() error) {
	errs := make(chan error)
	go func() {
		if err := open(); err != nil {
			errs <- err
			return
		}
		errs <- step()
		errs <- step()
		errs <- step()
	}()
	err := <-errs
	if err != nil {
		t.Fatalf("open or first step: %v", err)
	}
	err = <-errs
	if err != nil {
		t.Fatalf("second step: %v", err)
	}
	if err := <-errs; err != nil {
		t.Fatalf("third step: %v", err)
	}
}

// CheckAssert records a failed open with assert.NoError and goes on to wait for the first step, which never ran.
func CheckAssert(t testing.TB, open, step func() error) {
	errs := make(chan error)
	go func() {
		if err := open(); err != nil {
			errs <- err
			return // related `the goroutine in CheckAssert can finish here having sent on errs only once`
		}
		errs <- step()
		errs <- step()
		errs <- step()
	}()
	assert.NoError(t, <-errs)
	assert.NoError(t, <-errs) // want `^CheckAssert may block forever receiving from unbuffered channel errs: it can receive 3 times but the goroutine in CheckAssert sends only once on some paths$`
	assert.NoError(t, <-errs)
}

// Fetch tells a failed fetch on errs and leaves without a value; the receiver reads errs first and stops on the error
// before it waits for the value (quiet).
func Fetch(t testing.TB, fetch func() (int, error)) int {
	errs := make(chan error, 1)
	values := make(chan int)
	go func() {
		v, err := fetch()
		if err != nil {
			errs <- err
			return
		}
		errs <- nil
		values <- v
	}()
	require.NoError(t, <-errs)
	return <-values
}

// FetchValueFirst waits for the value before it reads errs: after a failed fetch it waits for good.
func FetchValueFirst(fetch func() (int, error)) (int, error) {
	errs := make(chan error, 1)
	values := make(chan int)
	go func() {
		v, err := fetch()
		if err != nil {
			errs <- err
			return // related `the goroutine in FetchValueFirst can finish here without sending on values`
		}
		errs <- nil
		values <- v
	}()
	v := <-values // want `^FetchValueFirst may block forever receiving from unbuffered channel values: the goroutine in FetchValueFirst can finish without sending on or closing it$`
	return v, <-errs
}
