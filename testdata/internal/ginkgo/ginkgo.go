// Package ginkgo is a stand-in for github.com/onsi/ginkgo/v2 with the same call shape for Fail. Ginkgo's Fail
// panics with a value its runner recovers, which ends the spec's goroutine; runtime.Goexit has the same effect
// on the goroutines that wait for it.
package ginkgo

import "runtime"

// Fail ends the running spec.
func Fail(message string, callerSkip ...int) {
	runtime.Goexit()
}
