package cli

import (
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every Refresh makes a ticker of its own, still running (and kept) once its loop has returned.
func TestEveryRefreshKeepsATicker(t *testing.T) {
	leakcheck.Retains(t, 10, func() {
		p := NewPoller()
		for i := 0; i < 10; i++ {
			p.Refresh()
		}
		time.Sleep(10 * time.Millisecond)
		p.Close()
		time.Sleep(10 * time.Millisecond)
	})
}
