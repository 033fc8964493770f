package rangereturn

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestValidateLeaksTheProducerOnABadName(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if Validate([]string{"a", "", "c"}) == nil {
			t.Fatal("expected an error")
		}
	})
}

func TestValidateIsCleanWhenAllNamesAreGood(t *testing.T) {
	leakcheck.Clean(t, func() { _ = Validate([]string{"a", "b"}) })
}

func TestValidateAllNeverLeaks(t *testing.T) {
	leakcheck.Clean(t, func() {
		if ValidateAll([]string{"a", "", "c"}) == nil {
			t.Fatal("expected an error")
		}
	})
}
