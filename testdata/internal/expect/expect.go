// Package expect is a stand-in for an assertion library of another module whose source golint-chan does not read
// (go.viam.com/test and goconvey's assertions have these shapes): That runs an assertion and ends the test with
// tb.Fatal when it fails.
package expect

import "testing"

// Assertion returns "" when actual is what it expects, else what is wrong.
type Assertion func(actual interface{}, expected ...interface{}) string

// That stops the test when the assertion fails.
func That(tb testing.TB, actual interface{}, assert Assertion, expected ...interface{}) {
	tb.Helper()
	if msg := assert(actual, expected...); msg != "" {
		tb.Fatal(msg)
	}
}

// ShouldBeNil expects nil (a nil error).
func ShouldBeNil(actual interface{}, _ ...interface{}) string {
	if actual == nil {
		return ""
	}
	if err, ok := actual.(error); ok && err == nil {
		return ""
	}
	return "expected nil"
}
