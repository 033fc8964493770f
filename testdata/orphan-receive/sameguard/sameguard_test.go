package sameguard

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func no() bool { return false }

func TestCommitIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		Commit(false, no, func() {})
		Commit(true, no, func() {})
	})
}

func TestCommitFastStrandsTheCaller(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go CommitFast(false, true, func() {})
	})
}
