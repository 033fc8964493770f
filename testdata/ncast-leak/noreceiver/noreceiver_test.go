package noreceiver

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFanoutLeaksEveryWorker(t *testing.T) {
	leakcheck.Leaks(t, 3, func() { Fanout([]int{1, 2, 3}, func(int) {}) })
}

func TestFanoutWaitIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { FanoutWait([]int{1, 2, 3}, func(int) {}) })
}
