package imminent

import (
	"errors"
	"testing"
	"time"

	"golintchan.example/testdata/internal/leakcheck"
)

func ready() bool { return true }

func TestFailingCheckStrandsTheResultSend(t *testing.T) {
	do := func() (int, error) { return 0, errors.New("failed") }
	leakcheck.Leaks(t, 1, func() { leakcheck.InOwnGoroutine(func() { CallChecked(leakcheck.StopT{}, ready, do, time.Second) }) })
}

func TestPassingCheckIsClean(t *testing.T) {
	do := func() (int, error) { return 1, nil }
	leakcheck.Clean(t, func() { leakcheck.InOwnGoroutine(func() { CallChecked(leakcheck.StopT{}, ready, do, time.Second) }) })
}
