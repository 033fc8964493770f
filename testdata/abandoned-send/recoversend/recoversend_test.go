package recoversend

import (
	"context"
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestRunIsCleanWhateverTheWorkDoes(t *testing.T) {
	leakcheck.Clean(t, func() {
		_ = Run(func() error { return nil })
		_ = Run(func() error { return errors.New("failed") })
		_ = Run(func() error { panic("boom") })
	})
}

func TestRunCtxStrandsTheWorkerWhenCtxIsDone(t *testing.T) {
	release := make(chan struct{})
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	leakcheck.Leaks(t, 1, func() {
		_ = RunCtx(ctx, func() error { <-release; return nil })
		close(release)
	})
}

func TestPanicReportTakesTheReport(t *testing.T) {
	leakcheck.Clean(t, func() {
		if PanicReport(func() { panic("boom") }) == nil {
			t.Fatal("no report")
		}
	})
}
