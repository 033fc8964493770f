package laterfailure

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func two() func() (string, bool) {
	n := 0
	return func() (string, bool) { n++; return "line", n <= 2 }
}

func ok() error   { return nil }
func fail() error { return errors.New("fail") }

func TestFollowStrandsTheForwarderWhenOpenFails(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		leakcheck.InOwnGoroutine(func() { Follow(leakcheck.StopT{}, two(), ok, fail) })
	})
}

func TestFollowCheckedIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		leakcheck.InOwnGoroutine(func() { FollowChecked(leakcheck.StopT{}, two(), ok, ok) })
		leakcheck.InOwnGoroutine(func() { FollowChecked(leakcheck.StopT{}, two(), ok, fail) })
	})
}
