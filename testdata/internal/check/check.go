// Package check is a stand-in for gopkg.in/check.v1 (gocheck) with the same call shapes: c.Fatal, c.Fatalf and
// c.FailNow end the test's goroutine.
package check

import "testing"

// C is the handle a gocheck test method gets.
type C struct{ testing.TB }

// NewC wraps a test handle.
func NewC(tb testing.TB) *C { return &C{TB: tb} }
