// Package suite is a stand-in for github.com/stretchr/testify/suite with the same call shapes: s.FailNow, the
// checks of s.Require() and s.T().Fatal end the test's goroutine.
package suite

import (
	"testing"

	"golintchan.example/testdata/internal/require"
)

// Suite is embedded by test suites.
type Suite struct{ t testing.TB }

// SetT binds the suite to a test.
func (s *Suite) SetT(t testing.TB) { s.t = t }

// T is the test the suite runs in.
func (s *Suite) T() testing.TB { return s.t }

// Require returns checks that stop the test.
func (s *Suite) Require() *require.Assertions { return require.New(s.t) }

// FailNow stops the test.
func (s *Suite) FailNow(failure string, msgAndArgs ...interface{}) bool {
	s.t.Errorf("%s %v", failure, msgAndArgs)
	s.t.FailNow()
	return false
}
