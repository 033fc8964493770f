package startflag

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestFetchIsClean(t *testing.T) {
	get := func() error { return nil }
	leakcheck.Clean(t, func() {
		_ = Fetch(1, get)
		_ = Fetch(5, get)
	})
}

func TestFetchCheckedLeaksWhenTheCheckFails(t *testing.T) {
	leakcheck.Leaks(t, 1, func() {
		_ = FetchChecked(5, func() error { return nil }, func() bool { return false })
	})
}
