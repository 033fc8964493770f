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

func TestLookupIsClean(t *testing.T) {
	for _, early := range []bool{true, false} {
		leakcheck.Clean(t, func() {
			done := make(chan struct{})
			Lookup(early, func() { close(done) })
			<-done
		})
	}
}

func TestLookupLateLeaksWhenEarlyOnly(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { LookupLate(true, false, func() {}) })
}

func TestAnswerIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		Answer("random", func() {})
		Answer("fixed", func() {})
	})
}

func TestAnswerOtherStrandsTheCaller(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go AnswerOther("fixed", func() {}) })
}

func TestAnswerConstIsClean(t *testing.T) {
	leakcheck.Clean(t, func() {
		AnswerConst(Random, func() {})
		AnswerConst("fixed", func() {})
	})
}

func TestAnswerConstOtherStrandsTheCaller(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go AnswerConstOther("fixed", func() {}) })
}
