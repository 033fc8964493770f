package collectboth

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func fail() error { return errors.New("refused") }

func TestBothFailTakesBoth(t *testing.T) {
	leakcheck.Clean(t, func() {
		if e1, e2 := BothFail(fail, fail); e1 == nil || e2 == nil {
			t.Error("want both errors")
		}
	})
}

func TestFirstFailureStrandsTheOther(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if FirstFailure(fail, fail) == nil {
			t.Error("want an error")
		}
	})
}
