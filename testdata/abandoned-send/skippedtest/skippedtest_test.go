package skippedtest

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Skipped at once: its channel is never made.
func TestReportSkipped(t *testing.T) {
	t.Skip("not ready")
	errc := make(chan error)
	go Report(errc, func() error { return nil })
}

// Starts Announce and never receives: the goroutine is stranded.
func TestAnnounceStrands(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		errc := make(chan error)
		go Announce(errc, func() error { return nil })
	})
}
