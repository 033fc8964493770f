// Package testfailure: a test helper starts a worker, then gives up before receiving its value when fetch fails.
// Every call that ends only the test's goroutine (t.Fatal, t.Fatalf, t.FailNow, require.NoError, s.FailNow,
// s.T().Fatal, s.Require().NoError, gocheck c.Fatal, Ginkgo Fail), or a return after t.Error or assert.Fail,
// strands the worker: each is reported the same way, naming the call (or the return) as the give-up site, and
// tagged test-failure-path; so is a helper that gives up before closing the channel a goroutine waits on. The
// same code ending the process (os.Exit, log.Fatal, panic) strands nobody: quiet.
package testfailure

import (
	"log"
	"os"
	"testing"

	"golintchan.example/testdata/internal/assert"
	"golintchan.example/testdata/internal/check"
	. "golintchan.example/testdata/internal/ginkgo"
	"golintchan.example/testdata/internal/require"
	"golintchan.example/testdata/internal/suite"
)

func compute() int { return 42 }

// GiveUpFatal: gives up with t.Fatal.
func GiveUpFatal(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpFatal can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		t.Fatal(err) // related `GiveUpFatal stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpFatalf: gives up with t.Fatalf.
func GiveUpFatalf(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpFatalf can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		t.Fatalf("fetch: %v", err) // related `GiveUpFatalf stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpFailNow: gives up with t.FailNow.
func GiveUpFailNow(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpFailNow can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		t.Log(err)
		t.FailNow() // related `GiveUpFailNow stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpErrorReturn: gives up with t.Error and return.
func GiveUpErrorReturn(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpErrorReturn can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		t.Error(err)
		return 0 // related `GiveUpErrorReturn stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpAssertFailReturn: gives up with assert.Fail and return.
func GiveUpAssertFailReturn(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpAssertFailReturn can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		assert.Fail(t, err.Error())
		return 0 // related `GiveUpAssertFailReturn stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpCheckFatal: gives up with gocheck c.Fatal.
func GiveUpCheckFatal(c *check.C, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpCheckFatal can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		c.Fatal(err) // related `GiveUpCheckFatal stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpGinkgoFail: gives up with Ginkgo Fail.
func GiveUpGinkgoFail(fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpGinkgoFail can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		Fail(err.Error()) // related `GiveUpGinkgoFail stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpRequireNoError: gives up with require.NoError.
func GiveUpRequireNoError(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpRequireNoError can return before receiving from it$`
	}()
	v, err := fetch()
	require.NoError(t, err) // related `GiveUpRequireNoError stops receiving from ch here`
	return v + <-ch
}

// Suite is a testify suite.
type Suite struct{ suite.Suite }

// GiveUpFailNow: gives up with s.FailNow().
func (s *Suite) GiveUpFailNow(fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: Suite.GiveUpFailNow can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		s.FailNow(err.Error()) // related `Suite.GiveUpFailNow stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpRequireMethod: gives up with s.Require().NoError.
func (s *Suite) GiveUpRequireMethod(fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: Suite.GiveUpRequireMethod can return before receiving from it$`
	}()
	v, err := fetch()
	s.Require().NoError(err) // related `Suite.GiveUpRequireMethod stops receiving from ch here`
	return v + <-ch
}

// EndExit: gives up with os.Exit.
func EndExit(fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute()
	}()
	v, err := fetch()
	if err != nil {
		os.Exit(1)
	}
	return v + <-ch
}

// EndLogFatal: gives up with log.Fatal.
func EndLogFatal(fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute()
	}()
	v, err := fetch()
	if err != nil {
		log.Fatal(err)
	}
	return v + <-ch
}

// EndPanic: gives up with panic.
func EndPanic(fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute()
	}()
	v, err := fetch()
	if err != nil {
		panic(err)
	}
	return v + <-ch
}

// GiveUpBeforeClose: the helper is the side that closes; t.Fatal before the close strands the waiting goroutine.
func GiveUpBeforeClose(t testing.TB, fetch func() (int, error), cleanup func()) int {
	done := make(chan struct{})
	go func() {
		<-done // want `^the goroutine in GiveUpBeforeClose may block forever receiving from unbuffered channel done: GiveUpBeforeClose can return before sending on or closing it$`
		cleanup()
	}()
	v, err := fetch()
	if err != nil {
		t.Fatal(err) // related `GiveUpBeforeClose can finish here without sending on done`
	}
	close(done)
	return v
}

// GiveUpSuiteT gives up with s.T().Fatal.
func (s *Suite) GiveUpSuiteT(fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: Suite.GiveUpSuiteT can return before receiving from it$`
	}()
	v, err := fetch()
	if err != nil {
		s.T().Fatal(err) // related `Suite.GiveUpSuiteT stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpAssertNoError gives up with `if !assert.NoError(t, err) { return }`.
func GiveUpAssertNoError(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: GiveUpAssertNoError can return before receiving from it$`
	}()
	v, err := fetch()
	if !assert.NoError(t, err) {
		return 0 // related `GiveUpAssertNoError stops receiving from ch here`
	}
	return v + <-ch
}

// ReturnAfterAssert checks with assert.NoError and goes on: its early return is not a test failure, and the finding
// is not tagged.
func ReturnAfterAssert(t testing.TB, fetch func() (int, error)) int {
	ch := make(chan int)
	go func() {
		ch <- compute() // want `^goroutine may block forever sending on unbuffered channel ch: ReturnAfterAssert can return before receiving from it$`
	}()
	v, err := fetch()
	assert.NoError(t, err)
	if v < 0 {
		return 0 // related `ReturnAfterAssert stops receiving from ch here`
	}
	return v + <-ch
}

// GiveUpInSteps checks two steps before the close: either failing check strands the waiting goroutine, and the
// finding names both.
func GiveUpInSteps(t testing.TB, first, second func() error, cleanup func()) {
	done := make(chan struct{})
	go func() {
		<-done // want `^the goroutine in GiveUpInSteps may block forever receiving from unbuffered channel done: GiveUpInSteps can return before sending on or closing it$`
		cleanup()
	}()
	if err := first(); err != nil {
		t.Fatal(err) // related `GiveUpInSteps can (also )?finish here without sending on done`
	}
	if err := second(); err != nil {
		t.Fatal(err) // related `GiveUpInSteps can (also )?finish here without sending on done`
	}
	close(done)
}
