package acceptfirst

import (
	"errors"
	"net"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok() error   { return nil }
func fail() error { return errors.New("check failed") }

func TestSetupFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { SetupFirst(leakcheck.StopT{}, ok) }) })
}

// The failing setup leaves the goroutine in Accept (waiting on the network), not at a channel operation.
func TestSetupFirstLeavesTheGoroutineInAccept(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"IO wait": 1, "chan receive": 0}, func() {
		leakcheck.InOwnGoroutine(func() { SetupFirst(leakcheck.StopT{}, fail) })
	})
}

func TestCheckAfterDialStrandsTheGoroutine(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { leakcheck.InOwnGoroutine(func() { CheckAfterDial(leakcheck.StopT{}, fail) }) })
}

func TestReportFirstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { ReportFirst(leakcheck.StopT{}, ok) }) })
}

func TestReportFirstLeavesTheGoroutineInAccept(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"IO wait": 1, "chan send": 0}, func() {
		leakcheck.InOwnGoroutine(func() { ReportFirst(leakcheck.StopT{}, fail) })
	})
}

func TestReportAfterDialStrandsTheGoroutine(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { ReportAfterDial(leakcheck.StopT{}, fail) }) })
}

type failingDialer struct{}

func (failingDialer) Dial(string, string) (net.Conn, error) { return nil, errors.New("unreachable") }

// The failed dial leaves the goroutine in Accept (waiting on the network), not at its send.
func TestDialCheckedLeavesTheGoroutineInAccept(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"IO wait": 1, "chan send": 0}, func() {
		leakcheck.InOwnGoroutine(func() { DialChecked(leakcheck.StopT{}, failingDialer{}) })
	})
}

func TestDialCheckedIsCleanWhenTheDialWorks(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { DialChecked(leakcheck.StopT{}, &net.Dialer{}) }) })
}

func TestDialThenCheckStrandsTheGoroutine(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { DialThenCheck(leakcheck.StopT{}, &net.Dialer{}, fail) }) })
}

func TestDialInitLeavesTheGoroutineInAccept(t *testing.T) {
	leakcheck.ExpectBlocked(t, 1, map[string]int{"IO wait": 1, "chan send": 0}, func() {
		leakcheck.InOwnGoroutine(func() { DialInit(leakcheck.StopT{}, failingDialer{}) })
	})
}

func TestDialInitIsCleanWhenTheDialWorks(t *testing.T) {
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { DialInit(leakcheck.StopT{}, &net.Dialer{}) }) })
}

func TestDialInitThenCheckStrandsTheGoroutine(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { DialInitThenCheck(leakcheck.StopT{}, &net.Dialer{}, fail) }) })
}
