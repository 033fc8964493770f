package cmd

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// block makes fetch wait until the returned release is called.
func block(t *testing.T) func() {
	release := make(chan struct{})
	fetch = func() (string, error) { <-release; return "", nil }
	t.Cleanup(func() { fetch = func() (string, error) { time.Sleep(time.Hour); return "", nil } })
	return func() { close(release) }
}

// A handler's run strands one fetcher, and the program runs one handler: one per process, whatever the command.
func TestEachCommandStrandsOneFetcherPerRun(t *testing.T) {
	for _, name := range []string{"get", "ping"} {
		release := block(t)
		leakcheck.Leaks(t, 1, func() {
			root := NewRoot()
			root.SetArgs([]string{name})
			if root.Execute() == nil {
				t.Fatalf("%s: expected the timeout", name)
			}
			release()
		})
	}
	release := block(t)
	leakcheck.Leaks(t, 1, func() {
		if NewApp().Run([]string{"tool", "pull"}) == nil {
			t.Fatal("pull: expected the timeout")
		}
		release()
	})
	release = block(t)
	leakcheck.Leaks(t, 1, func() {
		if NewLegacyApp().Run([]string{"tool", "sync"}) == nil {
			t.Fatal("sync: expected the timeout")
		}
		release()
	})
}

// The serve command's HTTP handler strands a fetcher per request: they pile up in one process.
func TestProbeStrandsAFetcherPerRequest(t *testing.T) {
	release := block(t)
	leakcheck.Leaks(t, 3, func() {
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			if err := probe(time.Millisecond); err != nil {
				http.Error(w, err.Error(), http.StatusGatewayTimeout)
			}
		})
		for i := 0; i < 3; i++ {
			h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/probe", nil))
		}
		release()
	})
}

// The retry command strands a fetcher per attempt.
func TestRetryStrandsAFetcherPerAttempt(t *testing.T) {
	release := block(t)
	leakcheck.Leaks(t, 3, func() {
		if retried(time.Millisecond) == nil || retried(time.Millisecond) == nil || retried(time.Millisecond) == nil {
			t.Fatal("expected the timeouts")
		}
		release()
	})
}
