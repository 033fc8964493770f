package madeelsewhere

import (
	"errors"
	"testing"

	"golintchan.example/testdata/internal/leakcheck"
)

func TestStartedIsCleanWhenTheStartWorks(t *testing.T) {
	leakcheck.Clean(t, func() { Started(func() error { return nil }) })
}

func TestStartedLeaksWhenTheStartFails(t *testing.T) {
	leakcheck.LeaksReceiving(t, 1, func() { go Started(func() error { return errors.New("no") }) })
}
