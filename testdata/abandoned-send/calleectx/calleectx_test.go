package calleectx

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestAllIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = All() })
}

func TestFirstLeaksTheFeeder(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = First() })
}
