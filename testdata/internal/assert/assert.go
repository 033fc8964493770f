// Package assert is a stand-in for github.com/stretchr/testify/assert with the same call shapes: a failed check
// reports the failure with t.Errorf, returns false, and the test goes on.
package assert

// TestingT is what the checks need of a test.
type TestingT interface {
	Errorf(format string, args ...interface{})
}

// Fail reports a failure.
func Fail(t TestingT, failure string, msgAndArgs ...interface{}) bool {
	t.Errorf("%s %v", failure, msgAndArgs)
	return false
}

// NoError reports a failure when err is not nil.
func NoError(t TestingT, err error, msgAndArgs ...interface{}) bool {
	if err != nil {
		return Fail(t, "unexpected error: "+err.Error(), msgAndArgs...)
	}
	return true
}
