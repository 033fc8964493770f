package main

import (
	"net/http/httptest"
	"testing"
	"time"

	"golintchan.example/testdata/abandoned-send/modulecallers/service"
	"golintchan.example/testdata/internal/leakcheck"
)

// The probe handler strands two fetchers per request (Probe's and Ping's): they pile up in the one server process.
func TestProbeHandlerStrandsAFetcherPerRequest(t *testing.T) {
	release := make(chan struct{})
	service.Fetch = func() (string, error) { <-release; return "", nil }
	defer func() { service.Fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil } }()
	probeTimeout, srv.Timeout = time.Millisecond, time.Millisecond
	leakcheck.Leaks(t, 6, func() {
		for i := 0; i < 3; i++ {
			probeHandler(httptest.NewRecorder(), httptest.NewRequest("GET", "/probe", nil))
		}
		close(release)
	})
}

// Two tests prime, and each strands a fetcher that stays for the rest of the test binary.
func TestPrimeTimesOut(t *testing.T) {
	release := make(chan struct{})
	service.Fetch = func() (string, error) { <-release; return "", nil }
	leakcheck.Leaks(t, 1, func() {
		if service.Prime(time.Millisecond) == nil {
			t.Fatal("expected the timeout")
		}
		close(release)
	})
}

func TestPrimeTimesOutAgain(t *testing.T) {
	release := make(chan struct{})
	service.Fetch = func() (string, error) { <-release; return "", nil }
	leakcheck.Leaks(t, 1, func() {
		if service.Prime(time.Millisecond) == nil {
			t.Fatal("expected the timeout")
		}
		close(release)
	})
}
