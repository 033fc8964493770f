package cmd

import (
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/spf13/cobra"
	"golintchan.example/testdata/internal/leakcheck"
)

// One run of the clean command leaves its sweeper running: once per process, until the process exits.
func TestCleanLeavesOneSweeperPerRun(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"select": 1}, func() {
		root := &cobra.Command{Use: "tool"}
		AddClean(root, time.Millisecond)
		root.SetArgs([]string{"clean"})
		if err := root.Execute(); err != nil {
			t.Error(err)
		}
	})
}

// Every status request leaves one more sweeper running.
func TestEveryStatusRequestLeavesASweeper(t *testing.T) {
	mux := http.NewServeMux()
	Serve(mux, time.Millisecond)
	leakcheck.ExpectBlocked(t, 2, map[string]int{"select": 2}, func() {
		for i := 0; i < 2; i++ {
			mux.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/status", nil))
		}
	})
}
