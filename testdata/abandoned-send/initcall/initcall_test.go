package initcall

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Each warm-up strands its loader on a timeout: warmUp once per process, warmEach once per name.
func TestWarmUpStrandsOneLoaderPerCall(t *testing.T) {
	release := make(chan struct{})
	load = func(string) error { <-release; return nil }
	timeout = time.Millisecond
	leakcheck.Leaks(t, 3, func() {
		warmUp("index")
		warmEach("a")
		warmEach("b")
		close(release)
	})
}
