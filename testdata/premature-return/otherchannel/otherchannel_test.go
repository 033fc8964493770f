package otherchannel

import (
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestDoneIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		s := NewStore(func() {})
		Done(s, "a", true)
		Done(s, "b", false)
		Done(s, "b", false)
	})
}

func TestDoneForgetfulLeaksOnAnEmptyClosedKey(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() {
		go DoneForgetful(NewStore(func() {}), "", true)
	})
}

func TestDoneForgetfulIsCleanOtherwise(t *testing.T) {
	leakcheck.Clean(t, func() {
		DoneForgetful(NewStore(func() {}), "a", true)
		DoneForgetful(NewStore(func() {}), "b", false)
	})
}
