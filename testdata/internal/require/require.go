// Package require is a stand-in for github.com/stretchr/testify/require with the same call shapes (the fixtures
// cannot download modules): every check that fails calls t.FailNow, which ends the test's goroutine.
package require

import "reflect"

// TestingT is what the checks need of a test.
type TestingT interface {
	Errorf(format string, args ...interface{})
	FailNow()
}

// NoError stops the test when err is not nil.
func NoError(t TestingT, err error, msgAndArgs ...interface{}) {
	if err != nil {
		t.Errorf("unexpected error: %v %v", err, msgAndArgs)
		t.FailNow()
	}
}

// Fail stops the test.
func Fail(t TestingT, failure string, msgAndArgs ...interface{}) {
	t.Errorf("%s %v", failure, msgAndArgs)
	t.FailNow()
}

// Assertions are the checks bound to one test, as suite.Require() returns them.
type Assertions struct{ t TestingT }

// New binds the checks to t.
func New(t TestingT) *Assertions { return &Assertions{t: t} }

// NoError stops the test when err is not nil.
func (a *Assertions) NoError(err error, msgAndArgs ...interface{}) { NoError(a.t, err, msgAndArgs...) }

// Equal stops the test when expected and actual differ.
func Equal(t TestingT, expected, actual interface{}, msgAndArgs ...interface{}) {
	if !reflect.DeepEqual(expected, actual) {
		t.Errorf("not equal: %v != %v %v", expected, actual, msgAndArgs)
		t.FailNow()
	}
}

// True stops the test when value is false.
func True(t TestingT, value bool, msgAndArgs ...interface{}) {
	if !value {
		t.Errorf("should be true %v", msgAndArgs)
		t.FailNow()
	}
}
