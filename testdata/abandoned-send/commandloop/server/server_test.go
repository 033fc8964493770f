package server

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestAddBeforeStopIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := New()
		s.Add(1)
		s.Stop()
	})
}

func TestAddAfterStopStrandsTheCaller(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		s := New()
		s.Stop()
		go s.Add(1)
	})
}
