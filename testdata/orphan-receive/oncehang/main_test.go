package main

import (
	"os"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// When the listener fails, waitForPort itself blocks forever: the program would hang there.
func TestWaitForPortHangsWhenTheListenerFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go func() { _ = waitForPort() }()
	})
}

// The park never ends: awaitSignal's channel is never ready, only the signal ends the process.
func TestAwaitSignalParks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 2, func() {
		go func() { <-awaitSignal(make(chan os.Signal)) }()
	})
}

// settle blocks its caller for good, at each call (with the goroutine waiting for the signal).
func TestSettleBlocks(t *testing.T) {
	leakcheck.LeaksReceiving(t, 2, func() {
		go settle(make(chan os.Signal))
	})
}
