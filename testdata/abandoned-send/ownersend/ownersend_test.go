package ownersend

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDriveIsClean(t *testing.T) {
	leakcheck.Clean(t, Drive)
}

func TestDriveCheckerLeaksAfterABadRequest(t *testing.T) {
	leakcheck.Leaks(t, 1, func() { go DriveChecker(-1) })
}
