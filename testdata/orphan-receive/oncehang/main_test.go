package main

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// When the listener fails, waitForPort itself blocks forever: the program would hang there.
func TestWaitForPortHangsWhenTheListenerFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go func() { _ = waitForPort() }()
	})
}
