package valuecase

import (
	"context"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// The first poll is accepted at once: the watch returns, and the timeout goroutine has nobody left to tell.
func TestAcceptedValueStrandsTheTimeout(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_, _ = Watch(context.Background(), func() (int, error) { return 1, nil }, func(int) bool { return true }, 10*time.Millisecond)
		time.Sleep(50 * time.Millisecond)
	})
}

// The timeout wins while a poll is still running: the poll's send is stranded.
func TestTimeoutStrandsThePoll(t *testing.T) {
	release := make(chan struct{})
	leakcheck.Leaks(t, 1, func() {
		_, _ = Watch(context.Background(), func() (int, error) { <-release; return 1, nil }, func(int) bool { return true }, 10*time.Millisecond)
		close(release)
		time.Sleep(50 * time.Millisecond)
	})
}
