package fixedrange

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFirstOfStrandsTheOtherSender(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { _ = FirstOf() })
	leakcheck.Leaks(t, 2, func() { _ = FirstOfMore("tertiary") })
}

func TestStringRanges(t *testing.T) {
	leakcheck.Clean(t, func() { _ = BothOf() })
	leakcheck.Leaks(t, 2, func() { _ = FirstOfRunes() })
}
