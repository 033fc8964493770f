// Package suitehook sets up an end-to-end suite with a test framework's hooks: a suite hook runs once per test
// process, like a command's handler, so the loop it starts lives as long as the process, as it should. A spec runs
// once per spec: a loop each spec starts is one more per spec, reported.
package suitehook

import (
	"sync/atomic"
	"time"

	"github.com/onsi/ginkgo/v2"
)

// Every is the loops' period; Polls counts their rounds.
var (
	Every = time.Second
	Polls int64
)

// StartNode watches the suite's node forever; only the suite's BeforeSuite starts it.
func StartNode() {
	go func() {
		for range time.Tick(Every) {
			atomic.AddInt64(&Polls, 1)
		}
	}()
}

// StartPeer watches a peer forever; every spec starts one.
func StartPeer() {
	go func() {
		for range time.Tick(Every) { // want `loops over time.Tick\(Every\) forever: it has no way to exit, so every call of StartPeer leaks one`
			atomic.AddInt64(&Polls, 1)
		}
	}()
}

// Register adds the suite's hooks and specs.
func Register(specs int) {
	ginkgo.BeforeSuite(func() { StartNode() })
	for i := 0; i < specs; i++ {
		ginkgo.It("talks to a peer", func() { StartPeer() })
	}
}
