package sameguard

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestProduceIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		Produce(1, true, func(int) {})
		Produce(1, false, func(int) {})
	})
}

func TestProduceVerboseStrandsTheReporter(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { ProduceVerbose(1, true, false, func(int) {}) })
}

func TestProduceResetStrandsTheReporter(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { ProduceReset(0, true, func(int) {}) })
}

func TestReportIsCleanInEveryMode(t *testing.T) {
	leakcheck.Clean(t, func() {
		for _, m := range []Mode{Quiet, Verbose, "other"} {
			Report(1, m, func(int) {})
		}
	})
}

func TestReportAlwaysStrandsTheReporterInAnotherMode(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { ReportAlways(1, Quiet, func(int) {}) })
}
