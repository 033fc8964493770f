package allreported

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

// Every dial fails: the receiver counts every error and returns; nothing is left.
func TestEveryErrorIsTaken(t *testing.T) {
	leakcheck.Clean(t, func() {
		if _, err := FirstReachable([]string{"a", "b", "c"}, func(string) error { return errors.New("refused") }); err == nil {
			t.Fatal("want an error")
		}
	})
}

// Every dial works: one address is taken, one waits in the buffer, the third is stranded.
func TestLaterAddressesAreStranded(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		if _, err := FirstReachable([]string{"a", "b", "c"}, func(string) error { return nil }); err != nil {
			t.Fatal(err)
		}
	})
}

// The first dial works at once, the others fail later: the receiver has returned, and both errors are stranded.
func TestLaterErrorsAreStranded(t *testing.T) {
	gate := make(chan struct{})
	leakcheck.Leaks(t, 2, func() {
		a, err := FirstReachable([]string{"a", "b", "c"}, func(a string) error {
			if a == "a" {
				return nil
			}
			<-gate
			return errors.New("refused")
		})
		if err != nil || a != "a" {
			t.Fatalf("got %q, %v", a, err)
		}
		close(gate)
	})
}

// Sum counts every worker's report before it leaves.
func TestSumTakesEveryReport(t *testing.T) {
	leakcheck.Clean(t, func() {
		if s := Sum(4, func(i int) int { return i }); s != 6 {
			t.Errorf("got %d", s)
		}
	})
}

// SumHalf leaves after two of four reports: two workers are stranded.
func TestSumHalfStrandsTheRest(t *testing.T) {
	leakcheck.Leaks(t, 2, func() { SumHalf(4, func(i int) int { return i }) })
}
