package main

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// The server's watcher is parked for good: one per process, as main starts one server.
func TestServerWatcherParksOnce(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"chan receive (nil chan)": 1}, func() { (&Server{}).Start() })
}

// Each job's relay leaves its watcher parked: three jobs, three goroutines.
func TestRelayAllStrandsOneWatcherPerJob(t *testing.T) {
	leakcheck.ExpectBlocked(t, 3, map[string]int{"chan receive (nil chan)": 3}, func() { relayAll([]int{1, 2, 3}) })
}
