// Package suite is a stand-in for github.com/stretchr/testify/suite with the same call shapes: s.FailNow and the
// checks of s.Require() end the test's goroutine.
package suite

import "golintchan.example/testdata/internal/require"

// TestingT is what a suite needs of a test.
type TestingT interface {
	Errorf(format string, args ...interface{})
	FailNow()
}

// Suite is embedded by test suites.
type Suite struct{ t TestingT }

// SetT binds the suite to a test.
func (s *Suite) SetT(t TestingT) { s.t = t }

// Require returns checks that stop the test.
func (s *Suite) Require() *require.Assertions { return require.New(s.t) }

// FailNow stops the test.
func (s *Suite) FailNow(failure string, msgAndArgs ...interface{}) bool {
	s.t.Errorf("%s %v", failure, msgAndArgs)
	s.t.FailNow()
	return false
}
