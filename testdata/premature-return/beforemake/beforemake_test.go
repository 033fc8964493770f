package beforemake

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func ok(int) error { return nil }

func TestAllIsClean(t *testing.T) {
	leakcheck.Clean(t, func() { _ = All(nil, ok); _ = All([]int{1, 2, 3}, ok) })
}

func TestCheckedIsCleanOnValidItems(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Checked([]int{1, 2}, ok, func([]int) bool { return true }) })
}

func TestCheckedStrandsEverySenderOnInvalidItems(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { _ = Checked([]int{1, 2}, ok, func([]int) bool { return false }) })
}
