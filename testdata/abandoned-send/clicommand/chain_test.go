package cmd

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/spf13/cobra"
	"golintchan.example/testdata/internal/leakcheck"
)

// One run of the deploy command with bad items: the checker stays at its send and the closer in wg.Wait.
func TestDeployStrandsACheckerOncePerRun(t *testing.T) {
	leakcheck.Expect(t, 2, 1, func() {
		root := &cobra.Command{Use: "tool"}
		AddDeploy(root, http.NewServeMux(), nil)
		root.SetArgs([]string{"deploy", "", "", ""})
		if err := root.Execute(); err != nil {
			t.Fatal(err)
		}
	})
}

// Each failing health request strands its own checker (and closer): two of each after two requests.
func TestHealthStrandsACheckerPerRequest(t *testing.T) {
	leakcheck.Expect(t, 4, 2, func() {
		mux := http.NewServeMux()
		AddDeploy(&cobra.Command{Use: "tool"}, mux, []string{"", "", ""})
		for i := 0; i < 2; i++ {
			mux.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/health", nil))
		}
	})
}
